"""``python -m conflictfacts``: the same command line as ``conflictfacts``."""

import sys

from conflictfacts.cli import main

if __name__ == "__main__":
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader closed the pipe: silence the interpreter's own flush
        sys.stdout = None  # type: ignore[assignment]
    sys.exit(code)
