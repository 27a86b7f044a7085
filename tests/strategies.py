"""Hypothesis strategies shared by every property test of conflictfacts.

Each strategy builds text shaped like what a crawler brings back. Add new strategies here,
never inline in a test module, so every law is checked against the same kinds of input.
"""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["any_text"]

#: Any text at all, control characters, surrogates excluded (``str`` cannot encode them to UTF-8).
any_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=2000)
