"""Compact pickling for the frozen models that cross process boundaries by the thousand.

attrs pickles a slotted class as a dict of its field names and sets each field back one by one
in Python; :func:`compact` makes a class pickle as its constructor's arguments instead: a third
smaller and about twice as fast both ways, which is most of what a worker process spends beyond
extraction itself (:mod:`conflictfacts.pipeline`). The constructor runs again on loading, so a
class's own checks (a span's bounds) hold for what comes out of a pickle too.
"""

from __future__ import annotations

import operator
from typing import Any, TypeVar

import attrs
from attrs import AttrsInstance

__all__ = ["compact"]

T = TypeVar("T", bound=AttrsInstance)


def compact(cls: type[T]) -> type[T]:
    """Make an attrs class pickle as ``(cls, (field values...))``; returns the class.

    Every field must be a positional argument of the constructor (no ``init=False``, no
    ``kw_only``), so that ``cls(*values)`` rebuilds the object.
    """
    fields = attrs.fields(cls)
    if any(not field.init or field.kw_only for field in fields):
        raise TypeError(f"{cls.__name__} has fields its constructor does not take in order")
    names = tuple(field.name for field in fields)
    values = operator.attrgetter(*names)

    if len(names) == 1:

        def __reduce__(self: T) -> tuple[Any, ...]:  # noqa: N807 - the pickle protocol's name
            return (cls, (values(self),))

    else:

        def __reduce__(self: T) -> tuple[Any, ...]:  # noqa: N807 - the pickle protocol's name
            return (cls, values(self))

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls
