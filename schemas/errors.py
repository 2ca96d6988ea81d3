"""congvan's error codes and exception tree. Each error carries a stable code and whether a retry may help.

It lives in the lowest layer so extractors (OCR, readers), the pipeline and the flows can all use it;
`pipeline.errors` re-exports the exceptions and maps them to exit codes.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Every stable error code, in one place (spaCy's `Errors` idea).

    The values are stored in databases (`document_errors`, `ingest_errors`) and listed in the README's
    error-code table (a test keeps the two equal), so a value never changes. A StrEnum member compares
    and serialises as its string. Besides these, a field extractor that raises leaves `extract.<name>`.
    """

    # file: before any reader runs
    FILE_EMPTY = "file.empty"  # the file has 0 bytes
    FILE_UNREADABLE = "file.unreadable"  # missing, not readable, or a reader library rejected its structure
    FILE_UNSUPPORTED = "file.unsupported"  # a kind congvan has no reader for (GIF, old .doc, zip, NUL in text)
    FILE_DUPLICATE = "file.duplicate"  # same bytes as an earlier file of the batch

    # pdf: the PDF reader
    PDF_ENCRYPTED = "pdf.encrypted"  # password-protected PDF
    PDF_CORRUPT = "pdf.corrupt"  # PDF that cannot be parsed
    PDF_EMPTY = "pdf.empty"  # PDF with zero pages
    PDF_PAGE_TOO_LARGE = "pdf.page_too_large"  # a page would render above max_image_pixels (the others go on)

    # image and docx: their readers
    IMAGE_TOO_LARGE = "image.too_large"  # more pixels than max_image_pixels (decompression bomb)
    IMAGE_CORRUPT = "image.corrupt"  # image header or a frame's pixel data unreadable
    DOCX_CORRUPT = "docx.corrupt"  # a DOCX package python-docx cannot open

    # text: the text of all pages
    TEXT_TOO_LARGE = "text.too_large"  # more text than max_text_bytes
    TEXT_EMPTY = "text.empty"  # no text found (blank pages, unreadable scan)
    TEXT_NOT_VIETNAMESE = "text.not_vietnamese"  # the text is not Vietnamese
    TEXT_MARKS_LOST = "text.marks_lost"  # a Vietnamese document whose marked letters a conversion lost (partial)

    # ocr: one page (status partial, page set); also the codes of OcrError / OcrTimeout
    OCR_FAILED = "ocr.failed"  # tesseract failed on a page
    OCR_TIMEOUT = "ocr.timeout"  # tesseract took more than ocr_timeout_s on a page

    # number: the header's "Số:" line (the number is null, the document goes to review)
    NUMBER_UNREADABLE = "number.unreadable"  # number digits unreadable or read with low confidence
    NUMBER_BLANK = "number.blank"  # number slot left blank (symbol kept)
    NUMBER_HANDWRITTEN_UNREAD = "number.handwritten_unread"  # hand-filled number not read for sure

    # issuer: the header's issuing body (the issuer is null, the parent body kept)
    ISSUER_UNREADABLE = "issuer.unreadable"  # no body's name (OCR garbage), or a header name cut by the copy

    # date: the header's place-and-date line (the issue date is null, month and year kept)
    ISSUE_DATE_MISSING = "issue_date.missing"  # no place-and-date line in the header
    ISSUE_DATE_BLANK = "issue_date.blank"  # the day left blank for hand-filling
    ISSUE_DATE_UNREADABLE = "issue_date.unreadable"  # not a date, or the day read with low confidence
    ISSUE_DATE_OUT_OF_BOUND = "issue_date.out_of_bound"  # a date outside the digital signature's bound
    DATE_HANDWRITTEN_UNREAD = "date.handwritten_unread"  # hand-filled day not read for sure
    REPORT_CITED_DATE_IMPLAUSIBLE = (
        "report.cited_date_implausible"  # cited decision date years early, or after the report
    )
    REPORT_PERIOD_IMPLAUSIBLE = "report.period_implausible"  # a reported trip's date in a year after the report's
    CITATION_DATE_CENTURY = "citation.date_century"  # a cited date's two-digit year in a document of unknown date

    # issuer: the header's issuing body (null, the document goes to review)
    ISSUER_INCOMPLETE = "issuer.incomplete"  # a bare "UBND", or a lost branch line, the text does not give for sure

    # signer: the signature block (the name is null, title and mode kept, the document goes to review)
    SIGNER_NAME_UNSURE = "signer.name_unsure"  # a given name read with low confidence, or a name/title cut by the copy
    SIGNER_UNREAD_UNDER_SEAL = "signer.unread_under_seal"  # a seal hid the signature block (no colour to remove it)

    # ingest and store: the loader's record of a file (`ingest_errors`)
    INGEST_CRASHED = "ingest.crashed"  # extraction raised an unexpected exception (a bug)
    INGEST_FAILED = "ingest.failed"  # a failed document that carried no error of its own
    STORE_LOAD_FAILED = "store.load_failed"  # the document could not be written to the database

    # command: the codes of the exceptions that stop a command (exit status in pipeline.errors)
    CONGVAN_ERROR = "congvan.error"  # any congvan error without a more precise code
    INPUT_INVALID = "input.invalid"  # an input that cannot be processed, without a more precise code
    ENV_MISSING = "env.missing"  # tesseract or its vie data (or another dependency) missing
    STORE_FAILED = "store.failed"  # the database cannot be opened, migrated or written
    STORE_LOCKED = "store.locked"  # another process holds the database file for writing
    SETTINGS_INVALID = "settings.invalid"  # congvan.toml or a CONGVAN_* variable: unknown key or wrong type
    RULES_NOT_FOUND = "rules.not_found"  # a rule id that does not exist
    RULES_REFUSED = "rules.refused"  # a rule review action that cannot apply (approve an active rule, …)
    REVIEW_INVALID = "review.invalid"  # a review command: unknown item, a value that does not parse, a closed item
    SERVE_NO_SERVER = "serve.no_server"  # `congvan serve` found no Prefect server
    PREFECT_UNAVAILABLE = "prefect.unavailable"  # Prefect's temporary server did not start (timed out, exited)
    RULES_NOT_EXTRACTED = "rules.not_extracted"  # a rules run stopped: the files named have no rules read


class CongvanError(Exception):
    """Base error: `code` is stable (tests check it), the message says how to fix it."""

    code: ErrorCode = ErrorCode.CONGVAN_ERROR
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

    code = ErrorCode.INPUT_INVALID
    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, code: ErrorCode | None = None) -> None:
        super().__init__(message, path=path)
        if code:
            self.code = code


class MissingDependencyError(CongvanError):
    """A required external tool or its data is missing; the message names the package."""

    code = ErrorCode.ENV_MISSING
    exit_code = 3


class OcrError(CongvanError):
    """Tesseract failed on a page; may succeed on retry (timeouts, resource limits)."""

    code = ErrorCode.OCR_FAILED
    transient = True
    exit_code = 4


class OcrTimeout(OcrError):
    """Tesseract took longer than the OCR timeout on a page; the page is left empty, and a retry may do better."""

    code = ErrorCode.OCR_TIMEOUT


class StoreError(CongvanError):
    """The database could not be opened, migrated or written."""

    code = ErrorCode.STORE_FAILED
    exit_code = 5
