"""Data frames: claims, extraction results and comparisons as pandas, and claims back.

Needs the ``[pandas]`` extra (``pip install "conflictfacts[pandas]"``: pandas and pyarrow);
the rest of the library does not. A claims frame has one row per claim and one column per
record field (:data:`~conflictfacts.records.RECORD_FIELDS`, in that order), typed so that
pandas and Parquet can work with them:

>>> import datetime as dt
>>> from conflictfacts.documents import Document
>>> from conflictfacts.pipeline import extract_documents
>>> page = Document("At least 12 civilians were killed in Kharkiv on Monday, officials said.",
...                 id="k1", published=dt.date(2031, 4, 9))
>>> frame = to_dataframe(extract_documents([page]))
>>> frame[["kind", "low", "high", "subject", "date_start", "document"]]
     kind  low  high    subject date_start document
0  killed   12  <NA>  civilians 2031-04-07       k1
>>> str(frame["kind"].dtype), str(frame["high"].dtype), str(frame["date_start"].dtype)
('category', 'Int64', 'datetime64[s]')
>>> claims_from_dataframe(frame) == tuple(extract_documents([page]))[0].claims
True

Parquet keeps the types (dates come back in milliseconds, which changes nothing here):
``frame.to_parquet("claims.parquet")`` and
``claims_from_dataframe(pandas.read_parquet("claims.parquet"))``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from conflictfacts.claims import Claim, ClaimKind
from conflictfacts.compare import Comparison, Fact, Relation
from conflictfacts.dates import Granularity
from conflictfacts.errors import InputTypeError, InputValueError, RecordError
from conflictfacts.pipeline import ExtractionResult
from conflictfacts.quantities import Number, QuantityRole
from conflictfacts.records import RECORD_FIELDS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMN_TYPES", "FACT_COLUMNS", "claims_from_dataframe", "to_dataframe"]

#: Fields that hold a figure: nullable integers (``Int64``), or nullable floats (``Float64``)
#: in a frame where one of them is fractional ("2.5 km2") or beyond 64 bits.
_NUMBERS = ("value", "low", "high", "point")
#: Fields that hold a character offset.
_OFFSETS = ("start", "end", "quantity_start", "quantity_end")
#: Fields that hold a day.
_DATES = ("date_start", "date_end", "reported_on", "published")
#: Fields that hold a closed vocabulary, with its words in order.
_CATEGORIES: Mapping[str, type[enum.Enum]] = {
    "kind": ClaimKind,
    "role": QuantityRole,
    "granularity": Granularity,
}
_BOOLEANS = ("approximate", "distanced", "denied")
_LISTS = ("evidence",)

#: The pandas type of every column of a claims frame (figures may be ``Float64``, see above).
COLUMN_TYPES: Mapping[str, str] = {
    name: (
        "Int64"
        if name in _NUMBERS or name in _OFFSETS
        else "datetime64[s]"
        if name in _DATES
        else "category"
        if name in _CATEGORIES
        else "bool"
        if name in _BOOLEANS
        else "object"
        if name in _LISTS
        else "string"
    )
    for name in RECORD_FIELDS
}

#: The columns a comparison's frame puts before the record fields: each member claim's fact,
#: as :meth:`~conflictfacts.compare.Fact.to_json_dict` gives it, prefixed with ``fact_``.
FACT_COLUMNS = (
    "fact_id",
    "fact_relation",
    "fact_subject",
    "fact_place",
    "fact_date_start",
    "fact_date_end",
    "fact_independent_sources",
    "fact_low",
    "fact_best",
    "fact_high",
    "fact_explanation",
)


def _pandas() -> Any:
    try:
        import pandas  # noqa: PLC0415 - optional: only data frames need it
    except ImportError as error:
        raise ImportError(
            'data frames need pandas: pip install "conflictfacts[pandas]"'
        ) from error
    return pandas


def _numbers(pandas: Any, values: list[Any]) -> Any:
    """Figures as ``Int64`` when every one is a whole number that fits, else ``Float64``."""
    if all(v is None or (isinstance(v, int) and -(2**63) <= v < 2**63) for v in values):
        return pandas.array(values, dtype="Int64")
    return pandas.array([None if v is None else float(v) for v in values], dtype="Float64")


def _dates(pandas: Any, values: list[Any]) -> Any:
    import numpy as np  # noqa: PLC0415 - pandas brings it

    days = np.array(["NaT" if v is None else v for v in values], dtype="datetime64[D]")
    return pandas.Series(days.astype("datetime64[s]"))


def _column(pandas: Any, name: str, values: list[Any]) -> Any:
    if name in _NUMBERS:
        return _numbers(pandas, values)
    if name in _OFFSETS:
        return pandas.array(values, dtype="Int64")
    if name in _DATES:
        return _dates(pandas, values)
    if name in _CATEGORIES:
        return pandas.Categorical(values, categories=[m.value for m in _CATEGORIES[name]])
    if name in _BOOLEANS:
        return pandas.array(values, dtype="bool")
    if name in _LISTS:
        return pandas.Series(values, dtype="object")
    return pandas.array(values, dtype="string")


def _frame(pandas: Any, columns: Sequence[str], rows: list[dict[str, Any]]) -> Any:
    data = {name: _column(pandas, name, [row[name] for row in rows]) for name in columns}
    frame = pandas.DataFrame(data, columns=list(columns))
    frame.index = pandas.RangeIndex(len(rows))
    return frame


def _fact_row(fact: Fact) -> dict[str, Any]:
    summary = fact.summary
    return {
        "fact_id": fact.id,
        "fact_relation": fact.relation.value,
        "fact_subject": fact.subject,
        "fact_place": fact.place,
        "fact_date_start": fact.time.start.isoformat() if fact.time else None,
        "fact_date_end": fact.time.end.isoformat() if fact.time else None,
        "fact_independent_sources": fact.independent_sources,
        "fact_low": _plain(summary.low),
        "fact_best": _plain(summary.best),
        "fact_high": _plain(summary.high),
        "fact_explanation": fact.explanation,
    }


def _plain(value: Number | None) -> int | float | None:
    return value if value is None or isinstance(value, int) else float(value)


def _fact_column(pandas: Any, name: str, values: list[Any]) -> Any:
    if name in {"fact_low", "fact_best", "fact_high"}:
        return _numbers(pandas, values)
    if name == "fact_independent_sources":
        return pandas.array(values, dtype="Int64")
    if name in {"fact_date_start", "fact_date_end"}:
        return _dates(pandas, values)
    if name == "fact_relation":
        return pandas.Categorical(values, categories=[m.value for m in Relation])
    return pandas.array(values, dtype="string")


def to_dataframe(
    items: Comparison | Iterable[Claim | ExtractionResult],
) -> pd.DataFrame:
    """Turn claims, extraction results or a comparison into a typed pandas frame.

    Claims and results give one row per claim (a result gives its claims; a failed result
    none) with the columns of :data:`~conflictfacts.records.RECORD_FIELDS`, typed as
    :data:`COLUMN_TYPES` says: nullable ``Int64`` figures and offsets, ``datetime64[s]`` days,
    categories for ``kind``, ``role`` and ``granularity`` (every word of the vocabulary is a
    category, used or not), ``bool`` flags, lists of ``[start, end]`` pairs in ``evidence``
    and nullable ``string`` text. A comparison gives one row per member claim of each fact, in
    the comparison's order, with the :data:`FACT_COLUMNS` first (group by ``fact_id``); its
    sum checks are not in the frame.

    Args:
        items: a :class:`~conflictfacts.compare.Comparison`, or an iterable of claims and
            :class:`~conflictfacts.pipeline.ExtractionResult` objects (a generator will do).

    Returns:
        The frame, with a fresh ``RangeIndex``; empty but with every column when there are no
        claims.

    Raises:
        InputTypeError: an item is neither a claim nor an extraction result.
        ImportError: pandas is not installed (the ``[pandas]`` extra).

    >>> from conflictfacts.compare import compare
    >>> claims = [Claim.from_record({"kind": "killed", "value": v, "subject": "soldiers",
    ...                              "outlet": o, "path": o}) for v, o in ((4, "A"), (5, "B"))]
    >>> facts = to_dataframe(compare(claims))
    >>> facts[["fact_relation", "fact_low", "fact_high", "value", "outlet"]]
      fact_relation  fact_low  fact_high  value outlet
    0      conflict         4          5      4      A
    1      conflict         4          5      5      B
    """
    pandas = _pandas()
    if isinstance(items, Comparison):
        rows = [
            {**_fact_row(fact), **claim.to_record()}
            for fact in items.facts
            for claim in fact.claims
        ]
        frame = _frame(pandas, RECORD_FIELDS, rows)
        for position, name in enumerate(FACT_COLUMNS):
            frame.insert(position, name, _fact_column(pandas, name, [row[name] for row in rows]))
        typed: pd.DataFrame = frame
        return typed
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Iterable):
        raise InputTypeError(
            "to_dataframe() expects a Comparison or an iterable of claims or extraction "
            f"results, got {type(items).__name__}"
        )
    records = []
    for item in items:
        if isinstance(item, Claim):
            records.append(item.to_record())
        elif isinstance(item, ExtractionResult):
            records.extend(claim.to_record() for claim in item.claims)
        else:
            raise InputTypeError(
                "to_dataframe() expects claims or extraction results, got "
                f"{type(item).__name__}"
            )
    claims: pd.DataFrame = _frame(pandas, RECORD_FIELDS, records)
    return claims


# ------------------------------------------------------------------------------- frames back


def _plain_value(value: Any, pandas: Any, np: Any) -> Any:
    """A cell as the plain JSON value a record holds (``None`` for every kind of missing)."""
    if value is None or isinstance(value, str | bool):
        return value
    if isinstance(value, list | tuple | np.ndarray):  # spans; numpy arrays when from Parquet
        return [_plain_value(item, pandas, np) for item in value]
    if isinstance(value, np.generic):
        value = value.item()
    if value is pandas.NA or value is pandas.NaT:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, dt.datetime):  # pandas Timestamps too
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


#: Readers of the columns whose cells need more than :func:`_plain_value`.
_READERS: Mapping[str, Callable[[Any], Any]] = {
    # a frame read from this library's CSV holds the spans as JSON text
    "evidence": lambda value: json.loads(value) if isinstance(value, str) else value,
}


def claims_from_dataframe(frame: pd.DataFrame) -> tuple[Claim, ...]:
    """Turn a frame of claim records back into claims; the inverse of :func:`to_dataframe`.

    Columns are read by their record field names; other columns (a comparison's
    :data:`FACT_COLUMNS`, your own) are ignored, and missing ones read as empty, as
    :meth:`~conflictfacts.claims.Claim.from_record` reads a record. Only ``kind`` and ``value``
    are needed. Any resolution of datetimes, numpy or pandas missing values, integral floats
    (as ``pandas.read_csv`` gives) and ``evidence`` as JSON text (as this library's CSV holds
    it) are understood.

    Args:
        frame: a pandas frame, one claim per row.

    Returns:
        The claims, in row order.

    Raises:
        InputTypeError: ``frame`` is not a pandas frame.
        InputValueError: it has no ``kind`` or no ``value`` column.
        RecordError: a row cannot be read; the message names the row's index label and
            ``field`` names the column.

    >>> frame = to_dataframe([Claim.from_record({"kind": "displaced", "value": 1500,
    ...                                          "subject": "people", "place": "Goma"})])
    >>> [(c.kind.value, c.quantity.value, c.place) for c in claims_from_dataframe(frame)]
    [('displaced', 1500, 'Goma')]
    """
    pandas = _pandas()
    import numpy as np  # noqa: PLC0415 - pandas brings it

    if not isinstance(frame, pandas.DataFrame):
        raise InputTypeError(
            f"claims_from_dataframe() expects a pandas DataFrame, got {type(frame).__name__}"
        )
    missing = [name for name in ("kind", "value") if name not in frame.columns]
    if missing:
        raise InputValueError(f"claims_from_dataframe() needs the columns {missing}")
    names = [name for name in RECORD_FIELDS if name in frame.columns]
    columns = {name: frame[name].tolist() for name in names}
    claims = []
    for row, label in enumerate(frame.index):
        record = {}
        for name in names:
            value = _plain_value(columns[name][row], pandas, np)
            reader = _READERS.get(name)
            record[name] = reader(value) if reader is not None and value is not None else value
        try:
            claims.append(Claim.from_record(record))
        except RecordError as error:
            raise RecordError(f"row {label!r}: {error}", field=error.field) from error
    return tuple(claims)
