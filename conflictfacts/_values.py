"""Reading and writing the plain JSON values of flat records (numbers, text, dates, spans).

Private: :mod:`conflictfacts.claims` builds records with these, and :mod:`conflictfacts.records`
documents the format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from conflictfacts.errors import RecordError
from conflictfacts.quantities import Number
from conflictfacts.spans import Span

__all__ = [
    "bool_in",
    "date_in",
    "date_out",
    "evidence_in",
    "int_in",
    "moment_in",
    "number_in",
    "number_out",
    "span_in",
    "text_in",
]


def number_out(value: Number | None) -> int | float | None:
    if value is None or isinstance(value, int):
        return value
    return float(value)


def number_in(record: Mapping[str, Any], name: str) -> Number | None:
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


def text_in(record: Mapping[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordError(f"{name} must be text, got {type(value).__name__}", field=name)
    return value


def int_in(record: Mapping[str, Any], name: str, default: int = 0) -> int:
    value = number_in(record, name)
    if value is None:
        return default
    if not isinstance(value, int) or value < 0:
        raise RecordError(f"{name} must be a whole number >= 0, got {value!r}", field=name)
    return value


def bool_in(record: Mapping[str, Any], name: str) -> bool:
    value = record.get(name)
    if isinstance(value, bool):
        return value
    if value is None or value == "":
        return False
    if isinstance(value, str) and value.lower() in {"true", "false", "1", "0"}:
        return value.lower() in {"true", "1"}
    raise RecordError(f"{name} must be true or false, got {value!r}", field=name)


def date_in(record: Mapping[str, Any], name: str) -> dt.date | None:
    value = text_in(record, name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as error:
        raise RecordError(f"{name} must be an ISO date, got {value!r}", field=name) from error


def moment_in(record: Mapping[str, Any], name: str) -> dt.datetime | None:
    value = text_in(record, name)
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as error:
        raise RecordError(f"{name} must be an ISO date-time, got {value!r}", field=name) from error
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def evidence_in(record: Mapping[str, Any]) -> tuple[Span, ...]:
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


def date_out(day: dt.date | None) -> str | None:
    """A date as ``YYYY-MM-DD``, or ``None``."""
    return day.isoformat() if day is not None else None


def span_in(record: Mapping[str, Any], start_name: str, end_name: str) -> Span | None:
    """A span from two offset fields, or ``None`` when both are empty."""
    start, end = record.get(start_name), record.get(end_name)
    if start in (None, "") and end in (None, ""):
        return None
    first, last = int_in(record, start_name), int_in(record, end_name)
    if last < first:
        raise RecordError(f"{end_name} is before {start_name}", field=end_name)
    return Span(first, last)
