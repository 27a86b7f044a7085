"""The reader: one article, unit by unit, each claim asked what, whom, who, where, when, whose.

:class:`_Reader` keeps what an article has said so far (its speakers, its last day, the claims
of the sentence before) and reads each unit: it finds the figures that may count a group
(:mod:`~conflictfacts.extraction.phrase`), what happened to each
(:mod:`~conflictfacts.extraction.kind`), the group (:mod:`~conflictfacts.extraction.victims`),
the perpetrator (:mod:`~conflictfacts.extraction.actor`), the time
(:mod:`~conflictfacts.extraction.time`), the place (:mod:`~conflictfacts.extraction.place`)
and the source (:mod:`~conflictfacts.extraction.source`). :func:`extract_claims` runs it over
the units of an article, lends what a sentence says to the one before (an accusation, a
breakdown's source) and merges repeated statements (:mod:`~conflictfacts.extraction.merge`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from conflictfacts._case import fold, folds_as_lower
from conflictfacts.article import Article
from conflictfacts.claims import Claim, ClaimKind, Origin, Subject
from conflictfacts.dates import DateMention, Granularity, TimeSpan
from conflictfacts.errors import InputTypeError
from conflictfacts.extraction.actor import (
    CLAIM_CUES,
    GROUP_ADJECTIVES,
    Agent,
    accusation_in,
    agent_in,
    attackers_of,
    blame,
    claimant_in,
    deployer,
    lend_agents,
    lend_claimant,
    perpetrator,
)
from conflictfacts.extraction.incident import frame_claims
from conflictfacts.extraction.kind import (
    included_in,
    kind_of,
    listed_after,
    moved_on,
    points_back,
    refined,
    revised_from,
)
from conflictfacts.extraction.merge import merge_statements
from conflictfacts.extraction.names import PageNames
from conflictfacts.extraction.phrase import (
    Phrase,
    article_ones,
    counted_figures,
    may_count,
    may_count_one,
    read_phrase,
    shared_count,
)
from conflictfacts.extraction.place import Places
from conflictfacts.extraction.source import (
    Report,
    Source,
    Sources,
    attribution_of,
    carry_attribution,
    credit_breakdown,
    report_for,
)
from conflictfacts.extraction.time import EVENT_KINDS, Timeline, has_date_cue
from conflictfacts.extraction.tokens import AUXILIARIES, has_digit, letter_runs, tokenize
from conflictfacts.extraction.units import Tokenized, Unit, units_of
from conflictfacts.extraction.victims import subject_of
from conflictfacts.extraction.words import (
    AGENT_CUES,
    BLOWING,
    DENIAL_VERBS,
    GENERIC_AGENTS,
    LOSS_VERBS,
    ORDINALS,
    PERSONS,
)
from conflictfacts.gazetteer import Gazetteer
from conflictfacts.lexicon import Lexicon, WordTables
from conflictfacts.quantities import Quantity, QuantityRole, find_quantities
from conflictfacts.spans import Span

__all__ = ["extract_claims"]


#: The kinds a measured figure may have: an area captured ("1,500 km2"), the width of a zone
#: (``other``: "a corridor 6 km either side of the road"); a figure with a unit is kept only
#: when it is one of these (see counted_figures).
_MEASURED_KINDS = frozenset((ClaimKind.CAPTURED, ClaimKind.OTHER))


def _moved(quantity: Quantity, offset: int) -> Quantity:
    """``quantity`` with its offsets moved by ``offset`` (``attrs.evolve``, without its lookups)."""
    q = quantity
    return Quantity(
        value=q.value, low=q.low, high=q.high, qualifier=q.qualifier,
        approximate=q.approximate, unit=q.unit, start=q.start + offset, end=q.end + offset,
        text=q.text, point=q.point, role=q.role,
    )  # fmt: skip


#: Words that let a unit name an agent the gazetteer does not know: "blamed on Khalifa Vale",
#: "Vale's air force launched".
_NAMING_AGENT = frozenset(["blamed", "blames", "blaming", "forces", "force", "troops", "militia"])

class _Reader:
    """The state of reading one article: what it has named so far, for coreference."""

    def __init__(self, article: Article, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        #: The lexicon's words, as they are looked up.
        self.tables = lexicon.tables
        self.names = PageNames(article, gazetteer)
        self.sources = Sources(self.names, self.tables)
        self.timeline = Timeline(self.tables)
        #: The claims of the last unit that gave any, or of the paragraph's first unit.
        self.previous_claims: list[Claim] = []
        self.previous_paragraph = -1
        #: What the last unit read accuses: the perpetrator and the accuser.
        self.last_accusation: tuple[str, Source | None] | None = None
        #: Where every claim of the article comes from.
        self.origin = Origin(
            outlet=article.outlet,
            title=article.title,
            published=article.published,
            agencies=article.agencies,
        )
        self.places = Places(article, self.names)
        #: The party that claimed responsibility for the article's attack, once named.
        self.claimant: str | None = None
        #: Who the units say carried out an attack ("Israeli strikes", "raided by militants").
        self.agents: list[Agent] = []
        #: The reports of the last unit read for them.
        self.last_reports: list[Report] = []
        #: The source of an "According to X, ..." unit with no figure after one with none, and
        #: its paragraph: the account goes on into the next unit of that paragraph.
        self.account: tuple[Source, int] | None = None
        #: Whether the last unit read gave claims.
        self.claims_before = False
        #: The end and the runs of letters of each unit whose runs are the incident frame's
        #: words too, by its start (see :func:`~conflictfacts.extraction.incident.frame_claims`).
        self.runs_read: dict[int, tuple[int, set[str]]] = {}
        #: Units that give no claim, read for their reports only to remember the sources they
        #: name: read when a later unit asks for those sources (see :meth:`_sources`), so the
        #: units after the last question are never read for them (nor tokenized, when nothing
        #: else asked for their tokens).
        self.unread_reports: list[Tokenized | Unit] = []

    def _sources(self) -> Sources:
        """The article's speakers, every unit read so far read for its reports."""
        if self.unread_reports:
            for waiting in self.unread_reports:
                here = (
                    waiting
                    if isinstance(waiting, Tokenized)
                    else Tokenized(waiting, tokenize(waiting.text))
                )
                self.sources.reports(here)
            self.unread_reports.clear()
        return self.sources

    def _carries_source(self) -> bool:
        """Whether the claims before have a source a later figure may carry."""
        return any(c.attribution for c in self.previous_claims)

    def read(self, unit: Unit) -> list[Claim]:
        """The claims of one unit, the units before it read."""
        tables = self.tables
        text = unit.text
        account, self.account = self.account, None
        claims_before, self.claims_before = self.claims_before, False
        folded = fold(text)
        words = letter_runs(folded)
        if "-" not in folded and folds_as_lower(text):
            # the frame's words are runs of the lowered text joined by inner hyphens: without a
            # hyphen or a letter that folds apart from its lowercase, they are these
            self.runs_read[unit.start] = (unit.start + len(text), words)
        digit = has_digit(text)
        figures = (
            find_quantities(text, articles=True)
            if may_count(text, words, digit) or may_count_one(words)
            else ()
        )
        quantities, wholes = counted_figures(text, figures, tables)
        # Only sentences with a date cue can name a date; the rest skip the date grammar. A
        # sentence that gives no claim is read for dates only when a later one needs the last
        # day named (see Timeline._last_day).
        cue = has_date_cue(text, words, digit)
        if cue:
            self.timeline.may_tell_onset(unit)
        else:
            self.timeline.names_no_date(unit)
        dates: Sequence[DateMention] = ()
        one_thing = not words.isdisjoint(("a", "an")) and (
            not words.isdisjoint(tables.thing_cues)
            or not words.isdisjoint(LOSS_VERBS)
            or not words.isdisjoint(BLOWING)
            or (not words.isdisjoint(ORDINALS) and may_count_one(words))
        )
        # a unit may name an attack's agent: a word of attacking, and a name or a noun of
        # fighters to be its agent
        agent_cue = not (words.isdisjoint(AGENT_CUES) and words.isdisjoint(BLOWING)) and (
            not words.isdisjoint(GENERIC_AGENTS)
            or not words.isdisjoint(GROUP_ADJECTIVES)
            or self.names.has_actor(unit.start, unit.start + len(text))
            or not words.isdisjoint(_NAMING_AGENT)  # "blamed on Vale", "Vale's forces"
        )
        if not quantities and not one_thing and words.isdisjoint(tables.speaking_cues):
            # nothing counted and nobody speaks: only the date memory moves on (and who
            # attacked, when the unit says it)
            self.last_accusation = None
            if agent_cue:
                tokens = tokenize(text)
                if tokens:
                    self._agent(Tokenized(unit, tokens))
            self._after(unit, [], dates, undated=cue)
            return []
        if (
            not quantities
            and not one_thing
            and not agent_cue
            and words.isdisjoint(tables.accusing)
            and (self.claimant is not None or words.isdisjoint(CLAIM_CUES))
            and not text.lstrip().lower().startswith("according to")
            and not self._carries_source()
        ):
            # nothing counted, no attack's agent, no accusation, no claim of responsibility and
            # no account for the claims before: only the sources it names matter, to a later
            # unit (its letters name a verb of saying, so it has tokens)
            self.unread_reports.append(unit)
            self.last_reports = []
            self.last_accusation = None
            self._after(unit, [], dates, undated=cue)
            return []
        tokens = tokenize(text)
        if not tokens:
            return []
        here = Tokenized(unit, tokens)
        if agent_cue:
            self._agent(here)
        phrases: list[Phrase] = []
        if quantities or one_thing:
            phrases, read_dates = self._phrases(here, quantities, cue)
            if read_dates is not None:
                dates, cue = read_dates, False
        reports: list[Report] = []
        if words.isdisjoint(tables.report_cues) and words.isdisjoint(DENIAL_VERBS):
            pass
        elif (
            phrases
            or text.lstrip().lower().startswith("according to")
            or self._carries_source()
        ):
            # (a speaker here may end the source the claims before would carry: read it now)
            reports = self._sources().reports(here)
        else:
            # no claim here, and no account for the claims before (see extract_claims): only
            # the sources it names matter, to a later unit
            self.unread_reports.append(here)
        self.last_reports = reports
        if account is not None and account[1] == unit.paragraph:
            # "According to her, the push opened at dawn. Since then, 200 rebels ... have
            # died": the account goes on over the unit's figures
            reports = [*reports, Report(account[0], 0, len(tokens) - 1)]
        accusation = (
            None
            if words.isdisjoint(tables.accusing)
            else accusation_in(self.names, self._sources(), here, tables)
        )
        self.last_accusation = accusation
        if self.claimant is None and not words.isdisjoint(CLAIM_CUES):
            self.claimant = claimant_in(self.names, here, tables)
        claims = self._claims(here, phrases, wholes, dates, reports, accusation)
        names_agent = bool(self.agents) and self.agents[-1].span.start == unit.start
        carry_attribution(self.previous_claims, unit, claims, names_agent=names_agent)
        if (
            not claims
            and not claims_before
            and self.last_reports
            and text.lstrip().lower().startswith("according to")
        ):
            self.account = (self.last_reports[0].source, unit.paragraph)
        self.claims_before = bool(claims)
        if not claims and self.last_reports and self.previous_claims:
            said = {c.attribution.source for c in self.previous_claims if c.attribution}
            if said and not any(r.source.name in said for r in self.last_reports):
                self.previous_claims = []  # another speaker took the floor: nothing to carry
        self._after(unit, claims, dates, undated=cue)
        return claims

    def _agent(self, here: Tokenized) -> None:
        """Remember who the unit says carried out an attack, if it says so."""
        found = agent_in(self.names, here, self.tables)
        if found is not None:
            unit = here.unit
            span = Span(unit.start, unit.start + len(unit.text))
            self.agents.append(Agent(found[0], span, found[2], found[1]))

    def _phrases(
        self, here: Tokenized, quantities: list[Quantity], cue: bool
    ) -> tuple[list[Phrase], Sequence[DateMention] | None]:
        """The counted phrases of a unit, and its dates when they had to be read for them.

        Only a counted group, an area or an elided head makes a claim ("12 soldiers", "1,500
        km2", "five others"); a sentence whose figures are none of these ("in 2011", "30 km
        away") gives no claim, whatever its dates, and is not read for them.
        """
        text, tokens, tables = here.text, here.tokens, self.tables
        phrases: list[Phrase] = []
        dates: Sequence[DateMention] | None = None
        ones = article_ones(text, tokens, quantities, tables)
        is_people = self.names.is_people
        phrase_of = {
            q.start: read_phrase(text, tokens, q, tables, is_people) for q in [*quantities, *ones]
        }
        if any(
            p is not None and (p.head_class is not None or p.quantity.unit is not None or p.elided)
            for p in phrase_of.values()
        ):
            if cue:
                dates = self.timeline.dates(here.unit)
                date_ranges = [(d.start, d.end) for d in dates]
                counted = [
                    q
                    for q in quantities
                    if not any(s < q.end and q.start < e for s, e in date_ranges)
                ]
                if len(counted) < len(quantities):  # a figure was part of a date
                    quantities = counted
                    ones = article_ones(text, tokens, quantities, tables)
            # "a tank" counts only beside other counted items
            quantities.extend(ones)
            quantities.sort(key=lambda q: q.start)
            for q in quantities:
                if q.start in phrase_of:
                    phrase = phrase_of[q.start]  # the same figure: its phrase is read
                else:
                    phrase = read_phrase(text, tokens, q, tables, is_people)
                if phrase is not None:
                    phrases.append(phrase)
        return phrases, dates

    def _claims(
        self,
        here: Tokenized,
        phrases: list[Phrase],
        wholes: set[int],
        dates: Sequence[DateMention],
        reports: Sequence[Report],
        accusation: tuple[str, Source | None] | None,
    ) -> list[Claim]:
        """The claims of a unit's counted phrases: each asked what, whom, who, when, where."""
        unit, text, tokens, tables = here.unit, here.text, here.tokens, self.tables
        accused = accusation[0] if accusation else None
        claims: list[Claim] = []
        covered: set[int] = set()
        for phrase in phrases:
            covered.update(range(phrase.first, phrase.last + 1))
        # "a tank and armoured personnel carrier": the second noun shares the first's figure
        shared: dict[int, Phrase] = {}
        for index, phrase in enumerate(phrases):
            second = shared_count(tokens, phrase, covered, tables)
            if second is not None:
                shared[index] = second
        for second in shared.values():
            covered.update(range(second.first, second.last + 1))
        previous_subject: Subject | None = None
        claimed: dict[int, tuple[ClaimKind, int]] = {}
        figures = [phrase.quantity.start for phrase in phrases]
        for index, phrase in enumerate(phrases):
            part = included_in(tokens, phrase, claimed, covered, tables)
            found = part or kind_of(text, tokens, phrase, phrases[index + 1 :], covered, tables)
            if found is None:
                found = listed_after(tokens, phrase, claimed, tables)
            if found is None and phrase.elided:
                found = revised_from(tokens, phrase, claimed)  # "from an estimate of 1,400"
            if found is None and self.previous_claims:
                # "The toll reached 455. This includes 31 children": the parts count what the
                # count before them counts
                opener = points_back(tokens, phrase, covered)
                if opener is not None:
                    found = (self.previous_claims[0].kind, opener)
            if found is None:
                continue
            claimed[phrase.last] = found
            kind, trigger = found
            kind = refined(kind, tokens[trigger].low, phrase)
            if phrase.quantity.unit is not None and kind not in _MEASURED_KINDS:
                continue  # an area captured, a zone's width (see kind_of): no other measure
            if kind is ClaimKind.DAMAGED and phrase.head_class in PERSONS:
                continue  # "a man walks among buildings damaged by": things are damaged
            if phrase.head_class is None and phrase.quantity.unit is None and not phrase.elided:
                continue
            if (
                phrase.quantity.start in wholes
                and phrase.last + 1 < len(tokens)
                and tokens[phrase.last + 1].low in AUXILIARIES
            ):
                continue  # "half of the 2.3 million residents have fled": only a part fled
            report = report_for(reports, phrase.first)
            subject = subject_of(
                self.names,
                here,
                phrase,
                trigger,
                kind,
                report,
                previous_subject,
                self.previous_claims,
                self._sources().last,
                tables,
            )
            if part is None:  # "including 11 marines, and 15 injured": the total's group
                previous_subject = subject
            attribution = (
                None if report is None else attribution_of(report.source, denied=report.denied)
            )
            actor = (
                attackers_of(self.names, subject) if kind is ClaimKind.OTHER else None
            ) or perpetrator(self.names, here, phrase, trigger, subject, report, accused, tables)
            if actor is None and kind is ClaimKind.DEPLOYED:
                actor = deployer(self.names, subject)  # a state sends its own forces
            time = self.timeline.time_of(
                here, phrase.quantity.start, tokens[phrase.last].end, dates, kind
            )
            place = self.places.place_of(
                here,
                phrase.quantity.start,
                time,
                figures,
                speaker=report.source.text if report is not None else None,
                claim_end=max(tokens[phrase.last].end, tokens[trigger].end),
            )
            quantity = _moved(phrase.quantity, unit.start)
            if moved_on(tokens, phrase, kind):
                # "seven of the wounded have since died": added to the toll
                quantity = attrs.evolve(quantity, role=QuantityRole.INCREMENT)
            claims.append(
                Claim(
                    kind=kind,
                    quantity=quantity,
                    subject=subject,
                    actor=actor,
                    place=place,
                    time=time,
                    attribution=attribution,
                    evidence=(
                        Span(
                            unit.start + min(phrase.quantity.start, tokens[trigger].start),
                            unit.start + max(tokens[phrase.last].end, tokens[trigger].end),
                        ),
                    ),
                    sentence=text,
                    origin=self.origin,
                    # the frame gives it the day its sentence names, else this one: a claim it
                    # leaves alone then needs no copy (see frame_claims)
                    reported_on=self.origin.published,
                )
            )
            if index in shared:
                second = shared[index]
                claims.extend(
                    self._shared_claim(here, second, found, claims[-1], report, tables)
                )
        return claims

    def _shared_claim(
        self,
        here: Tokenized,
        second: Phrase,
        found: tuple[ClaimKind, int],
        first: Claim,
        report: Report | None,
        tables: WordTables,
    ) -> list[Claim]:
        """The claim of a second noun that shares the figure of ``first``'s phrase.

        "destroyed a tank and armoured personnel carrier": what happened to the first happened
        to the second, as often, by the same hand, then and there; its evidence is its own.
        """
        unit, tokens = here.unit, here.tokens
        kind, trigger = found
        kind = refined(kind, tokens[trigger].low, second)
        if kind is ClaimKind.DAMAGED and second.head_class in PERSONS:
            return []  # things are damaged, not people (as in the claim loop)
        subject = subject_of(
            self.names,
            here,
            second,
            trigger,
            kind,
            report,
            first.subject,
            self.previous_claims,
            self._sources().last,
            tables,
        )
        # the group as written is the second noun's own words (the reader takes them from the
        # figure's end)
        subject = attrs.evolve(
            subject, text=here.text[tokens[second.first].start : tokens[second.last].end]
        )
        if subject.affiliation is None and first.subject.affiliation is not None:
            # "a Vessan tank and armoured personnel carrier": the side is both nouns'
            subject = attrs.evolve(subject, affiliation=first.subject.affiliation)
        evidence = Span(
            unit.start + min(tokens[second.first].start, tokens[trigger].start),
            unit.start + max(tokens[second.last].end, tokens[trigger].end),
        )
        # "lost dozens of soldiers and tanks" reads by each noun: the second may have a kind
        # of its own
        return [attrs.evolve(first, kind=kind, subject=subject, evidence=(evidence,))]

    def _after(
        self,
        unit: Unit,
        claims: list[Claim],
        dates: Sequence[DateMention],
        *,
        undated: bool = False,
    ) -> None:
        """Move the discourse memory past a unit: the last day named, the last claims."""
        self.timeline.after(unit, dates, undated=undated)
        if claims or unit.paragraph != self.previous_paragraph:
            self.previous_claims = claims
        self.previous_paragraph = unit.paragraph


#: How many sentences after the headline make the lead, whose agent the article's claims take.
_LEAD_SENTENCES = 4


def _placed(claim: Claim, place: str | None) -> Claim:
    """``claim`` at ``place``; the claim itself when that is no place."""
    return claim if place is None else attrs.evolve(claim, place=place)


def _lead_end(article: Article) -> int:
    """Where the lead ends: the headline and the first sentences."""
    sentences = article.sentences
    if not sentences:
        return article.title_span.end if article.title_span is not None else 0
    return sentences[min(_LEAD_SENTENCES, len(sentences)) - 1].end


def extract_claims(
    article: Article, *, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None
) -> tuple[Claim, ...]:
    """Return the claims of ``article``, in order of first evidence.

    Args:
        article: a parsed article (see :func:`~conflictfacts.article.parse_article`).
        gazetteer: the actors and places to know;
            :meth:`~conflictfacts.gazetteer.Gazetteer.default` when omitted.
        lexicon: the words to read claims by;
            :meth:`~conflictfacts.lexicon.Lexicon.default` when omitted.

    Returns:
        The claims, one per fact stated (a repeated fact keeps every evidence span).

    Raises:
        InputTypeError: ``article`` is not an :class:`~conflictfacts.article.Article`, or
            ``gazetteer`` or ``lexicon`` is of another type.

    >>> import datetime as dt
    >>> from conflictfacts import parse_article
    >>> page = "At least 12 soldiers were killed on Monday, the army said."
    >>> claim = extract_claims(parse_article(page, published=dt.date(2031, 4, 2)))[0]
    >>> claim.quantity.low, claim.quantity.high, claim.time.start.isoformat()
    (12, None, '2031-03-31')
    """
    if not isinstance(article, Article):
        raise InputTypeError(f"extract_claims() expects an Article, got {type(article).__name__}")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InputTypeError(
            f"extract_claims() expects gazetteer as a Gazetteer, got {type(gazetteer).__name__}"
        )
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise InputTypeError(
            f"extract_claims() expects lexicon as a Lexicon, got {type(lexicon).__name__}"
        )
    reader = _Reader(article, gazetteer or Gazetteer.default(), lexicon or Lexicon.default())
    claims: list[Claim] = []
    previous: list[Claim] = []
    previous_paragraph = -2
    for unit in units_of(article):
        reader.last_reports = []
        found = reader.read(unit)
        if reader.last_accusation is not None and not found and previous:
            # "Two soldiers were killed ... Ankara accuses the Syrian regime."
            claims[-len(previous) :] = blame(previous, *reader.last_accusation)
        if (
            previous
            and found
            and unit.paragraph == previous_paragraph
            and unit.text.lstrip().lower().startswith("according to")
        ):
            # "Fighting claimed 27 lives. According to the monitor, 11 soldiers and 14 rebels
            # were killed.": the breakdown's source stands for the total before it
            claims[-len(previous) :] = credit_breakdown(previous, found)
        elif (
            previous
            and not found
            and reader.last_reports
            and unit.text.lstrip().lower().startswith("according to")
        ):
            # "Nineteen soldiers were killed in drone strikes. According to the monitor, the
            # strikes hit a convoy.": the account that follows is the figure's source
            attribution = attribution_of(reader.last_reports[0].source)
            claims[-len(previous) :] = [
                c if c.attribution is not None else attrs.evolve(c, attribution=attribution)
                for c in previous
            ]
        claims.extend(found)
        previous = found
        previous_paragraph = unit.paragraph
    # Claims that refer back to the incident take its date, actor and place; every claim
    # learns when its figure was given.
    claims = frame_claims(
        article, claims, dates=reader.timeline.dates_read, words=reader.runs_read
    )
    # A claim whose sentence names no place, and whose incident lent it none, happened at the
    # article's main place.
    places = reader.places
    claims = [
        c if c.place is not None else _placed(c, places.page_place(c.time))
        for c in claims
    ]
    if reader.claimant is not None:
        # "<X> claimed responsibility": X did what the casualty figures count
        claims = lend_claimant(claims, reader.claimant, reader.names)
    if reader.agents:
        # "Israeli strikes ...": what the attack did, its agent did
        claims = lend_agents(claims, reader.agents, _lead_end(article), reader.names)
    title_end = article.title_span.end if article.title_span is not None else -1
    merged = []
    for claim in merge_statements(claims, title_end, reader.tables.heads):
        dated = claim
        if claim.time is None and claim.kind in EVENT_KINDS and article.published is not None:
            day = article.published
            dated = attrs.evolve(claim, time=TimeSpan(day, day, Granularity.DAY))
        merged.append(dated)
    return tuple(sorted(merged, key=lambda c: min(span.start for span in c.evidence)))
