"""A report to open: a comparison as one self-contained HTML page.

:func:`render_html` writes every fact of a :class:`~conflictfacts.compare.Comparison` on one
page that a browser opens from disk, with no network access at all:

- the facts in reading order: conflicts and updates first, then compatible, agreeing and
  single-source facts, each with its relation, explanation, low / best / high and sources;
- every figure linked to the sentence that states it, in the fact's evidence list (anchors), and
  every evidence sentence to its article (web addresses only when they are ``http`` or
  ``https``);
- each fact's picture (:mod:`conflictfacts.plot`) inline as an SVG ``data:`` image, when
  matplotlib is installed;
- the within-article sum checks and the list of articles read.

Everything that comes from the articles is escaped (``html.escape``), and the page forbids
scripts, frames, fonts and remote requests through its own ``Content-Security-Policy``: markup
planted in an article shows as text and never runs.

>>> from conflictfacts.claims import Claim
>>> from conflictfacts.compare import compare
>>> claim = Claim.from_record({"kind": "killed", "value": 3, "subject": "civilians",
...                            "text": "<script>alert(1)</script> Three civilians died.",
...                            "quantity_text": "Three"})
>>> page = render_html(compare([claim]), plots=False)
>>> "<script>" in page, "&lt;script&gt;alert(1)&lt;/script&gt;" in page
(False, True)
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Iterable

from conflictfacts import _extras
from conflictfacts._cells import span_text
from conflictfacts._version import __version__
from conflictfacts.claims import Claim, Origin
from conflictfacts.compare import Comparison, Fact, Relation, SumCheck
from conflictfacts.discrepancies import Discrepancy
from conflictfacts.errors import InputTypeError
from conflictfacts.quantities import Number

__all__ = ["CONTENT_SECURITY_POLICY", "render_html"]

#: The page's own policy: no script, no frame, no request; only inline styles and data: images.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; "
    "form-action 'none'"
)

_ORDER = (
    Relation.CONFLICT,
    Relation.UPDATE,
    Relation.COMPATIBLE,
    Relation.AGREE,
    Relation.SINGLE,
)

_CSS = """
:root { --conflict: #c0392b; --update: #1f5fa8; --compatible: #b9770e; --agree: #1e8449;
        --single: #5d6d7e; --ink: #1c2833; --muted: #566573; --rule: #d5d8dc; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: #fbfcfc; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
a { color: #1a5276; }
.counts { color: var(--muted); margin: 0 0 1rem; }
nav ol { columns: 2; padding-left: 1.4rem; margin: 0 0 1.5rem; font-size: .92rem; }
.badge { display: inline-block; min-width: 6.5rem; text-align: center; color: #fff;
         border-radius: 3px; padding: 0 .45rem; font-size: .8rem; font-weight: 600;
         text-transform: uppercase; letter-spacing: .03em; margin-right: .5rem; }
.fact { background: #fff; border: 1px solid var(--rule); border-left: 6px solid var(--single);
        border-radius: 4px; padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
.conflict { border-left-color: var(--conflict); } .conflict .badge { background: var(--conflict); }
.update { border-left-color: var(--update); } .update .badge { background: var(--update); }
.compatible { border-left-color: var(--compatible); }
.compatible .badge { background: var(--compatible); }
.agree { border-left-color: var(--agree); } .agree .badge { background: var(--agree); }
.single .badge { background: var(--single); }
.fact-id { color: var(--muted); font: .8rem ui-monospace, monospace; }
.explanation { margin: .2rem 0 .4rem; }
.summary { font-weight: 600; margin: 0 0 .6rem; }
figure { margin: .5rem 0; } figure img { max-width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .4rem 0; }
th, td { text-align: left; border-bottom: 1px solid var(--rule); padding: .25rem .5rem;
         vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
.evidence li { margin: .35rem 0; }
.evidence li:target { background: #fef9e7; outline: 2px solid #f4d03f; }
blockquote { margin: 0; padding-left: .6rem; border-left: 3px solid var(--rule); }
mark { background: #fcf3cf; padding: 0 .1rem; }
.source { color: var(--muted); font-size: .88rem; margin: .1rem 0 0; }
.note { color: var(--muted); font-style: italic; }
footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }
"""

_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_-]")


def _e(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute; lone surrogates become U+FFFD."""
    text = "" if value is None else str(value)
    return html.escape(_SURROGATE.sub("\ufffd", text), quote=True)


def _number(value: Number | None) -> str:
    return "-" if value is None else f"{value:,}"


def _outlet(origin: Origin) -> str:
    if origin.outlet:
        return origin.outlet
    name = (origin.path or "").replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name or origin.document or "unknown outlet"


def _figure(claim: Claim) -> str:
    q = claim.quantity
    text = " ".join(q.text.split()) if q.text else f"{q.value:,}"
    if q.qualifier and q.qualifier.lower() not in text.lower():
        text = f"{q.qualifier} {text}"
    return text


def _link(url: str | None) -> str:
    """A link to a web address, or the address as text when it is not ``http(s)``."""
    if not url:
        return ""
    if re.match(r"(?i)https?://", url) and not any(ch.isspace() for ch in url):
        return f'<a href="{_e(url)}" rel="noreferrer noopener">{_e(url)}</a>'
    return _e(url)


def _article_line(origin: Origin) -> str:
    parts = [f"<strong>{_e(_outlet(origin))}</strong>"]
    parts.append(_e(origin.published.isoformat()) if origin.published else "undated")
    if origin.title:
        parts.append(f"\u201c{_e(origin.title)}\u201d")
    where = _link(origin.url) or _e(origin.path or origin.document or "")
    if where:
        parts.append(where)
    return ", ".join(parts)


def _highlighted(claim: Claim) -> str:
    """The claim's sentence, its figure marked."""
    sentence = " ".join(claim.sentence.split()) if claim.sentence else ""
    figure = " ".join(claim.quantity.text.split())
    starts = [m.start() for m in re.finditer(re.escape(figure), sentence)] if figure else []
    # of several occurrences ("27 people: 15 soldiers and 12 fighters"), the one followed by
    # the counted group
    subject = claim.subject.text.split()[:1]
    size = len(figure)
    near = [at for at in starts if subject and subject[0] in sentence[at + size : at + size + 30]]
    at = (near or starts or [-1])[0]
    if at < 0:
        return _e(sentence) or f"<span class='note'>(no sentence kept)</span> {_e(figure)}"
    end = at + len(figure)
    return f"{_e(sentence[:at])}<mark>{_e(figure)}</mark>{_e(sentence[end:])}"


def _fact_heading(fact: Fact) -> str:
    where = f" in {fact.place}" if fact.place else ""
    return f"{fact.kind.value}: {fact.subject}{where}, {span_text(fact.time)}"


def _anchor(index: int, fact: Fact) -> str:
    return f"fact-{index}-{_UNSAFE_ID.sub('-', fact.id)[:40]}"


def _picture(fact: Fact) -> str:
    from conflictfacts import plot  # noqa: PLC0415 - matplotlib is optional

    svg = plot.figure_bytes(plot.plot_fact(fact), "svg")
    data = base64.b64encode(svg).decode("ascii")
    alt = (
        f"{fact.relation.value}: {_fact_heading(fact)}; each source's figure as its interval; "
        f"low {_number(fact.summary.low)}, best {_number(fact.summary.best)}, "
        f"high {_number(fact.summary.high)}"
    )
    return f'<figure><img src="data:image/svg+xml;base64,{data}" alt="{_e(alt)}"></figure>'


def _fact_section(index: int, fact: Fact, plots: bool) -> str:
    anchor = _anchor(index, fact)
    relation = fact.relation.value
    s = fact.summary
    sources = fact.independent_sources
    out = [
        f'<section class="fact {relation}" id="{anchor}" data-fact="{_e(fact.id)}" '
        f'data-relation="{relation}">',
        f'<h2><span class="badge">{relation}</span>{_e(_fact_heading(fact))} '
        f'<span class="fact-id">{_e(fact.id)}</span></h2>',
        f'<p class="explanation">{_e(fact.explanation)}</p>',
        f'<p class="summary">low {_e(_number(s.low))} / best {_e(_number(s.best))} / high '
        f"{_e(_number(s.high))} \u00b7 {sources} independent source"
        f"{'s' if sources != 1 else ''}</p>",
    ]
    if plots:
        out.append(_picture(fact))
    out.append(
        "<table><thead><tr><th>figure</th><th>outlet</th><th>citing</th><th>period</th>"
        "<th>reported</th></tr></thead><tbody>"
    )
    claims = sorted(
        fact.claims,
        key=lambda c: (
            c.reported_on or c.origin.published or dt.date.max,
            float(c.quantity.value),
            _outlet(c.origin),
        ),
    )
    for number, claim in enumerate(claims, start=1):
        reported = claim.reported_on or claim.origin.published
        citing = _e(claim.attribution.source) if claim.attribution else "\u2014"
        out.append(
            f'<tr><td><a href="#{anchor}-ev{number}">{_e(_figure(claim))}</a></td>'
            f"<td>{_e(_outlet(claim.origin))}</td><td>{citing}</td>"
            f"<td>{_e(span_text(claim.time))}</td>"
            f"<td>{_e(reported.isoformat()) if reported else 'undated'}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append('<h3>Evidence</h3><ol class="evidence">')
    for number, claim in enumerate(claims, start=1):
        out.append(
            f'<li id="{anchor}-ev{number}"><blockquote>{_highlighted(claim)}</blockquote>'
            f'<p class="source">{_article_line(claim.origin)}</p></li>'
        )
    out.append("</ol></section>")
    return "\n".join(out)


def _sum_checks(checks: Iterable[SumCheck]) -> str:
    rows = [
        f"<tr><td>{_e(check.status.value)}</td><td>{_article_line(check.total.origin)}</td>"
        f"<td>{_e(check.explanation)}</td></tr>"
        for check in checks
    ]
    if not rows:
        return ""
    return (
        '<section id="sum-checks"><h2>Sum checks within articles</h2><table><thead><tr>'
        "<th>status</th><th>article</th><th>check</th></tr></thead><tbody>"
        + "\n".join(rows)
        + "</tbody></table></section>"
    )


def _discrepancies(found: Iterable[Discrepancy]) -> str:
    """What the sources disagree about beyond the figures: one row per discrepancy."""
    rows = []
    for d in found:
        values = "; ".join(
            f"{_e(v.value)} ({_e(v.outlet or v.path or v.document or '?')}"
            f"{', citing ' + _e(v.source) if v.source else ''})"
            for v in d.values
        )
        kind = d.kind.value + (", spelling only" if d.spelling else "")
        rows.append(f"<tr><td>{_e(kind)}</td><td>{_e(d.about)}</td><td>{values}</td></tr>")
    if not rows:
        return ""
    return (
        '<section id="discrepancies"><h2>What the sources disagree about beyond the figures'
        "</h2><table><thead><tr><th>discrepancy</th><th>about</th><th>as each article writes "
        "it</th></tr></thead><tbody>" + "\n".join(rows) + "</tbody></table></section>"
    )


def _articles(facts: Iterable[Fact]) -> str:
    seen: dict[tuple[str, ...], Origin] = {}
    for fact in facts:
        for claim in fact.claims:
            o = claim.origin
            key = (o.path or "", o.document or "", o.url or "", o.outlet or "", o.title or "")
            seen.setdefault(key, o)
    if not seen:
        return ""
    ordered = sorted(
        seen.values(),
        key=lambda o: (o.published.isoformat() if o.published else "9999", _outlet(o),
                       o.title or "", o.path or ""),
    )  # fmt: skip
    items = "\n".join(f"<li>{_article_line(o)}</li>" for o in ordered)
    return f'<section id="articles"><h2>Articles read</h2><ol>{items}</ol></section>'


def render_html(
    comparison: Comparison, *, plots: bool | None = None, title: str = "Facts across sources"
) -> str:
    """Render a comparison as one self-contained HTML page.

    Args:
        comparison: what :func:`~conflictfacts.compare.compare` returned.
        plots: draw each fact's picture inline: ``True`` requires matplotlib (the ``[plot]``
            extra), ``False`` leaves pictures out, ``None`` (the default) draws them when
            matplotlib is installed and says on the page when it is not.
        title: the page's title.

    Returns:
        The page, as text (write it as UTF-8).

    Raises:
        InputTypeError: ``comparison`` is not a :class:`~conflictfacts.compare.Comparison`.
        MissingExtraError: ``plots=True`` and matplotlib is not installed.

    >>> page = render_html(Comparison(facts=()), plots=False)
    >>> page.startswith("<!DOCTYPE html>"), "0 facts" in page
    (True, True)
    """
    if not isinstance(comparison, Comparison):
        raise InputTypeError(
            f"render_html() expects a Comparison, got {type(comparison).__name__}"
        )
    title = str(title)
    note = ""
    if plots is None:
        plots = _extras.available("matplotlib")
        if not plots and comparison.facts:
            note = (
                '<p class="note">Pictures of the facts need matplotlib: '
                "pip install &quot;conflictfacts[plot]&quot;</p>"
            )
    elif plots:
        _extras.load("matplotlib", "plot", "the report's pictures are drawn with matplotlib")
    facts = sorted(comparison.facts, key=lambda f: _ORDER.index(f.relation))
    counts = Counter(f.relation for f in facts)
    summary = ", ".join(f"{counts[r]} {r.value}" for r in _ORDER if counts[r])
    contents = "\n".join(
        f'<li><a href="#{_anchor(i, f)}">{_e(f.relation.value)}: {_e(_fact_heading(f))}</a></li>'
        for i, f in enumerate(facts)
    )
    sections = "\n".join(_fact_section(i, f, plots) for i, f in enumerate(facts))
    n = len(facts)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="conflictfacts {_e(__version__)}">
<title>{_e(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<header>
<h1>{_e(title)}</h1>
<p class="counts">{n} fact{"s" if n != 1 else ""}{": " + summary if summary else ""}</p>
{note}
<nav aria-label="Facts"><ol>{contents}</ol></nav>
</header>
<main>
{sections}
{_sum_checks(comparison.sum_checks)}
{_discrepancies(comparison.discrepancies)}
{_articles(facts)}
</main>
<footer><p>Written by conflictfacts {_e(__version__)}. Figures are as the articles state them;
conflicts and updates come first. Every figure links to the sentence that states it.</p></footer>
</body>
</html>
"""
