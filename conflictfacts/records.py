"""Flat claim records: the one shape shared by JSON, JSON Lines, CSV and data frames.

A record is a ``dict`` of plain JSON values. The first fields are the ones
``../shared/eval/README.md`` defines; the rest carry what a round trip back to a
:class:`~conflictfacts.claims.Claim` needs.

>>> from conflictfacts.quantities import Quantity
>>> from conflictfacts.claims import Claim, ClaimKind, Subject
>>> q = Quantity(value=2, low=2, high=None, qualifier="at least", approximate=False, unit=None,
...              start=0, end=11, text="at least two")
>>> claim = Claim(ClaimKind.KILLED, q, Subject(text="soldiers", label="soldiers"))
>>> record = claim_to_record(claim)
>>> record["kind"], record["low"], record["high"], record["qualifier"]
('killed', 2, None, 'at least')
>>> claim_from_record(record) == claim
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from conflictfacts.claims import Attribution, Claim, ClaimKind, Origin, Subject
from conflictfacts.dates import Granularity, TimeSpan
from conflictfacts.errors import InputTypeError, RecordError
from conflictfacts.quantities import Number, Quantity, QuantityRole
from conflictfacts.spans import Span

__all__ = ["RECORD_FIELDS", "Record", "claim_from_record", "claim_to_record"]

#: A flat claim record: field name to a JSON value.
Record = dict[str, Any]

#: Every field of a record, in the order CSV columns use.
RECORD_FIELDS: tuple[str, ...] = (
    "kind",
    "value",
    "low",
    "high",
    "qualifier",
    "unit",
    "subject",
    "actor",
    "place",
    "date_start",
    "date_end",
    "source",
    "start",
    "end",
    "text",
    "approximate",
    "point",
    "role",
    "quantity_text",
    "quantity_start",
    "quantity_end",
    "subject_text",
    "affiliation",
    "category",
    "granularity",
    "verb",
    "distanced",
    "source_text",
    "evidence",
    "outlet",
    "path",
    "title",
    "published",
)


def _number_out(value: Number | None) -> int | float | None:
    if value is None or isinstance(value, int):
        return value
    return float(value)


def _number_in(record: Mapping[str, Any], name: str) -> Number | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise RecordError(f"{name} must be a number, got a bool", field=name)
    if isinstance(value, int):
        return value
    if isinstance(value, float | str | Decimal):
        try:
            number = Decimal(str(value).strip().replace(",", ""))
        except InvalidOperation as error:
            raise RecordError(f"{name} must be a number, got {value!r}", field=name) from error
        if not number.is_finite():
            raise RecordError(f"{name} must be finite, got {value!r}", field=name)
        return int(number) if number == number.to_integral_value() else number
    raise RecordError(f"{name} must be a number, got {type(value).__name__}", field=name)


def _text_in(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(f"{name} must be text, got {type(value).__name__}", field=name)
    return value


def _int_in(record: Mapping[str, Any], name: str, default: int = 0) -> int:
    value = _number_in(record, name)
    if value is None:
        return default
    if not isinstance(value, int) or value < 0:
        raise RecordError(f"{name} must be a whole number >= 0, got {value!r}", field=name)
    return value


def _bool_in(record: Mapping[str, Any], name: str) -> bool:
    value = record.get(name)
    if isinstance(value, bool):
        return value
    if value is None or value == "":
        return False
    if isinstance(value, str) and value.lower() in {"true", "false", "1", "0"}:
        return value.lower() in {"true", "1"}
    raise RecordError(f"{name} must be true or false, got {value!r}", field=name)


def _date_in(record: Mapping[str, Any], name: str) -> dt.date | None:
    value = _text_in(record, name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as error:
        raise RecordError(f"{name} must be an ISO date, got {value!r}", field=name) from error


def claim_to_record(claim: Claim) -> Record:
    """Flatten a claim into a record of plain JSON values.

    Args:
        claim: the claim to flatten.

    Returns:
        A dict with the fields of :data:`RECORD_FIELDS`.

    Raises:
        InputTypeError: ``claim`` is not a :class:`~conflictfacts.claims.Claim`.

    >>> from conflictfacts.quantities import Quantity
    >>> q = Quantity(value=5, low=5, high=5, qualifier=None, approximate=False, unit=None,
    ...              start=0, end=4, text="five")
    >>> claim_to_record(Claim(ClaimKind.WOUNDED, q, Subject("others", "soldiers")))["subject"]
    'soldiers'
    """
    if not isinstance(claim, Claim):
        raise InputTypeError(f"claim_to_record() expects a Claim, got {type(claim).__name__}")
    q = claim.quantity
    first = claim.evidence[0] if claim.evidence else None
    attribution = claim.attribution
    return {
        "kind": claim.kind.value,
        "value": _number_out(q.value),
        "low": _number_out(q.low),
        "high": _number_out(q.high),
        "qualifier": q.qualifier,
        "unit": q.unit,
        "subject": claim.subject.label,
        "actor": claim.actor,
        "place": claim.place,
        "date_start": claim.time.start.isoformat() if claim.time else None,
        "date_end": claim.time.end.isoformat() if claim.time else None,
        "source": attribution.source if attribution else None,
        "start": first.start if first else None,
        "end": first.end if first else None,
        "text": claim.sentence,
        "approximate": q.approximate,
        "point": _number_out(q.point),
        "role": q.role.value,
        "quantity_text": q.text,
        "quantity_start": q.start,
        "quantity_end": q.end,
        "subject_text": claim.subject.text,
        "affiliation": claim.subject.affiliation,
        "category": claim.subject.category,
        "granularity": claim.time.granularity.value if claim.time else None,
        "verb": attribution.verb if attribution else None,
        "distanced": attribution.distanced if attribution else False,
        "source_text": attribution.text if attribution else None,
        "evidence": [[span.start, span.end] for span in claim.evidence],
        "outlet": claim.origin.outlet,
        "path": claim.origin.path,
        "title": claim.origin.title,
        "published": claim.origin.published.isoformat() if claim.origin.published else None,
    }


def _evidence_in(record: Mapping[str, Any]) -> tuple[Span, ...]:
    raw = record.get("evidence")
    if raw is None or raw == "":
        start, end = record.get("start"), record.get("end")
        if start is None or end is None:
            return ()
        raw = [[start, end]]
    if not isinstance(raw, list | tuple):
        raise RecordError("evidence must be a list of [start, end] pairs", field="evidence")
    spans = []
    for pair in raw:
        if (
            not isinstance(pair, list | tuple)
            or len(pair) != 2
            or not all(isinstance(x, int) and not isinstance(x, bool) for x in pair)
            or not 0 <= pair[0] <= pair[1]
        ):
            raise RecordError(f"evidence holds an invalid span {pair!r}", field="evidence")
        spans.append(Span(pair[0], pair[1]))
    return tuple(spans)


def claim_from_record(record: Mapping[str, Any]) -> Claim:
    """Rebuild a claim from a record made by :func:`claim_to_record` (or by hand).

    Only ``kind`` and ``value`` are required; other fields default to empty.

    Args:
        record: a mapping of field names to JSON values.

    Returns:
        The claim the record describes.

    Raises:
        InputTypeError: ``record`` is not a mapping.
        RecordError: a field has a value that cannot be read.

    >>> claim_from_record({"kind": "killed", "value": 13, "subject": "soldiers"}).quantity.low
    13
    """
    if not isinstance(record, Mapping):
        raise InputTypeError(f"claim_from_record() expects a mapping, got {type(record).__name__}")
    kind_text = _text_in(record, "kind") or "other"
    try:
        kind = ClaimKind(kind_text.lower())
    except ValueError:
        kind = ClaimKind.OTHER
    value = _number_in(record, "value")
    if value is None:
        raise RecordError("value is required", field="value")
    low = _number_in(record, "low") if "low" in record else value
    high = _number_in(record, "high") if "high" in record else value
    role_text = _text_in(record, "role") or QuantityRole.TOTAL.value
    try:
        role = QuantityRole(role_text)
    except ValueError as error:
        raise RecordError(f"unknown role {role_text!r}", field="role") from error
    quantity_text = _text_in(record, "quantity_text") or str(record.get("value"))
    q_start = _int_in(record, "quantity_start")
    quantity = Quantity(
        value=value,
        low=low,
        high=high,
        qualifier=_text_in(record, "qualifier"),
        approximate=_bool_in(record, "approximate"),
        unit=_text_in(record, "unit"),
        start=q_start,
        end=_int_in(record, "quantity_end", q_start + len(quantity_text)),
        text=quantity_text,
        point=_number_in(record, "point"),
        role=role,
    )
    label = _text_in(record, "subject") or ""
    subject = Subject(
        text=_text_in(record, "subject_text") or label,
        label=label,
        affiliation=_text_in(record, "affiliation"),
        category=_text_in(record, "category"),
    )
    start, end = _date_in(record, "date_start"), _date_in(record, "date_end")
    first = start if start is not None else end
    last = end if end is not None else start
    time = None
    if first is not None and last is not None:
        if last < first:
            raise RecordError("date_end is before date_start", field="date_end")
        granularity_text = _text_in(record, "granularity")
        try:
            granularity = (
                Granularity(granularity_text)
                if granularity_text
                else (Granularity.DAY if first == last else Granularity.PERIOD)
            )
        except ValueError as error:
            raise RecordError(
                f"unknown granularity {granularity_text!r}", field="granularity"
            ) from error
        time = TimeSpan(first, last, granularity)
    source = _text_in(record, "source")
    attribution = (
        Attribution(
            source=source,
            verb=_text_in(record, "verb"),
            distanced=_bool_in(record, "distanced"),
            text=_text_in(record, "source_text"),
        )
        if source
        else None
    )
    return Claim(
        kind=kind,
        quantity=quantity,
        subject=subject,
        actor=_text_in(record, "actor"),
        place=_text_in(record, "place"),
        time=time,
        attribution=attribution,
        evidence=_evidence_in(record),
        sentence=_text_in(record, "text") or "",
        origin=Origin(
            outlet=_text_in(record, "outlet"),
            path=_text_in(record, "path"),
            title=_text_in(record, "title"),
            published=_date_in(record, "published"),
        ),
    )
