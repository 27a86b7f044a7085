"""The streaming batch API: order, laziness, bounded look-ahead, failures, executors, pickling."""

from __future__ import annotations

import concurrent.futures
import datetime as dt
import itertools
import pickle
import sys
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictfacts import (
    ActorEntry,
    ActorKind,
    Document,
    DocumentError,
    Gazetteer,
    compare,
    read_documents,
)
from conflictfacts.errors import ConflictFactsError, InputTypeError, InputValueError
from conflictfacts.pipeline import (
    ExtractionError,
    ExtractionResult,
    _Counter,
    extract_document,
    extract_documents,
)
from tests.strategies import comparable_claims, documents, generated_documents

GOOD = Document(
    "Shelling killed 4 civilians in Kharkiv on Monday, officials said.",
    id="good",
    published=dt.date(2031, 4, 9),
)
BAD = Document(b"bytes are not text", id="bad")  # type: ignore[arg-type]


def records(results: list[ExtractionResult]) -> list[list[dict[str, Any]]]:
    return [[claim.to_record() for claim in result.claims] for result in results]


# ---------------------------------------------------------------- a stand-in executor


class LazyExecutor(concurrent.futures.Executor):
    """Runs a task only when its result is asked for, and remembers every submission."""

    def __init__(self) -> None:
        self.submitted: list[concurrent.futures.Future[Any]] = []

    def submit(
        self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any
    ) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = _LazyFuture(lambda: fn(*args, **kwargs))
        self.submitted.append(future)
        return future


class _LazyFuture(concurrent.futures.Future[Any]):
    def __init__(self, run: Callable[[], Any]) -> None:
        super().__init__()
        self._run = run

    def result(self, timeout: float | None = None) -> Any:
        if not self.done() and self.set_running_or_notify_cancel():
            self.set_result(self._run())
        return super().result(timeout)


def counted(source: Iterator[Document]) -> tuple[Iterator[Document], list[int]]:
    pulled = [0]

    def stream() -> Iterator[Document]:
        for document in source:
            pulled[0] += 1
            yield document

    return stream(), pulled


def endless() -> Iterator[Document]:
    return (attrs.evolve(GOOD, id=str(n)) for n in itertools.count())


# ---------------------------------------------------------------- order and equivalence


def test_results_come_in_input_order_one_per_document() -> None:
    docs = list(generated_documents(40, seed=3))
    results = list(extract_documents(docs))
    assert [r.document for r in results] == [d.id for d in docs]
    assert results == [extract_document(d) for d in docs]
    assert sum(len(r.claims) for r in results) > 40


@pytest.mark.parametrize("chunksize", [1, 3, 16, 100])
def test_an_executor_gives_what_the_process_gives(chunksize: int) -> None:
    docs = [*generated_documents(30, seed=5), BAD, *generated_documents(7, seed=6)]
    alone = list(extract_documents(docs))
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        threaded = list(extract_documents(docs, executor=pool, chunksize=chunksize))
    assert threaded == alone
    assert records(threaded) == records(alone)


def test_a_process_pool_gives_what_the_process_gives() -> None:
    docs = [*generated_documents(60, seed=8), BAD, *read_documents(["{not json"])]
    alone = list(extract_documents(docs))
    with concurrent.futures.ProcessPoolExecutor(2) as pool:
        pooled = list(extract_documents(docs, executor=pool, chunksize=7))
    assert pooled == alone
    assert records(pooled) == records(alone)
    assert [r.article for r in pooled] == [r.article for r in alone]
    assert [r.ok for r in pooled[-2:]] == [False, False]


def test_claims_name_their_document_and_compare_takes_results() -> None:
    results = list(extract_documents([GOOD, attrs.evolve(GOOD, id="again", outlet="Other")]))
    assert [c.origin.document for r in results for c in r.claims] == ["good", "again"]
    assert results[0].claims[0].origin.published == dt.date(2031, 4, 9)
    fact = compare(results).facts[0]
    assert fact.relation.value == "agree"


def test_a_given_title_replaces_the_page_title() -> None:
    page = Document("Old headline\n\nTwo soldiers died in Goma.", id="t", title="New headline")
    result = extract_document(page)
    assert result.article is not None
    assert result.article.title == "New headline"
    assert result.claims[0].origin.title == "New headline"


def test_a_context_dates_an_undated_page_and_only_that() -> None:
    undated = Document("Two soldiers were killed in Goma on Monday, the army said.", id="u")
    assert extract_document(undated).claims[0].time is None
    context = dt.date(2031, 4, 9)
    claim = extract_document(undated, context=context).claims[0]
    assert claim.time is not None
    assert claim.time.start == dt.date(2031, 4, 7)
    dated = attrs.evolve(undated, published=dt.date(2020, 1, 8))
    assert extract_document(dated, context=context) == extract_document(dated)


def test_a_custom_gazetteer_reaches_worker_processes() -> None:
    gazetteer = Gazetteer.default().with_entries(
        [ActorEntry("Blue Brigade", ActorKind.ARMED_GROUP, ("BB",))]
    )
    page = Document("BB fighters killed 7 villagers in Nowhereville, the BB said.", id="n")
    # without the entry, only the subject's noun as written: the gazetteer cannot name "BB"
    assert extract_document(page).claims[0].actor == "fighters"
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        (result,) = extract_documents([page], executor=pool, gazetteer=gazetteer)
    assert result.claims[0].actor == "Blue Brigade (BB)"
    assert result == extract_document(page, gazetteer=gazetteer)


# ---------------------------------------------------------------- laziness and memory


def test_in_process_reads_one_document_per_result() -> None:
    stream, pulled = counted(endless())
    results = extract_documents(stream)
    assert pulled[0] == 0  # nothing is read before a result is asked for
    taken = list(itertools.islice(results, 5))
    assert len(taken) == 5
    assert pulled[0] == 5


@pytest.mark.parametrize(("chunksize", "max_pending"), [(1, 1), (4, 2), (16, 3)])
def test_an_executor_never_reads_further_than_its_look_ahead(
    chunksize: int, max_pending: int
) -> None:
    stream, pulled = counted(endless())
    executor = LazyExecutor()
    results = extract_documents(
        stream, executor=executor, chunksize=chunksize, max_pending=max_pending
    )
    consumed = 0
    for wanted in (1, 10, 50):
        consumed += sum(1 for _ in itertools.islice(results, wanted - consumed))
        assert consumed == wanted
        assert pulled[0] <= consumed - 1 + chunksize * max_pending
        outstanding = [f for f in executor.submitted if not f.done()]
        assert len(outstanding) <= max_pending


def test_the_default_look_ahead_follows_the_pool_size() -> None:
    stream, pulled = counted(endless())
    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        results = extract_documents(stream, executor=pool, chunksize=2)
        next(results)
        assert pulled[0] <= 2 * 3 * 2
        results.close()


@pytest.mark.parametrize(("count", "first"), [(40, 5), (3, 1), (1000, 64), (1500, 64)])
def test_a_short_list_is_cut_so_every_worker_gets_four_chunks(count: int, first: int) -> None:
    executor = LazyExecutor()
    executor._max_workers = 2  # type: ignore[attr-defined]  # as the standard pools say
    results = list(extract_documents([GOOD] * count, executor=executor))
    assert len(results) == count
    sizes = [len(future.result()) for future in executor.submitted]
    assert sum(sizes) == count
    assert sizes[0] == first
    # the stream ends in smaller and smaller chunks, so that the two workers finish together:
    # no chunk is larger than a quarter of what remains when it is cut
    assert sizes == sorted(sizes, reverse=True)
    remaining = count
    for size in sizes:
        assert size <= max(1, -(-remaining // 4))
        remaining -= size
    streamed = LazyExecutor()
    list(extract_documents(iter([GOOD] * 100), executor=streamed))  # length unknown
    assert [len(future.result()) for future in streamed.submitted] == [64, 36]
    chosen = LazyExecutor()
    list(extract_documents([GOOD] * 100, executor=chosen, chunksize=30))  # the caller's size
    assert [len(future.result()) for future in chosen.submitted] == [30, 30, 30, 10]


def test_closing_the_stream_early_cancels_the_chunks_not_started() -> None:
    executor = LazyExecutor()
    results = extract_documents(endless(), executor=executor, chunksize=2, max_pending=4)
    next(results)
    results.close()
    assert len(executor.submitted) == 4
    assert executor.submitted[0].done()
    assert all(future.cancelled() for future in executor.submitted[1:])


# ---------------------------------------------------------------- failures


def test_a_failing_document_carries_its_error_and_the_others_go_on() -> None:
    results = list(extract_documents([GOOD, BAD, GOOD]))
    assert [r.ok for r in results] == [True, False, True]
    failed = results[1]
    assert failed.claims == ()
    assert failed.article is None
    error = failed.error
    assert isinstance(error, ExtractionError)
    assert isinstance(error, ConflictFactsError)
    assert error.document == "bad"
    assert error.reason == "InputTypeError"
    assert "parse_article" in error.details  # the traceback, for a bug report
    assert str(error) == (
        "document 'bad': InputTypeError: parse_article() expects text as str, got bytes"
    )


def test_a_bad_json_line_keeps_its_place_in_the_stream() -> None:
    lines = ['{"text": "Two soldiers died."}', "not json", '{"id": "x", "text": "None died."}']
    results = list(extract_documents(read_documents(lines)))
    assert [r.document for r in results] == ["1", "2", "x"]
    assert results[1].error is not None
    assert results[1].error.reason == "DocumentError"
    assert "line 2: not a JSON object" in str(results[1].error)


def test_an_unexpected_exception_in_extraction_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr("conflictfacts.pipeline.extract_claims", broken)
    (result,) = extract_documents([GOOD])
    assert result.error is not None
    assert (result.error.reason, result.error.document) == ("RuntimeError", "good")
    assert "a bug" in str(result.error)


def test_a_failing_executor_is_raised_not_hidden() -> None:
    pool = concurrent.futures.ThreadPoolExecutor(1)
    pool.shutdown()
    with pytest.raises(RuntimeError):
        list(extract_documents([GOOD], executor=pool))


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"chunksize": 0}, InputValueError),
        ({"chunksize": True}, InputValueError),
        ({"chunksize": 2.5}, InputValueError),
        ({"max_pending": 0}, InputValueError),
        ({"executor": "pool"}, InputTypeError),
        ({"gazetteer": {}}, InputTypeError),
    ],
)
def test_bad_arguments_raise_at_the_call(kwargs: dict[str, Any], error: type[Exception]) -> None:
    with pytest.raises(error):
        extract_documents([GOOD], **kwargs)


@pytest.mark.parametrize("threads", [0, 1])
def test_something_else_than_a_document_is_a_type_error(threads: int) -> None:
    with concurrent.futures.ThreadPoolExecutor(max(threads, 1)) as pool:
        executor = pool if threads else None
        results = extract_documents([GOOD, "text"], executor=executor)  # type: ignore[list-item]
        with pytest.raises(InputTypeError, match="got str"):
            list(results)
    with pytest.raises(InputTypeError):
        extract_document("just text")  # type: ignore[arg-type]


# ---------------------------------------------------------------- progress


def test_progress_goes_to_standard_error_only(capsys: pytest.CaptureFixture[str]) -> None:
    results = list(extract_documents([GOOD, GOOD], progress=True))
    assert len(results) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2/2" in captured.err


def test_without_tqdm_a_plain_counter_shows_progress(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import tqdm now raises ImportError
    list(extract_documents(iter([GOOD, GOOD, GOOD]), progress=True))
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("\rdocuments: ")
    assert "documents: 3 (" in captured.err
    assert captured.err.endswith("/s)\n")


def test_the_counter_shows_the_total_when_known() -> None:
    class Stream(list[str]):
        def write(self, text: str) -> None:
            self.append(text)

        def flush(self) -> None:
            pass

    stream = Stream()
    counter = _Counter(1234, stream)  # type: ignore[arg-type]
    counter.update(1234)
    counter.close()
    assert "documents: 1,234/1,234" in "".join(stream)


# ---------------------------------------------------------------- pickling (every model)


def round_trip(value: object) -> Any:
    return pickle.loads(pickle.dumps(value))


@given(documents())
def test_documents_and_their_results_pickle(document: Document) -> None:
    assert round_trip(document) == document
    result = extract_document(document)
    again = round_trip(result)
    assert again == result
    assert hash(again) == hash(result)
    assert records([again]) == records([result])
    assert again.article == result.article


@given(st.lists(comparable_claims(), max_size=12))
def test_comparisons_pickle(claims: list[Any]) -> None:
    comparison = compare(claims)
    again = round_trip(comparison)
    assert again == comparison
    assert again.to_json_dict() == comparison.to_json_dict()


@given(st.text(max_size=30), st.one_of(st.none(), st.text(max_size=8)))
def test_errors_pickle_with_their_attributes(message: str, document: str | None) -> None:
    error = ExtractionError(message, document=document, reason="ValueError", details="tb")
    again = round_trip(error)
    assert (str(again), again.document, again.reason, again.details) == (
        message, document, "ValueError", "tb",
    )  # fmt: skip
    failed = ExtractionResult(document=document, error=error)
    assert round_trip(failed) == failed
    line_error = round_trip(DocumentError("no text", line=4))
    assert (str(line_error), line_error.line) == ("line 4: no text", 4)
