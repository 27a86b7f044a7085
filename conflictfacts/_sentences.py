"""Sentence boundaries in news prose, as offset pairs.

A full stop ends a sentence unless it belongs to an abbreviation ("Maj. Gen.", "Feb. 20",
"No. 5"), an initial ("G. Smith"), an acronym ("U.S."), or a decimal ("1.5"). Closing
quotes and brackets after the stop belong to the sentence that ends; an opening quote
after it begins the next one. A stop glued to a capitalised word ("killed.The") still ends
a sentence. A blank line always does. Each candidate stop is judged from a bounded window
around it, so the whole text is read in linear time.

>>> text = 'Maj. Gen. Ivan Petrenko said 1.5 million fled. "They ran," he said.'
>>> [text[s:e] for s, e in sentence_bounds(text)]
['Maj. Gen. Ivan Petrenko said 1.5 million fled.', '"They ran," he said.']
"""

from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "sentence_bounds"]

_PATTERNS = {
    # A run of terminal punctuation, or a blank line (bounded so a megabyte of spaces is cheap).
    # Written to begin with one character class, so that the engine skips ahead to the next
    # stop or newline instead of trying both alternatives at every character; the lookbehind
    # says which of the two the first character began.
    "candidate": re.compile(
        "[.!?\u2026\n](?:(?<=[.!?\u2026])[.!?\u2026]{0,19}|(?<=\n)[^\\S\n]{0,200}\n)"
    ),
}

#: Words that take a full stop without ending a sentence (lower case, without the stop).
ABBREVIATIONS = frozenset(
    {
        # titles and ranks
        "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "pres", "amb", "hon",
        "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "cdr", "adm", "brig", "sgt", "cpl",
        "pvt", "pte", "lieut", "insp", "supt", "st", "mt", "ft", "jr", "sr", "messrs",
        # months and days
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        # reference words
        "no", "nos", "vol", "art", "para", "fig", "approx", "est", "vs", "cf", "ca", "al",
        "dept", "univ", "assn", "bros", "inc", "corp", "ltd", "co", "km", "sq",
    }
)

#: Abbreviations that only hold before a number ("No. 5", "Feb. 20", "Art. 5").
_BEFORE_NUMBER = frozenset(
    {"no", "nos", "art", "vol", "fig", "para", "jan", "feb", "mar", "apr", "jun", "jul",
     "aug", "sep", "sept", "oct", "nov", "dec", "sun", "sat", "mon", "wed", "fri", "co"}
)

_CLOSERS = "\"'\u201d\u2019)]\u00bb"
_STRAIGHT_QUOTES = "\"'"


def _word_before(text: str, position: int, floor: int) -> str:
    """The letters-and-dots token that ends just before ``position`` (at most 24 characters)."""
    limit = max(floor, position - 24)
    # Quick path: the walk below stops at the last space of the window (a space is neither a
    # letter nor a dot), or at the window's start when it holds none; so when what follows
    # that space is all letters and dots, it is the token. (Removing the dots leaves an empty
    # string, which is not ``isalpha``, exactly when the walk would take no letter at all.)
    head = text[limit:position]
    tail = head[head.rfind(" ") + 1 :]
    if tail.replace(".", "").isalpha():
        return tail
    start = position
    while start > limit and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    return text[start:position]


def _is_stop(text: str, stop: int, after: int, nxt: int, *, end: int, floor: int) -> bool:
    """Whether the single full stop at ``stop`` ends a sentence."""
    before = text[stop - 1] if stop > floor else ""
    following = text[nxt] if nxt < end else ""
    glued = nxt == after
    if before.isdigit() and following.isdigit() and glued:
        return False  # a decimal or a version number: "1.5", "2.0.1"
    word = _word_before(text, stop, floor)
    lower = word.lower()
    if glued:
        # "killed.The": a lower-case word glued to a capitalised one; not "U.S.", "bbc.com".
        return (
            before.islower()
            and following.isupper()
            and nxt + 1 < end
            and text[nxt + 1].islower()
            and "." not in word
            and len(word) > 1
            and lower not in ABBREVIATIONS
        )
    if following and following.islower():
        return False
    if lower in ABBREVIATIONS:
        return lower in _BEFORE_NUMBER and not following.isdigit()
    if len(word) == 1 and word.isupper():
        return False  # an initial: "G. Smith"
    return "." not in word  # an acronym such as "U.S." or "U.N." does not end a sentence


def sentence_bounds(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in ``text[start:end]``.

    Args:
        text: the text to split.
        start: where to begin.
        end: where to stop (default: the end of ``text``).

    Returns:
        Ordered, non-overlapping offset pairs; each sentence is stripped of surrounding
        whitespace and is never empty.

    >>> sentence_bounds("Two died.The rest fled.")
    [(0, 9), (9, 23)]
    """
    stop_at = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, stop_at))
    out: list[tuple[int, int]] = []
    begin = start
    for match in _PATTERNS["candidate"].finditer(text, start, stop_at):
        at, after = match.span()
        if text[at] == "\n":
            _emit(text, begin, at, out)
            begin = after
            continue
        close = after
        while close < stop_at and close - after < 3 and text[close] in _CLOSERS:
            if (
                text[close] in _STRAIGHT_QUOTES
                and close + 1 < stop_at
                and text[close + 1].isalnum()
            ):
                break  # an opening quote glued to the next word
            close += 1
        nxt = close
        while nxt < stop_at and text[nxt].isspace() and text[nxt] != "\n":
            nxt += 1
        if nxt >= stop_at:
            continue
        if after - at == 1 and text[at] == ".":  # (a single full stop)
            boundary = _is_stop(text, at, close, nxt, end=stop_at, floor=start)
        else:
            boundary = not text[nxt].islower()
        if boundary:
            _emit(text, begin, close, out)
            begin = close
    _emit(text, begin, stop_at, out)
    return out


def _emit(text: str, begin: int, finish: int, out: list[tuple[int, int]]) -> None:
    """Append ``text[begin:finish]`` stripped of whitespace, unless nothing is left."""
    while begin < finish and text[begin].isspace():
        begin += 1
    while finish > begin and text[finish - 1].isspace():
        finish -= 1
    if begin < finish:
        out.append((begin, finish))
