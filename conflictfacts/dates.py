"""Dates and periods in news text, resolved against the article's own date.

News reports the past: "Thursday" in an article dated Wednesday 4 March 2020 is
27 February 2020. The machine's clock is never read.

(The implementation is being written; see the module's tests for the full grammar.)
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from conflictfacts.errors import expect_str

__all__ = ["DateMention", "Granularity", "TimeSpan", "find_dates", "resolve_date"]


class Granularity(enum.Enum):
    """How precisely a time span is known."""

    #: A single day: "Thursday", "20 February 2020".
    DAY = "day"
    #: A week: "last week".
    WEEK = "week"
    #: A calendar month: "in March 2011", "earlier this month".
    MONTH = "month"
    #: A calendar year: "last year".
    YEAR = "year"
    #: An open-ended or multi-unit period: "since December", "in the past month".
    PERIOD = "period"


@attrs.frozen(order=True)
class TimeSpan:
    """A closed range of days ``[start, end]``; ``start == end`` for a single day.

    >>> span = TimeSpan(dt.date(2020, 2, 20), dt.date(2020, 2, 20), Granularity.DAY)
    >>> span.start.isoformat(), span.is_day
    ('2020-02-20', True)
    """

    #: First day of the span.
    start: dt.date
    #: Last day of the span (inclusive).
    end: dt.date
    #: How precisely the span is known.
    granularity: Granularity = attrs.field(default=Granularity.DAY, eq=False, order=False)

    @property
    def is_day(self) -> bool:
        """Whether the span is a single day."""
        return self.start == self.end

    def overlaps(self, other: TimeSpan) -> bool:
        """Whether the two spans share at least one day.

        >>> a = TimeSpan(dt.date(2020, 2, 1), dt.date(2020, 2, 19), Granularity.PERIOD)
        >>> a.overlaps(TimeSpan(dt.date(2020, 2, 19), dt.date(2020, 2, 19)))
        True
        """
        return self.start <= other.end and other.start <= self.end


@attrs.frozen
class DateMention:
    """A date expression found in a text, with its span and its resolved meaning."""

    #: Offset of the first character.
    start: int
    #: Offset one past the last character.
    end: int
    #: The expression as written.
    text: str
    #: What it means, or ``None`` when it cannot be resolved (no reference date, say).
    span: TimeSpan | None


def resolve_date(expression: str, reference: dt.date) -> TimeSpan | None:
    """Resolve one date expression against ``reference``, the article's date."""
    expect_str(expression, "resolve_date", "expression")
    return None


def find_dates(text: str, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Return every date expression in ``text`` with its resolved span."""
    expect_str(text, "find_dates")
    return ()
