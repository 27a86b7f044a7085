r"""Web pages in: the main text and metadata of an HTML page, and its article.

A crawler brings back HTML. :func:`read_html` finds the page's main text with trafilatura
(navigation, footers, comments and adverts left out) and the metadata its markup gives: the
headline, the publication date (htmldate), the site's name and the authors.
:func:`parse_html` parses that text exactly as :func:`~conflictfacts.article.parse_article`
would, so every span indexes ``article.text``, the extracted text; the markup's metadata then
fills the fields the text leaves empty.

Both need the optional extra ``[html]`` (``pip install "conflictfacts[html]"``); without it they
raise :class:`~conflictfacts.errors.MissingExtraError`. Any ``str`` is a valid page: hostile or
broken markup gives an article with no text, never an exception.

>>> page = '''<html><head><title>Drone strike kills four | Meridian Wire</title>
... <meta property="og:site_name" content="Meridian Wire">
... <meta name="author" content="Petra Halloran">
... <meta property="article:published_time" content="2031-04-09T08:00:00Z"></head>
... <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
... <article><h1>Drone strike kills four soldiers near Vessa</h1>
... <p>Four soldiers were killed on Tuesday when a drone hit their convoy, the army said.</p>
... </article><footer>© 2031 Meridian Wire</footer></body></html>'''
>>> article = parse_html(page)
>>> article.title, article.published
('Drone strike kills four soldiers near Vessa', datetime.date(2031, 4, 9))
>>> article.outlet, article.authors, article.date_basis
('Meridian Wire', ('Petra Halloran',), <DateBasis.PAGE: 'page'>)
>>> [s.text for s in article.sentences]
['Four soldiers were killed on Tuesday when a drone hit their convoy, the army said.']
"""

from __future__ import annotations

import datetime as dt

import attrs

from conflictfacts import _trafilatura
from conflictfacts.article import Article, DateBasis, parse_article
from conflictfacts.errors import InputTypeError, expect_str

__all__ = ["MAX_HTML_CHARS", "HtmlPage", "parse_html", "read_html"]

#: Longest page read, in characters (trafilatura's own cap on files); the rest is left out.
MAX_HTML_CHARS = _trafilatura.MAX_HTML_CHARS


@attrs.frozen
class HtmlPage:
    """A web page's main text and the metadata its markup gives.

    >>> HtmlPage(text="Ten died.").authors
    ()
    """

    #: The main text: one paragraph per block of the page, paragraphs joined by blank lines.
    text: str = attrs.field(repr=False)
    #: The headline the markup gives (``og:title``, ``<title>``, ``<h1>``).
    title: str | None = None
    #: The publication date the markup gives (meta tags, ``<time>``, JSON-LD, the address).
    published: dt.date | None = None
    #: The site's name (``og:site_name``, JSON-LD publisher).
    outlet: str | None = None
    #: The authors the markup names.
    authors: tuple[str, ...] = ()


def read_html(html: str, url: str | None = None) -> HtmlPage:
    """Find a web page's main text and metadata.

    Dates come from htmldate's fast search: the markup (meta tags, ``<time>``, JSON-LD, the
    address) and the precise date patterns it knows ("Published on: 10/04/2031"); its
    extensive search, which guesses from any date-like text (a copyright year), is off. Dates
    lie between 1995 and 2199, never bounded by the machine's clock.

    Args:
        html: the page's HTML, decoded; only its first :data:`MAX_HTML_CHARS` characters are
            read.
        url: the page's address, when known.

    Returns:
        The page; its text is empty when the page holds no readable text.

    Raises:
        InputTypeError: ``html`` or ``url`` is not a ``str``.
        MissingExtraError: the ``[html]`` extra is not installed.

    >>> page = read_html("<html><body><article><p>Nine civilians died.</p>"
    ...                  "<p>Rescue teams searched the rubble.</p></article></body></html>")
    >>> print(page.text)
    Nine civilians died.
    <BLANKLINE>
    Rescue teams searched the rubble.
    >>> read_html("not markup at all <").text
    ''
    """
    expect_str(html, "read_html", "html")
    if url is not None:
        expect_str(url, "read_html", "url")
    found = _trafilatura.extract(html, url)
    return HtmlPage(
        text=found.text,
        title=found.title,
        published=found.date,
        outlet=found.sitename,
        authors=found.authors,
    )


def parse_html(
    html: str,
    url: str | None = None,
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    context: dt.date | None = None,
) -> Article:
    """Parse a web page into an :class:`~conflictfacts.article.Article`.

    The article is the one :func:`~conflictfacts.article.parse_article` gives on the page's
    main text (:attr:`HtmlPage.text`), with the same arguments; its
    :attr:`~conflictfacts.article.Article.text` is that text, which every span indexes. The
    markup's metadata then fills what the text left empty:

    - the headline, when the text shows none (``title_span`` stays ``None``);
    - the publication date, when the text dates the page in no way at all (its
      :attr:`~conflictfacts.article.Article.date_basis` becomes ``page``): the caller's date,
      a date line in the text, a date in the address and a date inferred from the days the
      text names all win over it (to prefer the markup's date to an inferred one, pass
      ``read_html(html).published`` as ``published``);
    - the outlet, when neither the caller, the address nor the text names one;
    - the authors, when the text has no byline.

    Args:
        html: the page's HTML, decoded.
        url: the page's address, when known.
        published: the publication date, when the caller knows it.
        outlet: the outlet, when the caller knows it.
        context: a date near the article's time, as for ``parse_article`` (it dates a page
            whose text gives no date, before the markup's date is looked at).

    Returns:
        The article.

    Raises:
        InputTypeError: an argument has the wrong type.
        MissingExtraError: the ``[html]`` extra is not installed.

    >>> article = parse_html("<html><body><p>Nine civilians died on Monday.</p></body></html>",
    ...                      published=dt.date(2031, 4, 9))
    >>> article.text, article.date_basis
    ('Nine civilians died on Monday.', <DateBasis.CALLER: 'caller'>)
    """
    for name, value in (("url", url), ("outlet", outlet)):
        if value is not None:
            expect_str(value, "parse_html", name)
    for name, day in (("published", published), ("context", context)):
        if day is not None and not isinstance(day, dt.date):
            raise InputTypeError(
                f"parse_html() expects {name} as datetime.date, got {type(day).__name__}"
            )
    expect_str(html, "parse_html", "html")
    page = read_html(html, url)
    article = parse_article(
        page.text, published=published, url=url, outlet=outlet, context=context
    )
    title, title_span = article.title, article.title_span
    if title is None and page.title is not None:
        title, title_span = page.title, None
    published_, inferred, basis = article.published, article.published_inferred, article.date_basis
    if published_ is None and page.published is not None:
        published_, inferred, basis = page.published, False, DateBasis.PAGE
    return attrs.evolve(
        article,
        title=title,
        title_span=title_span,
        published=published_,
        published_inferred=inferred,
        date_basis=basis,
        outlet=article.outlet if article.outlet is not None else page.outlet,
        authors=article.authors or page.authors,
    )
