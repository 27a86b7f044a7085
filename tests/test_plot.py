"""The picture of disagreement: what each panel draws, and nothing changed in the host.

The tests read the drawn artists back from the figure: one panel per fact, each claim's interval
as a line with arrows at its open ends, updates placed at their report days, the relation in
the title and colour, the low / best / high band and line.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictfacts import InputTypeError, InputValueError, MissingExtraError, compare
from conflictfacts.claims import Claim
from conflictfacts.cli import main
from conflictfacts.compare import Comparison, Fact, Relation
from conflictfacts.plot import (
    RELATION_COLORS,
    figure_bytes,
    plot_comparison,
    plot_fact,
    render_plot,
    reported_on,
    save_plot,
)
from tests.strategies import claim_records, comparable_claims

pytest.importorskip("matplotlib")
#: matplotlib's own modules, read without their (partial) type hints
mdates: Any = pytest.importorskip("matplotlib.dates")
mcolors: Any = pytest.importorskip("matplotlib.colors")
mtext: Any = pytest.importorskip("matplotlib.text")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def _claim(value: int, outlet: str, **extra: Any) -> Claim:
    record = {
        "kind": "killed", "value": value, "subject": "soldiers", "outlet": outlet,
        "path": f"{outlet}.txt", "date_start": "2031-04-08", "place": "Vessa", **extra,
    }  # fmt: skip
    return Claim.from_record(record)


def _first(values: Any) -> float:
    return float(values[0])


def _arrows(ax: Any) -> list[tuple[float, float, float, float]]:
    """Each arrow of a panel as (from x, from y, to x, to y)."""
    found = []
    for child in ax.get_children():
        if isinstance(child, mtext.Annotation) and child.arrow_patch is not None:
            (x0, y0), (x1, y1) = child.xyann, child.xy
            found.append((float(x0), float(y0), float(x1), float(y1)))
    return found


def _conflict() -> Fact:
    claims = [
        _claim(19, "Radio Boreal", source="monitor"),
        _claim(40, "Radio Boreal", source="army", low=40, high=None, qualifier="more than",
               quantity_text="more than 40"),
        _claim(60, "Eastgate Post", source="rebels", low=None, high=60, qualifier="as many as",
               quantity_text="as many as 60"),
    ]  # fmt: skip
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.CONFLICT
    return fact


def test_one_panel_per_fact_in_reading_order() -> None:
    single = _claim(3, "Wire", kind="wounded", subject="civilians")
    result = compare([*_conflict().claims, single])
    figure = plot_comparison(result)
    assert len(figure.axes) == len(result.facts) == 2
    titles = [ax.get_title(loc="left") for ax in figure.axes]
    assert "CONFLICT" in titles[0]
    assert "SINGLE" in titles[1]


def test_open_ends_are_arrows_and_closed_ones_are_not() -> None:
    fact = _conflict()
    ax = plot_fact(fact).axes[0]
    arrows = _arrows(ax)
    labels = [tick.get_text() for tick in ax.get_yticklabels()]
    rows = {label: index for index, label in enumerate(labels)}
    more = rows["Radio Boreal, citing army"]
    upto = rows["Eastgate Post, citing rebels"]
    exact = rows["Radio Boreal, citing monitor"]
    left, right = ax.get_xlim()
    # "more than 40" points right, to the end of the axis; "as many as 60" left, to zero
    assert any(y0 == y1 == more and x1 > x0 and x1 == right for x0, y0, x1, y1 in arrows)
    assert any(y0 == y1 == upto and x1 < x0 and x1 == left == 0 for x0, y0, x1, y1 in arrows)
    assert not any(y0 == exact for _, y0, _, _ in arrows)
    assert len(arrows) == 2


def test_relation_and_summary_are_marked() -> None:
    fact = _conflict()
    ax = plot_fact(fact).axes[0]
    title = ax.get_title(loc="left")
    assert "CONFLICT" in title
    assert "same period, no overlap" in title
    color = RELATION_COLORS[Relation.CONFLICT]
    assert ax.spines["left"].get_edgecolor() == mcolors.to_rgba(color)
    assert mcolors.to_rgba(ax.lines[0].get_color()) == mcolors.to_rgba(color)
    s = fact.summary
    assert f"low {s.low:,} / best {s.best:,} / high {s.high:,}" in ax.get_xlabel()
    # the band from low to high and the dashed best line
    spans: list[Any] = [p for p in ax.patches if p.get_alpha() == pytest.approx(0.10)]
    assert len(spans) == 1
    band = spans[0]
    x0, width = float(band.get_x()), float(band.get_width())
    assert (x0, x0 + width) == (float(str(s.low)), float(str(s.high)))
    dashed = [_first(line.get_xdata()) for line in ax.lines if line.get_linestyle() == "--"]
    assert dashed == [float(str(s.best))]


def test_updates_are_drawn_against_report_time() -> None:
    claims = [
        _claim(45_000, "Meridian Wire", kind="displaced", subject="people", source="UNHCR",
               date_start="2031-01-01", date_end="2031-04-08", published="2031-04-08"),
        _claim(60_000, "Northern Ledger", kind="displaced", subject="people", source="UNHCR",
               date_start="2031-01-01", date_end="2031-04-12", published="2031-04-12",
               reported_on="2031-04-11"),
    ]  # fmt: skip
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.UPDATE
    ax = plot_fact(fact).axes[0]
    days = [reported_on(c) for c in sorted(fact.claims, key=lambda c: c.quantity.value)]
    assert days == [dt.date(2031, 4, 8), dt.date(2031, 4, 11)]  # reported_on wins
    markers = [
        (_first(line.get_xdata()), _first(line.get_ydata()))
        for line in ax.lines
        if line.get_marker() == "D"
    ]
    assert sorted(markers) == [
        (mdates.date2num(dt.date(2031, 4, 8)), 45_000.0),
        (mdates.date2num(dt.date(2031, 4, 11)), 60_000.0),
    ]
    assert "reported on" in ax.get_xlabel()
    assert "UPDATE" in ax.get_title(loc="left")


def test_undated_reports_of_an_update_are_counted_not_drawn() -> None:
    fact = _update_with_undated()
    assert "1 report without a date not drawn" in plot_fact(fact).axes[0].get_xlabel()


def _update_with_undated() -> Fact:
    claims = [
        _claim(10, "A", date_start="2031-01-01", date_end="2031-04-08", published="2031-04-08"),
        _claim(20, "B", date_start="2031-01-01", date_end="2031-04-12", published="2031-04-12"),
    ]
    (fact,) = compare(claims).facts
    assert fact.relation is Relation.UPDATE
    undated = _claim(15, "C", date_start="2031-01-01", date_end="2031-04-10")
    return Fact(
        id=fact.id, kind=fact.kind, subject=fact.subject, place=fact.place, time=fact.time,
        relation=fact.relation, positions=fact.positions,
        independent_sources=fact.independent_sources, summary=fact.summary,
        explanation=fact.explanation, claims=(*fact.claims, undated),
    )  # fmt: skip


def test_text_from_articles_is_not_read_as_mathtext_or_markup() -> None:
    claim = _claim(5, "Outlet $\\frac{1}{0}$ \x1b[31m", source="a $ sign and \\ backslash")
    figure = plot_comparison(compare([claim]))
    label = figure.axes[0].get_yticklabels()[0].get_text()
    assert label.startswith("Outlet \\$\\\\frac")
    assert "\x1b" not in label
    svg = figure_bytes(figure, "svg").decode("utf-8")
    assert "<script" not in svg


def test_images_are_the_same_bytes_on_every_run() -> None:
    fact = _conflict()
    for fmt in ("png", "svg"):
        assert figure_bytes(plot_fact(fact), fmt) == figure_bytes(plot_fact(fact), fmt)
    assert b"<dc:date>" not in figure_bytes(plot_fact(fact), "svg")


def test_save_plot_writes_png_or_svg_by_extension(tmp_path: Path) -> None:
    result = Comparison(facts=(_conflict(),))
    png = save_plot(result, tmp_path / "facts.PNG")
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    svg = save_plot(result, str(tmp_path / "facts.svg"))
    assert b"<svg" in svg.read_bytes()[:500]
    with pytest.raises(InputValueError, match=r"\.png or \.svg"):
        save_plot(result, tmp_path / "facts.pdf")
    with pytest.raises(InputValueError):
        render_plot(result, "gif")


@pytest.mark.parametrize("value", [None, 3, "facts", [1]])
def test_wrong_types_raise_our_error(value: object) -> None:
    with pytest.raises(InputTypeError):
        plot_comparison(value)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError):
        plot_fact(value)  # type: ignore[arg-type]


def test_without_the_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError) as raised:
        plot_comparison(Comparison(facts=(_conflict(),)))
    assert 'pip install "conflictfacts[plot]"' in str(raised.value)


@settings(max_examples=25)
@given(st.lists(st.one_of(comparable_claims(), claim_records().map(Claim.from_record)),
                max_size=6))  # fmt: skip
def test_any_comparison_can_be_drawn(claims: list[Claim]) -> None:
    result = compare(claims)
    figure = plot_comparison(result)
    assert len(figure.axes) == len(result.facts)
    figure_bytes(figure, "png")


#: Draw and save in a fresh interpreter; print what a host would see changed.
_PROBE = textwrap.dedent(
    r"""
    import json, sys
    import matplotlib
    params = matplotlib.rcParams.copy()  # (copy reads the raw values: no backend resolution)
    from conflictfacts.claims import Claim
    from conflictfacts.compare import compare
    from conflictfacts.plot import figure_bytes, plot_comparison
    claims = [Claim.from_record({"kind": "killed", "value": v, "outlet": o, "path": o})
              for v, o in ((3, "a"), (9, "b"))]
    figure = plot_comparison(compare(claims))
    figure_bytes(figure, "svg"), figure_bytes(figure, "png")
    print(json.dumps({
        "pyplot": "matplotlib.pyplot" in sys.modules,
        "rc": matplotlib.rcParams.copy() == params,
    }))
    """
)


def test_nothing_global_changes_for_the_caller() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=300, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == '{"pyplot": false, "rc": true}'
    assert done.stderr == ""


# ---------------------------------------------------------------- compare --plot


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.skipif(not EXAMPLES, reason="no example articles")
@pytest.mark.parametrize("name", ["facts.png", "facts.svg"])
def test_compare_plot_writes_the_picture(tmp_path: Path, name: str) -> None:
    target = tmp_path / name
    code, out, err = _run("compare", "--plot", str(target), *map(str, EXAMPLES))
    assert (code, err) == (0, "")
    assert out.split()[1].rstrip(":") == "facts"  # the table is still written
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") if name.endswith(".png") else b"<svg" in data[:500]


def test_compare_plot_refuses_other_extensions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = _run("compare", "--plot", str(tmp_path / "facts.pdf"), "-")
    assert code == 2
    assert ".png or .svg" in capsys.readouterr().err  # (argparse writes to sys.stderr)


def test_compare_plot_reports_an_unwritable_file(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Nine soldiers were killed on Monday, the army said.", encoding="utf-8")
    code, out, err = _run("compare", "--plot", str(tmp_path / "missing" / "f.png"), str(page))
    assert code == 1
    assert "f.png" in err
    assert out  # the facts were written before the picture failed


def test_compare_plot_without_the_extra_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Nine soldiers were killed on Monday, the army said.", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    code, _, err = _run("compare", "--plot", str(tmp_path / "f.png"), str(page))
    assert code == 2
    assert 'pip install "conflictfacts[plot]"' in err
