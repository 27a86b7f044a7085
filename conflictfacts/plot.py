"""A picture of disagreement: one panel per fact, each source's figure as its interval.

:func:`plot_comparison` draws a :class:`~conflictfacts.compare.Comparison` with matplotlib, one
panel per fact, in reading order (conflicts, updates, compatible, agreeing, single-source):

- each source's figure is a bar over the interval it states ("15-20" from 15 to 20), a diamond
  for an exact figure (hollow when approximate: "some 40"), and an arrow where the interval is
  open ("more than 40" points right, "as many as 40" points left to zero);
- the fact's low / best / high summary is a shaded band with the best figure as a dashed line;
- the panel's title names the relation, in its colour, and its reason;
- an update (a cumulative count that grew) is drawn against report time: each report at the day
  it was given (:attr:`~conflictfacts.claims.Claim.reported_on`, else the article's date), the
  counts joined in order.

Needs the optional extra ``[plot]`` (``pip install "conflictfacts[plot]"``); without it the
functions raise :class:`~conflictfacts.errors.MissingExtraError`. matplotlib is used through
:class:`~matplotlib.figure.Figure` objects and the Agg canvas only: pyplot's global state, the
backend and the caller's ``rcParams`` are left alone.

>>> from conflictfacts.claims import Claim
>>> from conflictfacts.compare import compare
>>> claims = [Claim.from_record({"kind": "killed", "value": v, "high": h, "subject": "soldiers",
...           "outlet": o, "path": o, "date_start": "2031-04-08"})
...           for v, h, o in ((12, 12, "Wire"), (40, None, "Post"))]
>>> figure = plot_comparison(compare(claims))
>>> len(figure.axes)
1
>>> render_plot(compare(claims), "svg")[:5]
b'<?xml'
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictfacts._extras import load
from conflictfacts.claims import Claim
from conflictfacts.compare import _READING_ORDER, Comparison, Fact, Relation
from conflictfacts.errors import InputTypeError, InputValueError
from conflictfacts.quantities import Number

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "FORMATS",
    "RELATION_COLORS",
    "figure_bytes",
    "plot_comparison",
    "plot_fact",
    "render_plot",
    "reported_on",
    "save_plot",
]

#: Image formats written, by file extension.
FORMATS = ("png", "svg")

#: The colour of each relation, in titles, bars and bands (colour-blind safe hues).
RELATION_COLORS = {
    Relation.CONFLICT: "#c0392b",
    Relation.UPDATE: "#1f5fa8",
    Relation.COMPATIBLE: "#b9770e",
    Relation.AGREE: "#1e8449",
    Relation.SINGLE: "#5d6d7e",
}

_PURPOSE = "plots are drawn with matplotlib"
_WIDTH = 9.0  # inches
_DPI = 110
_LABEL_CHARS = 48


class _Matplotlib:
    """The matplotlib modules used, imported when a picture is drawn."""

    def __init__(self) -> None:
        self.figure: Any = load("matplotlib.figure", "plot", _PURPOSE)
        self.dates: Any = load("matplotlib.dates", "plot", _PURPOSE)
        self.ticker: Any = load("matplotlib.ticker", "plot", _PURPOSE)
        self.agg: Any = load("matplotlib.backends.backend_agg", "plot", _PURPOSE)


def _label(text: object, width: int = _LABEL_CHARS) -> str:
    """Text as one plain line for a label: no control characters, no mathtext, bounded."""
    raw = "" if text is None else str(text)
    flat = " ".join(
        "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in raw).split()
    )
    if len(flat) > width:
        flat = flat[: width - 1] + "\u2026"
    return flat.replace("\\", "\\\\").replace("$", r"\$")


def _number(value: Number | None) -> str:
    return "-" if value is None else f"{value:,}"


def reported_on(claim: Claim) -> dt.date | None:
    """When a claim's figure was given: its statement's day, else its article's date.

    >>> from conflictfacts.claims import Claim
    >>> reported_on(Claim.from_record({"kind": "killed", "value": 3, "published": "2031-04-09"}))
    datetime.date(2031, 4, 9)
    """
    return claim.reported_on if claim.reported_on is not None else claim.origin.published


def _who(claim: Claim) -> str:
    origin = claim.origin
    outlet = origin.outlet
    if not outlet:
        path = (origin.path or "").replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
        outlet = path or origin.document or "unknown outlet"
    if claim.attribution is not None:
        return f"{outlet}, citing {claim.attribution.source}"
    return outlet


def _figure_text(claim: Claim) -> str:
    q = claim.quantity
    text = " ".join(q.text.split()) if q.text else f"{q.value:,}"
    if q.qualifier and q.qualifier.lower() not in text.lower():
        text = f"{q.qualifier} {text}"
    return text


def _reason(fact: Fact) -> str:
    return fact.explanation.rsplit(": ", 1)[-1] if ": " in fact.explanation else ""


def _title(fact: Fact) -> str:
    where = f" in {fact.place}" if fact.place else ""
    if fact.time is None:
        when = "no date"
    elif fact.time.is_day:
        when = fact.time.start.isoformat()
    else:
        when = f"{fact.time.start.isoformat()} to {fact.time.end.isoformat()}"
    return _label(f"{fact.kind.value}: {fact.subject}{where}, {when}", 90)


def _subtitle(fact: Fact) -> str:
    """The relation and its reason, wrapped to the panel's width."""
    text = _label(f"{fact.relation.value.upper()}: {_reason(fact)}", 240)
    return "\n".join(textwrap.wrap(text, 68)[:3])


def _summary_text(fact: Fact) -> str:
    s = fact.summary
    return f"low {_number(s.low)} / best {_number(s.best)} / high {_number(s.high)}"


def _rows(fact: Fact) -> list[Claim]:
    """One row per member claim, ordered by figure, then outlet."""
    return sorted(
        fact.claims,
        key=lambda c: (float(c.quantity.value), _who(c), _figure_text(c), c.origin.path or ""),
    )


def _bounds(claim: Claim) -> tuple[float | None, float | None, float]:
    q = claim.quantity
    low = float(q.low) if q.low is not None else None
    high = float(q.high) if q.high is not None else None
    return low, high, float(q.value)


def _span(claims: Sequence[Claim], fact: Fact) -> float:
    """The largest figure any bound or the summary names, for the axis."""
    values: list[float] = []
    for claim in claims:
        low, high, value = _bounds(claim)
        values += [v for v in (low, high, value) if v is not None]
    values += [float(v) for v in (fact.summary.low, fact.summary.best, fact.summary.high) if v]
    return max([1.0, *values])


def _draw_interval(
    ax: Axes, along: float, low: float | None, high: float | None, value: float,
    limits: tuple[float, float], color: str, approximate: bool, *, vertical: bool = False,
) -> None:  # fmt: skip
    """One source's interval at ``along`` (a row, or a day): bar, diamond, or arrows."""

    def point(at: float) -> tuple[float, float]:
        return (along, at) if vertical else (at, along)

    start = low if low is not None else limits[0]
    end = high if high is not None else limits[1]
    if low is not None and high is not None and low == high:
        x, y = point(value)
        ax.plot([x], [y], marker="D", markersize=7, color=color,
                markerfacecolor="white" if approximate else color, zorder=3)  # fmt: skip
        return
    xs, ys = zip(point(start), point(end), strict=True)
    ax.plot(xs, ys, color=color, linewidth=3, solid_capstyle="butt", zorder=2, alpha=0.85)
    cap = "_" if vertical else "|"
    for bound in (low, high):
        if bound is not None:
            x, y = point(bound)
            ax.plot([x], [y], marker=cap, markersize=12, markeredgewidth=2, color=color, zorder=3)
    arrow = {"arrowstyle": "-|>", "color": color, "linewidth": 2, "mutation_scale": 16,
             "shrinkA": 0, "shrinkB": 0}  # fmt: skip
    reach = (limits[1] - limits[0]) * 0.06
    if low is None:
        ax.annotate("", xy=point(limits[0]), xytext=point(limits[0] + reach), arrowprops=arrow)
    if high is None:
        ax.annotate("", xy=point(limits[1]), xytext=point(limits[1] - reach), arrowprops=arrow)


def _summary_marks(ax: Axes, fact: Fact, color: str, *, vertical: bool = False) -> None:
    s = fact.summary
    span = ax.axhspan if vertical else ax.axvspan
    line = ax.axhline if vertical else ax.axvline
    if s.low is not None and s.high is not None and s.high > s.low:
        span(float(s.low), float(s.high), color=color, alpha=0.10, zorder=0, linewidth=0)
    if s.best is not None:
        line(float(s.best), color=color, linestyle="--", linewidth=1.2, zorder=1)


def _style(ax: Axes, fact: Fact) -> None:
    color = RELATION_COLORS[fact.relation]
    ax.set_title(
        f"{_title(fact)}\n{_subtitle(fact)}", loc="left", fontsize=9.5, color=color,
        fontweight="bold", wrap=False,
    )  # fmt: skip
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color(color)
    ax.spines["left"].set_linewidth(2.5)
    ax.tick_params(labelsize=8.5)
    ax.grid(axis="x", color="#d5d8dc", linewidth=0.6, zorder=0)


def _draw_sources(ax: Axes, fact: Fact, mpl: _Matplotlib) -> None:
    """A fact as rows of sources, figures along x."""
    color = RELATION_COLORS[fact.relation]
    rows = _rows(fact)
    top = _span(rows, fact)
    limits = (0.0, top * 1.3)
    for index, claim in enumerate(rows):
        low, high, value = _bounds(claim)
        _draw_interval(ax, index, low, high, value, limits, color, claim.quantity.approximate)
        text = _label(_figure_text(claim), 30)
        box = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none",
               "alpha": 0.85}  # fmt: skip
        style: dict[str, Any] = {"textcoords": "offset points", "fontsize": 8, "color": "#1c2833",
                                 "bbox": box}  # fmt: skip
        if low is not None and low == high:  # a point: its figure beside it
            ax.annotate(text, xy=(value, index), xytext=(9, 0), ha="left", va="center", **style)
        else:  # an interval: its figure above its middle (or above the stated bound)
            anchor = value if high is None or low is None else (low + high) / 2
            ax.annotate(text, xy=(anchor, index), xytext=(0, 7), ha="center", va="bottom", **style)
    _summary_marks(ax, fact, color)
    ax.set_xlim(*limits)
    ax.set_ylim(-0.7, len(rows) - 0.2)
    ax.set_yticks(range(len(rows)), [_label(_who(c)) for c in rows])
    ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
    ax.xaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.set_xlabel(
        f"{fact.kind.value}: {_label(fact.subject, 40)}    |    {_summary_text(fact)}"
        " (shaded band, best dashed)",
        fontsize=8.5,
    )


def _draw_updates(ax: Axes, fact: Fact, mpl: _Matplotlib) -> None:
    """An update: each report at the day it was given, counts up the y axis."""
    dates = mpl.dates
    color = RELATION_COLORS[fact.relation]
    dated = sorted(
        ((day, claim) for claim in fact.claims if (day := reported_on(claim)) is not None),
        key=lambda pair: (pair[0], float(pair[1].quantity.value), _who(pair[1])),
    )
    undated = len(fact.claims) - len(dated)
    top = _span([claim for _, claim in dated] or list(fact.claims), fact)
    limits = (0.0, top * 1.3)
    for order, (day, claim) in enumerate(dated):
        low, high, value = _bounds(claim)
        x = float(dates.date2num(day))
        _draw_interval(ax, x, low, high, value, limits, color, claim.quantity.approximate,
                       vertical=True)  # fmt: skip
        ax.annotate(
            f"{_label(_figure_text(claim), 24)}\n{_label(_who(claim), 34)}",
            xy=(x, value), xytext=(8, -14 if order % 2 else 4), textcoords="offset points",
            ha="left", va="bottom", fontsize=7.5, color="#1c2833",
        )  # fmt: skip
    if len(dated) > 1:
        ax.plot(
            [float(dates.date2num(day)) for day, _ in dated],
            [float(claim.quantity.value) for _, claim in dated],
            color=color, linewidth=1, linestyle=":", zorder=1,
        )  # fmt: skip
    _summary_marks(ax, fact, color, vertical=True)
    if dated:
        first, last = dated[0][0], dated[-1][0]
        pad = max(1, (last - first).days // 6)
        ax.set_xlim(
            float(dates.date2num(first - dt.timedelta(days=pad))),
            float(dates.date2num(last + dt.timedelta(days=pad + 2))),
        )
    ax.xaxis.set_major_locator(dates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(dates.DateFormatter("%d %b %Y"))
    ax.set_ylim(*limits)
    ax.yaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.set_ylabel(_label(fact.subject, 30), fontsize=8.5)
    ax.set_xlabel(
        f"reported on    |    latest count: {_summary_text(fact)} (shaded band, best dashed)"
        + (f"\n{undated} report{'s' if undated != 1 else ''} without a date not drawn"
           if undated else ""),
        fontsize=8.5,
    )  # fmt: skip
    ax.grid(axis="y", color="#d5d8dc", linewidth=0.6, zorder=0)


def _height(fact: Fact) -> float:
    lines = _subtitle(fact).count("\n")
    if fact.relation is Relation.UPDATE:
        return 3.4 + 0.15 * lines
    return 1.4 + 0.15 * lines + 0.42 * len(fact.claims)


def _check_facts(facts: object, function: str) -> tuple[Fact, ...]:
    if isinstance(facts, Comparison):
        items: tuple[object, ...] = tuple(facts.facts)
    elif isinstance(facts, Fact):
        items = (facts,)
    elif isinstance(facts, list | tuple):
        items = tuple(facts)
    else:
        raise InputTypeError(
            f"{function}() expects a Comparison or facts, got {type(facts).__name__}"
        )
    found: list[Fact] = []
    for item in items:
        if not isinstance(item, Fact):
            raise InputTypeError(f"{function}() expects facts, got {type(item).__name__}")
        found.append(item)
    return tuple(sorted(found, key=lambda f: _READING_ORDER.index(f.relation)))


def plot_comparison(comparison: Comparison | Sequence[Fact] | Fact) -> Figure:
    """Draw facts, one panel each, in reading order (conflicts and updates first).

    Args:
        comparison: what :func:`~conflictfacts.compare.compare` returned, or some of its facts.

    Returns:
        A matplotlib :class:`~matplotlib.figure.Figure` (on the Agg canvas, not registered with
        pyplot); a comparison without facts gives a small figure that says so.

    Raises:
        InputTypeError: ``comparison`` is neither a comparison nor facts.
        MissingExtraError: matplotlib (the ``[plot]`` extra) is not installed.

    >>> from conflictfacts.compare import Comparison
    >>> plot_comparison(Comparison(facts=())).texts[0].get_text()
    'no facts to draw'
    """
    facts = _check_facts(comparison, "plot_comparison")
    mpl = _Matplotlib()
    if not facts:
        figure = mpl.figure.Figure(figsize=(_WIDTH, 1.0))
        mpl.agg.FigureCanvasAgg(figure)
        figure.text(0.5, 0.5, "no facts to draw", ha="center", va="center")
        return figure  # type: ignore[no-any-return]
    heights = [_height(fact) for fact in facts]
    figure = mpl.figure.Figure(figsize=(_WIDTH, sum(heights)), layout="constrained")
    mpl.agg.FigureCanvasAgg(figure)
    grid = figure.add_gridspec(len(facts), 1, height_ratios=heights)
    for index, fact in enumerate(facts):
        ax = figure.add_subplot(grid[index])
        _style(ax, fact)
        if fact.relation is Relation.UPDATE:
            _draw_updates(ax, fact, mpl)
        else:
            _draw_sources(ax, fact, mpl)
    return figure  # type: ignore[no-any-return]


def plot_fact(fact: Fact) -> Figure:
    """Draw one fact in one panel (see :func:`plot_comparison`).

    Raises:
        InputTypeError: ``fact`` is not a :class:`~conflictfacts.compare.Fact`.
        MissingExtraError: matplotlib (the ``[plot]`` extra) is not installed.

    >>> from conflictfacts.claims import Claim
    >>> from conflictfacts.compare import compare
    >>> fact = compare([Claim.from_record({"kind": "wounded", "value": 6})]).facts[0]
    >>> plot_fact(fact).axes[0].get_title(loc="left").splitlines()[0]
    'wounded: , no date'
    """
    if not isinstance(fact, Fact):
        raise InputTypeError(f"plot_fact() expects a Fact, got {type(fact).__name__}")
    return plot_comparison(fact)


def figure_bytes(figure: Figure, fmt: str) -> bytes:
    r"""Encode a figure as PNG or SVG, the same bytes for the same figure on every run.

    The SVG has no date and fixed element ids, and keeps its text as (escaped) SVG text, which
    makes it small and searchable.

    Args:
        figure: a figure (from :func:`plot_comparison` or elsewhere).
        fmt: ``"png"`` or ``"svg"``.

    Returns:
        The encoded image.

    Raises:
        InputValueError: ``fmt`` is not one of :data:`FORMATS`.
        MissingExtraError: matplotlib is not installed.

    >>> from conflictfacts.compare import Comparison
    >>> figure_bytes(plot_comparison(Comparison(facts=())), "png")[:4]
    b'\x89PNG'
    """
    if fmt not in FORMATS:
        raise InputValueError(f"image format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    matplotlib = load("matplotlib", "plot", _PURPOSE)
    buffer = io.BytesIO()
    if fmt == "svg":
        # the ids of an SVG are random unless salted; rc_context restores the caller's rcParams
        with matplotlib.rc_context({"svg.hashsalt": "conflictfacts", "svg.fonttype": "none"}):
            figure.savefig(buffer, format="svg", metadata={"Date": None})
    else:
        figure.savefig(buffer, format="png", dpi=_DPI, metadata={"Software": None})
    return buffer.getvalue()


def render_plot(comparison: Comparison | Sequence[Fact] | Fact, fmt: str = "png") -> bytes:
    """Draw facts (see :func:`plot_comparison`) and encode the picture as PNG or SVG.

    Raises:
        InputTypeError: ``comparison`` is neither a comparison nor facts.
        InputValueError: ``fmt`` is not one of :data:`FORMATS`.
        MissingExtraError: matplotlib is not installed.

    >>> from conflictfacts.compare import Comparison
    >>> render_plot(Comparison(facts=()), "svg").count(b"<svg")
    1
    """
    if fmt not in FORMATS:
        raise InputValueError(f"image format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    return figure_bytes(plot_comparison(comparison), fmt)


def save_plot(comparison: Comparison | Sequence[Fact] | Fact, path: str | Path) -> Path:
    """Draw facts and write the picture to ``path``, as PNG or SVG by its extension.

    Args:
        comparison: what :func:`~conflictfacts.compare.compare` returned, or some facts.
        path: where to write; must end in ``.png`` or ``.svg`` (any case).

    Returns:
        The path written.

    Raises:
        InputValueError: the extension is neither ``.png`` nor ``.svg``.
        MissingExtraError: matplotlib is not installed.
        OSError: the file cannot be written.

    >>> import tempfile
    >>> from conflictfacts.compare import Comparison
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     save_plot(Comparison(facts=()), Path(folder) / "facts.svg").suffix
    '.svg'
    """
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputValueError(
            f"the picture's file name must end in .png or .svg, got {str(path)!r}"
        )
    data = render_plot(comparison, fmt)
    target.write_bytes(data)
    return target
