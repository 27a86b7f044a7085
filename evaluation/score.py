#!/usr/bin/env python3
"""Score every real-article set whose texts are present, by split.

    python evaluation/score.py                 # every set with rebuilt texts, tune and test
    python evaluation/score.py --split test    # one split
    python evaluation/score.py --set kabul-2021 -v   # one set, every miss listed
    python evaluation/score.py --json          # the figures as one JSON object

The sets are ``evaluation/real/<set>/`` and ``../shared/real/<set>/`` (recipe.json, gold.json,
facts.json and details.json, in the format of ``../shared/real/README.md``). Their texts are
never stored here: they are rebuilt into ``$TMPDIR/real/<set>/texts/`` (see
``evaluation/README.md``); a set whose texts are missing is named and skipped. Each set is
prepared with ``../shared/real/prepare.py`` and scored with ``../shared/eval/score.py
--documents`` (the articles go to the command line as JSON Lines documents, with the address
and the date the page shows, as a crawler gives them). ``evaluation/splits.json`` says which
sets are the test split: no rule is ever tuned on them.

Claims and attributes are pooled over the articles of a split (micro averages); fact
grouping and relations are averaged over its sets (each set is its own comparison).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ATTRIBUTES = ("by", "date", "place", "source", "who")


def _sets(shared: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for folder in (shared / "real", HERE / "real"):
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                if (path / "recipe.json").is_file() and (path / "gold.json").is_file():
                    found[path.name] = path
    return found


def _score_set(set_dir: Path, texts: Path, shared: Path, verbose: bool) -> dict[str, Any] | str:
    out = Path(tempfile.mkdtemp(prefix=f"cf-{set_dir.name}-"))
    prepared = subprocess.run(
        [sys.executable, str(shared / "real" / "prepare.py"), str(set_dir), "--texts", str(texts),
         "--out", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if prepared.returncode != 0:
        return prepared.stdout.strip().splitlines()[-1] if prepared.stdout.strip() else "failed"
    command = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(out / "gold"),
               "--texts", str(texts), "--documents", str(out / "documents.json")]  # fmt: skip
    if verbose:
        subprocess.run([*command, "-v"], check=False)
    done = subprocess.run([*command, "--json"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "scorer failed"
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _pool(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    tp = sum(r["claims"]["tp"] for r in results.values())
    fp = sum(r["claims"]["fp"] for r in results.values())
    fn = sum(r["claims"]["fn"] for r in results.values())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    attributes = {}
    for name in ATTRIBUTES:
        weights = [(r["attributes"].get(name), r["claims"]["tp"]) for r in results.values()]
        total = sum(w for v, w in weights if v is not None)
        if total:
            attributes[name] = sum(v * w for v, w in weights if v is not None) / total
    full = sum(r["claims_fully_right"] * (r["claims"]["tp"] + r["claims"]["fn"])
               for r in results.values())  # fmt: skip
    facts = [r["facts"] for r in results.values() if "facts" in r]
    pooled: dict[str, Any] = {
        "sets": len(results),
        "claims": {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn},
        "attributes": attributes,
        "claims_fully_right": full / (tp + fn) if tp + fn else 0.0,
    }
    if facts:
        pooled["facts"] = {
            key: sum(f[key] for f in facts) / len(facts)
            for key in ("pair_precision", "pair_recall", "pair_f1", "relation_accuracy")
        }
    return pooled


def _line(name: str, r: dict[str, Any]) -> str:
    c = r["claims"]
    attrs = " ".join(f"{k} {r['attributes'][k]:.2f}" for k in ATTRIBUTES if k in r["attributes"])
    text = (f"{name:<16} claims P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f} "
            f"(tp {c['tp']}, fp {c['fp']}, fn {c['fn']})  full {r['claims_fully_right']:.3f}  "
            f"{attrs}")  # fmt: skip
    if "facts" in r:
        f = r["facts"]
        text += f"  facts F1 {f['pair_f1']:.3f} rel {f['relation_accuracy']:.3f}"
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared folder with eval/score.py and real/prepare.py")  # fmt: skip
    parser.add_argument("--texts-root", type=Path, default=Path(tempfile.gettempdir()) / "real",
                        help="where <set>/texts/ are rebuilt (default: $TMPDIR/real)")  # fmt: skip
    parser.add_argument("--split", choices=("tune", "test", "all"), default="all")
    parser.add_argument("--set", action="append", default=[], help="score only this set")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("-v", "--verbose", action="store_true", help="the scorer's misses too")
    args = parser.parse_args(argv)

    splits = json.loads((HERE / "splits.json").read_text(encoding="utf-8"))
    test = set(splits["test"])
    sets = _sets(args.shared)
    chosen = {name: path for name, path in sets.items()
              if (not args.set or name in args.set)
              and (args.split == "all" or (name in test) == (args.split == "test"))}  # fmt: skip
    by_split: dict[str, dict[str, dict[str, Any]]] = {"tune": {}, "test": {}}
    skipped: dict[str, str] = {}
    for name, path in chosen.items():
        texts = args.texts_root / name / "texts"
        if not texts.is_dir():
            skipped[name] = f"no texts in {texts}"
            continue
        result = _score_set(path, texts, args.shared, args.verbose)
        if isinstance(result, str):
            skipped[name] = result
        else:
            by_split["test" if name in test else "tune"][name] = result
    report: dict[str, Any] = {"skipped": skipped}
    for split, results in by_split.items():
        if results:
            report[split] = {"pooled": _pool(results), "sets": results}
    if args.json:
        print(json.dumps(report, indent=1, default=str))
    else:
        for split in ("tune", "test"):
            if split not in report:
                continue
            print(f"== {split} split")
            for name, result in report[split]["sets"].items():
                print(_line(name, result))
            print(_line(f"{split} (pooled)", report[split]["pooled"]))
            print()
        for name, why in skipped.items():
            print(f"skipped {name}: {why}")
    return 0 if any(split in report for split in ("tune", "test")) else 1


if __name__ == "__main__":
    sys.exit(main())
