"""Web pages in: parse_html gives parse_article's Article on the page's main text.

Laws: the article of a page is the article of its extracted text, filled with the markup's
metadata only where the text is silent; every span indexes ``article.text``; any ``str`` is a
valid page (tag soup, deep nesting, NUL, surrogates) and gives an article, never an exception,
in bounded time. The examples saved as web pages give the same facts as the text files.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import example, given, settings

from conflictfacts import DateBasis, Document, InputTypeError, MissingExtraError, parse_article
from conflictfacts.cli import main
from conflictfacts.documents import read_documents
from conflictfacts.extraction import extract_claims
from conflictfacts.webpages import HtmlPage, parse_html, read_html
from tests.htmlpages import news_page
from tests.strategies import hostile_html, html_articles

pytest.importorskip("trafilatura")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))
GOLD = ROOT / "examples" / "gold"

BODY = (
    "Shelling hit the central market of Vessa on Wednesday morning, killing nine civilians "
    "and wounding 31, the health ministry said.\n\n"
    "Neither side accepted blame for the shelling, which came on the second day of fighting "
    "for the river town."
)


def _title(path: Path) -> str:
    gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
    title = gold["article"]["title"]
    assert isinstance(title, str)
    return title


def _filled(article: Any, page: HtmlPage) -> Any:
    """What parse_html promises: parse_article's article, filled where the text is silent."""
    changes: dict[str, object] = {}
    if article.title is None and page.title is not None:
        changes.update(title=page.title, title_span=None)
    if page.published is not None and article.published is None:
        changes.update(
            published=page.published, published_inferred=False, date_basis=DateBasis.PAGE
        )
    if article.outlet is None and page.outlet is not None:
        changes["outlet"] = page.outlet
    if not article.authors and page.authors:
        changes["authors"] = page.authors
    return attrs.evolve(article, **changes)


def _check_spans(article: Any) -> None:
    text = article.text
    for sentence in article.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
    for caption in article.captions:
        assert text[caption.start : caption.end] == caption.text
    if article.title_span is not None:
        assert text[article.title_span.start : article.title_span.end] == article.title


# ---------------------------------------------------------------- the article of a page


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_page_is_parse_article_on_its_extracted_text(path: Path) -> None:
    page_html = news_page(path.read_text(encoding="utf-8"), title=_title(path))
    page = read_html(page_html)
    article = parse_html(page_html)
    assert article == _filled(parse_article(page.text), page)
    assert article.text == page.text
    _check_spans(article)
    for claim in extract_claims(article):
        assert article.text[claim.quantity.start : claim.quantity.end] == claim.quantity.text
    # the page's furniture stays out: menus, most-read links, newsletter, cookie banner
    for furniture in ("Most read", "Storm warning", "Accept all", "morning briefing", "Politics"):
        assert furniture not in page.text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_page_keeps_every_body_sentence(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    from_text = parse_article(text)
    from_page = parse_html(news_page(text, title=_title(path)))
    flat = [" ".join(s.text.split()) for s in from_text.sentences]
    assert [" ".join(s.text.split()) for s in from_page.sentences] == flat
    assert from_page.title == from_text.title
    assert from_page.published == from_text.published


@given(html_articles())
def test_generated_page_is_parse_article_on_its_extracted_text(
    pair: tuple[str, list[str]],
) -> None:
    text, paragraphs = pair
    page_html = news_page(text, title=text.split("\n\n", 1)[0], site="Example News")
    page = read_html(page_html)
    article = parse_html(page_html, published=dt.date(2031, 4, 9))
    assert article == _filled(
        parse_article(page.text, published=dt.date(2031, 4, 9)), page
    )
    _check_spans(article)
    for paragraph in paragraphs:
        assert paragraph in page.text


# ---------------------------------------------------------------- metadata from the markup


def test_markup_fills_what_the_text_leaves_empty() -> None:
    page_html = news_page(
        BODY,
        title="Market shelled in Vessa",
        site="Meridian Wire",
        published=dt.date(2031, 4, 9),
        authors=("Petra Halloran", "Jonas Edelin"),
    )
    article = parse_html(page_html)
    assert article.title == "Market shelled in Vessa"
    assert article.title_span is None  # the headline is not in the body text
    assert article.published == dt.date(2031, 4, 9)
    assert article.date_basis is DateBasis.PAGE
    assert not article.published_inferred
    assert article.outlet == "Meridian Wire"
    assert article.authors == ("Petra Halloran", "Jonas Edelin")
    # "Wednesday" is read against the page's date
    times = {claim.time for claim in extract_claims(article)}
    assert {t.start for t in times if t is not None} == {dt.date(2031, 4, 9)}


def test_text_wins_over_the_markup_where_it_speaks() -> None:
    text = "Market shelled in Vessa\n\nBy Ana Ruiz\n\n09 April 2031\n\n" + BODY
    page_html = news_page(
        text,
        title="Market shelled in Vessa",
        published=dt.date(2031, 4, 12),
        authors=("Someone Else",),
    )
    article = parse_html(page_html)
    assert article.published == dt.date(2031, 4, 9)
    assert article.date_basis is DateBasis.PAGE
    assert article.authors == ("Ana Ruiz",)
    assert article.title_span is not None


def test_the_callers_date_and_outlet_win() -> None:
    page_html = news_page(BODY, site="Meridian Wire", published=dt.date(2031, 4, 12))
    article = parse_html(page_html, published=dt.date(2031, 4, 10), outlet="Courier")
    assert (article.published, article.date_basis) == (dt.date(2031, 4, 10), DateBasis.CALLER)
    assert article.outlet == "Courier"


def test_an_inferred_date_stands_and_the_markups_date_is_at_hand() -> None:
    text = "Fighting resumed on 3 April 2031. " + BODY
    page_html = news_page(text, published=dt.date(2031, 4, 9))
    article = parse_html(page_html)
    assert (article.published, article.date_basis) == (dt.date(2031, 4, 3), DateBasis.TEXT)
    # a caller who trusts the markup more passes its date on
    markup = read_html(page_html).published
    assert markup == dt.date(2031, 4, 9)
    preferred = parse_html(page_html, published=markup)
    assert (preferred.published, preferred.date_basis) == (markup, DateBasis.CALLER)


def test_dates_are_not_bounded_by_the_clock() -> None:
    # htmldate drops dates after "today" unless told otherwise: this page is from the future
    far = dt.date(2150, 6, 1)
    assert parse_html(news_page(BODY, published=far)).published == far


def test_no_date_is_guessed_from_free_text() -> None:
    page_html = news_page(BODY + "\n\n\u00a9 2031 Meridian Wire. All rights reserved.")
    assert read_html(page_html).published is None
    assert parse_html(page_html).published is None


def test_url_is_kept_and_dates_the_page() -> None:
    article = parse_html(news_page(BODY), url="https://news.example/2031/04/09/market-shelled")
    assert article.url == "https://news.example/2031/04/09/market-shelled"
    assert article.published == dt.date(2031, 4, 9)


# ---------------------------------------------------------------- types, extra, hostile pages


@pytest.mark.parametrize("value", [b"<p>bytes</p>", 42, None, ["<p>"]])
def test_wrong_types_raise_our_error(value: object) -> None:
    with pytest.raises(InputTypeError, match="html"):
        parse_html(value)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="html"):
        read_html(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("keyword", ["url", "outlet", "published", "context"])
def test_keywords_are_type_checked(keyword: str) -> None:
    with pytest.raises(InputTypeError, match=keyword):
        parse_html("<p>x</p>", **{keyword: 42})  # type: ignore[arg-type]


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now fails
    with pytest.raises(MissingExtraError) as raised:
        parse_html(news_page(BODY))
    assert raised.value.extra == "html"
    assert 'pip install "conflictfacts[html]"' in str(raised.value)
    assert isinstance(raised.value, ImportError)


PINNED_HTML = (
    "",
    "<",
    "\x00" * 10,
    "\ud800<p>lone surrogate</p>\udfff",
    "<!--" + "never closed " * 1000,
    "<html><body>" + "<div>" * 20_000 + "Ten died." + "</div>" * 20_000,
    '<?xml version="1.0" encoding="latin-1"?><html><body><p>Ten soldiers died.</p></body></html>',
    "<p>" + "a" * 1_000_000 + "</p>",
    "<table>" + "<tr><td>1</td></tr>" * 20_000 + "</table>",
    "&#0;&#x110000;&bogus;" * 500,
    "<script>" + "x" * 100_000,
    "<html><head><meta property=\"article:published_time\" content=\"2031-02-30\"></head></html>",
    "<svg><foreignObject><html>",  # lxml's drop_tree asserted inside htmldate
    "<svg><foreignObject><html><body><p>Twelve soldiers were killed.</p></body></html>",
)


@settings(deadline=dt.timedelta(seconds=30))
@example("<svg><foreignObject><html>")
@given(hostile_html())
def test_any_text_is_a_page_and_spans_hold(page_html: str) -> None:
    article = parse_html(page_html)
    _check_spans(article)
    extract_claims(article)


@pytest.mark.parametrize("page_html", PINNED_HTML, ids=range(len(PINNED_HTML)))
def test_pinned_hostile_pages_are_read_quickly(page_html: str) -> None:
    started = time.perf_counter()
    article = parse_html(page_html)
    assert time.perf_counter() - started < 30
    _check_spans(article)


def test_a_page_beyond_the_cap_is_read_up_to_it() -> None:
    from conflictfacts.webpages import MAX_HTML_CHARS  # noqa: PLC0415

    page_html = "<html><body><p>Twelve soldiers were killed on Monday.</p>" + " " * MAX_HTML_CHARS
    assert "Twelve soldiers" in read_html(page_html).text


@example("<p>Ten soldiers died.</p>")
@given(hostile_html())
def test_read_html_is_deterministic(page_html: str) -> None:
    assert read_html(page_html) == read_html(page_html)


#: Read pages that make trafilatura log, in a fresh interpreter, with logging unconfigured or
#: configured by the host.
_LOGGING_PROBE = textwrap.dedent(
    r"""
    import io, json, logging, sys
    configure = sys.argv[1] == "configured"
    stream = io.StringIO()
    if configure:
        logging.basicConfig(stream=stream, level=logging.DEBUG)
    names = ("", "trafilatura", "htmldate", "justext", "courlan", "charset_normalizer")
    from conflictfacts.webpages import parse_html
    parse_html("<p>first</p>")  # imports trafilatura, which sets up its own loggers

    def state():
        loggers = [logging.getLogger(name) for name in names]
        return [(lg.level, repr(lg.handlers), lg.disabled, lg.propagate) for lg in loggers]

    before = state()
    for page in ("", "x", "<p></p>", "<html>" * 3, "no markup"):
        parse_html(page)
    after = state()
    print(json.dumps({"same_levels": before == after, "logged": stream.getvalue()}))
    """
)


@pytest.mark.parametrize("mode", ["unconfigured", "configured"])
def test_extractor_logging_is_the_hosts_business(mode: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    done = subprocess.run(
        [sys.executable, "-c", _LOGGING_PROBE, mode],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=True,
    )  # fmt: skip
    result = json.loads(done.stdout)
    assert result["same_levels"]
    if mode == "unconfigured":
        assert done.stderr == ""  # nothing through logging.lastResort
    else:
        assert "trafilatura" in result["logged"]  # the host's own handlers still see it


# ---------------------------------------------------------------- documents and the command line


def test_a_document_may_give_html_instead_of_text() -> None:
    line = json.dumps({"id": "p1", "html": news_page(BODY), "url": "https://x.example/a"})
    (document,) = read_documents([line])
    assert isinstance(document, Document)
    assert document.text == ""
    assert document.html is not None
    both = Document.from_mapping({"text": "Nine died.", "html": "<p>Ten died.</p>"})
    assert (both.text, both.html) == ("Nine died.", None)


def _facts(paths: list[Path]) -> list[dict[str, Any]]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["compare", "--format", "json", *map(str, paths)], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert err.getvalue() == ""
    # (compare orders facts by kind, subject, time, then id, which hashes the file names)
    facts = json.loads(out.getvalue())["facts"]
    return sorted((_substance(fact) for fact in facts), key=json.dumps)


def _substance(fact: dict[str, Any]) -> dict[str, Any]:
    """A fact without what only says where it was read from (file names, offsets)."""

    def unsuffixed(text: object) -> object:
        return text.replace(".html", ".txt") if isinstance(text, str) else text

    claims = []
    for record in fact["claims"]:
        kept = {
            key: unsuffixed(value)
            for key, value in record.items()
            if key
            not in {"path", "start", "end", "quantity_start", "quantity_end", "evidence",
                    "frame_start", "frame_end"}
        }
        kept["text"] = " ".join(str(record["text"]).split())  # trafilatura writes U+00A0 as " "
        claims.append(kept)
    positions = [
        {key: (list(map(unsuffixed, v)) if isinstance(v, list) else v) for key, v in p.items()}
        for p in fact["positions"]
    ]
    return {
        **{key: fact[key] for key in ("relation", "kind", "subject", "place", "date_start",
                                      "date_end", "independent_sources", "summary")},
        "explanation": unsuffixed(fact["explanation"]),
        "positions": positions,
        "claims": sorted(claims, key=json.dumps),
    }  # fmt: skip


@pytest.mark.skipif(not EXAMPLES, reason="no example articles")
def test_examples_saved_as_web_pages_give_the_same_facts(tmp_path: Path) -> None:
    pages = []
    for path in EXAMPLES:
        page = tmp_path / f"{path.stem}.html"
        page.write_text(news_page(path.read_text(encoding="utf-8"), title=_title(path)), "utf-8")
        pages.append(page)
    from_text, from_pages = _facts(EXAMPLES), _facts(pages)
    # the six examples hold some 30 facts (29 since a first toll joins the count 'since' the
    # day before): enough that equal lists say the pages were read like the texts
    assert len(from_text) >= 25
    assert from_pages == from_text


def test_jsonl_documents_with_html_are_read_as_pages(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    lines = [
        json.dumps({"id": "a", "html": news_page(BODY, published=dt.date(2031, 4, 9))}),
        json.dumps({"id": "b", "text": BODY, "published": "2031-04-09"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", "--format", "json", str(path)], stdout=out, stderr=err) == 0
    first, second = json.loads(out.getvalue())
    assert first["article"]["published"] == "2031-04-09"
    assert first["article"]["date_basis"] == "page"
    assert [c["value"] for c in first["claims"]] == [c["value"] for c in second["claims"]]


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_the_command_line_reads_web_pages_by_their_suffix(tmp_path: Path, suffix: str) -> None:
    page = tmp_path / f"market{suffix}"
    page.write_text(news_page(BODY, title="Market shelled", site="Meridian Wire",
                              published=dt.date(2031, 4, 9)), encoding="utf-8")  # fmt: skip
    out, err = io.StringIO(), io.StringIO()
    assert main(["extract", "--format", "json", str(page)], stdout=out, stderr=err) == 0
    (result,) = json.loads(out.getvalue())
    assert result["article"]["outlet"] == "Meridian Wire"
    assert result["article"]["published"] == "2031-04-09"
    assert "Most read" not in result["article"]["body"]
    assert sorted(c["value"] for c in result["claims"]) == [9, 31]


def test_input_html_reads_any_file_and_stdin_as_a_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(news_page(BODY, published=dt.date(2031, 4, 9)), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["extract", "--format", "jsonl", "--input", "html", str(page)], stdout=out,
                stderr=err)  # fmt: skip
    assert code == 0, err.getvalue()
    assert sorted(json.loads(line)["value"] for line in out.getvalue().splitlines()) == [9, 31]
    out = io.StringIO()
    code = main(["extract", "--format", "jsonl", "--input", "html", "-"], stdout=out,
                stdin=io.BytesIO(page.read_bytes()), stderr=err)  # fmt: skip
    assert code == 0
    assert len(out.getvalue().splitlines()) == 2


def test_the_command_line_without_the_extra_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.html"
    page.write_text(news_page(BODY), encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    out, err = io.StringIO(), io.StringIO()
    assert main(["compare", str(page)], stdout=out, stderr=err) == 2
    assert 'pip install "conflictfacts[html]"' in err.getvalue()
    assert out.getvalue() == ""
