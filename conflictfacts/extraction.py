"""Extraction of claims from a parsed article.

(Being written.)
"""

from __future__ import annotations

from conflictfacts.article import Article
from conflictfacts.claims import Claim
from conflictfacts.errors import InputTypeError

__all__ = ["extract_claims"]


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Return the claims of ``article``, in order of first evidence."""
    if not isinstance(article, Article):
        raise InputTypeError(f"extract_claims() expects an Article, got {type(article).__name__}")
    return ()
