"""Logging set-up for the edges (CLI, app, eval); library code only logs."""
from __future__ import annotations

import logging


def setup(verbose: bool = False) -> None:
    level = logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    # bm25s sets its own logger to DEBUG on import, so filter at the handler too.
    for h in logging.root.handlers:
        h.setLevel(level)
    for noisy in ("httpx", "chromadb", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
