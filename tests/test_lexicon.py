"""The lexicon: the word lists the extraction reads, shipped as data and extended by users.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import attrs
import pytest

import conflictfacts
from conflictfacts import (
    ClaimKind,
    Document,
    GroupKind,
    Lexicon,
    extract_claims,
    extract_documents,
    parse_article,
)
from conflictfacts.errors import InputTypeError, InputValueError

DAY = dt.date(2031, 4, 9)
DATA = Path(conflictfacts.__file__).resolve().parent / "data" / "lexicon.json"


def _claims(text: str, lexicon: Lexicon | None = None) -> list[tuple[str, object, str]]:
    found = extract_claims(parse_article(text, published=DAY), lexicon=lexicon)
    return [(c.kind.value, c.quantity.value, c.subject.label) for c in found]


# ---------------------------------------------------------------- the shipped lexicon


def test_default_is_loaded_once_and_immutable() -> None:
    lexicon = Lexicon.default()
    assert lexicon is Lexicon.default()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lexicon.reporting = frozenset()  # type: ignore[misc]
    with pytest.raises(TypeError):
        lexicon.after[ClaimKind.KILLED] = frozenset()  # type: ignore[index]


def test_default_is_the_shipped_data_file() -> None:
    assert Lexicon.from_json(DATA) == Lexicon.default()
    assert Lexicon.from_json(str(DATA)) == Lexicon.default()


def test_shipped_words_are_single_lower_case_tokens_of_one_kind() -> None:
    document = json.loads(DATA.read_text("utf-8"))
    for position in ("after", "before", "groups"):
        seen: dict[str, str] = {}
        for kind, words in document[position].items():
            for word in words:
                assert word == word.lower(), word
                assert word.split() == [word], word
                assert seen.setdefault(word, kind) == kind, (position, word)
    for verbs in ("reporting", "distanced", "accusing"):
        assert all(w == w.lower() and w.split() == [w] for w in document[verbs])


def test_tables_look_words_up_by_position() -> None:
    tables = Lexicon.default().tables
    assert tables.after["fled"] is ClaimKind.DISPLACED
    assert tables.before["seizing"] is ClaimKind.CAPTURED
    assert "dead" in tables.after
    assert "dead" not in tables.before
    assert tables.heads["villagers"] == GroupKind.PEOPLE.value
    assert tables.heads["tanks"] == GroupKind.EQUIPMENT.value
    assert tables.saying == tables.reporting | tables.distanced
    assert {"according", "saying"} <= tables.report_cues
    assert tables.accusing <= tables.speaking_cues
    assert {"destroyed", "seized", "damaged", "shot"} <= tables.thing_cues
    assert "killed" not in tables.thing_cues


# ---------------------------------------------------------------- building and extending


def test_constructor_takes_kinds_or_their_values() -> None:
    lexicon = Lexicon(
        after={ClaimKind.KILLED: ["slain"], "wounded": ["Maimed"]},
        groups={"fighters": ["irregulars"], GroupKind.PEOPLE: ["herders"]},
        reporting=["said"],
    )
    assert lexicon.tables.after == {"slain": ClaimKind.KILLED, "maimed": ClaimKind.WOUNDED}
    assert lexicon.tables.heads == {"irregulars": "fighters", "herders": "people"}
    assert lexicon.before == {}
    assert lexicon.reporting == frozenset({"said"})


def test_with_words_returns_a_new_lexicon_and_leaves_the_old_one() -> None:
    base = Lexicon.default()
    mine = base.with_words(
        before={"killed": ["obliterated"]},
        after={ClaimKind.KILLED: ["obliterated"]},
        groups={"equipment": ["technicals"]},
        reporting=["relayed"],
        distanced=["asserted"],
        accusing=["faults"],
    )
    assert mine is not base
    assert mine != base
    assert mine.tables.before["obliterated"] is ClaimKind.KILLED
    assert mine.tables.after["obliterated"] is ClaimKind.KILLED
    assert mine.tables.heads["technicals"] == "equipment"
    assert {"relayed", "asserted"} <= mine.tables.saying
    assert "faults" in mine.tables.speaking_cues
    assert "obliterated" not in base.tables.before
    assert "technicals" not in base.tables.heads
    assert base.tables.before["killed"] is ClaimKind.KILLED  # the defaults stay
    assert mine.tables.before["killed"] is ClaimKind.KILLED


def test_a_word_given_a_new_kind_leaves_its_old_one() -> None:
    mine = Lexicon.default().with_words(before={"captured": ["took"]}, groups={"people": ["guard"]})
    assert mine.tables.before["took"] is ClaimKind.CAPTURED
    moved = Lexicon.default().with_words(before={"deployed": ["took"]})
    assert moved.tables.before["took"] is ClaimKind.DEPLOYED
    assert "took" not in moved.before[ClaimKind.CAPTURED]
    assert mine.tables.heads["guard"] == "people"
    assert Lexicon.default().tables.heads["guard"] == "soldiers"


def test_with_words_takes_another_lexicon() -> None:
    extra = Lexicon.from_json('{"after": {"missing": ["vanished"]}, "accusing": ["faults"]}')
    combined = Lexicon.default().with_words(extra)
    assert combined.tables.after["vanished"] is ClaimKind.MISSING
    assert "faults" in combined.accusing
    assert combined.tables.after["killed"] is ClaimKind.KILLED


def test_from_json_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "words.json"
    path.write_text('{"groups": {"soldiers": ["legionnaires"]}}', encoding="utf-8")
    assert Lexicon.from_json(path).tables.heads == {"legionnaires": "soldiers"}
    assert Lexicon.from_json(str(path)) == Lexicon.from_json(path)


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        "[]",
        '{"verbs": []}',
        '{"after": ["killed"]}',
        '{"after": {"slaughtered": ["x"]}}',
        '{"groups": {"animals": ["camels"]}}',
        '{"reporting": "said"}',
        '{"reporting": ["said so"]}',
        '{"reporting": [""]}',
        '{"after": {"killed": ["gone"], "missing": ["gone"]}}',
    ],
)
def test_from_json_rejects_bad_documents(text: str) -> None:
    with pytest.raises(InputValueError):
        Lexicon.from_json(text)


def test_wrong_types_raise_input_type_error() -> None:
    with pytest.raises(InputTypeError):
        Lexicon.from_json(42)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        Lexicon.default().with_words(Lexicon.default().tables)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        Lexicon.default().with_words(reporting=[3])  # type: ignore[list-item]
    with pytest.raises(InputValueError):
        Lexicon.default().with_words(after={"slaughtered": ["obliterated"]})


# ---------------------------------------------------------------- the extraction reads it


def test_the_default_lexicon_is_what_extract_claims_reads_when_given_none() -> None:
    text = "Shelling killed 11 villagers near Vessa on Monday, the governor said."
    assert _claims(text) == _claims(text, Lexicon.default())
    assert _claims(text) == [("killed", 11, "villagers")]


def test_a_user_added_killing_verb_is_read_before_a_figure() -> None:
    text = "Rebels obliterated 12 soldiers near Vessa on Monday."
    assert _claims(text) == []
    mine = Lexicon.default().with_words(before={"killed": ["obliterated"]})
    assert _claims(text, mine) == [("killed", 12, "soldiers")]


def test_a_user_added_killing_verb_is_read_after_a_group() -> None:
    text = "Twelve soldiers were obliterated near Brask on Monday."
    assert _claims(text) == []
    mine = Lexicon.default().with_words(after={"killed": ["obliterated"]})
    assert _claims(text, mine) == [("killed", 12, "soldiers")]


def test_a_user_added_noun_names_the_counted_group() -> None:
    text = "Rebels destroyed three technicals near Ulmet on Monday."
    assert _claims(text) == [("destroyed", 3, "people")]
    mine = Lexicon.default().with_words(groups={"equipment": ["technicals"]})
    assert _claims(text, mine) == [("destroyed", 3, "technicals")]


def test_a_user_added_verb_of_saying_names_the_source() -> None:
    text = "Nine civilians were killed in Vessa on Monday, the regional governor relayed."
    page = parse_article(text, published=DAY)
    assert extract_claims(page)[0].attribution is None
    mine = Lexicon.default().with_words(reporting=["relayed"])
    attribution = extract_claims(page, lexicon=mine)[0].attribution
    assert attribution is not None
    assert (attribution.source, attribution.verb) == ("regional governor", "relayed")


def test_a_user_added_verb_of_blame_names_the_perpetrator() -> None:
    text = (
        "Two soldiers were killed near Vessa on Monday.\n\n"
        "The Defence Ministry faults the Lenna Valley Front for the ambush."
    )
    page = parse_article(text, published=DAY)
    extra = Lexicon.default().with_words(accusing=["faults"])
    gazetteer = conflictfacts.Gazetteer.default().with_entries(
        [conflictfacts.ActorEntry("Lenna Valley Front", conflictfacts.ActorKind.ARMED_GROUP)]
    )
    assert extract_claims(page, gazetteer=gazetteer)[0].actor is None
    assert extract_claims(page, gazetteer=gazetteer, lexicon=extra)[0].actor == (
        "Lenna Valley Front"
    )


def test_a_lexicon_without_the_words_reads_nothing() -> None:
    text = "Shelling killed 11 villagers near Vessa on Monday."
    assert _claims(text, Lexicon()) == []


def test_extract_claims_rejects_a_lexicon_of_another_type() -> None:
    page = parse_article("Two soldiers were killed.", published=DAY)
    with pytest.raises(InputTypeError):
        extract_claims(page, lexicon={"after": {}})  # type: ignore[arg-type]


def test_words_from_a_users_file_reach_the_grammar(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(
        '{"before": {"killed": ["obliterated"]}, "groups": {"fighters": ["irregulars"]}}',
        encoding="utf-8",
    )
    text = "Army units obliterated 40 irregulars near Talvera on Monday."
    assert _claims(text) == []
    mine = Lexicon.default().with_words(Lexicon.from_json(path))
    assert _claims(text, mine) == [("killed", 40, "irregulars")]


def test_a_user_added_word_of_another_count_is_read() -> None:
    text = "Some 30 villagers were airlifted from Kutum on Monday."
    assert _claims(text) == []
    mine = Lexicon.default().with_words(after={"other": ["airlifted"]})
    assert _claims(text, mine) == [("other", 30, "villagers")]


@pytest.mark.parametrize(
    ("position", "word", "kind"),
    [
        ("after", "martyred", ClaimKind.KILLED),
        ("before", "martyring", ClaimKind.KILLED),
        ("after", "fleeing", ClaimKind.DISPLACED),
        ("after", "rescued", ClaimKind.OTHER),
        ("after", "evacuated", ClaimKind.OTHER),
    ],
)
def test_the_shipped_lexicon_holds_the_words_the_grammar_gained(
    position: str, word: str, kind: ClaimKind
) -> None:
    assert getattr(Lexicon.default().tables, position)[word] is kind


@pytest.mark.parametrize(
    ("word", "group"),
    [
        ("corpses", "people"),
        ("nationals", "people"),
        ("convoy", "equipment"),
        ("blasts", "attacks"),
    ],
)
def test_the_shipped_groups_hold_the_nouns_the_grammar_gained(word: str, group: str) -> None:
    assert Lexicon.default().tables.heads[word] == group


def test_a_lexicon_pickles_and_the_default_stays_itself() -> None:
    mine = Lexicon.default().with_words(before={"killed": ["obliterated"]})
    again = pickle.loads(pickle.dumps(mine))
    assert again == mine
    assert again.tables.before["obliterated"] is ClaimKind.KILLED
    assert pickle.loads(pickle.dumps(Lexicon.default())) is Lexicon.default()


def test_extract_documents_reads_with_the_lexicon_given_on_an_executor() -> None:
    text = "Rebels obliterated 12 soldiers near Vessa on Monday."
    documents = [Document(text, id="v1", published=DAY)]
    mine = Lexicon.default().with_words(before={"killed": ["obliterated"]})
    (plain,) = extract_documents(documents)
    with ThreadPoolExecutor(2) as pool:
        (read,) = extract_documents(documents, executor=pool, lexicon=mine)
    (alone,) = extract_documents(documents, lexicon=mine)
    assert plain.claims == ()
    assert [(c.kind, c.quantity.value) for c in read.claims] == [(ClaimKind.KILLED, 12)]
    assert read.claims == alone.claims
    with pytest.raises(InputTypeError):
        extract_documents(documents, lexicon={"before": {}})  # type: ignore[arg-type]
