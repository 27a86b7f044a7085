"""Dates in page addresses: ``/2023/01/15/``, ``/2023-01-15-``, ``/20230115``, ``/2023/jan/15/``.

Private: :func:`conflictfacts.article.parse_article` reads a page's date from its address when
the page shows none.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["date_of_url"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))

#: Each pattern is a run of fixed-width pieces: nothing in it can backtrack far.
_PATTERNS = {
    # /2023/01/15/, /2023-1-15-, /2023_01_15, 2020-01/29 (a year, a month and a day, separated)
    "separated": re.compile(
        r"(?<![0-9])((?:19|20)[0-9]{2})[/_.-]([0-9]{1,2}|" + _MONTH_WORDS + r")[/_.-]"
        r"([0-9]{1,2})(?![0-9])",
        re.IGNORECASE,
    ),
    # 20230115, as a whole number between non-digits
    "compact": re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])"),
}


def _day(year: str, month: str, day: str) -> dt.date | None:
    number = _MONTHS.get(month.lower()) if not month.isdigit() else int(month)
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def date_of_url(url: str) -> dt.date | None:
    """The publication date an address shows, or ``None``.

    Only the path, query and fragment are read (a host name holds no date), and the first
    valid date wins.

    >>> date_of_url("https://news.example/world/2023/01/30/peshawar-blast")
    datetime.date(2023, 1, 30)
    >>> date_of_url("https://www.example.com/world/2021/aug/26/kabul-airport")
    datetime.date(2021, 8, 26)
    >>> date_of_url("https://example.org/news/blast-kills-20230130-story.html")
    datetime.date(2023, 1, 30)
    >>> date_of_url("https://example.org/a-52395911") is None
    True
    """
    scheme = url.find("://")
    rest = url[scheme + 3 :] if scheme >= 0 else url
    slash = rest.find("/")
    path = rest[slash:] if slash >= 0 else ""
    for pattern in _PATTERNS.values():
        for match in pattern.finditer(path):
            day = _day(*match.groups())
            if day is not None:
                return day
    return None
