"""Calendar arithmetic for :mod:`conflictfacts.dates`, with python-dateutil kept behind it.

Only plain :class:`datetime.date` values cross this border; dateutil's types never leave it.
Nothing here reads the clock: every function is given the day it counts from.

>>> import datetime as dt
>>> weekday_on_or_before(dt.date(2020, 3, 4), 3)  # the Thursday before Wednesday 4 March
datetime.date(2020, 2, 27)
"""

from __future__ import annotations

import calendar
import datetime as dt

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

__all__ = ["month_end", "shift", "weekday_after", "weekday_on_or_before"]

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)


def shift(
    day: dt.date, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0
) -> dt.date:
    """Move ``day`` by calendar units, clamping to the month's end ("31 March - 1 month").

    Args:
        day: the day to count from.
        years: calendar years to add (negative to go back).
        months: calendar months to add.
        weeks: weeks to add.
        days: days to add.

    Returns:
        The shifted day.

    Raises:
        OverflowError: the result falls outside the years 1..9999.
        ValueError: the result falls outside the years 1..9999.

    >>> shift(dt.date(2020, 3, 31), months=-1)
    datetime.date(2020, 2, 29)
    """
    result = day + relativedelta(years=years, months=months, weeks=weeks, days=days)
    return dt.date(result.year, result.month, result.day)


def weekday_on_or_before(day: dt.date, weekday: int) -> dt.date:
    """Return the most recent ``weekday`` (0 = Monday) on or before ``day``.

    Args:
        day: the day to count back from.
        weekday: 0 for Monday up to 6 for Sunday.

    Returns:
        ``day`` itself when it is that weekday, else an earlier day at most six days back.

    >>> weekday_on_or_before(dt.date(2020, 3, 4), 2)  # a Wednesday is its own Wednesday
    datetime.date(2020, 3, 4)
    """
    # What relativedelta(weekday=XX(-1)) adds, without building one (a weekday reference).
    result = day - dt.timedelta(days=(day.weekday() - _WEEKDAYS[weekday].weekday) % 7)
    return dt.date(result.year, result.month, result.day)


def weekday_after(day: dt.date, weekday: int) -> dt.date:
    """Return the first ``weekday`` (0 = Monday) strictly after ``day``.

    Args:
        day: the day to count forward from.
        weekday: 0 for Monday up to 6 for Sunday.

    Returns:
        A day one to seven days after ``day``.

    >>> weekday_after(dt.date(2020, 3, 4), 2)
    datetime.date(2020, 3, 11)
    """
    # What relativedelta(days=1, weekday=XX(+1)) adds: a day, then on to that weekday.
    result = day + dt.timedelta(days=(_WEEKDAYS[weekday].weekday - day.weekday() - 1) % 7 + 1)
    return dt.date(result.year, result.month, result.day)


def month_end(year: int, month: int) -> dt.date:
    """Return the last day of a month.

    Args:
        year: the year.
        month: the month, 1..12.

    Returns:
        The month's last day.

    >>> month_end(2020, 2)
    datetime.date(2020, 2, 29)
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])
