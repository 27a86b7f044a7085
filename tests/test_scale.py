"""The Dask recipe of docs/scale.md, run as written on a two-worker LocalCluster.

The recipe's code is read from the page itself, so the page cannot drift from what is tested.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import conflictfacts as cf
from tests.strategies import generated_documents

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

PAGE = Path(__file__).resolve().parent.parent / "docs" / "scale.md"
CODE = re.compile(r"```python\n(?P<code>.*?)```", re.DOTALL)


def recipe() -> dict[str, Any]:
    """The namespace of the page's block that defines ``compare_on_dask``."""
    blocks = [m.group("code") for m in CODE.finditer(PAGE.read_text(encoding="utf-8"))]
    (code,) = [block for block in blocks if "def compare_on_dask" in block]
    namespace: dict[str, Any] = {"__name__": "scale_recipe"}
    exec(compile(code, str(PAGE), "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def test_the_recipe_gives_the_facts_of_one_process(client: Any) -> None:
    bad = cf.Document(b"x", id="bad")  # type: ignore[arg-type]
    documents = [*generated_documents(1200, seed=7), bad]
    alone = cf.compare(cf.extract_documents(documents))
    assert len(alone.facts) > 200
    assert alone.sum_checks
    comparison, failures = recipe()["compare_on_dask"](
        dask_bag.from_sequence(documents, npartitions=12)
    )
    assert len(client.scheduler_info()["workers"]) == 2
    assert comparison == alone
    assert comparison.to_json_dict() == alone.to_json_dict()
    assert [(f.document, f.reason) for f in failures] == [("bad", "InputTypeError")]


def test_the_recipe_reads_json_lines_files_with_unique_ids(client: Any, tmp_path: Path) -> None:
    documents = list(generated_documents(60, seed=9))
    for number in range(3):
        lines = [
            json.dumps({"text": doc.text, "published": doc.published and str(doc.published),
                        "url": doc.url})
            for doc in documents[number * 20 : (number + 1) * 20]
        ]  # fmt: skip
        if number == 1:
            lines.insert(4, "{not json")
        (tmp_path / f"day-{number}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    namespace = recipe()
    read = namespace["read_jsonl"](str(tmp_path / "*.jsonl"))
    comparison, failures = namespace["compare_on_dask"](read)
    ids = {c.origin.document for fact in comparison.facts for c in fact.claims}
    assert {"day-0.jsonl:1", "day-1.jsonl:1", "day-2.jsonl:20"} <= ids  # line 1 of each file apart
    assert [str(f) for f in failures] == [
        "a document: DocumentError: day-1.jsonl: line 5: not a JSON object (Expecting property"
        " name enclosed in double quotes)"
    ]
    def line(n: int) -> int:  # the line of the n-th document in its file (file 1 has a bad line 5)
        return n % 20 + 1 + int(n // 20 == 1 and n % 20 >= 4)

    local = [
        cf.Document(doc.text, id=f"day-{n // 20}.jsonl:{line(n)}", url=doc.url,
                    published=doc.published)
        for n, doc in enumerate(documents)
    ]  # fmt: skip
    assert comparison == cf.compare(cf.extract_documents(local))


def test_a_dask_executor_streams_like_the_process(client: Any) -> None:
    documents = list(generated_documents(200, seed=11))
    alone = list(cf.extract_documents(documents))
    streamed = list(
        cf.extract_documents(documents, executor=client.get_executor(), chunksize=10)
    )
    assert streamed == alone
    assert [r.claims for r in streamed] == [r.claims for r in alone]
