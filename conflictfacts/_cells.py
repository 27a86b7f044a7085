"""Spreadsheet cells that stay data: the formula guard every CSV output applies.

A cell whose text starts like a formula (``=``, ``+``, ``-``, ``@``, a tab, a line break,
``|`` or ``%``) is run by Excel, LibreOffice and Google Sheets when the file is opened; the
guard prefixes it with an apostrophe (the OWASP advice). Numbers pass unchanged.

>>> guard("=HYPERLINK(1)"), guard("-5 killed"), guard("plain"), guard(-3)
("'=HYPERLINK(1)", "'-5 killed", 'plain', -3)
"""

from __future__ import annotations

__all__ = ["FORMULA_START", "guard"]

#: First characters that make a spreadsheet read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|", "%")


def guard(value: object) -> object:
    """Return ``value``, with an apostrophe before text a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
