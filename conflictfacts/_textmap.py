r"""A normalised working copy of a text, with a map back to the original offsets.

The article parser reads a copy in which every space-like character is a plain space,
every line-break-like character is ``"\n"``, curly quotes are straight, and carriage
returns before a newline and zero-width characters are gone. Reports must index the
caller's text, so :class:`TextMap` turns positions in the copy back into positions in
the original.

>>> tm = TextMap.build("a\u00a0b\r\nc\u200bd")
>>> tm.text
'a b\ncd'
>>> tm.original_start(4), tm.original_end(6)
(5, 8)
"""

from __future__ import annotations

import bisect
import re

import attrs

__all__ = ["TextMap"]

#: Length-preserving replacements: spaces, line breaks and curly quotes, each a character
#: class and the one character that stands for any of its members.
_REPLACED = (
    (
        "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
        "\u202f\u205f\u3000",
        " ",
    ),
    ("\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", "\n"),
    ("\u2018\u2019\u201a\u2032", "'"),
    ("\u201c\u201d\u201e\u2033", '"'),
)

#: Characters removed from the working copy: zero-width space, non-joiner, joiner, word joiner,
#: BOM and soft hyphen (and a carriage return, when a newline follows it).
_DELETED = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

#: Each replaced character and the character that stands for it.
_REPLACEMENT = {member: stand_in for members, stand_in in _REPLACED for member in members}

#: The replaced characters that always stand in a run: all but the carriage return (dropped
#: before a newline), with their stand-ins as a translation table.
_RUN_MEMBERS = "".join(char for char in _REPLACEMENT if char != "\r")
_RUN_TABLE = str.maketrans({char: _REPLACEMENT[char] for char in _RUN_MEMBERS})

_PATTERNS = {
    # Every character the working copy drops or replaces, in one class, so that the page is
    # scanned once; what becomes of each is decided per match (few on a real page). The
    # replaced characters after the first are taken along in a bounded run, so a page of
    # curly quotes is translated a run at a time rather than a character at a time.
    "special": re.compile(
        f"[{re.escape(_DELETED + ''.join(_REPLACEMENT))}][{re.escape(_RUN_MEMBERS)}]{{0,1024}}"
    ),
}


@attrs.frozen
class TextMap:
    r"""A normalised copy of ``original`` and the positions of the characters it dropped.

    >>> TextMap.build("x\u200by").original_start(1)
    2
    """

    #: The text as the caller gave it.
    original: str = attrs.field(repr=False)
    #: The normalised working copy.
    text: str = attrs.field(repr=False)
    #: For each dropped character, the working-copy position of the next kept character.
    drops: tuple[int, ...] = attrs.field(repr=False)

    @classmethod
    def build(cls, original: str) -> TextMap:
        r"""Normalise ``original`` and remember where characters were dropped.

        Args:
            original: any text.

        Returns:
            The map; ``text`` is the working copy.

        >>> TextMap.build("one\r\ntwo").text
        'one\ntwo'
        """
        pieces: list[str] = []
        drops: list[int] = []
        last = 0
        for match in _PATTERNS["special"].finditer(original):
            at, end = match.span()
            char = original[at]
            pieces.append(original[last:at])
            last = at + 1
            if char in _DELETED or (char == "\r" and original[at + 1 : at + 2] == "\n"):
                # the next kept character's position: everything before, less what was dropped
                drops.append(at - len(drops))
            else:
                pieces.append(_REPLACEMENT[char])
            if end > last:
                pieces.append(original[last:end].translate(_RUN_TABLE))
                last = end
        pieces.append(original[last:])
        text = "".join(pieces)
        return cls(original, text, tuple(drops))

    def original_start(self, position: int) -> int:
        r"""Map a working-copy position of a first character to the original text.

        Args:
            position: an offset into :attr:`text`.

        Returns:
            The offset of the same character in :attr:`original`.

        >>> TextMap.build("\u200bab").original_start(0)
        1
        """
        return position + bisect.bisect_right(self.drops, position)

    def original_end(self, position: int) -> int:
        r"""Map a working-copy end offset (one past a last character) to the original text.

        Args:
            position: an exclusive end offset into :attr:`text`.

        Returns:
            The exclusive end offset in :attr:`original`; dropped characters after the
            last kept one are not included.

        >>> TextMap.build("ab\u200b").original_end(2)
        2
        """
        if position <= 0:
            return self.original_start(0) if self.text else 0
        return self.original_start(position - 1) + 1
