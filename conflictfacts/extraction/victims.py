"""Who or what was counted: the victim group of a claim, its label, side and category.

:func:`subject_of` names the group a phrase counts: its label ("Turkish soldiers"), its side
(the affiliation the gazetteer reads in the label, or the owner of "its soldiers", or the side
that "lost" them) and its category ("soldiers", "civilians", "tanks"). Elided groups take the
group counted before them ("two were killed and five injured", "five others"), and unnamed
ones the group a later clause names ("six of the dead were children").

>>> import datetime as dt
>>> from conflictfacts import extract_claims, parse_article
>>> page = "At least two Turkish soldiers were killed and five others wounded on Monday."
>>> [c.subject.label for c in extract_claims(parse_article(page, published=dt.date(2031, 5, 8)))]
['Turkish soldiers', 'Turkish soldiers']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from conflictfacts.claims import Claim, ClaimKind, Subject
from conflictfacts.extraction.kind import LOSS_VERBS
from conflictfacts.extraction.names import PageNames
from conflictfacts.extraction.phrase import Phrase
from conflictfacts.extraction.source import Report, Source
from conflictfacts.extraction.tokens import (
    DETERMINERS,
    POSSESSIVES,
    Token,
    strip_possessive,
    word_list,
)
from conflictfacts.extraction.toll import is_death_toll, tally_of, toll_context
from conflictfacts.extraction.units import Tokenized
from conflictfacts.extraction.words import (
    BUILDINGS,
    EQUIPMENT,
    EVENT_NOUNS,
    FIGHTERS,
    FORCE_WORDS,
    MEMBER_NOUNS,
    NOMINAL_KIND,
    OTHER_PARTICIPLES,
    PEOPLE,
    PLAIN_PERSONS,
    POPULATION_CUES,
    SOLDIERS,
    STAYING,
)
from conflictfacts.gazetteer import ActorKind
from conflictfacts.lexicon import WordTables
from conflictfacts.quantities import QuantityRole

__all__ = ["subject_of"]

#: Speakers whose "its soldiers" are their country's: "the Israeli army said two of its ...".
_FORCES_OF = frozenset({ActorKind.MILITARY, ActorKind.SECURITY, ActorKind.GOVERNMENT})
#: Heads that count people without saying who they were: "six of the dead were children".
_UNNAMED_GROUPS = frozenset(
    word_list("people persons dead killed victims casualties wounded injured")
)
#: Words between "were" and the group it names: "were all civilians", "were mostly women".
_NAMING_ADVERBS = frozenset(word_list("all mostly also reportedly believed to be"))
#: Head nouns that are plural without an "s", or whose plural is irregular.
_IRREGULAR_PLURALS: Mapping[str, str] = {
    **{w: w for w in word_list("people children personnel police staff aircraft artillery")},
    "child": "children", "person": "people", "man": "men", "woman": "women",
    "militia": "militias", "bus": "buses",
}  # fmt: skip


#: Verbs of people stuck or staying somewhere: a count told with one and no noun is of people.
_PEOPLE_STAYING = STAYING | frozenset(["trapped"])


def subject_of(
    names: PageNames,
    here: Tokenized,
    phrase: Phrase,
    trigger: int,
    kind: ClaimKind,
    report: Report | None,
    previous: Subject | None,
    earlier: Sequence[Claim],
    last_source: Source | None,
    tables: WordTables,
) -> Subject:
    """Who or what a claim counts.

    Args:
        names: the gazetteer's names in the article.
        here: the unit being read.
        phrase: the claim's counted phrase.
        trigger: the token that says what happened (see
            :func:`~conflictfacts.extraction.kind.kind_of`).
        kind: what happened.
        report: the report that covers the claim, if any: its speaker owns "its soldiers".
        previous: the subject of the claim read before in the same unit.
        earlier: the claims of the unit before: "five others" are of their group.
        last_source: the source named last.
        tables: the lexicon's words.

    Returns:
        The subject.
    """
    subject = _subject(names, here, phrase, previous, kind, report, earlier, last_source, tables)
    if (
        subject.affiliation is None
        and previous is not None
        and previous.category == subject.category
    ):
        # "58 Turkish troops ..., including 33 soldiers": the part is of the same side
        subject = attrs.evolve(subject, affiliation=previous.affiliation)
    verb = here.tokens[trigger]
    if (
        kind is ClaimKind.OTHER
        and phrase.head is None
        and verb.low in _PEOPLE_STAYING
        and subject.category not in (PEOPLE, None)
    ):
        # "the army launched its campaign ..., tens of thousands remained trapped": those
        # trapped or sheltering are people, not the force named before them
        subject = Subject(text=subject.text, label=PEOPLE, category=PEOPLE)
    if kind is ClaimKind.OTHER:
        subject = _what_other_counts(subject, verb.low)
    if subject.affiliation is None and verb.low in LOSS_VERBS:
        # "Russia had lost 1,250 troops": the side named before the verb lost them
        loser = _side_before(names, here, verb.start)
        if loser is not None:
            subject = attrs.evolve(subject, affiliation=loser)
    return subject


def _what_other_counts(subject: Subject, verb: str) -> Subject:
    """The label of a count beyond casualties names what was counted: "schools hit"."""
    if verb in POPULATION_CUES:
        return attrs.evolve(subject, label="population")
    participle = OTHER_PARTICIPLES.get(verb)
    if participle is None or subject.label.endswith(participle):
        return subject
    return attrs.evolve(subject, label=f"{subject.label} {participle}")


def _subject(
    names: PageNames,
    here: Tokenized,
    phrase: Phrase,
    previous: Subject | None,
    kind: ClaimKind,
    report: Report | None,
    earlier: Sequence[Claim],
    last_source: Source | None,
    tables: WordTables,
) -> Subject:
    heads = tables.heads
    text, tokens = here.text, here.tokens
    quantity = phrase.quantity
    named = _group_named_after(tokens, phrase, tables)
    if named is not None:
        # "Six of the dead were children": the group is named after the verb
        first, last = named
        words = [t.text for t in tokens[first : last + 1] if t.low not in DETERMINERS]
        label = " ".join(strip_possessive(w) for w in words)
        head = tokens[last].low
        return Subject(
            text=text[tokens[first].start : tokens[last].end],
            label=label,
            affiliation=names.affiliation(label),
            category=_category(head, heads[head]),
        )
    if phrase.elided or phrase.head is None:
        is_others = phrase.words[-1:] == ("others",) or quantity.role is QuantityRole.INCREMENT
        tallied = None if is_others or quantity.unit else _tallied_group(names, here, phrase, heads)
        if tallied is not None:
            # "the number of Vessan soldiers killed in the raid has risen to 29": the tally's
            # of-phrase names the group
            return tallied
        inherited = previous
        if inherited is None and is_others and earlier:
            inherited = earlier[-1].subject
        if inherited is None and quantity.unit is None:
            inherited = _person_word_before(tokens, phrase.first, tables)
        if phrase.affiliation_text is not None and inherited is not None:
            category = inherited.category or PEOPLE
            label = f"{phrase.affiliation_text} {category}"
            return Subject(
                text=text[quantity.start : tokens[phrase.last].end],
                label=label,
                affiliation=names.affiliation(label),
                category=category,
            )
        people_kind = kind in (
            ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.DISPLACED, ClaimKind.MISSING
        )  # fmt: skip
        if (
            inherited is not None
            and phrase.elided
            and not (
                people_kind and heads.get(inherited.category or "") in (EQUIPMENT, BUILDINGS)
            )
        ):
            return attrs.evolve(inherited, text=text[quantity.start : tokens[phrase.last].end])
        if quantity.unit is not None:
            return Subject(
                text=quantity.text, label=_unit_label(quantity.unit), category="territory"
            )
        if inherited is None and not is_others:
            toll = _toll_of_earlier(here, phrase, kind, earlier, heads)
            if toll is not None:
                # "30 soldiers were killed ... The death toll rose to 44": the toll's group
                return toll
        return Subject(text=quantity.text, label=PEOPLE, category=PEOPLE)
    words = list(phrase.words)
    head_word = words[-1]
    if head_word.lower() == "others" and all(w.lower() in DETERMINERS for w in words[:-1]):
        # "dozens of others were wounded": of the group counted before, else people
        group = previous or (earlier[-1].subject if earlier else None)
        if group is not None and heads.get(group.category or "") not in (EQUIPMENT, BUILDINGS):
            return attrs.evolve(group, text=text[quantity.start : tokens[phrase.last].end])
        return Subject(
            text=text[quantity.start : tokens[phrase.last].end], label=PEOPLE, category=PEOPLE
        )
    member = _member_of(names, here, phrase) if head_word.lower() in MEMBER_NOUNS else None
    if member is not None:
        # "nine members of the Kutum Brigade": fighters of the group the of-phrase names
        return member
    if head_word.lower() in EVENT_NOUNS or head_word.lower() in {"bodies", "body"}:
        # "17 deaths", "19 bodies": people, counted by what happened to them
        return Subject(text=quantity.text, label=PEOPLE, category=PEOPLE)
    if words and words[0] in POSSESSIVES:
        owner = _owner(names, here, phrase, report, last_source)
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
    if len(words) == 1 and phrase.head_class == PEOPLE and names.is_people(head_word):
        category = PEOPLE  # "25 Palestinians": people, of the side the name says
    if len(words) == 1 and label.lower() in PLAIN_PERSONS:
        label = category = PEOPLE  # "1,300 individuals", "40 persons": people
    return Subject(
        text=surface or quantity.text,
        label=label,
        affiliation=names.affiliation(label),
        category=category,
    )


#: Nouns of a tally whose of-phrase names its group: "the number of Vessan soldiers killed".
_TALLY_NOUNS = frozenset(["number", "toll", "tally", "count", "total"])
#: How far before its figure a tally's noun may stand, in tokens.
_TALLY_REACH = 30
#: How many tokens the group after a tally's "of" may run to: "of Vessan border guards".
_TALLY_GROUP_TOKENS = 4
#: How many tokens the name of a force after "members of" may run to.
_MEMBER_NAME_TOKENS = 8


def _member_of(names: PageNames, here: Tokenized, phrase: Phrase) -> Subject | None:
    """The force whose members a phrase counts: "nine members of the Kutum Brigade".

    Members, personnel or elements "of" an armed group are its fighters ("Kutum Brigade
    fighters"); "of" a force the text names by what it is ("of Talvera's defence and security
    forces"), they are that force. "Four members of a family" names no force: ``None``.
    """
    text, tokens = here.text, here.tokens
    at = phrase.last + 1
    n = len(tokens)
    if at + 1 >= n or tokens[at].low != "of":
        return None
    first = at + 1
    end = first
    while end < n and end - first < _MEMBER_NAME_TOKENS and (
        tokens[end].text[:1].isupper()
        or tokens[end].low in DETERMINERS
        or tokens[end].low == "and"
        or strip_possessive(tokens[end].low) in FORCE_WORDS
    ):
        end += 1
    while end > first and (tokens[end - 1].low in DETERMINERS or tokens[end - 1].low == "and"):
        end -= 1
    while first < end and tokens[first].low in DETERMINERS:
        first += 1
    if first >= end:
        return None
    start, stop = tokens[first].start, tokens[end - 1].end
    quantity = phrase.quantity
    surface = text[quantity.end : stop].strip()
    armed = [
        m.entry
        for m in names.actors(here.start + start, here.start + stop)
        if m.entry.kind is ActorKind.ARMED_GROUP
    ]
    if armed:
        group = armed[0]
        label = f"{group.demonyms[0] if group.demonyms else group.name} {FIGHTERS}"
        return Subject(
            text=surface, label=label, affiliation=names.affiliation(label), category=FIGHTERS
        )
    named = tokens[first:end]
    if not any(strip_possessive(t.low) in FORCE_WORDS for t in named):
        return None
    label = " ".join(strip_possessive(t.text) if t is named[-1] else t.text for t in named)
    return Subject(
        text=surface, label=label, affiliation=names.affiliation(label), category=SOLDIERS
    )


def _owner(
    names: PageNames,
    here: Tokenized,
    phrase: Phrase,
    report: Report | None,
    last_source: Source | None,
) -> str | None:
    """Who "its"/"their" refers to: the speaker, else the nearest country named before."""
    said_by = report.source.entry if report is not None else None
    if said_by is not None and said_by.kind in (ActorKind.ARMED_GROUP, ActorKind.COUNTRY):
        if said_by.kind is ActorKind.ARMED_GROUP:
            return said_by.name
        return said_by.demonyms[0] if said_by.demonyms else said_by.name
    if said_by is not None and said_by.kind in _FORCES_OF and said_by.country is not None:
        # "the Israeli army said two of its soldiers were wounded": the army's country
        state = names.entry(said_by.country)
        if state is not None:
            return state.demonyms[0] if state.demonyms else state.name
    countries = [
        m.entry
        for m in names.actors(here.start, here.start + phrase.quantity.start)
        if m.entry.kind is ActorKind.COUNTRY or m.entry.country is not None
    ]
    if not countries:
        source = last_source
        if source is None or source.country is None:
            return None
        entry = names.entry(source.country)
        if entry is None:
            return None
        countries = [entry]
    last = countries[-1]
    if last.kind is not ActorKind.COUNTRY and last.country is not None:
        last = names.entry(last.country) or last
    return last.demonyms[0] if last.demonyms else last.name


def _side_before(names: PageNames, here: Tokenized, end: int) -> str | None:
    """The country or armed group named last before ``end`` in the unit ``here``."""
    for match in reversed(names.actors(here.start, here.start + end)):
        entry = match.entry
        if entry.kind in (ActorKind.COUNTRY, ActorKind.ARMED_GROUP):
            return entry.name
        if entry.country is not None:
            return entry.country
    return None


def _group_named_after(
    tokens: Sequence[Token], phrase: Phrase, tables: WordTables
) -> tuple[int, int] | None:
    """The tokens of the group a count of unnamed people is said to be, after "were".

    "Six of the dead were children", "of the 40 killed, 12 were women", "nine of the victims
    were Turkish soldiers": the first and last token of "children", "women", "Turkish
    soldiers". ``None`` unless the phrase counts people it does not name.
    """
    kind_after, kind_before, heads = tables.after, tables.before, tables.heads
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
        if low in NOMINAL_KIND or low in kind_after or low in kind_before:
            return None  # "were killed": a verb, not a group
        if heads.get(low) in (PEOPLE, SOLDIERS, FIGHTERS) and low != "members":
            return (first, k) if low not in _UNNAMED_GROUPS else None
        k += 1
    return None


def _toll_of_earlier(
    here: Tokenized,
    phrase: Phrase,
    kind: ClaimKind,
    earlier: Sequence[Claim],
    heads: Mapping[str, str],
) -> Subject | None:
    """The group a toll that names none counts: that of the count it updates, said before.

    "Thirty soldiers were killed in the ambush. The death toll later rose to 44": the toll is
    of the largest count of the same kind in the sentence before (a part, "including 12
    children", is smaller than its whole).
    """
    context = toll_context(here.text, phrase.quantity.start)
    if tally_of(context) is None and not is_death_toll(context):
        return None
    same = [
        c
        for c in earlier
        if c.kind is kind
        and heads.get((c.subject.category or "").lower()) in (PEOPLE, SOLDIERS, FIGHTERS)
        and c.quantity.role is QuantityRole.TOTAL
    ]
    if not same:
        return None
    whole = max(same, key=lambda c: c.quantity.high or c.quantity.low or 0)
    return attrs.evolve(whole.subject, text=phrase.quantity.text)


def _tallied_group(
    names: PageNames, here: Tokenized, phrase: Phrase, heads: Mapping[str, str]
) -> Subject | None:
    """The group a tally names before its figure: "the number of Vessan soldiers killed ... to".

    The tally's noun ("number", "toll", "tally", "count", "total") and "of" open the group: its
    modifiers, then a noun of people, soldiers or fighters, or a people's name ("Afghans").
    """
    text, tokens = here.text, here.tokens
    quantity = phrase.quantity
    if tally_of(toll_context(text, quantity.start)) is None:
        return None
    at = next(
        (
            k
            for k in range(phrase.first - 2, max(-1, phrase.first - _TALLY_REACH), -1)
            if tokens[k].low in _TALLY_NOUNS and tokens[k + 1].low == "of"
        ),
        None,
    )
    if at is None:
        return None
    words: list[Token] = []
    for token in tokens[at + 2 : at + 2 + _TALLY_GROUP_TOKENS]:
        low = token.low
        if low in DETERMINERS and not words:
            continue
        head = "civilians" if low == "civilian" else low
        if heads.get(head) in (PEOPLE, SOLDIERS, FIGHTERS) and head != "members":
            category = _category(head, heads[head])
            words.append(token)
            break
        if token.text[:1].isupper() and names.is_people(token.text):
            words.append(token)
            category = PEOPLE
            break
        if not token.text[:1].isupper() or low in POSSESSIVES:
            return None  # "the number of dead", "the number of our soldiers": no group here
        words.append(token)
    else:
        return None
    label = " ".join(strip_possessive(t.text) for t in words)
    return Subject(
        text=text[words[0].start : words[-1].end],
        label=label,
        affiliation=names.affiliation(label),
        category=category,
    )


def _person_word_before(
    tokens: Sequence[Token], first: int, tables: WordTables
) -> Subject | None:
    """The group an elided count belongs to: "its civilian toll to 14 killed"."""
    kind_after, kind_before, heads = tables.after, tables.before, tables.heads
    saying = tables.saying
    if first > 0 and tokens[first - 1].low in kind_before:
        return None  # "rebels abducted 80": the group before the verb did it
    for k in range(first - 1, max(-1, first - 11), -1):
        low = tokens[k].low
        if low in {".", ";", ":", "as", "while", "when", "after", "because", "saying"} or (
            low in saying or (low in kind_before and low not in kind_after)
        ):
            break  # "rebels seize a town as thousands flee": another clause's group
        head = "civilians" if low == "civilian" else low
        if heads.get(head) in (PEOPLE, SOLDIERS, FIGHTERS) and head != "members":
            category = _category(head, heads[head])
            return Subject(text=tokens[k].text, label=category, category=category)
    return None


#: The labels of measured groups: areas captured, the widths of zones.
_UNIT_LABELS = {
    "km2": "square kilometers",
    "mi2": "square miles",
    "ha": "hectares",
    "km": "kilometers",
    "mi": "miles",
    "m": "meters",
    "nmi": "nautical miles",
}


def _unit_label(unit: str) -> str:
    return _UNIT_LABELS.get(unit, unit)


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
