r"""Extraction of claims from a parsed article: the grammar of counts in conflict reporting.

``extract_claims`` reads the headline, the body sentences and the captions of an
:class:`~conflictfacts.article.Article`. For every count it finds (see
:func:`~conflictfacts.quantities.find_quantities`) it asks, within the sentence:

* **what happened** to the counted group: a casualty verb after the noun phrase
  ("... were killed", "... killed in an air strike", "... dead"), before it ("killed at least
  two soldiers", "claimed the lives of 27 fighters", "left 27 fighters dead"), shared by a
  coordinated list ("At least 11 X and 14 Y were killed as well as two Z"), or a list of
  equipment ("five tanks, two armoured vehicles and a drone were destroyed");
* **what was counted**: the noun phrase after the figure ("Turkish soldiers", "armoured
  personnel carriers"), with coreference for "its soldiers", "five others" and elided heads
  ("two were killed and five injured");
* **who did it**: "in a <X> attack", "by <X>", "<X> air strikes killed ...", the side whose
  ministry reports the enemy's losses, and "<A> accuses <X>" in the next sentence;
* **when**: the nearest date expression, resolved against the article's date (a caption's
  figure takes the caption's date), "since <date>" running to the article's date, else the
  last day the article named;
* **where**: the nearest place the gazetteer knows, else the article's main place;
* **on whose word**: "<X> said (that)", "..., <X> said.", "according to <X>", "it said",
  "the ministry" (the last ministry named), carried to the next sentence when it goes on
  with the same kind of count.

The same fact stated twice in one article is one claim with several evidence spans.

>>> import datetime as dt
>>> from conflictfacts import parse_article
>>> page = (
...     "Shelling kills nine in river town\n\n"
...     "Nine civilians were killed and 14 others wounded on Tuesday when shells hit the "
...     "market of Kherson, the regional governor said.\n"
... )
>>> for claim in extract_claims(parse_article(page, published=dt.date(2031, 5, 8))):
...     print(claim.kind.value, claim.quantity.value, claim.subject.label, claim.time.start)
killed 9 civilians 2031-05-06
wounded 14 civilians 2031-05-06
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence

import attrs

from conflictfacts import _furniture as furn
from conflictfacts._case import fold
from conflictfacts.article import Article
from conflictfacts.claims import Claim, ClaimKind, Origin, Subject
from conflictfacts.dates import DateMention, Granularity, TimeSpan
from conflictfacts.errors import InputTypeError
from conflictfacts.extraction.kind import LOSS_VERBS, kind_of, listed_after, refined
from conflictfacts.extraction.merge import merge_statements
from conflictfacts.extraction.names import Near, PageNames
from conflictfacts.extraction.phrase import (
    THING_CUES,
    Phrase,
    article_ones,
    counted_figures,
    may_count,
    may_count_one,
    read_phrase,
)
from conflictfacts.extraction.place import Places, located
from conflictfacts.extraction.source import (
    Report,
    Source,
    Sources,
    attribution_of,
    carry_attribution,
    credit_breakdown,
    is_proper_name,
    report_for,
)
from conflictfacts.extraction.time import EVENT_KINDS, Timeline, has_date_cue, unit_dates
from conflictfacts.extraction.tokens import (
    AUXILIARIES,
    CONNECTORS,
    DETERMINERS,
    POSSESSIVES,
    QUOTES,
    Token,
    has_digit,
    letter_runs,
    strip_possessive,
    tokenize,
    word_list,
)
from conflictfacts.extraction.units import MAX_UNIT_CHARS, Tokenized, Unit, units_of
from conflictfacts.extraction.words import (
    ACCUSING,
    AFTER,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    BEFORE,
    BUILDINGS,
    DISTANCED,
    EQUIPMENT,
    EVENT_NOUNS,
    FIGHTERS,
    HEADS,
    NOMINAL_KIND,
    PEOPLE,
    REPORT_CUES,
    REPORTING,
    SOLDIERS,
    SPEAKING_CUES,
)
from conflictfacts.gazetteer import (
    ActorEntry,
    ActorKind,
    Gazetteer,
)
from conflictfacts.quantities import Quantity, QuantityRole, find_quantities
from conflictfacts.spans import Span

__all__ = ["MAX_UNIT_CHARS", "extract_claims"]


#: Sources whose country is a party: when they report another side's losses, they inflicted them.
_PARTY_KINDS = frozenset(
    {ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.MINISTRY}
)


def _moved(quantity: Quantity, offset: int) -> Quantity:
    """``quantity`` with its offsets moved by ``offset`` (``attrs.evolve``, without its lookups)."""
    q = quantity
    return Quantity(
        value=q.value, low=q.low, high=q.high, qualifier=q.qualifier,
        approximate=q.approximate, unit=q.unit, start=q.start + offset, end=q.end + offset,
        text=q.text, point=q.point, role=q.role,
    )  # fmt: skip


class _Reader:
    """The state of reading one article: what it has named so far, for coreference."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.names = PageNames(article, gazetteer)
        # what is read once per sentence, however many claims it has (reset by read)
        self._token_starts_here: list[int] | None = None
        self._dateline_end = 0
        self.unit_start = 0
        self.sources = Sources(self.names)
        self.timeline = Timeline()
        self.previous_claims: list[Claim] = []
        self.previous_paragraph = -1
        self.last_accusation: tuple[str, Source | None] | None = None
        #: Where every claim of the article comes from.
        self.origin = Origin(
            outlet=article.outlet, title=article.title, published=article.published
        )
        self.places = Places(article, self.names)

    # ------------------------------------------------------------------ gazetteer look-ups

    def _unit_actors(self, lo: int, hi: int) -> list[Near[ActorEntry]]:
        """Actors named in ``[lo, hi)`` of the current unit, offsets relative to ``lo``."""
        return self.names.actors(self.unit_start + lo, self.unit_start + hi)

    def _token_starts(self, tokens: Sequence[Token]) -> list[int]:
        """Where the current unit's tokens start (once a unit)."""
        if self._token_starts_here is None:
            self._token_starts_here = [t.start for t in tokens]
        return self._token_starts_here

    def accusations(self, tokens: Sequence[Token], text: str) -> tuple[str, Source | None] | None:
        """Read "<A> accuses <X>": the perpetrator X, and A as the source of the figure."""
        for i, token in enumerate(tokens):
            if token.low in ACCUSING and i + 1 < len(tokens):
                rest = text[tokens[i + 1].start : tokens[min(len(tokens) - 1, i + 8)].end]
                actor = self._actor_in(rest, exclude=None)
                if actor is None:
                    continue
                accuser = None
                if i > 0:
                    first = max(0, i - 6)
                    while first < i - 1 and tokens[first].text in CONNECTORS:
                        first += 1
                    accuser = self.sources.from_phrase(
                        self.unit_start, text, tokens, first, i - 1, token.low, False
                    )
                return actor, accuser
        return None

    # ------------------------------------------------------------------ actors

    def _actor_label(self, entry: ActorEntry) -> str:
        if entry.kind in (ActorKind.COUNTRY,):
            country = entry
        elif entry.kind in _PARTY_KINDS and entry.country is not None:
            country = self.names.entry(entry.country) or entry
        else:
            return entry.name
        demonym = country.demonyms[0] if country.demonyms else country.name
        return f"{demonym} government forces"

    def _actor_in(self, text: str, exclude: str | None) -> str | None:
        for match in self.names.actors_in(text):
            entry = match.entry
            if entry.kind in (ActorKind.MONITOR, ActorKind.MEDIA, ActorKind.NGO):
                continue
            country = entry.country or (entry.name if entry.kind is ActorKind.COUNTRY else None)
            if exclude is not None and exclude in (country, entry.name):
                continue
            return self._actor_label(entry)
        return None

    def _side_before(self, end: int) -> str | None:
        """The country or armed group named last before ``end`` in the current unit."""
        for match in reversed(self._unit_actors(0, end)):
            entry = match.entry
            if entry.kind in (ActorKind.COUNTRY, ActorKind.ARMED_GROUP):
                return entry.name
            if entry.country is not None:
                return entry.country
        return None

    def _country_of(self, affiliation: str | None) -> str | None:
        if affiliation is None:
            return None
        entry = self.names.entry(affiliation)
        if entry is not None and entry.kind is ActorKind.COUNTRY:
            return entry.name
        return affiliation

    # ------------------------------------------------------------------ reading a unit

    def read(self, unit: Unit) -> list[Claim]:
        text = unit.text
        self.unit_start = unit.start
        self._token_starts_here = None
        # a wire dateline ("PORT-AU-PRINCE, Oct 4 (Reuters) -") opening the body names no party
        self._dateline_end = (furn.inline_dateline_end(text) or 0) if unit.opens_body else 0
        folded = fold(text)
        words = letter_runs(folded)
        digit = has_digit(text)
        figures = (
            find_quantities(text, articles=True)
            if may_count(text, words, digit) or may_count_one(words)
            else ()
        )
        quantities, wholes = counted_figures(text, figures)
        # Only sentences with a date cue can name a date; the rest skip the date grammar. A
        # sentence that gives no claim is read for dates only when a later one needs the last
        # day named (see _last_day).
        cue = has_date_cue(text, words, digit)
        if cue:
            self.timeline.may_tell_onset(unit)
        dates: Sequence[DateMention] = ()
        one_thing = not words.isdisjoint(("a", "an")) and not words.isdisjoint(THING_CUES)
        if not quantities and not one_thing and words.isdisjoint(SPEAKING_CUES):
            # nothing counted and nobody speaks: only the date memory moves on
            self.last_accusation = None
            self._after(unit, [], dates, undated=cue)
            return []
        tokens = tokenize(text)
        if not tokens:
            return []
        here = Tokenized(unit, tokens)
        phrases: list[Phrase] = []
        if quantities or one_thing:
            ones = article_ones(text, tokens, quantities)
            is_people = self.names.is_people
            phrase_of = {
                q.start: read_phrase(text, tokens, q, is_people) for q in [*quantities, *ones]
            }
            # Only a counted group, an area or an elided head makes a claim ("12 soldiers",
            # "1,500 km2", "five others"); a sentence whose figures are none of these ("in
            # 2011", "30 km away") gives no claim, whatever its dates, and is not read for them.
            if any(
                p is not None
                and (p.head_class is not None or p.quantity.unit is not None or p.elided)
                for p in phrase_of.values()
            ):
                if cue:
                    dates = unit_dates(unit)
                    cue = False
                    date_ranges = [(d.start, d.end) for d in dates]
                    counted = [
                        q
                        for q in quantities
                        if not any(s < q.end and q.start < e for s, e in date_ranges)
                    ]
                    if len(counted) < len(quantities):  # a figure was part of a date
                        quantities = counted
                        ones = article_ones(text, tokens, quantities)
                # "a tank" counts only beside other counted items
                quantities.extend(ones)
                quantities.sort(key=lambda q: q.start)
                for q in quantities:
                    if q.start in phrase_of:
                        phrase = phrase_of[q.start]  # the same figure: its phrase is read
                    else:
                        phrase = read_phrase(text, tokens, q, is_people)
                    if phrase is not None:
                        phrases.append(phrase)
        reports = self.sources.reports(here) if words & REPORT_CUES else []
        accusation = self.accusations(tokens, text) if words & ACCUSING else None
        self.last_accusation = accusation
        accused = accusation[0] if accusation else None
        claims: list[Claim] = []
        covered: set[int] = set()
        for phrase in phrases:
            covered.update(range(phrase.first, phrase.last + 1))
        previous_subject: Subject | None = None
        claimed: dict[int, tuple[ClaimKind, int]] = {}
        for index, phrase in enumerate(phrases):
            found = kind_of(text, tokens, phrase, phrases[index + 1 :], covered)
            if found is None:
                found = listed_after(tokens, phrase, claimed)
            if found is None:
                continue
            claimed[phrase.last] = found
            kind, trigger = found
            kind = refined(kind, tokens[trigger].low, phrase)
            if phrase.quantity.unit is not None and kind is not ClaimKind.CAPTURED:
                continue
            if phrase.head_class is None and phrase.quantity.unit is None and not phrase.elided:
                continue
            if (
                phrase.quantity.start in wholes
                and phrase.last + 1 < len(tokens)
                and tokens[phrase.last + 1].low in AUXILIARIES
            ):
                continue  # "half of the 2.3 million residents have fled": only a part fled
            report = report_for(reports, phrase.first)
            subject = self._subject(text, tokens, phrase, previous_subject, kind, report)
            if (
                subject.affiliation is None
                and previous_subject is not None
                and previous_subject.category == subject.category
            ):
                # "58 Turkish troops ..., including 33 soldiers": the part is of the same side
                subject = attrs.evolve(subject, affiliation=previous_subject.affiliation)
            if subject.affiliation is None and tokens[trigger].low in LOSS_VERBS:
                # "Russia had lost 1,250 troops": the side named before the verb lost them
                loser = self._side_before(tokens[trigger].start)
                if loser is not None:
                    subject = attrs.evolve(subject, affiliation=loser)
            previous_subject = subject
            attribution = None if report is None else attribution_of(report.source)
            actor = self._perpetrator(text, tokens, phrase, trigger, subject, report, accused)
            time = self.timeline.time_of(
                here, phrase.quantity.start, tokens[phrase.last].end, dates, kind
            )
            place = self.places.place_of(here, phrase.quantity.start, time)
            quantity = _moved(phrase.quantity, unit.start)
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
                )
            )
        carry_attribution(self.previous_claims, unit, claims)
        self._after(unit, claims, dates, undated=cue)
        return claims

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

    def _subject(
        self,
        text: str,
        tokens: Sequence[Token],
        phrase: Phrase,
        previous: Subject | None,
        kind: ClaimKind,
        report: Report | None = None,
    ) -> Subject:
        quantity = phrase.quantity
        named = _group_named_after(tokens, phrase)
        if named is not None:
            # "Six of the dead were children": the group is named after the verb
            first, last = named
            words = [t.text for t in tokens[first : last + 1] if t.low not in DETERMINERS]
            label = " ".join(strip_possessive(w) for w in words)
            head = tokens[last].low
            return Subject(
                text=text[tokens[first].start : tokens[last].end],
                label=label,
                affiliation=self.names.affiliation(label),
                category=_category(head, HEADS[head]),
            )
        if phrase.elided or phrase.head is None:
            is_others = phrase.words[-1:] == ("others",) or quantity.role is QuantityRole.INCREMENT
            inherited = previous
            if inherited is None and is_others and self.previous_claims:
                inherited = self.previous_claims[-1].subject
            if inherited is None and quantity.unit is None:
                inherited = _person_word_before(tokens, phrase.first)
            if phrase.affiliation_text is not None and inherited is not None:
                category = inherited.category or PEOPLE
                label = f"{phrase.affiliation_text} {category}"
                return Subject(
                    text=text[quantity.start : tokens[phrase.last].end],
                    label=label,
                    affiliation=self.names.affiliation(label),
                    category=category,
                )
            people_kind = kind in (
                ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.DISPLACED, ClaimKind.MISSING
            )  # fmt: skip
            if (
                inherited is not None
                and phrase.elided
                and not (
                    people_kind and HEADS.get(inherited.category or "") in (EQUIPMENT, BUILDINGS)
                )
            ):
                return attrs.evolve(inherited, text=text[quantity.start : tokens[phrase.last].end])
            if quantity.unit is not None:
                return Subject(
                    text=quantity.text, label=_unit_label(quantity.unit), category="territory"
                )
            return Subject(text=quantity.text, label=PEOPLE, category=PEOPLE)
        words = list(phrase.words)
        head_word = words[-1]
        if head_word.lower() in EVENT_NOUNS or head_word.lower() in {"bodies", "body"}:
            # "17 deaths", "19 bodies": people, counted by what happened to them
            return Subject(text=quantity.text, label=PEOPLE, category=PEOPLE)
        if words and words[0] in POSSESSIVES:
            owner = self._owner(phrase, report)
            words = words[1:]
            if owner is not None:
                words.insert(0, owner)
        # "two of them children": the pronoun points back, the noun names the group
        words = [w for w in words if w.lower() not in DETERMINERS and w.lower() != "them"]
        label = " ".join(strip_possessive(w) for w in words)
        if quantity.unit is not None:
            label = (
                f"{_unit_label(quantity.unit)} of {label}" if label else _unit_label(quantity.unit)
            )
        first = quantity.end
        surface = text[first : tokens[phrase.last].end].strip()
        category = _category(head_word, phrase.head_class)
        if len(words) == 1 and phrase.head_class == PEOPLE and self.names.is_people(head_word):
            category = PEOPLE  # "25 Palestinians": people, of the side the name says
        return Subject(
            text=surface or quantity.text,
            label=label,
            affiliation=self.names.affiliation(label),
            category=category,
        )

    def _owner(self, phrase: Phrase, report: Report | None) -> str | None:
        """Who "its"/"their" refers to: the speaker, else the nearest country named before."""
        said_by = report.source.entry if report is not None else None
        if said_by is not None and said_by.kind in (ActorKind.ARMED_GROUP, ActorKind.COUNTRY):
            if said_by.kind is ActorKind.ARMED_GROUP:
                return said_by.name
            return said_by.demonyms[0] if said_by.demonyms else said_by.name
        if said_by is not None and said_by.kind in _FORCES_OF and said_by.country is not None:
            # "the Israeli army said two of its soldiers were wounded": the army's country
            state = self.names.entry(said_by.country)
            if state is not None:
                return state.demonyms[0] if state.demonyms else state.name
        countries = [
            m.entry
            for m in self._unit_actors(0, phrase.quantity.start)
            if m.entry.kind is ActorKind.COUNTRY or m.entry.country is not None
        ]
        if not countries:
            source = self.sources.last
            if source is None or source.country is None:
                return None
            entry = self.names.entry(source.country)
            if entry is None:
                return None
            countries = [entry]
        last = countries[-1]
        if last.kind is not ActorKind.COUNTRY and last.country is not None:
            last = self.names.entry(last.country) or last
        return last.demonyms[0] if last.demonyms else last.name

    def _perpetrator(
        self,
        text: str,
        tokens: Sequence[Token],
        phrase: Phrase,
        trigger: int,
        subject: Subject,
        report: Report | None,
        accused: str | None,
    ) -> str | None:
        victims = self._country_of(subject.affiliation)
        # 0. "The group said it had killed 64 soldiers": the speaker, as the verb's subject.
        speaker = report.source.entry if report is not None else None
        if report is not None and trigger < phrase.first:
            k = trigger - 1
            if tokens[trigger].text in QUOTES and k >= 0 and tokens[k].low in ATTACK_VERBS:
                k -= 1  # 'it had struck "dozens of targets"': the verb stands before the quote
            while k >= 0 and tokens[k].low in {"had", "has", "have", "also"}:
                k -= 1
            own_forces = (
                k >= 1
                and tokens[k - 1].low in {"its", "their", "our"}
                and HEADS.get(tokens[k].low) in (SOLDIERS, FIGHTERS)
            )
            if speaker is None and own_forces and is_proper_name(report.source.name):
                # a group the gazetteer does not know: "The Lenna Front said its fighters ..."
                return report.source.name
            itself = k >= 0 and (
                tokens[k].low in {"it", "they", "we"}
                or (
                    k >= 1
                    and tokens[k - 1].low == "the"
                    and tokens[k].low in {"group", "movement", "militia", "army", "military"}
                )
            )
            if (
                speaker is not None
                and speaker.kind in _SPEAKING_PARTIES
                and (own_forces or itself)
                and (victims is None or victims not in (speaker.country, speaker.name))
            ):
                return self._actor_label(speaker)
        # 1. "in a <X> attack", "by <X>", "<X> air strikes killed ...": an actor beside an
        #    attack noun or after "by", in the clause around the trigger.
        lo = max(0, min(phrase.first, trigger) - 20)
        hi = min(len(tokens) - 1, max(phrase.last, trigger) + 14)
        offset = tokens[lo].start
        token_starts = self._token_starts(tokens)
        best: tuple[int, str] | None = None
        for match in self._unit_actors(tokens[lo].start, tokens[hi].end):
            entry = match.entry
            if entry.kind in (
                ActorKind.MONITOR,
                ActorKind.MEDIA,
                ActorKind.NGO,
                ActorKind.INTERNATIONAL,
            ):
                continue
            start = offset + match.start
            if start < self._dateline_end:
                continue
            if phrase.quantity.start <= start < tokens[phrase.last].end:
                continue
            if (
                report is not None
                and report.source.text
                and text.find(
                    report.source.text, max(0, start - len(report.source.text)), start + 200
                )
                == start
            ):
                continue
            country = entry.country or (entry.name if entry.kind is ActorKind.COUNTRY else None)
            if victims is not None and victims in (country, entry.name):
                continue
            if entry.kind is ActorKind.COUNTRY and located(text, start):
                continue  # "gang violence in Port-au-Prince has killed": a place, not a party
            end = offset + match.end
            # the unit's own tokens just after and just before the name
            after_at = bisect.bisect_left(token_starts, end)
            next_words = [t.low for t in tokens[after_at : after_at + 3] if t.start < end + 40]
            beside_attack = any(w in ATTACK_NOUNS for w in next_words) or any(
                w.rstrip("s") in {"government", "regime", "army", "force"} for w in next_words[:1]
            )
            if text[offset + match.end : offset + match.end + 1] == ":":
                continue  # "Nigeria: gunmen kill dozens": a headline's topic, not a party
            at = bisect.bisect_left(token_starts, start)
            if _between_sides(tokens, at):
                continue  # "fighting between the army and the RSF": neither side alone
            if _spokesman_of(tokens, at):
                continue  # "said a spokesman for the Front": a speaker, not who did it
            before_at = bisect.bisect_left(token_starts, max(0, start - 12))
            before_words = [
                t.low
                for t in tokens[before_at : bisect.bisect_left(token_starts, start)]
                if t.low not in DETERMINERS and t.end <= start
            ]
            # "killed by X" names the agent of a passive verb; after an active verb ("shot
            # down 31 drones launched by X") a by-phrase belongs to some other verb
            by = bool(before_words) and before_words[-1] == "by" and trigger > phrase.first
            force = entry.kind in (ActorKind.MILITARY, ActorKind.ARMED_GROUP) and start > (
                tokens[trigger].start
            )
            subject_of_verb = start < offset + (tokens[trigger].start - offset) and (
                (tokens[trigger].low in BEFORE or tokens[trigger].low in ATTACK_VERBS)
                and trigger < phrase.first
            )
            if by:
                rank = 0
            elif beside_attack:
                rank = 1
            elif subject_of_verb:
                rank = 2
            elif force:
                rank = 3
            else:
                continue
            distance = rank * 10_000 + abs(start - tokens[trigger].start)
            if best is None or distance < best[0]:
                best = (distance, self._actor_label(entry))
        if best is not None:
            return best[1]
        # 2. A party's ministry or military reporting another side's losses inflicted them.
        if report is not None and report.source.country is not None:
            said_by = report.source.entry
            party = said_by is None or said_by.kind in _PARTY_KINDS
            if said_by is not None and said_by.kind is ActorKind.MINISTRY:
                # a defence ministry reports what its forces did; a health ministry does not
                party = any(w in said_by.name.lower() for w in ("defen", "military", "war"))
            if party and report.source.country != victims:
                country_entry = self.names.entry(report.source.country)
                if country_entry is not None:
                    return self._actor_label(country_entry)
        # 3. "<A> accuses <X>" beside the report.
        if accused is not None:
            return accused
        return None


def _unit_label(unit: str) -> str:
    return {"km2": "square kilometers", "mi2": "square miles", "ha": "hectares"}.get(unit, unit)


def _category(head: str, head_class: str | None) -> str:
    low = head.lower()
    if head_class == SOLDIERS and low in {
        "troop",
        "troops",
        "serviceman",
        "servicemen",
        "soldier",
        "soldiers",
        "personnel",
        "forces",
        "force",
    }:
        return SOLDIERS
    if head_class == FIGHTERS and low in {
        "combatant",
        "combatants",
        "fighter",
        "fighters",
        "militant",
        "militants",
    }:
        return FIGHTERS
    return low if head_class is None else _plural(low)


#: Head nouns that are plural without an "s", or whose plural is irregular.
_IRREGULAR_PLURALS: Mapping[str, str] = {
    **{w: w for w in word_list("people children personnel police staff aircraft artillery")},
    "child": "children", "person": "people", "man": "men", "woman": "women",
    "militia": "militias", "bus": "buses",
}  # fmt: skip


def _plural(word: str) -> str:
    """The plural of a lowercased head noun: "village" -> "villages", "city" -> "cities"."""
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith(("s", "men")):
        return word
    if word.endswith("man"):
        return word[:-3] + "men"  # "policeman", "gunman"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"  # "baby", "family", "locality"
    return word + "s"


def _spokesman_of(tokens: Sequence[Token], at: int) -> bool:
    """Whether the name at token ``at`` follows "a spokesman for (the)": it names a speaker."""
    k = at - 1
    if k >= 0 and tokens[k].low in DETERMINERS:
        k -= 1
    return (
        k >= 1
        and tokens[k].low in {"for", "of"}
        and tokens[k - 1].low in {"spokesman", "spokeswoman", "spokesperson", "representative"}
    )


def _between_sides(tokens: Sequence[Token], at: int) -> bool:
    """Whether the name at token ``at`` is one side of "between X and Y" or "X-Y clashes"."""
    for k in range(at - 1, max(-1, at - 9), -1):
        low = tokens[k].low
        if low == "between":
            return True
        if low in {".", ";", ":", ",", "(", ")"} or low in BEFORE or low in AFTER:
            return False
    return False


#: Speakers whose "its soldiers" are their country's: "the Israeli army said two of its ...".
_FORCES_OF = frozenset({ActorKind.MILITARY, ActorKind.SECURITY, ActorKind.GOVERNMENT})

#: Speakers that may say "we killed": a group or state, not a ministry of health or a monitor.
_SPEAKING_PARTIES = frozenset(
    {ActorKind.ARMED_GROUP, ActorKind.MILITARY, ActorKind.COUNTRY, ActorKind.SECURITY}
)

#: Heads that count people without saying who they were: "six of the dead were children".
_UNNAMED_GROUPS = frozenset(
    word_list("people persons dead killed victims casualties wounded injured")
)
#: Words between "were" and the group it names: "were all civilians", "were mostly women".
_NAMING_ADVERBS = frozenset(word_list("all mostly also reportedly believed to be"))


def _group_named_after(tokens: Sequence[Token], phrase: Phrase) -> tuple[int, int] | None:
    """The tokens of the group a count of unnamed people is said to be, after "were".

    "Six of the dead were children", "of the 40 killed, 12 were women", "nine of the victims
    were Turkish soldiers": the first and last token of "children", "women", "Turkish
    soldiers". ``None`` unless the phrase counts people it does not name.
    """
    n = len(tokens)
    if not (phrase.elided or (phrase.words and phrase.words[-1].lower() in _UNNAMED_GROUPS)):
        return None
    k = phrase.last + 1
    if k < n and tokens[k].low == "of":  # "six of the dead"
        k += 1
        if k < n and tokens[k].low in DETERMINERS:
            k += 1
        if not (k < n and tokens[k].low in _UNNAMED_GROUPS):
            return None
        k += 1
    if not (k < n and tokens[k].low in {"were", "are"}):
        return None
    k += 1
    while k < n and tokens[k].low in _NAMING_ADVERBS:
        k += 1
    first = k
    while k < n and k < first + 4 and tokens[k].text.isalpha():
        low = tokens[k].low
        if low in NOMINAL_KIND or low in AFTER or low in BEFORE:
            return None  # "were killed": a verb, not a group
        if HEADS.get(low) in (PEOPLE, SOLDIERS, FIGHTERS) and low != "members":
            return (first, k) if low not in _UNNAMED_GROUPS else None
        k += 1
    return None


def _person_word_before(tokens: Sequence[Token], first: int) -> Subject | None:
    """The group an elided count belongs to: "its civilian toll to 14 killed"."""
    if first > 0 and tokens[first - 1].low in BEFORE:
        return None  # "rebels abducted 80": the group before the verb did it
    for k in range(first - 1, max(-1, first - 11), -1):
        low = tokens[k].low
        if low in {".", ";", ":", "as", "while", "when", "after", "because", "saying"} or (
            low in REPORTING or low in DISTANCED or (low in BEFORE and low not in AFTER)
        ):
            break  # "rebels seize a town as thousands flee": another clause's group
        head = "civilians" if low == "civilian" else low
        if HEADS.get(head) in (PEOPLE, SOLDIERS, FIGHTERS) and head != "members":
            category = _category(head, HEADS[head])
            return Subject(text=tokens[k].text, label=category, category=category)
    return None


def extract_claims(article: Article, *, gazetteer: Gazetteer | None = None) -> tuple[Claim, ...]:
    """Return the claims of ``article``, in order of first evidence.

    Args:
        article: a parsed article (see :func:`~conflictfacts.article.parse_article`).
        gazetteer: the actors and places to know;
            :meth:`~conflictfacts.gazetteer.Gazetteer.default` when omitted.

    Returns:
        The claims, one per fact stated (a repeated fact keeps every evidence span).

    Raises:
        InputTypeError: ``article`` is not an :class:`~conflictfacts.article.Article`.

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
    reader = _Reader(article, gazetteer or Gazetteer.default())
    claims: list[Claim] = []
    previous: list[Claim] = []
    previous_paragraph = -2
    for unit in units_of(article):
        found = reader.read(unit)
        if reader.last_accusation is not None and not found and previous:
            # "Two soldiers were killed ... Ankara accuses the Syrian regime."
            actor, accuser = reader.last_accusation
            attribution = attribution_of(accuser) if accuser else None
            claims[-len(previous) :] = [
                attrs.evolve(
                    claim,
                    actor=claim.actor or actor,
                    attribution=claim.attribution or attribution,
                )
                for claim in previous
            ]
        if (
            previous
            and found
            and unit.paragraph == previous_paragraph
            and unit.text.lstrip().lower().startswith("according to")
        ):
            # "Fighting claimed 27 lives. According to the monitor, 11 soldiers and 14 rebels
            # were killed.": the breakdown's source stands for the total before it
            claims[-len(previous) :] = credit_breakdown(previous, found)
        claims.extend(found)
        previous = found
        previous_paragraph = unit.paragraph
    title_end = article.title_span.end if article.title_span is not None else -1
    merged = []
    for claim in merge_statements(claims, title_end):
        dated = claim
        if claim.time is None and claim.kind in EVENT_KINDS and article.published is not None:
            day = article.published
            dated = attrs.evolve(claim, time=TimeSpan(day, day, Granularity.DAY))
        merged.append(dated)
    return tuple(sorted(merged, key=lambda c: min(span.start for span in c.evidence)))
