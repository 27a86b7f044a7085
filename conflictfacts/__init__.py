"""conflictfacts: read conflict news, extract factual claims, compare them across sources.

>>> import conflictfacts
>>> isinstance(conflictfacts.__version__, str)
True
"""

from conflictfacts._version import __version__
from conflictfacts.article import Article, Caption, Sentence, parse_article
from conflictfacts.claims import Attribution, Claim, ClaimKind, Origin, Subject
from conflictfacts.dates import DateMention, Granularity, TimeSpan, find_dates, resolve_date
from conflictfacts.errors import ConflictFactsError, InputTypeError, InputValueError, RecordError
from conflictfacts.quantities import Quantity, QuantityRole, find_quantities
from conflictfacts.spans import Span

__all__ = [
    "Article",
    "Attribution",
    "Caption",
    "Claim",
    "ClaimKind",
    "ConflictFactsError",
    "DateMention",
    "Granularity",
    "InputTypeError",
    "InputValueError",
    "Origin",
    "Quantity",
    "QuantityRole",
    "RecordError",
    "Sentence",
    "Span",
    "Subject",
    "TimeSpan",
    "__version__",
    "find_dates",
    "find_quantities",
    "parse_article",
    "resolve_date",
]
