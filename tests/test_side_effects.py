"""No side effects on the host program, and the same results across runs, seeds and threads.

A library that others embed must not configure logging, print, change warning filters or
touch other global state, and must give the same answer however it is called.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pytest

from conflictfacts import parse_article
from conflictfacts.claims import Origin
from conflictfacts.extraction import extract_claims
from conflictfacts.records import claim_to_record

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))

#: Run in a fresh interpreter: snapshot the host's global state, import conflictfacts, call
#: every public function (including the paths that reach quantulum3 and dateutil), snapshot
#: again and print both as JSON. Anything the library writes to stdout breaks the JSON.
_PROBE = textwrap.dedent(
    r"""
    import csv, datetime as dt, decimal, io, json, locale, logging, os, random, socket, sys
    import warnings

    def snapshot():
        root = logging.getLogger()
        return {
            "root_level": root.level,
            "root_handlers": [repr(h) for h in root.handlers],
            "last_resort": repr(logging.lastResort),
            "logging_disable": logging.root.manager.disable,
            "configured_loggers": sorted(
                name for name, logger in logging.root.manager.loggerDict.items()
                if isinstance(logger, logging.Logger) and (logger.handlers or logger.level)
            ),
            "warning_filters": [repr(f) for f in warnings.filters],
            "showwarning": repr(warnings.showwarning),
            "decimal": repr(decimal.getcontext()),
            "random": hash(repr(random.getstate())),
            "locale": repr(locale.setlocale(locale.LC_ALL)),
            "csv_limit": csv.field_size_limit(),
            "recursion": sys.getrecursionlimit(),
            "socket_timeout": socket.getdefaulttimeout(),
            "environ": sorted(os.environ.items()),
            "cwd": os.getcwd(),
            "path": list(sys.path),
            "stdout": repr(sys.stdout), "stderr": repr(sys.stderr),
            "excepthook": repr(sys.excepthook),
            "tz": os.environ.get("TZ"),
        }

    before = snapshot()
    captured_out, captured_err = io.StringIO(), io.StringIO()
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = captured_out, captured_err
    try:
        import conflictfacts
        import importlib
        comparison = importlib.import_module("conflictfacts.compare")
        from conflictfacts.article import split_sentences
        from conflictfacts.extraction import extract_claims
        from conflictfacts.gazetteer import Gazetteer
        from conflictfacts.records import claim_from_record, claim_to_record

        texts = [
            "Rebels captured 1,500 square kilometers of Darfur and 40 km of road on Monday.",
            "At least 12 soldiers were killed in Kharkiv on 3 May 2030, the army said.",
            "Up to 3,000 people fled 15-20 miles north; 2.5 tonnes of aid and 30 percent.",
            "9" * 250 + " square kilometers " + "1," * 300,
        ]
        claims = []
        for number, text in enumerate(texts):
            article = conflictfacts.parse_article(text, published=dt.date(2030, 5, 8))
            split_sentences(text)
            conflictfacts.find_quantities(text, articles=True)
            conflictfacts.find_dates(text, dt.date(2030, 5, 8))
            conflictfacts.resolve_date("last Thursday", dt.date(2030, 5, 8))
            origin = conflictfacts.Origin(outlet=f"O{number}", path=f"{number}.txt")
            found = extract_claims(article)
            claims += [c.__class__.from_record({**claim_to_record(c), "outlet": origin.outlet})
                       for c in found]
            gazetteer = Gazetteer.default()
            gazetteer.find_actors(text), gazetteer.find_places(text)
            gazetteer.affiliation_of("Ukrainian soldiers")
        for claim in claims:
            claim_from_record(claim_to_record(claim))
        result = comparison.compare(claims)
        comparison.render_table(result), comparison.render_markdown(result)
        comparison.render_csv(result), comparison.check_sums(claims)
        conflictfacts.render_ucdp(result), conflictfacts.render_acled(result)
        conflictfacts.render_html(result, plots=False)
        for bad in (b"x", None):
            try:
                conflictfacts.parse_article(bad)
            except conflictfacts.InputTypeError:
                pass
        from conflictfacts.cli import main
        main(["extract", "--format", "csv", "-"], stdin=io.BytesIO(texts[0].encode()),
             stdout=io.StringIO(), stderr=io.StringIO())
    finally:
        sys.stdout, sys.stderr = real_out, real_err
    after = snapshot()
    print(json.dumps({
        "before": before, "after": after, "claims": len(claims),
        "stdout": captured_out.getvalue(), "stderr": captured_err.getvalue(),
    }))
    """
)


def _probe(*flags: str) -> dict[str, object]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    completed = subprocess.run(
        [sys.executable, *flags, "-c", _PROBE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=True,
    )
    result: dict[str, object] = json.loads(completed.stdout)
    result["process_stderr"] = completed.stderr
    return result


@pytest.fixture(scope="module")
def probe() -> dict[str, object]:
    return _probe()


def test_the_probe_reaches_the_pipeline(probe: dict[str, object]) -> None:
    assert isinstance(probe["claims"], int)
    assert probe["claims"] > 0


@pytest.mark.parametrize(
    "key",
    [
        "root_level", "root_handlers", "last_resort", "logging_disable", "configured_loggers",
        "warning_filters", "showwarning", "decimal", "random", "locale", "csv_limit",
        "recursion", "socket_timeout", "environ", "cwd", "path", "stdout", "stderr",
        "excepthook", "tz",
    ],
)  # fmt: skip
def test_host_state_is_unchanged(probe: dict[str, object], key: str) -> None:
    before, after = probe["before"], probe["after"]
    assert isinstance(before, dict)
    assert isinstance(after, dict)
    assert after[key] == before[key]


def test_nothing_is_printed(probe: dict[str, object]) -> None:
    assert probe["stdout"] == ""
    assert probe["stderr"] == ""
    assert probe["process_stderr"] == ""


def test_warnings_as_errors_do_not_break_import_and_use() -> None:
    # A host that runs with -W error must still be able to use the library.
    probe = _probe("-W", "error")
    assert probe["stdout"] == ""


# ---------------------------------------------------------------- same results everywhere

_THREAD_TEXTS = [path.read_text(encoding="utf-8") for path in EXAMPLES] + [
    "At least 12 soldiers were killed in Kharkiv on Monday, the army said.",
    "Rebels captured 1,500 square kilometers of Darfur on 3 May 2030.",
    "Nine civilians were killed and 14 others wounded in Gaza on Tuesday, medics said.",
]


def _run(text: str) -> list[dict[str, object]]:
    article = parse_article(text, published=dt.date(2031, 4, 9))
    origin = Origin(outlet="x", path="x", title=article.title, published=article.published)
    return [claim_to_record(attrs.evolve(c, origin=origin)) for c in extract_claims(article)]


def test_threads_give_the_sequential_results() -> None:
    sequential = [_run(text) for text in _THREAD_TEXTS]
    assert any(sequential)
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(_run, _THREAD_TEXTS * 4))
    assert threaded == sequential * 4


def test_repeated_runs_give_the_same_results() -> None:
    first = [_run(text) for text in _THREAD_TEXTS]
    assert [_run(text) for text in reversed(_THREAD_TEXTS)] == first[::-1]


def _cli_json(seed: str) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = seed
    completed = subprocess.run(
        [sys.executable, "-m", "conflictfacts", "extract", "--format", "json",
         *(str(path.relative_to(ROOT)) for path in EXAMPLES)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    return completed.stdout


@pytest.mark.skipif(not EXAMPLES, reason="no example articles")
def test_output_does_not_depend_on_the_hash_seed() -> None:
    first, second = _cli_json("0"), _cli_json("4242")
    assert json.loads(first)
    assert first == second


def test_threads_reaching_quantulum3_leave_logging_and_warnings_alone() -> None:
    # Regression: concurrent "N square kilometers" left an "ignore" warning filter, a root
    # StreamHandler (quantulum3's basicConfig) and a disabled "quantulum3" logger behind,
    # because the save/restore around quantulum3 interleaved between threads.
    import logging  # noqa: PLC0415 - only this test looks at logging
    import warnings  # noqa: PLC0415

    from conflictfacts import find_quantities  # noqa: PLC0415

    find_quantities("12 square kilometers")
    root, library = logging.getLogger(), logging.getLogger("quantulum3")
    before = (list(warnings.filters), list(root.handlers), root.level, library.disabled)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:

        def work(worker: int) -> None:
            for j in range(60):
                find_quantities(f"{worker * 1000 + j} square kilometers and {j} cubic meters")

        with ThreadPoolExecutor(max_workers=12) as pool:
            list(pool.map(work, range(12)))
    finally:
        sys.setswitchinterval(interval)
    after = (list(warnings.filters), list(root.handlers), root.level, library.disabled)
    assert after == before
