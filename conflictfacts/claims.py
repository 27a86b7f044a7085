"""Factual claims: who counted what, when, where, and on whose word.

A claim also has a flat form, the record (:meth:`Claim.to_record`, :meth:`Claim.from_record`),
that JSON, JSON Lines, CSV and data frames share; :mod:`conflictfacts.records` documents it.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

import attrs

from conflictfacts import _values as _v
from conflictfacts._pickling import compact
from conflictfacts.dates import Granularity, TimeSpan
from conflictfacts.errors import RecordError
from conflictfacts.quantities import Quantity, QuantityRole
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
    #: Equipment seized, territory captured, or people taken and held: soldiers taken
    #: prisoner, hostages, people abducted or kidnapped.
    CAPTURED = "captured"
    #: People missing.
    MISSING = "missing"
    #: People arrested, detained or taken prisoner.
    ARRESTED = "arrested"
    #: People abducted, kidnapped or taken hostage, for a lexicon that lists such words apart;
    #: the default lexicon counts them as ``captured``, people taken and held.
    ABDUCTED = "abducted"
    #: Troops or equipment deployed or sent.
    DEPLOYED = "deployed"
    #: Equipment or buildings damaged.
    DAMAGED = "damaged"
    #: Attacks, strikes or incidents counted.
    ATTACKS = "attacks"
    #: Any other counted fact.
    OTHER = "other"


@compact
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


@compact
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
    #: Whether the source denies the figure rather than gives it ("the army denied that 40
    #: soldiers were killed"): a denial and the claim it denies are a conflict.
    denied: bool = False


@compact
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
    #: The id of the document the article came in (a JSON Lines document's ``id``).
    document: str | None = None
    #: The page's address, when known.
    url: str | None = None
    #: Wire agencies the article credits ("(Reuters)" datelines, "dv/aw (AP, AFP)" credit
    #: lines): its copy is theirs, one source however many outlets print it.
    agencies: tuple[str, ...] = ()
    #: The moment the page was published, when its time of day is known (UTC when the crawler
    #: gave an offset): it orders the figures of one day ("12 killed" at 08:00, 20 at 19:00).
    published_at: dt.datetime | None = None


@compact
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
    #: When the figure was given: the day of the statement ("said on Sunday"), else the page's
    #: date; ``None`` when neither is known. :attr:`time` is when the counted thing happened.
    reported_on: dt.date | None = attrs.field(default=None, eq=False)
    #: Where the incident the claim refers back to is stated, when the claim takes its date,
    #: actor or place from it rather than from its own sentence (see
    #: :mod:`conflictfacts.extraction.incident`).
    frame: Span | None = attrs.field(default=None, eq=False)

    def to_record(self) -> dict[str, Any]:
        """Flatten the claim into a record (see :mod:`conflictfacts.records`).

        >>> from conflictfacts.quantities import Quantity
        >>> q = Quantity(value=9, low=9, high=9, qualifier=None, approximate=False, unit=None,
        ...              start=0, end=4, text="nine")
        >>> subject = Subject("Syrian soldiers", "Syrian soldiers")
        >>> Claim(ClaimKind.KILLED, q, subject).to_record()["value"]
        9
        """
        q = self.quantity
        first = self.evidence[0] if self.evidence else None
        attribution = self.attribution
        return {
            "kind": self.kind.value,
            "value": _v.number_out(q.value),
            "low": _v.number_out(q.low),
            "high": _v.number_out(q.high),
            "qualifier": q.qualifier,
            "unit": q.unit,
            "subject": self.subject.label,
            "actor": self.actor,
            "place": self.place,
            "date_start": self.time.start.isoformat() if self.time else None,
            "date_end": self.time.end.isoformat() if self.time else None,
            "reported_on": _v.date_out(self.reported_on),
            "source": attribution.source if attribution else None,
            "start": first.start if first else None,
            "end": first.end if first else None,
            "text": self.sentence,
            "approximate": q.approximate,
            "point": _v.number_out(q.point),
            "role": q.role.value,
            "quantity_text": q.text,
            "quantity_start": q.start,
            "quantity_end": q.end,
            "subject_text": self.subject.text,
            "affiliation": self.subject.affiliation,
            "category": self.subject.category,
            "granularity": self.time.granularity.value if self.time else None,
            "verb": attribution.verb if attribution else None,
            "distanced": attribution.distanced if attribution else False,
            "denied": attribution.denied if attribution else False,
            "source_text": attribution.text if attribution else None,
            "evidence": [[span.start, span.end] for span in self.evidence],
            "frame_start": self.frame.start if self.frame else None,
            "frame_end": self.frame.end if self.frame else None,
            "outlet": self.origin.outlet,
            "path": self.origin.path,
            "document": self.origin.document,
            "url": self.origin.url,
            "title": self.origin.title,
            "published": _v.date_out(self.origin.published),
            "agencies": "; ".join(self.origin.agencies) or None,
            "published_at": (
                self.origin.published_at.isoformat() if self.origin.published_at else None
            ),
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> Claim:
        """Rebuild a claim from a flat record; the inverse of :meth:`to_record`.

        Only ``kind`` and ``value`` are required; other fields default to empty.

        Raises:
            RecordError: a field has a value that cannot be read.

        >>> Claim.from_record({"kind": "wounded", "value": 6}).kind
        <ClaimKind.WOUNDED: 'wounded'>
        """
        kind_text = _v.text_in(record, "kind") or "other"
        try:
            kind = ClaimKind(kind_text.lower())
        except ValueError:
            kind = ClaimKind.OTHER
        value = _v.number_in(record, "value")
        if value is None:
            raise RecordError("value is required", field="value")
        low = _v.number_in(record, "low") if "low" in record else value
        high = _v.number_in(record, "high") if "high" in record else value
        role_text = _v.text_in(record, "role") or QuantityRole.TOTAL.value
        try:
            role = QuantityRole(role_text)
        except ValueError as error:
            raise RecordError(f"unknown role {role_text!r}", field="role") from error
        quantity_text = _v.text_in(record, "quantity_text") or str(record.get("value"))
        q_start = _v.int_in(record, "quantity_start")
        quantity = Quantity(
            value=value,
            low=low,
            high=high,
            qualifier=_v.text_in(record, "qualifier"),
            approximate=_v.bool_in(record, "approximate"),
            unit=_v.text_in(record, "unit"),
            start=q_start,
            end=_v.int_in(record, "quantity_end", q_start + len(quantity_text)),
            text=quantity_text,
            point=_v.number_in(record, "point"),
            role=role,
        )
        label = _v.text_in(record, "subject") or ""
        subject = Subject(
            text=_v.text_in(record, "subject_text") or label,
            label=label,
            affiliation=_v.text_in(record, "affiliation"),
            category=_v.text_in(record, "category"),
        )
        start, end = _v.date_in(record, "date_start"), _v.date_in(record, "date_end")
        first = start if start is not None else end
        last = end if end is not None else start
        time = None
        if first is not None and last is not None:
            if last < first:
                raise RecordError("date_end is before date_start", field="date_end")
            granularity_text = _v.text_in(record, "granularity")
            try:
                granularity = (
                    Granularity(granularity_text)
                    if granularity_text
                    else (Granularity.DAY if first == last else Granularity.PERIOD)
                )
            except ValueError as error:
                raise RecordError(
                    f"unknown granularity {granularity_text!r}", field="granularity"
                ) from error
            time = TimeSpan(first, last, granularity)
        source = _v.text_in(record, "source")
        attribution = (
            Attribution(
                source=source,
                verb=_v.text_in(record, "verb"),
                distanced=_v.bool_in(record, "distanced"),
                denied=_v.bool_in(record, "denied"),
                text=_v.text_in(record, "source_text"),
            )
            if source
            else None
        )
        return cls(
            kind=kind,
            quantity=quantity,
            subject=subject,
            actor=_v.text_in(record, "actor"),
            place=_v.text_in(record, "place"),
            time=time,
            attribution=attribution,
            evidence=_v.evidence_in(record),
            sentence=_v.text_in(record, "text") or "",
            origin=Origin(
                outlet=_v.text_in(record, "outlet"),
                path=_v.text_in(record, "path"),
                title=_v.text_in(record, "title"),
                published=_v.date_in(record, "published"),
                document=_v.text_in(record, "document"),
                url=_v.text_in(record, "url"),
                agencies=tuple(
                    name
                    for part in (_v.text_in(record, "agencies") or "").split(";")
                    if (name := part.strip())
                ),
                published_at=_v.moment_in(record, "published_at"),
            ),
            reported_on=_v.date_in(record, "reported_on"),
            frame=_v.span_in(record, "frame_start", "frame_end"),
        )
