"""Number words and digit strings turned into numbers (private to :mod:`conflictfacts.quantities`).

>>> read_number_words(["one", "hundred", "and", "five"])
(105, 4)
>>> read_digits("1,500")
1500
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Final

__all__ = [
    "MAX_DIGITS",
    "NUMBER_WORDS",
    "SCALE_WORDS",
    "WORD_VALUES",
    "read_digits",
    "read_number_words",
    "to_number",
]

#: Digit runs longer than this are identifiers, phone numbers or garbage, never counts.
MAX_DIGITS = 15

_ONES: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS: dict[str, int] = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Multipliers written after a figure: "1.5 million", "two thousand".
SCALE_WORDS: dict[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
#: The words that are a whole number on their own ("seven", "forty"): each one alone reads as
#: its value, ``read_number_words([word]) == (WORD_VALUES[word], 1)``.
WORD_VALUES: Final[Mapping[str, int]] = types.MappingProxyType({**_ONES, **_TEENS, **_TENS})
#: Every word that can be part of a spelled-out whole number.
NUMBER_WORDS: frozenset[str] = frozenset(
    [*_ONES, *_TEENS, *_TENS, *SCALE_WORDS, "hundred", "dozen"]
)


def to_number(value: Decimal) -> int | Decimal:
    """Return ``value`` as an ``int`` when it is whole, else as a normalised ``Decimal``.

    Args:
        value: any finite decimal.

    Returns:
        ``int`` for whole values, ``Decimal`` otherwise.

    >>> to_number(Decimal("1500000.0")), to_number(Decimal("7.620"))
    (1500000, Decimal('7.62'))
    """
    if value == value.to_integral_value():
        return int(value)
    return value.normalize()


def read_digits(surface: str) -> int | Decimal | None:
    """Read a figure written in digits, with ``,`` or space thousands separators.

    Args:
        surface: the digits as written ("1,500", "900 000", "7.62").

    Returns:
        The number, or ``None`` when it has more than :data:`MAX_DIGITS` digits or is not
        a number.

    >>> read_digits("900\u00a0000"), read_digits("2.5"), read_digits("1" * 40)
    (900000, Decimal('2.5'), None)
    """
    if len(surface) <= MAX_DIGITS and surface.isascii() and surface.isdigit():
        return int(surface)  # most figures: what the Decimal path below gives, without it
    plain = "".join(ch for ch in surface if ch not in ", \u00a0\u202f\u2009")
    if sum(ch.isdigit() for ch in plain) > MAX_DIGITS:
        return None
    try:
        value = Decimal(plain)
    except InvalidOperation:
        return None
    # Decimal also reads "NaN" and "Infinity": no figure
    return to_number(value) if value.is_finite() else None


def read_number_words(words: list[str]) -> tuple[int, int] | None:
    """Read the longest prefix of ``words`` that spells one whole number.

    "and" is accepted after "hundred" or a scale ("one hundred and five"). A sequence that
    does not combine ("five six") stops where it stops making sense.

    Args:
        words: lower-case words, already split on spaces and hyphens.

    Returns:
        ``(value, words_used)``, or ``None`` when no prefix is a number.

    >>> read_number_words(["twenty", "seven", "fighters"])
    (27, 2)
    >>> read_number_words(["two", "dozen"]), read_number_words(["five", "six"])
    ((24, 2), (5, 1))
    >>> read_number_words(["thousand"]) is None
    True
    """
    total = 0
    group = 0
    last = ""
    last_scale = 10**18
    best: tuple[int, int] | None = None
    for index, word in enumerate(words):
        if word == "and":
            if last not in ("hundred", "scale"):
                break
            last = "and"
            continue
        start = last in ("", "hundred", "scale", "and")
        if word in _ONES:
            if not (start or (last == "ten" and group % 10 == 0)):
                break
            group += _ONES[word]
            last = "one"
        elif word in _TEENS:
            if not start:
                break
            group += _TEENS[word]
            last = "teen"
        elif word in _TENS:
            if not start or group % 100:
                break
            group += _TENS[word]
            last = "ten"
        elif word == "hundred":
            if last not in ("one", "teen", "ten") or not 0 < group < 100:
                break
            group *= 100
            last = "hundred"
        elif word == "dozen":
            if last not in ("one", "teen", "ten") or not 0 < group < 100:
                break
            group *= 12
            last = "dozen"
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            if group == 0 or scale >= last_scale or last == "and":
                break
            total += group * scale
            group = 0
            last_scale = scale
            last = "scale"
        else:
            break
        best = (total + group, index + 1)
        if last == "dozen":
            break
    return best
