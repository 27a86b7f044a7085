"""Optional extras stay optional: the core works without trafilatura, matplotlib or pandas.

A fresh interpreter is run with those packages made unimportable: ``import conflictfacts`` and
every module of the package still import, the text pipeline and the exports still work, the
report is written without pictures, and each function that needs an extra raises
:class:`~conflictfacts.errors.MissingExtraError` naming it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from conflictfacts import ConflictFactsError, MissingExtraError

ROOT = Path(__file__).resolve().parent.parent

_PROBE = textwrap.dedent(
    r"""
    import importlib, importlib.abc, io, json, pkgutil, sys

    BLOCKED = ("trafilatura", "htmldate", "justext", "lxml", "matplotlib", "pandas", "numpy")

    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ModuleNotFoundError(f"blocked: {name}")
            return None

    sys.meta_path.insert(0, Block())
    import conflictfacts
    modules = sorted(m.name for m in pkgutil.iter_modules(conflictfacts.__path__, "conflictfacts."))
    for name in modules:
        importlib.import_module(name)
    from conflictfacts import compare, extract_claims, parse_article, render_acled, render_ucdp
    from conflictfacts import render_html, parse_html, MissingExtraError
    from conflictfacts.cli import main
    from conflictfacts.plot import plot_comparison
    import datetime as dt
    article = parse_article("Nine soldiers were killed in Kharkiv on Monday, the army said.",
                            published=dt.date(2031, 4, 9))
    result = compare(extract_claims(article))
    page = render_html(result)
    errors = {}
    for name, call in (("parse_html", lambda: parse_html("<p>x</p>")),
                       ("plot", lambda: plot_comparison(result)),
                       ("report", lambda: render_html(result, plots=True))):
        try:
            call()
            errors[name] = None
        except MissingExtraError as error:
            errors[name] = error.extra
    out, err = io.StringIO(), io.StringIO()
    code = main(["compare", "--format", "ucdp", "-"], stdin=io.BytesIO(article.text.encode()),
                stdout=out, stderr=err)
    print(json.dumps({
        "modules": len(modules),
        "facts": len(result.facts),
        "ucdp_rows": len(render_ucdp(result).splitlines()) - 1,
        "acled_rows": len(render_acled(result).splitlines()) - 1,
        "page_has_note": "conflictfacts[plot]" in page and "<img" not in page,
        "errors": errors,
        "cli": code,
        "loaded": sorted({m.split(".")[0] for m in sys.modules} & set(BLOCKED)),
    }))
    """
)


def test_the_core_works_without_any_extra() -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
        timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["modules"] >= 20
    assert result["facts"] == 1
    assert result["ucdp_rows"] == result["acled_rows"] == 1
    assert result["page_has_note"]
    assert result["errors"] == {"parse_html": "html", "plot": "plot", "report": "plot"}
    assert result["cli"] == 0
    assert result["loaded"] == []


def test_the_core_dependencies_are_only_the_three() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = sorted(dep.split(">")[0].split("=")[0].strip() for dep in project["dependencies"])
    assert names == ["attrs", "python-dateutil", "quantulum3"]
    extras = project["optional-dependencies"]
    assert any(dep.startswith("trafilatura") for dep in extras["html"])
    assert any(dep.startswith("matplotlib") for dep in extras["plot"])


def test_missing_extra_is_our_error_and_an_import_error() -> None:
    error = MissingExtraError("plot", "plots are drawn with matplotlib")
    assert isinstance(error, ConflictFactsError)
    assert isinstance(error, ImportError)
    assert str(error).endswith('pip install "conflictfacts[plot]"')
    with pytest.raises(ImportError):
        raise error
