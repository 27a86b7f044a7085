"""Word knowledge as data: the words the claim extraction reads claims by.

A :class:`Lexicon` holds the open word lists of the grammar: the words that say what happened
to a counted group, after it ("12 soldiers were *killed*", "five *dead*") or before its figure
("*killed* 12 soldiers"), each with the :class:`~conflictfacts.claims.ClaimKind` it means; the
head nouns of counted groups ("soldiers", "villagers", "tanks"), each with the
:class:`GroupKind` it counts; and the verbs of saying ("said"), of saying at a distance
("claimed") and of blame ("accuses"). The default lexicon ships as JSON beside the gazetteer
(``conflictfacts/data/lexicon.json``), and users extend it the same way, without touching it:

>>> lexicon = Lexicon.default()
>>> "killed" in lexicon.after[ClaimKind.KILLED], "villagers" in lexicon.groups[GroupKind.PEOPLE]
(True, True)
>>> mine = lexicon.with_words(before={"killed": ["obliterated"]})
>>> mine.tables.before["obliterated"], "obliterated" in lexicon.tables.before
(<ClaimKind.KILLED: 'killed'>, False)

Words are single lower-case tokens (a hyphenated word is one token); the extraction compares
them with the lower-cased words of a sentence. The small words of grammar (determiners,
prepositions, auxiliaries) stay in the code: they do not change with what is counted.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple, TypeVar

import attrs

from conflictfacts._data import data_text, load_json
from conflictfacts.claims import ClaimKind
from conflictfacts.errors import InputTypeError, InputValueError

__all__ = ["FINDING", "REPORTING_GERUNDS", "THING_KINDS", "GroupKind", "Lexicon", "WordTables"]


class GroupKind(enum.Enum):
    """What the head noun of a counted group counts.

    >>> GroupKind("soldiers"), GroupKind.EQUIPMENT.value
    (<GroupKind.SOLDIERS: 'soldiers'>, 'equipment')
    """

    #: People, civilians or of no stated role: "villagers", "children", "journalists".
    PEOPLE = "people"
    #: Members of state forces: "soldiers", "troops", "policemen".
    SOLDIERS = "soldiers"
    #: Members of armed groups: "fighters", "militants", "rebels".
    FIGHTERS = "fighters"
    #: Weapons and vehicles: "tanks", "drones", "missiles".
    EQUIPMENT = "equipment"
    #: Buildings and positions: "houses", "hospitals", "checkpoints".
    BUILDINGS = "buildings"
    #: Attacks and their targets: "strikes", "raids", "targets".
    ATTACKS = "attacks"
    #: Places taken or held: "villages", "towns", "hills".
    LOCALITIES = "localities"


#: The kinds of claim a single thing (a vehicle, an aircraft, a building) can undergo.
THING_KINDS = frozenset({ClaimKind.DESTROYED, ClaimKind.CAPTURED, ClaimKind.DAMAGED})


class WordTables(NamedTuple):
    """A lexicon's words as the extraction looks them up, built once per lexicon.

    >>> Lexicon.default().tables.heads["troops"]
    'soldiers'
    """

    #: Each word after a counted group, with the kind of claim it makes.
    after: Mapping[str, ClaimKind]
    #: Each verb before a figure, with the kind of claim it makes.
    before: Mapping[str, ClaimKind]
    #: Each head noun of a counted group, with the value of its :class:`GroupKind`.
    heads: Mapping[str, str]
    #: Verbs of saying.
    reporting: frozenset[str]
    #: Verbs of saying at a distance.
    distanced: frozenset[str]
    #: Verbs of blame.
    accusing: frozenset[str]
    #: Verbs of saying, plain or distanced.
    saying: frozenset[str]
    #: The words at which a report is looked for: verbs of saying, "according" and "saying".
    report_cues: frozenset[str]
    #: The words without which a sentence names no source: report cues and verbs of blame.
    speaking_cues: frozenset[str]
    #: The words without which "a"/"an" counts no thing: the words of the kinds of
    #: :data:`THING_KINDS`, and "shot" (down).
    thing_cues: frozenset[str]


_KeyT = TypeVar("_KeyT", ClaimKind, GroupKind)

_WordsBy = Mapping[ClaimKind, Iterable[str]] | Mapping[str, Iterable[str]]
_NounsBy = Mapping[GroupKind, Iterable[str]] | Mapping[str, Iterable[str]]


def _word(word: object, where: str) -> str:
    if not isinstance(word, str):
        raise InputTypeError(f"{where}: words must be str, got {type(word).__name__}")
    if not word or word != word.strip() or any(c.isspace() for c in word):
        raise InputValueError(f"{where}: {word!r} is not one word")
    return word.lower()


def _word_set(words: Iterable[str], where: str) -> frozenset[str]:
    if isinstance(words, str):
        raise InputTypeError(f"{where}: expects a list of words, got a str")
    return frozenset(_word(word, where) for word in words)


def _key(kind: type[_KeyT], key: object, where: str) -> _KeyT:
    if isinstance(key, kind):
        return key
    try:
        return kind(key)
    except ValueError as error:
        known = ", ".join(member.value for member in kind)
        raise InputValueError(f"{where}: unknown {kind.__name__} {key!r} ({known})") from error


def _by_key(
    kind: type[_KeyT], value: Mapping[Any, Iterable[str]], where: str
) -> Mapping[_KeyT, frozenset[str]]:
    """Words by kind, read-only; a word listed under two kinds is an error."""
    if not isinstance(value, Mapping):
        raise InputTypeError(f"{where}: expects a mapping of kinds to words")
    found: dict[_KeyT, frozenset[str]] = {}
    seen: dict[str, _KeyT] = {}
    for raw, words in value.items():
        key = _key(kind, raw, where)
        these = _word_set(words, f"{where}[{key.value!r}]")
        for word in these:
            other = seen.setdefault(word, key)
            if other is not key:
                raise InputValueError(
                    f"{where}: {word!r} is listed as {other.value!r} and as {key.value!r}"
                )
        found[key] = found.get(key, frozenset()) | these
    return MappingProxyType(found)


def _claim_kinds(value: Mapping[Any, Iterable[str]]) -> Mapping[ClaimKind, frozenset[str]]:
    return _by_key(ClaimKind, value, "Lexicon")


def _group_kinds(value: Mapping[Any, Iterable[str]]) -> Mapping[GroupKind, frozenset[str]]:
    return _by_key(GroupKind, value, "Lexicon")


def _words(value: Iterable[str]) -> frozenset[str]:
    return _word_set(value, "Lexicon")


def _added(
    base: Mapping[_KeyT, frozenset[str]], more: Mapping[_KeyT, frozenset[str]]
) -> dict[_KeyT, frozenset[str]]:
    """``base`` with the words of ``more``; a word ``more`` lists under a kind leaves its others."""
    moved = frozenset().union(*more.values())
    merged = {key: words - moved for key, words in base.items()}
    for key, words in more.items():
        merged[key] = merged.get(key, frozenset()) | words
    return merged


#: Verbs that report only with "that" after them: "an investigation found that 105 died"
#: (not "rescuers found 12 bodies").
FINDING = frozenset(["found", "finds", "concluded", "concludes", "warned", "warns"])
#: Participles that report like "saying", only with "that" after them: "..., noting that".
REPORTING_GERUNDS = frozenset(["noting", "adding", "stressing", "explaining", "stating"])


def _tables(lexicon: Lexicon) -> WordTables:
    after = {word: kind for kind, words in lexicon.after.items() for word in words}
    before = {word: kind for kind, words in lexicon.before.items() for word in words}
    heads = {word: kind.value for kind, words in lexicon.groups.items() for word in words}
    saying = lexicon.reporting | lexicon.distanced
    report_cues = saying | FINDING | REPORTING_GERUNDS | {"according", "saying"}
    things = [word for word, kind in (*before.items(), *after.items()) if kind in THING_KINDS]
    return WordTables(
        after=after,
        before=before,
        heads=heads,
        reporting=lexicon.reporting,
        distanced=lexicon.distanced,
        accusing=lexicon.accusing,
        saying=saying,
        report_cues=report_cues,
        speaking_cues=report_cues | lexicon.accusing,
        thing_cues=frozenset([*things, "shot"]),
    )


_DOCUMENT_KEYS = frozenset(
    {"after", "before", "groups", "reporting", "distanced", "accusing", "comment", "license"}
)


def _from_document(data: object) -> Lexicon:
    if not isinstance(data, dict):
        raise InputValueError(
            "lexicon JSON must be an object with 'after', 'before', 'groups', 'reporting', "
            "'distanced' and/or 'accusing'"
        )
    unknown = set(data) - _DOCUMENT_KEYS
    if unknown:
        raise InputValueError(f"lexicon JSON: unknown keys {sorted(unknown)}")
    try:
        return Lexicon(
            after=_by_key(ClaimKind, data.get("after", {}), "lexicon JSON 'after'"),
            before=_by_key(ClaimKind, data.get("before", {}), "lexicon JSON 'before'"),
            groups=_by_key(GroupKind, data.get("groups", {}), "lexicon JSON 'groups'"),
            reporting=_word_set(data.get("reporting", []), "lexicon JSON 'reporting'"),
            distanced=_word_set(data.get("distanced", []), "lexicon JSON 'distanced'"),
            accusing=_word_set(data.get("accusing", []), "lexicon JSON 'accusing'"),
        )
    except InputTypeError as error:  # a list where an object belongs, a number for a word
        raise InputValueError(str(error)) from error


@functools.cache
def _default() -> Lexicon:
    return _from_document(load_json(data_text("lexicon.json"), "Lexicon.default", "lexicon"))


@attrs.frozen(repr=False)
class Lexicon:
    """An immutable set of word lists, with the tables the extraction looks words up in.

    Build one with :meth:`default`, :meth:`from_json` or the constructor, and extend it with
    :meth:`with_words` (which returns a new lexicon; the original is unchanged). Within one
    position (``after``, ``before``) and in ``groups``, a word has one kind only. A lexicon
    compares by its words; it holds mappings, so it is not hashable.

    >>> small = Lexicon(after={"killed": ["slain"]}, groups={"soldiers": ["legionnaires"]})
    >>> small.tables.after["slain"], small.tables.heads["legionnaires"]
    (<ClaimKind.KILLED: 'killed'>, 'soldiers')
    """

    #: Words after a counted group that say what happened to it ("12 soldiers were *killed*",
    #: "five *dead*", "thousands *fled*"), by the kind of claim they make.
    after: Mapping[ClaimKind, frozenset[str]] = attrs.field(
        factory=dict, converter=_claim_kinds
    )
    #: Verbs before a figure that say what was done to it ("*killed* 12 soldiers", "*seized*
    #: three villages"), by the kind of claim they make.
    before: Mapping[ClaimKind, frozenset[str]] = attrs.field(
        factory=dict, converter=_claim_kinds
    )
    #: Head nouns of counted groups ("soldiers", "villagers", "tanks"), by what they count.
    groups: Mapping[GroupKind, frozenset[str]] = attrs.field(
        factory=dict, converter=_group_kinds
    )
    #: Verbs of saying: "said", "reported", "told".
    reporting: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    #: Verbs by which the outlet keeps its distance: "claimed", "alleged".
    distanced: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    #: Verbs of blame: "<A> accuses <X>" names X as the perpetrator.
    accusing: frozenset[str] = attrs.field(default=frozenset(), converter=_words)
    _tables: WordTables = attrs.field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_tables", _tables(self))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the words, not the tables built from them.

        The default lexicon pickles as a reference to :meth:`default`, so a worker process
        uses its own copy; another lexicon is rebuilt from its words.

        >>> import pickle
        >>> pickle.loads(pickle.dumps(Lexicon.default())) is Lexicon.default()
        True
        >>> mine = Lexicon.default().with_words(after={"killed": ["obliterated"]})
        >>> pickle.loads(pickle.dumps(mine)) == mine
        True
        """
        if _default.cache_info().currsize and self is _default():
            return (_default, ())
        return (
            Lexicon,
            (
                dict(self.after),
                dict(self.before),
                dict(self.groups),
                self.reporting,
                self.distanced,
                self.accusing,
            ),
        )

    def __repr__(self) -> str:
        sizes = (
            f"{name}={sum(map(len, getattr(self, name).values()))} words"
            for name in ("after", "before", "groups")
        )
        return f"Lexicon({', '.join(sizes)}, reporting={len(self.reporting)} words, ...)"

    @property
    def tables(self) -> WordTables:
        """The lexicon's words as the extraction looks them up (built once, when it is made).

        >>> Lexicon.default().tables.after["fled"]
        <ClaimKind.DISPLACED: 'displaced'>
        """
        return self._tables

    @classmethod
    def default(cls) -> Lexicon:
        """Return the lexicon shipped with conflictfacts (loaded once per process).

        Returns:
            The default lexicon; it is immutable, so sharing it is safe.

        >>> Lexicon.default() is Lexicon.default()
        True
        """
        return _default()

    @classmethod
    def from_json(cls, source: str | Path) -> Lexicon:
        """Build a lexicon from JSON text or from the path of a JSON file.

        The document is an object with any of ``after`` and ``before`` (objects of claim
        kinds to lists of words), ``groups`` (an object of group kinds to lists of nouns),
        ``reporting``, ``distanced`` and ``accusing`` (lists of verbs); see
        ``docs/lexicon.md``. A string that starts with ``{`` or ``[`` is read as JSON text,
        any other string as a path.

        Args:
            source: JSON text, or a path to a UTF-8 JSON file.

        Returns:
            A lexicon holding only the document's words (combine with
            ``Lexicon.default().with_words(...)`` to extend the defaults).

        Raises:
            InputTypeError: ``source`` is neither ``str`` nor a path.
            InputValueError: the JSON is malformed or a word list is invalid.

        >>> extra = Lexicon.from_json('{"before": {"killed": ["obliterated"]}}')
        >>> extra.tables.before
        {'obliterated': <ClaimKind.KILLED: 'killed'>}
        """
        return _from_document(load_json(source, "Lexicon.from_json", "lexicon"))

    def with_words(
        self,
        other: Lexicon | None = None,
        *,
        after: _WordsBy | None = None,
        before: _WordsBy | None = None,
        groups: _NounsBy | None = None,
        reporting: Iterable[str] = (),
        distanced: Iterable[str] = (),
        accusing: Iterable[str] = (),
    ) -> Lexicon:
        """Return a new lexicon with more words; a word given a new kind leaves its old one.

        Args:
            other: another lexicon whose words to add.
            after: words after a counted group, by claim kind (a
                :class:`~conflictfacts.claims.ClaimKind` or its value, "killed").
            before: verbs before a figure, by claim kind.
            groups: head nouns of counted groups, by group kind (a :class:`GroupKind` or its
                value, "soldiers").
            reporting: verbs of saying.
            distanced: verbs of saying at a distance.
            accusing: verbs of blame.

        Returns:
            A new lexicon; ``self`` is unchanged.

        Raises:
            InputTypeError: ``other`` is not a lexicon, or a word is not a ``str``.
            InputValueError: a kind is unknown or a word is not one word.

        >>> base = Lexicon.default()
        >>> mine = base.with_words(after={"killed": ["obliterated"]}, reporting=["briefed"])
        >>> mine.tables.after["obliterated"].value, "briefed" in mine.reporting
        ('killed', True)
        >>> "briefed" in base.reporting
        False
        """
        if other is not None and not isinstance(other, Lexicon):
            raise InputTypeError(
                f"Lexicon.with_words() expects a Lexicon, got {type(other).__name__}"
            )
        lexicon = self
        if other is not None:
            lexicon = lexicon.with_words(
                after=other.after,
                before=other.before,
                groups=other.groups,
                reporting=other.reporting,
                distanced=other.distanced,
                accusing=other.accusing,
            )
        return Lexicon(
            after=_added(lexicon.after, _claim_kinds(after or {})),
            before=_added(lexicon.before, _claim_kinds(before or {})),
            groups=_added(lexicon.groups, _group_kinds(groups or {})),
            reporting=lexicon.reporting | _words(reporting),
            distanced=lexicon.distanced | _words(distanced),
            accusing=lexicon.accusing | _words(accusing),
        )
