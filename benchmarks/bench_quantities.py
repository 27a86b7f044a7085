"""Time find_quantities against quantulum3.parser.parse over the same texts, in one process.

Run: ``.venv/bin/python benchmarks/bench_quantities.py``. Reads ``examples/*.txt`` (falls back
to a few built-in texts when the folder is empty) and prints both timings and their ratio.
"""

from __future__ import annotations

import logging
import sys
import time
import warnings
from pathlib import Path

from conflictfacts import find_quantities

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FALLBACK = (
    "At least 14 civilians were killed and dozens wounded when shells hit a market in Omdurman "
    "on Tuesday, medics said. More than 1,500 families fled to camps 15-20 kilometres away.",
    "The ministry said some 300 Houthi fighters and two more officers died; another five were "
    "missing. Aid agencies say 2.3m people need food, up from 1.5 million in 2022.",
    "Ukrainian forces said they destroyed a tank, six armored vehicles and 12 drones near "
    "Avdiivka, and that Russian T-72 tanks and Su-25 jets had shelled the 10-12 mile front.",
)
ROUNDS = 3


def load_texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    return texts or list(FALLBACK)


def best_of(function: object, texts: list[str]) -> float:
    assert callable(function)
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        for text in texts:
            function(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    texts = load_texts()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415 - the benchmark's only rival

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        parser.parse("warm up 5 km")  # both sides start with their tables loaded
        find_quantities("warm up 5 km")
        ours = best_of(find_quantities, texts)
        theirs = best_of(parser.parse, texts)
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    found = sum(len(find_quantities(text)) for text in texts)
    characters = sum(map(len, texts))
    print(f"texts: {len(texts)} ({characters} characters), quantities found: {found}")
    print(f"conflictfacts.find_quantities: {ours * 1000:8.1f} ms (best of {ROUNDS})")
    print(f"quantulum3.parser.parse:       {theirs * 1000:8.1f} ms (best of {ROUNDS})")
    print(f"speed-up: {theirs / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
