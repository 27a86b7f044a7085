"""The command line on good, missing, undecodable and hostile input.

Most tests call :func:`conflictfacts.cli.main` in-process with string streams; a few run
``python -m conflictfacts`` for what only a real process shows (stdin, exit codes, --help).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conflictfacts import __version__
from conflictfacts.cli import main, safe_cell
from conflictfacts.extraction import extract_claims
from tests.strategies import generated_documents

ROOT = Path(__file__).resolve().parent.parent

GOOD = (
    "Shelling hits market town\n\n"
    "At least 12 civilians were killed in Kharkiv on Monday, the regional governor said.\n"
)
OTHER = "Clashes in Darfur\n\nNine soldiers were wounded on Tuesday, the army said.\n"
NOT_UTF8 = (
    "Caf\u00e9 strike kills two in border town\n\nTwo soldiers were killed, officials said.\n"
).encode("latin-1")


def run(*argv: str, stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "good": tmp_path / "good.txt",
        "other": tmp_path / "other.txt",
        "latin1": tmp_path / "latin1.txt",
        "missing": tmp_path / "missing.txt",
        "directory": tmp_path / "folder.txt",
    }
    paths["good"].write_text(GOOD, encoding="utf-8")
    paths["other"].write_text(OTHER, encoding="utf-8")
    paths["latin1"].write_bytes(NOT_UTF8)
    paths["directory"].mkdir()
    return paths


def _json_paths(out: str) -> list[str]:
    return [item["path"] for item in json.loads(out)]


# ---------------------------------------------------------------- inputs that fail


@pytest.mark.parametrize("bad", ["missing", "latin1", "directory"])
def test_a_failed_file_gets_one_line_naming_it_and_the_others_still_run(
    files: dict[str, Path], bad: str
) -> None:
    code, out, err = run(
        "extract", "--format", "json", str(files["good"]), str(files[bad]), str(files["other"])
    )
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1
    assert str(files[bad]) in lines[0]
    assert _json_paths(out) == [str(files["good"]), str(files["other"])]


def test_only_failed_files_exit_1(files: dict[str, Path]) -> None:
    code, out, err = run("extract", "--format", "json", str(files["missing"]))
    assert code == 1
    assert json.loads(out) == []
    assert "missing.txt" in err


def test_undecodable_message_says_where_and_what_to_try(files: dict[str, Path]) -> None:
    _, _, err = run("extract", str(files["latin1"]))
    assert "utf-8" in err
    assert "--encoding" in err


def test_encoding_option_reads_the_file(files: dict[str, Path]) -> None:
    code, out, err = run("extract", "--format", "json", "--encoding", "latin-1",
                         str(files["latin1"]))  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out)[0]["article"]["title"] == "Caf\u00e9 strike kills two in border town"


def test_replace_errors_reads_the_file_with_replacement_characters(
    files: dict[str, Path],
) -> None:
    code, out, err = run("extract", "--format", "json", "--replace-errors", str(files["latin1"]))
    assert (code, err) == (0, "")
    assert "\ufffd" in json.loads(out)[0]["article"]["title"]


def test_unknown_encoding_is_reported_once(files: dict[str, Path]) -> None:
    code, _, err = run("extract", "--encoding", "no-such-codec", str(files["good"]),
                       str(files["other"]))  # fmt: skip
    assert code == 2  # a usage error, like any other bad option value
    assert len(err.splitlines()) == 1
    assert "no-such-codec" in err


def test_dash_reads_stdin(files: dict[str, Path]) -> None:
    code, out, err = run("extract", "--format", "json", str(files["good"]), "-",
                         stdin=OTHER.encode())  # fmt: skip
    assert (code, err) == (0, "")
    records = json.loads(out)
    assert [r["path"] for r in records] == [str(files["good"]), "-"]
    assert records[1]["article"]["title"] == "Clashes in Darfur"


def test_stdin_with_bad_bytes_is_named_dash() -> None:
    code, _, err = run("extract", "-", stdin=b"\xff\xfe\xfa killed")
    assert code == 1
    assert err.startswith("conflictfacts: -:")


# ---------------------------------------------------------------- usage


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["extract"],
        ["nonsense", "x.txt"],
        ["extract", "--format", "xml", "x.txt"],
        ["compare", "--format", "jsonl", "x.txt"],
        ["extract", "--published", "yesterday", "x.txt"],
        ["extract", "--no-such-option", "x.txt"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(*argv)[0] == 2
    assert "usage:" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version")[0] == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--help"], ["extract", "--help"], ["compare", "--help"]])
def test_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(*argv)[0] == 0
    assert "usage:" in capsys.readouterr().out


def _process(*argv: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    return subprocess.run(
        [sys.executable, "-m", "conflictfacts", *argv],
        input=stdin, capture_output=True, cwd=ROOT, env=env, timeout=300, check=False,
    )  # fmt: skip


def test_process_reads_stdin_and_exits_0() -> None:
    done = _process("extract", "--format", "jsonl", "-", stdin=GOOD.encode())
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert json.loads(done.stdout.splitlines()[0])["value"] == 12


def test_process_usage_error_and_help() -> None:
    assert _process().returncode == 2
    helped = _process("--help")
    assert helped.returncode == 0
    assert b"extract" in helped.stdout
    assert _process("--version").stdout.decode().strip().endswith(__version__)


def test_process_missing_file_exits_1_with_one_line() -> None:
    done = _process("extract", "no/such/file.txt", "-", stdin=GOOD.encode())
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        line for line in done.stderr.decode().splitlines() if "no/such/file.txt" in line
    ]
    assert len(done.stderr.splitlines()) == 1
    assert b"civilians" in done.stdout


# ---------------------------------------------------------------- output escapes input

#: Headlines that a spreadsheet, a terminal or a Markdown viewer would run; a leading "-" is
#: exercised by the path of standard input, "-".
HOSTILE_TITLES = (
    '=HYPERLINK("http://evil.example","click")',
    "+SUM(1,2)",
    "@cmd",
    "Strike | kills <script>alert(1)</script>",
    "\x1b[31mRed\x1b[0m alert",
)


def _hostile_page(title: str, figure: str = "12") -> str:
    headline = f"{title} as shelling hits market town"
    return f"{headline}\n\n{figure} soldiers were killed in Kharkiv on Monday, the army said.\n"


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_safe_cell_neutralises_formulas(value: str) -> None:
    cell = safe_cell(value)
    assert isinstance(cell, str)
    assert cell.startswith("'")
    assert cell[1:] == value


@pytest.mark.parametrize("value", ["plain", "", "12 soldiers", 12, None, 1.5])
def test_safe_cell_leaves_other_values(value: object) -> None:
    assert safe_cell(value) == value


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_extract_csv_cells_never_start_a_formula(tmp_path: Path, title: str) -> None:
    path = tmp_path / "=evil.txt"
    path.write_text(_hostile_page(title), encoding="utf-8")
    code, out, _ = run("extract", "--format", "csv", str(path), "-",
                       stdin=_hostile_page(title).encode())  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_extract_json_round_trips_hostile_titles(tmp_path: Path, title: str) -> None:
    code, out, _ = run("extract", "--format", "json", "-", stdin=_hostile_page(title).encode())
    assert code == 0
    assert json.loads(out)[0]["article"]["title"] == f"{title} as shelling hits market town"


def test_extract_table_drops_terminal_escapes() -> None:
    code, out, _ = run("extract", "-", stdin=_hostile_page("\x1b[2J\x1b[31mRed alert").encode())
    assert code == 0
    assert "\x1b" not in out


@pytest.fixture
def hostile_pair(tmp_path: Path) -> tuple[Path, Path]:
    title = "Strike | kills <script>alert(1)</script> =cmd \x1b[31m"
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(_hostile_page(title, "12"), encoding="utf-8")
    second.write_text(_hostile_page(title, "15"), encoding="utf-8")
    return first, second


def test_compare_markdown_escapes_pipes_and_html(hostile_pair: tuple[Path, Path]) -> None:
    code, out, err = run("compare", "--format", "markdown", *map(str, hostile_pair))
    assert (code, err) == (0, "")
    assert "<script" not in out
    assert "\x1b" not in out
    header = out.splitlines()[0]
    for line in out.splitlines():
        if line.startswith("| ---"):
            continue
        if not line:
            break
        assert line.replace("\\|", "").count("|") == header.count("|")


def test_compare_table_drops_terminal_escapes(hostile_pair: tuple[Path, Path]) -> None:
    code, out, _ = run("compare", "--format", "table", *map(str, hostile_pair))
    assert code == 0
    assert "\x1b" not in out


def test_compare_csv_neutralises_formulas(hostile_pair: tuple[Path, Path]) -> None:
    code, out, _ = run("compare", "--format", "csv", *map(str, hostile_pair))
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) >= 3
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@")), row


def test_compare_json_keeps_titles_as_data(hostile_pair: tuple[Path, Path]) -> None:
    code, out, _ = run("compare", "--format", "json", *map(str, hostile_pair))
    assert code == 0
    assert json.loads(out)


# ---------------------------------------------------------------- JSON Lines documents

DOCS = [
    {"id": "a", "text": GOOD, "url": "https://news.example/2031/04/09/shelling"},
    {"maintext": OTHER, "date_publish": "2031-04-11 10:00:00", "source_domain": "b.example"},
]


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_gives_one_object_per_document_in_order(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "docs.jsonl", [json.dumps(d) for d in DOCS])
    code, out, err = run("extract", "--format", "json", str(path))
    assert (code, err) == (0, "")
    items = json.loads(out)
    assert [item["document"] for item in items] == ["a", "2"]
    assert [item["article"]["published"] for item in items] == ["2031-04-09", "2031-04-11"]
    assert [item["article"]["date_basis"] for item in items] == ["url", "caller"]
    assert items[1]["article"]["outlet"] == "b.example"
    assert all(c["document"] == item["document"] for item in items for c in item["claims"])
    assert items[0]["claims"][0]["url"] == DOCS[0]["url"]


def test_a_bad_line_is_named_and_the_others_are_processed(tmp_path: Path) -> None:
    lines = [json.dumps(DOCS[0]), "{not json", json.dumps({"title": "x"}), json.dumps(DOCS[1])]
    path = _jsonl(tmp_path / "docs.jsonl", lines)
    code, out, err = run("extract", "--format", "jsonl", str(path))
    assert code == 1
    assert f"{path}: line 2: not a JSON object" in err
    assert f"{path}: line 3: no text" in err
    assert {json.loads(line)["document"] for line in out.splitlines()} == {"a", "4"}


def test_jsonl_on_standard_input(tmp_path: Path) -> None:
    data = "\n".join(json.dumps(d) for d in DOCS).encode()
    code, out, _ = run("extract", "--input", "jsonl", "--format", "jsonl", "-", stdin=data)
    assert code == 0
    assert [json.loads(line)["document"] for line in out.splitlines()][:1] == ["a"]


def test_compare_reads_documents_and_names_them(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "docs.jsonl", [json.dumps(d) for d in DOCS])
    code, out, _ = run("compare", "--format", "json", str(path))
    assert code == 0
    documents = {c["document"] for f in json.loads(out)["facts"] for c in f["claims"]}
    assert documents == {"a", "2"}


def test_text_files_stay_undated_beside_an_unrelated_batch(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text("Shelling in Kharkiv\n\nMay 2, 2023\n\nTen died in Kharkiv.", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("Clashes in Darfur\n\nNine died in El Fasher, North Darfur.", "utf-8")
    code, out, _ = run("extract", "--format", "json", str(dated), str(undated))
    assert code == 0
    articles = [item["article"] for item in json.loads(out)]
    assert [a["published"] for a in articles] == ["2023-05-02", None]
    assert articles[1]["date_basis"] is None


# ---------------------------------------------------------------- --jobs and progress

EXAMPLES = sorted(str(path) for path in (ROOT / "examples").glob("*.txt"))


def _generated_jsonl(path: Path, count: int, seed: int) -> Path:
    objects = [
        {"id": doc.id, "text": doc.text, "url": doc.url, "outlet": doc.outlet,
         "published": doc.published.isoformat() if doc.published else None}
        for doc in generated_documents(count, seed=seed)
    ]  # fmt: skip
    return _jsonl(path, [json.dumps(obj) for obj in objects])


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_two_jobs_print_what_one_prints_on_the_examples(fmt: str) -> None:
    one = run("extract", "--jobs", "1", "--format", fmt, *EXAMPLES)
    two = run("extract", "--jobs", "2", "--format", fmt, *EXAMPLES)
    assert one[0] == 0
    assert one[1].count("\n") > 20
    assert two == one


def test_two_jobs_print_what_one_prints_on_a_thousand_documents(tmp_path: Path) -> None:
    path = _generated_jsonl(tmp_path / "generated.jsonl", 1000, seed=13)
    one = run("extract", "--jobs", "1", "--format", "jsonl", str(path))
    two = run("extract", "--jobs", "2", "--format", "jsonl", str(path))
    assert one[0] == 0
    assert len(one[1].splitlines()) > 1500
    assert two == one
    # pages with no date borrowed one from their story: the batch was seen whole on both runs
    articles = run("extract", "--jobs", "2", "--format", "json", str(path))
    assert articles == run("extract", "--format", "json", str(path))
    basis = [item["article"]["date_basis"] for item in json.loads(articles[1])]
    assert basis.count("context") > 100


def test_two_jobs_compare_like_one(tmp_path: Path) -> None:
    path = _generated_jsonl(tmp_path / "generated.jsonl", 200, seed=21)
    one = run("compare", "--format", "json", str(path), *EXAMPLES)
    assert one[0] == 0
    assert run("compare", "-j", "2", "--format", "json", str(path), *EXAMPLES) == one


def test_jobs_zero_means_one_per_core_and_bad_counts_are_usage_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run("extract", "--jobs", "0", "--format", "jsonl", EXAMPLES[0])[0] == 0
    for bad in ("-1", "two", "1.5"):
        assert run("extract", "--jobs", bad, EXAMPLES[0])[0] == 2
        assert "not a number of processes" in capsys.readouterr().err


def test_process_runs_two_jobs() -> None:
    done = _process("extract", "-j", "2", "--format", "jsonl", *EXAMPLES)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert done.stdout.decode() == run("extract", "--format", "jsonl", *EXAMPLES)[1]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_goes_to_a_terminal_only() -> None:
    argv = ["extract", "--format", "jsonl", *EXAMPLES]
    quiet = io.StringIO(), io.StringIO()
    assert main(argv, stdout=quiet[0], stderr=quiet[1]) == 0
    assert quiet[1].getvalue() == ""
    out, terminal = io.StringIO(), _Terminal()
    assert main(argv, stdout=out, stderr=terminal) == 0
    assert out.getvalue() == quiet[0].getvalue()
    assert "6/6" in terminal.getvalue()
    silenced = _Terminal()
    assert main([*argv[:1], "--no-progress", *argv[1:]], stdout=io.StringIO(), stderr=silenced) == 0
    assert silenced.getvalue() == ""


def test_a_document_that_fails_is_reported_and_the_others_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fragile(article: Any, **kwargs: Any) -> Any:
        if "BOOM" in article.body:
            raise RuntimeError("cannot read this page")
        return extract_claims(article, **kwargs)

    monkeypatch.setattr("conflictfacts.pipeline.extract_claims", fragile)
    path = _jsonl(
        tmp_path / "docs.jsonl",
        [json.dumps(doc) for doc in (DOCS[0], {"id": "z", "text": "BOOM. Two died."}, DOCS[1])],
    )
    code, out, err = run("extract", "--format", "jsonl", str(path))
    assert code == 1
    assert err == (
        f"conflictfacts: {path}: document 'z': RuntimeError: cannot read this page\n"
    )
    assert {json.loads(line)["document"] for line in out.splitlines()} == {"a", "3"}
