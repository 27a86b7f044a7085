"""Merging repeated statements: one claim per fact an article states, with every evidence span.

An article often states a fact twice: the headline's "kills nine" and the body's "nine
civilians were killed", the lead's toll and a later paragraph's. :func:`merge_statements`
keeps one claim per fact, the first statement's, completed with what a later one adds (actor,
place, time, source) and carrying every evidence span. The work stays near-linear: a claim is
compared only with the last :data:`MERGE_WINDOW` facts of the same kind and figure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs

from conflictfacts.claims import Claim, ClaimKind
from conflictfacts.extraction.words import PEOPLE, PERSONS
from conflictfacts.quantities import Quantity
from conflictfacts.spans import Span

__all__ = ["MERGE_WINDOW", "merge_statements"]

#: How many earlier facts of the same kind and figure a claim is compared with when repeated
#: statements of one fact are merged.
MERGE_WINDOW = 32


def merge_statements(
    claims: Sequence[Claim], title_end: int, heads: Mapping[str, str]
) -> list[Claim]:
    r"""One claim per fact stated, the body's statement first, with every evidence span.

    Args:
        claims: the claims of one article, in the order they were read (headline first).
        title_end: where the headline ends in the article's text (-1 without one); claims
            whose first evidence starts before it are the headline's.
        heads: the head nouns of counted groups, with their kinds (see
            :attr:`~conflictfacts.lexicon.WordTables.heads`): "nine people" in a headline is
            the body's "nine civilians".

    Returns:
        The merged claims: the body's, then the headline's that the body does not state.

    >>> from conflictfacts import extract_claims, parse_article
    >>> page = "Strike kills 23\n\nAt least 23 people were killed in the strike.\n"
    >>> [len(claim.evidence) for claim in extract_claims(parse_article(page))]
    [2]
    """
    # A headline restates a fact of the body: body claims come first, so the headline's
    # evidence joins them rather than the other way round.
    ordered = [c for c in claims if c.evidence[0].start >= title_end] + [
        c for c in claims if c.evidence[0].start < title_end
    ]
    return _fold_bounds(_fold_headlines(_merge_repeats(ordered, heads), title_end))


def _same_fact(a: Claim, b: Claim, heads: Mapping[str, str]) -> bool:
    qa, qb = a.quantity, b.quantity
    if a.kind is not b.kind or (qa.low, qa.high, qa.unit) != (qb.low, qb.high, qb.unit):
        return False
    la, lb = a.subject.label.lower(), b.subject.label.lower()
    # "police guards" and "guards" (but not "two guards" and "two other guards": an increment
    # counts others than the total)
    narrower = (lb.endswith(" " + la) or la.endswith(" " + lb)) and qa.role is qb.role
    if la != lb and not narrower and not (
        PEOPLE in (la, lb)
        and heads.get((a.subject.category or PEOPLE).lower()) in PERSONS
        and heads.get((b.subject.category or PEOPLE).lower()) in PERSONS
    ):
        # "nine people" in a headline is the body's "nine civilians"; "12 police guards" is
        # the "12 guards" of another line
        return False
    return a.time is None or b.time is None or a.time.overlaps(b.time)


def _merge(first: Claim, other: Claim) -> Claim:
    """The first statement of a fact, with what a later statement adds to it.

    A later statement that names the group more narrowly ("31 people were hurt", then "31 of
    the soldiers were hurt") gives the fact its group.
    """
    narrower = first.subject.label.lower() == PEOPLE and other.subject.label.lower() != PEOPLE
    if (
        (first.actor or not other.actor)
        and (first.place or not other.place)
        and (first.time or not other.time)
        and (first.attribution or not other.attribution)
        and not narrower
    ):
        return first
    return attrs.evolve(
        first,
        subject=other.subject if narrower else first.subject,
        actor=first.actor or other.actor,
        place=first.place or other.place,
        time=first.time or other.time,
        attribution=first.attribution or other.attribution,
    )


def _merge_repeats(claims: Iterable[Claim], heads: Mapping[str, str]) -> tuple[Claim, ...]:
    """One claim per fact stated, with every evidence span, in near-linear time.

    A claim is compared only with the last :data:`MERGE_WINDOW` distinct facts of the same
    kind and figure, so a hostile page of thousands of figures costs linear work.
    """
    kept: list[Claim] = []
    evidence: list[list[Span]] = []
    seen: list[set[Span]] = []
    buckets: dict[tuple[object, ...], list[int]] = {}
    for claim in claims:
        q = claim.quantity
        bucket = buckets.setdefault((claim.kind, q.low, q.high, q.unit), [])
        for index in reversed(bucket[-MERGE_WINDOW:]):
            if _same_fact(kept[index], claim, heads):
                kept[index] = _merge(kept[index], claim)
                for span in claim.evidence:
                    if span not in seen[index]:
                        seen[index].add(span)
                        evidence[index].append(span)
                break
        else:
            bucket.append(len(kept))
            kept.append(claim)
            evidence.append(list(claim.evidence))
            seen.append(set(claim.evidence))
    return tuple(
        claim if len(spans) == len(claim.evidence) else attrs.evolve(claim, evidence=tuple(spans))
        for claim, spans in zip(kept, evidence, strict=True)
    )


def _within(inner: Quantity, outer: Quantity) -> bool:
    """Whether every value ``inner`` allows is allowed by ``outer`` (``None``: no bound)."""
    low_ok = outer.low is None or (inner.low is not None and inner.low >= outer.low)
    high_ok = outer.high is None or (inner.high is not None and inner.high <= outer.high)
    return low_ok and high_ok


def _restates(headline: Quantity, body: Quantity) -> bool:
    """Whether a headline's figure is the body's exact figure with another hedge.

    "At least 17 killed" over "17 dead": the headline writes the body's figure and only
    hedges it. A vague word ("dozens") or a range in either is not a restatement of a figure.
    """
    return (
        body.low is not None
        and body.low == body.high == headline.value
        and headline.role is body.role
        and headline.value in (headline.low, headline.high)
        and (headline.low is None or headline.high is None or headline.low == headline.high)
    )


def _fold_headlines(claims: Sequence[Claim], title_end: int) -> list[Claim]:
    """A headline's figure that the body states more exactly is the body's claim.

    "Strike kills 23" over "killed at least 23 people": the headline's evidence joins the body
    claim of the same kind and category whose figure holds the headline's ("kills dozens" over
    "at least 23" too), and so does a headline that only hedges the body's exact figure ("at
    least 17 killed" over "17 dead"). A headline figure the body does not hold ("kills 20"
    over "at least 23") stays a claim of its own.
    """
    kept = [c for c in claims if c.evidence[0].start >= title_end]
    # the first MERGE_WINDOW body claims of each kind, category and unit: a hostile page's
    # thousands of claims cost a headline no more than that
    buckets: dict[tuple[ClaimKind, str | None, str | None], list[int]] = {}
    for index, other in enumerate(kept):
        bucket = buckets.setdefault((other.kind, other.subject.category, other.quantity.unit), [])
        if len(bucket) < MERGE_WINDOW:
            bucket.append(index)
    for claim in claims:
        if claim.evidence[0].start >= title_end:
            continue
        key = (claim.kind, claim.subject.category, claim.quantity.unit)
        candidates = buckets.get(key, ())
        home = next((i for i in candidates if _within(claim.quantity, kept[i].quantity)), None)
        if home is None:
            # "At least 17 killed" over "17 dead": the same figure, hedged otherwise
            home = next(
                (i for i in candidates if _restates(claim.quantity, kept[i].quantity)), None
            )
        if home is None:
            kept.append(claim)
        else:
            kept[home] = attrs.evolve(kept[home], evidence=(*kept[home].evidence, *claim.evidence))
    return kept


def _fold_bounds(claims: list[Claim]) -> list[Claim]:
    """An "up to N" that restates a range ending at N is that range's claim.

    "Up to 900 dead" over "700 to 900 villagers killed": the bound alone joins the range
    of the same kind, category and unit as one more evidence span. A bound that no range
    ends at ("up to 300" beside "100 to 200") stays a claim of its own.
    """
    ranges: dict[tuple[object, ...], int] = {}
    for index, claim in enumerate(claims):
        q = claim.quantity
        if q.low is not None and q.high is not None and q.low < q.high:
            ranges.setdefault((claim.kind, claim.subject.category, q.unit, q.high), index)
    if not ranges:
        return claims
    kept: list[Claim | None] = list(claims)
    for index, claim in enumerate(claims):
        q = claim.quantity
        if q.low is not None or q.high is None:
            continue
        home = ranges.get((claim.kind, claim.subject.category, q.unit, q.high))
        if home is None:
            continue
        target = kept[home]
        assert target is not None  # a range is never folded away
        kept[home] = attrs.evolve(target, evidence=(*target.evidence, *claim.evidence))
        kept[index] = None
    return [claim for claim in kept if claim is not None]
