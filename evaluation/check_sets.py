#!/usr/bin/env python3
"""Check the real sets before they are committed: offsets, fact members, and no copied text.

    python evaluation/check_sets.py            # every set in evaluation/real whose texts are rebuilt

For each set it checks that every gold claim has an integer ``at`` (never a ``cue`` quote) that
points at a figure inside its text, that every fact member names an existing claim, and that no
run of six or more words of any article stands in the set's prose (the notes of gold.json, the
descriptions and notes of facts.json and details.json, review.md): the sets hold our
annotations, never the articles' sentences. (Labels such as ``who`` or ``source`` are
normalised names, which may well be six words long.) Exit 1 on any problem.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUN = 6
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019-]*")


def _runs(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in WORD.findall(text)]
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def check(set_dir: Path, texts: Path) -> list[str]:
    problems: list[str] = []
    gold = json.loads((set_dir / "gold.json").read_text(encoding="utf-8"))
    facts_file = set_dir / "facts.json"
    facts = json.loads(facts_file.read_text(encoding="utf-8")) if facts_file.exists() else []
    counts = {}
    article_runs: set[tuple[str, ...]] = set()
    for article in gold:
        text = (texts / f"{article['id']}.txt").read_text(encoding="utf-8")
        article_runs |= _runs(text)
        counts[article["id"]] = len(article["claims"])
        for index, claim in enumerate(article["claims"]):
            where = f"{set_dir.name}/{article['id']}/{index}"
            if "cue" in claim:
                problems.append(f"{where}: has a cue quote")
            at = claim.get("at")
            if not isinstance(at, int) or not 0 <= at < len(text):
                problems.append(f"{where}: at {at!r} is not an offset into the text")
            elif not text[at].isalnum():
                problems.append(f"{where}: at {at} points at {text[at]!r}, not a figure")
    for fact in facts:
        for aid, index in fact["members"]:
            if not 0 <= index < counts.get(aid, 0):
                problems.append(f"{set_dir.name}: fact {fact['fact'][:40]!r} names {aid}/{index}")
    for name, prose in _prose(set_dir, gold, facts).items():
        copied = _runs(prose) & article_runs
        for run in sorted(copied)[:3]:
            problems.append(f"{set_dir.name}/{name}: copies article words: {' '.join(run)!r}")
    return problems


def _prose(set_dir: Path, gold: list[dict], facts: list[dict]) -> dict[str, str]:
    """The free text of a set's files, by file name."""
    notes = [a.get("date_note") or "" for a in gold]
    notes += [c.get("note") or "" for a in gold for c in a["claims"]]
    prose = {"gold.json": "\n".join(notes)}
    prose["facts.json"] = "\n".join(f"{f.get('fact', '')}\n{f.get('note') or ''}" for f in facts)
    details_file = set_dir / "details.json"
    if details_file.exists():
        details = json.loads(details_file.read_text(encoding="utf-8"))
        prose["details.json"] = "\n".join(str(d.get("detail", "")) for d in details)
    review = set_dir / "review.md"
    if review.exists():
        prose["review.md"] = review.read_text(encoding="utf-8")
    return prose


def main() -> int:
    root = Path(tempfile.gettempdir()) / "real"
    problems: list[str] = []
    checked = 0
    for set_dir in sorted((HERE / "real").iterdir()):
        texts = root / set_dir.name / "texts"
        if not (set_dir / "gold.json").is_file():
            continue
        if not texts.is_dir():
            print(f"skipped {set_dir.name}: no texts in {texts}")
            continue
        problems += check(set_dir, texts)
        checked += 1
    for problem in problems:
        print(problem)
    print(f"{checked} sets checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
