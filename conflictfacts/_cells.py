"""Cells of the outputs: the formula guard every CSV applies, and how a period is written.

A cell whose text starts like a formula (``=``, ``+``, ``-``, ``@``, a tab, a line break,
``|`` or ``%``) is run by Excel, LibreOffice and Google Sheets when the file is opened; the
guard prefixes it with an apostrophe (the OWASP advice). Numbers pass unchanged.

>>> guard("=HYPERLINK(1)"), guard("-5 killed"), guard("plain"), guard(-3)
("'=HYPERLINK(1)", "'-5 killed", 'plain', -3)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conflictfacts.dates import TimeSpan

__all__ = ["FORMULA_START", "guard", "span_text"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def guard(value: object) -> object:
    """Return ``value``, with an apostrophe before text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def span_text(span: TimeSpan | None) -> str:
    """A day or period as the tables and the report write it ("no date" when unknown).

    >>> import datetime as dt
    >>> from conflictfacts.dates import TimeSpan
    >>> span_text(TimeSpan(dt.date(2031, 4, 7), dt.date(2031, 4, 9))), span_text(None)
    ('2031-04-07 to 2031-04-09', 'no date')
    """
    if span is None:
        return "no date"
    if span.is_day:
        return span.start.isoformat()
    return f"{span.start.isoformat()} to {span.end.isoformat()}"
