r"""The pieces of an article read one at a time: the headline, each body sentence, each caption.

:func:`units_of` cuts an article into :class:`Unit` objects, each read as one sentence with
the date its relative dates resolve against. A unit that holds something worth reading is
tokenized once (:class:`Tokenized`), and every question asked about its claims reads those
tokens.

>>> import datetime as dt
>>> from conflictfacts import parse_article
>>> page = "Strike kills two\n\nTwo soldiers were killed. The army said so.\n"
>>> [(u.text, u.paragraph) for u in units_of(parse_article(page, published=dt.date(2031, 4, 9)))]
[('Strike kills two', -1), ('Two soldiers were killed.', 0), ('The army said so.', 0)]
"""

from __future__ import annotations

import datetime as dt
import operator
from typing import NamedTuple

from conflictfacts import _furniture as furn
from conflictfacts.article import Article, split_sentences
from conflictfacts.extraction.tokens import Token

__all__ = ["MAX_UNIT_CHARS", "Tokenized", "Unit", "units_of"]

#: Sentences longer than this many characters are read only up to it: no real sentence is
#: that long, and the cap keeps the work per sentence bounded on hostile input.
MAX_UNIT_CHARS = 2000


class Unit(NamedTuple):
    """A piece of the article read as one sentence: the headline, a sentence, a caption."""

    #: Offset of its first character in the article's text.
    start: int
    #: Its text, up to :data:`MAX_UNIT_CHARS` characters.
    text: str
    #: The date its relative dates resolve against: the article's, or a caption's own.
    reference: dt.date | None
    #: The body paragraph it stands in: -1 for the headline, 10**6 and up for captions.
    paragraph: int
    #: Whether it is part of a caption.
    is_caption: bool = False
    #: The first sentence of the body, where a wire dateline may stand.
    opens_body: bool = False


#: A token's start offset, as a C-level getter for ``map``.
_START = operator.itemgetter(2)


class Tokenized:
    """A unit with its tokens, and what is worked out once for all the claims it holds.

    Args:
        unit: the unit.
        tokens: its tokens.
    """

    __slots__ = ("_token_starts", "dateline_end", "start", "text", "tokens", "unit")

    def __init__(self, unit: Unit, tokens: list[Token]) -> None:
        self.unit = unit
        self.text = unit.text
        self.start = unit.start
        self.tokens = tokens
        #: Where a wire dateline ("PORT-AU-PRINCE, Oct 4 (Reuters) -") opening the body ends:
        #: it names no party and no speaker (0 without one).
        self.dateline_end = (furn.inline_dateline_end(unit.text) or 0) if unit.opens_body else 0
        self._token_starts: list[int] | None = None

    def token_starts(self) -> list[int]:
        """Where the unit's tokens start (worked out once a unit)."""
        if self._token_starts is None:
            self._token_starts = list(map(_START, self.tokens))
        return self._token_starts


def units_of(article: Article) -> list[Unit]:
    """The units of ``article`` in reading order: headline, body sentences, caption sentences.

    Args:
        article: a parsed article.

    Returns:
        The units; the body's carry their paragraph's number.
    """
    units: list[Unit] = []
    if article.title and article.title_span is not None:
        title = article.title_span.of(article.text)[:MAX_UNIT_CHARS]
        units.append(Unit(article.title_span.start, title, article.published, -1))
    paragraph = 0
    paragraphs = list(article.paragraphs)
    for index, sentence in enumerate(article.sentences):
        while paragraph + 1 < len(paragraphs) and sentence.start >= paragraphs[paragraph].end:
            paragraph += 1
        units.append(
            Unit(
                sentence.start,
                sentence.text[:MAX_UNIT_CHARS],
                article.published,
                paragraph,
                opens_body=index == 0,
            )
        )
    for index, caption in enumerate(article.captions):
        for part in split_sentences(article.text, caption.start, caption.end):
            units.append(
                Unit(
                    part.start,
                    part.text[:MAX_UNIT_CHARS],
                    caption.date or article.published,
                    10**6 + index,
                    is_caption=True,
                )
            )
    return units
