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

from collections.abc import Mapping
from typing import Any

from conflictfacts.claims import Claim
from conflictfacts.errors import InputTypeError

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
    "reported_on",
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
    "denied",
    "source_text",
    "evidence",
    "frame_start",
    "frame_end",
    "outlet",
    "path",
    "document",
    "url",
    "title",
    "published",
    "agencies",
    "published_at",
)


def claim_to_record(claim: Claim) -> Record:
    """Flatten a claim into a record of plain JSON values.

    Args:
        claim: the claim to flatten.

    Returns:
        A dict with the fields of :data:`RECORD_FIELDS`.

    Raises:
        InputTypeError: ``claim`` is not a :class:`~conflictfacts.claims.Claim`.

    >>> from conflictfacts.claims import ClaimKind, Subject
    >>> from conflictfacts.quantities import Quantity
    >>> q = Quantity(value=5, low=5, high=5, qualifier=None, approximate=False, unit=None,
    ...              start=0, end=4, text="five")
    >>> claim_to_record(Claim(ClaimKind.WOUNDED, q, Subject("others", "soldiers")))["subject"]
    'soldiers'
    """
    if not isinstance(claim, Claim):
        raise InputTypeError(f"claim_to_record() expects a Claim, got {type(claim).__name__}")
    return claim.to_record()


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
    return Claim.from_record(record)
