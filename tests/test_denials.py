"""Denials: a figure a source denies is credited to it as denied, and conflicts with the claim."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from hypothesis import example, given

from conflictfacts import Claim, Relation, compare, parse_article
from conflictfacts.compare import render_csv
from conflictfacts.extraction import extract_claims
from conflictfacts.records import claim_to_record
from tests.strategies import denials

_DAY = dt.date(2031, 4, 9)


def _read(text: str, outlet: str | None = None) -> list[Claim]:
    return list(extract_claims(parse_article(text, published=_DAY, outlet=outlet)))


def _by_value(text: str) -> dict[int, tuple[str | None, bool]]:
    return {
        int(c.quantity.value): (
            c.attribution.source if c.attribution else None,
            c.attribution.denied if c.attribution else False,
        )
        for c in _read(text)
    }


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The army denied reports that 40 soldiers were killed in the ambush.", "army"),
        ("The army denied that 40 soldiers were killed in Vessa.", "army"),
        ("The army rejected claims that 40 soldiers were killed in Vessa.", "army"),
        ("The Defence Ministry dismissed reports of 40 dead in Kutum.", "Defence Ministry"),
        ("Officials in Talvera rejected earlier reports that 40 people died.", "Officials"),
        ("The army said reports of 40 dead in Vessa were false.", "army"),
        ("The ministry said claims that 40 soldiers died in Kutum were baseless.", "ministry"),
        (
            "The Defence Ministry issued a statement in Talvera, denying that 40 soldiers "
            "were killed.",
            "Defence Ministry",
        ),
    ],
)
def test_a_denied_figure_is_credited_to_the_denier(sentence: str, source: str) -> None:
    (claim,) = _read(sentence)
    assert claim.quantity.value == 40
    assert claim.attribution is not None
    assert claim.attribution.denied
    assert source in claim.attribution.source
    assert not claim.attribution.source.endswith(("denied", "rejected", "dismissed", "said"))


def test_what_the_denier_affirms_is_not_denied() -> None:
    found = _by_value("The army denied that 40 soldiers died in Vessa, saying 12 were killed.")
    assert found == {40: ("army", True), 12: ("army", False)}
    found = _by_value(
        "The ministry said claims that 40 soldiers died in Kutum were baseless and that 12 "
        "were wounded."
    )
    assert found == {40: ("ministry", True), 12: ("ministry", False)}


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial of something other than a report of the figure
        "The army denied involvement in the attack, which killed 40 people in Vessa.",
        "The army rejected the ceasefire after 40 soldiers were killed in Kutum.",
        # the figure is given, the denial is another party's, of another thing
        "Rebels said 40 soldiers were killed in Vessa.",
    ],
)
def test_no_denial_no_denied_figure(sentence: str) -> None:
    assert [c.attribution.denied for c in _read(sentence) if c.attribution] in ([], [False])


def test_a_denial_reported_by_another_source_stays_the_deniers() -> None:
    found = _by_value("The army denied reports of 40 dead in Vessa, the Kutum Courier said.")
    assert found == {40: ("army", True)}


def test_a_denial_is_not_carried_to_the_next_sentence() -> None:
    found = _by_value(
        "The army denied that 40 soldiers were killed in Vessa. Twelve soldiers died in "
        "Kutum on Monday."
    )
    assert found[40] == ("army", True)
    assert found[12] == (None, False)


def test_the_denial_reaches_the_records() -> None:
    (claim,) = _read("The army denied reports that 40 soldiers were killed in Vessa.")
    record = claim_to_record(claim)
    assert record["denied"] is True
    assert record["source"] == "army"
    again = Claim.from_record(json.loads(json.dumps(record)))
    assert again == claim
    assert again.attribution is not None
    assert again.attribution.denied


def test_a_claim_and_its_denial_in_two_articles_conflict() -> None:
    said = _read(
        "Rebels said 40 soldiers were killed in an ambush in Vessa on Tuesday.",
        outlet="Vessa Courier",
    )
    denial = _read(
        "The army denied reports that 40 soldiers were killed in an ambush in Vessa on "
        "Tuesday.",
        outlet="Talvera Daily",
    )
    assert [c.attribution.denied for c in said + denial if c.attribution] == [False, True]
    comparison = compare(said + denial)
    (fact,) = comparison.facts
    assert fact.relation is Relation.CONFLICT
    assert "citing army, denied" in fact.explanation
    assert ": denied (40 on 2031-04-09; army denies it, 40 on 2031-04-09)" in fact.explanation
    rows = list(csv.DictReader(io.StringIO(render_csv(comparison))))
    assert any("army denies it" in str(value) for row in rows for value in row.values())


@given(denials())
@example(("The army denied that 40 soldiers were killed in Vessa, saying 12 died.", 40, 12))
@example(("The army said reports of 40 dead in Kutum were false.", 40, None))
def test_a_denied_figure_never_appears_as_an_affirmed_claim(
    case: tuple[str, int, int | None],
) -> None:
    sentence, denied, affirmed = case
    claims = _read(sentence)
    figures = [c for c in claims if c.quantity.value == denied]
    assert figures, claims
    assert all(c.attribution is not None and c.attribution.denied for c in figures)
    if affirmed is not None:
        stated = [c for c in claims if c.quantity.value == affirmed]
        assert stated, claims
        assert all(c.attribution is None or not c.attribution.denied for c in stated)
