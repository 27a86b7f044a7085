"""On whose word: the reporting clauses of a sentence and the sources they name.

:meth:`Sources.reports` finds a sentence's reporting clauses ("<X> said (that) ...", "...,
<X> said.", "according to <X>", "..., saying ...") and the source each names: a known actor
("the Syrian Observatory for Human Rights"), a country's role ("Turkish officials"), an
organisation the gazetteer does not know ("The Lenna Valley Front"), a person's role
("regional governor Oleh Syniehubov"), or a back-reference to a source named before ("it
said", "the ministry said", "the group said"). A sentence that goes on with the same kind of
count keeps the source of the one before (:func:`carry_attribution`).

>>> import datetime as dt
>>> from conflictfacts import extract_claims, parse_article
>>> page = "Nine soldiers were killed on Monday, the Defence Ministry said."
>>> extract_claims(parse_article(page, published=dt.date(2031, 5, 8)))[0].attribution.source
'Defence Ministry'
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

import attrs

from conflictfacts.claims import Attribution, Claim, ClaimKind
from conflictfacts.extraction.names import Near, PageNames
from conflictfacts.extraction.tokens import (
    DETERMINERS,
    PASSIVE_AUXILIARIES,
    WHITE_SPACE,
    Token,
    initial_dot,
    token_low,
    word_list,
)
from conflictfacts.extraction.units import Tokenized, Unit
from conflictfacts.extraction.words import (
    ATTACK_NOUNS,
    DENIAL_VERBS,
    DENIED_NOUNS,
    FALSE_WORDS,
    REPORT_TAIL,
)
from conflictfacts.gazetteer import ActorEntry, ActorKind
from conflictfacts.lexicon import FINDING, REPORTING_GERUNDS, WordTables

__all__ = [
    "Report",
    "Source",
    "Sources",
    "attribution_of",
    "carry_attribution",
    "credit_breakdown",
    "is_proper_name",
    "report_for",
]

#: What is trimmed from both ends of a phrase naming a source: white space, commas, quotes.
_PHRASE_EDGES = WHITE_SPACE + ",\"'\u201c\u201d\u2018\u2019"
#: Roles of persons who may speak: "regional governor Oleh Syniehubov", "doctors".
_PERSON_ROLES = frozenset(
    word_list(
        """governor mayor minister president spokesman spokeswoman spokesperson chief head
        commander general official officials doctor doctors medic medics director envoy
        coordinator ambassador prosecutor witness witnesses residents activists medics worker
        workers nurse nurses paramedic paramedics rescuer rescuers volunteer volunteers surgeon
        surgeons officer locals journalist
        journalists teacher schoolteacher survivor survivors villagers observers eyewitness
        eyewitnesses"""
    )
)
#: Roles of persons who speak for themselves, not for a state: after a demonym ("an Italian
#: journalist", "a Kenyan doctor") they are a person of that country, while "an Italian
#: official" or "the Italian ambassador" still speaks for Italy.
_OWN_VOICES = _PERSON_ROLES - frozenset(
    word_list(
        """governor mayor minister president spokesman spokeswoman spokesperson chief head
        commander general official officials director envoy coordinator ambassador prosecutor
        officer"""
    )
)
#: Roles of persons who speak for a state: "a Turkish provincial governor".
_STATE_ROLES = _PERSON_ROLES - _OWN_VOICES
#: Heads of a phrase that names a speaking body: "Turkish officials", "the health ministry".
_SOURCE_ROLES = frozenset(
    word_list(
        """officials authorities military army government ministry media sources source spokesman
        spokeswoman spokesperson police forces force navy presidency officers commanders group union
        organisation organization network committee council watchdog coalition association agency
        service services office guard department directorate authority administration bureau
        commission broadcaster channel newspaper outlet organizations organisations agencies
        groups monitor observatory charity"""
    )
)
#: Days that may stand between a source and its verb: "the ministry on Friday said".
_DAYS = frozenset(
    word_list("monday tuesday wednesday thursday friday saturday sunday today yesterday")
)
#: Verbs of reporting that are nouns too ("the report", "earlier reports that").
_NOUNS_TOO = frozenset(
    word_list("report reports estimate estimates count counts update updates notes put puts")
)
#: Words before a verb of reporting that make it a noun: "earlier reports that".
_NOUN_MARKS = frozenset(
    word_list(
        """earlier previous initial recent latest unconfirmed conflicting separate official
        unofficial new first final preliminary independent no"""
    )
)
#: What may follow a trailing verb of saying: "..., the ministry said." or "said \u2013 making".
_TRAILING_ENDS = frozenset([".", "!", "?", ",", "\u2013", "\u2014"])
#: How many tokens before "saying" its "with" may stand: "with the army's spokesman saying".
_WITH_REACH = 8
#: Words that open a phrase that cannot be the subject of a verb of saying.
_PREPOSITIONS = frozenset(word_list("to from into in at on near with without by of for"))
#: Quotation marks that may open a quote after "said,".
_OPENING_QUOTES = frozenset(['"', "\u201c"])
#: Verbs of saying whose source may follow them: "..., reports the BBC." ("told the media"
#: names whom it was told).
_INVERTING = frozenset(
    word_list(
        """said says reported reports added adds noted notes stated states wrote writes
        confirmed confirms announced announces"""
    )
)
#: How many tokens a source named after its verb may take: "said a spokesman for the agency".
_INVERTED_REACH = 12
#: What ends a source named after its verb.
_PHRASE_STOPS = frozenset([".", ",", ";", ":", "!", "?", "\u2013", "\u2014"])
#: Words that make the words after a verb of saying a clause, not a source's name.
_NOT_IN_A_NAME = frozenset(
    word_list(
        """that it he she they we was were is are be been had has have will would could did
        not no this there if when"""
    )
)
#: Capitalised words that open a sentence but never a name: "On Friday, in the report".
_NOT_A_NAME = frozenset(word_list("on in at by for from with after before during since while"))
#: The unnamed members of a government who speak for it: "US officials".
_UNNAMED_OFFICIALS = frozenset(["officials", "authorities"])
#: Words of whom a statement was told to: "told reporters", "told the news agency".
_LISTENERS = frozenset(
    word_list(
        """reporters journalists the a an news agency agencies media press television radio local
        state international foreign national private public wire satellite broadcaster
        broadcasters newspaper newspapers channel channels outlet outlets daily weekly state-run
        state-owned"""
    )
)
#: Words that open a clause inside an aside: "Talwatch, a group that tracks ..., said".
_CLAUSE_WORDS = frozenset(["that", "who", "which", "and"])
#: How many tokens back the comma that opens such an aside may stand.
_ASIDE_REACH = 40
#: Quotation marks that close a quote before its verb of saying: '"...," said the envoy'.
_CLOSING_QUOTES = frozenset(['"', "\u201d"])
#: Possessive pronouns: "her source" is the speaker's, not a source of its own.
_POSSESSIVES = frozenset(["her", "his", "their", "its", "our", "my"])
#: Pronouns of a quote's own speaker, who is named by the verb of saying after the quote.
_FIRST_PERSON = frozenset(["we", "i", "us", "me"])
#: Pronouns that speak for the source named before: "it said".
_PRONOUN_SOURCES = frozenset(["it", "he", "she", "they", "him", "her", "them"])
#: "The ministry", "the monitor": the last source of that kind named.
_DEFINITE_SOURCES: Mapping[str, ActorKind] = {
    "ministry": ActorKind.MINISTRY,
    "monitor": ActorKind.MONITOR,
    "observatory": ActorKind.MONITOR,
    "military": ActorKind.MILITARY,
    "army": ActorKind.MILITARY,
    "agency": ActorKind.INTERNATIONAL,
}
#: Nouns for what a source gives rather than who it is: "figures from the health ministry".
_DATA_NOUNS = frozenset(
    word_list("figures figure data statistics tally count numbers estimates statement report")
)
#: Inquiries that speak for themselves after "according to": "a military investigation".
_INQUIRIES = frozenset(
    word_list("investigation inquiry probe review assessment audit study survey analysis")
)
#: Heads of an aside that describes an organisation: "Hamas, an Iran-backed group, said".
_ORGANISATION_WORDS = frozenset(
    word_list(
        """group groups coalition front movement alliance monitor organisation organization militia
        network outfit faction affiliate offshoot umbrella body agency charity watchdog"""
    )
)
#: Which kind of named source is the speaker when a phrase names several ("the UN's monitor in
#: Syria"): the most specific reporter first.
_SOURCE_ORDER: Mapping[ActorKind, int] = MappingProxyType(
    {
        kind: rank
        for rank, kind in enumerate(
            (
                ActorKind.MONITOR,
                ActorKind.INTERNATIONAL,
                ActorKind.MINISTRY,
                ActorKind.NGO,
                ActorKind.MILITARY,
                ActorKind.GOVERNMENT,
                ActorKind.SECURITY,
                ActorKind.ARMED_GROUP,
                ActorKind.PERSON_ROLE,
                ActorKind.ALLIANCE,
                ActorKind.MEDIA,
                ActorKind.COUNTRY,
                ActorKind.OTHER,
            )
        )
    }
)


class Source(NamedTuple):
    """Who a reporting clause names, and how it reports (a tuple: made for every report)."""

    #: The source's name: the gazetteer's, or the phrase's own.
    name: str
    #: The gazetteer's entry, when it knows the source.
    entry: ActorEntry | None
    #: The phrase as written.
    text: str
    #: The reporting verb ("said", "claimed", "according to").
    verb: str | None
    #: Whether the verb keeps the outlet's distance.
    distanced: bool
    #: The source's country, when known.
    country: str | None


class Report(NamedTuple):
    """A reporting clause of a unit and the token range it covers."""

    #: Who reports.
    source: Source
    #: The first token the report covers.
    first: int
    #: The last token it covers.
    last: int
    #: Whether the source denies what the range says ("the army denied that ...").
    denied: bool = False


def attribution_of(source: Source, *, denied: bool = False) -> Attribution:
    """The attribution a claim gets from ``source``; ``denied`` when it denies the figure."""
    return Attribution(source.name, source.verb, source.distanced, source.text, denied=denied)


class Sources:
    """The speakers of one article: the reports of each sentence, and the sources named so far.

    Args:
        names: the gazetteer's names in the article.
        tables: the lexicon's words.
    """

    def __init__(self, names: PageNames, tables: WordTables) -> None:
        self._names = names
        self._tables = tables
        # the words that open a report: the verbs of saying, "according", and of denial
        self._cues = tables.report_cues | DENIAL_VERBS
        #: The source named last.
        self.last: Source | None = None
        #: The source named last of each kind (ministry, monitor...).
        self.last_by_kind: dict[ActorKind, Source] = {}
        #: The group, monitor or charity named last, for "the group said" after its officer spoke.
        self.last_organisation: Source | None = None
        # the text and tokens of the sentence read for reports last, for "it said" to look at
        self._sentence: tuple[str, Sequence[Token]] = ("", ())

    def from_phrase(
        self,
        start: int,
        text: str,
        tokens: Sequence[Token],
        first: int,
        last: int,
        verb: str | None,
        distanced: bool,
    ) -> Source | None:
        """The source the tokens ``first`` to ``last`` of ``text`` name, or ``None``.

        Args:
            start: where the unit being read starts in the article.
            text: the text that ``tokens`` index.
            tokens: its tokens.
            first: the phrase's first token.
            last: its last token.
            verb: the reporting verb.
            distanced: whether the verb keeps the outlet's distance.

        Returns:
            The source, or ``None`` when the phrase names none.
        """
        at = tokens[first].start
        raw = text[at : tokens[last].end]
        phrase = raw.strip(_PHRASE_EDGES)
        if not phrase:
            return None
        while first <= last and tokens[first].text in _PHRASE_EDGES:
            first += 1
        while last >= first and tokens[last].text in _PHRASE_EDGES:
            last -= 1
        phrase_tokens = tokens[first : last + 1]
        words = list(map(token_low, phrase_tokens))
        if not words or ("than" in words and any(t.text.isdigit() for t in phrase_tokens)):
            return None  # "which is 200,000 more than the agency had recorded": a figure's clause
        lo = start + at + len(raw) - len(raw.lstrip(_PHRASE_EDGES))
        matches = self._names.actors(lo, lo + len(phrase))
        if matches:
            best = _best_source_match([m.entry for m in matches])
            entry = best
            role = next((w for w in reversed(words) if w in _SOURCE_ROLES), None)
            if entry.kind is ActorKind.COUNTRY and role is None:
                # "an Italian journalist", "a Sudanese doctor": a person, not the country
                for match in matches:
                    if match.entry.kind is not ActorKind.COUNTRY:
                        continue
                    country_at = match.start + lo - start
                    after = [t for t in phrase_tokens if t.start >= match.end + lo - start][:2]
                    person = next((t for t in after if t.low in _OWN_VOICES), None)
                    if person is not None:
                        label = text[country_at : person.end]
                        return Source(label, None, phrase, verb, distanced, None)
                    role_word = next((t for t in after[1:] if t.low in _STATE_ROLES), None)
                    if role_word is not None:
                        # "a Syrian health official": the state's officer, in the page's words
                        # ("an Italian official" alone speaks for Italy)
                        label = text[country_at : role_word.end]
                        return Source(label, None, phrase, verb, distanced, match.entry.name)
                    lead = next((t for t in phrase_tokens if t.low not in DETERMINERS), None)
                    if lead is not None and lead.low in _STATE_ROLES and lead.start < country_at:
                        # "Rahmi Vale, the governor of Turkey's Talvera province, said": the
                        # officer named before the apposition, else the state's officer
                        served = match.entry
                        named = _name_before(tokens, first)
                        demonym = served.demonyms[0] if served.demonyms else served.name
                        label = named or f"{demonym} {lead.low}"
                        return Source(label, None, phrase, verb, distanced, served.name)
            state = self._names.entry(entry.country) if entry.country else None
            if entry.kind is ActorKind.COUNTRY and role is not None:
                demonym = entry.demonyms[0] if entry.demonyms else entry.name
                # "Lebanon's General Security agency": the body's own name, kept
                titled = _titled_before_role(phrase_tokens, entry, matches, lo - start, role)
                if titled:
                    written = next(t.text for t in reversed(phrase_tokens) if t.low == role)
                    name = f"{demonym} {titled} {written}"
                else:
                    name = f"{demonym} {role}"
            elif (
                entry.kind is ActorKind.GOVERNMENT
                and state is not None
                and words[-1] in _UNNAMED_OFFICIALS
            ):
                # "US officials", "Turkish authorities": who spoke, not the government itself
                demonym = state.demonyms[0] if state.demonyms else state.name
                name = f"{demonym} {words[-1]}"
            elif entry.kind is ActorKind.COUNTRY and "monitor" in words:
                monitor = self._monitor_of(entry.name, words)
                if monitor is not None:
                    entry = monitor
                name = entry.label()
            else:
                name = entry.label()  # "Syrian Observatory for Human Rights (SOHR)"
            if entry.kind is ActorKind.PERSON_ROLE:
                # "Turkish President Recep Tayyip Erdogan": the office and who holds it
                role_end = max(m.end for m in matches if m.entry is entry) + lo - start
                holder = _holder_after(phrase_tokens, role_end)
                if not holder and len(phrase_tokens) and phrase_tokens[-1].end <= role_end:
                    # "Turkey's president said": who the page says holds the office
                    holder = self._names.holder(entry)
                if holder:
                    name = f"{name} {holder}"
            else:
                # "Iraqi army Lt. Gen. Daro Vale": the officer, not the force
                body = max((m.end for m in matches if m.entry is entry), default=None)
                officer = _officer_after(text, phrase_tokens, body + lo - start) if body else ""
                if officer:
                    name = officer
            if entry.kind is not ActorKind.MEDIA and verb == "according to":
                # "according to a UN report": the body's report, a document of its own; "a PTI
                # report" is the outlet's own reporting
                end = max(m.end for m in matches if m.entry is entry) + lo - start
                head = next((t for t in phrase_tokens if t.start >= end), None)
                if head is not None and head.low == "report":
                    name = f"{name} report"
            country = entry.country or (entry.name if entry.kind is ActorKind.COUNTRY else None)
            return Source(name, entry, phrase, verb, distanced, country)
        if words[0] in _POSSESSIVES and any(w in {"source", "sources"} for w in words):
            return None  # "her source in the town confirmed": the speaker's, who stands for it
        if words == [words[-1]] and words[-1] in _FIRST_PERSON:
            return None  # '"We counted 21 bodies," he said': the speaker is named elsewhere
        if words[-1] in _PRONOUN_SOURCES or (len(words) <= 3 and words[-1] == "statement"):
            previous = self._speaker(start) or self.last
            if previous is None:
                return None
            return previous._replace(text=phrase, verb=verb, distanced=distanced)
        for word in reversed(words):
            if word in _DEFINITE_SOURCES and words[0] in {"the", "this", "that"}:
                previous = self.last_by_kind.get(_DEFINITE_SOURCES[word])
                if previous is not None:
                    return previous._replace(text=phrase, verb=verb, distanced=distanced)
        # "a local rights group said ... The group said": the source named last, or the
        # organisation named last when its officer spoke since ("the monitor's head said")
        for named_last in (self.last, self.last_organisation):
            if named_last is not None and _refers_to(words, named_last):
                return named_last._replace(text=phrase, verb=verb, distanced=distanced)
        proper = [t for t in phrase_tokens if t.low not in DETERMINERS and t.text.isalpha()]
        if (
            proper
            and len(proper) <= 6
            and proper[0].low not in _NOT_A_NAME
            and not all(t.low in _DAYS for t in proper)
            and all(t.text[0].isupper() or t.low in {"of", "for", "and"} for t in proper)
            and proper[0].low not in _PRONOUN_SOURCES
        ):
            # an organisation the gazetteer does not know: "The Lenna Valley Front"
            name = " ".join(t.text for t in proper)
            places = self._names.places(lo, lo + len(phrase))
            if any(m.end - m.start >= len(phrase) for m in places):
                return None  # "West Darfur": a place the gazetteer knows speaks for no one
            return Source(name, None, phrase, verb, distanced, None)
        if len(words) <= 8 and any(w in _PERSON_ROLES for w in words):
            # "regional governor Oleh Syniehubov", "activists", "doctors at the hospital"
            label = _source_label(phrase_tokens)
            return Source(label, None, phrase, verb, distanced, None)
        if (
            len(words) >= 2
            and words[-1] in _DATA_NOUNS
            and phrase_tokens[-2].text[:1].isupper()
            and verb == "according to"
        ):
            # "according to a PTI report": the one whose report it is
            return self.from_phrase(start, text, tokens, first, last - 1, verb, distanced)
        inquiry = next((k for k, w in enumerate(words) if w in _INQUIRIES), None)
        if verb == "according to" and inquiry is not None and inquiry <= 3:
            # "according to an army inquiry released on Monday": the inquiry
            return Source(
                _source_label(phrase_tokens[: inquiry + 1]), None, phrase, verb, distanced, None
            )
        if len(words) > 8 or not any(w in _SOURCE_ROLES or w == "monitor" for w in words):
            return None
        label = _source_label(phrase_tokens)
        return Source(label, None, phrase, verb, distanced, None)

    def _speaker(self, start: int) -> Source | None:
        """The opening noun phrase of the sentence read for reports last, when it speaks."""
        text, tokens = self._sentence
        if not tokens:
            return None
        self._sentence = ("", ())  # the opening phrase itself may be a pronoun: no recursion
        opening = self.sentence_subject(start, text, tokens, "said", False)
        self._sentence = (text, tokens)
        if opening is None:
            return None
        if opening.entry is not None or opening.name.split()[-1].lower() in _SOURCE_ROLES:
            return opening
        return None

    def sentence_subject(
        self, start: int, text: str, tokens: Sequence[Token], verb: str, distanced: bool
    ) -> Source | None:
        """The sentence's opening noun phrase, as the speaker of a coordinated verb."""
        # a known name opening the sentence, whatever its small words ("The Group to Support ...")
        opening = tokens[1].start if len(tokens) > 1 and tokens[0].low in DETERMINERS else 0
        named = next(
            (m for m in self._names.actors(start, start + len(text)) if m.start == opening), None
        )
        if named is not None:
            last = next((i for i, t in enumerate(tokens) if t.end >= named.end), len(tokens) - 1)
            return self.from_phrase(start, text, tokens, 0, last, verb, distanced)
        end = 0
        while (
            end < len(tokens)
            and end < 8
            and (tokens[end].text[:1].isupper() or tokens[end].low in DETERMINERS)
        ):
            end += 1
        if end == 0:
            return None
        return self.from_phrase(start, text, tokens, 0, end - 1, verb, distanced)

    def _monitor_of(self, country: str, words: Sequence[str]) -> ActorEntry | None:
        """The monitor meant by "a <demonym> (opposition) war monitor"."""
        last = self.last_by_kind.get(ActorKind.MONITOR)
        if last is not None and last.entry is not None and last.entry.country == country:
            return last.entry
        wanted = {w for w in words if w not in DETERMINERS}
        best: tuple[int, ActorEntry] | None = None
        for entry in self._names.gazetteer.actors:
            if entry.kind is not ActorKind.MONITOR or entry.country != country:
                continue
            names = " ".join(entry.names()).lower()
            score = sum(1 for w in wanted if w in names)
            if best is None or score > best[0]:
                best = (score, entry)
        return best[1] if best else None

    def _remember(self, source: Source) -> None:
        self.last = source
        if source.entry is not None:
            self.last_by_kind[source.entry.kind] = source
        if _is_organisation(source):
            self.last_organisation = source

    def reports(self, here: Tokenized) -> list[Report]:
        """Reporting clauses of a unit: leading, trailing and "according to".

        Args:
            here: the unit being read.

        Returns:
            The reports, each with the token range of the unit it covers; their sources are
            remembered as the sources named last.
        """
        reports: list[Report] = []
        source: Source | None
        tables = self._tables
        kind_after, kind_before = tables.after, tables.before
        plain, at_a_distance = tables.reporting, tables.distanced
        start, text, tokens = here.start, here.text, here.tokens
        n = len(tokens)
        # a wire dateline ("KORSA, Veland (AP) -") opening the body names no speaker
        floor = 0
        if here.dateline_end:
            floor = bisect.bisect_left(here.token_starts(), here.dateline_end)
        self._sentence = (text, tokens)
        # only reporting verbs and "according" open a report: visit those tokens alone
        # the indices whose word opens a report, picked out without a Python-level loop
        cues = self._cues
        openers = itertools.compress(range(n), map(cues.__contains__, map(token_low, tokens)))
        consumed = -1  # the last token of an "according to" phrase read so far
        for i in list(openers):
            low = tokens[i].low
            if i <= consumed:
                continue  # "according to a UN report": the noun is not a verb of its own
            if low == "according" and i + 1 < n and tokens[i + 1].low == "to":
                j = i + 2
                before = self._tables.before
                while (
                    j < n
                    and j < i + 14
                    and (tokens[j].text not in {",", ".", ";", ":"} or initial_dot(tokens, j))
                    and (j == i + 2 or tokens[j].low not in before)
                ):
                    j += 1  # "which according to the governor killed 12": the verb ends it
                consumed = j - 1
                if j > i + 2:
                    source = self.from_phrase(
                        start, text, tokens, i + 2, j - 1, "according to", False
                    )
                    if source is not None:
                        reports.append(Report(source, 0, n - 1))
                continue
            if low in REPORTING_GERUNDS and not (i + 1 < n and tokens[i + 1].low == "that"):
                continue  # "adding to fears": only "..., adding that 12 died" reports
            if low == "saying" or low in REPORTING_GERUNDS:
                if i > 1 and tokens[i - 1].text == ",":
                    # "The group claimed the attack, saying its fighters had killed dozens": the
                    # sentence's subject speaks
                    speaker = (
                        reports[-1].source
                        if reports
                        else self.sentence_subject(start, text, tokens, "said", False)
                    )
                    if reports and reports[-1].denied and speaker is not None:
                        # "denied that 40 died, saying 12 were killed": what it says instead
                        speaker = speaker._replace(verb="saying")
                    if speaker is not None:
                        reports.append(Report(speaker, i + 1, n - 1))
                elif (quoted := _quoted_as_saying(tokens, i, floor)) is not None:
                    # "the agency cited a militia commander as saying 9 were killed"
                    last = i - 2
                    for k in range(quoted + 2, i - 2):
                        if tokens[k].low in _AFTER_ROLE and tokens[k - 1].low in _PERSON_ROLES:
                            last = k - 1  # "a commander with the militia near Kutum"
                            break
                    speaker = self.from_phrase(start, text, tokens, quoted + 1, last, "said", False)
                    if speaker is not None:
                        reports.append(Report(speaker, i + 1, n - 1))
                else:
                    # "..., with President Lenz saying 30 soldiers were killed": who says it
                    opener = next(
                        (
                            w
                            for w in range(i - 2, max(floor, i - _WITH_REACH) - 1, -1)
                            if tokens[w].low == "with"
                        ),
                        None,
                    )
                    if opener is not None and not any(
                        t.low in _NOT_IN_A_NAME or t.low == "as" for t in tokens[opener + 1 : i]
                    ):  # "cited a commander with pro-Assad forces as saying": no "with" speaker
                        speaker = self.from_phrase(
                            start, text, tokens, opener + 1, i - 1, "said", False
                        )
                        if speaker is not None:
                            reports.append(Report(speaker, i + 1, n - 1))
                continue
            denial = _denied_from(tokens, i) if low in DENIAL_VERBS else None
            if low in DENIAL_VERBS and denial is None:
                continue  # "denied involvement", "rejected the ceasefire": no report denied
            if denial is not None and i > 1 and tokens[i - 1].text == ",":
                # "The army issued a statement, denying that 40 soldiers died": the
                # sentence's subject denies
                speaker = (
                    reports[-1].source
                    if reports
                    else self.sentence_subject(start, text, tokens, low, False)
                )
                if speaker is not None:
                    reports.append(Report(speaker, denial, n - 1, True))
                continue
            if low in FINDING and not (i + 1 < n and tokens[i + 1].low == "that"):
                continue  # "rescuers found 12 bodies": a finding only of a "that" clause
            reporting = low in plain or low in FINDING or denial is not None
            distanced = low in at_a_distance and denial is None
            if not (reporting or distanced):
                continue
            if low in DENIED_NOUNS and _is_object(tokens, i, cues):
                # "denied reports that", "said claims of ... were false": the noun is what the
                # verb before it takes, not a verb of its own
                continue
            if (
                i > 0
                and low in _NOUNS_TOO
                and (tokens[i - 1].low in DETERMINERS or tokens[i - 1].low in _NOUN_MARKS)
            ):
                # "in the report to the council", "earlier reports that": a noun; "correcting
                # earlier reports that 12 were killed" credits those reports with the clause
                if tokens[i - 1].low in _NOUN_MARKS and i + 1 < n and tokens[i + 1].low == "that":
                    phrase = text[tokens[i - 1].start : tokens[i].end]
                    label = phrase.lower()
                    reports.append(
                        Report(Source(label, None, phrase, "reported", True, None), i + 2, n - 1)
                    )
                continue
            following = tokens[i + 1].low if i + 1 < n else ""
            after_that = tokens[i + 2].low if i + 2 < n else ""
            if following in {"responsibility", "victory", "credit", "control"} or (
                following == "the" and after_that in {"lives", "life"}
            ):
                continue  # "claimed the lives of", "claimed responsibility": not a report
            if following == "by" and reporting:
                # "..., as reported by Lebanon's Health Ministry.": the source follows the verb
                end = i + 2
                while end < n and end < i + 12 and tokens[end].text not in {",", ".", ";", ":"}:
                    end += 1
                if end > i + 2:
                    by = self.from_phrase(start, text, tokens, i + 2, end - 1, low, distanced)
                    if by is not None:
                        back = i - 1 if i > 0 and tokens[i - 1].low == "as" else i
                        reports.append(Report(by, 0, back - 1))
                continue
            if i > 0 and tokens[i - 1].low in PASSIVE_AUXILIARIES and low in _UPDATING_VERBS:
                continue  # "the toll had been revised to 1,200": no speaker before the verb
            if distanced and following in {"the", "an", "a", "this", "that", "both"} and (
                after_that in ATTACK_NOUNS
                or (
                    following != "that"
                    and any(t.low in ATTACK_NOUNS for t in tokens[i + 2 : i + 6])
                )
                or after_that in {"killing", "killings", "kidnapping"}
            ):
                continue  # "claimed the attack": responsibility, not a report
            after_quote = (
                i > floor + 2
                and tokens[i - 1].text in _CLOSING_QUOTES
                and tokens[i - 2].text == ","
            )
            if (
                (after_quote or (i > floor + 1 and tokens[i - 1].text == ","))
                and low in _INVERTING
                and denial is None
            ):
                # inverted: "..., reports the BBC.", "..., said a spokesman for the agency.",
                # '"...," said police official Ali Dar'
                inverted = self._after_verb(here, i, low)
                if inverted is not None:
                    reports.append(Report(inverted, 0, i - 2))
                    continue
            # the source stands right before the verb: back to a comma, quote or clause word
            k = i - 1
            while k >= 0 and tokens[k].low in _BEFORE_REPORTING:
                k -= 1
            closed = k > 0 and tokens[k].text == ","
            if closed:
                k -= 1  # "The army, for its part, said": the aside ends with a comma
            if k > 1 and tokens[k].low in _DAYS and tokens[k - 1].low == "on":
                k -= 2  # "the health ministry on Friday updated": the day is the report's
            first = k
            while (
                first >= floor
                and i - first <= 12
                and (
                    tokens[first].text not in {",", ";", ":", "(", ")", '"', "“", "”"}
                    or _in_acronym(tokens, first)
                    or _in_number(tokens, first)
                )
                and tokens[first].low not in {"that", "and", "while", "as", "but", "which"}
                and tokens[first].text != "who"  # not "the WHO"
                and tokens[first].low not in kind_after
                and tokens[first].low not in kind_before
                and not (
                    first < i and tokens[first].low in plain and tokens[first].low not in _NOUNS_TOO
                )
            ):  # "The group said in a statement posted online that": "posted" has no subject
                first -= 1
            first += 1
            source = None
            relative = self._before_relative(here, first, floor, low, distanced)
            described = (
                self._described(here, first, floor, low, distanced)
                if closed and first > floor and tokens[first - 1].text in _CLAUSE_WORDS
                else None
            )
            if described is not None:
                # "Talwatch, a monitor counting the dead across Iraq and Syria, said": the name the
                # aside describes, not a name inside its clause
                source = described
            elif relative is not None:
                source = relative
            elif first > k:
                if k >= 0 and tokens[k].low == "and":
                    # "... puts the toll at 19, and says 21 soldiers died": the same speaker
                    source = (
                        reports[-1].source
                        if reports
                        else self.sentence_subject(start, text, tokens, low, distanced)
                    )
            else:
                source = (
                    None
                    if tokens[first].low in _PREPOSITIONS
                    else self.from_phrase(start, text, tokens, first, k, low, distanced)
                )  # "A doctor who fled to Chad, told the paper": "to Chad" is no speaker
                aside = first >= 2 and tokens[first - 1].text == ","
                if aside and tokens[first].low in {"a", "an"}:
                    # "Hamas, an Iran-backed group, said": the name before the aside speaks
                    named = self._named_before_aside(here, first - 1, floor, low, distanced)
                    if named is not None and (
                        named.entry is not None or tokens[k].low in _ORGANISATION_WORDS
                    ):
                        source = named
                if source is None:
                    source = self._before_asides(here, first - 1, floor, low, distanced)
                elif aside and source.entry is None and _holder_after(tokens[first : k + 1], -1):
                    # "Turkish Defense Minister, Hulusi Akar, said": the office before the name
                    office = self._before_asides(here, first - 1, floor, low, distanced)
                    if office is not None and office.entry is not None:
                        written = office.text.split() if office.text else []
                        if office.entry.kind is ActorKind.PERSON_ROLE:
                            source = office._replace(name=f"{office.name} {source.name}")
                        elif written and written[-1].lower() in _PERSON_ROLES:
                            # "the Houthi military spokesman, Ali Varo, said": a party's officer
                            role = " ".join(w for w in written if w.lower() not in DETERMINERS)
                            source = office._replace(name=f"{role} {source.name}")
            if source is None:
                continue
            if denial is not None:
                # "The army denied (reports) that 40 soldiers were killed": all that the
                # denial governs; an affirmation after it ("..., saying 12 died") is narrower
                reports.append(Report(source, denial, n - 1, True))
                continue
            tail = i + 1
            if low in {"told", "tells"}:
                # "..., spokeswoman Sandra Black told AFP on Wednesday.": whom it was told
                while (
                    tail < n
                    and tail < i + 5
                    and (tokens[tail].text[:1].isupper() or tokens[tail].low in _LISTENERS)
                ):
                    tail += 1  # "told reporters", "told the media", "told Sudan Tribune"
            while tail < n and (
                tokens[tail].low in REPORT_TAIL
                or (
                    tokens[tail].low == "at"
                    and tail + 2 < n
                    and tokens[tail + 1].low in {"a", "an", "the"}
                    and tokens[tail + 2].low in REPORT_TAIL
                )
            ):  # "said at a news conference", but not "said at least 14"
                tail += 1
            if (
                tail + 1 < n
                and tokens[tail].text == ","
                and tokens[tail + 1].low in {"bringing", "raising", "taking", "pushing"}
            ):
                # "..., the military said, bringing the toll to 412": the tally is its too
                reports.append(Report(source, 0, n - 1))
            elif tail >= n or tokens[tail].text in _TRAILING_ENDS:
                # trailing: "..., the ministry said." covers what came before it; a denial
                # before it ("The army denied reports of 40 dead, the agency said.") ends there
                reports[:] = [
                    r._replace(last=first - 1) if r.denied and r.first < first <= r.last else r
                    for r in reports
                ]
                reports.append(Report(source, 0, first - 1))
                if (
                    tail + 1 < n
                    and tokens[tail].text == ","
                    and tokens[tail + 1].text in _OPENING_QUOTES
                ):
                    # 'The envoy said, "We lost 12 men."': the quote after the verb is its too
                    reports.append(Report(source, tail + 2, n - 1))
            else:
                false = _called_false(tokens, tail)
                if false is not None:
                    # "The army said reports of 40 dead were false": the reports are denied
                    reports.append(Report(source, tail, false - 1, True))
                reports.append(Report(source, tail, n - 1))
        for report in reports:
            self._remember(report.source)
        return reports

    def _after_verb(self, here: Tokenized, verb: int, low: str) -> Source | None:
        """The source named right after a verb of saying that follows a comma, or ``None``.

        "..., reports the BBC.", "..., said a spokesman for the Vessa governorate,": a noun
        phrase up to the next comma or stop, with no verb or figure in it.
        """
        tokens = here.tokens
        n = len(tokens)
        end = verb + 1
        while end < n and end - verb <= _INVERTED_REACH and tokens[end].text not in _PHRASE_STOPS:
            word = tokens[end]
            if (
                word.low in _NOT_IN_A_NAME
                or word.low in _NOT_A_NAME - {"for", "of"}
                or any(c.isdigit() for c in word.text)
                or (word.text.islower() and word.low.endswith(("ed", "ing")))
            ):
                return None  # "..., said the attack was repelled": a clause, not a name
            end += 1
        if end == verb + 1 or (end < n and tokens[end].text not in _PHRASE_STOPS):
            return None
        return self.from_phrase(here.start, here.text, tokens, verb + 1, end - 1, low, False)

    def _before_asides(
        self, here: Tokenized, end: int, floor: int, verb: str, distanced: bool
    ) -> Source | None:
        """The speaker before the asides that end at token ``end``, up to three back.

        "The monitor, a group that tracks ..., said": the speaker stands before an aside; walk
        back one comma-delimited segment at a time.
        """
        tokens = here.tokens
        source = None
        hops = 0
        while source is None and end > 0 and hops < 3:
            while end >= floor and tokens[end].text != ",":
                end -= 1
            if end <= floor:
                break
            begin = end - 1
            while (
                begin >= floor
                and tokens[begin].text not in {",", ";", ":"}
                and (end - begin <= 14)
            ):
                begin -= 1
            cut = next(
                (
                    x
                    for x in range(begin + 1, end)
                    if tokens[x].low in {"that", "which", "who", "whose"}
                ),
                end,
            )
            if begin + 1 < cut:
                source = self.from_phrase(
                    here.start, here.text, tokens, begin + 1, cut - 1, verb, distanced
                )
            end = begin
            hops += 1
        return source

    def _before_relative(
        self, here: Tokenized, first: int, floor: int, verb: str, distanced: bool
    ) -> Source | None:
        """The name an aside with a relative clause describes, when it speaks.

        "Emergency, an Italian charity that runs hospitals in Kutum, said": the words before
        the verb are the relative clause's; the charity, named before the aside, speaks.
        """
        tokens = here.tokens
        pronoun = first - 1
        if pronoun < 1 or tokens[pronoun].low not in {"that", "which", "who"}:
            return None
        comma = pronoun - 1
        while comma > floor and pronoun - comma <= 6 and tokens[comma].text != ",":
            comma -= 1
        if tokens[comma].text != "," or tokens[comma + 1].low not in {"a", "an", "the"}:
            return None
        head = {t.low for t in tokens[comma + 1 : pronoun]}
        if head.isdisjoint(_ORGANISATION_WORDS) and head.isdisjoint(_PERSON_ROLES):
            return None
        return self._named_before_aside(here, comma, floor, verb, distanced, single=True)

    def _described(
        self, here: Tokenized, first: int, floor: int, verb: str, distanced: bool
    ) -> Source | None:
        """The name before an aside whose clause ends just before ``first``'s verb."""
        tokens = here.tokens
        for comma in range(first - 2, max(floor, first - _ASIDE_REACH) - 1, -1):
            if tokens[comma].text in {";", ":", ".", "(", ")"}:
                return None
            if tokens[comma].text == ",":
                return self._named_before_aside(
                    here, comma, floor, verb, distanced, single=True
                )
        return None

    def _named_before_aside(
        self,
        here: Tokenized,
        comma: int,
        floor: int,
        verb: str,
        distanced: bool,
        *,
        single: bool = False,
    ) -> Source | None:
        """The known or proper name that an aside opening at ``comma`` describes."""
        tokens = here.tokens
        begin = comma - 1
        while begin >= floor and comma - begin <= 10 and tokens[begin].text not in {",", ";", ":"}:
            begin -= 1
        if begin >= floor and tokens[begin].text not in {",", ";", ":"}:
            return None  # a long clause, not a name: "... by the RSF and allied militia, a report"
        begin += 1
        if begin >= comma or not (tokens[begin].text[:1].isupper() or begin < comma - 1):
            return None
        if any(
            t.low in _NOT_IN_A_NAME or any(c.isdigit() for c in t.text)
            for t in tokens[begin:comma]
        ):
            return None  # "the toll climbed to 54, a clinic official said": a clause
        source = self.from_phrase(here.start, here.text, tokens, begin, comma - 1, verb, distanced)
        if source is None or (
            source.entry is None
            and not is_proper_name(source.name)
            and not (single and begin == comma - 1 and tokens[begin].text[:1].isupper())
        ):
            return None
        return source


def report_for(reports: Sequence[Report], phrase_first: int) -> Report | None:
    """The narrowest of ``reports`` that covers the token ``phrase_first``."""
    best: Report | None = None
    for report in reports:
        if report.first <= phrase_first <= report.last and (
            best is None or report.last - report.first < best.last - best.first
        ):
            best = report
    return best


def carry_attribution(
    previous: Sequence[Claim], unit: Unit, claims: list[Claim], *, names_agent: bool = False
) -> None:
    """A sentence that goes on with the same kind of count keeps the previous source.

    Args:
        previous: the claims of the sentence before (see the reader's memory).
        unit: the unit whose ``claims`` were just read.
        claims: its claims; those with no source of their own get one in place.
        names_agent: whether the unit says who carried out an attack ("militants raided
            the town"): it is the outlet's own account, and its claims keep no source.
    """
    # a denial is no source to carry: the next sentence's figure is not what it denied
    before = [c for c in previous if c.attribution is not None and not c.attribution.denied]
    if not before or unit.is_caption:
        return
    for i, claim in enumerate(claims):
        if claim.attribution is not None or names_agent:
            # "IS militants exterminated dozens": a sentence that says who did what it counts
            # is the outlet's own account, not the report before going on
            continue
        # the same kind of count for the same time: a breakdown or a sequel of that report;
        # or another casualty count of the same group that says it goes on ("a fourth guard
        # was hurt", "the raid also left six guards hurt")
        words = claim.sentence.lower().split()
        # (not one that tells of a report of its own: "another 300 were reported hurt")
        sequel = _SEQUEL_WORDS.intersection(words[:8]) and _OWN_REPORT.isdisjoint(words)
        source = next(
            (
                c.attribution
                for c in before
                if (
                    c.kind is claim.kind
                    or (
                        sequel
                        and c.kind in _CASUALTY_KINDS
                        and claim.kind in _CASUALTY_KINDS
                        and c.subject.category == claim.subject.category
                    )
                )
                and (c.time is None or claim.time is None or c.time.overlaps(claim.time))
                and not _other_side(c, claim)
            ),
            None,
        )
        if source is not None:
            claims[i] = attrs.evolve(claim, attribution=source)


#: Kinds of casualty counts that one report gives together.
_CASUALTY_KINDS = frozenset({ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.MISSING})
#: Words by which a sentence tells of a report of its own.
_OWN_REPORT = frozenset(["reported", "reportedly", "said", "according", "claimed"])
#: Words early in a sentence that say it goes on with the report before.
_SEQUEL_WORDS = frozenset(["also", "another", "second", "third", "fourth", "fifth", "others"])


def _other_side(before: Claim, claim: Claim) -> bool:
    """Whether two claims count the dead of different sides.

    "12 Turkish soldiers died, according to Turkish officials" and then "the blast also killed
    60 Syrians" are not the same report's figures.
    """
    one, other = before.subject.affiliation, claim.subject.affiliation
    return one is not None and other is not None and one != other


def credit_breakdown(previous: Sequence[Claim], found: Sequence[Claim]) -> list[Claim]:
    """The claims of a sentence, credited to the source of the breakdown that follows it.

    "Fighting claimed 27 lives. According to the monitor, 11 soldiers and 14 rebels were
    killed.": the breakdown's source stands for the total before it.
    """
    sources = {
        c.kind: c.attribution
        for c in found
        if c.attribution is not None and not c.attribution.denied
    }
    return [
        attrs.evolve(claim, attribution=sources.get(claim.kind))
        if claim.attribution is None and claim.kind in sources
        else claim
        for claim in previous
    ]


def _is_mark(token: Token) -> bool:
    """Whether ``token`` may stand before a noun of report: "the", "earlier", "media"."""
    return token.low in DETERMINERS or token.low in _NOUN_MARKS or token.low == "media"


def _denied_from(tokens: Sequence[Token], verb: int) -> int | None:
    """Where what the denial verb at ``verb`` denies starts, or ``None`` when it denies no report.

    "denied that ...", "denied (the) reports that ...", "rejected claims of ...": the clause or
    the noun of report the verb takes. "denied involvement" denies no figure.
    """
    n = len(tokens)
    at = verb + 1
    while at < n and at - verb <= 3 and _is_mark(tokens[at]):
        at += 1
    if at < n and tokens[at].low in DENIED_NOUNS:
        at += 1
        return at + 1 if at < n and tokens[at].low in {"that", "of"} else None
    if at == verb + 1 and at < n and tokens[at].low == "that":
        return at + 1
    return None


def _is_object(tokens: Sequence[Token], noun: int, cues: frozenset[str]) -> bool:
    """Whether the noun of report at ``noun`` is the object of a verb of saying or denial."""
    at = noun - 1
    while at >= 0 and noun - at <= 3 and _is_mark(tokens[at]):
        at -= 1
    return at >= 0 and tokens[at].low in cues and tokens[at].low not in DENIED_NOUNS


def _called_false(tokens: Sequence[Token], tail: int) -> int | None:
    """Where a clause calls the reports opening at ``tail`` false, or ``None``.

    "reports of 40 dead were false", "claims that 40 died are baseless": the index of the
    verb before the verdict, within the clause (up to the next comma or stop).
    """
    n = len(tokens)
    at = tail
    while at < n and at - tail <= 3 and _is_mark(tokens[at]):
        at += 1
    if at >= n or tokens[at].low not in DENIED_NOUNS:
        return None
    for j in range(at + 1, min(n - 1, at + 24)):
        if tokens[j].text in {",", ";", ".", ":"}:
            return None
        if tokens[j].low in {"was", "were", "is", "are"}:
            verdict = j + 1
            if tokens[verdict].low in {"completely", "entirely", "totally"} and verdict + 1 < n:
                verdict += 1
            if tokens[verdict].low in FALSE_WORDS:
                return j
    return None


#: Verbs of reporting that also change a figure: in the passive their subject is the figure.
_UPDATING_VERBS = frozenset(
    ["revised", "updated", "raised", "lowered", "corrected", "adjusted", "put", "recorded",
     "reported", "confirmed"]
)  # fmt: skip
#: Words between a source and its verb: "the ministry has also said", "the agency now puts".
_BEFORE_REPORTING = frozenset(
    ["have", "has", "had", "also", "later", "earlier", "now", "again", "previously", "still"]
)


def _in_number(tokens: Sequence[Token], at: int) -> bool:
    """Whether the comma at token ``at`` is a thousands separator: "200,000"."""
    return (
        0 < at < len(tokens) - 1
        and tokens[at - 1].end == tokens[at].start
        and tokens[at + 1].start == tokens[at].end
        and tokens[at - 1].text[-1:].isdigit()
        and tokens[at + 1].text[:1].isdigit()
    )


def _in_acronym(tokens: Sequence[Token], at: int) -> bool:
    """Whether token ``at`` belongs to a bracketed acronym after a name: "... Rights (SOHR)"."""
    return any(
        opening >= 0
        and opening + 2 < len(tokens)
        and tokens[opening].text == "("
        and tokens[opening + 2].text == ")"
        and tokens[opening + 1].text.isupper()
        for opening in (at, at - 1, at - 2)
    )


#: Ranks and titles that open an officer's name after the body they serve.
_RANKS = frozenset(
    word_list(
        """general gen brigadier colonel col lieutenant lt major maj captain capt sergeant sgt
        admiral adm commander cmdr spokesman spokeswoman spokesperson"""
    )
)


def _officer_after(text: str, tokens: Sequence[Token], end: int) -> str:
    """The rank and name that close a phrase after a body ending at ``end``, or ""."""
    after = [t for t in tokens if t.start >= end]
    if not 2 <= len(after) <= 8 or after[0].low.rstrip(".") not in _RANKS:
        return ""
    if not all(t.text[:1].isupper() or t.text == "." for t in after):
        return ""
    named = [t for t in after if t.low.rstrip(".") not in _RANKS and t.text != "."]
    if not named or not named[-1].text.isalpha() or len(named[-1].text) < 2:
        return ""  # a rank with no name after it
    return text[after[0].start : after[-1].end]


def _holder_after(tokens: Sequence[Token], end: int) -> str:
    """The person's name that closes a phrase after an office ending at ``end``, or ""."""
    after = [t for t in tokens if t.start >= end]
    if not 1 <= len(after) <= 4 or after[0].start == end or len(after) < len(
        [t for t in tokens if t.end > end]
    ):
        return ""  # "the Prime Minister's Office": the office's, not a person
    if any(t.low in _SOURCE_ROLES for t in after):
        return ""
    if not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in after):
        return ""
    return " ".join(t.text for t in after)


#: Verbs that quote a speaker "as saying": "cited a commander as saying", "quoted X as saying".
_QUOTING = frozenset(["cited", "cites", "citing", "quoted", "quotes", "quoting"])
#: Words after a person's role that start what qualifies it: "a commander with the army".
_AFTER_ROLE = frozenset(["with", "in", "from", "at", "near", "on"])
#: How many tokens a quoted speaker may run between the verb and "as saying".
_QUOTED_REACH = 14


def _quoted_as_saying(tokens: Sequence[Token], saying: int, floor: int) -> int | None:
    """The quoting verb's token of "<cited / quoted> X as saying", for "saying" at ``saying``."""
    if saying < 3 or tokens[saying - 1].low != "as":
        return None
    for k in range(saying - 3, max(floor, saying - _QUOTED_REACH) - 1, -1):
        low = tokens[k].low
        if low in _QUOTING:
            return k
        if low in {".", ";", ":"}:
            return None
    return None


#: What may stand before the name of :func:`_name_before`: it opens the clause.
_NAME_OPENERS = frozenset([",", ".", "(", ")", ":", "\u2014"])


def _titled_before_role(
    tokens: Sequence[Token],
    entry: ActorEntry,
    matches: Sequence[Near[ActorEntry]],
    shift: int,
    role: str,
) -> str:
    """The words between a country and a role, or "".

    "General Security" in "Lebanon's General Security agency", "emergency" in "Ukraine's
    emergency service"; "" when there are none, or anything but words stands between.
    """
    end = max((m.end + shift for m in matches if m.entry is entry), default=None)
    if end is None:
        return ""
    between: list[Token] = []
    for token in tokens:
        if token.start < end:
            continue
        if token.low == role:
            break
        if not token.text.isalpha() or token.low in DETERMINERS:
            return ""
        between.append(token)
    else:
        return ""
    return " ".join(t.text for t in between) if len(between) <= 4 else ""


def _name_before(tokens: Sequence[Token], first: int) -> str:
    """The person's name just before an apposition at token ``first``: "<Name>, the ...", or ""."""
    k = first - 1
    if k < 1 or tokens[k].text != ",":
        return ""
    name: list[Token] = []
    k -= 1
    while k >= 0 and len(name) < 4:
        token = tokens[k]
        if not (token.text[:1].isupper() and token.text.replace("-", "").isalpha()):
            break
        name.insert(0, token)
        k -= 1
    if not 2 <= len(name) <= 3 or (k >= 0 and tokens[k].text not in _NAME_OPENERS):
        return ""
    return " ".join(t.text for t in name)


def _source_label(tokens: Sequence[Token]) -> str:
    """A source's name from its phrase: determiners and "figures from"-like lead words dropped."""
    words = [t for t in tokens if t.low not in DETERMINERS]
    if len(words) > 2 and words[0].low in _DATA_NOUNS and words[1].low in {"from", "by", "of"}:
        words = [t for t in words[2:] if t.low not in DETERMINERS]
    return " ".join(t.text for t in words)


def _best_source_match(entries: Sequence[ActorEntry]) -> ActorEntry:
    return min(entries, key=lambda e: _SOURCE_ORDER.get(e.kind, 20))


def _may_describe(word: str, source: Source) -> bool:
    """Whether ``word`` before a role may describe ``source``: "the news agency" for Anadolu.

    A word of the source's own name or phrase does ("the rights office" for "the UN rights
    office"); so does "news" for a news outlet. "the health ministry" after the Defence
    Ministry is another ministry.
    """
    if word in f"{source.name} {source.text}".lower().split():
        return True
    return word == "news" and source.entry is not None and source.entry.kind is ActorKind.MEDIA


def _refers_to(words: Sequence[str], source: Source) -> bool:
    """Whether a definite description ("the group", "the news agency") stands for ``source``."""
    return (
        (len(words) == 2 or (len(words) == 3 and _may_describe(words[1], source)))
        and words[0] in {"the", "this", "that"}
        and words[-1] in _SOURCE_ROLES
        and (
            source.name.lower().split()[-1] == words[-1]
            or source.text.lower().split()[-1:] == [words[-1]]  # "the UN rights office"
            or (words[-1] in _ORGANISATION_WORDS and _is_organisation(source))
        )
    )


def _is_organisation(source: Source) -> bool:
    """Whether "the group" may stand for ``source``: a group, monitor or charity, or a name."""
    if source.entry is None:
        return is_proper_name(source.name)
    return source.entry.kind in {ActorKind.ARMED_GROUP, ActorKind.MONITOR, ActorKind.NGO}


def is_proper_name(name: str) -> bool:
    """Whether ``name`` reads as an organisation's name: two or more capitalised words.

    >>> is_proper_name("Lenna Valley Front"), is_proper_name("regional governor")
    (True, False)
    """
    words = [w for w in name.split() if w.lower() not in {"of", "for", "the", "and", "in"}]
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() not in _PERSON_ROLES
        and words[-1].lower() not in {"authorities", "sources", "police", "forces"}
    )
