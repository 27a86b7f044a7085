"""Batches of articles: the date a page without one may borrow from the pages it came with.

A page that shows no date of its own (not in its text, not in its address) may take one from
the other articles of its batch, but only from those that tell the same story: they name a
place below the level of a country that it names too, and at least one other place or party,
and their own dates lie within weeks of each other. A 2025 report never borrows a year from a
2023 one about another war.

>>> import datetime as dt
>>> from conflictfacts.article import parse_article
>>> dated = parse_article("Shelling hit Goma in North Kivu on Monday; the M23 said ten died.",
...                       published=dt.date(2031, 4, 9))
>>> undated = parse_article("The M23 has retaken Goma, residents said.")
>>> elsewhere = parse_article("Floods hit Kassala, Sudan.", published=dt.date(2019, 8, 1))
>>> context_dates([dated, undated, elsewhere])
(None, datetime.date(2031, 4, 9), None)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from conflictfacts.article import Article, DateBasis
from conflictfacts.errors import InputTypeError
from conflictfacts.gazetteer import ActorKind, Gazetteer, PlaceKind

__all__ = ["STORY_WINDOW_DAYS", "context_dates", "story_names"]

#: How far from the median of its related articles' dates a date may lie and still count.
STORY_WINDOW_DAYS = 31

#: Dates a page shows of its own, as against dates inferred for it.
_SHOWN = frozenset({DateBasis.CALLER, DateBasis.PAGE, DateBasis.URL})

#: Parties too general to tie two stories together.
_GENERAL_ACTORS = frozenset({ActorKind.MEDIA, ActorKind.PERSON_ROLE, ActorKind.OTHER})


def story_names(
    article: Article, gazetteer: Gazetteer | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """The places below country level, and every place and party, that an article names.

    Args:
        article: a parsed article.
        gazetteer: the names to look for (default:
            :meth:`~conflictfacts.gazetteer.Gazetteer.default`).

    Returns:
        ``(local places, all names)``, each a set of canonical names.

    >>> from conflictfacts.article import parse_article
    >>> story_names(parse_article("Drones hit Hudaydah, Yemen, the Houthis said."))[0]
    frozenset({'Hodeidah'})
    """
    if not isinstance(article, Article):
        raise InputTypeError(f"story_names() expects an Article, got {type(article).__name__}")
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    text = article.body if article.title is None else f"{article.title}\n\n{article.body}"
    actors, places = gaz.find_names(text)
    local = frozenset(m.entry.name for m in places if m.entry.kind is not PlaceKind.COUNTRY)
    names = frozenset(m.entry.name for m in places) | frozenset(
        m.entry.name for m in actors if m.entry.kind not in _GENERAL_ACTORS
    )
    return local, names


def _median(days: Sequence[dt.date]) -> dt.date:
    ordered = sorted(days)
    return ordered[(len(ordered) - 1) // 2]


def context_dates(
    articles: Sequence[Article], *, gazetteer: Gazetteer | None = None
) -> tuple[dt.date | None, ...]:
    """For each article with no date of its own, the date its related articles give.

    Two articles are related when they name a common place below country level and at least
    one more common place or party. The context is the median of the related articles' own
    dates (shown on the page or in its address, never inferred), kept only when at least
    two thirds of them, and no fewer than one, lie within :data:`STORY_WINDOW_DAYS` of it.
    Pass it to :func:`~conflictfacts.article.parse_article` as ``context``.

    Args:
        articles: the batch, parsed once without a context.
        gazetteer: the names that relate articles (default:
            :meth:`~conflictfacts.gazetteer.Gazetteer.default`).

    Returns:
        One entry per article: the context date, or ``None`` (dated articles, and undated
        ones with no related dated article, get ``None``).

    >>> from conflictfacts.article import parse_article
    >>> dated = parse_article("RSF drones hit El Fasher, Sudan.", published=dt.date(2031, 5, 6))
    >>> context_dates([dated, parse_article("The RSF shelled El Fasher, Sudan, again.")])
    (None, datetime.date(2031, 5, 6))
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    names = [story_names(article, gaz) for article in articles]
    dated = [
        index
        for index, article in enumerate(articles)
        if article.published is not None and article.date_basis in _SHOWN
    ]
    contexts: list[dt.date | None] = []
    for index, article in enumerate(articles):
        if article.published is not None and article.date_basis in _SHOWN:
            contexts.append(None)
            continue
        local, everything = names[index]
        related = [
            day
            for other in dated
            if local & names[other][0]
            and len(everything & names[other][1]) >= 2
            and (day := articles[other].published) is not None
        ]
        context = None
        if related:
            middle = _median(related)
            window = dt.timedelta(days=STORY_WINDOW_DAYS)
            near = [day for day in related if abs(day - middle) <= window]
            if 3 * len(near) >= 2 * len(related):
                context = _median(near)
        contexts.append(context)
    return tuple(contexts)
