"""What sources disagree about beyond the figures: who did it, and how names are written.

:func:`find_discrepancies` reads the articles of a batch, with their claims and the facts
:func:`~conflictfacts.compare.compare` made of them, and reports two kinds of
:class:`Discrepancy`:

- ``perpetrator``: one incident (the facts about one group of victims, on one day, in one place)
  blamed on different parties by different articles. Parties are compared after normalising
  through the gazetteer: "Syrian government forces" and "the Syrian regime" are one party,
  "Russia" another.
- ``name``: one person, place or designation written differently across the articles
  ("Bashar"/"Bashir", "F-35"/"F-45", "Idlib"/"Idleb"). A difference that is only a
  transliteration (the gazetteer knows both forms as one place, or they differ only in accents,
  apostrophes, the article "al-", doubled letters or the vowels e/i and o/u) is reported with
  ``spelling=True``; a designation whose digits differ, or a name whose letters differ
  otherwise, is a real discrepancy (``spelling=False``).

Near-identical names are found with `rapidfuzz <https://github.com/rapidfuzz/RapidFuzz>`_
(the ``[fuzzy]`` extra) when it is installed, else with the standard library's
``difflib``; both give the same ratio on the short words compared here. Every value carries
its article, the outlet, the source the article credits (for a perpetrator) and an exact
evidence span: ``article.text[start:end] == value``.

>>> import datetime as dt
>>> from conflictfacts.article import parse_article
>>> a = parse_article("Shelling hit Kutum on Monday, Governor Halim Darvesh said.",
...                   published=dt.date(2031, 4, 9), outlet="Meridian Wire")
>>> b = parse_article("Governor Halim Darvish said shelling hit Kutum on Monday.",
...                   published=dt.date(2031, 4, 9), outlet="Daily Courier")
>>> found = find_discrepancies([(a, ()), (b, ())])
>>> [(d.kind.value, d.about, d.spelling, [v.value for v in d.values]) for d in found]
[('name', 'Halim Darvesh', True, ['Halim Darvesh', 'Halim Darvish'])]
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from conflictfacts import _extras
from conflictfacts.article import Article
from conflictfacts.claims import Claim, ClaimKind
from conflictfacts.errors import InputTypeError
from conflictfacts.gazetteer import ActorKind, Gazetteer, MatchVia, PlaceKind

if TYPE_CHECKING:
    from conflictfacts.compare import Fact

__all__ = [
    "MAX_NAME_CANDIDATES",
    "Discrepancy",
    "DiscrepancyKind",
    "DiscrepancyValue",
    "find_discrepancies",
    "render_discrepancies_markdown",
    "render_discrepancies_table",
    "similarity",
]

#: How many other spellings one name is compared with, at most (the nearest in length first):
#: a bound that keeps the name search linear in the number of distinct names of a story.
MAX_NAME_CANDIDATES = 64
#: How alike two words must be (0..1, the normalised indel similarity) to be one name.
_NEAR = 0.82
#: Shorter words (without digits) are too often different words to be compared.
_MIN_NAME_LETTERS = 4
#: The kinds of fact whose perpetrator is compared: harm done to people.
_HARM = frozenset({ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.MISSING, ClaimKind.ABDUCTED})
#: Affiliations that name no side of a war.
_NO_SIDE = frozenset({"government", "civilians", "civilian"})
#: The kinds of actor that can be blamed (a monitor or a news agency only reports).
_PARTY_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.MILITARY,
                          ActorKind.SECURITY, ActorKind.ARMED_GROUP, ActorKind.ALLIANCE,
                          ActorKind.PERSON_ROLE})  # fmt: skip
#: Articles that start a transliterated Arabic name ("al-Assad", "Al-Jadidah").
_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ad-")
#: Lowercase words that may stand inside a name ("Hayat Tahrir al Sham", "Osama bin Laden").
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "del", "la", "von", "van",
                        "der", "e", "ul", "ud"})  # fmt: skip
#: Words written with a capital that are no names (sentence starts, days, months, titles).
_NOT_NAMES = frozenset(
    {
        "a", "about", "after", "against", "also", "although", "an", "and", "another", "any", "as",
        "at", "because", "before", "both", "but", "by", "despite", "during", "each", "earlier",
        "either", "even", "every", "for", "from", "he", "her", "his", "however", "if", "in",
        "instead", "it", "its", "last", "later", "many", "meanwhile", "more", "most", "my",
        "neither", "no", "nor", "not", "of", "on", "once", "one", "only", "or", "other", "our",
        "over", "she", "since", "so", "some", "still", "such", "that", "the", "their", "then",
        "there", "these", "they", "this", "those", "though", "thus", "to", "two", "under", "until",
        "we", "what", "when", "where", "whether", "which", "while", "who", "why", "with", "yet",
        "you", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "today", "yesterday", "tomorrow", "mr", "mrs", "ms",
        "dr", "sir", "gen", "lt", "col", "maj", "capt", "sgt"
    }
)
#: Words of institutions' names that are English words, and adjectives of peoples and faiths:
#: never compared as names themselves ("Minister" beside "Ministry", "Arab" beside "Arbab").
_NAME_PARTS = frozenset(
    {
        "ministry", "ministries", "minister", "ministers", "army", "armies", "force", "forces",
        "police", "council", "committee", "organization", "organisation", "agency", "office",
        "department", "government", "party", "front", "brigade", "brigades", "corps", "university",
        "hospital", "airport", "airbase", "base", "province", "district", "governorate", "region",
        "republic", "kingdom", "state", "states", "news", "national", "international", "united",
        "nations", "union", "centre", "center", "command", "guard", "guards", "movement",
        "authority", "authorities", "court", "assembly", "arab", "arabs", "kurdish", "kurd",
        "kurds", "sunni", "sunnis", "shia", "shiite", "shiites", "islamic", "islamist", "muslim",
        "muslims", "christian", "christians", "jewish", "druze", "alawite"
    }
)
#: British and American spellings of one word: the same name ("Organisation", "Organization").
_ENGLISH_SPELLINGS = (("isation", "ization"), ("defence", "defense"), ("centre", "center"),
                      ("programme", "program"), ("metre", "meter"), ("our", "or"))  # fmt: skip
#: Titles and offices that stand before a name ("Syrian President Bashar al-Assad").
_TITLES = frozenset(
    {
        "president", "prime", "minister", "foreign", "defense", "defence", "interior", "deputy",
        "vice", "chancellor", "king", "queen", "prince", "princess", "sheikh", "emir", "general",
        "gen", "lt", "col", "colonel", "major", "maj", "captain", "capt", "sgt", "sergeant",
        "commander", "wing", "chief", "governor", "mayor", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "ambassador", "senator", "minister's", "mr", "mrs", "ms",
        "dr", "sir", "lord", "lady", "pope", "patriarch", "ayatollah", "imam", "leader", "head",
        "director", "envoy", "marshal", "admiral", "brigadier", "lieutenant", "field"
    }
)


class DiscrepancyKind(enum.Enum):
    """What the sources disagree about.

    >>> DiscrepancyKind("name")
    <DiscrepancyKind.NAME: 'name'>
    """

    #: Who did it: one incident blamed on different parties.
    PERPETRATOR = "perpetrator"
    #: How one person, place or designation is written.
    NAME = "name"


@attrs.frozen
class DiscrepancyValue:
    """One article's side of a discrepancy: the value as written, and where.

    ``text[start:end] == value`` in the article's original text.

    >>> text = "Shelling hit Idleb province on Friday."
    >>> value = DiscrepancyValue("Idleb", "a.txt", None, "Meridian Wire", None, 13, 18)
    >>> text[value.start : value.end] == value.value
    True
    """

    #: The value as the article writes it ("Syrian government", "Bashir al-Assad").
    value: str
    #: Where the article was read from (a path or an address), when known.
    path: str | None
    #: The id of the document the article came in, when it came as one.
    document: str | None
    #: The outlet, when known.
    outlet: str | None
    #: Whom the article credits for it ("Turkish Defense Ministry"); ``None`` when the outlet
    #: says it itself, and always for names.
    source: str | None
    #: Offset of the first character of the value in the article's original text.
    start: int
    #: Offset one past its last character.
    end: int
    #: What the value means, normalised: the party for a perpetrator ("Syria"), the word
    #: compared for a name ("bashir").
    key: str = attrs.field(default="", eq=False)

    def to_json_dict(self) -> dict[str, Any]:
        """The value as plain JSON values.

        >>> DiscrepancyValue("Idleb", "a.txt", None, "RFI", None, 4, 9).to_json_dict()["value"]
        'Idleb'
        """
        return {
            "value": self.value,
            "path": self.path,
            "document": self.document,
            "outlet": self.outlet,
            "source": self.source,
            "start": self.start,
            "end": self.end,
        }


@attrs.frozen
class Discrepancy:
    """Articles that disagree about who did something, or write one name differently.

    >>> a = DiscrepancyValue("F-35", "a.txt", None, "Outlet A", None, 20, 24)
    >>> b = DiscrepancyValue("F-45", "b.txt", None, "Outlet B", None, 31, 35)
    >>> d = Discrepancy(DiscrepancyKind.NAME, "F-35", (a, b))
    >>> d.spelling, [v.value for v in d.values]
    (False, ['F-35', 'F-45'])
    """

    #: Perpetrator or name.
    kind: DiscrepancyKind
    #: What it concerns: the incident ("Turkish soldiers killed, wounded in Idlib, 2020-02-20")
    #: or the thing named, in its most common (or the gazetteer's) form.
    about: str
    #: Each article's value, in a stable order (by value, then article).
    values: tuple[DiscrepancyValue, ...]
    #: Whether the forms are only spellings of one name (transliterations, accents), not a
    #: contradiction. Always ``False`` for perpetrators.
    spelling: bool = False

    def to_json_dict(self) -> dict[str, Any]:
        """The discrepancy in the form ``../shared/eval/README.md`` describes.

        >>> value = DiscrepancyValue("F-45", None, "d1", None, None, 0, 4)
        >>> Discrepancy(DiscrepancyKind.NAME, "F-35", (value,)).to_json_dict()["kind"]
        'name'
        """
        return {
            "kind": self.kind.value,
            "about": self.about,
            "spelling": self.spelling,
            "values": [value.to_json_dict() for value in self.values],
        }


# ------------------------------------------------------------------------------- similarity


def _ratio_function() -> Callable[[str, str], float]:
    """The indel ratio: rapidfuzz's with the ``[fuzzy]`` extra, else difflib's."""
    if _extras.available("rapidfuzz"):
        fuzz = _extras.load("rapidfuzz.fuzz", "fuzzy", "near-identical names")

        def ratio(a: str, b: str) -> float:
            return float(fuzz.ratio(a, b)) / 100.0

        return ratio

    def fallback(a: str, b: str) -> float:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()

    return fallback


def similarity(a: str, b: str) -> float:
    """How alike two words are, 0..1: ``2 * matches / (len(a) + len(b))``.

    rapidfuzz's ``fuzz.ratio`` (the normalised indel similarity) with the ``[fuzzy]`` extra,
    else ``difflib.SequenceMatcher``'s ratio, which agrees with it on short words.

    Args:
        a: a word.
        b: another word.

    Returns:
        The similarity; 1.0 for equal words.

    Raises:
        InputTypeError: an argument is not a ``str``.

    >>> round(similarity("idlib", "idleb"), 2), similarity("f-35", "f-35")
    (0.8, 1.0)
    """
    if not isinstance(a, str) or not isinstance(b, str):
        raise InputTypeError("similarity() expects two str")
    if a == b:
        return 1.0
    return _ratio_function()(a, b)


# ------------------------------------------------------------------------------- input


def _value_order(value: DiscrepancyValue) -> tuple[str, ...]:
    """A total order of values that does not depend on the order of the articles."""
    return (value.key, value.value, value.path or "", value.document or "",
            value.outlet or "", f"{value.start:012d}", f"{value.end:012d}")  # fmt: skip



@attrs.frozen
class _Read:
    """One article of the batch, with where it came from."""

    article: Article
    claims: tuple[Claim, ...]
    path: str | None
    document: str | None
    index: int


def _read_items(items: Iterable[object]) -> list[_Read]:
    if isinstance(items, (str, bytes, Article)) or not isinstance(items, Iterable):
        raise InputTypeError(
            "find_discrepancies() expects an iterable of (Article, claims) pairs or extraction "
            f"results, got {type(items).__name__}"
        )
    read: list[_Read] = []
    for index, item in enumerate(items):
        if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Article):
            article, claims = item[0], item[1]
        else:
            found = getattr(item, "article", None)
            claims = getattr(item, "claims", ())
            if found is None and hasattr(item, "error"):
                continue  # a document that failed: nothing to read
            if not isinstance(found, Article):
                raise InputTypeError(
                    "find_discrepancies() expects (Article, claims) pairs or extraction "
                    f"results, got {type(item).__name__}"
                )
            article = found
        claims = tuple(claims)
        for claim in claims:
            if not isinstance(claim, Claim):
                raise InputTypeError(
                    f"find_discrepancies() expects claims, got {type(claim).__name__}"
                )
        origin = claims[0].origin if claims else None
        path = getattr(item, "path", None) or (origin.path if origin else None) or article.url
        document = getattr(item, "document", None) or (origin.document if origin else None)
        read.append(
            _Read(
                article,
                claims,
                path if isinstance(path, str) else None,
                document if isinstance(document, str) else None,
                index,
            )
        )
    return read


# ------------------------------------------------------------------------------- folding


def _fold(word: str) -> str:
    """Lowercase, without accents, with one kind of apostrophe."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("\u2019", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _strip_article(word: str) -> str:
    low = word.casefold()
    for article in _ARTICLES:
        if low.startswith(article) and len(word) > len(article) + 1:
            return word[len(article) :]
    return word


def _letters(word: str) -> str:
    """The folded word without article, apostrophes and hyphens: what spellings share."""
    return "".join(c for c in _fold(_strip_article(word)) if c.isalnum())


def _transliteration(word: str) -> str:
    """The word as transliterations agree on it: doubled letters once, no final h after a vowel."""
    letters = _letters(word)
    out: list[str] = []
    for c in letters:
        if not out or out[-1] != c:
            out.append(c)
    if len(out) > 2 and out[-1] == "h" and out[-2] in "aeiou":
        out.pop()
    return "".join(out).replace("ou", "u")


def _vowels_only(a: str, b: str) -> bool:
    """Whether two transliterations differ only in e against a or i, o against u, or i against y."""
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        pair = {x, y}
        if not ("e" in pair and pair <= {"a", "e", "i"}) and pair not in ({"o", "u"}, {"i", "y"}):
            return False
    return True


def _plain(word: str) -> str:
    """The word without case, hyphens, spaces, the kind of apostrophe or British spellings."""
    plain = "".join(c for c in word.casefold().replace("\u2019", "'") if c not in "- ")
    for british, american in _ENGLISH_SPELLINGS:
        plain = plain.replace(british, american)
    return plain


def _is_designation(word: str) -> bool:
    return any(c.isdigit() for c in word) and any(c.isalpha() for c in word)


def _split_designation(word: str) -> tuple[str, str]:
    letters = "".join(c for c in word.casefold() if c.isalpha())
    digits = "".join(c for c in word if c.isdigit())
    return letters, digits


# ------------------------------------------------------------------------------- names


@attrs.frozen
class _Mention:
    """One name as one article writes it: the word compared, and the whole name around it."""

    #: The word compared ("Bashir").
    word: str
    #: The whole name it stands in ("Bashir al-Assad"), titles left out, and where.
    run: str
    start: int
    end: int
    #: The words beside it in that name, as transliterations agree on them.
    neighbours: tuple[str, ...] = ()
    #: The spans of the name's words (particles left out), and which one is ``word``.
    words: tuple[tuple[int, int], ...] = ()
    at: int = 0


#: Characters a word of a name may hold (letters and digits are always allowed).
_WORD_MARKS = frozenset("-'\u2019")


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of ``text[start:end]``: letters, digits, hyphens and apostrophes, trimmed."""
    found: list[tuple[int, int]] = []
    i = start
    while i < end:
        c = text[i]
        if c.isalnum():
            j = i + 1
            while j < end and (text[j].isalnum() or text[j] in _WORD_MARKS):
                j += 1
            k = j
            while k > i and text[k - 1] in _WORD_MARKS:
                k -= 1
            found.append((i, k))
            i = j
        else:
            i += 1
    return found


def _possessive(text: str, start: int, end: int) -> int:
    """The end of the word without a possessive "'s"."""
    if end - start > 3 and text[end - 1] in "sS" and text[end - 2] in "'\u2019":
        return end - 2
    return end


def _is_name_word(word: str) -> bool:
    last = word.rsplit("-", 1)[-1]
    if last != word and len(last) > 2 and last.isalpha() and last.islower():
        return False  # "al-Qaeda-affiliated", "Kremlin-backed": an adjective
    first = word[0]
    if first.isupper():
        return word.casefold() not in _NOT_NAMES or (len(word) > 1 and word.isupper())
    low = word.casefold()
    return any(low.startswith(a) and len(word) > len(a) and word[len(a)].isupper()
               for a in _ARTICLES)  # fmt: skip


def _runs(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """Runs of name words (with particles inside) separated by single spaces."""
    words = [(s, _possessive(text, s, e), e) for s, e in _words(text, start, end)]
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []
    previous_end = -1
    for s, e, full in words:
        word = text[s:e]
        joined = previous_end >= 0 and text[previous_end:s] == " "
        if _is_name_word(word):
            if current and joined:
                current.extend(pending)
                current.append((s, e))
            else:
                if current:
                    runs.append(current)
                current = [(s, e)]
            pending = []
        elif current and joined and word.casefold() in _PARTICLES and not pending:
            pending = [(s, e)]
        else:
            if current:
                runs.append(current)
            current, pending = [], []
        previous_end = full if e == full else -1  # a possessive ends the name
        if e != full:
            if current:
                runs.append(current)
            current, pending = [], []
    if current:
        runs.append(current)
    return runs


def _trim_titles(text: str, run: list[tuple[int, int]], gaz: Gazetteer) -> list[tuple[int, int]]:
    """Drop the titles (and the nationality before them) that stand before a name."""
    last_title = -1
    for i, (s, e) in enumerate(run[:-1]):
        if text[s:e].casefold() in _TITLES:
            last_title = i
    trimmed = run[last_title + 1 :]
    while len(trimmed) > 1 and gaz.country_of_demonym(
        text[trimmed[0][0] : trimmed[0][1]]
    ) is not None:
        trimmed = trimmed[1:]
    while trimmed and text[trimmed[0][0] : trimmed[0][1]].casefold() in _NOT_NAMES:
        trimmed = trimmed[1:]
    return trimmed


def _mentions(article: Article, gaz: Gazetteer) -> tuple[list[_Mention], set[str]]:
    """The names of an article's title and sentences, and its lowercase words."""
    text = article.text
    spans = [(s.start, s.end) for s in article.sentences]
    if article.title_span is not None:
        spans.insert(0, (article.title_span.start, article.title_span.end))
    found: list[_Mention] = []
    lower: set[str] = set()
    for start, end in spans:
        for s, e in _words(text, start, end):
            if text[s:e].islower():
                lower.add(_fold(text[s:e]))
        for run in _runs(text, start, end):
            kept = _trim_titles(text, run, gaz)
            if not kept:
                continue
            run_start, run_end = kept[0][0], kept[-1][1]
            spans_ = tuple((s, e) for s, e in kept if text[s:e].casefold() not in _PARTICLES)
            words = [text[s:e] for s, e in spans_]
            for i, word in enumerate(words):
                near = words[max(i - 1, 0) : i + 2]
                beside = tuple(_transliteration(w) for w in near if w != word)
                found.append(
                    _Mention(word, text[run_start:run_end], run_start, run_end, beside, spans_, i)
                )
    return found, lower


def _known(word: str, gaz: Gazetteer, cache: dict[str, tuple[str, bool] | None]) -> (
    tuple[str, bool] | None
):
    """The gazetteer entry a word names (``"place:Idlib"``) and whether it is a demonym/capital."""
    if word in cache:
        return cache[word]
    answer: tuple[str, bool] | None = None
    place = gaz.place(word)
    if place is not None:
        answer = (f"place:{place.name}", False)
    else:
        actor = gaz.actor(word)
        if actor is not None:
            country = actor.kind is ActorKind.COUNTRY and _fold(word) != _fold(actor.name)
            answer = (f"actor:{actor.name}", country and word not in actor.aliases)
    cache[word] = answer
    return answer


def _judge(
    a: str,
    b: str,
    gaz: Gazetteer,
    cache: dict[str, tuple[str, bool] | None],
    ratio: Callable[[str, str], float],
) -> bool | None:
    """Whether two different words are one name.

    ``True`` for a mere spelling, ``False`` for a real discrepancy, ``None`` when they are
    different names (or not names at all).
    """
    if _is_designation(a) or _is_designation(b):
        if not (_is_designation(a) and _is_designation(b)):
            return None
        (la, da), (lb, db) = _split_designation(a), _split_designation(b)
        if la != lb or da == db or min(len(da), len(db)) < 2:
            return None  # other letters: another type; same digits: only case or hyphens;
            # one digit ("M4", "M5"): as likely another road or model as a slip
        return False
    if _plain(a) == _plain(b):
        return None  # only case, hyphens or spaces: the same name
    known_a, known_b = _known(a, gaz, cache), _known(b, gaz, cache)
    if (known_a is not None and known_a[1]) or (known_b is not None and known_b[1]):
        return None  # "Turkish" beside "Turkey": a demonym is another word, not a spelling
    if known_a is not None and known_b is not None:
        return True if known_a[0] == known_b[0] else None
    if (_strip_article(a) == a) != (_strip_article(b) == b):
        # one has the article "al-": a spelling when the rest is the same ("Atareb"), else
        # another name ("Nouri" is not "al-Nuri")
        return True if _letters(a) == _letters(b) else None
    ta, tb = _transliteration(a), _transliteration(b)
    if ta == tb or _vowels_only(ta, tb):
        return True
    la, lb = _letters(a), _letters(b)
    if la[:1] != lb[:1] or abs(len(la) - len(lb)) > 2:
        return None
    if ratio(la, lb) < _NEAR:
        return None
    return False


class _Forms:
    """Union-find over the distinct written forms of a story's names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while x != root:
            self.parent[x], x = root, self.parent.get(x, x)
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _stories(read: Sequence[_Read], facts: Sequence[Fact], gaz: Gazetteer) -> list[list[_Read]]:
    """Articles that tell one story.

    They name a common place below country level, or report one fact; linked in chains, with
    one index per place or fact, never every pair.
    """
    parent = list(range(len(read)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    first: dict[str, int] = {}
    for i, item in enumerate(read):
        for match in gaz.find_places(item.article.body):
            if match.entry.kind is not PlaceKind.COUNTRY:
                union(i, first.setdefault(match.entry.name, i))
    position = {(item.path, item.document): i for i, item in enumerate(read)}
    for item_index, item in enumerate(read):
        for claim in item.claims:
            position.setdefault((claim.origin.path, claim.origin.document), item_index)
    for fact in facts:
        members = {position.get((c.origin.path, c.origin.document)) for c in fact.claims}
        linked = sorted(m for m in members if m is not None)
        for other in linked[1:]:
            union(linked[0], other)
    groups: dict[int, list[_Read]] = defaultdict(list)
    for i, item in enumerate(read):
        groups[find(i)].append(item)
    return [group for group in groups.values() if len(group) > 1]


def _compound_of_countries(word: str, gaz: Gazetteer) -> bool:
    """Whether a word is made of a country's name or demonym ("Turkey-backed")."""
    if "-" not in word:
        return False
    return any(
        part and (gaz.country_of_demonym(part) is not None or _is_country(part, gaz))
        for part in word.split("-")
    )


def _is_country(word: str, gaz: Gazetteer) -> bool:
    entry = gaz.actor(word)
    return entry is not None and entry.kind is ActorKind.COUNTRY


@attrs.frozen
class _Form:
    """One way of writing a word in a story: which articles write it, and how."""

    word: str
    mentions: dict[int, list[_Mention]]
    neighbours: frozenset[str]
    #: Whether some article writes it as a name of its own (no other word beside it).
    alone: bool


def _forms(story: Sequence[_Read], gaz: Gazetteer) -> dict[str, _Form]:
    mentions: dict[str, dict[int, list[_Mention]]] = defaultdict(lambda: defaultdict(list))
    lower: set[str] = set()
    for item in story:
        found, words = _mentions(item.article, gaz)
        lower |= words
        for mention in found:
            key = mention.word.casefold().replace("\u2019", "'")
            mentions[key][item.index].append(mention)
    forms: dict[str, _Form] = {}
    for key, by_article in mentions.items():
        if len(_letters(key)) < _MIN_NAME_LETTERS and not _is_designation(key):
            continue
        if _fold(key) in lower or _fold(key) in _NAME_PARTS:
            continue  # "Defence" where another article writes "defense": a word, not a name
        every = [m for ms in by_article.values() for m in ms]
        if _compound_of_countries(every[0].word, gaz):
            continue
        forms[key] = _Form(
            every[0].word,
            dict(by_article),
            frozenset(n for m in every for n in m.neighbours),
            any(not m.neighbours for m in every),
        )
    return forms


def _same_name(a: _Form, b: _Form, verdict: bool) -> bool:
    """Whether two forms judged alike stand for one name in this story."""
    if not verdict and a.mentions.keys() & b.mentions.keys():
        return False  # one article writes both: two names ("S-300" and "S-400"), not a slip
    if a.alone or b.alone:
        return True
    # both always stand beside other words: they must share one ("Rahmi Dogan", "Rakhmi
    # Dogan"), else they are two people ("Rami Abdel Rahman")
    return bool(a.neighbours & b.neighbours)


def _chosen_mentions(
    members: Sequence[str], forms: dict[str, _Form], folded: set[str], named: bool = False
) -> list[tuple[int, _Mention]]:
    """Each article's shortest writing of each form, one per name it stands in.

    A mention beside words that no other form stands beside is another name that shares the
    word ("Ma'arat Hurmah" beside "Maaret al-Numan") and is left out.
    """
    chosen: dict[tuple[int, int], tuple[int, _Mention]] = {}
    for key in members:
        others = frozenset().union(*(forms[k].neighbours for k in members if k != key))
        for index, mentions in forms[key].mentions.items():
            usable = [
                m
                for m in mentions
                if not m.neighbours or not others or set(m.neighbours) & others
            ]
            if not usable:
                continue
            # the shortest writing; with ``named``, one with a given name before it first
            best = min(usable, key=lambda m: (named and m.at == 0, m.end - m.start, m.start))
            # one mention per name: the first word of it that the cluster holds
            first = next(
                i for i, (s, e) in enumerate(best.words)
                if i == best.at or _fold(best.run[s - best.start : e - best.start]) in folded
            )  # fmt: skip
            if first != best.at:
                best = attrs.evolve(best, at=first)
            chosen[(index, best.start)] = (index, best)
    return [chosen[key] for key in sorted(chosen)]


def _window(
    chosen: Sequence[tuple[int, _Mention]], by_item: dict[int, _Read], folded: set[str]
) -> tuple[int, int]:
    """How many words left and right of the compared word every article writes alike."""

    def word(index: int, mention: _Mention, offset: int) -> str | None:
        at = mention.at + offset
        if not 0 <= at < len(mention.words):
            return None
        s, e = mention.words[at]
        text = by_item[index].article.text[s:e]
        return "\0" if _fold(text) in folded else _transliteration(text)

    reach = [0, 0]
    for side, step in ((0, -1), (1, 1)):
        offset = step
        while True:
            seen = {word(index, mention, offset) for index, mention in chosen}
            if None in seen or len(seen) != 1:
                break
            reach[side] = abs(offset)
            offset += step
    return reach[0], reach[1]


def _name_discrepancies(
    story: Sequence[_Read], gaz: Gazetteer, ratio: Callable[[str, str], float]
) -> list[Discrepancy]:
    forms = _forms(story, gaz)
    # block by first letter of the word without its article; nearest lengths first, capped
    blocks: dict[str, list[str]] = defaultdict(list)
    for key in forms:
        letters = _letters(key)
        blocks[letters[:1] if not _is_designation(key) else "#" + letters[:1]].append(key)
    cache: dict[str, tuple[str, bool] | None] = {}
    links = _Forms()
    spelling_of: dict[frozenset[str], bool] = {}
    for keys in blocks.values():
        keys.sort(key=lambda k: (len(_letters(k)), k))
        for i, a in enumerate(keys):
            for b in keys[i + 1 : i + 1 + MAX_NAME_CANDIDATES]:
                if len(_letters(b)) - len(_letters(a)) > 2 and not _is_designation(a):
                    break
                verdict = _judge(forms[a].word, forms[b].word, gaz, cache, ratio)
                if verdict is None or not _same_name(forms[a], forms[b], verdict):
                    continue
                links.union(a, b)
                spelling_of[frozenset((a, b))] = verdict
    linked = {key for pair in spelling_of for key in pair}
    # the words of one name ("Mevlut" and "Cavusoglu") make one discrepancy
    names: dict[tuple[int, int], str] = {}
    for key in sorted(linked):
        for index, mentions in forms[key].mentions.items():
            for mention in mentions:
                links.union(names.setdefault((index, mention.start), key), key)
    clusters: dict[str, list[str]] = defaultdict(list)
    for key in sorted(linked):
        clusters[links.find(key)].append(key)
    found: list[Discrepancy] = []
    by_item = {item.index: item for item in story}
    for members in clusters.values():
        spelling = all(
            spelling_of.get(frozenset((a, b)), True)
            for i, a in enumerate(members)
            for b in members[i + 1 :]
        )
        members_folded = {_fold(forms[key].word) for key in members}
        # "Assad" against "al-Assad": only the article differs, and the bare family name may
        # be anyone of the family, so each value keeps the given name its article writes
        named = len({_letters(key) for key in members}) == 1 and len(
            {_strip_article(forms[key].word) == forms[key].word for key in members}
        ) == 2
        chosen = _chosen_mentions(members, forms, members_folded, named)
        left, right = _window(chosen, by_item, members_folded)
        values: list[DiscrepancyValue] = []
        counts: dict[str, int] = defaultdict(int)
        spans: set[tuple[int, int, int]] = set()
        for index, mention in chosen:
            item = by_item[index]
            start = mention.words[max(mention.at - max(left, named), 0)][0]
            end = mention.words[mention.at + right][1]
            if (index, start, end) in spans:
                continue
            spans.add((index, start, end))
            value = item.article.text[start:end]
            counts[value] += 1
            values.append(
                DiscrepancyValue(
                    value=value,
                    path=item.path,
                    document=item.document,
                    outlet=item.article.outlet,
                    source=None,
                    start=start,
                    end=end,
                    key=_fold(mention.word),
                )
            )
        if len({_plain(v.value) for v in values}) < 2:
            continue
        about = min(counts, key=lambda run: (-counts[run], -len(run), run))
        known = next(
            (k for k in (_known(forms[key].word, gaz, cache) for key in members) if k), None
        )
        if known is not None and spelling:
            about = known[0].split(":", 1)[1]
        values.sort(key=_value_order)
        found.append(Discrepancy(DiscrepancyKind.NAME, about, tuple(values), spelling))
    return found


# ------------------------------------------------------------------------------- perpetrators


def _coordinated(actor: str, gaz: Gazetteer) -> list[str]:
    """The parties of a joint perpetrator ("Malian government forces and Russian mercenaries").

    A label is split at " and " only where each part names a side the gazetteer knows, so that
    a name with "and" in it stays whole.
    """
    parts = actor.split(" and ")
    if len(parts) > 1 and all(
        gaz.actor(part) is not None or gaz.affiliation_of(part) is not None for part in parts
    ):
        return parts
    return [actor]


def _party(actor: str, gaz: Gazetteer, cache: dict[str, str]) -> str:
    """The side an actor label stands for: a country, an armed group, or the label itself."""
    if actor in cache:
        return cache[actor]
    entry = gaz.actor(actor)
    if entry is not None:
        party = entry.name if entry.kind in (ActorKind.COUNTRY, ActorKind.ARMED_GROUP) else (
            entry.country or entry.name
        )
    else:
        side = gaz.affiliation_of(actor)
        party = side if side is not None and not side.startswith(("pro-", "anti-")) else actor
    cache[actor] = party
    return party


def _victims_side(subject: str, gaz: Gazetteer) -> str | None:
    """The side the victims are on ("Turkey", "pro-Turkey"), when the subject says."""
    return gaz.affiliation_of(subject)


def _sentence_around(article: Article, at: int) -> tuple[int, int]:
    for sentence in article.sentences:
        if sentence.start <= at < sentence.end:
            return sentence.start, sentence.end
    return at, at


def _actor_mention(
    item: _Read, claim: Claim, party: str, gaz: Gazetteer, cache: dict[str, str]
) -> tuple[str, int, int]:
    """Where the article names the party it blames.

    The claim's sentence, the next and the previous one, and its incident's are searched; a
    government, army or group is preferred to a country's bare name (often the place).
    """
    article = item.article
    text = article.text
    places: list[tuple[int, int]] = []
    if claim.evidence:
        here = _sentence_around(article, claim.evidence[0].start)
        places.append(here)
        places.append(_sentence_around(article, here[1] + 1))
        places.append(_sentence_around(article, here[0] - 2))
    if claim.frame is not None:
        places.append(_sentence_around(article, claim.frame.start))
    fallback: tuple[str, int, int] | None = None
    for start, end in places:
        if end <= start:
            continue
        for match in gaz.find_actors(text[start:end]):
            entry = match.entry
            if entry.kind not in _PARTY_KINDS or _party(entry.name, gaz, cache) != party:
                continue
            found = (match.text, start + match.start, start + match.end)
            if match.entry.kind is not ActorKind.COUNTRY or match.via is not MatchVia.NAME:
                return found
            fallback = fallback or found
    if fallback is not None:
        return fallback
    # not near the claim: where the article first names the party, else the claim's evidence
    for sentence in article.sentences:
        for match in gaz.find_actors(sentence.text):
            entry = match.entry
            if entry.kind in _PARTY_KINDS and _party(entry.name, gaz, cache) == party:
                return match.text, sentence.start + match.start, sentence.start + match.end
    if claim.evidence:
        span = claim.evidence[0]
        return text[span.start : span.end], span.start, span.end
    return "", 0, 0


def _incident_about(facts: Sequence[Fact]) -> str:
    """What an incident is: "Turkish soldiers killed, wounded in Idlib, 2020-02-27"."""
    kinds = sorted({fact.kind.value for fact in facts})
    fact = max(facts, key=lambda f: (len(f.claims), f.kind is ClaimKind.KILLED, f.id))
    where = f" in {fact.place}" if fact.place else ""
    times = [f.time for f in facts if f.time is not None]
    when = ""
    if times:
        start, end = min(t.start for t in times), max(t.end for t in times)
        when = f", {start.isoformat()}" + (f"..{end.isoformat()}" if end != start else "")
    return f"{fact.subject} {', '.join(kinds)}{where}{when}"


def _perpetrator_discrepancies(
    facts: Sequence[Fact], read: Sequence[_Read], gaz: Gazetteer
) -> list[Discrepancy]:
    by_path: dict[tuple[str | None, str | None], _Read] = {}
    for item in read:
        by_path.setdefault((item.path, item.document), item)
        for claim in item.claims:
            by_path.setdefault((claim.origin.path, claim.origin.document), item)
    cache: dict[str, str] = {}
    # one incident: one group of victims in one place, in periods that overlap, or on days
    # that touch (a strike at night is dated the 27th by one outlet and the 28th by another)
    victims: dict[tuple[object, ...], list[Fact]] = defaultdict(list)
    for fact in facts:
        side = _victims_side(fact.subject, gaz) if fact.kind in _HARM else None
        # victims of no stated side ("people", "civilians") may be of either side of a war,
        # each struck by the other: their facts cannot say whom an article blames for what
        if side is not None and side not in _NO_SIDE:
            victims[(side, fact.place, fact.time is None)].append(fact)
    incidents: list[list[Fact]] = []
    for group in victims.values():
        if group[0].time is None:
            incidents.append(group)
            continue
        group.sort(key=lambda f: (f.time.start, f.time.end, f.id) if f.time else ())
        current: list[Fact] = []
        reach = dt.date.min
        for fact in group:
            if fact.time is None:  # not in this group: grouped by it above
                continue
            one_day = fact.time.start == fact.time.end and current[-1:] and (
                current[-1].time is not None and current[-1].time.start == current[-1].time.end
            )
            slack = dt.timedelta(days=1 if one_day else 0)
            if current and fact.time.start > reach + slack:
                incidents.append(current)
                current = []
            reach = max(reach, fact.time.end) if current else fact.time.end
            current.append(fact)
        if current:
            incidents.append(current)
    found: list[Discrepancy] = []
    for group in incidents:
        side = _victims_side(group[0].subject, gaz)
        # a claim whose own words name other victims ("members of Hezbollah" in a fact of
        # "members") is about them: victims of different sides are compared apart
        by_side: dict[str | None, dict[tuple[str, str | None, str | None], tuple[Claim, str]]] = (
            defaultdict(dict)
        )
        for fact in group:
            for claim in fact.claims:
                if not claim.actor:
                    continue
                claim_side = _victims_side(claim.subject.text, gaz) or side
                own = claim_side[4:] if claim_side and claim_side.startswith("pro-") else claim_side
                for actor in _coordinated(claim.actor, gaz):
                    party = _party(actor, gaz, cache)
                    if own is not None and party == own:
                        continue  # nobody strikes their own side: a misread actor
                    key = (party, claim.origin.path, claim.origin.document)
                    by_side[claim_side].setdefault(key, (claim, party))
        for blamed in by_side.values():
            found.extend(_blamed(group, blamed, by_path, gaz, cache))
    return found


def _blamed(
    group: Sequence[Fact],
    blamed: dict[tuple[str, str | None, str | None], tuple[Claim, str]],
    by_path: dict[tuple[str | None, str | None], _Read],
    gaz: Gazetteer,
    cache: dict[str, str],
) -> list[Discrepancy]:
    """The discrepancy of one incident's victims, when articles blame different parties."""
    by_article: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    for party, path, document in blamed:
        by_article[(path, document)].add(party)
    sides = {frozenset(parties) for parties in by_article.values()}
    # two articles disagree when each blames a party the other does not: one article naming
    # two parties ("the Taliban" beside "the Islamic State") is no disagreement of sources
    if not any(not a <= b and not b <= a for a in sides for b in sides):
        return []
    values: list[DiscrepancyValue] = []
    for (party, path, document), (claim, _) in blamed.items():
        item = by_path.get((path, document))
        if item is None:
            continue
        value, start, end = _actor_mention(item, claim, party, gaz, cache)
        source = claim.attribution.source if claim.attribution is not None else None
        values.append(
            DiscrepancyValue(
                value, item.path, item.document, item.article.outlet, source, start, end, party
            )
        )
    if len({v.key for v in values}) < 2:
        return []
    values.sort(key=_value_order)
    return [Discrepancy(DiscrepancyKind.PERPETRATOR, _incident_about(group), tuple(values))]


# ------------------------------------------------------------------------------- public


def find_discrepancies(
    items: Iterable[object],
    facts: Iterable[Fact] = (),
    *,
    gazetteer: Gazetteer | None = None,
) -> tuple[Discrepancy, ...]:
    """Find what the articles of a batch disagree about beyond the figures.

    Names are compared only between articles that tell one story (they name a common place
    below country level), each distinct form with at most :data:`MAX_NAME_CANDIDATES` others
    of the same first letter and a near length, so the work grows with the number of distinct
    names, not with the square of the number of articles.

    Args:
        items: the articles, as ``(Article, claims)`` pairs or as objects with ``article`` and
            ``claims`` (:class:`~conflictfacts.pipeline.ExtractionResult`); an object may also
            have ``path`` and ``document``, else they come from the claims' origin. Failed
            extraction results (no article) are skipped.
        facts: the facts :func:`~conflictfacts.compare.compare` made of their claims; the
            perpetrators are compared per incident of these facts (none without them).
        gazetteer: the names of places and parties (default: the built-in one).

    Returns:
        The perpetrator discrepancies, then the name discrepancies, each in a stable order;
        empty when the articles agree.

    Raises:
        InputTypeError: ``items`` is not an iterable of articles with claims, or ``facts``
            holds something else than facts.

    >>> find_discrepancies([])
    ()
    """
    from conflictfacts.compare import Fact  # noqa: PLC0415 - compare imports this module

    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    if not isinstance(gaz, Gazetteer):
        raise InputTypeError(
            f"find_discrepancies() expects a Gazetteer, got {type(gaz).__name__}"
        )
    read = _read_items(items)
    fact_list = list(facts)
    for fact in fact_list:
        if not isinstance(fact, Fact):
            raise InputTypeError(f"find_discrepancies() expects facts, got {type(fact).__name__}")
    ratio = _ratio_function()
    perpetrators = _perpetrator_discrepancies(fact_list, read, gaz)
    names: list[Discrepancy] = []
    for story in _stories(read, fact_list, gaz):
        names.extend(_name_discrepancies(story, gaz, ratio))
    perpetrators.sort(key=lambda d: (d.about, [v.to_json_dict() for v in d.values].__repr__()))
    names.sort(key=lambda d: (d.about, repr([v.to_json_dict() for v in d.values])))
    return (*perpetrators, *names)


# ------------------------------------------------------------------------------- rendering


def _where(value: DiscrepancyValue) -> str:
    name = value.outlet or value.path or value.document or "?"
    return f"{name}, citing {value.source}" if value.source else name


def _clean(text: str) -> str:
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def render_discrepancies_table(discrepancies: Sequence[Discrepancy]) -> str:
    """Plain text, one block per discrepancy (the part of the table after the facts).

    Args:
        discrepancies: what :func:`find_discrepancies` returned.

    Returns:
        The text; empty when there are none.

    >>> value = DiscrepancyValue("F-45", "b.txt", None, "B", None, 0, 4)
    >>> other = DiscrepancyValue("F-35", "a.txt", None, "A", None, 0, 4)
    >>> print(render_discrepancies_table(
    ...     [Discrepancy(DiscrepancyKind.NAME, "F-35", (other, value))]), end="")
    <BLANKLINE>
    Discrepancies
    [NAME] F-35
      F-35                     A
      F-45                     B
    """
    if not discrepancies:
        return ""
    lines = ["", "Discrepancies"]
    for d in discrepancies:
        label = d.kind.value.upper() + (", SPELLING" if d.spelling else "")
        lines.append(f"[{label}] {_clean(d.about)}")
        lines.extend(f"  {_clean(v.value):<24} {_clean(_where(v))}" for v in d.values)
    return "\n".join(lines) + "\n"


def render_discrepancies_markdown(discrepancies: Sequence[Discrepancy]) -> str:
    """A Markdown table, one row per discrepancy (the part of the report after the facts).

    Args:
        discrepancies: what :func:`find_discrepancies` returned.

    Returns:
        The Markdown; empty when there are none.

    >>> value = DiscrepancyValue("Idleb", "b.txt", None, "B", None, 0, 5)
    >>> print(render_discrepancies_markdown(
    ...     [Discrepancy(DiscrepancyKind.NAME, "Idlib", (value,), spelling=True)]), end="")
    <BLANKLINE>
    | discrepancy | about | spelling only | values |
    | --- | --- | --- | --- |
    | name | Idlib | yes | Idleb (B) |
    """
    if not discrepancies:
        return ""
    special = frozenset("\\`*_{}[]()#+!|~><")

    def md(text: str) -> str:
        return "".join("\\" + c if c in special else c for c in _clean(text))

    lines = ["", "| discrepancy | about | spelling only | values |", "| --- | --- | --- | --- |"]
    for d in discrepancies:
        values = "; ".join(f"{md(v.value)} ({md(_where(v))})" for v in d.values)
        spelling = "yes" if d.spelling else "no"
        lines.append(f"| {d.kind.value} | {md(d.about)} | {spelling} | {values} |")
    return "\n".join(lines) + "\n"
