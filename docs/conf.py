"""Sphinx configuration for the conflictfacts documentation.

Build (warnings are errors, every cross-reference must resolve)::

    .venv/bin/python -m sphinx -W -n --keep-going -b html docs docs/_build/html

The documentation never touches the network: intersphinx is off, so names from the standard
library and third-party packages are listed in ``nitpick_ignore`` below instead of linked.

Two pages are assembled at build time so the build never fails on a page or module that does
not exist yet:

- ``index.md`` lists the topic guides of ``GUIDES`` that exist as files in this directory;
- ``api.md`` documents the modules of ``API_MODULES`` that import.
"""

from __future__ import annotations

import functools
import importlib
import runpy
import sys
from pathlib import Path
from typing import Any, TypeVar

from sphinx.ext.napoleon.docstring import GoogleDocstring
from sphinx.util import logging

LOGGER = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Document the checkout beside this file, even when another copy is installed.
sys.path.insert(0, str(ROOT))

project = "conflictfacts"
author = "conflictfacts developers"
copyright = "the conflictfacts developers"
# Read without importing the package, so a half-finished module elsewhere cannot stop the build.
release = str(runpy.run_path(str(ROOT / "conflictfacts" / "_version.py"))["__version__"])
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "myst_parser",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path: list[str] = []

# -- MyST ------------------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc / napoleon ----------------------------------------------------------------------
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented_params"
autodoc_member_order = "bysource"
autodoc_default_options = {
    "members": True,
    "show-inheritance": True,
}
autodoc_preserve_defaults = False
# Napoleon reads the first line of an attribute docstring as "type: description", but our
# ``#:`` attribute comments are prose that often contain a colon ("Publication date: the
# caller's, ..."). So napoleon's own hook is switched off (both styles False) and
# ``_google_docstrings`` below applies its Google parser to everything except attributes.
napoleon_google_docstring = False
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_attr_annotations = True

# -- nitpicky --------------------------------------------------------------------------------
nitpicky = True
# Without intersphinx, names from the standard library cannot resolve; these are the ones our
# signatures use. Built-in names (str, int, TypeError...) resolve on their own.
nitpick_ignore = [
    ("py:class", name)
    for name in (
        "datetime.date",
        "datetime.datetime",
        "decimal.Decimal",
        "enum.Enum",
        "pathlib.Path",
        "collections.abc.Callable",
        "collections.abc.Collection",
        "collections.abc.Generator",
        "concurrent.futures.Executor",
        "concurrent.futures._base.Executor",
        "concurrent.futures.ProcessPoolExecutor",
        "collections.abc.Iterable",
        "collections.abc.Iterator",
        "collections.abc.Mapping",
        "collections.abc.Sequence",
        "typing.Any",
        "typing.IO",
        "typing.TextIO",
        # the [plot] extra's types, in conflictfacts.plot's signatures
        "matplotlib.figure.Figure",
        "matplotlib.axes.Axes",
        "Figure",  # (the name under TYPE_CHECKING, as autodoc sees it)
        "pandas.DataFrame",
        "pd.DataFrame",
    )
]
nitpick_ignore_regex = [
    # Private modules (``conflictfacts._furniture``...) are left out of the reference on purpose;
    # a docstring may still point a maintainer at one.
    ("py:(mod|class|func|obj|data)", r"conflictfacts\._\w+(\..*)?"),
]

# -- HTML ------------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"conflictfacts {release}"
html_static_path: list[str] = []

# -- pages assembled at build time -----------------------------------------------------------

#: Topic guides, in reading order; each is listed in the table of contents only if it exists.
GUIDES = (
    "qualifiers", "dates", "gazetteer", "lexicon", "comparison", "discrepancies", "exports",
    "scale", "fuzzing",
)  # fmt: skip

#: Modules of the API reference, in reading order; each is documented only if it imports.
API_MODULES = (
    "conflictfacts",
    "conflictfacts.documents",
    "conflictfacts.webpages",
    "conflictfacts.article",
    "conflictfacts.batch",
    "conflictfacts.pipeline",
    "conflictfacts.quantities",
    "conflictfacts.dates",
    "conflictfacts.claims",
    "conflictfacts.extraction",
    "conflictfacts.extraction.incident",
    "conflictfacts.compare",
    "conflictfacts.discrepancies",
    "conflictfacts.records",
    "conflictfacts.exports",
    "conflictfacts.plot",
    "conflictfacts.report",
    "conflictfacts.frames",
    "conflictfacts.gazetteer",
    "conflictfacts.lexicon",
    "conflictfacts.cli",
    "conflictfacts.errors",
    "conflictfacts.spans",
)

GUIDES_MARKER = "% guides: filled in by conf.py"
API_MARKER = "% modules: filled in by conf.py"


#: Pages the table of contents of ``index.md`` names itself.
FIXED_PAGES = ("index", "quickstart", "api", "changelog")


def _existing_guides() -> list[str]:
    """The guides of ``GUIDES`` that exist, then any other page nobody has listed yet."""
    listed = [name for name in GUIDES if (HERE / f"{name}.md").is_file()]
    others = sorted(
        path.stem
        for path in HERE.glob("*.md")
        if path.stem not in GUIDES and path.stem not in FIXED_PAGES
    )
    return listed + others


@functools.cache
def _importable_modules() -> tuple[str, ...]:
    """Every module of the reference; one that does not import fails the build."""
    for name in API_MODULES:
        importlib.import_module(name)
    return API_MODULES


def _type_variables() -> list[tuple[str, str]]:
    """``TypeVar``s of the documented modules: they appear in signatures but are not documented."""
    found = []
    for name in _importable_modules():
        module = sys.modules[name]
        for attribute, value in vars(module).items():
            if isinstance(value, TypeVar):
                found.extend(
                    [("py:class", f"{name}.{attribute}"), ("py:obj", f"{name}.{attribute}")]
                )
    return found


nitpick_ignore.extend(_type_variables())


def _api_sections() -> str:
    sections = []
    for name in _importable_modules():
        if name == "conflictfacts":
            # The package only re-exports: its members are documented in their own modules.
            directive = f".. automodule:: {name}\n   :no-members:"
        else:
            directive = f".. automodule:: {name}"
        sections.append(f"## `{name}`\n\n```{{eval-rst}}\n{directive}\n```\n")
    return "\n".join(sections)


def _fill_pages(app: Any, docname: str, source: list[str]) -> None:
    """Replace the markers of ``index.md`` and ``api.md`` with what exists in this checkout."""
    if docname == "index":
        source[0] = source[0].replace(GUIDES_MARKER, "\n".join(_existing_guides()))
    elif docname == "api":
        source[0] = source[0].replace(API_MARKER, _api_sections())


def _google_docstrings(
    app: Any, what: str, name: str, obj: object, options: Any, lines: list[str]
) -> None:
    """Read Google-style sections (Args, Returns, Raises...) in every docstring but attributes'."""
    if what in {"attribute", "data", "property"}:
        return
    lines[:] = GoogleDocstring(lines, app.config, app, what, name, obj, options).lines()


def setup(app: Any) -> dict[str, Any]:
    """Connect the page assembly and the docstring reader to Sphinx."""
    app.connect("source-read", _fill_pages)
    app.connect("autodoc-process-docstring", _google_docstrings)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
