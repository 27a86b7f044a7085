"""The README's example prints what the README says it prints."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
BLOCK = re.compile(r"```python\n(?P<code>.*?)```\s*prints\s*```text\n(?P<out>.*?)```", re.DOTALL)


def test_readme_example_output_is_real() -> None:
    match = BLOCK.search(README.read_text(encoding="utf-8"))
    assert match is not None, "README lost its example"
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(match.group("code"), str(README), "exec"), {})
    assert printed.getvalue() == match.group("out")
