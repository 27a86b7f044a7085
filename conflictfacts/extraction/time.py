"""When a claim happened: the date nearest its figure, or the last day the article named.

:meth:`Timeline.time_of` gives a claim the date expression nearest its figure, resolved
against the unit's date (a caption's figure takes the caption's date): "between Tuesday and
Saturday" is the range, "since March" runs to the article's date, "since the offensive began"
runs from the day an earlier sentence says it began. A sentence that names no date inherits
the last single day the article named (its territory, as EpiTator calls it), unless that day
was the day of a statement ("the army said on Monday").

>>> import datetime as dt
>>> from conflictfacts import extract_claims, parse_article
>>> page = "Shelling hit Vessa on Tuesday. Nine people were killed."
>>> extract_claims(parse_article(page, published=dt.date(2031, 5, 8)))[0].time.start
datetime.date(2031, 5, 6)
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Mapping, Sequence

from conflictfacts import _furniture as furn
from conflictfacts._case import fold
from conflictfacts.claims import ClaimKind
from conflictfacts.dates import DateMention, Granularity, TimeSpan, find_dates, resolve_date
from conflictfacts.extraction.tokens import (
    DETERMINERS,
    LOCATIVE_PREPOSITIONS,
    has_digit,
    token_low,
    word_at,
    word_list,
)
from conflictfacts.extraction.units import Tokenized, Unit
from conflictfacts.extraction.words import REPORT_TAIL
from conflictfacts.lexicon import WordTables

__all__ = [
    "EVENT_KINDS",
    "Timeline",
    "compares_superlative",
    "has_date_cue",
    "open_tally",
    "unit_dates",
]

#: Every regular expression of this module.
_PATTERNS: Mapping[str, re.Pattern[str]] = {
    # A year or a day in digits ("4/10/31"), without which a sentence with no date word, month
    # or weekday names no date.
    "date_digits": re.compile(r"\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d"),
    # A superlative whose comparison a date may give: "the deadliest day since 2011", "the
    # worst toll in the past year" (searched in the few words before the date).
    "superlative": re.compile(
        r"\b(?:deadliest|worst|bloodiest|largest|biggest|highest|heaviest|most\s[a-z]{3,20}"
        r"|first)\b",
        re.IGNORECASE,
    ),
    # Before a date: it opens a period ("since", "which erupted in").
    "since_word": re.compile(r"\bsince\b"),
    "war_began": re.compile(
        r"\b(?:erupted|began|started|broke\s{1,3}out|flared\s{1,3}up)\s{1,3}(?:in\s{1,3})?$"
    ),
    # A count "since the offensive began" with no date: the noun whose start opens the period;
    # also "since the beginning of the operation", "since Operation Iron Gate began".
    "since_onset": re.compile(
        r"\bsince\s{1,3}(?:(?:the|its|their|this|that)\s{1,3})?"
        r"(?:(?:beginning|start|launch|outset)\s{1,3}of\s{1,3}(?:(?:the|its|their)\s{1,3})?)?"
        r"(?P<words>[a-z][\w-]{1,25}(?:\s{1,3}[a-z][\w-]{1,25}){0,2})",
        re.IGNORECASE,
    ),
    # A running tally of an operation with no "since": "in the framework of Operation Iron
    # Gate", "during Operation Iron Gate", "in the operation so far", "so far in the operation".
    "in_operation": re.compile(
        r"\b(?:[Ii]n|[Dd]uring|[Uu]nder)\s{1,3}"
        r"(?:the\s{1,3}(?:framework|course|scope)\s{1,3}of\s{1,3})?"
        r"(?:Operation\s{1,3}[\"'\u201c\u2018]?[A-Z]|the\s{1,3}operation\s{1,3}so\s{1,3}far\b)"
        r"|\b[Ss]o\s{1,3}far\s{1,3}(?:in|during)\s{1,3}the\s{1,3}operation\b"
    ),
    # Before a date: a start is told ("the offensive began on 2 March", "was launched in May").
    "onset_before": re.compile(
        r"\b(?:began|started|erupted|launched|broke\s{1,3}out|flared\s{1,3}up)"
        r"(?:\s{1,3}(?:its|their|the|an?)(?:\s{1,3}[\w-]{1,25}){1,3})?\s{1,3}$",
        re.IGNORECASE,
    ),
}

#: Words that may start a date expression (see conflictfacts.dates): a sentence with none of
#: them, no weekday, no month and no year names no date, and skips the date grammar.
_DATE_WORDS = frozenset(
    word_list(
        """yesterday today tonight tomorrow overnight ago since past last earlier recent hour
        hours day days week weeks fortnight fortnights month months year years decade decades
        weekend weekends half dawn eve morning afternoon evening night nights spring summer
        autumn fall winter"""
    )
)
#: Month and weekday names and the month abbreviations the date patterns read.
_CALENDAR_WORDS = frozenset(
    word_list(
        """january february march april may june july august september october november
        december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
        thursday friday saturday sunday"""
    )
)
#: Either kind of date word.
_DATE_CUE_WORDS = _DATE_WORDS | _CALENDAR_WORDS

#: Kinds for which the last named day stands in when a sentence names no date.
EVENT_KINDS = frozenset(
    {
        ClaimKind.KILLED,
        ClaimKind.WOUNDED,
        ClaimKind.DESTROYED,
        ClaimKind.DAMAGED,
        ClaimKind.MISSING,
        ClaimKind.ARRESTED,
        ClaimKind.ABDUCTED,
    }
)

#: Nouns of a campaign: a tally "since" one whose start the article does not give runs to the
#: day it was given from a start unknown (see :func:`open_tally`).
_CAMPAIGN_NOUNS = frozenset(word_list("operation offensive campaign"))

#: Verbs that end the noun of "since the offensive began" (see Timeline._onset_of).
_ONSET_VERBS = frozenset(word_list("was were began started erupted broke flared launched and or"))


def has_date_cue(text: str, words: set[str], digit: bool | None = None) -> bool:
    """Whether ``text`` may name a date: a date word, a month or weekday name, or a year.

    ``words`` are the letter runs of ``text`` folded by ``conflictfacts._case.fold``; the date
    patterns read a month or weekday only as a whole run of letters ("March", "mid-March").
    ``digit`` says whether ``text`` holds a digit, when the caller knows it: a year or a
    numeric date needs one.

    >>> has_date_cue("Nine were killed.", {"nine", "were", "killed"})
    False
    >>> has_date_cue("Nine were killed in 2031.", {"nine", "were", "killed", "in"})
    True
    """
    if not words.isdisjoint(_DATE_CUE_WORDS):
        return True
    if digit is None:
        digit = has_digit(text)
    return digit and _PATTERNS["date_digits"].search(text) is not None


def unit_dates(unit: Unit) -> Sequence[DateMention]:
    """The dates a unit names, without a wire dateline's day.

    In "KYIV, March 3 (Reuters) - ..." the day is the filing date, not a date of what the
    sentence reports.
    """
    dates = find_dates(unit.text, unit.reference)
    if dates and unit.opens_body:
        cut = furn.inline_dateline_end(unit.text)
        dates = tuple(d for d in dates if d.start >= cut)
    return dates


#: How far before a date its "since" may stand: "since the attack by ..., on October 7".
_SINCE_REACH = 90
#: How far before a date a superlative may stand and still be what the date bounds.
_SUPERLATIVE_REACH = 70
#: How a superlative's window opens: "since 2011", "in the past year", "in over a year".
_WINDOW_OPENERS = ("since", "in ", "of ", "for ")
#: Words that name who a statement was made to: "told reporters on Friday".
_LISTENERS = frozenset({"reporters", "journalists", "the", "a", "news", "agency", "television"})
#: How many words the listener of "told Sudan Tribune on Friday" may run to.
_LISTENER_WORDS = 3


class Timeline:
    """What an article has said about time so far: the last day named, and when things began.

    Args:
        tables: the lexicon's words (its verbs of saying).
    """

    def __init__(self, tables: WordTables) -> None:
        # verbs of saying: a day right after one dates a statement, not an event
        self._saying = tables.saying
        self.last_day: TimeSpan | None = None
        #: The last single day named so far, of an event or of a statement.
        self.last_named: TimeSpan | None = None
        #: Units that may name a day but were not read for dates, for :meth:`_last_named`.
        self._unread_named: list[Unit] = []
        #: The dates each unit read so far names, by the unit's start: each unit is searched
        #: once, and the incident frame reads them again (see
        #: :mod:`conflictfacts.extraction.incident`).
        self.dates_read: dict[int, Sequence[DateMention]] = {}
        #: Units that may name a day but were not read for dates: read when a day is needed.
        self._unread_days: list[Unit] = []
        #: Units that may tell when something began ("the offensive began on 2 March"): those
        #: with a date cue.
        self._onset_units: list[Unit] = []
        #: For each noun asked by _onset_of: how many of those units were read, and its answer.
        self._onsets: dict[str, tuple[int, TimeSpan | None]] = {}
        # where a date right after a verb of saying may start, for the unit last asked
        self._said_at_unit: Tokenized | None = None
        self._said_at_here: frozenset[int] = frozenset()
        # the dates that may date a claim, for the unit and dates last asked (see _event_dates)
        self._events_for: tuple[Tokenized | None, Sequence[DateMention]] = (None, ())
        self._events_here: list[DateMention] = []
        # the unit last asked for "since the <noun> began", and its match there
        self._onset_unit: Tokenized | None = None
        self._onset_here: re.Match[str] | None = None

    def may_tell_onset(self, unit: Unit) -> None:
        """Note a unit with a date cue: it may tell when something began."""
        self._onset_units.append(unit)

    def names_no_date(self, unit: Unit) -> None:
        """Note a unit with no date cue: it names no date."""
        self.dates_read[unit.start] = ()

    def dates(self, unit: Unit) -> Sequence[DateMention]:
        """The dates a unit names (:func:`unit_dates`), searched once per unit."""
        known = self.dates_read.get(unit.start)
        if known is None:
            known = self.dates_read[unit.start] = unit_dates(unit)
        return known

    def after(self, unit: Unit, dates: Sequence[DateMention], *, undated: bool = False) -> None:
        """Move past a unit: the last single day of events it named becomes the last day.

        ``undated`` says the unit may name dates but was not read for them: it waits in
        ``_unread_days`` until :meth:`_last_day` needs it.
        """
        if undated:
            self._unread_days.append(unit)
            self._unread_named.append(unit)
        first = True
        for mention in dates:
            span = mention.span
            if span is None:
                continue
            opens, first = first, False
            if span.granularity is not Granularity.DAY:
                continue
            if opens and unit.reference is not None:
                # "earlier in the day" opening the sentence: the day the text is about
                span = self._anchored(mention, unit.reference, span)
            self.last_named = span
            self._unread_named.clear()
            if _is_event_day(unit.text, mention, self._saying):
                self.last_day = span
                self._unread_days.clear()

    def _last_named(self) -> TimeSpan | None:
        """The last single day named so far, of an event or a statement (newest units first)."""
        while self._unread_named:
            unit = self._unread_named.pop()
            days = [
                m.span
                for m in self.dates(unit)
                if m.span is not None and m.span.granularity is Granularity.DAY
            ]
            if days:
                self.last_named = days[-1]
                self._unread_named.clear()
        return self.last_named

    def _last_day(self) -> TimeSpan | None:
        """The last single day named so far, reading the units that waited, newest first."""
        while self._unread_days:
            unit = self._unread_days.pop()
            saying = self._saying
            days = [m.span for m in self.dates(unit) if _is_event_day(unit.text, m, saying)]
            if days:
                self.last_day = days[-1]
                self._unread_days.clear()
        return self.last_day

    def _onset_of(self, noun: str, current: Unit) -> TimeSpan | None:
        """The date an earlier unit gives for when ``noun`` began, the latest first.

        "The offensive began on 2 March" or "seized power in a coup in February 2021" dates a
        later "since the offensive began" or "since the coup".
        """
        # Each unit is read once per noun: the answer so far is kept with how many units it
        # covers, and a later question reads only the units added since (a page of a thousand
        # "since the war" figures stays linear).
        units = self._onset_units
        end = len(units) - 1 if units and units[-1] is current else len(units)
        read, found = self._onsets.get(noun, (0, None))
        for unit in reversed(units[read:end]):
            span = _onset_in(unit, noun, self.dates)
            if span is not None:
                found = span
                break
        self._onsets[noun] = (end, found)
        return found

    def _said_at(self, here: Tokenized) -> frozenset[int]:
        """Where a date right after a reporting verb may start in a unit (once a unit)."""
        if self._said_at_unit is not here:
            tokens = here.tokens
            n = len(tokens)
            lows = map(token_low, tokens)
            verbs = itertools.compress(range(n - 1), map(self._saying.__contains__, lows))
            found: set[int] = set()
            for k in verbs:
                # "said Tuesday", "said on Tuesday", "told Sudan Tribune on Friday", "told
                # reporters on Friday": over the listener to the statement's day
                j = k + 1
                while j < n and j - k <= _LISTENER_WORDS + 1:
                    token = tokens[j]
                    found.add(token.start)
                    if token.low == "on":
                        if j + 1 < n:
                            found.add(tokens[j + 1].start)
                        break
                    if not (token.text[:1].isupper() or token.low in _LISTENERS):
                        break
                    j += 1
            self._said_at_unit, self._said_at_here = here, frozenset(found)
        return self._said_at_here

    def _event_dates(self, here: Tokenized, dates: Sequence[DateMention]) -> list[DateMention]:
        """The dates of a unit that may date its claims, worked out once for all its claims.

        Not those that only bound a superlative ("the deadliest since 2011"), nor those right
        after a verb of saying ("said on Tuesday that ..." dates the statement, not the event).
        """
        if self._events_for[0] is here and self._events_for[1] is dates:
            return self._events_here
        resolved = [
            d for d in dates if d.span is not None and not compares_superlative(here.text, d)
        ]
        if resolved:
            said_at = self._said_at(here)
            resolved = [d for d in resolved if d.start not in said_at]
        self._events_for, self._events_here = (here, dates), resolved
        return resolved

    def _anchored(self, chosen: DateMention, reference: dt.date, span: TimeSpan) -> TimeSpan:
        """A day told from the day the text is about, read from the last day named before.

        "Earlier in the day", "the same day" and "a day later" count from the last day the
        article named in an earlier sentence (an event's or a statement's: "the ministry said
        on Thursday ... Earlier in the day"), not from the page's date.
        """
        if span.granularity is not Granularity.DAY or chosen.text[:1].isdigit():
            return span
        last = self._last_named()
        if last is None or last.start >= reference:
            return span
        again = resolve_date(chosen.text, reference, anchor=last.start)
        if again is None or again == span or again.start > reference:
            return span
        return again

    def time_of(
        self,
        here: Tokenized,
        core_start: int,
        core_end: int,
        dates: Sequence[DateMention],
        kind: ClaimKind,
    ) -> TimeSpan | None:
        """When the claim whose figure and head span ``[core_start, core_end)`` happened.

        Args:
            here: the unit being read.
            core_start: where the claim's figure starts in the unit.
            core_end: where its counted phrase ends.
            dates: the dates the unit names (see :func:`unit_dates`).
            kind: what the claim counts: only events inherit the last day named.

        Returns:
            The claim's time, or ``None``.
        """
        unit = here.unit
        resolved = self._event_dates(here, dates)
        if resolved:
            cut = _reported_clause(here, core_start, self._saying)
            if cut is not None and any(d.start >= cut for d in resolved):
                # "a doctor who fled on Thursday told X on Friday that 2,000 were killed between
                # 4 and 9 November": the dates of the figure's own clause
                resolved = [d for d in resolved if d.start >= cut]
        if resolved:

            def distance(d: DateMention) -> int:
                if d.end <= core_start:
                    return core_start - d.end
                if d.start >= core_end:
                    return d.start - core_end
                return 0

            chosen = min(resolved, key=distance)
            if chosen.start >= core_end:
                chosen = _antecedents_date(unit.text, resolved, core_start) or chosen
            span = chosen.span
            if span is None:  # pragma: no cover - filtered above
                return None
            span = _joined_range(unit.text, resolved, chosen, span)
            reference = unit.reference
            if reference is not None and not any(d.end <= chosen.start for d in resolved):
                span = self._anchored(chosen, reference, span)
            # as far back as "since the surprise attack by the Islamic Resistance Movement,
            # Hamas, on October 7"
            before = unit.text[max(0, chosen.start - _SINCE_REACH) : chosen.start].lower()
            between = unit.text[chosen.end : core_start] if chosen.end <= core_start else ""
            if " when " in between and chosen.text[:6].lower() == "since ":
                # "since October 2022, when two car bombs killed 121": the toll of that month
                inner = find_dates(chosen.text[6:], unit.reference)
                if inner and inner[0].span is not None:
                    return inner[0].span
            if (
                reference is not None
                and (
                    _PATTERNS["since_word"].search(before) is not None
                    or _PATTERNS["war_began"].search(before) is not None
                    or _launched_in(before, chosen, span)
                )
                and span.end < reference
                # "since October 2022, when two car bombs killed 121": that day's own toll
                and " when " not in between
            ):
                # "since March", "the war, which erupted in April 2023, has displaced ...":
                # a toll counted from then to the article's date
                span = TimeSpan(span.start, reference, Granularity.PERIOD)
            return span
        if self._onset_unit is not here:  # searched once a unit, for all its claims
            # (folded as the case-blind pattern reads letters, the unit must hold "since")
            self._onset_unit, self._onset_here = here, (
                _PATTERNS["since_onset"].search(unit.text)
                if "since" in fold(unit.text)
                else None
            )
        onset = self._onset_here
        if onset is not None and unit.reference is not None:
            # "killed since the offensive began": from the day the article says it began
            nouns: list[str] = []
            for word in onset.group("words").lower().split():
                if word in _ONSET_VERBS or word in DETERMINERS or word in LOCATIVE_PREPOSITIONS:
                    break
                nouns.append(word)
            for noun in reversed(nouns):  # the head noun first: "the ground offensive"
                began = self._onset_of(noun, unit)
                if began is not None and began.start < unit.reference:
                    return TimeSpan(began.start, unit.reference, Granularity.PERIOD)
            if not _CAMPAIGN_NOUNS.isdisjoint(nouns):
                # "destroyed since the operation began", the start not given: a running tally
                return open_tally(unit.reference)
        if (
            unit.reference is not None
            and "peration" in unit.text  # each way to write it holds "Operation" or "operation"
            and _PATTERNS["in_operation"].search(unit.text)
        ):
            # "135 tanks destroyed in the framework of Operation Iron Gate": from the day the
            # article says it began, else from a start not given
            began = self._onset_of("operation", unit)
            if began is not None and began.start < unit.reference:
                return TimeSpan(began.start, unit.reference, Granularity.PERIOD)
            return open_tally(unit.reference)
        if kind in EVENT_KINDS and unit.paragraph >= 0:  # a headline waits for its body
            last_day = self._last_day()
            if last_day is not None:
                return last_day
            if unit.reference is not None:
                return TimeSpan(unit.reference, unit.reference, Granularity.DAY)
        return None


#: A relative clause that tells what its noun did: "the May 2 shelling, which killed".
_RELATIVE = re.compile(r",\s{0,3}(?:which|that)\s{1,3}(?:had\s{1,3}|have\s{1,3}|has\s{1,3})?"
                       r"(?:killed|wounded|injured|left)\b")


def _antecedents_date(
    text: str, dates: Sequence[DateMention], figure: int
) -> DateMention | None:
    """The date of the noun whose relative clause holds the figure, if it has one.

    In "mourners gather where the May 2 shelling, which killed nine, hit Vessa on May 4" the
    nine were killed on May 2: the clause tells what the shelling did; the later date is the
    scene's.
    """
    relative = None
    for match in _RELATIVE.finditer(text, 0, figure):
        relative = match
    if relative is None:
        return None
    before = [d for d in dates if d.end <= relative.start()]
    if not before or any(relative.start() <= d.start < figure for d in dates):
        return None
    return before[-1]


def _launched_in(before: str, mention: DateMention, span: TimeSpan) -> bool:
    """Whether "launched in" opens a campaign's month, season or year.

    "Launched in October, the operation ..." does; "missiles launched on Tuesday" (a day's
    event) does not.
    """
    return (
        span.granularity is not Granularity.DAY
        and mention.text[:3].lower() == "in "
        and before.rstrip().lower().endswith("launched")
    )


def open_tally(day: dt.date) -> TimeSpan:
    """The time of a running tally given on ``day`` from a start the text does not give.

    A one-day span of granularity ``TALLY``: "destroyed since the operation began", where the
    article never says when it began. Comparison reads it as one growing count with any period
    that starts before its end.

    >>> open_tally(dt.date(2031, 3, 9)).granularity.value
    'tally'
    """
    return TimeSpan(day, day, Granularity.TALLY)


def compares_superlative(text: str, mention: DateMention) -> bool:
    """Whether a date only bounds a superlative's comparison, not when anything happened.

    >>> import datetime as dt
    >>> text = "the deadliest day for the force since 2011"
    >>> compares_superlative(text, find_dates(text, dt.date(2031, 4, 9))[0])
    True
    """
    if not mention.text.lower().startswith(_WINDOW_OPENERS):
        return False
    if text[mention.end : mention.end + 8].lstrip(", ").lower().startswith("when "):
        return False  # "the deadliest since October 2029, when car bombs killed 121": its toll
    before = text[max(0, mention.start - _SUPERLATIVE_REACH) : mention.start]
    found = list(_PATTERNS["superlative"].finditer(before))
    if not found:
        return False
    # no clause break between the superlative and the date
    return not any(ch in before[found[-1].end() :] for ch in ",;:\u2014")


def _reported_clause(here: Tokenized, core_start: int, saying: frozenset[str]) -> int | None:
    """Where the reported clause a claim's figure stands in starts, else ``None``.

    A reporting verb and "that" open it: "told Reuters on Friday that ...".
    """
    tokens = here.tokens
    # the last "that" before the figure (not the unit's first token), its tokens picked in C
    lows = map(token_low, itertools.islice(tokens, 1, None))
    for k in reversed([*itertools.compress(range(1, len(tokens)), map("that".__eq__, lows))]):
        token = tokens[k]
        if token.start >= core_start:
            continue
        if any(t.low in saying for t in tokens[max(0, k - _LISTENER_WORDS - 3) : k]):
            return token.end
        return None
    return None


def _is_event_day(text: str, mention: DateMention, saying: frozenset[str]) -> bool:
    """Whether a mention names a single day of events, not the day a statement was made.

    "The army said on Monday" dates the statement: a later "it said" figure is not of Monday.
    """
    if mention.span is None or mention.span.granularity is not Granularity.DAY:
        return False
    # back over the words a report adds before its day: "said in a statement late Monday"
    for word in reversed(text[max(0, mention.start - 40) : mention.start].split()[-6:]):
        low = word.lower()
        if low in saying:
            return False
        if low not in REPORT_TAIL:
            break
    return True


def _joined_range(
    text: str, mentions: Sequence[DateMention], chosen: DateMention, span: TimeSpan
) -> TimeSpan:
    """Widen a date to the range it opens or closes: "between Tuesday and Saturday"."""
    ordered = sorted(mentions, key=lambda d: d.start)
    at = ordered.index(chosen)
    pairs = []
    if at + 1 < len(ordered):
        pairs.append((chosen, ordered[at + 1]))
    if at > 0:
        pairs.append((ordered[at - 1], chosen))
    for first, second in pairs:
        gap = text[first.end : second.start].strip().lower()
        opener = (text[max(0, first.start - 12) : first.start] + " " + first.text).lower()
        joined = gap in {"to", "through", "until", "till", "-", "\u2013"} or (
            gap == "and" and any(w in opener.split() for w in ("between", "over", "from"))
        )
        if joined and first.span is not None and second.span is not None:
            start, end = first.span.start, second.span.end
            if end < start and (start - end).days < 7:
                end += dt.timedelta(days=7)  # "from Friday to Monday": the Monday after
            if start <= end:
                return TimeSpan(start, end, Granularity.PERIOD)
    return span


def _onset_in(
    unit: Unit, noun: str, dates_of: Callable[[Unit], Sequence[DateMention]]
) -> TimeSpan | None:
    """The day ``unit`` says ``noun`` began ("the offensive began on 2 March"), or ``None``."""
    low = unit.text.lower()
    at = word_at(low, noun)
    if at < 0:
        return None
    for mention in reversed(dates_of(unit)):
        if mention.span is None or mention.start <= at:
            continue
        head = unit.text[max(0, mention.start - 80) : mention.start]
        if (
            head.rstrip().lower().split()[-1:] == [noun]
            or _PATTERNS["onset_before"].search(head) is not None
        ):
            return mention.span
    return None
