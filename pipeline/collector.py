"""Python's garbage collector while a command starts: no automatic collections during its imports.

A command's start-up imports Prefect, the OCR path, DuckDB and the extractors: hundreds of thousands of
objects that live as long as the process. Every collection triggered meanwhile walks them again and frees
almost nothing; in `congvan ingest one.pdf` the collector took ≈ 0.6 of the command's ≈ 5 CPU-s (loaded),
most of it six full collections during the imports (docs/scaling.md, "One file's own CPU"). Inside `paused()`
no collection runs; at its end what was built is frozen (`gc.freeze`: later collections skip it, as
`flows.cli` and the extractors' warm-up already do) and collections resume. Objects are still freed when
their last reference goes; only cyclic garbage made during the pause stays until the process ends: ≈ 7,000
objects, ≈ 3 MB, for the imports of `congvan ingest` (measured), in a process of several hundred MB.

A process forked during a pause (the OCR workers of `pipeline.ingest.early`) collects as usual from its start.
The pause is the process's: two threads' pauses that overlap end when the first ends (collections resume
sooner, nothing else).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager

_paused = False


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside; what was built is frozen at the end. Nested or with the collector
    already off (a caller's choice), it changes nothing."""
    global _paused
    if _paused or not gc.isenabled():
        yield
        return
    gc.disable()
    _paused = True
    try:
        yield
    finally:
        _paused = False
        gc.freeze()
        gc.enable()


def _child_collects() -> None:
    """In a process forked inside a pause: collections on, as if it had never been paused."""
    global _paused
    if _paused:
        _paused = False
        gc.enable()


os.register_at_fork(after_in_child=_child_collects)
