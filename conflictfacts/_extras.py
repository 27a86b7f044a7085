"""The one door to optional extras: import a third-party module, or say which extra brings it.

The core installs with attrs, python-dateutil and quantulum3 alone. Modules that need an extra
(trafilatura for ``[html]``, matplotlib for ``[plot]``) import it here, inside the function that
needs it, so ``import conflictfacts`` never pays for (or fails on) an extra.

>>> load("json", "html", "a test").__name__
'json'
"""

from __future__ import annotations

import importlib
import types

from conflictfacts.errors import MissingExtraError

__all__ = ["available", "load"]


def load(module: str, extra: str, purpose: str) -> types.ModuleType:
    """Import ``module``, or raise :class:`MissingExtraError` naming ``extra``.

    Args:
        module: the module to import ("trafilatura", "matplotlib.figure").
        extra: the extra of conflictfacts that installs it ("html", "plot").
        purpose: what needs it, for the message ("parse_html() reads web pages with
            trafilatura").

    Returns:
        The module.

    Raises:
        MissingExtraError: the module (or one it needs) cannot be imported.

    >>> try:
    ...     load("no_such_module_here", "plot", "plots are drawn with matplotlib")
    ... except ImportError as error:
    ...     print(error)
    plots are drawn with matplotlib, which is not installed: pip install "conflictfacts[plot]"
    """
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise MissingExtraError(extra, purpose) from error


def available(module: str) -> bool:
    """Whether ``module`` imports (without raising).

    >>> available("json"), available("no_such_module_here")
    (True, False)
    """
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True
