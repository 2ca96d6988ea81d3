"""congvan's exception tree. Each error carries a stable code and whether a retry may help.

It lives in the lowest layer so extractors (OCR, readers) can raise it; `pipeline.errors` re-exports
it and maps errors to exit codes.
"""

from __future__ import annotations


class CongvanError(Exception):
    """Base error: `code` is stable (tests check it), the message says how to fix it."""

    code = "congvan.error"
    transient = False
    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.path}: {message}" if self.path else message


class InputError(CongvanError):
    """The input file cannot be processed (empty, corrupt, encrypted, unsupported, ...)."""

    code = "input.invalid"
    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, code: str | None = None) -> None:
        super().__init__(message, path=path)
        if code:
            self.code = code


class MissingDependencyError(CongvanError):
    """A required external tool or its data is missing; the message names the package."""

    code = "env.missing"
    exit_code = 3


class OcrError(CongvanError):
    """Tesseract failed on a page; may succeed on retry (timeouts, resource limits)."""

    code = "ocr.failed"
    transient = True
    exit_code = 4


class OcrTimeout(OcrError):
    """Tesseract took longer than the OCR timeout on a page; the page is left empty, and a retry may do better."""

    code = "ocr.timeout"


class StoreError(CongvanError):
    """The database could not be opened, migrated or written."""

    code = "store.failed"
    exit_code = 5
