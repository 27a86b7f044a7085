"""Time compare() on synthetic claims: the time per claim should stay flat as the count grows.

    .venv/bin/python benchmarks/bench_compare.py                 # 10^4 and 10^5 claims
    .venv/bin/python benchmarks/bench_compare.py --sizes 1000000  # 10^6 (about a minute or two)
    .venv/bin/python benchmarks/bench_compare.py --gc             # keep the cyclic GC running

Times are CPU seconds of this process. Each size also times a floor in the same process, on
the same claims: turning each claim into its record and sorting them, the least any grouping
does. Both slow down per claim as the heap outgrows the processor's caches; the ratio of
compare() to the floor is what should stay flat, and the last line gives its growth.

A claim that names no place can belong to a fact anywhere on its day, and this world's days
fill up as the claim count grows: once the facts it could meet at any place are more than a
couple, such a claim reads only those that count its group with its figure (see "Scale:
blocking" in docs/comparison.md), so the facts it meets stay few; ``--placeless 0 --undated 0``
times a world where every claim is placed and dated, as ``extract_claims`` output nearly always
is (it falls back to the article's main place and date).

By default the timed call runs with Python's cyclic garbage collector off, as a batch job over
millions of claims should: compare() makes no reference cycles, and with the collector on its
repeated scans of the growing heap make the time per claim creep up with the batch size.

The synthetic world: many outlets report counts of a few kinds of a few groups in many places
over ten years; each event is reported by one to five outlets with slightly different wordings,
hedges and, now and then, a figure of their own. A tenth of the claims carry no date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import time

from conflictfacts.claims import Attribution, Claim, ClaimKind, Origin, Subject
from conflictfacts.compare import compare
from conflictfacts.dates import Granularity, TimeSpan
from conflictfacts.quantities import Quantity

KINDS = (ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.DISPLACED, ClaimKind.DESTROYED)
SUBJECTS = (
    ("Ukrainian soldiers", "Ukrainian troops"), ("Russian soldiers", "Russian servicemen"),
    ("civilians", "civilians"), ("pro-government fighters", "pro-government militants"),
    ("rebels", "rebel fighters"), ("tanks", "tanks"), ("people", "people"),
)  # fmt: skip
HEDGES = ((None, "exact"), ("at least", "lower"), ("more than", "lower"),
          ("as many as", "upper"), ("some", "approx"))  # fmt: skip
SOURCES = (None, "UN", "Health Ministry", "Defence Ministry", "Monitor")
START = dt.date(2014, 1, 1)


def _quantity(value: int, hedge: str | None, shape: str) -> Quantity:
    low = None if shape == "upper" else value
    high = None if shape == "lower" else value
    text = f"{hedge} {value:,}" if hedge else f"{value:,}"
    return Quantity(
        value=value,
        low=low,
        high=high,
        qualifier=hedge,
        approximate=shape == "approx",
        unit=None,
        start=0,
        end=len(text),
        text=text,
    )


def synthetic_claims(
    n: int, seed: int = 7, *, placeless: float = 0.1, undated: float = 0.1
) -> list[Claim]:
    rnd = random.Random(seed)
    places = [f"Town {i}" for i in range(max(20, n // 200))]
    outlets = [f"Outlet {i}" for i in range(60)]
    claims: list[Claim] = []
    event = 0
    while len(claims) < n:
        event += 1
        kind = rnd.choice(KINDS)
        labels = rnd.choice(SUBJECTS)
        place = rnd.choice(places)
        day = START + dt.timedelta(days=rnd.randrange(3650))
        value = rnd.choice((2, 3, 5, 8, 12, 20, 50, 120, 1000, 25_000))
        source = rnd.choice(SOURCES)
        for _ in range(rnd.randint(1, 5)):
            outlet = rnd.choice(outlets)
            hedge, shape = rnd.choice(HEDGES)
            figure = value if rnd.random() < 0.85 else value + rnd.randint(1, max(2, value // 2))
            no_date = rnd.random() < undated
            span = None if no_date else TimeSpan(day, day, Granularity.DAY)
            label = rnd.choice(labels)
            claims.append(
                Claim(
                    kind=kind,
                    quantity=_quantity(figure, hedge, shape),
                    subject=Subject(label, label),
                    place=None if rnd.random() < placeless else place,
                    time=span,
                    attribution=Attribution(source) if source else None,
                    origin=Origin(
                        outlet=outlet,
                        path=f"{outlet}/{event}.txt",
                        published=day + dt.timedelta(days=1),
                    ),
                )
            )
    return claims[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--gc", action="store_true", help="keep the cyclic GC on while timing")
    parser.add_argument(
        "--placeless", type=float, default=0.1, help="share of claims naming no place"
    )
    parser.add_argument("--undated", type=float, default=0.1, help="share of claims with no date")
    args = parser.parse_args()
    compare(synthetic_claims(100))  # load the gazetteer once, outside the timings
    print(f"{'claims':>10} {'facts':>10} {'seconds':>9} {'us/claim':>9} {'floor':>7} {'ratio':>7}")
    ratios: list[float] = []
    for size in args.sizes:
        claims = synthetic_claims(size, placeless=args.placeless, undated=args.undated)
        floor = _floor(claims, keep_gc=args.gc)
        gc.collect()
        if not args.gc:
            gc.disable()
        began = time.process_time()
        result = compare(claims)
        took = time.process_time() - began
        gc.enable()
        ratios.append(took / floor)
        print(
            f"{size:>10,} {len(result.facts):>10,} {took:>9.2f} {took / size * 1e6:>9.1f}"
            f" {floor / size * 1e6:>7.2f} {took / floor:>7.1f}"
        )
        del claims, result
    if len(ratios) > 1:
        growth = ratios[-1] / ratios[0]
        print(f"growth of the ratio from the smallest to the largest size: {growth:.2f}x")


def _floor(claims: list[Claim], *, keep_gc: bool) -> float:
    """CPU seconds of the least any grouping of these claims does: read each once, sort them.

    Turning every claim into its record touches all of its fields; sorting them by kind, date
    and figure is what a deterministic grouping cannot avoid. Both slow down per claim as the
    heap outgrows the processor's caches, as compare() does; the ratio of compare() to this
    floor, measured in the same process on the same claims, is what should stay flat.
    """
    gc.collect()
    if not keep_gc:
        gc.disable()
    began = time.process_time()
    records = [claim.to_record() for claim in claims]
    ordered = sorted(
        claims, key=lambda c: (c.kind.value, str(c.origin.published), c.quantity.value)
    )
    took = time.process_time() - began
    gc.enable()
    del records, ordered
    return took

if __name__ == "__main__":
    main()
