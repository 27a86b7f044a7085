"""Adversarial inputs of growing size through the whole pipeline: is the time per kilobyte flat?

    .venv/bin/python benchmarks/bench_adversarial.py            # 10 KB, 100 KB, 1 MB
    .venv/bin/python benchmarks/bench_adversarial.py --sizes 10000 100000 --budget 20
    .venv/bin/python benchmarks/bench_adversarial.py --only digits_commas brackets

Each case repeats a hostile unit ("1,234,567,", "at least ", "((((", "Advertisement\\n", ...)
up to each size and times ``parse_article`` + ``extract_claims`` on it (best of a few rounds
after a warm-up). It prints microseconds per kilobyte at every size and the ratio of the
largest size's per-KB time to the smallest's: a linear pipeline keeps it near 1; anything
above 3x is flagged. A size whose projected time (ten times the previous size's) would exceed
``--budget`` seconds is skipped and flagged too: only a superlinear case gets there. No
assertion is made on timings; this is a report, not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable

from conflictfacts import parse_article
from conflictfacts.extraction import extract_claims

FLAG_RATIO = 3.0


def _repeat(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


def _numbered(template: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        parts: list[str] = []
        total, number = 0, 0
        while total < size:
            part = template.format(n=number)
            parts.append(part)
            total += len(part)
            number += 1
        return "".join(parts)[:size]

    return make


def _nested(size: int) -> str:
    half = size // 2
    return "(" * half + "12 soldiers were killed" + ")" * (size - half - 23)


#: name -> text of (about) the given number of characters.
CASES: dict[str, Callable[[int], str]] = {
    "digits_commas": _repeat("1,234,567,"),
    "digit_run": _repeat("9"),
    "digits_spaced": _repeat("12 000 000 "),
    "decimals": _repeat("1.5.5.5."),
    "qualifiers": _repeat("at least "),
    "hedge_mix": _repeat("as many as up to nearly some "),
    "no_spaces": _repeat("killedsoldiers12kharkiv"),
    "long_word_lines": _repeat("x" * 5000 + "\n"),
    "brackets_nested": _nested,
    "brackets_mixed": _repeat("([{<"),
    "furniture_lines": _repeat("Advertisement\n"),
    "furniture_mix": _repeat("Skip to main content\nRead more\nShare this article\nRelated\n"),
    "months": _repeat("January February March "),
    "weekdays": _repeat("Monday Tuesday Wednesday "),
    "dates": _repeat("on 3 May 2022, "),
    "killed": _repeat("killed "),
    "quotes": _repeat("\"\u201c'"),
    "abbreviations": _repeat("U.S. Lt. Col. No. 5 "),
    "control_chars": _repeat("\x00\u202e\u200b\u0301\r"),
    "sentences_same": _repeat("Two soldiers were killed. "),
    "sentences_distinct": _numbered("{n} soldiers were killed in Kharkiv on Monday. "),
    "paragraphs": _numbered("Clashes near town {n}.\n\n"),
    "units": _numbered("{n} square kilometers, "),
    # every figure asks when "the war" began, of every dated sentence before it
    "since_onsets": _numbered(
        "The war raged on 3 March 2029. {n} people have been killed since the war.\n\n"
    ),
}


def _time(text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        begin = time.perf_counter()
        extract_claims(parse_article(text, published=dt.date(2030, 5, 8)))
        best = min(best, time.perf_counter() - begin)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per run at most")
    parser.add_argument("--only", nargs="+", choices=sorted(CASES), default=sorted(CASES))
    args = parser.parse_args(argv)
    sizes: list[int] = sorted(args.sizes)

    extract_claims(parse_article("At least 1,500 square kilometers; 12 soldiers were killed."))
    header = f"{'case':<20}" + "".join(f"{f'{s // 1000} KB':>12}" for s in sizes)
    print("microseconds per kilobyte of parse_article + extract_claims")
    print(header + f"{'ratio':>8}  flag")
    flagged = 0
    for name in args.only:
        cells: list[str] = []
        per_kb: list[float] = []
        previous: float | None = None
        prev_size = sizes[0]
        skipped = False
        for size in sizes:
            if previous is not None and previous * (size / prev_size) > args.budget:
                cells.append(f"{'skipped':>12}")
                skipped = True
                continue
            text = CASES[name](size)
            seconds = _time(text, 3 if size <= 100_000 else 1)
            per_kb.append(seconds * 1e6 / (len(text) / 1000))
            cells.append(f"{per_kb[-1]:>12,.0f}")
            previous, prev_size = seconds, size
        ratio = per_kb[-1] / per_kb[0] if per_kb[0] > 0 else 0.0
        flag = "SUPERLINEAR" if ratio > FLAG_RATIO or skipped else ""
        flagged += bool(flag)
        print(f"{name:<20}" + "".join(cells) + f"{ratio:>7.1f}x  {flag}", flush=True)
    print(f"{flagged} of {len(args.only)} cases flagged (ratio > {FLAG_RATIO:g}x or skipped)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
