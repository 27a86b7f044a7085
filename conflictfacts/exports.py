r"""Researchers' tables: facts as rows of UCDP GED and ACLED, under those projects' own columns.

Conflict researchers keep event data in the shape of the UCDP Georeferenced Event Dataset (GED)
and of ACLED. :func:`render_ucdp` and :func:`render_acled` write a
:class:`~conflictfacts.compare.Comparison` as CSV with exactly their columns
(:data:`UCDP_GED_COLUMNS`, :data:`ACLED_COLUMNS`), one row per fact, so the rows load beside
the real datasets. Columns the articles tell are filled (dates, place, country, actor,
fatalities with low / best / high, the sources and their articles, and for ACLED notes with the
relation and its reason); the columns only those projects can code (their ids, conflict and
dyad codes, actor types, coordinates, event types) are left empty, never guessed. The mapping,
column by column, is in ``docs/exports.md``.

GED records deaths only, so the UCDP table holds the facts of people killed (``kinds``
widens it); the ACLED table holds every fact, with ``fatalities`` filled for deaths only.

Every cell goes through the same spreadsheet formula guard as the other CSV outputs.

>>> from conflictfacts.claims import Claim
>>> from conflictfacts.compare import compare
>>> claims = [Claim.from_record({"kind": "killed", "value": v, "subject": "soldiers",
...           "outlet": o, "path": o, "date_start": "2031-04-08", "place": "Kharkiv",
...           "source": s}) for v, o, s in ((12, "Wire", "army"), (15, "Post", "monitor"))]
>>> row = ucdp_rows(compare(claims))[0]
>>> row["date_start"], row["country"], row["adm_1"], row["low"], row["best"], row["high"]
('2031-04-08', 'Ukraine', 'Kharkiv Oblast', 12, 12, 15)
>>> row["source_office"], row["source_original"]
('Post; Wire', 'army; monitor')
>>> acled_rows(compare(claims))[0]["fatalities"]
12
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Collection, Iterable
from decimal import Decimal

from conflictfacts._cells import guard, span_text
from conflictfacts.claims import Claim, ClaimKind, Origin
from conflictfacts.compare import Comparison, Fact
from conflictfacts.dates import Granularity, TimeSpan
from conflictfacts.errors import InputTypeError
from conflictfacts.gazetteer import Gazetteer, PlaceEntry, PlaceKind
from conflictfacts.quantities import Number

__all__ = [
    "ACLED_COLUMNS",
    "UCDP_GED_COLUMNS",
    "Cell",
    "acled_rows",
    "render_acled",
    "render_ucdp",
    "ucdp_rows",
]

#: A cell of a row: text, a count, or a decimal figure.
Cell = str | int | float

#: The columns of UCDP GED's event CSV (GED 20.1 to 25.1), in its order.
UCDP_GED_COLUMNS: tuple[str, ...] = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)  # fmt: skip

#: The columns of ACLED's event export (since its 2023 column changes), in its order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

#: GED's ``where_prec``: 1 exact place, 3 second-order division, 4 first-order division,
#: 5 a named area larger than a town, 6 the country only. (2, "within 25 km", is left to GED.)
_WHERE_PREC = {
    PlaceKind.TOWN: 1,
    PlaceKind.CITY: 1,
    PlaceKind.FEATURE: 1,
    PlaceKind.DISTRICT: 3,
    PlaceKind.REGION: 4,
    PlaceKind.AREA: 5,
    PlaceKind.COUNTRY: 6,
}

#: ACLED's ``geo_precision``: 1 the town itself, 2 a part of a region or near a town, 3 a
#: larger region (or the country).
_GEO_PRECISION = {
    PlaceKind.TOWN: 1,
    PlaceKind.CITY: 1,
    PlaceKind.FEATURE: 2,
    PlaceKind.DISTRICT: 2,
    PlaceKind.AREA: 2,
    PlaceKind.REGION: 3,
    PlaceKind.COUNTRY: 3,
}


def _number(value: Number | None) -> Cell:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _days(span: TimeSpan) -> int:
    return (span.end - span.start).days + 1


def _date_prec(span: TimeSpan | None) -> Cell:
    """GED's ``date_prec``: 1 the day, 2 within 2-6 days, 3 a week, 4 a month, 5 longer.

    A tally from a start not given (:attr:`Granularity.TALLY`) is longer.
    """
    if span is None:
        return ""
    if span.granularity is Granularity.TALLY:
        return 5
    days = _days(span)
    if days == 1:
        return 1
    if days <= 6:
        return 2
    if days <= 7:
        return 3
    if days <= 31:
        return 4
    return 5


def _time_precision(span: TimeSpan | None) -> Cell:
    """ACLED's ``time_precision``: 1 the day, 2 within a week, 3 longer (a tally too)."""
    if span is None:
        return ""
    if span.granularity is Granularity.TALLY:
        return 3
    days = _days(span)
    return 1 if days == 1 else 2 if days <= 7 else 3


def _joined(values: Iterable[str | None]) -> str:
    return "; ".join(dict.fromkeys(" ".join(v.split()) for v in values if v and v.strip()))


def _actor(fact: Fact) -> str:
    """The perpetrator most member claims name (ties: the first in alphabetical order)."""
    counts = Counter(claim.actor for claim in fact.claims if claim.actor)
    if not counts:
        return ""
    return min(counts, key=lambda actor: (-counts[actor], actor))


def _articles(fact: Fact) -> list[Origin]:
    """The distinct articles behind a fact, oldest first."""
    seen: dict[tuple[str, ...], Origin] = {}
    for claim in fact.claims:
        o = claim.origin
        key = (o.path or "", o.document or "", o.url or "", o.outlet or "", o.title or "")
        seen.setdefault(key, o)
    return sorted(
        seen.values(),
        key=lambda o: (o.published.isoformat() if o.published else "9999", o.outlet or "",
                       o.title or "", o.path or "", o.document or ""),
    )  # fmt: skip


def _outlet(origin: Origin) -> str:
    if origin.outlet:
        return origin.outlet
    name = (origin.path or "").replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or origin.document or origin.url or ""


def _article_reference(origin: Origin) -> str:
    parts = [_outlet(origin), origin.published.isoformat() if origin.published else "undated"]
    if origin.title:
        parts.append(f'"{" ".join(origin.title.split())}"')
    if origin.url:
        parts.append(origin.url)
    return " ".join(part for part in parts if part)


class _Place:
    """What the gazetteer knows of a fact's place."""

    def __init__(self, name: str | None, gazetteer: Gazetteer) -> None:
        self.name = name or ""
        self.entry: PlaceEntry | None = None
        self.country = ""
        self.admin1 = ""
        self.admin2 = ""
        if not name:
            return
        entry = gazetteer.place(name)
        if entry is None:
            found = gazetteer.find_places(name)
            entry = found[0].entry if found else None
        if entry is None:
            return
        self.entry = entry
        chain = (entry, *gazetteer.enclosing(entry))
        self.country = entry.country or next(
            (e.name for e in chain if e.kind is PlaceKind.COUNTRY), ""
        )
        self.admin1 = next((e.name for e in chain if e.kind is PlaceKind.REGION), "")
        self.admin2 = next((e.name for e in chain if e.kind is PlaceKind.DISTRICT), "")

    def precision(self, table: dict[PlaceKind, int]) -> Cell:
        return table[self.entry.kind] if self.entry is not None else ""


def _check(comparison: object, function: str) -> Comparison:
    if not isinstance(comparison, Comparison):
        raise InputTypeError(
            f"{function}() expects a Comparison, got {type(comparison).__name__}"
        )
    return comparison


def _gazetteer(gazetteer: Gazetteer | None, function: str) -> Gazetteer:
    if gazetteer is None:
        return Gazetteer.default()
    if not isinstance(gazetteer, Gazetteer):
        raise InputTypeError(
            f"{function}() expects a Gazetteer, got {type(gazetteer).__name__}"
        )
    return gazetteer


def _civilians(claim: Claim) -> bool:
    """Whether a claim counts civilians: its category, else its label, says so."""
    subject = claim.subject
    return (subject.category or subject.label).lower().endswith("civilians")


def _ucdp_row(fact: Fact, gazetteer: Gazetteer) -> dict[str, Cell]:
    row: dict[str, Cell] = dict.fromkeys(UCDP_GED_COLUMNS, "")
    place = _Place(fact.place, gazetteer)
    articles = _articles(fact)
    killed = fact.kind is ClaimKind.KILLED
    summary = fact.summary
    row.update(
        id=fact.id,
        year=fact.time.start.year if fact.time else "",
        side_a=_actor(fact),
        number_of_sources=len(articles),
        source_article="; ".join(_article_reference(o) for o in articles),
        source_office=_joined(_outlet(o) for o in articles),
        source_date=_joined(o.published.isoformat() if o.published else None for o in articles),
        source_headline=_joined(o.title for o in articles),
        source_original=_joined(
            sorted({c.attribution.source for c in fact.claims if c.attribution})
        ),
        where_prec=place.precision(_WHERE_PREC),
        where_coordinates=place.entry.name if place.entry is not None else place.name,
        where_description=_joined(sorted({c.place for c in fact.claims if c.place})),
        adm_1=place.admin1,
        adm_2=place.admin2,
        country=place.country,
        date_prec=_date_prec(fact.time),
        date_start=fact.time.start.isoformat() if fact.time else "",
        date_end=fact.time.end.isoformat() if fact.time else "",
    )
    if killed:
        row.update(
            best=_number(summary.best), high=_number(summary.high), low=_number(summary.low)
        )
        if all(_civilians(claim) for claim in fact.claims):
            row["deaths_civilians"] = _number(summary.best)
    return row


def _notes(fact: Fact) -> str:
    where = f" in {fact.place}" if fact.place else ""
    s = fact.summary
    figures = " / ".join(
        f"{name} {'-' if value is None else f'{value:,}'}"
        for name, value in (("low", s.low), ("best", s.best), ("high", s.high))
    )
    sources = fact.independent_sources
    return " ".join(
        (
            f"[{fact.relation.value}] {fact.kind.value}: {fact.subject}{where}, "
            f"{span_text(fact.time)}.",
            f"{fact.explanation}.",
            f"{figures}; {sources} independent source{'s' if sources != 1 else ''}.",
        )
    )


def _acled_row(fact: Fact, gazetteer: Gazetteer) -> dict[str, Cell]:
    row: dict[str, Cell] = dict.fromkeys(ACLED_COLUMNS, "")
    place = _Place(fact.place, gazetteer)
    row.update(
        event_id_cnty=fact.id,
        event_date=fact.time.start.isoformat() if fact.time else "",
        year=fact.time.start.year if fact.time else "",
        time_precision=_time_precision(fact.time),
        actor1=_actor(fact),
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.entry.name if place.entry is not None else place.name,
        geo_precision=place.precision(_GEO_PRECISION),
        source=_joined(_outlet(o) for o in _articles(fact)),
        notes=_notes(fact),
    )
    if fact.kind is ClaimKind.KILLED:
        row["fatalities"] = _number(fact.summary.best)
    return row


def ucdp_rows(
    comparison: Comparison,
    *,
    gazetteer: Gazetteer | None = None,
    kinds: Collection[ClaimKind] | None = (ClaimKind.KILLED,),
) -> list[dict[str, Cell]]:
    """Return one UCDP GED row per fact, as dicts keyed by :data:`UCDP_GED_COLUMNS`.

    Args:
        comparison: what :func:`~conflictfacts.compare.compare` returned.
        gazetteer: where places are looked up for ``country``, ``adm_1``, ``adm_2`` and
            ``where_prec`` (default: :meth:`~conflictfacts.gazetteer.Gazetteer.default`).
        kinds: the kinds of fact to write (default: people killed, what GED records); ``None``
            for every fact (``best``, ``low`` and ``high`` stay empty for the others).

    Returns:
        The rows, in the comparison's order; unknown cells are ``""``.

    Raises:
        InputTypeError: ``comparison`` or ``gazetteer`` has the wrong type.

    >>> from conflictfacts.compare import Comparison
    >>> ucdp_rows(Comparison(facts=()))
    []
    """
    comparison = _check(comparison, "ucdp_rows")
    gaz = _gazetteer(gazetteer, "ucdp_rows")
    return [
        _ucdp_row(fact, gaz)
        for fact in comparison.facts
        if kinds is None or fact.kind in kinds
    ]


def acled_rows(
    comparison: Comparison, *, gazetteer: Gazetteer | None = None
) -> list[dict[str, Cell]]:
    """Return one ACLED row per fact, as dicts keyed by :data:`ACLED_COLUMNS`.

    Args:
        comparison: what :func:`~conflictfacts.compare.compare` returned.
        gazetteer: where places are looked up for ``country``, ``admin1``, ``admin2`` and
            ``geo_precision`` (default: :meth:`~conflictfacts.gazetteer.Gazetteer.default`).

    Returns:
        The rows, in the comparison's order; unknown cells are ``""``. ``fatalities`` is the
        best figure of facts of people killed, and empty for other facts.

    Raises:
        InputTypeError: ``comparison`` or ``gazetteer`` has the wrong type.

    >>> from conflictfacts.compare import Comparison
    >>> acled_rows(Comparison(facts=()))
    []
    """
    comparison = _check(comparison, "acled_rows")
    gaz = _gazetteer(gazetteer, "acled_rows")
    return [_acled_row(fact, gaz) for fact in comparison.facts]


def _csv(columns: tuple[str, ...], rows: list[dict[str, Cell]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([guard(row[column]) for column in columns])
    return out.getvalue()


def render_ucdp(
    comparison: Comparison,
    *,
    gazetteer: Gazetteer | None = None,
    kinds: Collection[ClaimKind] | None = (ClaimKind.KILLED,),
) -> str:
    r"""Render a comparison as UCDP GED-shaped CSV: a header, then :func:`ucdp_rows`.

    Args:
        comparison: what :func:`~conflictfacts.compare.compare` returned.
        gazetteer: as for :func:`ucdp_rows`.
        kinds: as for :func:`ucdp_rows`.

    Returns:
        The CSV text, lines ending in ``\n``; text cells a spreadsheet would run as a formula
        start with ``'``.

    Raises:
        InputTypeError: an argument has the wrong type.

    >>> from conflictfacts.compare import Comparison
    >>> render_ucdp(Comparison(facts=())).split(",")[:4]
    ['id', 'relid', 'year', 'active_year']
    """
    return _csv(UCDP_GED_COLUMNS, ucdp_rows(comparison, gazetteer=gazetteer, kinds=kinds))


def render_acled(comparison: Comparison, *, gazetteer: Gazetteer | None = None) -> str:
    r"""Render a comparison as ACLED-shaped CSV: a header, then :func:`acled_rows`.

    Args:
        comparison: what :func:`~conflictfacts.compare.compare` returned.
        gazetteer: as for :func:`acled_rows`.

    Returns:
        The CSV text, lines ending in ``\n``; text cells a spreadsheet would run as a formula
        start with ``'``.

    Raises:
        InputTypeError: an argument has the wrong type.

    >>> from conflictfacts.compare import Comparison
    >>> render_acled(Comparison(facts=())).split(",")[:3]
    ['event_id_cnty', 'event_date', 'year']
    """
    return _csv(ACLED_COLUMNS, acled_rows(comparison, gazetteer=gazetteer))
