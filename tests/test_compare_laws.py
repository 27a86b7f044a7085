"""Laws of comparing real coverage: a rising toll is an update, incidents stay apart, and a
sub-count never joins its total."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import Claim, Relation, compare, extract_claims, parse_article
from conflictfacts.compare import relate
from conflictfacts.documents import Document
from conflictfacts.pipeline import extract_documents
from tests.strategies import incident_record, rising_tolls, split_tolls

_DAY = dt.date(2031, 4, 8)


@given(rising_tolls(), st.randoms(use_true_random=False))
@example(
    [
        incident_record(9, outlet="Outlet 0", given=dt.date(2031, 4, 9), day=_DAY),
        incident_record(
            22, outlet="Outlet 1", given=dt.date(2031, 4, 10), day=_DAY, source="army"
        ),
    ],
    random.Random(0),
)
def test_any_order_of_a_rising_toll_is_an_update(
    records: list[dict[str, object]], rnd: random.Random
) -> None:
    claims = [Claim.from_record(record) for record in records]
    rnd.shuffle(claims)
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.UPDATE
    # the summary is the latest figure, and the claims come in report order
    top = max(int(str(record["value"])) for record in records)
    assert fact.summary.best == top
    days = [claim.origin.published for claim in fact.claims]
    assert days == sorted(days)  # type: ignore[type-var]


@given(rising_tolls(), st.lists(st.integers(1, 900), min_size=1, max_size=6))
def test_another_incidents_claims_change_nothing_in_the_first(
    records: list[dict[str, object]], others: list[int]
) -> None:
    first = [Claim.from_record(record) for record in records]
    day = dt.date.fromisoformat(str(records[0]["date_start"]))
    elsewhere = [
        Claim.from_record(
            incident_record(
                figure,
                outlet=f"Other {i}",
                given=day + dt.timedelta(days=1 + i),
                day=day + dt.timedelta(days=40),
                place="Aleppo",
            )
        )
        for i, figure in enumerate(others)
    ]
    alone = compare(first).facts
    together = compare(first + elsewhere).facts
    mine = [fact for fact in together if any(claim in first for claim in fact.claims)]
    assert mine == list(alone)
    assert all(not (set(fact.claims) & set(elsewhere)) for fact in mine)


def _article(total: int, part: int, outlet: str, published: str) -> list[Claim]:
    base = {"kind": "killed", "place": "Kharkiv", "date_start": "2031-04-08",
            "outlet": outlet, "path": f"{outlet}.txt", "published": published}  # fmt: skip
    return [
        Claim.from_record({**base, "value": total, "subject": "people"}),
        Claim.from_record({**base, "value": part, "subject": "children"}),
    ]


@given(
    st.lists(
        st.tuples(st.integers(2, 400), st.integers(1, 400)).filter(lambda p: p[1] < p[0]),
        min_size=1,
        max_size=4,
    )
)
@example([(21, 9), (30, 9)])  # "21 killed, including nine children", later "30 killed"
@example([(21, 1), (40, 1)])  # one child beside totals of 21 and 40
def test_a_sub_count_never_joins_its_total(articles: list[tuple[int, int]]) -> None:
    claims = [
        claim
        for index, (total, part) in enumerate(articles)
        for claim in _article(total, part, f"Outlet {index}", f"2031-04-{9 + index:02d}")
    ]
    for fact in compare(claims).facts:
        labels = {claim.subject.label for claim in fact.claims}
        assert labels in ({"people"}, {"children"}), fact.explanation


@given(split_tolls())
@example(  # 105 per one voice; per another, 101 at the depot and four on the road
    [
        incident_record(105, outlet="Outlet 0", given=_DAY, day=_DAY, source="monitor"),
        incident_record(101, outlet="Outlet 0", given=_DAY, day=_DAY, source="army"),
        incident_record(4, outlet="Outlet 0", given=_DAY, day=_DAY, source="army"),
        incident_record(105, outlet="Outlet 1", given=_DAY, day=_DAY),
        incident_record(101, outlet="Outlet 1", given=_DAY, day=_DAY),
        incident_record(4, outlet="Outlet 1", given=_DAY, day=_DAY),
    ]
)
def test_the_parts_a_total_adds_up_from_never_join_it_nor_each_other(
    records: list[dict[str, object]],
) -> None:
    claims = [Claim.from_record(record) for record in records]
    for fact in compare(claims).facts:
        values = {claim.quantity.value for claim in fact.claims}
        assert len(values) == 1, fact.explanation


@pytest.mark.parametrize(
    ("kind", "want"),
    [
        ("killed", Relation.UPDATE),  # a toll is counted on as it is reported
        ("deployed", Relation.CONFLICT),
        ("other", Relation.CONFLICT),
    ],
)
def test_a_stock_given_again_later_with_another_figure_is_no_update(
    kind: str, want: Relation
) -> None:
    # "35,000 troops committed to the offensive" on its first day, and months later "70,000
    # troops" for that same day: a stock at one time, not a toll still being counted
    day = dt.date(2031, 4, 8)
    reports = [(35_000, day), (70_000, day + dt.timedelta(days=200))]
    claims = [
        Claim.from_record(
            incident_record(
                figure, outlet=f"Outlet {index}", given=given, day=day, subject="soldiers",
                kind=kind,
            )
        )
        for index, (figure, given) in enumerate(reports)
    ]
    (fact,) = compare(claims).facts
    assert fact.relation is want


def test_a_later_total_updates_the_total_not_the_sub_count() -> None:
    later = {"kind": "killed", "place": "Kharkiv", "date_start": "2031-04-08",
             "outlet": "Outlet B", "path": "Outlet B.txt", "published": "2031-04-10",
             "value": 30, "subject": "people"}  # fmt: skip
    claims = [*_article(21, 9, "Outlet A", "2031-04-09"), Claim.from_record(later)]
    facts = {fact.subject: fact for fact in compare(claims).facts}
    assert facts["people"].relation is Relation.UPDATE
    assert [c.quantity.value for c in facts["people"].claims] == [21, 30]
    assert facts["children"].relation is Relation.SINGLE


def test_one_agency_copy_printed_by_several_outlets_is_one_source() -> None:
    sentence = "Shelling of the market in Kharkiv killed 12 people on Tuesday, officials said."
    day = dt.date(2031, 4, 9)
    copies = [
        Claim.from_record(
            {**incident_record(12, outlet=outlet, given=day, day=_DAY), "text": sentence}
        )
        for outlet in ("Outlet A", "Outlet B", "Outlet C")
    ]
    own = Claim.from_record(
        {**incident_record(12, outlet="Outlet D", given=dt.date(2031, 4, 9), day=_DAY),
         "text": "Twelve people died in the market shelling, a local doctor told us."}
    )  # fmt: skip
    (fact,) = compare([*copies, own]).facts
    assert fact.relation is Relation.AGREE
    assert fact.independent_sources == 2


def test_a_first_reading_dated_by_its_report_joins_the_event_of_the_day_before() -> None:
    """An evening strike's first toll, printed next morning with no date of its own, is the
    start of the same stream: "nine soldiers were killed" on the 9th, 29 and 36 later, all of
    the strike of the 8th."""
    day = dt.date(2031, 4, 8)
    first = incident_record(9, outlet="Outlet A", given=day + dt.timedelta(days=1),
                            day=day + dt.timedelta(days=1), subject="soldiers")  # fmt: skip
    later = [
        incident_record(29, outlet="Outlet B", given=day + dt.timedelta(days=1), day=day,
                        subject="soldiers"),
        incident_record(36, outlet="Outlet C", given=day + dt.timedelta(days=3), day=day,
                        subject="soldiers"),
    ]  # fmt: skip
    (fact,) = compare([Claim.from_record(r) for r in (first, *later)]).facts
    assert fact.relation is Relation.UPDATE
    assert fact.summary.best == 36
    # a far lower figure of the next day that nothing given later raises is another incident
    assert len(compare([Claim.from_record(r) for r in (first, later[0])]).facts) == 2
    # nor does a far lower figure given after a higher one join it
    fallen = incident_record(9, outlet="Outlet E", given=day + dt.timedelta(days=4),
                             day=day + dt.timedelta(days=4), subject="soldiers")  # fmt: skip
    stale = incident_record(29, outlet="Outlet F", given=day + dt.timedelta(days=3),
                            day=day + dt.timedelta(days=3), subject="soldiers")  # fmt: skip
    assert len(compare([Claim.from_record(r) for r in (stale, fallen)]).facts) == 2


def test_a_first_reading_dated_by_its_report_joins_the_count_since_the_day_before() -> None:
    """An evening strike's first toll, printed next morning with no date of its own, and a
    later count "since Tuesday's strike" are one stream: 40 on the 9th, 60 since the 8th on
    the 10th."""
    day = dt.date(2031, 4, 8)

    def reading(value: int, given: int, start: int, end: int) -> Claim:
        record = incident_record(value, outlet=f"Outlet {value}", given=dt.date(2031, 4, given),
                                 day=day, subject="soldiers")  # fmt: skip
        record.update(date_start=f"2031-04-{start:02d}", date_end=f"2031-04-{end:02d}")
        if start != end:
            record["granularity"] = "period"
        return Claim.from_record(record)

    since = reading(60, 10, 8, 10)
    (fact,) = compare([reading(40, 9, 9, 9), since]).facts
    assert fact.relation is Relation.UPDATE
    assert fact.summary.best == 60
    # two days after the period began, or dated otherwise than by its report, another count
    assert len(compare([reading(40, 10, 10, 10), since]).facts) == 2
    assert len(compare([reading(40, 11, 9, 9), since]).facts) == 2
    # a near figure joins as days apart do ("revised down"); one far above the later count,
    # which nothing given later raises, is another incident
    assert compare([reading(50, 9, 9, 9), reading(45, 10, 8, 10)]).facts[0].relation is (
        Relation.CONFLICT
    )
    assert len(compare([reading(200, 9, 9, 9), since]).facts) == 2


def test_a_next_day_count_for_the_hardest_hit_region_continues_the_toll() -> None:
    """A ministry's toll of the 8th, then on the 9th the same toll "in the south": one stream."""
    day = dt.date(2031, 4, 8)
    first = incident_record(356, outlet="Outlet A", given=day, day=day, place="Lebanon")
    second = incident_record(558, outlet="Outlet B", given=day + dt.timedelta(days=1),
                             day=day + dt.timedelta(days=1), place="South Lebanon")  # fmt: skip
    (fact,) = compare([Claim.from_record(first), Claim.from_record(second)]).facts
    assert fact.relation is Relation.UPDATE
    # a region's next-day figure below the country's is not its continuation
    lower = {**second, "value": 40}
    assert len(compare([Claim.from_record(first), Claim.from_record(lower)]).facts) == 2


def _copy(value: int, outlet: str, text: str, **extra: object) -> Claim:
    record = {**incident_record(value, outlet=outlet, given=dt.date(2031, 4, 9), day=_DAY),
              "text": text, **extra}  # fmt: skip
    return Claim.from_record(record)


def test_outlets_printing_one_credited_wire_copy_are_one_source() -> None:
    # each outlet trims the agency's sentence its own way: only the credit says it is one copy
    copies = [
        _copy(12, "Outlet A", "Shelling of the Kharkiv market killed 12 people on Tuesday.",
              agencies="Reuters"),
        _copy(12, "Outlet B", "Twelve people died when shells hit the Kharkiv market.",
              agencies="Reuters"),
        _copy(12, "Outlet C", "The shelling killed 12 at the market, Reuters reported.",
              source="Reuters"),
        _copy(12, "Reuters", "Shells killed 12 people at a market in Kharkiv on Tuesday."),
    ]  # fmt: skip
    own = _copy(12, "Outlet D", "Twelve died at the market, a doctor there told us.")
    (fact,) = compare([*copies, own]).facts
    assert fact.independent_sources == 2
    # an article crediting two agencies is their joint copy, not either one's
    joint = _copy(12, "Outlet E", "Twelve people were killed in Kharkiv on Tuesday.",
                  agencies="AFP; dpa")  # fmt: skip
    assert compare([*copies, joint]).facts[0].independent_sources == 2


def test_a_credited_wire_copy_is_one_voice_when_the_summary_counts_support() -> None:
    # three outlets of one AP copy say 12; two outlets of their own say 14 and 14
    wire = [_copy(12, f"Outlet {i}", f"Copy {i}: 12 killed.", agencies="AP") for i in range(3)]
    own = [_copy(14, f"Paper {i}", f"Paper {i}: 14 killed.") for i in range(2)]
    (fact,) = compare([*wire, *own]).facts
    assert fact.summary.best == 14  # two voices against one, not three against two


def test_the_wire_credit_of_a_page_reaches_its_claims() -> None:
    page = (
        "Shelling kills 12 in Vessa\n\nVESSA, Talvera (Reuters) - Shelling of a market in Vessa"
        " killed 12 people on Tuesday.\n"
    )
    article = parse_article(page, published=dt.date(2031, 4, 9), outlet="Daily Courier")
    (claim,) = extract_claims(article)
    assert claim.origin.agencies == ("Reuters",)
    assert Claim.from_record(claim.to_record()).origin.agencies == ("Reuters",)


def _said(value: int, outlet: str, source: str, *, denied: bool = False) -> Claim:
    return Claim.from_record(
        {**incident_record(value, outlet=outlet, given=dt.date(2031, 4, 9), day=_DAY,
                           subject="soldiers", source=source), "verb": "denied" if denied
         else "said", "denied": denied}
    )  # fmt: skip


def test_a_claim_and_its_denial_conflict() -> None:
    # "Rebels said 40 soldiers were killed in Kharkiv"; "the army denied that 40 were killed"
    said = _said(40, "Outlet A", "rebels")
    denial = _said(40, "Outlet B", "army", denied=True)
    for pair in ((said, denial), (denial, said)):
        assert relate(*pair) is Relation.CONFLICT
        (fact,) = compare(pair).facts
        assert fact.relation is Relation.CONFLICT
        assert "denied (40 on 2031-04-09; army denies it, 40 on 2031-04-09)" in fact.explanation
        assert len(fact.positions) == 2  # the figure given and the figure denied
        assert (fact.summary.low, fact.summary.best, fact.summary.high) == (40, 40, 40)
    # a denial of another figure says nothing against this one; two denials agree
    assert relate(_said(12, "Outlet C", "army"), denial) is Relation.COMPATIBLE
    assert relate(denial, _said(40, "Outlet D", "army", denied=True)) is Relation.AGREE
    # a rising toll with a denial in it is still a conflict, not an update
    later = Claim.from_record(
        {**incident_record(52, outlet="Outlet E", given=dt.date(2031, 4, 11), day=_DAY,
                           subject="soldiers", source="rebels")}
    )  # fmt: skip
    (fact,) = compare([said, denial, later]).facts
    assert fact.relation is Relation.CONFLICT
    assert Claim.from_record(denial.to_record()) == denial
    assert denial != _said(40, "Outlet B", "army")  # a denial is not the claim it denies


def _timed(value: int, outlet: str, at: str | None, day: str = "2031-04-09") -> Claim:
    return Claim.from_record(
        {**incident_record(value, outlet=outlet, given=dt.date.fromisoformat(day), day=_DAY),
         "published_at": f"{day}T{at}" if at else None}
    )  # fmt: skip


def test_figures_of_one_day_rise_in_the_order_of_their_pages_times() -> None:
    # "12 killed" in the morning, "the toll rose to 20" in the evening: one day's update
    morning, evening = _timed(12, "Outlet A", "08:00"), _timed(20, "Outlet B", "19:00")
    for pair in ((morning, evening), (evening, morning)):
        assert relate(*pair) is Relation.UPDATE
        (fact,) = compare(pair).facts
        assert fact.relation is Relation.UPDATE
        assert fact.summary.best == 20
        assert fact.explanation.endswith(
            "the count rose as it was reported (12 on 2031-04-09 at 08:00, then 20 on "
            "2031-04-09 at 19:00)"
        )
        assert [c.quantity.value for c in fact.claims] == [12, 20]  # report order
    # falling through the day is a revision down; without times of day, a conflict of one day
    (fact,) = compare([_timed(20, "Outlet A", "08:00"), _timed(12, "Outlet B", "19:00")]).facts
    assert fact.relation is Relation.CONFLICT
    assert "revised down (20 on 2031-04-09 at 08:00, then 12 on 2031-04-09 at 19:00)" in (
        fact.explanation
    )
    (fact,) = compare([_timed(12, "Outlet A", None), _timed(20, "Outlet B", "19:00")]).facts
    assert fact.relation is Relation.CONFLICT
    assert "given the same day" in fact.explanation
    # a stream over days whose last day is ordered by its times is an update too
    stream = [_timed(9, "Outlet C", None, "2031-04-08"), morning, evening]
    (fact,) = compare(stream).facts
    assert fact.relation is Relation.UPDATE
    assert fact.summary.best == 20


def test_a_crawlers_time_of_day_reaches_the_claims() -> None:
    doc = Document.from_mapping(
        {"id": "a", "text": "Shelling killed 12 people in Vessa on Tuesday.",
         "published": "2031-04-09T19:30:00+03:00"}
    )  # fmt: skip
    (result,) = list(extract_documents([doc]))
    (claim,) = result.claims
    assert claim.origin.published == dt.date(2031, 4, 9)
    assert claim.origin.published_at == dt.datetime(2031, 4, 9, 16, 30)  # UTC
    assert Claim.from_record(claim.to_record()).origin.published_at == claim.origin.published_at


def _since(value: int, outlet: str, start: str, given: str) -> Claim:
    return Claim.from_record(
        {"kind": "displaced", "value": value, "subject": "people", "place": "Talvera",
         "date_start": start, "date_end": given, "outlet": outlet, "path": f"{outlet}.txt",
         "published": given}
    )  # fmt: skip


def test_counts_from_different_time_bases_are_compatible_not_an_update() -> None:
    # "900,000 have fled since December" and, later, "600,000 since January": two counts
    december = _since(900_000, "Outlet A", "2030-12-01", "2031-02-11")
    january = _since(600_000, "Outlet B", "2031-01-01", "2031-02-25")
    assert relate(december, january) is Relation.COMPATIBLE
    assert relate(january, december) is Relation.COMPATIBLE
    # the wider period holding fewer contradicts the narrower
    fewer = _since(500_000, "Outlet C", "2030-12-01", "2031-03-01")
    assert relate(fewer, january) is Relation.CONFLICT
    # periods that only overlap bound nothing
    later = _since(200_000, "Outlet D", "2031-02-01", "2031-03-10")
    assert relate(december, later) is Relation.COMPATIBLE
    # one base (starts within cumulative_start_days), a later larger count: an update
    same_base = _since(1_000_000, "Outlet E", "2030-12-02", "2031-03-01")
    assert relate(december, same_base) is Relation.UPDATE
    # grouping still keeps far figures of other periods apart: two counts, two facts
    assert len(compare([december, january]).facts) == 2


def _floor(value: int, outlet: str, given: str, source: str | None, qualifier: str | None) -> Claim:
    return Claim.from_record(
        {**incident_record(value, outlet=outlet, given=dt.date.fromisoformat(given), day=_DAY,
                           source=source),
         "low": value, "high": None if qualifier == "at least" else value,
         "qualifier": qualifier}
    )  # fmt: skip


def test_overlapping_figures_that_grow_with_report_time_are_an_update() -> None:
    # "at least 264 killed" on the 9th, "at least 392" on the 19th: the open bound overlaps,
    # but the count rose
    first = _floor(264, "Outlet A", "2031-04-09", "health office", "at least")
    later = _floor(392, "Outlet B", "2031-04-19", "health office", "at least")
    (fact,) = compare([later, first]).facts
    assert fact.relation is Relation.UPDATE
    assert fact.summary.best == 392
    assert fact.explanation.endswith("(264 on 2031-04-09, then 392 on 2031-04-19)")
    # hedges of one figure on two days stay compatible; a lower later figure is no update
    same = _floor(264, "Outlet C", "2031-04-12", "health office", "some")
    assert compare([first, same]).facts[0].relation is Relation.COMPATIBLE
    lower = _floor(250, "Outlet D", "2031-04-12", "health office", None)
    assert compare([first, lower]).facts[0].relation is Relation.COMPATIBLE
    # "more than 380,000 killed" and, ten days later, another monitor's "more than 500,000
    # since 2011": two floors, not one count's readings; the same monitor's, an update
    floor = _floor(380_000, "Outlet E", "2031-04-09", "monitor", "at least")
    for source, relation in (("observatory", Relation.COMPATIBLE), ("monitor", Relation.UPDATE)):
        war = Claim.from_record(
            {**_floor(500_000, "Outlet F", "2031-04-19", source, "at least").to_record(),
             "date_start": "2011-03-15", "date_end": "2031-04-19", "granularity": "period"}
        )  # fmt: skip
        assert compare([floor, war]).facts[0].relation is relation


def test_a_toll_that_reaches_its_highest_figure_early_and_repeats_it_later_is_an_update() -> None:
    # an evening strike: the next morning one outlet dates its "at least 30" by the day it
    # reports, another gives "at least 41" for the evening before; the two are ordered by
    # nothing, but a 41 given three days later is the count grown since the first report
    def floor(value: int, outlet: str, given: int, day: int, qualifier: str | None) -> Claim:
        record = _floor(value, outlet, f"2031-04-{given:02d}", "health office", qualifier)
        date = f"2031-04-{day:02d}"
        return Claim.from_record({**record.to_record(), "date_start": date, "date_end": date})

    first = floor(30, "Outlet A", 9, 9, "at least")
    same_day = floor(41, "Outlet B", 9, 8, "at least")
    later = floor(41, "Outlet C", 12, 8, None)
    (fact,) = compare([later, same_day, first]).facts
    assert fact.relation is Relation.UPDATE
    assert fact.explanation.endswith("(30 on 2031-04-09, then 41 on 2031-04-12)")
    # with nothing given later, the morning's two figures still say nothing of growth
    assert compare([same_day, first]).facts[0].relation is Relation.COMPATIBLE


def _vague_report(outlet: str, text: str = "thousands") -> Claim:
    return Claim.from_record(
        {"kind": "displaced", "value": 2000, "low": 2000, "high": 9999, "qualifier": text,
         "approximate": True, "point": 1000, "quantity_text": text, "subject": "people",
         "place": "Talvera", "outlet": outlet, "path": f"{outlet}.txt",
         "published": "2031-04-09"}
    )  # fmt: skip


def test_one_vague_word_in_two_reports_is_compatible_not_agreement() -> None:
    # "thousands have fled" twice names no figure twice: not a confirmation of one count
    one, two = _vague_report("Outlet A"), _vague_report("Outlet B", "Thousands")
    assert relate(one, two) is Relation.COMPATIBLE
    assert relate(one, one) is Relation.AGREE  # a claim still agrees with itself
    (fact,) = compare([one, two]).facts
    assert fact.relation is Relation.COMPATIBLE
    assert fact.explanation.endswith("(the same word, not the same count)")
    # a stated figure repeated is agreement
    stated = [Claim.from_record({**one.to_record(), "value": 2000, "high": 2000,
                                 "qualifier": None, "approximate": False, "point": None,
                                 "quantity_text": "2,000", "outlet": o, "path": f"{o}.txt"})
              for o in ("Outlet C", "Outlet D")]  # fmt: skip
    assert compare(stated).facts[0].relation is Relation.AGREE


def _reading(value: int, outlet: str, text: str, given: int = 9) -> Claim:
    record = {**incident_record(value, outlet=outlet, given=dt.date(2031, 4, given), day=_DAY,
                                subject="soldiers"), "text": text}  # fmt: skip
    return Claim.from_record(record)


def test_an_earlier_reading_in_one_article_is_the_start_of_its_toll() -> None:
    """One article gives the toll it updates: "Earlier, officials reported seven dead", then
    "risen to 19"; another outlet's 22 of the next day continues the stream."""
    first = _reading(7, "Outlet A", "Earlier, officials reported seven soldiers dead in the raid.")
    later = _reading(19, "Outlet A", "The toll of the raid has risen to 19 soldiers, he said.")
    other = _reading(22, "Outlet B", "Twenty-two soldiers died in the raid, the army said.", 10)
    (fact,) = compare([later, other, first]).facts
    assert fact.relation is Relation.UPDATE
    assert [c.quantity.value for c in fact.claims] == [7, 19, 22]
    assert fact.summary.best == 22
    # alone, the article is one source, whose word is its later reading
    (fact,) = compare([later, first]).facts
    assert fact.relation is Relation.SINGLE
    assert fact.summary.best == 19


def test_the_old_figure_of_a_toll_that_rose_from_one_to_another_starts_its_update() -> None:
    # "rose on Friday from 7 to 19": one sentence gives the count before and after
    text = "The toll of the raid rose sharply on Friday from 7 to 19 soldiers, the army said."
    old = Claim.from_record({**_reading(7, "Outlet A", text).to_record(), "quantity_text": "7"})
    new = Claim.from_record({**_reading(19, "Outlet A", text).to_record(), "quantity_text": "19"})
    (fact,) = compare([new, old]).facts
    assert [c.quantity.value for c in fact.claims] == [7, 19]
    assert fact.summary.best == 19
    # "from 7 villages" is where people came from, not an old figure
    place = "Fighters from 7 villages to the south joined the 19 soldiers, the army said."
    part = Claim.from_record({**_reading(7, "Outlet A", place).to_record(), "quantity_text": "7"})
    assert len(compare([part, new]).facts) == 2


def test_the_figure_a_toll_rose_up_from_starts_its_update() -> None:
    # "stood at 19 on Friday, up from 7 a day earlier": the 7 is the count before the rise
    text = "The toll of the raid stood at 19 soldiers on Friday, up from 7 a day earlier."
    old = Claim.from_record({**_reading(7, "Outlet A", text).to_record(), "quantity_text": "7"})
    new = Claim.from_record({**_reading(19, "Outlet A", text).to_record(), "quantity_text": "19"})
    (fact,) = compare([new, old]).facts
    assert [c.quantity.value for c in fact.claims] == [7, 19]
    assert fact.summary.best == 19


def test_a_figure_beside_its_articles_risen_toll_is_its_earlier_reading() -> None:
    # "at least 30 soldiers were killed", and further down "the toll has since climbed to 44":
    # the 30 is the count before it climbed, not a part of the 44
    first = _reading(30, "Outlet A", "At least 30 soldiers were killed in the raid, he said.")
    later = _reading(44, "Outlet A", "By nightfall the toll had since climbed to 44, he said.")
    (fact,) = compare([later, first]).facts
    assert [c.quantity.value for c in fact.claims] == [30, 44]
    assert fact.relation is Relation.SINGLE
    assert fact.summary.best == 44
    # another outlet's figure beside it: the article's own count rose, an update
    other = Claim.from_record(
        {**_reading(40, "Outlet B", "At least 40 soldiers died in the raid.").to_record(),
         "high": None, "qualifier": "at least"}
    )  # fmt: skip
    (fact,) = compare([later, other, first]).facts
    assert fact.relation is Relation.UPDATE
    assert "(30 on 2031-04-09, then 44 on 2031-04-09)" in fact.explanation
    # a figure far below the risen toll is a part of it; "came to" is no change
    part = _reading(12, "Outlet A", "Twelve of the dead were officers, he said.")
    assert len(compare([part, later]).facts) == 2
    came = _reading(44, "Outlet A", "The raiders came to 44 houses, he said.")
    assert len(compare([first, came]).facts) == 2


def test_an_earlier_reading_of_bare_dead_joins_its_articles_toll_of_soldiers() -> None:
    # "Earlier, officials reported nine dead" in an article whose toll of soldiers has risen
    # to 22 is that toll's first reading, not a total of which the soldiers are a part: it
    # joins them (where another outlet's nine soldiers stand), not nine rebels of that day
    def said(value: int, outlet: str, subject: str, text: str) -> Claim:
        record = incident_record(value, outlet=outlet, given=dt.date(2031, 4, 9), day=_DAY,
                                 subject=subject)  # fmt: skip
        return Claim.from_record({**record, "text": text})

    first = said(9, "Outlet A", "people", "Earlier, officials reported nine dead in the raid.")
    toll = said(22, "Outlet A", "soldiers", "The toll of soldiers has since risen to 22.")
    nine = said(9, "Outlet B", "soldiers", "Nine soldiers died in the raid, the army said.")
    rebels = said(9, "Outlet C", "rebels", "Nine rebels were killed in fighting nearby.")
    facts = compare([rebels, toll, nine, first]).facts
    (soldiers,) = [f for f in facts if len(f.claims) == 3]
    assert sorted(c.quantity.value for c in soldiers.claims) == [9, 9, 22]
    assert {c.subject.label for c in soldiers.claims} == {"people", "soldiers"}
    # with no mark of an earlier reading, its article's bare "people" may be a total: apart
    total = said(9, "Outlet A", "people", "Nine people died in the raid.")
    assert all(len(f.claims) < 3 for f in compare([rebels, toll, nine, total]).facts)


def test_a_figure_of_one_article_with_no_mark_of_an_earlier_reading_stays_apart() -> None:
    # "seven of them officers" is a part of the toll, and "earlier this month" another event
    for text in ("Seven of them were officers.", "Earlier this month, seven soldiers died."):
        part = _reading(7, "Outlet A", text)
        whole = _reading(19, "Outlet A", "The toll of the raid has risen to 19 soldiers.")
        assert len(compare([part, whole]).facts) == 2
