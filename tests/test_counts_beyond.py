"""Counts beyond casualties, and the verbs of displacement, missing people and detention.

Each row is a sentence written for these tests, in the style of wire copy (issue #11, item 6).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfacts import extract_claims, parse_article

# (sentence, [(kind, figure as written, words the subject label holds)])
ROWS = [
    # materiel "eliminated" or "neutralised" is destroyed, people killed
    (
        "The ministry said 40 Talveran fighters had been eliminated, including 6 tanks.",
        [("killed", "40", "Talveran fighters"), ("destroyed", "6", "tanks")],
    ),
    ("Rebel shelling martyred 12 soldiers near Kutum.", [("killed", "12", "soldiers")]),
    ("The army has lost a total of 61 soldiers since May.", [("killed", "61", "soldiers")]),
    # populations
    (
        "The valley is home to some 2 million people, the agency said.",
        [("other", "some 2 million", "population")],
    ),
    (
        "Hundreds fled Vessa, a town of 40,000 inhabitants.",
        [("displaced", "Hundreds", "people"), ("other", "40,000", "population")],
    ),
    # schools and hospitals hit, sites struck, munitions fired, people rescued or evacuated
    ("Night raids hit two apartment buildings in Kutum.", [("other", "two", "buildings hit")]),
    ("The army fired on more than 200 sites near Vessa.", [("attacks", "more than 200", "sites")]),
    (
        "Nine schools and a clinic were hit on Monday.",
        [("other", "Nine", "schools hit"), ("other", "a", "clinic hit")],
    ),
    ("Some 140 rockets were fired toward Kutum overnight.", [("attacks", "Some 140", "rockets")]),
    (
        "Crews said 30 drones were intercepted over the coast.",
        [("other", "30", "drones intercepted")],
    ),
    (
        "More than 600 people have been evacuated from Vessa.",
        [("other", "More than 600", "people evacuated")],
    ),
    ("By Friday, 85 had been rescued from the beach.", [("other", "85", "rescued")]),
    # attackers and explosions
    ("Police said two suicide bombers attacked the market.", [("other", "two", "suicide bombers")]),
    ("Witnesses heard three explosions near the port.", [("attacks", "three", "explosions")]),
    # hostages held, prisoners taken, people detained
    (
        "The group is holding more than 70 hostages in Kutum.",
        [("captured", "more than 70", "hostages")],
    ),
    (
        "Two Vessan pilots were arrested after their jet came down.",
        [("captured", "Two", "Vessan pilots")],
    ),
    ("Police said 14 men were taken into custody.", [("arrested", "14", "men")]),
    ("Another 25 villagers were rounded up by militiamen.", [("arrested", "Another 25", "")]),
    # displacement and missing people
    (
        "More than 9,000 people crossed into Talvera in two days.",
        [("displaced", "More than 9,000", "people")],
    ),
    (
        "At least 800 people have reached safety outside Kutum.",
        [("displaced", "At least 800", "people")],
    ),
    ("Some 90 civilians sought refuge in the school.", [("other", "Some 90", "civilians")]),
    (
        "Officials said 41 were killed and another 12 remained unaccounted for.",
        [("killed", "41", "people"), ("missing", "another 12", "people")],
    ),
    (
        "At least 30 died and 70 more sustained injuries.",
        [("killed", "At least 30", "people"), ("wounded", "70 more", "people")],
    ),
    # forces deployed or stationed, but not the attackers of an attack
    (
        "About 4,100 U.S. forces are in Talvera, the spokesman said.",
        [("deployed", "About 4,100", "U.S. forces")],
    ),
    ("The push will be led by 25,000 Talveran troops.", [("deployed", "25,000", "troops")]),
    (
        "The offensive involves a 60,000-strong alliance of militias.",
        [("deployed", "60,000-strong", "alliance")],
    ),
    ("Two army convoys entered Kutum on Sunday.", [("deployed", "Two", "convoys")]),
    (
        "Convoys of at least 90 trucks were seen at the crossing.",
        [("deployed", "at least 90", "trucks")],
    ),
    ("Five soldiers were in the truck when it was hit.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_counts_beyond_casualties(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    claims = extract_claims(parse_article(sentence, published=dt.date(2031, 6, 4)))
    got = [(c.kind.value, c.quantity.text, c.subject.label) for c in claims]
    assert [(kind, text) for kind, text, _ in got] == [(k, t) for k, t, _ in expected]
    for (_, _, label), (_, _, words) in zip(got, expected, strict=True):
        assert words.lower() in label.lower()
