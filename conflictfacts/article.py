"""Parsing a scraped news page into an :class:`Article`.

(The implementation is being written; see the module's tests for what it handles.)
"""

from __future__ import annotations

import datetime as dt

import attrs

from conflictfacts.errors import expect_str
from conflictfacts.spans import Span

__all__ = ["Article", "Caption", "Sentence", "parse_article"]


@attrs.frozen
class Sentence:
    """One sentence of the body, as a span into the original text.

    >>> s = Sentence(0, 5, "Hello")
    >>> s.span
    Span(start=0, end=5)
    """

    #: Offset of the first character in the original text.
    start: int
    #: Offset one past the last character in the original text.
    end: int
    #: ``original[start:end]``.
    text: str

    @property
    def span(self) -> Span:
        """The sentence's span."""
        return Span(self.start, self.end)


@attrs.frozen
class Caption:
    """A photo caption or credit, kept apart from the body."""

    #: Offset of the first character in the original text.
    start: int
    #: Offset one past the last character in the original text.
    end: int
    #: ``original[start:end]``.
    text: str
    #: The photo credit ("AAREF WATAD/AFP/Getty Images"), when the page gives one.
    credit: str | None = None
    #: The date the caption names for its picture, when it names one.
    date: dt.date | None = None


@attrs.frozen
class Article:
    """A parsed news page: the original text, its cleaned body, sentences, captions and metadata."""

    #: The text exactly as given.
    text: str = attrs.field(repr=False)
    #: The article's own paragraphs, furniture and captions removed, joined by blank lines.
    body: str = attrs.field(repr=False)
    #: Spans of the body paragraphs in the original text.
    paragraphs: tuple[Span, ...] = attrs.field(repr=False)
    #: Body sentences, as spans into the original text.
    sentences: tuple[Sentence, ...] = attrs.field(repr=False)
    #: Photo captions and credits.
    captions: tuple[Caption, ...] = attrs.field(repr=False)
    #: The headline, when the page shows one.
    title: str | None = None
    #: Where the headline stands in the original text.
    title_span: Span | None = attrs.field(default=None, repr=False)
    #: Publication date: the caller's, the page's, or inferred from the body.
    published: dt.date | None = None
    #: Whether ``published`` was inferred from dates the body mentions.
    published_inferred: bool = False
    #: The outlet: the caller's, or the page's own self-reference.
    outlet: str | None = None
    #: The byline's authors.
    authors: tuple[str, ...] = ()
    #: The dateline ("ANKARA, Turkey").
    dateline: str | None = None
    #: Wire agencies credited ("AP", "Reuters").
    agencies: tuple[str, ...] = ()
    #: The page's address, when the caller gives it.
    url: str | None = None


def parse_article(
    text: str,
    *,
    published: dt.date | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Article:
    """Parse scraped page text into an :class:`Article`."""
    expect_str(text, "parse_article")
    return Article(text=text, body="", paragraphs=(), sentences=(), captions=(),
                   published=published, url=url, outlet=outlet)
