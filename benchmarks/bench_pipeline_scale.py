"""Documents per second on one core, two processes and a Dask LocalCluster; memory while streaming.

    .venv/bin/python benchmarks/bench_pipeline_scale.py                     # throughput
    .venv/bin/python benchmarks/bench_pipeline_scale.py --memory            # 10^4 and 10^5 docs
    .venv/bin/python benchmarks/bench_pipeline_scale.py --memory --in-process
    .venv/bin/python benchmarks/bench_pipeline_scale.py --documents 2000 --rounds 5

Throughput: the same generated documents (``tests/strategies.py``, ``generated_documents``) go
through ``extract_documents`` in this process, on a two-process ``ProcessPoolExecutor`` and on a
two-worker ``LocalCluster`` (through ``client.get_executor()``), every result consumed in this
process, and, as the ceiling of what two cores give on the machine as it is, in two processes
that share nothing, half the documents each. Pools, cluster and processes are started and
warmed up first (their start-up is not timed); then the four run one after another, round after
round, and each keeps its best round, so a busy machine slows all of them alike. The figures are
ratios to the in-process run of the same rounds. Needs the ``[dask]`` extra for the cluster
(skipped without it).

Memory: a fresh child process streams N generated documents (made lazily, never held) through
``extract_documents`` on a two-process pool (or in itself, ``--in-process``) and drops each
result once counted; it reports its peak resident memory, that of its largest worker, and its
resident memory after warming up.
Flat means the peak at 10^5 documents is within 1.5x of the peak at 10^4.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import importlib
import json
import logging
import multiprocessing
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # tests/strategies.py holds the document generator

from conflictfacts import Document, Gazetteer, extract_documents  # noqa: E402
from tests.strategies import generated_documents  # noqa: E402

WORKERS = 2


def consume(documents: Iterable[Document], executor: concurrent.futures.Executor | None) -> int:
    """Extract every document and count the claims, as a pipeline would use them."""
    return sum(len(result.claims) for result in extract_documents(documents, executor=executor))


def rss_kib() -> int:
    """This process's resident memory now, in KiB (Linux)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * resource.getpagesize() // 1024


# ------------------------------------------------------------------------------- throughput


def _independent(connection: Connection, count: int, part: int) -> None:
    """One of two processes that share nothing: extract its half whenever told to, timed."""
    documents = list(generated_documents(count, seed=1))[part::WORKERS]
    consume(documents[:50], None)
    while connection.recv() == "go":
        started = time.perf_counter()
        claims = consume(documents, None)
        connection.send((time.perf_counter() - started, claims))


class Independent:
    """Two processes extracting half the documents each, with no executor between them.

    Nothing parallel can beat this on the machine as it is: it is the ceiling the pool's and the
    cluster's figures are read against (other work on the machine lowers it).
    """

    def __init__(self, count: int) -> None:
        spawn = multiprocessing.get_context("spawn")
        self.connections = []
        self.processes = []
        for part in range(WORKERS):
            mine, theirs = spawn.Pipe()
            process = spawn.Process(target=_independent, args=(theirs, count, part))
            process.start()
            self.connections.append(mine)
            self.processes.append(process)

    def run(self) -> tuple[float, int]:
        for connection in self.connections:
            connection.send("go")
        replies = [connection.recv() for connection in self.connections]
        return max(seconds for seconds, _ in replies), sum(claims for _, claims in replies)

    def close(self) -> None:
        for connection in self.connections:
            connection.send("stop")
        for process in self.processes:
            process.join()


def throughput(count: int, rounds: int) -> None:
    documents = list(generated_documents(count, seed=1))
    characters = sum(len(d.text) for d in documents)
    print(f"{count:,} generated documents, {characters / count:,.0f} characters each on average")
    Gazetteer.default()
    consume(documents[:50], None)  # warm this process as the workers are warmed below
    executors: dict[str, concurrent.futures.Executor | None] = {"in-process": None}
    closers: list[Callable[[], object]] = []
    spawn = multiprocessing.get_context("spawn")
    pool = concurrent.futures.ProcessPoolExecutor(WORKERS, mp_context=spawn)
    closers.append(pool.shutdown)
    executors[f"{WORKERS}-process pool"] = pool
    try:  # the optional [dask] extra, typed loosely so mypy passes with or without it
        distributed: Any = importlib.import_module("dask.distributed")
    except ImportError:
        print("(dask.distributed is not installed: no LocalCluster run)")
    else:
        cluster = distributed.LocalCluster(
            n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=None,
            silence_logs=logging.ERROR,
        )  # fmt: skip
        client = distributed.Client(cluster)
        closers[:0] = [client.close, cluster.close]
        executors[f"LocalCluster ({WORKERS} workers)"] = client.get_executor()
    independent = Independent(count)
    closers.append(independent.close)
    ceiling = f"{WORKERS} processes sharing nothing"
    try:
        for executor in executors.values():  # warm-up: start the workers, load their gazetteers
            consume(documents[: 40 * WORKERS], executor)
        best = dict.fromkeys([*executors, ceiling], float("inf"))
        claims = {}
        for number in range(rounds):
            for name, executor in executors.items():
                started = time.perf_counter()
                claims[name] = consume(documents, executor)
                best[name] = min(best[name], time.perf_counter() - started)
            seconds, claims[ceiling] = independent.run()
            best[ceiling] = min(best[ceiling], seconds)
            print(f"round {number + 1}: " + ", ".join(f"{n} {best[n]:.2f} s" for n in best))
        assert len(set(claims.values())) == 1, claims  # every way gives the same claims
        base = best["in-process"]
        heading = f"run (best of {rounds} rounds)"
        print(f"\n{heading:<34} {'docs/s':>8} {'vs in-process':>14}")
        for name, seconds in best.items():
            print(f"{name:<34} {count / seconds:>8,.0f} {base / seconds:>13.2f}x")
    finally:
        for close in closers:
            close()


# ------------------------------------------------------------------------------- memory


def memory_child(count: int, in_process: bool) -> None:
    """Stream ``count`` documents (on a two-process pool); print memory figures as JSON."""
    spawn = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(WORKERS, mp_context=spawn) as workers:
        pool = None if in_process else workers
        consume(generated_documents(200, seed=99), pool)  # warm: workers up, gazetteers loaded
        warm = rss_kib()
        started = time.perf_counter()
        samples = []
        claims = 0
        for number, result in enumerate(
            extract_documents(generated_documents(count, seed=2), executor=pool), start=1
        ):
            claims += len(result.claims)
            if number % max(count // 10, 1) == 0:
                samples.append(rss_kib())
        seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    figures = {
        "documents": count, "claims": claims, "seconds": seconds, "warm_kib": warm,
        "peak_kib": own, "worker_peak_kib": worker_peak, "samples_kib": samples,
    }  # fmt: skip
    print(json.dumps(figures))


def memory(sizes: list[int], in_process: bool) -> None:
    print("in this process" if in_process else f"on a {WORKERS}-process pool")
    figures = []
    for count in sizes:
        done = subprocess.run(
            [sys.executable, __file__, "--memory-child", str(count)]
            + (["--in-process"] if in_process else []),
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        figure = json.loads(done.stdout.splitlines()[-1])
        figures.append(figure)
        samples = " ".join(f"{kib / 1024:.0f}" for kib in figure["samples_kib"])
        worker_mib = figure["worker_peak_kib"] / 1024
        workers = "" if in_process else f", largest worker {worker_mib:.0f} MiB"
        print(
            f"{count:>7,} documents ({figure['claims']:,} claims, "
            f"{count / figure['seconds']:,.0f} docs/s): peak {figure['peak_kib'] / 1024:.0f} MiB "
            f"(warm {figure['warm_kib'] / 1024:.0f} MiB){workers}; "
            f"resident every tenth (MiB): {samples}"
        )
    first, last = figures[0], figures[-1]
    checked = [("peak_kib", "this process")]
    if not in_process:
        checked.append(("worker_peak_kib", "largest worker"))
    for key, label in checked:
        ratio = last[key] / first[key]
        print(
            f"{label}: peak at {last['documents']:,} / peak at {first['documents']:,} = "
            f"{ratio:.2f}x (flat: at most 1.5x)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000, help="documents per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the best one counts")
    parser.add_argument("--memory", action="store_true", help="measure memory while streaming")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--in-process", action="store_true", help="stream in this process, not on a pool"
    )
    parser.add_argument("--memory-child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child is not None:
        memory_child(args.memory_child, args.in_process)
    elif args.memory:
        memory(args.sizes, args.in_process)
    else:
        throughput(args.documents, args.rounds)


if __name__ == "__main__":
    main()
