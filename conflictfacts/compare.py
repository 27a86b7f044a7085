"""Comparing claims across sources: which figures agree, which conflict, and who says what.

:func:`compare` groups claims that report the same thing into :class:`Fact` objects, each with
a :class:`Relation` (agree, compatible, conflict, update or single), the figure of every source,
how many independent sources stand behind it, a low/best/high summary and a one-line
explanation:

>>> import datetime as dt
>>> from conflictfacts.claims import Attribution, Origin, Subject
>>> def claim(figure, qualifier, outlet, low, high):
...     text = f"{qualifier} {figure:,}" if qualifier else f"{figure:,}"
...     q = Quantity(value=figure, low=low, high=high, qualifier=qualifier, approximate=False,
...                  unit=None, start=0, end=len(text), text=text)
...     period = TimeSpan(dt.date(2023, 4, 15), dt.date(2023, 6, 1), Granularity.PERIOD)
...     return Claim(ClaimKind.DISPLACED, q, Subject("people", "people"), place="Darfur",
...                  time=period, attribution=Attribution("UN"),
...                  origin=Origin(outlet=outlet, path=f"{outlet}.txt"))
>>> result = compare([claim(600_000, None, "Outlet A", 600_000, 600_000),
...                   claim(700_000, "more than", "Outlet B", 700_000, None)])
>>> fact = result.facts[0]
>>> fact.relation, fact.independent_sources
(<Relation.CONFLICT: 'conflict'>, 1)
>>> print(fact.explanation)
600,000 (Outlet A, citing UN) vs more than 700,000 (Outlet B, citing UN): same period, no overlap

The grouping never compares every claim with every other: claims are split by
:func:`blocking_key` (kind and the category counted) and, inside a block, only claims of
overlapping months and compatible places meet. :func:`compare_group` compares one block, so
a data-frame library can do the split and call it per group. See ``docs/comparison.md`` for
every rule and why.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import enum
import hashlib
import io
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from conflictfacts._cells import guard
from conflictfacts._furniture import canonical_agency
from conflictfacts._intervals import Interval, hard_interval, soft_interval
from conflictfacts._labels import Folder, PlaceKey, SubjectKey, modifiers_fit
from conflictfacts.claims import Claim, ClaimKind
from conflictfacts.dates import Granularity, TimeSpan
from conflictfacts.discrepancies import (
    Discrepancy,
    render_discrepancies_markdown,
    render_discrepancies_table,
)
from conflictfacts.errors import InputTypeError, InputValueError
from conflictfacts.extraction.words import CHANGE_REACH, CHANGE_VERBS
from conflictfacts.quantities import Number, Quantity

__all__ = [
    "MAX_CANDIDATES",
    "Comparison",
    "ComparisonPolicy",
    "Fact",
    "Position",
    "Relation",
    "Report",
    "SumCheck",
    "SumStatus",
    "Summary",
    "blocking_key",
    "check_sums",
    "compare",
    "compare_group",
    "relate",
    "render_csv",
    "render_markdown",
    "render_table",
]


class Relation(enum.Enum):
    """How the figures of one fact relate across sources.

    >>> Relation("update").name
    'UPDATE'
    """

    #: Every source gives the same figure.
    AGREE = "agree"
    #: The figures differ but their intervals overlap (hedges read softly under the default policy).
    COMPATIBLE = "compatible"
    #: A later cumulative count is larger than an earlier one for a growing period.
    UPDATE = "update"
    #: The figures cannot both be right.
    CONFLICT = "conflict"
    #: One article only: nothing to compare with.
    SINGLE = "single"


#: How bad a relation is, for the worst-pair rule of a fact.
_SEVERITY = {Relation.AGREE: 0, Relation.COMPATIBLE: 1, Relation.UPDATE: 2, Relation.CONFLICT: 3}


@attrs.frozen
class ComparisonPolicy:
    """How figures are read when they are compared.

    The defaults read hedges softly: "as many as 50", "some 50" and "more than 50" from three
    sources are one figure of about 50 and come out :attr:`Relation.COMPATIBLE`.
    :meth:`strict` reads every figure as the hard interval it states.

    >>> ComparisonPolicy().soft_hedges, ComparisonPolicy.strict().soft_hedges
    (True, False)
    """

    #: Read hedged figures as "about" their figure (widened by the tolerances below).
    soft_hedges: bool = True
    #: Widening of approximations ("about 50", "some 50", "dozens"), relative to the figure.
    relative_tolerance: float = 0.25
    #: Widening of the bounded side of a bound ("more than", "at least", "as many as").
    bound_tolerance: float = 0.1
    #: Smallest widening of a hedged figure, in its unit.
    absolute_tolerance: float = 1.0
    #: Two periods whose first days are at most this many days apart are one growing count.
    cumulative_start_days: int = 3
    #: Parts of a total are looked for this many characters after the total's evidence starts.
    sum_window: int = 600
    #: A claim tied to a fact only by a missing date joins it with a figure that does not overlap
    #: only when the larger figure is at most this many times the smaller.
    open_time_ratio: float = 2.0

    def __attrs_post_init__(self) -> None:
        for name in (
            "relative_tolerance",
            "bound_tolerance",
            "absolute_tolerance",
            "open_time_ratio",
        ):
            value = getattr(self, name)
            if not isinstance(value, int | float) or isinstance(value, bool) or not value >= 0:
                raise InputValueError(
                    f"ComparisonPolicy.{name} must be a number >= 0, got {value!r}"
                )
        for name in ("cumulative_start_days", "sum_window"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise InputValueError(f"ComparisonPolicy.{name} must be an int >= 0, got {value!r}")

    @classmethod
    def strict(cls) -> ComparisonPolicy:
        """Return a policy that reads every figure as the hard interval it states.

        Returns:
            The strict policy: "as many as 50" (at most 50) and "more than 50" (51 or more)
            conflict.

        >>> ComparisonPolicy.strict().bound_tolerance
        0.0
        """
        return cls(soft_hedges=False, relative_tolerance=0.0, bound_tolerance=0.0,
                   absolute_tolerance=0.0)  # fmt: skip


@attrs.frozen
class Report:
    """One claim's figure as one outlet reported it.

    >>> Report(figure="12", outlet="Outlet A", source=None, claim=None).source is None
    True
    """

    #: The figure as written ("more than 900,000").
    figure: str
    #: The outlet that published it, when known.
    outlet: str | None
    #: Whom the outlet credits for it; ``None`` when the outlet states it itself.
    source: str | None
    #: The claim itself (``None`` only in hand-made examples).
    claim: Claim | None = attrs.field(eq=False, repr=False)


@attrs.frozen
class Position:
    """One distinct figure of a fact and everyone who gives it.

    >>> Position(figure="12", value=12, low=12, high=12, time=None, reports=()).outlets
    ()
    """

    #: The figure as written by its first report.
    figure: str
    #: The figure as stated.
    value: Number
    #: Lower bound of the stated interval, ``None`` when open.
    low: Number | None
    #: Upper bound of the stated interval, ``None`` when open.
    high: Number | None
    #: The period the figure counts.
    time: TimeSpan | None
    #: Every report giving this figure.
    reports: tuple[Report, ...]
    #: The first day this figure was given (a report's statement day, else its page's date).
    reported_on: dt.date | None = None

    @property
    def outlets(self) -> tuple[str, ...]:
        """The distinct outlets giving this figure, sorted.

        >>> report = Report(figure="12", outlet="Outlet B", source="UN", claim=None)
        >>> Position("12", 12, 12, 12, None, (report, report)).outlets
        ('Outlet B',)
        """
        return tuple(sorted({r.outlet for r in self.reports if r.outlet}))

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources these outlets credit, sorted; empty when none is credited.

        >>> report = Report(figure="12", outlet="Outlet B", source="UN", claim=None)
        >>> Position("12", 12, 12, 12, None, (report,)).sources
        ('UN',)
        """
        return tuple(sorted({r.source for r in self.reports if r.source}))


@attrs.frozen
class Summary:
    """A fact's figures summarised as low / best / high (see ``docs/comparison.md``).

    ``low`` is the lowest conservative reading of any report, ``high`` the highest stated figure,
    ``best`` the conservative reading of the figure most independent sources give (ties go to the
    lower figure). For an update, only the latest count is summarised.

    >>> Summary(low=2, best=2, high=3).best
    2
    """

    #: Lowest credible figure.
    low: Number | None
    #: Most reliable figure.
    best: Number | None
    #: Highest credible figure.
    high: Number | None


@attrs.frozen
class Fact:
    """Claims of several sources that report the same thing, and how their figures relate.

    >>> a = Claim.from_record({"kind": "wounded", "value": 5, "subject": "soldiers",
    ...                        "outlet": "A", "date_start": "2031-04-08"})
    >>> b = Claim.from_record({"kind": "wounded", "value": 7, "subject": "soldiers",
    ...                        "outlet": "B", "date_start": "2031-04-08"})
    >>> fact = compare([a, b]).facts[0]
    >>> fact.relation, [p.value for p in fact.positions]
    (<Relation.CONFLICT: 'conflict'>, [5, 7])
    """

    #: A stable identifier derived from the member claims ("F" + 12 hex digits).
    id: str
    #: What is counted.
    kind: ClaimKind
    #: The most specific subject label of the members ("Turkish soldiers").
    subject: str
    #: The place, when a member names one.
    place: str | None
    #: The smallest span covering every member's time, ``None`` when no member has one.
    time: TimeSpan | None
    #: How the figures of different articles relate.
    relation: Relation
    #: Each distinct figure, with the outlets and sources giving it.
    positions: tuple[Position, ...]
    #: How many distinct sources stand behind the figures (outlets citing one source count once).
    independent_sources: int
    #: Low / best / high.
    summary: Summary
    #: One line a person can read.
    explanation: str
    #: Every member claim, in report order (the day each figure was given, then a stable order).
    claims: tuple[Claim, ...] = attrs.field(repr=False)

    def to_json_dict(self) -> dict[str, Any]:
        """Return the fact as plain JSON values; ``claims`` holds one flat record per member.

        >>> claim = Claim.from_record({"kind": "killed", "value": 3, "subject": "civilians"})
        >>> compare([claim]).facts[0].to_json_dict()["relation"]
        'single'

        Returns:
            A dict with ``id``, ``relation``, ``summary``, ``explanation``, ``claims`` and more.
        """
        return {
            "id": self.id,
            "relation": self.relation.value,
            "kind": self.kind.value,
            "subject": self.subject,
            "place": self.place,
            "date_start": self.time.start.isoformat() if self.time else None,
            "date_end": self.time.end.isoformat() if self.time else None,
            "independent_sources": self.independent_sources,
            "summary": {
                "low": _json_number(self.summary.low),
                "best": _json_number(self.summary.best),
                "high": _json_number(self.summary.high),
            },
            "explanation": self.explanation,
            "positions": [
                {
                    "figure": p.figure,
                    "value": _json_number(p.value),
                    "low": _json_number(p.low),
                    "high": _json_number(p.high),
                    "date_start": p.time.start.isoformat() if p.time else None,
                    "date_end": p.time.end.isoformat() if p.time else None,
                    "reported_on": p.reported_on.isoformat() if p.reported_on else None,
                    "outlets": list(p.outlets),
                    "sources": list(p.sources),
                    "reports": len(p.reports),
                }
                for p in self.positions
            ],
            "claims": [claim.to_record() for claim in self.claims],
        }


class SumStatus(enum.Enum):
    """Whether stated parts add up to their stated total.

    >>> SumStatus("short") is SumStatus.SHORT
    True
    """

    #: The parts' interval holds the total.
    MATCH = "match"
    #: The parts add up to less than the total (a part may be unlisted).
    SHORT = "short"
    #: The parts add up to more than the total: a contradiction within the article.
    EXCEEDS = "exceeds"


@attrs.frozen
class SumCheck:
    """A total of one article checked against the parts the same article lists.

    >>> total = Claim.from_record({"kind": "killed", "value": 27, "subject": "fighters",
    ...                            "path": "a.txt", "date_start": "2031-04-08"})
    >>> parts = [Claim.from_record({"kind": "killed", "value": v, "subject": s,
    ...                             "path": "a.txt", "date_start": "2031-04-08"})
    ...          for v, s in ((11, "pro-government fighters"), (14, "rebel fighters"))]
    >>> check = check_sums([total, *parts])[0]
    >>> check.status, check.parts_low
    (<SumStatus.SHORT: 'short'>, 25)
    """

    #: The claim stating the total ("27 fighters").
    total: Claim = attrs.field(repr=False)
    #: The claims stating the parts ("11 pro-government fighters", ...).
    parts: tuple[Claim, ...] = attrs.field(repr=False)
    #: Sum of the parts' lower bounds.
    parts_low: Number
    #: Sum of the parts' upper bounds, ``None`` when a part is open above.
    parts_high: Number | None
    #: Whether they add up.
    status: SumStatus
    #: One line a person can read.
    explanation: str

    @property
    def consistent(self) -> bool:
        """Whether the parts add up to the total.

        >>> total = Claim.from_record({"kind": "killed", "value": 27, "subject": "fighters",
        ...                            "path": "a.txt"})
        >>> parts = [Claim.from_record({"kind": "killed", "value": v, "subject": s,
        ...                             "path": "a.txt"})
        ...          for v, s in ((11, "pro-government fighters"), (16, "rebel fighters"))]
        >>> [c.consistent for c in check_sums([total, *parts])]
        [True]
        """
        return self.status is SumStatus.MATCH

    def to_json_dict(self) -> dict[str, Any]:
        """Return the check as plain JSON values.

        >>> total = Claim.from_record({"kind": "killed", "value": 27, "subject": "fighters",
        ...                            "path": "a.txt"})
        >>> parts = [Claim.from_record({"kind": "killed", "value": v, "subject": s,
        ...                             "path": "a.txt"})
        ...          for v, s in ((11, "pro-government fighters"), (16, "rebel fighters"))]
        >>> sorted(check_sums([total, *parts])[0].to_json_dict())[:3]
        ['explanation', 'parts', 'parts_high']

        Returns:
            A dict with the total's and parts' records, the sums, status and explanation.
        """
        return {
            "status": self.status.value,
            "explanation": self.explanation,
            "parts_low": _json_number(self.parts_low),
            "parts_high": _json_number(self.parts_high),
            "total": self.total.to_record(),
            "parts": [part.to_record() for part in self.parts],
        }


@attrs.frozen
class Comparison:
    """The result of :func:`compare`: facts and within-article sum checks.

    >>> a = Claim.from_record({"kind": "killed", "value": 12, "subject": "soldiers",
    ...                        "outlet": "A", "source": "army", "date_start": "2031-04-08"})
    >>> b = Claim.from_record({"kind": "killed", "value": 12, "subject": "soldiers",
    ...                        "outlet": "B", "source": "monitor", "date_start": "2031-04-08"})
    >>> result = compare([a, b])
    >>> len(result.facts), result.facts[0].relation
    (1, <Relation.AGREE: 'agree'>)
    """

    #: The facts, in a stable order (kind, subject, time, id).
    facts: tuple[Fact, ...]
    #: Totals checked against their parts.
    sum_checks: tuple[SumCheck, ...] = ()
    #: The policy the figures were read with.
    policy: ComparisonPolicy = attrs.field(factory=ComparisonPolicy, repr=False)
    #: What the sources disagree about beyond the figures (who did it, how names are
    #: written); filled by :func:`~conflictfacts.discrepancies.find_discrepancies`, which
    #: needs the articles' text (``conflictfacts compare`` calls it).
    discrepancies: tuple[Discrepancy, ...] = ()

    @classmethod
    def from_parts(
        cls,
        facts: Iterable[Fact],
        sum_checks: Iterable[SumCheck] = (),
        *,
        policy: ComparisonPolicy | None = None,
    ) -> Comparison:
        """Put together a comparison computed in parts, in the order :func:`compare` gives.

        Claims of different :func:`blocking_key` blocks never share a fact, and a sum check
        never looks beyond one article. So split the claims by :func:`blocking_key` and call
        :func:`compare_group` on each block, call :func:`check_sums` on each article's claims
        (anywhere: pandas groups, Dask workers), and this gives exactly what :func:`compare`
        gives for all the claims at once, provided every part used the same policy.

        Args:
            facts: the facts of every block.
            sum_checks: the sum checks of every article.
            policy: the policy the parts were computed with (default: the default policy).

        Returns:
            The comparison, its facts and checks sorted as :func:`compare` sorts them.

        Raises:
            InputTypeError: an element is not a fact or a sum check, or ``policy`` is not a
                policy.

        >>> claims = [Claim.from_record({"kind": kind, "value": 3, "subject": "soldiers",
        ...                              "outlet": outlet, "path": outlet})
        ...           for kind in ("wounded", "killed") for outlet in ("A", "B")]
        >>> blocks = {}
        >>> for claim in claims:
        ...     blocks.setdefault(blocking_key(claim), []).append(claim)
        >>> facts = [fact for block in blocks.values() for fact in compare_group(block)]
        >>> Comparison.from_parts(facts) == compare(claims)
        True
        """
        policy = policy if policy is not None else ComparisonPolicy()
        if not isinstance(policy, ComparisonPolicy):
            raise InputTypeError(
                f"Comparison.from_parts() expects a ComparisonPolicy, got {type(policy).__name__}"
            )
        facts = tuple(facts)
        checks = tuple(sum_checks)
        for item, expected in (*((f, Fact) for f in facts), *((c, SumCheck) for c in checks)):
            if not isinstance(item, expected):
                raise InputTypeError(
                    f"Comparison.from_parts() expects {expected.__name__} objects, got "
                    f"{type(item).__name__}"
                )
        return cls(
            facts=tuple(sorted(facts, key=_fact_order)),
            sum_checks=tuple(sorted(checks, key=_check_order)),
            policy=policy,
        )

    def to_json_dict(self) -> dict[str, Any]:
        """Return the comparison as plain JSON values: ``{"facts": [...], "sum_checks": [...]}``.

        Returns:
            The dict; each fact's ``claims`` are flat claim records with their ``path``;
            ``discrepancies`` is there when there are some.

        >>> Comparison(facts=()).to_json_dict()
        {'facts': [], 'sum_checks': []}
        """
        out: dict[str, Any] = {
            "facts": [fact.to_json_dict() for fact in self.facts],
            "sum_checks": [check.to_json_dict() for check in self.sum_checks],
        }
        if self.discrepancies:
            out["discrepancies"] = [d.to_json_dict() for d in self.discrepancies]
        return out


# ------------------------------------------------------------------------------- reading claims


def _json_number(value: Number | None) -> int | float | None:
    if value is None or isinstance(value, int):
        return value
    return float(value)


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _sort_key(claim: Claim) -> tuple[str, ...]:
    """A total order on claims built from every field, so results never depend on input order."""
    q, s, t, a, o = claim.quantity, claim.subject, claim.time, claim.attribution, claim.origin
    return (
        claim.kind.value,
        _s(o.published),
        _s(o.outlet),
        _s(o.path),
        _s(o.document),
        _s(o.title),
        f"{float(q.value):024.6f}",
        _s(q.low),
        _s(q.high),
        _s(q.qualifier),
        _s(q.approximate),
        _s(q.unit),
        _s(q.point),
        q.role.value,
        q.text,
        f"{q.start:012d}",
        s.label,
        s.text,
        _s(s.affiliation),
        _s(s.category),
        _s(claim.actor),
        _s(claim.place),
        _s(t.start) if t else "",
        _s(t.end) if t else "",
        t.granularity.value if t else "",
        _s(a.source) if a else "",
        _s(a.verb) if a else "",
        _s(a.distanced) if a else "",
        _s(a.text) if a else "",
        ",".join(f"{e.start}-{e.end}" for e in claim.evidence),
        claim.sentence,
        # later additions, only when set, so that the keys (and fact ids) of claims without
        # them stay what they were
        *((_s(o.published_at), ";".join(o.agencies)) if o.published_at or o.agencies else ()),
        *(("denied",) if a is not None and a.denied else ()),
    )


def _article_key(claim: Claim, sort_key: tuple[str, ...]) -> str:
    """The article a claim came from; a claim with no provenance is an article of its own."""
    origin = claim.origin
    if origin.path or origin.document:
        return f"p:{_s(origin.path)}\x00{_s(origin.document)}"
    if origin.title:
        return f"t:{origin.outlet or ''}\x00{origin.title}"
    return "c:" + "\x00".join(sort_key)


def _months(span: TimeSpan) -> Iterator[int]:
    first = span.start.year * 12 + span.start.month - 1
    last = span.end.year * 12 + span.end.month - 1
    return iter(range(first, last + 1))


#: Kinds that count things, not people: their "fighters" are aircraft.
_THINGS = frozenset({ClaimKind.DESTROYED, ClaimKind.DAMAGED})

#: Units of one measure, each with its size in the measure's first unit: a distance or an area
#: given in two units is compared in one ("6 kilometres" against "six miles").
_MEASURES: dict[str, tuple[str, float]] = {
    "km": ("distance", 1.0),
    "m": ("distance", 0.001),
    "mi": ("distance", 1.609344),
    "nmi": ("distance", 1.852),
    "km2": ("area", 1.0),
    "mi2": ("area", 2.589988110336),
    "ha": ("area", 0.01),
    "ac": ("area", 0.0040468564224),
    "m2": ("area", 0.000001),
}

#: Subject heads that only name a unit ("6 kilometres": the subject is "kilometers").
_UNIT_HEADS = frozenset(
    {"kilometer", "kilometre", "km", "meter", "metre", "mile", "mi", "hectare", "ha", "acre"}
)


def _subject_key(claim: Claim, folder: Folder) -> SubjectKey:
    """The folded subject of a claim, without the words of a measured figure's unit."""
    subject = claim.subject
    key = folder.subject(
        subject.label, subject.category, subject.affiliation, things=claim.kind in _THINGS
    )
    measure = _MEASURES.get(claim.quantity.unit or "")
    if measure is None:
        return key
    # the unit's words say how it was measured, not what: "kilometers" of territory
    head = measure[0] if key.head in _UNIT_HEADS else key.head
    return SubjectKey(head, key.modifiers - _UNIT_HEADS - {"square"})


def _scaled(interval: Interval, scale: float) -> Interval:
    if scale == 1.0:
        return interval
    return Interval(
        None if interval.low is None else interval.low * scale,
        None if interval.high is None else interval.high * scale,
    )

#: How many candidate facts one claim is weighed against at most, and how many of the most
#: recently formed facts it reads from each list of the grouping's index. Only a claim that could
#: join more than this many facts (a crowded month at its own place) meets the cap; it keeps
#: grouping linear in the number of claims.
MAX_CANDIDATES = 128

#: How many months before its day a tally from a start not given looks for its count's facts.
_TALLY_MONTHS = 12

#: Spans longer than this many months are indexed in one "long" bucket.
_LONG_MONTHS = 36
_LONG = -1
_UNTIMED = -2


class _Item:
    """A claim with everything the grouping reads from it, computed once."""

    __slots__ = (
        "article",
        "claim",
        "day",
        "denied",
        "figure",
        "given",
        "given_at",
        "hard",
        "key",
        "parts",
        "party",
        "place",
        "place_info",
        "place_key",
        "reading",
        "scale",
        "self_dated",
        "sides",
        "soft",
        "source",
        "subject",
        "time",
        "tkey",
        "value",
        "wholes",
        "width",
    )  # fmt: skip

    def __init__(self, claim: Claim, folder: Folder, policy: ComparisonPolicy) -> None:
        self.claim = claim
        self.key = _sort_key(claim)
        self.article = _article_key(claim, self.key)
        self.subject: SubjectKey = _subject_key(claim, folder)
        # a measured figure's size in its measure's first unit (miles read as kilometres)
        measure = _MEASURES.get(claim.quantity.unit or "")
        self.scale = 1.0 if measure is None else measure[1]
        self.place = claim.place
        self.place_info: PlaceKey | None = folder.place_key(claim.place)
        self.place_key = None if self.place_info is None else self.place_info.key
        # the sides its article counts of this kind and head (filled in by _items)
        self.sides: tuple[frozenset[str], ...] = ()
        # its article's totals of which it is one of two parts ("31 killed: 28 at the depot,
        # three on the road"), and its parts when it is such a total (by _mark_parts)
        self.wholes: tuple[_Item, ...] = ()
        self.parts: tuple[_Item, ...] = ()
        self.time = claim.time
        self.tkey = _time_key(claim.time)
        self.hard = _scaled(hard_interval(claim.quantity), self.scale)
        self.soft = (
            _scaled(
                soft_interval(
                    claim.quantity,
                    relative=policy.relative_tolerance,
                    bound=policy.bound_tolerance,
                    absolute=policy.absolute_tolerance,
                ),
                self.scale,
            )
            if policy.soft_hedges
            else self.hard
        )
        low, high = self.hard.low, self.hard.high
        q = claim.quantity
        self.value = float(q.value) * self.scale
        attribution = claim.attribution
        # whether its source denies the figure ("the army denied that 40 were killed")
        self.denied = attribution is not None and attribution.denied
        # whether its sentence gives it as an earlier reading ("Earlier, officials put the toll
        # at nine": -1; its article's later figure for the same day updates it) or as the
        # newer one ("the toll has risen to 19": 1), or says neither (0)
        self.reading = (
            -1
            if _earlier_reading(claim.sentence) or _changed_from(claim.sentence, q.text)
            else 1
            if _changed_to(claim.sentence, q.text)
            else 0
        )
        # when the figure was given: its day, and its page's moment when that is known
        self.given = _given_on(claim)
        self.given_at = _given_at(claim)
        # a one-day event's day (an ordinal; ``None`` for any other time), and whether the
        # claim is dated by the day it was given: what decides which days' facts it may join
        time = claim.time
        self.day = (
            time.start.toordinal()
            if time is not None and _event_day(time) and time.start != dt.date.min
            else None
        )
        self.self_dated = time is not None and time.start == self.given
        self.figure = (low, high, self.value, q.qualifier or "", self.tkey, self.denied)
        self.width = float("inf") if low is None or high is None else high - low
        self.source = (
            folder.source(attribution.source)
            if attribution
            else "outlet:" + (claim.origin.outlet or self.article)
        )
        # whether its source is a party to the fighting (True), an independent voice (False)
        side = folder.side(attribution.source) if attribution else None
        self.party = None if side is None else side == "party"

    def buckets(self) -> tuple[int, ...]:
        """Month buckets this item is indexed under."""
        if self.time is None:
            published = self.claim.origin.published
            if published is None:
                return (_UNTIMED,)
            return (published.year * 12 + published.month - 1,)
        months = tuple(_months(self.time))
        return months if len(months) <= _LONG_MONTHS else (_LONG,)


def _items(claims: Iterable[Claim], folder: Folder, policy: ComparisonPolicy) -> list[_Item]:
    items = [_Item(claim, folder, policy) for claim in claims]
    items.sort(key=lambda item: item.key)
    sides: dict[tuple[str, str, str], set[frozenset[str]]] = {}
    for item in items:
        mods = item.subject.modifiers - _LOOSE_MODIFIERS
        if mods:
            sides.setdefault(
                (item.article, item.claim.kind.value, item.subject.head), set()
            ).add(mods)
    for item in items:
        found = sides.get((item.article, item.claim.kind.value, item.subject.head))
        if found:
            item.sides = tuple(sorted(found, key=sorted))
    _mark_parts(items)
    return items


#: An article giving more figures than this in one block is not searched for a total's parts
#: (the search weighs every pair of its figures).
_PARTS_SEARCH = 32


def _mark_parts(items: list[_Item]) -> None:
    """Mark the two figures of one article that add up to a third as parts of that total.

    "31 killed: 28 at the depot and three on the road": 28 and 3 are parts of 31, however
    the article credits them, and a part never shares a fact with its total.
    The three are of one kind and block and one time, the two parts count one subject (split
    by place or circumstance, not by group: groups apart never meet anyway) and neither is
    marked as a reading of a count, and the total's subject holds the parts' (or theirs holds
    its). The sum must be one of the article's figures; every figure of the article that
    holds the sum ("31 killed", "more than 30 killed") is then a total of the two.
    """
    per_article = Counter(item.article for item in items)
    by_article: dict[tuple[str, str, str, object], list[_Item]] = {}
    for item in items:
        if per_article[item.article] >= 3 and item.value > 0 and not item.denied:
            block = _block(item.claim.kind, item.subject.head)
            by_article.setdefault((item.article, *block, item.tkey), []).append(item)
    for group in by_article.values():
        if not 3 <= len(group) <= _PARTS_SEARCH:
            continue
        values = {item.value for item in group}
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.subject != b.subject or a.reading or b.reading:
                    continue  # two groups, or two readings of a count, are no such parts
                whole = a.value + b.value
                if whole not in values:
                    continue
                for total in group:
                    # the total, and its other wordings in the article ("31 killed", "more
                    # than 30 killed")
                    if total is a or total is b or not total.hard.contains(whole):
                        continue
                    if not (_nests(a, total) and _nests(b, total)):
                        continue
                    for part in (a, b):
                        if total not in part.wholes:
                            part.wholes += (total,)
                            total.parts += (part,)


def _apart_pieces(item: _Item, member: _Item, policy: ComparisonPolicy) -> bool:
    """Whether one of two claims is a part of the other, or of a total the other reads.

    Its own article's total or other part, or another article's figure for either.
    """
    if member in item.wholes or member in item.parts:
        return True
    return bool(
        (item.wholes and _other_piece(item, member, policy))
        or (member.wholes and _other_piece(member, item, policy))
    )


def _other_piece(part: _Item, other: _Item, policy: ComparisonPolicy) -> bool:
    """Whether another article's figure reads a part's total or its other part, not the part.

    "28 at the depot, three on the road" in one article: a "31" or "more than 30" of another
    article is that total, a "three" is the other part; its "28" is this part.
    """
    if other.value == part.value:
        return False
    return any(
        _same_count(other, piece, policy)
        for total in part.wholes
        for piece in (total, *total.parts)
        if piece is not part
    )


def _nests(part: _Item, total: _Item) -> bool:
    """Whether a part's subject and its total's can count one group (one holds the other)."""
    mods, whole = part.subject.modifiers, total.subject.modifiers
    return mods <= whole or whole <= mods or _generic(total)


def _claims_of(items: object) -> list[Claim]:
    if isinstance(items, Claim):
        return [items]
    if isinstance(items, str | bytes) or not isinstance(items, Iterable):
        raise InputTypeError(
            f"compare() expects an iterable of claims or articles, got {type(items).__name__}"
        )
    claims: list[Claim] = []
    for item in items:
        if isinstance(item, Claim):
            claims.append(item)
            continue
        inner = getattr(item, "claims", None)
        if inner is None or isinstance(inner, str | bytes) or not isinstance(inner, Iterable):
            raise InputTypeError(
                f"compare() expects claims or objects with claims, got {type(item).__name__}"
            )
        for claim in inner:
            if not isinstance(claim, Claim):
                raise InputTypeError(f"compare() expects claims, got {type(claim).__name__}")
            claims.append(claim)
    return claims


# ------------------------------------------------------------------------------- relations


def _is_update(a: _Item, b: _Item, policy: ComparisonPolicy) -> bool:
    """Whether the later of two counts is the larger.

    Later means: of one growing period, the count to a later day; of one day's event, the
    count published on a later day ("the death toll from Tuesday's strike rose to 31").
    """
    ta, tb = a.time, b.time
    if ta is None or tb is None:
        return False
    if ta == tb and ta.is_day and a.tkey == b.tkey:
        recount = _recounted(a, b, policy)
        return recount is not None and recount[0].soft.below(recount[1].soft)
    if ta.end == tb.end or not _one_count(ta, tb, policy):
        return False
    earlier, later = (a, b) if ta.end < tb.end else (b, a)
    return earlier.soft.below(later.soft)


def _one_count(ta: TimeSpan, tb: TimeSpan, policy: ComparisonPolicy) -> bool:
    """Whether two times are one count's.

    They are: the same span, two periods that start together (within
    ``cumulative_start_days``), or a day and a period that starts on it ("Monday's strikes
    killed 356" and "the strikes since Monday have killed 630"). A tally from a start not given
    (:attr:`~conflictfacts.dates.Granularity.TALLY`) is one count with another tally or with a
    period that starts by its day.
    """
    tally_a, tally_b = ta.granularity is _TALLY, tb.granularity is _TALLY
    if tally_a or tally_b:
        # a running tally from a start not given ("since the operation began"): one count with
        # another tally, or with a period that starts on or before its day; never with one
        # day's event
        if tally_a and tally_b:
            return True
        tally, other = (ta, tb) if tally_a else (tb, ta)
        return not other.is_day and other.start <= tally.end
    if ta == tb:
        return True
    if ta.is_day and tb.is_day:
        return False  # two days apart are two events
    if ta.is_day or tb.is_day:
        return ta.start == tb.start
    return abs((ta.start - tb.start).days) <= policy.cumulative_start_days


def _recounted(a: _Item, b: _Item, policy: ComparisonPolicy) -> tuple[_Item, _Item] | None:
    """(earlier, later) when two counts of one thing were given on different days.

    One thing: one day's event, one period, or two periods that start together (one growing
    count). Coverage of an incident is a stream: the count given a day later, by whoever gives
    it, is the later reading of the toll ("the death toll from Monday's shelling has risen to
    31"; "at least 18 soldiers killed this month" on the 27th, "60" a month later).
    """
    ta, tb = a.time, b.time
    if ta is None or tb is None or not _one_count(ta, tb, policy) or a.claim.kind in _STOCKS:
        return None
    pa, pb = a.given, b.given
    if pa is None or pb is None or min(pa, pb) < min(ta.start, tb.start):
        return None
    return _in_report_order(a, b)


#: Kinds that count a stock at a time (troops committed, a town's people, migrants held), not
#: what an event did: later reports of it are no later readings of a count that goes on.
_STOCKS = frozenset({ClaimKind.DEPLOYED, ClaimKind.OTHER})

#: The granularity of a running tally from a start not given.
_TALLY = Granularity.TALLY


def _time_key(span: TimeSpan | None) -> tuple[dt.date, dt.date] | None:
    """The key a claim's time is grouped under; a tally's is not its day's (it starts earlier)."""
    if span is None:
        return None
    if span.granularity is _TALLY:
        return (dt.date.min, span.end)
    return (span.start, span.end)


def _event_day(span: TimeSpan) -> bool:
    """Whether a span is one day's event (a tally to a day is not)."""
    return span.is_day and span.granularity is not _TALLY


def _given_on(claim: Claim) -> dt.date | None:
    """The day a figure was given: its statement's day, else its article's date."""
    return claim.reported_on or claim.origin.published


#: Words that give a figure as an earlier reading of a count the article updates.
_EARLIER_OPENINGS = ("earlier,", "earlier in the day", "earlier on ", "earlier today")
_EARLIER_PHRASES = (
    " had earlier ", " had initially ", " had previously ", " initially reported",
    " initially said", " earlier reported", " earlier said", " an earlier toll",
    " a previous toll", " the previous toll", " an earlier count", " first reported",
)  # fmt: skip


def _earlier_reading(sentence: str) -> bool:
    """Whether a sentence gives its figure as an earlier reading of a count.

    "Earlier, officials reported nine dead", "the ministry had earlier said 12": the article
    goes on to a later figure for the same count. "Earlier this month" dates another event
    and is no such mark.

    >>> _earlier_reading("Earlier in the day, he said 22 soldiers had died.")
    True
    >>> _earlier_reading("Earlier this month, 12 soldiers were killed.")
    False
    """
    low = sentence.lower()
    if "earlier" not in low and "initially" not in low and "previous" not in low and (
        "first reported" not in low
    ):
        return False
    low = " " + " ".join(low.split())
    return low[1:].startswith(_EARLIER_OPENINGS) or any(p in low for p in _EARLIER_PHRASES)


def _changed_from(sentence: str, figure: str) -> bool:
    """Whether a figure is the old one of a count that changed: "rose from 90 to 170".

    The verbs and their reach are those by which extraction splits the change into two figures
    (:data:`~conflictfacts.extraction.words.CHANGE_VERBS`).

    >>> _changed_from("The toll rose sharply on Friday from 90 to 170.", "90")
    True
    >>> _changed_from("The toll rose sharply on Friday from 90 to 170.", "170")
    False
    >>> _changed_from("Fighters from 90 villages joined, up to 170 in all.", "90")
    False
    >>> _changed_from("The toll rose to 170 on Friday, up from 90 a day earlier.", "90")
    True
    """
    if not figure or " from " not in sentence:
        return False
    low = sentence.lower()
    if f"up from {figure.lower()}" in low or f"down from {figure.lower()}" in low:
        return True  # "rose to 170, up from 90": the figure before the change
    return _change_verb_before(low, low.find(f"from {figure.lower()} to "))


def _changed_to(sentence: str, figure: str) -> bool:
    """Whether a figure is the new one of a count that changed: "has risen to 19".

    The verbs and their reach are those of :func:`_changed_from`.

    >>> _changed_to("The toll has since risen to nearly 19.", "nearly 19")
    True
    >>> _changed_to("Fighters came to 19 villages.", "19")
    False
    """
    if not figure or " to " not in sentence:
        return False
    low = sentence.lower()
    return _change_verb_before(low, low.find(f" to {figure.lower()}"))


def _change_verb_before(low: str, at: int) -> bool:
    """Whether a verb of change stands within reach before offset ``at`` (-1: not found)."""
    if at < 0:
        return False
    before = low[max(0, at - 60) : at].split()[-CHANGE_REACH:]
    return any(word.strip(",") in CHANGE_VERBS for word in before)


#: How far apart an article's figure with no mark may be from its "has risen to" figure and
#: still be that count's earlier reading; farther, it is a part of the toll ("seven of them").
_READING_RATIO = 2


def _readings(a: _Item, b: _Item) -> bool:
    """Whether two figures of one article are two readings of one count of one day.

    One must be marked as the earlier reading, or the other as the newer one ("has risen to
    19") and the first near it: "seven of them" beside "risen to 19" is a part, not a reading.
    """
    if a.reading == b.reading or a.tkey is None or a.tkey != b.tkey:
        return False
    if min(a.reading, b.reading) < 0:
        return True
    low, high = sorted((abs(a.value), abs(b.value)))
    return high <= low * _READING_RATIO


def _given_at(claim: Claim) -> dt.datetime | None:
    """The moment a figure was given, when its page's time of day is known and is its day's."""
    at = claim.origin.published_at
    day = _given_on(claim)
    return at if at is not None and day is not None and day == claim.origin.published else None


def _in_report_order(a: _Item, b: _Item) -> tuple[_Item, _Item] | None:
    """(earlier, later) when report times order two figures; ``None`` when they do not.

    Their days order them, else, on one day, their pages' times of day ("12 killed" at
    08:00, 20 at 19:00).
    """
    da, db = a.given, b.given
    if da is None or db is None:
        return None
    if da != db:
        return (a, b) if da < db else (b, a)
    if a.article == b.article and _readings(a, b):
        return (a, b) if a.reading < b.reading else (b, a)
    ta, tb = a.given_at, b.given_at
    if ta is None or tb is None or ta == tb:
        return None
    return (a, b) if ta < tb else (b, a)


def _report_key(item: _Item) -> tuple[dt.date, dt.datetime, int]:
    """A sort key of report order (an unknown day or time sorts first, an earlier reading too)."""
    return (
        item.given or dt.date.min,
        item.given_at or dt.datetime.min,
        item.reading,
    )


def _latest(items: list[_Item]) -> list[_Item]:
    """The figures given last.

    Those of the latest day, or of its latest moment when every figure of that day has its
    page's time of day.
    """
    dated = [it for it in items if it.given is not None]
    if not dated:
        return list(items)
    day = max(it.given or dt.date.min for it in dated)
    last = [it for it in dated if it.given == day]
    moments = [it.given_at for it in last]
    if all(moment is not None for moment in moments):
        top = max(moment for moment in moments if moment is not None)
        last = [it for it in last if it.given_at == top]
    # an earlier reading is not its article's last word on the count
    later = [
        it
        for it in last
        if not any(
            o.article == it.article and o.reading > it.reading and _readings(it, o) for o in last
        )
    ]
    return later or last


def _reported_on(item: _Item) -> tuple[dt.date, dt.date]:
    """How late a count is: the end of its period, then the day it was given."""
    end = item.time.end if item.time is not None else dt.date.min
    return end, item.given or dt.date.min


def _same_count(a: _Item, b: _Item, policy: ComparisonPolicy) -> bool:
    """Whether two figures of one article state one count: "2" and "at least 2", not 27 and 11."""
    if not a.soft.overlaps(b.soft):
        return False
    gap = abs(a.value - b.value)
    tolerance = policy.bound_tolerance * max(abs(a.value), abs(b.value))
    return gap <= max(tolerance, policy.absolute_tolerance) if policy.soft_hedges else gap == 0


def _vague(quantity: Quantity) -> bool:
    """Whether a figure is a vague word ("dozens", "thousands", "millions"), no stated number."""
    return (
        quantity.approximate
        and quantity.low != quantity.high
        and not any(char.isdigit() for char in quantity.text)
    )


def _same_figure(a: _Item, b: _Item) -> bool:
    return a.hard == b.hard and a.claim.quantity.value == b.claim.quantity.value


def _relate_items(a: _Item, b: _Item, policy: ComparisonPolicy) -> Relation:
    if a.denied != b.denied:
        # a figure and a denial of it conflict; a denial of another figure says nothing
        # against this one
        return Relation.CONFLICT if a.soft.overlaps(b.soft) else Relation.COMPATIBLE
    if _same_figure(a, b):
        # two reports of "thousands" name no figure: they overlap, they do not agree (a
        # claim still agrees with itself)
        vague = a.claim is not b.claim and _vague(a.claim.quantity)
        return Relation.COMPATIBLE if vague else Relation.AGREE
    if a.denied:
        return Relation.COMPATIBLE  # two denials: of what each denies, both may hold
    recount = _recounted(a, b, policy)
    if recount is not None and recount[0].value < recount[1].value:
        # "at least 20" on Monday, "risen to 31" on Tuesday: the count grew, though the first
        # figure's open bound would hold the second
        return Relation.UPDATE
    if a.soft.overlaps(b.soft):
        return Relation.COMPATIBLE
    if _is_update(a, b, policy):
        return Relation.UPDATE
    if _other_bases(a, b, policy):
        return Relation.COMPATIBLE
    return Relation.CONFLICT


def _other_bases(a: _Item, b: _Item, policy: ComparisonPolicy) -> bool:
    """Whether two counts of overlapping periods from different time bases can both hold.

    "900,000 displaced since December" and "600,000 since January" are not one growing count
    (that would be an update or a conflict) but two: the wider period may hold more, and a
    period that only overlaps another bounds nothing. Only a wider period with a smaller count
    contradicts the narrower one.
    """
    ta, tb = a.time, b.time
    if (
        ta is None
        or tb is None
        or ta.is_day
        or tb.is_day
        or not ta.overlaps(tb)
        or _one_count(ta, tb, policy)
    ):
        return False
    if ta.start <= tb.start and tb.end <= ta.end:
        wide, narrow = a, b
    elif tb.start <= ta.start and ta.end <= tb.end:
        wide, narrow = b, a
    else:
        return True
    return narrow.soft.below(wide.soft)


def relate(a: Claim, b: Claim, policy: ComparisonPolicy | None = None) -> Relation:
    """Say how two claims' figures relate, as if they reported one fact.

    Symmetric: ``relate(a, b) == relate(b, a)``; a claim always agrees with itself.

    Args:
        a: a claim.
        b: another claim.
        policy: how to read hedges; the default reads them softly.

    Returns:
        :attr:`Relation.AGREE` for the same figure, :attr:`Relation.COMPATIBLE` for overlapping
        intervals, :attr:`Relation.UPDATE` for a later, larger count of one growing period, else
        :attr:`Relation.CONFLICT`. Never :attr:`Relation.SINGLE`.

    Raises:
        InputTypeError: ``a`` or ``b`` is not a claim.

    >>> c = Claim.from_record({"kind": "killed", "value": 11, "low": 11, "high": None,
    ...                        "qualifier": "at least"})
    >>> relate(c, Claim.from_record({"kind": "killed", "value": 11})).value
    'compatible'
    """
    if not isinstance(a, Claim) or not isinstance(b, Claim):
        raise InputTypeError("relate() expects two claims")
    policy = policy if policy is not None else ComparisonPolicy()
    folder = Folder()
    return _relate_items(_Item(a, folder, policy), _Item(b, folder, policy), policy)


# ------------------------------------------------------------------------------- grouping

_T_NONE, _T_FIGURE, _T_ADJACENT, _T_OPEN, _T_CUMULATIVE, _T_SAME = range(6)


def _time_fit(a: TimeSpan | None, b: TimeSpan | None, policy: ComparisonPolicy) -> int:
    """How two claims' times fit one fact; ``_T_FIGURE`` means only if their figures agree."""
    if a is None or b is None:
        return _T_OPEN
    tally_a, tally_b = a.granularity is _TALLY, b.granularity is _TALLY
    if a == b and tally_a == tally_b:
        return _T_SAME
    if tally_a != tally_b:
        # a tally to its day covers every day before it: a day on or before it fits only
        # when the figures agree, a period that starts by then is one growing count
        tally, other = (a, b) if tally_a else (b, a)
        if other.start > tally.end:
            return _T_NONE
        return _T_FIGURE if other.is_day else _T_CUMULATIVE
    if tally_a:
        return _T_CUMULATIVE
    if not a.overlaps(b):
        return _T_NONE
    if _one_count(a, b, policy):
        return _T_CUMULATIVE
    return _T_FIGURE


def _adjacent(item: _Item, members: list[_Item]) -> bool:
    """Whether a one-day event may be the same as the members', dated a day apart.

    Copy dates an event by the day it is reported when it says nothing else, and news of an
    evening strike comes the next morning. So a claim dated on the very day it was reported
    may be the event of the day before: two days apart are two events. The count of a period
    that starts with that event ("since Monday's strikes", "from Monday to Friday") is met the
    same way: by the day it starts.
    """
    time = item.time
    other = members[0].time
    if time is None or other is None or not (time.is_day or other.is_day):
        return False
    if time.granularity is _TALLY or other.granularity is _TALLY:
        return False  # a running tally is no one day's event
    gap = (time.start - other.start).days
    if not time.is_day:
        # a period that starts the day before a day dated by its report
        return gap == -1 and any(m.time is not None and m.time.start == m.given for m in members)
    if not other.is_day:
        # a day dated by its report, the day after a period's start
        return gap == 1 and time.start == item.given
    if gap == 1:
        return time.start == item.given
    if gap == -1:
        return any(m.time is not None and m.time.start == m.given for m in members)
    return False


def _stream_fit(item: _Item, members: list[_Item]) -> tuple[bool, bool]:
    """Whether report times order ``item`` into the members' toll; whether it is an early one.

    The first is true when no member given later is lower and none given earlier is higher
    (overlapping figures aside); the second when, besides, some member given later is higher.
    A member given before the event it counts has no report time to go by (its page's date is
    wrong) and is passed over; a figure with no report time orders nothing.
    """
    given = item.given
    if given is None:
        return False, False
    later_higher = False
    for member in members:
        day = member.given
        if day is None:
            return False, False
        if member.time is not None and day < member.time.start:
            continue
        apart = not member.soft.overlaps(item.soft)
        if day > given:
            if apart and member.value < item.value:
                return False, False
            later_higher = later_higher or member.value > item.value
        elif day < given and apart and member.value > item.value:
            return False, False
    return True, later_higher


#: Modifiers that news uses interchangeably with none ("civilians" displaced = "people").
_LOOSE_MODIFIERS = frozenset({"civilian"})


def _generic(item: _Item) -> bool:
    """Whether a claim counts "people" with no qualifier at all (not "civilians")."""
    return item.subject.head == "people" and not item.subject.modifiers


def _rival_sources(a: _Item, b: _Item) -> bool:
    """Whether two claims credit different sources.

    One article can set two sources' figures side by side ("the army said 40, the monitor 19").
    """
    return (
        a.claim.attribution is not None
        and b.claim.attribution is not None
        and a.source != b.source
    )


#: Two sources' figures for one count, set side by side in one article, lie within this
#: factor of each other; farther apart, the smaller is a part of the larger ("one civilian").
_RIVAL_RATIO = 10


def _comparable(a: _Item, b: _Item) -> bool:
    """Whether two figures could be two sources' readings of one count."""
    low, high = sorted((abs(a.value), abs(b.value)))
    return high <= low * _RIVAL_RATIO


def _one_side(a: _Item, b: _Item) -> bool:
    """Whether the more general of two subjects can only mean the other's side.

    "Fighters" in an article that counts no side of fighters but one ("insurgents") means that
    side; in an article that also counts "pro-government fighters" it may be a total.
    """
    mods_a = a.subject.modifiers - _LOOSE_MODIFIERS
    mods_b = b.subject.modifiers - _LOOSE_MODIFIERS
    general, specific = (a, mods_b) if len(mods_a) <= len(mods_b) else (b, mods_a)
    return all(modifiers_fit(side, specific) for side in general.sides)


class _Group:
    """A fact under construction (private, lives only inside one grouping call)."""

    __slots__ = (
        "articles", "crowded", "first_day", "first_given", "generic", "head", "index", "indexed",
        "items", "last_day", "last_given", "modifiers", "places", "self_dated", "sources", "times",
    )  # fmt: skip

    def __init__(self, index: int) -> None:
        self.index = index
        self.items: list[_Item] = []
        # the group counted: the head of its first member that names one more precisely than
        # "people" with no qualifier (None while the group is empty)
        self.head: str | None = None
        self.modifiers: frozenset[str] = frozenset()
        self.places: dict[str, PlaceKey] = {}
        self.times: dict[tuple[dt.date, dt.date], list[_Item]] = {}
        self.sources: set[str] = set()
        self.indexed: set[tuple[object, ...]] = set()
        # the group counted and the figure of the claim that began it, when that claim met a
        # crowded day and joined none of the facts giving them (see _CROWD)
        self.crowded: tuple[object, ...] | None = None
        # whether every member counts "people" with no qualifier (true while empty)
        self.generic = True
        # the first and last of its members' one-day events (ordinals; None when it has
        # none), and the days of those events some member was dated by its report day
        self.first_day: int | None = None
        self.last_day: int | None = None
        self.self_dated: set[int] = set()
        # its members' articles, and the first and last day one of its figures was given
        self.articles: set[str] = set()
        self.first_given: dt.date | None = None
        self.last_given: dt.date | None = None

    def add(self, item: _Item) -> None:
        self.items.append(item)
        self.articles.add(item.article)
        given = item.given
        if given is not None:
            if self.first_given is None or given < self.first_given:
                self.first_given = given
            if self.last_given is None or given > self.last_given:
                self.last_given = given
        generic = _generic(item)
        self.generic = self.generic and generic
        if self.head is None or (self.head == "people" and not generic):
            self.head = item.subject.head
        day = item.day
        if day is not None:
            if self.first_day is None or day < self.first_day:
                self.first_day = day
            if self.last_day is None or day > self.last_day:
                self.last_day = day
            if item.self_dated:
                self.self_dated.add(day)
        self.modifiers |= item.subject.modifiers
        if item.place_info is not None:
            self.places.setdefault(item.place_info.key, item.place_info)
        if item.tkey is not None:
            self.times.setdefault(item.tkey, []).append(item)
        self.sources.add(item.source)

    def _place_fit(self, item: _Item) -> tuple[int, frozenset[str], frozenset[str]] | None:
        """Score the item's place: 2 when the group names it, 1 when only places nested with it.

        Also returns the group's places nested with the item's and those the gazetteer cannot
        relate to it; ``None`` when a group's place lies apart from the item's.
        """
        info = item.place_info
        if info is None or not self.places:
            return 0, frozenset(), frozenset()
        if len(self.places) == 1 and info.key in self.places:
            return 2, frozenset(), frozenset()
        nested = []
        unknown = []
        for key, other in self.places.items():
            relation = info.relation(other)
            if relation == "apart":
                return None  # two known places, neither inside the other: two facts
            if relation == "unknown":
                unknown.append(key)
            elif relation == "nested":
                nested.append(key)
        fit = 2 if info.key in self.places else 0 if unknown else 1
        return fit, frozenset(nested), frozenset(unknown)

    def excludes(
        self, item: _Item, subjects: dict[tuple[frozenset[str], frozenset[str]], bool]
    ) -> bool:
        """Whether :meth:`fit` would surely return ``None``, by tests far cheaper than its own.

        A claim with no place or no date meets many facts (every fact of its day, of its
        month), and most of them it cannot join: they count another group, or lie on another
        day. This says so without weighing the claim against every member. It is true only
        where :meth:`fit` returns ``None``: on the modifiers of the subjects (remembered in
        ``subjects`` for the grouping call, as a block counts few groups), on a bare "people"
        (see :meth:`fit`), and on the days of one-day events (see :func:`_time_fit` and
        :func:`_adjacent`: a day two days or more away from a member's is another event, and
        a day beside it is its event only when the later of the two was dated by its report).
        """
        mods = item.subject.modifiers
        pair = (mods, self.modifiers)
        fits = subjects.get(pair)
        if fits is None:
            fits = subjects[pair] = (
                mods <= self.modifiers
                or self.modifiers <= mods
                or modifiers_fit(mods, self.modifiers)
            )
        if not fits:
            return True
        if (
            self.head is not None
            and item.subject.head != self.head
            and not (_generic(item) or self.generic)
        ):
            return True
        day, first, last = item.day, self.first_day, self.last_day
        if day is None or first is None or last is None:
            return False
        return (
            first < day - 1
            or last > day + 1
            or (first == day - 1 and not item.self_dated)
            or (last == day + 1 and last not in self.self_dated)
        )

    def bound(self, item: _Item) -> tuple[int, ...]:
        """A score :meth:`fit` never exceeds for ``item``, read off the group's summaries.

        Each part of the score is bounded on its own (whether the group names the item's
        place, holds its source or its article, the days its figures were given), so a
        claim weighed against many facts weighs in full only those that may beat the best
        found so far.
        """
        head = self.head
        across = head is not None and item.subject.head != head
        info = item.place_info
        places = self.places
        # 2 when the group names the item's place, at best 1 when it names others
        place_fit = 0 if info is None or not places else 2 if info.key in places else 1
        given = item.given
        first, last = self.first_given, self.last_given
        if given is None:
            gap = 0
        elif first is None or last is None:
            gap = _NO_GAP
        elif given < first:
            gap = min((first - given).days, _NO_GAP)
        elif given > last:
            gap = min((given - last).days, _NO_GAP)
        else:
            gap = 0
        return (
            int(across),
            int(item.article in self.articles),
            _T_OPEN if item.time is None or not self.times else _T_SAME,
            1,
            int(not across and (item.subject.modifiers ^ self.modifiers) <= _LOOSE_MODIFIERS),
            place_fit,
            int(item.source in self.sources),
            int(info is not None and len(places) == 1 and info.key in places),
            -gap,
            1,
        )

    def fit(self, item: _Item, policy: ComparisonPolicy) -> tuple[int, ...] | None:
        """Score how well ``item`` fits; ``None`` when it cannot join.

        The score is a tuple compared as a whole; :meth:`bound` bounds it from above.
        """
        mods = item.subject.modifiers
        group_mods = self.modifiers
        if not (
            mods <= group_mods or group_mods <= mods or modifiers_fit(mods, group_mods)
        ):
            return None
        # "people" with no qualifier may be the group another report names ("33 people" and
        # "33 Turkish soldiers"), never a group of its own article, and only when it gives
        # one of the group's figures
        across = self.head is not None and item.subject.head != self.head
        if across and not (_generic(item) or self.generic):
            return None
        placed = self._place_fit(item)
        if placed is None:
            return None
        place_fit, nested, unknown = placed
        best_time = _T_OPEN if item.time is None or not self.times else _T_SAME
        for members in self.times.values():
            fit = _time_fit(item.time, members[0].time, policy)
            if fit == _T_NONE and _adjacent(item, members):
                fit = _T_ADJACENT
            if fit == _T_NONE:
                return None
            if fit == _T_FIGURE and _adjacent(item, members):
                # a day inside a period that starts with the event of the day before ("since
                # Monday", given on Tuesday): report times may order it into their toll
                fit = _T_ADJACENT
            elif fit == _T_FIGURE and not all(item.soft.overlaps(m.soft) for m in members):
                return None  # a day inside a period, with another figure: two counts
            best_time = min(best_time, fit)
        # a day apart, report times may order the item into the members' rising toll (a
        # first reading far below the later ones; a later count given for a place inside or
        # around the members', as copy names the hardest-hit area)
        stream = _stream_fit(item, self.items) if best_time == _T_ADJACENT else (False, False)
        figures_fit = 1
        near = False
        value = item.value
        exact_subject = (mods ^ self.modifiers) <= _LOOSE_MODIFIERS
        overlaps = False
        # for ties: whether every member is at the item's very place, how many days at least
        # lie between its report and a member's, whether a member gives its very figure
        here = item.place_key is not None
        gap = 0 if item.given is None else _NO_GAP
        same_value = False
        # whether the group holds its own article's other reading of the count
        own_reading = False
        # whether the item is a part of its article's total, or such a total
        pieces = bool(item.wholes or item.parts)
        for member in self.items:
            if (pieces or member.wholes) and _apart_pieces(item, member, policy):
                return None  # a part never meets its total or the other part
            here = here and member.place_key == item.place_key
            if item.given is not None and member.given is not None:
                gap = min(gap, abs((item.given - member.given).days))
            same_value = same_value or member.value == value
            if member.article == item.article and _readings(item, member):
                own_reading = True
            elif across and member.article == item.article:
                # its article's bare "people" may be the total of which the group is a part;
                # an earlier reading of the group's count ("Earlier, nine dead") is no total
                return None
            if unknown and member.place_key in unknown and (
                member.source != item.source
                or member.value != value
                or member.article == item.article
            ):
                # places the gazetteer cannot relate ("Vessa", "Ostrel"): one fact only when
                # one source gives one figure in two articles
                return None
            if (
                nested
                and member.place_key in nested
                and (item.tkey is None or item.tkey != member.tkey)
                and not _same_count(item, member, policy)
                and not stream[0]
            ):
                # a province's or a country's count for another period is a wider count, not
                # a rival of a town's
                return None
            exact = (mods ^ member.subject.modifiers) <= _LOOSE_MODIFIERS
            if mods != member.subject.modifiers and not _comparable(item, member):
                # "one civilian" beside "450 people" is a part of the toll, not a reading of it
                return None
            if member.article == item.article:
                # one article's two figures are sub-counts, unless it sets two sources' figures
                # for one group side by side, or gives one as an earlier reading of the other
                if (
                    not (
                        _rival_sources(item, member)
                        and (exact or _one_side(item, member))
                        and _comparable(item, member)
                    )
                    and not _same_count(item, member, policy)
                    and not (
                        (exact or across or _one_side(item, member)) and _readings(item, member)
                    )
                ):
                    return None
            elif not exact and not _one_side(item, member) and not _same_count(
                item, member, policy
            ):
                # "fighters" joins "rebel fighters" with another figure only when its article
                # counts no other side; otherwise only when the figures say the same count
                return None
            if across and not overlaps and _same_count(item, member, policy):
                overlaps = True
            low, high = sorted((abs(value), abs(member.value)))
            if item.soft.overlaps(member.soft):
                # an open floor ("more than 900,000") overlaps any larger figure: near only
                # when the figures themselves are
                near = near or high <= low * policy.open_time_ratio or (
                    item.soft.high is not None and member.soft.high is not None
                )
            else:
                figures_fit = 0
                near = near or high <= low * policy.open_time_ratio
        if (
            best_time in (_T_OPEN, _T_ADJACENT)
            and not near
            and self.items
            and not (best_time == _T_ADJACENT and stream[1])
        ):
            return None  # nothing but a missing date ties it here, and the figures are far apart
        if across and not overlaps:
            return None
        return (
            # a bare "people" goes where another report gives its figure for a named group
            int(across),
            # its article's other reading of the count is there ("Earlier, nine dead" beside
            # "the toll of soldiers rose to 22")
            int(own_reading),
            best_time,
            figures_fit,
            int(exact_subject and not across),
            place_fit,
            int(item.source in self.sources),
            int(here),
            -gap,
            int(same_value),
        )


#: The ordinal of the first day there is: a one-day event on it has no day (see ``_Item.day``).
_FIRST_DAY = dt.date.min.toordinal()

#: The report gap of a group none of whose members' reports has a day.
_NO_GAP = 1 << 20


def _same_report_key(item: _Item) -> str:
    """The index key of one source's figure.

    Claims at places the gazetteer cannot relate meet through it.
    """
    return f"~{item.source}\x00{item.value!r}"


def _group_block(items: list[_Item], policy: ComparisonPolicy) -> list[list[_Item]]:
    """Group the items of one block (one kind, one head) into facts."""
    order = sorted(
        items,
        key=lambda it: (
            it.time is None,
            -len(it.subject.modifiers),
            # bare "people" after the named groups they may join
            _generic(it),
            it.place_key is None,
            it.time.start if it.time else dt.date.min,
            it.time.end if it.time else dt.date.min,
            it.key,
        ),
    )
    groups: list[_Group] = []
    # month bucket -> place key ("" for none) -> indices of groups indexed there
    index: dict[int, dict[str, list[int]]] = {}
    # month bucket -> "^" + a place -> groups at places inside it; "~" + a source's figure ->
    # groups holding that figure at some place
    around: dict[int, dict[str, list[int]]] = {}
    # a source's figure at a time slot -> groups holding it at some place (see _report_slots)
    reports: dict[str, list[int]] = {}
    # for claims with no place, which may join a fact at any place: month bucket -> every
    # group indexed there; day -> the groups with a one-day member that day; month bucket ->
    # the groups with a member of a longer or unknown time
    anywhere: dict[int, list[int]] = {}
    anyday: dict[int, list[int]] = {}
    anywide: dict[int, list[int]] = {}
    # the same two for the groups that have no place, which a placed claim may join
    nowhere_day: dict[int, list[int]] = {}
    nowhere_wide: dict[int, list[int]] = {}
    # the days of one-day events some claim was dated by its report day (see _adjacent)
    self_dated: set[int] = set()

    # the lists above that fill up as the batch grows (facts at any place, at none, or holding
    # one source's figure at any place) listed again by what each member counts and its figure
    # (see _fine_key): a claim reads these when the lists it would read are crowded (_CROWD)
    fine: dict[tuple[object, ...], list[int]] = {}

    def candidates_of(
        item: _Item, own: tuple[object, ...], *, reports_too: bool = True
    ) -> tuple[list[int], bool]:
        # the groups the item meets, and whether it met them crowded (reading them by ``own``,
        # its group and figure: see _fine_key)
        # every list below is kept in ascending order of group number, so its last
        # MAX_CANDIDATES entries are its most recently formed groups, and the most recent
        # MAX_CANDIDATES of their union are those of the union of these tails: the work per
        # claim stays bounded however many groups a month holds
        candidates: set[int] = set()
        # lists of groups the item surely cannot join (see _Group.excludes): they count
        # towards the cap below, and are not weighed
        passed: list[list[int]] = []
        info = item.place_info
        one_day = item.time is not None and _event_day(item.time)
        # the lists that fill up as the batch grows, those that hold any group: each with its
        # name and key in ``fine`` (which lists a group again only where it lists it), and the
        # day of a day's list (None for the others)
        crowd: list[tuple[list[int], str | int, object, int | None]] = []
        held = 0
        if one_day:
            # a one-day claim fits only facts with a member on its day or a day beside it
            # (see _adjacent), or with a member of a longer or unknown time
            day = item.time.start.toordinal()  # type: ignore[union-attr]
            table, name = (anyday, _ANYDAY) if info is None else (nowhere_day, _NOWHERE_DAY)
            for other in (day - 1, day, day + 1):
                found = table.get(other)
                if found:
                    crowd.append((found, name, other, other))
                    held += len(found)
        for bucket in _query_buckets(item, index):
            if info is None:
                found = (anywide if one_day else anywhere).get(bucket)
                if found:
                    crowd.append((found, _ANYWIDE if one_day else _ANYWHERE, bucket, None))
                    held += len(found)
            else:
                if one_day:
                    found = nowhere_wide.get(bucket)
                    if found:
                        crowd.append((found, _NOWHERE_WIDE, bucket, None))
                        held += len(found)
                places = index.get(bucket)
                if places:
                    candidates.update(_recent(places.get(info.key)))
                    found = None if one_day else places.get("")
                    if found:
                        crowd.append((found, _NOWHERE, bucket, None))
                        held += len(found)
                    for outer in info.within:
                        candidates.update(_recent(places.get(outer)))
                nearby = around.get(bucket)
                if nearby:
                    candidates.update(_recent(nearby.get("^" + info.key)))
        if info is not None and reports_too:
            for slot in _report_queries(item, index):
                found = reports.get(slot)
                if found:
                    crowd.append((found, _REPORTS, slot, None))
                    held += len(found)
        # crowded: read only the groups listed there by the claim's own group and figure
        crowded = held > _CROWD
        for found, tag, key, other in crowd:
            tail = _recent(fine.get((tag, key, own)) if crowded else found)
            if other is not None and tail and _apart(item, other, self_dated):
                passed.append(tail)
            else:
                candidates.update(tail)
        chosen = sorted(candidates)
        if passed:
            everything = candidates.union(*passed)
            if len(everything) > MAX_CANDIDATES:
                cut = sorted(everything)[-MAX_CANDIDATES]
                chosen = [number for number in chosen if number >= cut]
        elif len(chosen) > MAX_CANDIDATES:
            # a claim with no place (or a crowded month) could join any of very many facts:
            # weigh only the most recently formed ones, which are the nearest in time
            chosen = chosen[-MAX_CANDIDATES:]
        return chosen, crowded

    # whether two sets of modifiers may describe one group (see _Group.excludes)
    subjects: dict[tuple[frozenset[str], frozenset[str]], bool] = {}
    for item in order:
        info = item.place_info
        own = _fine_key(item)
        numbers, crowded = candidates_of(item, own)
        best = _best_group(item, numbers, groups, subjects, policy)
        if best is None:
            group = _Group(len(groups))
            group.crowded = own if crowded else None
            groups.append(group)
        else:
            group = groups[best]
        group.add(item)
        if item.day is not None and item.self_dated:
            self_dated.add(item.day)
        # a claim with no place is found through its group's places when the group has any:
        # indexed under "no place", the group would be a candidate for every placed claim of
        # its months, and which groups a claim meets would depend on whether a placeless
        # claim happened to join them
        keys = (item.place_key,) if item.place_key else (tuple(group.places) or ("",))
        extra = () if info is None else tuple("^" + outer for outer in info.within)
        # every list that fills up as the batch grows lists the group again by this claim's
        # own group and figure, for the claims that meet it crowded (see candidates_of)
        if info is not None:
            for slot in _report_slots(item):
                _enter(group, (_REPORTS, slot), reports, slot)
                _enter_fine(group, fine, (_REPORTS, slot, own))
        placeless = keys == ("",)
        one_day = item.time is not None and _event_day(item.time)
        if one_day:
            day = item.time.start.toordinal()  # type: ignore[union-attr]
            _enter(group, (day, _ANYDAY), anyday, day)
            _enter_fine(group, fine, (_ANYDAY, day, own))
            if placeless:
                _enter(group, (day, _NOWHERE_DAY), nowhere_day, day)
                _enter_fine(group, fine, (_NOWHERE_DAY, day, own))
        for bucket in item.buckets():
            _enter(group, (bucket, _ANYWHERE), anywhere, bucket)
            _enter_fine(group, fine, (_ANYWHERE, bucket, own))
            if not one_day:
                _enter(group, (bucket, _ANYWIDE), anywide, bucket)
                _enter_fine(group, fine, (_ANYWIDE, bucket, own))
                if placeless:
                    _enter(group, (bucket, _NOWHERE_WIDE), nowhere_wide, bucket)
                    _enter_fine(group, fine, (_NOWHERE_WIDE, bucket, own))
            for place in keys:
                _enter(group, (bucket, place), index.setdefault(bucket, {}), place)
            if placeless:
                _enter_fine(group, fine, (_NOWHERE, bucket, own))
            for key in extra:
                _enter(group, (bucket, key), around.setdefault(bucket, {}), key)
    # the greedy pass meets claims in one order, and a claim that came before its stream's
    # other reports may have started a fact of its own: merge a fact into another of the
    # block that every one of its members fits, found through the same index
    merged: dict[int, int] = {}

    def find(number: int) -> int:
        while number in merged:
            number = merged[number]
        return number

    for group in groups:
        if not group.items or group.items[0].place_info is None:
            # a fact begun by a claim with no place is not repaired: its candidates are the
            # facts of its day at every place, too many to weigh a second time
            continue
        # the facts formed after this one that its first claim meets: those formed before
        # were weighed for that claim when it came
        first = _fine_key(group.items[0])
        found = {
            find(n)
            for n in candidates_of(group.items[0], first, reports_too=False)[0]
            if n > group.index
        }
        found.discard(group.index)
        best_merge: tuple[tuple[int, ...], int] | None = None
        for number in sorted(found):
            target = groups[number]
            if target.crowded is not None and target.crowded != first:
                # begun by a claim that met a crowded day, a fact takes only what counts that
                # claim's group with its figure, as the claim itself joined only such a fact
                continue
            if target.excludes(group.items[0], subjects):
                continue  # its first claim cannot join it (see _absorbs)
            score = _absorbs(target, group.items, policy)
            if score is not None and (best_merge is None or score > best_merge[0]):
                best_merge = (score, number)
        if best_merge is not None:
            target = groups[best_merge[1]]
            for item in group.items:
                target.add(item)
            group.items = []
            merged[group.index] = target.index
    return [group.items for group in groups if group.items]


def _best_group(
    item: _Item,
    numbers: list[int],
    groups: list[_Group],
    subjects: dict[tuple[frozenset[str], frozenset[str]], bool],
    policy: ComparisonPolicy,
) -> int | None:
    """The number of the group ``item`` fits best among ``numbers`` (ascending), if any.

    The best is the highest score, the lowest group number among equal scores. A claim with
    no place or no date may meet many groups: those it surely cannot join are passed over
    (:meth:`_Group.excludes`), the others are weighed highest bound first
    (:meth:`_Group.bound`), and weighing stops where no bound can beat the best score found.
    """
    if len(numbers) == 1:
        only = groups[numbers[0]]
        if only.excludes(item, subjects) or only.fit(item, policy) is None:
            return None
        return numbers[0]
    bounded = sorted(
        (
            (groups[number].bound(item), -number)
            for number in numbers
            if not groups[number].excludes(item, subjects)
        ),
        reverse=True,
    )
    best: tuple[tuple[int, ...], int] | None = None
    for bound, negative in bounded:
        if best is not None and (bound, negative) <= best:
            break  # it and every one after it score at most the best (or tie a lower number)
        score = groups[-negative].fit(item, policy)
        if score is not None and (best is None or (score, negative) > best):
            best = (score, negative)
    return None if best is None else -best[1]


def _apart(item: _Item, day: int, self_dated: set[int]) -> bool:
    """Whether every group with a one-day event on ``day`` is another event than ``item``'s.

    ``day`` lies beside the item's own one-day event; ``self_dated`` holds the days of the
    events some claim of the block was dated by its report day. A day beside another is its
    event only when the later of the two was dated by its report (see :func:`_adjacent`), so
    every such group is one :meth:`_Group.excludes` turns away.
    """
    if item.day is None or day <= _FIRST_DAY:
        return False
    if day == item.day - 1:
        return not item.self_dated
    return day == item.day + 1 and day not in self_dated


def _absorbs(group: _Group, items: list[_Item], policy: ComparisonPolicy) -> tuple[int, ...] | None:
    """How well every one of ``items``, in turn, fits ``group``; ``None`` when one does not."""
    trial = _Group(group.index)
    for member in group.items:
        trial.add(member)
    first: tuple[int, ...] | None = None
    for item in items:
        score = trial.fit(item, policy)
        if score is None:
            return None
        first = score if first is None else first
        trial.add(item)
    return first


#: The ``_Group.indexed`` key of a group listed among a bucket's groups at any place.
_ANYWHERE = "\x00*"
#: The same for a group listed by the day of a one-day member (the number is a day's ordinal).
_ANYDAY = "\x00d"
#: The same for a group listed by a month of a member of a longer or unknown time.
_ANYWIDE = "\x00w"
#: The same two for a group that has no place.
_NOWHERE_DAY = "\x00nd"
_NOWHERE_WIDE = "\x00nw"
#: The name of a month's groups that have no place among the lists read when crowded.
_NOWHERE = "\x00n"

#: A claim whose lists of groups at any place (at none, or holding its source's figure at
#: any place) hold more than this many groups in all reads in them only the groups that count
#: its group with its figure: as a batch grows, those lists fill with other events' facts, and
#: a claim that names no place (or no day) could otherwise join any of them.
_CROWD = 3


def _fine_key(item: _Item) -> tuple[object, ...]:
    """What a claim counts and its figure: how crowded lists are read (see ``_CROWD``)."""
    subject = item.subject
    mods = subject.modifiers
    if not mods.isdisjoint(_LOOSE_MODIFIERS):
        mods = mods - _LOOSE_MODIFIERS
    return (subject.head, mods, item.value)


def _enter_fine(
    group: _Group, fine: dict[tuple[object, ...], list[int]], key: tuple[object, ...]
) -> None:
    """List ``group`` under ``fine[key]`` once (the key is its own mark in ``indexed``)."""
    if key not in group.indexed:
        group.indexed.add(key)
        _insert(fine.setdefault(key, []), group.index)


#: The key of an index table: a day or month bucket, a place or a report slot.
_K = TypeVar("_K", int, str)


def _enter(group: _Group, mark: tuple[object, ...], table: dict[_K, list[int]], key: _K) -> None:
    """List ``group`` under ``table[key]`` once: ``mark`` in its ``indexed`` says it is there."""
    if mark not in group.indexed:
        group.indexed.add(mark)
        _insert(table.setdefault(key, []), group.index)


def _recent(numbers: list[int] | None) -> list[int]:
    """The most recently formed of an ascending list of group numbers (all, when few)."""
    if not numbers:
        return []
    return numbers[-MAX_CANDIDATES:]


def _insert(numbers: list[int], number: int) -> None:
    """Put a group number into an ascending list (nearly always at its end)."""
    if not numbers or numbers[-1] < number:
        numbers.append(number)
    else:
        bisect.insort(numbers, number)


#: The pseudo-bucket of ``_Group.indexed`` entries for the report slots.
_REPORTS = -3


def _report_slots(item: _Item) -> list[str]:
    """Where a placed item's source and figure are indexed, for places the gazetteer cannot relate.

    A one-day figure by its day (and its month, for undated claims that look a month up); a
    period by its months; an undated figure by its article's month. Indexing one-day figures
    by their day keeps the groups a claim meets this way few however many claims a month
    holds: a day meets only its own day and the next and previous (one event dated a day
    apart), and the periods of its month.
    """
    key = _same_report_key(item)
    buckets = item.buckets()
    if item.time is None:
        return [f"{key}\x00u{b}" for b in buckets] + [f"{key}\x00a{b}" for b in buckets]
    if item.time.is_day:
        return [f"{key}\x00d{item.time.start.toordinal()}", *(f"{key}\x00a{b}" for b in buckets)]
    return [f"{key}\x00m{b}" for b in buckets] + [f"{key}\x00a{b}" for b in buckets]


def _report_queries(item: _Item, index: dict[int, dict[str, list[int]]]) -> Iterator[str]:
    """The report slots a placed item looks up (see :func:`_report_slots`).

    A dated claim meets one-day figures of its first day (and, for a day, of the days beside
    it), periods of its months and undated figures of its months; a day inside a longer period
    is met from the day's side only. An undated claim meets everything of its months, as before.
    """
    key = _same_report_key(item)
    buckets = _query_buckets(item, index)
    if item.time is None:
        for bucket in buckets:
            yield f"{key}\x00a{bucket}"
        return
    for bucket in buckets:
        yield f"{key}\x00m{bucket}"
        yield f"{key}\x00u{bucket}"
    day = item.time.start.toordinal()
    for other in (day - 1, day, day + 1) if item.time.is_day else (day,):
        yield f"{key}\x00d{other}"


def _query_buckets(item: _Item, index: dict[int, dict[str, list[int]]]) -> Iterable[int]:
    if item.time is not None:
        if item.time.granularity is _TALLY:
            # a tally from a start not given meets the counts of the year before its day
            last = item.time.end.year * 12 + item.time.end.month - 1
            return (*range(last - _TALLY_MONTHS + 1, last + 1), _LONG, _UNTIMED)
        if item.time.end.year - item.time.start.year > 60:
            return index.keys()  # centuries: rare, read every bucket
        return (*_months(item.time), _LONG, _UNTIMED)
    published = item.claim.origin.published
    if published is None:
        return index.keys()
    month = published.year * 12 + published.month - 1
    return (month - 1, month, _LONG, _UNTIMED)


# ------------------------------------------------------------------------------- facts


def _figure(quantity: Quantity) -> str:
    if quantity.text:
        return " ".join(quantity.text.split())
    value = f"{quantity.value:,}"
    return f"{quantity.qualifier} {value}" if quantity.qualifier else value


def _conservative(quantity: Quantity) -> Number:
    """ACLED's reading: the vague word's lowest figure, else the figure as stated."""
    if quantity.point is not None:
        return quantity.point
    if quantity.low is None:
        return quantity.value
    return min(quantity.low, quantity.value)


def _upper(quantity: Quantity) -> Number:
    return quantity.high if quantity.high is not None else quantity.value


def _figure_key(item: _Item) -> tuple[object, ...]:
    return item.figure


def _file_name(path: str | None, document: str | None = None) -> str | None:
    """Where an article of unknown outlet came from, for the reader: its file and document."""
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] if path else None
    if document is not None:
        return f"{name} [{document}]" if name else document
    return name or None


def _denies(claim: Claim | None) -> bool:
    return claim is not None and claim.attribution is not None and claim.attribution.denied


def _who(position: Position) -> str:
    outlets = position.outlets or ("unknown outlet",)
    text = ", ".join(outlets[:4]) + (f" and {len(outlets) - 4} more" if len(outlets) > 4 else "")
    if position.sources:
        text += ", citing " + ", ".join(position.sources[:3])
    if any(_denies(report.claim) for report in position.reports):
        text += ", denied"
    if position.reported_on is not None:
        text += f", given {position.reported_on.isoformat()}"
    return text


def _date(span: TimeSpan | None) -> str:
    if span is None:
        return "no date"
    if span.is_day:
        return span.start.isoformat()
    return f"{span.start.isoformat()} to {span.end.isoformat()}"


def _grown_period(a: _Item, b: _Item) -> bool:
    """Whether an update's pair is a period counted to a later day, not a day's toll recounted."""
    ta, tb = a.time, b.time
    return (
        ta is not None
        and tb is not None
        and ta.end != tb.end
        and not (_event_day(ta) and _event_day(tb))
    )


def _step(item: _Item) -> str:
    """A figure and when it was given: "9 on 2020-02-28", "12 on 2031-04-09 at 08:00"."""
    day = item.given
    figure = _figure(item.claim.quantity)
    if day is None:
        return figure
    at = item.given_at
    return f"{figure} on {day.isoformat()}" + (f" at {at:%H:%M}" if at is not None else "")


def _reason(relation: Relation, pair: tuple[_Item, _Item] | None, policy: ComparisonPolicy) -> str:
    if relation is Relation.SINGLE:
        return "one source only"
    if relation is Relation.AGREE:
        return "the same figure"
    if relation is Relation.COMPATIBLE:
        if pair is None or (_vague(pair[0].claim.quantity) and _same_figure(*pair)):
            return "vague words name no figure (the same word, not the same count)"
        if policy.soft_hedges:
            return "the figures overlap (hedges read softly)"
        return "the intervals overlap"
    if pair is None:  # pragma: no cover - a conflict or update always has its pair
        return "no overlap"
    a, b = pair
    given_a, given_b = a.given, b.given
    if relation is Relation.CONFLICT and a.denied != b.denied:
        given, denier = (b, a) if a.denied else (a, b)
        who = denier.claim.attribution.source if denier.claim.attribution else "a source"
        return f"denied ({_step(given)}; {who} denies it, {_step(denier)})"
    if relation is Relation.UPDATE:
        if _grown_period(a, b) and a.time is not None and b.time is not None:
            earlier, later = (a, b) if a.time.end < b.time.end else (b, a)
            return (
                f"a later cumulative count (to {_s(later.time and later.time.end)}) is larger "
                f"than an earlier one (to {_s(earlier.time and earlier.time.end)})"
            )
        earlier, later = sorted((a, b), key=_report_key)
        return f"the count rose as it was reported ({_step(earlier)}, then {_step(later)})"
    ordered = _in_report_order(a, b)
    if ordered is not None:
        earlier, later = ordered
        if later.value < earlier.value:
            return f"revised down ({_step(earlier)}, then {_step(later)})"
    same_day = given_a is not None and given_a == given_b and ordered is None
    when = "given the same day, " if same_day else ""
    if a.time is not None and a.time == b.time:
        return f"same period, {when}no overlap"
    if a.time is None or b.time is None:
        return f"{when}no overlap"
    return f"overlapping periods, {when}no overlap"


def _build_fact(members: list[_Item], policy: ComparisonPolicy) -> Fact:
    members = sorted(members, key=lambda it: it.key)
    first = members[0]
    # one representative per article and source: its most precise figure that is not an
    # earlier reading it updates (an article that sets two sources' figures side by side holds
    # two voices)
    representative: dict[tuple[str, str], _Item] = {}
    for item in members:
        voice = (item.article, item.source)
        known = representative.get(voice)
        if known is None or (-item.reading, item.width, item.key) < (
            -known.reading,
            known.width,
            known.key,
        ):
            representative[voice] = item
    reps = sorted(representative.values(), key=lambda it: it.key)
    distinct: dict[tuple[object, ...], _Item] = {}
    for item in reps:
        distinct.setdefault(_figure_key(item), item)
    figures = list(distinct.values())
    relation = Relation.SINGLE if len(reps) < 2 else Relation.AGREE
    if relation is Relation.AGREE and any(_vague(it.claim.quantity) for it in reps):
        # "thousands" from two reports name no figure: they overlap, they do not agree
        held = Counter(_figure_key(it) for it in reps)
        if any(held[_figure_key(it)] > 1 for it in reps if _vague(it.claim.quantity)):
            relation = Relation.COMPATIBLE
    worst_pair: tuple[_Item, _Item] | None = None
    denial: tuple[_Item, _Item] | None = None
    if len(reps) >= 2:
        for i, a in enumerate(figures):
            for b in figures[i + 1 :]:
                found = _relate_items(a, b, policy)
                if _SEVERITY[found] > _SEVERITY[relation]:
                    relation, worst_pair = found, (a, b)
                if found is Relation.CONFLICT and a.denied != b.denied and denial is None:
                    denial = (a, b)
    if denial is not None:
        # a claim and its denial: a conflict however the other figures read
        worst_pair = denial
    stated = [it for it in reps if not it.denied]
    # a stock ("35,000 troops committed", "a town of 3 million") is not counted on as it is
    # reported: report order makes no update of it
    grows = first.claim.kind not in _STOCKS
    stream = (
        _stream(stated, policy)
        if relation is Relation.CONFLICT and denial is None and grows
        else _rising(stated)
        if relation is Relation.COMPATIBLE and grows
        else None
    )
    if stream is not None:
        relation, worst_pair = stream
    if relation in (Relation.AGREE, Relation.COMPATIBLE) and len(reps) >= 2 and grows:
        # a voice that gives its own earlier, lower reading ("30 killed", then "the toll
        # increased to 44"): the count rose as it was reported
        rise = _own_rise(members, representative)
        if rise is not None:
            relation, worst_pair = Relation.UPDATE, rise
    # positions: every distinct figure of any member
    by_figure: dict[tuple[object, ...], list[_Item]] = {}
    for item in members:
        by_figure.setdefault(_figure_key(item), []).append(item)
    positions = []
    for group in by_figure.values():
        q = group[0].claim.quantity
        reports = tuple(
            Report(
                figure=_figure(it.claim.quantity),
                outlet=it.claim.origin.outlet
                or _file_name(it.claim.origin.path, it.claim.origin.document),
                source=it.claim.attribution.source if it.claim.attribution else None,
                claim=it.claim,
            )
            for it in group
        )
        given = [day for it in group if (day := it.given) is not None]
        first_given = min(given) if given else None
        positions.append(
            Position(_figure(q), q.value, q.low, q.high, group[0].time, reports, first_given)
        )
    # report order: the first day a figure was given, then the period it counts
    positions.sort(
        key=lambda p: (
            p.reported_on or dt.date.min,
            p.time.end if p.time else dt.date.min,
            float(p.value),
            p.figure,
        )
    )
    voices = _voices(members)
    sources = set(voices.values())
    summary = _summary(reps, relation, worst_pair, voices)
    # subject label: the most specific member's
    specific = min(
        members, key=lambda it: (-len(it.subject.modifiers), it.claim.subject.label, it.key)
    )
    # the narrowest place: the one inside the most known places
    places = [
        place
        for _, place in sorted(
            {
                (-len(it.place_info.within) if it.place_info else 0, it.place)
                for it in members
                if it.place
            }
        )
    ]
    times = [it.time for it in members if it.time is not None]
    hull = (
        TimeSpan(
            min(t.start for t in times),
            max(t.end for t in times),
            times[0].granularity if len(set(times)) == 1 else Granularity.PERIOD,
        )
        if times
        else None
    )
    if times and all(t.granularity is _TALLY for t in times):
        # tallies from a start not given: the count to the last day, its start still unknown
        last = max(t.end for t in times)
        hull = TimeSpan(last, last, _TALLY)
    shown = positions if relation is not Relation.SINGLE else positions[:1]
    listed = [f"{p.figure} ({_who(p)})" for p in shown[:6]]
    if len(shown) > 6:
        listed.append(f"{len(shown) - 6} more figures")
    joined = " then " if relation is Relation.UPDATE else " vs "
    explanation = joined.join(listed) + ": " + _reason(relation, worst_pair, policy)
    digest = hashlib.sha1(
        "\x01".join("\x00".join(it.key) for it in members).encode("utf-8", "surrogatepass"),
        usedforsecurity=False,
    ).hexdigest()
    return Fact(
        id="F" + digest[:12],
        kind=first.claim.kind,
        subject=specific.claim.subject.label,
        place=places[0] if places else None,
        time=hull,
        relation=relation,
        positions=tuple(positions),
        independent_sources=len(sources),
        summary=summary,
        explanation=explanation,
        claims=tuple(
            it.claim
            for it in sorted(members, key=lambda it: (*_report_key(it), it.key))
        ),
    )


def _own_rise(
    members: list[_Item], representative: dict[tuple[str, str], _Item]
) -> tuple[_Item, _Item] | None:
    """(earlier reading, later one) of one voice whose count rose within its article, if any."""
    for item in members:
        rep = representative[(item.article, item.source)]
        if item is not rep and item.reading < rep.reading and item.soft.below(rep.soft) and (
            _readings(item, rep)
        ):
            return item, rep
    return None


def _stream(
    reps: list[_Item], policy: ComparisonPolicy
) -> tuple[Relation, tuple[_Item, _Item]] | None:
    """Read a fact's figures as a stream of reports: the relation when their order settles it.

    Coverage of one incident is a stream: a first figure, then higher ones as the count goes
    on. When the figures were given on two days or more, and the latest day's figures are the
    highest and do not conflict among themselves, the fact is an update (the pair returned is
    the earliest lowest figure and the latest highest one). When a figure given later is below
    one given earlier, the count fell: a conflict, the pair being the higher earlier figure and
    the lower later one. Figures of one day are ordered by their pages' times of day when
    every figure of the latest day has one. ``None`` when report times say nothing (one day
    only with no times of day, or none known).
    """
    dated = [item for item in reps if item.given is not None]
    if not dated:
        return None
    latest = _latest(dated)
    last = {id(item) for item in latest}
    earlier = [item for item in dated if id(item) not in last]
    if not earlier:
        return None
    top = max(latest, key=lambda it: (it.value, it.key))
    peak = max(earlier, key=lambda it: (it.value, it.key))
    if peak.value > top.value and not peak.soft.overlaps(top.soft):
        return Relation.CONFLICT, (peak, top)
    for i, a in enumerate(latest):
        for b in latest[i + 1 :]:
            if _relate_items(a, b, policy) is Relation.CONFLICT:
                return None
    first = min(dated, key=lambda it: (_report_key(it), it.value, it.key))
    return Relation.UPDATE, (first, top)


def _rising(reps: list[_Item]) -> tuple[Relation, tuple[_Item, _Item]] | None:
    """An update when figures whose intervals overlap still grow with report time.

    "At least 264 killed" on one day and "at least 392" ten days later overlap (the first is
    open upwards), but the count rose: every figure is at least every figure given before
    it, and the last is above the first. ``None`` otherwise (hedges of one figure, a figure
    that fell, or report times that order nothing).
    """
    ordered = sorted(
        (item for item in reps if item.given is not None),
        key=lambda it: (_report_key(it), it.value, it.key),
    )
    if len(ordered) < 2:
        return None
    highest: _Item | None = None
    for i, item in enumerate(ordered):
        for other in ordered[i + 1 :]:
            pair = _in_report_order(item, other)
            if pair is not None and pair[1].value < pair[0].value:
                return None  # a figure given later is lower
        # the highest figure's latest report: a first "36 to 40" and, the same day, "at least
        # 44" are ordered by nothing, but a "44" given days later is the count grown
        if highest is None or item.value >= highest.value:
            highest = item
    first = ordered[0]
    if highest is None or _in_report_order(first, highest) is None:
        return None
    if not first.value < highest.value:
        return None
    if first.hard.high is None and highest.hard.high is None and first.source != highest.source:
        # "more than 380,000" and, from another monitor, "more than 500,000": two floors, not
        # one count's readings; one source raising its floor is an update
        return None
    return Relation.UPDATE, (first, highest)


#: Sentences shorter than this are too common to say two outlets printed one copy.
_COPY_MIN_CHARS = 40


def _wire(claim: Claim) -> str | None:
    """The wire agency whose copy a claim is, when its article says so.

    A figure credited to an agency ("AFP reported") is that agency's; a figure an outlet states
    on its own word is the copy of the agencies its article credits ("(Reuters)" dateline, a
    "dv/aw (AP, AFP)" credit line), or the agency's own when the outlet is one.
    """
    attribution = claim.attribution
    if attribution is not None:
        agency = canonical_agency(attribution.source)
        return None if agency is None else "wire:" + agency
    agencies = claim.origin.agencies
    if not agencies and claim.origin.outlet:
        agencies = (claim.origin.outlet,)
    names = sorted({name for agency in agencies if (name := canonical_agency(agency))})
    return "wire:" + "+".join(names) if names else None


def _voices(members: list[_Item]) -> dict[int, str]:
    """Each member's independent voice, by ``id``: its source, but one voice per copy.

    One agency's copy is one voice however many outlets print it: the agency when the
    article credits one (:func:`_wire`), else the first outlet's when outlets print the same
    sentence.
    """
    by_sentence: dict[str, str] = {}
    voices: dict[int, str] = {}
    for item in sorted(members, key=lambda it: it.key):
        sentence = " ".join(item.claim.sentence.split()).casefold()
        voice = _wire(item.claim) or item.source
        if len(sentence) >= _COPY_MIN_CHARS:
            voice = by_sentence.setdefault(sentence, voice)
        voices[id(item)] = voice
    return voices


def _summary(
    reps: list[_Item],
    relation: Relation,
    pair: tuple[_Item, _Item] | None,
    voices: dict[int, str],
) -> Summary:
    """Low / best / high of a fact, by the rules of ``docs/comparison.md``.

    For an update only the latest figures count: of a growing period, the count to its latest
    day; of a stream of reports, the figures given on the latest day. ``low`` and ``high``
    bound the figures counted; ``best`` is the figure most independent sources give, never one
    that only parties to the fighting give while an independent source gives another.
    """
    # a denial bounds nothing: the figures summarised are the ones given, when any is
    reps = [it for it in reps if not it.denied] or reps
    considered = reps
    if relation is Relation.UPDATE and pair is not None:
        if _grown_period(*pair):
            latest = max(_reported_on(it) for it in reps if it.time is not None)
            considered = [it for it in reps if it.time is not None and _reported_on(it) == latest]
        else:
            considered = _latest(reps)
    # figures of one measure in two units are summarised in the unit most of them use
    units = Counter(it.claim.quantity.unit for it in considered)
    unit = max(sorted(units, key=str), key=lambda u: units[u])
    base = _MEASURES[unit][1] if len(units) > 1 and unit in _MEASURES else None

    def conservative(item: _Item) -> Number:
        number = _conservative(item.claim.quantity)
        return number if base is None else _number(round(float(number) * item.scale / base, 3))

    def upper(item: _Item) -> Number:
        number = _upper(item.claim.quantity)
        return number if base is None else _number(round(float(number) * item.scale / base, 3))

    low = min(conservative(it) for it in considered)
    high = max(upper(it) for it in considered)
    support: dict[tuple[object, ...], set[str]] = {}
    for item in considered:
        support.setdefault(_figure_key(item), set()).add(voices[id(item)])
    candidates = considered
    if any(it.party is False for it in considered):
        # a figure only a party gives is never best while an independent source gives one
        backed = {_figure_key(it) for it in considered if it.party is not True}
        candidates = [it for it in considered if _figure_key(it) in backed]
    best_item = min(
        candidates,
        key=lambda it: (-len(support[_figure_key(it)]), conservative(it), it.key),
    )
    return Summary(low=low, best=conservative(best_item), high=high)


#: Kinds that count people: their claims meet in one block whatever group they name, so that
#: "33 people" can report the same fact as "33 Turkish soldiers" (see :class:`_Group`).
_PERSON_KINDS = frozenset(
    {ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.DISPLACED, ClaimKind.MISSING,
     ClaimKind.ARRESTED, ClaimKind.ABDUCTED}
)  # fmt: skip


def _block(kind: ClaimKind, head: str) -> tuple[str, str]:
    return (kind.value, "person" if kind in _PERSON_KINDS else head)


def blocking_key(claim: Claim) -> tuple[str, str]:
    """Return the block a claim belongs to: claims of different blocks never share a fact.

    The key is the kind and the folded category counted ("tanks" and "main battle tanks" are
    both ``"tank"``); for the kinds that count people (killed, wounded, displaced, missing,
    arrested, abducted) the category is ``"person"`` for every group, because "33 people" in
    one report may be "33 soldiers" in another. Group claims by it (with pandas, Dask,
    Spark...) and call :func:`compare_group` on each group to get what :func:`compare` gives.

    Args:
        claim: a claim.

    Returns:
        A hashable ``(kind, category)`` pair of strings.

    Raises:
        InputTypeError: ``claim`` is not a claim.

    >>> blocking_key(Claim.from_record({"kind": "killed", "value": 3, "subject": "Turkish troops"}))
    ('killed', 'person')
    >>> blocking_key(Claim.from_record({"kind": "destroyed", "value": 3, "subject": "tanks"}))
    ('destroyed', 'tank')
    """
    if not isinstance(claim, Claim):
        raise InputTypeError(f"blocking_key() expects a Claim, got {type(claim).__name__}")
    return _block(claim.kind, _subject_key(claim, Folder()).head)


def _fact_order(fact: Fact) -> tuple[str, ...]:
    return (
        fact.kind.value,
        fact.subject.lower(),
        fact.time.start.isoformat() if fact.time else "",
        fact.time.end.isoformat() if fact.time else "",
        fact.id,
    )


def _compare_items(items: list[_Item], policy: ComparisonPolicy) -> tuple[Fact, ...]:
    blocks: dict[tuple[str, str], list[_Item]] = {}
    for item in items:
        blocks.setdefault(_block(item.claim.kind, item.subject.head), []).append(item)
    facts = [
        _build_fact(group, policy)
        for block in blocks.values()
        for group in _group_block(block, policy)
    ]
    facts.sort(key=_fact_order)
    return tuple(facts)


def compare_group(
    claims: Iterable[Claim], policy: ComparisonPolicy | None = None
) -> tuple[Fact, ...]:
    """Group the claims of one block (see :func:`blocking_key`) into facts.

    Claims of several blocks are accepted too; each block is grouped on its own.

    Args:
        claims: the claims.
        policy: how to read hedges; the default reads them softly.

    Returns:
        The facts, in a stable order.

    Raises:
        InputTypeError: an element is not a claim.

    >>> two = [Claim.from_record({"kind": "killed", "value": 2, "subject": "soldiers",
    ...                           "outlet": name, "path": name}) for name in ("A", "B")]
    >>> [fact.relation.value for fact in compare_group(two)]
    ['agree']
    """
    policy = policy if policy is not None else ComparisonPolicy()
    claims = list(claims)
    for claim in claims:
        if not isinstance(claim, Claim):
            raise InputTypeError(f"compare_group() expects claims, got {type(claim).__name__}")
    return _compare_items(_items(claims, Folder(), policy), policy)


def compare(items: Iterable[object], *, policy: ComparisonPolicy | None = None) -> Comparison:
    """Group claims of many articles into facts and say how each fact's figures relate.

    Args:
        items: claims, or objects with a ``claims`` attribute (articles' extraction results).
        policy: how to read hedges; the default reads them softly.

    Returns:
        The facts and the sum checks of every article.

    Raises:
        InputTypeError: ``items`` is not an iterable of claims or of objects holding claims.

    >>> compare([]).facts
    ()
    """
    policy = policy if policy is not None else ComparisonPolicy()
    if not isinstance(policy, ComparisonPolicy):
        raise InputTypeError(f"compare() expects a ComparisonPolicy, got {type(policy).__name__}")
    folder = Folder()
    items_ = _items(_claims_of(items), folder, policy)
    return Comparison(
        facts=_compare_items(items_, policy),
        sum_checks=_check_items(items_, policy),
        policy=policy,
    )


# ------------------------------------------------------------------------------- sums

#: Which heads a generic total covers ("27 fighters" covers fighters and soldiers).
_COVERS: dict[str, frozenset[str]] = {
    "fighter": frozenset({"fighter", "soldier"}),
    "people": frozenset({"people", "fighter", "soldier"}),
}


def _number(value: float) -> Number:
    return int(value) if value == int(value) else Decimal(str(value))


def _check_items(items: list[_Item], policy: ComparisonPolicy) -> tuple[SumCheck, ...]:
    groups: dict[tuple[str, str, object], list[_Item]] = {}
    for item in items:
        origin = item.claim.origin
        if not (origin.path or origin.document or origin.title):
            continue
        groups.setdefault((item.article, item.claim.kind.value, item.tkey), []).append(item)
    checks: list[SumCheck] = []
    for group in groups.values():
        if len(group) < 3:
            continue
        totals: dict[tuple[object, ...], _Item] = {}
        for item in group:
            if not item.subject.modifiers:
                totals.setdefault((item.hard, item.source), item)
        for total in totals.values():
            check = _check_total(total, group, policy)
            if check is not None:
                checks.append(check)
    checks.sort(key=_check_order)
    return tuple(checks)


def _check_order(check: SumCheck) -> tuple[object, ...]:
    total = check.total
    return (_s(total.origin.path), _s(total.origin.title), _sort_key(total))


def _near(total: _Item, part: _Item, policy: ComparisonPolicy) -> int | None:
    """How far a part's evidence follows the total's: ``None`` when too far, 0 with no evidence."""
    if not total.claim.evidence or not part.claim.evidence:
        return 0
    distance = part.claim.evidence[0].start - total.claim.evidence[0].start
    return distance if 0 <= distance <= policy.sum_window else None


def _check_total(total: _Item, group: list[_Item], policy: ComparisonPolicy) -> SumCheck | None:
    covered = _COVERS.get(total.subject.head, frozenset({total.subject.head}))
    total_source = total.claim.attribution
    by_subject: dict[SubjectKey, tuple[int, tuple[str, ...], _Item]] = {}
    for item in group:
        if not item.subject.modifiers or item.subject.head not in covered:
            continue
        if item.claim.attribution is not None and (
            total_source is None or item.source != total.source
        ):
            continue
        distance = _near(total, item, policy)
        if distance is None:
            continue
        known = by_subject.get(item.subject)
        if known is None or (distance, item.key) < known[:2]:
            by_subject[item.subject] = (distance, item.key, item)
    parts = [entry[2] for entry in by_subject.values()]
    # a part nested in another ("Turkish special forces" within "Turkish soldiers") is not a part
    parts = [
        p
        for p in parts
        if not any(
            q is not p
            and q.subject.head == p.subject.head
            and q.subject.modifiers < p.subject.modifiers
            for q in parts
        )
    ]
    if len(parts) < 2:
        return None
    parts.sort(key=lambda it: it.key)
    low = sum((p.hard.low or 0.0) for p in parts)
    highs = [p.hard.high for p in parts]
    high = None if any(h is None for h in highs) else sum(h for h in highs if h is not None)
    summed = Interval(low, high)
    if summed.overlaps(total.hard):
        status = SumStatus.MATCH
    elif summed.below(total.hard):
        status = SumStatus.SHORT
    else:
        status = SumStatus.EXCEEDS
    listed = " + ".join(f"{_figure(p.claim.quantity)} {p.claim.subject.label}" for p in parts)
    stated = f"{_figure(total.claim.quantity)} {total.claim.subject.label}"
    shown = (
        f"{low:,.0f}"
        if high == low
        else f"{low:,.0f} to {'more' if high is None else f'{high:,.0f}'}"
    )
    verdict = {
        SumStatus.MATCH: "adds up",
        SumStatus.SHORT: f"the parts add up to {shown}, less than the total",
        SumStatus.EXCEEDS: f"the parts add up to {shown}, more than the total",
    }[status]
    return SumCheck(
        total=total.claim,
        parts=tuple(p.claim for p in parts),
        parts_low=_number(low),
        parts_high=None if high is None else _number(high),
        status=status,
        explanation=f"{stated} = {listed}: {verdict}",
    )


def check_sums(
    claims: Iterable[Claim], policy: ComparisonPolicy | None = None
) -> tuple[SumCheck, ...]:
    """Check, within each article, stated totals against the parts the article lists.

    A total is a claim whose subject names no side ("27 fighters"); its parts are claims of the
    same article (``Origin.path`` or ``title``), kind and time whose subjects are sides of that
    category ("11 pro-government fighters", "2 Turkish soldiers"), credited to the same source
    or to none, stated after the total and within ``policy.sum_window`` characters of it.
    At least two parts are needed.

    Args:
        claims: the claims of one or more articles.
        policy: the policy (only ``sum_window`` matters here).

    Returns:
        One check per total that has parts, mismatches and matches alike.

    Raises:
        InputTypeError: an element is not a claim.

    >>> rows = [("fighters", 27), ("pro-government fighters", 11), ("rebel fighters", 14),
    ...         ("Turkish soldiers", 2)]
    >>> claims = [Claim.from_record({"kind": "killed", "value": v, "subject": s, "path": "a.txt"})
    ...           for s, v in rows]
    >>> [(c.status.value, c.parts_low) for c in check_sums(claims)]
    [('match', 27)]
    """
    policy = policy if policy is not None else ComparisonPolicy()
    claims = list(claims)
    for claim in claims:
        if not isinstance(claim, Claim):
            raise InputTypeError(f"check_sums() expects claims, got {type(claim).__name__}")
    return _check_items(_items(claims, Folder(), policy), policy)


# ------------------------------------------------------------------------------- rendering


def _clean(text: object) -> str:
    """One line of printable text: control and format characters become spaces."""
    raw = "" if text is None else str(text)
    return " ".join(
        "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in raw).split()
    )


def _number_text(value: Number | None) -> str:
    return "-" if value is None else f"{value:,}"


#: The order in which the table shows facts: what needs a reader's attention first.
_READING_ORDER = (
    Relation.CONFLICT,
    Relation.UPDATE,
    Relation.COMPATIBLE,
    Relation.AGREE,
    Relation.SINGLE,
)


def render_table(comparison: Comparison) -> str:
    """Render a comparison as plain text: one block per fact, then the sum checks.

    Facts come in reading order: conflicts first, then updates, compatible and agreeing
    figures, and single-source facts last.

    Control characters of the input (terminal escapes, line breaks) are replaced by spaces.

    Args:
        comparison: what :func:`compare` returned.

    Returns:
        The text, ending with a newline.

    Raises:
        InputTypeError: ``comparison`` is not a :class:`Comparison`.

    >>> print(render_table(Comparison(facts=())), end="")
    0 facts
    """
    if not isinstance(comparison, Comparison):
        raise InputTypeError(
            f"render_table() expects a Comparison, got {type(comparison).__name__}"
        )
    out = io.StringIO()
    out.write(f"{len(comparison.facts)} fact{'s' if len(comparison.facts) != 1 else ''}")
    counts = Counter(fact.relation for fact in comparison.facts)
    if counts:
        out.write(": " + ", ".join(f"{counts[r]} {r.value}" for r in _READING_ORDER if counts[r]))
    out.write("\n")
    # What a reader looks for first: contradictions, then updates, then agreement.
    ordered = sorted(comparison.facts, key=lambda f: _READING_ORDER.index(f.relation))
    for fact in ordered:
        where = f" in {_clean(fact.place)}" if fact.place else ""
        out.write(
            f"\n[{fact.relation.value.upper()}] {fact.kind.value}: {_clean(fact.subject)}{where}, "
            f"{_date(fact.time)}  ({fact.id})\n"
        )
        for position in fact.positions:
            out.write(
                f"  {_clean(position.figure):<24} {_clean(_who(position))}"
                f"  [{_date(position.time)}]\n"
            )
        s = fact.summary
        out.write(
            f"  low {_number_text(s.low)} / best {_number_text(s.best)}"
            f" / high {_number_text(s.high)};"
            f" {fact.independent_sources} independent source"
            f"{'s' if fact.independent_sources != 1 else ''}\n"
        )
        out.write(f"  {_clean(fact.explanation)}\n")
    if comparison.sum_checks:
        out.write("\nSum checks\n")
        for check in comparison.sum_checks:
            where = _clean(check.total.origin.title or check.total.origin.path)
            out.write(f"  [{check.status.value.upper()}] {where}: {_clean(check.explanation)}\n")
    out.write(render_discrepancies_table(comparison.discrepancies))
    return out.getvalue()


#: Characters that change the meaning of Markdown text, escaped with a backslash.
_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+!|~>")


def _md(text: object) -> str:
    """Escape text for one Markdown table cell: no HTML, no markup, no cell breaks."""
    out = []
    for ch in _clean(text):
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch in _MARKDOWN_SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def render_markdown(comparison: Comparison) -> str:
    """Render a comparison as Markdown tables: one row per fact, then the sum checks.

    Every cell is escaped: a ``|`` in a headline, ``<script>`` or ``[link](...)`` stays text.

    Args:
        comparison: what :func:`compare` returned.

    Returns:
        The Markdown, ending with a newline.

    Raises:
        InputTypeError: ``comparison`` is not a :class:`Comparison`.

    >>> render_markdown(Comparison(facts=())).splitlines()[0][:34]
    '| fact | relation | kind | subject'
    """
    if not isinstance(comparison, Comparison):
        raise InputTypeError(
            f"render_markdown() expects a Comparison, got {type(comparison).__name__}"
        )
    lines = [
        "| fact | relation | kind | subject | place | dates | figures | low | best | high "
        "| sources | explanation |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for fact in comparison.facts:
        figures = "; ".join(f"{p.figure} ({_who(p)})" for p in fact.positions)
        cells = [
            fact.id,
            fact.relation.value,
            fact.kind.value,
            fact.subject,
            fact.place or "",
            _date(fact.time),
            figures,
            _number_text(fact.summary.low),
            _number_text(fact.summary.best),
            _number_text(fact.summary.high),
            str(fact.independent_sources),
            fact.explanation,
        ]
        lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
    if comparison.sum_checks:
        lines += ["", "| article | status | check |", "| --- | --- | --- |"]
        for check in comparison.sum_checks:
            origin = check.total.origin
            cells = [origin.title or origin.path or "", check.status.value, check.explanation]
            lines.append("| " + " | ".join(_md(cell) for cell in cells) + " |")
    return "\n".join(lines) + "\n" + render_discrepancies_markdown(comparison.discrepancies)


#: Columns of :func:`render_csv`: fact columns, then claim-record columns.
_CSV_FACT = ("fact", "relation", "fact_subject", "fact_low", "fact_best", "fact_high",
             "independent_sources", "explanation")  # fmt: skip
_CSV_CLAIM = ("kind", "value", "low", "high", "qualifier", "quantity_text", "subject", "place",
              "date_start", "date_end", "source", "outlet", "path", "title", "published", "start",
              "end", "text", "reported_on", "document")  # fmt: skip


def render_csv(comparison: Comparison) -> str:
    r"""Render a comparison as CSV: one row per claim of each fact, the fact's columns repeated.

    Text cells that a spreadsheet would read as a formula (leading ``=``, ``+``, ``-``, ``@``...)
    are prefixed with ``'``; quoting follows RFC 4180.

    Args:
        comparison: what :func:`compare` returned.

    Returns:
        The CSV text with a header row, lines ending in ``\n``.

    Raises:
        InputTypeError: ``comparison`` is not a :class:`Comparison`.

    >>> render_csv(Comparison(facts=())).splitlines()[0].split(",")[:3]
    ['fact', 'relation', 'fact_subject']
    """
    if not isinstance(comparison, Comparison):
        raise InputTypeError(f"render_csv() expects a Comparison, got {type(comparison).__name__}")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_FACT + _CSV_CLAIM)
    for fact in comparison.facts:
        head = [
            fact.id,
            fact.relation.value,
            fact.subject,
            _json_number(fact.summary.low),
            _json_number(fact.summary.best),
            _json_number(fact.summary.high),
            fact.independent_sources,
            fact.explanation,
        ]
        for claim in fact.claims:
            record = claim.to_record()
            writer.writerow([guard(v) for v in [*head, *(record.get(k) for k in _CSV_CLAIM)]])
    return out.getvalue()
