"""Tests of the sentence splitter."""

from __future__ import annotations

import pytest
from hypothesis import example, given

from conflictfacts.article import split_sentences
from conflictfacts.errors import InputTypeError
from tests.strategies import any_text, page_text


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maj. Gen. Oleh Marchenko said the unit held. Lt. Col. Aziz Khan agreed.",
            ["Maj. Gen. Oleh Marchenko said the unit held.", "Lt. Col. Aziz Khan agreed."],
        ),
        (
            "The U.S. Embassy in Bamako closed. It reopened later.",
            ["The U.S. Embassy in Bamako closed.", "It reopened later."],
        ),
        (
            "Talks began on Feb. 12 in Doha. They failed.",
            ["Talks began on Feb. 12 in Doha.", "They failed."],
        ),
        (
            "Dr. Amina Yusuf runs ward No. 5 in Aden. It is full.",
            ["Dr. Amina Yusuf runs ward No. 5 in Aden.", "It is full."],
        ),
        (
            "About 1.5 million people fled. Aid stalled.",
            ["About 1.5 million people fled.", "Aid stalled."],
        ),
        (
            'The shelling stopped, he said. "Next week we go home."',
            ["The shelling stopped, he said.", '"Next week we go home."'],
        ),
        (
            "\u201cWe lost everything.\u201d She wept.",
            ["\u201cWe lost everything.\u201d", "She wept."],
        ),
        ("Nine were killed.The army denied it.", ["Nine were killed.", "The army denied it."]),
        ("Was it a drone? Nobody knows!", ["Was it a drone?", "Nobody knows!"]),
        ("Photos by G. Alsayed show the ruins.", ["Photos by G. Alsayed show the ruins."]),
        ("First part\n\nSecond part", ["First part", "Second part"]),
        ("", []),
    ],
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@given(any_text)
@example('a. "b')
@example(". . .")
def test_sentences_are_ordered_non_overlapping_exact_spans(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text
        assert sentence.text == sentence.text.strip()
        assert previous_end <= sentence.start < sentence.end
        previous_end = sentence.end


@given(page_text)
def test_sentences_cover_every_non_space_character(text: str) -> None:
    covered: set[int] = set()
    for sentence in split_sentences(text):
        covered.update(range(sentence.start, sentence.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_window_limits_the_split() -> None:
    text = "Skip. Two died in Sana'a. Later."
    (sentence,) = split_sentences(text, 6, 25)
    assert sentence.text == "Two died in Sana'a."


def test_non_str_raises() -> None:
    with pytest.raises(InputTypeError):
        split_sentences(None)  # type: ignore[arg-type]
