"""Counts and measures as news reports state them: figures, hedges, vague amounts and ranges.

``find_quantities`` reads every quantity of a text and says what it means as an interval:

>>> [(q.text, q.low, q.high) for q in find_quantities("at least 11 fighters and dozens of civilians")]
[('at least 11', 11, None), ('dozens', 24, 99)]

(The implementation is being written; see the module's tests for the full grammar.)
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from conflictfacts.errors import expect_str

__all__ = ["Number", "Quantity", "QuantityRole", "find_quantities"]

#: A figure as stated: ``int`` for whole counts, ``Decimal`` when it has a fraction.
Number = int | Decimal


class QuantityRole(enum.Enum):
    """How a quantity relates to the count it belongs to."""

    #: A plain count or measure: "27 fighters".
    TOTAL = "total"
    #: An addition to an earlier count: "another five", "two more".
    INCREMENT = "increment"
    #: A part of some whole: "half of".
    FRACTION = "fraction"


@attrs.frozen
class Quantity:
    """One quantity found in a text, with the figure as stated and the interval it means.

    ``low``/``high`` are ``None`` where the interval is open ("at least 2" is 2..None).
    ``start``/``end`` index the text that was searched: ``text == searched[start:end]``.

    >>> q = Quantity(value=50, low=None, high=50, qualifier="as many as", approximate=False,
    ...              unit=None, start=0, end=13, text="as many as 50")
    >>> q.low, q.high
    (None, 50)
    """

    #: The figure as stated ("50" in "as many as 50"; 1500000 for "1.5 million").
    value: Number
    #: Lower bound of the meaning, ``None`` when open.
    low: Number | None
    #: Upper bound of the meaning, ``None`` when open.
    high: Number | None
    #: The hedge, bound or vague word as written ("at least", "dozens"), or ``None``.
    qualifier: str | None
    #: Whether the figure is an estimate ("about", "some", vague amounts).
    approximate: bool
    #: Normalised unit for measured quantities ("km2", "km", "mm", "percent"), ``None`` for counts.
    unit: str | None
    #: Offset of the first character of the surface text.
    start: int = attrs.field(eq=False)
    #: Offset one past the last character of the surface text.
    end: int = attrs.field(eq=False)
    #: The surface text, exactly as in the searched text.
    text: str = attrs.field(eq=False)
    #: A conservative single figure (ACLED's convention: dozens -> 12, hundreds -> 100).
    point: Number | None = None
    #: Whether the quantity adds to an earlier count or is a part of a whole.
    role: QuantityRole = QuantityRole.TOTAL


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Return every quantity in ``text``, in order of position."""
    expect_str(text, "find_quantities")
    return ()
