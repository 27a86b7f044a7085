"""Tests of conflictfacts.compare: grouping claims into facts and relating their figures."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import io
import json
import random
from collections import defaultdict
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts._intervals import Interval
from conflictfacts._labels import Folder
from conflictfacts.claims import Claim
from conflictfacts.compare import (
    MAX_CANDIDATES,
    Comparison,
    ComparisonPolicy,
    Fact,
    Relation,
    SumStatus,
    blocking_key,
    check_sums,
    compare,
    compare_group,
    relate,
    render_csv,
    render_markdown,
    render_table,
)
from conflictfacts.errors import InputTypeError, InputValueError
from conflictfacts.pipeline import extract_documents
from tests.strategies import (
    claim_intervals,
    comparable_claims,
    crowded_claims,
    generated_documents,
    nested_places,
    sibling_towns,
)

#: Which side of the interval each qualifier leaves open.
OPEN_SIDE: dict[str | None, str] = {
    None: "", "at least": "high", "more than": "high", "over": "high",
    "as many as": "low", "up to": "low", "some": "", "about": "",
}  # fmt: skip


def make(
    value: int,
    qualifier: str | None = None,
    *,
    kind: str = "killed",
    subject: str = "Ukrainian soldiers",
    outlet: str = "Outlet A",
    path: str | None = None,
    source: str | None = None,
    start: str | None = "2022-03-20",
    end: str | None = None,
    place: str | None = "Kharkiv",
    published: str | None = "2022-03-21",
    **extra: Any,
) -> Claim:
    side = OPEN_SIDE[qualifier]
    low = None if side == "low" else value
    high = None if side == "high" else value
    text = f"{qualifier} {value:,}" if qualifier else f"{value:,}"
    record: dict[str, Any] = {
        "kind": kind,
        "value": value,
        "low": low,
        "high": high,
        "qualifier": qualifier,
        "approximate": qualifier in ("some", "about"),
        "quantity_text": text,
        "subject": subject,
        "place": place,
        "date_start": start,
        "date_end": end or start,
        "source": source,
        "outlet": outlet,
        "path": path or f"{outlet}.txt",
        "published": published,
        **extra,
    }
    return Claim.from_record(record)


def facts_json(result: Comparison) -> str:
    return json.dumps(result.to_json_dict(), sort_keys=True, default=str)


# ------------------------------------------------------------------ relations, by example


def test_same_figure_from_several_outlets_agrees() -> None:
    claims = [make(2, outlet=o) for o in ("Outlet A", "Outlet B", "Outlet C")]
    # one outlet says it twice, once as a bound: still one report of 2
    claims.append(make(2, "at least", outlet="Outlet C"))
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.AGREE
    assert len(fact.claims) == 4
    assert (fact.summary.low, fact.summary.best, fact.summary.high) == (2, 2, 2)


def test_one_figure_hedged_three_ways_is_compatible_by_default_and_conflicts_strictly() -> None:
    claims = [
        make(
            50,
            "as many as",
            outlet="Outlet A",
            source="Defence Ministry",
            subject="Syrian soldiers",
        ),
        make(
            50, "more than", outlet="Outlet B", source="Defence Ministry", subject="Syrian soldiers"
        ),
        make(50, "some", outlet="Outlet C", source="Defence Ministry", subject="Syrian soldiers"),
    ]
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.COMPATIBLE
    assert fact.independent_sources == 1
    (strict,) = compare(claims, policy=ComparisonPolicy.strict()).facts
    assert strict.relation is Relation.CONFLICT


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((11, "at least"), (11, None), Relation.COMPATIBLE),
        ((2, None), (2, "at least"), Relation.COMPATIBLE),
        ((400_000, "more than"), (380_000, "more than"), Relation.COMPATIBLE),
        ((800_000, None), (900_000, "more than"), Relation.CONFLICT),
        ((12, None), (12, None), Relation.AGREE),
        ((12, None), (14, None), Relation.CONFLICT),
        ((50, "about"), (60, None), Relation.COMPATIBLE),
    ],
)
def test_relate_reads_hedges(
    a: tuple[int, str | None], b: tuple[int, str | None], expected: Relation
) -> None:
    first, second = make(*a, outlet="Outlet A"), make(*b, outlet="Outlet B")
    assert relate(first, second) is expected
    assert relate(second, first) is expected


def test_same_period_same_source_different_figures_conflict() -> None:
    since = {"kind": "displaced", "subject": "people", "place": "Darfur", "source": "UN"}
    a = make(800_000, outlet="Outlet A", start="2023-04-15", end="2023-06-01", **since)
    b = make(900_000, "more than", outlet="Outlet B", start="2023-04-15", end="2023-06-01", **since)
    (fact,) = compare([a, b]).facts
    assert fact.relation is Relation.CONFLICT
    assert fact.independent_sources == 1
    assert fact.explanation == (
        "800,000 (Outlet A, citing UN, given 2022-03-21) vs more than 900,000 (Outlet B, "
        "citing UN, given 2022-03-21): same period, given the same day, no overlap"
    )


def test_later_larger_cumulative_count_is_an_update() -> None:
    since = {"kind": "displaced", "subject": "people", "place": "Darfur", "source": "UN"}
    early = make(520_000, outlet="Outlet A", start="2023-04-15", end="2023-05-04", **since)
    late = make(
        900_000, "more than", outlet="Outlet B", start="2023-04-15", end="2023-05-20", **since
    )
    (fact,) = compare([late, early]).facts
    assert fact.relation is Relation.UPDATE
    assert fact.summary.best == 900_000  # the latest count
    assert "later cumulative count (to 2023-05-20)" in fact.explanation
    # the earlier count larger than the later one is no update
    shrink = make(1_000_000, outlet="Outlet A", start="2023-04-15", end="2023-05-04", **since)
    later = make(900_000, outlet="Outlet B", start="2023-04-15", end="2023-05-20", **since)
    assert relate(shrink, later) is Relation.CONFLICT


def test_one_article_only_is_single() -> None:
    (fact,) = compare([make(7, outlet="Outlet A")]).facts
    assert fact.relation is Relation.SINGLE
    assert fact.explanation.endswith("one source only")


def test_outlets_citing_one_source_count_once() -> None:
    claims = [
        make(30, outlet="Outlet A", source="the United Nations"),
        make(30, outlet="Outlet B", source="UN"),
        make(30, outlet="Outlet C"),
    ]
    (fact,) = compare(claims).facts
    assert fact.independent_sources == 2


# ------------------------------------------------------------------ grouping, by example


def test_day_and_earlier_period_are_different_facts() -> None:
    claims = [
        make(13, outlet="Outlet A", start="2022-03-01", end="2022-03-19"),
        make(13, outlet="Outlet B", start="2022-03-01", end="2022-03-19"),
        make(2, outlet="Outlet A"),
        make(2, outlet="Outlet B"),
    ]
    facts = compare(claims).facts
    assert sorted(len(f.claims) for f in facts) == [2, 2]
    assert all(f.relation is Relation.AGREE for f in facts)


def test_day_inside_a_period_joins_it_only_when_figures_match() -> None:
    period = make(13, outlet="Outlet A", start="2022-03-01", end="2022-03-25")
    assert len(compare([period, make(2, outlet="Outlet B")]).facts) == 2
    assert len(compare([period, make(13, outlet="Outlet B")]).facts) == 1


def test_subjects_fold_but_sides_never_mix() -> None:
    claims = [
        make(4, subject="Ukrainian troops", outlet="Outlet A"),
        make(4, subject="Ukrainian soldiers", outlet="Outlet B"),
        make(9, subject="Russian servicemen", outlet="Outlet C"),
    ]
    facts = compare(claims).facts
    assert len(facts) == 2
    assert {len(f.claims) for f in facts} == {1, 2}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("jawans", "soldiers"),
        ("lives", "people"),
        ("captives", "hostages"),
        ("Navy corpsmen", "Navy medics"),
    ],
)
def test_words_of_one_group_meet(one: str, other: str) -> None:
    # "the blast claimed 14 lives" and "14 people died"; "14 jawans" in Indian copy are
    # soldiers; a navy's corpsmen are its medics
    claims = [make(14, subject=one, outlet="Outlet A"), make(14, subject=other, outlet="Outlet B")]
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.AGREE
    # the folded words keep their sides: Ukrainian jawans are no Russian soldiers
    sides = [make(14, subject=f"Ukrainian {one}", outlet="Outlet A"),
             make(14, subject=f"Russian {other}", outlet="Outlet B")]  # fmt: skip
    assert len(compare(sides).facts) == 2


def test_an_armed_groups_members_are_its_fighters() -> None:
    # "Hezbollah members" and "Hezbollah fighters" are one group; a crew's members are not
    folder = Folder()
    assert folder.subject("Hezbollah members") == folder.subject("Hezbollah fighters")
    assert folder.subject("Taliban operatives") == folder.subject("Taliban fighters")
    assert folder.subject("crew members").head == "member"
    assert folder.subject("Hamas members") != folder.subject("Taliban fighters")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Talvera Frontier Guard", "TFG personnel"),
        ("officers of the Vessa Rural Police", "VRP officers"),
        ("Kutum Reserve Police Force", "KRPF jawans"),
    ],
)
def test_a_force_named_in_full_is_its_initials(one: str, other: str) -> None:
    # copy writes a force's name in full or by its initials; counted, a force is its personnel
    folder = Folder()
    assert folder.subject(one) == folder.subject(other)
    claims = [make(14, subject=one, outlet="Outlet A"), make(14, subject=other, outlet="Outlet B")]
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.AGREE


def test_a_force_name_needs_two_capitalised_words_and_a_force_word() -> None:
    folder = Folder()
    assert folder.subject("Syrian Soldiers") == folder.subject("Syrian troops")
    assert folder.subject("National Army").head == "army"
    assert folder.subject("security forces") != folder.subject("SF personnel")
    assert folder.subject("TFG personnel") != folder.subject("Talvera Border Guard")


def test_citizens_of_a_state_are_its_people() -> None:
    # "Afghan citizens" are "Afghans"; "foreign citizens" name no state and stay apart
    folder = Folder()
    assert folder.subject("Afghan citizens") == folder.subject("Afghans")
    assert folder.subject("Turkish nationals") == folder.subject("Turks")
    assert folder.subject("foreign citizens").head == "citizen"
    assert folder.subject("British nationals") != folder.subject("Afghans")


def test_a_general_word_for_an_articles_only_side_takes_its_later_reading() -> None:
    # "At least 30 Ukrainian soldiers were killed" and, further on, "the toll has since risen
    # to 44" (of "soldiers"): the article counts no other side of soldiers, so the 44 is the
    # same count's newer reading, not a total of which the 30 is a part
    first = make(30, "at least", subject="Ukrainian soldiers", outlet="Outlet A",
                 text="At least 30 Ukrainian soldiers were killed on Sunday.")
    later = make(44, subject="soldiers", outlet="Outlet A", source="Vessa Wire",
                 text="The toll has since risen to 44.")  # fmt: skip
    (fact,) = compare([first, later]).facts
    assert len(fact.claims) == 2
    # with another side counted in the article, the bare "soldiers" may be a total of both
    other = make(9, subject="Russian soldiers", outlet="Outlet A",
                 text="Nine Russian soldiers also died.")  # fmt: skip
    facts = compare([first, later, other]).facts
    assert all(len(f.claims) == 1 for f in facts)


def test_generic_subject_joins_the_side_whose_figure_matches() -> None:
    claims = [
        make(4, subject="Ukrainian soldiers", outlet="Outlet A"),
        make(9, subject="Russian soldiers", outlet="Outlet B"),
        make(9, subject="soldiers", outlet="Outlet C"),
    ]
    (russian,) = [f for f in compare(claims).facts if "Russian" in f.subject]
    assert len(russian.claims) == 2
    assert russian.relation is Relation.AGREE


def test_claim_without_time_attaches_to_the_matching_fact() -> None:
    claims = [
        make(6, outlet="Outlet A", start="2022-03-10"),
        make(6, outlet="Outlet B", start="2022-03-10"),
        make(15, outlet="Outlet A", start="2022-03-12"),
        make(15, outlet="Outlet C", start=None),
    ]
    facts = compare(claims).facts
    assert len(facts) == 2
    (fifteen,) = [f for f in facts if f.summary.best == 15]
    assert len(fifteen.claims) == 2


def test_one_article_with_two_figures_keeps_two_facts() -> None:
    claims = [
        make(27, subject="fighters", path="a.txt"),
        make(11, subject="fighters", path="a.txt"),
    ]
    assert len(compare(claims).facts) == 2


def test_one_article_bound_and_larger_total_stay_apart() -> None:
    claims = [
        make(11, "at least", subject="fighters", path="a.txt", start=None),
        make(27, subject="fighters", path="a.txt", start=None),
    ]
    assert len(compare(claims).facts) == 2


def test_undated_claim_with_a_far_figure_does_not_join() -> None:
    dated = [
        make(40, outlet="Outlet A", subject="people"),
        make(40, outlet="Outlet B", subject="people"),
    ]
    far = make(400_000, "more than", outlet="Outlet C", subject="people", start=None)
    near = make(60, outlet="Outlet D", subject="people", start=None)
    facts = compare([*dated, far, near]).facts
    assert sorted(len(f.claims) for f in facts) == [1, 3]


def test_places_must_match_when_both_given() -> None:
    a = make(5, place="Kharkiv region", outlet="Outlet A")
    b = make(5, place="Kharkiv", outlet="Outlet B")
    c = make(5, place="Darfur", outlet="Outlet C")
    d = make(5, place=None, outlet="Outlet D")
    facts = compare([a, b, c, d]).facts
    assert sorted(len(f.claims) for f in facts) == [1, 3]


def test_compare_accepts_objects_holding_claims() -> None:
    class Extracted:
        def __init__(self, claims: list[Claim]) -> None:
            self.claims = claims

    result = compare([Extracted([make(2, outlet="Outlet A")]), make(2, outlet="Outlet B")])
    assert result.facts[0].relation is Relation.AGREE


@pytest.mark.parametrize("bad", [None, 3, "claims", b"x", [1], [object()]])
def test_compare_rejects_what_is_not_claims(bad: Any) -> None:
    with pytest.raises(InputTypeError):
        compare(bad)


def test_policy_validates_its_numbers() -> None:
    with pytest.raises(InputValueError):
        ComparisonPolicy(relative_tolerance=-1)
    with pytest.raises(InputValueError):
        ComparisonPolicy(sum_window=True)


# ------------------------------------------------------------------ sums


def _article(rows: list[tuple[str, int, str | None]], path: str = "a.txt") -> list[Claim]:
    return [
        make(v, q, subject=s, path=path, source="Monitor", outlet="Outlet A") for s, v, q in rows
    ]


def test_parts_that_add_up_match() -> None:
    claims = _article(
        [("fighters", 27, None), ("pro-government fighters", 11, "at least"),
         ("pro-Kyiv fighters", 14, None), ("Ukrainian soldiers", 2, None)]
    )  # fmt: skip
    (check,) = check_sums(claims)
    assert check.status is SumStatus.MATCH
    assert check.consistent
    assert len(check.parts) == 3


def test_parts_that_exceed_the_total_are_reported() -> None:
    claims = _article(
        [("fighters", 20, None), ("pro-government fighters", 11, None),
         ("rebels", 14, None)]
    )  # fmt: skip
    (check,) = check_sums(claims)
    assert check.status is SumStatus.EXCEEDS
    assert "more than the total" in check.explanation
    assert compare(claims).sum_checks == (check,)


def test_parts_short_of_the_total_and_other_articles_are_kept_apart() -> None:
    claims = _article([("fighters", 30, None), ("pro-government fighters", 11, None)])
    claims += _article([("rebels", 14, None)], path="b.txt")
    assert check_sums(claims) == ()  # one part per article: nothing to check
    claims += _article([("rebels", 14, None)])
    (check,) = check_sums(claims)
    assert check.status is SumStatus.SHORT


# ------------------------------------------------------------------ records and renderers


def test_json_dict_holds_records_with_paths() -> None:
    result = compare([make(2, outlet="Outlet A"), make(2, outlet="Outlet B")])
    data = json.loads(json.dumps(result.to_json_dict()))
    (fact,) = data["facts"]
    assert fact["relation"] == "agree"
    assert fact["id"].startswith("F")
    assert {c["path"] for c in fact["claims"]} == {"Outlet A.txt", "Outlet B.txt"}
    assert fact["summary"] == {"low": 2, "best": 2, "high": 2}
    assert all(Claim.from_record(c) == make(2) for c in fact["claims"])


HOSTILE = '=HYPERLINK("http://x")|<script>alert(1)</script>\n[x](javascript:y)\x1b[31m'


def test_renderers_escape_embedded_text() -> None:
    claims = [
        make(3, outlet=HOSTILE, subject="Ukrainian soldiers", title=HOSTILE),
        make(3, outlet="-2+3", subject="Ukrainian soldiers"),
    ]
    result = compare(claims)
    markdown = render_markdown(result)
    assert "<script>" not in markdown
    assert "&lt;script&gt;" in markdown
    table_rows = [line for line in markdown.splitlines() if line.startswith("| F")]
    assert len(table_rows) == 1
    assert table_rows[0].count(" | ") == 11  # the headline's | did not add a cell
    assert "](javascript" not in markdown
    rows = list(csv.reader(io.StringIO(render_csv(result))))
    assert len(rows) == 3
    cells = [cell for row in rows[1:] for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    text = render_table(result)
    assert "\x1b" not in text
    # count, blank, heading, one figure line, summary, explanation: no injected line breaks
    assert text.count("\n") == 6


def test_render_table_shows_figures_sources_and_reason() -> None:
    result = compare([make(2, outlet="Outlet A", source="UN"), make(3, outlet="Outlet B")])
    text = render_table(result)
    assert "[CONFLICT]" in text
    assert "Outlet A, citing UN" in text
    assert "no overlap" in text


@pytest.mark.parametrize("render", [render_table, render_markdown, render_csv])
def test_renderers_reject_other_objects(render: Any) -> None:
    with pytest.raises(InputTypeError):
        render({"facts": []})


# ------------------------------------------------------------------ laws


@given(st.lists(comparable_claims(), max_size=14), st.randoms())
@example(
    claims=[make(2, outlet="Outlet A"), make(2, "at least", outlet="Outlet B")],
    rnd=random.Random(0),
)
def test_result_does_not_depend_on_input_order(claims: list[Claim], rnd: random.Random) -> None:
    shuffled = list(claims)
    rnd.shuffle(shuffled)
    assert facts_json(compare(claims)) == facts_json(compare(shuffled))


@given(comparable_claims())
def test_a_claim_agrees_with_itself(claim: Claim) -> None:
    assert relate(claim, claim) is Relation.AGREE
    assert relate(claim, claim, ComparisonPolicy.strict()) is Relation.AGREE


@given(comparable_claims(), comparable_claims(), st.booleans())
def test_relations_are_symmetric(a: Claim, b: Claim, strict: bool) -> None:
    policy = ComparisonPolicy.strict() if strict else ComparisonPolicy()
    assert relate(a, b, policy) is relate(b, a, policy)


@given(st.lists(comparable_claims(), max_size=12), comparable_claims(kinds=("displaced",)))
def test_an_unrelated_claim_leaves_existing_facts_unchanged(
    claims: list[Claim], other: Claim
) -> None:
    before = compare(claims).facts
    after = [f for f in compare([*claims, other]).facts if f.kind.value != "displaced"]
    assert [f.to_json_dict() for f in before] == [f.to_json_dict() for f in after]


@given(st.lists(comparable_claims(), max_size=14))
def test_every_claim_lands_in_exactly_one_fact(claims: list[Claim]) -> None:
    facts = compare(claims).facts
    assert sum(len(f.claims) for f in facts) == len(claims)
    assert len({f.id for f in facts}) == len(facts)


@given(st.lists(comparable_claims(), max_size=14))
def test_grouping_by_blocking_key_gives_the_same_facts(claims: list[Claim]) -> None:
    blocks: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        blocks[blocking_key(claim)].append(claim)
    by_block = sorted(
        (f for block in blocks.values() for f in compare_group(block)), key=lambda f: f.id
    )
    assert sorted(compare(claims).facts, key=lambda f: f.id) == by_block


def _by_parts(claims: list[Claim], order: random.Random) -> Comparison:
    """Compare as a cluster would: blocks and articles apart, each part in any order."""
    blocks: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    articles: dict[tuple[str | None, str | None], list[Claim]] = defaultdict(list)
    for claim in claims:
        blocks[blocking_key(claim)].append(claim)
        articles[(claim.origin.path, claim.origin.document)].append(claim)
    parts = [*blocks.values(), *articles.values()]
    for part in parts:
        order.shuffle(part)
    facts = [fact for block in blocks.values() for fact in compare_group(block)]
    checks = [check for article in articles.values() for check in check_sums(article)]
    order.shuffle(facts)
    order.shuffle(checks)
    return Comparison.from_parts(facts, checks)


@given(
    st.lists(comparable_claims(kinds=("killed", "wounded", "displaced")), max_size=40),
    st.randoms(use_true_random=False),
)
def test_compare_in_parts_is_compare(claims: list[Claim], order: random.Random) -> None:
    whole = compare(claims)
    parts = _by_parts(claims, order)
    assert parts == whole
    assert parts.to_json_dict() == whole.to_json_dict()


def test_compare_in_parts_is_compare_on_extracted_articles() -> None:
    results = list(extract_documents(generated_documents(400, seed=2)))
    claims = [claim for result in results for claim in result.claims]
    whole = compare(claims)
    assert len({fact.relation for fact in whole.facts}) >= 3
    assert whole.sum_checks
    assert _by_parts(claims, random.Random(1)).to_json_dict() == whole.to_json_dict()


def test_from_parts_checks_its_arguments() -> None:
    claim = Claim.from_record({"kind": "killed", "value": 2, "subject": "soldiers"})
    with pytest.raises(InputTypeError):
        Comparison.from_parts([claim])  # type: ignore[list-item]
    with pytest.raises(InputTypeError):
        Comparison.from_parts([], [claim])  # type: ignore[list-item]
    with pytest.raises(InputTypeError):
        Comparison.from_parts([], policy="strict")  # type: ignore[arg-type]
    strict = ComparisonPolicy.strict()
    assert Comparison.from_parts(compare_group([claim], strict), policy=strict) == compare(
        [claim], policy=strict
    )


def _brute_overlap(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    def inside(x: int, i: tuple[int | None, int | None]) -> bool:
        return (i[0] is None or i[0] <= x) and (i[1] is None or x <= i[1])

    return any(inside(x, a) and inside(x, b) for x in range(-1, 22))


@given(claim_intervals, claim_intervals)
@example((0, 5), (5, None))
@example((None, 4), (5, None))
def test_interval_overlap_matches_brute_force(
    a: tuple[int | None, int | None], b: tuple[int | None, int | None]
) -> None:
    def as_interval(i: tuple[int | None, int | None]) -> Interval:
        return Interval(
            None if i[0] is None else float(i[0]), None if i[1] is None else float(i[1])
        )

    assert as_interval(a).overlaps(as_interval(b)) is _brute_overlap(a, b)
    assert as_interval(a).overlaps(as_interval(b)) is as_interval(b).overlaps(as_interval(a))


@given(claim_intervals, claim_intervals)
def test_claim_relation_matches_interval_reference_under_strict_policy(
    a: tuple[int | None, int | None], b: tuple[int | None, int | None]
) -> None:
    def claim(i: tuple[int | None, int | None], outlet: str) -> Claim:
        low, high = i
        value = low if low is not None else (high if high is not None else 0)
        qualifier = None if low == high and low is not None else "between"
        return Claim.from_record(
            {"kind": "killed", "value": value, "low": low, "high": high,
             "qualifier": qualifier, "outlet": outlet, "path": outlet}
        )  # fmt: skip

    got = relate(claim(a, "A"), claim(b, "B"), ComparisonPolicy.strict())
    if a == b:
        assert got is Relation.AGREE
    elif _brute_overlap(a, b):
        assert got in (Relation.COMPATIBLE, Relation.AGREE)
    else:
        assert got is Relation.CONFLICT


def test_a_sources_figure_meets_few_facts_however_full_its_month(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one monitor's "12 killed" in a different unknown town every day of a year: a claim
    # meets the facts of its own day and the days beside it, not every one of its month
    compare_module = importlib.import_module("conflictfacts.compare")
    calls = 0
    fit = compare_module._Group.fit

    def counting(self: Any, item: Any, policy: Any) -> Any:
        nonlocal calls
        calls += 1
        return fit(self, item, policy)

    monkeypatch.setattr(compare_module._Group, "fit", counting)
    claims = [
        make(12, place=f"Vessa {i}", start=(dt.date(2031, 1, 1) + dt.timedelta(days=i // 3))
             .isoformat(), outlet=f"Outlet {i}", source="Ostrel Monitor", published=None)
        for i in range(3 * 365)
    ]  # fmt: skip
    facts = compare(claims).facts
    assert len(claims) <= sum(len(f.claims) for f in facts)
    assert calls < 10 * len(claims)  # about the nine of three days, not a month's ninety


def _weigh_every_candidate(
    item: Any, numbers: list[int], groups: list[Any], subjects: Any, policy: Any
) -> int | None:
    """The grouping's choice made the plain way: every candidate weighed in full, in order.

    It checks on the way that what the grouping passes over could not have been chosen: no
    score is above its group's bound (and ``_never_excludes`` that an excluded group gives none).
    """
    best: tuple[tuple[int, ...], int] | None = None
    for number in numbers:
        group = groups[number]
        score = group.fit(item, policy)
        if score is not None:
            assert score <= group.bound(item)
        if score is not None and (best is None or score > best[0]):
            best = (score, number)
    return None if best is None else best[1]


def _grouped_plainly(claims: list[Claim]) -> tuple[Fact, ...]:
    compare_module = importlib.import_module("conflictfacts.compare")
    excludes = compare_module._Group.excludes

    def _never_excludes(group: Any, item: Any, subjects: Any) -> bool:
        # the plain way passes over nothing, in the greedy pass or the merge pass; what the
        # grouping passes over must be a group the claim cannot join
        if excludes(group, item, {}):
            assert group.fit(item, ComparisonPolicy()) is None
        return False

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compare_module, "_best_group", _weigh_every_candidate)
        patch.setattr(compare_module, "_apart", lambda *_: False)
        patch.setattr(compare_module._Group, "excludes", _never_excludes)
        return compare(claims).facts


@given(st.lists(crowded_claims(), max_size=40))
def test_passing_over_candidates_groups_as_weighing_them_all(claims: list[Claim]) -> None:
    # a claim weighs only the facts it may join and that may beat the best found so far
    assert compare(claims).facts == _grouped_plainly(claims)


@pytest.mark.parametrize("cap", [2, 5, 17])
def test_passing_over_candidates_keeps_the_cap(cap: int) -> None:
    # lists passed over still count towards the cap: the facts weighed are the same
    compare_module = importlib.import_module("conflictfacts.compare")
    rnd = random.Random(cap)
    claims = [
        make(rnd.choice((3, 12, 50)), subject=rnd.choice(("civilians", "people", "soldiers")),
             place=rnd.choice((None, None, "Vessa", "Kutum", "Kharkiv")),
             start=f"2022-03-{rnd.randint(10, 13)}", published=f"2022-03-{rnd.randint(10, 14)}",
             outlet=f"Outlet {i}", path=f"{i}.txt", source=rnd.choice((None, "UN")))
        for i in range(300)
    ]  # fmt: skip
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(compare_module, "MAX_CANDIDATES", cap)
        assert compare(claims).facts == _grouped_plainly(claims)


def test_a_crowd_beyond_the_candidate_cap_keeps_every_claim_once() -> None:
    claims = [
        Claim.from_record(
            {"kind": "killed", "value": 10 + 7 * i, "subject": "civilians",
             "place": None if i % 2 else f"Town {i}", "date_start": "2031-04-08",
             "outlet": f"Outlet {i}", "path": f"{i}.txt"}
        )
        for i in range(MAX_CANDIDATES * 3)
    ]  # fmt: skip
    facts = compare(claims).facts
    members = [id(c) for fact in facts for p in fact.positions for r in p.reports
               for c in (r.claim,)]  # fmt: skip
    assert sorted(members) == sorted(id(c) for c in claims)



def test_a_claim_with_no_place_finds_its_day_among_more_facts_than_the_cap() -> None:
    # the facts of later days are formed after the one it belongs to: read by month, the
    # cap's most recent facts would all be theirs, and the claim would stand alone
    later = [
        make(30 + i, subject="civilians", place=f"Town {i}", outlet=f"Outlet {i}",
             start=f"2022-03-{5 + i % 20:02d}", published=f"2022-03-{6 + i % 20:02d}")
        for i in range(MAX_CANDIDATES * 2)
    ]  # fmt: skip
    vessa = make(7, subject="civilians", place="Vessa", outlet="Wire A", start="2022-03-02",
                 published="2022-03-03")  # fmt: skip
    placeless = make(7, subject="civilians", place=None, outlet="Wire B", start="2022-03-02",
                     published="2022-03-03")  # fmt: skip
    facts = compare([*later, vessa, placeless]).facts
    (fact,) = [f for f in facts if any(r.claim is vessa for p in f.positions for r in p.reports)]
    assert {id(r.claim) for p in fact.positions for r in p.reports} == {id(vessa), id(placeless)}


def _members(fact: Fact) -> set[int]:
    return {id(r.claim) for p in fact.positions for r in p.reports}


def test_a_claim_with_no_place_on_a_crowded_day_joins_the_fact_giving_its_figure() -> None:
    # ten towns' tolls of one day: a claim naming no town belongs to the one giving its
    # figure, and one whose figure no town gives is a fact of its own, not a guess
    towns = [
        make(10 + 7 * i, subject="civilians", place=f"Town {i}", outlet=f"Outlet {i}",
             start="2031-04-08", published="2031-04-09")
        for i in range(10)
    ]  # fmt: skip
    same = make(24, subject="civilians", place=None, outlet="Wire A", start="2031-04-08",
                published="2031-04-09")  # fmt: skip
    other = make(100, subject="civilians", place=None, outlet="Wire B", start="2031-04-08",
                 published="2031-04-09")  # fmt: skip
    facts = compare([*towns, same, other]).facts
    assert {id(towns[2]), id(same)} in [_members(f) for f in facts]
    assert {id(other)} in [_members(f) for f in facts]
    assert len(facts) == 11


def test_a_claim_with_no_place_on_a_quiet_day_still_joins_another_figure() -> None:
    # one town's toll that day, and a claim naming no town with another figure: the two
    # readings of one count, set side by side
    town = make(10, subject="civilians", place="Vessa", outlet="Outlet A", start="2031-04-08",
                published="2031-04-09")  # fmt: skip
    placeless = make(14, subject="civilians", place=None, outlet="Wire A", start="2031-04-08",
                     published="2031-04-09")  # fmt: skip
    (fact,) = compare([town, placeless]).facts
    assert _members(fact) == {id(town), id(placeless)}


def _crowded_world(days: int, per_day: int) -> list[Claim]:
    """Tolls of many towns over a few days; a third of the claims name no town."""
    rnd = random.Random(per_day)
    claims = []
    for event in range(days * per_day):
        day = (dt.date(2031, 4, 1) + dt.timedelta(days=event % days)).isoformat()
        value = rnd.randrange(2, 300)
        subject = rnd.choice(("civilians", "Ukrainian soldiers", "Russian soldiers", "people"))
        for report in range(rnd.randint(1, 3)):
            claims.append(
                make(value, subject=subject, start=day, published=day,
                     place=None if rnd.random() < 0.3 else f"Town {event}",
                     outlet=f"Outlet {event}.{report}", path=f"{event}/{report}.txt")
            )  # fmt: skip
    return claims


def test_the_facts_a_claim_weighs_stay_few_as_its_days_fill_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a claim with no place could join any fact of its day; as the days fill up, it reads
    # only the facts that count its group with its figure, so the facts weighed per claim
    # stay about as many whether a day holds 2 facts or 32
    compare_module = importlib.import_module("conflictfacts.compare")
    weighed = 0
    best_group = compare_module._best_group

    def counting(item: Any, numbers: list[int], *rest: Any) -> Any:
        nonlocal weighed
        weighed += len(numbers)
        return best_group(item, numbers, *rest)

    monkeypatch.setattr(compare_module, "_best_group", counting)
    per_claim = []
    for per_day in (2, 32):
        claims = _crowded_world(10, per_day)
        weighed = 0
        compare(claims)
        per_claim.append(weighed / len(claims))
    assert per_claim[1] < 1.5 * per_claim[0] + 0.5


# ------------------------------------------------------------------ place hierarchy, sources, sides


def test_a_hyphenated_compass_word_does_not_hide_the_country() -> None:
    town = make(7, place="Izium", outlet="Outlet A")
    quarter = make(7, place="north-eastern Ukraine", outlet="Outlet B")
    (fact,) = compare([quarter, town]).facts
    assert fact.place == "Izium"


def test_kashmir_holds_the_towns_of_both_administered_parts() -> None:
    town = make(12, subject="policemen", place="Pulwama", outlet="Outlet A")
    region = make(12, subject="policemen", place="Kashmir", outlet="Outlet B")
    (fact,) = compare([region, town]).facts
    assert fact.place == "Pulwama"


def test_a_region_and_a_country_join_a_town_inside_it() -> None:
    town = make(7, place="Izium", outlet="Outlet A")
    region = make(7, place="Kharkiv Oblast", outlet="Outlet B")
    country = make(7, "at least", place="Ukraine", outlet="Outlet C")
    (fact,) = compare([country, region, town]).facts
    assert fact.place == "Izium"  # the narrowest place names the fact
    assert fact.relation is Relation.COMPATIBLE


def test_two_towns_of_one_region_stay_apart_and_the_region_joins_one() -> None:
    a = make(7, place="Izium", outlet="Outlet A")
    b = make(7, place="Kupiansk", outlet="Outlet B")
    region = make(7, place="Kharkiv Oblast", outlet="Outlet C")
    facts = compare([a, b, region]).facts
    assert sorted(len(f.claims) for f in facts) == [1, 2]
    assert all({c.place for c in f.claims} != {"Izium", "Kupiansk"} for f in facts)


def test_a_capital_is_a_city_inside_its_country_not_the_country() -> None:
    # "Damascus said" speaks for Syria; "killed in Damascus" is a city, apart from Idlib
    capital = make(12, place="Damascus", outlet="Outlet A")
    town = make(12, place="Idlib", outlet="Outlet B")
    country = make(12, place="Syria", outlet="Outlet C")
    facts = compare([capital, town, country]).facts
    assert sorted(len(f.claims) for f in facts) == [1, 2]
    assert all({c.place for c in f.claims} != {"Damascus", "Idlib"} for f in facts)


def test_a_city_and_the_region_named_after_it_are_one_place() -> None:
    # copy writes "Kharkiv" for the city and for its oblast: a month's growing count given
    # for "Kharkiv" and, a week later, for "Kharkiv Oblast" is one count that rose
    city = make(13, place="Kharkiv", outlet="Outlet A", start="2022-03-01", end="2022-03-20",
                published="2022-03-20")
    region = make(15, place="Kharkiv Oblast", outlet="Outlet B", start="2022-03-01",
                  end="2022-03-27", published="2022-03-27")  # fmt: skip
    (fact,) = compare([city, region]).facts
    assert fact.relation is Relation.UPDATE
    city_key, region_key = Folder().place_key("Kharkiv"), Folder().place_key("Kharkiv Oblast")
    assert city_key is not None
    assert region_key is not None
    assert city_key.relation(region_key) == "same"
    # a town of another name inside the region is still a narrower place: its count for
    # another period is not the region's
    town = make(13, place="Izium", outlet="Outlet A", start="2022-03-01", end="2022-03-20",
                published="2022-03-20")  # fmt: skip
    assert len(compare([town, region]).facts) == 2


def _measured(
    value: int, unit: str, words: str, outlet: str, qualifier: str | None = None
) -> Claim:
    return Claim.from_record(
        {
            "kind": "other", "value": value, "low": value, "high": value, "unit": unit,
            "qualifier": qualifier, "approximate": qualifier == "about",
            "quantity_text": f"{qualifier + ' ' if qualifier else ''}{value} {words}",
            "subject": words, "category": "territory", "place": "Vessa", "outlet": outlet,
            "path": f"{outlet}.txt", "published": "2031-03-05",
        }
    )  # fmt: skip


def test_a_distance_in_two_units_is_compared_in_one() -> None:
    # a buffer zone of "6 kilometres" in one report and "six miles" in another: 6 km is not
    # 9.7 km, so the two conflict, and the summary gives kilometres, the unit most reports use
    km = _measured(6, "km", "kilometres", "Outlet A")
    miles = _measured(6, "mi", "miles", "Outlet B")
    again = _measured(6, "km", "kilometers", "Outlet C")
    assert blocking_key(km) == blocking_key(miles)
    assert relate(km, miles) is Relation.CONFLICT
    assert relate(miles, km) is Relation.CONFLICT
    (fact,) = compare([km, miles, again]).facts
    assert fact.relation is Relation.CONFLICT
    assert (fact.summary.low, fact.summary.high) == (6, Decimal("9.656"))
    # a hedged figure is widened in its own unit first: about six miles may be 10 kilometres
    about = _measured(6, "mi", "miles", "Outlet D", qualifier="about")
    assert relate(_measured(10, "km", "kilometres", "Outlet E"), about) is Relation.COMPATIBLE
    # one unit alone is summarised as given
    (same,) = compare([km, again]).facts
    assert same.relation is Relation.AGREE
    assert same.summary.high == 6


def test_a_bare_name_that_is_also_its_regions_holds_the_regions_towns() -> None:
    # "in Syria's Idlib" is the province as often as the city: a town of Idlib province lies
    # inside it (the same count on one day meets), while a town of another province does not
    folder = Folder()
    idlib, saraqeb, kharkiv = (folder.place_key(n) for n in ("Idlib", "Saraqeb", "Kharkiv"))
    assert idlib is not None
    assert saraqeb is not None
    assert kharkiv is not None
    assert idlib.relation(saraqeb) == "nested"
    assert kharkiv.relation(saraqeb) == "apart"
    town = make(9, subject="fighters", place="Saraqeb", outlet="Outlet A", source="monitor")
    bare = make(9, subject="fighters", place="Idlib", outlet="Outlet B")
    (fact,) = compare([town, bare]).facts
    assert fact.place == "Saraqeb"
    other = make(9, subject="fighters", place="Aleppo", outlet="Outlet C")
    assert len(compare([town, other]).facts) == 2


def test_an_undated_figure_far_above_an_open_floor_is_not_tied_to_it() -> None:
    # a dated "more than 40,000 fled" is open upwards, so it overlaps an undated "at least
    # 2 million" (the refugees of the whole war): nothing but the missing date ties them, and
    # the figures are far apart, so they are two facts; a near undated figure still joins
    floor = make(40_000, "more than", kind="displaced", subject="people", outlet="Outlet A",
                 start="2022-12-01", end="2023-02-25", published="2023-02-25")
    far = make(2_000_000, "at least", kind="displaced", subject="people", outlet="Outlet B",
               start=None, published="2023-02-26")
    near = make(45_000, kind="displaced", subject="people", outlet="Outlet C", start=None,
                published="2023-02-26")  # fmt: skip
    assert len(compare([floor, far]).facts) == 2
    (fact,) = compare([floor, near]).facts
    assert len(fact.claims) == 2


def test_a_wider_count_of_another_period_is_not_a_rival() -> None:
    town = make(12, place="Kutum", outlet="Outlet A", start="2023-05-02")
    country = make(
        900_000, place="Sudan", outlet="Outlet B", start="2023-04-15", end="2023-05-02"
    )
    assert len(compare([town, country]).facts) == 2


def test_places_the_gazetteer_does_not_know_meet_on_one_sources_figure() -> None:
    # Vessa and Ostrel are invented: whether one holds the other is unknown
    town = make(27, place="Vessa", outlet="Outlet A", source="Ostrel Conflict Monitor")
    province = make(27, place="Ostrel", outlet="Outlet B", source="Ostrel Conflict Monitor")
    other_figure = make(31, place="Brask", outlet="Outlet C", source="Ostrel Conflict Monitor")
    other_source = make(27, place="Ulmet", outlet="Outlet D", source="Corvana Health Office")
    facts = compare([town, province, other_figure, other_source]).facts
    assert sorted(sorted(c.place or "" for c in f.claims) for f in facts) == [
        ["Brask"], ["Ostrel", "Vessa"], ["Ulmet"]
    ]


@given(nested_places, st.sampled_from((None, "at least", "some")), st.integers(2, 500))
def test_a_town_and_a_place_holding_it_share_a_fact(
    pair: tuple[str, str], qualifier: str | None, value: int
) -> None:
    town, wider = pair
    a = make(value, qualifier, place=town, outlet="Outlet A")
    b = make(value, place=wider, outlet="Outlet B")
    assert len(compare([a, b]).facts) == 1
    assert len(compare([b, a]).facts) == 1


@given(sibling_towns, st.integers(2, 500), st.booleans())
def test_two_known_towns_never_share_a_fact(
    pair: tuple[str, str], value: int, with_region: bool
) -> None:
    claims = [make(value, place=town, outlet=f"Outlet {town}") for town in pair]
    if with_region:
        claims.append(make(value, place=None, outlet="Outlet Z"))
    for fact in compare(claims).facts:
        assert not set(pair) <= {c.place for c in fact.claims}


@pytest.mark.parametrize(
    ("one", "other", "count"),
    [
        ("Ministry of Defence", "the defence ministry", 1),
        ("the Russian defence ministry", "Russia's Defense Ministry", 1),
        ("United Nations", "UN", 1),
        ("Reuters", "Agence France-Presse", 2),
        ("Ukrainian Defense Ministry", "Russian Defense Ministry", 2),
    ],
)
def test_wordings_of_one_source_count_once(one: str, other: str, count: int) -> None:
    a = make(4, outlet="Outlet A", source=one)
    b = make(4, outlet="Outlet B", source=other)
    (fact,) = compare([a, b]).facts
    assert fact.independent_sources == count


def test_general_and_named_non_state_fighters_are_one_side() -> None:
    a = make(12, subject="insurgents", outlet="Outlet A", source="monitor")
    b = make(15, subject="armed group fighters", outlet="Outlet B", source="army")
    (fact,) = compare([a, b]).facts
    assert fact.relation is Relation.CONFLICT


def test_civilians_never_join_soldiers_and_sides_stay_apart() -> None:
    claims = [
        make(12, subject="civilians", outlet="Outlet A"),
        make(12, subject="soldiers", outlet="Outlet B"),
        make(9, subject="insurgents", outlet="Outlet C"),
        make(14, subject="pro-government fighters", outlet="Outlet D"),
    ]
    assert len(compare(claims).facts) == 4


def test_bare_fighters_join_a_side_only_when_their_article_counts_no_other() -> None:
    alone = make(40, "more than", subject="fighters", outlet="Outlet A", source="army")
    rebels = make(19, subject="rebels", outlet="Outlet B", source="monitor")
    assert len(compare([alone, rebels]).facts) == 1
    # in an article that also counts two sides, "fighters" may be their total
    total = make(40, subject="fighters", outlet="Outlet C", source="monitor")
    parts = [
        make(22, subject="pro-government fighters", outlet="Outlet C", source="monitor"),
        make(18, subject="rebel fighters", outlet="Outlet C", source="monitor"),
    ]
    other = make(19, subject="rebels", outlet="Outlet D", source="monitor")
    facts = compare([total, *parts, other]).facts
    assert not any({c.subject.label for c in f.claims} == {"fighters", "rebels"} for f in facts)


def test_one_article_may_set_two_sources_side_by_side() -> None:
    army = make(40, "more than", subject="fighters", outlet="Outlet A", source="army")
    monitor = make(19, subject="insurgents", outlet="Outlet A", source="monitor")
    (fact,) = compare([army, monitor]).facts
    assert fact.relation is Relation.CONFLICT
    # the same source's two figures in one article are sub-counts, not rivals
    first = make(40, subject="fighters", outlet="Outlet B", source="army")
    second = make(19, subject="fighters", outlet="Outlet B", source="army")
    assert len(compare([first, second]).facts) == 2


def _day_report(value: int, outlet: str, published: str, source: str, text: str) -> Claim:
    return Claim.from_record(
        {
            "kind": "wounded", "value": value, "subject": "people", "place": "Korsa",
            "date_start": "2031-04-08", "date_end": "2031-04-08", "outlet": outlet,
            "published": published, "source": source, "text": text,
        }
    )  # fmt: skip


@pytest.mark.parametrize(
    ("later_source", "later_text", "relation"),
    [
        ("health office", "The toll has risen to 52 wounded.", Relation.UPDATE),
        ("health office", "52 people were wounded.", Relation.UPDATE),
        ("army", "The toll has risen to 52 wounded.", Relation.UPDATE),
        ("army", "52 people were wounded, and the toll rose.", Relation.UPDATE),
        # whoever gives it, a larger count given a day later is the toll's later reading
        ("army", "52 people were wounded.", Relation.UPDATE),
    ],
)
def test_a_days_event_counted_higher_in_a_later_report(
    later_source: str, later_text: str, relation: Relation
) -> None:
    first = _day_report(40, "A", "2031-04-08", "health office", "40 people were wounded.")
    later = _day_report(52, "B", "2031-04-09", later_source, later_text)
    assert relate(first, later) is relation
    assert relate(later, first) is relation
    fact = compare([first, later]).facts[0]
    assert fact.relation is relation
    if relation is Relation.UPDATE:
        assert (fact.summary.low, fact.summary.best, fact.summary.high) == (52, 52, 52)
        assert fact.explanation.endswith(
            "the count rose as it was reported (40 on 2031-04-08, then 52 on 2031-04-09)"
        )
        assert [c.origin.outlet for c in fact.claims] == ["A", "B"]  # report order


def test_a_days_event_counted_lower_in_a_later_report_is_revised_down() -> None:
    first = _day_report(52, "A", "2031-04-08", "health office", "52 people were wounded.")
    later = _day_report(40, "B", "2031-04-09", "health office", "40 people were wounded.")
    for pair in ((first, later), (later, first)):
        assert relate(*pair) is Relation.CONFLICT
        (fact,) = compare(pair).facts
        assert fact.relation is Relation.CONFLICT
        assert "revised down (52 on 2031-04-08, then 40 on 2031-04-09)" in fact.explanation
        assert [p.reported_on for p in fact.positions] == [
            dt.date(2031, 4, 8), dt.date(2031, 4, 9)
        ]  # fmt: skip


# ------------------------------------------------------------------ grouping order (issue #12)


def test_an_undated_claim_joins_the_fact_at_its_very_place_on_a_tie() -> None:
    # two facts fit a report with no date equally; the older one also holds a country-wide
    # reading, the newer one only reports from the town itself
    older = [
        make(44, subject="people", outlet="Wire A", start="2022-03-20", published="2022-03-21"),
        make(44, subject="people", outlet="Wire B", place="Ukraine", start="2022-03-20",
             published="2022-03-21"),
    ]  # fmt: skip
    newer = [
        make(44, subject="people", outlet="Wire C", start="2022-05-02", published="2022-05-03"),
        make(44, subject="people", outlet="Wire D", start="2022-05-02", published="2022-05-03"),
    ]
    undated = make(44, subject="people", outlet="Wire E", start=None, published=None)
    for claims in ([*older, *newer, undated], [undated, *newer, *older]):
        facts = compare(claims).facts
        (joined,) = [f for f in facts if any(c.origin.outlet == "Wire E" for c in f.claims)]
        assert {c.origin.outlet for c in joined.claims} == {"Wire C", "Wire D", "Wire E"}


def test_one_civilian_stays_apart_from_a_toll_of_hundreds() -> None:
    claims = [
        make(450, subject="people", outlet="Wire A"),
        make(492, subject="people", outlet="Wire B", source="Health Ministry"),
        make(1, subject="civilian", outlet="Wire C", source="state media"),
        make(356, subject="people", outlet="Wire C", source="ministry"),
    ]
    facts = compare(claims).facts
    (toll,) = [f for f in facts if len(f.claims) > 1]
    assert sorted(int(c.quantity.value) for c in toll.claims) == [356, 450, 492]


def test_an_undated_claim_joins_the_fact_reported_nearest_its_page_on_a_tie() -> None:
    older = [
        make(44, subject="people", outlet=o, start="2022-04-20", published="2022-04-21")
        for o in ("Wire A", "Wire B")
    ]
    newer = [
        make(44, subject="people", outlet=o, start="2022-05-02", published="2022-05-03")
        for o in ("Wire C", "Wire D")
    ]
    undated = make(44, subject="people", outlet="Wire E", start=None, published="2022-05-04")
    for claims in ([*older, *newer, undated], [undated, *newer, *older]):
        facts = compare(claims).facts
        (joined,) = [f for f in facts if any(c.origin.outlet == "Wire E" for c in f.claims)]
        assert {c.origin.outlet for c in joined.claims} == {"Wire C", "Wire D", "Wire E"}


def test_a_first_reading_met_before_the_later_ones_still_joins_their_toll() -> None:
    # the grouping meets the first reading (40, dated the day before) alone; only the later
    # reports of 170 show that it is their toll's first figure
    claims = [
        make(40, subject="people", outlet="Wire G", start="2021-08-26", published="2021-08-27"),
        make(170, subject="people", outlet="Wire F", start="2021-08-27", published="2021-08-27"),
        make(170, subject="people", outlet="Wire E", source="officials", start="2021-08-27",
             published="2021-08-28"),
    ]  # fmt: skip
    for order in (claims, claims[::-1]):
        (fact,) = compare(order).facts
        assert fact.relation is Relation.UPDATE
        assert len(fact.claims) == 3
