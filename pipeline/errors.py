"""congvan's exception tree (defined in `schemas.errors` so extractors can raise it, re-exported here);
`exit_code` is the one place exceptions map to process exit status."""

from __future__ import annotations

from schemas.errors import (
    CongvanError,
    InputError,
    MissingDependencyError,
    OcrError,
    OcrTimeout,
    StoreError,
)

__all__ = [
    "CongvanError",
    "InputError",
    "MissingDependencyError",
    "OcrError",
    "OcrTimeout",
    "StoreError",
    "exit_code",
    "reason",
]


def exit_code(error: BaseException) -> int:
    """The process exit status for an error that ended a command."""
    return error.exit_code if isinstance(error, CongvanError) else 1


def reason(error: BaseException) -> str:
    """An error that stopped a run, as one line for the `runs` table and the terminal: congvan's own message with
    its code, another's with its type."""
    if isinstance(error, CongvanError):
        return f"{error} [{error.code}]"
    return f"{type(error).__name__}: {error}"
