"""Who did it, on the shapes of real copy (issue #11): which name is the perpetrator.

Every sentence is written for these tests, in the style of wire copy, about invented places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfacts import parse_article
from conflictfacts.extraction import extract_claims

By = tuple[str, object, str | None]


def _actors(page: str) -> list[By]:
    claims = extract_claims(parse_article(page, published=dt.date(2031, 5, 6)))
    return [(c.kind.value, c.quantity.low, c.actor) for c in claims]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            # the relative pronoun's antecedent is the subject of "killed", not the name
            "A Hamas fighter keeps watch near the market hit by two shells, which killed nine "
            "traders in Vessa.",
            [("killed", 9, None)],
        ),
        (
            "Gunmen keep watch near the market hit by two shells, which killed nine traders "
            "in Vessa.",
            [("killed", 9, None)],
        ),
        (
            # ... unless the name carried out or claimed the attack that killed
            "The raid hit a camp of the Islamic State, the group that claimed a bombing that "
            "killed at least 40 police officers in Vessa last week.",
            [("killed", 40, "Islamic State")],
        ),
    ],
)
def test_a_relative_clause_has_its_own_subject(page: str, expected: list[By]) -> None:
    assert _actors(page) == expected


def test_a_name_counted_among_the_victims_is_not_the_perpetrator() -> None:
    page = "The twin bombs killed 60 people, including 13 US soldiers, at the Vessa gate."
    assert _actors(page) == [("killed", 60, None), ("killed", 13, None)]


def test_the_target_of_an_attack_is_not_the_subject_of_its_verb() -> None:
    page = "An ambush on Israeli troops near Vessa killed four soldiers on Monday."
    assert _actors(page)[0][2] is None


@pytest.mark.parametrize(
    "page",
    [
        "Officials have laid responsibility for Monday's bombing on the Islamic State. The "
        "toll in the bombing rose to 70 on Tuesday.",
        "The governor put the blame for the bombing on the Islamic State. Seventy people were "
        "killed in the bombing.",
    ],
)
def test_laying_the_blame_on_a_party_names_the_perpetrator(page: str) -> None:
    assert _actors(page) == [("killed", 70, "Islamic State")]


def test_an_attack_a_party_made_or_mounted_is_its_own() -> None:
    page = "Syrian forces mounted an assault on Vessa at dawn. Twelve people were killed in it."
    assert _actors(page) == [("killed", 12, "Syrian government forces")]


def test_an_adjective_makes_groups_armed_ones() -> None:
    page = "Two soldiers died in an ambush by radical groups near Vessa on Monday."
    assert _actors(page) == [("killed", 2, "radical groups")]
    assert _actors("Aid groups said 300 families fled Vessa on Monday.")[0][2] is None


def test_an_agent_lends_only_to_claims_of_its_own_attack() -> None:
    # the lead's agent struck a drone strike; the bombing it mentions is another attack
    page = (
        "A US drone strike on Saturday killed a militant of the group blamed for the bombing "
        "at the Vessa gate, officials said.\n\n"
        "The toll in the bombing rose to 70 on Friday."
    )
    assert _actors(page)[-1] == ("killed", 70, None)


@pytest.mark.parametrize(
    ("page", "actor"),
    [
        # a bare "regime" is the one regime the page names
        (
            "The Syrian regime pressed its push on Idlib. A regime airstrike killed 14 "
            "Turkish soldiers near the city on Monday.",
            "Syrian government forces",
        ),
        # a regime of a country none of the page's places is in is not "the regime"
        (
            "Allies of the Russian regime pressed on in Idlib. A regime airstrike killed 14 "
            "Turkish soldiers near the city on Monday.",
            None,
        ),
        (
            "The Myanmar junta denied the charge. Junta troops killed 22 villagers in Kutum "
            "on Monday.",
            "Myanmar government forces",
        ),
        # a page that names no regime, or two, leaves it unknown
        (
            "A regime airstrike killed 14 soldiers near Vessa on Monday.",
            None,
        ),
    ],
)
def test_a_bare_regime_is_the_pages_own(page: str, actor: str | None) -> None:
    assert _actors(page)[0][2] == actor


@pytest.mark.parametrize(
    ("page", "actor"),
    [
        ("A suicide bomber struck a market in Vessa on Monday, killing at least 25 shoppers.",
         "suicide bomber"),
        ("At least 25 shoppers were killed by a suicide bomber in Vessa on Monday.",
         "suicide bomber"),
        ("A gunman opened fire in a Vessa cafe, killing 6 people.", "gunman"),
        ("Mercenaries shot dead 40 villagers near Kutum on Monday, witnesses said.",
         "Mercenaries"),
    ],
)  # fmt: skip
def test_a_plain_noun_of_attackers_is_the_perpetrator(page: str, actor: str) -> None:
    assert [c.actor for c in extract_claims(parse_article(page))][-1] == actor


def test_names_in_a_list_of_the_dead_are_victims() -> None:
    page = (
        "Indian jets struck a camp near Vessa. Among the dead were 12 new recruits of the "
        "Jaish-e-Mohammed, a Jaish-e-Mohammed trainer and a cook."
    )
    assert _actors(page) == [("killed", 12, "Indian government forces")]


@pytest.mark.parametrize(
    ("page", "actor"),
    [
        (
            "The minister warned that Hamas would \u201cpay dearly\u201d for the raid on Vessa, "
            "which killed 21 border guards.",
            "Hamas",
        ),
        (
            "Officials said the Syrian regime must pay a heavy price for a shelling that left "
            "21 soldiers dead near Vessa.",
            "Syrian government forces",
        ),
    ],
)
def test_who_must_pay_for_an_attack_carried_it_out(page: str, actor: str) -> None:
    assert _actors(page)[-1][2] == actor


@pytest.mark.parametrize(
    ("page", "actor"),
    [
        # the side facing the victims' in "between X and Y"
        ("Clashes between Syrian and Turkish forces near Vessa killed 12 Syrian soldiers.",
         "Turkish government forces"),
        # neither side when the victims are of neither
        ("Clashes between Syrian and Turkish forces near Vessa killed 12 civilians.", None),
    ],
)  # fmt: skip
def test_between_two_sides_the_victims_side_did_not_kill_them(page: str, actor: str | None) -> None:
    assert _actors(page) == [("killed", 12, actor)]


def test_regime_soldiers_are_of_the_pages_regime() -> None:
    page = "The Syrian regime pressed on. Nine regime soldiers were killed near Idlib on Monday."
    claims = extract_claims(parse_article(page, published=dt.date(2031, 5, 6)))
    assert [c.subject.affiliation for c in claims] == ["Syria"]


@pytest.mark.parametrize(
    ("page", "actor"),
    [
        ("Three Turkish convoys entered Vessa on Monday.", "Turkish government forces"),
        # who sent them, when named, wins
        ("Russia sent 2,000 Chadian troops to Vessa.", "Russian government forces"),
        # a force of no state names no one
        ("Some 400 rebel fighters were deployed to Vessa.", None),
    ],
)  # fmt: skip
def test_a_state_deploys_its_own_forces(page: str, actor: str | None) -> None:
    assert [c.actor for c in extract_claims(parse_article(page))] == [actor]


def test_a_verb_that_takes_the_count_back_has_the_subject_before_it() -> None:
    page = "The Turkish air force then intercepted two Syrian jets and downed them over Vessa."
    assert _actors(page) == [("destroyed", 2, "Turkish government forces")]
    assert _actors("Two jets were intercepted and downed over Vessa on Sunday.")[0][2] is None


@pytest.mark.parametrize(
    "page",
    [
        "Two soldiers were killed in a night raid on a post near Vessa. A third soldier was "
        'wounded in the raid, which the army blamed on "radical groups".',
        "Two soldiers were killed in a night raid on a post near Vessa. A third soldier was "
        "wounded in the raid blamed on \u201cradical groups\u201d.",
    ],
)
def test_a_quoted_party_the_attack_is_blamed_on_is_its_perpetrator(page: str) -> None:
    assert _actors(page) == [("killed", 2, "radical groups"), ("wounded", 1, "radical groups")]


@pytest.mark.parametrize("opening", ["As a result", "As a consequence", "Consequently"])
def test_the_consequence_of_an_attack_takes_its_agent(opening: str) -> None:
    page = (
        "Fighting went on around Vessa for a third day. Fourteen people were killed in the "
        "town on Sunday. Aid groups could not reach the wounded. Shops stayed shut.\n\n"
        f"Later, Russian forces shelled the village of Orsk. {opening}, four civilians were "
        "killed, residents said."
    )
    assert _actors(page) == [
        ("killed", 14, None),
        ("killed", 4, "Russian government forces"),
    ]


@pytest.mark.parametrize(
    "page",
    [
        "Troops said they had killed 38 insurgents and detained 12 others near Vessa.",
        "Troops shot dead at least 38 insurgents and detained 12 others near Vessa.",
    ],
)
def test_a_counted_noun_of_fighters_is_no_subject_of_the_next_verb(page: str) -> None:
    # the insurgents were killed: they did not detain the others
    assert [actor for _, _, actor in _actors(page)] == [None, None]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Gunmen stormed the border town of Brask on Monday, killing at least 40 soldiers "
            "and abducting dozens of civilians.",
            [("killed", 40, "Gunmen"), ("captured", 24, "Gunmen")],
        ),
        (
            "The rebels burned an armoured personnel carrier and captured a lorry near "
            "Vessa.",
            [("destroyed", 1, "rebels"), ("captured", 1, "rebels")],
        ),
    ],
)
def test_coordinated_verbs_share_their_subject(page: str, expected: list[By]) -> None:
    assert _actors(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Gunmen from the Lenna Valley Front raided Brask on Monday, killing 12 guards.",
            "Lenna Valley Front",
        ),
        (
            "Fighters of the Front for the Liberation of Kutum raided Brask, killing 12 guards.",
            "Front for the Liberation of Kutum",
        ),
        ("Gunmen from a nearby village raided Brask, killing 12 guards.", "Gunmen"),
    ],
)
def test_the_group_fighters_come_from_is_the_perpetrator(page: str, expected: str) -> None:
    assert _actors(page) == [("killed", 12, expected)]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Malian troops and Russian mercenaries killed about 300 men in Kessa over five "
            "days, a rights group said.",
            "Malian government forces and Russian mercenaries",
        ),
        (
            "Russian forces and Syrian government forces carried out an air strike on Vessa. "
            "Nine people were killed.",
            "Russian government forces and Syrian government forces",
        ),
        ("Russian mercenaries killed about 300 men in Kessa.", "Russian mercenaries"),
        ("Russian forces killed about 300 men in Kessa.", "Russian government forces"),
    ],
)
def test_coordinated_and_hired_perpetrators(page: str, expected: str) -> None:
    assert [actor for _, _, actor in _actors(page)] == [expected]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a count of the attackers themselves: their group did it, not the speaker's side
        (
            "The raid was carried out by two Islamic State suicide bombers, a US officer said.",
            [("other", 2, "Islamic State")],
        ),
        ("Three Hamas gunmen took part in the raid, the army said.", [("other", 3, "Hamas")]),
        # attackers killed are the victims, not who did it
        ("Troops killed three Hamas gunmen near the fence.", [("killed", 3, None)]),
    ],
)
def test_a_count_of_attackers_is_of_their_group(page: str, expected: list[By]) -> None:
    assert _actors(page) == expected


def test_people_taken_captive_in_an_attack_take_its_perpetrator() -> None:
    page = (
        "Hamas fighters raided the village of Brask at dawn. Forty villagers were abducted "
        "in the raid, officials said."
    )
    assert _actors(page) == [("captured", 40, "Hamas")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "At least 60 worshippers were killed when a suicide bomber blew himself up in the "
            "hall.",
            [("killed", 60, "suicide bomber")],
        ),
        (
            "Paramilitary fighters shot dead 14 villagers near Vessa.",
            [("killed", 14, "Paramilitary fighters")],
        ),
        # a reduced relative: the name between the counted noun and its verb did it
        ("The 12 guards Hamas captured were freed on Monday.", [("captured", 12, "Hamas")]),
    ],
)
def test_bombers_paramilitaries_and_reduced_relatives(page: str, expected: list[By]) -> None:
    assert _actors(page) == expected


def test_bare_government_forces_are_the_pages_one_government() -> None:
    page = (
        "Syrian government forces pushed north of Idlib on Friday. State television said "
        "government forces captured four villages near Vessa."
    )
    assert _actors(page) == [("captured", 4, "Syrian government forces")]


@pytest.mark.parametrize(
    "page",
    [
        # who builds, backs or runs a thing near the scene did not do the harm
        "Dozens of herders died in the raid, which came near a dam being built there by "
        "Turkey's state water board.",
        "Twelve people were wounded in the shelling of a clinic supported by the Russian army.",
    ],
)
def test_a_by_phrase_of_building_or_backing_names_no_perpetrator(page: str) -> None:
    assert [by for _, _, by in _actors(page)] == [None]


def test_a_party_held_captives_by_its_by_phrase() -> None:
    page = "Officials believe 30 hostages are still held in tunnels by Hamas."
    assert [by for _, _, by in _actors(page)] == ["Hamas"]


def test_an_abbreviation_after_a_side_of_a_battle_is_that_side_too() -> None:
    page = (
        "Some 300 people have been wounded since clashes broke out between Rapid Support "
        "Forces (RSF) and militias from Vessa, the WHO said."
    )
    assert [by for _, _, by in _actors(page)] == [None]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a capital that names a site is the city, not its government
        ("The Damascus airport blasts killed 12 soldiers on Tuesday.", None),
        ("The Kabul airport attack killed 12 soldiers on Tuesday.", None),
        # a capital beside an attack noun still stands for its government
        ("A Damascus air strike killed 12 rebels on Tuesday.", "Syrian government forces"),
    ],
)
def test_a_capital_naming_a_site_is_no_perpetrator(page: str, expected: str | None) -> None:
    assert [by for _, _, by in _actors(page)] == [expected]


def test_a_passive_agent_outranks_a_party_beside_an_earlier_attack() -> None:
    page = (
        "After the Hamas raid on Vessa, some 400 fighters were reported killed by security "
        "forces."
    )
    assert [by for _, _, by in _actors(page)] == ["security forces"]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a name the gazetteer does not know, where the words leave no doubt
        (
            "Some 30 herders died in a drone raid on a camp near Kutum which was blamed on "
            "Khalifa Vale.",
            "Khalifa Vale",
        ),
        (
            "On Monday, Vale's air force bombed a camp outside Kutum, killing 31 herders.",
            "Vale's air force",
        ),
        # a town before an attack noun, a day after "blamed on": no one
        ("Some 30 herders died in the Kutum attack.", None),
        ("Some 30 herders died in a fire that officials blamed on Tuesday's storm.", None),
    ],
)  # fmt: skip
def test_an_agent_the_gazetteer_does_not_know(page: str, expected: str | None) -> None:
    assert [by for _, _, by in _actors(page)] == [expected]


@pytest.mark.parametrize(
    ("page", "place"),
    [
        # a town's name that opens an attack's name is where it happened
        ("The Kutum airport blasts killed 12 soldiers on Tuesday.", "Kutum"),
        ("The Damascus airport blasts killed 12 soldiers on Tuesday.", "Damascus"),
        ("Ten people were wounded in the Kutum market bombing.", "Kutum"),
    ],
)
def test_a_town_that_names_an_attack_is_its_place(page: str, place: str) -> None:
    claims = extract_claims(parse_article(page, published=dt.date(2031, 5, 6)))
    assert [c.place for c in claims] == [place]
