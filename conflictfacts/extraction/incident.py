r"""The incident frame: what happened, when, by whom and where, and when each figure was given.

A news report is about an incident ("a drone strike on a convoy on Tuesday") and gives its
figures in later sentences that refer back to it ("the strike", "the toll", "those killed"),
often with the day a figure was *given* rather than the day it happened ("the army said on
Wednesday", "the toll rose to 30 on Sunday"). This module reads, for every sentence, which
of its date expressions name when something happened and which name when a figure was given,
and which incidents the article dates (an event noun such as "strike" or "attack", or a
casualty figure, beside a day). Then each claim:

- keeps the date its own sentence gives it; a claim whose sentence dates nothing but a
  statement takes the date of the incident it refers back to (the incident of the same noun
  stated before it, else the one the headline and lead describe), never the page's; an
  incident its sentence or the next says lasted days ("the raids lasted three days") is
  that period;
- gets the actor and place of that incident where its own sentence names none and it refers
  back to it, with the span that states the incident in
  :attr:`~conflictfacts.claims.Claim.frame`;
- gets :attr:`~conflictfacts.claims.Claim.reported_on`: the day its sentence's statement
  names, else the page's date.

>>> import datetime as dt
>>> from conflictfacts import extract_claims, parse_article
>>> page = ("Drone strike on convoy near Kutum\n\n"
...         "A drone strike hit an army convoy near Kutum on Saturday, the army said. "
...         "The death toll from the strike rose to 30 on Sunday, a medical source said.")
>>> claim = extract_claims(parse_article(page, published=dt.date(2031, 4, 14)))[0]
>>> claim.quantity.value, claim.time.start.isoformat(), claim.reported_on.isoformat()
(30, '2031-04-12', '2031-04-13')
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import attrs

from conflictfacts import _furniture as furn
from conflictfacts.article import Article
from conflictfacts.claims import Claim, ClaimKind
from conflictfacts.dates import DateMention, Granularity, TimeSpan, find_dates
from conflictfacts.extraction.time import compares_superlative
from conflictfacts.spans import Span

__all__ = ["Incident", "frame_claims", "read_incidents"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|[0-9][0-9,.]*")

#: Nouns that name an incident, by the lemma claims are matched on.
_EVENT_NOUNS = {
    "strike": "strike",
    "strikes": "strike",
    "airstrike": "strike",
    "airstrikes": "strike",
    "air-strike": "strike",
    "air-strikes": "strike",
    "attack": "attack",
    "attacks": "attack",
    "assault": "attack",
    "bombing": "bombing",
    "bombings": "bombing",
    "blast": "bombing",
    "blasts": "bombing",
    "explosion": "bombing",
    "explosions": "bombing",
    "shelling": "shelling",
    "bombardment": "shelling",
    "raid": "raid",
    "raids": "raid",
    "ambush": "attack",
    "massacre": "massacre",
    "killings": "massacre",
    "offensive": "offensive",
    "battle": "offensive",
    "fighting": "offensive",
    "clashes": "offensive",
    "siege": "offensive",
    "campaign": "offensive",
    "operation": "operation",
}

#: Incidents that last: a figure that refers back to one counts from its start to the day the
#: figure was given ("since the offensive began on 4 April"). A military operation is one when
#: its article names it or says it began (see :data:`_LASTING_OPERATION`): a defence
#: ministry's running tally "in Operation Dawn Shield" or "since the operation began" counts
#: from the day the article says it began.
_CAMPAIGNS = frozenset({"offensive", "operation"})
#: Words that make an article's operation a campaign: it names it ("Operation Dawn Shield") or
#: says it began ("the operation began after ...", "launched a ground operation"). "An
#: operation on Tuesday" with neither is one day's event, as a raid is.
_LASTING_OPERATION = re.compile(
    r"\bOperation\s{1,3}[\"'\u201c\u2018]?[A-Z]"
    r"|\b[Oo]peration\s{1,3}(?:[a-z]{1,20}\s{1,3})?(?:began|started|was\s{1,3}launched)\b"
    r"|\b[Ll]aunch(?:ed|es|ing)?\s{1,3}(?:an?\s{1,3}|the\s{1,3}|its\s{1,3}|their\s{1,3})?"
    r"(?:[\w-]{1,25}\s{1,3}){0,2}operation\b"
)

#: Verbs that tell a campaign's start ("the operation began after ... on 27 February").
_BEGAN = re.compile(r"\b(?:began|begun|started|launched)\b", re.IGNORECASE)

#: An incident told to have lasted days: "the raids lasted three days", "the attacks spanned
#: several days", "went on for a week".
_LASTED = re.compile(
    r"\b(?:lasted|spanned|went\s{1,3}on\s{1,3}for|continued\s{1,3}for|raged\s{1,3}for)"
    r"(?:\s{1,3}for)?(?:\s{1,3}(?:about|some|nearly|almost))?"
    r"\s{1,3}(?P<amount>several|a\s{1,3}few|a|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|[1-9])\s{1,3}(?P<unit>days?|weeks?)\b",
    re.IGNORECASE,
)
#: How many days (or weeks) the amounts of :data:`_LASTED` stand for; the others have no told
#: length.
_DAY_COUNTS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, **{str(n): n for n in range(1, 10)},
}  # fmt: skip

#: How far (in characters) a date expression may stand from the event noun or verb it dates.
_REACH = 150

#: Verbs whose date is the day a figure was given, not the day it happened.
_SAYING = frozenset(
    [
        "said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports",
        "added", "confirmed", "stated", "tweeted", "wrote", "posted", "noted", "updated",
        "revised", "published", "quoted", "asked", "warned", "insisted", "acknowledged",
        "admitted", "explained", "testified", "briefed",
    ]
)
#: Verbs of an inquiry's finding: "On Thursday, the investigation found that ..." dates the
#: finding, as a verb of saying would (only where the day opens the sentence: "troops found
#: 12 bodies on Thursday" is an event's day).
_FINDINGS = frozenset(["found", "concluded", "determined"])
#: Verbs of saying in the present tense: the writer's narration, not a statement's day.
_SAYING_NOW = frozenset(["says", "say", "tells", "reports"])
#: Verbs and nouns of a toll that changes ("the toll rose to 30 on Sunday").
_UPDATING = frozenset(
    [
        "rose", "risen", "rises", "climbed", "climbs", "increased", "increases", "reached",
        "reaches", "jumped", "surpassed", "passed", "exceeded", "stood", "stands", "brought",
        "raised", "put", "revised",
    ]
)
_STATEMENTS = frozenset(
    [
        "statement", "briefing", "conference", "interview", "update", "tweet", "post",
    ]
)
#: Verbs that state an incident ("militants attacked the town on Thursday").
_EVENT_VERBS = frozenset(
    [
        "attacked", "struck", "hit", "shelled", "bombed", "exploded", "stormed", "targeted",
        "ambushed", "raided", "clashed", "overran", "seized", "captured", "fired", "launched",
        "bombarded",
        "detonated",
    ]
)
#: Words that make a sentence's figures background rather than the incident's.
_BACKGROUND = frozenset(
    [
        "war", "conflict", "since", "overall", "total", "altogether", "cumulative", "insurgency",
        "civil", "decade", "years",
    ]
)
#: Words by which a sentence refers back to the incident.
_BACK_REFERENCES = frozenset(
    [
        "toll", "dead", "victims", "casualties", "killed", "wounded", "injured", "died",
        "injuries", "deaths",
    ]
)
#: Date words that open a period, not a day ("since March", "until Friday").
_OPEN_PERIOD = ("since", "until", "till", "through", "from", "between", "throughout")

#: How many units (the headline and the first sentences) make the lead.
_LEAD_UNITS = 5

#: Kinds an incident's day dates (counts of what happened in it).
_EVENT_KINDS = frozenset(
    {
        ClaimKind.KILLED,
        ClaimKind.WOUNDED,
        ClaimKind.MISSING,
        ClaimKind.ABDUCTED,
        ClaimKind.ARRESTED,
        ClaimKind.DESTROYED,
        ClaimKind.DAMAGED,
    }
)
#: How long a date expression may run and still be an incident's day (a month at most).
_LONGEST_INCIDENT = dt.timedelta(days=31)
#: How long a period ("from Monday to Wednesday") may run and still be an incident's time.
_FEW_DAYS = dt.timedelta(days=3)


@attrs.frozen
class Incident:
    """An incident an article dates: what happened, when, and where that is said.

    >>> day = TimeSpan(dt.date(2031, 4, 12), dt.date(2031, 4, 12))
    >>> Incident("strike", day, Span(0, 40), actor="RSF").actor
    'RSF'
    """

    #: The event noun's lemma ("strike", "attack", "bombing"), or ``None`` for an incident
    #: stated only through its casualties.
    event: str | None
    #: When it happened.
    day: TimeSpan
    #: The sentence (or headline) that dates it.
    span: Span
    #: Who did it, as the claims of that sentence name them.
    actor: str | None = None
    #: Where it happened, as the claims of that sentence name it.
    place: str | None = None
    #: Whether the sentence states it as the background of something else ("escalating since an
    #: airstrike killed 33 on Thursday", "launched an operation following Thursday's attack")
    #: or dates it only to a week or longer: an incident a claim stated *before* it does not
    #: refer to.
    aside: bool = False


class _Unit(NamedTuple):
    """A headline, sentence or caption, with what its date expressions mean."""

    position: int
    start: int
    end: int
    #: Its text ("" for a unit kept empty: one that can state no incident).
    text: str
    #: Lemmas of the event nouns it names.
    events: frozenset[str]
    #: Which of the word classes that matter here it holds: "background" (a running total's
    #: words), "since" (an onset, also background), "back" (words that refer back to an
    #: incident).
    marks: frozenset[str]
    #: Whether it names an event noun or verb (where is worked out when an incident is looked
    #: for in it: see :func:`_anchors`).
    eventful: bool
    #: Date expressions that say when something happened.
    happened: tuple[DateMention, ...]
    #: Date expressions that say when a figure was given.
    given: tuple[DateMention, ...]
    #: Whether it is still to be read (:meth:`_Incidents.incident` reads it when its incident
    #: is asked for): a sentence that holds no claim and names an event.
    pending: bool = False


def _lower_words(text: str) -> list[str]:
    if text.isascii():  # lowered first: the same words, without a call per word
        return _WORD.findall(text.lower())
    return [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]


def _is_report_date(text: str, mention: DateMention) -> bool:
    """Whether a date expression dates a statement or a toll's update, not an event.

    "said on Sunday", "told Reuters on Sunday", "in a statement on Sunday", "as of Sunday",
    "rose to 30 on Sunday" and "On Sunday, the ministry said" date a statement; in "said
    that since December ..." the date belongs to what was said.
    """
    before = _lower_words(text[max(0, mention.start - 60) : mention.start])[-4:]
    for back, word in enumerate(reversed(before)):
        between = before[len(before) - back :]
        if "that" in between:
            break
        if word in _SAYING or word in _STATEMENTS or word in _UPDATING:
            return True
    if before[-2:] == ["as", "of"]:
        return True
    head = text[: mention.start].strip(" \t\"'\u201c")
    if not head or head.lower() in {"on", "by", "late", "early"}:
        # "On Sunday, the ministry said ...": a statement's day opening the sentence; not "On
        # April 2, a gravedigger says he buried 52 bodies": told now, of that day
        after = _lower_words(text[mention.end : mention.end + 80])[:7]
        return any(
            (w in _SAYING and w not in _SAYING_NOW) or w in _FINDINGS for w in after
        )
    return False


def _is_incident_day(mention: DateMention) -> bool:
    """A day, a few days or a named month: an incident's time.

    "Earlier this month" is not, nor "five months ago" (a page's age after its headline).
    """
    span = mention.span
    if span is None or span.end - span.start > _LONGEST_INCIDENT:
        return False
    low = mention.text.lower()
    if low.startswith(_OPEN_PERIOD):
        return False
    if low.endswith("ago") and ("month" in low or "year" in low):
        return False  # "five months ago" says how long ago, not on which day
    return span.granularity is not Granularity.PERIOD or span.end - span.start <= _FEW_DAYS


#: The word classes :attr:`_Unit.marks` records, by word.
_MARKS: dict[str, str] = {
    **dict.fromkeys(_BACKGROUND, "background"),
    **dict.fromkeys(_BACK_REFERENCES, "back"),
    "since": "since",
}
#: Words that can make a sentence an incident: event nouns and verbs.
_ANCHOR_WORDS = frozenset({*_EVENT_NOUNS, *_EVENT_VERBS})
#: A run of letters (with inner hyphens, as in "air-strike"), the unit of the word tests.
_LETTERS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


#: A word that can make a sentence an incident: an event noun or verb. A sentence that holds no
#: claim is an incident only where this finds one and its runs of letters hold one too; it is
#: searched only where they do, and only when a claim looks for an incident there (it costs
#: much more than a look at the runs).
_ANCHOR_WORD = re.compile(
    r"\b(?:" + "|".join(sorted({*_EVENT_NOUNS, *_EVENT_VERBS}, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _units(
    article: Article,
    claims: Sequence[Claim],
    dates: Mapping[int, Sequence[DateMention]] | None = None,
    words: Mapping[int, tuple[int, set[str]]] | None = None,
) -> tuple[list[_Unit], list[_Unit | None]]:
    """The headline, sentences and captions of an article, and the unit each claim stands in.

    A unit that holds a claim is read whole. One that holds none matters only if it states an
    incident: it is kept empty unless it names an event and may say when something happened,
    and is read only if a claim looks for an incident in it (:attr:`_Unit.pending`).
    ``dates`` holds the dates already found in some units (by the start of each, with offsets
    into it), which are not searched again; ``words`` the words (:func:`_words`) already
    found in some, with the end of the text they were found in (see :func:`_known_words`).

    Returns:
        The units, and for each claim the unit its first evidence stands in (``None`` when it
        stands in none).
    """
    pieces: list[tuple[int, int]] = []
    if article.title_span is not None:
        pieces.append((article.title_span.start, article.title_span.end))
    pieces.extend((s.start, s.end) for s in article.sentences)
    pieces.extend((c.start, c.end) for c in article.captions)
    where = _piece_finder(pieces)
    claim_pieces = [where(c.evidence[0].start) if c.evidence else None for c in claims]
    holding = set(claim_pieces)
    known = dates or {}
    known_words = words or {}
    page = article.text
    units = []
    for position, (start, end) in enumerate(pieces):
        found = known.get(start)
        if position in holding:
            text = page[start:end]
            if found is None:
                found = _dates_of(text, article.published)
            runs = _known_words(known_words, start, end)
            units.append(_read(position, start, end, text, found, holds=True, words=runs))
        elif found is not None and all(m.span is None for m in found):
            units.append(_new(_Unit, (position, start, end, "", *_NOTHING)))  # it dates nothing
        elif (
            runs := _known_words(known_words, start, end) or _words(text := page[start:end])
        ).isdisjoint(_ANCHOR_WORDS):
            units.append(_new(_Unit, (position, start, end, "", *_NOTHING)))  # it names no event
        else:
            text = page[start:end]
            units.append(
                _new(_Unit, (position, start, end, text, _events(runs), *_NOTHING[1:5], True))
            )
    return units, [None if p is None else units[p] for p in claim_pieces]


#: What an empty unit holds: no event, no mark, no event word, no date, nothing left to read.
_NOTHING: tuple[frozenset[str], frozenset[str], bool, tuple[()], tuple[()], bool] = (
    frozenset(),
    frozenset(),
    False,
    (),
    (),
    False,
)
#: The tuple constructor itself: a NamedTuple's own ``__new__`` is Python code.
_new = tuple.__new__


def _dates_of(text: str, published: dt.date | None) -> tuple[DateMention, ...]:
    """The dates a unit names, resolved against the page's date, after any wire dateline."""
    found = find_dates(text, published)
    # a wire dateline's day ("KORSA, March 3 (Reuters) -") is the report's
    opening = furn.inline_dateline_end(text) if found else 0
    return tuple(m for m in found if m.start >= opening)


def _known_words(
    words: Mapping[int, tuple[int, set[str]]], start: int, end: int
) -> set[str] | None:
    """The words of the unit from ``start`` to ``end`` if they were found before, else ``None``.

    ``words`` holds them by the start of the text they were found in, with its end: a text
    that starts there but ends elsewhere (a caption's first sentence, a sentence the reader
    cut short) is another text.
    """
    known = words.get(start)
    return known[1] if known is not None and known[0] == end else None


def _words(text: str) -> set[str]:
    """The runs of letters of ``text`` (see :data:`_LETTERS`), lowercased.

    Where a unit has no hyphen and folds as it lowers, these are the runs the reader finds
    (:func:`~conflictfacts.extraction.tokens.letter_runs`), and it hands them over.
    """
    if text.isascii():  # lowering ASCII text keeps its runs where they are
        return set(_LETTERS.findall(text.lower()))
    # (ASCII letters and hyphens only: lowered together, and split again, as one string)
    return set(" ".join(_LETTERS.findall(text)).lower().split())


def _events(words: set[str]) -> frozenset[str]:
    """The lemmas of the event nouns among ``words``."""
    return frozenset(_EVENT_NOUNS[w] for w in words.intersection(_EVENT_NOUNS))


def _read(
    position: int,
    start: int,
    end: int,
    text: str,
    dates: Sequence[DateMention],
    *,
    holds: bool,
    words: set[str] | None = None,
) -> _Unit:
    """A unit read whole, given its dates (and its :func:`_words`, when they are known).

    One that ``holds`` no claim and dates no event is kept empty: it can state no incident.
    """
    happened: list[DateMention] = []
    given: list[DateMention] = []
    for mention in dates:
        if mention.span is None or compares_superlative(text, mention):
            continue  # "the deadliest day since 2011" dates nothing
        if _is_report_date(text, mention):
            given.append(mention)
        else:
            happened.append(mention)
    if given and happened:
        happened = _spoken_days(text, happened, given[-1])
    if not holds and not happened:
        return _new(_Unit, (position, start, end, "", *_NOTHING))
    if words is None:
        words = _words(text)
    marks = frozenset(_MARKS[w] for w in words.intersection(_MARKS))
    if "since" in marks:
        marks |= {"background"}  # "since 2011": a running total
    eventful = not words.isdisjoint(_ANCHOR_WORDS)
    events = _events(words)
    return _new(
        _Unit, (position, start, end, text, events, marks, eventful, (*happened,), (*given,), False)
    )


def _piece_finder(pieces: Sequence[tuple[int, int]]) -> Callable[[int], int | None]:
    """The index of the first piece (headline, sentence, caption) holding an offset, as a function.

    It gives ``None`` where no piece holds the offset. Where no two pieces overlap (as
    :func:`~conflictfacts.article.parse_article` cuts them) an offset stands in one piece at
    most, found by binary search; else every piece is tried.
    """
    order = sorted(range(len(pieces)), key=pieces.__getitem__)
    starts = [pieces[i][0] for i in order]
    ends = [pieces[i][1] for i in order]
    if any(start >= end for start, end in pieces) or any(
        ends[k] > starts[k + 1] for k in range(len(order) - 1)
    ):
        return lambda at: _piece_of(pieces, at)

    def where(at: int) -> int | None:
        k = bisect.bisect_right(starts, at) - 1
        return order[k] if k >= 0 and at < ends[k] else None

    return where


#: Days a speaker names from the day they speak: in a statement "issued on Thursday", its
#: "today's attack" is Thursday's.
_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|last\s{1,3}night|this\s{1,3}morning)\b", re.IGNORECASE
)


def _spoken_days(
    text: str, happened: list[DateMention], statement: DateMention
) -> list[DateMention]:
    """Resolve "today" and "yesterday" inside a quoted statement against the statement's day.

    >>> day = find_dates("on Thursday", dt.date(2031, 4, 14))[0]
    >>> text = 'On Thursday, he said "twelve were killed in the attack today."'
    >>> found = find_dates(text, dt.date(2031, 4, 14))
    >>> [m.span.start.isoformat() for m in _spoken_days(text, list(found[1:]), found[0])]
    ['2031-04-10']
    """
    spoken = statement.span
    if spoken is None:
        return happened
    out = []
    for mention in happened:
        quoted = any(q in text[: mention.start] for q in ('"', "\u201c"))
        if quoted and _DEICTIC.search(mention.text):
            again = find_dates(mention.text, spoken.end)
            if again and again[0].span is not None:
                out.append(attrs.evolve(mention, span=again[0].span))
                continue
        out.append(mention)
    return out


def _piece_of(pieces: Sequence[tuple[int, int]], at: int) -> int | None:
    """The index of the piece (headline, sentence, caption) holding offset ``at``."""
    for index, (start, end) in enumerate(pieces):
        if start <= at < end:
            return index
    return None


def read_incidents(article: Article, claims: Sequence[Claim] = ()) -> tuple[Incident, ...]:
    r"""The incidents an article dates, in text order: the headline's and lead's first.

    An incident is a headline, sentence or caption that names an event ("strike", "attack",
    "bombing", ...) or gives a casualty figure, beside a date expression that says when
    something happened (not when a figure was given, as in "said on Sunday"). Its actor and
    place are those the extracted claims of that sentence name.

    Args:
        article: the parsed article.
        claims: the claims extracted from it, to lend incidents their actors and places.

    Returns:
        The incidents, in the order the article states them.

    >>> from conflictfacts import parse_article
    >>> page = "Shelling hits market\n\nShelling killed 12 people in Vessa on Monday."
    >>> [(i.event, i.day.start.isoformat())
    ...  for i in read_incidents(parse_article(page, published=dt.date(2031, 4, 9)))]
    [('shelling', '2031-04-07')]
    """
    units, claim_units = _units(article, claims)
    return tuple(_Incidents(article, units, claims, claim_units).every())


class _Incidents:
    """The incidents of an article's units, each worked out when first asked for.

    A claim asks for the incident its sentence refers back to (:meth:`refers_to`) only when
    the incident could change it, so a unit left to read (:attr:`_Unit.pending`) is read only
    when an incident is looked for in it.

    Args:
        article: the parsed article.
        units: its units (see :func:`_units`).
        claims: its claims.
        claim_units: the unit of each claim.
        dates: the dates already found in some units, by their start (see :func:`_units`).
        words: the words already found in some units, by their start (see :func:`_units`).
    """

    def __init__(
        self,
        article: Article,
        units: list[_Unit],
        claims: Sequence[Claim],
        claim_units: Sequence[_Unit | None],
        dates: Mapping[int, Sequence[DateMention]] | None = None,
        words: Mapping[int, tuple[int, set[str]]] | None = None,
    ) -> None:
        self._published = article.published
        self._text = article.text
        self._dates = dates or {}
        self._words = words or {}
        self._units = units
        self._here: dict[int, list[Claim]] = {}
        for claim, unit in zip(claims, claim_units, strict=True):
            if unit is not None:
                self._here.setdefault(unit.position, []).append(claim)
        self._found: dict[int, Incident | None] = {}
        #: Where the lead ends: an incident stated before it is the article's own.
        self._lead_end = units[min(_LEAD_UNITS, len(units)) - 1].end if units else 0
        self._lead: list[Incident | None] = []
        #: The positions of the units naming each event lemma, in order.
        self._naming: dict[str, list[int]] = {}
        for unit in units:
            for lemma in unit.events:
                self._naming.setdefault(lemma, []).append(unit.position)
        #: The positions of the units naming any of a set of lemmas, in order.
        self._positions: dict[frozenset[str], list[int]] = {}

    def incident(self, position: int) -> Incident | None:
        """The incident the unit at ``position`` states, if any (its dates read if need be)."""
        if position in self._found:
            return self._found[position]
        unit = self._units[position]
        if unit.pending:
            dates: Sequence[DateMention] = ()  # without an event word by this test, no incident
            if _ANCHOR_WORD.search(unit.text) is not None:
                known = self._dates.get(unit.start)
                dates = known if known is not None else _dates_of(unit.text, self._published)
            words = _known_words(self._words, unit.start, unit.end)
            unit = _read(
                position, unit.start, unit.end, unit.text, dates, holds=False, words=words
            )
            self._units[position] = unit
        found = _incident_in(unit, self._here.get(position, []))
        if found is not None and found.day.granularity is Granularity.DAY:
            found = self._lasting_days(found, position)
        self._found[position] = found
        return found

    def _lasting_days(self, found: Incident, position: int) -> Incident:
        """The incident over the days its sentence, or the next, says it lasted.

        "The raids lasted three days" makes an incident of 4 March run to 6 March; "the attacks
        spanned several days", of no told length, to the day the page was published.
        """
        page = self._text
        for unit in self._units[position : position + 2]:
            match = _LASTED.search(page, unit.start, unit.end)
            if match is None:
                continue
            start = found.day.start
            amount = match["amount"].lower()
            if amount in _DAY_COUNTS:
                days = _DAY_COUNTS[amount] * (7 if match["unit"].lower().startswith("week") else 1)
                end = start + dt.timedelta(days=days - 1)
            elif self._published is not None and self._published > start:
                end = self._published
            else:
                return found
            return attrs.evolve(found, day=TimeSpan(start, end, Granularity.PERIOD))
        return found

    def every(self) -> list[Incident]:
        """Every incident, in the order of the units."""
        return [i for u in self._units if (i := self.incident(u.position)) is not None]

    def lead(self, before: int | None = None) -> Incident | None:
        """The first incident stated in the headline or the lead.

        For a sentence that starts at ``before`` and stands before that incident, the first
        that is not an aside (see :attr:`Incident.aside`): a lead's "Turkey shot down two jets,
        the ministry said on Sunday" is not dated by a later "escalating since an airstrike
        killed 33 on Thursday".
        """
        if not self._lead:
            lead = None
            for unit in self._units:
                if unit.start < self._lead_end and (lead := self.incident(unit.position)):
                    break
            self._lead.append(lead)
        lead = self._lead[0]
        if lead is None or not lead.aside or before is None or lead.span.start <= before:
            return lead
        if len(self._lead) == 1:
            plain = None
            for unit in self._units:
                if unit.start >= self._lead_end:
                    continue
                found = self.incident(unit.position)
                if found is not None and not found.aside:
                    plain = found
                    break
            self._lead.append(plain)
        return self._lead[1]

    def refers_to(self, unit: _Unit) -> Incident | None:
        """The incident a sentence refers back to.

        That is the nearest stated before it with its noun, else the first stated with its noun,
        else the lead's.
        """
        events = unit.events
        if events:
            positions = self._positions.get(events)
            if positions is None:
                positions = sorted({p for e in events for p in self._naming.get(e, ())})
                self._positions[events] = positions
            # the last stated at or before it, in the order of the units: read from the last
            # back, so that the units after it are never read for it
            for p in reversed(positions):
                if self._units[p].start <= unit.start:
                    found = self.incident(p)
                    if found is not None and found.event in events:
                        return found
            for p in positions:
                found = self.incident(p)
                if found is not None and found.event in events and not found.aside:
                    return found
        return self.lead(unit.start)


def _incident_in(unit: _Unit, claims: Sequence[Claim]) -> Incident | None:
    """The incident a unit states, given the claims it holds: ``None`` when it states none."""
    if not unit.happened:
        return None
    anchors = _anchors(unit, claims)
    if not anchors:
        return None
    if "background" in unit.marks and not unit.events:
        return None
    best: tuple[int, DateMention, str | None] | None = None
    for mention in unit.happened:
        since = mention.text.lower().startswith("since")
        if not _is_incident_day(mention) and not since:
            continue
        middle = (mention.start + mention.end) // 2
        near = [
            (abs(at - middle), lemma)
            for at, lemma in anchors
            if at - _REACH <= mention.end and mention.start <= at + _REACH
        ]
        if not near:
            continue
        nouns = [pair for pair in near if pair[1] is not None]
        lemma = min(nouns, key=lambda pair: pair[0])[1] if nouns else None
        if since and lemma not in _CAMPAIGNS:
            continue
        distance = min(pair[0] for pair in near)
        if best is None or distance < best[0]:
            best = (distance, mention, lemma)
    if best is None:
        return None
    _, mention, lemma = best
    day = mention.span
    assert day is not None  # (find_dates resolved it: see _read)
    if mention.text.lower().startswith("since"):
        day = TimeSpan(day.start, day.start, Granularity.DAY)  # the campaign's start
    actor = next((c.actor for c in claims if c.actor), None)
    place = next((c.place for c in claims if c.place), None)
    aside = lemma not in _CAMPAIGNS and (
        day.granularity not in _DAYS or _opens_aside(unit.text, mention.start)
    )
    return Incident(lemma, day, Span(unit.start, unit.end), actor, place, aside)


#: Granularities of an incident's day that a claim stated before it may take.
_DAYS = frozenset({Granularity.DAY, Granularity.PERIOD})

#: A word that opens a clause about an earlier event: "escalating since ...", "following ...",
#: "after ..." (but not the cause of the deaths just counted: "died after a drone struck").
_ASIDE_WORD = re.compile(
    r"(?<!\bkilled )(?<!\bdied )(?<!\bdead )(?<!\bwounded )(?<!\binjured )"
    r"\b(?:since|following|after)\b",
    re.IGNORECASE,
)
#: How far (in characters) before a date such a word may stand and still open its clause.
_ASIDE_REACH = 100


def _opens_aside(text: str, at: int) -> bool:
    """Whether the date at ``at`` stands in a clause opened by "since", "following" or "after".

    >>> _opens_aside("Fighting grew since an airstrike killed 33 on Thursday.", 43)
    True
    >>> _opens_aside("An airstrike killed 33 on Thursday.", 23)
    False
    >>> _opens_aside("Nine died after a drone struck the camp on Saturday.", 40)
    False
    """
    return _ASIDE_WORD.search(text, max(0, at - _ASIDE_REACH), at) is not None


def _anchors(unit: _Unit, claims: Sequence[Claim]) -> list[tuple[int, str | None]]:
    """Where a unit names an event (noun or verb) or a casualty figure, with the event's lemma."""
    anchors: list[tuple[int, str | None]] = []
    if unit.eventful:
        anchors.extend(
            (match.start(), _EVENT_NOUNS.get(word))
            for match in _LETTERS.finditer(unit.text)
            if (word := match.group().lower()) in _ANCHOR_WORDS
        )
    for claim in claims:
        if claim.kind in _EVENT_KINDS and claim.evidence:
            anchors.append((claim.evidence[0].start - unit.start, None))
    return anchors


#: "after the attack", "following Thursday's strike": a clause that refers back to an incident.
_AFTER = re.compile(
    r"\b(?:after|following)\s{1,3}(?:the|this|that|[A-Z][a-z]{2,10}(?:'|\u2019)s)\s", re.IGNORECASE
)


def _referred_after(unit: _Unit, claim: Claim, incidents: _Incidents) -> Incident | None:
    """The earlier incident a claim's clause refers back to after the sentence's own day.

    In "Troops were on alert on Friday after the attack, which killed 13", Friday dates the
    alert: the 13 were killed in the attack the article stated before, on its own day.
    """
    if not claim.evidence or claim.kind not in _EVENT_KINDS:
        return None
    figure = claim.evidence[0].start - unit.start
    for match in _AFTER.finditer(unit.text, 0, max(0, figure)):
        if any(m.end > match.start() for m in unit.happened):
            continue
        anchors = _anchors(unit, ())
        nouns = {lemma for at, lemma in anchors if lemma and match.end() <= at < figure}
        if not nouns:
            continue
        before = [i for i in incidents.every() if i.event in nouns and i.span.end <= unit.start]
        if before:
            return before[-1]
    return None


def _day_in_month(
    time: object, incidents: _Incidents, published: dt.date | None
) -> Incident | None:
    """The one incident the article dates to a day inside the past month ``time`` names.

    Only a whole month before the page's ("in March" in May) is narrowed, not "this month"
    or "in February" written in February: a toll so far.
    """
    if not isinstance(time, TimeSpan) or time.granularity is not Granularity.MONTH:
        return None
    if time.start.day != 1 or (time.end + dt.timedelta(days=1)).day != 1:
        return None
    if published is None or published <= time.end:
        return None
    inside = [
        i
        for i in incidents.every()
        if i.day.granularity is Granularity.DAY and time.start <= i.day.start <= time.end
    ]
    return inside[0] if len({i.day for i in inside}) == 1 else None


#: Kinds whose time a displacement-like incident may set (see :func:`frame_claims`).
_TIMED_KINDS = _EVENT_KINDS | {ClaimKind.DISPLACED}


def frame_claims(
    article: Article,
    claims: Sequence[Claim],
    *,
    dates: Mapping[int, Sequence[DateMention]] | None = None,
    words: Mapping[int, tuple[int, set[str]]] | None = None,
) -> list[Claim]:
    """Give each claim its incident's date, actor and place, and the day its figure was given.

    See the module's description for the rules; what a claim's own sentence says always wins.

    Args:
        article: the parsed article.
        claims: the claims extracted from it.
        dates: the dates already found in some headlines, sentences or captions, by their
            start offset (offsets into each); the others are searched here.
        words: the runs of letters (joined by inner hyphens, lowercased) already found in some
            headlines, sentences or captions, by their start offset, each with the end of the
            text they were found in; the others are found here.

    Returns:
        The claims, in the same order (a claim the frame does not change is returned as it is).

    >>> import datetime as dt
    >>> from conflictfacts import Claim, parse_article
    >>> article = parse_article("Shelling hit Kutum on Saturday. The toll rose to 30 on Sunday.",
    ...                         published=dt.date(2031, 4, 14))
    >>> claim = Claim.from_record({"kind": "killed", "value": 30, "start": 51, "end": 53})
    >>> framed = frame_claims(article, [claim])[0]
    >>> framed.time.start.isoformat(), framed.reported_on.isoformat()
    ('2031-04-12', '2031-04-13')
    """
    if not claims:
        return []
    units, claim_units = _units(article, claims, dates, words)
    incidents = _Incidents(article, units, claims, claim_units, dates, words)
    published = article.published
    framed = []
    # whether the article names an operation or says one began (see _lasting), once searched
    lasting: list[bool] = []
    for claim, unit in zip(claims, claim_units, strict=True):
        if unit is None:
            framed.append(
                _reframed(
                    claim,
                    claim.reported_on or published,
                    claim.time,
                    claim.actor,
                    claim.place,
                    claim.frame,
                )
            )
            continue
        reported = unit.given[-1].span.end if unit.given and unit.given[-1].span else None
        reported_on = reported or published
        time, actor, place, frame = claim.time, claim.actor, claim.place, claim.frame
        kind = claim.kind
        # "since the offensive began" dates a toll from the sentence's own words, as "in the
        # framework of Operation Iron Gate" does (its time is then a period or a tally)
        own_day = bool(unit.happened) or "since" in unit.marks or _runs(claim.time)
        background = "background" in unit.marks and not unit.events
        refers_back = bool(unit.events) or "back" in unit.marks
        # the incident is looked for only where it could change the claim
        incident = (
            incidents.refers_to(unit)
            if (not own_day and not background and kind in _TIMED_KINDS)
            or (refers_back and kind in _EVENT_KINDS)
            else None
        )
        if time is not None and unit.happened and unit.given and kind in _EVENT_KINDS:
            # "the toll in Thursday's attack rose Friday to 170": the day the figure was
            # given is not when the deaths happened, which the sentence also says
            given = [m.span for m in unit.given]
            if (
                time in given
                and time.granularity is Granularity.DAY
                and all(m.span != time for m in unit.happened)
            ):
                happened = unit.happened[0].span
                if (
                    happened is not None
                    and happened.granularity is Granularity.DAY
                    and happened.end < time.end
                ):
                    time = happened
        # whether the claim takes the incident's time (it refers back to it without a word)
        taken = False
        earlier = _referred_after(unit, claim, incidents) if own_day else None
        if earlier is not None:
            # "troops were on alert on Friday after the attack, which killed 13": the day is
            # the alert's; the attack and its toll are those stated before
            time = earlier.day
            frame = earlier.span
        if background and not own_day and claim.time is not None:
            # "The war has killed tens of thousands": a running total the sentence does not
            # date takes no day from the sentences around it
            time = None
        elif incident is not None and not own_day and not background:
            if kind in _TIMED_KINDS and _lasting(incident, article.text, lasting):
                start = _operation_start(incident, incidents, article.text)
                until = max(incident.day.end, reported or published or incident.day.end)
                time = TimeSpan(start, until, Granularity.PERIOD)
                frame = incident.span
            elif kind in _EVENT_KINDS:
                time = incident.day
                frame = incident.span
                taken = True
            elif kind is ClaimKind.DISPLACED and incident.day.granularity is Granularity.DAY:
                until = max(incident.day.end, reported or published or incident.day.end)
                time = TimeSpan(incident.day.start, until, Granularity.PERIOD)
                frame = incident.span
        if (refers_back or taken) and not background and kind in _EVENT_KINDS:
            day = _day_in_month(time, incidents, published)
            if day is not None:
                # "killed in an airstrike in March" where the article dates the strike to
                # 17 March: that day
                time = day.day
                frame = day.span
        if incident is not None and refers_back and kind in _EVENT_KINDS:
            side = (claim.subject.affiliation or "").lower()
            if (
                claim.actor is None
                and incident.actor
                and not (side and side in incident.actor.lower())
                and _same_event(incident, unit)
            ):
                actor = incident.actor
                frame = incident.span
            if (
                claim.place is None
                and incident.place
                and _within_day(time, incident.day)
                and actor in (None, incident.actor)
            ):
                # "the toll rose to 30": where the strike it counts happened (not a total of
                # years the sentence also ties to it, nor what another party's attack did)
                place = incident.place
                frame = incident.span
        framed.append(_reframed(claim, reported_on, time, actor, place, frame))
    return framed


def _within_day(time: TimeSpan | None, day: TimeSpan) -> bool:
    """Whether a claim's time (if any) lies within its incident's day or period."""
    return time is None or (day.start <= time.start and time.end <= day.end)


def _same_event(incident: Incident, unit: _Unit) -> bool:
    """Whether a sentence's event nouns may name the incident, whose actor it may then take.

    "The toll in the bombing rose to 70" does not take the actor of a lead's drone strike that
    only mentions the bombing; "the attack" (or no noun) may name any incident.
    """
    event = incident.event
    return (
        event is None
        or not unit.events
        or event in unit.events
        or event == "attack"
        or "attack" in unit.events
    )


def _operation_start(incident: Incident, incidents: _Incidents, text: str) -> dt.date:
    """When a campaign began: an operation, on the earliest day a sentence says it began.

    "On Sunday the minister said the operation was going well" dates a statement about it;
    "the operation began after ... on 27 February" its start.
    """
    start = incident.day.start
    if incident.event != "operation":
        return start
    for other in incidents.every():
        if other.event == "operation" and other.day.start < start:
            span = other.span
            if _BEGAN.search(text, span.start, span.end) is not None:
                start = other.day.start
    return start


def _runs(time: TimeSpan | None) -> bool:
    """Whether a claim's own sentence gave it a running count's time (a period or a tally)."""
    return time is not None and time.granularity in _RUNNING


#: Granularities of a running count's time.
_RUNNING = frozenset({Granularity.PERIOD, Granularity.TALLY})


def _lasting(incident: Incident, text: str, known: list[bool]) -> bool:
    """Whether an incident lasts (a campaign): an offensive, or an operation named or begun.

    An operation is one when its article names an operation or says one began ("the operation
    began after ..."): the sentence that dates it may only say "the operation". ``known``
    holds the answer once the article was searched.
    """
    if incident.event not in _CAMPAIGNS:
        return False
    if incident.event != "operation":
        return True
    if not known:
        known.append(_LASTING_OPERATION.search(text) is not None)
    return known[0]


def _reframed(
    claim: Claim,
    reported_on: dt.date | None,
    time: TimeSpan | None,
    actor: str | None,
    place: str | None,
    frame: Span | None,
) -> Claim:
    """``claim`` with the fields the frame sets; the claim itself when none changes.

    This is what ``attrs.evolve`` gives, without its generic lookups (once per claim).
    """
    if (
        reported_on is claim.reported_on
        and time is claim.time
        and actor is claim.actor
        and place is claim.place
        and frame is claim.frame
    ):
        return claim
    return Claim(
        kind=claim.kind,
        quantity=claim.quantity,
        subject=claim.subject,
        actor=actor,
        place=place,
        time=time,
        attribution=claim.attribution,
        evidence=claim.evidence,
        sentence=claim.sentence,
        origin=claim.origin,
        reported_on=reported_on,
        frame=frame,
    )
