"""The one error hierarchy of conflictfacts.

Every error the library raises on purpose is a :class:`ConflictFactsError`. The public
subclasses also derive from the matching built-in exception, so callers that already catch
``TypeError`` or ``ValueError`` keep working.

>>> from conflictfacts import parse_article, InputTypeError
>>> try:
...     parse_article(b"bytes are not text")
... except TypeError as error:
...     print(type(error).__name__, "-", error)
InputTypeError - parse_article() expects text as str, got bytes
"""

from __future__ import annotations

__all__ = [
    "ConflictFactsError",
    "InputTypeError",
    "InputValueError",
    "MissingExtraError",
    "RecordError",
    "expect_str",
]


class ConflictFactsError(Exception):
    """Base class of every error conflictfacts raises on purpose.

    >>> issubclass(InputTypeError, ConflictFactsError)
    True
    """


class InputTypeError(ConflictFactsError, TypeError):
    """An argument has the wrong type; the message names what was expected.

    >>> InputTypeError("find_quantities() expects text as str, got int").args[0]
    'find_quantities() expects text as str, got int'
    """


class InputValueError(ConflictFactsError, ValueError):
    """An argument has the right type but a value the library cannot use.

    >>> issubclass(InputValueError, ValueError)
    True
    """


class RecordError(InputValueError):
    """A flat claim record (a dict read from JSON or CSV) cannot be turned back into a claim.

    Attributes:
        field: the name of the offending field, when one is to blame.

    >>> error = RecordError("value must be a number", field="value")
    >>> error.field
    'value'
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class MissingExtraError(ConflictFactsError, ImportError):
    """A feature needs an optional extra that is not installed; the message says how to add it.

    Attributes:
        extra: the extra's name (``"html"``, ``"plot"``).

    >>> error = MissingExtraError("html", "web pages are read with trafilatura")
    >>> print(error)
    web pages are read with trafilatura, which is not installed: pip install "conflictfacts[html]"
    >>> isinstance(error, ImportError), error.extra
    (True, 'html')
    """

    def __init__(self, extra: str, purpose: str) -> None:
        super().__init__(
            f'{purpose}, which is not installed: pip install "conflictfacts[{extra}]"'
        )
        self.extra = extra


def expect_str(value: object, function: str, argument: str = "text") -> str:
    """Return ``value`` when it is a ``str``, else raise :class:`InputTypeError`.

    Args:
        value: what the caller passed.
        function: the public function's name, for the message.
        argument: the argument's name, for the message.

    Returns:
        The same object, now known to be a ``str``.

    Raises:
        InputTypeError: ``value`` is not a ``str``.

    >>> expect_str("ok", "f")
    'ok'
    """
    if not isinstance(value, str):
        raise InputTypeError(
            f"{function}() expects {argument} as str, got {type(value).__name__}"
        )
    return value
