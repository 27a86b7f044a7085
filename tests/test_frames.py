"""Data frames: typed columns named by the record fields, and the round trip back to claims."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import Claim, ClaimKind, Document, compare
from conflictfacts.cli import main
from conflictfacts.compare import Relation
from conflictfacts.errors import InputTypeError, InputValueError, RecordError
from conflictfacts.pipeline import extract_documents
from conflictfacts.records import RECORD_FIELDS
from tests.strategies import comparable_claims, generated_documents, pipeline_claims

pd = pytest.importorskip("pandas")
from conflictfacts.frames import (  # noqa: E402 - only once pandas is known to be there
    COLUMN_TYPES,
    FACT_COLUMNS,
    claims_from_dataframe,
    to_dataframe,
)

ROOT = Path(__file__).resolve().parent.parent


def records(claims: tuple[Claim, ...] | list[Claim]) -> list[dict[str, Any]]:
    return [claim.to_record() for claim in claims]


# ---------------------------------------------------------------- the round trip law


@given(st.lists(pipeline_claims(), max_size=20))
@example([Claim.from_record({"kind": "captured", "value": 2.5, "unit": "km2"})])
@example([Claim.from_record({"kind": "killed", "value": 10**20, "low": 10**20, "high": None})])
def test_claims_survive_a_data_frame(claims: list[Claim]) -> None:
    back = claims_from_dataframe(to_dataframe(claims))
    assert back == tuple(claims)
    assert records(back) == records(claims)


@given(st.lists(pipeline_claims(), max_size=12))
def test_claims_survive_parquet(claims: list[Claim]) -> None:
    pytest.importorskip("pyarrow")
    buffer = io.BytesIO()
    frame = to_dataframe(claims)
    frame.to_parquet(buffer)
    buffer.seek(0)
    again = pd.read_parquet(buffer)
    assert records(claims_from_dataframe(again)) == records(claims)
    assert list(again.columns) == list(RECORD_FIELDS)
    # Parquet has no days or seconds: the dates come back in milliseconds
    dates = ("date_start", "date_end", "reported_on", "published")
    expected = {str(name): str(kind) for name, kind in frame.dtypes.items()}
    expected.update(dict.fromkeys(dates, "datetime64[ms]"))
    assert {str(name): str(kind) for name, kind in again.dtypes.items()} == expected


# ---------------------------------------------------------------- columns and types


@given(st.lists(pipeline_claims(), min_size=1, max_size=8))
def test_columns_are_the_record_fields_typed(claims: list[Claim]) -> None:
    frame = to_dataframe(claims)
    assert tuple(frame.columns) == RECORD_FIELDS
    assert list(frame.index) == list(range(len(claims)))
    fractional = any(not float(c.quantity.value).is_integer() for c in claims)
    for name, expected in COLUMN_TYPES.items():
        actual = str(frame[name].dtype)
        if name in {"value", "low", "high", "point"} and actual == "Float64":
            continue  # allowed only where a figure is fractional or huge, checked below
        assert actual == expected, name
    if not fractional and all(abs(int(c.quantity.value)) < 2**63 for c in claims):
        assert str(frame["value"].dtype) == "Int64"
    assert list(frame["kind"].cat.categories) == [kind.value for kind in ClaimKind]


def test_types_on_an_extracted_page() -> None:
    page = Document(
        "At least 12 civilians were killed in Kharkiv on Monday, officials said. "
        "Russian forces captured 2.5 square kilometres near Kupiansk.",
        id="k", published=dt.date(2031, 4, 9),
    )  # fmt: skip
    frame = to_dataframe(extract_documents([page]))
    assert frame["kind"].tolist() == ["killed", "captured"]
    assert str(frame["value"].dtype) == "Float64"  # 2.5 km2
    assert frame["high"].isna().tolist() == [True, False]
    assert frame["date_start"].tolist()[0] == pd.Timestamp("2031-04-07")
    assert frame["document"].tolist() == ["k", "k"]
    assert isinstance(frame["evidence"][0], list)


def test_an_empty_frame_has_every_column() -> None:
    frame = to_dataframe([])
    assert tuple(frame.columns) == RECORD_FIELDS
    assert frame.dtypes.astype(str).to_dict() == dict(COLUMN_TYPES)
    assert claims_from_dataframe(frame) == ()
    comparison = to_dataframe(compare([]))
    assert tuple(comparison.columns) == FACT_COLUMNS + RECORD_FIELDS


# ---------------------------------------------------------------- results and comparisons


def test_results_give_their_claims_and_failed_ones_nothing() -> None:
    bad = Document(b"bytes", id="bad")  # type: ignore[arg-type]
    results = list(extract_documents([*generated_documents(30, seed=4), bad]))
    assert not results[-1].ok
    claims = [claim for result in results for claim in result.claims]
    by_results = to_dataframe(results)
    assert by_results.equals(to_dataframe(claims))
    assert len(by_results) == len(claims) > 30
    assert set(by_results["document"]) == {r.document for r in results if r.claims}


@given(st.lists(comparable_claims(), max_size=20))
def test_a_comparison_gives_one_row_per_member_claim(claims: list[Claim]) -> None:
    comparison = compare(claims)
    frame = to_dataframe(comparison)
    assert tuple(frame.columns) == FACT_COLUMNS + RECORD_FIELDS
    members = [claim for fact in comparison.facts for claim in fact.claims]
    assert records(claims_from_dataframe(frame)) == records(members)
    assert frame["fact_id"].tolist() == [f.id for f in comparison.facts for _ in f.claims]
    assert list(frame["fact_relation"].cat.categories) == [r.value for r in Relation]
    for fact in comparison.facts:
        rows = frame[frame["fact_id"] == fact.id]
        summary = fact.to_json_dict()["summary"]
        first = rows.iloc[0]
        assert (first["fact_low"], first["fact_best"], first["fact_high"]) == (
            summary["low"], summary["best"], summary["high"],
        )  # fmt: skip
        assert first["fact_explanation"] == fact.explanation
        assert first["fact_independent_sources"] == fact.independent_sources
        assert first["fact_relation"] == fact.relation.value


# ---------------------------------------------------------------- frames from elsewhere


def test_the_command_lines_csv_reads_back(tmp_path: Path) -> None:
    examples = sorted(str(path) for path in (ROOT / "examples").glob("*.txt"))
    out_csv, out_jsonl = io.StringIO(), io.StringIO()
    assert main(["extract", "--format", "csv", *examples], stdout=out_csv) == 0
    assert main(["extract", "--format", "jsonl", *examples], stdout=out_jsonl) == 0
    frame = pd.read_csv(io.StringIO(out_csv.getvalue()))
    expected = [Claim.from_record(json.loads(line)) for line in out_jsonl.getvalue().splitlines()]
    assert records(claims_from_dataframe(frame)) == records(expected)


def test_other_columns_are_ignored_and_missing_ones_read_empty() -> None:
    frame = pd.DataFrame({"kind": ["killed"], "value": [3], "subject": ["soldiers"], "x": [1]})
    (claim,) = claims_from_dataframe(frame)
    assert (claim.kind, claim.quantity.low) == (ClaimKind.KILLED, 3)
    assert claim.subject.label == "soldiers"


def test_bad_frames_are_named() -> None:
    with pytest.raises(InputTypeError):
        claims_from_dataframe([{"kind": "killed", "value": 3}])  # type: ignore[arg-type]
    with pytest.raises(InputValueError, match="value"):
        claims_from_dataframe(pd.DataFrame({"kind": ["killed"]}))
    frame = pd.DataFrame({"kind": ["killed", "killed"], "value": [3, None]}, index=["a", "b"])
    with pytest.raises(RecordError, match="row 'b'") as caught:
        claims_from_dataframe(frame)
    assert caught.value.field == "value"
    with pytest.raises(InputTypeError):
        to_dataframe(["not a claim"])  # type: ignore[list-item]
    with pytest.raises(InputTypeError):
        to_dataframe("claims")  # type: ignore[arg-type]


def test_floats_and_missing_values_of_a_read_csv_frame_read_as_records() -> None:
    text = (
        "kind,value,low,high,start,end,date_start\n"
        "killed,3,3,,10,25,2031-04-07\n"
        "wounded,2.5,,,,,\n"
    )
    frame = pd.read_csv(io.StringIO(text))
    assert str(frame["start"].dtype) == "float64"  # NaN makes pandas read offsets as floats
    first, second = claims_from_dataframe(frame)
    assert [(s.start, s.end) for s in first.evidence] == [(10, 25)]
    assert (first.quantity.low, first.quantity.high) == (3, None)
    assert first.time is not None
    assert first.time.start == dt.date(2031, 4, 7)
    assert (second.evidence, second.time, second.quantity.low) == ((), None, None)
    assert str(second.quantity.value) == "2.5"
