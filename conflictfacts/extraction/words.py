"""The word lists the grammar keeps in code, beside the lexicon's.

The open word lists (verbs of killing, wounding, fleeing, destroying, capturing...; the head
nouns of counted groups; the verbs of saying and of blame) are data: a
:class:`~conflictfacts.lexicon.Lexicon` holds them, and every reader of this package looks
them up in its :class:`~conflictfacts.lexicon.WordTables`. What stays here are the names of
the group kinds as the readers compare them, the nouns that are themselves a count's meaning
("27 deaths"), the words of tolls that change or pass a threshold, the words that belong to a
reporting verb ("said in a statement that"), the verbs and nouns of attacking that tell a
perpetrator or an agent, and the closed lists of counts beyond casualties (munitions fired,
things hit, captives, populations). The small words of grammar are in
:mod:`conflictfacts.extraction.tokens`.

>>> NOMINAL_KIND["deaths"], PEOPLE in PERSONS
(<ClaimKind.KILLED: 'killed'>, True)
"""

from __future__ import annotations

from collections.abc import Mapping

from conflictfacts.claims import ClaimKind
from conflictfacts.extraction.tokens import word_list
from conflictfacts.lexicon import GroupKind

__all__ = [
    "AGENT_BEFORE",
    "AGENT_CUES",
    "AGENT_NOUNS",
    "AGENT_VERBS",
    "ARRIVING",
    "ATTACKERS",
    "ATTACKS",
    "ATTACK_MEANS",
    "ATTACK_NOUNS",
    "ATTACK_VERBS",
    "BLASTS",
    "BLOWING",
    "BUILDINGS",
    "CAPTIVES",
    "CHANGE_REACH",
    "CHANGE_VERBS",
    "DENIAL_VERBS",
    "DENIED_NOUNS",
    "DONE_TO_THINGS",
    "EQUIPMENT",
    "ESTIMATES",
    "EVENT_NOUNS",
    "FALSE_WORDS",
    "FIGHTERS",
    "FIRED",
    "FORCE_WORDS",
    "GENERIC_AGENTS",
    "HOUSING",
    "LOCALITIES",
    "LOSS_VERBS",
    "MEMBER_NOUNS",
    "MILITARY",
    "MUNITIONS",
    "NEARING_VERBS",
    "NOMINAL_KIND",
    "NOT_A_STAY",
    "ORDINALS",
    "OTHER_PARTICIPLES",
    "PEOPLE",
    "PERSONS",
    "PLAIN_PERSONS",
    "POPULATION_CUES",
    "PRESENCE",
    "REPORT_TAIL",
    "SETTLEMENTS",
    "SHARED_HEDGE_BARRIERS",
    "SOLDIERS",
    "STAYING",
    "THRESHOLD_VERBS",
    "ZONES",
]

#: Nouns that are themselves the count's meaning: "27 deaths", "the dead".
NOMINAL_KIND: Mapping[str, ClaimKind] = {
    **dict.fromkeys(["deaths", "death", "fatalities", "dead", "killed"], ClaimKind.KILLED),
    # a count of bodies counts the dead, whatever is done with them: "28 bodies were taken
    # away", "a grave held 100 bodies"
    **dict.fromkeys(["bodies", "corpses"], ClaimKind.KILLED),
    **dict.fromkeys(["injuries", "wounded", "injured"], ClaimKind.WOUNDED),
    **dict.fromkeys(["casualties"], ClaimKind.OTHER),
}


#: Nouns of a count told before another: "revised to 1,200 from an earlier estimate of 1,400".
ESTIMATES = frozenset(word_list("estimate estimates figure figures tally count"))
#: Nouns of what happened to people, counted as people: "17 deaths", "45 injuries".
EVENT_NOUNS = frozenset(["deaths", "death", "fatalities", "injuries"])
#: Verbs of a count that changes: "the toll climbed from 41 to 88" gives two figures.
CHANGE_VERBS = frozenset(
    word_list(
        """rose risen rises rising climbed climbs climbing increased increases jumped jumps
        surged soared raised revised fell fallen falls dropped drops decreased lowered"""
    )
)
#: How many words before "from" a verb of change may stand: "climbed steeply overnight from 41 to".
CHANGE_REACH = 4
#: Verbs of a toll passing a threshold: "the toll passed 1,100" is more than 1,100.
THRESHOLD_VERBS = frozenset(
    word_list("passed passes topped tops exceeded exceeds surpassed surpasses crossed crosses")
)
#: Verbs of a toll coming close to a figure: "the number of displaced nears 60,000" is nearly
#: 60,000.
NEARING_VERBS = frozenset(
    word_list("nears neared nearing approaches approached approaching")
)
#: Words between two coordinated figures that make the second a part or an aside of the first,
#: so that the first's hedge does not reach it: "at least 12, including 11 Marines, and".
SHARED_HEDGE_BARRIERS = frozenset(word_list("including among whom them whose which while but"))

#: The kinds of counted groups, as the lexicon's tables give them (see ``WordTables.heads``).
PEOPLE = GroupKind.PEOPLE.value
SOLDIERS = GroupKind.SOLDIERS.value
FIGHTERS = GroupKind.FIGHTERS.value
EQUIPMENT = GroupKind.EQUIPMENT.value
BUILDINGS = GroupKind.BUILDINGS.value
LOCALITIES = GroupKind.LOCALITIES.value
ATTACKS = GroupKind.ATTACKS.value
#: The kinds that count persons.
PERSONS = frozenset({PEOPLE, SOLDIERS, FIGHTERS})
#: "Lost" counts deaths of people and destruction of materiel, by what was lost.
LOSS_VERBS = frozenset(["lost", "lose", "loses", "losing"])
#: Verbs that destroy a thing with "up" after them: "blew up a bus", "blowing up two tanks".
BLOWING = frozenset(word_list("blew blow blows blowing"))
#: Ordinals between an article and its noun that still count one: "a second tank was
#: seized", "a third soldier was injured" (one more, not a rank).
ORDINALS = frozenset(
    word_list("second third fourth fifth sixth seventh eighth ninth tenth")
)

#: "<X> (has) claimed responsibility": the word after a verb of claiming that makes its
#: subject the perpetrator of the incident the article reports.
AGENT_BEFORE = frozenset(["responsibility"])

#: Verbs of denial: "<X> denied (reports) that 40 soldiers were killed". A closed class of the
#: grammar, not an open list: each one governs a clause or a noun of report that it denies.
DENIAL_VERBS = frozenset(
    word_list(
        """deny denies denied denying reject rejects rejected dismiss dismisses dismissed refute
        refutes refuted"""
    )
)
#: Nouns of what is said that a denial or a verdict of falsehood takes: "denied reports that".
DENIED_NOUNS = frozenset(
    word_list(
        """report reports claim claims allegation allegations account accounts suggestion
        suggestions rumour rumours rumor rumors"""
    )
)
#: Words that call what was said false: "reports of 40 dead were false".
FALSE_WORDS = frozenset(word_list("false untrue baseless unfounded fabricated incorrect"))

#: Words after a reporting verb that belong to it ("said in a statement that").
REPORT_TAIL = frozenset(
    word_list(
        """on in a an statement twitter x telegram facebook interview that late earlier by phone
        telephone news press conference briefing update post video televised speech condition
        of anonymity
        monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
        night morning evening afternoon last this week month weekend january february march
        april may june july august september october november december"""
    )
)
#: Verbs that count attacks when their object is targets or strikes.
ATTACK_VERBS = frozenset(
    word_list(
        "struck hit targeted striking hitting targeting carried launched conducted staged fired"
    )
)
#: Nouns that follow an actor and make it the perpetrator: "Syrian government air raids".
ATTACK_NOUNS = frozenset(
    word_list(
        """attack attacks strike strikes airstrike airstrikes air raid raids shelling shell shells
        bombardment bombardments bombing bombings fire ambush ambushes offensive assault
        assaults drone drones missile missiles rocket rockets artillery warplanes jets forces
        troops army military operation operations gunfire mortar mortars bombers bomber
        warplane aircraft jet plane planes helicopter helicopters gunships navy"""
    )
)


#: Nouns of an attack that make the actor before them its perpetrator when no figure is near:
#: "Israeli strikes", "an Islamic State attack", "ISIS blasts" (not "forces" or "army", which
#: name a side, victim as often as perpetrator).
AGENT_NOUNS = frozenset(
    word_list(
        """attack attacks strike strikes airstrike airstrikes air-strike air-strikes raid raids
        shelling bombardment bombardments bombing bombings ambush ambushes offensive assault
        assaults incursion blast blasts explosion explosions rocket rockets missile missiles
        drone drones warplanes jets bomb bombs massacre firefight gunfire fire"""
    )
)
#: Verbs whose subject carried out the attack an article reports: "militants raided the town",
#: "the US dropped a bomb". A "by" after them or after an attack noun names the agent ("an
#: ambush by insurgents", "besieged by jihadists", "carried out by").
AGENT_VERBS = frozenset(
    word_list(
        """attacked attack attacks raided stormed struck strikes bombed shelled ambushed besieged
        launched launches conducted staged dropped fired fires carried perpetrated overran
        invaded encircled surrounded opened"""
    )
)
#: The words that make a unit worth reading for who attacked.
AGENT_CUES = AGENT_NOUNS | AGENT_VERBS | frozenset(["blamed", "blames", "blaming"])
#: Nouns of fighters the gazetteer cannot name, which are still an agent when the text makes
#: them one: "an ambush by Islamist insurgents", "jihadists staged a raid".
GENERIC_AGENTS = frozenset(
    word_list(
        """militants insurgents jihadists jihadis gunmen terrorists rebels attackers assailants
        extremists islamists fighters gangs gang bandits raiders militiamen mercenaries bombers
        bomber gunman attacker assailant"""
    )
)

#: Participles after a counted thing that count it beyond casualties (``other``): "ten
#: schools were hit", "two residential buildings struck", "40 positions targeted". The
#: value is the participle the subject label takes ("schools hit").
DONE_TO_THINGS: Mapping[str, str] = {
    **{w: w for w in word_list("hit struck targeted shelled bombed attacked")},
    **dict.fromkeys(["targeting", "targets", "target"], "targeted"),
    **dict.fromkeys(["hitting", "hits"], "hit"),
    **dict.fromkeys(["striking", "strikes", "strike"], "struck"),
}
#: Munitions counted as fired, launched or intercepted: "175 projectiles were fired".
MUNITIONS = frozenset(
    word_list(
        """missile missiles drone drones rocket rockets shell shells bomb bombs projectile
        projectiles uav uavs mortar mortars"""
    )
)
#: Participles of firing and intercepting munitions, with the label's participle.
FIRED: Mapping[str, str] = {
    **{w: w for w in word_list("fired launched lobbed intercepted exploded detonated")},
    **dict.fromkeys(["intercepting", "intercepts", "intercept"], "intercepted"),
}
#: Nouns of people held captive: "more than 130 hostages", "dozens of captives".
CAPTIVES = frozenset(word_list("hostage hostages captive captives"))
#: Heads of military persons: held by the enemy, they are captured, not arrested.
MILITARY = frozenset(
    word_list(
        """soldier soldiers troop troops serviceman servicemen servicemember servicemembers
        conscript conscripts marine marines paratrooper paratroopers commando commandos sailor
        sailors airman airmen pilot pilots"""
    )
)
#: Heads that count attackers when nothing else happened to them: "two suicide bombers".
ATTACKERS = frozenset(
    word_list("attacker attackers assailant assailants gunman gunmen bombers sniper snipers")
)
#: Nouns of explosions, counted as attacks: "two explosions", "twin blasts".
BLASTS = frozenset(
    word_list("explosion explosions blast blasts bombing bombings suicide-bombings")
)
#: Nouns of the means of an attack, before "attacks": "two suicide bomb attacks", "three drone
#: attacks" count attacks by what they were, as "two explosions" does.
ATTACK_MEANS = frozenset(
    word_list("bomb car-bomb suicide rocket missile drone mortar grenade artillery")
)
#: Nouns of a strip of land whose width a length gives: "a corridor 6 km either side of the
#: road", "a 20-kilometre buffer zone". The width is territory (``other``), not a location.
ZONES = frozenset(word_list("corridor corridors zone zones"))
#: Nouns of settlements whose size "a town of 75,000" gives a population.
SETTLEMENTS = frozenset(word_list("town city village camp region province country district"))
#: Verbs of being somewhere, after a counted force: "5,200 U.S. forces are in Iraq".
PRESENCE = frozenset(word_list("are remain remains remained entered stationed based"))
#: Verbs of staying somewhere, after a count of people: "310 refugees remain in the depot",
#: "4,000 of whom were living in the town", "1,000 people were sheltering in the basement".
#: What they count is a population (``other``).
STAYING = frozenset(
    word_list(
        """remain remains remained staying stayed living lived stranded sheltering hiding praying
        gathered"""
    )
)
#: Verbs of a place that holds people, before their count: "the centre housed 600 migrants".
HOUSING = frozenset(word_list("housed houses housing hosted hosts hosting sheltered sheltering"))
#: Nouns after "remain in", "held in", "still in" that make the count one of casualties or
#: captives, not a population: "12 remain in hospital", "40 are held in captivity".
NOT_A_STAY = frozenset(
    word_list(
        """hospital hospitals critical serious stable grave custody captivity detention prison
        prisons jail jails coma danger intensive"""
    )
)
#: Verbs of arriving elsewhere after fleeing: "31,000 people crossed into Syria".
ARRIVING = frozenset(word_list("crossed crossing arrived arriving reached sought"))
#: Participles that name what an ``other`` count counted, in its label: "people rescued".
OTHER_PARTICIPLES: Mapping[str, str] = {
    **DONE_TO_THINGS,
    **FIRED,
    **{w: w for w in word_list("rescued evacuated freed released")},
    "sought": "sheltering",
}
#: Words that name a population count: "home to 3 million", "a population of 1.2 million".
POPULATION_CUES = frozenset(word_list("home population inhabitants"))
#: Nouns of the members of a force, counted as its fighters or soldiers when "of" names it:
#: "nine members of the Kutum Brigade".
MEMBER_NOUNS = frozenset(word_list("members member personnel elements cadres"))
#: Words of a force's name that say it is one: "of the defence and security forces".
FORCE_WORDS = frozenset(
    word_list(
        """forces force army armed military militia militias police guard guards defence defense
        security brigade brigades troops"""
    )
)
#: Plain nouns of persons that say no more than "people": "1,300 individuals", "40 persons".
PLAIN_PERSONS = frozenset(word_list("individuals persons"))
