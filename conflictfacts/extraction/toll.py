"""Toll phrases: what stands before a figure that names the count itself.

"The death toll rose to 340", "claimed the lives of 27", "the number of people forced from
their homes in the province since January has climbed to 60,000": the figure after such a
phrase needs no noun of its own, and the phrase says what it counts. Every toll phrase ends in
one of a few words right before its figure ("to", "at", "of", "reached"...), which
:func:`toll_like` checks before any pattern is tried.

>>> text = "The death toll rose to 340 on Monday."
>>> context = toll_context(text, text.index("340"))
>>> toll_like(context), is_death_toll(context), tally_of(context).group("noun")
(True, True, 'toll')
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from conflictfacts.extraction.tokens import word_list
from conflictfacts.extraction.words import CHANGE_VERBS, NEARING_VERBS, THRESHOLD_VERBS

__all__ = [
    "TOLL_REACH",
    "is_death_toll",
    "is_toll",
    "revises_toll",
    "tally_of",
    "toll_context",
    "toll_like",
]

#: How far before a figure a toll phrase may start: "the number of people forced from their
#: homes in the province since January has climbed to 60,000".
TOLL_REACH = 160

#: Hedges a figure of a change may carry: "from around 1,400 to".
_CHANGE_HEDGES = "around|about|some|roughly|nearly|almost|approximately|over|initially"
#: The figure before a change and "to", optional: "from 1,400 to", "from around 1,400 to".
_FIGURE_TO = r"(?:\s{1,3}(?:(?:" + _CHANGE_HEDGES + r")\s{1,3})?[0-9][0-9.,]{0,14}\s{1,3}to)?"

#: "rose sharply on Friday from" and "rose from 12,000 to": a verb of change, a few words, then
#: "from" and the figure before the change, or "to" after it and the figure after the change.
_CHANGED_FROM = (
    r"|(?:" + "|".join(sorted(CHANGE_VERBS)) + r")(?:\s{1,3}[\w'\u2019\-]{1,20}){0,3}?\s{1,3}from"
    + _FIGURE_TO
    # "rose to 101 on Tuesday, up from 59 a day earlier": the figure before the change; "down
    # from about 950 to some 870": the figure after it
    + r"|(?:up|down)\s{1,3}from"
    + _FIGURE_TO
)

#: A verb of change before a death toll, and a few words after it: "revised its death toll
#: of the raid", "raised its casualty toll for the week".
_REVISED_TOLL = (
    r"(?:" + "|".join(sorted(CHANGE_VERBS)) + r")\s{1,3}(?:the|its|their|his|her)"
    r"(?:\s{1,3}[\w'\u2019\-]{1,20}){0,2}?\s{1,3}(?:death|casualty)\s{1,3}toll"
    r"(?:\s{1,3}[\w'\u2019\-]{1,20}){0,8}?"
)

#: "passed", "topped", "surpassed": a toll that passes a figure; "nears", "approaches": one
#: that comes close to it.
_PASSED = "|".join(sorted(THRESHOLD_VERBS | NEARING_VERBS))

#: Every regular expression of this module.
_PATTERNS: Mapping[str, re.Pattern[str]] = {
    # Phrases before a figure that mean "killed": "claimed the lives of", "death toll rose to".
    "lives_of": re.compile(
        r"(?:claim(?:ed|s|ing)?|took|take|takes|cost|costs|costing)\s{1,3}the\s{1,3}lives"
        r"\s{1,3}of\s{0,3}$",
        re.IGNORECASE,
    ),
    # "the number of insurgents killed at", "its civilian toll to", "its own losses at", "the
    # total of people injured is", "the number of people displaced ... to be"
    "toll": re.compile(
        r"\b(?P<noun>toll|number|tally|count|losses|figure|total)"
        r"(?P<rest>(?:,?\s{1,3}[\w'\u2019\-]{1,25}){0,18}?)"
        r",?\s{1,3}(?:at|to|reached|hit|is|was|to\s{1,3}be|"
        + _PASSED
        + _CHANGED_FROM
        + r")\s{0,3}$",
        re.IGNORECASE,
    ),
    # "the death toll in the attack is around 40", "the death toll was between 18 and 25": a
    # copula a few words after the toll
    "death_toll_is": re.compile(
        r"(?:death|casualty)\s{1,3}toll(?:,?\s{1,3}[\w#'\u2019\-]{1,25}){0,8}?\s{1,3}(?:is|was)\s{0,3}$",
        re.IGNORECASE,
    ),
    # "revised its death toll of the raid from 950 to", "raised its casualty toll from": a
    # verb of change before the toll, its two figures after it
    "revised_toll": re.compile(
        _REVISED_TOLL + r"\s{1,3}from" + _FIGURE_TO + r"\s{0,3}$", re.IGNORECASE
    ),
    # the same before a "from 31 to 44" read as one range: "raised its death toll for the raid"
    "revised_toll_head": re.compile(_REVISED_TOLL + r"\s{0,3}$", re.IGNORECASE),
    "death_toll": re.compile(
        r"(?:death|casualty)\s{1,3}toll(?:,?\s{1,3}[\w'\u2019\-]{1,20}){0,14}?,?\s{1,3}"
        r"(?:to|of|at|reached|hit|" + _PASSED + _CHANGED_FROM + r")\s{0,3}$",
        re.IGNORECASE,
    ),
}

#: The last words of a toll phrase, right before its figure: "rose to", "stood at", "reached".
_TOLL_ENDS = frozenset(
    [*word_list("of to at reached hit from is was be"), *THRESHOLD_VERBS, *NEARING_VERBS]
)


def toll_context(text: str, start: int) -> str:
    """The text before a figure at ``start`` that a toll phrase may stand in."""
    return text[max(0, start - TOLL_REACH) : start]


def toll_like(context: str) -> bool:
    """Whether ``context`` ends as a toll phrase does (every toll pattern ends in these)."""
    last = context[-12:].rsplit(None, 1)[-1:]
    return bool(last) and last[0].lower() in _TOLL_ENDS


def is_toll(context: str) -> bool:
    """Whether ``context`` ends in a toll phrase of any kind."""
    return toll_like(context) and any(
        _PATTERNS[name].search(context)
        for name in ("toll", "death_toll", "death_toll_is", "lives_of", "revised_toll")
    )


def is_death_toll(context: str) -> bool:
    """Whether ``context`` ends in a phrase that counts deaths: "the death toll rose to"."""
    return any(
        _PATTERNS[name].search(context)
        for name in ("lives_of", "death_toll", "death_toll_is", "revised_toll")
    )


def revises_toll(context: str) -> bool:
    """Whether ``context`` ends in a verb of change and a death toll.

    "raised its death toll for the raid": a "from 31 to 44" after it is the toll's two
    figures, not a range.
    """
    return _PATTERNS["revised_toll_head"].search(context) is not None


def tally_of(context: str) -> re.Match[str] | None:
    """The tally ``context`` ends in ("the number of people killed ... to"), with its noun."""
    return _PATTERNS["toll"].search(context)
