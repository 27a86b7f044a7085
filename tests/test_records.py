"""Flat records: the round trip Claim -> record -> Claim, and clear errors on bad records."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given

from conflictfacts import Claim, RecordError
from conflictfacts.records import RECORD_FIELDS, claim_from_record, claim_to_record
from tests.strategies import claim_records


@given(claim_records())
def test_record_round_trip(record: dict[str, Any]) -> None:
    claim = claim_from_record(record)
    again = claim_from_record(json.loads(json.dumps(claim_to_record(claim))))
    assert again == claim
    assert again.evidence == claim.evidence
    assert claim_to_record(again) == claim_to_record(claim)


@given(claim_records())
def test_records_have_every_field_in_order(record: dict[str, Any]) -> None:
    assert tuple(claim_to_record(claim_from_record(record))) == RECORD_FIELDS


def test_methods_match_functions() -> None:
    claim = Claim.from_record({"kind": "displaced", "value": 800000, "subject": "people"})
    assert claim.to_record() == claim_to_record(claim)


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"kind": "killed"}, "value"),
        ({"kind": "killed", "value": "many"}, "value"),
        ({"kind": "killed", "value": True}, "value"),
        ({"kind": "killed", "value": 3, "date_start": "yesterday"}, "date_start"),
        (
            {"kind": "killed", "value": 3, "date_start": "2031-02-02", "date_end": "2031-01-01"},
            "date_end",
        ),
        ({"kind": "killed", "value": 3, "evidence": [[5, 2]]}, "evidence"),
        ({"kind": "killed", "value": 3, "role": "bogus"}, "role"),
    ],
)
def test_bad_records_name_the_field(record: dict[str, Any], field: str) -> None:
    with pytest.raises(RecordError) as caught:
        claim_from_record(record)
    assert caught.value.field == field
    assert isinstance(caught.value, ValueError)


def test_non_mapping_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        claim_from_record(["kind", "killed"])  # type: ignore[arg-type]


def test_unknown_kind_reads_as_other() -> None:
    assert claim_from_record({"kind": "shelled", "value": 3}).kind.value == "other"
