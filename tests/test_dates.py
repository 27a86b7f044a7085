"""Tests of conflictfacts.dates: the date grammar, resolution laws and linear-time matching."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from collections.abc import Callable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictfacts import InputTypeError
from conflictfacts.dates import DateMention, Granularity, TimeSpan, find_dates, resolve_date
from tests.strategies import (
    any_text,
    date_texts,
    numeric_dates,
    reference_dates,
    rendered_dates,
    wire_date_texts,
    worded_texts,
)

D = dt.date
WED_2020_03_04 = D(2020, 3, 4)  # a Wednesday
TUE_2021_01_05 = D(2021, 1, 5)  # early January: "last month" is in the year before
SAT_2024_03_02 = D(2024, 3, 2)  # just after a leap day
MON_2023_07_31 = D(2023, 7, 31)  # a month's last day
SUN_2031_04_13 = D(2031, 4, 13)  # a Sunday: the week so far is the whole calendar week
THU_2031_04_10 = D(2031, 4, 10)

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


#: (expression, reference, first day, last day); ``None`` days when it names no span.
Case = tuple[str, dt.date, str | None, str | None]


def span(expression: str, reference: dt.date) -> tuple[str, str] | None:
    found = resolve_date(expression, reference)
    return None if found is None else (found.start.isoformat(), found.end.isoformat())


# ------------------------------------------------------------------------ one table per form

WEEKDAY_CASES: list[Case] = [
    ("Thursday", WED_2020_03_04, "2020-02-27", "2020-02-27"),
    ("on Thursday", WED_2020_03_04, "2020-02-27", "2020-02-27"),
    ("this Thursday", WED_2020_03_04, "2020-02-27", "2020-02-27"),
    ("Wednesday", WED_2020_03_04, "2020-03-04", "2020-03-04"),
    ("last Wednesday", WED_2020_03_04, "2020-02-26", "2020-02-26"),
    ("last Thursday", WED_2020_03_04, "2020-02-27", "2020-02-27"),
    ("Thursday night", WED_2020_03_04, "2020-02-27", "2020-02-27"),
    ("on Friday morning", TUE_2021_01_05, "2021-01-01", "2021-01-01"),
    ("early Sunday", TUE_2021_01_05, "2021-01-03", "2021-01-03"),
    ("Earlier Saturday", SAT_2024_03_02, "2024-03-02", "2024-03-02"),
    ("Thursday", SAT_2024_03_02, "2024-02-29", "2024-02-29"),
    ("next Monday", WED_2020_03_04, "2020-03-09", "2020-03-09"),
    ("since Monday", WED_2020_03_04, "2020-03-02", "2020-03-04"),
]

ABSOLUTE_CASES: list[Case] = [
    ("on February 20", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("Feb. 20", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("Feb 20", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("20 February", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("the 20th of February", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("04 February 2020", WED_2020_03_04, "2020-02-04", "2020-02-04"),
    ("February 20, 2020", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("Thursday, February 20", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("2020-02-20", WED_2020_03_04, "2020-02-20", "2020-02-20"),
    ("Sept. 11, 2001", WED_2020_03_04, "2001-09-11", "2001-09-11"),
    ("December 28", TUE_2021_01_05, "2020-12-28", "2020-12-28"),  # across the year boundary
    ("January 9", TUE_2021_01_05, "2021-01-09", "2021-01-09"),  # within the week after
    ("January 20", TUE_2021_01_05, "2020-01-20", "2020-01-20"),  # too far ahead: last year
    ("February 29", SAT_2024_03_02, "2024-02-29", "2024-02-29"),
    ("February 29", WED_2020_03_04, "2020-02-29", "2020-02-29"),
    ("February 29", TUE_2021_01_05, "2020-02-29", "2020-02-29"),  # the last leap year
    ("17-18 February", WED_2020_03_04, "2020-02-17", "2020-02-18"),
    ("March 3-4, 2019", WED_2020_03_04, "2019-03-03", "2019-03-04"),
    ("in March 2011", WED_2020_03_04, "2011-03-01", "2011-03-31"),
    ("February 2024", SAT_2024_03_02, "2024-02-01", "2024-02-29"),
    ("in 2018", WED_2020_03_04, "2018-01-01", "2018-12-31"),
    ("in May", WED_2020_03_04, "2019-05-01", "2019-05-31"),
    ("in March", WED_2020_03_04, "2020-03-01", "2020-03-31"),
]

CALENDAR_CASES: list[Case] = [
    ("earlier this month", WED_2020_03_04, "2020-03-01", "2020-03-03"),
    ("this month", WED_2020_03_04, "2020-03-01", "2020-03-04"),
    ("later this month", MON_2023_07_31, None, None),
    ("last week", WED_2020_03_04, "2020-02-24", "2020-03-01"),
    ("last week", TUE_2021_01_05, "2020-12-28", "2021-01-03"),
    ("this week", WED_2020_03_04, "2020-03-02", "2020-03-04"),
    ("last month", WED_2020_03_04, "2020-02-01", "2020-02-29"),
    ("last month", TUE_2021_01_05, "2020-12-01", "2020-12-31"),
    ("late last month", WED_2020_03_04, "2020-02-21", "2020-02-29"),
    ("at the end of last month", TUE_2021_01_05, "2020-12-21", "2020-12-31"),
    ("last year", TUE_2021_01_05, "2020-01-01", "2020-12-31"),
    ("this year", TUE_2021_01_05, "2021-01-01", "2021-01-05"),
    ("early last year", WED_2020_03_04, "2019-01-01", "2019-04-30"),
    ("early February", WED_2020_03_04, "2020-02-01", "2020-02-10"),
    ("in early February", WED_2020_03_04, "2020-02-01", "2020-02-10"),
    ("mid-February", WED_2020_03_04, "2020-02-11", "2020-02-20"),
    ("late February", SAT_2024_03_02, "2024-02-21", "2024-02-29"),
    ("last December", TUE_2021_01_05, "2020-12-01", "2020-12-31"),
    ("over the weekend", WED_2020_03_04, "2020-02-29", "2020-03-01"),
    ("last weekend", SAT_2024_03_02, "2024-02-24", "2024-02-25"),
]

PERIOD_CASES: list[Case] = [
    ("in the past month", WED_2020_03_04, "2020-02-04", "2020-03-04"),
    ("over the past month", MON_2023_07_31, "2023-06-30", "2023-07-31"),
    ("in the past week", WED_2020_03_04, "2020-02-26", "2020-03-04"),
    ("in the last 24 hours", WED_2020_03_04, "2020-03-03", "2020-03-04"),
    ("over the past few days", WED_2020_03_04, "2020-03-01", "2020-03-04"),
    ("in recent weeks", WED_2020_03_04, "2020-01-22", "2020-03-04"),
    ("in recent days", WED_2020_03_04, "2020-02-26", "2020-03-04"),
    ("in recent months", WED_2020_03_04, "2019-09-04", "2020-03-04"),
    ("in the coming days", WED_2020_03_04, "2020-03-04", "2020-03-11"),
    ("since December", WED_2020_03_04, "2019-12-01", "2020-03-04"),
    ("since December", TUE_2021_01_05, "2020-12-01", "2021-01-05"),
    ("since January", TUE_2021_01_05, "2021-01-01", "2021-01-05"),
    ("since early February", WED_2020_03_04, "2020-02-01", "2020-03-04"),
    ("since March 2011", WED_2020_03_04, "2011-03-01", "2020-03-04"),
    ("since it began in March 2011", WED_2020_03_04, "2011-03-01", "2020-03-04"),
    ("since the uprising erupted in 2014", WED_2020_03_04, "2014-01-01", "2020-03-04"),
    ("since fighting broke out in April", TUE_2021_01_05, "2020-04-01", "2021-01-05"),
    ("since 2015", WED_2020_03_04, "2015-01-01", "2020-03-04"),
    ("since March 2025", WED_2020_03_04, None, None),  # after the article: no period
    ("in nine years", WED_2020_03_04, "2011-03-04", "2020-03-04"),
    ("over nine years", WED_2020_03_04, "2011-03-04", "2020-03-04"),
    ("in the past nine years", WED_2020_03_04, "2011-03-04", "2020-03-04"),
    ("for more than two decades", WED_2020_03_04, "2000-03-04", "2020-03-04"),
    ("in the past year", SAT_2024_03_02, "2023-03-02", "2024-03-02"),
    ("over the past month", D(2024, 3, 30), "2024-02-29", "2024-03-30"),
]

RELATIVE_CASES: list[Case] = [
    ("two days ago", WED_2020_03_04, "2020-03-02", "2020-03-02"),
    ("a week ago", WED_2020_03_04, "2020-02-26", "2020-02-26"),
    ("three weeks ago", TUE_2021_01_05, "2020-12-15", "2020-12-15"),
    ("a year ago", SAT_2024_03_02, "2023-03-02", "2023-03-02"),
    ("yesterday", TUE_2021_01_05, "2021-01-04", "2021-01-04"),
    ("late yesterday", D(2021, 1, 1), "2020-12-31", "2020-12-31"),
    ("today", WED_2020_03_04, "2020-03-04", "2020-03-04"),
    ("overnight", D(2024, 3, 1), "2024-02-29", "2024-03-01"),
    ("last night", WED_2020_03_04, "2020-03-03", "2020-03-03"),
    ("this morning", WED_2020_03_04, "2020-03-04", "2020-03-04"),
]

ANCHORED_CASES: list[Case] = [  # resolve_date counts from the reference when no anchor is given
    ("the same day", WED_2020_03_04, "2020-03-04", "2020-03-04"),
    ("a day after", WED_2020_03_04, "2020-03-05", "2020-03-05"),
    ("the next day", TUE_2021_01_05, "2021-01-06", "2021-01-06"),
    ("the following day", WED_2020_03_04, "2020-03-05", "2020-03-05"),
    ("a day earlier", D(2021, 1, 1), "2020-12-31", "2020-12-31"),
    ("the day before", SAT_2024_03_02, "2024-03-01", "2024-03-01"),
    ("two days later", WED_2020_03_04, "2020-03-06", "2020-03-06"),
    ("a week later", WED_2020_03_04, "2020-03-11", "2020-03-11"),
]

NUMERIC_CASES: list[Case] = [
    ("10/04/2031", SUN_2031_04_13, "2031-04-10", "2031-04-10"),  # 4 Oct is after R: 10 April
    ("10.04.2031", SUN_2031_04_13, "2031-04-10", "2031-04-10"),
    ("10-04-2031", SUN_2031_04_13, "2031-04-10", "2031-04-10"),
    ("4/10/31", SUN_2031_04_13, "2031-04-10", "2031-04-10"),
    ("on 2031/04/10", SUN_2031_04_13, "2031-04-10", "2031-04-10"),
    ("25/03/2031", SUN_2031_04_13, "2031-03-25", "2031-03-25"),  # 25 > 12: day first
    ("03/25/2031", SUN_2031_04_13, "2031-03-25", "2031-03-25"),  # 25 > 12: month first
    ("3/25/31", SUN_2031_04_13, "2031-03-25", "2031-03-25"),
    ("05/04/2031", THU_2031_04_10, "2031-04-05", "2031-04-05"),  # 5 April, not 4 May (future)
    ("04/05/2031", THU_2031_04_10, "2031-04-05", "2031-04-05"),  # 5 April, not 4 May (future)
    ("02/03/2031", THU_2031_04_10, "2031-03-02", "2031-03-02"),  # both past: the nearer
    ("09/10/2031", THU_2031_04_10, "2031-09-10", "2031-09-10"),  # both ahead: the nearer
    ("07/07/2031", THU_2031_04_10, "2031-07-07", "2031-07-07"),
    ("12/31/99", THU_2031_04_10, "1999-12-31", "1999-12-31"),  # two-digit year: 1942..2041
    ("1/2/41", THU_2031_04_10, "2041-01-02", "2041-01-02"),
    ("29/02/2028", THU_2031_04_10, "2028-02-29", "2028-02-29"),
    ("31/04/2031", THU_2031_04_10, None, None),  # no 31 April, no 4th of month 31
    ("29/02/2031", THU_2031_04_10, None, None),
    ("13/13/2031", THU_2031_04_10, None, None),
]

WIRE_PERIOD_CASES: list[Case] = [
    ("over the week", SUN_2031_04_13, "2031-04-07", "2031-04-13"),
    ("during the week", THU_2031_04_10, "2031-04-04", "2031-04-10"),
    ("throughout the week", THU_2031_04_10, "2031-04-04", "2031-04-10"),
    ("earlier in the week", THU_2031_04_10, "2031-04-04", "2031-04-09"),
    ("later in the week", THU_2031_04_10, "2031-04-11", "2031-04-13"),
    ("later in the week", SUN_2031_04_13, None, None),  # a Sunday has no rest of the week
    ("earlier in the day", THU_2031_04_10, "2031-04-10", "2031-04-10"),
    ("over the past few days", THU_2031_04_10, "2031-04-07", "2031-04-10"),
    ("in the past 48 hours", THU_2031_04_10, "2031-04-08", "2031-04-10"),
    ("in the past 72 hours", THU_2031_04_10, "2031-04-07", "2031-04-10"),
    ("in the last two days", THU_2031_04_10, "2031-04-08", "2031-04-10"),
    ("in last 17 days", THU_2031_04_10, "2031-03-24", "2031-04-10"),  # no "the", as "past"
    ("over last 48 hours", THU_2031_04_10, "2031-04-08", "2031-04-10"),
    ("the first week of March", THU_2031_04_10, "2031-03-01", "2031-03-07"),
    ("in the second week of March", THU_2031_04_10, "2031-03-08", "2031-03-14"),
    ("the last week of February", THU_2031_04_10, "2031-02-22", "2031-02-28"),
    ("the final week of last month", THU_2031_04_10, "2031-03-25", "2031-03-31"),
    ("the first half of March", THU_2031_04_10, "2031-03-01", "2031-03-15"),
    ("the second half of last year", THU_2031_04_10, "2030-07-01", "2030-12-31"),
    ("the first half of 2029", THU_2031_04_10, "2029-01-01", "2029-06-30"),
    ("the first fortnight of January 2030", THU_2031_04_10, "2030-01-01", "2030-01-14"),
    ("the second fortnight of February", THU_2031_04_10, "2031-02-15", "2031-02-28"),
    ("since the first week of March", THU_2031_04_10, "2031-03-01", "2031-04-10"),
    ("the day before yesterday", THU_2031_04_10, "2031-04-08", "2031-04-08"),
    ("this past weekend", THU_2031_04_10, "2031-04-05", "2031-04-06"),
    ("Saturday night into Sunday", THU_2031_04_10, "2031-04-05", "2031-04-06"),
    ("overnight into Thursday", THU_2031_04_10, "2031-04-09", "2031-04-10"),
    ("in the summer of 2014", THU_2031_04_10, "2014-06-01", "2014-08-31"),
    ("in the winter of 2022", THU_2031_04_10, "2022-12-01", "2023-02-28"),
    ("last winter", THU_2031_04_10, "2030-12-01", "2031-02-28"),
    ("last spring", THU_2031_04_10, "2030-03-01", "2030-05-31"),  # this spring is under way
    ("this spring", THU_2031_04_10, "2031-03-01", "2031-05-31"),
    ("in the spring", THU_2031_04_10, "2031-03-01", "2031-05-31"),
    ("last summer", THU_2031_04_10, "2030-06-01", "2030-08-31"),
    ("last fall", THU_2031_04_10, "2030-09-01", "2030-11-30"),
    ("next summer", THU_2031_04_10, "2031-06-01", "2031-08-31"),
    ("during the winter", D(2032, 1, 15), "2031-12-01", "2032-02-29"),
]

LEAD_CASES: list[Case] = [
    ("on the night of March 3", THU_2031_04_10, "2031-03-03", "2031-03-03"),
    ("the night of 3-4 March", THU_2031_04_10, "2031-03-03", "2031-03-04"),
    ("in the early hours of Sunday", THU_2031_04_10, "2031-04-06", "2031-04-06"),
    ("the small hours of Monday", THU_2031_04_10, "2031-04-07", "2031-04-07"),
    ("at dawn on Friday", THU_2031_04_10, "2031-04-04", "2031-04-04"),
    ("before dawn Tuesday", THU_2031_04_10, "2031-04-08", "2031-04-08"),
    ("on the eve of April 3", THU_2031_04_10, "2031-04-02", "2031-04-02"),
    ("on the morning of 08/04/2031", THU_2031_04_10, "2031-04-08", "2031-04-08"),
    ("late on Sunday", THU_2031_04_10, "2031-04-06", "2031-04-06"),
    ("early on Monday", THU_2031_04_10, "2031-04-07", "2031-04-07"),
]

RANGE_CASES: list[Case] = [
    ("between Tuesday and Saturday", SUN_2031_04_13, "2031-04-08", "2031-04-12"),
    ("from Monday to Wednesday", THU_2031_04_10, "2031-04-07", "2031-04-09"),
    ("from yesterday until today", THU_2031_04_10, "2031-04-09", "2031-04-10"),
    ("between 3 and 5 April", THU_2031_04_10, "2031-04-03", "2031-04-05"),
    ("from 3 to 5 April", THU_2031_04_10, "2031-04-03", "2031-04-05"),
    ("from March 3 to 5", THU_2031_04_10, "2031-03-03", "2031-03-05"),
    ("April 3 through 5", THU_2031_04_10, "2031-04-03", "2031-04-05"),
    ("between March 28 and April 2", THU_2031_04_10, "2031-03-28", "2031-04-02"),
    ("from 28 December to 3 January", D(2031, 1, 8), "2030-12-28", "2031-01-03"),
    ("from 01/04/2031 to 05/04/2031", THU_2031_04_10, "2031-04-01", "2031-04-05"),
    ("between Saturday and Tuesday", THU_2031_04_10, "2031-04-05", "2031-04-08"),
]


ALL_CASES = [
    *WEEKDAY_CASES,
    *ABSOLUTE_CASES,
    *CALENDAR_CASES,
    *PERIOD_CASES,
    *RELATIVE_CASES,
    *ANCHORED_CASES,
    *NUMERIC_CASES,
    *WIRE_PERIOD_CASES,
    *LEAD_CASES,
    *RANGE_CASES,
]


@pytest.mark.parametrize(
    ("expression", "reference", "start", "end"),
    ALL_CASES,
)
def test_resolve_date_table(
    expression: str, reference: dt.date, start: str | None, end: str | None
) -> None:
    expected = None if start is None or end is None else (start, end)
    assert span(expression, reference) == expected


@pytest.mark.parametrize(
    ("expression", "granularity"),
    [
        ("Thursday", Granularity.DAY),
        ("last week", Granularity.WEEK),
        ("in March 2011", Granularity.MONTH),
        ("earlier this month", Granularity.MONTH),
        ("last year", Granularity.YEAR),
        ("since December", Granularity.PERIOD),
        ("in the past month", Granularity.PERIOD),
        ("mid-February", Granularity.PERIOD),
    ],
)
def test_granularity(expression: str, granularity: Granularity) -> None:
    found = resolve_date(expression, WED_2020_03_04)
    assert found is not None
    assert found.granularity is granularity


def test_anchor_argument() -> None:
    assert span("the next day", WED_2020_03_04) == ("2020-03-05", "2020-03-05")
    found = resolve_date("a day earlier", WED_2020_03_04, anchor=D(2020, 3, 1))
    assert found == TimeSpan(D(2020, 2, 29), D(2020, 2, 29))


def test_resolve_date_allows_surrounding_space_and_punctuation() -> None:
    assert span("  on Thursday, ", WED_2020_03_04) == ("2020-02-27", "2020-02-27")
    assert span("Thursday near the border", WED_2020_03_04) is None


def test_reference_may_be_a_datetime() -> None:
    moment = dt.datetime(2020, 3, 4, 23, 59, tzinfo=dt.UTC)
    assert span("yesterday", moment) == ("2020-03-03", "2020-03-03")


# ------------------------------------------------------------------------ not dates


@pytest.mark.parametrize(
    "text",
    [
        "They may retreat if the shelling goes on.",
        "May they rest in peace.",
        "Thousands joined a march through Bamako.",
        "March on the capital, the rebels urged.",
        "An August assembly of elders met in Juba.",
        "Satellites and Sunshine Sundries on Wedgwood Road were shut.",  # no weekday in words
        "The Wedding took place; they wed at noon, Sat down, Sun rose.",
        "At least 2020 people fled and 1,500 homes burned.",
        "In one day the army lost 12 tanks.",
        "The 50-year-old commander, aged over 40 years old, was arrested.",
    ],
)
def test_common_words_are_not_dates(text: str) -> None:
    assert [m.text for m in find_dates(text, WED_2020_03_04) if "may" in m.text.lower()] == []
    assert all(
        not any(word in m.text for word in ("march", "March", "August", "Sat", "Sun", "Wed"))
        for m in find_dates(text, WED_2020_03_04)
    )
    assert all(m.text not in ("2020", "1,500", "12", "50", "40") for m in find_dates(text))


@pytest.mark.parametrize(
    "text",
    [
        "The hosts won 2-1 and led 3/4 of the match; 24/7 patrols and a 50/50 split.",
        "Call +44 20/7946/0958 or 0800.123.4567 for the hotline.",
        "The app moved from version 2.10.4 to 10.04.31b after serial 123/04/2031.",
        "Codes 1.10/04/2031, 10/04/20312, 10/04/2031/5 and 10/04/2031.5 are not dates.",
        "Fractions 1/2/3 and 10/4/2 stay numbers.",
        "1/04/2031" * 3,
    ],
)
def test_numbers_that_look_like_numeric_dates_are_not(text: str) -> None:
    assert [m.text for m in find_dates(text, THU_2031_04_10)] == []


def test_a_season_needs_a_cue_and_fall_needs_a_year() -> None:
    text = (
        "The Arab Spring, a spring offensive, the fall of Mosul, Fall of Kabul in the fall of 2021."
    )
    assert [m.text for m in find_dates(text, THU_2031_04_10)] == ["in the fall of 2021"]


def test_a_count_after_a_month_stays_a_count() -> None:
    text = "In March 20 civilians were killed in Kidal."
    assert [m.text for m in find_dates(text, WED_2020_03_04)] == ["In March"]
    # with no preposition, a number and a verb of harm after a month may still count
    assert find_dates("February 20 killed in Kidal", WED_2020_03_04) == ()


def test_a_day_after_on_is_a_day_before_a_verb_of_harm() -> None:
    # "gunmen who crossed on February 20 killed 40": the day of the clause, not a count of 20
    text = "Gunmen who crossed the river on February 20 killed 40 herders."
    assert [m.text for m in find_dates(text, WED_2020_03_04)] == ["on February 20"]


# ------------------------------------------------------------------------ find_dates

SENTENCE_CASES = [
    (
        "Drones hit Kharkiv on Thursday night, a day after talks in Istanbul stalled.",
        WED_2020_03_04,
        [("on Thursday night", "2020-02-27", "2020-02-27"), ("a day after", "2020-02-28", None)],
    ),
    (
        "Since December, more than 90,000 people have fled El Fasher; 400 died last month.",
        TUE_2021_01_05,
        [
            ("Since December", "2020-12-01", "2021-01-05"),
            ("last month", "2020-12-01", "2020-12-31"),
        ],
    ),
    (
        "The siege, which began on 14 April 2023, was lifted. The same day, aid arrived.",
        WED_2020_03_04,
        [("on 14 April 2023", "2023-04-14", None), ("The same day", "2023-04-14", None)],
    ),
    (
        "Houthi forces said two days ago that 17 ships had been hit in recent weeks.",
        MON_2023_07_31,
        [("two days ago", "2023-07-29", None), ("in recent weeks", "2023-06-19", "2023-07-31")],
    ),
    (
        "Clashes in Gao on Sunday, March 1, 2020, left 9 dead. The day before, 3 died.",
        WED_2020_03_04,
        [("on Sunday, March 1, 2020", "2020-03-01", None), ("The day before", "2020-02-29", None)],
    ),
    (
        "The junta has ruled Myanmar since it seized power in February 2021.",
        D(2023, 5, 9),
        [("in February 2021", "2021-02-01", "2021-02-28")],
    ),
    (
        "Fighting erupted in mid-April and has killed 600 people over the past three weeks.",
        D(2023, 5, 9),
        [
            ("in mid-April", "2023-04-11", "2023-04-20"),
            ("over the past three weeks", "2023-04-18", "2023-05-09"),
        ],
    ),
]

WIRE_SENTENCE_CASES = [
    (
        "Gunmen raided villages near Menaka between Tuesday and Saturday; the next day, "
        "12 bodies were found.",
        SUN_2031_04_13,
        [
            ("between Tuesday and Saturday", "2031-04-08", "2031-04-12"),
            ("the next day", "2031-04-13", None),
        ],
    ),
    (
        "Drones struck Odesa in the early hours of Sunday, 06/04/2031, the governor said.",
        THU_2031_04_10,
        [("in the early hours of Sunday", "2031-04-06", None), ("06/04/2031", "2031-04-06", None)],
    ),
    (
        "Shelling over the week killed 31 people in Khartoum, more than in the first week "
        "of March.",
        SUN_2031_04_13,
        [
            ("over the week", "2031-04-07", "2031-04-13"),
            ("in the first week of March", "2031-03-01", "2031-03-07"),
        ],
    ),
    (
        "Talks in Doha ran from 3 to 5 April; on the eve of April 3 a truce was agreed.",
        THU_2031_04_10,
        [
            ("from 3 to 5 April", "2031-04-03", "2031-04-05"),
            ("on the eve of April 3", "2031-04-02", None),
        ],
    ),
    (
        "Rebels held the road from Monday\nto Wednesday, said a monitor.",  # no range over a line
        THU_2031_04_10,
        [("Monday", "2031-04-07", None), ("Wednesday", "2031-04-09", None)],
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected"), SENTENCE_CASES + WIRE_SENTENCE_CASES)
def test_find_dates_sentences(
    text: str, reference: dt.date, expected: list[tuple[str, str, str | None]]
) -> None:
    mentions = find_dates(text, reference)
    assert [m.text for m in mentions] == [surface for surface, _, _ in expected]
    for mention, (_, start, end) in zip(mentions, expected, strict=True):
        assert mention.span is not None
        assert mention.span.start.isoformat() == start
        assert mention.span.end.isoformat() == (end or start)
        assert text[mention.start : mention.end] == mention.text


def test_find_dates_without_reference_resolves_only_absolute_dates() -> None:
    text = "Shelling on Friday followed the 12 May 2022 strike; the next day was calm."
    mentions = find_dates(text)
    assert [(m.text, m.span is None) for m in mentions] == [
        ("on Friday", True),
        ("the 12 May 2022", False),
        ("the next day", False),
    ]
    assert mentions[2].span == TimeSpan(D(2022, 5, 13), D(2022, 5, 13))


def test_anchor_skips_periods() -> None:
    text = "On 3 June, 40 died; since May, 900 have died. The next day, talks resumed."
    mentions = find_dates(text, D(2022, 6, 10))
    assert mentions[-1].span == TimeSpan(D(2022, 6, 4), D(2022, 6, 4))


def test_type_errors() -> None:
    with pytest.raises(InputTypeError):
        find_dates(b"Thursday")  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        resolve_date(None, WED_2020_03_04)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        resolve_date("Thursday", "2020-03-04")  # type: ignore[arg-type]


# ------------------------------------------------------------------------ laws


@given(weekday=st.sampled_from(WEEKDAYS), reference=reference_dates)
def test_weekday_is_within_six_days_on_or_before(weekday: str, reference: dt.date) -> None:
    for form in (weekday, f"on {weekday}", f"this {weekday}", f"{weekday} night"):
        found = resolve_date(form, reference)
        assert found is not None
        assert found.is_day
        assert 0 <= (reference - found.start).days <= 6
        assert found.start.weekday() == WEEKDAYS.index(weekday)
    last = resolve_date(f"last {weekday}", reference)
    assert last is not None
    assert 1 <= (reference - last.start).days <= 7


@given(month=st.sampled_from(MONTHS), reference=reference_dates)
@example(month="December", reference=TUE_2021_01_05)
@example(month="January", reference=D(2021, 1, 1))
def test_since_month_starts_within_a_year_before(month: str, reference: dt.date) -> None:
    found = resolve_date(f"since {month}", reference)
    assert found is not None
    assert found.start <= reference == found.end
    assert found.start.day == 1
    assert found.start.month == MONTHS.index(month) + 1
    assert (reference.year - found.start.year) * 12 + reference.month - found.start.month < 12


@given(rendered=rendered_dates(), reference=reference_dates)
@example(rendered=(D(2020, 2, 29), "February 29, 2020"), reference=D(2021, 1, 1))
@example(rendered=(D(2001, 9, 11), "Sept. 11, 2001"), reference=D(1990, 1, 1))
def test_rendered_dates_round_trip(rendered: tuple[dt.date, str], reference: dt.date) -> None:
    day, text = rendered
    assert resolve_date(text, reference) == TimeSpan(day, day)
    mentions = find_dates(f"Troops withdrew {text}, officials said.")
    assert [m.span for m in mentions] == [TimeSpan(day, day)]


@given(
    text=st.one_of(any_text, date_texts, wire_date_texts),
    reference=st.one_of(st.none(), st.dates()),
)
@example(text="yesterday the next day", reference=dt.date.min)
@example(text="since 2099 in the coming decades", reference=dt.date.max)
def test_find_dates_never_fails_and_spans_index_the_text(
    text: str, reference: dt.date | None
) -> None:
    mentions = find_dates(text, reference)
    previous_end = 0
    for mention in mentions:
        assert isinstance(mention, DateMention)
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        if mention.span is not None:
            assert mention.span.start <= mention.span.end
        previous_end = mention.end


@given(text=st.one_of(any_text, date_texts), reference=st.dates())
@example(text="a day earlier", reference=dt.date.min)
def test_resolve_date_never_fails(text: str, reference: dt.date) -> None:
    found = resolve_date(text, reference)
    assert found is None or found.start <= found.end


@given(text=date_texts, reference=reference_dates)
def test_resolve_date_agrees_with_find_dates(text: str, reference: dt.date) -> None:
    for mention in find_dates(text, reference):
        if mention.text.isdigit() or mention.text in MONTHS:
            continue  # a bare year or month is a date only after a cue outside it ("until May")
        if mention.span is not None and "day" not in mention.text.lower():
            assert resolve_date(mention.text, reference) == mention.span


def test_a_range_has_two_ends() -> None:
    text = "Shelling ran from Monday into Tuesday into Wednesday."
    assert [m.text for m in find_dates(text, THU_2031_04_10)] == [
        "from Monday into Tuesday",
        "Wednesday",
    ]


@given(rendered=numeric_dates(), reference=reference_dates)
@example(rendered=(D(2031, 4, 10), "10/04/2031"), reference=THU_2031_04_10)
@example(rendered=(D(2031, 5, 4), "04/05/2031"), reference=THU_2031_04_10)
@example(rendered=(D(1999, 12, 31), "12/31/99"), reference=D(2089, 12, 31))
def test_numeric_dates_take_the_latest_reading_not_after_the_reference(
    rendered: tuple[dt.date, str], reference: dt.date
) -> None:
    day, text = rendered
    found = resolve_date(text, reference)
    if text.count("/") == 2 and len(text.rsplit("/", 1)[1]) == 2:  # two-digit year
        year = reference.year + 10 - (reference.year + 10 - day.year % 100) % 100
        if year != day.year:  # another century than the rendered day: not this law's concern
            return
    swapped = _swapped(day)
    readings = {day} if swapped is None else {day, swapped}
    assert found is not None
    assert found.is_day
    assert found.start in readings
    past = [reading for reading in readings if reading <= reference]
    assert found.start == (max(past) if past else min(readings))


def _swapped(day: dt.date) -> dt.date | None:
    """The day read with day and month swapped, when that is a real day."""
    try:
        return dt.date(day.year, day.day, day.month)
    except ValueError:
        return None


@given(text=wire_date_texts, reference=st.one_of(st.none(), reference_dates))
@example(text="between Tuesday and Saturday and Sunday", reference=THU_2031_04_10)
@example(text="Monday into Tuesday into Wednesday", reference=THU_2031_04_10)
@example(text="the night of the eve of 10/04/2031 to 12/04/2031", reference=THU_2031_04_10)
def test_wire_forms_keep_spans_exact_and_ordered(text: str, reference: dt.date | None) -> None:
    previous_end = 0
    for mention in find_dates(text, reference):
        assert previous_end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        assert mention.span is None or mention.span.start <= mention.span.end
        previous_end = mention.end


# ------------------------------------------------------------------------ linear time


@pytest.mark.parametrize(
    "line",
    [
        "7" * 1_000_000,
        "a" * 1_000_000,
        " " * 1_000_000,
        "since " * 170_000,
        "since the war " * 70_000,
        "in the past " * 90_000,
        "February 20, " * 75_000,
        "20 20 20 " * 110_000,
        "2020-02-" * 125_000,
        "Thursday, " * 100_000,
        "early mid-late " * 65_000,
        "-" * 1_000_000,
        "1/" * 500_000,
        "10/04/" * 170_000,
        "1.2." * 250_000,
        "12/12/12 " * 110_000,
        "0123456789/" * 90_000,
        "10/04/2031" * 100_000,
        "between Monday and " * 52_000,
        "from 3 to " * 100_000,
        "the night of " * 76_000,
        "over the week " * 70_000,
        "in the summer of " * 60_000,
        "Saturday night into " * 50_000,
    ],
    ids=lambda line: repr(line[:14]),
)
def test_a_megabyte_line_is_read(line: str) -> None:
    # Timing is measured by benchmarks/bench_adversarial.py, never asserted here.
    mentions = find_dates(line, WED_2020_03_04)
    assert all(line[m.start : m.end] == m.text for m in mentions[:100])


# ------------------------------------------------------------------------ prefilter


def _every_candidate(text: str) -> list[tuple[str, int, int]]:
    """What ``_candidates`` yields when every construction's pattern runs, unfiltered."""
    from conflictfacts import dates  # noqa: PLC0415 - the private table is only for this law

    found = []
    for name, pattern in dates._PATTERNS.items():
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            try:
                dates._check(name, match)
            except dates._NotADateError:
                continue
            found.append((match.start(), -match.end(), dates._PRIORITY[name], name))
    found.sort(key=lambda item: item[:3])
    kept, last_end = [], 0
    for start, negative_end, _, name in found:
        if start >= last_end:
            last_end = -negative_end
            kept.append((name, start, -negative_end))
    return kept


@given(text=st.one_of(any_text, date_texts, wire_date_texts))
@example(text="the first week of March, over the week, 10/04/2031, 4/10/31, from 3 to 5 April")
@example(text="\u017fince the war began in 2011, three days ago")
@example(text="In MARCH 2019, SEPT. 3, THURSDAY NIGHT, the next day, two weeks earlier")
@example(text="la\u0131t week, th\u0130s month, a few hour\u017f ago")
@example(text="Strikes overnight and tonight; midday talks on Sunday's agenda, 12 days later")
def test_skipping_constructions_never_loses_a_date(text: str) -> None:
    from conflictfacts import dates  # noqa: PLC0415

    assert [(n, m.start(), m.end()) for n, m in dates._candidates(text)] == _every_candidate(text)


@given(text=st.one_of(any_text, date_texts, wire_date_texts))
@example(text="TH\u0130S wee\u212a")
@example(text="la\u017ft month, 3 day\u017f ago")
@example(
    text="\u00e9day, caf\u00e9 Monday\u2019s talks \u2014 3\u00a0days ago, \u201cMarch 3\u201d"
)
@example(text="Decade-long war, 1800 soldiers, 19 days, the 20s, mid-May 2019")
@example(text="since fighting erupted in 2019; since clashes flared up in May; Since the war broke")
@example(text="since it started in 2015, since they had BEGUN in 2001, since it escalated in June")
@example(text="last night, THIS evening, the day before yesterday, Tuesday night, tonight's raid")
@example(text="the first half of 2019, the last fortnight of March, the second week of last month")
def test_the_prefilter_keeps_every_construction_that_matches(text: str) -> None:
    from conflictfacts import dates  # noqa: PLC0415

    possible = set(dates._possible(text)[0])
    for name, pattern in dates._PATTERNS.items():
        if any(match.end() > match.start() for match in pattern.finditer(text)):
            assert name in possible, name


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("since the start of the year", "2020-01-01", "2020-03-04"),
        ("since the beginning of the month", "2020-03-01", "2020-03-04"),
        ("at the start of the year", "2020-01-01", "2020-04-30"),
    ],
)
def test_a_part_of_the_year_or_month_is_the_current_one(text: str, start: str, end: str) -> None:
    (mention,) = find_dates(text, WED_2020_03_04)
    assert mention.span is not None
    assert (mention.span.start.isoformat(), mention.span.end.isoformat()) == (start, end)


@pytest.mark.parametrize("text", ["the year", "in the year", "throughout the month"])
def test_the_year_alone_is_no_date(text: str) -> None:
    assert find_dates(text, WED_2020_03_04) == ()


# ------------------------------------------------------------------------ calendar helpers


@given(day=st.dates(), weekday=st.integers(0, 6))
@example(day=dt.date.min, weekday=6)
@example(day=dt.date.max, weekday=0)
def test_weekday_steps_are_what_relativedelta_gives(day: dt.date, weekday: int) -> None:
    from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta  # noqa: PLC0415

    from conflictfacts import _dateutil  # noqa: PLC0415 - the private helpers are the subject

    def outcome(step: Callable[[], dt.date]) -> dt.date | type[OverflowError]:
        try:
            return step()
        except OverflowError:
            return OverflowError

    code = (MO, TU, WE, TH, FR, SA, SU)[weekday]
    assert outcome(lambda: _dateutil.weekday_on_or_before(day, weekday)) == outcome(
        lambda: day + relativedelta(weekday=code(-1))
    )
    assert outcome(lambda: _dateutil.weekday_after(day, weekday)) == outcome(
        lambda: day + relativedelta(days=1, weekday=code(+1))
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("between November and March", "2019-11-01", "2020-03-31"),
        ("from June to August", "2019-06-01", "2019-08-31"),
        ("fighting from January through February", "2020-01-01", "2020-02-29"),
    ],
)
def test_a_range_of_months_runs_back_from_the_latest_end(text: str, start: str, end: str) -> None:
    (mention,) = find_dates(text, WED_2020_03_04)
    assert mention.span is not None
    assert text[mention.start : mention.end] == mention.text
    assert (mention.span.start.isoformat(), mention.span.end.isoformat()) == (start, end)


def test_between_needs_two_months() -> None:
    assert find_dates("Talks between May and the envoy stalled.", WED_2020_03_04) == ()


# ------------------------------------------------------------------------ anchored search


def test_an_anchor_lead_bounds_what_its_pattern_can_match_before_the_anchor() -> None:
    from conflictfacts import dates  # noqa: PLC0415 - the private tables are only for this law

    parser = importlib.import_module("re._parser")  # measures the longest text a pattern matches

    for name, (words, group, lead) in dates._ANCHORS.items():
        assert words in dates._NEEDS[name], name  # the prefilter finds them at word starts
        pattern = dates._PATTERNS[name].pattern
        before = pattern if group is None else pattern[: pattern.index(f"(?P<{group}>")]
        assert parser.parse(before).getwidth()[1] <= lead, name


def _pattern_words(source: str) -> set[str]:
    """The words a pattern's source spells, lowercased (group names and classes left out)."""
    source = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)|\\[A-Za-z]|\[[^\]]*\]", " ", source)
    return {word.lower() for word in re.findall(r"[A-Za-z]{2,}", source)}


def _grammar_words() -> tuple[str, ...]:
    from conflictfacts import dates  # noqa: PLC0415 - the private table is only for this law

    words = set().union(*(_pattern_words(p.pattern) for p in dates._PATTERNS.values()))
    return tuple(sorted(words))


#: Every word of the date grammar, and words that start like one of its anchor words.
GRAMMAR_WORDS = (*_grammar_words(), "Marines", "Mayday", "Junta", "daylight", "weekly", "yearly")

#: Words of a pattern, before its anchor, that are no word of their own: ordinal suffixes
#: ("3rd"), the unit and direction after "anchored"'s day word, and the words of the
#: lookbehinds of a bare month or year, which are never part of its match.
_NOT_LEAD_WORDS = {
    "dmy": {"st", "nd", "rd", "th"},
    "anchored": {
        "day", "days", "night", "nights", "morning", "afternoon", "evening", "week", "weeks",
        "before", "after", "afterwards", "previously",
    },
    "bare_month": {"until", "till", "by", "from", "between", "through", "before", "after"},
    "year": {"until", "till", "by", "from", "between", "through", "before", "after"},
}  # fmt: skip


def test_the_lead_words_hold_every_word_before_an_anchor_and_no_anchor() -> None:
    from conflictfacts import dates  # noqa: PLC0415 - the private tables are only for this law

    for name, (anchors, group, _) in dates._ANCHORS.items():
        words, _ = dates._LEAD_WORDS[name]
        pattern = dates._PATTERNS[name].pattern
        before = pattern if group is None else pattern[: pattern.index(f"(?P<{group}>")]
        assert _pattern_words(before) - set(words) <= _NOT_LEAD_WORDS.get(name, set()), name
        # No anchor word starts where a word a match holds before its anchor starts, nor, in
        # text as written, after a letter that may be an odd character (a word start there).
        folded = [anchor.lower() for anchor in anchors]
        for word in words:
            assert not word.startswith(tuple(folded)), (name, word)
            for index in range(1, len(word)):
                if word[index - 1] in "sik" and not anchors[0].islower():
                    assert not word[index:].startswith(tuple(folded)), (name, word)


@given(
    text=st.one_of(
        any_text,
        date_texts,
        wire_date_texts,
        worded_texts(GRAMMAR_WORDS),
        st.lists(
            st.sampled_from(
                [
                    " ", "   ", "x" * 60, " throughout the past more than a couple of ",
                    "days", "Monday", "March", "3", " 2019", "late on ", "the next day",
                    "week", " last ", "-", "since the beginning of ", "\u00e9", ", ",
                ]
            ),
            max_size=30,
        ).map("".join),  # anchors far apart and close together, across the lead
    )
)
@example(text="Fighting throughout the past more than a couple of days, then calm.")
@example(text="since the beginning of - on last Monday, and on the beginning of the 3 - 5 of March")
@example(text="In the middle of the Monday, 3\u20135 March 2019; between Tuesday, March 3 to 5")
@example(text="Talks \u00e9days, caf\u00e9Monday, the very same evening, three nights earlier")
@example(text="x" * 70 + " days" + " " * 3 + "x" * 70 + " in the past two weeks")
@example(text="on the 3rd of March, 3 - 5 of April, 21ST May, of 2 June; Thursday, 4 May")
@example(text="foruntil March, aBy May, in    June, mid   -   July, late-August, Maj. Mark")
@example(text="this past week, the past month, tH\u0131s year, la\u017ft Monday, \u017fince March")
@example(text="the week before, the week\u2019s toll, a week of talks, a couple of days later")
@example(text="earlier in the day, later  in the week, the following morning, that same night")
@example(text="March 3 and April, Dec. 4, Sept.\u00a05 2019, June of 2019, Mayday, Marines 4")
@example(text="the days after, 3 days, 30\u00a0days\u2011old, daylight, Dayton, weekly, years old")
@example(text="in 2019, foruntil 1999, of  2020, mid-1990, 2031 people, 1,999, since 18")
def test_a_search_near_the_anchors_finds_what_finditer_finds(text: str) -> None:
    from conflictfacts import dates  # noqa: PLC0415

    _, anchor_starts, folded = dates._possible(text)
    for name in dates._ANCHORS:
        pattern = dates._PATTERNS[name]
        starts = anchor_starts.get(name, [])
        near = [m.span() for m in dates._near_anchors(name, text, folded[::-1], starts)]
        assert near == [m.span() for m in pattern.finditer(text) if m.end() > m.start()], name


def test_month_and_weekday_tables_read_every_spelling_the_patterns_match() -> None:
    from conflictfacts import dates  # noqa: PLC0415

    months = [name[:3] for name in dates._MONTH_NAMES]
    for spelling in (*dates._MONTH_NAMES, *dates._MONTH_ABBREVIATIONS):
        for written in (spelling, spelling.upper()):
            assert dates._month_number(written) == months.index(spelling[:3]) + 1
    for number, name in enumerate(dates._WEEKDAY_NAMES):
        assert dates._weekday_number(name) == dates._weekday_number(name.upper()) == number


@given(text=st.one_of(date_texts, wire_date_texts))
@example(text="since early March, in mid-2019, at the end of the month, late on Sunday")
@example(text="earlier this month, until March, the beginning of last year")
def test_the_group_tables_give_what_group_gives(text: str) -> None:
    from conflictfacts import dates  # noqa: PLC0415

    for name, match in dates._candidates(text):
        parts = [match[group] for group in dates._PART_GROUPS[name]]
        part = next((value for value in parts if value is not None), None)
        assert part == dates._group(match, "part", "part2")
        prep = match["prep"] if name in dates._PREP_GROUPS else None
        assert prep == dates._group(match, "prep")


def test_a_delay_after_an_event_no_text_dates_is_unresolved() -> None:
    # the raid came a week before the main clause, on a day the text does not give; the page's
    # date plus a week would be a day after the page was written
    text = "More than a week after rebels raided Vessa, survivors reached the port on Thursday."
    found = find_dates(text, D(2031, 4, 11))
    assert (found[0].text, found[0].span) == ("a week after", None)
    # after a day the text gives, the delay counts from it
    text = "Rebels raided Vessa on Monday. Two days after the raid, survivors reached the port."
    spans = [m.span for m in find_dates(text, D(2031, 4, 11))]
    assert spans[-1] is not None
    assert spans[-1].start == D(2031, 4, 9)
