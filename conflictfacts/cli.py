"""The command line: ``conflictfacts extract`` and ``conflictfacts compare``.

Inputs are text files (one article each), web pages (a path ending in ``.html`` or ``.htm``,
or any input with ``--input html``; read with :func:`conflictfacts.webpages.parse_html`, which
needs the ``[html]`` extra) or JSON Lines files of documents (a path ending in ``.jsonl``, or
any input with ``--input jsonl``; see :mod:`conflictfacts.documents`). Each
article is parsed and extracted on its own: a file that cannot be read or decoded, or a
JSON Lines line that cannot be read, gets a one-line message on standard error naming it
(and the line), the others are still processed and printed, and the exit code is 1. Usage
errors exit with 2, and so does a missing optional extra.

``compare --format ucdp`` and ``--format acled`` write the facts as UCDP GED- and ACLED-shaped
CSV (:mod:`conflictfacts.exports`), ``--format html`` one self-contained report page
(:mod:`conflictfacts.report`), and ``--plot FILE`` a picture of the facts, PNG or SVG by the
file's extension (:mod:`conflictfacts.plot`, which needs the ``[plot]`` extra).

``--jobs N`` extracts on N worker processes (:func:`conflictfacts.pipeline.extract_documents`
on a :class:`~concurrent.futures.ProcessPoolExecutor`); the output is byte for byte what one
process prints. A progress bar goes to standard error when it is a terminal.
"""

from __future__ import annotations

import argparse
import codecs
import concurrent.futures
import contextlib
import csv
import datetime as dt
import io
import json
import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from typing import IO, Any

import attrs

from conflictfacts._version import __version__
from conflictfacts.article import Article
from conflictfacts.batch import context_dates
from conflictfacts.claims import Claim
from conflictfacts.compare import compare, render_csv, render_markdown, render_table
from conflictfacts.discrepancies import find_discrepancies
from conflictfacts.documents import Document, DocumentError, read_documents
from conflictfacts.errors import MissingExtraError
from conflictfacts.exports import render_acled, render_ucdp
from conflictfacts.pipeline import ExtractionResult, extract_document, extract_documents
from conflictfacts.records import RECORD_FIELDS, claim_to_record
from conflictfacts.report import render_html

__all__ = ["article_to_record", "main", "safe_cell"]

EXIT_OK = 0
EXIT_FAILED_INPUT = 1
EXIT_USAGE = 2

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@attrs.frozen
class _Input:
    """One article that was read and decoded: a text file, or one JSON Lines document."""

    path: str
    document: Document


@attrs.frozen
class _Extracted:
    path: str
    document: str | None
    article: Article
    claims: tuple[Claim, ...]


def safe_cell(value: object) -> object:
    """Neutralise a CSV cell that a spreadsheet would run as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    apostrophe (the OWASP advice); numbers and other values pass unchanged.

    >>> safe_cell("=HYPERLINK(1)"), safe_cell("plain"), safe_cell(-3)
    ("'=HYPERLINK(1)", 'plain', -3)
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def article_to_record(
    article: Article, path: str | None = None, document: str | None = None
) -> dict[str, Any]:
    """The article object of the JSON output: metadata, cleaned body and captions.

    ``date_basis`` says where ``published`` came from (``caller``, ``page``, ``url``, ``text``,
    ``context``), and is ``null`` with it when the date is unknown.

    >>> from conflictfacts.article import parse_article
    >>> record = article_to_record(parse_article(""))
    >>> record["body"], record["published"], record["date_basis"]
    ('', None, None)
    """
    return {
        "path": path,
        "document": document,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_inferred": article.published_inferred,
        "date_basis": article.date_basis.value if article.date_basis else None,
        "outlet": article.outlet,
        "authors": list(article.authors),
        "dateline": article.dateline,
        "agencies": list(article.agencies),
        "url": article.url,
        "body": article.body,
        "captions": [
            {
                "text": caption.text,
                "start": caption.start,
                "end": caption.end,
                "credit": caption.credit,
                "date": caption.date.isoformat() if caption.date else None,
            }
            for caption in article.captions
        ],
        "sentences": len(article.sentences),
    }


def _date_argument(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from error


def _jobs_argument(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from error
    if jobs < 0:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}")
    return jobs or os.cpu_count() or 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflictfacts",
        description="Extract factual claims from conflict news and compare them across sources.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add_inputs(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help="article text files, web pages (.html, .htm), or JSON Lines files of "
            "documents (.jsonl); - for stdin",
        )
        sub.add_argument(
            "--input",
            choices=("auto", "text", "html", "jsonl"),
            default="auto",
            help="how to read the inputs: auto (JSON Lines for paths ending in .jsonl, a web "
            "page for .html and .htm, else one article per file), text, html (one web page per "
            "file), or jsonl (one document per line, also on stdin)",
        )
        sub.add_argument(
            "--encoding", default="utf-8", help="text encoding of the files (default: utf-8)"
        )
        sub.add_argument(
            "--replace-errors",
            action="store_true",
            help="replace undecodable bytes with U+FFFD instead of failing the file",
        )
        sub.add_argument(
            "--published",
            type=_date_argument,
            default=None,
            metavar="DATE",
            help="publication date (YYYY-MM-DD) for pages that carry none",
        )
        sub.add_argument(
            "--jobs",
            "-j",
            type=_jobs_argument,
            default=1,
            metavar="N",
            help="extract on N processes (0: one per core); the output is the same as with 1",
        )
        sub.add_argument(
            "--no-progress",
            action="store_true",
            help="no progress bar (by default one goes to standard error when it is a terminal)",
        )

    extract = commands.add_parser("extract", help="print each article's metadata and claims")
    add_inputs(extract)
    extract.add_argument(
        "--format", choices=("json", "jsonl", "csv", "table"), default="table", help="output format"
    )
    compare = commands.add_parser("compare", help="group claims of several articles into facts")
    add_inputs(compare)
    compare.add_argument(
        "--format",
        choices=("table", "markdown", "json", "csv", "ucdp", "acled", "html"),
        default="table",
        help="output format: ucdp and acled are CSV with those datasets' columns, html one "
        "self-contained report page",
    )
    compare.add_argument(
        "--plot",
        type=_plot_argument,
        default=None,
        metavar="FILE",
        help="also draw the facts into FILE, a .png or .svg picture (needs conflictfacts[plot])",
    )
    return parser


def _plot_argument(value: str) -> str:
    if not value.lower().endswith((".png", ".svg")):
        raise argparse.ArgumentTypeError(f"the picture's name must end in .png or .svg: {value!r}")
    return value


def _read_inputs(
    paths: Sequence[str],
    encoding: str,
    replace: bool,
    stdin: IO[bytes],
    stderr: IO[str],
    mode: str = "auto",
) -> tuple[list[_Input], bool]:
    inputs: list[_Input] = []
    failed = False
    for path in paths:
        try:
            if path == "-":
                data = stdin.read()
            else:
                with open(path, "rb") as handle:
                    data = handle.read()
            text = data.decode(encoding, errors="replace" if replace else "strict")
        except UnicodeDecodeError as error:
            print(
                f"conflictfacts: {path}: cannot decode as {encoding} at byte {error.start}"
                " (try --encoding or --replace-errors)",
                file=stderr,
            )
            failed = True
            continue
        except OSError as error:
            print(f"conflictfacts: {path}: {error.strerror or error}", file=stderr)
            failed = True
            continue
        if mode == "html" or (mode == "auto" and path.lower().endswith((".html", ".htm"))):
            inputs.append(_Input(path, Document("", html=text)))
        elif mode == "jsonl" or (mode == "auto" and path.lower().endswith(".jsonl")):
            for item in read_documents(text.splitlines()):
                if isinstance(item, DocumentError):
                    print(f"conflictfacts: {path}: {item}", file=stderr)
                    failed = True
                else:
                    inputs.append(_Input(path, item))
        else:
            inputs.append(_Input(path, Document(text)))
    return inputs, failed


def _in_context(document: Document, context: dt.date) -> ExtractionResult:
    """Extract a page again with the date its batch lends it (a task for worker processes)."""
    return extract_document(document, context=context)


@contextlib.contextmanager
def _executor(jobs: int) -> Iterator[concurrent.futures.Executor | None]:
    """No executor for one job; else a pool of fresh ("spawn") processes, safe beside threads."""
    if jobs <= 1:
        yield None
        return
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield pool


def _extract(
    inputs: Sequence[_Input],
    published: dt.date | None,
    *,
    jobs: int = 1,
    progress: IO[str] | None = None,
    stderr: IO[str] = sys.stderr,
) -> tuple[list[_Extracted], bool]:
    """Parse and extract every input, on ``jobs`` processes; report failures on ``stderr``.

    A page with no date of its own borrows one only from the inputs that tell the same story
    (:func:`conflictfacts.batch.context_dates`); otherwise its date stays unknown. So every
    input is extracted once, the batch's dates are worked out from the articles, and the few
    pages that borrow a date are extracted again with it: the same as parsing them all first.

    Returns:
        The extracted inputs, in order, and whether any failed.
    """
    documents = [
        item.document
        if published is None or item.document.published is not None
        else attrs.evolve(item.document, published=published)
        for item in inputs
    ]
    with _executor(jobs) as executor:
        results = list(
            extract_documents(documents, executor=executor, progress=progress or False)
        )
        parsed = [(index, r.article) for index, r in enumerate(results) if r.article is not None]
        contexts = context_dates([article for _, article in parsed])
        again = [(index, day) for (index, _), day in zip(parsed, contexts, strict=True) if day]
        pages, days = [documents[i] for i, _ in again], [day for _, day in again]
        redone: Iterator[ExtractionResult] = (
            executor.map(_in_context, pages, days, chunksize=16)
            if executor is not None
            else map(_in_context, pages, days)
        )
        for (index, _), result in zip(again, redone, strict=True):
            results[index] = result
    extracted = []
    failed = False
    for item, result in zip(inputs, results, strict=True):
        if result.error is not None or result.article is None:
            print(f"conflictfacts: {item.path}: {result.error}", file=stderr)
            failed = True
            continue
        claims = result.claims
        if claims:
            origin = attrs.evolve(claims[0].origin, path=item.path)
            claims = tuple(attrs.evolve(claim, origin=origin) for claim in claims)
        extracted.append(_Extracted(item.path, item.document.id, result.article, claims))
    return extracted, failed


def _records(result: _Extracted) -> list[dict[str, Any]]:
    return [claim_to_record(claim) for claim in result.claims]


def _write_extract(results: Sequence[_Extracted], fmt: str, out: IO[str]) -> None:
    if fmt == "json":
        payload = [
            {
                "path": r.path,
                "document": r.document,
                "article": article_to_record(r.article, r.path, r.document),
                "claims": _records(r),
            }
            for r in results
        ]
        json.dump(payload, out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for r in results:
            for record in _records(r):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=RECORD_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for r in results:
            for record in _records(r):
                record["evidence"] = json.dumps(record["evidence"])
                writer.writerow({key: safe_cell(value) for key, value in record.items()})
    else:
        out.write(_table(results))


def _figure(record: dict[str, Any]) -> str:
    qualifier = record.get("qualifier")
    text = str(record.get("quantity_text") or record.get("value"))
    if qualifier and qualifier.lower() not in text.lower():
        text = f"{qualifier} {text}"
    return text


def _one_line(text: str | None, width: int = 100) -> str:
    """Text for one terminal line: control characters (escape sequences) become spaces."""
    printable = "".join(ch if ch.isprintable() else " " for ch in (text or ""))
    flat = " ".join(printable.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _table(results: Sequence[_Extracted]) -> str:
    buffer = io.StringIO()
    for r in results:
        a = r.article
        published = a.published.isoformat() if a.published else "no date"
        if a.published and a.published_inferred:
            published += " (inferred)"
        name = r.path if r.document is None else f"{r.path} [{r.document}]"
        buffer.write(f"== {name}\n")
        buffer.write(f"   {_one_line(a.title) or '(no title)'}\n")
        buffer.write(f"   {a.outlet or 'outlet unknown'}, {published}\n")
        if not r.claims:
            buffer.write("   no claims found\n")
        for claim in r.claims:
            rec = claim_to_record(claim)
            when = ""
            if rec["date_start"]:
                when = rec["date_start"]
                if rec["date_end"] != rec["date_start"]:
                    when += f"..{rec['date_end']}"
            parts = [f"{rec['kind']:<9}", f"{_figure(rec):<22}", _one_line(rec["subject"], 40)]
            details = [
                f"by {rec['actor']}" if rec["actor"] else "",
                f"in {rec['place']}" if rec["place"] else "",
                when,
                f"per {rec['source']}" if rec["source"] else "",
            ]
            buffer.write("   " + " ".join(parts))
            extra = "; ".join(d for d in details if d)
            buffer.write(f"  [{extra}]\n" if extra else "\n")
        buffer.write("\n")
    return buffer.getvalue()


def _write_compare(
    results: Sequence[_Extracted], fmt: str, out: IO[str], plot: str | None = None
) -> None:
    claims = [claim for r in results for claim in r.claims]
    result = compare(claims)
    # who did it and how names are written: this needs the articles' text, not only the claims
    result = attrs.evolve(result, discrepancies=find_discrepancies(results, result.facts))
    if fmt == "json":
        json.dump(result.to_json_dict(), out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "markdown":
        out.write(render_markdown(result))
    elif fmt == "csv":
        out.write(render_csv(result))
    elif fmt == "ucdp":
        out.write(render_ucdp(result))
    elif fmt == "acled":
        out.write(render_acled(result))
    elif fmt == "html":
        out.write(render_html(result))
    else:
        out.write(render_table(result))
    if plot is not None:
        from conflictfacts.plot import save_plot  # noqa: PLC0415 - only --plot needs matplotlib

        try:
            save_plot(result, plot)
        except OSError as error:
            raise _PlotError(f"{plot}: {error.strerror or error}") from error


class _PlotError(Exception):
    """The picture of ``--plot FILE`` could not be written."""


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the command line and return its exit code.

    Args:
        argv: the arguments, without the program name (default: ``sys.argv[1:]``).
        stdin: where ``-`` reads bytes from (default: the process's standard input).
        stdout: where results go (default: standard output).
        stderr: where messages go (default: standard error).

    Returns:
        0 when every input was processed, 1 when some input failed, 2 for usage errors.

    >>> import io
    >>> out = io.StringIO()
    >>> main(["extract", "--format", "jsonl", "-"], stdin=io.BytesIO(b""), stdout=out)
    0
    """
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code) if isinstance(exit_.code, int) else EXIT_USAGE
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        print(f"conflictfacts: error: unknown encoding {args.encoding!r}", file=err)
        return EXIT_USAGE
    source = stdin if stdin is not None else sys.stdin.buffer
    inputs, failed = _read_inputs(
        args.paths, args.encoding, args.replace_errors, source, err, args.input
    )
    shown = err if not args.no_progress and _is_terminal(err) else None
    try:
        results, extract_failed = _extract(
            inputs, args.published, jobs=args.jobs, progress=shown, stderr=err
        )
        failed = failed or extract_failed
        if args.command == "extract":
            _write_extract(results, args.format, out)
        else:
            _write_compare(results, args.format, out, args.plot)
        out.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        return EXIT_FAILED_INPUT
    except MissingExtraError as error:
        print(f"conflictfacts: error: {error}", file=err)
        return EXIT_USAGE
    except _PlotError as error:
        print(f"conflictfacts: {error}", file=err)
        return EXIT_FAILED_INPUT
    return EXIT_FAILED_INPUT if failed else EXIT_OK
