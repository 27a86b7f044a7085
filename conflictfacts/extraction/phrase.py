"""Counted noun phrases: the figure, and what it counts.

:func:`read_phrase` reads the noun phrase after a figure ("11 pro-government combatants",
"27 deaths", "five others", "1,500 km2"), with its head noun and the head's class (people,
soldiers, fighters, equipment...); a head may be elided ("two were killed and five injured")
or be a people's name ("34 Palestinians"). :func:`article_ones` reads "a"/"an" as one where a
single thing is destroyed, captured or damaged ("shot down a Russian jet") or stands in a list
of counted things ("a tank, six armoured vehicles"). :func:`counted_figures` keeps the figures
that may count a group: no fraction, no unit but one of area.

>>> from conflictfacts import Lexicon, find_quantities
>>> from conflictfacts.extraction.tokens import tokenize
>>> text = "At least 11 pro-government combatants were killed."
>>> tables = Lexicon.default().tables
>>> phrase = read_phrase(text, tokenize(text), find_quantities(text)[0], tables)
>>> phrase.words, phrase.head_class
(('pro-government', 'combatants'), 'fighters')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import attrs

from conflictfacts.claims import ClaimKind
from conflictfacts.extraction.tokens import (
    AUXILIARIES,
    CLAUSE_BREAK,
    CONNECTORS,
    DETERMINERS,
    PREPOSITIONS,
    QUOTES,
    Token,
    has_digit,
    token_low,
    token_range,
    word_list,
)
from conflictfacts.extraction.toll import is_toll, revises_toll, toll_context
from conflictfacts.extraction.words import (
    BLOWING,
    BUILDINGS,
    CHANGE_REACH,
    CHANGE_VERBS,
    DENIAL_VERBS,
    EQUIPMENT,
    ESTIMATES,
    EVENT_NOUNS,
    LOSS_VERBS,
    MEMBER_NOUNS,
    NEARING_VERBS,
    NOMINAL_KIND,
    ORDINALS,
    PEOPLE,
    PERSONS,
    SHARED_HEDGE_BARRIERS,
    SOLDIERS,
    STAYING,
    THRESHOLD_VERBS,
    ZONES,
)
from conflictfacts.lexicon import THING_KINDS, WordTables
from conflictfacts.quantities import Quantity, QuantityRole, find_quantities

__all__ = [
    "Phrase",
    "article_ones",
    "counted_figures",
    "listed_by_place",
    "may_count",
    "may_count_one",
    "read_phrase",
    "shared_count",
    "zone_of",
]

#: Words that end a counted noun phrase inside a list: "21 civilians including nine children".
_LIST_BREAKS = frozenset(["and", "or", "including", "plus", "among"])
#: Participles that may stand before a head as adjectives: "18 wounded soldiers", "thousands of
#: trapped civilians".
_PARTICIPLE_ADJECTIVES = frozenset(
    ["wounded", "injured", "dead", "displaced", "missing", "trapped"]
)
#: Participles that describe a thing's state right before its noun, saying nothing of the count.
_STATE_ADJECTIVES = frozenset(["burned", "burnt", "torched", "wrecked"])
#: Words after an elided head that say it counts people: "310 remained unaccounted for",
#: "2,000 more sustained injuries", "1.2 million who crossed into Chad".
_ELIDED_CUES = frozenset(
    word_list("remain remains remained sustained suffered crossed who still staying living")
)
#: Pronouns that stand for the whole after a part's "of": "100 of them", "4,000 of whom".
_PART_PRONOUNS = frozenset(word_list("them whom which"))
#: Months and days, which a figure after them dates rather than names a model with.
_CALENDAR_WORDS = frozenset(
    word_list(
        """january february march april may june july august september october november
        december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
        thursday friday saturday sunday"""
    )
)
#: Forms of "be" that make "N of them were ..." a passive said of the part.
_PASSIVE_BE = frozenset(word_list("were was are is been being"))
#: Words of staying after "N of whom": "4,000 of whom were living in", "100 of them still".
_STAY_CUES = STAYING | frozenset(["still", "held"])
#: Units of time: "eight years", "two days" are durations, never counted groups.
_TIME_HEADS = frozenset(
    word_list(
        """second seconds minute minutes hour hours day days night nights week weeks month months
        year years decade decades century centuries time times round rounds"""
    )
)
#: The words a figure written in words or a vague amount starts with (see
#: conflictfacts.quantities): a sentence with none of them and no digit counts nothing.
_COUNT_WORDS = frozenset(
    word_list(
        """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
        eighty ninety hundred thousand million billion trillion dozen tens hundreds dozens
        scores thousands millions billions handful few couple several half"""
    )
)
#: Words that make "a"/"an" before a person a count of one: "a soldier was killed".
_SINGULAR_CUES = frozenset(
    word_list(
        """killed died dies dead slain wounded injured hurt missing abducted kidnapped arrested
        detained killing wounding injuring kills wounds injures"""
    )
)
_ARTICLES = frozenset({"a", "an"})
#: Words after "a day" that place it before another time: "a day earlier", "a week before".
_BEFORE_NOW = frozenset(word_list("earlier before ago previously"))
#: How many tokens each way a list of counted equipment is looked at (see _equipment_item).
_LIST_REACH = 16
#: Hedges before a figure that states how many a vague count was: "several, reportedly four".
_APPOSED_HEDGES = frozenset(
    word_list("reportedly possibly perhaps allegedly apparently officially")
)
#: The last word of a vague count: "several drones", "dozens of drones".
_VAGUE_COUNTS = frozenset(word_list("several dozens hundreds thousands scores of"))
#: Words that open a part of the count before them: "four vehicles, including a tank".
_PART_WORDS = frozenset(word_list("including includes included"))
#: Words after "one of the" that rank, not count: "one of the worst" (and every "-est").
_RANKS = frozenset(word_list("worst best most least first last"))
#: Prepositions whose phrase names whose or by what, not how many: "members of a family",
#: "damaged by a strike", "people from a village".
_NAMING_PREPOSITIONS = frozenset(word_list("of by from"))
#: Nouns before "of a" that keep its count of one: "the death of a journalist", "the bodies
#: of a woman and a child", "the abduction of an engineer".
_OF_AN_EVENT = frozenset(
    word_list(
        """death deaths killing killings murder murders body bodies abduction abductions
        kidnapping kidnappings arrest arrests detention capture loss losses destruction
        downing wounding injury injuries remains"""
    )
)
#: Units of area: a figure in one of them counts territory.
_AREA_UNITS = frozenset(
    (
        *("km2", "mi2", "m2", "ha", "acre", "acres", "hectare", "hectares", "sq km"),
        *("square kilometre", "square kilometer", "square mile"),
    )
)
#: Units of length: a figure in one of them counts territory only as a zone's width.
_LENGTH_UNITS = frozenset(("km", "mi", "m", "nmi", "ft", "yd"))
#: Words that may stand between a zone and its width: "a corridor just six miles".
_ZONE_GAP = frozenset(word_list("just only some about roughly around nearly almost"))
#: What stands between a fraction and its whole: "half of the 900", "a third of its 30".
_PART_OF_GAPS = frozenset({("of",), ("of", "the"), ("of", "its"), ("of", "their"), ("of", "some")})

#: Verbs that give the first of two coordinated figures a clause of its own (with the words
#: of the lexicon's ``after``): "at least 12 were killed and 40 were injured".
_CLAUSE_VERBS = frozenset(word_list("were was are is have has had been"))

#: Every regular expression of this module.
_PATTERNS: Mapping[str, re.Pattern[str]] = {
    # What may stand between a hedged figure and a second figure it also hedges: a few words of
    # the same clause, then "and" or "with" right before the second figure ("at least 12 people
    # were killed and 40 injured", "at least 61 dead with 230 people injured"). A verb between
    # "and" and the figure ("killed at least nine and wounded 14") gives the second figure a
    # clause of its own, and its own hedge.
    "coordinated": re.compile(
        r"(?:\s{1,3}[\w'\u2019\-]{1,25}){0,6}?(?:,?\s{1,3}and|\s{1,3}with)\s{1,3}",
        re.IGNORECASE,
    ),
    # A verb of its own after the second figure: "and 40 were injured", "and 40 have died".
    "own_verb": re.compile(
        r"(?:\s{1,3}[\w'\u2019\-]{1,25}){0,3}?\s{1,3}(?:were|was|are|is|have|has|had|been)\b",
        re.IGNORECASE,
    ),
    # "from 41 to 88" after a verb of change: two figures, the count before and after
    "from_to": re.compile(r"from\s{1,3}(?P<first>\S.{0,40}?)\s{1,3}to\s{1,3}(?P<second>\S.{0,40})"),
    # the words right before a figure, to find a verb of change or a threshold
    "words_before": re.compile(r"[\w'\u2019\-]{1,25}"),
    # between a vague count and a figure set off by commas that states it: "several jets,
    # reportedly four, were downed" (the group's words, a comma, perhaps a hedge)
    "apposed": re.compile(
        r"(?:\s{1,3}[\w'\u2019\-]{1,25}){1,4},\s{1,3}"
        r"(?:(?:reportedly|possibly|perhaps|allegedly|apparently|officially)\s{1,3})?",
        re.IGNORECASE,
    ),
}

class Phrase(NamedTuple):
    """A counted noun phrase: the figure's tokens, then its modifiers and head.

    A named tuple rather than an attrs class: a page makes one per figure, and the claim
    loop copies them (``_replace``).
    """

    quantity: Quantity
    first: int
    last: int
    head: int | None
    words: tuple[str, ...]
    head_class: str | None
    affiliation_text: str | None = None
    elided: bool = False
    #: A participle before the head says what happened: "18 wounded soldiers".
    modifier_kind: ClaimKind | None = None

def may_count_one(words: set[str]) -> bool:
    """Whether a sentence may count one person with "a"/"an" ("a journalist was wounded")."""
    return not words.isdisjoint(("a", "an")) and not words.isdisjoint(_SINGULAR_CUES)

def may_count(text: str, words: set[str], digit: bool | None = None) -> bool:
    """Whether ``text``, whose lowercased letter runs are ``words``, may hold a quantity.

    ``digit`` says whether ``text`` holds a digit, when the caller knows it.
    """
    if digit is None:
        digit = has_digit(text)
    return digit or not words.isdisjoint(_COUNT_WORDS)

def counted_figures(
    text: str, figures: Sequence[Quantity], tables: WordTables
) -> tuple[list[Quantity], set[int]]:
    """The figures of ``text`` that may count a group, and where those that are wholes start.

    Fractions count no group, nor do figures with a unit other than one of area; a figure that
    a fraction takes a part of ("half of the 2.3 million residents") is a whole.
    """
    if not figures:
        return [], set()  # most sentences: nothing to scope
    quantities = [
        q
        for q in figures
        if q.role is not QuantityRole.FRACTION
        and (q.unit is None or _is_area(q.unit) or zone_of(text, q) is not None)
    ]
    quantities = _scoped(text, quantities, tables)
    wholes: set[int] = set()
    if len(quantities) < len(figures):
        # "half of the 2.3 million residents": the whole (see the claim loop)
        fractions = [q for q in figures if q.role is QuantityRole.FRACTION]
        wholes = {q.start for q in quantities if any(_whole_of(text, f, q) for f in fractions)}
    return quantities, wholes


def _scoped(text: str, quantities: list[Quantity], tables: WordTables) -> list[Quantity]:
    """The figures of a sentence as its words scope them (see :func:`counted_figures`).

    A change of a count gives two figures ("the toll climbed from 41 to 88" is 41, then 88); a
    threshold a toll passes is a lower bound ("the toll passed 1,100" is more than 1,100). A
    hedge on the first of two figures coordinated without a verb of their own holds for both
    ("At least 12 people were killed and 40 injured": 40 or more).

    >>> text = "At least 12 people were killed and 40 injured."
    >>> from conflictfacts import Lexicon
    >>> tables = Lexicon.default().tables
    >>> [(q.low, q.high) for q in _scoped(text, list(find_quantities(text)), tables)]
    [(12, None), (40, None)]
    """
    scoped: list[Quantity] = []
    for q in quantities:
        if q.qualifier is not None and q.qualifier.lower() == "from":
            scoped.extend(_changed(text, q))
        elif scoped and _states_vague(text, scoped[-1], q):
            scoped[-1] = q  # "several jets, reportedly four,": the figure says how many
        else:
            scoped.append(q)
    for i, q in enumerate(scoped):
        if q.qualifier is not None or q.low != q.high:
            continue
        verb = _word_before(text, q.start)
        if verb in THRESHOLD_VERBS and is_toll(toll_context(text, q.start)):
            # "the toll passed 1,100": more than 1,100
            scoped[i] = attrs.evolve(q, high=None, qualifier=verb)
        elif verb in NEARING_VERBS and is_toll(toll_context(text, q.start)):
            # "the number of displaced nears 60,000": nearly 60,000, as "nearly" reads it
            low = -((-9 * q.low) // 10) if isinstance(q.low, int) else q.low
            scoped[i] = attrs.evolve(q, low=low, qualifier=verb, approximate=True)
        elif i > 0 and _shares_hedge(text, scoped[i - 1], q, tables.after):
            first = scoped[i - 1]
            scoped[i] = attrs.evolve(
                q,
                low=None if first.low is None else q.low,
                high=None if first.high is None else q.high,
                qualifier=first.qualifier,
                approximate=first.approximate,
            )
    return scoped


def _states_vague(text: str, vague: Quantity, figure: Quantity) -> bool:
    """Whether ``figure``, set off by commas after ``vague``'s group, states how many it is.

    "Several jets, reportedly four, were downed over Kutum": four jets, not several and four.
    """
    return (
        vague.low != vague.high
        and not has_digit(vague.text)
        and text[figure.end : figure.end + 1] == ","
        and figure.start - vague.end <= 130
        and _PATTERNS["apposed"].fullmatch(text, vague.end, figure.start) is not None
    )


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, lower case ("" when none)."""
    words = _PATTERNS["words_before"].findall(text, max(0, start - 30), start)
    return words[-1].lower() if words and not text[start - 1 : start].isalnum() else ""


def _shares_hedge(
    text: str, first: Quantity, second: Quantity, kind_after: Mapping[str, ClaimKind]
) -> bool:
    """Whether the hedge of ``first`` reaches ``second``: "at least 12 killed and 40 injured".

    Only a bare second figure that leaves out its verb takes it. One with its own verb keeps its
    own hedge, whether the verb comes before it ("and wounded 14") or after it once the first
    clause has had its verb ("were killed and 14 were wounded"); so does one with its own
    increment word ("and another five wounded", "and five others injured"), and a part of the
    first ("at least 15, including eight officers, and 22 wounded"). Two subjects of one verb
    share the hedge: "at least 17 of the dead and 40 of the injured were children".
    """
    if first.qualifier is None or first.role is not QuantityRole.TOTAL:
        return False
    if second.role is not QuantityRole.TOTAL or first.unit is not None or second.unit is not None:
        return False
    open_bound = (first.low is None) != (first.high is None)
    point = first.approximate and first.low == first.high == first.value
    if not (open_bound or point):
        return False
    gap = _PATTERNS["coordinated"].fullmatch(text, first.end, second.start)
    if gap is None:
        return False
    words = [w.strip(",").lower() for w in gap.group().split()]
    if not SHARED_HEDGE_BARRIERS.isdisjoint(words):
        return False
    # a verb of the first clause; "the injured" is a noun
    first_verb = not _CLAUSE_VERBS.isdisjoint(words) or any(
        w in kind_after and (i == 0 or words[i - 1] not in DETERMINERS) for i, w in enumerate(words)
    )
    return not (first_verb and _PATTERNS["own_verb"].match(text, second.end))


def _changed(text: str, quantity: Quantity) -> list[Quantity]:
    """A "from ... to ..." range as the two figures of a change, after a verb of change.

    "The toll climbed steeply overnight from 41 to 88" gives 41 and 88; any other "from 10 to
    12" stays a range.
    """
    before = _PATTERNS["words_before"].findall(text, max(0, quantity.start - 60), quantity.start)
    if CHANGE_VERBS.isdisjoint(w.lower() for w in before[-CHANGE_REACH:]) and not revises_toll(
        toll_context(text, quantity.start)
    ):
        return [quantity]  # "raised its death toll for the raid from 31 to 44" changes too
    parts = _PATTERNS["from_to"].fullmatch(text, quantity.start, quantity.end)
    if parts is None:
        return [quantity]
    figures: list[Quantity] = []
    for name, bound in (("first", quantity.low), ("second", quantity.high)):
        start, end = parts.span(name)
        # each figure read in its sentence ("90" alone would be a list number)
        if name == "first":
            found = [q for q in find_quantities(text[:end]) if q.end == end]
        else:
            base = parts.end("first")  # from " to 88.": "88." alone is a list number
            found = [
                attrs.evolve(q, start=q.start + base, end=q.end + base)
                for q in find_quantities(text[base:])
                if q.start + base == start
            ]
        if len(found) != 1 or found[0].value != bound or found[0].start != start:
            return [quantity]  # "from 1.2 to 1.5 million": the scale reaches back
        figures.append(found[0])
    return figures


def _whole_of(text: str, fraction: Quantity, quantity: Quantity) -> bool:
    """Whether ``quantity`` is the whole that ``fraction`` takes a part of ("half of the 900")."""
    gap = text[fraction.end : quantity.start]
    return 0 <= len(gap) <= 14 and tuple(gap.lower().split()) in _PART_OF_GAPS


def _is_area(unit: str) -> bool:
    return unit.lower() in _AREA_UNITS


def zone_of(text: str, quantity: Quantity) -> tuple[int, int] | None:
    """Where the zone noun is whose width ``quantity`` gives, or ``None``.

    A length counts territory only as the width of a strip of land named right before it ("a
    corridor 6 km north and south of the road", "a corridor just six miles either side") or
    right after it ("a 20-kilometre buffer zone"); any other length locates a place.

    >>> text = "They agreed a corridor 6 km either side of the road, 30 km east of Vessa."
    >>> [zone_of(text, q) for q in find_quantities(text)]
    [(14, 22), None]
    """
    if quantity.unit not in _LENGTH_UNITS:
        return None
    pattern = _PATTERNS["words_before"]
    before = list(pattern.finditer(text, max(0, quantity.start - 40), quantity.start))[-2:]
    if before and before[-1].group().lower() in _ZONE_GAP:
        before.pop()
    if before and before[-1].group().lower() in ZONES:
        gap = text[before[-1].end() : quantity.start]
        if all(word.lower() in _ZONE_GAP for word in gap.split()) and (
            gap.replace(" ", "").isalpha() or not gap.strip()
        ):
            return before[-1].span()
    if quantity.text[-1:].isalpha() and "-" in quantity.text:
        # "a 20-kilometre buffer zone": the width stands before the zone as its adjective
        for after in itertools.islice(pattern.finditer(text, quantity.end, quantity.end + 30), 2):
            if after.group().lower() in ZONES:
                return after.span()
    return None


def article_ones(
    text: str, tokens: Sequence[Token], quantities: Sequence[Quantity], tables: WordTables
) -> list[Quantity]:
    """Read "a tank" as one inside a list of counted equipment: "a tank, six vehicles"."""
    heads = tables.heads
    found: list[Quantity] = []
    starts = sorted(q.start for q in quantities)
    ends = sorted(q.end for q in quantities)
    read = set(starts)
    things = (EQUIPMENT, BUILDINGS)
    lows = map(token_low, tokens)
    items: list[tuple[int, int]] = []  # (article, head) of every "a"/"an" thing
    articles = itertools.compress(range(len(tokens)), map(_ARTICLES.__contains__, lows))
    for i in articles:
        token = tokens[i]
        if token.start in read:
            continue
        if _one_more_person(tokens, i, tables):
            found.append(Quantity.one(text, token.start, token.end))
            continue
        j = i + 1
        while j < len(tokens) and j <= i + 4 and heads.get(tokens[j].low) not in things:
            if tokens[j].text in CONNECTORS or tokens[j].low in CLAUSE_BREAK:
                break
            j += 1
        if j >= len(tokens) or heads.get(tokens[j].low) not in things:
            continue
        items.append((i, j))
        # at the head of a list: "a tank, six armoured vehicles ..."
        after = tokens[j + 1].end if j + 1 < len(tokens) else -1
        heads_list = (
            j + 1 < len(tokens)
            and tokens[j + 1].text in {",", "and"}
            and any(after <= s <= after + 12 for s in starts)
        )
        # at its tail: "... two armoured vehicles and a drone"
        tails_list = (
            i >= 2
            and tokens[i - 1].text in {",", "and"}
            and heads.get(tokens[i - 2].low) in things
            and any(tokens[i - 2].end - 60 <= e <= tokens[i - 2].end for e in ends)
        )
        # a part of a count just given: "four vehicles, including a tank, were destroyed"
        included = (
            i >= 1
            and tokens[i - 1].low in _PART_WORDS
            and any(e <= tokens[i - 1].start for e in ends)
        )
        if heads_list or tails_list or included or (
            # "seized a large quantity of weapons" is no count of one
            all(t.text[0].isalnum() and t.low != "of" for t in tokens[i + 1 : j])
            and _done_to_one(tokens, i, j, tables)
        ):
            found.append(Quantity.one(text, token.start, token.end))
    if len(items) > 1:
        taken = {q.start for q in found}
        for chain in _chains(tokens, items):
            if _chain_done(tokens, chain, tables):
                found.extend(
                    Quantity.one(text, tokens[i].start, tokens[i].end)
                    for i, _ in chain
                    if tokens[i].start not in taken
                )
        found.sort(key=lambda q: q.start)
    return found


def _chains(
    tokens: Sequence[Token], items: Sequence[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """Runs of two or more "a"/"an" things joined by commas and "and": "a tank and an APC"."""
    chains: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    for item in items:
        if run and all(t.text in {",", "and"} for t in tokens[run[-1][1] + 1 : item[0]]):
            run.append(item)
            continue
        if len(run) > 1:
            chains.append(run)
        run = [item]
    if len(run) > 1:
        chains.append(run)
    return chains


def _chain_done(
    tokens: Sequence[Token], chain: Sequence[tuple[int, int]], tables: WordTables
) -> bool:
    """Whether a verb of loss is said of a run of things.

    "destroyed a tank and a truck", "a helicopter and a drone were shot down".
    """
    first, last = chain[0][0], chain[-1][1]
    before = tokens[first - 1].low if first >= 1 else ""
    if tables.before.get(before) in THING_KINDS:
        return True
    if before == "down" and first >= 2 and tokens[first - 2].low in {"shot", "brought"}:
        return True
    k = last + 1
    if not (k + 1 < len(tokens) and tokens[k].low in {"were", "have", "had"}):
        return False
    k += 2 if tokens[k + 1].low == "been" and k + 2 < len(tokens) else 1
    if tokens[k].low == "shot":
        return k + 1 < len(tokens) and tokens[k + 1].low == "down"
    return tables.after.get(tokens[k].low) in THING_KINDS


def _done_to_one(
    tokens: Sequence[Token], article: int, head: int, tables: WordTables
) -> bool:
    """Whether "a"/"an" at ``article`` counts one thing destroyed, captured or damaged.

    "Shot down a Russian jet", "seized an armoured vehicle", "a tank was destroyed" (the head
    noun at ``head``). In the active voice the thing must follow the verb: "a drone destroyed a
    tank" counts the tank, not the drone.
    """
    before = tokens[article - 1].low if article >= 1 else ""
    if tables.before.get(before) in THING_KINDS:
        return True
    if before in LOSS_VERBS and tables.heads.get(tokens[head].low) == EQUIPMENT:
        # "the army lost a helicopter", not "denied losing a jet"
        return not (article >= 2 and tokens[article - 2].low in DENIAL_VERBS)
    if before == "down" and article >= 2 and tokens[article - 2].low in {"shot", "brought"}:
        return True
    if before == "up" and article >= 2 and tokens[article - 2].low in BLOWING:
        return True  # "blew up a bus"
    k = _participle(tokens, head + 1)
    if k is None:
        return False
    verb = tokens[k].low
    if verb == "shot":
        return k + 1 < len(tokens) and tokens[k + 1].low == "down"
    return tables.after.get(verb) in THING_KINDS and tokens[k - 1].low != "has"


def _participle(tokens: Sequence[Token], at: int) -> int | None:
    """The token after "was/has/had/is" (and "been") at ``at``: "was injured", "has been shot"."""
    n = len(tokens)
    if not (at + 1 < n and tokens[at].low in {"was", "has", "had", "is"}):
        return None
    k = at + 1
    if tokens[k].low == "been" and k + 1 < n:
        k += 1
    return k


def _one_more_person(tokens: Sequence[Token], article: int, tables: WordTables) -> bool:
    """Whether "a"/"an" at ``article`` counts one more person: "a third soldier was injured".

    An ordinal, a noun of persons, then a casualty said of it (a verb of the lexicon's
    ``before`` right before the article, or "was/has been <participle>" after the noun).
    """
    n = len(tokens)
    noun = article + 2
    if not (
        noun < n
        and tokens[article + 1].low in ORDINALS
        and tables.heads.get(tokens[noun].low) in PERSONS
    ):
        return False
    before = tokens[article - 1].low if article >= 1 else ""
    if before in tables.before:
        return True  # "killed a second journalist"
    k = _participle(tokens, noun + 1)
    if k is None:
        return False
    verb = tokens[k].low
    # "a second gunman has killed two" is active: the gunman is no victim
    active = tokens[k - 1].low in {"has", "had"} and verb in tables.before
    return verb in tables.after and not active


def _apposed_group(
    tokens: Sequence[Token], first: int, last: int, heads: Mapping[str, str]
) -> tuple[int, tuple[str, ...]] | None:
    """The head and words of the group a figure set off by commas states the number of.

    "Several jets, reportedly four, were downed over Kutum": the figure at tokens ``first`` to
    ``last`` counts the drones, which a vague count opened (see :func:`_states_vague`).
    """
    comma = first - 2 if first > 1 and tokens[first - 1].low in _APPOSED_HEDGES else first - 1
    if not (
        comma > 1
        and tokens[comma].text == ","
        and last + 1 < len(tokens)
        and tokens[last + 1].text == ","
    ):
        return None
    head = comma - 1
    if tokens[head].low not in heads:
        return None
    k = head
    while k > 0 and head - k < 3 and tokens[k - 1].text.isalpha():
        if tokens[k - 1].low in _VAGUE_COUNTS:
            return head, tuple(t.text for t in tokens[k : head + 1])
        k -= 1
    return None


def listed_by_place(tokens: Sequence[Token], first: int, after: int) -> bool:
    """Whether a bare figure at ``first`` is a part of a breakdown by place after a colon.

    "48 guards died: 40 in the barracks and eight in the mess hall": the parts
    leave out the group and give where; ``after`` is the token after the figure.

    >>> from conflictfacts.extraction.tokens import tokenize
    >>> tokens = tokenize("48 guards died: 40 in the barracks and eight in the mess hall")
    >>> listed_by_place(tokens, 4, 5), listed_by_place(tokens, 0, 1)
    (True, False)
    """
    if not (
        first > 0
        and after < len(tokens)
        and tokens[after].low in {"in", "at", "on", "near", "inside"}
        and tokens[first - 1].text in {":", ",", "and"}
    ):
        return False
    for k in range(first - 1, max(-1, first - 16), -1):
        if tokens[k].text == ":":
            return True
        if tokens[k].text in {".", ";", "(", ")"}:
            return False
    return False


def _equipment_item(
    tokens: Sequence[Token], first: int, j: int, tables: WordTables
) -> int | None:
    """The last word of an unknown item in a list of counted equipment, or ``None``.

    "1 radar system, 1 KX-9 gun, 1 anti-tank, 4 tanks and 2 graders were destroyed": a
    figure in digits at token ``first`` whose words (from ``j``, at most three) name nothing
    the lexicon knows, between items of equipment counted in digits.
    """
    n, heads = len(tokens), tables.heads
    if not tokens[first].text[0].isdigit():
        return None
    k = j
    while (
        k < n
        and k < j + 3
        and tokens[k].text[0].isalpha()
        and tokens[k].low not in PREPOSITIONS
        and tokens[k].low not in AUXILIARIES
        and tokens[k].low not in _LIST_BREAKS
        and tokens[k].low not in CLAUSE_BREAK
        and tokens[k].low not in tables.after
    ):
        k += 1
    if k == j or k >= n:
        return None
    ends = tokens[k].text == "," or tokens[k].low == "and"
    if not (ends or tokens[k].low in AUXILIARIES):
        return None
    return k - 1 if _equipment_beside(tokens, first, k, heads) else None


def _equipment_beside(
    tokens: Sequence[Token], first: int, end: int, heads: Mapping[str, str]
) -> bool:
    """Whether the list around tokens ``first`` to ``end`` counts equipment in digits: "3 tanks".

    The list goes on over words, commas and "and" (at most :data:`_LIST_REACH` tokens each
    way); it holds equipment when one of its heads is equipment with a digit before it.
    """
    n = len(tokens)
    forward = range(end, min(n, end + _LIST_REACH))
    backward = range(first - 1, max(-1, first - 1 - _LIST_REACH), -1)
    for steps in (forward, backward):
        for k in steps:
            token = tokens[k]
            if token.text not in {",", "and"} and not (
                token.text[0].isalnum()
                and token.low not in AUXILIARIES
                and token.low not in PREPOSITIONS
            ):
                break
            if heads.get(token.low) == EQUIPMENT and any(
                t.text[0].isdigit() for t in tokens[max(0, k - 4) : k]
            ):
                return True
    return False


def _alias_end(tokens: Sequence[Token], opening: int) -> int | None:
    """The ")" closing a short alias opened at ``opening``: "(IS)", "(Daesh)", or ``None``."""
    for k in range(opening + 1, min(len(tokens), opening + 5)):
        if tokens[k].text == ")":
            return k if k > opening + 1 else None
        if not tokens[k].text[0].isalnum():
            return None
    return None


def _names_model(tokens: Sequence[Token], quantity: Quantity, first: int) -> bool:
    """Whether a bare figure is the number in a model's name: "12 Mirage 2000 fighter jets".

    The figure follows a capitalised word, which follows another figure or an article or
    "of" ("the Mirage 2000 jets", "a fleet of Mirage 2000 jets"); a month or a day before it
    is a date, not a model.
    """
    if first < 2 or not quantity.text.isdigit():
        return False
    name, before = tokens[first - 1], tokens[first - 2]
    return (
        name.text[:1].isupper()
        and name.text.isalpha()
        and name.low not in _CALENDAR_WORDS
        and (before.text[:1].isdigit() or before.low in {"the", "a", "an", "of", "its", "their"})
    )


def _acronym_before_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a capitalised acronym before a lower-case noun: "50 IS fighters".

    "IS" (the Islamic State) is not the verb "is" when it is written in capitals between a
    figure and a noun in lower case.
    """
    text = tokens[k].text
    return (
        len(text) > 1
        and text.isupper()
        and text.isalpha()
        and k + 1 < len(tokens)
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].text.islower()
    )


def _passive_after(tokens: Sequence[Token], at: int) -> bool:
    """Whether a passive or "have died" follows "N of them" at token ``at``.

    "seven of them were killed", "three of them have died": what happened to the part; not
    "one of them had shot down a patrol drone", where the part is the agent.
    """
    if tokens[at].low in _PASSIVE_BE:
        return True
    return (
        tokens[at].low in {"have", "has", "had"}
        and at + 1 < len(tokens)
        and tokens[at + 1].low in {"been", "died", "since"}
    )


def _ends_part(tokens: Sequence[Token], at: int) -> bool:
    """Whether "N of them" ends at token ``at``, perhaps with an adverb: ", 40 of them badly"."""
    if at < len(tokens) and tokens[at].low.endswith("ly") and tokens[at].text.isalpha():
        at += 1
    return at >= len(tokens) or tokens[at].text in {".", ",", ";"}


def _stays(tokens: Sequence[Token], at: int) -> bool:
    """Whether a verb of staying follows from token ``at``, over auxiliaries: "were living"."""
    while at < len(tokens) and tokens[at].low not in _STAY_CUES:
        if tokens[at].low not in AUXILIARIES:
            return False
        at += 1
    return at < len(tokens)


def _counts_nothing(
    tokens: Sequence[Token],
    quantity: Quantity,
    first: int,
    j: int,
    kind_after: Mapping[str, ClaimKind],
) -> bool:
    """Whether a one read from "one" or "a"/"an" counts nothing at token ``first``.

    "one of the highest" ranks a figure among others; "a" inside a phrase of a preposition
    ("members of a single household", "damaged by a coalition strike", "from a village") names
    whose or by what, not how many, unless what happened to it follows ("a video of a
    captured pilot") or an event is of it ("the death of a journalist": see
    :data:`_OF_AN_EVENT`).
    """
    said = quantity.text.lower()
    n = len(tokens)
    if said == "one":
        whole = j + 2 if j + 1 < n and tokens[j].low == "of" and tokens[j + 1].low == "the" else -1
        return 0 <= whole < n and (
            tokens[whole].low in _RANKS or tokens[whole].low.endswith("est")
        )  # "one of the highest", "one of the deadliest"
    if said not in _ARTICLES:
        return False
    before = tokens[first - 1].low if first > 0 else ""
    return (
        before in _NAMING_PREPOSITIONS
        and not (before == "of" and first > 1 and tokens[first - 2].low in _OF_AN_EVENT)
        and not (j < n and tokens[j].low in kind_after)
    )  # "five members of a single household", "damaged by a coalition strike"


#: How many words after "a"/"an" may stand before the verb of saying of a speaker: "a police
#: official in the city said".
_SPEAKER_REACH = 6
#: Words that end the noun phrase of a speaker: a verb of its own, a relative, a coordination.
_NOT_A_SPEAKER = frozenset(word_list("was were is are has have had who which that and or"))


def _speaks(
    tokens: Sequence[Token], j: int, saying: frozenset[str], kind_after: Mapping[str, ClaimKind]
) -> bool:
    """Whether "a"/"an" before token ``j`` opens the subject of a verb of saying.

    "Twelve people were wounded, a hospital official said": the official speaks and is not
    counted. A verb of what happened first ("a soldier wounded in the raid said") counts one.
    """
    k, reach = j, j + _SPEAKER_REACH
    while k < min(reach, len(tokens)):
        low = tokens[k].low
        if low in saying:
            return True
        if low == "," and k + 1 < len(tokens) and tokens[k + 1].low == "who":
            # "a local official, who asked not to be named, told Reuters": past the aside
            close = next((m for m in range(k + 2, len(tokens)) if tokens[m].low == ","), None)
            if close is None:
                return False
            k, reach = close + 1, close + 1 + _SPEAKER_REACH
            continue
        if not tokens[k].text[:1].isalpha() or low in _NOT_A_SPEAKER or low in kind_after:
            return False
        k += 1
    return False


#: How many words a second noun that shares a figure may take: "and armoured personnel carrier".
_SHARED_REACH = 4


def _counted_apart(first: str, second: str, first_head: str, second_head: str) -> bool:
    """Whether a count of two coordinated heads of these kinds counts each of them.

    Soldiers and their vehicles, or two kinds of equipment, are counted apart; persons and
    persons are one mixed group ("12 soldiers and civilians"), and so are two nouns of one
    other kind.
    """
    if first in PERSONS and second in PERSONS:
        return False
    if first != second:
        return True
    return first == EQUIPMENT and first_head != second_head


def shared_count(
    tokens: Sequence[Token], phrase: Phrase, taken: set[int], tables: WordTables
) -> Phrase | None:
    """The second noun that shares the figure of ``phrase``, when the figure counts it too.

    "a tank and armoured personnel carrier" is one tank and one carrier; "hundreds of
    guards and armoured trucks" is hundreds of each. The second noun has no figure of its
    own (its tokens are none of ``taken``, the tokens of the unit's counted phrases) and a head
    of a kind counted apart from the first's: "12 soldiers and civilians" is one group.

    Returns:
        The second noun's phrase: the same quantity, its first token after "and", its head.

    >>> from conflictfacts import extract_claims, parse_article
    >>> page = "Rebels destroyed a tank and armoured personnel carrier near Kutum on Monday."
    >>> [(c.quantity.text, c.subject.label) for c in extract_claims(parse_article(page))]
    [('a', 'tank'), ('a', 'armoured personnel carrier')]
    """
    heads, n = tables.heads, len(tokens)
    if phrase.head is None or phrase.head_class is None or phrase.elided:
        return None
    start = phrase.last + 1
    if start + 1 >= n or tokens[start].low != "and":
        return None
    head: int | None = None
    k = start + 1
    while k < n and k <= start + _SHARED_REACH:
        token, low = tokens[k], tokens[k].low
        if k in taken or not token.text.isalpha():
            break
        if low in heads:
            head = k
        elif head is not None or (
            low in DETERMINERS
            or low in AUXILIARIES
            or low in PREPOSITIONS
            or low in CLAUSE_BREAK
            or low in _LIST_BREAKS
            or low in _COUNT_WORDS
            or (
                (low in tables.after or low in tables.before)
                and low not in {"armed", "armoured", "armored"}
            )
        ):
            break
        k += 1
    if head is None or any(x in taken for x in range(start + 1, head + 1)):
        return None
    head_class = heads[tokens[head].low]
    if not _counted_apart(
        phrase.head_class, head_class, tokens[phrase.head].low, tokens[head].low
    ):
        return None
    words = tuple(t.text for t in tokens[start + 1 : head + 1])
    return Phrase(
        phrase.quantity, start + 1, head, head, words, head_class,
        modifier_kind=phrase.modifier_kind,
    )  # fmt: skip


def read_phrase(
    text: str,
    tokens: Sequence[Token],
    quantity: Quantity,
    tables: WordTables,
    demonym: Callable[[str], bool] = lambda word: False,
) -> Phrase | None:
    """The counted noun phrase after a figure: "11 pro-government combatants"."""
    kind_after, kind_before, heads = tables.after, tables.before, tables.heads
    span = token_range(tokens, quantity.start, quantity.end)
    if span is None:
        return None
    first, last = span
    n = len(tokens)
    apposed = _apposed_group(tokens, first, last, heads)
    if apposed is not None:
        apposed_head, apposed_words = apposed
        return Phrase(
            quantity, first, last, apposed_head, apposed_words, heads[tokens[apposed_head].low]
        )
    if (
        first > 0
        and quantity.text.isdigit()
        and tokens[first - 1].text[:1].isupper()
        and heads.get(tokens[first - 1].low) == EQUIPMENT
    ):
        return None  # "a MiG 21 jet": the figure names the model
    if _names_model(tokens, quantity, first):
        return None  # "12 Mirage 2000 fighter jets", "the Mirage 2000 jets": a model's number
    j = last + 1
    words: list[str] = []
    if j < n and tokens[j].low in {"more", "others", "other"}:
        if tokens[j].low == "others":
            return Phrase(quantity, first, j, j, ("others",), None, elided=True)
        j += 1
    if (
        j + 2 < n
        and tokens[j].low == "the"
        and tokens[j + 1].low in {"number", "toll", "tally", "total"}
        and tokens[j + 2].low == "of"
    ):
        j += 3  # "bringing to 240 the number of soldiers killed"
    if _counts_nothing(tokens, quantity, first, j, kind_after) or (
        quantity.text.lower() in _ARTICLES and _speaks(tokens, j, tables.saying, kind_after)
    ):
        return None
    if first >= 2 and tokens[first - 1].low == "of" and tokens[first - 2].low in MEMBER_NOUNS:
        return None  # "eleven members of one family": the figure names whose members they are
    if (
        quantity.text.lower() in _ARTICLES
        and j + 1 < n
        and tokens[j].low in ORDINALS
        and tokens[j + 1].low in heads
    ):
        j += 1  # "a second tank", "a third soldier": one more, counted as one
    if j + 1 < n and tokens[j].low == "out" and tokens[j + 1].low == "of":
        j += 1  # "12 out of 130 injured": a part, as "12 of 130"
    partitive = j < n and tokens[j].low == "of"
    if partitive:
        j += 1
        whole = j + 1 if j + 1 < n and tokens[j].low == "the" else j
        if (
            quantity.text.lower() == "one"
            and whole < n
            and (tokens[whole].text[0].isdigit() or tokens[whole].low in _COUNT_WORDS)
        ):
            return None  # "one of 14 people injured": a person among them, not a count
        if j < n and tokens[j].text[0].isdigit():
            j += 1  # "31 of 38 drones": the part counts the same things as the whole
        elif j < n and tokens[j].low in _PART_PRONOUNS and _stays(tokens, j + 1):
            j += 1  # "4,000 of whom were living in": the verb after the pronoun is the part's
        elif j < n and tokens[j].low in {"them", "whom"} and _ends_part(tokens, j + 1):
            # "injured in the blasts, 40 of them critically": a part of the count before
            return Phrase(quantity, first, j, None, (), None, elided=True)
        elif j + 1 < n and (
            (tokens[j].low == "whom" and tokens[j + 1].low in AUXILIARIES)
            or (tokens[j].low == "them" and _passive_after(tokens, j + 1))
        ):
            # "60 protesters, 12 of whom were later released", "seven of them were killed": the
            # part's own verb follows
            return Phrase(quantity, first, j, None, (), None, elided=True)
    if (
        j + 3 < n
        and tokens[j].low == "on"
        and tokens[j + 1].low == "the"
        and (tokens[j + 3].low == "side")
    ):
        return Phrase(
            quantity,
            first,
            j + 3,
            None,
            (),
            None,
            affiliation_text=tokens[j + 2].text,
            elided=True,
        )
    if tokens[last].low.endswith("-strong") and j < n and tokens[j].text.isalpha():
        # "a 100,000-strong alliance": the size of a force
        return Phrase(
            quantity, first, j, j, (tokens[j].text,), heads.get(tokens[j].low, SOLDIERS),
            modifier_kind=ClaimKind.DEPLOYED,
        )  # fmt: skip
    if j < n and tokens[j].low in DETERMINERS and tokens[j].low not in {"a", "an", "some"}:
        words.append(tokens[j].text)
        j += 1
    head: int | None = None
    head_class: str | None = None
    modifier_kind: ClaimKind | None = None
    if (
        j + 2 < n
        and quantity.text.lower() not in _ARTICLES  # "an internally displaced people camp"
        and tokens[j].low.endswith("ly")
        and tokens[j + 1].low in _PARTICIPLE_ADJECTIVES
        and tokens[j + 2].low in heads
    ):
        j += 1  # "800,000 newly displaced people": the adverb says how, the participle what
    if (
        j + 1 < n
        and tokens[j].low in _PARTICIPLE_ADJECTIVES
        and tokens[j].low in kind_after
        and tokens[j + 1].low in heads
    ):
        modifier_kind = kind_after[tokens[j].low]
        j += 1
    if (
        j + 2 < n
        and tokens[j].low in _ARTICLES
        and tokens[j + 1].low in _TIME_HEADS
        and tokens[j + 2].low in _BEFORE_NOW
        and is_toll(toll_context(text, quantity.start))
    ):
        # "rose to 101, up from 59 a day earlier": the toll's earlier figure, then when
        return Phrase(quantity, first, last, None, (), None, elided=True)
    k = j
    while k < n and k < j + 6:
        token = tokens[k]
        low = token.low
        if low in _TIME_HEADS and head is None:
            return None
        if (
            token.text == "."
            and head is None
            and k + 1 < n
            and len(tokens[k - 1].text) == 1
            and tokens[k - 1].text.isupper()
            and tokens[k - 1].end == token.start
        ):
            k += 1  # an initial: "5,200 U.S. forces"
            continue
        if head is None and token.text in QUOTES:
            k += 1  # a name in quotes: "30 'Border Guard Force' troops"
            continue
        if head is None and token.text == "(":
            close = _alias_end(tokens, k)
            if close is not None:
                k = close + 1  # an alias: "two Islamic State (IS) snipers"
                continue
        if not token.text[0].isalnum() or low in CLAUSE_BREAK or low in PREPOSITIONS:
            break
        if (low in AUXILIARIES or low in _LIST_BREAKS) and not _acronym_before_noun(tokens, k):
            break  # "21 civilians including nine children": the parts are phrases of their own
        if head is not None and low in DETERMINERS:
            break  # "200 gunmen stormed the town": a determiner opens another noun phrase
        if head is not None and low.endswith("ed") and low not in heads:
            break  # "12 jets dropped bombs": a past tense after the head is its verb
        if low in heads:
            head, head_class = k, heads[low]
        elif low in kind_after or low in kind_before:
            describes = low in {"armed", "armoured", "armored"} or (
                # "two burned bodies", "three wrecked tanks": an adjective before its head
                low in _STATE_ADJECTIVES and k + 1 < n and tokens[k + 1].low in heads
            )
            if head is not None or not describes:
                break
        elif head is not None and not (token.text.isalpha() and token.text.islower()):
            break  # a compound goes on in lower case: "a rebel command post"
        k += 1
    if head is None:
        if j < n and tokens[j].low == "lives":
            # "claimed 9,000 lives": lives stand for people (what took them: see kind_of)
            return Phrase(quantity, first, j, j, (tokens[j].text,), PEOPLE)
        if tokens[last].low == "others":
            # "killing the driver and six others": others of the group just named
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if j < n and demonym(tokens[j].text):
            # a people named by their nationality: "34 Palestinians were killed", "troops
            # killed 25 Palestinians"
            return Phrase(quantity, first, j, j, (tokens[j].text,), PEOPLE)
        # elided head: "five injured", "dozens dead", "thousands fled", "and wounding 31"
        if first > 0 and tokens[first - 1].low in kind_before:
            # "killed 11 people and injured 47 others overnight", "wounding 31."
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if (
            first > 0
            and tokens[first - 1].low in {"including", "includes", "included"}
            and (j >= n or tokens[j].low in PREPOSITIONS or not tokens[j].text[0].isalnum())
        ):
            # a part of the group just counted: "35 drones, including 12 over Belgorod"
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if j < n and tokens[j].low in EVENT_NOUNS:
            # "17 deaths and 45 injuries": the noun is the head and says what happened
            return Phrase(quantity, first, j, j, (tokens[j].text,), PEOPLE)
        if (
            partitive
            and j + 1 < n
            and tokens[j].low.endswith("ly")
            and tokens[j + 1].low in kind_after
        ):
            j += 1  # "seven of those seriously injured"
        if j < n and (tokens[j].low in kind_after or tokens[j].low in NOMINAL_KIND):
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if is_toll(toll_context(text, quantity.start)):  # "the death toll rose to 340"
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if first >= 2 and tokens[first - 1].low == "of" and tokens[first - 2].low in ESTIMATES:
            # "revised to 1,200 from an earlier estimate of 1,400": a count told before
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if (
            first >= 2
            and tokens[first - 1].low in {"of", "to"}
            and tokens[first - 2].low in {"population", "home"}
        ):
            # "a population of roughly 800,000", "home to 3 million": people, not said
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if listed_by_place(tokens, first, j):
            # "48 guards died: 40 in the barracks and eight in the mess hall"
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if quantity.unit is not None or (quantity.qualifier is not None and j >= n):
            return Phrase(quantity, first, last, None, (), None, elided=True)
        item = _equipment_item(tokens, first, j, tables)
        if item is not None:
            # "1 KX-9 gun, 1 anti-tank, 4 tanks ... were destroyed": an item of a list of
            # equipment is equipment, whatever its name
            words.extend(t.text for t in tokens[j : item + 1])
            return Phrase(quantity, first, item, item, tuple(words), EQUIPMENT)
        if j < n and (tokens[j].low in AUXILIARIES or tokens[j].low in _ELIDED_CUES):
            return Phrase(quantity, first, last, None, (), None, elided=True)
        if (
            j < n
            and tokens[j].text.isalpha()
            and tokens[j].low.endswith("s")
            and (
                tokens[j].low not in PREPOSITIONS
                and len(tokens[j].low) > 3
                and tokens[j].text.islower()
            )
        ):
            # an unknown plural noun followed by a verb of the lexicon: "12 paramedics were killed"
            nxt = tokens[j + 1].low if j + 1 < n else ""
            nxt2 = tokens[j + 2].low if j + 2 < n else ""
            if nxt in kind_after or (nxt in AUXILIARIES and nxt2 in kind_after):
                words.append(tokens[j].text)
                return Phrase(quantity, first, j, j, tuple(words), PEOPLE)
        return None
    previous_end = -1
    aside = False
    for token in tokens[j : head + 1]:
        if token.text in QUOTES or token.text in "()" or aside:
            aside = (aside or token.text == "(") and token.text != ")"
            continue  # the quotes of a name, an alias in brackets: not words of the group
        if token.start == previous_end and "." in (token.text, words[-1][-1]):
            words[-1] += token.text  # an initial: "U.S."
        else:
            words.append(token.text)
        previous_end = token.end
    return Phrase(
        quantity, first, head, head, tuple(words), head_class, modifier_kind=modifier_kind
    )
