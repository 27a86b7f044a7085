"""World knowledge as data: the actors and places that conflict news talks about.

A :class:`Gazetteer` knows countries (with their aliases, demonyms and capitals), the state
institutions every country has (generated from :class:`InstitutionTemplate` patterns such as
"{demonym} army" or "Ministry of Defense of {country}"), armed groups, monitors, NGOs, UN bodies,
alliances and news agencies, and the regions and towns of conflict zones. The default data ships
as JSON in ``conflictfacts/data/`` and users add their own entries without touching it:

>>> gaz = Gazetteer.default()
>>> gaz.actor("Türkiye").name
'Turkey'
>>> gaz.actor("Turkish troops").name, gaz.actor("Turkish troops").kind
('Turkish military', <ActorKind.MILITARY: 'military'>)
>>> gaz.place("Idleb").name
'Idlib'
>>> [m.text for m in gaz.find_actors("Houthi rebels said the UN and Reuters were told.")]
['Houthi rebels', 'UN', 'Reuters']
>>> gaz.affiliation_of("pro-Russian separatists")
'pro-Russia'

Matching works on word tokens (runs of letters and digits): names match whole words only,
case-insensitively and ignoring accents, except that an all-capital token of a name ("UN",
"AP", "US") must appear exactly so, so "us" and "un" never match. Tokens of a name may be
joined in the text by a space, a hyphen, an apostrophe or, after an initial, a period
("U.S.", "al-Qaeda" = "al Qaeda"). Lookups are linear in the text's length.
"""

from __future__ import annotations

import enum
import functools
import itertools
import json
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

import attrs

from conflictfacts._data import data_text, load_json
from conflictfacts.errors import InputTypeError, InputValueError, expect_str
from conflictfacts.spans import Span

__all__ = [
    "ActorEntry",
    "ActorKind",
    "Gazetteer",
    "InstitutionTemplate",
    "Match",
    "MatchVia",
    "PlaceEntry",
    "PlaceKind",
]


class ActorKind(enum.Enum):
    """What kind of actor an :class:`ActorEntry` names.

    >>> Gazetteer.default().actor("UNHCR").kind
    <ActorKind.INTERNATIONAL: 'international'>
    """

    #: A state, as a whole ("Turkey", "Ankara" as metonym).
    COUNTRY = "country"
    #: A government, regime, presidency or other executive body ("Syrian government").
    GOVERNMENT = "government"
    #: State armed forces or one of their branches ("Russian military", "Israeli air force").
    MILITARY = "military"
    #: Police, gendarmerie, intelligence and other security services.
    SECURITY = "security"
    #: A ministry ("Turkish Defense Ministry").
    MINISTRY = "ministry"
    #: A non-state armed group, militia, rebel or jihadist organisation ("Hamas").
    ARMED_GROUP = "armed_group"
    #: A conflict or casualty monitor ("Syrian Observatory for Human Rights", "ACLED").
    MONITOR = "monitor"
    #: A non-governmental humanitarian or rights organisation ("Amnesty International").
    NGO = "ngo"
    #: The UN and other intergovernmental bodies and agencies ("UNHCR", "ICC").
    INTERNATIONAL = "international"
    #: A military or political alliance or coalition ("NATO", "African Union").
    ALLIANCE = "alliance"
    #: A news agency, broadcaster or state media outlet ("Reuters", "SANA").
    MEDIA = "media"
    #: An office held by a person ("Turkish President", "UN Secretary-General").
    PERSON_ROLE = "person_role"
    #: Anything else worth knowing.
    OTHER = "other"


class PlaceKind(enum.Enum):
    """What kind of place a :class:`PlaceEntry` names.

    >>> Gazetteer.default().place("Kharkiv").kind
    <PlaceKind.CITY: 'city'>
    """

    #: A state ("Syria").
    COUNTRY = "country"
    #: A first-level division: province, governorate, oblast, state, region ("Idlib province").
    REGION = "region"
    #: A second-level division: district, raion, county, township.
    DISTRICT = "district"
    #: A capital or large city.
    CITY = "city"
    #: A town or village.
    TOWN = "town"
    #: A named area that is not an administrative unit ("Gaza Strip", "Donbas", "Sahel").
    AREA = "area"
    #: A river, sea, mountain, dam, border crossing, camp or other named feature.
    FEATURE = "feature"


class MatchVia(enum.Enum):
    """Which form of an entry's name a :class:`Match` found.

    >>> Gazetteer.default().find_actors("Moscow said")[0].via
    <MatchVia.CAPITAL: 'capital'>
    """

    #: The canonical name.
    NAME = "name"
    #: An alias or spelling variant.
    ALIAS = "alias"
    #: A demonym or national adjective ("Turkish" for Turkey).
    DEMONYM = "demonym"
    #: The capital standing for its country ("Moscow" for Russia).
    CAPITAL = "capital"


def _tuple_of_str(value: Iterable[str] | str | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class ActorEntry:
    """Someone who acts, speaks or counts in conflict news.

    >>> entry = ActorEntry(name="Wagner Group", kind=ActorKind.ARMED_GROUP,
    ...                    aliases=("Wagner", "Africa Corps"), country="Russia")
    >>> entry.names()
    ('Wagner Group', 'Wagner', 'Africa Corps')
    """

    #: The canonical name ("Syrian Observatory for Human Rights").
    name: str
    #: What kind of actor this is.
    kind: ActorKind
    #: Other names and spellings ("SOHR", "OSDH").
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: The canonical name of the country it belongs to or is based in, if any.
    country: str | None = None
    #: For countries: national adjectives and demonyms ("Turkish", "Turk", "Turks").
    demonyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: For countries: the capital, which news uses as a metonym ("Ankara said...").
    capital: str | None = None
    #: For countries: other spellings of the capital ("Kiev" beside "Kyiv").
    capital_aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    def names(self) -> tuple[str, ...]:
        """Return the canonical name followed by the aliases.

        Returns:
            Every name the entry is known by, demonyms and capitals excluded.

        >>> ActorEntry(name="Hamas", kind=ActorKind.ARMED_GROUP).names()
        ('Hamas',)
        """
        return (self.name, *self.aliases)

    def abbreviation(self) -> str | None:
        """Return the alias that spells the initials of the name ("SOHR"), if there is one.

        Returns:
            The acronym as the aliases write it, or ``None``.

        >>> ActorEntry(name="Syrian Observatory for Human Rights", kind=ActorKind.MONITOR,
        ...            aliases=("Syrian Observatory", "SOHR")).abbreviation()
        'SOHR'
        >>> ActorEntry(name="Armed Conflict Location & Event Data Project",
        ...            kind=ActorKind.MONITOR, aliases=("ACLED",)).abbreviation()
        'ACLED'
        """
        words = [w for w in _NAME_WORDS.findall(self.name) if w.lower() not in _INITIALS_SKIP]
        initials = "".join(w[0] for w in words).upper()
        if len(initials) < 2:
            return None
        for alias in self.aliases:
            if alias.isupper() and alias.replace(".", "") == initials:
                return alias
        for alias in self.aliases:
            # "ACLED" for the Armed Conflict Location & Event Data Project: the initials
            # without the last word's
            letters = alias.replace(".", "")
            if alias.isupper() and len(letters) >= 3 and letters == initials[:-1]:
                return alias
        return None

    def label(self) -> str:
        """Return how a report names the actor: the name, with its acronym when it has one.

        >>> ActorEntry(name="United Nations", kind=ActorKind.INTERNATIONAL,
        ...            aliases=("UN", "U.N.")).label()
        'United Nations (UN)'
        """
        acronym = self.abbreviation()
        return f"{self.name} ({acronym})" if acronym else self.name


#: The words of a name, for its initials ("Jaish-e-Mohammed": three words).
_NAME_WORDS = re.compile(r"[^\W\d_]+")
#: Small words an acronym skips: "Syrian Observatory for Human Rights" is "SOHR".
_INITIALS_SKIP = frozenset(["of", "for", "the", "and", "on", "in", "de", "des", "du", "la", "le"])


@attrs.frozen
class PlaceEntry:
    """A named place: a country, region, district, city, town, area or feature.

    >>> PlaceEntry(name="Kharkiv", kind=PlaceKind.CITY, aliases=("Kharkov",),
    ...            country="Ukraine", parent="Kharkiv Oblast").parent
    'Kharkiv Oblast'
    """

    #: The canonical name ("Deir ez-Zor").
    name: str
    #: What kind of place this is.
    kind: PlaceKind
    #: Other names and transliterations ("Deir al-Zour", "Deir Ezzor").
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: The canonical name of the country it lies in (itself for a country).
    country: str | None = None
    #: The canonical name of the region that contains it, when known.
    parent: str | None = None
    #: Whether the name is also a common word or a frequent name elsewhere; such places are
    #: skipped by :meth:`Gazetteer.find_places` unless asked for.
    ambiguous: bool = False

    def names(self) -> tuple[str, ...]:
        """Return the canonical name followed by the aliases.

        Returns:
            Every name the place is known by.

        >>> PlaceEntry(name="Kyiv", kind=PlaceKind.CITY, aliases=("Kiev",)).names()
        ('Kyiv', 'Kiev')
        """
        return (self.name, *self.aliases)


@attrs.frozen
class InstitutionTemplate:
    """A pattern that generates one state institution for every country.

    ``{demonym}`` stands for each of the country's demonyms and ``{country}`` for each of its
    names. The canonical name is formatted with the first demonym (or, for a country without
    one, its name).

    >>> t = InstitutionTemplate(name="{demonym} navy", kind=ActorKind.MILITARY,
    ...                         aliases=("{country}'s navy",))
    >>> turkey = ActorEntry(name="Turkey", kind=ActorKind.COUNTRY, demonyms=("Turkish",))
    >>> entry = t.expand(turkey)
    >>> entry.name, entry.aliases, entry.country
    ('Turkish navy', ("Turkey's navy",), 'Turkey')
    """

    #: The canonical name pattern ("{demonym} Defense Ministry").
    name: str
    #: The kind of the generated entries.
    kind: ActorKind
    #: Alias patterns ("Ministry of Defense of {country}", "{country}'s defense ministry").
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    def expand(self, country: ActorEntry) -> ActorEntry:
        """Return this institution of ``country``.

        Args:
            country: a :attr:`ActorKind.COUNTRY` entry.

        Returns:
            The generated entry, its ``country`` set to the country's canonical name.

        >>> t = InstitutionTemplate(name="{demonym} army", kind=ActorKind.MILITARY)
        >>> t.expand(ActorEntry(name="Chad", kind=ActorKind.COUNTRY)).name
        'Chad army'
        """
        first = country.demonyms[0] if country.demonyms else country.name
        demonyms = country.demonyms or (country.name,)
        aliases: list[str] = []
        seen = set()
        for pattern in (self.name, *self.aliases):
            fills = demonyms if "{demonym}" in pattern else ("",)
            names = _short_names(country) if "{country}" in pattern else ("",)
            for demonym in fills:
                for name in names:
                    alias = pattern.replace("{demonym}", demonym).replace("{country}", name)
                    if alias not in seen:
                        seen.add(alias)
                        aliases.append(alias)
        canonical = self.name.replace("{demonym}", first).replace("{country}", country.name)
        return ActorEntry(
            name=canonical,
            kind=self.kind,
            aliases=tuple(a for a in aliases if a != canonical),
            country=country.name,
        )


def _short_names(country: ActorEntry) -> tuple[str, ...]:
    """The country's names that read naturally inside a phrase: three words at most."""
    return tuple(
        name
        for name in country.names()
        if len(name.split()) <= 3 and not name.lower().startswith("the ")
    )


EntryT = TypeVar("EntryT", ActorEntry, PlaceEntry)


@attrs.frozen
class Match(Generic[EntryT]):
    """One name found in a text: where, as written, and which entry it names.

    ``text == searched[start:end]`` always holds.

    >>> m = Gazetteer.default().find_places("Shelling hit Kharkov overnight.")[0]
    >>> m.text, m.start, m.end, m.entry.name, m.span
    ('Kharkov', 13, 20, 'Kharkiv', Span(start=13, end=20))
    """

    #: Offset of the first character in the searched text.
    start: int
    #: Offset one past the last character.
    end: int
    #: The name as written.
    text: str
    #: The entry the name belongs to.
    entry: EntryT
    #: Which form of the entry's name was found.
    via: MatchVia = MatchVia.NAME

    @property
    def span(self) -> Span:
        """The match's position as a :class:`~conflictfacts.spans.Span`.

        >>> Match(0, 2, "UN", ActorEntry("United Nations", ActorKind.INTERNATIONAL)).span
        Span(start=0, end=2)
        """
        return Span(self.start, self.end)


# attrs' generated __init__ of a frozen class sets each field by name through a bound
# object.__setattr__; Match has no default factory, converter, validator or post-init hook, so
# storing the five values in its slots directly builds the same object, faster (a page has
# dozens of matches). tests/test_gazetteer.py checks those conditions and the equality.
_SET_START, _SET_END, _SET_TEXT, _SET_ENTRY, _SET_VIA = (
    Match.__dict__[field.name].__set__ for field in attrs.fields(Match)
)


def _new_match(start: int, end: int, text: str, entry: EntryT, via: MatchVia) -> Match[EntryT]:
    """``Match(start, end, text, entry, via)``, built without attrs' ``__init__``."""
    match: Match[EntryT] = object.__new__(Match)
    _SET_START(match, start)
    _SET_END(match, end)
    _SET_TEXT(match, text)
    _SET_ENTRY(match, entry)
    _SET_VIA(match, via)
    return match


#: Every regular expression of this module.
_PATTERNS: Mapping[str, re.Pattern[str]] = {
    # A word token: a maximal run of letters and digits.
    "token": re.compile(r"[^\W_]+"),
    # What separates word tokens (its complement), captured so that splitting keeps it.
    "gap": re.compile(r"([\W_]+)"),
    # What may join two tokens of one name: a short run of spaces, hyphens, apostrophes, periods.
    "joiner": re.compile(r"[ \t\u00a0\u2009\u202f\-\u2010\u2011\u2012\u2013'\u2019\u02bc`.]{1,3}"),
    # Lowercase ASCII words between single spaces (bounded: one word, then single-spaced ones).
    "plain_words": re.compile(r"[a-z]{1,40}(?: [a-z]{1,40}){0,15}"),
    # "pro-X" / "anti-X" at the start of a phrase, and what follows.
    "stance": re.compile(r"\s{0,8}(pro|anti)[\-\u2010\u2011 ]{1,2}", re.IGNORECASE),
    # "X-backed" and the like anywhere in a phrase (X is read from the tokens before it).
    "backed": re.compile(
        r"[\-\u2010\u2011 ](backed|supported|sponsored|allied|aligned|affiliated|funded|armed"
        r"|linked|inspired)\b",
        re.IGNORECASE,
    ),
}

#: Words that name a side rather than a state.
_SIDE_WORDS: Mapping[str, str] = {
    "rebel": "rebels",
    "rebels": "rebels",
    "insurgent": "insurgents",
    "insurgents": "insurgents",
    "opposition": "opposition",
    "separatist": "separatists",
    "separatists": "separatists",
    "jihadist": "jihadists",
    "jihadists": "jihadists",
    "militant": "militants",
    "militants": "militants",
    "militia": "militias",
    "militias": "militias",
    "militiamen": "militias",
}

#: Words after "pro-"/"anti-" or before "forces" that name the government side.
_GOVERNMENT_WORDS = frozenset({"government", "regime", "state", "loyalist", "loyalists"})

#: Stances whose country must not be read as the actor ("pro-Turkish fighters" are not Turkish).
_STANCE_PREFIXES = frozenset({"pro", "anti"})
_BACKED_SUFFIXES = frozenset(
    {
        "backed",
        "supported",
        "sponsored",
        "allied",
        "aligned",
        "affiliated",
        "funded",
        "armed",
        "linked",
        "inspired",
    }
)

#: The longest name, in tokens, that the matcher considers.
_MAX_NAME_TOKENS = 16


def _fold(token: str) -> str:
    """Lowercase ``token`` and strip its accents, for comparison."""
    if token.isascii():
        return token.lower()
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_exact(token: str) -> bool:
    """Whether a name's token must match exactly: a capital after its first letter ("UN", "LeT")."""
    rest = token[1:]
    return rest != rest.lower()


#: The ASCII characters that are letters or digits, as the "token" pattern itself decides.
_ASCII_WORD = frozenset(c for c in range(128) if _PATTERNS["token"].fullmatch(chr(c)))
#: Byte tables of the byte path of :class:`_Tokens`: a letter or digit byte becomes itself, its
#: lowercase or ``a``; any other byte (``?`` stands for every non-ASCII character) a space,
#: a space or ``x``.
_KEEP_BYTES = bytes(c if c in _ASCII_WORD else 0x20 for c in range(256))
_LOWER_BYTES = bytes(ord(chr(c).lower()) if c in _ASCII_WORD else 0x20 for c in range(256))
_CLASS_BYTES = bytes(0x61 if c in _ASCII_WORD else 0x78 for c in range(256))
#: Every ASCII byte, to delete from a UTF-8 encoding.
_ASCII_BYTES = bytes(range(128))
#: Below this length the byte path's fixed cost outweighs what it saves over the regex split.
_BYTE_PATH_MIN = 16


def _one_byte_each(text: str) -> bytes | None:
    """``text`` one byte per character, non-ASCII as ``?``, when no non-ASCII one is a word's.

    The non-ASCII characters are the UTF-8 encoding without its ASCII bytes (every byte of a
    multi-byte sequence is >= 0x80; lone surrogates pass through). ``None`` when one of them is
    a letter or digit, so that the bytes would not show every word.
    """
    if text.isascii():
        return text.encode("ascii")
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    if _PATTERNS["token"].search(others.decode("utf-8", "surrogatepass")) is not None:
        return None
    return text.encode("ascii", "replace")


class _Tokens:
    """The word tokens of a text as parallel lists (few objects, so the collector stays idle).

    Token ``i`` is ``raws[i]``, at ``text[starts[i] : starts[i] + len(raws[i])]``; ``keys[i]`` is
    its folded form.
    """

    __slots__ = ("keys", "raws", "starts")

    def __init__(self, text: str) -> None:
        data = _one_byte_each(text) if len(text) >= _BYTE_PATH_MIN else None
        if data is not None:
            # The byte path, exact because each byte stands for the character at its offset and
            # is a letter or digit exactly when the character is one (non-ASCII characters are
            # not, see _one_byte_each), so the tables turn every gap into spaces and keep the
            # tokens (all ASCII, so _fold is str.lower) in place. With a newline on the character
            # before each token (``xa`` never overlaps itself), every line but the last ends where
            # a token starts, so the running sum of line lengths gives the offsets.
            self.raws: list[str] = data.translate(_KEEP_BYTES).decode("ascii").split()
            self.keys: list[str] = data.translate(_LOWER_BYTES).decode("ascii").split()
            lines = data.translate(_CLASS_BYTES).replace(b"xa", b"\na").splitlines(keepends=True)
            ends = list(itertools.accumulate(map(len, lines), initial=0))
            self.starts: list[int] = ends[0 if data[:1].translate(_CLASS_BYTES) == b"a" else 1 : -1]
            return
        # Splitting at the gaps gives tokens and gaps alternately, a token first and last (empty
        # when the text starts or ends with a gap); the running sum of lengths gives offsets.
        parts = _PATTERNS["gap"].split(text)
        offsets = list(itertools.accumulate(map(len, parts), initial=0))
        lo = 0 if parts[0] else 2
        hi = len(parts) if parts[-1] else len(parts) - 2
        self.raws = parts[lo:hi:2]
        self.starts = offsets[lo:hi:2]
        self.keys = list(map(str.lower, self.raws))
        # Accents to strip only when a token is not plain ASCII (curly quotes and dashes, the
        # usual foreign characters of a news page, stand between the tokens).
        if not "".join(self.raws).isascii():
            foreign = map(operator.not_, map(str.isascii, self.raws))
            for index in itertools.compress(range(len(self.raws)), foreign):
                self.keys[index] = _fold(self.raws[index])

    def __len__(self) -> int:
        return len(self.keys)

    def joinable(self, text: str, left: int) -> bool:
        """Whether tokens ``left`` and ``left + 1`` may belong to one name."""
        end = self.starts[left] + len(self.raws[left])
        start = self.starts[left + 1]
        if start - end > 3:
            return False
        gap = text[end:start]
        if gap == " ":
            return True
        if _PATTERNS["joiner"].fullmatch(gap) is None:
            return False
        if "." in gap:
            return len(self.raws[left]) == 1 and gap.count(".") == 1
        return True

    def gap_before(self, text: str, index: int) -> str:
        """The text between token ``index - 1`` and token ``index``."""
        return text[self.starts[index - 1] + len(self.raws[index - 1]) : self.starts[index]]


class _Terminal(NamedTuple, Generic[EntryT]):
    """One name of one entry at a trie node (a named tuple: built tens of thousands of times)."""

    entry: EntryT
    via: MatchVia
    #: (position, token) pairs that must match exactly.
    exact: tuple[tuple[int, str], ...]
    #: Whether the name starts with a lowercase letter ("al-Bab").
    lower_start: bool
    #: Whether the name ends with an initial, so a following period belongs to it ("U.S.").
    ends_with_initial: bool
    #: Positions of initials that the name writes with a period after them, before its last
    #: token: "A.U." is no match for "A U.S." (an article, then "U.S.").
    dotted: tuple[int, ...] = ()


class _Node(Generic[EntryT]):
    """A token-trie node; mutable only while the owning index is being built."""

    __slots__ = ("children", "terminals")

    def __init__(self) -> None:
        self.children: dict[str, _Node[EntryT]] = {}
        self.terminals: list[_Terminal[EntryT]] = []


class _Index(Generic[EntryT]):
    """A token trie of names, built once per Gazetteer and never changed afterwards."""

    __slots__ = ("by_key", "root")

    def __init__(self) -> None:
        self.root: _Node[EntryT] = _Node()
        self.by_key: dict[tuple[str, ...], list[_Terminal[EntryT]]] = {}

    def add(self, name: str, entry: EntryT, via: MatchVia) -> None:
        found = list(_PATTERNS["token"].finditer(name))
        raw = [m.group() for m in found]
        # a capital initial ("A" of "A.U.") is written so: the article "a" must not match it
        initials = {
            i
            for i, m in enumerate(found)
            if len(m.group()) == 1 and m.group().isupper() and name[m.end() : m.end() + 1] == "."
        }
        if not raw or len(raw) > _MAX_NAME_TOKENS:
            return
        keys = tuple(_fold(t) for t in raw)
        node = self.root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        stripped = name.lstrip()
        terminal = _Terminal(
            entry=entry,
            via=via,
            exact=tuple((i, t) for i, t in enumerate(raw) if _is_exact(t) or i in initials),
            lower_start=bool(stripped) and stripped[0].islower(),
            ends_with_initial=len(raw[-1]) == 1 and name.rstrip().endswith("."),
            dotted=tuple(sorted(i for i in initials if i < len(raw) - 1)),
        )
        if node.terminals and node.terminals[0].entry is entry and node.terminals[0][2:] == (
            terminal[2:]
        ):
            return  # another spelling of a name of the same entry ("Doctors' Network")
        # Later names win: user entries override the defaults.
        node.terminals.insert(0, terminal)
        self.by_key.setdefault(keys, []).insert(0, terminal)

    def lookup(self, name: str) -> _Terminal[EntryT] | None:
        raw = [m.group() for m in _PATTERNS["token"].finditer(name)]
        keys = tuple(_fold(t) for t in raw)
        for terminal in self.by_key.get(keys, ()):
            if all(raw[i] == token for i, token in terminal.exact):
                return terminal
        if len(keys) > 1 and keys[0] == "the":
            # "The Associated Press", "the UN": the article is not part of the name.
            for terminal in self.by_key.get(keys[1:], ()):
                if all(raw[i + 1] == token for i, token in terminal.exact):
                    return terminal
        return None

    def scan(
        self,
        text: str,
        tokens: _Tokens,
        *,
        capitalised: bool,
        starts: Iterable[int] | None = None,
    ) -> Iterator[tuple[int, int, _Terminal[EntryT], int, int]]:
        """Yield leftmost-longest, non-overlapping matches as (start, end, terminal, i, j).

        A name of the trie matches when its tokens follow each other joinably, its exact
        (capitalised) tokens are written so, and, with ``capitalised``, the first token is
        capitalised unless the name itself begins in lower case. ``starts``, when given, lists
        in ascending order the tokens that may start a name: all that start one of the trie's,
        and any others.
        """
        count = len(tokens)
        keys = tokens.keys
        raws = tokens.raws
        children = self.root.children
        # Only a token that starts some name can start a match: jump from one to the next.
        if starts is None:
            starts = itertools.compress(range(count), map(children.__contains__, keys))
        resume = 0

        def longest(i: int) -> tuple[int, _Terminal[EntryT]] | None:
            """The longest name of the trie that starts at token ``i``: (last token, terminal)."""
            head = children.get(keys[i])
            if head is None:
                return None
            # Most starts are words like "the" or "a" that no name is made of alone: unless the
            # next token continues a name, nothing can match here.
            if not head.terminals and (i + 1 >= count or keys[i + 1] not in head.children):
                return None
            lower_initial = capitalised and raws[i][0].islower()
            best: tuple[int, _Terminal[EntryT]] | None = None
            node: _Node[EntryT] | None = head
            j = i
            while node is not None:
                for terminal in node.terminals:
                    exact = terminal.exact
                    if exact and not all(raws[i + k] == token for k, token in exact):
                        continue
                    if terminal.dotted and not all(
                        text[tokens.starts[i + k] + 1 : tokens.starts[i + k] + 2] == "."
                        for k in terminal.dotted
                    ):
                        continue  # "A U.S. strike": the article "A", not the A of "A.U."
                    if lower_initial and not terminal.lower_start:
                        continue
                    best = (j, terminal)
                    break
                j += 1
                if j >= count or j - i >= _MAX_NAME_TOKENS:
                    break
                # The trie is asked first: most names stop here, and it is cheaper than the gap.
                node = node.children.get(keys[j])
                if node is not None and not tokens.joinable(text, j - 1):
                    break
            return best

        for i in starts:
            if i < resume:
                continue
            best = longest(i)
            if best is None:
                continue
            first = i
            if keys[i] == "the" and i + 1 < count:
                # "the Gulf of Aden": a longer name after the article wins over "the Gulf"
                inner = longest(i + 1)
                if inner is not None and inner[0] > best[0]:
                    first, best = i + 1, inner
            last, terminal = best
            end = tokens.starts[last] + len(raws[last])
            if terminal.ends_with_initial and text[end : end + 1] == ".":
                end += 1
            if text[end : end + 1] == "$":
                continue  # "US$336 million", "A$5": a currency, not the country
            yield tokens.starts[first], end, terminal, first, last
            resume = last + 1


def _enum_value(enum_type: type[enum.Enum], value: object, where: str) -> Any:
    if isinstance(value, enum_type):
        return value
    if isinstance(value, str):
        for member in enum_type:
            if value.lower() in (member.value, member.name.lower()):
                return member
    raise InputValueError(f"{where}: unknown {enum_type.__name__} {value!r}")


def _str_list(record: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = record.get(key, [])
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputValueError(f"{where}: {key!r} must be a list of strings")
    return tuple(value)


def _opt_str(record: Mapping[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise InputValueError(f"{where}: {key!r} must be a string or null")
    return value


def _name(record: Mapping[str, Any], where: str) -> str:
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        raise InputValueError(f"{where}: every entry needs a non-empty 'name'")
    return name


def _actor_from_record(record: Mapping[str, Any], where: str, default_kind: str) -> ActorEntry:
    name = _name(record, where)
    kind = _enum_value(ActorKind, record.get("kind", default_kind), where)
    country = _opt_str(record, "country", where)
    return ActorEntry(
        name=name,
        kind=kind,
        aliases=_str_list(record, "aliases", where),
        country=name if country is None and kind is ActorKind.COUNTRY else country,
        demonyms=_str_list(record, "demonyms", where),
        capital=_opt_str(record, "capital", where),
        capital_aliases=_str_list(record, "capital_aliases", where),
    )


def _place_from_record(record: Mapping[str, Any], where: str) -> PlaceEntry:
    ambiguous = record.get("ambiguous", False)
    if not isinstance(ambiguous, bool):
        raise InputValueError(f"{where}: 'ambiguous' must be true or false")
    return PlaceEntry(
        name=_name(record, where),
        kind=_enum_value(PlaceKind, record.get("kind", "town"), where),
        aliases=_str_list(record, "aliases", where),
        country=_opt_str(record, "country", where),
        parent=_opt_str(record, "parent", where),
        ambiguous=ambiguous,
    )


def _template_from_record(record: Mapping[str, Any], where: str) -> InstitutionTemplate:
    return InstitutionTemplate(
        name=_name(record, where),
        kind=_enum_value(ActorKind, record.get("kind"), where),
        aliases=_str_list(record, "aliases", where),
    )


def _records(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise InputValueError(f"gazetteer JSON: {key!r} must be a list of objects")
    return value


def _parse_document(data: object) -> tuple[
    tuple[ActorEntry, ...], tuple[PlaceEntry, ...], tuple[InstitutionTemplate, ...]
]:
    if not isinstance(data, dict):
        raise InputValueError("gazetteer JSON must be an object with 'countries', 'actors', "
                              "'templates' and/or 'places' lists")
    unknown = set(data) - {"countries", "actors", "templates", "places", "comment", "license"}
    if unknown:
        raise InputValueError(f"gazetteer JSON: unknown keys {sorted(unknown)}")
    countries = tuple(
        _actor_from_record(r, f"countries[{n}]", "country")
        for n, r in enumerate(_records(data, "countries"))
    )
    actors = tuple(
        _actor_from_record(r, f"actors[{n}]", "other")
        for n, r in enumerate(_records(data, "actors"))
    )
    templates = tuple(
        _template_from_record(r, f"templates[{n}]")
        for n, r in enumerate(_records(data, "templates"))
    )
    places = tuple(
        _place_from_record(r, f"places[{n}]") for n, r in enumerate(_records(data, "places"))
    )
    return countries + actors, places, templates


@attrs.frozen
class _Indexes:
    actors: _Index[ActorEntry]
    places: _Index[PlaceEntry]
    demonyms: Mapping[str, ActorEntry]
    generated: tuple[ActorEntry, ...]
    #: The first tokens (keys) of all names, actors' and places'.
    heads: frozenset[str]


def _build_indexes(
    actors: tuple[ActorEntry, ...],
    places: tuple[PlaceEntry, ...],
    templates: tuple[InstitutionTemplate, ...],
) -> _Indexes:
    actor_index: _Index[ActorEntry] = _Index()
    place_index: _Index[PlaceEntry] = _Index()
    demonyms: dict[str, ActorEntry] = {}
    generated: list[ActorEntry] = []
    countries = [a for a in actors if a.kind is ActorKind.COUNTRY]
    for country in countries:
        for template in templates:
            generated.append(template.expand(country))
    # Generated institutions first, so explicit entries of the same name override them.
    for entry in (*generated, *actors):
        for via, name in (
            (MatchVia.NAME, entry.name),
            *((MatchVia.ALIAS, alias) for alias in entry.aliases),
            *((MatchVia.DEMONYM, demonym) for demonym in entry.demonyms),
            *(
                (MatchVia.CAPITAL, capital)
                for capital in (
                    *((entry.capital,) if entry.capital else ()),
                    *entry.capital_aliases,
                )
            ),
        ):
            actor_index.add(name, entry, via)
        for demonym in entry.demonyms:
            demonyms[_fold(demonym)] = entry
    # Countries and their capitals are places too, unless the place data says otherwise.
    for country in countries:
        place_index.add(
            country.name, PlaceEntry(country.name, PlaceKind.COUNTRY, country.aliases,
                                     country=country.name), MatchVia.NAME
        )
        place = place_index.lookup(country.name)
        assert place is not None
        for alias in country.aliases:
            place_index.add(alias, place.entry, MatchVia.ALIAS)
        if country.capital:
            capital = PlaceEntry(
                country.capital, PlaceKind.CITY, country.capital_aliases, country=country.name
            )
            for via, name in ((MatchVia.NAME, capital.name),
                              *((MatchVia.ALIAS, a) for a in capital.aliases)):
                place_index.add(name, capital, via)
    for place_entry in places:
        place_index.add(place_entry.name, place_entry, MatchVia.NAME)
        for alias in place_entry.aliases:
            place_index.add(alias, place_entry, MatchVia.ALIAS)
    heads = frozenset(actor_index.root.children).union(place_index.root.children)
    return _Indexes(actor_index, place_index, demonyms, tuple(generated), heads)


def _actor_tuple(entries: Iterable[ActorEntry]) -> tuple[ActorEntry, ...]:
    return tuple(entries)


def _place_tuple(entries: Iterable[PlaceEntry]) -> tuple[PlaceEntry, ...]:
    return tuple(entries)


def _template_tuple(entries: Iterable[InstitutionTemplate]) -> tuple[InstitutionTemplate, ...]:
    return tuple(entries)


@functools.cache
def _default() -> Gazetteer:
    actors_data = json.loads(data_text("actors.json"))
    places_data = json.loads(data_text("places.json"))
    actors, _, templates = _parse_document(actors_data)
    _, places, _ = _parse_document(places_data)
    return Gazetteer(actors=actors, places=places, templates=templates)


@functools.lru_cache(maxsize=2)
def _restore(
    actors: tuple[ActorEntry, ...],
    places: tuple[PlaceEntry, ...],
    templates: tuple[InstitutionTemplate, ...],
) -> Gazetteer:
    """Rebuild an unpickled gazetteer; a worker that gets the same one per task builds it once."""
    return Gazetteer(actors=actors, places=places, templates=templates)


@attrs.frozen
class Gazetteer:
    """An immutable collection of known actors and places, with a name index built once.

    Build one with :meth:`default`, :meth:`from_json` or the constructor, and extend it with
    :meth:`with_entries` (which returns a new gazetteer; the original is unchanged).

    >>> gaz = Gazetteer(actors=(ActorEntry("Militia X", ActorKind.ARMED_GROUP, ("MX",)),))
    >>> gaz.actor("militia x").name, gaz.actor("mx")
    ('Militia X', None)
    """

    #: Explicit actor entries, countries included (institutions are generated from templates).
    actors: tuple[ActorEntry, ...] = attrs.field(default=(), converter=_actor_tuple)
    #: Place entries (countries and capitals are derived from the country actors as well).
    places: tuple[PlaceEntry, ...] = attrs.field(default=(), converter=_place_tuple)
    #: Patterns that generate one institution per country.
    templates: tuple[InstitutionTemplate, ...] = attrs.field(
        default=(), converter=_template_tuple
    )
    _indexes: _Indexes = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(
            self, "_indexes", _build_indexes(self.actors, self.places, self.templates)
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the entries, not the name index built from them (megabytes, slower to load).

        The default gazetteer pickles as a reference to :meth:`default`, so a worker process
        uses its own copy; another gazetteer is rebuilt from its entries once per process.

        >>> import pickle
        >>> len(pickle.dumps(Gazetteer.default())) < 200
        True
        """
        if _default.cache_info().currsize and self is _default():
            return (_default, ())
        return (_restore, (self.actors, self.places, self.templates))

    @classmethod
    def default(cls) -> Gazetteer:
        """Return the gazetteer shipped with conflictfacts (loaded once per process).

        Returns:
            The default gazetteer; it is immutable, so sharing it is safe.

        >>> Gazetteer.default() is Gazetteer.default()
        True
        """
        return _default()

    @classmethod
    def from_json(cls, source: str | Path) -> Gazetteer:
        """Build a gazetteer from JSON text or from the path of a JSON file.

        The document is an object with any of the lists ``countries``, ``actors``,
        ``templates`` and ``places``; see ``docs/gazetteer.md`` for the fields. A string that
        starts with ``{`` or ``[`` is read as JSON text, any other string as a path.

        Args:
            source: JSON text, or a path to a UTF-8 JSON file.

        Returns:
            A gazetteer holding only the document's entries (combine with
            ``Gazetteer.default().with_entries(...)`` to extend the defaults).

        Raises:
            InputTypeError: ``source`` is neither ``str`` nor a path.
            InputValueError: the JSON is malformed or an entry is invalid.

        >>> gaz = Gazetteer.from_json('{"actors": [{"name": "Blue Brigade", '
        ...                           '"kind": "armed_group", "aliases": ["BB"]}]}')
        >>> gaz.actor("BB").kind
        <ActorKind.ARMED_GROUP: 'armed_group'>
        """
        data = load_json(source, "Gazetteer.from_json", "gazetteer")
        actors, places, templates = _parse_document(data)
        return cls(actors=actors, places=places, templates=templates)

    def with_entries(
        self, entries: Iterable[ActorEntry | PlaceEntry | InstitutionTemplate] | Gazetteer
    ) -> Gazetteer:
        """Return a new gazetteer with ``entries`` added; on a name clash they win.

        Args:
            entries: actor entries, place entries and templates, or another gazetteer.

        Returns:
            A new gazetteer; ``self`` is unchanged.

        Raises:
            InputTypeError: an entry is of another type.

        >>> base = Gazetteer.default()
        >>> town = PlaceEntry("Nowhereville", PlaceKind.TOWN, country="Mali")
        >>> extended = base.with_entries([town])
        >>> extended.place("Nowhereville").country, base.place("Nowhereville")
        ('Mali', None)
        """
        if isinstance(entries, Gazetteer):
            return Gazetteer(
                actors=self.actors + entries.actors,
                places=self.places + entries.places,
                templates=self.templates + entries.templates,
            )
        actors: list[ActorEntry] = []
        places: list[PlaceEntry] = []
        templates: list[InstitutionTemplate] = []
        for entry in entries:
            if isinstance(entry, ActorEntry):
                actors.append(entry)
            elif isinstance(entry, PlaceEntry):
                places.append(entry)
            elif isinstance(entry, InstitutionTemplate):
                templates.append(entry)
            else:
                raise InputTypeError(
                    "Gazetteer.with_entries() expects ActorEntry, PlaceEntry or "
                    f"InstitutionTemplate, got {type(entry).__name__}"
                )
        return Gazetteer(
            actors=self.actors + tuple(actors),
            places=self.places + tuple(places),
            templates=self.templates + tuple(templates),
        )

    @property
    def institutions(self) -> tuple[ActorEntry, ...]:
        """The state institutions generated from the templates, one per country and template.

        >>> "Ukrainian Defense Ministry" in {e.name for e in Gazetteer.default().institutions}
        True
        """
        return self._indexes.generated

    def actor(self, name: str) -> ActorEntry | None:
        """Return the actor that ``name`` names as a whole, or ``None``.

        Case and accents are ignored except for all-capital tokens (acronyms), which must
        match exactly. Demonyms and capitals name their country.

        Args:
            name: a name, alias, demonym or capital.

        Returns:
            The entry, or ``None`` when the name is unknown.

        Raises:
            InputTypeError: ``name`` is not a ``str``.

        >>> gaz = Gazetteer.default()
        >>> gaz.actor("ISIL").name, gaz.actor("Moscow").name, gaz.actor("us")
        ('Islamic State', 'Russia', None)
        """
        terminal = self._indexes.actors.lookup(expect_str(name, "Gazetteer.actor", "name"))
        return None if terminal is None else terminal.entry

    def place(self, name: str) -> PlaceEntry | None:
        """Return the place that ``name`` names as a whole, or ``None``.

        Args:
            name: a place name or alias (ambiguous places included).

        Returns:
            The entry, or ``None`` when the name is unknown.

        Raises:
            InputTypeError: ``name`` is not a ``str``.

        >>> Gazetteer.default().place("Deir al-Zour").name
        'Deir ez-Zor'
        """
        terminal = self._indexes.places.lookup(expect_str(name, "Gazetteer.place", "name"))
        return None if terminal is None else terminal.entry

    def enclosing(self, place: PlaceEntry) -> tuple[PlaceEntry, ...]:
        """Return the known places that contain ``place``, narrowest first.

        Follows :attr:`PlaceEntry.parent` upwards (at most 8 steps, so a cycle in user data
        cannot loop), then adds the country. Unknown parents end the chain.

        Args:
            place: a place entry (usually from :meth:`place`).

        Returns:
            The containing entries, without ``place`` itself; empty for a country.

        Raises:
            InputTypeError: ``place`` is not a :class:`PlaceEntry`.

        >>> gaz = Gazetteer.default()
        >>> [e.name for e in gaz.enclosing(gaz.place("Kharkiv"))]
        ['Kharkiv Oblast', 'Ukraine']
        """
        if not isinstance(place, PlaceEntry):
            raise InputTypeError(
                f"Gazetteer.enclosing() expects a PlaceEntry, got {type(place).__name__}"
            )
        found: list[PlaceEntry] = []
        names = {place.name}
        current = place
        for _ in range(8):
            parent = self.place(current.parent) if current.parent else None
            if parent is None or parent.name in names:
                break
            found.append(parent)
            names.add(parent.name)
            current = parent
        country = self.place(place.country) if place.country else None
        if country is not None and country.name not in names:
            found.append(country)
        return tuple(found)

    def country_of_demonym(self, demonym: str) -> ActorEntry | None:
        """Return the country whose demonym or national adjective ``demonym`` is.

        Args:
            demonym: "Turkish", "Ukrainians", "Emirati"...

        Returns:
            The country entry, or ``None``.

        Raises:
            InputTypeError: ``demonym`` is not a ``str``.

        >>> Gazetteer.default().country_of_demonym("Ukrainian").name
        'Ukraine'
        """
        key = _fold(expect_str(demonym, "Gazetteer.country_of_demonym", "demonym").strip())
        return self._indexes.demonyms.get(key)

    def find_actors(self, text: str) -> tuple[Match[ActorEntry], ...]:
        """Find every actor named in ``text``: leftmost-longest, non-overlapping, whole words.

        A name right after "pro-"/"anti-" or right before "-backed" (and similar) is skipped:
        "pro-Russian forces" are not Russian forces (see :meth:`affiliation_of`).

        Args:
            text: any text.

        Returns:
            The matches in text order; ``text[m.start:m.end] == m.text`` for each.

        Raises:
            InputTypeError: ``text`` is not a ``str``.

        >>> gaz = Gazetteer.default()
        >>> [(m.text, m.entry.name) for m in gaz.find_actors(
        ...     "Russia's defence ministry said pro-Russian forces and the U.S. disagreed.")]
        [("Russia's defence ministry", 'Russian Defense Ministry'), ('U.S.', 'United States')]
        """
        expect_str(text, "Gazetteer.find_actors")
        return self._actors(text, _Tokens(text))

    def _actors(
        self, text: str, tokens: _Tokens, starts: Iterable[int] | None = None
    ) -> tuple[Match[ActorEntry], ...]:
        keys = tokens.keys
        final = len(keys) - 1
        found: list[Match[ActorEntry]] = []
        for start, end, terminal, first, last in self._indexes.actors.scan(
            text, tokens, capitalised=False, starts=starts
        ):
            # _is_stance needs "pro"/"anti" just before or a word like "backed" just after.
            if (
                (first and keys[first - 1] in _STANCE_PREFIXES)
                or (last < final and keys[last + 1] in _BACKED_SUFFIXES)
            ) and _is_stance(text, tokens, first, last):
                continue
            found.append(_new_match(start, end, text[start:end], terminal.entry, terminal.via))
        return tuple(found)

    def find_places(
        self, text: str, *, include_ambiguous: bool = False
    ) -> tuple[Match[PlaceEntry], ...]:
        """Find every place named in ``text``: leftmost-longest, non-overlapping, whole words.

        A match must start with a capital letter unless the name itself starts lowercase
        ("al-Bab"), so "bar" never matches a town named Bar.

        Args:
            text: any text.
            include_ambiguous: also report places whose names are common words.

        Returns:
            The matches in text order; ``text[m.start:m.end] == m.text`` for each.

        Raises:
            InputTypeError: ``text`` is not a ``str``.

        >>> [(m.text, m.entry.country) for m in Gazetteer.default().find_places(
        ...     "Drones struck Hudaydah and Sanaa in Yemen.")]
        [('Hudaydah', 'Yemen'), ('Sanaa', 'Yemen'), ('Yemen', 'Yemen')]
        """
        expect_str(text, "Gazetteer.find_places")
        return self._places(text, _Tokens(text), include_ambiguous=include_ambiguous)

    def _places(
        self,
        text: str,
        tokens: _Tokens,
        *,
        include_ambiguous: bool = False,
        starts: Iterable[int] | None = None,
    ) -> tuple[Match[PlaceEntry], ...]:
        return tuple(
            _new_match(start, end, text[start:end], terminal.entry, terminal.via)
            for start, end, terminal, _, _ in self._indexes.places.scan(
                text, tokens, capitalised=True, starts=starts
            )
            if include_ambiguous or not terminal.entry.ambiguous
        )

    def find_names(
        self, text: str, *, include_ambiguous: bool = False
    ) -> tuple[tuple[Match[ActorEntry], ...], tuple[Match[PlaceEntry], ...]]:
        """Find the actors and the places named in ``text``, splitting it into words once.

        The same as ``(find_actors(text), find_places(text))``, in about half the time on a
        whole page.

        Args:
            text: any text.
            include_ambiguous: also report places whose names are common words.

        Returns:
            The actor matches and the place matches, each in text order.

        Raises:
            InputTypeError: ``text`` is not a ``str``.

        >>> actors, places = Gazetteer.default().find_names("Sudanese troops entered Kassala.")
        >>> [m.entry.name for m in actors], [m.entry.name for m in places]
        (['Sudanese military'], ['Kassala'])
        """
        expect_str(text, "Gazetteer.find_names")
        tokens = _Tokens(text)
        # The tokens that start a name of either index, found in one pass for both scans.
        heads = self._indexes.heads
        starts = list(itertools.compress(range(len(tokens)), map(heads.__contains__, tokens.keys)))
        return self._actors(text, tokens, starts), self._places(
            text, tokens, include_ambiguous=include_ambiguous, starts=starts
        )

    def affiliation_of(self, phrase: str) -> str | None:
        """Return the side a phrase such as "Turkish troops" or "pro-government militias" is on.

        Returns the canonical country for a state's forces ("Turkish troops" → "Turkey"),
        ``"pro-<country>"`` for "pro-<demonym or country>" and "<country>-backed",
        ``"pro-government"``/``"anti-government"``, an armed group's canonical name, or a side
        label for rebels, opposition, separatists, jihadists, militants and militias.

        Args:
            phrase: a noun phrase naming a group of people.

        Returns:
            The affiliation, or ``None`` when the phrase states none.

        Raises:
            InputTypeError: ``phrase`` is not a ``str``.

        >>> gaz = Gazetteer.default()
        >>> [gaz.affiliation_of(p) for p in ("Turkish soldiers", "pro-Turkish fighters",
        ...     "pro-government militia", "Iran-backed Houthis", "Syrian rebels", "civilians")]
        ['Turkey', 'pro-Turkey', 'pro-government', 'pro-Iran', 'rebels', None]
        """
        expect_str(phrase, "Gazetteer.affiliation_of", "phrase")
        stance = _PATTERNS["stance"].match(phrase)
        if stance is not None:
            side = self._side_named(phrase[stance.end() :])
            if side is not None:
                return f"{stance.group(1).lower()}-{side}"
        backed = _PATTERNS["backed"].search(phrase)
        if backed is not None:
            side = self._side_named(phrase[: backed.start()], last=True)
            if side is not None:
                return f"pro-{side}"
        starts_name = self._indexes.actors.root.children
        if _PATTERNS["plain_words"].fullmatch(phrase) is not None:
            # lowercase ASCII words between single spaces ("civilians", "armored vehicles") are
            # their own tokens and keys: with none a side word, a government word or the start
            # of an actor's name, nothing below can answer
            keys = phrase.split(" ")
            if not any(
                key in starts_name or key in _SIDE_WORDS or key in _GOVERNMENT_WORDS
                for key in keys
            ):
                return None
        tokens = _Tokens(phrase)
        keys = tokens.keys
        # a match starts at a token that starts some actor's name: with none, there is no match
        actors = self._actors(phrase, tokens) if any(map(starts_name.__contains__, keys)) else ()
        for key in keys:
            if key in _SIDE_WORDS:
                group = next(
                    (m.entry.name for m in actors if m.entry.kind is ActorKind.ARMED_GROUP), None
                )
                return group if group is not None else _SIDE_WORDS[key]
        for match in actors:
            entry = match.entry
            if entry.kind is ActorKind.COUNTRY:
                return entry.name
            if entry.kind is ActorKind.ARMED_GROUP:
                return entry.name
            if entry.country is not None and entry.kind in (
                ActorKind.MILITARY, ActorKind.GOVERNMENT, ActorKind.SECURITY,
                ActorKind.MINISTRY, ActorKind.PERSON_ROLE,
            ):
                return entry.country
        if any(key in _GOVERNMENT_WORDS for key in keys):
            return "government"
        return None

    def _side_named(self, fragment: str, *, last: bool = False) -> str | None:
        """The country, group or government side named at the start (or end) of a fragment."""
        tokens = _Tokens(fragment)
        if not len(tokens):
            return None
        edge = tokens.keys[-1] if last else tokens.keys[0]
        if edge in _GOVERNMENT_WORDS:
            return "government"
        if edge in ("opposition", "rebel", "rebels"):
            return "opposition"
        matches = self._indexes.actors.scan(fragment, tokens, capitalised=False)
        chosen: tuple[int, int, _Terminal[ActorEntry], int, int] | None = None
        for found in matches:
            if last:
                chosen = found
            else:
                chosen = found if found[3] == 0 else None
                break
        if chosen is None or (last and chosen[4] != len(tokens) - 1):
            return None
        entry = chosen[2].entry
        if entry.kind is ActorKind.COUNTRY or entry.kind is ActorKind.ARMED_GROUP:
            return entry.name
        return entry.country if entry.country is not None else entry.name


def _is_stance(text: str, tokens: _Tokens, first: int, last: int) -> bool:
    """Whether the name at tokens[first..last] is the object of "pro-" or "-backed"."""
    hyphens = ("-", "\u2010", "\u2011")
    if (
        first > 0
        and tokens.keys[first - 1] in _STANCE_PREFIXES
        and tokens.gap_before(text, first) in hyphens
    ):
        return True
    return (
        last + 1 < len(tokens)
        and tokens.keys[last + 1] in _BACKED_SUFFIXES
        and tokens.gap_before(text, last + 1) in hyphens
    )
