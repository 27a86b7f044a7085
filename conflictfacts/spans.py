"""Character spans into an original text.

Every position the library reports is an index into the text the caller gave, so
``text[span.start:span.end]`` is always the surface the span claims to cover.
"""

from __future__ import annotations

import attrs

from conflictfacts._pickling import compact
from conflictfacts.errors import InputValueError

__all__ = ["Span"]


@compact
@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into an original text.

    >>> text = "Two soldiers were killed."
    >>> span = Span(0, 12)
    >>> span.of(text)
    'Two soldiers'
    >>> len(span)
    12
    """

    #: Offset of the first character.
    start: int
    #: Offset one past the last character.
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise InputValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        >>> Span(4, 9).of("the quick fox")
        'quick'
        """
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span.

        >>> Span(0, 10).contains(Span(2, 5))
        True
        """
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character.

        >>> Span(0, 5).overlaps(Span(4, 8)), Span(0, 5).overlaps(Span(5, 8))
        (True, False)
        """
        return self.start < other.end and other.start < self.end
