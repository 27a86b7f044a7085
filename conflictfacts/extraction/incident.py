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
  stated before it, else the one the headline and lead describe), never the page's;
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

import datetime as dt
import re
from collections.abc import Mapping, Sequence
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
}

#: Incidents that last: a figure that refers back to one counts from its start to the day the
#: figure was given ("since the offensive began on 4 April").
_CAMPAIGNS = frozenset({"offensive"})

#: How far (in characters) a date expression may stand from the event noun or verb it dates.
_REACH = 150

#: Verbs whose date is the day a figure was given, not the day it happened.
_SAYING = frozenset(
    [
        "said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports",
        "added", "confirmed", "stated", "tweeted", "wrote", "posted", "noted", "updated",
        "revised", "published", "quoted",
    ]
)
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


class _Unit(NamedTuple):
    """A headline, sentence or caption, with what its date expressions mean."""

    position: int
    start: int
    end: int
    text: str
    #: Lemmas of the event nouns it names.
    events: frozenset[str]
    #: Which of the word classes that matter here it holds: "background" (a running total's
    #: words), "since" (an onset, also background), "back" (words that refer back to an
    #: incident).
    marks: frozenset[str]
    #: Where it names an event noun or verb, with the noun's lemma (``None`` for a verb).
    anchors: tuple[tuple[int, str | None], ...]
    #: Date expressions that say when something happened.
    happened: tuple[DateMention, ...]
    #: Date expressions that say when a figure was given.
    given: tuple[DateMention, ...]


def _lower_words(text: str) -> list[str]:
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
        # "On Sunday, the ministry said ...": a statement's day opening the sentence
        after = _lower_words(text[mention.end : mention.end + 80])[:7]
        return any(w in _SAYING for w in after)
    return False


def _is_incident_day(mention: DateMention) -> bool:
    """A day, a few days or a named month: an incident's time ("earlier this month" is not)."""
    span = mention.span
    if span is None or span.end - span.start > _LONGEST_INCIDENT:
        return False
    if mention.text.lower().startswith(_OPEN_PERIOD):
        return False
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


#: A word that can make a sentence an incident: an event noun or verb.
_ANCHOR_WORD = re.compile(
    r"\b(?:" + "|".join(sorted({*_EVENT_NOUNS, *_EVENT_VERBS}, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _units(
    article: Article,
    claims: Sequence[Claim],
    dates: Mapping[int, Sequence[DateMention]] | None = None,
) -> list[_Unit]:
    """The headline, sentences and captions of an article.

    Only those that hold a claim or name an event are read for dates: the others can neither
    date a claim nor state an incident. ``dates`` holds the dates already found in some of
    them (by the start of each, with offsets into it), which are not searched again.
    """
    pieces: list[tuple[int, int]] = []
    if article.title_span is not None:
        pieces.append((article.title_span.start, article.title_span.end))
    pieces.extend((s.start, s.end) for s in article.sentences)
    pieces.extend((c.start, c.end) for c in article.captions)
    holding = {_piece_of(pieces, c.evidence[0].start) for c in claims if c.evidence}
    known = dates or {}
    units = []
    for position, (start, end) in enumerate(pieces):
        text = article.text[start:end]
        if position not in holding and _ANCHOR_WORD.search(text) is None:
            units.append(
                _Unit(position, start, end, text, frozenset(), frozenset(), (), (), ())
            )
            continue
        found = known.get(start)
        if found is None:
            found = find_dates(text, article.published)
            # a wire dateline's day ("KORSA, March 3 (Reuters) -") is the report's
            opening = furn.inline_dateline_end(text) if found else 0
            found = tuple(m for m in found if m.start >= opening)
        happened: list[DateMention] = []
        given: list[DateMention] = []
        for mention in found:
            if mention.span is None or compares_superlative(text, mention):
                continue  # "the deadliest day since 2011" dates nothing
            if _is_report_date(text, mention):
                given.append(mention)
            else:
                happened.append(mention)
        if given and happened:
            happened = _spoken_days(text, happened, given[-1])
        anchor_list: list[tuple[int, str | None]] = []
        found_marks: set[str] = set()
        for match in _LETTERS.finditer(text):
            word = match.group().lower()
            if word in _ANCHOR_WORDS:
                anchor_list.append((match.start(), _EVENT_NOUNS.get(word)))
            mark = _MARKS.get(word)
            if mark is not None:
                found_marks.add(mark)
        anchors = tuple(anchor_list)
        events = frozenset(lemma for _, lemma in anchors if lemma is not None)
        if "since" in found_marks:
            found_marks.add("background")  # "since 2011": a running total
        marks = frozenset(found_marks)
        unit = _Unit(
            position, start, end, text, events, marks, anchors, tuple(happened), tuple(given)
        )
        units.append(unit)
    return units


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


def _claim_units(units: Sequence[_Unit], claims: Sequence[Claim]) -> list[_Unit | None]:
    """The unit each claim's first evidence stands in (``None`` when it stands in none)."""
    pieces = [(u.start, u.end) for u in units]
    found: list[_Unit | None] = []
    for claim in claims:
        index = _piece_of(pieces, claim.evidence[0].start) if claim.evidence else None
        found.append(units[index] if index is not None else None)
    return found


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
    return tuple(_incidents(_units(article, claims), claims))


def _incidents(units: Sequence[_Unit], claims: Sequence[Claim]) -> list[Incident]:
    by_unit: dict[int, list[Claim]] = {}
    for claim, unit in zip(claims, _claim_units(units, claims), strict=True):
        if unit is not None:
            by_unit.setdefault(unit.position, []).append(claim)
    found = []
    for unit in units:
        if not unit.happened:
            continue
        here = by_unit.get(unit.position, [])
        anchors = _anchors(unit, here)
        if not anchors:
            continue
        if "background" in unit.marks and not unit.events:
            continue
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
            continue
        _, mention, lemma = best
        day = mention.span
        assert day is not None  # (find_dates resolved it: see _units)
        if mention.text.lower().startswith("since"):
            day = TimeSpan(day.start, day.start, Granularity.DAY)  # the campaign's start
        actor = next((c.actor for c in here if c.actor), None)
        place = next((c.place for c in here if c.place), None)
        found.append(Incident(lemma, day, Span(unit.start, unit.end), actor, place))
    return found


def _anchors(unit: _Unit, claims: Sequence[Claim]) -> list[tuple[int, str | None]]:
    """Where a unit names an event (noun or verb) or a casualty figure, with the event's lemma."""
    anchors = list(unit.anchors)
    for claim in claims:
        if claim.kind in _EVENT_KINDS and claim.evidence:
            anchors.append((claim.evidence[0].start - unit.start, None))
    return anchors


#: "after the attack", "following Thursday's strike": a clause that refers back to an incident.
_AFTER = re.compile(
    r"\b(?:after|following)\s{1,3}(?:the|this|that|[A-Z][a-z]{2,10}(?:'|\u2019)s)\s", re.IGNORECASE
)


def _referred_after(
    unit: _Unit, claim: Claim, incidents: Sequence[Incident]
) -> Incident | None:
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
        nouns = {lemma for at, lemma in unit.anchors if lemma and match.end() <= at < figure}
        before = [i for i in incidents if i.event in nouns and i.span.end <= unit.start]
        if before:
            return before[-1]
    return None


def _day_in_month(
    time: object, incidents: Sequence[Incident], published: dt.date | None
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
        for i in incidents
        if i.day.granularity is Granularity.DAY and time.start <= i.day.start <= time.end
    ]
    return inside[0] if len({i.day for i in inside}) == 1 else None


def _incident_for(
    unit: _Unit, incidents: Sequence[Incident], lead: Incident | None
) -> Incident | None:
    """The incident a sentence refers back to: the nearest stated with its noun, else the lead's."""
    if unit.events:
        same = [i for i in incidents if i.event in unit.events]
        before = [i for i in same if i.span.start <= unit.start]
        if before:
            return before[-1]
        if same:
            return same[0]
    return lead


def frame_claims(
    article: Article,
    claims: Sequence[Claim],
    *,
    dates: Mapping[int, Sequence[DateMention]] | None = None,
) -> list[Claim]:
    """Give each claim its incident's date, actor and place, and the day its figure was given.

    See the module's description for the rules; what a claim's own sentence says always wins.

    Args:
        article: the parsed article.
        claims: the claims extracted from it.
        dates: the dates already found in some headlines, sentences or captions, by their
            start offset (offsets into each); the others are searched here.

    Returns:
        The claims, in the same order.

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
    units = _units(article, claims, dates)
    incidents = _incidents(units, claims)
    lead_end = units[min(_LEAD_UNITS, len(units)) - 1].end if units else 0
    lead = next((i for i in incidents if i.span.start < lead_end), None)
    framed = []
    for claim, unit in zip(claims, _claim_units(units, claims), strict=True):
        if unit is None:
            framed.append(attrs.evolve(claim, reported_on=claim.reported_on or article.published))
            continue
        reported = unit.given[-1].span.end if unit.given and unit.given[-1].span else None
        changes: dict[str, object] = {"reported_on": reported or article.published}
        incident = _incident_for(unit, incidents, lead)
        # "since the offensive began" dates a toll from the sentence's own words
        own_day = bool(unit.happened) or "since" in unit.marks
        earlier = _referred_after(unit, claim, incidents) if own_day else None
        if earlier is not None:
            # "troops were on alert on Friday after the attack, which killed 13": the day is
            # the alert's; the attack and its toll are those stated before
            changes["time"] = earlier.day
            changes["frame"] = earlier.span
        background = "background" in unit.marks and not unit.events
        if background and not own_day and claim.time is not None:
            # "The war has killed tens of thousands": a running total the sentence does not
            # date takes no day from the sentences around it
            changes["time"] = None
        elif incident is not None and not own_day and not background:
            if incident.event in _CAMPAIGNS and claim.kind in _EVENT_KINDS | {ClaimKind.DISPLACED}:
                until = max(incident.day.end, reported or article.published or incident.day.end)
                changes["time"] = TimeSpan(incident.day.start, until, Granularity.PERIOD)
                changes["frame"] = incident.span
            elif claim.kind in _EVENT_KINDS:
                changes["time"] = incident.day
                changes["frame"] = incident.span
            elif claim.kind is ClaimKind.DISPLACED and incident.day.granularity is Granularity.DAY:
                until = max(incident.day.end, reported or article.published or incident.day.end)
                changes["time"] = TimeSpan(incident.day.start, until, Granularity.PERIOD)
                changes["frame"] = incident.span
        refers_back = bool(unit.events) or "back" in unit.marks
        if refers_back and not background and claim.kind in _EVENT_KINDS:
            day = _day_in_month(changes.get("time", claim.time), incidents, article.published)
            if day is not None:
                # "killed in an airstrike in March" where the article dates the strike to
                # 17 March: that day
                changes["time"] = day.day
                changes["frame"] = day.span
        if incident is not None and refers_back and claim.kind in _EVENT_KINDS:
            side = (claim.subject.affiliation or "").lower()
            if claim.actor is None and incident.actor and not (
                side and side in incident.actor.lower()
            ):
                changes["actor"] = incident.actor
                changes["frame"] = incident.span
            if claim.place is None and incident.place:
                changes["place"] = incident.place
                changes["frame"] = incident.span
        framed.append(attrs.evolve(claim, **changes))  # type: ignore[arg-type]
    return framed
