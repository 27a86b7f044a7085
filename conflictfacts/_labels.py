"""Folding subject, place and source labels so that different wordings of one group compare equal.

Private to :mod:`conflictfacts.compare`. A subject label becomes a *head* (the category counted,
singular, synonyms folded: troops/servicemen/personnel -> "soldier", combatants/militants ->
"fighter") and a set of *modifiers* (sides and nationalities, "Turkish"/"Turkey"/"Ankara" all
folded to "turkey"):

>>> folder = Folder()
>>> folder.subject("Turkish troops") == folder.subject("soldiers of Turkey")
True
>>> folder.subject("Ankara's servicemen") == folder.subject("Turkish soldier")
True
>>> folder.subject("pro-Turkey fighters")
SubjectKey(head='fighter', modifiers=frozenset({'pro-turkey'}))

The gazetteer (:mod:`conflictfacts.gazetteer`) is consulted for names the small table below does
not know, when its data can be loaded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from conflictfacts.gazetteer import Gazetteer, PlaceEntry

__all__ = ["Folder", "PlaceKey", "SubjectKey", "modifiers_fit"]

#: Every regular expression of this module. Each is linear: no nested quantifiers.
_PATTERNS: dict[str, re.Pattern[str]] = {
    # an abbreviation with its dots ("U.S.", "U.N."), or a word, optionally hyphenated a few
    # times ("pro-government", "al-Qaeda-linked")
    "word": re.compile("(?:[^\\W\\d_]\\.){2,5}|[^\\W_]+(?:['\u2019-][^\\W_]+){0,6}"),
    "split": re.compile("['\u2019-]"),
    # a possessive ending ("Turkey's")
    "possessive": re.compile("['\u2019]s$", re.IGNORECASE),
    # a model designation, folded: letters, an optional hyphen, digits and a short suffix
    # ("su-24", "f-16", "mig-29", "t-72b", "s-300")
    "model": re.compile("[^\\W\\d_]{1,10}-?[0-9]{1,4}[^\\W\\d_]{0,4}"),
}

#: Synonyms and spellings of heads and modifiers, keyed by the singular lower-case form.
_SYNONYMS: dict[str, str] = {
    "troop": "soldier",
    "serviceman": "soldier",
    "servicewoman": "soldier",
    "servicemember": "soldier",
    "personnel": "soldier",
    "combatant": "fighter",
    "militant": "fighter",
    "armored": "armoured",
    "defense": "defence",
    "regime": "government",
    "person": "people",
    "individual": "people",
    "resident": "people",
    "inhabitant": "people",
    # "claimed 13,000 lives": the lives are the people killed
    "live": "people",
    "life": "people",
    # the word of Indian copy for soldiers and paramilitary troops
    "jawan": "soldier",
    "captive": "hostage",
    # a navy's medics
    "corpsman": "medic",
}

#: Heads that are a kind of person: folded to head "people" with the word kept as a modifier,
#: so "civilians" and "people" compare compatible while "civilians" and "children" do not.
_PEOPLE_KINDS = frozenset({"civilian", "child", "woman", "man", "refugee", "migrant", "worker"})

#: Heads that name people by the state they belong to: "Afghan citizens" are "Afghans", people
#: with that country as modifier (only as a head, and only with a country: a "National Army"
#: is no people, and "foreign citizens" say whose they are not).
_CITIZEN_HEADS = frozenset({"citizen", "national"})

#: Last words of a force's proper name ("Central Reserve Police Force", "Border Guard"): a
#: force named in full is counted by its personnel, and its initials stand for its name.
_FORCE_WORDS = frozenset({"force", "forces", "police", "guard", "guards", "corps", "gendarmerie"})

#: Heads that count the people of a group: an armed group's "members" or "operatives" are its
#: fighters ("Hezbollah members"), a crew's or a family's members are not.
_MEMBER_HEADS = frozenset({"member", "operative"})

#: Heads that are a side of fighters: folded to head "fighter" with the side kept as a modifier,
#: so "rebels" and "fighters" compare compatible, "rebels" and "pro-government fighters" do not.
_FIGHTER_KINDS = frozenset({"rebel", "insurgent", "jihadist", "separatist", "guerrilla"})

#: Words that name the non-state side in general ("insurgents", "the armed group's fighters",
#: "rebels"): folded to one modifier, :data:`NON_STATE`, so the wordings compare equal.
_NON_STATE_WORDS = frozenset(
    {"rebel", "insurgent", "jihadist", "separatist", "guerrilla", "opposition", "armed", "group",
     "armed-group"}
)  # fmt: skip

#: The modifier of fighters of a non-state side; a named armed group's fighters carry it too.
NON_STATE = "non-state"

#: Modifiers that name the state side: a capitalised one never marks a non-state group.
_STATE_WORDS = frozenset({"government", "army", "state", "military", "police", "national"})

#: Kinds of gazetteer actors that take part in fighting, and those that watch it.
_PARTY_KINDS = frozenset(
    {"country", "government", "military", "security", "ministry", "armed_group", "alliance"}
)
_INDEPENDENT_KINDS = frozenset({"monitor", "ngo", "international", "media"})
#: Words that make a source a party's voice ("the defence ministry", "army spokesman").
_PARTY_WORDS = frozenset(
    {"ministry", "minister", "army", "military", "government", "president", "governor",
     "spokesman", "spokeswoman", "spokesperson", "forces", "regime", "militants", "rebels",
     "idf", "pentagon", "kremlin"}
)  # fmt: skip

#: Words that make an institution's name read backwards: "Ministry of Defence" is the
#: "Defence Ministry".
_INVERTED_HEADS = frozenset({"ministry", "department"})

#: Spellings folded before a source's name is read.
_SOURCE_SPELLING = {"defense": "defence"}

#: Heads of equipment folded to one head, so that two outlets' words for the same things meet:
#: manned fixed-wing "aircraft", "drone" and "helicopter" stay three heads.
_EQUIPMENT_HEADS: dict[str, str] = {
    "warplane": "aircraft",
    "war-plane": "aircraft",
    "jet": "aircraft",
    "plane": "aircraft",
    "airplane": "aircraft",
    "aeroplane": "aircraft",
    "fighter-jet": "aircraft",
    "uav": "drone",
    "ucav": "drone",
    "uas": "drone",
    "chopper": "helicopter",
    "gunship": "helicopter",
}

#: Makers' names that open a model designation ("MiG", "Su" of "Su-24"), read as the model's
#: family: "MiG" and "MiG-29" may be one aircraft, "MiG-29" and "MiG-21" are not.
_MODEL_FAMILIES: dict[str, str] = {
    "mig": "aircraft",
    "sukhoi": "aircraft",
    "su": "aircraft",
    "mirage": "aircraft",
    "tupolev": "aircraft",
}

#: Modifiers that say what role an aircraft or drone has, not whose or which it is ("fighter
#: jets", "combat aircraft", "armed drones"): dropped from those heads.
_ROLE_WORDS: dict[str, frozenset[str]] = {
    "aircraft": frozenset({"fighter", "combat", "war", "military", "jet", "fixed-wing"}),
    "drone": frozenset({"armed", "combat", "attack", "unmanned", "aerial", "military"}),
    "helicopter": frozenset({"attack", "military", "combat", "gunship"}),
    "air-defence": frozenset({"air", "defence", "air-defence"}),
}

#: Heads that, with "air" and "defence" among the modifiers, name an air-defence system
#: ("air defence systems", "air-defense platforms", "air defence batteries").
_AIR_DEFENCE_HEADS = frozenset({"system", "platform", "battery", "unit"})
#: One-word modifiers that, with those heads, name an air-defence system.
_AIR_DEFENCE_WORDS = frozenset({"air-defence", "anti-aircraft"})

#: Irregular plurals.
_SINGULAR: dict[str, str] = {
    "people": "people",
    "men": "man",
    "women": "woman",
    "children": "child",
    "servicemen": "serviceman",
    "servicewomen": "servicewoman",
    "corpsmen": "corpsman",
    "personnel": "personnel",
    "police": "police",
    "aircraft": "aircraft",
    "uas": "uas",
    "series": "series",
    "news": "news",
}

#: A small demonym fold: country, demonym and capital -> the country's name, lower case.
_COUNTRIES: dict[str, str] = {}
for _country, _forms in {
    "turkey": "turkish turk turks türkiye ankara",
    "syria": "syrian syrians damascus",
    "russia": "russian russians moscow kremlin",
    "ukraine": "ukrainian ukrainians kyiv kiev",
    "israel": "israeli israelis",
    "iran": "iranian iranians tehran",
    "iraq": "iraqi iraqis baghdad",
    "yemen": "yemeni yemenis sanaa",
    "sudan": "sudanese khartoum",
    "mali": "malian malians bamako",
    "myanmar": "burma burmese naypyidaw",
    "united states": "american americans washington",
    "afghanistan": "afghan afghans kabul",
    "lebanon": "lebanese beirut",
    "saudi arabia": "saudi saudis riyadh",
    "ethiopia": "ethiopian ethiopians",
    "somalia": "somali somalis mogadishu",
    "nigeria": "nigerian nigerians abuja",
    "libya": "libyan libyans tripoli",
    "palestine": "palestinian palestinians",
    "france": "french paris",
    "united kingdom": "british britain uk london",
    "china": "chinese beijing",
    "armenia": "armenian armenians yerevan",
    "azerbaijan": "azerbaijani azerbaijanis baku",
}.items():
    for _form in (_country, *_forms.split()):
        _COUNTRIES[_form] = _country
del _country, _forms, _form

#: The capitals (and seats) of that fold: they stand for their state in a subject or a source
#: ("Damascus said"), never in a place, where a city is a city inside its country.
_CAPITALS = frozenset(
    {"ankara", "damascus", "moscow", "kremlin", "kyiv", "kiev", "tehran", "baghdad", "sanaa",
     "khartoum", "bamako", "naypyidaw", "washington", "kabul", "beirut", "riyadh", "mogadishu",
     "abuja", "tripoli", "paris", "london", "beijing", "yerevan", "baku"}
)  # fmt: skip

#: Words that carry no identity in a subject label.
_STOP = frozenset(
    {"the", "a", "an", "of", "and", "or", "from", "in", "on", "at", "by", "some", "other", "more",
     "least", "most", "about", "around", "its", "their", "his", "her", "forces"}
)  # fmt: skip

#: Words of a place name that do not change which place it is.
_PLACE_NOISE = frozenset(
    {"the", "of", "province", "governorate", "region", "oblast", "district", "city", "town",
     "village", "area", "northern", "southern", "eastern", "western", "north", "south", "east",
     "west", "northwest", "northwestern", "northeast", "northeastern", "southwest",
     "southwestern", "southeast", "southeastern", "north-west", "north-western", "north-east",
     "north-eastern", "south-west", "south-western", "south-east", "south-eastern", "central",
     "near", "outskirts", "rural", "countryside", "in"}
)  # fmt: skip

#: Words skipped when a source's name is read as an acronym ("Syrian Observatory for Human
#: Rights" -> "sohr").
_ACRONYM_SKIP = frozenset({"of", "for", "the", "and", "on", "in", "de", "des", "du", "la", "le"})

#: Words that end a source's name: "Defence Ministry in Corvana" is the "Defence Ministry".
_SOURCE_TAIL = frozenset({"in", "at"})


def _singular(word: str) -> str:
    if word in _SINGULAR:
        return _SINGULAR[word]
    if len(word) <= 3 or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]
    if word.endswith("s"):
        return word[:-1]
    return word


@attrs.frozen
class SubjectKey:
    """A subject label reduced to what identifies the group: its head and its modifiers.

    >>> SubjectKey("soldier", frozenset()).compatible(SubjectKey("soldier", frozenset({"turkey"})))
    True
    """

    #: The category counted, singular and folded ("soldier", "fighter", "people").
    head: str
    #: Sides, nationalities and other qualifiers, folded.
    modifiers: frozenset[str]

    def compatible(self, other: SubjectKey) -> bool:
        """Whether the two keys may name one group: same head, modifiers that fit.

        See :func:`modifiers_fit`.

        >>> a = SubjectKey("soldier", frozenset({"syria"}))
        >>> a.compatible(SubjectKey("soldier", frozenset({"turkey"})))
        False
        """
        return self.head == other.head and modifiers_fit(self.modifiers, other.modifiers)


@attrs.frozen
class PlaceKey:
    """A place name folded, with the known places that contain it.

    >>> sorted(Folder().place_key("Izium").within)
    ['kharkiv oblast', 'ukraine']
    """

    #: The folded key, equal for spellings of one place.
    key: str
    #: Whether the gazetteer knows the place (so its containers are known).
    known: bool
    #: Keys of the places that contain it (region, country); empty when unknown.
    within: frozenset[str]

    def relation(self, other: PlaceKey) -> str:
        """Say how two places relate: ``same``, ``nested``, ``apart`` or ``unknown``.

        ``nested`` means one lies inside the other; ``apart`` that both are known and neither
        contains the other; ``unknown`` that the gazetteer does not know one of them.

        >>> f = Folder()
        >>> f.place_key("Idlib province").relation(f.place_key("Saraqeb"))
        'nested'
        >>> f.place_key("Saraqeb").relation(f.place_key("Kharkiv"))
        'apart'
        """
        if self.key == other.key:
            return "same"
        if self.key in other.within or other.key in self.within:
            return "nested"
        if self.known and other.known:
            return "apart"
        return "unknown"


#: Words that make a region of a name: "Idlib Governorate" and "Kabul province" are named
#: after the city they hold.
_REGION_WORDS = frozenset(
    {"governorate", "province", "region", "oblast", "district", "state", "county", "prefecture"}
)


#: Words that say a bare name means the city, not the region named after it.
_CITY_WORDS = frozenset({"city", "town", "centre", "center", "downtown"})


def _named_region(entry: PlaceEntry, outer: tuple[PlaceEntry, ...], words: list[str]) -> PlaceEntry:
    """The region a bare city name stands for when the region is named after the city.

    Copy writes "Idlib" for the city and for Idlib Governorate, "Kharkiv" for the city and its
    oblast: such a name, with no word saying it is the city ("Idlib city"), is the region.
    """
    if any(w.lower() in _CITY_WORDS for w in words):
        return entry
    name = entry.name.lower()
    for region in outer:
        rest = region.name.lower().split()
        if rest[: len(name.split())] == name.split() and rest[len(name.split()) :] and all(
            word in _REGION_WORDS for word in rest[len(name.split()) :]
        ):
            return region
    return entry


class Folder:
    """Folds labels; holds a per-call memo, so create one per comparison (never share globally).

    >>> Folder().place("Idleb") == Folder().place("northern Idlib")
    True
    """

    __slots__ = ("_gazetteer", "_memo", "_parties", "_places", "_sources")

    def __init__(self) -> None:
        self._memo: dict[str, SubjectKey] = {}
        self._places: dict[str, PlaceKey | None] = {}
        self._sources: dict[str, str] = {}
        self._parties: dict[str, str | None] = {}
        self._gazetteer: Gazetteer | None = _load_gazetteer()

    def _fold_word(self, raw: str) -> str:
        raw = raw.replace(".", "")  # "U.S." is "US"
        lower = raw.lower()
        if lower in _COUNTRIES:
            return _COUNTRIES[lower]
        word = _singular(lower)
        if word in _COUNTRIES:
            return _COUNTRIES[word]
        word = _SYNONYMS.get(word, word)
        if self._gazetteer is not None and raw[:1].isupper():
            entry = self._gazetteer.country_of_demonym(raw)
            if entry is None:
                actor = self._gazetteer.actor(raw)
                if actor is not None and actor.kind.value == "country":
                    entry = actor
            if entry is not None:
                return entry.name.lower()
        return word

    def _fold_token(self, token: str) -> str:
        parts = _PATTERNS["split"].split(token)
        if len(parts) == 1:
            return self._fold_word(token)
        # "pro-Turkey", "Russian-backed": fold each part, keep the compound
        return "-".join(self._fold_word(part) for part in parts)

    def subject(
        self,
        label: str,
        category: str | None = None,
        affiliation: str | None = None,
        *,
        things: bool = False,
    ) -> SubjectKey:
        """Reduce a subject to its key.

        Args:
            label: the normalised label ("Turkish soldiers").
            category: the category counted, when known; it names the head.
            affiliation: the side, when known; added to the modifiers.
            things: whether the claim counts things (destroyed or damaged), not people: then
                "fighters" are fighter aircraft.

        Returns:
            The key.

        >>> Folder().subject("armored personnel carriers").head
        'carrier'
        """
        memo_key = f"{label}\x00{category or ''}\x00{affiliation or ''}\x00{things:d}"
        known = self._memo.get(memo_key)
        if known is not None:
            return known
        words = [
            _PATTERNS["possessive"].sub("", m.group())
            for m in _PATTERNS["word"].finditer(label[:2000])
        ]
        lowered = [w.lower() for w in words]
        if "of" in lowered[1:]:
            # "soldiers of Turkey": the head comes before "of"
            cut = lowered.index("of", 1)
            words = words[cut + 1 :] + words[:cut]
        words, force = _force_initials(words)
        tokens = [self._fold_token(w) for w in words if w.lower() not in _STOP]
        if force and not category and words[-1] == force:
            # "Central Reserve Police Force" is "CRPF": counted, the force is its personnel
            tokens.append("soldier")
        head = ""
        if category:
            category_tokens = [
                self._fold_token(m.group()) for m in _PATTERNS["word"].finditer(category[:500])
            ]
            if category_tokens:
                head = category_tokens[-1]
                tokens = [t for t in tokens if t != head]
        if not head and tokens:
            head = tokens.pop()
        modifiers = set(tokens)
        if affiliation:
            modifiers.update(
                self._fold_token(m.group()) for m in _PATTERNS["word"].finditer(affiliation[:500])
            )
        if head == "member" and "service" in modifiers:
            modifiers.discard("service")  # "service members" are soldiers
            head = "soldier"
        if head == "soldier":
            modifiers.discard("military")  # "military personnel" are soldiers too
        if head in _CITIZEN_HEADS and any(self._is_country(m) for m in modifiers):
            head = "people"  # "Afghan citizens", "Turkish nationals": people of that state
        if head in _MEMBER_HEADS and self._names_armed_group(words):
            head = "fighter"  # "Hezbollah members" are the group's fighters
        head = _equipment_head(head, modifiers, words, things=things)
        if head in _PEOPLE_KINDS:
            modifiers.add(head)
            head = "people"
        elif self._is_country(head):
            # a people named by its nationality ("Afghans", "Israelis")
            modifiers.add(head)
            head = "people"
        elif head in _FIGHTER_KINDS:
            modifiers.add(head)
            head = "fighter"
        modifiers.discard(head)
        if head == "fighter":
            modifiers = self._sides(modifiers, words)
        key = SubjectKey(head, frozenset(modifiers))
        self._memo[memo_key] = key
        return key

    def _names_armed_group(self, words: list[str]) -> bool:
        """Whether a label's words before its head name an armed group of the gazetteer."""
        if self._gazetteer is None or len(words) < 2:
            return False
        names = [" ".join(words[:-1]), *words[:-1]]
        for name in names:
            actor = self._gazetteer.actor(name) if name[:1].isupper() else None
            if actor is not None and actor.kind.value == "armed_group":
                return True
        return False

    def _is_country(self, token: str) -> bool:
        if token in _COUNTRIES.values():
            return True
        if self._gazetteer is None:
            return False
        actor = self._gazetteer.actor(token)
        return actor is not None and actor.kind.value == "country"

    def _is_state(self, token: str) -> bool:
        if token in _STATE_WORDS or token in _COUNTRIES.values():
            return True
        if self._gazetteer is None:
            return False
        actor = self._gazetteer.actor(token)
        return actor is not None and actor.kind.value in {"country", "government", "military"}

    def _sides(self, modifiers: set[str], words: list[str]) -> set[str]:
        """Fold the general words of the non-state side into :data:`NON_STATE`.

        A group named by a proper name that is not a state ("LVF fighters") is marked too.
        """
        sides = {NON_STATE if m in _NON_STATE_WORDS else m for m in modifiers}
        for word in words:
            if not word[:1].isupper() or word.lower() in _STOP:
                continue
            token = self._fold_token(word)
            if (
                token in sides
                and token != NON_STATE
                and "-" not in token
                and not self._is_state(token)
            ):
                sides.add(NON_STATE)
        return sides

    def place(self, place: str | None) -> str | None:
        """Fold a place name; ``None`` for no place (or one with no identifying word).

        Args:
            place: the place as the claim gives it.

        Returns:
            A folded key, equal for spellings of one place.

        >>> Folder().place("the Idlib region")
        'idlib governorate'
        """
        info = self.place_key(place)
        return None if info is None else info.key

    def place_key(self, place: str | None) -> PlaceKey | None:
        """Fold a place name and find the known places that contain it.

        The whole name is looked up first ("Idlib province" is the governorate), then the
        name without words such as "northern" or "province". A city's bare name that is also
        the name of the region holding it is the region, as copy uses it for either ("Idlib"
        is Idlib Governorate), unless a word says it is the city ("Idlib city").

        Args:
            place: the place as the claim gives it.

        Returns:
            The key, or ``None`` for no place.

        >>> Folder().place_key("Idlib province").key
        'idlib governorate'
        >>> Folder().place_key("Idlib").key, Folder().place_key("Idlib city").key
        ('idlib governorate', 'idlib')
        """
        if place is None:
            return None
        if place in self._places:
            return self._places[place]
        words = [m.group() for m in _PATTERNS["word"].finditer(place[:500])]
        kept = [w for w in words if w.lower() not in _PLACE_NOISE]
        info: PlaceKey | None = None
        if kept:
            name = " ".join(kept)
            gaz = self._gazetteer
            entry = None
            if gaz is not None:
                entry = gaz.place(" ".join(w for w in words if w.lower() != "the"))
                if entry is None:
                    entry = gaz.place(name)
            if entry is not None and gaz is not None:
                entry = _named_region(entry, gaz.enclosing(entry), words)
                info = PlaceKey(
                    self._place_name(entry.name.lower()),
                    True,
                    frozenset(self._place_name(e.name.lower()) for e in gaz.enclosing(entry)),
                )
            else:
                info = PlaceKey(self._place_name(name.lower()), False, frozenset())
        self._places[place] = info
        return info

    @staticmethod
    def _place_name(key: str) -> str:
        # "Syrian" and "Syria" are one country; "Beirut" is a city in Lebanon
        return key if key in _CAPITALS else _COUNTRIES.get(key, key)

    def side(self, source: str) -> str | None:
        """Say whether a source is a party to the fighting or an independent voice.

        Args:
            source: the attributed source ("the Turkish Defence Ministry", "UN").

        Returns:
            ``"party"`` for a state body, an army or an armed group (or anyone the gazetteer
            knows as one), ``"independent"`` for a monitor, an NGO, an international body or
            the press, ``None`` when the name says neither.

        >>> Folder().side("Syrian Observatory for Human Rights"), Folder().side("Hamas")
        ('independent', 'party')
        >>> Folder().side("a hospital director") is None
        True
        """
        if source in self._parties:
            return self._parties[source]
        kinds: set[str] = set()
        if self._gazetteer is not None:
            kinds = {m.entry.kind.value for m in self._gazetteer.find_actors(source[:500])}
        words = {m.group().lower() for m in _PATTERNS["word"].finditer(source[:500])}
        side = None
        if kinds & _PARTY_KINDS or words & _PARTY_WORDS:
            side = "party"
        elif kinds & _INDEPENDENT_KINDS:
            side = "independent"
        self._parties[source] = side
        return side

    def source(self, source: str) -> str:
        """Fold a source's name so that an acronym equals its long form.

        Args:
            source: the attributed source ("the United Nations", "UN").

        Returns:
            A key: the acronym of a multi-word name, else the lower-case word.

        >>> Folder().source("United Nations") == Folder().source("the UN")
        True
        >>> Folder().source("Ministry of Defence") == Folder().source("the defense ministry")
        True

        The gazetteer names one actor for many wordings ("the Russian defence ministry",
        "Russia's Defense Ministry"); a name it does not know is read as an acronym, an
        inverted "Ministry of X" as "X Ministry" and a trailing "in <place>" is dropped.
        """
        if source in self._sources:
            return self._sources[source]
        name = source[:500]
        if name.endswith(")") and " (" in name:
            name = name[: name.rindex(" (")]  # "United Nations (UN)": the name and its acronym
        words = [m.group() for m in _PATTERNS["word"].finditer(name)]
        for index, word in enumerate(words[1:], 1):
            if word.lower() in _SOURCE_TAIL:
                words = words[:index]
                break
        if words and words[0].lower() == "the":
            words = words[1:]
        key = ""
        if self._gazetteer is not None and words:
            entry = self._gazetteer.actor(" ".join(words))
            if entry is not None:
                words = [m.group() for m in _PATTERNS["word"].finditer(entry.name)]
        lowered = [_SOURCE_SPELLING.get(w.lower(), w.lower()) for w in words]
        if len(lowered) > 2 and lowered[0] in _INVERTED_HEADS and lowered[1] == "of":
            lowered = [*lowered[2:], lowered[0]]
        lowered = [w for w in lowered if w not in _ACRONYM_SKIP]
        if len(lowered) > 1:
            key = "".join(w[0] for w in lowered)
        elif lowered:
            key = _PATTERNS["possessive"].sub("", lowered[0])
        self._sources[source] = key
        return key


def _force_initials(words: list[str]) -> tuple[list[str], str]:
    """Replace a force's proper name among a label's words by its initials.

    The name is a run of two or more capitalised words (with "of", "the" and the like inside)
    that ends in a word of :data:`_FORCE_WORDS`: "Central Reserve Police Force" is "CRPF", as
    copy writes it ("CRPF personnel"). Returns the words with the run replaced by the initials,
    and the initials ("" when there is no such name).

    >>> _force_initials(["Central", "Reserve", "Police", "Force", "personnel"])
    (['CRPF', 'personnel'], 'CRPF')
    >>> _force_initials(["Syrian", "Soldiers"])
    (['Syrian', 'Soldiers'], '')
    """
    end = len(words)
    while end > 0:
        last = words[end - 1]
        if last[:1].isupper() and last.lower() in _FORCE_WORDS:
            start = end - 1
            while start > 0 and (
                words[start - 1][:1].isupper() or words[start - 1].lower() in _ACRONYM_SKIP
            ):
                start -= 1
            while start < end and words[start].lower() in _ACRONYM_SKIP:
                start += 1
            named = [w for w in words[start:end] if w.lower() not in _ACRONYM_SKIP]
            if len(named) >= 2:
                initials = "".join(w[0] for w in named).upper()
                return [*words[:start], initials, *words[end:]], initials
        end -= 1
    return words, ""


def _fighter_jets(words: list[str], modifiers: set[str]) -> bool:
    """Whether "fighters" of a count of things are aircraft.

    They are when the label says "fighters" itself (not "militants") and names no side of
    fighters: "rebel fighters" or "pro-government fighters" destroyed are still people.
    """
    if not any(w.lower() in ("fighter", "fighters") for w in words):
        return False  # "militants", "combatants"
    return not any(
        m in _NON_STATE_WORDS or ("-" in m and not _is_model(m)) for m in modifiers
    )


def _equipment_head(
    head: str, modifiers: set[str], label_words: list[str], *, things: bool
) -> str:
    """Fold a head of equipment and drop the modifiers that only say its role.

    ``modifiers`` is changed in place: "MiG" becomes head ``aircraft`` with the maker kept
    as a modifier, "unmanned aerial vehicle" a ``drone``, "air defence platform" an
    ``air-defence`` system.
    """
    if head == "fighter" and things and _fighter_jets(label_words, modifiers):
        head = "aircraft"  # "three fighters" downed are aircraft, not people
    elif head in _MODEL_FAMILIES:
        modifiers.add(head)  # "two MiGs": the maker names the aircraft
        head = _MODEL_FAMILIES[head]
    elif head == "vehicle" and "aerial" in modifiers:
        head = "drone"  # "unmanned aerial vehicles"
    elif head == "defence" and "air" in modifiers:
        head = "air-defence"  # "air defences"
    elif head in _AIR_DEFENCE_HEADS and (
        not modifiers.isdisjoint(_AIR_DEFENCE_WORDS) or {"air", "defence"} <= modifiers
    ):
        modifiers.discard("anti-aircraft")
        head = "air-defence"
    head = _EQUIPMENT_HEADS.get(head, head)
    if head == "aircraft" and "unmanned" in modifiers:
        head = "drone"  # "unmanned aircraft"
    roles = _ROLE_WORDS.get(head)
    if roles is not None:
        modifiers.difference_update(roles)
    return head


def _is_model(token: str) -> bool:
    """Whether a folded modifier is a model designation ("su-24", "t-72") or a maker ("mig")."""
    return token in _MODEL_FAMILIES or _PATTERNS["model"].fullmatch(token) is not None


def _family(model: str) -> str:
    """The maker's letters of a model designation: "mig" of "mig-29", "su" of "su-24"."""
    end = 0
    while end < len(model) and model[end].isalpha():
        end += 1
    return model[:end]


def modifiers_fit(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two subjects' modifiers may describe one group.

    They do when one's are within the other's. Model designations are weighed apart from the
    rest (sides, nationalities, qualifiers): a model and a side describe the same aircraft
    from two angles ("Su-24 warplanes", "Syrian government warplanes"), so each part must fit
    on its own. Two different models never fit, nor two different sides; a maker's name fits
    its own models ("MiG" and "MiG-29").

    >>> modifiers_fit(frozenset({"su-24"}), frozenset({"syria", "government"}))
    True
    >>> modifiers_fit(frozenset({"su-24", "syria"}), frozenset({"mig-29", "syria"}))
    False
    >>> modifiers_fit(frozenset({"su-24"}), frozenset({"turkey"})), modifiers_fit(
    ...     frozenset({"syria"}), frozenset({"turkey"}))
    (True, False)
    """
    if a <= b or b <= a:
        return True
    models_a = {m for m in a if _is_model(m)}
    models_b = {m for m in b if _is_model(m)}
    if not models_a and not models_b:
        return False
    rest_a, rest_b = a.difference(models_a), b.difference(models_b)
    if not (rest_a <= rest_b or rest_b <= rest_a):
        return False
    makers = {_family(m) for m in models_a | models_b if m not in _MODEL_FAMILIES}
    models_a.difference_update(makers)
    models_b.difference_update(makers)
    return models_a <= models_b or models_b <= models_a


def _load_gazetteer() -> Gazetteer | None:
    """Return the default gazetteer, or ``None`` when it is absent or its data cannot load."""
    try:
        from conflictfacts.gazetteer import Gazetteer  # noqa: PLC0415 - optional collaborator
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return None
    try:
        return Gazetteer.default()
    except Exception:  # a broken data file must not break comparison
        return None
