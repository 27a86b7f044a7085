"""Dates and periods in news text, resolved against the article's own date.

News reports the past: "Thursday" in an article dated Wednesday 4 March 2020 is
27 February 2020, the most recent Thursday on or before the article's date. The machine's
clock and time zone are never read; the caller's ``reference`` date is the only "now".

The grammar (every form, with how it resolves) is listed in ``docs/dates.md``. In short:

- absolute dates: ``2020-02-20``, ``20 February 2020``, ``February 20, 2020``, ``Feb. 20``,
  ``Thursday, February 20``, ``17-18 February``, ``March 2011``, ``in 2018``;
- numeric dates: ``10/04/2031``, ``10.04.2031``, ``4/10/31``; when day and month can swap,
  the reading on or before the reference and nearest to it;
- ranges: ``between Tuesday and Saturday``, ``from 3 to 5 April``; leads: ``on the night of
  March 3``, ``in the early hours of Sunday``, ``the eve of April 3``;
- weekdays and named days: ``Thursday``, ``last Thursday``, ``Thursday night``, ``yesterday``,
  ``overnight``;
- calendar periods: ``last week``, ``this month``, ``earlier this month``, ``late last month``,
  ``last year``, ``early February``, ``mid-February``, ``the first week of March``,
  ``the second half of last year``, ``over the week``, ``earlier in the week``;
- rolling periods: ``in the past month``, ``in recent weeks``, ``over nine years``;
- ``since`` before any of these: ``since December``, ``since March 2011``, ``since the war
  began in 2011``;
- offsets: ``two days ago`` from the article's date, ``the next day`` / ``a day earlier`` /
  ``the same day`` from the date the text named just before.

A month name counts only when capitalised and backed by context (a day number, a year, or a
cue word such as "in", "since", "early", "last"), so "they may", "a march" or "an August
body" are never dates.

>>> import datetime as dt
>>> resolve_date("Thursday", dt.date(2020, 3, 4)).start
datetime.date(2020, 2, 27)
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Callable, Iterator
from types import MappingProxyType
from typing import Final

import attrs

from conflictfacts import _dateutil
from conflictfacts._case import ODD, ODD_CHARACTERS
from conflictfacts._pickling import compact
from conflictfacts.errors import InputTypeError, expect_str

__all__ = ["DateMention", "Granularity", "TimeSpan", "find_dates", "resolve_date"]


class Granularity(enum.Enum):
    """How precisely a time span is known.

    >>> Granularity("month") is Granularity.MONTH
    True
    """

    #: A single day: "Thursday", "20 February 2020".
    DAY = "day"
    #: A week: "last week".
    WEEK = "week"
    #: A calendar month: "in March 2011", "earlier this month".
    MONTH = "month"
    #: A calendar year: "last year".
    YEAR = "year"
    #: An open-ended or multi-unit period: "since December", "in the past month".
    PERIOD = "period"
    #: A running tally to its day from a start the text does not give: "destroyed since the
    #: operation began" where the article never says when it began. The span is that one day.
    TALLY = "tally"


@compact
@attrs.frozen(order=True)
class TimeSpan:
    """A closed range of days ``[start, end]``; ``start == end`` for a single day.

    >>> span = TimeSpan(dt.date(2020, 2, 20), dt.date(2020, 2, 20), Granularity.DAY)
    >>> span.start.isoformat(), span.is_day
    ('2020-02-20', True)
    """

    #: First day of the span.
    start: dt.date
    #: Last day of the span (inclusive).
    end: dt.date
    #: How precisely the span is known.
    granularity: Granularity = attrs.field(default=Granularity.DAY, eq=False, order=False)

    @property
    def is_day(self) -> bool:
        """Whether the span is a single day.

        >>> TimeSpan(dt.date(2031, 4, 1), dt.date(2031, 4, 9), Granularity.PERIOD).is_day
        False
        """
        return self.start == self.end

    def overlaps(self, other: TimeSpan) -> bool:
        """Whether the two spans share at least one day.

        >>> a = TimeSpan(dt.date(2020, 2, 1), dt.date(2020, 2, 19), Granularity.PERIOD)
        >>> a.overlaps(TimeSpan(dt.date(2020, 2, 19), dt.date(2020, 2, 19)))
        True
        """
        return self.start <= other.end and other.start <= self.end


@attrs.frozen
class DateMention:
    """A date expression found in a text, with its span and its resolved meaning.

    ``text[start:end]`` of the searched text is always ``self.text``, so other stages can skip
    the numbers inside a date ("20" in "February 20") when they look for counts.

    >>> mention = find_dates("Shelling resumed on Feb. 20, 2020.")[0]
    >>> mention.text, mention.start, mention.end, mention.span.start.isoformat()
    ('on Feb. 20, 2020', 17, 33, '2020-02-20')
    """

    #: Offset of the first character.
    start: int
    #: Offset one past the last character.
    end: int
    #: The expression as written.
    text: str
    #: What it means, or ``None`` when it cannot be resolved (no reference date, say).
    span: TimeSpan | None


# --------------------------------------------------------------------------------------------
# Grammar. Every repetition is bounded, and no quantified group can match the same text in two
# ways, so matching stays linear in the length of the input.
# --------------------------------------------------------------------------------------------

_MONTH_NAMES: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTH_ABBREVIATIONS: Final = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
_WEEKDAY_NAMES: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
_NUMBER_WORDS: Final = MappingProxyType(
    {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "a": 1, "an": 1, "a few": 3, "few": 3, "several": 5, "a couple of": 2, "couple of": 2,
    }
)  # fmt: skip


def _alternation(words: tuple[str, ...]) -> str:
    """Title-case and upper-case spellings of ``words``, longest first."""
    spellings = {spelling for word in words for spelling in (word, word.upper())}
    return "|".join(sorted(spellings, key=lambda word: (-len(word), word)))


#: Where an expression may start: at a letter or digit that does not continue a word. The
#: lookahead lets the matcher skip runs of spaces or punctuation without trying every form.
_START: Final = r"(?<!\w)(?=[A-Za-z0-9])"
#: Whitespace within one line, one to three characters (never a paragraph break).
_SP: Final = r"[^\S\r\n]{1,3}"
_SP0: Final = r"[^\S\r\n]{0,3}"
#: A capitalised month name, then not a letter.
_FULL_MONTH: Final = rf"(?:{_alternation(_MONTH_NAMES)})(?!\w)"
#: A month name or abbreviation ("Feb", "Feb.", "Sept.").
_MONTH: Final = rf"(?:{_FULL_MONTH}|(?:{_alternation(_MONTH_ABBREVIATIONS)})(?:\.|(?!\w)))"
_WEEKDAY: Final = rf"(?:{_alternation(_WEEKDAY_NAMES)})(?!\w)"
#: A day of the month with an optional ordinal suffix; not part of a longer number.
_DAY: Final = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\w|[.,:][0-9])"
_YEAR: Final = r"(?:1[89][0-9][0-9]|20[0-9][0-9])(?!\w|[.,][0-9])"
_SINGLE_NUMBER_WORDS: Final = sorted(
    (word for word in _NUMBER_WORDS if " " not in word), key=len, reverse=True
)
_COUNT: Final = (
    rf"(?:[0-9]{{1,3}}(?!\w|[.,][0-9])|(?i:a{_SP}few|a{_SP}couple{_SP}of|couple{_SP}of"
    rf"|{'|'.join(_SINGLE_NUMBER_WORDS)}))"
)
_UNIT: Final = r"(?i:hours?|days?|weeks?|months?|years?|decades?)(?!\w)"
_TIME_OF_DAY: Final = rf"(?:{_SP}(?P<tod>(?i:morning|afternoon|evening|night))(?!\w))?"
#: Words after a number that make it a count, not a day or a year ("In March 20 people ...").
_COUNTED_NOUNS: Final = (
    r"people|persons|civilians|soldiers|troops|fighters|militants|rebels|refugees|children|"
    r"women|men|families|homes|houses|buildings|tanks|vehicles|km|kilometres|kilometers|square|"
    r"miles|residents|others|more"
)
#: Words of harm after a number: "March 20 killed" may count, "on May 4 killed" names a day.
_HARMED: Final = r"killed|dead|wounded|injured"
_NOT_COUNTED: Final = rf"(?!{_SP}(?i:{_COUNTED_NOUNS}|{_HARMED})(?!\w))"
#: The same for a month and day after a preposition: "gunmen who crossed the river on May 4
#: shot 30" names a day, while "March 20 killed" with no preposition may count.
_NOT_COUNTED_DAY: Final = (
    rf"(?!{_SP}(?i:{_COUNTED_NOUNS})(?!\w))(?(prep)|(?!{_SP}(?i:{_HARMED})(?!\w)))"
)
_PART_WORDS: Final = (
    rf"(?i:early|mid|late|earlier|later|(?:the{_SP})?(?:end|beginning|start|middle){_SP}of)"
)
_PART_GAP: Final = rf"(?:{_SP}|{_SP0}-{_SP0})"
#: Words right before a bare month or year that make it a date ("until March", "of 2019").
_CUE_BEHIND: Final = "|".join(
    f"(?<={word} )"
    for base in ("until", "till", "by", "from", "between", "through", "before", "after", "of")
    for word in (base, base.capitalize())
)
#: An optional preposition and an optional part-of ("since early", "in mid-", "at the end of").
_HEAD: Final = (
    rf"{_START}(?:(?P<prep>(?i:since|in|on|during|throughout|at|over)){_SP})?"
    rf"(?:(?P<part>{_PART_WORDS}){_PART_GAP})?"
)
#: The head of a single day: a preposition, then a part that may take "on" ("late on Sunday").
_HEAD_ON: Final = (
    rf"{_START}(?:(?P<prep>(?i:since|in|on|during|throughout|at|over)){_SP})?"
    rf"(?:(?P<part>{_PART_WORDS}){_PART_GAP}(?:(?i:on){_SP})?)?"
)
#: The head of a day number, which may open a range of days ("from 3 to 5 April").
_DAY_HEAD: Final = rf"{_HEAD_ON}(?:(?P<rng>(?i:between|from)){_SP})?"
#: Between two day numbers: a dash or "through", after "between"/"from" also "and", "to",
#: "until" ("from 3 to 5 April").
_DAY_TO: Final = (
    rf"(?:(?(rng)(?:{_SP}(?i:and|to|through|until|till){_SP}|{_SP0}[-\u2013]{_SP0})"
    rf"|(?:{_SP0}[-\u2013]{_SP0}|{_SP}(?i:through){_SP}))(?P<d2>{_DAY}))?"
)
#: Not after a number and a separator ("1.10/04/2031"), nor before one.
_NUMERIC_EDGE: Final = r"(?<![0-9][-/.:,])"
_NUMERIC_END: Final = r"(?!\w|[-/.:,][0-9])"
#: A bare month or year needs one of these in front of it.
_CUE: Final = (
    rf"{_START}(?:(?P<prep>(?i:since|in|during|throughout|over)){_SP}"
    rf"(?:(?P<part>{_PART_WORDS}){_PART_GAP})?"
    rf"|(?P<part2>{_PART_WORDS}){_PART_GAP}|{_CUE_BEHIND})"
)
_WORD: Final = r"[A-Za-z'\u2019\-]{1,30}"
#: The unit of a duration, not of an age ("three-year-old", "20 years of age").
_DURATION_UNIT: Final = rf"(?P<unit>{_UNIT})(?![^\S\r\n-]{{0,3}}-?{_SP0}(?i:old|of{_SP}age)(?!\w))"

#: Every date expression, one precompiled pattern per construction. On equal spans the
#: earlier entry wins; otherwise the leftmost, then longest, match wins.
_PATTERNS: Final = MappingProxyType(
    {
        "since_clause": re.compile(
            rf"{_START}(?i:since){_SP}(?:{_WORD}{_SP}){{0,6}}"
            rf"(?i:began|begun|started|erupted|broke{_SP}out|flared{_SP}up|escalated){_SP}"
            rf"(?:{_WORD}{_SP}){{0,8}}(?i:in){_SP}"
            rf"(?:(?P<m>{_FULL_MONTH})(?:,?{_SP}(?P<y>{_YEAR}))?|(?P<y2>{_YEAR}))"
        ),
        "numeric": re.compile(
            rf"{_HEAD}{_NUMERIC_EDGE}(?:"
            rf"(?P<y>[0-9]{{4}})(?P<sep>[-/.])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}})"
            r"(?![0-9]|[-/.][0-9])"
            r"|(?P<a>[0-9]{1,2})(?:(?P<sep2>[-/.])(?P<b>[0-9]{1,2})(?P=sep2)(?P<y4>[0-9]{4})"
            rf"|/(?P<b2>[0-9]{{1,2}})/(?P<y2>[0-9]{{2}})){_NUMERIC_END})"
        ),
        "dmy": re.compile(
            rf"{_DAY_HEAD}(?:(?P<wd>{_WEEKDAY}),?{_SP})?(?:(?i:the){_SP})?(?P<d>{_DAY})"
            rf"{_DAY_TO}{_SP}(?:(?i:of){_SP})?(?P<m>{_MONTH})"
            rf"(?:,?{_SP}(?P<y>{_YEAR}))?{_NOT_COUNTED}"
        ),
        "mdy": re.compile(
            rf"{_DAY_HEAD}(?:(?P<wd>{_WEEKDAY}),?{_SP})?(?P<m>{_MONTH}){_SP}(?:(?i:the){_SP})?"
            rf"(?P<d>{_DAY}){_DAY_TO}(?:,?{_SP}(?P<y>{_YEAR}))?"
            rf"{_NOT_COUNTED_DAY}"
        ),
        "part_of": re.compile(
            rf"{_START}(?:(?P<prep>(?i:since|in|during|throughout|over|by)){_SP})?"
            rf"(?i:the){_SP}(?P<nth>(?i:first|second|third|fourth|last|final))"
            rf"{_SP}(?P<piece>(?i:week|half|fortnight)){_SP}(?i:of){_SP}(?:"
            rf"(?P<m>{_FULL_MONTH})(?:,?{_SP}(?P<y>{_YEAR}))?"
            rf"|(?P<rel>(?i:last|this|next|the{_SP}previous)){_SP}(?P<unit>(?i:month|year))"
            rf"|(?P<y2>{_YEAR}))(?!\w)"
        ),
        "month_year": re.compile(
            rf"{_HEAD}(?P<m>{_MONTH}),?{_SP}(?:(?i:of){_SP})?(?P<y>{_YEAR}){_NOT_COUNTED}"
        ),
        "anchored": re.compile(
            rf"{_START}(?:(?P<prep>(?i:on|by|at)){_SP})?(?:"
            rf"(?i:(?:the|that){_SP}(?:very{_SP})?same|that){_SP}(?P<same>(?i:day|night|morning"
            rf"|afternoon|evening))"
            rf"|(?i:the){_SP}(?P<dir1>(?i:next|following|previous|preceding)){_SP}"
            rf"(?P<unit1>(?i:day|morning|afternoon|evening|night))"
            rf"|(?i:the){_SP}(?P<unit2>(?i:day|night|week)){_SP}"
            rf"(?P<dir2>(?i:before|after|earlier|later))"
            rf"|(?P<num>{_COUNT}){_SP}(?P<unit3>(?i:days?|weeks?|nights?)){_SP}"
            rf"(?P<dir3>(?i:later|after|afterwards|earlier|before|previously))"
            rf"|(?P<side>(?i:earlier|later)){_SP}(?i:in){_SP}(?i:the){_SP}"
            rf"(?P<unit4>(?i:day|week))"
            r")(?!\w)"
        ),
        "ago": re.compile(
            rf"{_START}(?:(?i:nearly|almost|about|around|some|roughly|just|more{_SP}than|over)"
            rf"{_SP})?(?P<num>{_COUNT}){_SP}(?P<unit>{_UNIT}){_SP}(?i:ago)(?!\w)"
        ),
        "duration": re.compile(
            rf"{_START}(?:(?P<prep>(?i:in|over|during|within|throughout|for)){_SP})?"
            rf"(?:(?P<dir>(?i:(?:the|this){_SP}(?:past|last|previous|coming|next)|past|last"
            rf"|recent|coming)){_SP})?"
            rf"(?:(?P<hedge>(?i:nearly|almost|about|around|some|roughly|approximately|over|under"
            rf"|more{_SP}than|less{_SP}than|fewer{_SP}than|just{_SP}over|just{_SP}under)){_SP})?"
            rf"(?:(?P<num>{_COUNT}){_SP})?{_DURATION_UNIT}"
        ),
        "calendar": re.compile(
            rf"{_HEAD}(?P<dir>(?i:last|this(?:{_SP}past)?|next|previous|the{_SP}previous|the))"
            rf"{_SP}(?P<unit>(?i:week|month|year|weekend))(?!\w)"
        ),
        "named_day": re.compile(
            rf"{_HEAD}(?P<rel>(?i:yesterday|today|tonight|overnight|tomorrow|last{_SP}night"
            rf"|the{_SP}day{_SP}before{_SP}yesterday"
            rf"|this{_SP}(?:morning|afternoon|evening)))(?!\w){_TIME_OF_DAY}"
        ),
        "weekday": re.compile(
            rf"{_HEAD_ON}(?:(?P<wmod>(?i:this{_SP}past|last|this|past|previous|next)){_SP})?"
            rf"(?P<wd>{_WEEKDAY}){_TIME_OF_DAY}"
        ),
        "bare_month": re.compile(
            rf"(?:{_CUE}|{_START}(?P<rel>(?i:last|this|next)){_SP})(?P<m>{_FULL_MONTH})"
            # a range of months: "between November and March", "from June to August"
            rf"(?:{_SP}(?i:and|to|through|until|till){_SP}(?P<m2>{_FULL_MONTH}))?"
        ),
        "season": re.compile(
            rf"(?:{_CUE}|{_START}(?P<rel>(?i:last|this|next|this{_SP}past|past)){_SP})"
            rf"(?:(?i:the){_SP})?(?P<season>(?i:spring|summer|autumn|fall|winter))(?!\w)"
            rf"(?:{_SP}(?i:of){_SP}(?P<y>{_YEAR}))?"
        ),
        "year": re.compile(rf"{_CUE}(?P<y>{_YEAR}){_NOT_COUNTED}"),
    }
)
_PRIORITY: Final = MappingProxyType({name: rank for rank, name in enumerate(_PATTERNS)})

#: What a text must contain for each construction to match in it, checked before the pattern
#: runs (most sentences name no month and no "ago", so most patterns are skipped). Each entry
#: is a conjunction of alternatives: one word of every tuple must occur where a word starts.
#: Lowercase words are looked for in the case-folded text (see :func:`_masked`); digits and
#: capitalised or upper-case month and weekday spellings in the text as written, as the
#: patterns match them. Every alternative is a substring the pattern cannot match without.
_MONTH_STEMS: Final = tuple(stem for name in _MONTH_NAMES for stem in (name[:3], name[:3].upper()))
#: Weekdays are never abbreviated in the patterns: the whole name, as the patterns spell it.
_WEEKDAY_SPELLINGS: Final = tuple(
    spelling for name in _WEEKDAY_NAMES for spelling in (name, name.upper())
)
_DIGITS: Final = tuple("0123456789")
#: How every year the patterns read begins (1800-2099).
_CENTURIES: Final = ("18", "19", "20")
#: The words a named day ends with ("last night", "this morning").
_NAMED_DAYS: Final = (
    "yesterday", "today", "tonight", "overnight", "tomorrow", "night", "morning", "afternoon",
    "evening",
)  # fmt: skip
#: The words a named day starts with: "last night", "this morning", "the day before yesterday".
_NAMED_DAY_HEADS: Final = ("yesterday", "today", "tonight", "overnight", "tomorrow", "last", "this")
#: The verbs of a since-clause ("since the war began in 2011").
_SINCE_VERBS: Final = ("began", "begun", "started", "erupted", "broke", "flared", "escalated")
#: What the first week, half or fortnight is the part of.
_PIECES: Final = ("week", "half", "fortnight")
_SEASONS: Final = ("spring", "summer", "autumn", "fall", "winter")
#: The month each season begins in (meteorological seasons of the northern hemisphere).
_SEASON_STARTS: Final = MappingProxyType(
    {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
)
_ORDINALS: Final = ("first", "second", "third", "fourth", "last", "final")
#: The nouns of the anchored, "the week" and "the first week of" constructions, one tuple for
#: all three so that it is looked for once (a superset of what each needs).
_DAY_WORDS: Final = ("day", "night", "morning", "afternoon", "evening", "week", "half", "fortnight")
#: The determiners of calendar units; every "the ..." construction needs one of them.
_DIRECTIONS: Final = ("last", "this", "next", "previous", "the")
_NEEDS: Final[MappingProxyType[str, tuple[tuple[str, ...], ...]]] = MappingProxyType(
    {
        "since_clause": (("since",), _SINCE_VERBS),
        "numeric": (_DIGITS,),
        "dmy": (_DIGITS, _MONTH_STEMS),
        "mdy": (_DIGITS, _MONTH_STEMS),
        "part_of": (_PIECES, ("the",), _ORDINALS),
        "month_year": (_CENTURIES, _MONTH_STEMS),
        "anchored": (_DAY_WORDS,),
        "ago": (("ago",),),
        "duration": (("hour", "day", "week", "month", "year", "decade"),),
        "calendar": (("week", "month", "year"), _DIRECTIONS),
        "named_day": (_NAMED_DAYS, _NAMED_DAY_HEADS),
        "weekday": (_WEEKDAY_SPELLINGS,),
        "bare_month": (_MONTH_STEMS,),
        "season": (_SEASONS,),
        "year": (_CENTURIES,),
    }
)
#: What a construction's digits must look like, where words cannot say it: a numeric date
#: has a digit, a separator and a digit. Checked after :data:`_NEEDS`, on the text as
#: written. (A year's four digits are checked at each anchor, see :data:`_AROUND`.)
_NEEDS_SHAPE: Final[MappingProxyType[str, re.Pattern[str]]] = MappingProxyType(
    {"numeric": re.compile(r"[0-9][-/.][0-9]")}
)
#: Every distinct tuple of :data:`_NEEDS` once, with whether it is looked for in folded text,
#: and each construction's needs as positions in it: a text is searched for each tuple once.
_NEED_WORDS: Final = tuple(
    (words, words[0].islower())
    for words in dict.fromkeys(words for needs in _NEEDS.values() for words in needs)
)
_NEED_INDICES: Final = tuple(
    (name, tuple([words for words, _ in _NEED_WORDS].index(words) for words in needs))
    for name, needs in _NEEDS.items()
)
#: Each construction's needs as a bitmask of positions in :data:`_NEED_WORDS` (bit ``i`` for
#: position ``i``), with its shape.
_NEED_SETS: Final = tuple(
    (name, sum({1 << index for index in indices}), _NEEDS_SHAPE.get(name))
    for name, indices in _NEED_INDICES
)


def _masks() -> tuple[bytes, bytes]:
    """Byte tables that keep ASCII word characters (the second lowercases them), others to 0."""
    word = {ord(c) for c in "_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    written = bytes(byte if byte in word else 0 for byte in range(256))
    lowered = bytes(ord(chr(byte).lower()) if byte in word else 0 for byte in range(256))
    return written, lowered


#: See :func:`_masked`.
_MASK_WRITTEN, _MASK_LOWERED = _masks()


def _finder(lowered: bool) -> re.Pattern[bytes]:
    """A zero byte then the longest needed word of one case kind (see :func:`_masked`).

    The words are grouped by their first letter, so that the matcher tries one group at a
    start; within a group the longest is tried first.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted({word for words, kind in _NEED_WORDS if kind is lowered for word in words}):
        groups.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for head, tails in groups.items():
        longest = sorted((tail for tail in tails if tail), key=lambda tail: (-len(tail), tail))
        optional = "?" if "" in tails else ""
        rest = f"(?:{'|'.join(map(re.escape, longest))}){optional}" if longest else ""
        alternatives.append(re.escape(head) + rest)
    return re.compile(f"\\x00(?:{'|'.join(alternatives)})".encode())


#: Where a needed word starts in a masked text: at a zero byte, which stands for a character
#: that is no word character. Literal alternatives, longest first; no repetition.
_NEED_FINDERS: Final[MappingProxyType[bool, re.Pattern[bytes]]] = MappingProxyType(
    {lowered: _finder(lowered) for lowered in (True, False)}
)
#: For every match of a finder (zero byte and word), the tuples of :data:`_NEED_WORDS` it
#: satisfies: those of the same case kind that hold the word or a prefix of it ("18" is also
#: a digit), as a bitmask of their positions (see :data:`_NEED_SETS`).
_NEED_HITS: Final = MappingProxyType(
    {
        b"\x00" + found.encode(): sum(
            1 << index
            for index, (words, kind) in enumerate(_NEED_WORDS)
            if kind is lowered and found.startswith(words)
        )
        for lowered in (True, False)
        for found in {word for words, kind in _NEED_WORDS if kind is lowered for word in words}
    }
)

#: The constructions that are looked for only near their anchor words, each as (the words of
#: :data:`_NEEDS` one of which every match holds where a word starts, the group that starts
#: with it or ``None`` for anywhere in the match, the most characters from a match's start to
#: that word's start). The lead is the longest text the pattern can match before the group
#: (or at all); tests check it against the pattern. Where these words are rare and sentences
#: long, most of a text is never scanned (see :func:`_near_anchors`).
_ANCHORS: Final[MappingProxyType[str, tuple[tuple[str, ...], str | None, int]]] = (
    MappingProxyType(
        {
            "dmy": (_MONTH_STEMS, "m", 103),
            "mdy": (_MONTH_STEMS, "m", 68),
            "month_year": (_MONTH_STEMS, "m", 40),
            "anchored": (_DAY_WORDS, None, 42),
            "duration": (_NEEDS["duration"][0], "unit", 65),
            "calendar": (_NEEDS["calendar"][0], "unit", 57),
            "weekday": (_WEEKDAY_SPELLINGS, "wd", 59),
            "bare_month": (_MONTH_STEMS, "m", 40),
            "year": (_CENTURIES, "y", 40),
        }
    )
)
#: For every match of a finder of :data:`_NEED_FINDERS` (zero byte and word), the
#: constructions of :data:`_ANCHORS` whose anchor words, of the same case kind, hold the word
#: or a prefix of it: as the finder finds the longest needed word at a start, and anchor words
#: are needed words, these are the constructions with an anchor word starting there.
_ANCHOR_HITS: Final = MappingProxyType(
    {
        b"\x00" + found.encode(): tuple(
            name
            for name, (words, _, _) in _ANCHORS.items()
            if words[0].islower() is lowered and found.startswith(words)
        )
        for lowered in (True, False)
        for found in {word for words, kind in _NEED_WORDS if kind is lowered for word in words}
    }
)

#: Around an anchor word, what the folded masked text (see :func:`_masked`) holds, read
#: backwards from the byte before the word: whole words separated by runs of one to seven
#: zero bytes (a gap of spaces, a hyphen, ", "). Each pattern below is matched at that byte of
#: the reversed mask, so its words are spelled backwards; ``(?=\x00)`` after a word says that
#: it starts where a word starts. Every repetition is bounded and every word is followed by a
#: zero byte, so a match takes a bounded number of steps.
_BACK_GAP: Final = rb"\x00{1,7}"
_BACK_DIGITS: Final = rb"(?:ts|dn|dr|ht)?[0-9]{1,3}"


def _backwards(words: tuple[str, ...]) -> bytes:
    """An alternation of ``words`` spelled backwards, as whole words of the reversed mask."""
    spelled = sorted({word[::-1] for word in words}, key=lambda word: (-len(word), word))
    return b"(?:" + b"|".join(re.escape(word).encode() for word in spelled) + rb")(?=\x00)"


#: The words of the heads (:data:`_HEAD`, :data:`_HEAD_ON`, :data:`_CUE`): prepositions and the
#: words of :data:`_PART_WORDS`.
_HEAD_WORDS: Final = (
    "since", "in", "on", "during", "throughout", "at", "over", "early", "mid", "late", "earlier",
    "later", "the", "end", "beginning", "start", "middle", "of",
)  # fmt: skip
#: The words of :data:`_COUNT`, digits aside.
_COUNT_WORDS: Final = (*_SINGLE_NUMBER_WORDS, "few", "couple", "of")
_WEEKDAY_WORDS: Final = tuple(name.lower() for name in _WEEKDAY_NAMES)
#: For each construction of :data:`_ANCHORS`, every word that one of its matches can hold
#: before its anchor word (a superset: more words only make the reach longer), and whether a
#: number can be one of them.
_LEAD_WORDS: Final[MappingProxyType[str, tuple[tuple[str, ...], bool]]] = MappingProxyType(
    {
        "dmy": (
            (*_HEAD_WORDS, "between", "from", *_WEEKDAY_WORDS, "and", "to", "through", "until",
             "till"),
            True,
        ),
        "mdy": ((*_HEAD_WORDS, "between", "from", *_WEEKDAY_WORDS), False),
        "month_year": (_HEAD_WORDS, False),
        "anchored": (
            ("on", "by", "at", "the", "that", "very", "same", "next", "following", "previous",
             "preceding", "earlier", "later", "in", *_COUNT_WORDS),
            True,
        ),
        "duration": (
            ("in", "over", "during", "within", "throughout", "for", "the", "this", "past",
             "last", "previous", "coming", "next", "recent", "nearly", "almost", "about",
             "around", "some", "roughly", "approximately", "under", "more", "less", "fewer",
             "than", "just", *_COUNT_WORDS),
            True,
        ),
        "calendar": ((*_HEAD_WORDS, "last", "this", "past", "next", "previous"), False),
        "weekday": ((*_HEAD_WORDS, "this", "past", "last", "previous", "next"), False),
        "bare_month": ((*_HEAD_WORDS, "last", "this", "next"), False),
        "year": (_HEAD_WORDS, False),
    }
)  # fmt: skip


def _reach(words: tuple[str, ...], digits: bool) -> re.Pattern[bytes]:
    """Up to sixteen of ``words`` (and numbers) walking back over the reversed mask."""
    word = _backwards(words)
    if digits:
        word = b"(?:" + word + b"|" + _BACK_DIGITS + rb"(?=\x00))"
    return re.compile(b"(?:" + _BACK_GAP + word + b"){0,16}")


#: Where a day number ends a gap before a month: "3 March", "3rd of March", "3-5 March".
_BACK_DAY: Final = rb"\x00{1,3}(?:fo\x00{1,3})?(?:ts|dn|dr|ht)?[0-9]{1,2}(?=\x00)"
#: The words of :data:`_CUE` a bare month or year may follow where a word starts.
_CUE_WORDS: Final = (
    "since", "in", "during", "throughout", "over", "early", "mid", "late", "earlier", "later",
    "of",
)  # fmt: skip
#: The lookbehinds of :data:`_CUE_BEHIND`: one space, and the word may end another word.
_BACK_CUE_BEHIND: Final = rb"|\x00(?:litnu|llit|yb|morf|neewteb|hguorht|erofeb|retfa|fo)"
#: What a year follows (:data:`_CUE`), and a bare month, which may also follow "last",
#: "this" or "next".
_BACK_CUE: Final = _BACK_GAP + _backwards(_CUE_WORDS) + _BACK_CUE_BEHIND
_BACK_MONTH_CUE: Final = (
    _BACK_GAP + _backwards((*_CUE_WORDS, "last", "this", "next")) + _BACK_CUE_BEHIND
)
#: The direction of a calendar unit: "last week", "this past month", "the year".
_BACK_DIRECTION: Final = rb"\x00{1,3}(?:tsal|tsap\x00{1,3}siht|siht|txen|suoiverp|eht)(?=\x00)"
#: The words right before an anchored day word that need nothing after it: "that same day",
#: "the next day", "earlier in the week".
_BACK_ANCHORED: Final = (
    rb"\x00{1,3}(?:emas|taht|txen|gniwollof|suoiverp|gnidecerp"
    rb"|eht\x00{1,3}ni\x00{1,3}(?:reilrae|retal))(?=\x00)"
)
#: The words right before an anchored day word that a direction must follow: "the day
#: before", "two days later".
_BACK_ANCHORED_THEN: Final = (
    rb"\x00{1,3}(?:" + _backwards(("the", *_COUNT_WORDS)) + b"|" + _BACK_DIGITS + rb"(?=\x00))"
)


@attrs.frozen
class _Around:
    """What must stand around an anchor word for a construction to have its anchor there."""

    #: Matched backwards from the byte before the word (always matches): how many characters
    #: before the word a match with its anchor there can start, at most.
    reach: re.Pattern[bytes]
    #: Alternatives, each (matched backwards from the byte before the word, matched in the
    #: text at the word); ``None`` is no condition. An anchor none of them admits holds no match.
    admit: tuple[tuple[re.Pattern[bytes] | None, re.Pattern[str] | None], ...]


def _around(name: str, *admit: tuple[bytes | None, str | None]) -> tuple[str, _Around]:
    """The entry of :data:`_AROUND` for ``name``, its patterns compiled."""
    return name, _Around(
        _reach(*_LEAD_WORDS[name]),
        tuple(
            (
                None if before is None else re.compile(before),
                None if after is None else re.compile(after),
            )
            for before, after in admit
        ),
    )


#: For each construction of :data:`_ANCHORS`, necessary conditions around its anchor word, each
#: a prefix of what the pattern reads from the anchor on (in the text), or a suffix of what it
#: reads before it (backwards, over the mask, where every character the pattern reads as a word
#: character is kept, folded, and every other one is a zero byte). See :func:`_near_anchors`.
_AROUND: Final[MappingProxyType[str, _Around]] = MappingProxyType(
    dict(
        (
            _around("dmy", (_BACK_DAY, None)),
            _around("mdy", (None, rf"{_MONTH}{_SP}(?:(?i:the){_SP})?{_DAY}")),
            _around(
                "month_year", (None, rf"{_MONTH},?{_SP}(?:(?i:of){_SP})?{_YEAR}{_NOT_COUNTED}")
            ),
            _around(
                "anchored",
                (_BACK_ANCHORED, None),
                (
                    _BACK_ANCHORED_THEN,
                    rf"(?i:days?|weeks?|nights?){_SP}(?i:before|after|earlier|later|previously)",
                ),
            ),
            _around("duration", (None, _DURATION_UNIT)),
            _around("calendar", (_BACK_DIRECTION, r"(?i:week|month|year|weekend)(?!\w)")),
            _around("weekday", (None, _WEEKDAY)),
            _around("bare_month", (_BACK_MONTH_CUE, _FULL_MONTH)),
            _around("year", (_BACK_CUE, rf"{_YEAR}{_NOT_COUNTED}")),
        )
    )
)

#: A date written without a year may lie this far after the article's date ("talks on
#: March 6" in an article of March 4); anything later is taken from the year before.
_FUTURE_GRACE: Final = dt.timedelta(days=7)
_ONE_DAY: Final = dt.timedelta(days=1)
#: What "recent" means for each unit, as (unit, count).
_RECENT: Final = MappingProxyType(
    {
        "hour": ("day", 1),
        "day": ("day", 7),
        "week": ("week", 6),
        "month": ("month", 6),
        "year": ("year", 5),
        "decade": ("year", 30),
    }
)


class _NotADateError(Exception):
    """The matched text only looks like a date ("February 30", "2020-13-45")."""


# --------------------------------------------------------------------------------------------
# Small readers of matched text.
# --------------------------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.lower().split())


#: Month (1-12) and weekday (0 = Monday) numbers by the title-cased first three letters, which
#: tell apart every spelling the patterns match.
_MONTH_NUMBERS: Final = MappingProxyType(
    {name[:3]: number for number, name in enumerate(_MONTH_NAMES, 1)}
)
_WEEKDAY_NUMBERS: Final = MappingProxyType(
    {name[:3]: number for number, name in enumerate(_WEEKDAY_NAMES)}
)


def _month_number(text: str) -> int:
    return _MONTH_NUMBERS[text[:3].title()]


def _weekday_number(text: str) -> int:
    return _WEEKDAY_NUMBERS[text[:3].title()]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _count(text: str) -> int:
    words = _words(text)
    return int(words) if words.isascii() and words.isdigit() else _NUMBER_WORDS[words]


def _group(match: re.Match[str], *names: str) -> str | None:
    """The first of the groups ``names`` that took part in ``match``; the pattern may lack some."""
    groups = match.re.groupindex
    for name in names:
        if name in groups:
            value = match[name]
            if value is not None:
                return value
    return None


def _month_span(year: int, month: int) -> TimeSpan:
    return TimeSpan(dt.date(year, month, 1), _dateutil.month_end(year, month), Granularity.MONTH)


def _year_span(year: int) -> TimeSpan:
    return TimeSpan(dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR)


def _day_span(day: dt.date) -> TimeSpan:
    return TimeSpan(day, day, Granularity.DAY)


def _year_for_day(month: int, day: int, reference: dt.date) -> dt.date | None:
    """The latest ``month``/``day`` no later than a week after ``reference``."""
    latest = reference + _FUTURE_GRACE
    for year in range(reference.year + 1, reference.year - 9, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= latest:
            return candidate
    return None


def _year_for_month(month: int, reference: dt.date) -> int:
    """The year of the latest ``month`` that began on or before ``reference``."""
    return reference.year if month <= reference.month else reference.year - 1


def _shift_unit(day: dt.date, unit: str, count: int) -> dt.date:
    """Move ``day`` by ``count`` of ``unit`` (singular: day, week, month, year, decade, hour)."""
    if unit == "hour":
        days = math.ceil(abs(count) / 24)
        return day + dt.timedelta(days=days if count >= 0 else -days)
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    if unit == "month":
        return _dateutil.shift(day, months=count)
    if unit == "decade":
        return _dateutil.shift(day, years=10 * count)
    return _dateutil.shift(day, years=count)


def _unit(text: str) -> str:
    return text.lower().removesuffix("s")


# --------------------------------------------------------------------------------------------
# Validity: whether a match is a date at all (independent of the reference date).
# --------------------------------------------------------------------------------------------


def _check_day_month(match: re.Match[str]) -> None:
    year = match["y"]
    month = _month_number(match["m"]) if not match["m"].isdigit() else int(match["m"])
    day = _day_number(match["d"])
    days = [day] if _group(match, "d2") is None else [day, _day_number(match["d2"])]
    if len(days) == 2 and days[1] <= days[0]:
        raise _NotADateError
    try:
        for number in days:
            dt.date(int(year) if year else 2000, month, number)
    except ValueError as error:
        raise _NotADateError from error


def _numeric_readings(match: re.Match[str], reference: dt.date | None) -> list[dt.date]:
    """The possible days of a numeric date, day-first reading first; ``[]`` when unknowable.

    A two-digit year is the one in the century that ends ten years after ``reference``
    (none without a reference); impossible readings ("31/04") are left out.
    """
    if match["y"] is not None:
        orders = [(int(match["y"]), int(match["m"]), int(match["d"]))]
    else:
        first, second = int(match["a"]), int(match["b"] or match["b2"])
        if match["y4"] is not None:
            year = int(match["y4"])
        elif reference is None:
            return []
        else:
            year = reference.year + 10 - (reference.year + 10 - int(match["y2"])) % 100
        orders = [(year, second, first), (year, first, second)]
    readings = []
    for year, month, day in orders:
        try:
            readings.append(dt.date(year, month, day))
        except ValueError:
            continue
    return readings


def _check_numeric(match: re.Match[str]) -> None:
    if match["y"] is not None or match["y4"] is not None:
        if not _numeric_readings(match, None):
            raise _NotADateError
        return
    # A two-digit year: check both readings in a leap year, as the century is not yet known.
    first, second = int(match["a"]), int(match["b2"])
    if not any(
        1 <= month <= 12 and 1 <= day <= _dateutil.month_end(2000, month).day
        for month, day in ((second, first), (first, second))
    ):
        raise _NotADateError


#: Words after "the week" that make it some other week ("the week before", "the week of
#: talks", "the week-long truce"), not the one the article reports.
_NOT_THIS_WEEK: Final = frozenset(
    (
        "before", "after", "earlier", "later", "of", "ahead", "to", "that", "when", "in", "on",
        "at", "for", "since", "following", "leading", "long",
    )
)  # fmt: skip


def _check_the_week(match: re.Match[str]) -> None:
    """Let "over/during/throughout/in the week" through: the seven days up to the reference."""
    prep = (match["prep"] or "").lower()
    if match["unit"].lower() != "week" or prep not in ("over", "during", "throughout", "in"):
        raise _NotADateError
    if match["part"] is not None:
        raise _NotADateError
    after = match.string[match.end() : match.end() + 14]
    if after[:1] == "-" or after[:1] == "\u2011":
        raise _NotADateError
    following = after.split(None, 1)
    if following and following[0].lower().strip(",.;:") in _NOT_THIS_WEEK and after[:1] == " ":
        raise _NotADateError


def _check(name: str, match: re.Match[str]) -> None:
    """Raise :class:`_NotADateError` when the match only looks like a date."""
    if name == "numeric":
        _check_numeric(match)
    elif name in ("dmy", "mdy"):
        _check_day_month(match)
    elif name == "bare_month":
        opener = match.string[max(0, match.start() - 8) : match.start()].lower()
        if match["m2"] is None and opener == "between ":
            raise _NotADateError  # "between May and Putin": "between" cues a range of months
    elif name == "season":
        if match["season"].lower() == "fall" and not (match["y"] or match["rel"]):
            raise _NotADateError  # "in the fall of Mosul": "fall" needs a year or "last"
    elif name == "part_of":
        nth, piece = _words(match["nth"]), _words(match["piece"])
        if piece != "week" and nth in ("third", "fourth"):
            raise _NotADateError  # a month or a year has two halves and two fortnights
    elif name == "calendar":
        direction = _words(match["dir"])
        unit = match["unit"].lower()
        if direction == "the" and match["part"] is not None and unit in ("month", "year"):
            pass  # "since the start of the year", "at the end of the month": the current one
        elif direction == "the" and unit != "weekend":
            _check_the_week(match)
        elif direction == "this past" and match["unit"].lower() != "weekend":
            raise _NotADateError  # "this past week" is a rolling period, read by "duration"
    elif name == "duration":
        direction = _words(match["dir"] or "")
        number = _words(match["num"] or "")
        plural = match["unit"].lower().endswith("s")
        short = _unit(match["unit"]) in ("day", "hour")
        if direction.endswith("recent"):
            if number or not plural:
                raise _NotADateError
        elif not direction:  # "in nine years" is a period; "in one day", "for days" are not
            if not match["prep"] or not number or (_count(number) < 2 and not match["hedge"]):
                raise _NotADateError
        elif direction == "last" and not number:
            raise _NotADateError  # "last week" is the calendar's; "in last 17 days" a period
        elif direction.endswith(("next", "previous")) and not number:
            raise _NotADateError  # "the next day" counts from the anchor; "the previous week"
        elif not (number or plural or direction.endswith("past")) and short:
            raise _NotADateError  # "on the last day of the talks"


# --------------------------------------------------------------------------------------------
# Resolvers: one per construction, from a match to the span it names.
# --------------------------------------------------------------------------------------------

_Resolver = Callable[[re.Match[str], dt.date | None, dt.date | None], TimeSpan | None]


def _resolve_since_clause(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    year = match["y"] or match["y2"]
    if match["m"] is None:
        return _year_span(int(year))
    month = _month_number(match["m"])
    if year:
        return _month_span(int(year), month)
    if reference is None:
        return None
    return _month_span(_year_for_month(month, reference), month)


def _resolve_numeric(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    readings = _numeric_readings(match, reference)
    if len(set(readings)) > 1:  # "10/04/2031": the reading on or before the reference, nearest
        if reference is None:
            return None
        past = [day for day in readings if day <= reference]
        readings = [max(past)] if past else [min(readings)]
    return _day_span(readings[0]) if readings else None


def _resolve_part_of(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if match["m"] is not None:
        month = _month_number(match["m"])
        if match["y"] is not None:
            whole = _month_span(int(match["y"]), month)
        elif reference is None:
            return None
        else:
            whole = _month_span(_year_for_month(month, reference), month)
    elif match["y2"] is not None:
        whole = _year_span(int(match["y2"]))
    else:
        if reference is None:
            return None
        step = {"this": 0, "next": 1}.get(match["rel"].lower(), -1)
        if match["unit"].lower() == "month":
            first = _dateutil.shift(reference.replace(day=1), months=step)
            whole = _month_span(first.year, first.month)
        else:
            whole = _year_span(reference.year + step)
    nth, piece = _words(match["nth"]), _words(match["piece"])
    last = nth in ("last", "final")
    if piece == "half":
        if whole.granularity is Granularity.YEAR:
            start = whole.start.replace(month=7) if last or nth == "second" else whole.start
            end = whole.end if start.month == 7 else whole.start.replace(month=6, day=30)
        else:
            start = whole.start.replace(day=16) if last or nth == "second" else whole.start
            end = whole.end if start.day == 16 else whole.start.replace(day=15)
        return TimeSpan(start, end, Granularity.PERIOD)
    length = 7 if piece == "week" else 14
    if last:
        return TimeSpan(whole.end - dt.timedelta(days=length - 1), whole.end, Granularity.PERIOD)
    index = ("first", "second", "third", "fourth").index(nth)
    start = whole.start + dt.timedelta(days=length * index)
    end = whole.end if piece == "fortnight" and index == 1 else start + dt.timedelta(length - 1)
    return TimeSpan(start, min(end, whole.end), Granularity.PERIOD)


def _resolve_day_month(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    month = _month_number(match["m"])
    day = _day_number(match["d"])
    if match["y"]:
        start = dt.date(int(match["y"]), month, day)
    else:
        if reference is None:
            return None
        found = _year_for_day(month, day, reference)
        if found is None:
            return None
        start = found
    if match["d2"] is None:
        return _day_span(start)
    return TimeSpan(start, start.replace(day=_day_number(match["d2"])), Granularity.PERIOD)


def _resolve_month_year(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    return _month_span(int(match["y"]), _month_number(match["m"]))


def _rest_of_week(side: str, reference: dt.date | None) -> TimeSpan | None:
    """Part of the week around ``reference``; ``None`` when no day is left.

    "Earlier in the week" is the six days before ``reference``; "later in the week" the days
    after it to the end of its calendar week.
    """
    if reference is None:
        return None
    if side == "later":
        sunday = reference + dt.timedelta(days=6 - reference.weekday())
        if sunday == reference:
            return None
        return TimeSpan(reference + _ONE_DAY, sunday, Granularity.PERIOD)
    return TimeSpan(reference - dt.timedelta(days=6), reference - _ONE_DAY, Granularity.PERIOD)


def _resolve_anchored(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if match["unit4"] is not None and match["unit4"].lower() == "week":
        return _rest_of_week(match["side"].lower(), reference)
    base = anchor if anchor is not None else reference
    if base is None:
        return None
    if match["same"] or match["unit4"]:  # "earlier in the day": the day the text is about
        return _day_span(base)
    if match["dir1"]:
        step = 1 if match["dir1"].lower() in ("next", "following") else -1
        return _day_span(base + step * _ONE_DAY)
    if match["unit2"]:
        sign = 1 if match["dir2"].lower() in ("after", "later") else -1
        days = 7 if match["unit2"].lower() == "week" else 1
        return _day_span(base + dt.timedelta(days=sign * days))
    sign = 1 if match["dir3"].lower() in ("later", "after", "afterwards") else -1
    if anchor is None and match["dir3"].lower() in ("after", "before"):
        following = match.string[match.end() : match.end() + 2].strip()
        if following[:1].isalnum():
            # "more than a week after jihadis raided the town": after the event its clause
            # tells, which no earlier date gives; not a week after the page's date
            return None
    unit = "week" if _unit(match["unit3"]) == "week" else "day"
    return _day_span(_shift_unit(base, unit, sign * _count(match["num"])))


def _resolve_ago(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if reference is None:
        return None
    unit = _unit(match["unit"])
    count = _count(match["num"])
    if unit == "hour":
        day = reference - dt.timedelta(days=count // 24)
    else:
        day = _shift_unit(reference, unit, -count)
    granularity = {"month": Granularity.MONTH, "year": Granularity.YEAR, "decade": Granularity.YEAR}
    return TimeSpan(day, day, granularity.get(unit, Granularity.DAY))


def _resolve_duration(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if reference is None:
        return None
    direction = _words(match["dir"] or "")
    unit = _unit(match["unit"])
    if direction == "recent" or (not match["num"] and match["unit"].lower().endswith("s")):
        unit, count = _RECENT[unit]  # "in recent weeks", "in the coming days"
    else:
        count = _count(match["num"]) if match["num"] else 1
    if direction.endswith(("next", "coming")):
        return TimeSpan(reference, _shift_unit(reference, unit, count), Granularity.PERIOD)
    return TimeSpan(_shift_unit(reference, unit, -count), reference, Granularity.PERIOD)


def _resolve_calendar(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if reference is None:
        return None
    direction = _words(match["dir"]).removeprefix("the ")
    step = {"last": -1, "previous": -1, "next": 1}.get(direction, 0)
    unit = match["unit"].lower()
    if direction == "the" and unit == "week":  # "over the week": the seven days to the reference
        return TimeSpan(reference - dt.timedelta(days=6), reference, Granularity.PERIOD)
    monday = reference - dt.timedelta(days=reference.weekday())
    if unit == "weekend":
        if step == 0 and reference.weekday() >= 5:
            saturday = monday + dt.timedelta(days=5)
        else:
            saturday = monday + dt.timedelta(days=5 if step > 0 else -2)
        return TimeSpan(saturday, saturday + _ONE_DAY, Granularity.PERIOD)
    if unit == "week":
        first = monday + dt.timedelta(weeks=step)
        span = TimeSpan(first, first + dt.timedelta(days=6), Granularity.WEEK)
    elif unit == "month":
        first = _dateutil.shift(reference.replace(day=1), months=step)
        span = _month_span(first.year, first.month)
    else:
        span = _year_span(reference.year + step)
    if step == 0 and direction == "this" and match["part"] is None:
        return TimeSpan(span.start, reference, span.granularity)
    return span


def _resolve_named_day(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if reference is None:
        return None
    word = _words(match["rel"])
    if word == "overnight":
        return TimeSpan(reference - _ONE_DAY, reference, Granularity.PERIOD)
    offsets = {"yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}
    offset = offsets.get(word, 0)
    return _day_span(reference + offset * _ONE_DAY)


def _resolve_weekday(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if reference is None:
        return None
    weekday = _weekday_number(match["wd"])
    modifier = _words(match["wmod"] or "this")
    if modifier == "next":
        return _day_span(_dateutil.weekday_after(reference, weekday))
    if modifier == "this":
        return _day_span(_dateutil.weekday_on_or_before(reference, weekday))
    return _day_span(_dateutil.weekday_on_or_before(reference - _ONE_DAY, weekday))


def _resolve_bare_month(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    if reference is None:
        return None
    month = _month_number(match["m"])
    relation = (match["rel"] or "").lower()
    if relation == "this":
        year = reference.year
    elif relation == "last":
        year = reference.year if month < reference.month else reference.year - 1
    elif relation == "next":
        year = reference.year if month > reference.month else reference.year + 1
    else:
        year = _year_for_month(month, reference)
    if match["m2"] is None:
        return _month_span(year, month)
    # "between November and March": the range ends in the latest such month, and opens in the
    # latest first month on or before it
    last = _month_number(match["m2"])
    end = _month_span(_year_for_month(last, reference), last)
    first_year = end.start.year if month <= last else end.start.year - 1
    return TimeSpan(_month_span(first_year, month).start, end.end, Granularity.PERIOD)


def _season_span(year: int, season: str) -> TimeSpan:
    """The three months of ``season`` that begin in ``year`` (winter runs into the next)."""
    first = _SEASON_STARTS[season]
    last = _dateutil.shift(dt.date(year, first, 1), months=2)
    return TimeSpan(
        dt.date(year, first, 1), _dateutil.month_end(last.year, last.month), Granularity.PERIOD
    )


def _resolve_season(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    season = match["season"].lower()
    if match["y"]:
        return _season_span(int(match["y"]), season)
    if reference is None:
        return None
    latest = _season_span(reference.year, season)  # the latest one begun on or before R
    if latest.start > reference:
        latest = _season_span(reference.year - 1, season)
    relation = _words(match["rel"] or "")
    if relation == "next":
        return _season_span(latest.start.year + 1, season)
    if relation in ("last", "past", "this past") and latest.end >= reference:
        return _season_span(latest.start.year - 1, season)  # under way: "last" is the one before
    return latest


def _resolve_year(
    match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    return _year_span(int(match["y"]))


_RESOLVERS: Final[MappingProxyType[str, _Resolver]] = MappingProxyType(
    {
        "since_clause": _resolve_since_clause,
        "numeric": _resolve_numeric,
        "dmy": _resolve_day_month,
        "mdy": _resolve_day_month,
        "part_of": _resolve_part_of,
        "month_year": _resolve_month_year,
        "anchored": _resolve_anchored,
        "ago": _resolve_ago,
        "duration": _resolve_duration,
        "calendar": _resolve_calendar,
        "named_day": _resolve_named_day,
        "weekday": _resolve_weekday,
        "bare_month": _resolve_bare_month,
        "season": _resolve_season,
        "year": _resolve_year,
    }
)


def _apply_part(span: TimeSpan, part: str, reference: dt.date | None) -> TimeSpan | None:
    """Narrow ``span`` to its early, middle or late part, or to before/after the reference."""
    words = _words(part).removeprefix("the ")
    kind = {"end of": "late", "beginning of": "early", "start of": "early", "middle of": "mid"}
    part = kind.get(words, words)
    if span.is_day:
        return span
    if part in ("earlier", "later"):
        if reference is None or not span.start <= reference <= span.end:
            return span
        if part == "earlier":
            start, end = span.start, reference - _ONE_DAY
        else:
            start, end = reference + _ONE_DAY, span.end
        return TimeSpan(start, end, span.granularity) if start <= end else None
    index = ("early", "mid", "late").index(part)
    if span.granularity is Granularity.MONTH and span.start.day == 1:
        bounds = ((1, 10), (11, 20), (21, span.end.day))[index]
        start, end = span.start.replace(day=bounds[0]), span.start.replace(day=bounds[1])
    elif span.granularity is Granularity.YEAR and (span.start.month, span.end.month) == (1, 12):
        first = 1 + 4 * index
        start = span.start.replace(month=first)
        end = _dateutil.month_end(span.start.year, first + 3)
    else:
        length = (span.end - span.start).days + 1
        if length < 3:
            return span
        third = length // 3
        start = span.start + dt.timedelta(days=third * index)
        end = span.end if index == 2 else start + dt.timedelta(days=third - 1)
    return TimeSpan(start, end, Granularity.PERIOD)


#: The groups of part-of words each construction's pattern has, in the order they are read,
#: and the constructions whose pattern has a preposition group.
_PART_GROUPS: Final = MappingProxyType(
    {
        name: tuple(group for group in ("part", "part2") if group in pattern.groupindex)
        for name, pattern in _PATTERNS.items()
    }
)
_PREP_GROUPS: Final = frozenset(
    name for name, pattern in _PATTERNS.items() if "prep" in pattern.groupindex
)


def _resolve(
    name: str, match: re.Match[str], reference: dt.date | None, anchor: dt.date | None
) -> TimeSpan | None:
    """Resolve one match, with its part-of and ``since`` applied; ``None`` when unknowable."""
    try:
        span = _RESOLVERS[name](match, reference, anchor)
        part = None
        for group in _PART_GROUPS[name]:  # what _group(match, "part", "part2") gives
            part = match[group]
            if part is not None:
                break
        if span is not None and part is not None:
            span = _apply_part(span, part, reference)
        prep = match["prep"] if name in _PREP_GROUPS else None
        since = name == "since_clause" or (prep is not None and prep.lower() == "since")
        if span is not None and since:
            if reference is None or span.start > reference:
                return None
            span = TimeSpan(span.start, reference, Granularity.PERIOD)
    except (OverflowError, ValueError):  # beyond the years 1..9999
        return None
    return span


#: What a day may be the part of, written before it with single spaces ("the night of March 3",
#: "dawn on Friday"); found by :func:`_led`, which looks only in front of a day already found.
_LEADS: Final = (
    "the early hours of", "the small hours of", "early hours of", "the night of", "the morning of",
    "the afternoon of", "the evening of", "the eve of", "dawn", "dusk", "midday", "midnight",
)  # fmt: skip
#: A preposition a lead may carry ("in the early hours of", "at dawn on").
_LEAD_PREPOSITIONS: Final = ("on", "in", "at", "during", "before", "after", "by")
#: The constructions that name a single day a lead may precede.
_LED: Final = frozenset(("numeric", "dmy", "mdy", "weekday"))


def _word_before(text: str, end: int, words: tuple[str, ...]) -> tuple[int, str] | None:
    """Where one of ``words`` starts, and which, when it ends 1-3 spaces before ``end``.

    The word must stand whole: no letter, digit or underscore right before it.
    """
    window = text[max(0, end - 22) : end]
    stripped = window.rstrip(" \t")
    if not 1 <= len(window) - len(stripped) <= 3:
        return None
    lowered = stripped.lower()
    if not lowered.endswith(words):
        return None
    for word in words:
        if lowered.endswith(word):
            start = len(stripped) - len(word)
            if start == 0 or not (stripped[start - 1].isalnum() or stripped[start - 1] == "_"):
                return end - len(window) + start, word
    return None


def _led(text: str, mention: DateMention) -> DateMention:
    """``mention`` widened to the lead in front of it ("on the night of" March 3).

    "The eve of" a day is the day before; every other lead names the day itself.
    """
    found = _word_before(text, mention.start, _LEADS)
    if found is None:
        return mention
    start, lead = found
    span = mention.span
    if span is not None and lead == "the eve of":
        span = TimeSpan(span.start - _ONE_DAY, span.end - _ONE_DAY, span.granularity)
    preposition = _word_before(text, start, _LEAD_PREPOSITIONS)
    if preposition is not None:
        start = preposition[0]
    return DateMention(start, mention.end, text[start : mention.end], span)


#: The words that open a range of dates and the words that join its two ends.
_RANGE_OPENERS: Final = ("between", "from")
_RANGE_JOINERS: Final = frozenset(("and", "to", "through", "until", "till", "into", "-", "\u2013"))
#: The longest gap between the two ends of a range: three spaces, "through", three spaces.
_RANGE_GAP: Final = 13


def _range_start(text: str, mention: DateMention) -> int | None:
    """Where "between" or "from" begins when ``mention`` starts with it or comes right after it."""
    if mention.text[:8].lower().startswith(_RANGE_OPENERS):
        return mention.start
    before = text[max(0, mention.start - 11) : mention.start]
    word = before.rstrip(" \t")
    if not 1 <= len(before) - len(word) <= 3:
        return None
    for opener in _RANGE_OPENERS:
        if word[-len(opener) :].lower() == opener:
            head = word[: -len(opener)]
            if head and (head[-1].isalnum() or head[-1] == "_"):
                return None
            return mention.start - len(before) + len(head)
    return None


def _joined(text: str, first: DateMention, second: DateMention) -> DateMention | None:
    """The range "between/from ``first`` and/to ``second``" as one mention, or ``None``.

    Both ends must be resolved and in order; the range runs from the first's start to the
    second's end. Without a reference neither end may resolve, and they stay two mentions.
    """
    if second.start - first.end > _RANGE_GAP:
        return None
    gap = text[first.end : second.start]
    if "\n" in gap or "\r" in gap:
        return None
    if gap.strip(" \t").lower() not in _RANGE_JOINERS:
        return None
    if first.span is None or second.span is None or first.span.start > second.span.start:
        return None
    start = _range_start(text, first)
    if start is None and gap.strip(" \t").lower() == "into":  # "Saturday night into Sunday"
        start = first.start
    if start is None:
        return None
    span = TimeSpan(first.span.start, max(first.span.end, second.span.end), Granularity.PERIOD)
    return DateMention(start, second.end, text[start : second.end], span)


def _mentions(text: str, reference: dt.date | None, anchor: dt.date | None) -> list[DateMention]:
    """Every mention in ``text``, ranges joined; single days move the anchor of later ones.

    A range has two ends: a joined range is never joined again, so "X into Y into Z ..."
    cannot grow one mention, and copy its text, over and over.
    """
    mentions: list[DateMention] = []
    last_joined = False
    for name, match in _candidates(text):
        span = _resolve(name, match, reference, anchor)
        mention = DateMention(match.start(), match.end(), match.group(), span)
        if name in _LED and (match["prep"] is None or match["prep"].lower() == "on"):
            led = _led(text, mention)
            if not mentions or led.start >= mentions[-1].end:
                mention = led
        if mention.span is not None and mention.span.is_day:
            anchor = mention.span.start
        joined = _joined(text, mentions[-1], mention) if mentions and not last_joined else None
        last_joined = joined is not None
        if joined is not None:
            mentions[-1] = joined
        else:
            mentions.append(mention)
    return mentions


def _masked(text: str, *, lowered: bool) -> bytes:
    """``text`` as bytes, one per character after a leading zero byte; non-words are zero.

    ASCII word characters are kept, so that a needed word at a word start is a zero byte and
    the word.

    ``lowered`` lowercases, first reading the odd characters (see ``conflictfacts._case``) as
    the ASCII letter case-insensitive patterns match them as. Any other character outside ASCII
    becomes a zero byte even where it is a word character ("\u00e9"): a word after it is taken as
    standing at a word start, which may let a pattern run that finds nothing, never the other
    way round.
    """
    if lowered and not text.isascii() and any(map(text.__contains__, ODD_CHARACTERS)):
        text = text.translate(ODD)
    return b"\x00" + text.encode("ascii", "replace").translate(
        _MASK_LOWERED if lowered else _MASK_WRITTEN
    )


def _possible(text: str) -> tuple[list[str], dict[str, list[int]], bytes]:
    """The constructions whose required words all occur in ``text``, in table order.

    Every required word stands where a word starts (after a space, a hyphen or a cue's
    lookbehind, or where the match starts), so an occurrence inside a word ("day" in
    "Monday") does not count. Each case kind of words is found in one scan of the masked text
    (see :func:`_masked`); the longest word found at a start also stands for its prefixes.
    Returned too: for each construction of :data:`_ANCHORS` with an anchor word in the text,
    where its anchor words start, ascending (absent: none), for :func:`_near_anchors`; and the
    folded masked text.
    """
    present = 0
    starts: dict[str, list[int]] = {}
    folded = b""
    for lowered, finder in _NEED_FINDERS.items():
        mask = _masked(text, lowered=lowered)
        for match in finder.finditer(mask):
            word = match.group()
            present |= _NEED_HITS[word]
            for name in _ANCHOR_HITS[word]:
                if name in starts:
                    starts[name].append(match.start())
                else:
                    starts[name] = [match.start()]
        if lowered:
            folded = mask
    return (
        [
            name
            for name, needs, shape in _NEED_SETS
            if needs & present == needs and (shape is None or shape.search(text) is not None)
        ],
        starts,
        folded,
    )


#: For each construction of :data:`_ANCHORS`: its pattern, lead, and the reach and admitting
#: checks of :data:`_AROUND`, in one lookup.
_NEAR: Final = MappingProxyType(
    {
        name: (_PATTERNS[name], lead, _AROUND[name].reach, _AROUND[name].admit)
        for name, (_, _, lead) in _ANCHORS.items()
    }
)


def _near_anchors(
    name: str, text: str, backward: bytes, starts: list[int]
) -> Iterator[re.Match[str]]:
    """The matches ``_PATTERNS[name].finditer(text)`` yields, looked for only near ``starts``.

    ``starts`` holds every word start of the anchor words of :data:`_ANCHORS`; ``backward`` is
    the folded masked text reversed (see :func:`_masked`). Every match holds such a word, its
    anchor, starting at most ``lead`` characters after the match starts, and no anchor word
    starts in a match before its anchor (no word a match can hold before it starts like one).
    The checks of :data:`_AROUND` hold at every match's anchor ``a``, and the match starts at
    most ``reach`` characters before it, ``reach`` being what ``_AROUND[name].reach`` matches.

    So, with ``M`` the leftmost match at or after ``end`` (where the last match ended), an
    anchor ``u`` at or after ``end`` but before ``M``'s anchor is either skipped (a check
    fails) or, as it is no anchor inside ``M``, comes before ``M``: a search from ``u -
    min(lead, reach)`` or ``end`` finds ``M``. At ``M``'s own anchor that search starts at or
    before ``M``. Skipping an anchor never skips a match, and when every anchor is used up there
    is none left. Lookbehinds see the text before a search's start, as they do within
    ``finditer``. Matches are never empty (they hold an anchor), so ``finditer`` resumes at the
    end of each.
    """
    pattern, lead, reach, admit = _NEAR[name]
    last = len(text)  # backward[last - u] is the byte of the character before text[u]
    end = 0
    for start in starts:
        if start < end:
            continue
        at = last - start
        for before, after in admit:
            if (before is None or before.match(backward, at)) and (
                after is None or after.match(text, start)
            ):
                break
        else:
            continue
        walked = reach.match(backward, at)
        back = lead if walked is None else min(lead, walked.end() - at)
        match = pattern.search(text, max(end, start - back))
        if match is None:
            return
        yield match
        end = match.end()


def _candidates(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """Every valid match of every construction, leftmost first, longest first on ties."""
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    possible, starts, folded = _possible(text)
    backward = b""
    for name in possible:
        if name not in _ANCHORS:
            matches: Iterator[re.Match[str]] = _PATTERNS[name].finditer(text)
        else:
            if not backward:
                backward = folded[::-1]
            matches = _near_anchors(name, text, backward, starts.get(name, []))
        for match in matches:
            if match.end() == match.start():
                continue
            try:
                _check(name, match)
            except _NotADateError:
                continue
            found.append((match.start(), -match.end(), _PRIORITY[name], name, match))
    found.sort(key=lambda item: item[:3])
    last_end = 0
    for start, negative_end, _, name, match in found:
        if start >= last_end:
            last_end = -negative_end
            yield name, match


def _as_date(reference: object, function: str) -> dt.date | None:
    if reference is None:
        return None
    if not isinstance(reference, dt.date):
        raise InputTypeError(
            f"{function}() expects reference as datetime.date, got {type(reference).__name__}"
        )
    return dt.date(reference.year, reference.month, reference.day)


def resolve_date(
    expression: str, reference: dt.date, *, anchor: dt.date | None = None
) -> TimeSpan | None:
    """Resolve one date expression against ``reference``, the article's date.

    The expression may carry a leading preposition ("on Thursday", "since December") and
    surrounding whitespace or punctuation; anything else around it makes it no date. A weekday
    is the most recent one on or before ``reference``; a day written without a year is the
    latest one no more than seven days after ``reference``. See ``docs/dates.md`` for every form.

    Args:
        expression: the date expression, e.g. ``"last Thursday"`` or ``"February 20, 2020"``.
        reference: the article's date; a ``datetime`` counts as its date.
        anchor: the date the text named just before, for "the next day", "a day earlier",
            "the same day"; defaults to ``reference``.

    Returns:
        The span of days the expression names, or ``None`` when it is not a date expression
        or names no possible day.

    Raises:
        InputTypeError: ``expression`` is not a ``str`` or a date is not a ``datetime.date``.

    >>> wednesday = dt.date(2020, 3, 4)
    >>> resolve_date("since December", wednesday).start
    datetime.date(2019, 12, 1)
    >>> span = resolve_date("earlier this month", wednesday)
    >>> span.start.isoformat(), span.end.isoformat()
    ('2020-03-01', '2020-03-03')
    >>> resolve_date("the next day", wednesday, anchor=dt.date(2020, 2, 20)).start
    datetime.date(2020, 2, 21)
    >>> resolve_date("they may", wednesday) is None
    True
    """
    expect_str(expression, "resolve_date", "expression")
    day = _as_date(reference, "resolve_date")
    base = _as_date(anchor, "resolve_date")
    for mention in _mentions(expression, day, base if base is not None else day):
        before = expression[: mention.start].strip()
        after = expression[mention.end :].strip(" \t\r\n.,;:!?")
        if before or after:
            return None
        return mention.span
    return None


def find_dates(text: str, reference: dt.date | None = None) -> tuple[DateMention, ...]:
    """Return every date expression in ``text`` with its resolved span, in text order.

    Relative expressions ("Thursday", "last month") need ``reference``; without it their
    ``span`` is ``None``. "The next day", "a day earlier" and "the same day" count from the
    last single day resolved before them in the text (or ``reference`` when there is none).

    Args:
        text: any text.
        reference: the article's date, or ``None`` when unknown.

    Returns:
        The mentions, non-overlapping; ``text[m.start:m.end] == m.text`` for each.

    Raises:
        InputTypeError: ``text`` is not a ``str`` or ``reference`` is not a ``datetime.date``.

    >>> text = "Two soldiers died on Thursday, February 20. A day later, talks began in Moscow."
    >>> [(m.text, m.span.start.isoformat()) for m in find_dates(text, dt.date(2020, 2, 21))]
    [('on Thursday, February 20', '2020-02-20'), ('A day later', '2020-02-21')]
    >>> [m.text for m in find_dates("They may march in May.")]
    ['in May']
    """
    expect_str(text, "find_dates")
    day = _as_date(reference, "find_dates")
    # no day of the text yet: "two days later" counts from ``reference``, but "a week after
    # the raid" from a day the text has not given
    return tuple(_mentions(text, day, None))
