"""The one door to trafilatura: a web page's main text and metadata, as our own frozen type.

trafilatura (with htmldate for dates) is imported lazily, inside :func:`extract`, so the core
never needs the ``[html]`` extra. Its habits are kept away from callers here:

- htmldate rejects any date after "today" unless told otherwise, so a page dated by the machine's
  clock would lose its date: the window is fixed (:data:`MIN_DATE` to :data:`MAX_DATE`), never
  read from the clock.
- htmldate's extensive search guesses a date from any date-like text (a copyright year becomes
  1 January); it is off, so dates come from the markup and the precise patterns of its fast
  search only.
- nothing here touches logging: trafilatura and htmldate give their loggers a
  ``NullHandler``, so a host that configured no logging sees nothing of them, and one that did
  sees their messages as it chose.
- it may raise on hostile markup (even an ``AssertionError`` from lxml); the text is then read
  without the metadata, and a page it still cannot read has no text: never a crash.

>>> page = extract("<html><body><article><p>Two soldiers were killed.</p></article></body></html>")
>>> page.text
'Two soldiers were killed.'
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

from conflictfacts._extras import load

__all__ = ["MAX_DATE", "MAX_HTML_CHARS", "MIN_DATE", "Extraction", "extract"]

#: Longest page read, in characters: trafilatura's own cap on files (20 MB); the rest is cut.
MAX_HTML_CHARS = 20_000_000

#: The earliest publication date htmldate accepts (its own default).
MIN_DATE = "1995-01-01"
#: The latest: fixed, so that no result depends on the day the program runs.
MAX_DATE = "2199-12-31"

_PURPOSE = "reading web pages needs trafilatura"


class Extraction(NamedTuple):
    """What trafilatura read from a page; every field may be empty."""

    #: The main text: one paragraph per line of trafilatura's output, joined by blank lines.
    text: str
    #: The headline from the page's markup (``<title>``, ``og:title``, ``<h1>``...).
    title: str | None
    #: The publication date from the page's markup (htmldate).
    date: dt.date | None
    #: The site's name (``og:site_name``...).
    sitename: str | None
    #: The authors the markup names.
    authors: tuple[str, ...]


_EMPTY = Extraction("", None, None, None, ())


def _clean(html: str) -> str:
    """The page as lxml can take it: bounded, no lone surrogates, no NUL characters."""
    html = html[:MAX_HTML_CHARS]
    if not html.isascii():
        html = html.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return html.replace("\x00", "")


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    flat = " ".join(value.split())
    return flat or None


def _authors(value: object) -> tuple[str, ...]:
    if not isinstance(value, str):
        return ()
    names = (" ".join(name.split()) for name in value.split(";"))
    return tuple(dict.fromkeys(name for name in names if name))


def _paragraphs(text: object) -> str:
    if not isinstance(text, str):
        return ""
    lines = (line.strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def extract(html: str, url: str | None = None) -> Extraction:
    """Read a page's main text and metadata with trafilatura.

    Args:
        html: the page's HTML.
        url: the page's address, which trafilatura uses to resolve relative links and dates.

    Returns:
        The extraction; empty when the page holds no readable text.

    Raises:
        MissingExtraError: trafilatura is not installed.
    """
    trafilatura = load("trafilatura", "html", _PURPOSE)
    html = _clean(html)
    if not html.strip():
        return _EMPTY
    params: dict[str, Any] = {
        "extensive_search": False,
        "original_date": True,
        "min_date": MIN_DATE,
        "max_date": MAX_DATE,
    }
    found = None
    for with_metadata in (True, False):
        try:
            found = trafilatura.bare_extraction(
                html,
                url=url,
                with_metadata=with_metadata,
                include_comments=False,
                date_extraction_params=params,
            )
            break
        except Exception:  # a page is data: its markup must never crash us
            # Hostile markup trips the extractor's own code (lxml's drop_tree asserts on
            # "<svg><foreignObject><html>" inside htmldate, for one); the metadata step fails
            # most, so the text is tried once more without it.
            found = None
    if found is None:
        return _EMPTY
    return Extraction(
        text=_paragraphs(getattr(found, "text", None)),
        title=_text(getattr(found, "title", None)),
        date=_date(getattr(found, "date", None)),
        sitename=_text(getattr(found, "sitename", None)),
        authors=_authors(getattr(found, "author", None)),
    )
