"""Factual claims: who counted what, when, where, and on whose word.

(Extraction is being written; the models below are stable.)
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

import attrs

from conflictfacts.dates import TimeSpan
from conflictfacts.quantities import Quantity
from conflictfacts.spans import Span

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["Attribution", "Claim", "ClaimKind", "Origin", "Subject"]


class ClaimKind(enum.Enum):
    """What a claim counts.

    >>> ClaimKind("displaced"), ClaimKind.KILLED.value
    (<ClaimKind.DISPLACED: 'displaced'>, 'killed')
    """

    #: People killed.
    KILLED = "killed"
    #: People wounded or injured.
    WOUNDED = "wounded"
    #: People displaced, fled or made homeless.
    DISPLACED = "displaced"
    #: Equipment or buildings destroyed.
    DESTROYED = "destroyed"
    #: Equipment seized or territory captured.
    CAPTURED = "captured"
    #: People missing.
    MISSING = "missing"
    #: People arrested, detained or taken prisoner.
    ARRESTED = "arrested"
    #: People abducted, kidnapped or taken hostage.
    ABDUCTED = "abducted"
    #: Troops or equipment deployed or sent.
    DEPLOYED = "deployed"
    #: Equipment or buildings damaged.
    DAMAGED = "damaged"
    #: Attacks, strikes or incidents counted.
    ATTACKS = "attacks"
    #: Any other counted fact.
    OTHER = "other"


@attrs.frozen
class Subject:
    """The group or thing counted.

    >>> Subject(text="Turkish troops", label="Turkish soldiers", affiliation="Turkish",
    ...         category="soldiers").label
    'Turkish soldiers'
    """

    #: The phrase as written ("Turkish troops").
    text: str = attrs.field(eq=False)
    #: The normalised label ("Turkish soldiers"), used to compare claims.
    label: str
    #: Nationality or side ("Turkish", "pro-government"), when stated or resolved.
    affiliation: str | None = None
    #: The category counted ("soldiers", "civilians", "tanks").
    category: str | None = None


@attrs.frozen
class Attribution:
    """Whom the article credits for a figure, and how.

    >>> Attribution(source="Syrian Observatory for Human Rights", verb="said").distanced
    False
    """

    #: The source's canonical name ("Syrian Observatory for Human Rights").
    source: str
    #: The reporting verb or phrase ("said", "claimed", "according to").
    verb: str | None = None
    #: Whether the outlet keeps its distance ("claimed", "alleged") rather than reporting ("said").
    distanced: bool = False
    #: The source as written in the article ("a Syrian opposition war monitor").
    text: str | None = attrs.field(default=None, eq=False)


@attrs.frozen
class Origin:
    """The article a claim came from.

    >>> Origin(outlet="Meridian Wire", path="01.txt").outlet
    'Meridian Wire'
    """

    #: The outlet's name.
    outlet: str | None = None
    #: Where the article was read from: a path or a URL.
    path: str | None = None
    #: The headline.
    title: str | None = None
    #: The article's (possibly inferred) date.
    published: dt.date | None = None


@attrs.frozen
class Claim:
    """One factual claim: a quantity of something, with its context and provenance.

    Claims compare by meaning: two claims with the same kind, figure, subject, actor, place,
    time and source are equal even when they come from different sentences.

    >>> from conflictfacts.quantities import Quantity
    >>> q = Quantity(value=9, low=9, high=9, qualifier=None, approximate=False, unit=None,
    ...              start=0, end=4, text="Nine")
    >>> one = Claim(ClaimKind.KILLED, q, Subject("civilians", "civilians"), place="Goma")
    >>> two = Claim(ClaimKind.KILLED, q, Subject("civilians", "civilians"), place="Goma",
    ...             evidence=(Span(40, 60),))
    >>> one == two
    True
    """

    #: What is counted.
    kind: ClaimKind
    #: The figure, as stated and as an interval.
    quantity: Quantity
    #: Who or what was counted.
    subject: Subject
    #: The perpetrator, when the text says ("Russia", "Syrian government forces").
    actor: str | None = None
    #: Where, when the text says ("Idlib").
    place: str | None = None
    #: When, resolved against the article's date.
    time: TimeSpan | None = None
    #: Whom the article credits for the figure; ``None`` when the outlet states it itself.
    attribution: Attribution | None = None
    #: Spans of the words that state the claim (figure, counted group and verb), in the
    #: original text; one per time the article states it.
    evidence: tuple[Span, ...] = attrs.field(default=(), eq=False)
    #: The sentence of the first evidence span.
    sentence: str = attrs.field(default="", eq=False)
    #: The article the claim came from.
    origin: Origin = attrs.field(factory=Origin, eq=False)

    def to_record(self) -> dict[str, Any]:
        """Flatten the claim into a record (see :mod:`conflictfacts.records`).

        >>> from conflictfacts.quantities import Quantity
        >>> q = Quantity(value=9, low=9, high=9, qualifier=None, approximate=False, unit=None,
        ...              start=0, end=4, text="nine")
        >>> subject = Subject("Syrian soldiers", "Syrian soldiers")
        >>> Claim(ClaimKind.KILLED, q, subject).to_record()["value"]
        9
        """
        from conflictfacts.records import claim_to_record  # noqa: PLC0415 - records builds on this module

        return claim_to_record(self)

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Claim:
        """Rebuild a claim from a flat record; the inverse of :meth:`to_record`.

        >>> Claim.from_record({"kind": "wounded", "value": 6}).kind
        <ClaimKind.WOUNDED: 'wounded'>
        """
        from conflictfacts.records import claim_from_record  # noqa: PLC0415 - records builds on this module

        return claim_from_record(record)
