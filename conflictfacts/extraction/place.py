r"""Where a claim happened: the nearest place named as a location, else the article's own.

:meth:`Places.place_of` gives a claim the place nearest its figure that the sentence names as
a location ("in Vessa", "near the town of Brask", "in eastern Ukraine's Donetsk region"),
preferring a town or region to a country, and a village the gazetteer does not know ("in the
village of Dar Salam in North Darfur") to the region around it. A sentence that names no place
takes the article's main place: the place its headline and body name most often as a location,
or the town of its dateline; a war-long total takes that place's country.

>>> import datetime as dt
>>> from conflictfacts import extract_claims, parse_article
>>> page = "Shelling hits Kherson\n\nNine people were killed near the market, officials said.\n"
>>> extract_claims(parse_article(page, published=dt.date(2031, 5, 8)))[0].place
'Kherson'
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence

from conflictfacts._case import fold
from conflictfacts.article import Article, Sentence
from conflictfacts.dates import TimeSpan
from conflictfacts.extraction.names import Near, PageNames
from conflictfacts.extraction.tokens import (
    LOCATIVE_PREPOSITIONS,
    has_word,
    strip_possessive,
    tokenize,
    word_list,
)
from conflictfacts.extraction.units import MAX_UNIT_CHARS, Tokenized
from conflictfacts.extraction.words import ATTACK_NOUNS
from conflictfacts.gazetteer import Gazetteer, Match, PlaceEntry, PlaceKind

__all__ = ["Places", "located"]

#: A capitalised word of a place name, its hyphenated parts capitalised or not: "Vessa",
#: "Pont-Sonde", "Ras-al-Ain". No part holds a hyphen, so the parts split one way only.
_NAME_WORD = (
    r"[A-Z][a-z\u00e0-\u024f'\u2019]{1,30}(?:-[A-Za-z][a-z\u00e0-\u024f'\u2019]{0,30}){0,3}"
)
#: A preposition of place and a capitalised name after it: "in Vessa", "near the village of
#: Brask", "outside Ulmet". Case-sensitive: the name must be capitalised.
_UNKNOWN_PLACE = (
    r"(?<!['\u2019])\b(?:in|near|outside|around|at|into|from|toward|towards|across|throughout)\s{1,3}"
    r"(?:the\s{1,3}(?:(?:river|border|port|frontline|northern|southern|eastern|western)"
    r"\s{1,3})?(?:town|city|village|district|province|region|camp|port|area|suburb|hamlet)"
    r"\s{1,3}of\s{1,3})?"
    r"(?P<name>" + _NAME_WORD + r"(?:\s{1,2}" + _NAME_WORD + r"){0,2})"
)
#: How far before its preposition a match of "unknown_place" may start (its word before).
_UNKNOWN_PLACE_REACH = 33

#: Every regular expression of this module.
_PATTERNS: Mapping[str, re.Pattern[str]] = {
    # What stands before a place named as a location: "in", "near the", "in northwestern",
    # and where people go: "into neighbouring" (not "parts of neighbouring": another place).
    # The readable form: located asks "locative_reversed", below, which must say the same.
    "locative": re.compile(
        r"(?:(?:\b(?:into|across|toward|towards)\s{1,3}(?:the\s{1,3})?neighbou?ring\s{1,3})|"
        r"(?:\b(?:in|near|at|around|outside|across|from|into|inside|toward|towards|of|over|"
        r"on|throughout|within)\s{1,3}(?:the\s{1,3})?))"
        r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
        r"(?:ern)?\s{1,3})?$",
        re.IGNORECASE,
    ),
    # "locative" read backwards, for ``match`` on the reversed window (see located): from the
    # window's end (a final newline may stand after it, as ``$`` allows) back over white space,
    # an optional direction, "neighbouring" (then a verb of going's preposition) or "the", white
    # space, then a preposition starting at a boundary.
    "locative_reversed": re.compile(
        r"\n?(?:\s{1,3}(?:nre)?"
        r"(?:htron|htuos|tsae|tsew|lartnec|tsae-?htron|tsew-?htron|tsae-?htuos|tsew-?htuos))?"
        r"(?:(?:\s{1,3}gniru?obhgien(?:\s{1,3}eht)?\s{1,3}(?:otni|ssorca|drawot|sdrawot)\b)|"
        r"(?:(?:\s{1,3}eht)?\s{1,3}"
        r"(?:ni|raen|ta|dnuora|edistuo|ssorca|morf|otni|edisni|drawot|sdrawot|fo|revo|no|"
        r"tuohguorht|nihtiw)\b))",
        re.IGNORECASE,
    ),
    # A part of a place the gazetteer may not know: "a residential area of Vessa", "the
    # outskirts of Brask" (asked only when a claim has no other place).
    "part_of_place": re.compile(
        r"\b(?:area|areas|outskirts|suburbs|centre|center|neighbourhood|neighborhood)\s{1,3}of"
        r"\s{1,3}(?P<name>" + _NAME_WORD + r"(?:\s{1,2}" + _NAME_WORD + r"){0,2})"
    ),
    # A locality named by its kind: "the village of Brask", "the town of Ulmet".
    "locality": re.compile(
        r"\b(?:village|town|city|hamlet|settlement)\s{1,3}of\s{1,3}(?P<name>" + _NAME_WORD + r")"
    ),
    # A place the gazetteer does not know, named as a location: "in Vessa", "near the village
    # of Brask", "outside Ulmet". Case-sensitive: the name must be capitalised.
    "unknown_place": re.compile(r"(?P<before>\b[\w'\u2019]{1,30}\s{1,3})?" + _UNKNOWN_PLACE),
    # The same without the word before: found first, since most sentences have none.
    "unknown_place_core": re.compile(_UNKNOWN_PLACE),
    # A preposition, "the", at most two words and a noun of settlement before a name: "in the
    # Libyan capital ", "near the northern town of " (searched in a window that ends there).
    "settlement": re.compile(
        r"\b(?:in|near|at|outside|into|inside|around|toward|towards)\s{1,3}the\s{1,3}"
        r"(?:[A-Za-z-]{2,20}\s{1,3}){0,2}(?:capital|city|town|village|port)(?:\s{1,3}of)?"
        r"\s{1,3}$",
        re.IGNORECASE,
    ),
    # Direction words that sharpen a place: "northwestern Syria".
    "direction": re.compile(
        r"(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
        r"(?:ern)?$",
        re.IGNORECASE,
    ),
}

#: Capitalised words that follow "in"/"at" without naming a place.
_NOT_PLACES = frozenset(
    word_list(
        """january february march april may june july august september october november
        december monday tuesday wednesday thursday friday saturday sunday the this that these
        those its his her their our an english arabic french russian spanish statement geneva
        parliament congress twitter telegram facebook"""
    )
)
#: Words after a place that make it the seat of whoever reports: "Kharkiv governor".
_LOCAL_AUTHORITIES = frozenset(
    word_list(
        """governor governors mayor mayors regional region's authorities officials police
        administration council governorate's"""
    )
)
#: What stands between a place and one inside it written as its possessive: "Mali's Mopti".
_POSSESSIVE_GAPS = frozenset({"'s ", "\u2019s ", "'s central ", "\u2019s central "} | {
    f"{mark}s {direction} "
    for mark in ("'", "\u2019")
    for direction in (
        "northern", "southern", "eastern", "western", "northeastern", "northwestern",
        "southeastern", "southwestern", "north", "south", "east", "west",
    )
})  # fmt: skip
#: Words that name a body of water: a ship hit "in the Gulf of Aden" was hit there.
_WATER_WORDS = frozenset(["sea", "gulf", "strait", "ocean"])
#: Verbs whose object is the place struck: "bombed Vessa", "shelling the town of Brask".
_STRIKING = frozenset(
    word_list(
        """bomb bombs bombed bombing shell shells shelled shelling pound pounds pounded
        pounding strafed besieged stormed raided struck"""
    )
)
#: Nouns of a state that "in" its capital names, not locates: "the government in Damascus",
#: "the regime in Kabul".
_SEATED = frozenset(["government", "regime", "administration", "junta", "leadership"])
#: How a window before a place ends when a noun of settlement stands before the name.
_SETTLEMENT_HEADS = ("capital", "city", "town", "village", "port", "of")
#: Nouns that name a locality before its name: "the village of Brask".
_LOCALITY_HEADS = ("village", "town", "city", "hamlet", "camp", "suburb", "settlement")
#: Nouns after a country's possessive that make it the owner, not the place: "Israel's
#: retaliatory airstrikes", "Mozambique's defence and security forces".
_OWNED = frozenset(
    word_list(
        """strike strikes airstrike airstrikes air-strikes attack attacks assault offensive
        raid raids bombardment shelling forces army military troops soldiers defence defense
        security police government ministry navy"""
    )
)
#: Words right after a country's name that make it their owner, not a place: "the US air
#: raid", "US troops", "a Vessan drone strike".
_OWNED_AFTER = _OWNED | ATTACK_NOUNS
#: A town's name as the first word of an attack's name: "the Kutum (airport) blasts".
_NAMED_ATTACK = re.compile(
    r" (?:(?:airport|market|mosque|church|school|hospital|camp|bus|train|port) )?"
    r"(?:attacks?|strikes?|air ?strikes?|blasts?|bombings?|raids?|massacres?|shelling|explosions?"
    r"|ambush|assault|killings)\b",
    re.IGNORECASE,
)
#: Nouns of people before "of <country>" that make the country theirs: "soldiers of Syria".
_MEMBERS = frozenset(
    word_list("soldiers troops forces fighters members personnel citizens nationals officers")
)
#: How far after a claim's phrase a place may start and still be its complement.
_COMPLEMENT_GAP = 24
#: Verbs that make a phrase a clause, not the name of a speaker ("the attack had been").
_VERBS_OF_CLAUSE = frozenset({"is", "are", "was", "were", "has", "have", "had", "been"})
#: How many levels of parents a place is looked up through (town, district, region).
_PARENT_LEVELS = 4
#: A sentence that counts what the whole war did: "the conflict has claimed", "the war has
#: killed", "since the war began" (not "the war in Kutum": a place of its own is read first).
_WAR_WIDE = re.compile(
    r"\b(?:the|this|its)[ ](?:civil[ ])?(?:war|conflict)[ ]"
    r"(?:has|have|had|so[ ]far|began|started|erupted|broke)\b",
    re.IGNORECASE,
)
#: A claim whose time spans more days than this is a country's total, not a town's.
_SPAN_DAYS_FOR_COUNTRY = 400

_Placed = tuple[list[Near[PlaceEntry]], list[Near[PlaceEntry]]]


class Places:
    """The places of one article: its main place, and the place of each claim.

    Args:
        article: the article being read.
        names: the gazetteer's names in it.
    """

    def __init__(self, article: Article, names: PageNames) -> None:
        self._names = names
        self._article = article
        self._sentence_starts = [x.start for x in article.sentences]
        self._unknown_memo: dict[str, list[str]] = {}
        # the places of the unit last asked, and those of them named as locations
        self._here: Tokenized | None = None
        self._placed: _Placed = ([], [])
        #: Ambiguous places ("Palma", "Hit") the page confirms: see :meth:`_confirmed_ambiguous`.
        self._confirmed = self._confirmed_ambiguous(article)
        #: The place the article is about, with its country: see :meth:`_main_place`.
        self.main_place = self._main_place(article)

    def _confirmed_ambiguous(self, article: Article) -> frozenset[str]:
        """The ambiguous places the page means: named as a location, with their surroundings.

        A place whose name is shared or is a common word ("Palma" in Mozambique and in Spain,
        "Hit" in Iraq) counts only where the page also names, unambiguously, the region or
        the country it lies in, and names it at least once as a location ("in Palma").
        """
        names = self._names
        places = names.all_places
        if not any(m.entry.ambiguous for m in places):
            return frozenset()
        named = {m.entry.name for m in places if not m.entry.ambiguous}
        return frozenset(
            m.entry.name
            for m in places
            if m.entry.ambiguous
            and (m.entry.parent in named or m.entry.country in named)
            and located(article.text, m.start + names.low)
        )

    def _known(self, entry: PlaceEntry) -> bool:
        """Whether a place found in the page is one it means (see :meth:`_confirmed_ambiguous`)."""
        return not entry.ambiguous or entry.name in self._confirmed

    def _main_place(self, article: Article) -> tuple[str, str | None] | None:
        text = article.text
        title = article.title_span
        # each start's end, the title's winning over a sentence's with the same start
        names = self._names
        ends = dict(zip(names.sentence_starts, names.sentence_ends, strict=True))
        if title is not None:
            ends[title.start] = title.end
        starts = sorted([*names.sentence_starts, *([title.start] if title is not None else [])])
        counts: Counter[str] = Counter()
        named: Counter[str] = Counter()  # mentions, unweighted
        entries: dict[str, PlaceEntry] = {}
        countries: Counter[str] = Counter()
        title_end = title.end if title is not None else -1
        low = names.low
        # the last place counted, and its weight: "in Jammu and Kashmir's Pulwama district"
        # names the district as the location, the region only to say where the district is
        last: tuple[Match[PlaceEntry], int] | None = None
        for match in names.all_places:
            start = match.start + low
            at = bisect.bisect_right(starts, start) - 1
            if at < 0 or match.end + low > ends[starts[at]]:
                continue  # not in the title or a body sentence: a caption or furniture
            entry = match.entry
            if not self._known(entry):
                continue
            in_title = title is not None and title.start <= start < title_end
            inside = (
                last is not None
                and text[last[0].end + low : start] in _POSSESSIVE_GAPS
                and _within(self._names.gazetteer, entry, last[0].entry)
            )
            if inside and last is not None:
                outer, weight = last
                if outer.entry.kind is PlaceKind.COUNTRY:
                    countries[outer.entry.name] -= 1
                else:
                    counts[outer.entry.name] -= weight
            elif not in_title and (
                not located(text, start)
                or _owned(text, entry, start, match.end + low)
                or _in_compound(text, entry, match.end + low)
            ):
                continue
            if entry.kind is PlaceKind.COUNTRY:
                countries[entry.name] += 1
                last = (match, 1)
                continue
            if entry.kind is PlaceKind.FEATURE:
                continue
            weight = (3 if in_title else 1) + (1 if entry.kind is PlaceKind.REGION else 0)
            counts[entry.name] += weight
            named[entry.name] += 1
            entries[entry.name] = entry
            last = (match, weight)
        if counts:
            name, _ = counts.most_common(1)[0]
            gazetteer = self._names.gazetteer
            # "fled the Nineveh province" once and "outside Mosul" twice: a city inside the
            # region that weighs as much as it is the narrower place of the page
            inner = [
                other
                for other, weight in counts.items()
                if other != name
                and weight >= counts[name]
                and named[other] > named[name]
                and _within(gazetteer, entries[other], entries[name])
            ]
            if inner and entries[name].kind is PlaceKind.REGION:
                name = max(inner, key=counts.__getitem__)
            return name, entries[name].country
        if countries:
            name, _ = countries.most_common(1)[0]
            return name, name
        unknown = Counter(
            name
            for unit_text in [article.title or "", *(x.text for x in article.sentences)]
            for name in self._unknown_places(unit_text)
        )
        dateline = _dateline_town(article.dateline)
        if dateline is not None and any(has_word(x.text, dateline) for x in article.sentences):
            # "VESSA, Talvera (Meridian) - ...": a town the page is filed from and writes about
            # weighs as much as one in the headline
            unknown[dateline] += 3
        if unknown:
            name, _ = unknown.most_common(1)[0]
            return name, None
        return None

    def _unknown_places(self, text: str) -> list[str]:
        """Capitalised names used as locations that the gazetteer does not know.

        Asked once per distinct text of the article: the main place reads every sentence, and
        a claim's place its own sentence again.
        """
        known = self._unknown_memo.get(text)
        if known is None:
            known = self._unknown_memo[text] = self._find_unknown_places(text)
        return known

    def _find_unknown_places(self, text: str) -> list[str]:
        found = []
        actor = self._names.gazetteer.actor
        for match in _unknown_place_matches(text[:MAX_UNIT_CHARS]):
            name = match.group("name")
            first = strip_possessive(name.split()[0])
            before = match.group("before") or ""
            if (
                first.lower() in _NOT_PLACES
                or name.endswith(("'s", "\u2019s"))  # "in Tuesday's fighting"
                or before[:1].isupper()  # "the Defence Ministry in Corvana": the actor's seat
                or actor(name) is not None
            ):
                continue
            found.append(name)
        return found

    def _places_here(self, here: Tokenized) -> _Placed:
        """The places of a unit, and those of them named as locations (once a unit)."""
        if self._here is not here:
            text = here.text
            every = self._names.places(here.start, here.start + len(text))
            placed: list[Near[PlaceEntry]] = []
            every = [m for m in every if self._known(m.entry)]
            for m in every:
                if m.entry.kind is PlaceKind.FEATURE and not _is_water(m.entry):
                    continue  # a bridge or a dam is what was hit; a sea is where
                if _in_compound(text, m.entry, m.end):
                    continue  # "on the Vessa-Brask highway": the road's name, not a place
                if placed and text[placed[-1].end : m.start] in _POSSESSIVE_GAPS:
                    # "in eastern Ukraine's Donetsk region": a place inside the one just named
                    placed.append(m)
                elif located(text, m.start) and not _owner(text, m):
                    placed.append(m)
                elif (
                    m.entry.kind is not PlaceKind.COUNTRY
                    and text[max(0, m.start - 4) : m.start].lower().endswith(("the ", "a "))
                    and _NAMED_ATTACK.match(text, m.end) is not None
                ):
                    placed.append(m)  # "the Kutum airport blasts", "the Brask attack"
            self._here, self._placed = here, (every, placed)
        return self._placed

    def place_of(
        self,
        here: Tokenized,
        figure: int,
        time: TimeSpan | None,
        figures: Sequence[int] = (),
        speaker: str | None = None,
        claim_end: int | None = None,
    ) -> str | None:
        """Where the claim whose figure starts at ``figure`` in the unit happened.

        Args:
            here: the unit being read.
            figure: where the claim's figure starts in the unit.
            time: the claim's time: a war-long total is the country's, not the town's.
            figures: where every counted figure of the unit starts: in "700 were killed in
                Israel and 400 in Gaza" each figure takes the place named after it, before the
                next figure.
            speaker: the phrase that names who gives the figure, as written: a place inside
                it ("the US commander in Vessa said") is the speaker's, not the claim's.
            claim_end: where the claim's phrase (its figure, group and verb) ends in the unit:
                a place named right after it ("two were injured in southern Vessa") is its
                own, whatever else the sentence names.

        Returns:
            The place's name, or ``None`` when the sentence names none (see
            :meth:`page_place`).
        """
        text = here.text
        every, matches = self._places_here(here)
        at = text.find(speaker) if speaker and matches else -1
        if at >= 0 and speaker is not None and not _VERBS_OF_CLAUSE.intersection(
            speaker.lower().split()
        ):
            end = at + len(speaker)
            matches = [m for m in matches if not at <= m.start < end]
        if matches:
            own = _complement(text, matches, claim_end) or _own_places(matches, figure, figures)

            def rank(m: Near[PlaceEntry]) -> tuple[int, int, int]:
                # "an assault on Israel from Gaza": where it came from is not where it was
                origin = 1 if text[max(0, m.start - 5) : m.start].lower() == "from " else 0
                country_level = 1 if m.entry.kind is PlaceKind.COUNTRY else 0
                return origin, country_level, abs(m.start - figure)

            best = min(own or matches, key=rank)
            gazetteer = self._names.gazetteer
            for m in every:
                # "in Jammu and Kashmir's Pulwama district", "in Syria's northwestern province
                # of Idlib", "in Awantipora, Pulwama": the place inside the one named beside it
                # is where it happened
                if (
                    _close_after(text, best.end, m.start)
                    or _placed_in(text[m.end : best.start])
                ) and _within(gazetteer, m.entry, best.entry):
                    best = m
                    break
            if best.entry.kind in (PlaceKind.COUNTRY, PlaceKind.REGION):
                # "in the village of Dar Salam in North Darfur": the village the gazetteer does
                # not know is where it happened
                local = next(
                    (
                        name
                        for name in self._unknown_places(text)
                        if any(f"{head} of {name}" in text for head in _LOCALITY_HEADS)
                    ),
                    None,
                ) or self._locality(text)
                if local is not None:
                    return local
            words = tokenize(text[max(0, best.start - 20) : best.start])
            label = _as_written(best)
            if words and _PATTERNS["direction"].match(words[-1].text):
                label = f"{words[-1].text} {label}"
            return label
        unknown = self._unknown_places(text)
        if unknown:
            return unknown[0]
        part = _PATTERNS["part_of_place"].search(text) if " of " in text else None
        if part is not None and self._names.entry(part.group("name")) is None:
            return part.group("name")
        for match in every:
            following = text[match.end : match.end + 24].split()
            if (
                match.entry.kind is not PlaceKind.COUNTRY
                and following
                and following[0].lower().strip(",.") in _LOCAL_AUTHORITIES
            ):
                # "Kharkiv governor Oleh Syniehubov said ...": the official's region
                return match.entry.name
        country = self.main_place[1] if self.main_place is not None else None
        if country is not None and (
            _WAR_WIDE.search(text) is not None
            or (time is None and self._after_war_wide(here.start))
        ):
            # "the conflict has claimed 13,000 lives": the whole war's, and so is an undated
            # count right after it ("Millions have fled."), whatever incident stands before
            return country
        return self._previous_locality(here.start)

    def page_place(self, time: TimeSpan | None) -> str | None:
        """The place of a claim whose own sentence names none: the article's main place.

        Asked once the incident frame has lent the claim its incident's place where it refers
        back to one ("the toll rose to 30": the place of the strike it counts).

        Args:
            time: the claim's time: a war-long total is the country's, not the town's.

        Returns:
            The place's name, or ``None`` when the article names none.
        """
        if self.main_place is not None:
            name, country = self.main_place
            if time is not None and (time.end - time.start).days > _SPAN_DAYS_FOR_COUNTRY:
                return country  # a war-long total is the country's, not the town's
            return name
        return None

    def _previous_sentence(self, at: int) -> Sentence | None:
        """The body sentence right before the one starting at ``at``, in the same paragraph."""
        index = bisect.bisect_right(self._sentence_starts, at) - 1
        sentences = self._article.sentences
        if index < 1 or at >= sentences[index].end:
            return None  # the headline, a caption, or the first sentence
        before, here = sentences[index - 1], sentences[index]
        gap = self._article.text[before.end : here.start]
        return before if not gap.strip() and gap.count("\n") < 2 else None

    def _previous_locality(self, at: int) -> str | None:
        """The town or village the sentence before names as where something happened.

        "Fighters entered the village of Brask. They destroyed a tank.": the tank was
        destroyed in Brask. Only a town, a city or a village named after "the village of"
        carries over, never a region or a country, and only within a paragraph.
        """
        before = self._previous_sentence(at)
        if before is None:
            return None
        text = before.text
        found = [
            m
            for m in self._names.places(before.start, before.end)
            if self._known(m.entry)
            and m.entry.kind in (PlaceKind.CITY, PlaceKind.TOWN)
            and located(text, m.start)
            and not _in_compound(text, m.entry, m.end)
        ]
        if found:
            return found[-1].entry.name
        return self._locality(text)

    def _locality(self, text: str) -> str | None:
        """A town or village the gazetteer does not know, named by its kind: "the town of X"."""
        if " of " not in text:
            return None
        for match in _PATTERNS["locality"].finditer(text[:MAX_UNIT_CHARS]):
            name = match.group("name")
            if (
                self._names.gazetteer.place(name) is None
                and self._names.entry(name) is None
                and name.lower() not in _NOT_PLACES
            ):
                return name
        return None

    def _after_war_wide(self, at: int) -> bool:
        """Whether the body sentence starting at ``at`` follows one about the whole war directly.

        Both must stand in one paragraph: nothing but white space without a blank line
        between them.
        """
        before = self._previous_sentence(at)
        return before is not None and _WAR_WIDE.search(before.text) is not None


def _in_compound(text: str, entry: PlaceEntry, end: int) -> bool:
    """Whether the name ending at ``end`` begins a hyphenated word that is not where.

    "the Vessa-Brask highway" names a road, "Talvera-backed" a side: neither says where.
    Two countries joined ("the Talvera-Corvana border") still name the border between them.

    >>> from conflictfacts.gazetteer import Gazetteer
    >>> gaz = Gazetteer.default()
    >>> kyiv, syria = gaz.place("Kyiv"), gaz.place("Syria")
    >>> _in_compound("on the Kyiv-Zhytomyr highway", kyiv, 11), _in_compound("in Kyiv.", kyiv, 7)
    (True, False)
    >>> _in_compound("at the Syria-Iraq border", syria, 12)
    False
    """
    if text[end : end + 1] != "-" or not text[end + 1 : end + 2].isalpha():
        return False
    return entry.kind is not PlaceKind.COUNTRY or text[end + 1].islower()


def _is_water(entry: PlaceEntry) -> bool:
    """Whether a feature is a sea, gulf or strait by one of its names ("Mediterranean Sea").

    >>> from conflictfacts.gazetteer import Gazetteer
    >>> gazetteer = Gazetteer.default()
    >>> [_is_water(gazetteer.place(n)) for n in ("Bab el-Mandeb", "Bab al-Hawa")]
    [True, False]
    """
    return any(
        not _WATER_WORDS.isdisjoint(name.lower().split()) for name in (entry.name, *entry.aliases)
    )


def _as_written(match: Near[PlaceEntry]) -> str:
    """A place's label: the gazetteer's name, or the page's where its kind word differs.

    Both must end in a word of kind: "Idlib province" for "Idlib Governorate" is what the page
    says.

    >>> from conflictfacts.gazetteer import Gazetteer
    >>> idlib = Gazetteer.default().place("Idlib Governorate")
    >>> _as_written(Near(0, 14, "Idlib province", idlib)), _as_written(Near(0, 5, "Idlib", idlib))
    ('Idlib province', 'Idlib Governorate')
    """
    written, name = match.text, match.entry.name
    if (
        " " in written
        and written.split()[-1].lower() in _KIND_WORDS
        and name.split()[-1].lower() in _KIND_WORDS
    ):
        return written
    return name


#: Words that name the kind of a place at the end of its name.
_KIND_WORDS = frozenset(
    {"province", "governorate", "region", "district", "state", "county", "oblast", "prefecture"}
)


def _owner(text: str, match: Near[PlaceEntry]) -> bool:
    """Whether a country is named as the owner of its strikes or forces, not as a place.

    "in Israel's retaliatory strikes", "of Mozambique's security forces"; not "in Syria's
    north".

    >>> from conflictfacts.gazetteer import Gazetteer
    >>> syria = Gazetteer.default().place("Syria")
    >>> text = "killed in Syria's strikes, in Syria's north"
    >>> _owner(text, Near(10, 15, "Syria", syria)), _owner(text, Near(30, 35, "Syria", syria))
    (True, False)
    """
    return _owned(text, match.entry, match.start, match.end)


def _owned(text: str, entry: PlaceEntry, start: int, end: int) -> bool:
    """Whether the country ``entry`` named at ``[start, end)`` is named as an owner."""
    if entry.kind is not PlaceKind.COUNTRY:
        return False
    after = text[end : end + 40]
    if after[:1] == " " and after.split(None, 1)[0].lower() in _OWNED_AFTER:
        return True  # "in the US air raid", "US troops": the country's raid, its troops
    before = text[max(0, start - 24) : start].lower().split()
    if before[-2:-1] and before[-1] == "of" and before[-2] in _MEMBERS:
        return True  # "16 soldiers of Syria": whose soldiers, not where
    if not after.startswith(("'s ", "\u2019s ", "\u2018s ")):
        return False
    following = [w.strip(",.;").lower() for w in after[3:].split()[:3]]
    return any(w in _OWNED for w in following)


def _close_after(text: str, end: int, start: int) -> bool:
    """Whether a name starting at ``start`` follows one ending at ``end`` in the same phrase.

    What stands between is a possessive gap ("'s ", "'s northwestern province of "), with no
    punctuation or figure.
    """
    if text[end:start] in _POSSESSIVE_GAPS:
        return True
    if not 0 < start - end <= _COMPLEMENT_GAP + 8:
        return False
    gap = text[end:start]
    return gap.startswith(("'s ", "\u2019s ")) and not any(
        ch in gap for ch in ",;:()\u2014"
    ) and not any(c.isdigit() for c in gap)


#: How long the words between a place and the region it is said to lie in may be: ", in the
#: northern province of ".
_PLACED_IN_GAP = 48


def _placed_in(gap: str) -> bool:
    """Whether ``gap``, between two names, says the first lies in the second.

    ", " and " in " ("in Awantipora, Pulwama"), or ", in" and a few words without a figure or
    a stop ("the town of Vessa, in the eastern province of Talvera").

    >>> _placed_in(", in the northern border province of "), _placed_in(" and ")
    (True, False)
    """
    if gap in (", ", " in "):
        return True
    return (
        gap.startswith((", in ", " in "))
        and len(gap) <= _PLACED_IN_GAP
        and not any(ch in gap[1:] for ch in ",;:()\u2014")
        and not any(ch.isdigit() for ch in gap)
    )


def _complement(
    text: str, matches: Sequence[Near[PlaceEntry]], claim_end: int | None
) -> list[Near[PlaceEntry]]:
    """The place named right after a claim's phrase, as its complement.

    "were injured in southern Vessa": only a short run of words, with no punctuation or
    figure, stands between.
    """
    if claim_end is None:
        return []
    for m in matches:
        if claim_end <= m.start <= claim_end + _COMPLEMENT_GAP:
            gap = text[claim_end : m.start]
            if not any(ch in gap for ch in ",;:()\u2014") and not any(c.isdigit() for c in gap):
                return [m]
    return []


def _own_places(
    matches: Sequence[Near[PlaceEntry]], figure: int, figures: Sequence[int]
) -> list[Near[PlaceEntry]]:
    """The places named after a figure and before the next, in a unit of several figures.

    >>> gaz = Gazetteer.default()
    >>> israel, gaza = gaz.place("Israel"), gaz.place("Gaza Strip")
    >>> places = [Near(20, 26, "Israel", israel), Near(48, 52, "Gaza", gaza)]
    >>> [m.text for m in _own_places(places, 0, [0, 31])], _own_places(places, 0, [0])
    (['Israel'], [])
    """
    if len(figures) < 2:
        return []
    after = [at for at in figures if at > figure]
    until = min(after) if after else None
    return [m for m in matches if m.start > figure and (until is None or m.start < until)]


def _within(gazetteer: Gazetteer, inner: PlaceEntry, outer: PlaceEntry) -> bool:
    """Whether ``inner`` lies in ``outer``: its country, or a region up its chain of parents.

    >>> gaz = Gazetteer.default()
    >>> _within(gaz, gaz.place("Ardamata"), gaz.place("West Darfur"))
    True
    """
    if outer.kind is PlaceKind.COUNTRY:
        return inner.country == outer.name and inner.name != outer.name
    parent = inner.parent
    for _ in range(_PARENT_LEVELS):
        if parent is None:
            return False
        if parent == outer.name:
            return True
        above = gazetteer.place(parent)
        parent = above.parent if above is not None else None
    return False


def located(text: str, start: int) -> bool:
    """Whether a place name at ``start`` is named as a location, not as a government.

    >>> located("shelling in northern Vessa", 21), located("Vessa said", 0)
    (True, False)
    >>> located("rebels opposed to the government in Vessa", 36)
    False
    """
    window = text[max(0, start - 40) : start]
    if not window[-1:].isspace():
        return False  # the pattern ends in white space
    if (
        window.rstrip().endswith(_SETTLEMENT_HEADS)
        and _PATTERNS["settlement"].search(window) is not None
    ):
        return True  # "in the Libyan capital Tripoli", "near the northern town of Brask"
    last = window.split()[-2:]
    if last and last[-1].lower() == "the":
        last = last[:-1]
    if last and last[-1].lower() in _STRIKING:
        return True  # "continue to bomb the Gaza Strip", "shelled Vessa"
    if len(last) == 2 and fold(last[-1]) == "in" and fold(last[0]) in _SEATED:
        return False  # "militias fighting the government in Kutum": the state, not a place
    # "locative" must match at the window's end; searched forwards it is tried at every offset,
    # but "locative_reversed", the same pattern written backwards, need only be tried at the
    # start of the reversed window. A match of one is a match of the other read backwards
    # (``\b`` and case-blind letters look the same either way), so the answer is the same.
    if _PATTERNS["locative_reversed"].match(window[::-1]) is None:
        return False
    return any(
        fold(word if word.isalpha() else "".join(ch for ch in word if ch.isalpha()))
        in LOCATIVE_PREPOSITIONS
        for word in window.split()[-4:]
    )  # "into the neighbouring northern": the preposition is at most four words back


def _unknown_place_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of "unknown_place" in ``text``, as its ``finditer`` gives them.

    The preposition and name are searched first; the full pattern, with the word before, is
    then tried only from a few characters before each: no match of it can start earlier, since
    the word before holds no space and its preposition is followed by a capital.
    """
    core, full = _PATTERNS["unknown_place_core"], _PATTERNS["unknown_place"]
    position = 0
    while (found := core.search(text, position)) is not None:
        match = full.search(text, max(position, found.start() - _UNKNOWN_PLACE_REACH))
        if match is None:  # pragma: no cover - the core match itself is one
            return
        yield match
        position = match.end()


def _dateline_town(dateline: str | None) -> str | None:
    """The town of a dateline, as the body writes it: "VESSA, Talvera" -> "Vessa"."""
    if not dateline:
        return None
    town = dateline.split(",")[0].strip()
    if not town or not all(part[:1].isalpha() for part in town.split()):
        return None
    return " ".join(part.capitalize() if part.isupper() else part for part in town.split())
