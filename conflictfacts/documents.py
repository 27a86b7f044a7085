"""Documents: a page's text with the metadata a crawler gives, and JSON Lines of them.

A :class:`Document` is what a pipeline hands the library: the text (or the page's HTML) and,
where known, an id, the page's address, its publication date, the outlet and the headline.
:func:`read_documents` reads JSON Lines of them, one object per line, as this library,
news-please and trafilatura write them:

>>> lines = [
...     '{"id": "a1", "text": "Two soldiers died.", "url": "https://news.example/2031/04/09/x"}',
...     '{"maintext": "Shelling hit Vessa.", "date_publish": "2031-04-10 08:00:00"}',
...     'not json',
... ]
>>> for item in read_documents(lines):
...     print(item if isinstance(item, DocumentError) else (item.id, item.published))
('a1', None)
('2', datetime.date(2031, 4, 10))
line 3: not a JSON object (Expecting value)

A page's time of day, where the crawler gives one, is kept as ``published_at``:

>>> next(read_documents(lines[1:])).published_at
datetime.datetime(2031, 4, 10, 8, 0)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from conflictfacts._pickling import compact
from conflictfacts.errors import InputTypeError, InputValueError

__all__ = ["FIELD_ALIASES", "Document", "DocumentError", "read_documents"]

#: For each field of :class:`Document`, the names a JSON object may give it, in order of
#: preference: ours first, then news-please's (``maintext``, ``date_publish``,
#: ``source_domain``) and trafilatura's (``raw_text``, ``date``, ``sitename``, ``hostname``,
#: ``source``). ``html`` holds a page's HTML, for documents that give it instead of text.
FIELD_ALIASES: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "maintext", "raw_text"),
    "html": ("html",),
    "id": ("id",),
    "url": ("url", "source"),
    "published": ("published", "date_publish", "date"),
    "outlet": ("outlet", "sitename", "source_domain", "hostname", "source-hostname"),
    "title": ("title",),
}


class DocumentError(InputValueError):
    """A JSON Lines document that cannot be read; ``line`` is its 1-based line number.

    >>> str(DocumentError("no text", line=4))
    'line 4: no text'
    """

    def __init__(self, message: str, *, line: int | None = None) -> None:
        super().__init__(f"line {line}: {message}" if line is not None else message)
        #: The 1-based line number of the bad document, when it came from JSON Lines.
        self.line = line


def _published(value: object) -> dt.date | None:
    """A publication date from ISO text (a date or a date-time) or a date object."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise DocumentError(f"published is not an ISO date: {value!r}")


def _published_at(value: object) -> dt.datetime | None:
    """The moment of publication, when the value gives a time of day as well as a date.

    An offset is folded into UTC (naive, so moments of several pages compare); a time with
    no offset is kept as written.
    """
    moment: dt.datetime | None = None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str) and len(value.strip()) > 10:
        try:
            moment = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            return None  # the date alone is read by _published
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment


def _text_field(mapping: Mapping[str, Any], name: str) -> str | None:
    for key in FIELD_ALIASES[name]:
        value = mapping.get(key)
        if value is None or value == "":
            continue
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise DocumentError(f"{key} must be text, got {type(value).__name__}")
        if name == "url" and key == "source" and "://" not in str(value):
            continue  # trafilatura's "source" is an address; elsewhere it may be a name
        return str(value)
    return None


@compact
@attrs.frozen
class Document:
    """A page's text (or its HTML) with the metadata a crawler gives.

    >>> doc = Document.from_mapping({"maintext": "Ten died.", "source_domain": "news.example"})
    >>> doc.text, doc.outlet
    ('Ten died.', 'news.example')
    >>> Document.from_mapping({"html": "<p>Ten died.</p>"}).html
    '<p>Ten died.</p>'
    """

    #: The page's text, as scraped; empty when the document gives only :attr:`html`.
    text: str = attrs.field(repr=False)
    #: The caller's id for the document; records carry it as ``document``.
    id: str | None = None
    #: The page's address.
    url: str | None = None
    #: The publication date, when the crawler knows it.
    published: dt.date | None = None
    #: The outlet or site name.
    outlet: str | None = None
    #: The headline, when the crawler gives it apart from the text.
    title: str | None = None
    #: The page's HTML, when the document gives it instead of text: the text is then read from
    #: it by :func:`conflictfacts.webpages.parse_html` (which needs the ``[html]`` extra).
    html: str | None = attrs.field(default=None, repr=False)
    #: The moment of publication (UTC when the crawler gives an offset), when it gives a time
    #: of day: it orders the figures pages give on one day.
    published_at: dt.datetime | None = None

    @classmethod
    def from_mapping(cls, mapping: Mapping[str, Any]) -> Document:
        """Read a document from a JSON object, with the field names of :data:`FIELD_ALIASES`.

        Args:
            mapping: the object; ``text`` (or ``maintext``, ``raw_text``) or ``html`` is
                required. A document with both is read from its text.

        Returns:
            The document.

        Raises:
            InputTypeError: ``mapping`` is not a mapping.
            DocumentError: the text is missing or a field cannot be read.

        >>> doc = Document.from_mapping({"text": "x", "date": "2031-04-09T10:00:00+02:00"})
        >>> doc.published, doc.published_at
        (datetime.date(2031, 4, 9), datetime.datetime(2031, 4, 9, 8, 0))
        """
        if not isinstance(mapping, Mapping):
            raise InputTypeError(
                f"Document.from_mapping() expects a mapping, got {type(mapping).__name__}"
            )
        text = _text_field(mapping, "text")
        html = _text_field(mapping, "html") if text is None else None
        if text is None and html is None:
            raise DocumentError(
                "no text (give it as 'text', 'maintext' or 'raw_text', or the page as 'html')"
            )
        published = published_at = None
        for key in FIELD_ALIASES["published"]:
            if mapping.get(key) not in (None, ""):
                published = _published(mapping[key])
                published_at = _published_at(mapping[key])
                break
        return cls(
            text=text or "",
            html=html,
            id=_text_field(mapping, "id"),
            url=_text_field(mapping, "url"),
            published=published,
            outlet=_text_field(mapping, "outlet"),
            title=_text_field(mapping, "title"),
            published_at=published_at,
        )


def read_documents(lines: Iterable[str]) -> Iterator[Document | DocumentError]:
    """Read JSON Lines of documents, lazily: one item per non-blank line, in order.

    A document without an ``id`` gets its line number as its id. A line that cannot be read
    gives its :class:`DocumentError` (with its line number) in its place, and the lines after
    it are still read.

    Args:
        lines: the lines of the JSON Lines text (an open text file will do).

    Yields:
        A :class:`Document`, or the :class:`DocumentError` of a bad line.

    >>> [type(x).__name__ for x in read_documents(['{"text": "a"}', '', '{"id": 3}'])]
    ['Document', 'DocumentError']
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as error:
            reason = getattr(error, "msg", None) or type(error).__name__
            yield DocumentError(f"not a JSON object ({reason})", line=number)
            continue
        if not isinstance(value, dict):
            yield DocumentError(f"not a JSON object ({type(value).__name__})", line=number)
            continue
        try:
            document = Document.from_mapping(value)
        except DocumentError as error:
            yield DocumentError(str(error), line=number)
            continue
        yield document if document.id is not None else attrs.evolve(document, id=str(number))
