"""Web pages for tests: an article's text saved the way a news site serves it.

:func:`news_page` wraps text in the markup of a real news page: a ``<head>`` with the title and
optional metadata, a header with the site's menu and a search form, breadcrumbs, the article
(headline as ``<h1>``, every other block of the text as a paragraph), an aside of most-read
links and a newsletter box, a footer with links and a cookie notice, and a script. trafilatura
should bring back the article's blocks and leave the rest.
"""

from __future__ import annotations

import datetime as dt
import html

__all__ = ["news_page"]

_MENU = ("Home", "World", "Politics", "Business", "Science", "Sport", "Culture", "Opinion")
_MOST_READ = (
    "Storm warning issued for the northern coast",
    "Central bank holds rates for a third month",
    "Ten things to do this weekend",
    "Opinion: the case for slower cities",
)


def _block(block: str, title: str | None) -> str:
    if title is not None and block.strip() == title.strip():
        return f"<h1 class=\"headline\">{html.escape(block.strip())}</h1>"
    lines = [html.escape(line.strip()) for line in block.split("\n") if line.strip()]
    return "<p>" + "<br>\n".join(lines) + "</p>"


def news_page(
    text: str,
    *,
    title: str | None = None,
    site: str | None = None,
    published: dt.date | None = None,
    authors: tuple[str, ...] = (),
) -> str:
    """Return ``text`` as a news site's HTML page.

    Args:
        text: the article as plain text; blocks are separated by blank lines.
        title: the headline: the block equal to it becomes the ``<h1>``, and it is the page's
            ``<title>`` (followed by the site's name when given).
        site: the site's name, given as ``og:site_name`` when not ``None``.
        published: the publication date, given as ``article:published_time`` when not ``None``.
        authors: the authors, given as ``<meta name="author">`` when any.

    Returns:
        The page.
    """
    head = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width">']
    if title is not None:
        shown = f"{title} | {site}" if site else title
        head.append(f"<title>{html.escape(shown)}</title>")
        head.append(f'<meta property="og:title" content="{html.escape(title)}">')
    if site is not None:
        head.append(f'<meta property="og:site_name" content="{html.escape(site)}">')
    if published is not None:
        head.append(
            f'<meta property="article:published_time" content="{published.isoformat()}T07:30:00Z">'
        )
    if authors:
        head.append(f'<meta name="author" content="{html.escape("; ".join(authors))}">')
    head.append('<link rel="stylesheet" href="/static/site.css">')
    menu = "".join(f'<li><a href="/{item.lower()}">{item}</a></li>' for item in _MENU)
    most_read = "".join(f'<li><a href="/story/{n}">{t}</a></li>' for n, t in enumerate(_MOST_READ))
    blocks = [block for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    article = "\n".join(_block(block, title) for block in blocks)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
{chr(10).join(head)}
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body class="article-page">
<header class="site-header">
  <a class="logo" href="/">{html.escape(site or "News")}</a>
  <nav class="main-menu" aria-label="Sections"><ul>{menu}</ul></nav>
  <form class="search" action="/search"><input name="q" placeholder="Search">
  <button>Go</button></form>
</header>
<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/world">World</a></nav>
<main>
<article class="story">
{article}
</article>
<aside class="sidebar">
  <h2>Most read</h2>
  <ol>{most_read}</ol>
  <div class="newsletter"><h3>Our morning briefing</h3><p>Get the day's news in your inbox.</p>
  <form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div>
</aside>
</main>
<footer class="site-footer">
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li>
  <li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li></ul>
  <div class="cookie-banner">We use cookies to personalise content and ads.
  <button>Accept all</button> <button>Manage settings</button></div>
</footer>
<script src="/static/app.js"></script>
</body>
</html>
"""
