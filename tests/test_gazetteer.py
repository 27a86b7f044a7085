"""Tests of the gazetteer: lookups, case rules, spans, user entries, linear time."""

from __future__ import annotations

import itertools
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts.errors import InputTypeError, InputValueError
from conflictfacts.gazetteer import (
    ActorEntry,
    ActorKind,
    Gazetteer,
    InstitutionTemplate,
    Match,
    MatchVia,
    PlaceEntry,
    PlaceKind,
)
from tests.strategies import any_text, gazetteer_texts, word_byte_texts

GAZ = Gazetteer.default()


# ---------------------------------------------------------------- actor lookups


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Türkiye", "Turkey"),
        ("Turkiye", "Turkey"),
        ("TURKEY", "Turkey"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("United States of America", "United States"),
        ("Ankara", "Turkey"),
        ("Moscow", "Russia"),
        ("Damascus", "Syria"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Washington", "United States"),
        ("Israeli", "Israel"),
        ("Palestinian", "Palestine"),
        ("Kosovo", "Kosovo"),
        ("Taiwan", "Taiwan"),
        ("Western Sahara", "Western Sahara"),
        ("DR Congo", "Democratic Republic of the Congo"),
        ("Ivory Coast", "Cote d'Ivoire"),
        ("Burma", "Myanmar"),
    ],
)
def test_country_names_aliases_demonyms_and_capitals(name: str, canonical: str) -> None:
    entry = GAZ.actor(name)
    assert entry is not None
    assert entry.name == canonical
    assert entry.kind is ActorKind.COUNTRY
    assert entry.country == canonical


@pytest.mark.parametrize(
    ("name", "canonical", "kind", "country"),
    [
        ("Hamas", "Hamas", ActorKind.ARMED_GROUP, "Palestine"),
        ("Ansar Allah", "Houthis", ActorKind.ARMED_GROUP, "Yemen"),
        ("Daesh", "Islamic State", ActorKind.ARMED_GROUP, None),
        ("ISIL", "Islamic State", ActorKind.ARMED_GROUP, None),
        ("al Qaida", "Al-Qaeda", ActorKind.ARMED_GROUP, None),
        ("HTS", "Hayat Tahrir al-Sham", ActorKind.ARMED_GROUP, "Syria"),
        ("Rapid Support Forces", "Rapid Support Forces", ActorKind.ARMED_GROUP, "Sudan"),
        ("ISWAP", "Islamic State West Africa Province", ActorKind.ARMED_GROUP, "Nigeria"),
        ("Africa Corps", "Wagner Group", ActorKind.ARMED_GROUP, "Russia"),
        ("Tatmadaw", "Tatmadaw", ActorKind.MILITARY, "Myanmar"),
        ("Tigray forces", "Tigray People's Liberation Front", ActorKind.ARMED_GROUP, "Ethiopia"),
        ("OSDH", "Syrian Observatory for Human Rights", ActorKind.MONITOR, "Syria"),
        ("Britain-based war monitor", "Syrian Observatory for Human Rights", ActorKind.MONITOR,
         "Syria"),
        ("ACLED", "Armed Conflict Location & Event Data Project", ActorKind.MONITOR, None),
        ("Medecins Sans Frontieres", "Doctors Without Borders", ActorKind.NGO, None),
        ("UN refugee agency", "UNHCR", ActorKind.INTERNATIONAL, None),
        ("UN refugee chief", "UN High Commissioner for Refugees", ActorKind.PERSON_ROLE, None),
        ("UN human rights office", "OHCHR", ActorKind.INTERNATIONAL, None),
        ("Security Council", "UN Security Council", ActorKind.INTERNATIONAL, None),
        ("NATO", "NATO", ActorKind.ALLIANCE, None),
        ("The Associated Press", "Associated Press", ActorKind.MEDIA, None),
        ("Agence France-Presse", "Agence France-Presse", ActorKind.MEDIA, None),
        ("SANA", "SANA", ActorKind.MEDIA, "Syria"),
    ],
)  # fmt: skip
def test_named_actors(name: str, canonical: str, kind: ActorKind, country: str | None) -> None:
    entry = GAZ.actor(name)
    assert entry is not None
    assert (entry.name, entry.kind, entry.country) == (canonical, kind, country)


@pytest.mark.parametrize(
    ("phrase", "canonical", "kind", "country"),
    [
        ("Turkish troops", "Turkish military", ActorKind.MILITARY, "Turkey"),
        ("Ukrainian forces", "Ukrainian military", ActorKind.MILITARY, "Ukraine"),
        ("Russia's armed forces", "Russian military", ActorKind.MILITARY, "Russia"),
        ("Syrian regime forces", "Syrian military", ActorKind.MILITARY, "Syria"),
        ("Israeli warplanes", "Israeli air force", ActorKind.MILITARY, "Israel"),
        ("US forces", "US military", ActorKind.MILITARY, "United States"),
        ("Malian authorities", "Malian government", ActorKind.GOVERNMENT, "Mali"),
        ("Syrian regime", "Syrian government", ActorKind.GOVERNMENT, "Syria"),
        ("Turkish Defence Ministry", "Turkish Defense Ministry", ActorKind.MINISTRY, "Turkey"),
        ("Ministry of Defense of Ukraine", "Ukrainian Defense Ministry", ActorKind.MINISTRY,
         "Ukraine"),
        ("Sudan's health ministry", "Sudanese Health Ministry", ActorKind.MINISTRY, "Sudan"),
        ("Russian Foreign Ministry", "Russian Foreign Ministry", ActorKind.MINISTRY, "Russia"),
        ("Iraqi Interior Ministry", "Iraqi Interior Ministry", ActorKind.MINISTRY, "Iraq"),
        ("Syrian state media", "Syrian state media", ActorKind.MEDIA, "Syria"),
        ("Turkish presidency", "Turkish presidency", ActorKind.GOVERNMENT, "Turkey"),
        ("Ethiopian President", "Ethiopian President", ActorKind.PERSON_ROLE, "Ethiopia"),
    ],
)  # fmt: skip
def test_institutions_are_generated_for_every_country(
    phrase: str, canonical: str, kind: ActorKind, country: str
) -> None:
    entry = GAZ.actor(phrase)
    assert entry is not None
    assert (entry.name, entry.kind, entry.country) == (canonical, kind, country)


def test_every_country_has_its_institutions() -> None:
    countries = [a for a in GAZ.actors if a.kind is ActorKind.COUNTRY]
    assert len(countries) >= 197  # the UN members, observers and disputed states
    assert len(GAZ.institutions) == len(countries) * len(GAZ.templates)


@pytest.mark.parametrize(
    ("demonym", "country"),
    [("Turkish", "Turkey"), ("Syrian", "Syria"), ("Russian", "Russia"), ("Ukrainian", "Ukraine"),
     ("Israeli", "Israel"), ("Palestinian", "Palestine"), ("American", "United States"),
     ("Ukrainians", "Ukraine"), ("Emirati", "United Arab Emirates"), ("Burkinabe", "Burkina Faso")],
)  # fmt: skip
def test_country_of_demonym(demonym: str, country: str) -> None:
    entry = GAZ.country_of_demonym(demonym)
    assert entry is not None
    assert entry.name == country


def test_country_of_demonym_unknown() -> None:
    assert GAZ.country_of_demonym("Martian") is None
    assert GAZ.country_of_demonym("") is None


# ---------------------------------------------------------------- case rules


@pytest.mark.parametrize("word", ["us", "un", "ap", "who", "aa", "is", "Us", "Un", "Who"])
def test_short_acronyms_are_case_sensitive(word: str) -> None:
    assert GAZ.actor(word) is None


@pytest.mark.parametrize(("acronym", "name"), [("UN", "United Nations"), ("AP", "Associated Press"),
                                               ("US", "United States"), ("WHO",
                                               "World Health Organization")])  # fmt: skip
def test_acronyms_match_exactly(acronym: str, name: str) -> None:
    entry = GAZ.actor(acronym)
    assert entry is not None
    assert entry.name == name


def test_multi_letter_names_ignore_case() -> None:
    assert GAZ.actor("hezbollah") == GAZ.actor("HEZBOLLAH") == GAZ.actor("Hezbollah")
    assert GAZ.actor("turkish TROOPS") == GAZ.actor("Turkish troops")


def test_lowercase_pronouns_are_never_actors() -> None:
    text = "Let us know who said it; un-named sources told us the ap was down."
    assert GAZ.find_actors(text) == ()


# ---------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("name", "canonical", "country"),
    [
        ("Idlib", "Idlib", "Syria"),
        ("Idleb", "Idlib", "Syria"),
        ("Kyiv", "Kyiv", "Ukraine"),
        ("Kiev", "Kyiv", "Ukraine"),
        ("Kharkov", "Kharkiv", "Ukraine"),
        ("Halab", "Aleppo", "Syria"),
        ("Deir al-Zour", "Deir ez-Zor", "Syria"),
        ("Deir Ezzor", "Deir ez-Zor", "Syria"),
        ("Hudaydah", "Hodeidah", "Yemen"),
        ("Khan Yunis", "Khan Younis", "Palestine"),
        ("El-Fasher", "El Fasher", "Sudan"),
        ("Mekele", "Mekelle", "Ethiopia"),
        ("Kismayu", "Kismayo", "Somalia"),
        ("Tombouctou", "Timbuktu", "Mali"),
        ("Goma", "Goma", "Democratic Republic of the Congo"),
        ("Mocimboa da Praia", "Mocimboa da Praia", "Mozambique"),
        ("Rangoon", "Yangon", "Myanmar"),
        ("Mazar-e-Sharif", "Mazar-i-Sharif", "Afghanistan"),
        ("Khankendi", "Stepanakert", "Azerbaijan"),
        ("Culiacán", "Culiacan", "Mexico"),
        ("Culiacan", "Culiacan", "Mexico"),
        ("Syria", "Syria", "Syria"),
        ("Türkiye", "Turkey", "Turkey"),
    ],
)
def test_place_lookups(name: str, canonical: str, country: str) -> None:
    entry = GAZ.place(name)
    assert entry is not None
    assert (entry.name, entry.country) == (canonical, country)


def test_places_know_their_parent_region() -> None:
    entry = GAZ.place("Bakhmut")
    assert entry is not None
    assert entry.parent == "Donetsk Oblast"
    assert entry.kind is PlaceKind.TOWN
    region = GAZ.place(entry.parent)
    assert region is not None
    assert region.kind is PlaceKind.REGION


def test_place_names_are_whole_words_and_capitalised() -> None:
    assert GAZ.find_places("the gaza strip and kharkiv") == ()
    assert GAZ.find_places("Kharkivska") == ()
    assert [m.text for m in GAZ.find_places("Gaza City, Gaza and Kharkiv")] == [
        "Gaza City", "Gaza", "Kharkiv"
    ]  # fmt: skip


def test_ambiguous_places_are_skipped_unless_asked() -> None:
    text = "Fighters entered Hit on Tuesday."
    assert GAZ.find_places(text) == ()
    assert [m.entry.country for m in GAZ.find_places(text, include_ambiguous=True)] == ["Iraq"]
    # A capital whose name is common elsewhere is flagged in the place data too.
    assert GAZ.find_places("Lima and Sofia") == ()
    lima = GAZ.place("Lima")
    assert lima is not None
    assert (lima.country, lima.ambiguous) == ("Peru", True)


def test_lowercase_particle_names_match() -> None:
    matches = GAZ.find_places("Shelling near al-Bab and Al-Bab")
    assert [m.entry.name for m in matches] == ["Al-Bab", "Al-Bab"]


# ---------------------------------------------------------------- find_actors


def test_find_actors_longest_match_wins() -> None:
    text = "The Ukrainian Defence Ministry said Russia's defence ministry lied."
    found = [(m.text, m.entry.name) for m in GAZ.find_actors(text)]
    assert found == [
        ("Ukrainian Defence Ministry", "Ukrainian Defense Ministry"),
        ("Russia's defence ministry", "Russian Defense Ministry"),
    ]


def test_find_actors_reports_how_a_name_was_found() -> None:
    found = GAZ.find_actors("Sudanese officials in Khartoum and Egypt")
    assert [(m.text, m.via) for m in found] == [
        ("Sudanese officials", MatchVia.ALIAS),
        ("Khartoum", MatchVia.CAPITAL),
        ("Egypt", MatchVia.NAME),
    ]


def test_find_actors_initials_with_periods() -> None:
    found = GAZ.find_actors("The U.S. and the U.N. met. Then US troops left.")
    assert [(m.text, m.entry.name) for m in found] == [
        ("U.S.", "United States"),
        ("U.N.", "United Nations"),
        ("US troops", "US military"),
    ]


def test_sentence_periods_do_not_join_names() -> None:
    found = GAZ.find_actors("He fled Syria. Turkish troops crossed.")
    assert [m.text for m in found] == ["Syria", "Turkish troops"]


def test_stances_are_not_actors() -> None:
    text = "pro-Russian separatists, anti-Houthi forces and Iran-backed militias"
    assert GAZ.find_actors(text) == ()


@pytest.mark.parametrize(
    ("phrase", "side"),
    [
        ("Turkish soldiers", "Turkey"),
        ("Syrian government forces", "Syria"),
        ("pro-Turkish fighters", "pro-Turkey"),
        ("pro-Turkey rebels", "pro-Turkey"),
        ("pro-Russian separatists", "pro-Russia"),
        ("pro-government militias", "pro-government"),
        ("pro-regime fighters", "pro-government"),
        ("anti-government protesters", "anti-government"),
        ("Iran-backed militias", "pro-Iran"),
        ("Russian-backed forces", "pro-Russia"),
        ("Hezbollah fighters", "Hezbollah"),
        ("RSF paramilitaries", "Rapid Support Forces"),
        ("Houthi rebels", "Houthis"),
        ("rebel fighters", "rebels"),
        ("government troops", "government"),
        ("Ukrainian drones", "Ukraine"),
        ("civilians", None),
        ("", None),
    ],
)
def test_affiliation_of(phrase: str, side: str | None) -> None:
    assert GAZ.affiliation_of(phrase) == side


# ---------------------------------------------------------------- user entries


def test_user_entries_extend_without_touching_the_default() -> None:
    group = ActorEntry("Northern Lions Brigade", ActorKind.ARMED_GROUP, ("NLB",), country="Mali")
    town = PlaceEntry("Qarat Zamil", PlaceKind.TOWN, ("Qarat Zameel",), country="Syria")
    extended = GAZ.with_entries([group, town])
    assert extended.actor("NLB") == group
    assert extended.place("Qarat Zameel") == town
    assert GAZ.actor("NLB") is None
    assert GAZ.place("Qarat Zameel") is None
    assert Gazetteer.default() is GAZ


def test_user_entries_override_the_default() -> None:
    mine = PlaceEntry("Idlib city", PlaceKind.CITY, ("Idlib",), country="Syria", parent="Idlib")
    extended = GAZ.with_entries([mine])
    assert extended.place("Idlib") == mine
    assert [m.entry for m in extended.find_places("Clashes in Idlib")] == [mine]


def test_user_templates_generate_per_country() -> None:
    template = InstitutionTemplate("{demonym} coast guard", ActorKind.MILITARY,
                                   ("{country}'s coast guard",))  # fmt: skip
    extended = GAZ.with_entries([template])
    entry = extended.actor("Libya's coast guard")
    assert entry is not None
    assert (entry.name, entry.country) == ("Libyan coast guard", "Libya")


def test_user_countries_get_institutions_and_places() -> None:
    country = ActorEntry("Freedonia", ActorKind.COUNTRY, demonyms=("Freedonian",),
                         capital="Fredville", country="Freedonia")  # fmt: skip
    extended = GAZ.with_entries([country])
    army = extended.actor("Freedonian troops")
    assert army is not None
    assert army.country == "Freedonia"
    assert extended.actor("Fredville") == country
    capital = extended.place("Fredville")
    assert capital is not None
    assert capital.country == "Freedonia"


def test_with_entries_rejects_other_types() -> None:
    with pytest.raises(InputTypeError):
        GAZ.with_entries(["Hamas"])  # type: ignore[list-item]


def test_from_json_text_and_path(tmp_path: Path) -> None:
    document = {
        "countries": [{"name": "Ruritania", "demonyms": ["Ruritanian"], "capital": "Strelsau"}],
        "templates": [{"name": "{demonym} army", "kind": "military"}],
        "actors": [{"name": "Black Hand", "kind": "armed_group", "aliases": ["BH"]}],
        "places": [{"name": "Zenda", "kind": "town", "country": "Ruritania"}],
    }
    text = json.dumps(document)
    path = tmp_path / "mine.json"
    path.write_text(text, encoding="utf-8")
    for gaz in (Gazetteer.from_json(text), Gazetteer.from_json(str(path)),
                Gazetteer.from_json(path)):  # fmt: skip
        assert gaz.actor("Ruritanian army") is not None
        assert gaz.actor("Strelsau") is not None
        assert gaz.actor("BH") is not None
        zenda = gaz.place("Zenda")
        assert zenda is not None
        assert zenda.country == "Ruritania"
    combined = GAZ.with_entries(Gazetteer.from_json(text))
    assert combined.actor("Black Hand") is not None
    assert combined.actor("Hamas") is not None


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '{"actors": [{"kind": "ngo"}]}',
        '{"actors": [{"name": "X", "kind": "wizard"}]}',
        '{"places": [{"name": "X", "aliases": "Y", "ambiguous": "yes"}]}',
        '{"actors": [{"name": "X", "aliases": [1]}]}',
        '{"actor": []}',
        "[1, 2]",
    ],
)
def test_from_json_rejects_bad_documents(text: str) -> None:
    with pytest.raises(InputValueError):
        Gazetteer.from_json(text)


def test_non_str_inputs_raise_input_type_error() -> None:
    for call in (GAZ.actor, GAZ.place, GAZ.country_of_demonym, GAZ.find_actors,
                 GAZ.find_places, GAZ.affiliation_of):  # fmt: skip
        with pytest.raises(InputTypeError):
            call(b"Hamas")  # type: ignore[arg-type]


def test_gazetteer_is_immutable() -> None:
    with pytest.raises(AttributeError):
        GAZ.actors = ()  # type: ignore[misc]


# ---------------------------------------------------------------- data hygiene


def test_shipped_data_is_valid_and_free_of_duplicates() -> None:
    place_names = [p.name for p in GAZ.places]
    assert len(place_names) == len(set(place_names))
    actor_names = [a.name for a in GAZ.actors]
    assert len(actor_names) == len(set(actor_names))
    countries = {a.name for a in GAZ.actors if a.kind is ActorKind.COUNTRY}
    for place in GAZ.places:
        assert place.country is None or place.country in countries, place
        if place.parent is not None:
            assert GAZ.place(place.parent) is not None, place
    for actor in GAZ.actors:
        assert actor.country is None or actor.country in countries, actor


# ---------------------------------------------------------------- laws


def _check_matches(text: str, matches: tuple[Match[ActorEntry], ...] | tuple[
        Match[PlaceEntry], ...]) -> None:  # fmt: skip
    previous_end = 0
    for match in matches:
        assert text[match.start : match.end] == match.text
        assert match.start >= previous_end
        assert match.start < match.end
        previous_end = match.end


@given(st.one_of(gazetteer_texts, any_text))
@example("U.S.")
@example("Deir ez-Zor.")
@example("İİ Gaza ß")
@example("pro-")
@example("-backed")
def test_find_spans_are_valid_and_non_overlapping(text: str) -> None:
    _check_matches(text, GAZ.find_actors(text))
    _check_matches(text, GAZ.find_places(text, include_ambiguous=True))


@given(st.one_of(gazetteer_texts, any_text))
@example("Sudanese troops entered Kassala; pro-Russian forces held U.S. positions.")
def test_find_names_is_find_actors_and_find_places(text: str) -> None:
    assert GAZ.find_names(text) == (GAZ.find_actors(text), GAZ.find_places(text))


@given(st.one_of(gazetteer_texts, any_text))
def test_lookups_never_raise(text: str) -> None:
    GAZ.actor(text)
    GAZ.place(text)
    GAZ.country_of_demonym(text)
    side = GAZ.affiliation_of(text)
    assert side is None or isinstance(side, str)


@given(gazetteer_texts, gazetteer_texts)
def test_matches_are_found_again_in_context(before: str, after: str) -> None:
    text = f"{before} Turkish troops entered Kharkiv {after}"
    assert any(m.entry.name == "Turkish military" for m in GAZ.find_actors(text))
    assert any(m.entry.name == "Kharkiv" for m in GAZ.find_places(text))


# ---------------------------------------------------------------- linear time


@pytest.mark.parametrize(
    "unit",
    ["9", "Turkish ", "al-", "U.", "Gaza City ", "Ministry of Defense of ", "pro-", "a" * 50 + " "],
)
def test_one_megabyte_is_read(unit: str) -> None:
    # Timing is measured by benchmarks/bench_adversarial.py, never asserted here.
    text = unit * (1_000_000 // len(unit))
    for actor in GAZ.find_actors(text):
        assert text[actor.start : actor.end] == actor.text
    for place in GAZ.find_places(text):
        assert text[place.start : place.end] == place.text


# ------------------------------------------------------------------------ tokens


@given(text=st.one_of(any_text, gazetteer_texts, word_byte_texts))
@example(text="")
@example(text="  -- ")
@example(text="U.S.-backed __ Ka\u0308rnten \u0130dlib, ends")
@example(text="a" * 15)  # one below the byte path, then one on it
@example(text="a" * 16)
@example(text="Troops\u2019 \u201cpositions\u201d \u2014 held\u00a0by e\u0301lite units, 2\r\n")
@example(text="Kyiv \ud800 Gaza \udfff\U0001f4a5 Mali?? x_y")  # lone surrogates, "?" itself
@example(text="The km\u00b2 and \u00bd and \u0663 are words; so is Pe\u00f1a.")  # non-ASCII words
def test_tokens_are_the_maximal_runs_of_letters_and_digits(text: str) -> None:
    """Both paths of the tokenizer (bytes for long texts, the regex otherwise) find the runs."""
    from conflictfacts import gazetteer  # noqa: PLC0415 - the private tokenizer is the subject

    for padded in (text, " " * 64 + text, text + "." * 64):
        tokens = gazetteer._Tokens(padded)
        runs = list(gazetteer._PATTERNS["token"].finditer(padded))
        assert tokens.starts == [m.start() for m in runs]
        assert tokens.raws == [m.group() for m in runs]
        assert tokens.keys == [gazetteer._fold(m.group()) for m in runs]
        gaps = [padded[a.end() : b.start()] for a, b in itertools.pairwise(runs)]
        assert [tokens.gap_before(padded, i) for i in range(1, len(tokens))] == gaps


# ------------------------------------------------------------------------ matcher shortcuts


def _plain_scan(
    index: Any, text: str, tokens: Any, *, capitalised: bool
) -> list[tuple[int, int, Any, int, int]]:
    """The trie scan stated plainly: walk the trie from every token not inside a match."""
    from conflictfacts import gazetteer  # noqa: PLC0415 - the private matcher is the subject

    found = []
    i = 0
    count = len(tokens)
    while i < count:
        best = None
        node = index.root.children.get(tokens.keys[i])
        j = i
        while node is not None:
            for terminal in node.terminals:
                if all(tokens.raws[i + k] == token for k, token in terminal.exact) and not (
                    capitalised and tokens.raws[i][0].islower() and not terminal.lower_start
                ):
                    best = (j, terminal)
                    break
            j += 1
            if j >= count or j - i >= gazetteer._MAX_NAME_TOKENS:
                break
            node = node.children.get(tokens.keys[j])
            if node is not None and not tokens.joinable(text, j - 1):
                break
        if best is None:
            i += 1
            continue
        last, terminal = best
        end = tokens.starts[last] + len(tokens.raws[last])
        if terminal.ends_with_initial and text[end : end + 1] == ".":
            end += 1
        found.append((tokens.starts[i], end, terminal, i, last))
        i = last + 1
    return found


@given(st.one_of(gazetteer_texts, any_text))
@example("the the Associated Press and a United Nations")
@example("The")
@example("Syrian Syrian Desert the")
@example("the Hague and the UN met in Idlib")  # a start of the other index only, then its own
def test_scan_shortcuts_change_nothing(text: str) -> None:
    """Skipping starts that name nothing alone finds what walking the trie from each finds."""
    from conflictfacts import gazetteer  # noqa: PLC0415 - the private matcher is the subject

    tokens = gazetteer._Tokens(text)
    # find_names hands both scans the tokens that start a name of either index; any ascending
    # superset of a trie's own starts, every token included, must give what they give.
    either = [i for i, key in enumerate(tokens.keys) if key in GAZ._indexes.heads]
    for index, capitalised in ((GAZ._indexes.actors, False), (GAZ._indexes.places, True)):
        plain = _plain_scan(index, text, tokens, capitalised=capitalised)
        assert list(index.scan(text, tokens, capitalised=capitalised)) == plain
        for starts in (either, range(len(tokens))):
            assert list(index.scan(text, tokens, capitalised=capitalised, starts=starts)) == plain


@given(st.one_of(gazetteer_texts, any_text))
@example("pro-Russian forces and Iran-backed Houthis met Russia")
@example("Russia-backed")  # a name at the text's end, one at its start
@example("pro Russia, anti\u2010Iran and Syria\u2011armed")
def test_stance_shortcut_changes_nothing(text: str) -> None:
    """Only names next to a stance word are asked whether they are a stance's object."""
    from conflictfacts import gazetteer  # noqa: PLC0415 - the private matcher is the subject

    tokens = gazetteer._Tokens(text)
    kept = [(m.start, m.end, m.entry, m.via) for m in GAZ._actors(text, tokens)]
    scan = GAZ._indexes.actors.scan(text, tokens, capitalised=False)
    plain = [
        (start, end, terminal.entry, terminal.via)
        for start, end, terminal, first, last in scan
        if not gazetteer._is_stance(text, tokens, first, last)
    ]
    assert kept == plain


def test_fast_matches_may_skip_init() -> None:
    """_new_match sets the slots itself: Match's __init__ must do nothing more than that."""
    fields = attrs.fields(Match)
    assert [field.name for field in fields] == ["start", "end", "text", "entry", "via"]
    assert all(field.converter is None and field.validator is None for field in fields)
    assert not hasattr(Match, "__attrs_post_init__")
    assert not hasattr(Match, "__attrs_pre_init__")


@given(
    st.integers(),
    st.integers(),
    st.text(max_size=12),
    st.sampled_from((*GAZ.actors[:20], *GAZ.places[:20])),
    st.sampled_from(MatchVia),
)
@example(0, 0, "", GAZ.actors[0], MatchVia.NAME)
def test_fast_matches_are_matches(
    start: int, end: int, text: str, entry: ActorEntry | PlaceEntry, via: MatchVia
) -> None:
    from conflictfacts import gazetteer  # noqa: PLC0415 - the private builder is the subject

    fast: Match[ActorEntry] | Match[PlaceEntry]
    slow: Match[ActorEntry] | Match[PlaceEntry]
    if isinstance(entry, ActorEntry):
        fast, slow = gazetteer._new_match(start, end, text, entry, via), Match(
            start, end, text, entry, via
        )
    else:
        fast, slow = gazetteer._new_match(start, end, text, entry, via), Match(
            start, end, text, entry, via
        )
    assert type(fast) is Match
    assert fast == slow
    assert repr(fast) == repr(slow)
    assert hash(fast) == hash(slow)
    assert attrs.astuple(fast, recurse=False) == (start, end, text, entry, via)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ("civilians", "people", "rebels", "government", "russian", "troops", "army",
                 "hamas", "pro", "backed", "forces", "militia", "armored", "vehicles", "the")
            ),
            st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8),
        ),
        min_size=1,
        max_size=6,
    ).map(" ".join)
)
@example("civilians")
@example("pro government militia")
@example("rebel fighters")
def test_plain_phrases_take_the_quick_path_to_the_same_side(phrase: str) -> None:
    # a trailing space sends the phrase down the general path without changing its words
    assert GAZ.affiliation_of(phrase) == GAZ.affiliation_of(phrase + " ")


# ---------------------------------------------------------------- pickling (worker processes)


def test_default_gazetteer_pickles_as_a_reference() -> None:
    data = pickle.dumps(GAZ)
    assert len(data) < 200  # not the megabytes of its name index
    assert pickle.loads(data) is GAZ


def test_extended_gazetteer_pickles_its_entries_and_finds_the_same() -> None:
    town = PlaceEntry("Nowhereville", PlaceKind.TOWN, country="Mali")
    militia = ActorEntry("Blue Brigade", ActorKind.ARMED_GROUP, ("BB",))
    extended = GAZ.with_entries([town, militia])
    data = pickle.dumps(extended)
    assert len(data) < len(pickle.dumps(extended._indexes)) / 10
    again = pickle.loads(data)
    assert again == extended
    text = "The BB said shelling hit Nowhereville and Goma."
    assert again.find_names(text) == extended.find_names(text)
    assert pickle.loads(data) is again  # rebuilt once per process, not once per task


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article "A" before "U.S." is not the first initial of "A.U."
        ("A U.S. airstrike hit Vessa.", ["United States"]),
        ("A U.S. military inquiry found it.", ["US military"]),
        # the dotted initialism itself still matches, and so does the plain one
        ("The A.U. said on Monday.", ["African Union"]),
        ("The AU said on Monday.", ["African Union"]),
    ],
)
def test_an_initial_written_with_a_period_needs_it(text: str, expected: list[str]) -> None:
    actors, _ = GAZ.find_names(text)
    assert [m.entry.name for m in actors] == expected


def test_a_currency_prefix_is_not_a_country() -> None:
    actors, places = Gazetteer.default().find_names("The plan asks for US$336 million, A$5m too.")
    assert (actors, places) == ((), ())
    assert [m.text for m in Gazetteer.default().find_places("Aid came from the US.")] == ["US"]


@pytest.mark.parametrize(
    ("name", "canonical", "kind"),
    [
        ("Assad regime", "Syrian government", ActorKind.GOVERNMENT),
        ("Assad's forces", "Syrian military", ActorKind.MILITARY),
        # the generated names of the same institutions are still found
        ("Syrian regime forces", "Syrian military", ActorKind.MILITARY),
        ("Syrian authorities", "Syrian government", ActorKind.GOVERNMENT),
    ],
)
def test_a_ruler_names_the_state_he_rules(name: str, canonical: str, kind: ActorKind) -> None:
    entry = Gazetteer.default().actor(name)
    assert entry is not None
    assert (entry.name, entry.kind, entry.country) == (canonical, kind, "Syria")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A freighter was hit in the Gulf of Aden on Friday.", "Gulf of Aden"),
        ("Tankers crossing the Gulf were warned.", "Gulf region"),
    ],
)
def test_a_longer_name_after_the_article_wins(text: str, place: str) -> None:
    _, places = Gazetteer.default().find_names(text)
    assert [m.entry.name for m in places] == [place]
