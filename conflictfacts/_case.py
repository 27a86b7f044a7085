"""Case folding as the case-insensitive patterns see it.

Python's case-insensitive matching reads four characters outside ASCII as ASCII letters:
"\u017f" (long s) as "s", dotted and dotless I as "i", and the Kelvin sign as "k". ``str.lower``
leaves the first three alone, so a word test on lowercased text would miss what a pattern finds.
:func:`fold` gives text as the patterns read it. Private to the package.

>>> fold("Acro\u017fs the RIVER")
'across the river'
"""

from __future__ import annotations

import types
from typing import Final

__all__ = ["ODD", "ODD_CHARACTERS", "fold", "folds_as_lower"]

#: The only characters outside ASCII that case-insensitive patterns match as an ASCII letter.
ODD: Final = types.MappingProxyType({0x017F: "s", 0x0130: "i", 0x0131: "i", 0x212A: "k"})
#: The same characters, as strings.
ODD_CHARACTERS: Final = tuple(map(chr, ODD))


def fold(text: str) -> str:
    """``text`` lowercased, the odd characters read as the ASCII letters they match.

    Args:
        text: any text.

    Returns:
        The folded text, as long as ``text`` (the odd characters map to one letter each).

    >>> fold("\u0130DL\u0130B"), fold("Kyiv")
    ('idlib', 'kyiv')
    """
    if text.isascii() or not any(map(text.__contains__, ODD_CHARACTERS)):
        return text.lower()
    return text.translate(ODD).lower()


def folds_as_lower(text: str) -> bool:
    """Whether :func:`fold` gives ``text.lower()``: ``text`` holds none of the odd characters.

    >>> folds_as_lower("Kyiv"), folds_as_lower("\u0130DL\u0130B")
    (True, False)
    """
    return text.isascii() or not any(map(text.__contains__, ODD_CHARACTERS))
