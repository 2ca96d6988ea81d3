"""CPU time as the benchmarks count it: one definition for every script that times a read."""

from __future__ import annotations

import resource


def cpu_seconds() -> float:
    """User+system time of this process and of every child it has waited for (tesseract, OCR workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
