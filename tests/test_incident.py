"""The incident frame: event time against report time, and what claims inherit from it."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import Claim, ClaimKind, Gazetteer, Lexicon, extract_claims, parse_article
from conflictfacts._case import fold, folds_as_lower
from conflictfacts.extraction import incident, reader
from conflictfacts.extraction.incident import read_incidents
from conflictfacts.extraction.tokens import letter_runs
from conflictfacts.extraction.units import units_of
from tests.strategies import incident_pages

DAY = dt.date(2031, 4, 14)  # a Monday


Row = tuple[str, int, str | None, str | None]


def _claims(page: str, published: dt.date | None = DAY) -> list[Row]:
    article = parse_article(page, published=published)
    return [
        (
            c.kind.value,
            int(c.quantity.value),
            c.time.start.isoformat() if c.time else None,
            c.reported_on.isoformat() if c.reported_on else None,
        )
        for c in extract_claims(article)
    ]


def test_a_rising_toll_is_the_incidents_event_reported_later() -> None:
    page = (
        "Shelling hits market in Kutum\n\n"
        "Artillery shelling hit the main market in Kutum on Saturday, residents said. "
        "The toll from the shelling rose to 30 on Sunday, a local doctor said."
    )
    assert _claims(page) == [("killed", 30, "2031-04-12", "2031-04-13")]


def test_a_statement_day_is_the_report_time_not_the_event_time() -> None:
    page = (
        "Convoy ambushed near Kutum\n\n"
        "Gunmen ambushed an army convoy near Kutum on Friday. "
        "The army said on Sunday that nine soldiers were killed in the ambush."
    )
    assert _claims(page) == [("killed", 9, "2031-04-11", "2031-04-13")]


def test_a_claim_with_its_own_day_keeps_it() -> None:
    page = (
        "Clashes in North Darfur\n\n"
        "Fighters attacked the town of Kutum on Friday, witnesses said. "
        "Two more civilians were killed in Kutum on Sunday, the governor said."
    )
    assert _claims(page) == [("killed", 2, "2031-04-13", DAY.isoformat())]


def test_the_noun_picks_its_own_incident() -> None:
    page = (
        "Two attacks in a week\n\n"
        "A car bomb attack on a checkpoint in Kutum killed four soldiers on Tuesday. "
        "Air strikes on the market in Tawila on Saturday hit a crowded street. "
        "At least 15 people were killed in the strikes, medics said. "
        "Another soldier wounded in the attack died later, the army said."
    )
    found = _claims(page)
    assert ("killed", 4, "2031-04-08", DAY.isoformat()) in found
    assert ("killed", 15, "2031-04-12", DAY.isoformat()) in found


def test_background_tolls_do_not_take_the_incidents_day() -> None:
    page = (
        "Strike on Kutum\n\n"
        "A drone strike killed six people in Kutum on Saturday, medics said. "
        "The war has killed tens of thousands of people, the UN says."
    )
    found = _claims(page)
    assert ("killed", 6, "2031-04-12", DAY.isoformat()) in found
    background = [c for c in found if c[1] != 6]
    assert background
    assert all(c[2] != "2031-04-12" for c in background)


def test_every_claim_is_reported_on_the_page_date_by_default() -> None:
    page = "Five soldiers were wounded by a mine near Kutum, the army said."
    assert _claims(page) == [("wounded", 5, None, DAY.isoformat())] or all(
        c[3] == DAY.isoformat() for c in _claims(page)
    )


def test_an_undated_page_reports_on_no_date() -> None:
    assert all(c[3] is None for c in _claims("Five soldiers died in Kutum.", published=None))


def test_a_claim_that_refers_back_takes_the_incidents_actor_and_the_frame_says_where() -> None:
    page = (
        "Israeli strike hits Beirut suburb\n\n"
        "Israeli warplanes struck a building in Beirut on Sunday, killing four people, "
        "the health ministry said. "
        "Another 12 people were wounded in the strike, the ministry said later."
    )
    article = parse_article(page, published=DAY)
    claims = {c.kind: c for c in extract_claims(article)}
    wounded = claims[ClaimKind.WOUNDED]
    assert wounded.time is not None
    assert wounded.time.start == dt.date(2031, 4, 13)
    assert wounded.frame is not None
    assert "struck a building" in page[wounded.frame.start : wounded.frame.end]


def test_read_incidents_gives_the_leads_incident_first() -> None:
    page = (
        "Bombing in Kutum\n\n"
        "A suicide bombing at a mosque in Kutum killed 20 people on Friday. "
        "A second blast on Saturday wounded three."
    )
    incidents = read_incidents(parse_article(page, published=DAY))
    assert [(i.event, i.day.start) for i in incidents][:1] == [("bombing", dt.date(2031, 4, 11))]


@given(st.text(max_size=400))
@example("Shelling on Saturday. The toll rose to 30 on Sunday, officials said that since")
@example("On Sunday, said 5 killed in the strike on Monday, as of")
def test_framing_never_crashes_and_spans_are_valid(text: str) -> None:
    article = parse_article(text, published=DAY)
    for claim in extract_claims(article):
        if claim.frame is not None:
            assert 0 <= claim.frame.start <= claim.frame.end <= len(text)
        assert claim.reported_on is None or isinstance(claim.reported_on, dt.date)


@given(incident_pages())
@example("Strike near Kutum\n\nThe death toll from the strike rose to 30 on Sunday. "
         "A drone strike hit an army convoy near Kutum on Saturday, the army said.")
def test_incidents_looked_for_lazily_are_those_read_all_at_once(page: str) -> None:
    # the frame reads a sentence's dates only when a claim asks for its incident: whatever the
    # order of the questions, the answers are those of reading every incident first
    article = parse_article(page, published=DAY)
    claims = extract_claims(article)
    units, claim_units = incident._units(article, claims)
    eager = incident._Incidents(article, list(units), claims, claim_units)
    everything = eager.every()
    assert everything == list(read_incidents(article, claims))
    lazy = incident._Incidents(article, list(units), claims, claim_units)
    for unit in reversed([u for u in claim_units if u is not None]):
        assert lazy.refers_to(unit) == eager.refers_to(unit)
    assert lazy.lead() == eager.lead()


def test_a_frame_left_alone_returns_the_claim_itself_and_a_changed_one_keeps_every_field() -> None:
    page = "Shelling in Vessa\n\nShelling hit Vessa on Saturday. Nine people were killed."
    article = parse_article(page, published=DAY)
    (claim,) = extract_claims(article)
    bare = attrs.evolve(claim, time=None, frame=None, reported_on=None)
    (framed,) = incident.frame_claims(article, [bare])
    assert (framed.time, framed.reported_on) == (claim.time, DAY)
    assert framed.frame is not None
    for field in attrs.fields(Claim):
        if field.name not in {"time", "reported_on", "frame"}:
            assert getattr(framed, field.name) is getattr(claim, field.name), field.name
    undated = parse_article("Nine people were killed in Vessa.")
    (alone,) = extract_claims(undated)
    assert incident.frame_claims(undated, [alone])[0] is alone
    # the frame copies a claim field by field: a new field of Claim must be copied there too
    assert [f.name for f in attrs.fields(Claim)] == [
        "kind", "quantity", "subject", "actor", "place", "time", "attribution", "evidence",
        "sentence", "origin", "reported_on", "frame",
    ]  # fmt: skip


def test_a_claims_sentence_is_found_among_headline_sentences_and_captions_in_any_order() -> None:
    # captions come after the body sentences but may stand anywhere in the page
    where = incident._piece_finder([(0, 5), (20, 30), (10, 15)])
    assert [where(at) for at in (0, 4, 5, 12, 15, 25, 30)] == [0, 0, None, 2, None, 1, None]
    # overlapping pieces: the first that holds the offset
    where = incident._piece_finder([(0, 10), (5, 20)])
    assert [where(at) for at in (3, 7, 15, 20)] == [0, 0, 1, None]


def test_a_day_before_the_reporting_verb_is_not_the_reported_figures() -> None:
    # Thursday is the day the witness fled; the deaths are those of the reported clause
    page = (
        "A nurse who fled Vessa on Thursday told Meridian Wire on Friday that 300 civilians "
        "were killed by militias in the town between 4 and 9 April."
    )
    (claim,) = extract_claims(parse_article(page, published=DAY))
    assert claim.time is not None
    assert (claim.time.start, claim.time.end) == (dt.date(2031, 4, 4), dt.date(2031, 4, 9))
    assert claim.reported_on == dt.date(2031, 4, 11)


def test_a_superlatives_window_dates_nothing() -> None:
    # "since 2019" and "in over a year" only say how long it has been the worst
    page = (
        "Shelling hit Vessa on Saturday. At least 40 people were killed in the deadliest "
        "attack on the town in over a year of war. It was the worst day for the army since "
        "2019, and 12 soldiers died."
    )
    rows = _claims(page)
    assert [(kind, start) for kind, _, start, _ in rows] == [
        ("killed", "2031-04-12"),
        ("killed", "2031-04-12"),
    ]


def test_today_in_a_statement_is_the_statements_day() -> None:
    # the statement was issued on Thursday: its "today" is Thursday, not the page's Monday
    page = (
        "Blasts hit Vessa airport\n\n"
        'In a statement issued on Thursday, the army said "soldiers were killed in the '
        'attack at Vessa airport today."\n\n'
        "A hospital said 40 people wounded in the airport attack were brought in."
    )
    rows = _claims(page)
    assert ("wounded", 40, "2031-04-10", "2031-04-14") in rows


def test_a_toll_after_the_attack_keeps_the_attacks_day() -> None:
    page = (
        "Bomb kills dozens in Vessa\n\n"
        "A suicide bomb attack on the Vessa market on Saturday killed 31 people, officials said."
        "\n\nPolice were on alert on Monday after the market attack, which also wounded 50."
    )
    rows = _claims(page)
    assert ("wounded", 50, "2031-04-12", "2031-04-14") in rows


def test_a_toll_of_a_past_month_takes_the_day_the_article_gives_its_strike() -> None:
    page = (
        "Inquiry on Vessa strike\n\n"
        "An inquiry found that 64 civilians died in an airstrike on Vessa in February. "
        "Jets bombarded a school in the town's east on February 17."
    )
    rows = _claims(page)
    assert rows[0][:3] == ("killed", 64, "2031-02-17")
    # a toll of the page's own month is a toll so far, kept whole
    so_far = _claims(
        "Jets bombarded a school in Vessa on April 2. In April, 64 civilians died in strikes "
        "on Vessa."
    )
    assert ("killed", 64, "2031-04-01", "2031-04-14") in so_far
    # a later figure that takes the incident's month without a word of it takes that day too
    rows = _claims(
        "Inquiry on Vessa strike\n\n"
        "An inquiry found that 64 civilians died in an airstrike on Vessa in February. "
        "Jets bombarded a school in the town's east on February 17. "
        "Nine pupils are still unaccounted for, the inquiry said."
    )
    assert rows[-1][:3] == ("missing", 9, "2031-02-17")


@given(st.text(alphabet=st.sampled_from("aBz-' \u2019\u0130\u212a\u017f\u00e9K.9"), max_size=60))
@example("An anti-war rally in Vessa, a counter-attack and air-strikes")
@example("\u0130DL\u0130B air stri\u212ae")
def test_the_readers_runs_of_letters_are_the_frames_words_where_it_hands_them_over(
    text: str,
) -> None:
    # the reader hands the frame the runs of letters it found (issue #11) where the text has no
    # hyphen (the frame keeps "anti-war" whole) and folds as it lowers
    if "-" not in fold(text) and folds_as_lower(text):
        assert letter_runs(fold(text)) == incident._words(text)


def test_words_found_for_another_text_at_the_same_start_are_not_used() -> None:
    known = {10: (40, {"strike"})}
    assert incident._known_words(known, 10, 40) == {"strike"}
    # a caption's first sentence, a sentence the reader cut short: the frame reads its own
    assert incident._known_words(known, 10, 90) is None
    assert incident._known_words(known, 11, 40) is None


@given(incident_pages())
@example(
    "Anti-war rally shelled in Vessa\n\n"
    "Shelling hit an anti-war rally in Vessa on Saturday, killing 12 people. "
    "A bombing in Kutum on Friday killed five people. "
    "The toll from the bombing rose to nine on Sunday, the army said."
)
def test_the_frame_given_the_readers_words_frames_as_it_does_reading_its_own(page: str) -> None:
    # the claims as the reader gives them to the frame, with the words and dates it found
    article = parse_article(page, published=DAY)
    read = reader._Reader(article, Gazetteer.default(), Lexicon.default())
    claims = [claim for unit in units_of(article) for claim in read.read(unit)]
    dates = read.timeline.dates_read
    handed = incident.frame_claims(article, claims, dates=dates, words=read.runs_read)
    own = incident.frame_claims(article, claims, dates=dates)
    assert [(c.time, c.actor, c.place, c.frame, c.reported_on) for c in handed] == [
        (c.time, c.actor, c.place, c.frame, c.reported_on) for c in own
    ]
    if "Kutum on Friday" in page:  # (the example: the nine take the bombing's day, by its word)
        assert [c.time.start.day for c in handed if c.time] == [12, 11, 11]


def _days(page: str) -> list[tuple[dt.date, dt.date] | None]:
    claims = extract_claims(parse_article(page, published=dt.date(2031, 5, 10)))
    return [None if c.time is None else (c.time.start, c.time.end) for c in claims]


def test_a_toll_given_on_a_later_day_keeps_the_day_of_its_event() -> None:
    thursday, friday = dt.date(2031, 5, 8), dt.date(2031, 5, 9)
    # the day a toll was updated is not the day the deaths happened, which the sentence names
    assert _days(
        "Vessa\n\nThe death toll from Thursday's bombing in Vessa rose on Friday to 170, the "
        "health ministry said."
    ) == [(thursday, thursday)]
    assert _days(
        "Vessa\n\nThe death toll from the bombing in Vessa on Thursday rose to 170 on Friday, "
        "officials said."
    ) == [(thursday, thursday)]
    # with no day of the event, the day it was given stays
    assert _days("Vessa\n\nThe death toll rose on Friday to 170, the health ministry said.") == [
        (friday, friday)
    ]
    # a count since a start day is no single day's: it is not moved back to that day
    (since,) = _days(
        "Vessa\n\nThe number of people killed since the offensive began on 3 March rose on "
        "Friday to 300, the health ministry said."
    )
    assert since is not None
    assert since[0] != dt.date(2031, 3, 3)


def test_a_lead_is_not_dated_by_a_later_incident_stated_as_background() -> None:
    # Sunday's downing of two jets is not the Thursday strike a later sentence gives as the
    # background ("escalating since ...", "following ..."): the jets do not take its day (with
    # no day of their own, they keep the page's, as any undated event)
    for aside in (
        "Fighting in Vessa has escalated since an airstrike killed 20 soldiers on Thursday.",
        "The army launched a new operation in Vessa following an attack on Thursday.",
        "Tensions in Vessa rose sharply last week when an airstrike killed 20 soldiers.",
    ):
        page = (
            "Vessa\n\nTroops shot down two Talveran warplanes over Vessa, the defence ministry "
            f"said on Sunday. {aside}"
        )
        rows = _claims(page)
        assert rows[0] == ("destroyed", 2, "2031-04-14", "2031-04-13"), aside
    # the incident a lead's casualties come from, stated after them, still dates them
    assert _claims(
        "At least 28 killed in Vessa\n\n"
        "At least 28 cadets died after a drone struck their college in Vessa on "
        "Saturday, local media said."
    )[0][:3] == ("killed", 28, "2031-04-12")
    assert _claims(
        "Nine soldiers were killed in Vessa, the governor said on Sunday. The airstrike on the "
        "base came on Saturday night."
    )[0] == ("killed", 9, "2031-04-12", "2031-04-13")
    # a sentence after the aside that refers back to it still takes its day
    rows = _claims(
        "Fighting in Vessa has escalated since an airstrike killed 20 soldiers on Thursday. "
        "The toll from the airstrike rose to 22, officials said."
    )
    assert ("killed", 22, "2031-04-10", "2031-04-14") in rows


def test_a_day_told_in_the_present_tense_is_the_events_not_a_statements() -> None:
    # "On April 2, a teacher says he ..." is the writer's narration of that day: the bodies
    # were carried then, and the figure was given on the page's day
    page = (
        "Vessa burials\n\nThe bodies kept coming. On April 2, a gravedigger says he buried 52 "
        "bodies near the market. On April 9, 56 more were buried."
    )
    assert _claims(page)[0] == ("killed", 52, "2031-04-02", "2031-04-14")
    # in the past tense it is a statement's day
    page = "Vessa\n\nOn Sunday, the ministry said 12 soldiers were killed in Vessa."
    assert _claims(page)[0][3] == "2031-04-13"


def test_the_day_a_question_was_asked_dates_no_incident() -> None:
    page = (
        "Blast at Vessa gate\n\nAsked earlier Friday whether the army would hunt down those "
        "behind the bombing, the minister declined to answer.\n\n"
        "A bombing at the Vessa gate on Thursday killed 60 people.\n\n"
        "Health officials later raised the toll, saying 80 people had been killed."
    )
    claims = extract_claims(parse_article(page, published=dt.date(2031, 4, 12)))
    thursday = dt.date(2031, 4, 10)
    assert [(c.quantity.low, c.time.start if c.time else None) for c in claims] == [
        (60, thursday),
        (80, thursday),
    ]


def test_a_headlines_months_ago_dates_no_incident() -> None:
    # a page's age printed after its headline says how long ago, not on which day
    page = (
        "Drone hits Vessa convoy after Kutum bombing 5 months ago\n\n"
        "The strike answers the bombing at the Kutum market, which killed as many as 40 people."
        " Rebels said they carried out the bombing at the market on Thursday."
    )
    rows = _claims(page)
    assert [row[2] for row in rows] == ["2031-04-10"] * len(rows)


@pytest.mark.parametrize(
    ("lasted", "end"),
    [
        ("The raids lasted three days.", "2031-04-05"),
        ("The assault went on for a week, residents said.", "2031-04-09"),
        # a length not told runs to the day the page was published
        ("The attacks on the camp spanned several days.", "2031-04-14"),
    ],
)
def test_an_incident_told_to_have_lasted_days_is_that_period(lasted: str, end: str) -> None:
    page = (
        "Militias stormed a displacement camp near Kutum on April 3, witnesses said. "
        f"{lasted} Medics said at least 40 people were killed in the camp."
    )
    rows = _claims(page)
    assert [(row[0], row[2]) for row in rows] == [("killed", "2031-04-03")]
    article = parse_article(page, published=DAY)
    (claim,) = extract_claims(article)
    assert claim.time is not None
    assert claim.time.end.isoformat() == end


def test_the_day_an_inquiry_found_something_is_the_findings_not_the_events() -> None:
    page = (
        "Inquiry on Vessa strike\n\n"
        "An airstrike hit a building in Vessa on April 2, the inquiry said. On Thursday, the "
        "inquiry found that the blast set off explosives stored inside, which killed 30 civilians."
    )
    assert _claims(page) == [("killed", 30, "2031-04-02", "2031-04-10")]
    # a day after "found" that does not open the sentence is an event's
    assert _claims("Troops found 12 bodies in Vessa on Thursday.")[0][2] == "2031-04-10"


def test_a_toll_that_refers_back_takes_the_place_of_its_incident_not_the_pages() -> None:
    page = (
        "Shelling hits Kharkiv\n\n"
        "Shelling hit Kharkiv on Friday, damaging homes. "
        "A missile strike hit a bus station in Kherson on Saturday, killing four people. "
        "The death toll from the strike rose to nine on Sunday, officials said."
    )
    claims = extract_claims(parse_article(page, published=DAY))
    assert [(c.quantity.value, c.place) for c in claims] == [(4, "Kherson"), (9, "Kherson")]
    # a sentence that names no place and refers back to nothing keeps the page's place
    alone = extract_claims(parse_article(page + " Two firefighters were hurt.", published=DAY))
    assert alone[-1].place == "Kharkiv"
