"""The report page: facts first that need attention, figures linked to evidence, nothing runs.

Laws on any input text: the page's markup is only the report's own (a fixed set of tags, no
event-handler attributes, no script, no remote resource), and every link to evidence lands on
an element of the page. A real headless browser (Debian's ``chromium``) opens the page: the
facts are in its DOM and a script planted in an article did not run, while the same script on
a plain page does run (so the browser test can fail).
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictfacts import InputTypeError, MissingExtraError, compare
from conflictfacts.claims import Claim
from conflictfacts.cli import main
from conflictfacts.compare import Comparison, Relation
from conflictfacts.report import render_html
from tests.strategies import claim_records

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))

#: The tags the report writes; anything else in a page came from its input.
OWN_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p", "nav",
    "ol", "li", "a", "main", "section", "span", "figure", "img", "table", "thead", "tbody", "tr",
    "th", "td", "blockquote", "mark", "strong", "footer",
}  # fmt: skip

#: Markup planted in the articles: a script, an event handler, a javascript: link, a form.
#: The marker element's id is put together at run time, so it never appears in the source.
SCRIPT = "<script>var d=document.createElement('div');d.id=['PW','NED'].join('-');" \
         "document.body.appendChild(d)</script>"  # fmt: skip
HANDLER = "<img src=x onerror=\"document.body.setAttribute('data-'+'hit','1')\">"
PAYLOADS = (SCRIPT, HANDLER, "<a href=\"javascript:alert(1)\">x</a>", "</td></table><b>", "&amp;")


class _Page(HTMLParser):
    """The tags, attributes, ids and links of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            self.attributes.append((name, value or ""))
            if name == "id" and value:
                self.ids.add(value)
            if name == "href" and value:
                self.links.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _claim(value: int, outlet: str, **extra: Any) -> Claim:
    record = {
        "kind": "killed", "value": value, "subject": "soldiers", "outlet": outlet,
        "path": f"{outlet}.txt", "date_start": "2031-04-08", "place": "Vessa",
        "quantity_text": str(value), "text": f"The army said {value} soldiers were killed.",
        **extra,
    }  # fmt: skip
    return Claim.from_record(record)


def _check_own_markup(page: str) -> _Page:
    parsed = _parsed(page)
    assert set(parsed.tags) <= OWN_TAGS, set(parsed.tags) - OWN_TAGS
    assert not [name for name, _ in parsed.attributes if name.startswith("on")]
    for name, value in parsed.attributes:
        if name == "src":
            assert value.startswith("data:image/svg+xml;base64,")
        if name == "href":
            assert value.startswith(("#", "http://", "https://")), value
    for link in parsed.links:
        if link.startswith("#"):
            assert link[1:] in parsed.ids, link
    return parsed


# ---------------------------------------------------------------- the page's content


def test_facts_that_need_attention_come_first() -> None:
    claims = [
        _claim(3, "A", kind="wounded"),
        _claim(12, "A", subject="civilians"),
        _claim(12, "B", subject="civilians"),
        _claim(19, "C", source="monitor", subject="insurgents"),
        _claim(45, "D", source="army", subject="insurgents"),
    ]
    result = compare(claims)
    page = render_html(result, plots=False)
    parsed = _parsed(page)
    relations = [v for name, v in parsed.attributes if name == "data-relation"]
    assert relations == ["conflict", "agree", "single"]
    assert "3 facts: 1 conflict, 1 agree, 1 single" in page


def test_every_figure_links_to_its_evidence_sentence() -> None:
    claims = [
        _claim(27, "Meridian Wire", source="monitor", title="Dozens killed",
               text="The monitor said 27 people had been killed: 15 soldiers and 27 fighters.",
               subject="fighters", url="https://meridian.example/a"),
        _claim(40, "Daily Courier", source="army", text="The army said 40 fighters died."),
    ]  # fmt: skip
    page = render_html(compare(claims), plots=False)
    parsed = _check_own_markup(page)
    evidence = [link for link in parsed.links if "-ev" in link]
    assert len(evidence) == 2
    for link in evidence:
        start = page.index(f'id="{link[1:]}"')
        item = page[start : page.index("</li>", start)]
        assert "<mark>" in item
        assert "<blockquote>" in item
    # of two "27"s, the one before the counted group is marked
    assert "and <mark>27</mark> fighters" in page
    assert '<a href="https://meridian.example/a" rel="noreferrer noopener">' in page


def test_the_page_is_self_contained() -> None:
    page = render_html(compare([_claim(3, "A"), _claim(5, "B")]), plots=False)
    parsed = _check_own_markup(page)
    assert "<link" not in page
    assert "@import" not in page
    assert "url(" not in page
    csp = [v for name, v in parsed.attributes if name == "content" and "default-src" in v]
    assert csp == ["default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                   "base-uri 'none'; form-action 'none'"]  # fmt: skip


def test_pictures_are_inline_svg_images() -> None:
    pytest.importorskip("matplotlib")
    result = compare([_claim(3, "A"), _claim(5, "B"), _claim(2, "A", kind="wounded")])
    page = render_html(result)
    parsed = _check_own_markup(page)
    sources = [v for name, v in parsed.attributes if name == "src"]
    assert len(sources) == len(result.facts) == 2
    for source in sources:
        svg = base64.b64decode(source.split(",", 1)[1])
        assert svg.startswith(b"<?xml")
        assert b"<svg" in svg
    assert "pip install" not in page
    assert "<img" not in render_html(result, plots=False)


def test_without_matplotlib_the_page_says_so_or_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    result = compare([_claim(3, "A")])
    page = render_html(result)
    assert "<img" not in page
    assert "conflictfacts[plot]" in page
    with pytest.raises(MissingExtraError, match=r"conflictfacts\[plot\]"):
        render_html(result, plots=True)


def test_planted_markup_is_text() -> None:
    fields = {"title": HANDLER, "source": PAYLOADS[2], "place": PAYLOADS[3],
              "subject": SCRIPT, "url": "javascript:alert(1)", "path": HANDLER}  # fmt: skip
    claim = _claim(12, SCRIPT, **fields, text=f"Twelve soldiers {SCRIPT} were killed {HANDLER}.")
    page = render_html(compare([claim]), plots=False)
    parsed = _check_own_markup(page)
    assert "<script" not in page
    assert "javascript:" not in [v for _, v in parsed.attributes]
    assert SCRIPT in "".join(parsed.text)  # shown, as text


@settings(max_examples=60)
@given(
    st.lists(claim_records(), min_size=1, max_size=5),
    st.lists(st.sampled_from(PAYLOADS) | st.text(max_size=30), min_size=1, max_size=4),
)
def test_any_input_gives_only_the_reports_own_markup(
    records: list[dict[str, object]], junk: list[str]
) -> None:
    claims = []
    for number, record in enumerate(records):
        text = "".join(junk)
        planted = {**record, "outlet": text, "title": text, "text": f"{text} {record.get('text')}",
                   "source": text or None, "url": text, "path": f"{text}{number}"}  # fmt: skip
        claims.append(Claim.from_record(planted))
    _check_own_markup(render_html(compare(claims), plots=False))


def test_wrong_types_raise_our_error() -> None:
    with pytest.raises(InputTypeError, match="Comparison"):
        render_html([])  # type: ignore[arg-type]


def test_no_facts_is_a_page_too() -> None:
    page = render_html(Comparison(facts=()))
    _check_own_markup(page)
    assert "0 facts" in page


# ---------------------------------------------------------------- in a real browser


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have chromium: .ci/run installs Debian's package")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def _dom(browser: str, page: Path, tmp_path: Path) -> str:
    done = subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-extensions", f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=3000", "--dump-dom", page.as_uri(),
        ],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert "<body" in done.stdout, done.stderr[-2000:]
    return done.stdout


def _planted_documents(tmp_path: Path) -> Path:
    path = tmp_path / "planted.jsonl"
    body = (
        "Shelling hits Vessa market\n\n"
        f"At least 12 civilians were killed in Vessa on Monday {SCRIPT}, the health ministry "
        "said.\n"
    )
    other = "Vessa market shelled\n\nNine civilians were killed in Vessa on Monday, medics said.\n"
    lines = [
        {"id": "p1", "text": body, "published": "2031-04-09", "outlet": f"Wire {SCRIPT}",
         "title": f"Market {HANDLER}", "url": "javascript:alert(document.domain)"},
        {"id": "p2", "text": other, "published": "2031-04-09", "outlet": "Courier"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_the_report_in_a_headless_browser(tmp_path: Path) -> None:
    browser = _chromium()
    sources = [*map(str, EXAMPLES), str(_planted_documents(tmp_path))]
    out, err = io.StringIO(), io.StringIO()
    assert main(["compare", "--format", "json", *sources], stdout=out, stderr=err) == 0
    facts = json.loads(out.getvalue())["facts"]
    assert any(f["relation"] == "conflict" for f in facts)
    out = io.StringIO()
    assert main(["compare", "--format", "html", *sources], stdout=out, stderr=err) == 0
    page = tmp_path / "report.html"
    page.write_text(out.getvalue(), encoding="utf-8")

    dom = _dom(browser, page, tmp_path)

    # the facts are there: every fact's section, its relation and explanation
    for fact in facts:
        assert f'data-fact="{fact["id"]}"' in dom
        assert html.escape(fact["explanation"], quote=False) in dom
    order = [fact["relation"] for fact in facts]
    shown = [part.split('"', 1)[0] for part in dom.split('data-relation="')[1:]]
    assert sorted(shown) == sorted(order)
    assert shown.index(Relation.CONFLICT.value) < shown.index(Relation.SINGLE.value)
    # the planted markup is shown as text and did not run
    assert "PW-NED" not in dom
    assert "data-hit" not in dom
    assert "&lt;script&gt;var d=document.createElement" in dom
    assert 'href="javascript:' not in dom


def test_the_browser_does_run_a_planted_script_on_a_plain_page(tmp_path: Path) -> None:
    # the control: without the report's escaping, the same payload runs in this browser
    browser = _chromium()
    page = tmp_path / "plain.html"
    page.write_text(f"<!DOCTYPE html><html><body><p>Twelve died {SCRIPT} {HANDLER}</p></body>"
                    "</html>", encoding="utf-8")  # fmt: skip
    dom = _dom(browser, page, tmp_path)
    assert 'id="PW-NED"' in dom
    assert 'data-hit="1"' in dom
