"""conflictfacts: read conflict news, extract factual claims, compare them across sources.

The pipeline is four pure functions, each from the previous stage's frozen object:
:func:`~conflictfacts.article.parse_article` (page text to an
:class:`~conflictfacts.article.Article`), :func:`~conflictfacts.extraction.extract_claims`
(article to :class:`~conflictfacts.claims.Claim` objects), :func:`~conflictfacts.compare.compare`
(claims of many articles to a :class:`~conflictfacts.compare.Comparison` of
:class:`~conflictfacts.compare.Fact` objects), with
:func:`~conflictfacts.quantities.find_quantities` and :func:`~conflictfacts.dates.find_dates`
as the parsers underneath. :func:`~conflictfacts.pipeline.extract_documents` runs many
documents through the first two, lazily and in order, on one core or many, and
:func:`~conflictfacts.frames.to_dataframe` turns what comes out into pandas.

>>> import conflictfacts
>>> isinstance(conflictfacts.__version__, str)
True
"""

from conflictfacts._version import __version__
from conflictfacts.article import (
    Article,
    Caption,
    DateBasis,
    Sentence,
    parse_article,
    split_sentences,
)
from conflictfacts.batch import context_dates
from conflictfacts.claims import Attribution, Claim, ClaimKind, Origin, Subject
from conflictfacts.compare import (
    Comparison,
    ComparisonPolicy,
    Fact,
    Relation,
    SumCheck,
    blocking_key,
    check_sums,
    compare,
    compare_group,
)
from conflictfacts.dates import DateMention, Granularity, TimeSpan, find_dates, resolve_date
from conflictfacts.discrepancies import (
    Discrepancy,
    DiscrepancyKind,
    DiscrepancyValue,
    find_discrepancies,
)
from conflictfacts.documents import Document, DocumentError, read_documents
from conflictfacts.errors import (
    ConflictFactsError,
    InputTypeError,
    InputValueError,
    MissingExtraError,
    RecordError,
)
from conflictfacts.exports import render_acled, render_ucdp
from conflictfacts.extraction import extract_claims
from conflictfacts.extraction.incident import Incident, read_incidents
from conflictfacts.frames import claims_from_dataframe, to_dataframe
from conflictfacts.gazetteer import ActorEntry, ActorKind, Gazetteer, PlaceEntry, PlaceKind
from conflictfacts.lexicon import GroupKind, Lexicon
from conflictfacts.pipeline import (
    ExtractionError,
    ExtractionResult,
    extract_document,
    extract_documents,
)
from conflictfacts.quantities import Quantity, QuantityRole, find_quantities
from conflictfacts.records import claim_from_record, claim_to_record
from conflictfacts.report import render_html
from conflictfacts.spans import Span
from conflictfacts.webpages import HtmlPage, parse_html, read_html

__all__ = [
    "ActorEntry",
    "ActorKind",
    "Article",
    "Attribution",
    "Caption",
    "Claim",
    "ClaimKind",
    "Comparison",
    "ComparisonPolicy",
    "ConflictFactsError",
    "DateBasis",
    "DateMention",
    "Discrepancy",
    "DiscrepancyKind",
    "DiscrepancyValue",
    "Document",
    "DocumentError",
    "ExtractionError",
    "ExtractionResult",
    "Fact",
    "Gazetteer",
    "Granularity",
    "GroupKind",
    "HtmlPage",
    "Incident",
    "InputTypeError",
    "InputValueError",
    "Lexicon",
    "MissingExtraError",
    "Origin",
    "PlaceEntry",
    "PlaceKind",
    "Quantity",
    "QuantityRole",
    "RecordError",
    "Relation",
    "Sentence",
    "Span",
    "Subject",
    "SumCheck",
    "TimeSpan",
    "__version__",
    "blocking_key",
    "check_sums",
    "claim_from_record",
    "claim_to_record",
    "claims_from_dataframe",
    "compare",
    "compare_group",
    "context_dates",
    "extract_claims",
    "extract_document",
    "extract_documents",
    "find_dates",
    "find_discrepancies",
    "find_quantities",
    "parse_article",
    "parse_html",
    "read_documents",
    "read_html",
    "read_incidents",
    "render_acled",
    "render_html",
    "render_ucdp",
    "resolve_date",
    "split_sentences",
    "to_dataframe",
]
