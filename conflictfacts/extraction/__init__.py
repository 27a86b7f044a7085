"""Extraction of claims from a parsed article: the grammar of counts in conflict reporting.

:func:`extract_claims` reads the headline, the body sentences and the captions of an
:class:`~conflictfacts.article.Article`, and for every count it finds asks what happened to
whom, who did it, where, when and on whose word.
"""

from conflictfacts.extraction.merge import MERGE_WINDOW
from conflictfacts.extraction.reader import MAX_UNIT_CHARS, extract_claims

__all__ = ["MAX_UNIT_CHARS", "MERGE_WINDOW", "extract_claims"]
