"""Collection rules for the source tree: doctests of optional extras need those extras."""

from __future__ import annotations

import importlib.util

#: Modules whose doctests need an optional extra that is not installed here.
collect_ignore = [
    path
    for path, needs in (("conflictfacts/frames.py", ("pandas",)),)
    if any(importlib.util.find_spec(name) is None for name in needs)
]
