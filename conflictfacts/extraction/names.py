"""The gazetteer's names in the page: found once per article, asked for by every claim.

Every claim asks which actors and places stand near it: the speaker of a report, the
perpetrator beside an attack noun, the owner of "its soldiers", the place of the strike. The
gazetteer is run once over the stretch of the page that is read (headline, body, captions);
:class:`PageNames` then hands each question its share of the matches, and remembers the
answers to the questions asked of the gazetteer by name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Generic, NamedTuple, TypeVar

from conflictfacts.article import Article
from conflictfacts.extraction.tokens import word_list
from conflictfacts.gazetteer import ActorEntry, ActorKind, Gazetteer, Match, MatchVia, PlaceEntry
from conflictfacts.spans import Span

__all__ = ["Near", "PageNames"]

EntryT = TypeVar("EntryT", ActorEntry, PlaceEntry)


class Near(NamedTuple, Generic[EntryT]):
    """A name found in the page, its offsets relative to where a look-up started.

    A plain tuple: one is made for every look-up around every claim.
    """

    #: Offset of the name's first character, from the start of the look-up.
    start: int
    #: Offset one past its last character.
    end: int
    #: The name as written.
    text: str
    #: The gazetteer's entry for it.
    entry: EntryT


#: A bare "regime" or "junta" (with the forces after it), or "government forces": the page's
#: own, when it names one.
_BARE_REGIME = re.compile(
    r"\b(regime|junta|government)(?:['\u2019]s)?(?:[ ](forces|troops|soldiers|army))?\b",
    re.IGNORECASE,
)


def _with_bare_regime(
    text: str,
    actors: tuple[Match[ActorEntry], ...],
    places: tuple[Match[PlaceEntry], ...],
    gazetteer: Gazetteer,
) -> tuple[tuple[Match[ActorEntry], ...], dict[str, str]]:
    """The page's actors, with "the regime" named as the one regime the page names.

    A page that writes "the Syrian regime" and tells of places in Syria goes on with "regime
    forces" and "a regime airstrike"; a page that names no regime, or two, or names one of a
    country none of its places is in ("operations of the Russian regime" in a page about
    Idlib), leaves a bare one unknown. "Government forces" (not a bare "government", which
    speaks more than it fights) is read the same way on a page that names one state's
    government forces. Also returns the country of each word ("regime", "junta",
    "government") the page resolves so.
    """
    lowered = text.lower()
    resolved: dict[str, str] = {}
    if "regime" not in lowered and "junta" not in lowered and "government " not in lowered:
        return actors, resolved
    new: list[Match[ActorEntry]] = []
    # the names found never overlap: only the last one starting before a word's end may
    starts = [m.start for m in actors]
    ends = [m.end for m in actors]
    bare: list[re.Match[str]] | None = None  # the bare words, found once for every word
    for word in ("regime", "junta", "government"):
        countries = {
            m.entry.country or m.entry.name
            for m in actors
            if word in m.text.lower() and m.entry.kind is not ActorKind.PERSON_ROLE
        }
        if len(countries) != 1:
            continue
        state = gazetteer.actor(countries.pop())
        if state is None or not state.demonyms:
            continue
        if not any(state.name in (p.entry.name, p.entry.country) for p in places):
            continue  # the regime rules where the page's events are
        resolved[word] = state.name
        government = gazetteer.actor(f"{state.demonyms[0]} {word}")
        forces = gazetteer.actor(f"{state.demonyms[0]} regime forces")
        if bare is None:
            bare = list(_BARE_REGIME.finditer(text))
        for found in bare:
            before = bisect.bisect_left(starts, found.end()) - 1
            if found.group(1).lower() != word or (before >= 0 and ends[before] > found.start()):
                continue
            if word == "government" and not found.group(2):
                continue  # "the government said": only its forces are read as the party
            entry = forces if found.group(2) else government
            if entry is not None:
                start, end = found.start(), found.end()
                new.append(Match(start, end, text[start:end], entry, MatchVia.ALIAS))
    if not new:
        return actors, resolved
    return tuple(sorted((*actors, *new), key=lambda m: (m.start, -m.end))), resolved


#: A person's name right after an office: one to four capitalised words and no fifth.
_HOLDER = re.compile(r"[ \t]+((?:[A-Z][a-z'\-]+[ \t]+){0,3}[A-Z][a-z'\-]+)\b(?![ \t]*[A-Z])")
#: Capitalised words of a title-case headline that are no one's name.
_NOT_A_HOLDER = frozenset(
    word_list(
        """said says say told tells warned has have had is was were will would on in at of and
        the to for from after over more than as by with vows calls"""
    )
)


class PageNames:
    """The actors and places of one article, and the gazetteer's answers about names in it.

    Args:
        article: the article being read.
        gazetteer: the actors and places to know.

    Raises:
        InputValueError: a sentence of ``article`` has an invalid span.
    """

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._actor_memo: dict[str, tuple[Match[ActorEntry], ...]] = {}
        self._entry_memo: dict[str, ActorEntry | None] = {}
        self._affiliations: dict[str, str | None] = {}
        # Names are looked up once over the stretch of the page that is read (headline, body,
        # captions); each sentence takes its share. The sentences' offsets are read as they
        # stand (the main place wants them too), not made into spans one by one.
        starts = self.sentence_starts = [sentence.start for sentence in article.sentences]
        ends = self.sentence_ends = [sentence.end for sentence in article.sentences]
        if min(starts, default=0) < 0 or not all(map(int.__le__, starts, ends)):
            for start, end in zip(starts, ends, strict=True):
                Span(start, end)  # raises at the first bad one, as making their spans did
        spans = [Span(c.start, c.end) for c in article.captions]
        if article.title_span is not None:
            spans.append(article.title_span)
        low = min((*starts, *(span.start for span in spans)), default=0)
        high = max((*ends, *(span.end for span in spans)), default=0)
        #: The matches keep their offsets in that stretch: ``low`` places them in the article.
        self.low = low
        # places whose names are shared or common words are kept too: the place reader
        # takes one only where the page confirms it (see Places)
        actors, self.all_places = gazetteer.find_names(
            article.text[low:high], include_ambiguous=True
        )
        self._text = article.text[low:high]
        self._holders: dict[str, str] = {}
        self.all_actors, self._regimes = _with_bare_regime(
            self._text, actors, self.all_places, gazetteer
        )
        self._actor_starts = [m.start for m in self.all_actors]
        self._place_starts = [m.start for m in self.all_places]

    def _between(
        self, matches: Sequence[Match[EntryT]], starts: Sequence[int], start: int, end: int
    ) -> list[Near[EntryT]]:
        """The matches inside ``[start, end)`` of the article, offsets relative to ``start``."""
        first, last = start - self.low, end - self.low
        index = bisect.bisect_left(starts, first)
        found: list[Near[EntryT]] = []
        new = tuple.__new__
        while index < len(matches) and matches[index].start < last:
            match = matches[index]
            if match.end <= last:
                found.append(
                    new(Near, (match.start - first, match.end - first, match.text, match.entry))
                )
            index += 1
        return found

    def actors(self, start: int, end: int) -> list[Near[ActorEntry]]:
        """Actors named in ``[start, end)`` of the article, offsets relative to ``start``."""
        return self._between(self.all_actors, self._actor_starts, start, end)

    def has_actor(self, start: int, end: int) -> bool:
        """Whether :meth:`actors` would find any in ``[start, end)``, without building them."""
        first, last = start - self.low, end - self.low
        matches = self.all_actors
        index = bisect.bisect_left(self._actor_starts, first)
        while index < len(matches) and matches[index].start < last:
            if matches[index].end <= last:
                return True
            index += 1
        return False

    def places(self, start: int, end: int) -> list[Near[PlaceEntry]]:
        """Places named in ``[start, end)`` of the article, offsets relative to ``start``."""
        return self._between(self.all_places, self._place_starts, start, end)

    def holder(self, entry: ActorEntry) -> str:
        """Who holds an office the page names with its holder somewhere, or "".

        "Turkey's president said" takes "Omer Talvik" from "Turkish President Omer Talvik"
        elsewhere on the page. Two different holders give "".
        """
        found = self._holders.get(entry.name)
        if found is None:
            names = {
                m.group(1)
                for match in self.all_actors
                if match.entry is entry
                and (m := _HOLDER.match(self._text, match.end)) is not None
                and not any(word.lower() in _NOT_A_HOLDER for word in m.group(1).split())
            }
            found = self._holders[entry.name] = names.pop() if len(names) == 1 else ""
        return found

    def is_people(self, word: str) -> bool:
        """Whether a capitalised plural names a people: "Palestinians", "Ukrainians", "Sudanese".

        A demonym in "-ese" is its own plural: "2,100 Lebanese".
        """
        return (
            len(word) > 3
            and word[0].isupper()
            and word.endswith(("s", "ese"))
            and self.gazetteer.country_of_demonym(word) is not None
        )

    def affiliation(self, label: str) -> str | None:
        """The side of a counted group, asked once per distinct label of the article."""
        if label not in self._affiliations:
            side = self.gazetteer.affiliation_of(label)
            if side in (None, "government") and self._regimes:
                # "regime soldiers" on a page about the Syrian regime: Syria's
                words = label.lower().split()
                side = next((self._regimes[w] for w in words if w in self._regimes), side)
            self._affiliations[label] = side
        return self._affiliations[label]

    def entry(self, name: str) -> ActorEntry | None:
        """``gazetteer.actor(name)``, asked once per distinct name of the article."""
        memo = self._entry_memo
        if name not in memo:
            memo[name] = self.gazetteer.actor(name)
        return memo[name]

    def actors_in(self, text: str) -> tuple[Match[ActorEntry], ...]:
        """The gazetteer's actors in ``text``, asked once per distinct text of the article."""
        found = self._actor_memo.get(text)
        if found is None:
            found = self._actor_memo[text] = self.gazetteer.find_actors(text)
        return found
