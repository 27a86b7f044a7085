"""Pipelines: many documents through extraction, lazily, in order, on one core or many.

:func:`extract_documents` turns a stream of :class:`~conflictfacts.documents.Document` objects
into one :class:`ExtractionResult` per document, in input order. It is a generator: it reads a
document only when a result is wanted (plus a bounded look-ahead when an executor runs them), so
memory stays flat over any number of documents. It runs in this process by default, or on any
:class:`concurrent.futures.Executor` (a :class:`~concurrent.futures.ProcessPoolExecutor`, or a
Dask client's ``get_executor()``). A document that fails gives a result carrying an
:class:`ExtractionError` with its id; the others go on.

>>> from conflictfacts.documents import Document
>>> pages = [
...     Document("Nine soldiers were wounded in Goma on Tuesday, the army said.", id="a",
...              published=dt.date(2031, 4, 10)),
...     Document(b"not text", id="b"),  # type: ignore[arg-type]
... ]
>>> for result in extract_documents(pages):
...     print(result.document, [c.quantity.value for c in result.claims], result.error)
a [9] None
b [] document 'b': InputTypeError: parse_article() expects text as str, got bytes

Each document is read on its own: a page that shows no date (not in its text, not in its
address, not in ``Document.published``) keeps an unknown date, because a stream cannot see
the other documents. The command line, which holds its whole batch, lets such a page borrow a
date from the inputs that tell the same story (:func:`conflictfacts.batch.context_dates`); do
the same with :func:`extract_document`'s ``context``.
"""

from __future__ import annotations

import collections
import concurrent.futures
import datetime as dt
import itertools
import os
import sys
import time
import traceback
from collections.abc import Generator, Iterable, Sized
from typing import IO, Protocol

import attrs

from conflictfacts._pickling import compact
from conflictfacts.article import Article, parse_article
from conflictfacts.claims import Claim, Origin
from conflictfacts.documents import Document, DocumentError
from conflictfacts.errors import (
    ConflictFactsError,
    InputTypeError,
    InputValueError,
    MissingExtraError,
)
from conflictfacts.extraction import extract_claims
from conflictfacts.gazetteer import Gazetteer
from conflictfacts.lexicon import Lexicon
from conflictfacts.webpages import parse_html

__all__ = [
    "DEFAULT_CHUNKSIZE",
    "ExtractionError",
    "ExtractionResult",
    "extract_document",
    "extract_documents",
]

#: Documents per task sent to an executor: an article takes a millisecond or a few, so a task
#: of 64 makes the executor's own cost per task small (about 1 ms on a process pool, several on
#: a Dask cluster). A stream of known length gets smaller chunks when it would otherwise give
#: a worker fewer than four.
DEFAULT_CHUNKSIZE = 64


class ExtractionError(ConflictFactsError):
    """A document that could not be read or extracted, with its id and what went wrong.

    It is returned in :attr:`ExtractionResult.error`, never raised by the pipeline; raise it
    yourself to stop on the first failure. It pickles with its attributes, so it crosses
    process boundaries intact.

    Attributes:
        document: the id of the document (``None`` when it has none).
        reason: the name of the exception that stopped it (``"InputTypeError"``,
            ``"DocumentError"`` for a JSON Lines line that could not be read).
        details: the traceback where it failed, for a bug report (empty when there is none).

    >>> error = ExtractionError("document 'a': boom", document="a", reason="ValueError")
    >>> error.document, error.reason, isinstance(error, ConflictFactsError)
    ('a', 'ValueError', True)
    """

    def __init__(
        self,
        message: str,
        *,
        document: str | None = None,
        reason: str = "",
        details: str = "",
    ) -> None:
        super().__init__(message)
        self.document = document
        self.reason = reason
        self.details = details

    def __repr__(self) -> str:
        return f"ExtractionError({self.args[0]!r}, document={self.document!r})"


def _error_key(error: ExtractionError | None) -> tuple[str, str | None, str] | None:
    """What makes two errors the same: message, document and reason (not the traceback)."""
    if error is None:
        return None
    return (str(error), error.document, error.reason)


@compact
@attrs.frozen
class ExtractionResult:
    """What one document gave: its article and claims, or the error that stopped it.

    :func:`~conflictfacts.compare.compare` accepts results as they are (it reads their
    ``claims``); a failed result has none.

    >>> result = extract_document(Document("Two soldiers died in Goma.", id="x"))
    >>> result.ok, result.document, len(result.claims), result.article.body
    (True, 'x', 1, 'Two soldiers died in Goma.')
    """

    #: The document's id (``None`` when it has none); claims carry it in ``Origin.document``.
    document: str | None
    #: The parsed article; ``None`` when the document failed.
    article: Article | None = attrs.field(default=None, repr=False)
    #: The claims, in order of first evidence; empty when none were found or the document failed.
    claims: tuple[Claim, ...] = ()
    #: Why the document failed; ``None`` when it did not. Compared by message, id and reason.
    error: ExtractionError | None = attrs.field(default=None, eq=_error_key)

    @property
    def ok(self) -> bool:
        """Whether the document was extracted (with or without claims).

        >>> ExtractionResult(document="a", error=ExtractionError("boom")).ok
        False
        """
        return self.error is None


def _failed(document: str | None, error: BaseException, details: str) -> ExtractionResult:
    reason = type(error).__name__
    label = "a document" if document is None else f"document {document!r}"
    return ExtractionResult(
        document=document,
        error=ExtractionError(
            f"{label}: {reason}: {error}", document=document, reason=reason, details=details
        ),
    )


def extract_document(
    document: Document | DocumentError,
    *,
    context: dt.date | None = None,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
) -> ExtractionResult:
    """Parse and extract one document; a failure comes back as the result's error.

    The document's ``published``, ``url`` and ``outlet`` go to
    :func:`~conflictfacts.article.parse_article` (or, for a document with ``html`` and no text,
    to :func:`~conflictfacts.webpages.parse_html`, which needs the ``[html]`` extra); its
    ``title``, when given, replaces the one the page shows. Every claim's
    :class:`~conflictfacts.claims.Origin` names the document.

    Args:
        document: the document, or the :class:`~conflictfacts.documents.DocumentError` that
            :func:`~conflictfacts.documents.read_documents` gave for a bad line (it becomes a
            failed result, so a stream keeps one result per line).
        context: a date for a page that shows none of its own, as
            :func:`~conflictfacts.batch.context_dates` gives it from the pages it came with.
        gazetteer: the actors and places to know (default:
            :meth:`~conflictfacts.gazetteer.Gazetteer.default`).
        lexicon: the words to read claims by (default:
            :meth:`~conflictfacts.lexicon.Lexicon.default`).

    Returns:
        The result: the article and its claims, or an :class:`ExtractionError`.

    Raises:
        InputTypeError: ``document`` is neither a document nor a document error.
        MissingExtraError: a web page came without the ``[html]`` extra installed (every page
            would fail alike, so it is the run's error, not the document's).

    >>> page = Document("Shelling killed 4 civilians in Kharkiv on Monday, officials said.",
    ...                 id="k1", published=dt.date(2031, 4, 9), outlet="Example News")
    >>> claim = extract_document(page).claims[0]
    >>> claim.kind.value, claim.time.start, claim.origin.document, claim.origin.outlet
    ('killed', datetime.date(2031, 4, 7), 'k1', 'Example News')
    """
    if isinstance(document, DocumentError):
        line = None if document.line is None else str(document.line)
        return _failed(line, document, "")
    if not isinstance(document, Document):
        raise InputTypeError(
            f"extract_document() expects a Document, got {type(document).__name__}"
        )
    try:
        if document.html is not None and not document.text:
            # a web page: its main text, read with the [html] extra
            article = parse_html(
                document.html,
                document.url,
                published=document.published,
                outlet=document.outlet,
                context=context,
            )
        else:
            article = parse_article(
                document.text,
                published=document.published,
                url=document.url,
                outlet=document.outlet,
                context=context,
            )
        if document.title is not None and document.title != article.title:
            article = attrs.evolve(article, title=document.title, title_span=None)
        origin = Origin(
            outlet=article.outlet,
            title=article.title,
            published=article.published,
            document=document.id,
            url=article.url,
            agencies=article.agencies,
            published_at=(
                document.published_at
                if document.published is not None and document.published == article.published
                else None
            ),
        )
        claims = tuple(
            attrs.evolve(claim, origin=origin)
            for claim in extract_claims(article, gazetteer=gazetteer, lexicon=lexicon)
        )
    except MissingExtraError:
        raise  # the whole run needs the extra: the caller says which to install
    except Exception as error:  # one document's failure must not stop the others
        return _failed(document.id, error, traceback.format_exc())
    return ExtractionResult(document=document.id, article=article, claims=claims)


def _extract_chunk(
    documents: list[Document | DocumentError],
    gazetteer: Gazetteer | None,
    lexicon: Lexicon | None = None,
) -> list[ExtractionResult]:
    """The task an executor runs: one result per document of a chunk."""
    return [
        extract_document(document, gazetteer=gazetteer, lexicon=lexicon) for document in documents
    ]


# ------------------------------------------------------------------------------- progress


class _Progress(Protocol):
    def update(self, n: int = 1) -> object: ...

    def close(self) -> None: ...


class _Counter:
    """A one-line progress counter on a terminal, for when tqdm is not installed."""

    def __init__(self, total: int | None, stream: IO[str]) -> None:
        self.total = total
        self.stream = stream
        self.count = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def update(self, n: int = 1) -> None:
        self.count += n
        now = time.monotonic()
        if now - self.shown >= 0.2 or self.count == self.total:
            self.shown = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        done = f"{self.count:,}" if self.total is None else f"{self.count:,}/{self.total:,}"
        self.stream.write(f"\rdocuments: {done} ({self.count / elapsed:,.1f}/s)")
        self.stream.flush()

    def close(self) -> None:
        self._draw(time.monotonic())
        self.stream.write("\n")
        self.stream.flush()


def _progress_bar(total: int | None, stream: IO[str]) -> _Progress:
    """A tqdm bar when tqdm is installed (the ``[progress]`` extra), else a plain counter."""
    try:
        from tqdm import tqdm  # noqa: PLC0415 - optional: the core needs no tqdm
    except ImportError:
        return _Counter(total, stream)
    bar: _Progress = tqdm(
        total=total, unit="doc", desc="documents", file=stream, dynamic_ncols=True
    )
    return bar


# ------------------------------------------------------------------------------- streaming


def _workers(executor: concurrent.futures.Executor) -> int:
    """How many tasks the executor runs at once, when it says (the standard pools do)."""
    workers = getattr(executor, "_max_workers", None)
    if isinstance(workers, int) and workers > 0:
        return workers
    return os.cpu_count() or 1


def _checked(item: object) -> Document | DocumentError:
    if not isinstance(item, Document | DocumentError):
        raise InputTypeError(
            f"extract_documents() expects Document objects, got {type(item).__name__}"
        )
    return item


def extract_documents(
    documents: Iterable[Document | DocumentError],
    *,
    executor: concurrent.futures.Executor | None = None,
    chunksize: int | None = None,
    progress: bool | IO[str] = False,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
    max_pending: int | None = None,
) -> Generator[ExtractionResult, None, None]:
    """Extract many documents, lazily: one result per document, in input order.

    Without an executor each document is extracted in this process when its result is asked
    for. With one, documents go out in chunks of ``chunksize``, and at most ``max_pending``
    chunks are out (submitted and not yet yielded) at any time: the stream is never read
    ahead further than that, so memory stays flat however long it is. Results come back in
    input order whichever chunk finishes first. Closing the generator early cancels the
    chunks not yet started.

    A page that shows no date of its own keeps an unknown date (``Article.published`` and its
    claims' dates are ``None``, ``date_basis`` is ``None``): unlike the command line, a stream
    cannot see the other documents a page could borrow a date from. Give documents their
    ``published`` date, or pass a ``context`` per page to :func:`extract_document`.

    A failure of the executor itself (a worker process that died, a document that cannot be
    pickled) is raised from the generator: it is no document's fault, and later chunks would
    fail the same way.

    Args:
        documents: the documents, any iterable (a generator, a list, ``read_documents(file)``,
            whose bad lines come out as failed results in their place).
        executor: where to run: ``None`` for this process, or any
            :class:`concurrent.futures.Executor` (a
            :class:`~concurrent.futures.ProcessPoolExecutor`, a Dask client's
            ``get_executor()``). Documents, results and the gazetteer are pickled to and from
            it.
        chunksize: documents per task (default: :data:`DEFAULT_CHUNKSIZE`, or fewer for a
            short stream of known length, so that every worker gets four chunks; a stream of
            known length then ends in smaller and smaller chunks, so that the workers finish
            together).
        progress: show a progress bar on standard error, or on the text stream given (tqdm
            when installed, else a counter), with the total when ``documents`` has a length.
        gazetteer: the actors and places to know (default:
            :meth:`~conflictfacts.gazetteer.Gazetteer.default`, which each worker loads once;
            another gazetteer travels with each chunk as its entries, about 150 KB, and is
            rebuilt once per worker).
        lexicon: the words to read claims by (default:
            :meth:`~conflictfacts.lexicon.Lexicon.default`, which each worker loads once;
            another lexicon travels with each chunk as its words).
        max_pending: most chunks out at once (default: twice the executor's workers when it
            says how many, as the standard pools do, else twice this machine's cores; give
            more for a cluster).

    Returns:
        A generator of results, one per document, in input order.

    Raises:
        InputTypeError: ``executor`` is not an executor, or the stream holds something other
            than documents (raised from the generator when it reads that item).
        InputValueError: ``chunksize`` or ``max_pending`` is not a positive integer.

    >>> from concurrent.futures import ThreadPoolExecutor
    >>> texts = ["Two soldiers died in Goma.", "No figures here.", "Shelling killed 5 people."]
    >>> documents = (Document(text, id=str(n)) for n, text in enumerate(texts))
    >>> with ThreadPoolExecutor(2) as pool:
    ...     print([len(r.claims) for r in extract_documents(documents, executor=pool)])
    [1, 0, 1]
    """
    if executor is not None and not isinstance(executor, concurrent.futures.Executor):
        raise InputTypeError(
            "extract_documents() expects a concurrent.futures.Executor, got "
            f"{type(executor).__name__}"
        )
    for name, value in (("chunksize", chunksize), ("max_pending", max_pending)):
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputValueError(f"extract_documents() expects {name} >= 1, got {value!r}")
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise InputTypeError(
            f"extract_documents() expects a Gazetteer, got {type(gazetteer).__name__}"
        )
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise InputTypeError(
            f"extract_documents() expects a Lexicon, got {type(lexicon).__name__}"
        )
    total = len(documents) if isinstance(documents, Sized) else None
    if executor is None:
        stream = _in_process(documents, gazetteer, lexicon)
    else:
        workers = _workers(executor)
        pending = max_pending if max_pending is not None else 2 * workers
        # a stream of known length ends in smaller chunks, so that no worker idles while
        # another finishes a whole chunk (only when the caller left the chunk size to us)
        taper = None
        if chunksize is None:
            chunksize = DEFAULT_CHUNKSIZE
            if total is not None:
                chunksize = max(1, min(chunksize, -(-total // (4 * workers))))
                taper = (total, 2 * workers)
        stream = _on_executor(
            documents, executor, chunksize, pending, gazetteer, taper, lexicon
        )
    if progress is False:
        return stream
    return _shown(stream, total, sys.stderr if progress is True else progress)


def _in_process(
    documents: Iterable[Document | DocumentError],
    gazetteer: Gazetteer | None,
    lexicon: Lexicon | None = None,
) -> Generator[ExtractionResult, None, None]:
    for item in documents:
        yield extract_document(_checked(item), gazetteer=gazetteer, lexicon=lexicon)


def _on_executor(
    documents: Iterable[Document | DocumentError],
    executor: concurrent.futures.Executor,
    chunksize: int,
    max_pending: int,
    gazetteer: Gazetteer | None,
    taper: tuple[int, int] | None = None,
    lexicon: Lexicon | None = None,
) -> Generator[ExtractionResult, None, None]:
    items = iter(documents)
    read = 0
    pending: collections.deque[concurrent.futures.Future[list[ExtractionResult]]] = (
        collections.deque()
    )
    try:
        while True:
            size = chunksize
            if taper is not None:
                total, shares = taper
                size = max(1, min(chunksize, -(-(total - read) // shares)))
            chunk = [_checked(item) for item in itertools.islice(items, size)]
            read += len(chunk)
            if chunk:
                pending.append(executor.submit(_extract_chunk, chunk, gazetteer, lexicon))
            if not pending:
                return
            if chunk and len(pending) < max_pending:
                continue
            yield from pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _shown(
    stream: Iterable[ExtractionResult], total: int | None, shown_on: IO[str]
) -> Generator[ExtractionResult, None, None]:
    bar = _progress_bar(total, shown_on)
    try:
        for result in stream:
            bar.update(1)
            yield result
    finally:
        bar.close()
