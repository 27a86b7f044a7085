"""Tokens of a sentence and the small words of English grammar the extraction reads them by.

A sentence is read as a list of :class:`Token` (a word, or one mark of punctuation, with its
offsets). The closed classes of words here (determiners, prepositions, auxiliaries, the
connectors of a list, the words that break a clause) are the grammar's own and do not change
with what is counted; the words that do (verbs of killing, nouns of groups, verbs of saying)
are in :mod:`conflictfacts.extraction.words`.

>>> [token.text for token in tokenize("Ukraine's 12 soldiers, it said.")]
["Ukraine's", '12', 'soldiers', ',', 'it', 'said', '.']
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

__all__ = [
    "AUXILIARIES",
    "CLAUSE_BREAK",
    "CONNECTORS",
    "DETERMINERS",
    "LOCATIVE_PREPOSITIONS",
    "PASSIVE_AUXILIARIES",
    "POSSESSIVES",
    "PREPOSITIONS",
    "QUOTES",
    "WHITE_SPACE",
    "Token",
    "has_digit",
    "has_word",
    "initial_dot",
    "letter_runs",
    "strip_possessive",
    "token_end",
    "token_low",
    "token_range",
    "tokenize",
    "word_at",
    "word_list",
]


def word_list(text: str) -> list[str]:
    """A word list written as one string, several words to a line.

    >>> word_list('''killed  dead
    ...     died''')
    ['killed', 'dead', 'died']
    """
    return text.split()


#: Every regular expression of this module.
_PATTERNS: Mapping[str, re.Pattern[str]] = {
    # A word (letters/digits joined by inner hyphens or apostrophes) or one other character;
    # digits glued to a capitalised word are a word of their own ("8,000Vessan": scraped copy
    # lost the space), as they are a figure of their own (see conflictfacts.quantities).
    "token": re.compile(
        r"(?=[0-9]+[A-Z][a-z])[0-9]+|[^\W_]+(?:[\-\u2010\u2011'\u2019][^\W_]+){0,6}|[^\w\s]"
    ),
    # The same for ASCII text, spelt with ASCII classes (faster to match): an ASCII character is
    # a letter or digit, a joiner, white space (``\s`` holds \x1c-\x1f) or other alike in both.
    "token_ascii": re.compile(
        r"(?=[0-9]+[A-Z][a-z])[0-9]+"
        r"|[A-Za-z0-9]+(?:[\-'][A-Za-z0-9]+){0,6}|[^A-Za-z0-9_\t\n\x0b\x0c\r\x1c-\x1f ]"
    ),
    "digit": re.compile(r"\d"),
}


class Token(NamedTuple):
    """A word or punctuation mark of a sentence (a tuple: cheap to make by the thousand)."""

    #: The word as written.
    text: str
    #: The word in lower case.
    low: str
    #: Offset of its first character in the sentence.
    start: int
    #: Offset one past its last character.
    end: int


#: Byte table of :func:`letter_runs`: a-z kept, every other byte a space.
_LETTER_BYTES = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))

#: A match's text, start and end, as C-level functions for ``map``.
_MATCHED = re.Match.group
_START = re.Match.start
_END = re.Match.end


def tokenize(text: str) -> list[Token]:
    """The words and marks of ``text`` with their offsets.

    Each token keeps its offsets in ``text``; white space and underscores stand between tokens.

    >>> tokenize("Kills 3")
    [Token(text='Kills', low='kills', start=0, end=5), Token(text='3', low='3', start=6, end=7)]
    """
    # Built without a Python-level loop: the matches give each word and its offsets, and the
    # tuple constructor itself makes the tokens (Token's own __new__ is Python code).
    pattern = _PATTERNS["token_ascii" if text.isascii() else "token"]
    matches = list(pattern.finditer(text))
    words = list(map(_MATCHED, matches))
    lows, starts, ends = map(str.lower, words), map(_START, matches), map(_END, matches)
    fields = zip(words, lows, starts, ends, strict=True)
    return list(map(tuple.__new__, itertools.repeat(Token), fields))


#: A token's end offset.
token_end = operator.attrgetter("end")
#: A token's lower-case text (``Token.low``), as a C-level getter for ``map``.
token_low = operator.itemgetter(1)


def letter_runs(folded: str) -> set[str]:
    """The runs of letters of a case-folded text: which words it may hold, found cheaply.

    >>> sorted(letter_runs("two killed, 3 hurt"))
    ['hurt', 'killed', 'two']
    """
    # Each character as one byte (any outside ASCII as "?", never a letter here), every byte
    # but a-z made a space: the runs are the words of the split, without a regular expression.
    return set(folded.encode("ascii", "replace").translate(_LETTER_BYTES).decode("ascii").split())


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit.

    >>> has_digit("no figure"), has_digit("12 soldiers")
    (False, True)
    """
    return _PATTERNS["digit"].search(text) is not None


def strip_possessive(word: str) -> str:
    """``word`` without a final "'s".

    >>> strip_possessive("Ukraine's"), strip_possessive("troops")
    ('Ukraine', 'troops')
    """
    return word[:-2] if word[-2:].lower() in ("'s", "\u2019s") else word


def token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    """The first and last of ``tokens`` that overlap ``[start, end)``, or ``None``.

    >>> token_range(tokenize("at least 12 soldiers"), 3, 11)
    (1, 2)
    """
    # the first token ending after ``start`` (tokens are in order and never overlap)
    first = bisect.bisect_right(tokens, start, key=token_end)
    if first == len(tokens) or tokens[first].start >= end:
        return None
    last = first
    while last + 1 < len(tokens) and tokens[last + 1].start < end:
        last += 1
    return first, last


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole word.

    >>> has_word("in Vessa", "Vessa"), has_word("in Vessalia", "Vessa")
    (True, False)
    """
    return word_at(text, word) >= 0


def word_at(text: str, word: str) -> int:
    """Where ``word`` first stands in ``text`` as a whole word, or -1.

    >>> word_at("the offensive, offensives", "offensive")
    4
    """
    position = text.find(word)
    while position >= 0:
        end = position + len(word)
        before = text[position - 1 : position]
        after = text[end : end + 1]
        if not (before.isalnum() or after.isalnum()):
            return position
        position = text.find(word, position + 1)
    return -1


def initial_dot(tokens: Sequence[Token], at: int) -> bool:
    """Whether the period at token ``at`` closes an initial ("U.S.", "U.N."), not a sentence.

    >>> tokens = tokenize("the U.S. said.")
    >>> initial_dot(tokens, 2), initial_dot(tokens, 6)
    (True, False)
    """
    before = tokens[at - 1] if at > 0 else None
    return (
        tokens[at].text == "."
        and before is not None
        and len(before.text) == 1
        and before.text.isupper()
        and before.end == tokens[at].start
    )


#: Words that may not stand inside a counted noun phrase or between a phrase and its verb.
CLAUSE_BREAK = frozenset(
    word_list(
        """that which who whom whose when while after before because since although though if where
        but said says say told according added adding noted stated announced reported claimed
        insisted alleged warned ; : ( ) \u2014 \u2013"""
    )
)
#: Auxiliaries and adverbs that may stand between a counted phrase and its verb.
AUXILIARIES = frozenset(
    word_list(
        """were was are is be been being have has had got get reportedly also all both allegedly
        later subsequently each still now then only just later apparently reported thought
        believed feared confirmed"""
    )
)
#: Auxiliaries of a passive verb: "were killed", "had been revised", "got hit".
PASSIVE_AUXILIARIES = frozenset(["been", "was", "were", "is", "are", "be", "being", "got"])
#: What joins the items of a list: "11 soldiers, 14 rebels and two civilians".
CONNECTORS = frozenset(
    [
        ",",
        "and",
        "or",
        "as",
        "well",
        "plus",
        "including",
        "among",
        "them",
        "along",
        "with",
        "also",
        '"',
        "“",
        "”",
        "'",
        "\u2018",
        "\u2019",
    ]
)
#: Determiners, possessives among them.
DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "some"]
)
#: Possessives that point back to an owner: "its soldiers".
POSSESSIVES = frozenset(["its", "their", "his", "her"])
#: Prepositions: none stands inside a counted noun phrase.
PREPOSITIONS = frozenset(
    word_list(
        """in on at near by from into during since after before as with for to of over across
        around inside outside along through under within against toward towards"""
    )
)
#: The prepositions of "locative": one of them stands among the last three words before a place
#: named as a location.
LOCATIVE_PREPOSITIONS = frozenset(
    word_list(
        """in near at around outside across from into inside toward towards of over on
        throughout within"""
    )
)
#: Quotation marks, straight and curly.
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})
#: Every white space character (those of ``str.isspace``, the ``\s`` that separates tokens):
#: text trimmed at its edges must lose all of them alike, or its tokens would differ.
WHITE_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
