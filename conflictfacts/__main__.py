"""``python -m conflictfacts``: the same command line as ``conflictfacts``."""

import os
import sys

from conflictfacts.cli import main

if __name__ == "__main__":
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:  # the reader closed the pipe: silence the interpreter's own flush
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(code)
