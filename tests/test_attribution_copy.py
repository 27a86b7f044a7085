"""Who said it, on the shapes of real copy (issue #11): where a reporting clause stands.

Every sentence is written for these tests, in the style of wire copy, about invented places.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictfacts import parse_article
from conflictfacts.extraction import extract_claims

Said = tuple[str, object, str | None]


def _sources(page: str) -> list[Said]:
    claims = extract_claims(parse_article(page, published=dt.date(2031, 5, 6)))
    return [
        (c.kind.value, c.quantity.low, c.attribution.source if c.attribution else None)
        for c in claims
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            'At a briefing in Kutum, a spokesman for the Vessan army said, "We have lost '
            'two helicopters and their crews."',
            [("destroyed", 2, "spokesman for Vessan army")],
        ),
        (
            # the part before the verb is the speaker's too
            '"Nine of our men were killed," the governor said, "and 14 are missing."',
            [("killed", 9, "governor"), ("missing", 14, "governor")],
        ),
    ],
)
def test_a_quote_opened_after_said_is_the_speakers(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The blast killed 12 soldiers and wounded at least 30 more, Vessan officials said "
            "\u2013 the worst loss for the army this year.",
            [("killed", 12, "Vessan officials"), ("wounded", 30, "Vessan officials")],
        ),
    ],
)
def test_a_dash_after_a_trailing_said_ends_the_report(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The toll from the shelling of Talvera rose from 40 to 65 on Friday, reports the "
            "Kutum Herald.",
            [("killed", 40, "Kutum Herald"), ("killed", 65, "Kutum Herald")],
        ),
        (
            "Some 3,000 people have fled their homes around Brask since Monday, said a "
            "spokesman for the Vessa Relief Network.",
            [("displaced", 3000, "spokesman for Vessa Relief Network")],
        ),
        (
            # an aside before the verb: the speaker stands before it, not after
            "The ministry, in a statement, said Vessan troops were to blame for the deaths of "
            "12 villagers.",
            [("killed", 12, "ministry")],
        ),
        (
            # what follows the verb is a clause, not a name
            "Two soldiers were killed, said the army had failed to protect them.",
            [("killed", 2, None)],
        ),
    ],
)
def test_a_source_named_after_its_verb(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


def _actors(page: str) -> list[tuple[str, object, str | None]]:
    claims = extract_claims(parse_article(page, published=dt.date(2031, 5, 6)))
    return [(c.kind.value, c.quantity.low, c.actor) for c in claims]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Doctors and the Hamas government said 17 villagers died when a shell hit a "
            "clinic in Kutum.",
            [("killed", 17, None)],
        ),
        (
            "The director of the clinic and the Hamas government said 17 villagers died when "
            "a shell hit the clinic, which they blamed on Russian forces.",
            [("killed", 17, "Russian government forces")],
        ),
        (
            # the speaker's own forces, as the subject of the verb, still did it
            "The Syrian army said it killed 13 fighters of the Kutum Front near Talvera.",
            [("killed", 13, "Syrian government forces")],
        ),
    ],
)
def test_a_name_in_the_speakers_phrase_did_not_do_it(
    page: str, expected: list[tuple[str, object, str | None]]
) -> None:
    assert _actors(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "A Pentagon inquiry found that 42 civilians died in the bombing of "
            "Kutum.",
            [("killed", 42, "Pentagon")],
        ),
        (
            "The Kutum Monitoring Group concluded that at least 30 civilians died in the raid.",
            [("killed", 30, "Kutum Monitoring Group")],
        ),
        (
            # a find that is no "that" clause reports nothing
            "Rescuers found 12 bodies in the rubble in Kutum.",
            [("killed", 12, None)],
        ),
    ],
)
def test_a_finding_that_reports_its_figure(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Vessa hit back, with the Vessan army saying 30 rebel fighters were killed.",
            [("killed", 30, "Vessan army")],
        ),
        (
            "The clashes spread to Talvera, with President Lenz saying 14 soldiers had died.",
            [("killed", 14, "President Lenz")],
        ),
        (
            # "with" and no speaker before "saying"
            "The fighting went on, with no side saying how many died, and 12 soldiers were "
            "killed.",
            [("killed", 12, None)],
        ),
        (
            # "quoted ... as saying": the one quoted, not the words after "with"
            "The agency quoted a commander with the Kutum Front near Talvera as saying 14 "
            "gunmen died.",
            [("killed", 14, "commander")],
        ),
    ],
)
def test_with_a_speaker_saying(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The toll from the bombing of a market in western Sudan climbed to 54, a clinic "
            "official told reporters.",
            [("killed", 54, "clinic official")],
        ),
        (
            # a name before the aside still speaks
            "Hamas, an Iran-backed group, said 12 of its fighters were killed in Kutum.",
            [("killed", 12, "Hamas")],
        ),
    ],
)
def test_a_clause_before_an_aside_names_no_speaker(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Some 400 villagers died in Kutum in raids over the summer carried out by allies "
            "and fighters of the Rapid Support Forces (RSF), a UN panel said.",
            [("killed", 400, "United Nations (UN)")],
        ),
    ],
)
def test_a_long_clause_before_an_aside_names_no_speaker(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Nine soldiers were killed in Kutum on Monday, the Vessan army said. Insurgents "
            "raided Talvera overnight and killed four villagers.",
            [("killed", 9, "Vessan army"), ("killed", 4, None)],
        ),
        (
            # the agent's sentence gives the outlet's figure, with no perpetrator of its own
            "Some 5,000 people have fled to safety in Kutum, the UN said. Armed militants "
            "raided Talvera on Monday as thousands fled into the hills.",
            [("displaced", 5000, "United Nations (UN)"), ("displaced", 2000, None)],
        ),
        (
            # no agent named: the report goes on
            "Nine soldiers were killed in Kutum on Monday, the Vessan army said. Four villagers "
            "were also killed in Talvera.",
            [("killed", 9, "Vessan army"), ("killed", 4, "Vessan army")],
        ),
    ],
)
def test_a_sentence_that_names_the_attacker_keeps_no_source_before(
    page: str, expected: list[Said]
) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "A Sudanese nurse who escaped from Kutum, West Darfur, to Chad last week told the "
            "Vessa Tribune that more than 300 civilians were killed in the town.",
            [("killed", 300, "Sudanese nurse")],
        ),
        (
            # a name the gazetteer does not know as a place still speaks
            "The Lenna Valley Front told the Vessa Tribune that 30 of its fighters were killed.",
            [("killed", 30, "Lenna Valley Front")],
        ),
    ],
)
def test_a_place_or_a_prepositional_phrase_is_no_speaker(
    page: str, expected: list[Said]
) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The Kutum Relief Network handed out food at the Talvera shelter, noting that "
            "it housed more than 600 people.",
            [("other", 600, "Kutum Relief Network")],
        ),
        (
            # no "that": the participle reports nothing
            "Shelling went on in Talvera, adding to fears after 12 people were killed there.",
            [("killed", 12, None)],
        ),
    ],
)
def test_noting_that_reports_like_saying(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The Vessan army chief said the push would go on. According to him, 40 rebel "
            "fighters were killed in Talvera.",
            [("killed", 40, "Vessan army chief")],
        ),
    ],
)
def test_according_to_him_names_the_speaker_before(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The Vessan army chief said the push would go on. According to him, the raids "
            "began at dawn. By Monday, 40 rebel fighters had been killed.",
            [("killed", 40, "Vessan army chief")],
        ),
        (
            # a new paragraph is the outlet's again
            "The Vessan army chief said the push would go on. According to him, the raids "
            "began at dawn.\n\nBy Monday, 40 rebel fighters had been killed.",
            [("killed", 40, None)],
        ),
        (
            # a figure before the account is what it credits, not the next one
            "Twelve soldiers died in Talvera. According to the army, the raids began at dawn. "
            "By Monday, 40 rebel fighters had been killed.",
            [("killed", 12, "army"), ("killed", 40, None)],
        ),
    ],
)
def test_an_account_with_no_figure_goes_on_into_the_next_sentence(
    page: str, expected: list[Said]
) -> None:
    assert _sources(page) == expected


def test_an_account_that_goes_on_lends_its_party_the_other_sides_losses() -> None:
    page = (
        "The Turkish defence minister said the operation would go on. According to him, it "
        "began at dawn. Since then, 20 Syrian tanks have been destroyed."
    )
    assert _actors(page) == [("destroyed", 20, "Turkish government forces")]


def test_told_the_media_names_whom_it_was_told() -> None:
    page = (
        "At least 14 people were killed in Kutum on Monday, Adel Marro, the mayor, told the media."
    )
    assert _sources(page) == [("killed", 14, "mayor")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Eleven soldiers were killed in Kutum, as reported by Anadolu Agency. The news "
            "agency later said 33 had died.",
            [("killed", 11, "Anadolu Agency"), ("killed", 33, "Anadolu Agency")],
        ),
        (
            # a role the source named last does not hold is someone else
            "Eleven soldiers were killed in Kutum, as reported by Anadolu Agency. The local "
            "police later said 33 had died.",
            [("killed", 11, "Anadolu Agency"), ("killed", 33, "local police")],
        ),
    ],
)
def test_the_news_agency_is_the_agency_named_last(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


def test_the_health_ministry_is_not_the_defence_ministry_named_before() -> None:
    page = (
        "The Defence Ministry said three tanks were destroyed near Vessa. The health ministry "
        "raised its civilian toll to at least 14 killed."
    )
    assert _sources(page) == [
        ("destroyed", 3, "Defence Ministry"),
        ("killed", 14, "health ministry"),
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "LNA spokesman Omar Salem said its raid wrecked a drone control room at "
            "the Kutum airport.",
            [("destroyed", 1, "Libyan National Army (LNA)")],
        ),
        (
            # its own losses it did not inflict
            "Hamas said two of its tanks were destroyed near Kutum.",
            [("destroyed", 2, None)],
        ),
        (
            # people counted are nobody's side: no perpetrator from the speaker
            "An LNA spokesman said 12 people were killed near Kutum.",
            [("killed", 12, None)],
        ),
    ],
)
def test_an_armed_group_reporting_the_other_sides_losses_inflicted_them(
    page: str, expected: list[tuple[str, object, str | None]]
) -> None:
    assert _actors(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The Turkish Foreign Ministry said three Syrian tanks were destroyed near Kutum.",
            [("destroyed", 3, "Turkish government forces")],
        ),
        (
            # a health ministry counts, it does not fight
            "The Syrian Health Ministry said three Turkish tanks were destroyed near Kutum.",
            [("destroyed", 3, None)],
        ),
    ],
)
def test_a_foreign_ministry_speaks_for_its_state(
    page: str, expected: list[tuple[str, object, str | None]]
) -> None:
    assert _actors(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Twelve villagers were killed in Kutum, the Vessa Herald reports. The raid is the "
            "worst this year, notes the Talvera Post. Four soldiers were also killed.",
            [("killed", 12, "Vessa Herald"), ("killed", 4, None)],
        ),
        (
            # the same speaker goes on: the carry holds
            "Twelve villagers were killed in Kutum, the Vessa Herald reports. The raid is the "
            "worst this year, the Vessa Herald adds. Four soldiers were also killed.",
            [("killed", 12, "Vessa Herald"), ("killed", 4, "Vessa Herald")],
        ),
    ],
)
def test_another_speaker_in_between_ends_the_carried_source(
    page: str, expected: list[Said]
) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Officials in Kutum and eyewitnesses say up to 80 people may have died in the raid.",
            [("killed", None, "eyewitnesses")],
        ),
        (
            "Relief agencies have warned that the fighting could displace up to 9,000 people "
            "around Talvera.",
            [("displaced", None, "Relief agencies")],
        ),
    ],
)
def test_eyewitnesses_and_plural_bodies_speak(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            # the officer named before the apposition, not the state it names
            "Daro Lenk, the governor of Chad's northern province of Kutum, said on Monday "
            "that 11 soldiers had died in the attack.",
            [("killed", 11, "Daro Lenk")],
        ),
    ],
)
def test_a_named_officer_speaks_not_the_state(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "The agency cited a militia commander in the hills above Kutum as saying that "
            "seven fighters were killed and 20 wounded overnight.",
            [("killed", 7, "militia commander"), ("wounded", 20, "militia commander")],
        ),
        (
            "Local radio quoted a nurse as saying 14 bodies had been brought in.",
            [("killed", 14, "nurse")],
        ),
    ],
)
def test_cited_or_quoted_as_saying_names_the_speaker(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Some 14,000 people crossed into Chad this week, Sudan's Border Control agency said.",
            [("displaced", 14000, "Sudanese Border Control agency")],
        ),
        # no name of its own: the country's role, as before
        ("Nine soldiers died in Vessa, Chad's army said.", [("killed", 9, "Chadian military")]),
    ],
)
def test_a_states_body_keeps_its_own_name(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a figure's own clause names no speaker
        (
            "The agency now puts the number of people displaced around Kutum at 700,000, which "
            "is 200,000 more than the agency had previously recorded.",
            [("displaced", 700000, "agency")],
        ),
        # a passive verb of revising has the figure, not a speaker, before it
        (
            "A spokesman for the Vessan army said on Friday that the toll from the raid on "
            "Kutum had been revised to around 900.",
            [("killed", 900, "spokesman for Vessan army")],
        ),
    ],
)
def test_a_figures_own_clause_names_no_speaker(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the officer after the body they serve, rank and name as written
        (
            "Iraqi army Lt. Gen. Daro Vale said 900 militants had been killed in Kutum.",
            [("killed", 900, "Lt. Gen. Daro Vale")],
        ),
        # a body with no officer named after it, as before
        ("A US Air Force spokesman said 12 people were killed.", [("killed", 12, "US air force")]),
        # "according to" an inquiry: the inquiry speaks
        (
            "A strike in March killed 40 civilians in Kutum, according to an army "
            "inquiry released on Monday.",
            [("killed", 40, "army inquiry")],
        ),
    ],
)
def test_an_officer_or_an_inquiry_is_the_source(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


def test_a_monitor_named_by_its_country_is_still_read() -> None:
    # the entry found for the phrase is swapped for the monitor: no officer is looked for
    page = "Nine fighters were killed in Idlib, a Syrian war monitor said."
    assert _sources(page)[0][2] is not None


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # another casualty count of the same group that says it goes on keeps the source
        (
            "Three guards died when a drone hit a post near Kutum on Monday, the defence "
            "ministry said. A fourth guard was hurt in the raid.",
            [("killed", 3, "defence ministry"), ("wounded", 1, "defence ministry")],
        ),
        # not another group's, and not one that tells of a report of its own
        (
            "Three guards died when a drone hit a post near Kutum on Monday, the defence "
            "ministry said. Another 40 guards were reported hurt.",
            [("killed", 3, "defence ministry"), ("wounded", 40, None)],
        ),
    ],
)
def test_a_sequel_of_casualties_keeps_the_source(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            # the quote's speaker, after a listener and "by phone"
            '"We buried 18 bodies, most of them children," Dr Lina Varo, head of the Kutum '
            "clinic, told reporters by phone.",
            [("killed", 18, "head of Kutum clinic")],
        ),
        (
            # "we" inside a quote is never the source's name
            '"We counted 18 bodies," he said.',
            [("killed", 18, None)],
        ),
        (
            # a second verb of reporting has no subject of its own
            "The group said in a statement posted online that its fighters had killed 30 "
            "guards.",
            [("killed", 30, "group")],
        ),
    ],
)
def test_the_speaker_of_a_quote_or_statement(page: str, expected: list[Said]) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            '"The roof fell on the worshippers," said police official Omar Vale, adding that '
            "27 bodies had been recovered.",
            [("killed", 27, "police official Omar Vale")],
        ),
        (
            "\u201cWe lost 12 men in the raid,\u201d said a spokesman for the Kutum garrison.",
            [("killed", 12, "spokesman for Kutum garrison")],
        ),
    ],
)
def test_a_verb_of_saying_after_a_closing_quote_names_its_speaker(
    page: str, expected: list[Said]
) -> None:
    assert _sources(page) == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("A medical source told reporters that 14 people were killed.", "medical source"),
        ("Fourteen people were killed, a security source said on condition of anonymity.",
         "security source"),
        ("Fourteen people were killed, the ministry said in an update on Telegram.", "ministry"),
        # the speaker's own source stands behind the speaker
        (
            "A journalist said her source in Kutum confirmed that 14 people were killed.",
            "journalist",
        ),
        ("Fourteen people were killed, the army said at a news conference.", "army"),
        # "said at least": the hedge is the figure's, not a tail of the verb
        ("The ministry said at least 14 people were killed.", "ministry"),
    ],
)
def test_sources_named_by_role_and_the_tail_of_the_verb(page: str, expected: str) -> None:
    assert [source for _, _, source in _sources(page)] == [expected]


def test_a_speaker_with_an_aside_is_no_count_of_one() -> None:
    page = "Fourteen people were killed, a local official, who asked not to be named, said."
    assert _sources(page) == [("killed", 14, "local official")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "According to Kenya's emergency service, 14 people were killed.",
            "Kenyan emergency service",
        ),
        ("Fourteen people were killed, Vessa's mayor told local television.", "Vessa's mayor"),
        (
            "Fourteen people were killed, the Houthi military spokesman, Ali Varo, said.",
            "Houthi military spokesman Ali Varo",
        ),
    ],
)
def test_a_body_or_officer_keeps_the_words_that_name_it(page: str, expected: str) -> None:
    assert [source for _, _, source in _sources(page)] == [expected]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # "informed", "believes", "revealed": verbs of saying too
        (
            "The Talvera Monitor for Human Rights informed that 14 people were killed.",
            "Talvera Monitor for Human Rights",
        ),
        (
            "The United Nations believes that some 40,000 residents have fled Vessa.",
            "United Nations (UN)",
        ),
        ("Vessa's mayor revealed that 14 people were killed.", "Vessa's mayor"),
    ],
)
def test_less_common_verbs_of_saying_name_their_source(page: str, expected: str) -> None:
    assert [source for _, _, source in _sources(page)] == [expected]


def test_a_hospital_that_admitted_the_wounded_did_not_say_so() -> None:
    page = (
        "Six soldiers were killed in Kutum, the Defence Ministry in Vessa said.\n\n"
        "Doctors at the clinic in Kutum said they had admitted 18 wounded soldiers."
    )
    assert [source for _, _, source in _sources(page)] == [
        "Defence Ministry in Vessa",
        "Doctors at clinic in Kutum",
    ]


def test_the_group_is_the_organisation_whose_officer_spoke_last() -> None:
    page = (
        "Eleven fighters were killed in Kutum, the Talvera Monitor for Human Rights said.\n\n"
        '"Nine more fighters were killed in shelling," monitor chief Adel Marro told reporters.'
        "\n\nThe group also said that four civilians were killed in air strikes."
    )
    assert [source for _, _, source in _sources(page)] == [
        "Talvera Monitor for Human Rights",
        "monitor chief Adel Marro",
        "Talvera Monitor for Human Rights",
    ]


@pytest.mark.parametrize(
    "listener",
    [
        "international news agency AFP",
        "the state-run news agency, Vessa Press",
        "foreign media",
        "a local newspaper",
    ],
)
def test_whom_a_statement_was_told_to_ends_a_trailing_report(listener: str) -> None:
    page = f'"Nine fighters were killed in shelling," Kutum mayor Adel Marro told {listener}.'
    assert [source for _, _, source in _sources(page)] == ["Kutum mayor Adel Marro"]


def test_according_to_inside_a_clause_ends_at_the_verb_that_follows() -> None:
    page = "The shelling was followed by a raid which according to the governor killed 12 soldiers."
    assert _sources(page) == [("killed", 12, "governor")]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # an organisation's report is a document of its own
        (
            "Some 400 people were killed in Kutum, according to a new United Nations report.",
            "United Nations (UN) report",
        ),
        # a news outlet's report is the outlet's own reporting
        ("Some 400 people were killed in Kutum last year, according to an AFP report.",
         "Agence France-Presse (AFP)"),
    ],
)
def test_according_to_a_report_names_whose_report(page: str, expected: str) -> None:
    assert [source for _, _, source in _sources(page)] == [expected]


def test_an_office_without_its_holder_takes_the_holder_the_page_names() -> None:
    page = (
        "Turkish President Omer Talvik said 12 soldiers were killed in Kutum.\n\n"
        "The Turkish president said on Monday that 14 rebels were killed."
    )
    assert [source for _, _, source in _sources(page)] == [
        "Turkish President Omer Talvik",
        "Turkish President Omer Talvik",
    ]


def test_an_office_held_by_two_names_on_the_page_keeps_the_office_alone() -> None:
    page = (
        "Former Turkish President Adel Marro said 12 soldiers were killed in Kutum.\n\n"
        "Turkish President Sami Noor said 20 soldiers were killed.\n\n"
        "The Turkish president said on Monday that 14 rebels were killed."
    )
    assert [source for _, _, source in _sources(page)][-1] == "Turkish President"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the aside's clause names places and parties; the name before it speaks
        (
            "Talwatch, a monitor in Vessa which counts the dead of bombing raids across Iraq "
            "and Syria, said some 300 villagers died in Kutum.",
            "Talwatch",
        ),
        (
            "Vessan Environment Minister Adel Marro, who is leading the crisis committee, said "
            "some 15,000 villagers have fled.",
            "Vessan Environment Minister Adel Marro",
        ),
        # "the WHO" is no relative pronoun
        (
            "Some 80 people died in Kutum, the World Health Organization (WHO) told reporters.",
            "World Health Organization (WHO)",
        ),
        # a state's officer keeps the words that name the office
        (
            "A Syrian health official told us 60 villagers died in Kutum.",
            "Syrian health official",
        ),
    ],
)
def test_the_speaker_of_a_described_or_official_source(page: str, expected: str) -> None:
    assert [source for _, _, source in _sources(page)] == [expected]


def test_no_official_estimates_is_a_noun_not_a_speaker() -> None:
    page = "Some of the 90 people abducted may have died, though no official estimates exist."
    assert [source for _, _, source in _sources(page)] == [None]
