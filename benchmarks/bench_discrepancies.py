"""Time find_discrepancies() on invented articles: the time per article should stay flat.

    .venv/bin/python benchmarks/bench_discrepancies.py                  # 100, 300 and 1,000
    .venv/bin/python benchmarks/bench_discrepancies.py --sizes 100 3000

The articles are ``tests.strategies.generated_documents``: wire reports of a handful of invented
stories, so each story holds hundreds of articles that name the same places and people. They
are extracted and compared first (not timed); then find_discrepancies() is timed on the
articles and the facts. Names are compared per story, each distinct form with at most
``MAX_NAME_CANDIDATES`` others, so the time per article should not grow with the batch.
"""

from __future__ import annotations

import argparse
import time

from conflictfacts.compare import compare
from conflictfacts.discrepancies import find_discrepancies
from conflictfacts.pipeline import extract_documents
from tests.strategies import generated_documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    args = parser.parse_args()
    print(f"{'articles':>9} {'found':>6} {'seconds':>9} {'ms/article':>11}")
    for size in args.sizes:
        results = [r for r in extract_documents(generated_documents(size)) if r.ok]
        facts = compare(results).facts
        started = time.perf_counter()
        found = find_discrepancies(results, facts)
        seconds = time.perf_counter() - started
        print(f"{size:>9,} {len(found):>6} {seconds:>9.2f} {1000 * seconds / size:>11.2f}")


if __name__ == "__main__":
    main()
