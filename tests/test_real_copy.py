"""The grammar of real copy (issue #11, item 6): hedge scope, changing tolls, thresholds, ranges.

Every sentence is written for these tests, in the style of wire copy, about invented places.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given

from conflictfacts import Lexicon, find_quantities, parse_article
from conflictfacts.extraction import extract_claims
from conflictfacts.extraction.phrase import counted_figures
from conflictfacts.extraction.tokens import tokenize
from tests.strategies import COORDINATED_PERSONS, coordinated_counts, glued_figures

Bounds = tuple[str, str, object, object]


def _bounds(sentence: str) -> list[Bounds]:
    claims = extract_claims(parse_article(sentence, published=dt.date(2031, 5, 6)))
    return [(c.kind.value, c.quantity.text, c.quantity.low, c.quantity.high) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 12 people were killed and 40 injured in the shelling of Vessa.",
            [("killed", "At least 12", 12, None), ("wounded", "40", 40, None)],
        ),
        (
            "More than 20 fighters were killed and 50 wounded near Kutum, the army said.",
            [("killed", "More than 20", 20, None), ("wounded", "50", 50, None)],
        ),
        (
            "At least 31 civilians killed and 88 wounded as fighting reaches Brask",
            [("killed", "At least 31", 31, None), ("wounded", "88", 88, None)],
        ),
        (
            "Shelling has killed at least 61 people with 230 people injured, the ministry said.",
            [("killed", "at least 61", 61, None), ("wounded", "230", 230, None)],
        ),
        (
            "Up to 30 soldiers were killed and 45 wounded in Talvera.",
            [("killed", "Up to 30", None, 30), ("wounded", "45", None, 45)],
        ),
        (
            # two subjects of one verb
            "Medics in Vessa said at least 17 of the dead and 40 of the injured were children.",
            [("killed", "at least 17", 17, None), ("wounded", "40", 40, None)],
        ),
    ],
)
def test_a_hedge_reaches_a_second_figure_that_leaves_out_its_verb(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # its own verb before it
            "The militia killed at least nine villagers and wounded 14 others in Brask.",
            [("killed", "at least nine", 9, None), ("wounded", "14 others", 14, 14)],
        ),
        (
            # its own verb after it, the first clause having had its own
            "At least 15 soldiers were killed and 22 were wounded in Kutum.",
            [("killed", "At least 15", 15, None), ("wounded", "22", 22, 22)],
        ),
        (
            # its own increment word
            "At least three guards were killed and another six wounded near Vessa.",
            [("killed", "At least three", 3, None), ("wounded", "another six", 6, 6)],
        ),
        (
            "At least three guards were killed and six others injured near Vessa.",
            [("killed", "At least three", 3, None), ("wounded", "six others", 6, 6)],
        ),
        (
            # a part of the hedged group is counted exactly
            "At least 15 soldiers were killed, including eight officers, and 22 wounded.",
            [("killed", "At least 15", 15, None), ("wounded", "22", 22, 22)],
        ),
        (
            # another sentence
            "At least 15 soldiers were killed. Another 22 were wounded.",
            [("killed", "At least 15", 15, None), ("wounded", "Another 22", 22, 22)],
        ),
        (
            # an unhedged first figure lends nothing
            "Eleven civilians were killed and 30 injured in Kutum.",
            [("killed", "Eleven", 11, 11), ("wounded", "30", 30, 30)],
        ),
    ],
)
def test_a_second_figure_with_a_verb_or_a_specifier_of_its_own_keeps_its_own_hedge(
    sentence: str, expected: list[Bounds]
) -> None:
    found = _bounds(sentence)
    assert [found[0], found[-1]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The death toll from the bombing in Vessa rose sharply on Sunday from 41 to 88.",
            [("killed", "41", 41, 41), ("killed", "88", 88, 88)],
        ),
        (
            "Officials said the death toll had climbed from 230 to 301, with hundreds hurt.",
            [
                ("killed", "230", 230, 230),
                ("killed", "301", 301, 301),
                ("wounded", "hundreds", 200, 999),
            ],
        ),
        (
            "The number of people who fled Brask rose from 12,000 to 15,000 in a week.",
            [("displaced", "12,000", 12000, 12000), ("displaced", "15,000", 15000, 15000)],
        ),
    ],
)
def test_a_toll_that_changes_from_one_figure_to_another_gives_both(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


def test_a_range_from_one_figure_to_another_without_a_change_stays_a_range() -> None:
    assert _bounds("From 40 to 60 people were killed in Kutum, medics said.") == [
        ("killed", "From 40 to 60", 40, 60)
    ]


def test_a_change_whose_scale_word_reaches_back_stays_one_range() -> None:
    text = "The number of people who fled Brask rose from 1.2 to 1.5 million."
    figures, _ = counted_figures(text, find_quantities(text), Lexicon.default().tables)
    assert [(q.text, q.low, q.high) for q in figures] == [
        ("from 1.2 to 1.5 million", 1200000, 1500000)
    ]


@pytest.mark.parametrize("verb", ["passed", "topped", "exceeded", "surpassed", "crossed"])
def test_a_toll_that_passes_a_figure_is_more_than_it(verb: str) -> None:
    sentence = f"The death toll in Vessa {verb} 1,300 on Friday, the health ministry said."
    assert _bounds(sentence) == [("killed", "1,300", 1300, None)]


def test_a_tally_that_passes_a_figure_keeps_its_own_kind() -> None:
    sentence = "The number of people displaced from Brask has surpassed 40,000."
    assert _bounds(sentence) == [("displaced", "40,000", 40000, None)]


def test_passing_a_figure_outside_a_toll_is_no_bound() -> None:
    assert _bounds("The convoy passed 12 checkpoints before it was hit; 3 soldiers died.") == [
        ("killed", "3", 3, 3)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The death toll in the Vessa bombing is around 40, the governor said.",
            [("killed", "around 40", 40, 40)],
        ),
        (
            "A nurse in Brask said the death toll was between 18 and 25.",
            [("killed", "between 18 and 25", 18, 25)],
        ),
        (
            "The death toll in #Kutumblast is 31, police in Vessa wrote.",
            [("killed", "31", 31, 31)],
        ),
        (
            # "is" that does not end the toll phrase
            "The death toll may yet rise, officials said, as 30 people were wounded.",
            [("wounded", "30", 30, 30)],
        ),
    ],
)
def test_a_death_toll_counts_the_killed_after_is_or_was(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll in Kutum rose to 31, a police spokesman said.",
        "The death toll in Kutum rose to 31, a hospital official told reporters.",
    ],
)
def test_a_speaker_after_a_toll_is_no_count_in_its_list(sentence: str) -> None:
    assert _bounds(sentence) == [("killed", "31", 31, 31)]


def test_a_tally_may_name_its_group_in_a_long_phrase() -> None:
    sentence = (
        "The number of villagers killed in the militia's night raid on the market in "
        "Kutum on Tuesday has now risen to 57, medics said."
    )
    assert _bounds(sentence) == [("killed", "57", 57, 57)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The grave near Kutum held around 100 bodies, officials said.", ("around 100", 100, 100)),
        ("At least 28 bodies were taken away from the camp in Vessa.", ("At least 28", 28, None)),
        ("Volunteers buried 52 corpses in a field outside Brask.", ("52", 52, 52)),
    ],
)
def test_a_count_of_bodies_counts_the_dead(sentence: str, expected: tuple[str, int, int]) -> None:
    assert _bounds(sentence) == [("killed", *expected)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fourteen soldiers and two Talveran nationals also died in Vessa.",
            [("killed", "Fourteen", 14, 14), ("killed", "two", 2, 2)],
        ),
        (
            "At least nine Talveran citizens are among the dead, officials said.",
            [("killed", "At least nine", 9, None)],
        ),
    ],
)
def test_citizens_and_nationals_are_people(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The war in the north has claimed over 9,000 lives, the monitor said.",
            [("killed", "over 9,000", 9000, None)],
        ),
        ("The siege of Vessa cost 40 lives in a week.", [("killed", "40", 40, 40)]),
        ("The raid on Kutum took 12 lives.", [("killed", "12", 12, 12)]),
        # lives saved are no deaths
        ("Medics in Vessa saved 300 lives.", []),
        # "lost their lives" is read as before
        ("Four soldiers lost their lives in the strike.", [("killed", "Four", 4, 4)]),
    ],
)
def test_lives_claimed_or_cost_are_deaths(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Another 2,150 were reported wounded.", [("wounded", "Another 2,150", 2150, 2150)]),
        ("Twelve soldiers were reported killed near Kutum.", [("killed", "Twelve", 12, 12)]),
        ("Six aid workers are reported missing in Vessa.", [("missing", "Six", 6, 6)]),
    ],
)
def test_a_passive_may_be_reported(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Some 300 people - 120 soldiers and 180 fighters - died in Vessa.",
            [
                ("killed", "Some 300", 300, 300),
                ("killed", "120", 120, 120),
                ("killed", "180", 180, 180),
            ],
        ),
        (
            "Medics carried 40 bodies -- 22 men, 11 women and seven children -- from the camp.",
            [
                ("killed", "40", 40, 40),
                ("killed", "22", 22, 22),
                ("killed", "11", 11, 11),
                ("killed", "seven", 7, 7),
            ],
        ),
    ],
)
def test_a_hyphen_standing_alone_is_a_dash(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At least 14 Sudanese were killed in Vessa.", [("killed", "At least 14", 14, None)]),
        ("At least 30 Lebanese have been killed.", [("killed", "At least 30", 30, None)]),
        # a demonym before its noun is an adjective, as before
        ("Twelve Chinese workers were abducted.", [("captured", "Twelve", 12, 12)]),
    ],
)
def test_a_demonym_in_ese_is_its_own_plural(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    "page",
    [
        "The death toll in Vessa has reached at least 455. This includes 31 children and 44 "
        "women, the ministry said.",
        "The death toll in Vessa rose to 455, with 1,100 hurt. \"Among the victims are "
        '31 children and 44 women," the minister said.',
        "The death toll in Vessa rose to 455. The victims include 31 children and 44 women.",
    ],
)
def test_a_sentence_that_lists_the_parts_of_the_count_before_it_takes_its_kind(page: str) -> None:
    found = [b for b in _bounds(page) if b[1] in {"31", "44"}]
    assert found == [("killed", "31", 31, 31), ("killed", "44", 44, 44)]


def test_a_list_with_no_count_before_it_counts_nothing() -> None:
    assert _bounds("This includes 31 children and 44 women.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As of Sunday, the total of wounded people is 160.", ("wounded", "160")),
        (
            "The agency estimates the number of residents displaced from the district "
            "to be 90,000.",
            ("displaced", "90,000"),
        ),
        ("The number of soldiers killed in Vessa was 40, the army said.", ("killed", "40")),
    ],
)
def test_a_tally_may_give_its_figure_after_is_was_or_to_be(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert [b[:2] for b in _bounds(sentence)] == [expected]


def test_a_number_that_names_no_group_is_no_tally() -> None:
    assert _bounds("My service number is 27981, the pilot said.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The militia ambushed the convoy near Kutum, killing the driver and at least six "
            "others.",
            [("killed", "at least six others", 6, None)],
        ),
        (
            "The blast killed 87 villagers in the school and three others in a shop nearby.",
            [("killed", "87", 87, 87), ("killed", "three others", 3, 3)],
        ),
        # no verb of the lexicon before them: nothing counted
        ("The envoy met the governor and three others in Vessa.", []),
    ],
)
def test_others_reach_back_over_the_first_object_to_its_verb(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


def test_the_destruction_of_a_list_of_materiel_counts_each_item_destroyed() -> None:
    sentence = (
        "The ministry announced the destruction of 140 tanks, 36 rocket launchers and "
        "8 air defence platforms since March."
    )
    assert _bounds(sentence) == [
        ("destroyed", "140", 140, 140),
        ("destroyed", "36", 36, 36),
        ("destroyed", "8", 8, 8),
    ]


def _who(sentence: str) -> list[tuple[str, str]]:
    claims = extract_claims(parse_article(sentence, published=dt.date(2031, 5, 6)))
    return [(c.quantity.text, c.subject.label) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an armed group the gazetteer knows: its fighters
        (
            "Nine members of Lebanon's Hezbollah were killed near Vessa.",
            ("Nine", "Hezbollah fighters"),
        ),
        (
            "At least four members of the Islamic State died in the raid on Kutum.",
            ("At least four", "Islamic State fighters"),
        ),
        # a force the text names by what it is
        (
            "Eleven members of Talvera's defence and security forces were killed in Kutum.",
            ("Eleven", "Talvera's defence and security forces"),
        ),
        # no force: the members stay members
        ("Five members of a single household were killed in Vessa.", ("Five", "members")),
        ("Three members of parliament were wounded in the blast.", ("Three", "members")),
    ],
)
def test_members_of_a_force_are_its_fighters_or_soldiers(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _who(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The number of Turkish soldiers killed in the shelling of Vessa has risen to 29, "
            "the governor said.",
            ("29", "Turkish soldiers"),
        ),
        (
            "The number of Afghans killed in the blast at Kutum airport on Monday has risen to 79.",
            ("79", "Afghans"),
        ),
        ("The death toll of Turkish soldiers rose to 33 on Friday.", ("33", "Turkish soldiers")),
        # no group in the of-phrase: the figure counts people
        ("The number of killed had increased to 33, the agency said.", ("33", "people")),
        ("The death toll from the Vessa bombing rose to 40.", ("40", "people")),
    ],
)
def test_a_tally_names_its_group_in_its_of_phrase(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert _who(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Some 1,300 individuals lost their lives and 2,000 more were injured in Vessa.",
            [("Some 1,300", "people"), ("2,000 more", "people")],
        ),
        ("Forty persons were killed in the raid on Kutum.", [("Forty", "people")]),
        # a modifier says more than "people": kept
        ("Two Vessan individuals were arrested at the border.", [("Two", "Vessan individuals")]),
    ],
)
def test_individuals_and_persons_are_people(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _who(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The death toll from the raid on Vessa rose to 64 on Sunday, up from 41 a day "
            "earlier, officials said.",
            [("killed", "64", 64, 64), ("killed", "41", 41, 41)],
        ),
        (
            "The death toll in Brask rose to 64, up from 41 on Saturday.",
            [("killed", "64", 64, 64), ("killed", "41", 41, 41)],
        ),
    ],
)
def test_the_figure_a_toll_rose_up_from_is_a_claim(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


def _places(sentence: str) -> list[str | None]:
    claims = extract_claims(parse_article(sentence, published=dt.date(2031, 5, 6)))
    return [c.place for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the country owns the raid, the troops or the soldiers: no place is named
        ("Locals say as many as 240 people may have died in the US air raid.", [None]),
        ("The number of US troops killed in the blast remained at 13.", [None]),
        ("Around 16 soldiers of Syria were killed, the monitor said.", [None]),
        # named as a location it is the place, and a town beside the raid still is
        ("Twelve people were killed in Syria on Monday.", ["Syria"]),
        ("Nine people were killed in a US drone strike in Vessa.", ["Vessa"]),
    ],
)
def test_a_country_that_owns_a_raid_or_a_force_is_no_place(
    sentence: str, expected: list[str | None]
) -> None:
    assert _places(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # where people flee to, past "neighbouring"
        ("Some 9,000 villagers crossed into neighbouring Chad this week.", ["Chad"]),
        ("Some 9,000 people crossed into the neighbouring northern Chad.", ["northern Chad"]),
        # "parts of neighbouring X" is another place beside the one the sentence is about
        (
            "The Vessa district, with parts of neighbouring Chad, hosts about 3 million "
            "displaced people.",
            [None],
        ),
    ],
)
def test_a_neighbouring_country_people_go_into_is_the_place(
    sentence: str, expected: list[str | None]
) -> None:
    assert _places(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels fired two missiles at a freighter in the Gulf of Aden on Friday.",
         ["Gulf of Aden"]),
        ("A drone hit a tanker in the Red Sea, wounding three sailors.", ["Red Sea"]),
        # a border crossing stays what was hit: the province is where
        (
            "Twelve people were killed in shelling near the Bab al-Hawa crossing in Idlib "
            "province.",
            ["Idlib province"],
        ),
    ],
)
def test_a_sea_a_ship_was_hit_in_is_the_place(sentence: str, expected: list[str | None]) -> None:
    assert _places(sentence) == expected


def _actors(page: str) -> list[str | None]:
    claims = extract_claims(parse_article(page, published=dt.date(2031, 5, 6)))
    return [c.actor for c in claims]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a group that says it carried out the attack, or claims it, claims it
        (
            "Islamic State has said it carried out the attack at Vessa airport. Officials say "
            "the attack killed 40 people.",
            ["Islamic State"],
        ),
        (
            "Islamic State claimed the blast at the Kutum checkpoint. Medics said the bombing "
            "killed 40 people.",
            ["Islamic State"],
        ),
        # "the group" that claimed responsibility is the armed group named before
        (
            "The army said it had killed a commander of Islamic State in a raid, after the "
            "group claimed responsibility for the bombing in Vessa. Officials say the bombing "
            "killed 40 people.",
            ["Islamic State"],
        ),
        # a country that only qualifies the outfit's name is not the claimant
        (
            "At least 40 police were killed when a car bomb hit their convoy in Vessa. Talvera "
            "terror outfit Lenna Front has claimed responsibility for the attack.",
            ["Lenna Front"],
        ),
        # carrying out arrests claims no attack; lives claimed are no claim of responsibility
        ("A bomb killed 14 people in Kutum. The army said it carried out the arrests.", [None]),
        ("The strike claimed the lives of 12 people in Vessa.", [None]),
        # a weapon claimed downed is no attack claimed
        (
            "Talvera claimed the drones were shot down. Twelve people were killed in Vessa.",
            [None],
        ),
    ],
)
def test_who_claims_the_attack_did_it(page: str, expected: list[str | None]) -> None:
    assert _actors(page) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Israeli army carried out several strikes on Vessa overnight.", ["Israeli"]),
        ("Over the past week, Israel has carried out dozens of strikes in Kutum.", ["Israeli"]),
        ("The Syrian army launched 40 strikes on Vessa.", ["Syrian"]),
    ],
)
def test_who_carries_out_the_strikes_counted_did_them(
    sentence: str, expected: list[str]
) -> None:
    assert [(a or "").split()[0] for a in _actors(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a convoy attacked, ambushed or fleeing: its vehicles, not a force sent
        (
            "Militants launched an attack on a convoy of 78 vehicles carrying police near Vessa.",
            [("other", "78", 78, 78)],
        ),
        (
            "Gunmen ambushed a convoy of 12 trucks on the road to Kutum on Monday.",
            [("other", "12", 12, 12)],
        ),
        (
            "A nurse died when a convoy of 17 vehicles tried to escape from the hotel.",
            [("killed", "A", 1, 1), ("other", "17", 17, 17)],
        ),
        # a convoy sent is a force deployed
        ("Talvera sent a convoy of 40 tanks into Kutum.", [("deployed", "40", 40, 40)]),
        ("The first convoy consists of 40 tanks, the army said.", [("deployed", "40", 40, 40)]),
    ],
)
def test_a_convoy_attacked_or_fleeing_is_no_force_deployed(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Thirty Turkish soldiers were killed in the ambush near Vessa. The death toll later "
            "rose to 44.",
            [("Thirty", "Turkish soldiers"), ("44", "Turkish soldiers")],
        ),
        (
            "Twenty-two Turkish soldiers were killed in an attack in Vessa. The agency reported "
            "later that the number of killed had increased to 33.",
            [("Twenty-two", "Turkish soldiers"), ("33", "Turkish soldiers")],
        ),
        # the whole, not its part, is what the toll updates
        (
            "Twenty people were killed, including 12 children, in the strike on Vessa. The "
            "death toll rose to 31 on Monday.",
            [("Twenty", "people"), ("12", "children"), ("31", "people")],
        ),
        # nothing said before: people
        ("The death toll rose to 44 in Kutum.", [("44", "people")]),
    ],
)
def test_a_toll_that_names_no_group_updates_the_count_before(
    page: str, expected: list[tuple[str, str]]
) -> None:
    assert _who(page) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # people counted where they stay or are held: a population, no casualty
        (
            "About 350 refugees remain in the Vessa camp, the agency said.",
            [("other", "About 350", 350, 350)],
        ),
        (
            "Some 4,000 are held in state-run centres near Kutum.",
            [("other", "Some 4,000", 4000, 4000)],
        ),
        (
            "The agency fed 250 refugees still at the Brask shelter on Monday.",
            [("other", "250", 250, 250)],
        ),
        (
            "Officials said the depot housed more than 600 refugees before the raid.",
            [("other", "more than 600", 600, None)],
        ),
        # a part whose own verb is one of staying
        (
            "The clashes had displaced 67,000 people, more than 4,000 of whom were living in "
            "Kutum.",
            [("displaced", "67,000", 67000, 67000), ("other", "more than 4,000", 4000, None)],
        ),
        (
            "The boats left the beach at dawn, with about 80 of them still there at noon.",
            [("other", "about 80", 80, 80)],
        ),
        # a hospital, a condition or captivity is no stay
        ("Twelve villagers remain in hospital after the raid on Vessa.", []),
        (
            "Eleven soldiers remain in critical condition after the blast in Kutum.",
            [("wounded", "Eleven", 11, 11)],
        ),
        # a part with another verb is not read as staying
        (
            "The town of 50,000 residents, 30,000 of whom had left, was shelled.",
            [("other", "50,000", 50000, 50000)],
        ),
    ],
)
def test_people_counted_where_they_stay_are_a_population(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "one of the <superlative>" ranks, it counts no one
        ("The Vessa figure ranks as one of the worst of the whole war.", []),
        ("The raid was one of the deadliest on Kutum this year.", []),
        # an article inside a phrase of whose or by what
        (
            "The monitor said six members of a single clan were killed in Vessa on Friday.",
            [("killed", "six", 6, 6)],
        ),
        (
            "Two houses damaged by a rebel mortar round stood empty in Kutum.",
            [("damaged", "Two", 2, 2)],
        ),
        # the one the verb is about still counts; the one of the phrase after it does not
        ("A soldier was killed by a sniper in Vessa on Monday.", [("killed", "A", 1, 1)]),
        ("Gunmen killed a teacher from a village near Brask.", [("killed", "a", 1, 1)]),
        # a person is not damaged: the participle belongs to the buildings
        ("A woman walks past shops damaged by shelling in Vessa.", []),
    ],
)
def test_a_one_that_ranks_or_names_counts_nothing(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a determiner after the head opens another noun phrase: the verb's object
        ("About 200 gunmen stormed the town of Vessa.", [("gunmen", "other")]),
        (
            "Militants attacked a convoy of 60 vehicles carrying the police near Kutum.",
            [("vehicles", "other")],
        ),
    ],
)
def test_a_determiner_after_the_head_ends_the_counted_phrase(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    claims = extract_claims(parse_article(sentence, published=dt.date(2031, 5, 6)))
    assert [(c.subject.label, c.kind.value) for c in claims] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count that took part or got through is no casualty: other
        (
            "A dozen Talveran jets of the air force took part in the raid on Kutum.",
            [("other", "A dozen", 12, 12)],
        ),
        (
            "Seven trucks made it through the roadblock and reached Vessa.",
            [("other", "Seven", 7, 7)],
        ),
        # a participle of taking part says nothing: the casualty verb does
        (
            "Five soldiers taking part in the patrol were killed near Brask.",
            [("killed", "Five", 5, 5)],
        ),
    ],
)
def test_a_count_that_took_part_or_got_through_is_other(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


def _roles(sentence: str) -> list[tuple[str, object, str]]:
    claims = extract_claims(parse_article(sentence, published=dt.date(2031, 5, 6)))
    return [(c.kind.value, c.quantity.low, c.quantity.role.value) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "a blast" is the event, not a count of one attack
        (
            "A second explosion killed three more people outside the Vessa depot.",
            [("killed", 3, "increment")],
        ),
        # a figure in a phrase of where the group is from is no count of the group
        (
            "The shelling killed 40 residents of two districts of Kutum.",
            [("killed", 40, "total")],
        ),
        ("Gunmen killed 14 farmers from three villages near Brask.", [("killed", 14, "total")]),
        # the parts of a toll still share its verb
        (
            "Shelling killed 40 people, of them 12 children, in Vessa.",
            [("killed", 40, "total"), ("killed", 12, "total")],
        ),
        # a part of the wounded who have since died is added to the toll
        (
            "Five of the wounded have since died, bringing the toll in Kutum to 31.",
            [("killed", 5, "increment"), ("killed", 31, "total")],
        ),
    ],
)
def test_known_misreadings_of_one_blast_a_place_and_an_increment(
    sentence: str, expected: list[tuple[str, object, str]]
) -> None:
    assert _roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # verbs of killing the lexicon lacked
        (
            "Over two years the militia exterminated dozens of herders near Kutum.",
            [("killed", "dozens", 24, 99)],
        ),
        (
            "Tens of villagers have been decapitated or shot, witnesses in Kutum said.",
            [("killed", "Tens", 20, 99)],
        ),
        # the buried are the dead; buried under rubble, missing
        ("On May 2, 40 more were buried in Vessa.", [("killed", "40 more", 40, 40)]),
        (
            "A doctor attended the burial of 62 people in Vessa on Friday.",
            [("killed", "62", 62, 62)],
        ),
        (
            "Twelve people were buried under the rubble of the Kutum market.",
            [("missing", "Twelve", 12, 12)],
        ),
    ],
)
def test_verbs_of_killing_and_burial(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a medical condition says the count is of the wounded
        (
            "Four people are in critical condition in Vessa, the hospital said.",
            [("wounded", "Four", 4, 4)],
        ),
        ("One of the guards was reportedly in a serious condition.", [("wounded", "One", 1, 1)]),
        # "N out of M" is a part, as "N of M"
        (
            "At least 12 out of 90 injured refugees are in serious condition in Kutum.",
            [("wounded", "At least 12", 12, None), ("wounded", "90", 90, 90)],
        ),
        # a denied condition is none
        ("The two guards are not in serious condition, officials in Brask said.", []),
    ],
)
def test_a_count_in_critical_condition_is_wounded(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nouns of soldiers and trainees the lexicon did not know
        ("Nine jawans of the border police were killed in Kutum.", [("killed", "Nine", 9, 9)]),
        ("Among the dead were 14 young trainees of the Vessa Front.", [("killed", "14", 14, 14)]),
        (
            "Those killed included six Marines and a Navy corpsman, officials in Brask said.",
            [("killed", "six", 6, 6), ("killed", "a", 1, 1)],
        ),
    ],
)
def test_victim_nouns_of_wire_copy(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


def test_cadets_and_leaders_are_counted_as_written() -> None:
    page = (
        "Vessa\n\nAn airstrike on the Vessa military academy killed 17 cadets on Monday. "
        "Gunmen later killed four tribal elders and two clan leaders in Kutum."
    )
    claims = extract_claims(parse_article(page, published=dt.date(2031, 4, 14)))
    assert [(c.quantity.text, c.subject.label) for c in claims] == [
        ("17", "cadets"),
        ("four", "tribal elders"),
        ("two", "clan leaders"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # one piece lost, blown up, or one more after an ordinal
        ("The army said it lost a helicopter near Kutum.", [("destroyed", "a", 1, 1)]),
        ("The air force lost a MiG 21 jet over Vessa, officials said.", [("destroyed", "a", 1, 1)]),
        ("The blast blew up a police bus on the Kutum road.", [("destroyed", "a", 1, 1)]),
        (
            "Rebels destroyed a tank near Talvera and seized a second tank.",
            [("destroyed", "a", 1, 1), ("captured", "a", 1, 1)],
        ),
        (
            "Two guards were killed in Vessa on Monday. A third guard was injured.",
            [("killed", "Two", 2, 2), ("wounded", "A", 1, 1)],
        ),
        # no piece, no person: a loss of a relative, a second time, a denied loss
        ("She lost a son in the war in Kutum.", []),
        ("Vessa has denied losing a jet over Kutum.", []),
        ("The town was shelled a second time on Friday.", []),
    ],
)
def test_one_piece_lost_blown_up_or_one_more(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # fighters counted as the ones who attacked
        ("More than 100 insurgents stormed Kutum.", [("other", "More than 100", 100, None)]),
        ("About 60 rebels laid waste to the port of Vessa.", [("other", "About 60", 60, 60)]),
        ("The group planted two snipers on the roof in Brask.", [("other", "two", 2, 2)]),
        # killed fighters stay killed
        ("Two snipers were killed in the raid on Kutum.", [("killed", "Two", 2, 2)]),
        ("Ten militants were killed after they attacked a post.", [("killed", "Ten", 10, 10)]),
    ],
)
def test_attackers_counted_as_such(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "More than 900 armoured vehicles and 4,000Vessan troops had entered Kutum by March.",
            [("deployed", "More than 900", 900, None), ("deployed", "4,000", 4000, None)],
        ),
        ("Shelling killed 14Talveran soldiers near Brask.", [("killed", "14", 14, 14)]),
        # a designator keeps its letters: no figure of its own
        ("The 5G mast and the F16 jets were hit.", []),
    ],
)
def test_a_figure_glued_to_the_next_word_is_read(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@given(glued_figures())
@example(("Shelling killed 8,000Vessan civilians near the station.", "8,000", 8000))
def test_a_glued_figure_keeps_exact_spans(glued: tuple[str, str, int]) -> None:
    text, surface, number = glued
    (quantity,) = find_quantities(text)
    assert (quantity.text, quantity.value) == (surface, number)
    assert text[quantity.start : quantity.end] == surface
    assert any(t.start == quantity.end for t in tokenize(text))  # the word is a token of its own
    article = parse_article(text, published=dt.date(2031, 5, 6))
    (claim,) = extract_claims(article)
    q = claim.quantity
    assert article.text[q.start : q.end] == q.text == surface
    assert any(span.start <= q.start and q.end <= span.end for span in claim.evidence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Vessa and Talvera agreed on a secure corridor 8 kilometers north and 8 kilometers "
            "south of the R5 road, the ministers said.",
            [("other", "8 kilometers", 8, 8)],
        ),
        (
            "The deal sets up a patrolled corridor just four miles either side of the road.",
            [("other", "four miles", 4, 4)],
        ),
        (
            "Kutum asked for a 25-kilometre buffer zone on the border.",
            [("other", "25-kilometre", 25, 25)],
        ),
        # a length that only locates a place counts nothing
        ("The shell fell 30 km east of Kutum, killing two.", [("killed", "two", 2, 2)]),
        ("The convoy drove 40 miles through the zone.", []),
    ],
)
def test_the_width_of_a_corridor_or_zone_is_territory(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Five vehicles, including a battle tank, were destroyed near Kutum.",
            [("destroyed", "Five", 5, 5), ("destroyed", "a", 1, 1)],
        ),
        (
            # a tanker is a noun of things now (ships and fuel trucks), so it counts like a tank
            "Rebels destroyed seven trucks including a fuel tanker near Brask.",
            [("destroyed", "seven", 7, 7), ("destroyed", "a", 1, 1)],
        ),
        (
            "Rebels destroyed seven vehicles including a tank near Brask.",
            [("destroyed", "seven", 7, 7), ("destroyed", "a", 1, 1)],
        ),
        # no count before it: nothing to be a part of
        ("The army keeps a reserve, including a tank brigade, near Vessa.", []),
    ],
)
def test_a_single_piece_included_in_a_count_is_one_of_its_kind(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The appeal will help 600,000 newly displaced people in Talvera.",
            [("displaced", "600,000", 600000, 600000)],
        ),
        ("Medics treated 30 seriously injured civilians in Kutum.", [("wounded", "30", 30, 30)]),
        # the displaced counted where they live are a population
        (
            "Some 20,000 internally displaced people live in the camp at Brask.",
            [("other", "Some 20,000", 20000, 20000)],
        ),
        ("The camp houses 9,000 displaced people.", [("other", "9,000", 9000, 9000)]),
        # an article counts no plural: the words name the camp
        ("Militia fighters burned an internally displaced people camp in Brask.", []),
        (
            "The shelling left 9,000 displaced people near Brask.",
            [("displaced", "9,000", 9000, 9000)],
        ),
    ],
)
def test_an_adverb_may_stand_before_the_participle_that_says_what_happened(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Medics said five members of one household, three of them boys, were killed "
            "by the shells that hit Brask.",
            [("killed", "five", 5, 5), ("killed", "three", 3, 3)],
        ),
        (
            "Seven members of a single household, including four children, died in Kutum.",
            [("killed", "Seven", 7, 7), ("killed", "four", 4, 4)],
        ),
        (
            "Nine guards, two of them officers, were wounded at the Vessa gate.",
            [("wounded", "Nine", 9, 9), ("wounded", "two", 2, 2)],
        ),
    ],
)
def test_a_part_set_off_by_commas_shares_the_verb_of_its_whole(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


def _groups(sentence: str) -> list[tuple[str, str, str]]:
    claims = extract_claims(parse_article(sentence, published=dt.date(2031, 5, 6)))
    return [(c.kind.value, c.quantity.text, c.subject.label) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At least 30 \u2018Vessa Border Force\u2019 (VBF) personnel were killed in Kutum.",
            [("killed", "At least 30", "Vessa Border Force")],
        ),
        (
            "The blast killed the two Kutum Front (KF) snipers and 40 civilians in the hall.",
            [("killed", "two", "Kutum Front snipers"), ("killed", "40", "civilians")],
        ),
        ('Officials said five "elite" guards died in Brask.', [("killed", "five", "elite guards")]),
    ],
)
def test_a_name_in_quotes_or_an_alias_in_brackets_stays_inside_the_counted_group(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _groups(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Several Vessan drones, reportedly seven, were shot down over Kutum.",
            [("destroyed", "seven", 7, 7)],
        ),
        (
            "Dozens of guards, at least 30, were wounded in Brask.",
            [("wounded", "at least 30", 30, None)],
        ),
        # a part set off by commas is no restatement of the whole
        (
            "Several guards, two of them officers, were wounded in Brask.",
            [("wounded", "Several", 3, 9), ("wounded", "two", 2, 2)],
        ),
    ],
)
def test_a_figure_set_off_by_commas_states_how_many_a_vague_count_was(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministry said on Sunday that one Vessan helicopter was shot down near Kutum.",
            [("destroyed", "one", 1, 1)],
        ),
        (
            "The ministry said that rebels had left Brask and that one Vessan helicopter was shot "
            "down near Kutum.",
            [("destroyed", "one", 1, 1)],
        ),
        # "that one" as a pronoun counts nothing
        ("Of the two plans, the council chose that one.", []),
        ("Rebels held this bridge and that one near Kutum.", []),
    ],
)
def test_one_after_a_clause_of_saying_is_a_figure(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The inquiry found that 48 guards were killed: 40 in the barracks that collapsed "
            "and eight in the mess hall.",
            [("killed", "48", 48, 48), ("killed", "40", 40, 40), ("killed", "eight", 8, 8)],
        ),
        (
            "Shelling wounded 20 people on Monday: 12 in Kutum and eight in Brask.",
            [("wounded", "20", 20, 20), ("wounded", "12", 12, 12), ("wounded", "eight", 8, 8)],
        ),
        # no count before the colon: nothing to break down
        ("Voting results: 45 in favour, 12 against.", []),
    ],
)
def test_a_breakdown_by_place_after_a_colon_counts_each_part(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fourteen sailors thought to be aboard the ferry have not been accounted for.",
            [("missing", "Fourteen", 14, 14)],
        ),
        ("Nine guards are still not accounted for, the army said.", [("missing", "Nine", 9, 9)]),
        # accounted for: found, nobody missing
        ("All 40 guards have been accounted for.", []),
    ],
)
def test_a_count_not_accounted_for_is_missing(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected

def test_a_count_after_a_colon_with_a_verb_of_its_own_is_no_part_of_a_breakdown() -> None:
    sentence = "Blast at Kutum: 12 guards died, while 15 more suffered burns."
    assert _bounds(sentence) == [("killed", "12", 12, 12)]


def test_aircrafts_is_a_plural_of_aircraft_in_copy() -> None:
    sentence = "The air force intercepted two Vessan aircrafts and downed them over Kutum."
    assert _groups(sentence) == [("destroyed", "two", "Vessan aircrafts")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ministry said 1 KX-9 anti-aircraft, 1 anti-tank, 4 tanks and 2 road graders "
            "were destroyed near Kutum.",
            [
                ("destroyed", "1", "KX-9 anti-aircraft"),
                ("destroyed", "1", "anti-tank"),
                ("destroyed", "4", "tanks"),
                ("destroyed", "2", "road graders"),
            ],
        ),
        # no equipment beside them: unknown words name nothing
        ("Rebels said 4 old friends and 3 cousins were seen in Kutum.", []),
    ],
)
def test_an_unknown_item_in_a_list_of_equipment_is_equipment(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _groups(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Another 25 guards reported to be held captive by the Front are not counted.",
            [("captured", "Another 25", 25, 25)],
        ),
        (
            "Nine guards were feared to have been killed in the raid on Brask.",
            [("killed", "Nine", 9, 9)],
        ),
        ("Ten soldiers said to be wounded were flown to Vessa.", [("wounded", "Ten", 10, 10)]),
    ],
)
def test_what_a_group_is_said_to_have_suffered_is_its_kind(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The gunmen fired from a house occupied by more than 60 civilians in Brask.",
            [("other", "more than 60", 60, None)],
        ),
        (
            "A school inhabited by 40 displaced families was shelled in Kutum.",
            [("other", "40", 40, 40)],
        ),
    ],
)
def test_the_people_a_place_is_occupied_by_are_its_population(
    sentence: str, expected: list[Bounds]
) -> None:
    assert _bounds(sentence) == expected


def _groups_of(sentence: str) -> list[tuple[str, str, object, object, str]]:
    article = parse_article(sentence, published=dt.date(2031, 5, 6))
    claims = extract_claims(article)
    for claim in claims:
        for span in claim.evidence:
            assert claim.subject.text in article.text[span.start : span.end]
    return [
        (c.kind.value, c.quantity.text, c.quantity.low, c.quantity.high, c.subject.text)
        for c in claims
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rebels destroyed a Vessan tank and armoured personnel carrier near Kutum on Monday.",
            [
                ("destroyed", "a", 1, 1, "Vessan tank"),
                ("destroyed", "a", 1, 1, "armoured personnel carrier"),
            ],
        ),
        (
            "Talvera has deployed thousands of guards and armoured trucks along the border.",
            [
                ("deployed", "thousands", 2000, 9999, "of guards"),
                ("deployed", "thousands", 2000, 9999, "armoured trucks"),
            ],
        ),
        (
            "Drones destroyed dozens of tanks and trucks outside Brask, the ministry said.",
            [
                ("destroyed", "dozens", 24, 99, "of tanks"),
                ("destroyed", "dozens", 24, 99, "trucks"),
            ],
        ),
        (
            # a loss reads by each noun: deaths of soldiers, tanks destroyed
            "Vessa says it has lost dozens of soldiers and tanks since the offensive began.",
            [
                ("killed", "dozens", 24, 99, "of soldiers"),
                ("destroyed", "dozens", 24, 99, "tanks"),
            ],
        ),
    ],
)
def test_one_count_shared_by_nouns_counted_apart_counts_each(
    sentence: str, expected: list[tuple[str, str, object, object, str]]
) -> None:
    assert _groups_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            # one count over a mixed group of persons
            "Shelling killed 12 soldiers and civilians in Kutum on Monday.",
            [("killed", "12", 12, 12, "soldiers")],
        ),
        (
            # the herds are not counted
            "The floods displaced thousands of people and their livestock near Vessa.",
            [("displaced", "thousands", 2000, 9999, "of people")],
        ),
        (
            # the second noun has a figure of its own: no second claim from the first
            "Troops destroyed 3 tanks and 2 APCs near Vessa on Monday.",
            [("destroyed", "3", 3, 3, "tanks"), ("destroyed", "2", 2, 2, "APCs")],
        ),
    ],
)
def test_a_shared_count_of_persons_or_a_second_figure_gives_no_extra_claim(
    sentence: str, expected: list[tuple[str, str, object, object, str]]
) -> None:
    assert _groups_of(sentence) == expected


@given(coordinated_counts())
@example(("The strikes killed 14 soldiers and tanks near Kutum.", "soldiers", "tanks", False))
@example(("The strikes moved six policemen and 3 trucks near Vessa.", "policemen", "trucks", True))
def test_a_shared_count_gives_exact_spans_and_no_claim_twice(
    case: tuple[str, str, str, bool],
) -> None:
    text, first, second, own = case
    article = parse_article(text, published=dt.date(2031, 5, 6))
    claims = extract_claims(article)
    for claim in claims:
        for span in claim.evidence:
            assert 0 <= span.start < span.end <= len(article.text)
            assert claim.subject.text in article.text[span.start : span.end]
        assert article.text[claim.quantity.start : claim.quantity.end] == claim.quantity.text
    said = [(c.kind, c.quantity.low, c.quantity.high, c.subject.label) for c in claims]
    assert len(said) == len(set(said))  # no claim twice
    seconds = [c for c in claims if c.subject.label.endswith(second)]
    assert len(seconds) <= 1
    if own and seconds:
        assert seconds[0].quantity.text == "3"  # its own figure, never the first's
    firsts = [c for c in claims if c.subject.label.endswith(first)]
    persons = {noun for noun, person in COORDINATED_PERSONS if person}
    if not own and firsts and not (first in persons and second in persons):
        # counted apart: the second noun's claim has the first's quantity as written once
        assert [c.quantity for c in seconds] == [firsts[0].quantity]
    elif not own:
        assert not seconds  # persons and persons: one mixed group


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "More than 60 people were hurt, a hospital spokesman said.",
            [("wounded", "More than 60", 60, None)],
        ),
        (
            "Nine soldiers died and 14 were wounded, an army officer in Kutum told reporters.",
            [("killed", "Nine", 9, 9), ("wounded", "14", 14, 14)],
        ),
        (
            "A police official in Vessa said three guards were killed.",
            [("killed", "three", 3, 3)],
        ),
        (
            # a verb of what happened comes first: the one wounded is counted
            "A soldier wounded in the ambush said 11 of his comrades were killed.",
            [("wounded", "A", 1, 1), ("killed", "11", 11, 11)],
        ),
    ],
)
def test_a_speaker_after_a_or_an_is_no_count_of_one(sentence: str, expected: list[Bounds]) -> None:
    assert _bounds(sentence) == expected
