"""Figures as intervals: the hard reading of a quantity and the soft reading of a hedge.

Private to :mod:`conflictfacts.compare`. Bounds are ``float`` (exact for whole counts below
2**53) so comparing a million claims stays cheap; ``None`` is an open side.

>>> Interval(1.0, 3.0).overlaps(Interval(3.0, None))
True
"""

from __future__ import annotations

import attrs

from conflictfacts.quantities import Number, Quantity

__all__ = ["EXCLUSIVE_ABOVE", "EXCLUSIVE_BELOW", "Interval", "hard_interval", "soft_interval"]

#: Qualifiers that exclude their figure from below ("more than 50" is 51 or more).
EXCLUSIVE_ABOVE = frozenset({"more than", "over", "above", "in excess of", "upwards of"})
#: Qualifiers that exclude their figure from above ("fewer than 50" is 49 or fewer).
EXCLUSIVE_BELOW = frozenset({"fewer than", "less than", "under", "below"})


@attrs.frozen
class Interval:
    """A closed interval ``[low, high]``; ``None`` is an open side.

    >>> Interval(None, 5.0).contains(-1e9)
    True
    """

    #: Lower bound, ``None`` when open.
    low: float | None
    #: Upper bound, ``None`` when open.
    high: float | None

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share a point.

        >>> Interval(0.0, 1.0).overlaps(Interval(2.0, 3.0))
        False
        """
        below = self.high is not None and other.low is not None and self.high < other.low
        above = other.high is not None and self.low is not None and other.high < self.low
        return not (below or above)

    def contains(self, x: float) -> bool:
        """Whether ``x`` lies in the interval.

        >>> Interval(2.0, None).contains(2.0)
        True
        """
        return (self.low is None or self.low <= x) and (self.high is None or x <= self.high)

    def below(self, other: Interval) -> bool:
        """Whether every point of this interval is smaller than every point of ``other``.

        >>> Interval(1.0, 2.0).below(Interval(3.0, None))
        True
        """
        return self.high is not None and other.low is not None and self.high < other.low


def _float(value: Number | None) -> float | None:
    return None if value is None else float(value)


def hard_interval(quantity: Quantity) -> Interval:
    """Read a quantity as the interval it states, exclusive bounds made strict for counts.

    Args:
        quantity: the figure.

    Returns:
        The interval; ``low``/``high`` of the quantity, open where they are ``None``.

    >>> from conflictfacts.quantities import Number, Quantity
    >>> q = Quantity(value=50, low=50, high=None, qualifier="more than", approximate=False,
    ...              unit=None, start=0, end=12, text="more than 50")
    >>> hard_interval(q)
    Interval(low=51.0, high=None)
    """
    low, high = _float(quantity.low), _float(quantity.high)
    if low is None and high is None and quantity.qualifier is None:
        low = high = float(quantity.value)
    qualifier = (quantity.qualifier or "").lower()
    whole = isinstance(quantity.value, int)
    if whole and qualifier in EXCLUSIVE_ABOVE and low is not None and low == quantity.value:
        low += 1
    if whole and qualifier in EXCLUSIVE_BELOW and high is not None and high == quantity.value:
        high -= 1
    return Interval(low, high)


def soft_interval(
    quantity: Quantity, *, relative: float, bound: float, absolute: float
) -> Interval:
    """Read a hedged quantity softly: its bounded sides relaxed by a tolerance.

    An approximation ("about 50", "dozens") is widened by ``relative`` of each bound; a bound
    ("more than 50", "as many as 50") by ``bound``; each by at least ``absolute``. The stated
    figure itself always lies inside. Unhedged figures keep their hard interval.

    Args:
        quantity: the figure.
        relative: relative tolerance of approximations.
        bound: relative tolerance of bounds.
        absolute: smallest widening, in the figure's unit.

    Returns:
        The soft interval.

    >>> from conflictfacts.quantities import Number, Quantity
    >>> q = Quantity(value=50, low=None, high=50, qualifier="as many as", approximate=False,
    ...              unit=None, start=0, end=13, text="as many as 50")
    >>> soft_interval(q, relative=0.25, bound=0.1, absolute=1.0)
    Interval(low=None, high=55.0)
    """
    hard = hard_interval(quantity)
    if quantity.qualifier is None and not quantity.approximate:
        return hard
    tolerance = relative if quantity.approximate else bound
    value = float(quantity.value)
    low, high = hard.low, hard.high
    if low is not None:
        low = min(low - max(tolerance * abs(low), absolute), value)
    if high is not None:
        high = max(high + max(tolerance * abs(high), absolute), value)
    return Interval(low, high)
