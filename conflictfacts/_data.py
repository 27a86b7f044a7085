"""JSON data of knowledge: the shipped data files, and the documents users give.

The gazetteer's and the lexicon's data ship in ``conflictfacts/data/``; users extend them
with documents of their own in the same format (see :mod:`conflictfacts.gazetteer` and
:mod:`conflictfacts.lexicon`).

>>> load_json('{"places": []}', "Gazetteer.from_json", "gazetteer")
{'places': []}
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

from conflictfacts.errors import InputValueError, expect_str

__all__ = ["data_text", "load_json"]


def data_text(name: str) -> str:
    """The text of the shipped data file ``conflictfacts/data/<name>``."""
    return importlib.resources.files("conflictfacts").joinpath("data", name).read_text("utf-8")


def load_json(source: str | Path, function: str, what: str) -> object:
    """The JSON document ``source`` holds: JSON text, or the path of a UTF-8 JSON file.

    A string that starts with ``{`` or ``[`` is read as JSON text, any other string as a path.

    Args:
        source: JSON text or a path.
        function: the public function's name, for the error messages.
        what: what the document describes ("gazetteer"), for the error messages.

    Returns:
        The decoded document.

    Raises:
        InputTypeError: ``source`` is neither ``str`` nor a path.
        InputValueError: the JSON is malformed.
    """
    if isinstance(source, Path):
        text = source.read_text("utf-8")
    else:
        text = expect_str(source, function, "source")
        if not text.lstrip().startswith(("{", "[")):
            text = Path(text).read_text("utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InputValueError(f"{what} JSON is malformed: {error}") from error
