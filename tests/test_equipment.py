"""Counts of equipment: one head for the words of one thing, models and sides weighed apart,
and an operation's running tally read as one growing count."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import Claim, Relation, compare, extract_claims, parse_article
from conflictfacts._labels import Folder, modifiers_fit
from conflictfacts.compare import blocking_key
from tests.strategies import EQUIPMENT_SYNONYMS, equipment_wordings, model_designations

DAY = "2031-03-04"


def _downed(subject: str, outlet: str, value: int = 2, kind: str = "destroyed") -> Claim:
    return Claim.from_record(
        {
            "kind": kind,
            "value": value,
            "subject": subject,
            "place": "Vessa",
            "date_start": DAY,
            "date_end": DAY,
            "outlet": outlet,
            "document": outlet,
            "published": DAY,
        }
    )


def _facts(*subjects: str) -> int:
    claims = [_downed(s, f"Outlet {i}") for i, s in enumerate(subjects)]
    return len(compare(claims).facts)


# ------------------------------------------------------------------------------- heads


@given(equipment_wordings())
@example(("Syrian warplanes", "regime fighter jets"))
@example(("air defence systems", "air-defense platforms"))
def test_the_words_of_one_kind_of_equipment_fold_to_one_head(pair: tuple[str, str]) -> None:
    folder = Folder()
    first, second = (folder.subject(label, things=True).head for label in pair)
    assert first == second


def test_manned_aircraft_drones_helicopters_and_air_defences_are_four_heads() -> None:
    folder = Folder()
    heads = {folder.subject(words[0], things=True).head for words in EQUIPMENT_SYNONYMS}
    assert len(heads) == len(EQUIPMENT_SYNONYMS)


def test_fighters_downed_are_aircraft_fighters_killed_are_people() -> None:
    downed = blocking_key(_downed("fighters", "A"))
    killed = blocking_key(_downed("fighters", "A", kind="killed"))
    assert downed == ("destroyed", "aircraft")
    assert killed == ("killed", "person")
    assert Folder().subject("fighters").head == "fighter"
    # a side of fighters, or another word for them, names people even in a count of things
    for label in ("rebel fighters", "pro-government fighters", "militants", "combatants"):
        assert Folder().subject(label, things=True).head == "fighter"


def test_two_outlets_words_for_the_same_two_aircraft_make_one_fact() -> None:
    assert _facts("Syrian warplanes", "Syrian fighter jets", "jets") == 1


def test_a_drone_and_a_helicopter_never_join_warplanes() -> None:
    assert _facts("warplanes", "drones") == 2
    assert _facts("warplanes", "helicopters") == 2
    assert _facts("drones", "unmanned aerial vehicles") == 1


# ------------------------------------------------------------------------------- models and sides


def test_a_model_and_a_side_describe_the_same_aircraft() -> None:
    assert _facts("Su-24 warplanes", "Talveran government warplanes") == 1


def test_two_sides_never_share_a_fact() -> None:
    assert _facts("Talveran warplanes", "Corvanian warplanes") == 2
    assert _facts("Su-24 Talveran warplanes", "Su-24 Corvanian warplanes") == 2


@given(model_designations(), model_designations())
@example("Su-24", "Su-25")
@example("MiG-29", "MiG-21")
def test_two_model_designations_never_share_a_fact(first: str, second: str) -> None:
    folder = Folder()
    a = folder.subject(f"{first} warplanes", things=True)
    b = folder.subject(f"{second} warplanes", things=True)
    if first.lower() == second.lower():
        assert a.compatible(b)
        return
    assert not a.compatible(b)
    assert _facts(f"{first} warplanes", f"{second} warplanes") == 2


@given(st.sampled_from(("Talveran", "regime", "Corvanian government")), model_designations())
def test_a_model_fits_any_one_side(side: str, model: str) -> None:
    folder = Folder()
    a = folder.subject(f"{model} jets", things=True)
    b = folder.subject(f"{side} warplanes", things=True)
    assert a.compatible(b)


def test_a_makers_name_fits_its_own_models_only() -> None:
    mig, mig29, mig21 = (frozenset({m}) for m in ("mig", "mig-29", "mig-21"))
    assert modifiers_fit(mig, mig29)
    assert not modifiers_fit(mig29, mig21)
    assert not modifiers_fit(frozenset({"talvera"}), frozenset({"corvana"}))


# ------------------------------------------------------------------------------- operation tallies

_FIRST = (
    "Army says Operation Iron Gate has destroyed 40 rebel tanks\n\n"
    "KUTUM, Talvera (Meridian) - The defence minister said Operation Iron Gate began after "
    "rebel fighters shelled army posts near Kutum on 2 March. So far 40 tanks and six "
    "helicopters of the rebels have been destroyed, he told reporters."
)
_SECOND = (
    "Talvera raises its tally of rebel equipment destroyed\n\n"
    "VESSA, Talvera (Daily Courier) - The army launched Operation Iron Gate on 2 March after "
    "rebels shelled its posts near Kutum. The defence ministry said on Tuesday that 55 tanks "
    "had been destroyed in the operation so far."
)


def _tally(page: str, published: dt.date, outlet: str) -> list[Claim]:
    return list(extract_claims(parse_article(page, published=published, outlet=outlet)))


def test_an_operations_tally_counts_from_its_start_to_the_day_given() -> None:
    tanks = _tally(_FIRST, dt.date(2031, 3, 9), "Meridian")[0]
    assert tanks.time is not None
    assert (tanks.time.start, tanks.time.end) == (dt.date(2031, 3, 2), dt.date(2031, 3, 9))


def test_a_growing_tally_of_one_operation_is_an_update() -> None:
    claims = _tally(_FIRST, dt.date(2031, 3, 9), "Meridian") + _tally(
        _SECOND, dt.date(2031, 3, 12), "Daily Courier"
    )
    tanks = [f for f in compare(claims).facts if len(f.claims) == 2]
    assert len(tanks) == 1
    assert tanks[0].relation is Relation.UPDATE


def test_an_operation_on_one_day_is_no_campaign() -> None:
    page = (
        "Rebels arrested near Vessa\n\n"
        "VESSA, Talvera (Courier) - A security operation near Vessa on Tuesday ended with four "
        "rebels arrested. Two tanks were destroyed, the army said."
    )
    for claim in _tally(page, dt.date(2031, 3, 12), "Courier"):
        assert claim.time is not None
        assert claim.time.is_day


# ------------------------------------------------------------------------ tallies with no start


def _tally_record(day: dt.date, value: int, outlet: str, granularity: str = "tally") -> Claim:
    return Claim.from_record(
        {
            "kind": "destroyed",
            "value": value,
            "subject": "tanks",
            "place": "Vessa",
            "date_start": day.isoformat(),
            "date_end": day.isoformat(),
            "granularity": granularity,
            "outlet": outlet,
            "document": outlet,
            "published": day.isoformat(),
        }
    )


def _granularity(page: str, published: dt.date = dt.date(2031, 3, 12)) -> list[tuple[str, str]]:
    return [
        (c.time.granularity.value, c.time.start.isoformat())
        for c in _tally(page, published, "Courier")
        if c.time is not None
    ]


def test_a_tally_since_an_operation_began_with_no_start_given_is_a_tally_to_its_day() -> None:
    page = (
        "Tally rises\n\nVESSA, Talvera (Courier) - Rebels shelled Kutum on Monday. The defence "
        "minister said 55 tanks had been destroyed since the operation began."
    )
    assert _granularity(page) == [("tally", "2031-03-12")]


def test_a_tally_in_a_named_operation_runs_from_the_start_the_article_gives() -> None:
    dated = (
        "Tally rises\n\nVESSA, Talvera (Courier) - The army launched Operation Iron Gate on 2 "
        "March. Since the beginning of Operation Iron Gate, 55 tanks have been destroyed, the "
        "army said."
    )
    undated = (
        "Tally rises\n\nVESSA, Talvera (Courier) - The defence minister said 55 tanks had been "
        "destroyed in the framework of Operation Iron Gate."
    )
    assert _granularity(dated) == [("period", "2031-03-02")]
    assert _granularity(undated) == [("tally", "2031-03-12")]


def test_a_count_since_this_morning_is_no_tally() -> None:
    page = (
        "Clashes\n\nVESSA, Talvera (Courier) - Twelve people have been killed since this "
        "morning."
    )
    assert [g for g, _ in _granularity(page)] != ["tally"]


@given(
    st.dates(dt.date(2030, 1, 1), dt.date(2032, 1, 1)),
    st.integers(1, 30),
    st.integers(1, 500),
    st.integers(1, 500),
)
@example(dt.date(2031, 3, 2), 2, 103, 32)
def test_a_later_larger_tally_updates_an_earlier_one(
    day: dt.date, gap: int, first: int, more: int
) -> None:
    earlier = _tally_record(day, first, "Meridian")
    later = _tally_record(day + dt.timedelta(days=gap), first + more, "Daily Courier")
    for claims in ([earlier, later], [later, earlier]):
        (fact,) = compare(claims).facts
        assert fact.relation is Relation.UPDATE


def test_a_tally_is_one_count_with_a_period_that_starts_before_it_not_with_a_day() -> None:
    day = dt.date(2031, 3, 9)
    tally = _tally_record(day, 55, "Daily Courier")
    period = Claim.from_record(
        {
            "kind": "destroyed",
            "value": 40,
            "subject": "tanks",
            "place": "Vessa",
            "date_start": "2031-03-02",
            "date_end": "2031-03-06",
            "outlet": "Meridian",
            "document": "Meridian",
            "published": "2031-03-06",
        }
    )
    (fact,) = compare([tally, period]).facts
    assert fact.relation is Relation.UPDATE
    # one day's event of another figure, before or on the tally's day, is another fact
    event = _tally_record(dt.date(2031, 3, 8), 4, "Courier", granularity="day")
    assert len(compare([tally, event]).facts) == 2
    # and a tally of the same figure given a day earlier is the same count, not that day's
    assert len(compare([tally, _tally_record(dt.date(2031, 3, 10), 55, "Courier")]).facts) == 1


def test_a_fact_of_tallies_is_a_tally_to_its_last_day() -> None:
    day = dt.date(2031, 3, 2)
    claims = [
        _tally_record(day, 40, "Meridian"),
        _tally_record(day + dt.timedelta(days=7), 55, "Daily Courier"),
    ]
    (fact,) = compare(claims).facts
    assert fact.time is not None
    assert (fact.time.start, fact.time.end, fact.time.granularity.value) == (
        day + dt.timedelta(days=7),
        day + dt.timedelta(days=7),
        "tally",
    )
