"""Counts and measures as news reports state them: figures, hedges, vague amounts and ranges.

``find_quantities`` reads every quantity of a text and says what it means as an interval:

>>> found = find_quantities("at least 11 fighters and dozens of civilians")
>>> [(q.text, q.low, q.high) for q in found]
[('at least 11', 11, None), ('dozens', 24, 99)]

Years, dates, clock times, phone numbers, ordinals, list numbering, model designators ("Su-24")
and adjectival durations ("a nine-year war") are not quantities. The meaning of every hedge and
vague word is tabulated in ``docs/qualifiers.md``.
"""

from __future__ import annotations

import enum
import re
import types
from collections.abc import Mapping
from decimal import Decimal
from typing import Final, NamedTuple

import attrs

from conflictfacts._case import ODD, ODD_CHARACTERS
from conflictfacts._numbers import (
    SCALE_WORDS,
    WORD_VALUES,
    read_digits,
    read_number_words,
    to_number,
)
from conflictfacts._pickling import compact
from conflictfacts._quantulum import unit_of
from conflictfacts.errors import expect_str

__all__ = ["Number", "Quantity", "QuantityRole", "find_quantities"]

#: A figure as stated: ``int`` for whole counts, ``Decimal`` when it has a fraction.
Number = int | Decimal


class QuantityRole(enum.Enum):
    """How a quantity relates to the count it belongs to.

    >>> QuantityRole("increment")
    <QuantityRole.INCREMENT: 'increment'>
    """

    #: A plain count or measure: "27 fighters".
    TOTAL = "total"
    #: An addition to an earlier count: "another five", "two more", "five others".
    INCREMENT = "increment"
    #: A part of some whole: "half of", "two-thirds of".
    FRACTION = "fraction"


@compact
@attrs.frozen
class Quantity:
    """One quantity found in a text, with the figure as stated and the interval it means.

    ``low``/``high`` are ``None`` where the interval is open ("at least 2" is 2..None).
    ``start``/``end`` index the text that was searched: ``text == searched[start:end]``.
    Whenever both bounds are set, ``low <= value <= high``.

    >>> q = Quantity(value=50, low=None, high=50, qualifier="as many as", approximate=False,
    ...              unit=None, start=0, end=13, text="as many as 50")
    >>> q.low, q.high
    (None, 50)
    """

    #: The figure as stated ("50" in "as many as 50"; 1500000 for "1.5 million"; the low
    #: end of a range; the smallest meaning of a vague word: 24 for "dozens").
    value: Number
    #: Lower bound of the meaning, ``None`` when open.
    low: Number | None
    #: Upper bound of the meaning, ``None`` when open.
    high: Number | None
    #: The hedge, bound or vague word as written ("at least", "dozens"), or ``None``.
    qualifier: str | None
    #: Whether the figure is an estimate ("about", "some", vague amounts).
    approximate: bool
    #: Normalised unit for measured quantities ("km2", "km", "mm", "percent"), ``None`` for counts.
    unit: str | None
    #: Offset of the first character of the surface text.
    start: int = attrs.field(eq=False)
    #: Offset one past the last character of the surface text.
    end: int = attrs.field(eq=False)
    #: The surface text, exactly as in the searched text.
    text: str = attrs.field(eq=False)
    #: A conservative single figure (ACLED's convention: dozens -> 12, hundreds -> 100).
    point: Number | None = None
    #: Whether the quantity adds to an earlier count or is a part of a whole.
    role: QuantityRole = QuantityRole.TOTAL

    @classmethod
    def one(cls, text: str, start: int, end: int) -> Quantity:
        """A count of exactly one, read from an article: "a tank" in "a tank, six vehicles".

        Args:
            text: the searched text.
            start: where the article ("a", "an") starts.
            end: where it ends.

        Returns:
            The quantity 1, its span and surface taken from ``text``.

        >>> Quantity.one("a tank and six vehicles", 0, 1).value
        1
        """
        return cls(
            value=1, low=1, high=1, qualifier=None, approximate=False, unit=None,
            start=start, end=end, text=text[start:end], point=1,
        )  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------------------------

_WS = r"[ \t\u00a0\u202f]"
_NUMWORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)"
)
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_TIME = r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))"
_UNITS = (
    r"(?:(?:square|sq\.?|cubic)" + _WS + r"{1,2}(?:kilomet(?:er|re)s?|km|miles?|mi|met(?:er|re)s?"
    r"|m|feet|foot|ft|yards?)|nautical" + _WS + r"miles?|kilomet(?:er|re)s?|km[²2]?|miles?|mi"
    r"|met(?:er|re)s?|m[²2]?|millimet(?:er|re)s?|mm|centimet(?:er|re)s?|cm|inch(?:es)?|feet|foot"
    r"|ft|yards?|hectares?|ha|acres?|tonnes?|tons?|kilograms?|kg|kilos?|grams?|litres?|liters?"
    r"|gallons?|barrels?|nmi|mph|km/h|kph|knots?)"
)
_PEOPLE = (
    r"(?:people|persons?|civilians?|soldiers?|troops?|fighters?|militants?|rebels?|insurgents?"
    r"|combatants?|servicemen|servicem[ae]n|militiamen|policem[ae]n|police(?:men)?|officers?"
    r"|children|child|kids?|women|woman|men|man|boys?|girls?|babies|baby|infants?|journalists?"
    r"|reporters?|doctors?|nurses?|medics?|paramedics?|aid[ -]workers?|workers?|residents?"
    r"|villagers?|farmers?|students?|pupils?|teachers?|refugees?|migrants?|prisoners?"
    r"|hostages?|detainees?|protesters?|demonstrators?|worshippers?|passengers?|pilots?"
    r"|sailors?|marines?|guards?|recruits?|conscripts?|mercenaries|mercenary|jihadists?"
    r"|gunmen|gunman|attackers?|assailants?|members?|personnel|casualties|victims?|bodies"
    r"|body|dead|killed|wounded|injured|deaths?)"
)


def _case_blind(letter: str) -> str:
    """Every character a case-blind pattern reads as the lowercase ASCII ``letter``."""
    return letter + letter.upper() + "".join(chr(c) for c, plain in ODD.items() if plain == letter)


def _by_first_letter(words: str) -> str:
    """The alternation ``words`` ("(?:people|persons?|...)") regrouped by first letter.

    Each group opens with its letter as a case-sensitive set of :func:`_case_blind`
    characters: the engine then skips a group on one character test, where it enters every
    case-blind alternative in turn. The regrouped pattern matches the same strings, though
    not always in the same order: only for patterns asked whether they match, not where.
    """
    groups: dict[str, list[str]] = {}
    for word in words.removeprefix("(?:").removesuffix(")").split("|"):
        assert word[0].isascii(), word
        assert word[0].islower(), word
        assert word.count("(") == word.count(")"), word
        groups.setdefault(word[0], []).append(word[1:])
    return (
        "(?:"
        + "|".join(f"(?-i:[{_case_blind(c)}])(?:{'|'.join(rest)})" for c, rest in groups.items())
        + ")"
    )


#: :data:`_PEOPLE` grouped by first letter, for "people_after" and "article_casualty_after".
_PEOPLE_BY_LETTER = _by_first_letter(_PEOPLE)

#: A run of number words: "one hundred and five", "twenty-seven" (at most 25 words).
_NUMWORD_RUN = (
    _NUMWORD
    + r"(?:(?:"
    + _WS
    + r"{1,3}and"
    + _WS
    + r"{1,3}|"
    + _WS
    + r"{1,3}|[-\u2010])"
    + _NUMWORD
    + r"){0,24}"
)

#: Every word an anchor may start with (see "anchor"), besides "a".
_ANCHOR_WORDS: Final = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy"),
    *("eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen"),
    *("tens", "hundreds", "dozens", "scores", "thousands", "millions", "billions"),
    *("several", "half"),
)


#: Verbs of saying whose "that" opens a clause: "said that one soldier died".
_SAYING: Final = (
    "said|says|say|reported|reports|confirmed|confirms|announced|announces|added|adds|stated|"
    "states|claimed|claims|noted|notes|insisted|insists|acknowledged|acknowledges|admitted|"
    "admits"
)
#: How far before "and that one" the clause of saying it continues may start.
_SAID_REACH = 300

#: Every regular expression of this module, precompiled; none can backtrack without bound.
_PATTERNS: Final[Mapping[str, re.Pattern[str]]] = types.MappingProxyType(
    {
        # Where a quantity may start: digits, vague words, small vague amounts, fractions, words.
        "anchor": re.compile(
            r"(?P<digits>(?<![\w.,:/])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+"
            r"(?![\d,])|\d+)(?:\.\d+)?)"
            r"|(?P<vague>\b(?:(?:tens|hundreds|dozens|scores)"
            + _WS
            + r"{1,3}of"
            + _WS
            + r"{1,3}(?:thousands|millions)|(?:tens|scores)(?="
            + _WS
            + r"{1,3}of\b)|scores(?="
            + _WS
            # "scores wounded", "scores were killed": a count where what happened follows
            + r"{1,3}(?:wounded|injured|hurt|dead|killed|died|were|more)\b)|dozens"
            r"|hundreds|thousands|millions|billions)\b)"
            r"|(?P<few>\b(?:a" + _WS + r"{1,3}(?:handful|few|couple)|several)\b)"
            r"|(?P<fraction>\b(?:half|(?:a|one|two|three)[ \-\u2010](?:third|quarter)s?)(?="
            + _WS
            + r"{1,3}(?:of|the)\b))"
            r"|(?P<words>\b" + _NUMWORD_RUN + r"\b)",
            re.IGNORECASE,
        ),
        # Articles ("a tank") that may count as one.
        "article": re.compile(r"\b(?:an?)\b(?=" + _WS + r")", re.IGNORECASE),
        "figure": re.compile(
            r"(?P<digits>(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,])|\d+)"
            r"(?:\.\d+)?)"
            r"|(?P<words>" + _NUMWORD_RUN + r"\b)",
            re.IGNORECASE,
        ),
        "word": re.compile(r"[a-z]+", re.IGNORECASE),
        "article_before": re.compile(
            r"(?<![\w-])(?:(?P<half>half)" + _WS + r"{1,3})?(?:an?|one)" + _WS + r"{1,3}$",
            re.IGNORECASE,
        ),
        "scale_after": re.compile(
            r"(?:" + _WS + r"{1,3}|[-\u2010])(?P<word>thousand|million|billion|trillion)\b"
            r"|(?P<suffix>bn|mn|mln|tn|m|k|b)(?![\w])",
            re.IGNORECASE,
        ),
        "few_scale": re.compile(
            _WS + r"{1,3}(?P<word>dozen|hundred|thousand|million|billion)\b", re.IGNORECASE
        ),
        "one_idiom_before": re.compile(
            r"(?<![\w-])(?:no|any|every|each|the|this|that|which|at)" + _WS + r"{1,3}$",
            re.IGNORECASE,
        ),
        # "said that one soldier died": after a verb of saying, "that" opens a clause and
        # "one" is a figure, not the pronoun of "that one"
        "one_said_that": re.compile(
            r"(?<![\w-])(?:" + _SAYING + r")(?:" + _WS + r"{1,3}on" + _WS + r"{1,3}[a-z]{3,9})?"
            + _WS
            + r"{1,3}that"
            + _WS
            + r"{1,3}$",
            re.IGNORECASE,
        ),
        # "said that the town fell and that one jet was downed": a second clause of saying
        "one_and_that": re.compile(r"(?<![\w-])and" + _WS + r"{1,3}that" + _WS + r"{1,3}$"),
        "said_that": re.compile(
            r"(?<![\w-])(?:" + _SAYING + r")(?:" + _WS + r"{1,3}on" + _WS + r"{1,3}[a-z]{3,9})?"
            + _WS
            + r"{1,3}that\b",
            re.IGNORECASE,
        ),
        "one_idiom_after": re.compile(
            r"(?:" + _WS + r"{1,3}(?:another|other|by)\b|['\u2019]s\b|-(?:off|sided|way)\b)",
            re.IGNORECASE,
        ),
        "currency_before": re.compile(r"(?P<cur>US\$|\$|\u20ac|\u00a3)$"),
        "ordinal_after": re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE),
        "decade_after": re.compile(r"['\u2019]?s\b"),
        "clock_after": re.compile(
            r":\d|" + _WS + r"{0,2}(?:[ap]\.?" + _WS + r"?m\b\.?|o['\u2019]clock\b|GMT\b|UTC\b"
            r"|hrs\b|h\b|local" + _WS + r"time\b)",
            re.IGNORECASE,
        ),
        "date_after": re.compile(
            r"(?:"
            + _WS
            + r"{0,3}[-\u2010\u2013/]"
            + _WS
            + r"{0,3}\d{1,2})?"
            + _WS
            + r"{0,3}(?:of"
            + _WS
            + r"{1,3})?"
            + _MONTH
            + r"(?![a-z])",
            re.IGNORECASE,
        ),
        "date_before": re.compile(
            _MONTH
            + r"(?:"
            + _WS
            + r"{1,3}\d{1,2}"
            + _WS
            + r"{0,2}[-\u2010\u2013])?"
            + _WS
            + r"{1,3}$",
            re.IGNORECASE,
        ),
        "numeric_date_after": re.compile(r"[-/.]\d{1,2}[-/.]\d{2,4}(?!\d)"),
        "year_tail": re.compile(
            r"[-\u2010\u2013/]\d{1,2}[-/.]\d{1,2}(?!\d)|[-\u2010\u2013/]\d{2,4}(?!\d)"
        ),
        "phone_after": re.compile(r"\)?" + _WS + r"?[ .\-]?\d{3}[ .\-]\d{4}(?!\d)"),
        "phone_plus_before": re.compile(r"\+" + _WS + r"?$"),
        "phone_tail": re.compile(r"(?:[ .\-()]{1,2}\d{1,5}){0,6}"),
        "designator_before": re.compile(r"[^\W\d_]{1,8}[-\u2010]$"),
        "letters_after": re.compile(r"[^\W\d_][\w-]{0,30}"),
        "designator_tail": re.compile(r"[-\u2010][A-Za-z0-9][\w-]{0,20}"),
        "label_before": re.compile(
            r"(?<![\w-])(?:no|nos|nr|number|resolution|article|flight|route|highway|unit"
            r"|building|block|gate|sector|zone|camp|phase|chapter|section|page|vol|volume"
            r"|level|apartment|room|platform|brigade|division|regiment|battalion|squadron|lot"
            r"|item|exit|paragraph|clause|point|hill|checkpoint|channel|bus|ward|district|grade"
            r"|class|category|tier|stage|version|episode|season|model|type|series|rank|code"
            r"|protocol|law|decree|order|case|file|act|bill|plan|batch|squad|post)\.?"
            + _WS
            + r"{1,3}$",
            re.IGNORECASE,
        ),
        "year_prep_before": re.compile(
            r"(?<![\w-])(?:in|since|of|by|until|till|from|before|after|during|the|early|late"
            r"|mid|spring|summer|autumn|fall|winter|year|through|between|and|to|fiscal)"
            + _WS
            + r"{1,3}$",
            re.IGNORECASE,
        ),
        # Only asked whether it matches. Each run stops where the next part's first character
        # cannot be taken by it, so never giving a character back (``+``) changes nothing.
        "people_after": re.compile(
            _WS + r"{1,3}+(?:[a-z-]{1,20}+" + _WS + r"{1,3}+){0,2}?" + _PEOPLE_BY_LETTER + r"\b",
            re.IGNORECASE,
        ),
        "list_marker_after": re.compile(r"[.)](?:[ \t]|$)|[ \t]*(?:\r?\n|$)"),
        "range_sep": re.compile(
            _WS + r"{0,3}(?P<sep>[-\u2010\u2013\u2014]|to\b|or\b|and\b)" + _WS + r"{0,3}",
            re.IGNORECASE,
        ),
        "percent_after": re.compile(
            _WS + r"{0,2}(?:%|per" + _WS + r"?cent\b|pct\b|percentage" + _WS + r"{1,3}points?\b)",
            re.IGNORECASE,
        ),
        "adjectival_time_after": re.compile(
            r"[-\u2010]" + _TIME + r"(?:[-\u2010]olds?)?\b", re.IGNORECASE
        ),
        "time_after": re.compile(_WS + r"{1,3}(?P<unit>" + _TIME + r")\b", re.IGNORECASE),
        "unit_after": re.compile(
            r"(?:" + _WS + r"{1,3}|[-\u2010])?(?P<unit>" + _UNITS + r")(?![\w/\u00b2-])",
            re.IGNORECASE,
        ),
        "post_after": re.compile(
            _WS + r"{1,3}or" + _WS + r"{1,3}(?P<or>more|so|fewer|less)\b"
            r"|(?P<plus>\+|" + _WS + r"?[-\u2010]?plus\b)"
            r"|[-\u2010](?P<odd>odd)\b|" + _WS + r"{1,3}(?P<odd2>odd)\b"
            r"|[-\u2010](?P<strong>strong)\b",
            re.IGNORECASE,
        ),
        "increment_after": re.compile(
            _WS + r"{1,3}(?:(?P<word>more|others)\b(?!" + _WS + r"{1,3}than\b)"
            r"|other\b(?=" + _WS + r"))",
            re.IGNORECASE,
        ),
        "qualifier_before": re.compile(
            r"(?<![\w-])(?P<q>at"
            + _WS
            + r"{1,3}least|no"
            + _WS
            + r"{1,3}(?:fewer|less|more)"
            + _WS
            + r"{1,3}than|more"
            + _WS
            + r"{1,3}than|over|upwards"
            + _WS
            + r"{1,3}of|in"
            + _WS
            + r"{1,3}excess"
            + _WS
            + r"{1,3}of|nearly|almost|close"
            + _WS
            + r"{1,3}to"
            r"|just"
            + _WS
            + r"{1,3}(?:under|below)|up"
            + _WS
            + r"{1,3}to|as"
            + _WS
            + r"{1,3}(?:many|much)"
            + _WS
            + r"{1,3}as|at"
            + _WS
            + r"{1,3}most|fewer"
            + _WS
            + r"{1,3}than|less"
            + _WS
            + r"{1,3}than|under|some|about|around|roughly"
            r"|approximately|approx\.|an" + _WS + r"{1,3}estimated|estimated|between|from"
            # a hedge may end a hard-wrapped line: "more than\n45,000"
            r")(?:" + _WS + r"{1,3}|" + _WS + r"{0,2}\n" + _WS + r"{0,2})\Z",
            re.IGNORECASE,
        ),
        "increment_before": re.compile(
            r"(?<![\w-])(?P<inc>another|an"
            + _WS
            + r"{1,3}additional|a"
            + _WS
            + r"{1,3}further|additional|further)"
            + _WS
            + r"{1,3}$",
            re.IGNORECASE,
        ),
        "article_skip_after": re.compile(
            _WS + r"{1,3}(?:\d|(?:dozen|hundred|thousand|million|billion|few|couple|handful"
            r"|further|additional|estimated|third|quarter)\b)",
            re.IGNORECASE,
        ),
        # The next two: as "people_after".
        "article_casualty_after": re.compile(
            _WS + r"{1,3}+(?:[a-z-]{1,20}+" + _WS + r"{1,3}+){0,2}?" + _PEOPLE_BY_LETTER + r"\b",
            re.IGNORECASE,
        ),
        "article_list_after": re.compile(
            _WS
            + r"{1,3}+(?:[\w-]{1,30}+"
            + _WS
            + r"{1,3}+){0,3}?[\w-]{1,30}+"
            + _WS
            + r"{0,3}(?:,"
            + _WS
            + r"{1,3}(?:and"
            + _WS
            + r"{1,3})?|"
            + _WS
            + r"{1,3}and"
            + _WS
            + r"{1,3})(?:\d|an?"
            + _WS
            + r"|"
            + _NUMWORD
            + r"\b)",
            re.IGNORECASE,
        ),
        "article_list_between": re.compile(
            r"[\w \t\u00a0-]{0,50}?(?:,"
            + _WS
            + r"{0,3}(?:and"
            + _WS
            + r"{1,3})?|"
            + _WS
            + r"{1,3}and"
            + _WS
            + r"{1,3})",
            re.IGNORECASE,
        ),
        # What the text right after a figure must start with for any pattern of
        # _AFTER_NAMES to match there: the first character of each, or, after spaces, its
        # first two or three (a unit, time, month, scale, clock, range, bound or increment
        # word; a digit, dash, "/", "%" or line end). Where it fails, none of them matches.
        "may_follow": re.compile(
            r"[\w'\u2019:).\-\u2010\u2013\u2014/%+\r\n]|$|"
            + _WS
            + r"{1,3}(?:[\d.\-\u2010\u2013\u2014/%\r\n \t\u00a0\u202f]|$|[hm](?!\w)"
            r"|a(?:[.m \t\u00a0\u202f]|nd|cr|pr|ug)|b(?:il|ar)|c(?:ub|en|m)|d(?:ay|ec)"
            r"|f(?:ee|eb|oo|t)|g(?:mt|ra|al)|h(?:rs|ou|ec|a(?!\w))|inc|j(?:an|un|ul)"
            r"|k(?:il|m|g|ph|no)|l(?:oc|it)|m(?:[\u00b22m]|il|i(?!\w)|et|ph|on|in|ar|ay|or)"
            r"|n(?:au|mi|ov)|o(?:['\u2019]|f(?!\w)|ct|r(?!\w)|dd|th)"
            r"|p(?:[.m \t\u00a0\u202f]|er|ct|lu)|s(?:q|ec|ep)|t(?:ho|ri|on|o(?!\w))|utc|wee"
            r"|y(?:ea|ar))",
            re.IGNORECASE,
        ),
    }
)
#: The patterns tried right after a figure; "may_follow" fails wherever all of them do.
_AFTER_NAMES: Final = (
    *("scale_after", "ordinal_after", "decade_after", "clock_after", "phone_after"),
    *("numeric_date_after", "date_after", "list_marker_after", "range_sep", "percent_after"),
    *("adjectival_time_after", "time_after", "unit_after", "post_after", "increment_after"),
)


def _head_test() -> str:
    """The first three letters of every anchor word, lowercase, grouped by the first letter."""
    tails: dict[str, set[str]] = {}
    for word in _ANCHOR_WORDS:
        tails.setdefault(word[0], set()).add(word[1:3])
    return "|".join(f"{first}(?:{'|'.join(sorted(rest))})" for first, rest in sorted(tails.items()))


#: Patterns over the masked copy of a text (see :func:`_masked`), precompiled; no repetition.
_BYTE_PATTERNS: Final[Mapping[str, re.Pattern[bytes]]] = types.MappingProxyType(
    {
        # Every place an anchor or an article ("a", "an") may start, or more: after a zero
        # byte (no word character) or an unknown one (any character outside ASCII), a digit,
        # "a" or "an" then a gap ("a handful", "a third", "an" before a space), the first
        # three letters of an anchor word, or a first letter of one with an unknown character
        # among the next two (one that case-blind matching reads as ASCII), or an unknown
        # character (a digit outside ASCII, the long s). Led by a literal class, so the
        # engine jumps from word start to word start; only that byte is consumed, as the next
        # may be a word start too.
        "start": re.compile(
            (
                r"[\x00\x80](?=[0-9\x80]|an?[\x00\x80]|"
                + _head_test()
                + r"|[abdefhmnostz](?:\x80|[\x00-\xff]\x80))"
            ).encode()
        ),
    }
)


def _masks() -> bytes:
    """The byte table of :func:`_masked`: ASCII word characters lowercased, "?" to 0x80."""
    word = {ord(c) for c in "_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    table = bytearray(ord(chr(byte).lower()) if byte in word else 0 for byte in range(256))
    table[ord("?")] = 0x80
    return bytes(table)


_MASK: Final = _masks()


def _masked(text: str) -> bytes:
    """``text`` as bytes, one per character after a leading zero byte, for "start".

    ASCII word characters are kept, lowercased; other ASCII characters are zero bytes; every
    character outside ASCII, and "?", is 0x80, an unknown that may or may not be a word
    character. Byte ``i + 1`` stands for ``text[i]``.
    """
    return b"\x00" + text.encode("ascii", "replace").translate(_MASK)


#: Vague amounts: (low, high, conservative point). ``None`` = open.
_VAGUE: Final[Mapping[str, tuple[int, int | None, int]]] = types.MappingProxyType(
    {
        "tens": (20, 99, 10),
        "dozens": (24, 99, 12),
        "scores": (40, 99, 20),
        "hundreds": (200, 999, 100),
        "thousands": (2_000, 9_999, 1_000),
        "millions": (2_000_000, None, 1_000_000),
        "billions": (2_000_000_000, None, 1_000_000_000),
        "tens of thousands": (20_000, 99_999, 10_000),
        "dozens of thousands": (24_000, 99_999, 12_000),
        "scores of thousands": (40_000, 99_999, 20_000),
        "hundreds of thousands": (200_000, 999_999, 100_000),
        "tens of millions": (20_000_000, 99_999_999, 10_000_000),
        "dozens of millions": (24_000_000, 99_999_999, 12_000_000),
        "scores of millions": (40_000_000, 99_999_999, 20_000_000),
        "hundreds of millions": (200_000_000, 999_999_999, 100_000_000),
        "a couple": (2, 3, 2),
        "a few": (3, 9, 3),
        "a handful": (3, 9, 3),
        "several": (3, 9, 3),
    }
)
_FEW_SCALES: Final[Mapping[str, int]] = types.MappingProxyType(
    {"dozen": 12, "hundred": 100, **SCALE_WORDS}
)
_FRACTIONS: Final[Mapping[str, Decimal]] = types.MappingProxyType(
    {
        "half": Decimal("0.5"),
        "third": Decimal("0.3333"),
        "thirds": Decimal("0.3333"),
        "quarter": Decimal("0.25"),
        "quarters": Decimal("0.25"),
    }
)
_SMALL: Final[Mapping[str, int]] = types.MappingProxyType({"a": 1, "one": 1, "two": 2, "three": 3})

#: Hedges and bounds, by the interval they give a stated figure n (see docs/qualifiers.md).
_QUALIFIER_CLASS: Final[Mapping[str, str]] = types.MappingProxyType(
    {
        "at least": "lower",
        "no fewer than": "lower",
        "no less than": "lower",
        "more than": "lower",
        "over": "lower",
        "upwards of": "lower",
        "in excess of": "lower",
        "or more": "lower",
        "plus": "lower",
        "+": "lower",
        "up to": "upper",
        "as many as": "upper",
        "as much as": "upper",
        "at most": "upper",
        "no more than": "upper",
        "fewer than": "upper",
        "less than": "upper",
        "under": "upper",
        "or fewer": "upper",
        "or less": "upper",
        "nearly": "nearly",
        "almost": "nearly",
        "close to": "nearly",
        "just under": "nearly",
        "just below": "nearly",
        "some": "approx",
        "about": "approx",
        "around": "approx",
        "roughly": "approx",
        "approximately": "approx",
        "approx.": "approx",
        "an estimated": "approx",
        "estimated": "approx",
        "or so": "approx",
        "odd": "approx",
        "between": "range",
        "from": "range",
    }
)

_TIME_SINGULAR: Final[Mapping[str, str]] = types.MappingProxyType(
    {"centuries": "century", "century": "century"}
)
_CURRENCY: Final[Mapping[str, str]] = types.MappingProxyType(
    {"$": "USD", "US$": "USD", "\u20ac": "EUR", "\u00a3": "GBP"}
)
_WINDOW = 32
#: The last word of every phrase a ``..._before`` pattern ends with, lowercase, as written
#: before the gap to the figure: the patterns cannot match where none of these ends the text
#: (see :func:`_before`).
_LAST_WORDS: Final[Mapping[str, tuple[str, ...]]] = types.MappingProxyType(
    {
        "qualifier_before": (
            "least", "than", "over", "of", "nearly", "almost", "to", "under", "below", "as",
            "most", "some", "about", "around", "roughly", "approximately", "approx.",
            "estimated", "between", "from",
        ),
        "increment_before": ("another", "additional", "further"),
        "label_before": tuple(
            form
            for word in (
                "no", "nos", "nr", "number", "resolution", "article", "flight", "route",
                "highway", "unit", "building", "block", "gate", "sector", "zone", "camp",
                "phase", "chapter", "section", "page", "vol", "volume", "level", "apartment",
                "room", "platform", "brigade", "division", "regiment", "battalion", "squadron",
                "lot", "item", "exit", "paragraph", "clause", "point", "hill", "checkpoint",
                "channel", "bus", "ward", "district", "grade", "class", "category", "tier",
                "stage", "version", "episode", "season", "model", "type", "series", "rank",
                "code", "protocol", "law", "decree", "order", "case", "file", "act", "bill",
                "plan", "batch", "squad", "post",
            )
            for form in (word, word + ".")
        ),
        "year_prep_before": (
            "in", "since", "of", "by", "until", "till", "from", "before", "after", "during",
            "the", "early", "late", "mid", "spring", "summer", "autumn", "fall", "winter",
            "year", "through", "between", "and", "to", "fiscal",
        ),
        "one_idiom_before": ("no", "any", "every", "each", "the", "this", "that", "which", "at"),
        "date_before": (
            *(
                form
                for name in (
                    "january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december", "jan", "feb", "mar",
                    "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
                )
                for form in (name, name + ".")
            ),
            "-", "\u2010", "\u2013",
        ),
    }
)  # fmt: skip
#: :data:`_LAST_WORDS` by the last character of the word: a text can only end with a word
#: that ends with the text's own last character.
_LAST_WORDS_BY_END: Final[Mapping[str, Mapping[str, tuple[str, ...]]]] = types.MappingProxyType(
    {
        name: types.MappingProxyType(
            {
                end: tuple(w for w in words if w[-1] == end)
                for end in dict.fromkeys(w[-1] for w in words)
            }
        )
        for name, words in _LAST_WORDS.items()
    }
)
#: What may stand between a ``..._before`` phrase and the figure: spaces, a line break.
_GAP: Final = " \t\u00a0\u202f\n"
_SUFFIX_SCALE: Final[Mapping[str, int]] = types.MappingProxyType(
    {
        "k": 1_000,
        "m": 1_000_000,
        "mn": 1_000_000,
        "mln": 1_000_000,
        "b": 10**9,
        "bn": 10**9,
        "tn": 10**12,
    }
)
_LEADING_SCALES: Final = frozenset(["hundred", "dozen", *SCALE_WORDS])


class _Figure(NamedTuple):
    """One figure before hedges and units: "1,500", "2.3m", "a hundred and five".

    A named tuple, not an attrs class: one is built for every figure read, and a tuple is
    built several times faster; it is immutable all the same and never leaves this module.
    """

    start: int
    end: int
    value: Number
    #: Written in digits.
    digits: bool
    #: Digits only: no separators, decimals, scale words or suffixes ("2011", "24").
    plain: bool
    #: The multiplier applied by a following scale word or suffix (1 when none).
    scale: int
    #: Whether "may_follow" matches at ``end``; when not, no pattern of :data:`_AFTER_NAMES`
    #: does, so none needs trying there.
    follows: bool


#: Letters that a case-insensitive pattern matches as ASCII but ``lower()`` keeps apart:
#: long s, dotless and dotted i, the Kelvin sign and the angstrom sign.
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u0130": "i", "\u212a": "k",
                       "\u212b": "\u00e5"})  # fmt: skip


def _key(surface: str) -> str:
    """The table key of a matched word: case, odd letters and spacing folded."""
    return " ".join(surface.translate(_FOLD).lower().split())


def _window(position: int) -> int:
    return max(0, position - _WINDOW)


def _head(text: str, end: int) -> str | None:
    """The text before ``end`` as :func:`_before` tests it, or ``None`` to always search.

    Its last 24 characters, gap stripped, lowercased; ``None`` when they hold a letter that
    case-blind matching reads as ASCII ("\u017f"), which a lowercased test would miss.
    """
    head = text[max(0, end - 24) : end].rstrip(_GAP)
    if head.isascii() or not any(map(head.__contains__, ODD_CHARACTERS)):
        return head.lower()
    return None


def _before(name: str, text: str, end: int, head: str | None) -> re.Match[str] | None:
    """``_PATTERNS[name].search(text, _window(end), end)`` for a pattern ending in ``$``.

    ``head`` is :func:`_head` of ``text`` at ``end``, shared by the tests of one position.
    Searched only when it ends with one of the pattern's last words (:data:`_LAST_WORDS`): a
    search tries every start in the window, this test is one comparison with the few words
    that end with the head's own last character.
    """
    if head is not None and not head.endswith(_LAST_WORDS_BY_END[name].get(head[-1:], ())):
        return None
    return _PATTERNS[name].search(text, _window(end), end)


def _figure_at(text: str, position: int, match: re.Match[str] | None = None) -> _Figure | None:
    """Read the figure starting exactly at ``position``, or ``None``.

    ``match`` is the figure's match when the caller has it: an anchor's "digits" or "words"
    match at ``position``, the same text "figure" matches there (their groups are one source).
    """
    if match is None:
        match = _PATTERNS["figure"].match(text, position)
    if match is None:
        return None
    raw = match.group("digits")
    if raw is not None:
        value = read_digits(raw)
        if value is None:
            return None
        end = match.end()
        scale = 1
        follows = _PATTERNS["may_follow"].match(text, end) is not None
        after = _PATTERNS["scale_after"].match(text, end) if follows else None
        if after is not None:
            if after.group("word") is not None:
                scale = SCALE_WORDS[after.group("word").lower()]
            else:
                suffix = after.group("suffix").lower()
                currency = _PATTERNS["currency_before"].search(text, max(0, position - 3), position)
                if suffix not in ("m", "b") or currency is not None or "." in raw:
                    scale = _SUFFIX_SCALE[suffix]
            if scale > 1:
                value = to_number(Decimal(value) * scale)
                end = after.end()
                follows = _PATTERNS["may_follow"].match(text, end) is not None
        return _Figure(position, end, value, True, raw.isdigit() and scale == 1, scale, follows)
    # Most figures in words are one word ("two", "forty"): when the whole match, lowercased,
    # is one of WORD_VALUES, it is all letters, so _figure_in_words splits it into that one
    # word, which reads as its value, needs no article and brings no scale.
    single = WORD_VALUES.get(match.group().lower())
    if single is None:
        return _figure_in_words(text, position, match)
    end = match.end()
    follows = _PATTERNS["may_follow"].match(text, end) is not None
    return _Figure(position, end, single, False, False, 1, follows)


def _figure_in_words(text: str, position: int, match: re.Match[str]) -> _Figure | None:
    """Read the figure in words that ``match`` (a "words" match at ``position``) begins."""
    words = list(_PATTERNS["word"].finditer(text, match.start(), match.end()))
    names = [word.group().lower() for word in words]
    start = position
    half = False
    if names[0] in _LEADING_SCALES:
        article = _PATTERNS["article_before"].search(text, _window(position), position)
        if article is None:
            return None
        parsed = read_number_words(["one", *names])
        if parsed is None:
            return None
        value, used = parsed[0], parsed[1] - 1
        start, half = article.start(), article.group("half") is not None
    else:
        parsed = read_number_words(names)
        if parsed is None:
            return None
        value, used = parsed
    number: Number = to_number(Decimal(value) / 2) if half else value
    scale = SCALE_WORDS.get(names[used - 1], 1)
    end = words[used - 1].end()
    follows = _PATTERNS["may_follow"].match(text, end) is not None
    return _Figure(start, end, number, False, False, scale, follows)


def _excluded(text: str, figure: _Figure, head: str | None) -> int | None:
    """Where to resume when a figure in digits is a date, year, time, label or designator.

    ``head`` is :func:`_head` of ``text`` at the figure's start.
    """
    if not figure.digits:
        return None
    start, end, value, follows = figure.start, figure.end, figure.value, figure.follows
    if follows and (match := _PATTERNS["ordinal_after"].match(text, end)) is not None:
        return match.end()
    if (
        follows
        and figure.plain
        and (match := _PATTERNS["decade_after"].match(text, end)) is not None
    ):
        return match.end()
    if follows and (match := _PATTERNS["clock_after"].match(text, end)) is not None:
        return match.end()
    # Every match of "phone_plus_before" holds its "+".
    if (
        "+" in text[max(0, start - 2) : start]
        and _PATTERNS["phone_plus_before"].search(text, max(0, start - 2), start) is not None
    ):
        tail = _PATTERNS["phone_tail"].match(text, end)
        return tail.end() if tail is not None else end
    phone = _PATTERNS["phone_after"].match(text, end) if follows and 2 <= end - start <= 4 else None
    if figure.plain and phone is not None:
        return phone.end()
    if (
        follows
        and figure.plain
        and (match := _PATTERNS["numeric_date_after"].match(text, end)) is not None
    ):
        return match.end()
    if figure.plain and isinstance(value, int) and value <= 31:
        if follows and (match := _PATTERNS["date_after"].match(text, end)) is not None:
            return match.end()
        if _before("date_before", text, start, head) is not None:
            return end
    if figure.plain and end - start == 4 and isinstance(value, int) and 1500 <= value <= 2100:
        hedged = _before("qualifier_before", text, start, head)
        counted = _PATTERNS["people_after"].match(text, end) is not None and (
            (hedged is not None and hedged.group("q").lower() not in ("between", "from"))
            or _before("year_prep_before", text, start, head) is None
        )
        if not counted:
            tail = _PATTERNS["year_tail"].match(text, end)
            return tail.end() if tail is not None else end
    if figure.plain and _before("label_before", text, start, head) is not None:
        return end
    # A designator's letters end in a dash right before the figure ("$" may also stand
    # before a last line break), so most figures are settled without the search.
    if (
        text[start - 1 : start] in ("-", "\u2010", "\n")
        and _PATTERNS["designator_before"].search(text, max(0, start - 9), start) is not None
    ):
        tail = _PATTERNS["designator_tail"].match(text, end)
        return tail.end() if tail is not None else end
    if (
        follows
        and figure.plain
        and _at_line_start(text, start)
        and _PATTERNS["list_marker_after"].match(text, end) is not None
    ):
        return end
    if (
        end < len(text)
        and text[end].isalpha()
        and not _glued(text, end)
        and not (follows and _PATTERNS["unit_after"].match(text, end) is not None)
        and not (follows and _PATTERNS["percent_after"].match(text, end) is not None)
    ):
        match = _PATTERNS["letters_after"].match(text, end)
        return match.end() if match is not None else end
    return None


def _opens_said_clause(text: str, start: int) -> bool:
    """Whether "that" before ``start`` opens a clause of saying: "said on Monday that one".

    A second clause of the same verb counts too: "said that the town fell and that one jet
    was downed".
    """
    window = max(0, start - 48)
    if _PATTERNS["one_said_that"].search(text, window, start):
        return True
    return (
        _PATTERNS["one_and_that"].search(text, _window(start), start) is not None
        and _PATTERNS["said_that"].search(text, max(0, start - _SAID_REACH), start) is not None
    )


def _glued(text: str, end: int) -> bool:
    """Whether a capitalised word is glued to the figure ending at ``end``: "8,000Vessan".

    Scraped copy drops the space between a figure and the next word where markup stood
    between them; a designator ("5G", "3D", "F16") has no lower case after its capital.
    """
    word = text[end : end + 3]
    return len(word) == 3 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _at_line_start(text: str, position: int) -> bool:
    index = position
    floor = _window(position)
    while index > floor and text[index - 1] in " \t":
        index -= 1
    return index == 0 or text[index - 1] in "\r\n"


def _nearly(low: Number) -> Number:
    if isinstance(low, int):
        return -((-9 * low) // 10)
    return to_number(low * Decimal("0.9"))


def _bounded(
    qualifier_class: str | None, low: Number, high: Number | None
) -> tuple[Number | None, Number | None, bool]:
    """Apply a hedge or bound to the interval ``low..high``; return it and ``approximate``."""
    if qualifier_class == "lower":
        return low, None, False
    if qualifier_class == "upper":
        return None, high, False
    if qualifier_class == "nearly":
        return _nearly(low), high, True
    if qualifier_class == "approx":
        return low, high, True
    return low, high, False


def _qualifier_before(
    text: str, position: int, head: str | None
) -> tuple[int, str | None, str | None, QuantityRole]:
    """The hedge and increment word just before ``position``: (start, surface, class, role).

    ``head`` is :func:`_head` of ``text`` at ``position``.
    """
    start, role = position, QuantityRole.TOTAL
    increment = _before("increment_before", text, position, head)
    if increment is not None:
        start, role = increment.start(), QuantityRole.INCREMENT
        head = _head(text, start)
    match = _before("qualifier_before", text, start, head)
    if match is None:
        return start, None, None, role
    surface = match.group("q")
    return match.start(), surface, _QUALIFIER_CLASS[_key(surface)], role


def _read_number(text: str, anchor: re.Match[str]) -> tuple[Quantity | None, int]:
    """Read a stated figure (hedges, range, unit) at ``anchor``; return it and where to go on.

    ``anchor`` is a "digits" or "words" match of the "anchor" pattern.
    """
    position = anchor.start()
    figure = _figure_at(text, position, anchor)
    if figure is None:
        return None, anchor.end()
    head = _head(text, figure.start)
    follows = figure.follows
    skip = _excluded(text, figure, head)
    if skip is not None:
        return None, skip
    if (
        not figure.digits
        and text[figure.start : figure.end].lower() == "one"
        and (
            (
                (idiom := _before("one_idiom_before", text, figure.start, head)) is not None
                and not (
                    idiom.group().lower().startswith("that")
                    and _opens_said_clause(text, figure.start)
                )
            )
            or _PATTERNS["one_idiom_after"].match(text, figure.end)
        )
    ):
        return None, figure.end
    start, unit = figure.start, None
    # Every match of "currency_before" holds one of its symbols.
    window = text[max(0, start - 3) : start]
    currency = (
        _PATTERNS["currency_before"].search(text, max(0, start - 3), start)
        if figure.digits and ("$" in window or "\u20ac" in window or "\u00a3" in window)
        else None
    )
    if currency is not None:
        start, unit = currency.start(), _CURRENCY[currency.group("cur")]
        head = _head(text, start)
    start_q, qualifier, qualifier_class, role = _qualifier_before(text, start, head)

    low: Number = figure.value
    high: Number = figure.value
    end = figure.end
    ranged = False
    separator = _PATTERNS["range_sep"].match(text, end) if follows else None
    if separator is not None and (
        separator.group("sep").lower() != "and" or qualifier_class == "range"
    ):
        second = _figure_at(text, separator.end())
        if (
            second is not None
            and second.start == separator.end()
            and second.digits == (figure.digits)
            and _excluded(text, second, _head(text, second.start)) is None
        ):
            first = figure.value
            if second.scale > 1 and figure.scale == 1 and first * second.scale <= second.value:
                first = to_number(Decimal(first) * second.scale)
            if second.value >= first:
                low, high, end, ranged = first, second.value, second.end, True
    if qualifier_class == "range" and not ranged:
        qualifier = qualifier_class = None
    if qualifier is not None or role is QuantityRole.INCREMENT:
        start = start_q

    # Unless a range moved it, ``end`` is the figure's end, where "may_follow" rules out all
    # of the patterns below when it fails.
    follows = follows or ranged
    if not follows:
        pass
    elif (match := _PATTERNS["percent_after"].match(text, end)) is not None:
        unit, end = "percent", match.end()
    elif _PATTERNS["adjectival_time_after"].match(text, end) is not None:
        match = _PATTERNS["adjectival_time_after"].match(text, end)
        return None, match.end() if match is not None else end
    elif (match := _PATTERNS["time_after"].match(text, end)) is not None:
        word = match.group("unit").lower()
        unit = _TIME_SINGULAR.get(word, word.removesuffix("s"))
        end = match.end()
    elif (match := _PATTERNS["unit_after"].match(text, end)) is not None:
        measured = unit_of(str(high), match.group("unit"))
        if measured is not None:
            unit, end = measured, match.end()

    post = _PATTERNS["post_after"].match(text, end) if follows else None
    if post is not None:
        if post.group("strong") is None:
            surface = post.group(0).strip(" \t\u00a0\u202f-\u2010")
            if qualifier is None:
                qualifier = surface
                qualifier_class = _QUALIFIER_CLASS.get(_key(surface))
        end = post.end()
    elif end < len(text) - 1 and text[end] in "-\u2010" and text[end + 1].isalpha():
        return None, end  # an adjectival compound: "a three-storey building"
    increment = _PATTERNS["increment_after"].match(text, end) if follows else None
    if increment is not None:
        role = QuantityRole.INCREMENT
        if increment.group("word") is not None:
            end = increment.end()

    low_bound, high_bound, approximate = _bounded(qualifier_class, low, high)
    # By position, in the order the fields are declared (value, low, high, qualifier,
    # approximate, unit, start, end, text, point, role): a call with eleven keywords costs
    # more than the rest of building the quantity.
    quantity = Quantity(
        low, low_bound, high_bound, qualifier, approximate, unit, start, end, text[start:end],
        low, role,
    )  # fmt: skip
    return quantity, end


def _read_vague(text: str, match: re.Match[str]) -> tuple[Quantity, int]:
    """Read a vague amount ("dozens", "several hundred") with its hedge."""
    low, high, point = _VAGUE[_key(match.group())]
    end = match.end()
    if match.lastgroup == "few":
        scale = _PATTERNS["few_scale"].match(text, end)
        if scale is not None:
            factor = _FEW_SCALES[scale.group("word").lower()]
            low, point, end = low * factor, point * factor, scale.end()
            high = None if high is None else (high + 1) * factor - 1
    surface = text[match.start() : end]
    start, qualifier, qualifier_class, role = _qualifier_before(
        text, match.start(), _head(text, match.start())
    )
    if qualifier is None or qualifier_class == "range":
        start, qualifier, qualifier_class = match.start(), surface, None
    unit = None
    if (after := _PATTERNS["time_after"].match(text, end)) is not None:
        word = after.group("unit").lower()
        unit, end = _TIME_SINGULAR.get(word, word.removesuffix("s")), after.end()
    low_bound, high_bound, _ = _bounded(qualifier_class, low, high)
    quantity = Quantity(
        value=low,
        low=low_bound,
        high=high_bound,
        qualifier=qualifier,
        approximate=True,
        unit=unit,
        start=start,
        end=end,
        text=text[start:end],
        point=point,
        role=role if role is QuantityRole.INCREMENT else QuantityRole.TOTAL,
    )
    return quantity, end


def _read_fraction(text: str, match: re.Match[str]) -> tuple[Quantity, int]:
    """Read a part of a whole: "half of", "two-thirds of"."""
    words = [word.group().lower() for word in _PATTERNS["word"].finditer(match.group())]
    denominator = _FRACTIONS[words[-1]]
    numerator = _SMALL.get(words[0], 1) if len(words) > 1 else 1
    value = to_number((denominator * numerator).quantize(Decimal("0.0001")))
    if words[-1].startswith("third") and numerator == 2:
        value = Decimal("0.6667")
    start, qualifier, qualifier_class, _ = _qualifier_before(
        text, match.start(), _head(text, match.start())
    )
    if qualifier is None or qualifier_class == "range":
        start, qualifier, qualifier_class = match.start(), None, None
    low, high, approximate = _bounded(qualifier_class, value, value)
    return (
        Quantity(
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            approximate=approximate,
            unit=None,
            start=start,
            end=match.end(),
            text=text[start : match.end()],
            point=value,
            role=QuantityRole.FRACTION,
        ),
        match.end(),
    )


def _read_article(text: str, match: re.Match[str], previous: Quantity | None) -> Quantity | None:
    """Read "a"/"an" as one, only before a casualty noun or inside a list of counted items."""
    end = match.end()
    if _PATTERNS["article_skip_after"].match(text, end) is not None:
        return None
    counts = (
        _PATTERNS["article_casualty_after"].match(text, end) is not None
        or _PATTERNS["article_list_after"].match(text, end) is not None
    )
    if not counts and previous is not None and previous.unit is None:
        gap = match.start() - previous.end
        counts = 0 <= gap <= 60 and (
            _PATTERNS["article_list_between"].fullmatch(text, previous.end, match.start())
            is not None
        )
    if not counts:
        return None
    return Quantity.one(text, match.start(), end)


def find_quantities(text: str, *, articles: bool = False) -> tuple[Quantity, ...]:
    """Return every quantity in ``text``, in order of position.

    Figures in digits ("1,500", "900 000", "2.3m", "3bn") or words ("twenty-seven", "a
    dozen"), vague amounts ("dozens", "hundreds of thousands", "several"), hedges and bounds
    ("at least", "nearly", "up to", "some"), ranges ("15-20", "between 10 and 12"),
    increments ("another five", "two more") and parts ("half of") are read; years, dates,
    clock times, phone numbers, ordinals, list numbers, model designators ("Su-24") and
    adjectival durations ("a nine-year war") are not. Units follow a figure: "percent",
    durations ("year", "day"), currencies ("USD") and measures ("km2", "km", "mm", "mi").

    Args:
        text: any text.
        articles: also read "a"/"an" as one, but only where it counts something: before a
            casualty noun ("a soldier was killed") or inside a list of counted items ("a
            tank, six armored vehicles"). Off by default, since most articles count nothing.

    Returns:
        The quantities, in order of position; an empty tuple when there are none.

    Raises:
        InputTypeError: ``text`` is not a ``str``.

    >>> [(q.text, q.value, q.low, q.high) for q in find_quantities(
    ...     "Up to 50 soldiers and hundreds of civilians fled 15-20 km.")]
    [('Up to 50', 50, None, 50), ('hundreds', 200, 200, 999), ('15-20 km', 15, 15, 20)]
    >>> [q.text for q in find_quantities("a tank, six armored vehicles", articles=True)]
    ['a', 'six']
    """
    expect_str(text, "find_quantities")
    found: list[Quantity] = []
    anchor_pattern = _PATTERNS["anchor"]
    article_pattern = _PATTERNS["article"]
    position = 0
    # One scan finds every place where an anchor or an article matches (and some more), in
    # order: the first such place at or after ``position`` where one matches is the leftmost
    # match of either pattern there, the anchor first when both start at one place.
    for start in _BYTE_PATTERNS["start"].finditer(_masked(text)):
        at = start.start()
        if at < position:
            continue
        anchor = anchor_pattern.match(text, at)
        if anchor is None:
            article = article_pattern.match(text, at) if articles else None
            if article is not None:
                counted = _read_article(text, article, found[-1] if found else None)
                if counted is not None:
                    found.append(counted)
                position = article.end()
            continue
        kind = anchor.lastgroup
        quantity: Quantity | None
        if kind in ("vague", "few"):
            quantity, resume = _read_vague(text, anchor)
        elif kind == "fraction":
            quantity, resume = _read_fraction(text, anchor)
        else:
            quantity, resume = _read_number(text, anchor)
        if quantity is not None:
            if found and quantity.start < found[-1].end:
                quantity = None
            else:
                found.append(quantity)
        position = max(resume, at + 1)
    return tuple(found)
