"""The one door to quantulum3: unit names for a short "number unit" span, nothing else.

quantulum3 is slow on long text, calls ``logging.basicConfig`` inside ``parse()`` and warns at
import. This module imports it lazily, silences the import warning locally, restores the root
logger after every call, and only ever hands it a short, length-capped span.

>>> unit_of("1500", "square kilometers")
'km2'
"""

from __future__ import annotations

import logging
import threading
import types
import warnings
from typing import Any

__all__ = ["MAX_SPAN", "unit_of"]

#: Longest span ever passed to quantulum3 (its run time explodes on long digit runs).
MAX_SPAN = 48

#: Units quantulum3 does not know, or names differently from us.
_OVERRIDES: dict[str, str] = {
    "hectare": "ha",
    "hectares": "ha",
    "ha": "ha",
    "nautical mile": "nmi",
    "nautical miles": "nmi",
    "nmi": "nmi",
    # quantulum3 reads no unit in these spellings of square kilometres
    "square km": "km2",
    "sq. km": "km2",
    "sq km": "km2",
}
_BY_NAME: dict[str, str] = {"percentage": "percent", "dimensionless": ""}

#: What quantulum3 answers for these single-word units, written so, after any plain figure
#: ("30", "2.5"): the same for every figure, checked against quantulum3 by the tests, so the
#: commonest units skip its parser (about a millisecond a call).
_KNOWN: types.MappingProxyType[str, str] = types.MappingProxyType(
    {
        **dict.fromkeys(("kilometers", "kilometres", "kilometer", "kilometre", "km"), "km"),
        **dict.fromkeys(("km²", "km2"), "km2"),
        **dict.fromkeys(("miles", "mile", "mi"), "mi"),
        **dict.fromkeys(("meters", "metres", "meter", "metre", "m"), "m"),
        **dict.fromkeys(("m²", "m2"), "m2"),
        **dict.fromkeys(("millimeters", "millimetres", "millimeter", "millimetre", "mm"), "mm"),
        **dict.fromkeys(("centimeters", "centimetres", "centimeter", "centimetre", "cm"), "cm"),
        **dict.fromkeys(("feet", "foot", "ft"), "ft"),
        **dict.fromkeys(("yards", "yard"), "yd"),
        **dict.fromkeys(("inch", "inches"), "in"),
        **dict.fromkeys(("acre", "acres"), "ac"),
        **dict.fromkeys(("tonne", "tonnes"), "t"),
        **dict.fromkeys(("ton", "tons"), "ton"),
        **dict.fromkeys(("kilogram", "kilograms", "kg", "kilo", "kilos"), "kg"),
        **dict.fromkeys(("gram", "grams"), "g"),
        **dict.fromkeys(("litre", "litres", "liter", "liters"), "l"),
        **dict.fromkeys(("gallon", "gallons"), "gal"),
        **dict.fromkeys(("barrel", "barrels"), "bbl"),
        **dict.fromkeys(("knot", "knots"), "kn"),
        **dict.fromkeys(("km/h", "kph"), "kph"),
        "mph": "MPH",
        **dict.fromkeys(
            ("square kilometers", "square kilometres", "square kilometer", "square kilometre"),
            "km2",
        ),
        **dict.fromkeys(("square miles", "square mile", "sq mi"), "mi2"),
        **dict.fromkeys(
            ("square meters", "square metres", "square meter", "square metre", "sq m"), "m2"
        ),
        **dict.fromkeys(("square feet", "square foot", "sq ft"), "ft2"),
    }
)

#: Serialises every use of quantulum3: the save/restore of the root logger, the "quantulum3"
#: logger and the warning filters around it would otherwise interleave between threads and
#: leave an "ignore" filter, a root handler and a disabled logger in the host program.
_LOCK = threading.Lock()


def _parser() -> types.ModuleType:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser  # noqa: PLC0415 - imported only when first needed

    module: types.ModuleType = parser
    return module


def _normalise(unit: Any) -> str | None:
    name = str(unit.name)
    if name in _BY_NAME:
        return _BY_NAME[name] or None
    symbols = list(unit.symbols or ())
    if not symbols:
        return name
    symbol = str(symbols[0])
    for prefix, power in (("sq ", "2"), ("cu ", "3")):
        if symbol.startswith(prefix):
            return symbol[len(prefix) :] + power
    return symbol


def unit_of(number: str, unit_text: str) -> str | None:
    """Return the normalised unit of ``"<number> <unit_text>"``, or ``None`` if it has none.

    Args:
        number: the figure in plain digits ("1500").
        unit_text: the unit words as written ("square kilometers", "mm").

    Returns:
        A short unit name ("km2", "km", "mm", "mi", "t", "ha"), or ``None``.

    >>> unit_of("15", "kilometres"), unit_of("130", "mm"), unit_of("10", "miles")
    ('km', 'mm', 'mi')
    """
    key = " ".join(unit_text.lower().split())
    if key in _OVERRIDES:
        return _OVERRIDES[key]
    span = f"{number} {unit_text}"
    if len(span) > MAX_SPAN:
        return None
    if unit_text in _KNOWN and _is_plain(number):
        return _KNOWN[unit_text]
    return _parse_unit(number, span)


def _is_plain(number: str) -> bool:
    """Whether ``number`` is ASCII digits with at most one decimal point inside them."""
    whole, point, fraction = number.partition(".")
    return number.isascii() and whole.isdigit() and (not point or fraction.isdigit())


def _parse_unit(number: str, span: str) -> str | None:
    """Ask quantulum3 for the unit of ``span``, which starts with ``number``."""
    with _LOCK:
        parser = _parser()
        root = logging.getLogger()
        handlers, level = list(root.handlers), root.level
        library = logging.getLogger("quantulum3")
        disabled = library.disabled
        library.disabled = True
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                found = parser.parse(span)
        except Exception:
            return None
        finally:
            root.handlers[:] = handlers
            root.setLevel(level)
            library.disabled = disabled
    for quantity in found:
        start, end = quantity.span
        if start == 0 and end > len(number):
            return _normalise(quantity.unit)
    return None
