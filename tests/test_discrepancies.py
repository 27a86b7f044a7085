"""Tests of conflictfacts.discrepancies: who did it, and how names are written, across sources."""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import _extras
from conflictfacts.article import Article, parse_article
from conflictfacts.cli import main
from conflictfacts.compare import Comparison, compare, render_markdown, render_table
from conflictfacts.discrepancies import (
    Discrepancy,
    DiscrepancyKind,
    DiscrepancyValue,
    find_discrepancies,
    render_discrepancies_markdown,
    render_discrepancies_table,
    similarity,
)
from conflictfacts.documents import Document
from conflictfacts.errors import InputTypeError
from conflictfacts.gazetteer import Gazetteer, PlaceEntry, PlaceKind
from conflictfacts.pipeline import ExtractionResult, extract_document
from conflictfacts.report import render_html
from tests.strategies import OTHER_TOWN, STORY_TOWN, story_batches

DAY = dt.date(2031, 4, 9)

#: The built-in gazetteer with the invented towns of the tests.
GAZ = Gazetteer.default().with_entries(
    [
        PlaceEntry(STORY_TOWN, PlaceKind.TOWN, country="Syria"),
        PlaceEntry(OTHER_TOWN, PlaceKind.TOWN, country="Syria"),
    ]
)

STRIKE_A = (
    "Air strike kills two Turkish soldiers near Vessa\n\n"
    "VESSA, Syria \u2014 Two Turkish soldiers died on Tuesday in an air strike by Syrian "
    "government forces near Vessa, the Turkish Defence Ministry said.\n\n"
    "Governor Halvard Ruun said the Kestrel K-27 drones seen over Vessa had flown from the "
    "south. Ruun added that shelters in Kutum were full.\n"
)
STRIKE_B = (
    "Two Turkish soldiers die in Vessa strike\n\n"
    "VESSA, Syria \u2014 Russia said it carried out an air strike that left two Turkish "
    "soldiers dead near Vessa on Tuesday.\n\n"
    "Governor Halvord Ruun told reporters that Kestrel K-37 drones had circled Vessa for "
    "hours. Aid groups said shelters in Kutoum were full.\n"
)
FLOODS = (
    "Floods hit Talvera\n\n"
    "Heavy rain flooded Talvera on Monday, Mayor Ingrid Sorne said. Sorne said the river had "
    "burst its banks.\n"
)

def _results(*texts: str) -> list[ExtractionResult]:
    return [
        extract_document(Document(text, id=f"d{i}", published=DAY), gazetteer=GAZ)
        for i, text in enumerate(texts)
    ]


def _found(*texts: str) -> tuple[Discrepancy, ...]:
    results = _results(*texts)
    return find_discrepancies(results, compare(results).facts, gazetteer=GAZ)


def _by_about(found: Sequence[Discrepancy]) -> dict[str, Discrepancy]:
    return {d.about: d for d in found}


def _spans_exact(found: Sequence[Discrepancy], texts: dict[str | None, str]) -> None:
    for discrepancy in found:
        for value in discrepancy.values:
            assert texts[value.document][value.start : value.end] == value.value


# ---------------------------------------------------------------- perpetrators


def test_one_incident_blamed_on_two_parties() -> None:
    found = _found(STRIKE_A, STRIKE_B)
    blamed = [d for d in found if d.kind is DiscrepancyKind.PERPETRATOR]
    assert len(blamed) == 1
    (d,) = blamed
    assert d.spelling is False
    assert "Turkish soldiers" in d.about
    assert {(v.document, v.value, v.key) for v in d.values} == {
        ("d0", "Syrian government forces", "Syria"),
        ("d1", "Russia", "Russia"),
    }
    source = {v.document: v.source for v in d.values}
    assert source["d0"] == "Turkish Defense Ministry"
    _spans_exact(found, {"d0": STRIKE_A, "d1": STRIKE_B})


def test_one_party_written_two_ways_is_no_discrepancy() -> None:
    other = STRIKE_B.replace(
        "Russia said it carried out an air strike that left",
        "The Syrian regime carried out an air strike that left",
    )
    found = _found(STRIKE_A, other)
    assert [d for d in found if d.kind is DiscrepancyKind.PERPETRATOR] == []


def test_a_joint_perpetrator_meets_each_of_its_parties() -> None:
    joint = STRIKE_B.replace(
        "Russia said it carried out an air strike that left",
        "Russian forces and Syrian government forces carried out an air strike that left",
    )
    # one article names both parties, another one of them: no disagreement of sources
    for single in (STRIKE_A, STRIKE_B):
        assert [d for d in _found(single, joint) if d.kind is DiscrepancyKind.PERPETRATOR] == []
    # an article that blames a third party disagrees with both
    third = STRIKE_B.replace("Russia said it carried out", "Iran said it carried out")
    (d,) = [d for d in _found(third, joint) if d.kind is DiscrepancyKind.PERPETRATOR]
    assert {v.key for v in d.values} == {"Iran", "Russia", "Syria"}


def test_victims_of_no_stated_side_are_not_compared() -> None:
    a = STRIKE_A.replace("Two Turkish soldiers died", "Two people died")
    b = STRIKE_B.replace("two Turkish soldiers dead", "two people dead")
    assert [d for d in _found(a, b) if d.kind is DiscrepancyKind.PERPETRATOR] == []


def test_only_the_article_differs_the_given_name_stays() -> None:
    a = "Shelling hit Vessa on Monday. Commander Tariq al-Hamdan said the town was calm."
    b = "Shelling hit Vessa on Monday, and Commander Tariq Hamdan said the town was calm."
    (d,) = _found(a, b)
    assert d.spelling is True
    assert sorted(v.value for v in d.values) == ["Tariq Hamdan", "Tariq al-Hamdan"]


def test_no_facts_no_perpetrators() -> None:
    results = _results(STRIKE_A, STRIKE_B)
    found = find_discrepancies(results, gazetteer=GAZ)
    assert all(d.kind is DiscrepancyKind.NAME for d in found)


# ---------------------------------------------------------------- names


def test_names_written_differently() -> None:
    found = _by_about(_found(STRIKE_A, STRIKE_B))
    governor = found["Halvard Ruun"]
    assert governor.kind is DiscrepancyKind.NAME
    assert governor.spelling is False  # a vowel that changes quality: another name
    assert sorted(v.value for v in governor.values) == ["Halvard Ruun", "Halvord Ruun"]
    drones = found["Kestrel K-27"]
    assert drones.spelling is False  # the digits differ
    assert sorted(v.value for v in drones.values) == ["Kestrel K-27", "Kestrel K-37"]
    (shelter,) = (d for d in found.values() if "Kutum" in {v.value for v in d.values})
    assert shelter.spelling is True  # "ou" for "u": a transliteration
    assert {v.document: v.value for v in shelter.values} == {"d0": "Kutum", "d1": "Kutoum"}


@pytest.mark.parametrize(
    ("first", "second", "spelling"),
    [
        ("Halim Darvesh", "Halim Darvish", True),  # e against i
        ("Halim Darvesh", "Halim Darvésh", True),  # an accent
        ("Governor Nadia Qasemi", "Governor Nadia Qassemi", True),  # a doubled letter
        ("Commander Tariq al-Hamdan", "Commander Tariq Hamdan", True),  # the article
        ("Colonel Yusra Maalouf", "Colonel Yusra Ma\u2019alouf", True),  # an apostrophe
        ("Minister Osgar Brannvik", "Minister Osgar Brannvek", True),
        ("General Bastor Quill", "General Bastir Quill", False),  # a and i: another name
        ("Commander Renwald Oske", "Commander Renwold Oske", False),
        ("the Strela S-125 system", "the Strela S-135 system", False),
    ],
)
def test_spelling_or_discrepancy(first: str, second: str, spelling: bool) -> None:
    a = f"Shelling hit Vessa on Monday. {first} said the town was calm by night."
    b = f"Shelling hit Vessa on Monday, and {second} said the town was calm by night."
    found = [d for d in _found(a, b) if d.kind is DiscrepancyKind.NAME]
    assert len(found) == 1, found
    assert found[0].spelling is spelling


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the SU-24 jets", "the Su-24 jets"),  # case
        ("the Tal-Marek road", "the Tal Marek road"),  # a hyphen
        ("Vessa's market", "Vessa market"),  # a possessive
        ("Turkey said", "Turkish officials said"),  # a country and its demonym
        ("Governor Halvard Ruun said", "Ruun said"),  # a name and a longer name holding it
        ("Halvard Ruun said", "Ingrid Ruun said"),  # two people sharing a surname
        ("Rami Abdel Kassem said", "Rahmi Dosta said"),  # alike first names, other people
        ("the World Health Organisation said", "the World Health Organization said"),
        ("the M4 highway", "the M5 highway"),  # one digit: as likely another road
        ("Hama province", "Hamas fighters"),  # two entries of the gazetteer
        ("Imam Nouri said", "Imam al-Nuri said"),  # the article and a vowel: another name
    ],
)
def test_false_friends(first: str, second: str) -> None:
    a = f"Shelling hit Vessa on Monday; {first} the town was calm."
    b = f"Shelling hit Vessa on Monday and {second} the town was calm."
    assert [d for d in _found(a, b) if d.kind is DiscrepancyKind.NAME] == []


def test_one_article_writing_both_forms_is_two_names() -> None:
    a = "Shelling hit Vessa. The S-300 and the S-400 batteries were moved."
    b = "Shelling hit Vessa. The S-300 batteries were moved."
    c = "Shelling hit Vessa. The S-400 batteries were moved."
    assert [d for d in _found(a, b, c) if d.kind is DiscrepancyKind.NAME] == []


def test_other_stories_are_not_compared() -> None:
    a = "Shelling hit Vessa on Monday, Governor Halvard Ruun said."
    b = "Floods hit Talvera on Monday, Governor Halvord Ruun said."
    assert _found(a, b) == ()


def test_gazetteer_spellings_are_spellings() -> None:
    a = "Shelling hit Vessa and Idlib on Monday, officials said."
    b = "Shelling hit Vessa and Idleb on Monday, officials said."
    (d,) = _found(a, b)
    assert (d.about, d.spelling) == ("Idlib", True)


# ---------------------------------------------------------------- laws


def _articles(batch: list[tuple[str, str]]) -> list[tuple[Article, tuple[()]]]:
    return [(parse_article(text, published=DAY, outlet=outlet), ()) for outlet, text in batch]


@given(story_batches(), st.randoms(use_true_random=False))
@example(
    [
        ("Meridian Wire", "Shelling hits Vessa\n\nGovernor Halvard Ruun said so in Vessa.\n"),
        ("Daily Courier", "Shelling hits Vessa\n\nGovernor Halvord Ruun said so in Vessa.\n"),
    ],
    random.Random(0),
)
def test_order_of_articles_does_not_matter(
    batch: list[tuple[str, str]], rng: random.Random
) -> None:
    items = _articles(batch)
    shuffled = items[:]
    rng.shuffle(shuffled)
    assert find_discrepancies(items, gazetteer=GAZ) == find_discrepancies(shuffled, gazetteer=GAZ)


@given(story_batches())
def test_another_story_changes_nothing(batch: list[tuple[str, str]]) -> None:
    items = _articles(batch)
    other = parse_article(FLOODS + " Governor Halvord Ruune spoke.", published=DAY, outlet="X")
    assert find_discrepancies([*items, (other, ())], gazetteer=GAZ) == find_discrepancies(
        items, gazetteer=GAZ
    )


@given(story_batches())
def test_values_are_exact_spans(batch: list[tuple[str, str]]) -> None:
    items = _articles(batch)
    texts = {article.outlet: article.text for article, _ in items}
    for discrepancy in find_discrepancies(items, gazetteer=GAZ):
        assert len({v.outlet for v in discrepancy.values}) >= 2
        for value in discrepancy.values:
            assert texts[value.outlet][value.start : value.end] == value.value


@given(story_batches())
def test_difflib_and_rapidfuzz_agree(batch: list[tuple[str, str]]) -> None:
    pytest.importorskip("rapidfuzz")
    items = _articles(batch)
    with_rapidfuzz = find_discrepancies(items, gazetteer=GAZ)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_extras, "available", lambda module: False)
        assert find_discrepancies(items, gazetteer=GAZ) == with_rapidfuzz


def test_difflib_fallback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_extras, "available", lambda module: False)
    found = _by_about(_found(STRIKE_A, STRIKE_B))
    assert {"Halvard Ruun", "Kestrel K-27", "Kutum"} <= found.keys()
    assert similarity("idlib", "idleb") == pytest.approx(0.8)


@given(st.text(max_size=12), st.text(max_size=12))
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    assert 0.0 <= similarity(a, b) <= 1.0
    assert similarity(a, b) == pytest.approx(similarity(b, a))
    assert similarity(a, a) == 1.0


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("items", [None, "text", 3, parse_article("Ten died.")])
def test_not_an_iterable_of_articles(items: object) -> None:
    with pytest.raises(InputTypeError, match="find_discrepancies"):
        find_discrepancies(items)  # type: ignore[arg-type]


@pytest.mark.parametrize("item", [3, "text", (parse_article("Ten died."), [3]), ("a", ())])
def test_bad_items(item: object) -> None:
    with pytest.raises(InputTypeError, match="find_discrepancies"):
        find_discrepancies([item])


def test_bad_facts_and_gazetteer() -> None:
    items = [(parse_article("Ten died."), ())]
    with pytest.raises(InputTypeError, match="facts"):
        find_discrepancies(items, [3])  # type: ignore[list-item]
    with pytest.raises(InputTypeError, match="Gazetteer"):
        find_discrepancies(items, gazetteer="default")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="similarity"):
        similarity("a", 3)  # type: ignore[arg-type]


def test_failed_documents_are_skipped() -> None:
    failed = ExtractionResult(document="x", error=None)
    assert find_discrepancies([failed]) == ()


# ---------------------------------------------------------------- outputs


def test_json_table_and_markdown() -> None:
    results = _results(STRIKE_A, STRIKE_B)
    comparison = compare(results)
    found = find_discrepancies(results, comparison.facts, gazetteer=GAZ)
    comparison = attrs.evolve(comparison, discrepancies=found)
    data = json.loads(json.dumps(comparison.to_json_dict()))
    assert data["discrepancies"][0]["kind"] == "perpetrator"
    first = data["discrepancies"][0]
    assert set(first) >= {"kind", "about", "values", "spelling"}
    assert set(first["values"][0]) >= {"value", "path", "document", "source", "start", "end"}
    table = render_table(comparison)
    assert table.index("Discrepancies") > table.index("[AGREE]")
    assert "[NAME, SPELLING] Kutum" in table
    markdown = render_markdown(comparison)
    assert "| perpetrator |" in markdown
    assert "| name | Kutum | yes |" in markdown
    assert "discrepancies" not in Comparison(facts=()).to_json_dict()
    page = render_html(comparison, plots=False)
    assert '<section id="discrepancies">' in page
    assert "Kutoum" in page


def test_renderers_escape() -> None:
    value = DiscrepancyValue("a|b\x1b[31m", "p", None, "<b>", None, 0, 3)
    found = [Discrepancy(DiscrepancyKind.NAME, "x*y", (value,))]
    assert "a\\|b" in render_discrepancies_markdown(found)
    assert "\x1b" not in render_discrepancies_table(found)
    page = render_html(Comparison(facts=(), discrepancies=tuple(found)), plots=False)
    assert "<b>" not in page
    assert "&lt;b&gt;" in page
    assert render_discrepancies_table([]) == render_discrepancies_markdown([]) == ""


def test_cli_compare_prints_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for name, text in (("a.txt", STRIKE_A), ("b.txt", STRIKE_B), ("c.txt", FLOODS)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert main(["compare", "--format", "json", "--published", "2031-04-09", *paths]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = sorted(d["kind"] for d in data["discrepancies"])
    assert kinds.count("perpetrator") == 1
    assert "name" in kinds
    texts = {p: Path(p).read_text(encoding="utf-8") for p in paths}
    for d in data["discrepancies"]:
        for v in d["values"]:
            assert texts[v["path"]][v["start"] : v["end"]] == v["value"]
    assert main(["compare", "--published", "2031-04-09", *paths]) == 0
    assert "Discrepancies" in capsys.readouterr().out
