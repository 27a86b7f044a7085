"""Who did it: the perpetrator of a claim.

:func:`perpetrator` looks, in order, for the speaker that says "it had killed 64 soldiers" of
itself, an actor beside an attack noun or after a passive's "by" ("in a Syrian government
attack", "killed by Russian air strikes", "Russian air strikes killed ..."), a party whose
ministry or military reports the other side's losses, and the side an accusation names
("Ankara accuses the Syrian regime"): :func:`accusation_in` reads those, and :func:`blame`
lends one to the claims of the sentence before. Neither side of "fighting between the army
and the RSF" is the perpetrator, nor is a speaker, a place or a headline's topic.

>>> import datetime as dt
>>> from conflictfacts import extract_claims, parse_article
>>> page = "Two soldiers were killed in a Syrian government attack on Monday."
>>> extract_claims(parse_article(page, published=dt.date(2031, 5, 8)))[0].actor
'Syrian government forces'
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from conflictfacts.claims import Claim, ClaimKind, Subject
from conflictfacts.extraction.names import PageNames
from conflictfacts.extraction.phrase import Phrase
from conflictfacts.extraction.place import located
from conflictfacts.extraction.source import (
    Report,
    Source,
    Sources,
    attribution_of,
    is_proper_name,
)
from conflictfacts.extraction.tokens import (
    CONNECTORS,
    DETERMINERS,
    PASSIVE_AUXILIARIES,
    QUOTES,
    Token,
    word_list,
)
from conflictfacts.extraction.units import Tokenized
from conflictfacts.extraction.words import (
    AGENT_BEFORE,
    AGENT_NOUNS,
    AGENT_VERBS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    ATTACKS,
    BLASTS,
    BLOWING,
    EQUIPMENT,
    FIGHTERS,
    GENERIC_AGENTS,
    PEOPLE,
    SOLDIERS,
)
from conflictfacts.gazetteer import ActorEntry, ActorKind
from conflictfacts.lexicon import WordTables
from conflictfacts.spans import Span

__all__ = [
    "CLAIM_CUES",
    "GROUP_ADJECTIVES",
    "Agent",
    "accusation_in",
    "agent_in",
    "attack_nouns",
    "blame",
    "claimant_in",
    "deployer",
    "lend_agents",
    "lend_claimant",
    "perpetrator",
]

#: Verbs before "down" whose subject brought an aircraft down: "Turkey shot down two jets" (a
#: gerund's subject is its clause's, not the nearest name: "responded ... by shooting down").
_SHOOTING = frozenset(["shot", "shoots", "brought", "brings"])
#: How many tokens further an agent after "by" may stand than any other actor.
_BY_REACH = 8
#: Words between "by" and the name of an agent: "by the paramilitary Kutum Front".
_BY_ADJECTIVES = frozenset(
    ["paramilitary", "militant", "jihadist", "islamist", "rebel", "rival", "armed", "allied"]
)
#: Participles whose "by" names who built, backs or runs a thing, never who did the harm:
#: "a dam being built there by a state firm", "militias supported by a neighbour".
_NOT_HARM_BY = frozenset(
    word_list(
        """built supported backed led run owned operated funded financed controlled hosted
        brokered mediated founded created formed organised organized published written issued
        signed recognised recognized appointed elected designated recruited trained armed
        equipped supplied sponsored commissioned managed governed ruled administered chaired
        headed commanded"""
    )
)
#: Sites a city's name may name, where the city stands for no government: "the Kabul airport".
_SITE_NOUNS = frozenset(
    word_list(
        """airport airports port harbour harbor hospital market mosque church school university
        road highway bridge station camp suburb suburbs district neighbourhood neighborhood
        square street compound outskirts countryside province governorate region area"""
    )
)
#: Words between such a participle and its "by": "built there by", "backed mainly by".
_BY_GAP = frozenset(["there", "also", "later", "earlier", "now", "largely", "mainly", "partly"])
#: Particles after a verb of attacking that stand as a claim's trigger: "carried out several
#: strikes", "fired on 300 sites".
_PARTICLES = frozenset(["out", "on", "at", "upon"])
#: Words before a party that make it the owner of what was hit: "losses for the army".
_OWNER_MARKS = frozenset(["for", "of"])
#: Nouns after a party that make it the target: "Hezbollah targets", "regime positions".
_TARGET_NOUNS = frozenset(
    word_list(
        """targets target positions position sites site posts bases base infrastructure
        facilities depots strongholds hideouts"""
    )
)
#: Sources whose country is a party: when they report another side's losses, they inflicted them.
_PARTY_KINDS = frozenset(
    {ActorKind.COUNTRY, ActorKind.GOVERNMENT, ActorKind.MILITARY, ActorKind.MINISTRY}
)
#: What ends the clause whose subject claims responsibility.
_CLAUSE_EDGES = frozenset([",", ";", ":", "(", ".", "that", "which", "after", "as", "and", "but"])
#: Words that make a unit worth reading for a claim of an attack: "claimed responsibility",
#: "claimed the attack", "said it carried out the attack".
CLAIM_CUES = frozenset([*AGENT_BEFORE, "claimed", "claims", "claim", "carried"])
#: Which kinds may claim an attack, in order: an armed group before the state it is from.
_CLAIMANT_KINDS = (
    frozenset([ActorKind.ARMED_GROUP]),
    frozenset([ActorKind.MILITARY, ActorKind.COUNTRY]),
)
#: Nouns of the events a claimant claims: "claimed the attack", "carried out the bombing" (not
#: its weapons: "claimed the drones were downed" claims no attack).
_CLAIMED_NOUNS = frozenset(
    word_list(
        """attack attacks strike strikes airstrike airstrikes raid raids assault bombing bombings
        ambush blast blasts explosion explosions killing killings massacre operation"""
    )
)
#: Nouns by which a claimant refers back to an armed group: "the group claimed".
_ORGANISATION_NOUNS = frozenset(["group", "militia", "outfit", "faction", "movement"])
#: Words between a claimant and "claimed": "has now", "later", "also".
_BEFORE_CLAIMING = frozenset(["has", "have", "had", "now", "later", "also", "since", "quickly"])
#: The kinds a claimant of responsibility is lent: what its attack did to people.
_CASUALTIES = frozenset({ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.MISSING})
#: Speakers that may say "we killed": a group or state, not a ministry of health or a monitor.
_SPEAKING_PARTIES = frozenset(
    {ActorKind.ARMED_GROUP, ActorKind.MILITARY, ActorKind.COUNTRY, ActorKind.SECURITY}
)


def perpetrator(
    names: PageNames,
    here: Tokenized,
    phrase: Phrase,
    trigger: int,
    subject: Subject,
    report: Report | None,
    accused: str | None,
    tables: WordTables,
) -> str | None:
    """Who did what a claim counts, when the text says.

    Args:
        names: the gazetteer's names in the article.
        here: the unit being read.
        phrase: the claim's counted phrase.
        trigger: the token that says what happened.
        subject: the group counted: its own side is never the perpetrator.
        report: the report that covers the claim, if any.
        accused: the perpetrator an accusation in the unit names ("<A> accuses <X>").
        tables: the lexicon's words.

    Returns:
        The perpetrator's label, or ``None``.
    """
    kind_before, heads = tables.before, tables.heads
    text, tokens = here.text, here.tokens
    victims = _country_of(names, subject.affiliation)
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
            and heads.get(tokens[k].low) in (SOLDIERS, FIGHTERS)
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
            return _actor_label(names, speaker)
    # 1. "in a <X> attack", "by <X>", "<X> air strikes killed ...": an actor beside an
    #    attack noun or after "by", in the clause around the trigger.
    lo = max(0, min(phrase.first, trigger) - 20)
    near = max(phrase.last, trigger) + 14
    # an agent "by" a passive may stand further on: "were killed in two villages ... on Monday in
    # a wave of raids by the armed Kutum Front"
    hi = min(len(tokens) - 1, near + _BY_REACH if trigger > phrase.first else near)
    offset = tokens[lo].start
    token_starts = here.token_starts()
    best: tuple[int, str] | None = None
    opposed: str | None = None  # the side facing the victims' in "between X and Y"
    ranked: list[tuple[int, int, ActorEntry]] = []  # (start, end, entry) of each agent
    best_span = (0, 0)  # where the best agent stands in the unit
    # "among the dead were 12 recruits of X, a trainer of X ...": what follows lists victims
    among = trigger < phrase.first and any(
        t.low == "among" for t in tokens[max(0, trigger - 3) : trigger]
    )
    named_before: tuple[int, ActorEntry | None] = (-2, None)  # the last match's end and entry
    for match in names.actors(here.start + tokens[lo].start, here.start + tokens[hi].end):
        entry = match.entry
        echo = named_before[1] is entry and text[
            offset + named_before[0] : offset + match.start
        ].strip() in {"(", ", or", "or"}
        named_before = (match.end, entry)
        if echo:
            continue  # "the Vessa Front (VF)": the name's abbreviation, read with it
        if entry.kind in (
            ActorKind.MONITOR,
            ActorKind.MEDIA,
            ActorKind.NGO,
            ActorKind.INTERNATIONAL,
        ):
            continue
        start = offset + match.start
        if start < here.dateline_end:
            continue
        if phrase.quantity.start <= start < tokens[phrase.last].end:
            continue
        if among and start > tokens[trigger].start:
            continue
        if report is not None and report.source.text:
            # the speaker, or a name in its phrase ("the Hamas government said"), did not do it
            said = report.source.text
            at_said = text.find(said, max(0, start - len(said) + 1), start + 200)
            if 0 <= at_said <= start:
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
        if next_words and next_words[0] in _SITE_NOUNS and names.places(
            here.start + start, here.start + end
        ):
            continue  # "the Kabul airport blasts": the city that names a site, not its rulers
        at = bisect.bisect_left(token_starts, start)
        if _between_sides(tokens, at, tables):
            # "fighting between the army and the RSF": neither side alone, unless the other
            # side is the victims' ("clashes between Syrian and Turkish forces killed 12
            # Syrian soldiers": the Turkish forces)
            if victims is not None and _other_side_of(names, tokens, at, victims):
                opposed = opposed or _actor_label(names, entry)
            continue
        if _spokesman_of(tokens, at):
            continue  # "said a spokesman for the Front": a speaker, not who did it
        before_at = bisect.bisect_left(token_starts, max(0, start - 32))
        before_words = [
            t.low
            for t in tokens[before_at : bisect.bisect_left(token_starts, start)]
            if t.low not in DETERMINERS and t.end <= start
        ]
        # "killed by X" names the agent of a passive verb; after an active verb ("shot
        # down 31 drones launched by X") a by-phrase belongs to some other verb
        while len(before_words) > 1 and (
            before_words[-1] in _BY_ADJECTIVES or before_words[-1].endswith("-backed")
        ):
            before_words.pop()  # "by the paramilitary RSF", "by the Russia-backed army"
        if before_words and (before_words[-1][:1].isdigit() or before_words[-1] == "including"):
            continue  # "killed 40 people, including 13 US troops": counted, not who did it
        by = bool(before_words) and before_words[-1] == "by" and trigger > phrase.first
        if by:
            participle = next((w for w in reversed(before_words[:-1]) if w not in _BY_GAP), "")
            if participle in _NOT_HARM_BY:
                continue  # "a plant built by X", "a coalition backed by Y": not the attacker
        if not by and at > near:
            continue  # past the clause: only an agent "by" reaches so far
        # "fired on 300 sites, which the army calls Hezbollah positions", "12 rocket
        # launchers for the Syrian forces": what was hit, or whose it was, not who hit it
        owner = (bool(before_words) and before_words[-1] in _OWNER_MARKS) or (
            bool(next_words) and next_words[0] in _TARGET_NOUNS
        )
        force = (
            entry.kind in (ActorKind.MILITARY, ActorKind.ARMED_GROUP)
            and start > tokens[trigger].start
            and not owner
        )
        # "<X> killed 11 ...", but not "<X> have been killed, including 11 ...": the
        # subject of a passive verb is the victim
        passive = trigger > 0 and tokens[trigger - 1].low in PASSIVE_AUXILIARIES
        verb = tokens[trigger].low
        if verb in {"down", "dead"} and trigger > 0 and tokens[trigger - 1].low in _SHOOTING:
            verb = tokens[trigger - 1].low  # "Turkey (also) shot down two jets"
        elif verb in _PARTICLES and trigger > 0 and tokens[trigger - 1].low in ATTACK_VERBS:
            verb = tokens[trigger - 1].low  # "Israel has carried out several strikes"
        subject_of_verb = start < offset + (tokens[trigger].start - offset) and (
            (verb in kind_before or verb in ATTACK_VERBS or verb in _SHOOTING)
            and (trigger < phrase.first or _takes_them(tokens, trigger, start, token_starts))
            and not passive
            and not (verb.endswith("ing") and _passive_between(tokens, at, trigger))
            and not _relative_between(tokens, after_at, trigger)
            and not (before_words and before_words[-1] in _TARGETS)  # "an attack on X killed"
        )
        # "the 35 drones Russia launched": a name between the counted noun and its verb is
        # the subject of a relative clause without its pronoun
        reduced = at == phrase.last + 1 and phrase.last < trigger and all(
            t.low in {"had", "has", "have"} for t in tokens[after_at:trigger]
        )
        subject_of_verb = subject_of_verb or (
            reduced and (verb in ATTACK_VERBS or verb in kind_before)
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
        ranked.append((start, end, entry))
        if best is None or distance < best[0]:
            best = (distance, _party_label(names, entry, text, end))
            best_span = (start, end)
    if (
        best is not None
        and 10_000 <= best[0] < 30_000
        and best_span[0] < tokens[phrase.first].start
        and (agent := _generic_by(here, trigger, phrase)) is not None
    ):
        # "after the Hamas raid, 400 fighters were reported killed by security forces": the
        # passive's own agent, not a party named before the count beside another attack
        return agent
    if best is not None and best[0] < 30_000:
        best = (best[0], _joint(names, text, best[1], best_span, ranked))
    if best is None or best[0] >= 30_000:
        # "insurgents ... killed 12 people": a plain noun of fighters as the verb's subject
        generic = _generic_subject(here, trigger, phrase, tables) or _generic_by(
            here, trigger, phrase
        )
        if generic is not None:
            return generic
    if best is not None:
        return best[1]
    if opposed is not None:
        return opposed
    # 2. A party's ministry or military reporting another side's losses inflicted them.
    speaking = report.source.entry if report is not None else None
    if speaking is not None and speaking.kind is ActorKind.ARMED_GROUP and victims is None:
        # "an LNA spokesman said its raid wrecked a drone hangar": an armed group
        # reporting the other side's equipment or fighters lost did it itself
        counted = phrase.head_class or heads.get((subject.category or "").lower())
        if counted not in (None, PEOPLE, SOLDIERS, ATTACKS) and subject.affiliation is None:
            return _actor_label(names, speaking)
    if report is not None and report.source.country is not None:
        said_by = report.source.entry
        party = said_by is None or said_by.kind in _PARTY_KINDS
        if said_by is not None and said_by.kind is ActorKind.MINISTRY:
            # a defence ministry reports what its forces did; a health ministry does not
            party = any(w in said_by.name.lower() for w in ("defen", "military", "war", "foreign"))
        elif said_by is not None and said_by.kind is ActorKind.PERSON_ROLE:
            # a head of state or government, or a defence minister, speaks for its forces
            party = any(w in said_by.name.lower() for w in ("president", "prime", "defen"))
        # persons are another side's losses only when the text says whose they are:
        # "according to US officials, 11 Marines were killed" counts the speaker's own dead,
        # and "dozens of people" no side at all; fighters and equipment are the enemy's, and
        # a count of attacks ("two suicide bombings") is nobody's loss
        counted = phrase.head_class or heads.get((subject.category or "").lower())
        other_side = victims is not None or counted not in (None, PEOPLE, SOLDIERS, ATTACKS)
        if party and other_side and report.source.country != victims:
            country_entry = names.entry(report.source.country)
            if country_entry is not None:
                return _actor_label(names, country_entry)
    # 3. "<A> accuses <X>" beside the report.
    if accused is not None:
        return accused
    return None


class Agent(NamedTuple):
    """Who a headline or sentence says carried out an attack, where it says it."""

    #: The perpetrator's label.
    label: str
    #: The unit that says it, in the article.
    span: Span
    #: The attack nouns of that unit ("strike", "attack"), lower case.
    nouns: frozenset[str]
    #: The home country of a perpetrator that is an armed group: its dead at home fell to the
    #: other side.
    country: str | None = None


#: Words before "on" that blame the attack on who follows: "blamed the air raid on Haftar".
_BLAMING = frozenset(["blamed", "blames", "blaming", "blame"])
#: Verbs that lay an attack "on" its author with one of :data:`_LAID_NOUNS`: "laid
#: responsibility for the bombing on X", "put the blame for it on X".
_LAYING = frozenset(["laid", "lays", "lay", "laying", "put", "puts", "putting", "placed",
                     "places", "placing", "pinned", "pins", "pinning"])  # fmt: skip
_LAID_NOUNS = frozenset(["responsibility", "blame"])
#: Words between an agent and its verb: "Hamas has now launched", "militants also raided".
_BEFORE_VERB = frozenset(
    ["has", "have", "had", "also", "then", "now", "reportedly", "allegedly", "later", "first"]
)
#: Words before a name that make it the target, not the agent: "an attack on Israel".
_TARGET_MARKS = frozenset(["on", "against", "at", "targeting", "into", "toward", "towards", "in"])
#: Participles whose "by" names the agent, besides the verbs of attacking: "killed by".
_BY_VERBS = frozenset(["out", "killed", "hit", "targeted", "perpetrated", "committed"])
#: Verbs of making that carry out an attack when its noun follows: "made an aerial attack",
#: "mounted an assault" (not verbs of attacking anywhere else: "troops made their way").
_MAKING = frozenset(["made", "makes", "mounted", "mounts", "unleashed", "unleashes"])
#: Verbs of attacking only with an attack noun after them: "launched an attack".
_WEAK_VERBS = frozenset(
    ["carried", "conducted", "launched", "launches", "staged", "fired", "fires", "perpetrated",
     "opened", *_MAKING]
)  # fmt: skip
#: Words after a verb that make it a passive participle: "attacked by", "struck in".
_PASSIVE_AFTER = frozenset(["by", "in", "near", "at", "on", "during", "while", "as", "."])
#: Words between a party and its attack noun: "Russian air strikes", "Israel's retaliatory
#: strikes", "Syrian regime shelling".
_BEFORE_ATTACK_NOUN = frozenset(
    ["air", "retaliatory", "military", "regime", "government", "drone", "missile", "rocket",
     "artillery", "deadly", "latest", "new", "overnight", "suicide", "surprise", "ground"]
)  # fmt: skip
#: Words before a name that make it what an attack hit: "a strike on Israeli positions".
_TARGETS = frozenset(["on", "against", "targeting", "at", "toward", "towards", "into"])
#: Nouns of organisations that are an agent with one of :data:`GROUP_ADJECTIVES`.
_GROUP_NOUNS = frozenset(["groups", "group", "factions", "militias", "organisations",
                          "organizations", "cells"])  # fmt: skip
#: Adjectives that make a group an armed one: "radical groups", "terrorist cells".
GROUP_ADJECTIVES = frozenset(["radical", "armed", "terrorist", "extremist", "militant",
                               "jihadist", "islamist", "rebel", "insurgent"])  # fmt: skip
#: Nouns of attackers whose count is of the attack's own side: "three Hamas gunmen".
_ATTACKERS = frozenset(["bombers", "gunmen", "attackers", "assailants", "raiders"])
#: Singular nouns of attackers that never qualify another noun: "a suicide bomber killed".
_SINGULAR_AGENTS = frozenset(["bomber", "gunman", "attacker", "assailant"])
#: Adjectives kept with a generic agent noun: "Islamist insurgents", "armed militants".
#: What kind of forces a plain "by <kind> forces" names: "shot by security forces".
_FORCE_KINDS = frozenset(["security", "government", "pro-government", "special", "ground"])
_AGENT_ADJECTIVES = frozenset(
    ["islamist", "jihadist", "armed", "suspected", "unidentified", "unknown", "masked", "suicide",
     "paramilitary", "separatist", "rebel"]
)  # fmt: skip


def agent_in(
    names: PageNames, here: Tokenized, tables: WordTables
) -> tuple[str, str | None, frozenset[str]] | None:
    r"""Who a unit says carried out an attack, when it says it plainly.

    Returns its label, its country, and the attack nouns of its own clause, folded ("a drone
    strike killed a militant of the group blamed for the bombing" names a strike, not the
    bombing); all the unit's attack nouns when its clause names none.

    Reads "<X> strikes" ("Israeli strikes", "an Islamic State attack", "ISIS blasts"), an
    attack "by <X>" ("an ambush by Islamist insurgents", "besieged by jihadists"), "blamed on
    <X>", and "<X> launched / raided / dropped ..." (the subject of a verb of attacking). The
    agent may be a name the gazetteer knows, or a plain noun of fighters ("militants").

    >>> import datetime as dt
    >>> from conflictfacts import extract_claims, parse_article
    >>> page = ("Strikes hit Vessa\n\nRussian strikes hit the town of Vessa overnight. "
    ...         "Twelve people were killed, officials said.")
    >>> extract_claims(parse_article(page, published=dt.date(2031, 5, 8)))[0].actor
    'Russian government forces'
    """
    text, tokens = here.text, here.tokens
    starts = here.token_starts()
    floor = bisect.bisect_left(starts, here.dateline_end) if here.dateline_end else 0
    found: list[tuple[int, str, str | None, int]] = []  # (token index, label, country, end)
    parties: list[tuple[int, int, int, ActorEntry]] = []  # (token index, start, end, entry)
    for match in names.actors(here.start, here.start + len(text)):
        entry = match.entry
        if entry.kind in (
            ActorKind.MONITOR, ActorKind.MEDIA, ActorKind.NGO, ActorKind.INTERNATIONAL,
            ActorKind.PERSON_ROLE, ActorKind.MINISTRY,
        ):  # fmt: skip
            continue
        at = bisect.bisect_left(starts, match.start)
        after = bisect.bisect_left(starts, match.end)
        parties.append((at, match.start, match.end, entry))
        if at < floor or at >= len(tokens) or not _agent_at(tokens, at, after, match.text):
            continue
        if text.startswith(_BASED_IN, match.end) or text[match.end : match.end + 1] == ":":
            continue  # "a Vienna-based monitor", "Nigeria: gunmen kill dozens"
        if _between_sides(tokens, at, tables) or _spokesman_of(tokens, at):
            continue
        if entry.kind is ActorKind.COUNTRY and not (
            text[match.end : match.end + 2] in ("'s", "\u2019s")
            or _demonym_or_possessive(entry, match.text)
        ):
            # "in Syria", "Afghanistan explosions", "the Kabul attack": a place, unless it
            # acts ("the US dropped a bomb"); "in Syria's air strike" is a party's
            noun_after = after < len(tokens) and tokens[after].low in AGENT_NOUNS
            last_word = match.text.rsplit(None, 1)[-1].lower()
            if located(text, match.start) or noun_after or last_word in AGENT_NOUNS:
                continue
        # an armed group's home: a state may fight on its own soil, a group's dead at home
        # fell to the other side
        home = entry.country if entry.kind is ActorKind.ARMED_GROUP else None
        found.append((at, _party_label(names, entry, text, match.end), home, after))
    found.extend(_unknown_agents(names, here, floor))
    for at, token in enumerate(tokens):
        armed_groups = (
            token.low in _GROUP_NOUNS and at > 0 and tokens[at - 1].low in GROUP_ADJECTIVES
        )  # "an attack by radical groups"
        if (token.low in GENERIC_AGENTS or armed_groups) and at >= floor:
            first = (
                at - 1
                if at > 0 and (armed_groups or tokens[at - 1].low in _AGENT_ADJECTIVES)
                else at
            )
            if _agent_at(tokens, first, at + 1, token.text):
                found.append((first, text[tokens[first].start : token.end], None, at + 1))
    if not found:
        return None
    at, label, country, after = min(found)
    # "Russian and Syrian forces carried out": both parties, when the name found is one of them
    own = next(
        (
            (start, end)
            for first, start, end, entry in parties
            if first == at and _party_label(names, entry, text, end) == label
        ),
        None,
    )
    if own is not None:
        label = _joint(names, text, label, own, [(s, e, entry) for _, s, e, entry in parties])
    return label, country, _clause_nouns(tokens, at, after) or attack_nouns(text)


#: What a leader's or a group's forces are called after its possessive name: "Hafar's air force".
_OWN_FORCES = frozenset(
    word_list("forces force troops army militia militias fighters men loyalists gunmen")
)


def _unknown_agents(
    names: PageNames, here: Tokenized, floor: int
) -> list[tuple[int, str, str | None, int]]:
    """Agents the gazetteer does not know, where the words leave no doubt.

    "blamed on Khalifa Vale" (a name of capitalised words after "blamed ... on"), and "Vale's
    air force launched a strike" (a possessive name and its forces as an attack's subject).
    """
    tokens = here.tokens
    found: list[tuple[int, str, str | None, int]] = []
    lows = {t.low for t in tokens}
    if "on" not in lows and lows.isdisjoint(_OWN_FORCES):
        return found  # neither a name after "on" nor a possessive's forces can stand here
    at = max(floor, 1)
    while at < len(tokens):
        if not _capitalised(tokens[at].text):
            at += 1
            continue
        end = at
        while end < len(tokens) and end - at < 4 and _capitalised(tokens[end].text):
            end += 1
            if tokens[end - 1].text.endswith(("'s", "\u2019s")):
                break
        name = here.text[tokens[at].start : tokens[end - 1].end]
        span = (here.start + tokens[at].start, here.start + tokens[end - 1].end)
        if names.places(*span) or names.has_actor(*span):
            at = end
            continue  # a place, or a name the gazetteer reads (and the caller weighs)
        if tokens[end - 1].text.endswith(("'s", "\u2019s")):
            k = end
            if k < len(tokens) and tokens[k].low in {"air", "armed", "ground", "own"}:
                k += 1
            if k < len(tokens) and tokens[k].low in _OWN_FORCES:
                label = here.text[tokens[at].start : tokens[k].end]
                if _agent_at(tokens, at, k + 1, label):
                    found.append((at, label, None, k + 1))
        elif _agent_at(tokens, at, end, name) and tokens[at - 1].low == "on":
            found.append((at, name, None, end))  # "blamed on Khalifa Vale"
        at = end
    return found


def _capitalised(word: str) -> bool:
    """Whether a token reads as a word of a name: "Vale", "Vale's", "al-Vale"."""
    bare = word.removesuffix("'s").removesuffix("\u2019s")
    return (
        bare[:1].isupper()
        and bare.replace("-", "").isalpha()
        and bare.lower() not in _NOT_A_NAME_WORD
    )


#: Capitalised words that are no one's name: "blamed on Tuesday's storm", "on The ...".
_NOT_A_NAME_WORD = frozenset(
    word_list(
        """the a an this that these those monday tuesday wednesday thursday friday saturday
        sunday january february march april may june july august september october november
        december"""
    )
)


#: How many tokens after an agent its own attack noun may stand: "X has launched a wave of
#: drone strikes".
_OWN_NOUN_REACH = 7


def _clause_nouns(tokens: Sequence[Token], at: int, after: int) -> frozenset[str]:
    """The attack nouns of a unit up to an agent, and after it up to a comma or a relative."""
    nouns = [t.low for t in tokens[:at]]
    for token in tokens[after : after + _OWN_NOUN_REACH]:
        if token.low in _RELATIVES or token.low in {",", ";", ":", ".", "for"}:
            break
        nouns.append(token.low)
    return _lemmas(frozenset(nouns) & AGENT_NOUNS)


def _demonym_or_possessive(entry: ActorEntry, written: str) -> bool:
    """Whether a country is written as its people ("Israeli") or owner ("Israel's")."""
    word = written.lower()
    return word.endswith(("'s", "\u2019s")) or any(d.lower() == word for d in entry.demonyms)


def _agent_at(tokens: Sequence[Token], at: int, after: int, name: str) -> bool:
    """Whether the name over tokens ``at`` to ``after`` (exclusive) is an attack's agent."""
    last_word = name.rsplit(None, 1)[-1].lower()
    # quotes are no words: 'blamed on "radical groups"'
    before = [
        t.low
        for t in tokens[max(0, at - 6) : at]
        if t.low not in DETERMINERS and t.text not in QUOTES
    ]
    if before and before[-1].endswith(("'s", "\u2019s")):
        before.pop()  # "blamed the raid on Haftar's LNA forces": the owner's name
    # "blamed (the air raid) on X"
    if before and before[-1] == "on" and _BLAMING.intersection(before[:-1]):
        return True
    # "laid (the) responsibility for the bombing on X", "put the blame for it on X"
    if before and before[-1] == "on":
        wider = [t.low for t in tokens[max(0, at - 12) : at]]
        if any(
            (w in _LAID_NOUNS and wider[i - 1] in _LAYING)
            or (w in _LAID_NOUNS and i > 1 and wider[i - 2] in _LAYING and wider[i - 1] == "the")
            for i, w in enumerate(wider)
            if i > 0
        ):
            return True
    # "Israeli strikes" (the name itself ends in the attack noun), "ISIS blasts", "killed in
    # Syria's air strike", but not "a strike on Israeli drones"
    noun_after = after < len(tokens) and (
        tokens[after].low in AGENT_NOUNS
        or (tokens[after].low in _BEFORE_ATTACK_NOUN and after + 1 < len(tokens)
            and tokens[after + 1].low in AGENT_NOUNS)
    )  # fmt: skip
    if (last_word in AGENT_NOUNS or noun_after) and not (before and before[-1] in _TARGETS):
        return True
    if before and before[-1] in _TARGET_MARKS:
        return False  # "an attack on Israel", "fighting in Syria"
    # "an ambush by X", "carried out by X", "besieged by X"
    if len(before) >= 2 and before[-1] == "by":
        previous = before[-2]
        if previous in AGENT_NOUNS or previous in AGENT_VERBS or previous in _BY_VERBS:
            return True
    # "X will pay a heavy price for the strike": who must answer for an attack carried it out
    j = after
    while j < len(tokens) and (tokens[j].low in _BEFORE_PAYING or tokens[j].text in QUOTES):
        j += 1  # 'X would "pay dearly" for ...'
    if j < len(tokens) and tokens[j].low in _PAYING:
        rest = tokens[j + 1 : j + 10]
        if any(t.low == "for" for t in rest[:6]) and any(t.low in AGENT_NOUNS for t in rest):
            return True
    # "X (has) launched ...", "X raided the town"
    k = after
    while k < len(tokens) and (
        tokens[k].low in _BEFORE_VERB
        or tokens[k].low in GENERIC_AGENTS
        or tokens[k].low in {"militant", "fighter", "gunman", "group", "movement", "(", ")"}
        or (k > after and tokens[k - 1].text == "(" and tokens[k].text.isupper())
    ):
        k += 1  # "Hamas militants launched", "Jaish-e-Mohammed (JeM) militant launched"
    if k < len(tokens) and tokens[k].low in BLOWING:
        # "a suicide bomber blew himself up": the bomber carried out the attack
        return any(t.low == "up" for t in tokens[k + 1 : k + 4])
    if k >= len(tokens) or (tokens[k].low not in AGENT_VERBS and tokens[k].low not in _MAKING):
        return False
    if tokens[k].low in _WEAK_VERBS and not any(
        t.low in AGENT_NOUNS for t in tokens[k + 1 : k + 6]
    ):
        return False  # "carried out a joint patrol": an attack only when its noun follows
    # a headline's passive ("Turkish troops attacked in Idlib") names the target
    return k + 1 >= len(tokens) or tokens[k + 1].low not in _PASSIVE_AFTER


def lend_agents(
    claims: Sequence[Claim], agents: Sequence[Agent], lead_end: int, names: PageNames
) -> list[Claim]:
    """The claims of an article, those that name no perpetrator given the incident's agent.

    A claim of what an attack did ("12 people were killed") whose own sentence names no
    perpetrator takes the agent of the attack it refers back to: the last sentence before it
    that names an agent for the same attack noun ("the strike", "the raid"), else the agent
    the headline and lead name. Never its own side, and never a running total ("since 2011",
    "the war has killed").

    Args:
        claims: the claims, in text order.
        agents: the agents the article's units name, in text order.
        lead_end: where the lead (the headline and the first sentences) ends.
        names: the gazetteer's names in the article.

    Returns:
        The claims, in the same order.
    """
    lead = next((a for a in agents if a.span.start < lead_end), None)
    out = []
    for claim in claims:
        if claim.actor is not None or claim.kind not in _LENT_KINDS or not claim.evidence:
            out.append(claim)
            continue
        words = _words_of(claim.sentence or "")
        nouns = words & AGENT_NOUNS
        at = claim.evidence[0].start
        if claim.kind not in _CASUALTIES and not nouns:
            out.append(claim)  # "thousands fled": only "fled the attack" refers back to it
            continue
        own = next((a for a in agents if a.span.start <= at < a.span.end), None)
        sentence = claim.sentence or ""
        before = _words_of(sentence[: max(0, sentence.find(claim.quantity.text))])
        if own is None and before & GENERIC_AGENTS:
            out.append(claim)  # "Gangs also wounded 16 people": its own, unnamed perpetrator
            continue
        if "both" in words and "sides" in words:
            out.append(claim)  # "thousands wounded on both sides": no one perpetrator
            continue
        if words & _BACKGROUND_WORDS and not nouns:
            out.append(claim)  # "the war has killed 500,000 since 2011"
            continue
        lemmas = _lemmas(nouns)
        same = [
            a for a in agents if lemmas and a.span.start <= at and _same_attack(a.nouns, lemmas)
        ]
        if own is None and not same and _CONSEQUENCE.match(sentence.lstrip(_WORD_EDGES)):
            # "X shelled the depot. As a result, four guards died": the sentence just
            # before names what did it
            start = at - max(0, sentence.find(claim.quantity.text))
            same = [a for a in agents if start - _UNIT_GAP <= a.span.end <= start]
        agent = own or (same[-1] if same else lead)
        if not own and not same and agent is not None and not _same_attack(agent.nouns, lemmas):
            agent = None  # the lead's strike is not the claim's bombing
        if (
            agent is None
            or _is_side(names, claim.subject.affiliation, agent.label)
            or (agent.country is not None and _fell_in(names, claim, agent.country))
        ):
            out.append(claim)  # its own side, or dead at its home ("400 killed in Gaza")
            continue
        out.append(attrs.evolve(claim, actor=agent.label, frame=claim.frame or agent.span))
    return out


#: How a sentence that tells what the one before it did opens: "As a result, ...".
_CONSEQUENCE = re.compile(r"(?:as a (?:result|consequence)|consequently)\b", re.IGNORECASE)
#: How far apart two units of one paragraph may stand: the spaces and quotes between them.
_UNIT_GAP = 3

#: The kinds an incident's agent is lent to: what its attack did.
_LENT_KINDS = frozenset(
    {ClaimKind.KILLED, ClaimKind.WOUNDED, ClaimKind.MISSING, ClaimKind.ABDUCTED,
     ClaimKind.CAPTURED, ClaimKind.DISPLACED}
)  # fmt: skip
#: Words of a running total, whose figures belong to no one incident.
_BACKGROUND_WORDS = frozenset(
    ["war", "conflict", "since", "overall", "altogether", "cumulative", "insurgency", "decade",
     "years", "civil"]
)  # fmt: skip


#: What :func:`_words_of` strips from each word (no letter of it has a case).
_WORD_EDGES = ".,;:!?\"'()\u201c\u201d\u2019"


def _words_of(text: str) -> frozenset[str]:
    # lowercase first, then strip: the edges have no case, so the words are the same
    return frozenset(map(str.strip, text.lower().split(), itertools.repeat(_WORD_EDGES)))


def _fell_in(names: PageNames, claim: Claim, country: str) -> bool:
    """Whether the claim's own words place its dead in ``country`` ("killed in Gaza")."""
    span = claim.evidence[0]
    places = names.places(span.start, span.end + 40)
    return bool(places) and places[0].entry.country == country  # the nearest place only


def attack_nouns(text: str) -> frozenset[str]:
    """The attacks a text names, folded ("strikes" and "airstrike" are one)."""
    return _lemmas(_words_of(text) & AGENT_NOUNS)


def _same_attack(these: frozenset[str], those: frozenset[str]) -> bool:
    """Whether two units' attack nouns may name one attack: "attack" names any of them."""
    if not these or not those or "attack" in these or "attack" in those:
        return True
    return not these.isdisjoint(those)


def _lemmas(nouns: frozenset[str]) -> frozenset[str]:
    """Attack nouns folded so that "strikes" finds "airstrike" and "blast" finds "bombing"."""
    return frozenset(_NOUN_LEMMA.get(n, n) for n in nouns)


#: How attack nouns fold for matching a claim to the agent of the same attack.
_NOUN_LEMMA = {
    **dict.fromkeys(
        ["strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes", "raid",
         "raids"], "strike"),
    **dict.fromkeys(["attack", "attacks", "assault", "assaults", "ambush", "ambushes",
                     "incursion", "massacre", "offensive"], "attack"),
    **dict.fromkeys(["bombing", "bombings", "blast", "blasts", "explosion", "explosions",
                     "bomb", "bombs"], "bombing"),
    **dict.fromkeys(["shelling", "bombardment", "bombardments", "rocket", "rockets", "missile",
                     "missiles"], "shelling"),
}  # fmt: skip


def accusation_in(
    names: PageNames, sources: Sources, here: Tokenized, tables: WordTables
) -> tuple[str, Source | None] | None:
    """Read "<A> accuses <X>": the perpetrator X, and A as the source of the figure."""
    text, tokens = here.text, here.tokens
    for i, token in enumerate(tokens):
        if token.low in tables.accusing and i + 1 < len(tokens):
            rest = text[tokens[i + 1].start : tokens[min(len(tokens) - 1, i + 8)].end]
            actor = _actor_in(names, rest, exclude=None)
            if actor is None:
                continue
            accuser = None
            if i > 0:
                first = max(0, i - 6)
                while first < i - 1 and tokens[first].text in CONNECTORS:
                    first += 1
                accuser = sources.from_phrase(
                    here.start, text, tokens, first, i - 1, token.low, False
                )
            return actor, accuser
    return None


def claimant_in(names: PageNames, here: Tokenized, tables: WordTables) -> str | None:
    """The party that "claimed responsibility" in a unit, or ``None``.

    >>> import datetime as dt
    >>> from conflictfacts import extract_claims, parse_article
    >>> page = ("A bomb killed 14 people in a market in Kutum on Friday. "
    ...         "Al-Shabab has claimed responsibility for the bombing.")
    >>> extract_claims(parse_article(page, published=dt.date(2031, 5, 8)))[0].actor
    'Al-Shabab'
    """
    text, tokens = here.text, here.tokens
    for i in range(len(tokens)):
        last = _claimant_end(tokens, i, tables.saying)
        if last is None:
            continue
        # the verb's subject: back over "has", "now", an aside ("X, which ..., has
        # claimed"), then to the clause's start
        while last >= 0 and tokens[last].low in _BEFORE_CLAIMING:
            last -= 1
        if last > 0 and tokens[last].text == ",":
            aside = last - 1
            while aside > 0 and last - aside < 12 and tokens[aside].text != ",":
                aside -= 1
            last = aside - 1 if tokens[aside].text == "," else last
        first = last
        while first > 0 and last - first < 8 and tokens[first - 1].low not in _CLAUSE_EDGES:
            first -= 1
        if last < 0 or first > last:
            return None
        found = names.actors_in(text[tokens[first].start : tokens[last].end])
        for kinds in _CLAIMANT_KINDS:
            for match in reversed(found):
                if match.entry.kind not in kinds:
                    continue
                if match.entry.kind is ActorKind.COUNTRY and _modifies_a_name(
                    tokens, first, last, match.end + tokens[first].start
                ):
                    # "Vessan outfit Lenna Front has claimed": the outfit's name, not its home
                    return " ".join(t.text for t in _trailing_name(tokens, first, last))
                return _actor_label(names, match.entry)
        name = _trailing_name(tokens, first, last)
        if name and tokens[last - len(name)].low in _ORGANISATION_NOUNS:
            # "militant outfit Lenna Front has claimed": a group the gazetteer does not know
            return " ".join(t.text for t in name)
        if tokens[last].low in _ORGANISATION_NOUNS and last - first <= 1:
            # "after the group claimed responsibility": the armed group named last
            named = [
                m.entry
                for m in names.actors(0, here.start + tokens[first].start)
                if m.entry.kind is ActorKind.ARMED_GROUP
            ]
            if named:
                return _actor_label(names, named[-1])
        return None
    return None


def _claimant_end(tokens: Sequence[Token], i: int, saying: frozenset[str]) -> int | None:
    """The last token of the subject of a claim of an attack at token ``i``, or ``None``.

    "<X> (has) claimed responsibility", "<X> claimed the attack", "<X> (has) said it carried
    out the attack".
    """
    low = tokens[i].low
    n = len(tokens)
    if low in AGENT_BEFORE:
        if i < 2 or not tokens[i - 1].low.startswith("claim"):
            return None
        return i - 2
    if low.startswith("claim") and i + 2 < n and tokens[i + 1].low in {"the", "this", "that"}:
        return i - 1 if i >= 1 and tokens[i + 2].low in _CLAIMED_NOUNS else None
    if low == "carried" and i + 3 < n and tokens[i + 1].low == "out":
        if tokens[i + 2].low not in {"the", "this", "that"} or tokens[i + 3].low not in (
            _CLAIMED_NOUNS
        ):
            return None
        k = i - 1
        while k >= 0 and tokens[k].low in {"had", "has", "have"}:
            k -= 1
        if k < 2 or tokens[k].low not in {"it", "they"} or tokens[k - 1].low not in saying:
            return None
        return k - 2  # "<X> has said it carried out the attack": the speaker claims it
    return None


def _modifies_a_name(tokens: Sequence[Token], first: int, last: int, end: int) -> bool:
    """Whether a country ending at ``end`` only qualifies the name that closes the phrase."""
    return bool(_trailing_name(tokens, first, last)) and any(
        t.start >= end and t.text.islower() for t in tokens[first : last + 1]
    )


def _trailing_name(tokens: Sequence[Token], first: int, last: int) -> list[Token]:
    """The capitalised words that close the phrase ``first`` to ``last``: "Lenna Front"."""
    k = last
    while k >= first and (tokens[k].text[:1].isupper() or tokens[k].text == "-"):
        k -= 1
    name = list(tokens[k + 1 : last + 1])
    return name if k >= first and tokens[k].text.islower() else []


def lend_claimant(claims: Sequence[Claim], claimant: str, names: PageNames) -> list[Claim]:
    """The claims of an article, those of casualties with no perpetrator given the claimant.

    A party that claimed responsibility for the attack an article reports did what its
    casualty figures count, unless they are its own side's.
    """
    return [
        attrs.evolve(claim, actor=claimant)
        if claim.actor is None
        and claim.kind in _CASUALTIES
        and not _is_side(names, claim.subject.affiliation, claimant)
        else claim
        for claim in claims
    ]


def _is_side(names: PageNames, affiliation: str | None, label: str) -> bool:
    """Whether the actor ``label`` names the side ``affiliation`` (its name or demonym)."""
    if affiliation is None:
        return False
    entry = names.entry(affiliation)
    spelled = [affiliation, *(entry.demonyms if entry is not None else ())]
    low = label.lower()
    return any(name.lower() in low for name in spelled)


def blame(previous: Sequence[Claim], actor: str, accuser: Source | None) -> list[Claim]:
    """The claims of a sentence, with the perpetrator and source an accusation after it names.

    "Two soldiers were killed ... Ankara accuses the Syrian regime.": the claims that name no
    perpetrator or source of their own take the accused and the accuser.
    """
    attribution = attribution_of(accuser) if accuser else None
    return [
        attrs.evolve(
            claim,
            actor=claim.actor or actor,
            attribution=claim.attribution or attribution,
        )
        for claim in previous
    ]


def _actor_label(names: PageNames, entry: ActorEntry) -> str:
    """How a perpetrator is named: a state's forces as "<demonym> government forces"."""
    if entry.kind in (ActorKind.COUNTRY,):
        country = entry
    elif entry.kind in _PARTY_KINDS and entry.country is not None:
        country = names.entry(entry.country) or entry
    else:
        return entry.label()  # "Libyan National Army (LNA)"
    demonym = country.demonyms[0] if country.demonyms else country.name
    return f"{demonym} government forces"


def _party_label(names: PageNames, entry: ActorEntry, text: str, end: int) -> str:
    """How the party named by ``entry``, ending at ``end`` in ``text``, is labelled."""
    return _hired_label(entry, text, end) or _actor_label(names, entry)


def _joint(
    names: PageNames,
    text: str,
    label: str,
    span: tuple[int, int],
    others: Sequence[tuple[int, int, ActorEntry]],
) -> str:
    """The perpetrator ``label`` names, with the party coordinated with it: "A and B killed".

    ``span`` is where ``label``'s name stands in ``text``; of ``others``, the names the clause
    holds as (start, end, entry), one joined to it by "and" acts with it (labelled only then).
    """
    start, end = span
    for other_start, other_end, entry in others:
        if other_end <= start and _AND.fullmatch(text[other_end:start]):
            before = True
        elif end <= other_start and _AND.fullmatch(text[end:other_start]):
            before = False
        else:
            continue
        other = _party_label(names, entry, text, other_end)
        if other != label:
            return f"{other} and {label}" if before else f"{label} and {other}"
    return label


#: What joins two coordinated parties: "Malian troops and Russian mercenaries".
_AND = re.compile(r" and (?:the )?", re.IGNORECASE)

#: Nouns of fighters a state hires rather than commands: "Russian mercenaries".
_HIRED = frozenset(["mercenaries", "mercenary", "contractors", "contractor"])


def _hired_label(entry: ActorEntry, text: str, end: int) -> str | None:
    """How a country's demonym before hired fighters names them: "Russian mercenaries".

    ``end`` is where the country's name ends in ``text``.
    """
    if entry.kind is not ActorKind.COUNTRY:
        return None
    following = text[end : end + 16].split(None, 1)
    if not following or following[0].lower().rstrip(".,;:") not in _HIRED:
        return None
    demonym = entry.demonyms[0] if entry.demonyms else entry.name
    return f"{demonym} {following[0].rstrip('.,;:').lower()}"


def attackers_of(names: PageNames, subject: Subject) -> str | None:
    """The armed group a count of attackers belongs to: "two Islamic State suicide bombers".

    A count of the attackers themselves (not of attackers killed) is of the side that carried
    out the attack.

    >>> import datetime as dt
    >>> from conflictfacts import extract_claims, parse_article
    >>> page = parse_article("Three Hamas gunmen took part in the raid, the army said.",
    ...                      published=dt.date(2031, 5, 8))
    >>> extract_claims(page)[0].actor
    'Hamas'
    """
    if subject.category not in _ATTACKERS or subject.affiliation is None:
        return None
    group = names.entry(subject.affiliation)
    if group is None or group.kind is not ActorKind.ARMED_GROUP:
        return None
    return _actor_label(names, group)


def deployer(names: PageNames, subject: Subject) -> str | None:
    """Who sent a deployed force, when no one else is named: the state whose forces they are.

    "Three Turkish convoys entered Vessa": Turkey's forces, sent by Turkey. A group
    of no state ("rebel reinforcements") names no one.

    >>> from conflictfacts import extract_claims, parse_article
    >>> extract_claims(parse_article("Three Turkish convoys entered Vessa."))[0].actor
    'Turkish government forces'
    """
    side = subject.affiliation
    entry = names.entry(side) if side else None
    if entry is None or entry.kind is not ActorKind.COUNTRY:
        return None
    return _actor_label(names, entry)


def _actor_in(names: PageNames, text: str, exclude: str | None) -> str | None:
    """The first party ``text`` names, other than ``exclude``."""
    for match in names.actors_in(text):
        entry = match.entry
        if entry.kind in (ActorKind.MONITOR, ActorKind.MEDIA, ActorKind.NGO):
            continue
        country = entry.country or (entry.name if entry.kind is ActorKind.COUNTRY else None)
        if exclude is not None and exclude in (country, entry.name):
            continue
        if text.startswith(_BASED_IN, match.end):
            continue  # "a Vienna-based group": where a group sits, not who did it
        return _actor_label(names, entry)
    return None


#: What follows a place that only says where a group sits ("a Vienna-based monitor").
_BASED_IN = ("-based", "\u2010based", "\u2011based", " based", "-headquartered")


def _country_of(names: PageNames, affiliation: str | None) -> str | None:
    """The country a side belongs to: a country's name for its demonym."""
    if affiliation is None:
        return None
    entry = names.entry(affiliation)
    if entry is not None and entry.kind is ActorKind.COUNTRY:
        return entry.name
    return affiliation


#: How many tokens before its verb a plain noun of fighters may stand as its subject: "the
#: gunmen who attacked the town of Vessa, in the north of the province, on 24 May, shot".
_GENERIC_REACH = 32
#: Nouns of a fight that stand as the subject of the claim's verb themselves: "the clashes
#: killed", "the strike killed": no noun of fighters further back is its subject.
_EVENT_SUBJECTS = (
    ATTACK_NOUNS | BLASTS | frozenset(["clashes", "clash", "fighting", "violence"])
) - GENERIC_AGENTS


def _generic_subject(
    here: Tokenized, trigger: int, phrase: Phrase, tables: WordTables
) -> str | None:
    """A plain noun of fighters that is the subject of the claim's active verb, as written.

    "Insurgents stormed the town, killing 12 people", "the gunmen who raided the village
    shot dead five guards": the attackers the gazetteer cannot name, with an adjective kept
    ("Islamist insurgents"). Not a noun after "with", "against" or "between" (a side of a
    fight, or its target), nor one a passive verb makes the victim ("militants were killed,
    ... killing"), nor one before another group that may be the subject ("militants
    attacked, and soldiers killed 12").
    """
    tokens = here.tokens
    lo = max(0, trigger - _GENERIC_REACH)
    if trigger >= phrase.first or trigger <= lo:
        return None
    verb = tokens[trigger].low
    if verb in {"down", "dead"} and tokens[trigger - 1].low in _SHOOTING:
        verb = tokens[trigger - 1].low
    if tokens[trigger - 1].low in PASSIVE_AUXILIARIES or not (
        verb in tables.before or verb in ATTACK_VERBS or verb in _SHOOTING
    ):
        return None
    if tokens[trigger - 1].low in _EVENT_SUBJECTS:
        return None  # "militants were fought ..., and the clashes killed 12": the verb's own
    for at in range(trigger - 1, lo - 1, -1):
        low = tokens[at].low
        if low not in GENERIC_AGENTS and tables.heads.get(low) in (SOLDIERS, FIGHTERS, PEOPLE):
            following = tokens[at + 1].low if at + 1 < len(tokens) else ""
            if tables.heads.get(following) == EQUIPMENT or _object_of_a_verb(tokens, at, tables):
                # "killing 40 soldiers and abducting dozens", "burned an armoured personnel
                # carrier and captured a lorry": what an earlier verb did, not the next subject
                continue
            return None  # "militants attacked, and soldiers killed 12": the verb's own subject
        if low in {";", ":"} or low in tables.saying:
            return None  # another clause: "..., saying its drones had killed"
        if (
            low not in GENERIC_AGENTS
            or not (low.endswith(("s", "men")) or low in _SINGULAR_AGENTS)
            or tokens[at].start < here.dateline_end
        ):
            continue  # "gang violence": a singular noun of fighters qualifies another
        before = tokens[at - 1].low if at > 0 else ""
        first = at - 1 if before in _AGENT_ADJECTIVES else at
        k = first - 1
        while k >= 0 and tokens[k].low in DETERMINERS:
            k -= 1
        edge = tokens[k].low if k >= 0 else ""
        if edge in _TARGET_MARKS or edge in {"with", "against", "of", "from", "for", "by"}:
            return None
        if _object_of_a_verb(tokens, first, tables):
            return None  # "killed 203 terrorists and arrested 51 others": what it did it to
        if _between_sides(tokens, first, tables) or _passive_between(tokens, at, trigger):
            return None
        if _relative_between(tokens, at + 1, trigger):
            return None  # "gunmen keep watch near the market the shells hit, which killed"
        return _their_group(here, at + 1) or here.text[tokens[first].start : tokens[at].end]
    return None


#: Words inside an organisation's name that are not capitalised: "Front for the Liberation".
_NAME_JOINERS = frozenset(["of", "for", "the", "and"])


def _their_group(here: Tokenized, at: int) -> str | None:
    """The organisation named at token ``at`` after a noun of fighters, when the text names one.

    "Gunmen from the Lenna Valley Front stormed ...": the Front, a name the gazetteer may not
    know (two or more capitalised words), is who did it.
    """
    tokens = here.tokens
    if at >= len(tokens) or tokens[at].low not in {"from", "of"}:
        return None
    k = at + 1
    if k < len(tokens) and tokens[k].low == "the":
        k += 1
    first = last = k
    while k < len(tokens):
        if tokens[k].text[:1].isupper():
            last = k
        elif k == first or tokens[k].low not in _NAME_JOINERS:
            break  # "the Front for the Liberation of X" goes on over lower-case joiners
        k += 1
    if not tokens[first].text[:1].isupper():
        return None
    name = here.text[tokens[first].start : tokens[last].end]
    return name if is_proper_name(name) else None


#: How many tokens before a noun of fighters the verb it is the object of may stand: "shot
#: dead at least 20 militants".
_OBJECT_REACH = 5


def _object_of_a_verb(tokens: Sequence[Token], first: int, tables: WordTables) -> bool:
    """Whether the noun phrase at token ``first`` is what an earlier verb of its clause did it to.

    "The army killed 203 terrorists and arrested 51 others": the terrorists are killed, not the
    subject of "arrested".
    """
    for at in range(first - 1, max(-1, first - 1 - _OBJECT_REACH), -1):
        low = tokens[at].low
        if low in {",", ";", ":", "and", "or", "who", "which", "that"}:
            return False
        if low in tables.before or low in ATTACK_VERBS or low in _SHOOTING:
            return True
    return False


def _generic_by(here: Tokenized, trigger: int, phrase: Phrase) -> str | None:
    """A plain noun of attackers after a passive's "by": "were killed by a suicide bomber"."""
    tokens = here.tokens
    if trigger <= phrase.first:
        return None
    k = trigger + 1
    if k < len(tokens) and tokens[k].low != "by":
        return None
    k += 1
    while k < len(tokens) and tokens[k].low in DETERMINERS:
        k += 1
    first = k
    if k < len(tokens) and tokens[k].low in _AGENT_ADJECTIVES:
        k += 1
    if k < len(tokens) and tokens[k].low in GENERIC_AGENTS:
        return here.text[tokens[first].start : tokens[k].end]
    if (
        k + 1 < len(tokens)
        and tokens[k].low in _FORCE_KINDS
        and tokens[k + 1].low in {"forces", "troops", "personnel"}
    ):
        return here.text[tokens[first].start : tokens[k + 1].end]  # "by security forces"
    return None


def _takes_them(
    tokens: Sequence[Token], trigger: int, start: int, token_starts: Sequence[int]
) -> bool:
    """Whether the verb after a counted phrase takes it back as "them" or "it".

    "X intercepted two jets and downed them": X, named at ``start`` before the count, is the
    subject of "downed" as of "intercepted".
    """
    after = tokens[trigger + 1].low if trigger + 1 < len(tokens) else ""
    return after in {"them", "it"} and start < token_starts[max(0, trigger - 1)]


def _relative_between(tokens: Sequence[Token], after: int, trigger: int) -> bool:
    """Whether a relative pronoun of another noun stands between a name and its verb.

    "A Kutum Front gunman keeps watch near the ruins of the blast, which killed nine": the
    subject of "killed" is the blast, not the name. A pronoun just after the name ("the RSF,
    which killed nine") has the name itself for its antecedent, and so has an attack the name
    carried out or claimed ("the group that claimed a bombing that killed 40").
    """
    # the verb's subject is the antecedent of the nearest relative pronoun before it
    r = next((r for r in range(trigger - 1, after + 1, -1) if tokens[r].low in _RELATIVES), None)
    if r is None:
        return False
    k = r - 1 if tokens[r - 1].low != "," else r - 2
    return not (
        tokens[k].low in AGENT_NOUNS
        and any(
            t.low in CLAIM_CUES or t.low in AGENT_VERBS or t.low in _PAYING
            for t in tokens[after:k]
        )
    )


#: Words by which a party is made to answer for an attack, as its author: "X will pay a
#: price for the strike that killed 33".
_PAYING = frozenset(["pay", "pays", "paid"])
#: Words between a party and "pay": "X will pay", "X would have to pay".
_BEFORE_PAYING = frozenset(["will", "would", "must", "should", "shall", "has", "have", "had",
                            "to", "also"])  # fmt: skip
#: Relative pronouns whose antecedent is the subject of the verb after them.
_RELATIVES = frozenset(["which", "who", "that"])


def _passive_between(tokens: Sequence[Token], at: int, trigger: int) -> bool:
    """Whether a passive verb stands between a name and a gerund: the name is its victim.

    "2,557 elements of the Syrian forces were neutralized, as well as destroying 135 tanks": the
    Syrian forces are not who destroyed the tanks.
    """
    return any(t.low in PASSIVE_AUXILIARIES for t in tokens[at + 1 : trigger])


def _other_side_of(names: PageNames, tokens: Sequence[Token], at: int, victims: str) -> bool:
    """Whether "between ... and" before the name at token ``at`` names the victims' side too."""
    state = names.entry(victims)
    if state is None:
        return False
    words = {w.lower() for w in (state.name, *state.demonyms)}
    k = at - 1
    while k >= 0 and tokens[k].low != "between":
        if tokens[k].low in words:
            return True
        k -= 1
    return False


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


def _between_sides(tokens: Sequence[Token], at: int, tables: WordTables) -> bool:
    """Whether the name at token ``at`` is one side of "between X and Y" or "X-Y clashes"."""
    kind_after, kind_before = tables.after, tables.before
    for k in range(at - 1, max(-1, at - 9), -1):
        low = tokens[k].low
        if low == "between":
            return True
        if low in {".", ";", ":", ",", "(", ")"} or low in kind_before or low in kind_after:
            return False
    return False
