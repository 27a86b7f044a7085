"""What happened to a counted group: the kind of a claim, and the word that says it.

:func:`kind_of` looks for what happened to the group a phrase counts: a participle or verb
after it ("... were killed", "... killed in", "... dead"), a verb before it ("killed at least
two soldiers", "shot down 31 drones", "set fire to 45 homes", "lost 21 soldiers"), a toll or
tally that names its kind ("the death toll rose to 340", "the number of people forced from
their homes ... to"), a noun that is itself the meaning ("27 deaths"), or a verb shared by a
coordinated list ("At least 11 X and 14 Y were killed"). :func:`listed_after` gives a part the
meaning of the total it breaks down ("27 killed: 15 soldiers and 12 fighters").

>>> from conflictfacts import Lexicon, find_quantities
>>> from conflictfacts.extraction.phrase import read_phrase
>>> from conflictfacts.extraction.tokens import tokenize
>>> text = "Shelling killed at least two soldiers."
>>> tokens, tables = tokenize(text), Lexicon.default().tables
>>> phrase = read_phrase(text, tokens, find_quantities(text)[0], tables)
>>> kind, trigger = kind_of(text, tokens, phrase, [], set(), tables)
>>> kind, tokens[trigger].text
(<ClaimKind.KILLED: 'killed'>, 'killed')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from conflictfacts.claims import ClaimKind
from conflictfacts.extraction.phrase import Phrase, listed_by_place, zone_of
from conflictfacts.extraction.tokens import (
    AUXILIARIES,
    CLAUSE_BREAK,
    CONNECTORS,
    DETERMINERS,
    PASSIVE_AUXILIARIES,
    QUOTES,
    Token,
    token_range,
    tokenize,
    word_list,
)
from conflictfacts.extraction.toll import is_death_toll, tally_of, toll_context, toll_like
from conflictfacts.extraction.words import (
    AGENT_VERBS,
    ARRIVING,
    ATTACK_MEANS,
    ATTACK_VERBS,
    ATTACKERS,
    ATTACKS,
    BLASTS,
    BLOWING,
    BUILDINGS,
    CAPTIVES,
    DONE_TO_THINGS,
    EQUIPMENT,
    ESTIMATES,
    EVENT_NOUNS,
    FIGHTERS,
    FIRED,
    HOUSING,
    LOCALITIES,
    LOSS_VERBS,
    MILITARY,
    MUNITIONS,
    NOMINAL_KIND,
    NOT_A_STAY,
    PEOPLE,
    PERSONS,
    PRESENCE,
    SETTLEMENTS,
    SOLDIERS,
    STAYING,
)
from conflictfacts.lexicon import WordTables

__all__ = [
    "LOSS_VERBS",
    "included_in",
    "kind_of",
    "listed_after",
    "moved_on",
    "points_back",
    "refined",
    "revised_from",
]

#: Participles that open a clause of consequence after a comma ("..., forcing residents to
#: flee"): its verbs tell nothing of the figures before it.
_CLAUSE_PARTICIPLES = frozenset(
    word_list(
        "forcing prompting causing sending triggering sparking raising bringing pushing taking"
    )
)
#: Dashes that open or close an aside: em, en, and a hyphen standing alone ("people - most
#: of them civilians - were", "bodies -- 22 men"); a hyphen inside a word is no token of its own.
_DASHES = frozenset(["\u2014", "\u2013", "-"])
#: Words that open a breakdown or a list of parts after a total.
_LIST_OPENERS = frozenset([":", *_DASHES, "(", "including", "among", "them", "of", "whom"])
#: Words that open the parts of a total just counted: "killed 40 people, including 12 children".
_PART_OPENERS = frozenset(["including", "includes", "included"])
#: Words between a figure and its own verb: "and 1,645 more are injured".
_MORE = frozenset(["more", "others", "other"])
#: What may close a list of parts: "among them", "among whom".
_AMONG = frozenset(["them", "whom"])
#: Verbs of finding the dead: bodies found or recovered are a death count.
#: Nouns of an event before "of" and what they count: "the deaths of three fighters", "the
#: destruction of 140 tanks".
_EVENT_OF: Mapping[str, ClaimKind] = {
    **dict.fromkeys(
        word_list("deaths death killing killings burial burials funeral funerals"),
        ClaimKind.KILLED,
    ),
    "destruction": ClaimKind.DESTROYED,
}
#: Verbs of saying that may stand between a passive's auxiliary and its participle: "were
#: reported killed", "was said dead".
_RAISING = frozenset(word_list("reported said claimed"))
_BE = frozenset(word_list("were was been are is be being"))
#: The finite forms of "be" and "have" that open a clause's own verb after a group and its
#: participle modifier: "60 villagers sheltering in the school were killed".
_FINITE_BE = frozenset(word_list("were was are is have has had"))
#: Words that end the modifier of a counted group: another clause or item begins.
_MODIFIER_STOPS = frozenset(
    word_list(", . and or but they he she it we them when while after before because as until")
)
#: Words between a finite "be" or "have" and its participle: "were also killed", "have since died".
_VERB_ADVERBS = AUXILIARIES | frozenset(["since"])
#: Prepositions after which a participle before a noun is that noun's adjective: "past
#: destroyed cars", "among damaged homes".
_ADJECTIVE_PREPOSITIONS = frozenset(
    word_list("past of in among with near between through from amid into onto")
)
#: How many tokens after its participle the clause's own verb of a group is looked for.
_MODIFIER_REACH = 10
#: Participles of a place's dwellers: "a house occupied by 100 civilians" is its population.
_OCCUPIED = frozenset(word_list("occupied inhabited populated"))
#: Verbs that report what happened to a group through "to be"/"to have been": "30 people
#: reported to be held captive", "12 feared to have been killed".
_RAISING_TO = frozenset(word_list("said reported believed thought feared known understood"))
#: Verbs that take lives: "the war has claimed over 9,000 lives", "cost 40 lives".
_TAKING_LIVES = frozenset(
    word_list("claimed claim claims claiming cost costs costing took take takes taking taken")
)
_RECOVERY_VERBS = frozenset(
    word_list(
        """found recovered retrieved pulled discovered exhumed unearthed collected buried
        identified received receiving brought"""
    )
)
#: Munitions counted as fired: "launched 42 missiles and 28 drones" counts attacks, not losses.
_MUNITIONS = MUNITIONS
#: Heads of forces whose size, told with no event, is a deployment: "8,000 coalition troops".
_FORCES = frozenset(word_list("troops forces soldiers personnel servicemen"))
#: What can be sent or can enter a country: forces, convoys and their vehicles.
_DEPLOYABLE = _FORCES | frozenset(word_list("convoys convoy vehicles tanks trucks"))
#: Words before "of N" that make N a force sent: "convoys of 150 trucks", "consists of".
_FORCE_OF = frozenset(word_list("convoy convoys consists consisting comprised comprising"))
#: How many tokens around "convoy of N" say whether it was attacked or fled.
_CONVOY_REACH = 4
#: Words before a convoy that make it a target: "an attack on a convoy of".
_TARGET_WORDS = frozenset(word_list("on targeting against"))
#: Verbs of ambush before a convoy: "ambushed a convoy of".
_AMBUSHING = frozenset(word_list("ambushed ambush ambushing attacked attacking attacks"))
#: Verbs of fleeing after a convoy's count: "a convoy of 17 vehicles tried to escape".
_FLEEING = frozenset(word_list("escape escaped escaping flee fled fleeing evacuate evacuating"))
#: The smallest force whose size alone is read as deployed: smaller counts of soldiers with
#: no verb of their own are casualties or patrols the grammar did not read.
_FORCE_SIZE = 1000
#: Verbs that fire munitions: "fired 40 rockets".
_FIRING_VERBS = frozenset(
    word_list("launched fired launching firing launches fires launch fire lobbed dropped")
)
#: Prepositions after a counted group whose figure says where the group is from: "40
#: residents of two districts", "civilians from three villages".
_OF_PLACE = frozenset(word_list("of from"))
#: Words that deny the condition after them: "are not in serious condition".
_NEGATIONS = frozenset(word_list("not no never n't"))
#: How many tokens the verb of a list of objects may stand before its last member.
_LIST_STEPS = 16
#: The most tokens between a revised count and "from", and between "from" and "of".
_REVISED_GAP = 4
#: Verbs of a vehicle's load: the people it carries are counted as such, not as casualties.
_CARRYING = frozenset(word_list("carrying carried ferrying transporting"))
#: Adjectives of a wounded person's condition: "in critical condition", "in a serious state".
_CONDITIONS = frozenset(word_list("critical serious grave stable severe"))
#: Verbs of "take part": the count took part in the attack, it is no casualty.
_TAKING = frozenset(word_list("took take takes"))
#: Verbs of "make it (through, out, to safety)": the count got through, it is no casualty.
_MAKING = frozenset(word_list("made make makes"))
#: Nouns of attacks before "on"/"at" and the places they hit: "strikes on three hospitals".
_ATTACK_NOUNS = frozenset(
    word_list(
        """strike strikes airstrike airstrikes attack attacks raid raids fire shelling
        bombardment bombardments bombing bombings assault assaults"""
    )
)
#: People held in a camp or centre as migrants: "90 migrants were held inside the depot"
#: are its population, not people arrested.
_MIGRANTS = frozenset(
    word_list("migrants migrant refugees refugee asylum-seekers detainees escapees")
)
#: Buildings where people gather or shelter: those counted inside one were there when it was
#: hit ("300 policemen were inside the mosque"), counted as such (``other``).
_HALLS = frozenset(
    word_list(
        """mosque church synagogue temple theatre theater hall school building basement shelter
        stadium market compound cathedral"""
    )
)
#: Participles of killing after "rounded up and": the group's fate ("rounded up and executed").
_AFTER_KINDS: Mapping[str, ClaimKind] = dict.fromkeys(
    word_list("executed killed shot massacred murdered slaughtered beheaded"), ClaimKind.KILLED
)
#: Nouns of being held after "in": "in its custody", "in rebel hands", "in captivity".
_HELD_NOUNS = frozenset(word_list("custody hands captivity"))
#: How far after "displaced" a verb of living may say the displaced are a place's people.
_LIVING_REACH = 10
#: Verbs of intercepting before munitions: counted as intercepted (``other``), not as fired.
_INTERCEPTING = frozenset(word_list("intercepted intercepting intercepts intercept"))
#: Verbs of an attempt: people who tried to flee are counted as such, not as displaced.
_TRYING = frozenset(word_list("tried attempted sought"))
#: Ships: counted as hit or attacked, they are targets (``other``), like buildings.
_VESSELS = frozenset(
    word_list("ship ships vessel vessels tanker tankers freighter freighters boat boats")
)
#: Loads after a convoy's count that make it one of aid, not a force: "carrying food".
_CARGO = frozenset(word_list("aid food supplies humanitarian medicine medicines fuel flour"))
#: Aircraft: counted entering a country's airspace, they are the aircraft of a raid.
_AIRCRAFT = frozenset(
    word_list("jet jets warplane warplanes plane planes aircraft helicopters bombers")
)
#: Verbs of fighters forcing their way in: "thousands of militants breached the fence".
_BREACHING = frozenset(word_list("breached breach infiltrated overran swept poured"))
#: Verbs of aircraft striking, right after them: "12 jets dropped bombs", "jets struck".
_AIR_STRIKING = frozenset(
    word_list("dropped struck bombed pounded attacked targeted raided hit carried launched")
)
#: Verbs of aircraft entering where they should not: "entered Vessan airspace".
_INTRUDING = frozenset(word_list("entered violated intruded crossed penetrated"))
#: Forces and vehicles counted moving into a place: a deployment.
_MOVED_FORCES = frozenset(
    word_list("columns convoys tanks troops soldiers vehicles battalions brigades")
)
#: Verbs of forces moving in, before "into": "crossed into", "rolled into", "moved into".
_MOVING_IN = frozenset(word_list("crossed rolled moved pushed poured"))
#: Every word at which :func:`_beyond_casualties` can find something: it is asked only there.
_BEYOND_WORDS = frozenset(
    {"sustained", "suffered", "held", "taken", "rounded", "still", "were", "was"}
    | {"offering", "pulled"}
    | set(FIRED)
    | set(DONE_TO_THINGS)
    | _INTRUDING
    | _AIR_STRIKING
    | _MOVING_IN
    | _TAKING
    | _MAKING
    | ARRIVING
    | PRESENCE
    | STAYING
)
#: Verbs of living somewhere: "9,000 displaced people live in the camp" is a population.
_DWELLING = STAYING | frozenset(word_list("live lives"))
#: Prepositions of a place after a verb of staying: "remain in", "still at", "held inside".
_STAY_PLACES = frozenset(word_list("in at inside there on"))
#: Words between a count and its verb of staying: "4,000 of whom were still living in".
_STAY_GAP = frozenset(word_list("of which whom them who still"))
#: Small words between a verb and the figure it governs: "had lost only four".
_SKIPPED_BEFORE = frozenset({"well", "of", "only", "just", "total"})


def kind_of(
    text: str,
    tokens: Sequence[Token],
    phrase: Phrase,
    later: Sequence[Phrase],
    covered: set[int],
    tables: WordTables,
) -> tuple[ClaimKind, int] | None:
    """What happened to the counted group, and the token that says it.

    Args:
        text: the unit's text.
        tokens: its tokens.
        phrase: the counted phrase.
        later: the counted phrases after it in the unit: a list shares the verb at its end.
        covered: the tokens of every counted phrase of the unit.
        tables: the lexicon's words.

    Returns:
        The kind and the index of the token that says it, or ``None``.
    """
    n = len(tokens)
    if phrase.quantity.unit is not None and (zone := zone_of(text, phrase.quantity)) is not None:
        # "a corridor 6 km either side of the road": the width of a zone is territory
        zone_tokens = token_range(tokens, *zone)
        return (ClaimKind.OTHER, zone_tokens[0]) if zone_tokens is not None else None
    if phrase.modifier_kind is not None:
        if phrase.modifier_kind is ClaimKind.DISPLACED:
            # "the camp houses 9,000 displaced people", "9,000 displaced people live in the
            # camp": a place's population, even of the displaced
            if phrase.first > 0 and tokens[phrase.first - 1].low in HOUSING:
                return ClaimKind.OTHER, phrase.first - 1
            if (
                phrase.first > 1
                and tokens[phrase.first - 1].low == "by"
                and tokens[phrase.first - 2].low in _OCCUPIED
            ):
                return ClaimKind.OTHER, phrase.first - 2  # "a school occupied by 40 displaced"
            k = phrase.last + 1
            while k < n and tokens[k].low in AUXILIARIES:
                k += 1
            if k < n and tokens[k].low in _DWELLING and _stays_at(tokens, k + 1):
                return ClaimKind.OTHER, k
        return phrase.modifier_kind, phrase.first + 1
    # a nominal head carries its own meaning: "27 deaths", "dozens dead"
    if phrase.head is not None and phrase.words:
        nominal = NOMINAL_KIND.get(phrase.words[-1].lower())
        if (
            nominal is not None
            and nominal is not ClaimKind.OTHER
            and not _known_bodies(tokens, phrase)
        ):
            return nominal, phrase.head
    # "300 civilian deaths", "100 child fatalities": the group before the noun of the event
    after = phrase.last + 1
    if (
        phrase.head == phrase.last
        and phrase.head_class in PERSONS
        and after < n
        and tokens[after].low in EVENT_NOUNS
    ):
        return NOMINAL_KIND[tokens[after].low], after
    population = _population(tokens, phrase)
    if population is not None:
        return population
    if (
        phrase.head is not None
        and tokens[phrase.head].low in MUNITIONS
        and phrase.first >= 2
        and tokens[phrase.first - 1].low == "by"
        and tokens[phrase.first - 2].low in DONE_TO_THINGS
        and phrase.first >= 3
        and tokens[phrase.first - 3].low in PASSIVE_AUXILIARIES
    ):
        # "the depot was struck by three rockets" (a passive; "the market hit by two shells,
        # which killed nine" leaves the shells to the clause of the killing)
        return ClaimKind.ATTACKS, phrase.first - 2
    # counted attacks: "struck more than 50 targets", "carried out 30 air strikes"
    if phrase.head_class == ATTACKS:
        if phrase.quantity.text.lower() in {"a", "an"}:
            return None  # "a secondary blast killed four": the event, not a count of one
        if phrase.words and phrase.words[-1].lower() in BLASTS:
            return ClaimKind.ATTACKS, phrase.head or phrase.last  # "two explosions"
        if len(phrase.words) > 1 and phrase.words[-2].lower() in ATTACK_MEANS:
            return ClaimKind.ATTACKS, phrase.head or phrase.last  # "two suicide bomb attacks"
        verbs = {t.low for t in tokens[max(0, phrase.first - 3) : phrase.first]}
        if verbs & ATTACK_VERBS:
            return ClaimKind.ATTACKS, phrase.first - 1
        if (
            phrase.first > 1
            and tokens[phrase.first - 1].low == "for"
            and tokens[phrase.first - 2].low == "responsibility"
        ):
            return ClaimKind.ATTACKS, phrase.first - 2  # "claimed responsibility for 12 attacks"
        return None
    found = _idiom_before(tokens, phrase, covered, tables.before)
    if found is not None:
        return found
    # a death toll names its kind before the figure, whatever follows: "the death toll rose to
    # 340, with more than 700 wounded"
    context = toll_context(text, tokens[phrase.first].start)
    # every toll phrase ends in one of a few words right before the figure
    ends_as_toll = toll_like(context)
    if ends_as_toll and is_death_toll(context):
        return ClaimKind.KILLED, max(0, phrase.first - 1)
    # "the number of people killed in Gaza since October 7 had risen to 51,240, with 116,931
    # injured": a tally that names its kind gives it, whatever follows the figure
    toll = tally_of(context) if ends_as_toll else None
    if toll is not None:
        words = [t.low for t in tokenize(toll.group("rest"))]
        kind_after = tables.after
        kind = next((kind_after[w] for w in words if w in kind_after), None)
        if kind is None and "forced" in words and ({"homes", "flee", "leave"} & set(words)):
            kind = ClaimKind.DISPLACED  # "the number of people forced from their homes ... to"
        if kind is None and toll.group("noun").lower() == "number" and "victims" in words:
            kind = ClaimKind.KILLED  # "the number of victims of the raid rose to 53"
        if kind is not None:
            return kind, max(0, phrase.first - 1)
    # after the phrase: "... were killed", "... killed in", "... and five injured"
    k = phrase.last + 1
    # "several of the wounded had died": the group the part is of says what happened only if
    # no verb of the part's own follows
    partitive: tuple[ClaimKind, int] | None = None
    if k + 1 < n and tokens[k].low == "of":
        at = k + 2 if tokens[k + 1].low in DETERMINERS else k + 1
        if at + 1 < n and tokens[at].low.endswith("ly") and tokens[at + 1].low in NOMINAL_KIND:
            at += 1  # "seven of those seriously injured"
        if at < n and NOMINAL_KIND.get(tokens[at].low, ClaimKind.OTHER) is not ClaimKind.OTHER:
            q = phrase.quantity
            if q.low != q.high and not any(c.isdigit() for c in q.text):
                return None  # "several of the wounded died" explains a toll, counts no one
            partitive = NOMINAL_KIND[tokens[at].low], at
            k = at + 1
    found = _said_after(tokens, phrase, later, k, tables)
    if found is not None:
        return found
    if partitive is not None:
        return partitive
    # before the phrase: "killed at least two soldiers", "the number of people killed to 27"
    if toll is not None and toll.group("noun").lower() in {"toll", "losses"}:
        return ClaimKind.KILLED, max(0, phrase.first - 1)
    found = _said_before(tokens, phrase, covered, tables)
    if found is None:
        found = _counted_as_such(tokens, phrase)
    return found


def _known_bodies(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether ``phrase`` names bodies already told of: "the 12 bodies lay in the street"."""
    return (
        phrase.words[-1].lower() in {"bodies", "corpses"}
        and phrase.first > 0
        and tokens[phrase.first - 1].low in {"the", "these", "those"}
    )


def _population(tokens: Sequence[Token], phrase: Phrase) -> tuple[ClaimKind, int] | None:
    """A population: "home to some 3 million people", "a town of 75,000 inhabitants"."""
    at = phrase.first
    if at >= 2 and tokens[at - 1].low == "to" and tokens[at - 2].low == "home":
        return ClaimKind.OTHER, at - 2
    if at >= 2 and tokens[at - 1].low == "of" and tokens[at - 2].low == "population":
        return ClaimKind.OTHER, at - 2
    if at >= 1 and tokens[at - 1].low in _CARRYING and phrase.head_class == PEOPLE:
        return ClaimKind.OTHER, at - 1  # "a ferry carrying 1,200 passengers": those aboard
    if (
        at >= 2
        and tokens[at - 1].low == "of"
        and tokens[at - 2].low in SETTLEMENTS
        and phrase.head is not None
        and tokens[phrase.head].low in {"inhabitants", "people", "residents"}
    ):
        return ClaimKind.OTHER, phrase.head  # "the city of 75,000 inhabitants"
    return None


def _counted_as_such(tokens: Sequence[Token], phrase: Phrase) -> tuple[ClaimKind, int] | None:
    """What a count means when no verb says what happened to it.

    Hostages are held ("more than 130 hostages"), explosions and attackers are counted as
    such ("two explosions", "two suicide bombers"), and a large force told with no event is
    deployed ("among 8,000 coalition troops").
    """
    if phrase.head is None or phrase.elided:
        return None
    if phrase.first > 0 and tokens[phrase.first - 1].low in {"the", "of"}:
        return None  # "killed three of the five hostages": the whole, not a count of its own
    head = tokens[phrase.head].low
    if head in CAPTIVES:
        return ClaimKind.CAPTURED, phrase.head

    if (head in ATTACKERS and phrase.head_class != EQUIPMENT) or (
        head == "bombers" and phrase.head - 1 >= 0 and tokens[phrase.head - 1].low == "suicide"
    ):
        return ClaimKind.OTHER, phrase.head
    if phrase.head_class == FIGHTERS and _attacks_next(tokens, phrase.last + 1):
        return ClaimKind.OTHER, phrase.head  # "more than 100 insurgents stormed the town"
    low = phrase.quantity.low
    if head in _FORCES and low is not None and low >= _FORCE_SIZE:
        return ClaimKind.DEPLOYED, phrase.head
    return None


def _attacks_next(tokens: Sequence[Token], at: int) -> bool:
    """Whether the verb from token ``at`` (over auxiliaries) carries out an attack.

    "stormed", "raided", "had attacked", "laid waste to": the fighters counted before it are
    the attackers, counted as such.
    """
    while at < len(tokens) and tokens[at].low in AUXILIARIES:
        at += 1
    if at >= len(tokens):
        return False
    low = tokens[at].low
    if low == "laid":
        return at + 1 < len(tokens) and tokens[at + 1].low == "waste"
    return low in AGENT_VERBS or low in _BREACHING


def _convoy_not_sent(tokens: Sequence[Token], convoy: int, last: int) -> bool:
    """Whether the convoy at token ``convoy`` is one attacked or fleeing, not a force sent.

    "a fidayeen attack on a convoy of 78 vehicles", "militants ambushed a convoy of", "a convoy
    of 17 vehicles tried to escape": its vehicles are counted, but nobody deployed them.
    """
    before = [t.low for t in tokens[max(0, convoy - _CONVOY_REACH) : convoy]]
    if any(w in _TARGET_WORDS or w in ATTACK_VERBS or w in _AMBUSHING for w in before):
        return True
    after = [t.low for t in tokens[last + 1 : last + 1 + _CONVOY_REACH]]
    return any(w in _FLEEING or w in _CARGO for w in after)  # fled, or carried aid


def _beyond_casualties(
    tokens: Sequence[Token], phrase: Phrase, k: int
) -> tuple[ClaimKind, int] | None:
    """What a word after a phrase says beyond casualties: fired, hit, crossed, held, in.

    "175 projectiles were fired", "ten schools were hit", "31,000 people crossed into
    Syria", "130 people held hostage", "5,200 U.S. forces are in Iraq", "2,000 more
    sustained injuries". Only a word of :data:`_BEYOND_WORDS` at ``k`` can say anything.
    """
    n = len(tokens)
    low = tokens[k].low
    nxt = tokens[k + 1].low if k + 1 < n else ""
    head = tokens[phrase.head].low if phrase.head is not None else None
    persons = phrase.head_class in PERSONS or phrase.head is None
    if low in {"sustained", "suffered"} and nxt in {"injuries", "wounds", "injury"}:
        return ClaimKind.WOUNDED, k
    if low in FIRED and head in MUNITIONS and not low.endswith("ing"):
        kind = ClaimKind.OTHER if FIRED[low] == "intercepted" else ClaimKind.ATTACKS
        return kind, k
    if (
        low in DONE_TO_THINGS
        and DONE_TO_THINGS[low] == low
        and (phrase.head_class == BUILDINGS or head in _VESSELS)
        and tokens[k - 1].low in AUXILIARIES | {"now"}
    ):
        return ClaimKind.OTHER, k  # "ten schools were hit", "two cargo ships were struck"
    if head in _AIRCRAFT and low in _INTRUDING and tokens[k - 1].low not in _NEGATIONS:
        # "three fighter jets entered Vessan airspace": aircraft of a raid, counted as such
        return ClaimKind.OTHER, k
    if (
        head in _AIRCRAFT
        and low in _AIR_STRIKING
        and k == phrase.last + 1
        and not (k + 1 < n and tokens[k + 1].low in {"down", "by"})
    ):
        # "12 jets bombed the depot", "four warplanes struck the base": the aircraft of
        # a raid, not aircraft hit
        return ClaimKind.OTHER, k
    if (
        head in _MOVED_FORCES
        and low in _MOVING_IN
        and nxt == "into"
        and all(t.low in AUXILIARIES for t in tokens[phrase.last + 1 : k])
    ):
        return ClaimKind.DEPLOYED, k  # "two armoured columns crossed into Kutum province"
    if persons and low in ARRIVING:
        if low.startswith("cross") and nxt in {"into", "to", "the", "over"}:
            return ClaimKind.DISPLACED, k  # "31,000 people crossed into Syria"
        if low == "reached" and nxt == "safety":
            return ClaimKind.DISPLACED, k
        if low == "sought" and nxt in {"refuge", "shelter"}:
            return ClaimKind.OTHER, k  # sheltering somewhere, not a displacement
        if (
            low in {"arrived", "arriving"}
            and nxt in {"in", "at"}
            and phrase.head_class in {PEOPLE, None}
            and _stays_at(tokens, k + 1)
        ):
            return ClaimKind.DISPLACED, k  # "3,000 refugees have arrived in Kutum"
    if persons and low == "held" and nxt in {"hostage", "captive", "by"}:
        return ClaimKind.CAPTURED, k
    if (low in _TAKING and nxt == "part") or (low in _MAKING and nxt == "it"):
        return ClaimKind.OTHER, k  # "a dozen jets took part in the raid", "seven made it"
    if (
        phrase.head_class in {PEOPLE, None}
        and (low in STAYING or low in {"held", "still"})
        and _stays_at(tokens, k + 1)
        and all(t.low in AUXILIARIES or t.low in _STAY_GAP for t in tokens[phrase.last + 1 : k])
    ):
        return ClaimKind.OTHER, k  # "310 refugees remain in the depot", "6,000 are held in"
    if persons and low == "taken" and nxt in {"hostage", "captive"}:
        return ClaimKind.CAPTURED, k
    if (
        persons
        and low == "taken"
        and nxt == "into"
        and tokens[k + 2 : k + 3]
        and (tokens[k + 2].low == "custody")
    ):
        return ClaimKind.ARRESTED, k  # "ten people were taken into custody"
    if persons and low == "offering" and nxt == "prayers":
        return ClaimKind.OTHER, k  # "300 policemen were offering prayers": those there
    if persons and low == "pulled" and "alive" in {t.low for t in tokens[k + 1 : k + 3]}:
        return ClaimKind.OTHER, k  # "130 people were pulled (out) alive": people rescued
    if persons and low == "rounded" and nxt == "up":
        if (
            k + 3 < n
            and tokens[k + 2].low == "and"
            and _AFTER_KINDS.get(tokens[k + 3].low) is ClaimKind.KILLED
        ):
            return ClaimKind.KILLED, k + 3  # "were rounded up and executed": their fate
        return ClaimKind.ARRESTED, k
    if (
        persons
        and low in {"were", "was"}
        and nxt in {"in", "inside"}
        and _inside_building(tokens, k + 2)
    ):
        return ClaimKind.OTHER, k  # "about 300 policemen were inside the mosque": those there
    if (
        head in _DEPLOYABLE
        and low in PRESENCE
        and (
            low not in {"are", "remain", "remains", "remained"}
            or (nxt in {"in", "inside"} and _stays_at(tokens, k + 1))
        )
        and all(t.low in AUXILIARIES for t in tokens[phrase.last + 1 : k])
    ):
        return ClaimKind.DEPLOYED, k  # "5,200 U.S. forces are in Iraq", "... had entered"
    return None


def _in_condition(tokens: Sequence[Token], at: int) -> bool:
    """Whether a medical condition starts at token ``at``: "(a) critical condition"."""
    if at < len(tokens) and tokens[at].low in {"a", "an"}:
        at += 1
    return (
        at + 1 < len(tokens)
        and tokens[at].low in _CONDITIONS
        and tokens[at + 1].low in {"condition", "conditions", "state"}
    )


def _inside_building(tokens: Sequence[Token], at: int) -> bool:
    """Whether a building (over determiners) stands at token ``at``: "the mosque", "a hall"."""
    while at < len(tokens) and tokens[at].low in DETERMINERS:
        at += 1
    return at < len(tokens) and tokens[at].low in _HALLS


def _living_after(tokens: Sequence[Token], at: int) -> bool:
    """Whether "and" and a verb of living somewhere follow within the clause from ``at``.

    "25,000 of whom had earlier been displaced from their villages and were living in the
    town": people displaced before, whom a place holds, are its population (``other``), by
    the annotation conventions. The caller asks only after a past perfect ("had been").
    """
    end = min(len(tokens), at + _LIVING_REACH)
    for k in range(at, end):
        low = tokens[k].low
        if low in CLAUSE_BREAK or low in {".", ";"}:
            return False
        if low == "and":
            j = k + 1
            while j < end and tokens[j].low in AUXILIARIES:
                j += 1
            return j < end and tokens[j].low in _DWELLING and _stays_at(tokens, j + 1)
    return False


def _in_custody(tokens: Sequence[Token], at: int) -> str | None:
    """The noun of custody that follows at token ``at``, over a possessive or a word of whose.

    "custody", "its custody", "rebel custody", "the army's custody", "rebel hands",
    "captivity".
    """
    for k in range(at, min(len(tokens), at + 3)):
        if tokens[k].low in _HELD_NOUNS:
            return tokens[k].low
        if not tokens[k].text.replace("'", "").replace("\u2019", "").isalpha():
            return None  # "the army's custody": a word of whose, possessive or not
    return None


def _stays_at(tokens: Sequence[Token], at: int) -> bool:
    """Whether a place follows a verb of staying at token ``at``: "in the camp", "there".

    A hospital, a condition or a captivity ("in hospital", "in critical condition", "in
    custody") makes the count one of casualties or captives, so it is no stay.
    """
    if at >= len(tokens) or tokens[at].low not in _STAY_PLACES:
        return False
    if tokens[at].low == "there":
        return True
    after = at + 1
    while after < len(tokens) and tokens[after].low in DETERMINERS:
        after += 1
    if _in_custody(tokens, after) is not None:
        return False  # "remain in enemy custody", "in rebel hands": captives
    return after < len(tokens) and tokens[after].low not in NOT_A_STAY


def _idiom_before(
    tokens: Sequence[Token],
    phrase: Phrase,
    covered: set[int],
    kind_before: Mapping[str, ClaimKind],
) -> tuple[ClaimKind, int] | None:
    """What the words right before a figure say happened: "set fire to", "shot dead", "lost"."""
    n = len(tokens)
    # munitions intercepted: "intercepted nine of the 10 missiles fired at the ship"
    if (
        phrase.first > 0
        and tokens[phrase.first - 1].low in _INTERCEPTING
        and phrase.words
        and phrase.words[-1].lower() in _MUNITIONS
    ):
        return ClaimKind.OTHER, phrase.first - 1
    # fired munitions: "launched 42 missiles and 28 drones overnight"
    if phrase.head is not None and phrase.words and phrase.words[-1].lower() in _MUNITIONS:
        before = phrase.first - 1
        while before >= 0 and (tokens[before].text in CONNECTORS or before in covered):
            before -= 1  # the second of a list: "42 missiles and 28 drones"
        verbs = {t.low for t in tokens[max(0, before - 2) : before + 1]}
        if verbs & _FIRING_VERBS:
            return ClaimKind.ATTACKS, before
    # "hit two residential buildings", "targeting about 40 positions", "attacked more than 100
    # ships": buildings and ships hit
    if (
        phrase.first > 0
        and tokens[phrase.first - 1].low in DONE_TO_THINGS
        and (
            phrase.head_class == BUILDINGS
            or (phrase.head is not None and tokens[phrase.head].low in _VESSELS)
        )
    ):
        return ClaimKind.OTHER, phrase.first - 1
    # "strikes on three hospitals", "mortar fire at four clinics", "attacks on 12 villages":
    # the places attacked, counted as targets
    if (
        phrase.first > 1
        and tokens[phrase.first - 1].low in _TARGET_WORDS | {"at"}
        and tokens[phrase.first - 2].low in _ATTACK_NOUNS
        and phrase.head_class in (BUILDINGS, LOCALITIES)
    ):
        return ClaimKind.OTHER, phrase.first - 2
    # "the centre housed more than 600 migrants": a place's population
    if (
        phrase.first > 0
        and tokens[phrase.first - 1].low in HOUSING
        and phrase.head_class in {PEOPLE, None}
    ):
        return ClaimKind.OTHER, phrase.first - 1
    # "a farmhouse occupied by some 60 villagers": its population
    if (
        phrase.first > 1
        and tokens[phrase.first - 1].low == "by"
        and tokens[phrase.first - 2].low in _OCCUPIED
        and phrase.head_class == PEOPLE
    ):
        return ClaimKind.OTHER, phrase.first - 2
    # "convoys of at least 150 trucks", "the convoy consists of 40 tanks"
    if (
        phrase.first > 1
        and tokens[phrase.first - 1].low == "of"
        and tokens[phrase.first - 2].low in _FORCE_OF
        and phrase.head_class in (EQUIPMENT, SOLDIERS)
    ):
        if _convoy_not_sent(tokens, phrase.first - 2, phrase.last):
            # "an attack on a convoy of 78 vehicles", "a convoy of 17 vehicles tried to
            # escape": the vehicles it counts, not a force sent
            return ClaimKind.OTHER, phrase.first - 2
        return ClaimKind.DEPLOYED, phrase.first - 2
    # "set fire to 45 homes"
    if (
        phrase.first > 2
        and tokens[phrase.first - 1].low == "to"
        and tokens[phrase.first - 2].low == "fire"
        and tokens[phrase.first - 3].low in {"set", "sets", "setting"}
    ):
        return ClaimKind.DESTROYED, phrase.first - 3
    # "blew up a bus", "blowing up two tanks"
    if (
        phrase.first > 1
        and tokens[phrase.first - 1].low == "up"
        and tokens[phrase.first - 2].low in BLOWING
        and phrase.head_class in (EQUIPMENT, BUILDINGS)
    ):
        return ClaimKind.DESTROYED, phrase.first - 2
    # "announced the deaths of three of its fighters", "the destruction of 140 tanks"
    if (
        phrase.first > 1
        and tokens[phrase.first - 1].low == "of"
        and tokens[phrase.first - 2].low in _EVENT_OF
    ):
        return _EVENT_OF[tokens[phrase.first - 2].low], phrase.first - 2
    # "gunned down 12 villagers"
    if (
        phrase.first > 1
        and tokens[phrase.first - 1].low == "down"
        and tokens[phrase.first - 2].low in {"gunned", "gunning", "mowed", "mown"}
    ):
        return ClaimKind.KILLED, phrase.first - 2
    # "shot down 31 of 38 drones", "shot dead two protesters"
    if (
        phrase.first > 1
        and tokens[phrase.first - 1].low in {"down", "dead"}
        and tokens[phrase.first - 2].low in {"shot", "shooting", "shoots", "brought", "bringing"}
    ):
        if tokens[phrase.first - 1].low == "dead":
            if tokens[phrase.first - 2].low in {"shot", "shooting", "shoots"}:
                return ClaimKind.KILLED, phrase.first - 2
        else:
            return ClaimKind.DESTROYED, phrase.first - 2
    # "the war has claimed over 9,000 lives", "cost 40 lives"
    if (
        phrase.first > 0
        and phrase.words
        and phrase.words[-1].lower() == "lives"
        and tokens[phrase.first - 1].low in _TAKING_LIVES
    ):
        return ClaimKind.KILLED, phrase.first - 1
    # "rescuers pulled 17 bodies from the rubble", "the bodies of 12 men were found"
    bodies = (phrase.words and phrase.words[-1].lower() in {"bodies", "body"}) or (
        phrase.first >= 2
        and tokens[phrase.first - 2].low == "bodies"
        and tokens[phrase.first - 1].low == "of"
    )
    if bodies:
        window = range(max(0, phrase.first - 4), min(n, phrase.last + 4))
        found = next((x for x in window if tokens[x].low in _RECOVERY_VERBS), None)
        if found is not None:
            return ClaimKind.KILLED, found
    # "rescuers pulled 30 survivors from the rubble": the living found are people rescued
    if phrase.words and phrase.words[-1].lower() in {"survivors", "survivor"}:
        window = range(max(0, phrase.first - 3), phrase.first)
        found = next((x for x in window if tokens[x].low in _RECOVERY_VERBS), None)
        if found is not None:
            return ClaimKind.OTHER, found
    # "the dead included 11 women", "the wounded were 40 soldiers": the group named before
    if (
        phrase.first >= 2
        and tokens[phrase.first - 1].low in {"included", "include", "includes", "were", "are"}
        and tokens[phrase.first - 2].low in NOMINAL_KIND
        and NOMINAL_KIND[tokens[phrase.first - 2].low] is not ClaimKind.OTHER
        and (phrase.first < 3 or tokens[phrase.first - 3].low in DETERMINERS)
    ):
        return NOMINAL_KIND[tokens[phrase.first - 2].low], phrase.first - 2
    # "the army has lost 21 soldiers", "lost three tanks": losses are deaths or materiel
    verb_at = phrase.first - 1
    if verb_at > 0 and tokens[verb_at].low in {"only", "just"}:
        verb_at -= 1  # "had lost only four fighters"
    if (
        verb_at > 2
        and tokens[verb_at].low == "of"
        and tokens[verb_at - 1].low == "total"
        and tokens[verb_at - 2].low == "a"
    ):
        verb_at -= 3  # "had lost a total of 74 soldiers"
    if verb_at >= 0 and tokens[verb_at].low in LOSS_VERBS:
        lost = _loss_kind(phrase.head_class)
        if lost is not None:
            return lost, verb_at
    # right before the figure, an active verb: "has killed more than 400,000 people"
    if phrase.first > 0:
        verb = tokens[phrase.first - 1]
        if verb.low in kind_before and not (
            phrase.first > 1 and tokens[phrase.first - 2].low in {"were", "was", "been", "be"}
        ):
            return kind_before[verb.low], phrase.first - 1
    return None


def _describes_other(tokens: Sequence[Token], phrase: Phrase, k: int, kind: ClaimKind) -> bool:
    """Whether the word of harm at ``k`` describes another noun than the counted group.

    "a boy rode past destroyed cars": a participle between a preposition and a noun is that
    noun's adjective; "the remains of ten people in houses burned in the raid": a thing's
    destruction, without an auxiliary, is said of the nearer noun, not of persons.
    """
    n = len(tokens)
    if (
        k > phrase.last + 1
        and tokens[k - 1].low in _ADJECTIVE_PREPOSITIONS
        and k + 1 < n
        and tokens[k + 1].text.isalpha()
        and tokens[k + 1].low not in DETERMINERS
        and tokens[k + 1].low not in _ADJECTIVE_PREPOSITIONS
        and tokens[k + 1].low not in AUXILIARIES
    ):
        return True
    return (
        kind is ClaimKind.DESTROYED
        and phrase.head_class in PERSONS
        and k > phrase.last + 1
        and tokens[k - 1].low not in AUXILIARIES
    )


def _main_verb_after(
    tokens: Sequence[Token],
    phrase: Phrase,
    k: int,
    starts: set[int],
    kind_after: Mapping[str, ClaimKind],
) -> tuple[ClaimKind, int] | None:
    """The clause's own verb when the word at ``k`` only describes the counted group.

    "60 villagers sheltering in the school were killed", "12 soldiers stationed at the post
    were wounded", "25 families hoping to be evacuated were killed": a participle right
    after the group, or after "to be", modifies it; the finite verb that follows ("were
    killed") says what happened to it. ``None`` when no such verb follows in the clause.
    """
    n = len(tokens)
    modifier = (
        k == phrase.last + 1
        or (k >= 2 and tokens[k - 1].low == "be" and tokens[k - 2].low == "to")
        or (k == phrase.last + 2 and tokens[k - 1].low in {"who", "that"})
    )
    if not modifier or phrase.head is None or phrase.head >= k:
        return None  # "a captured pilot was released": the word is the group's own adjective
    for j in range(k + 1, min(n, k + _MODIFIER_REACH)):
        low = tokens[j].low
        if j in starts or low in _MODIFIER_STOPS or low in CLAUSE_BREAK:
            return None
        if low in _FINITE_BE:
            m = j + 1
            while (
                m < n
                and m < j + 4
                and (tokens[m].low in _VERB_ADVERBS or tokens[m].low.endswith("ly"))
            ):
                m += 1
            if m < n and tokens[m].low in kind_after and tokens[m - 1].low != "to":
                return kind_after[tokens[m].low], m
            return None
    return None


def _said_after(
    tokens: Sequence[Token], phrase: Phrase, later: Sequence[Phrase], k: int, tables: WordTables
) -> tuple[ClaimKind, int] | None:
    """What the words after a phrase, from token ``k``, say happened to it.

    A list of counted phrases shares the verb at its end ("11 soldiers and 14 rebels were
    killed"), an aside between dashes is skipped, and the search stops at the end of the
    clause.
    """
    kind_after, kind_before = tables.after, tables.before
    n = len(tokens)
    starts = {p.first for p in later}
    next_phrase = 0
    steps = 0
    left_trigger: int | None = None
    if phrase.first > 0 and tokens[phrase.first - 1].low == "left":
        left_trigger = phrase.first - 1
    while k < n and steps < 16:
        token = tokens[k]
        low = token.low
        if next_phrase < len(later) and k >= later[next_phrase].first:
            nxt = later[next_phrase]
            gap = tokens[phrase.last + 1 : nxt.first]
            if (
                not all(t.text in CONNECTORS or t.low in AUXILIARIES for t in gap)
                and k == nxt.first
                and not _apposed_part(tokens, nxt)
            ):
                break
            k = nxt.last + 1
            next_phrase += 1
            phrase = phrase._replace(last=nxt.last)
            continue
        if (
            low == "forced"
            and k + 2 < n
            and tokens[k + 1].low in {"from", "to", "out"}
            and {t.low for t in tokens[k + 2 : k + 5]} & {"homes", "home", "flee", "leave", "of"}
        ):
            return ClaimKind.DISPLACED, k  # "forced from their homes", "forced to flee"
        if (
            low == "treated"
            and k + 2 < n
            and tokens[k + 1].low == "for"
            and tokens[k + 2].low in {"wounds", "injuries", "burns", "shrapnel", "gunshot"}
        ):
            return ClaimKind.WOUNDED, k  # "40 people were being treated for wounds"
        if (
            low == "gunned"
            and k + 1 < n
            and tokens[k + 1].low == "down"
            and tokens[k - 1].low in {"was", "were", "been", "being", "be"}
        ):
            return ClaimKind.KILLED, k  # "twelve villagers were gunned down"
        if (
            low == "accounted"
            and k + 1 < n
            and tokens[k + 1].low == "for"
            and any(t.low in _NEGATIONS for t in tokens[max(0, k - 3) : k])
        ):
            return ClaimKind.MISSING, k  # "36 civilians have not been accounted for"
        if (
            low in {"detained", "held"}
            and k + 1 < n
            and tokens[k + 1].low in {"in", "at", "inside"}
            and phrase.head is not None
            and tokens[phrase.head].low in _MIGRANTS
            and _in_custody(tokens, k + 2) is None
        ):
            return ClaimKind.OTHER, k  # "90 migrants were held inside the depot": its people
        if low == "in" and tokens[k - 1].low not in _NEGATIONS and _in_condition(tokens, k + 1):
            return ClaimKind.WOUNDED, k  # "four people are in critical condition"
        custody = _in_custody(tokens, k + 1) if low == "in" else None
        if custody is not None and (phrase.head_class in PERSONS or phrase.elided):
            # "keeps just one airman in its custody": soldiers held are prisoners, others
            # detained; "a crew of 25 in rebel hands", "in captivity": held by the other side
            held = phrase.head_class in {SOLDIERS, FIGHTERS} or custody != "custody"
            return (ClaimKind.CAPTURED if held else ClaimKind.ARRESTED), k
        if low == "buried" and tokens[k - 1].low in _BE:
            # "40 more were buried": the dead; "buried under the rubble": missing
            under = k + 1 < n and tokens[k + 1].low in {"under", "beneath"}
            return (ClaimKind.MISSING if under else ClaimKind.KILLED), k
        if low == "trapped" and k + 1 < n and tokens[k + 1].low in {"under", "beneath"}:
            return ClaimKind.MISSING, k  # "12 are trapped under the rubble", like "buried under"
        if (
            low == "shot"
            and k + 1 < n
            and tokens[k + 1].low in {"down", "dead"}
            and tokens[k - 1].low in {"was", "were", "been", "being", "be"}
        ):
            # "two drones were shot down", "three protesters were shot dead"
            return (ClaimKind.KILLED if tokens[k + 1].low == "dead" else ClaimKind.DESTROYED), k
        if (
            low in {"lost", "lose", "losing"}
            and k + 2 < n
            and tokens[k + 2].low
            in {
                "lives",
                "life",
            }
        ):
            return ClaimKind.KILLED, k
        if (low in _DASHES or low == "(") and k > phrase.last + 0:
            # an aside: "27 people \u2014 15 soldiers and 12 insurgents \u2014 died", "2,100
            # people - fighters, civilians and medics - have been killed"
            closing = {")"} if low == "(" else _DASHES
            while low == "-" and k + 1 < n and tokens[k + 1].low == "-":
                k += 1  # "--"
            end = next((x for x in range(k + 1, min(n, k + 24)) if tokens[x].low in closing), None)
            if end is not None:
                while next_phrase < len(later) and later[next_phrase].first < end:
                    next_phrase += 1
                k = end + 1
                steps += 1
                continue
        if low in _BEYOND_WORDS and low not in _BE:
            # "40 villagers sheltering in the school were killed": a modifier of the group
            main = _main_verb_after(tokens, phrase, k, starts, kind_after)
            if main is not None:
                return main
        beyond = _beyond_casualties(tokens, phrase, k) if low in _BEYOND_WORDS else None
        if beyond is not None:
            return beyond
        if low in kind_after and _describes_other(tokens, phrase, k, kind_after[low]):
            k += 1
            steps += 1
            continue
        if low in kind_after:
            if k + 1 < n and (
                k + 1 in starts or (k + 2 in starts and tokens[k + 1].low in (DETERMINERS))
            ):
                break  # "... and displaced millions": the verb has its own object
            main = _main_verb_after(tokens, phrase, k, starts, kind_after)
            if main is not None:
                return main
            if (
                kind_after[low] is ClaimKind.KILLED
                and k + 2 < n
                and tokens[k + 1].low in {"or", "and"}
                and tokens[k + 2].low in {"wounded", "injured", "maimed"}
            ):
                return ClaimKind.OTHER, k  # "killed or injured": casualties, not deaths
            if (
                kind_after[low] is ClaimKind.DISPLACED
                and any(t.low == "had" for t in tokens[phrase.last + 1 : k])
                and _living_after(tokens, k + 1)
            ):
                # "... had been displaced and were living in": the people of a place
                return ClaimKind.OTHER, k
            return kind_after[low], k
        if low == "," and k + 1 < n and tokens[k + 1].low in _CLAUSE_PARTICIPLES:
            break  # "45 homes, forcing residents to flee": what follows is another clause's
        if (
            low == "of"
            and k == phrase.last + 1
            and k + 2 < n
            and tokens[k + 1].low in {"whom", "which", "them"}
            and (tokens[k + 2].low in AUXILIARIES or tokens[k + 2].low in STAYING | {"still"})
        ):
            k += 2  # "4,000 of whom were living in": the part's own verb follows
            steps += 1
            continue
        if (
            low == "who"
            and k == phrase.last + 1
            and k + 3 < n
            and tokens[k + 1].low in _TRYING
            and tokens[k + 2].low == "to"
            and tokens[k + 3].low in _FLEEING | {"leave"}
        ):
            return ClaimKind.OTHER, k + 1  # "170 people who tried to flee the hotel": no flight
        if (
            low in {"who", "that"}
            and k == phrase.last + 1
            and k + 1 < n
            and (
                tokens[k + 1].low in AUXILIARIES
                or tokens[k + 1].low in ARRIVING
                or (
                    kind_after.get(tokens[k + 1].low) is ClaimKind.DISPLACED
                    and phrase.quantity.text.lower() not in {"a", "an"}
                )
            )
        ):
            # "1.2 million who crossed into Chad", "100,000 who were displaced", "60,000
            # residents who fled" (not "a doctor who fled": one person's story, not a count)
            k += 1
            steps += 1
            continue
        if (
            low == "since"
            and tokens[k - 1].low in AUXILIARIES
            and k + 1 < n
            and tokens[k + 1].low in kind_after
        ):
            k += 1  # "seven of the wounded have since died": an adverb, not a clause
            steps += 1
            continue
        if (
            low in _RAISING_TO
            and (k == phrase.last + 1 or tokens[k - 1].low in _BE)
            and k + 2 < n
            and tokens[k + 1].low == "to"
            and tokens[k + 2].low in {"be", "have"}
        ):
            # "25 guards reported to be held captive", "12 feared to have been killed": the
            # report of what happened to them, not a clause of its own
            k += 3 if k + 3 < n and tokens[k + 3].low == "been" else 2
            steps += 1
            continue
        if (
            low in _RAISING
            and tokens[k - 1].low in _BE
            and k + 1 < n
            and tokens[k + 1].low in kind_after
        ):
            k += 1  # "2,150 were reported wounded": the report of a passive, not a new clause
            steps += 1
            continue
        if low in CLAUSE_BREAK or low in {".", "!", "?"}:
            break
        if low == "as" and not (k + 1 < n and tokens[k + 1].low == "well"):
            break
        if left_trigger is None and low in kind_before and k > phrase.last + 1:
            break
        k += 1
        steps += 1
    return None


def _apposed_part(tokens: Sequence[Token], part: Phrase) -> bool:
    """Whether ``part`` is a part set off by commas, an aside of the whole before it.

    "five members of a household, three of them boys, died in Kutum", "..., including two
    children, were killed": the verb after the part is the whole's too.
    """
    at, n = part.first, len(tokens)
    if not (part.last + 1 < n and tokens[part.last + 1].text == ","):
        return False
    if at > 1 and tokens[at - 1].low in _PART_OPENERS and tokens[at - 2].text == ",":
        return True
    return (
        at > 0
        and tokens[at - 1].text == ","
        and at + 2 < n
        and tokens[at + 1].low == "of"
        and tokens[at + 2].low in _AMONG
    )


def _said_before(
    tokens: Sequence[Token], phrase: Phrase, covered: set[int], tables: WordTables
) -> tuple[ClaimKind, int] | None:
    """The verb before a phrase, over its list and small words: "killed at least two".

    "N others" reaches back over the verb's first object, whatever it is: "killing the driver
    and six others", "killed 87 villagers in the school and three others".
    """
    kind_after, kind_before = tables.after, tables.before
    k = phrase.first - 1
    steps = 0
    # the last of a list of objects: "killed the governor, his wife and six grandchildren"
    j = k
    while j >= 0 and tokens[j].low in DETERMINERS:
        j -= 1
    listed = j >= 1 and tokens[j].low == "and" and phrase.head_class in PERSONS
    others = tokens[phrase.last].low == "others" or listed
    reach = _LIST_STEPS if listed else 10
    while k >= 0 and steps < reach:
        token = tokens[k]
        low = token.low
        if k in covered:
            if low == "of":
                return None  # "downed 48 of 53 drones": the 53 is the whole, not what was downed
            k -= 1
            continue
        if low in _OF_PLACE and k > 0 and k - 1 in covered:
            return None  # "killed 40 residents of two districts": the figure names where from
        if low in kind_before:
            return kind_before[low], k
        if low in kind_after and k > 0 and tokens[k - 1].low in {"were", "was", "been"}:
            return kind_after[low], k
        if token.text in CONNECTORS or low in DETERMINERS or low in _SKIPPED_BEFORE:
            k -= 1
            steps += 1
            continue
        if (
            others
            and token.text.replace("-", "").isalnum()
            and low not in CLAUSE_BREAK
            and low not in AUXILIARIES
            and low not in kind_after
        ):
            k -= 1  # "killing the driver and six others": over the first object
            steps += 1
            continue
        break
    return None


#: Verbs of saying that make the phrase right before them a speaker: "a hospital official said".
_SPEAKING = frozenset(word_list("said says told tells stated wrote tweeted"))


def _speaks(tokens: Sequence[Token], phrase: Phrase, kind_after: Mapping[str, ClaimKind]) -> bool:
    """Whether a verb of saying follows the phrase, over at most two lower-case words.

    "a police spokesman said", "a hospital official told".
    """
    for token in tokens[phrase.last + 1 : phrase.last + 4]:
        if token.low in _SPEAKING:
            return True
        if not (token.text.isalpha() and token.text.islower()) or token.low in kind_after:
            return False
    return False


#: What a sentence opens with when it lists the parts of the count before it: "This includes",
#: "The victims include", "Among the victims are".
_POINTERS = frozenset(word_list("this these they it victims casualties toll figure number total"))
_INCLUDING = frozenset(word_list("include includes included"))
_AMONG_GROUPS = frozenset(word_list("victims casualties dead killed wounded injured"))


def points_back(tokens: Sequence[Token], phrase: Phrase, covered: set[int]) -> int | None:
    """Where a unit that lists the parts of the count before it says so, or ``None``.

    "The toll reached 455. This includes 31 children and 44 women", "Among the victims are 12
    children": the parts count what the count before them counts. Only a unit that opens so,
    with nothing but the list between its opening and ``phrase``, points back.
    """
    i = 0
    while i < phrase.first and tokens[i].text in QUOTES:
        i += 1
    if i + 1 < phrase.first and tokens[i].low == "the":
        i += 1  # "The victims include"
    n = len(tokens)
    if i + 1 < n and tokens[i].low in _POINTERS and tokens[i + 1].low in _INCLUDING:
        opener, first = i + 1, i + 2
    elif (
        i + 3 < n
        and tokens[i].low == "among"
        and tokens[i + 1].low in {"the", "those"}
        and tokens[i + 2].low in _AMONG_GROUPS
        and tokens[i + 3].low in {"are", "were"}
    ):
        opener, first = i, i + 4
    else:
        return None
    between = range(first, phrase.first)
    if not all(x in covered or tokens[x].text in CONNECTORS for x in between):
        return None
    return opener


def listed_after(
    tokens: Sequence[Token],
    phrase: Phrase,
    claimed: Mapping[int, tuple[ClaimKind, int]],
    tables: WordTables,
) -> tuple[ClaimKind, int] | None:
    """A count listed after a claimed one shares its meaning.

    "27 people had been killed: 15 soldiers and 12 fighters", "more than 70 dead, including
    31 soldiers", "18 wounded soldiers and six civilians". A phrase followed by a verb of saying
    is who speaks, not a count in the list: "rose to 31, a police spokesman said".
    """
    if _speaks(tokens, phrase, tables.after):
        return None
    after = phrase.last + 1
    if (
        tokens[phrase.last].low in _AMONG
        and after < len(tokens)
        and tokens[after].low in AUXILIARIES
    ):
        return None  # "30,000 of whom had left": the part's own verb said nothing we count
    k = phrase.first - 1
    if k > 0 and tokens[k].low in _OF_PLACE and k - 1 in claimed:
        return None  # "killed 40 residents of two districts": where they are from
    steps = 0
    opened = False
    while k >= 0 and steps < 8:
        if k in claimed:
            return claimed[k]
        token = tokens[k]
        if token.low in _LIST_OPENERS and token.low not in {"of", "them", "whom"}:
            opened = True
        if token.text in CONNECTORS or token.low in _LIST_OPENERS:
            k -= 1
            steps += 1
            continue
        break
    if not opened and phrase.elided and phrase.head is None:
        # "killed 20: 12 in Vessa and eight in Kutum": a later part of a breakdown by place
        opened = listed_by_place(tokens, phrase.first, phrase.last + 1)
        # "were injured in the blasts, 40 of them critically": a part of the count before
        opened = opened or tokens[phrase.last].low in _AMONG
    if (
        not opened
        and phrase.first > 0
        and tokens[phrase.first - 1].low == "with"
        and after + 1 < len(tokens)
        and tokens[after].low == "among"
        and tokens[after + 1].low in _AMONG
    ):
        opened = True  # "rose to 34, with 11 children among them"
    if opened:
        # "27 people had been killed by nightfall: 15 soldiers and 12 fighters"
        earlier = [last for last in claimed if last < phrase.first and phrase.first - last <= 24]
        if earlier:
            return claimed[max(earlier)]
    return None


def revised_from(
    tokens: Sequence[Token], phrase: Phrase, claimed: Mapping[int, tuple[ClaimKind, int]]
) -> tuple[ClaimKind, int] | None:
    """The count a revised one was changed from: the kind of the new count before it.

    "The toll was cut to about 860 from a prior estimate of 940": the 940 counts what the
    860 counts. Only "from", at most three modifiers and a noun of a count
    (:data:`ESTIMATES`) with "of" may stand between the two.

    >>> import datetime as dt
    >>> from conflictfacts import extract_claims, parse_article
    >>> page = parse_article("The death toll was cut to about 860 from a prior estimate of 940.",
    ...                      published=dt.date(2031, 5, 8))
    >>> [(c.kind.value, c.quantity.text) for c in extract_claims(page)]
    [('killed', 'about 860'), ('killed', '940')]
    """
    k = phrase.first - 1
    if not (k >= 1 and tokens[k].low == "of" and tokens[k - 1].low in ESTIMATES):
        return None
    k -= 2
    steps = 0
    while k >= 0 and steps < _REVISED_GAP and tokens[k].low != "from":
        if not tokens[k].text.isalpha():
            return None
        k -= 1
        steps += 1
    if k < 1 or tokens[k].low != "from":
        return None
    earlier = [last for last in claimed if last < k and k - last <= _REVISED_GAP]
    # the noun of the count is the word that says what the figure is: "estimate of 1,400"
    return (claimed[max(earlier)][0], phrase.first - 2) if earlier else None


def included_in(
    tokens: Sequence[Token],
    phrase: Phrase,
    claimed: Mapping[int, tuple[ClaimKind, int]],
    covered: set[int],
    tables: WordTables,
) -> tuple[ClaimKind, int] | None:
    """The meaning of the total a part is listed under, whatever verb follows the list.

    "At least 12 soldiers were killed, including 11 marines and one medic, and 15 injured":
    the marines and the medic are killed, not injured. The list is opened by "including" or
    "among them" right after the total's phrase or its verb. Materiel listed under a count
    of people ("eliminated 900 fighters, including 8 tanks") was destroyed.
    """
    after = phrase.last + 1
    while after < len(tokens) and (
        tokens[after].low in AUXILIARIES or tokens[after].low in _MORE
    ):
        after += 1  # "and 1,645 more are injured"
    if phrase.modifier_kind is not None or (
        after < len(tokens) and tokens[after].low in tables.after
    ):
        return None  # "including 18 wounded soldiers", "and 15 injured" say what happened
    k = phrase.first - 1
    steps = 0
    while k >= 0 and steps < 24:
        low = tokens[k].low
        opener = low in _PART_OPENERS or (low in _AMONG and k > 0 and tokens[k - 1].low == "among")
        if opener:
            # the total or its verb, the nearest before the list within its clause: "killed 40
            # people, including", "were killed in Vessa, including"
            j = k - 1 if low in _PART_OPENERS else k - 2
            stop = max(-1, j - 8)
            found = None
            while j > stop and found is None and tokens[j].low not in CLAUSE_BREAK:
                found = claimed.get(j) or next((f for f in claimed.values() if f[1] == j), None)
                j -= 1
            if found is None:
                return None
            if phrase.head_class == EQUIPMENT and found[0] in {ClaimKind.KILLED, ClaimKind.OTHER}:
                return ClaimKind.DESTROYED, found[1]
            return found
        if k in covered or tokens[k].text in CONNECTORS:
            k -= 1
            steps += 1
            continue
        return None
    return None


def moved_on(tokens: Sequence[Token], phrase: Phrase, kind: ClaimKind) -> bool:
    """Whether ``phrase`` counts a part of a casualty group that has become ``kind``.

    "Seven of the wounded have since died": seven more dead, an increment to the toll, not a
    toll of seven.
    """
    at = phrase.last + 1
    if at >= len(tokens) or tokens[at].low != "of":
        return False
    at += 1
    if at < len(tokens) and tokens[at].low in DETERMINERS:
        at += 1
    if at + 1 < len(tokens) and tokens[at].low.endswith("ly"):
        at += 1  # "of those seriously injured"
    was = NOMINAL_KIND.get(tokens[at].low) if at < len(tokens) else None
    return was is not None and was is not ClaimKind.OTHER and was is not kind


def refined(kind: ClaimKind, verb: str, phrase: Phrase) -> ClaimKind:
    """The kind the trigger ``verb`` gives ``phrase``, read for what it counts.

    "Lost three tanks and 40 fighters": losing materiel destroys it, losing people kills
    them; people "arrested" or "detained" are arrested, not captured.
    """
    if verb in LOSS_VERBS:
        kind = _loss_kind(phrase.head_class) or kind  # "lost three tanks and 40 fighters"
    if (
        kind is ClaimKind.CAPTURED
        and phrase.quantity.unit is None
        and (phrase.head_class in (PEOPLE, SOLDIERS, FIGHTERS))
        and verb in {"arrested", "detained"}
    ):
        kind = ClaimKind.ARRESTED
    suicide = [w.lower() for w in phrase.words[-2:-1]] == ["suicide"]
    if kind is ClaimKind.KILLED and phrase.head_class in (EQUIPMENT, BUILDINGS) and not suicide:
        # "eliminated 103 tanks": materiel is destroyed ("two suicide bombers" are people)
        kind = ClaimKind.DESTROYED
    if (
        kind is ClaimKind.ARRESTED
        and phrase.head is not None
        and phrase.words
        and phrase.words[-1].lower() in MILITARY
    ):
        kind = ClaimKind.CAPTURED  # "two pilots were arrested": soldiers held are captured
    return kind


def _loss_kind(head_class: str | None) -> ClaimKind | None:
    """What losing a counted group means: people are killed, materiel destroyed."""
    if head_class in PERSONS:
        return ClaimKind.KILLED
    if head_class == EQUIPMENT:
        return ClaimKind.DESTROYED
    return None
