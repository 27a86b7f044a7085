"""Researchers' tables: UCDP GED- and ACLED-shaped CSV, loaded the way researchers load them.

The expected columns are written out here from the projects' own codebooks (GED 20.1-25.1's
event CSV, ACLED's export since its March 2023 column changes), not read from the module, so a
column lost, renamed or reordered fails.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from conflictfacts import InputTypeError, compare
from conflictfacts.claims import Claim, ClaimKind
from conflictfacts.cli import main
from conflictfacts.compare import Comparison
from conflictfacts.exports import (
    ACLED_COLUMNS,
    UCDP_GED_COLUMNS,
    acled_rows,
    render_acled,
    render_ucdp,
    ucdp_rows,
)
from conflictfacts.gazetteer import Gazetteer, PlaceEntry, PlaceKind

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))

GED = [
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
    "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region",
    "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
]  # fmt: skip
ACLED = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]  # fmt: skip

#: Columns only the projects themselves can code: never filled by us.
GED_UNKNOWABLE = [
    "relid", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name",
    "side_a_dset_id", "side_a_new_id", "side_b_dset_id", "side_b_new_id", "side_b",
    "latitude", "longitude", "geom_wkt", "priogrid_gid", "country_id", "region",
    "event_clarity", "deaths_a", "deaths_b", "deaths_unknown", "gwnoa", "gwnob",
]  # fmt: skip
ACLED_UNKNOWABLE = [
    "disorder_type", "event_type", "sub_event_type", "assoc_actor_1", "inter1", "actor2",
    "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "admin3",
    "latitude", "longitude", "source_scale", "tags", "timestamp",
]  # fmt: skip

TALVERA = Gazetteer.default().with_entries(
    [
        PlaceEntry("Talvera", PlaceKind.COUNTRY, country="Talvera"),
        PlaceEntry("Ostrel", PlaceKind.REGION, aliases=("Ostrel province",), country="Talvera"),
        PlaceEntry("Vessa", PlaceKind.TOWN, country="Talvera", parent="Ostrel"),
        PlaceEntry("Brask", PlaceKind.TOWN, country="Talvera", parent="Ostrel"),
    ]
)


def _claim(value: int, outlet: str, **extra: Any) -> Claim:
    record = {
        "kind": "killed", "value": value, "subject": "soldiers", "outlet": outlet,
        "path": f"{outlet}.txt", "date_start": "2031-04-08", "place": "Vessa", **extra,
    }  # fmt: skip
    return Claim.from_record(record)


def _cli(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(argv), stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


def test_the_columns_are_the_projects_own() -> None:
    assert list(UCDP_GED_COLUMNS) == GED
    assert list(ACLED_COLUMNS) == ACLED
    assert render_ucdp(Comparison(facts=())).splitlines() == [",".join(GED)]
    assert render_acled(Comparison(facts=())).splitlines() == [",".join(ACLED)]


@pytest.mark.skipif(not EXAMPLES, reason="no example articles")
def test_both_tables_load_in_pandas_with_the_expected_columns() -> None:
    pd = pytest.importorskip("pandas")
    facts = compare_examples()
    ged = pd.read_csv(io.StringIO(_cli("compare", "--format", "ucdp", *map(str, EXAMPLES))))
    acled = pd.read_csv(io.StringIO(_cli("compare", "--format", "acled", *map(str, EXAMPLES))))
    assert list(ged.columns) == GED
    assert list(acled.columns) == ACLED
    # one row per fact: every fact for ACLED, the facts of deaths for GED
    assert len(acled) == len(facts.facts)
    assert len(ged) == sum(f.kind is ClaimKind.KILLED for f in facts.facts) > 0
    assert ged["id"].is_unique
    assert acled["event_id_cnty"].is_unique
    # what the articles tell is there, typed as researchers expect
    starts = pd.to_datetime(ged["date_start"])
    ends = pd.to_datetime(ged["date_end"])
    assert (starts <= ends).all()
    assert (ged["year"] == starts.dt.year).all()
    assert ged[["best", "low", "high"]].notna().all().all()
    assert ((ged["low"] <= ged["best"]) & (ged["best"] <= ged["high"])).all()
    assert ged["source_office"].notna().all()
    assert ged["number_of_sources"].ge(1).all()
    dated = acled[acled["event_date"].notna()]
    assert len(dated) > 0
    assert (pd.to_datetime(dated["event_date"]).dt.year == dated["year"]).all()
    killed = acled["notes"].str.contains(r"\] killed:", regex=True)
    assert acled.loc[killed, "fatalities"].notna().all()
    assert acled.loc[~killed, "fatalities"].isna().all()
    assert acled["notes"].str.contains("conflict").any()
    # what only the projects can code is left empty, never guessed
    assert ged[GED_UNKNOWABLE].isna().all().all()
    assert acled[ACLED_UNKNOWABLE].isna().all().all()


def compare_examples() -> Comparison:
    payload = json.loads(_cli("compare", "--format", "json", *map(str, EXAMPLES)))
    claims = [Claim.from_record(r) for fact in payload["facts"] for r in fact["claims"]]
    return compare(claims)


def test_a_fact_fills_the_columns_the_articles_tell() -> None:
    claims = [
        _claim(50, "Meridian Wire", source="Ostrel Conflict Monitor", actor="Lenna Valley Front",
               title="Dozens killed near Vessa", published="2031-04-08",
               url="https://meridian.example/a"),
        _claim(40, "Daily Courier", source="Defence Ministry", title="Battle for Vessa",
               published="2031-04-09", qualifier="as many as", low=None, high=40,
               quantity_text="as many as 40"),
    ]  # fmt: skip
    result = compare(claims)
    (fact,) = result.facts
    (row,) = ucdp_rows(result, gazetteer=TALVERA)
    assert row["id"] == fact.id
    assert (row["year"], row["date_start"], row["date_end"], row["date_prec"]) == (
        2031, "2031-04-08", "2031-04-08", 1,
    )  # fmt: skip
    assert (row["country"], row["adm_1"], row["where_coordinates"], row["where_prec"]) == (
        "Talvera", "Ostrel", "Vessa", 1,
    )  # fmt: skip
    assert row["side_a"] == "Lenna Valley Front"
    assert (row["low"], row["best"], row["high"]) == (40, 40, 50)
    assert row["deaths_civilians"] == ""  # soldiers
    assert row["number_of_sources"] == 2
    assert row["source_office"] == "Meridian Wire; Daily Courier"
    assert row["source_date"] == "2031-04-08; 2031-04-09"
    assert row["source_headline"] == "Dozens killed near Vessa; Battle for Vessa"
    assert row["source_original"] == "Defence Ministry; Ostrel Conflict Monitor"
    assert row["source_article"] == (
        'Meridian Wire 2031-04-08 "Dozens killed near Vessa" https://meridian.example/a; '
        'Daily Courier 2031-04-09 "Battle for Vessa"'
    )
    (acled,) = acled_rows(result, gazetteer=TALVERA)
    assert (acled["event_date"], acled["year"], acled["time_precision"]) == ("2031-04-08", 2031, 1)
    assert (acled["actor1"], acled["location"], acled["country"], acled["admin1"]) == (
        "Lenna Valley Front", "Vessa", "Talvera", "Ostrel",
    )  # fmt: skip
    assert acled["geo_precision"] == 1
    assert acled["fatalities"] == 40
    assert acled["source"] == "Meridian Wire; Daily Courier"
    notes = str(acled["notes"])
    assert notes.startswith("[conflict] killed: soldiers in Vessa, 2031-04-08.")
    assert "revised down (50 on 2031-04-08, then as many as 40 on 2031-04-09)" in notes
    assert "low 40 / best 40 / high 50" in notes


def test_unknown_places_and_periods_fill_what_they_can() -> None:
    claim = _claim(3, "Wire", place="Nowhere Ford", date_start="2031-04-01",
                   date_end="2031-04-30", subject="civilians")  # fmt: skip
    (row,) = ucdp_rows(compare([claim]))
    assert (row["country"], row["adm_1"], row["where_prec"]) == ("", "", "")
    assert row["where_coordinates"] == "Nowhere Ford"
    assert row["date_prec"] == 4  # within a month
    assert row["deaths_civilians"] == 3
    (acled,) = acled_rows(compare([claim]))
    assert (acled["time_precision"], acled["event_date"]) == (3, "2031-04-01")
    undated = _claim(3, "Wire", date_start=None)
    (row,) = ucdp_rows(compare([undated]))
    assert (row["year"], row["date_start"], row["date_prec"]) == ("", "", "")


@pytest.mark.parametrize(
    ("days", "ged", "acled"), [(1, 1, 1), (3, 2, 2), (7, 3, 2), (20, 4, 3), (100, 5, 3)]
)
def test_date_precision_follows_the_codebooks(days: int, ged: int, acled: int) -> None:
    end = dt.date(2031, 4, 1) + dt.timedelta(days=days - 1)
    claim = _claim(5, "Wire", date_start="2031-04-01", date_end=end.isoformat())
    assert ucdp_rows(compare([claim]))[0]["date_prec"] == ged
    assert acled_rows(compare([claim]))[0]["time_precision"] == acled


def test_a_tally_from_a_start_not_given_is_no_days_precision() -> None:
    claim = _claim(5, "Wire", date_end="2031-04-08", granularity="tally")
    assert ucdp_rows(compare([claim]))[0]["date_prec"] == 5
    assert acled_rows(compare([claim]))[0]["time_precision"] == 3


def test_ged_holds_deaths_unless_asked_for_every_fact() -> None:
    wounded = Claim.from_record({"kind": "wounded", "value": 6, "subject": "civilians"})
    killed = _claim(2, "Wire")
    result = compare([wounded, killed])
    assert [r["best"] for r in ucdp_rows(result)] == [2]
    every = ucdp_rows(result, kinds=None)
    assert len(every) == 2
    assert sorted(str(r["best"]) for r in every) == ["", "2"]
    assert [r["fatalities"] for r in acled_rows(result)].count("") == 1


def test_every_cell_is_guarded_against_spreadsheet_formulas() -> None:
    claim = _claim(7, "=HYPERLINK(\"http://evil.example\")", title="+cmd|' /C calc'!A0",
                   source="@SUM(1+1)", actor="-2+3", place="=1+1")  # fmt: skip
    for text in (render_ucdp(compare([claim])), render_acled(compare([claim]))):
        rows = list(csv.reader(io.StringIO(text)))
        cells = [cell for row in rows[1:] for cell in row]
        assert cells
        for cell in cells:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r", "|", "%")), cell
        assert any(cell.startswith("'=HYPERLINK") for cell in cells)


@pytest.mark.parametrize("function", [ucdp_rows, acled_rows, render_ucdp, render_acled])
def test_wrong_types_raise_our_error(function: Any) -> None:
    with pytest.raises(InputTypeError, match="Comparison"):
        function([])
    with pytest.raises(InputTypeError, match="Gazetteer"):
        function(Comparison(facts=()), gazetteer={})
