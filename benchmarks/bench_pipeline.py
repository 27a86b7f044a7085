"""Time the whole pipeline per article against quantulum3 alone on the same texts, in one run.

Run: ``.venv/bin/python benchmarks/bench_pipeline.py``. Reads ``examples/*.txt`` and the
shared seeds when they are beside the repository, then times, best of fifteen alternating rounds
after a warm-up, ``parse_article`` + ``extract_claims`` per article against
``quantulum3.parser.parse`` over the same texts, and prints milliseconds per article and the
speed-up (target: at least 30x).
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from conflictfacts import Gazetteer, extract_claims, parse_article

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "examples", ROOT.parent / "shared" / "seeds")
ROUNDS = 15


def load_texts() -> list[str]:
    return [
        path.read_text(encoding="utf-8")
        for folder in FOLDERS
        if folder.is_dir()
        for path in sorted(folder.glob("*.txt"))
    ]


def timed(function: Callable[[str], object], texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - started


def best_of_interleaved(
    ours: Callable[[str], object], theirs: Callable[[str], object], texts: list[str]
) -> tuple[float, float]:
    """Best of ROUNDS, the two alternating, so a busy machine slows both alike."""
    best_ours = best_theirs = float("inf")
    for _ in range(ROUNDS):
        best_ours = min(best_ours, timed(ours, texts))
        best_theirs = min(best_theirs, timed(theirs, texts))
    return best_ours, best_theirs


def pipeline(text: str) -> object:
    return extract_claims(parse_article(text))


def main() -> None:
    texts = load_texts()
    Gazetteer.default()  # load the shipped gazetteer once, as a long-running pipeline would
    pipeline(texts[0])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415 - imported only for the baseline

    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    parser.parse(texts[0])
    ours, theirs = best_of_interleaved(pipeline, parser.parse, texts)
    root.handlers[:], root.level = handlers, level  # quantulum3 configures logging; undo it
    characters = sum(map(len, texts))
    print(f"{len(texts)} articles, {characters:,} characters")
    print(f"parse_article + extract_claims: {ours * 1000 / len(texts):8.2f} ms per article")
    print(f"quantulum3.parser.parse:        {theirs * 1000 / len(texts):8.2f} ms per article")
    print(f"speed-up: {theirs / ours:.1f}x (target: at least 30x)")


if __name__ == "__main__":
    main()
