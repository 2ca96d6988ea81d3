"""Files in, `Document`s out: find input files, identify them, read their text, extract their fields.

`extract_file` never raises for bad input: an empty, corrupt, encrypted, oversized, unsupported or
non-Vietnamese file gives a Document with status "failed" and an `ErrorItem` whose code says why
(the README lists the codes). A failed document carries no text: nothing half.
"""

from __future__ import annotations

import errno
import functools
import gc
import hashlib
import os
import statistics
import threading
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from extractors.docnumber import KNOWN_SYMBOL_PARTS
from extractors.language import is_vietnamese, lost_marks
from extractors.normalize import normalize_text, normalize_word
from extractors.text import image as image_reader
from extractors.text import pdf as pdf_reader
from extractors.text import plain as plain_reader
from extractors.text.ocr import check_tesseract
from pipeline import collector
from pipeline.ingest.pages import OcrJob, files_in_flight, ocr_pages, page_pool
from pipeline.settings import Settings
from schemas.document import Document, ErrorItem, Page, Source, Status, TextSource, Word
from schemas.errors import ErrorCode, InputError, MissingDependencyError

if TYPE_CHECKING:
    from extractors.document import ExtractionContext


@dataclass(frozen=True)
class FileInfo:
    """What a file is, decided from its bytes (never its extension)."""

    path: Path
    sha256: str
    kind: str
    size_bytes: int


def iter_input_files(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, folders expanded recursively; sorted per folder, hidden files and folders skipped.

    A path that does not exist is kept, so `extract_file` reports it like any other bad input; so is a
    symbolic link inside a folder that leads to no file (dangling, a loop, or a folder: never followed).
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(
                sorted(
                    child
                    for child in path.rglob("*")
                    if (child.is_file() or child.is_symlink())
                    and not any(part.startswith(".") for part in child.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def unreadable_reason(path: Path, error: OSError) -> str:
    """Why a file could not be read, in words: a broken or looping link and a linked folder are named as such."""
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        if path.is_dir():
            return (
                f"cannot read the file: a symbolic link to the folder {target} (not followed; give the folder itself)"
            )
        if not path.exists():
            problem = "a symbolic link loop" if error.errno == errno.ELOOP else "a broken symbolic link"
            return f"cannot read the file: {problem} (to {target}, which leads to no file)"
    reason = "no such file" if isinstance(error, FileNotFoundError) else error.strerror or str(error)
    return f"cannot read the file: {reason}"


def sniff_kind(data: bytes) -> str:
    """The file kind from magic bytes: pdf, image, docx, txt — or a name for an unsupported kind."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                return "docx" if "word/document.xml" in archive.namelist() else "zip"
        except zipfile.BadZipFile:
            return "zip"
    if head.startswith((b"GIF8", b"BM", b"RIFF", b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return {b"GI": "gif", b"BM": "bmp", b"RI": "riff", b"\xd0\xcf": "ole (old .doc/.xls)"}.get(head[:2], "archive")
    return "txt" if _looks_like_text(data) else "binary"


def _looks_like_text(data: bytes) -> bool:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in b"\t\n\r\f")
    return controls <= 0.01 * len(sample)


HEAD_BYTES = 65536
"""What `sniff_kind` reads of a file (magic bytes, and the share of control characters in plain text)."""


def identify(path: Path | str, data: bytes | None = None) -> FileInfo:
    """sha256, kind and size of a file (its bytes may be passed when already read).

    Read from disk, the file is hashed in chunks, so memory stays flat whatever its size; hashlib releases
    the GIL on large chunks, so files identified in threads use every core.
    """
    path = Path(path)
    if data is not None:
        kind = sniff_kind(data) if data else "empty"
        return FileInfo(path=path, sha256=hashlib.sha256(data).hexdigest(), kind=kind, size_bytes=len(data))
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        digest = hashlib.sha256(head)
        size = len(head)
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    # a DOCX is told from other ZIP files by its members: those need the whole (small) file
    whole_if_zip = path.read_bytes() if head.startswith(b"PK\x03\x04") else head
    kind = sniff_kind(whole_if_zip) if size else "empty"
    return FileInfo(path=path, sha256=digest.hexdigest(), kind=kind, size_bytes=size)


@dataclass(frozen=True)
class Reader:
    """How one kind of file gives its pages: `read` returns them in order, None for each page to OCR."""

    read: Callable[[bytes, Settings], list[Page | None]]
    ocr: bool = False
    """Its pages may need OCR: tesseract is checked before the file is read."""


def _pdf_pages(data: bytes, settings: Settings) -> list[Page | None]:
    return pdf_reader.read_text_layer(data, dpi=settings.ocr_dpi, max_pixels=settings.max_image_pixels)


def _image_frames(data: bytes, settings: Settings) -> list[Page | None]:
    return [None] * image_reader.frame_count(data, settings.max_image_pixels)


def _docx_pages(data: bytes, settings: Settings) -> list[Page | None]:
    from extractors.text import docx as docx_reader  # python-docx and lxml: imported only for DOCX files

    return [*docx_reader.read_docx(data)]


def _text_pages(data: bytes, settings: Settings) -> list[Page | None]:
    _refuse_long_text(len(data), settings)  # before decoding: charset detection of 50 MB takes minutes
    return [*plain_reader.read_plain(data)]


READERS = {
    "pdf": Reader(_pdf_pages, ocr=True),
    "image": Reader(_image_frames, ocr=True),
    "docx": Reader(_docx_pages),
    "txt": Reader(_text_pages),
}
"""File kind (from `sniff_kind`) → its reader; a kind not here is unsupported."""


def layer_pages(info: FileInfo, data: bytes, settings: Settings) -> tuple[list[Page | None], list[int]]:
    """The pages a file holds as text (None for the others) and the 0-based pages left to OCR; `InputError`
    when the file cannot be read."""
    reader = READERS.get(info.kind)
    if reader is None:
        raise InputError(
            f"unsupported file type ({info.kind}); congvan reads PDF, PNG/JPEG/TIFF, DOCX and text",
            code=ErrorCode.FILE_UNSUPPORTED,
        )
    if reader.ocr:
        check_tesseract(settings.ocr_language)
    pages = reader.read(data, settings)
    _refuse_long_text(sum(len(page.text.encode()) for page in pages if page is not None), settings)
    return pages, [index for index, page in enumerate(pages) if pdf_reader.needs_ocr(page)]


def read_pages(info: FileInfo, data: bytes, settings: Settings) -> tuple[list[Page], list[ErrorItem]]:
    """The raw pages of a file and the per-page problems met; `InputError` when the file cannot be read.

    The reader gives the pages the file holds as text; the rest go through the one OCR path (`ocr_pages`).
    """
    pages, scanned = layer_pages(info, data, settings)
    errors: list[ErrorItem] = []
    if scanned:
        read = ocr_pages(OcrJob.of(info.kind, data, settings), scanned, settings.ocr_workers, errors)
        warm_extractors()  # while OCR processes read the pages: their one-off set-up costs no wall time here
        for page in read:
            waiting = pages[page.number - 1]  # a text layer's stamp waits on the page OCR replaces
            kept = waiting.stamp_layers if waiting is not None else []
            pages[page.number - 1] = page.model_copy(update={"stamp_layers": [*kept, *page.stamp_layers]})
    return [page for page in pages if page is not None], errors


WARM_UP_TEXTS = (
    """ỦY BAN NHÂN DÂN TỈNH HÒA GIANG
Số: 1/QĐ-UBND
Hòa Giang, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác tại Nhật Bản
Căn cứ Quyết định số 15/QĐ-UBND ngày 18 tháng 9 năm 2023 của Ủy ban nhân dân tỉnh.
Điều 1. Cử ông Nguyễn Văn An, Giám đốc Sở Ngoại vụ, đi công tác tại Tô-ky-ô, Nhật Bản từ ngày 10/4/2024 đến
ngày 15/4/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình""",
    """ỦY BAN NHÂN DÂN TỈNH HÒA GIANG
Số: 2/UBND-VP
V/v quản lý đoàn ra
Hòa Giang, ngày 06 tháng 3 năm 2024
Kính gửi: Các sở, ban, ngành.
Mỗi đoàn không quá 10 người; mỗi cán bộ đi nước ngoài không quá 02 lần/năm. Trong thời hạn 07 ngày làm việc
sau khi về nước, trưởng đoàn báo cáo kết quả chuyến công tác.
CHỦ TỊCH
Trần Văn Bình""",
)
"""A short decision and a short dispatch of rules: they take every field extractor through its one-off set-up
(`warm_extractors`)."""

_WARMING = threading.Lock()


def warm_extractors() -> None:
    """Run the field extractors once on `WARM_UP_TEXTS` in this process, result dropped, so the set-up their
    first document pays (the foreign-place index, spaCy's pipelines, underthesea: about a second of CPU) is
    done now. Called while a file's pages are OCR'd in other processes, it overlaps with them instead of
    following them; later calls return at once."""
    with _WARMING:
        _warm()


@functools.cache
def _warm() -> None:
    """The set-up, then what this process holds frozen for the garbage collector: the imports, spaCy's and
    underthesea's models and the place index live as long as the process, and every full collection of a batch
    walked them again (≈ 0.3 of the command's 3.1 CPU-s on a 2-file extract, loaded). Only cyclic garbage
    alive at this moment stays uncollected; objects are still freed when their last reference goes."""
    from extractors.document import extract_fields  # see `extraction_context`

    with collector.paused():  # no collection while the set-up builds what is frozen here
        for text in WARM_UP_TEXTS:
            extract_fields(Document(source=Source(path="(warm-up)", sha256="", pages=1), text=text))
    gc.freeze()  # also when another thread's pause was open (it froze only what existed when it ended)


def _refuse_long_text(size: int, settings: Settings) -> None:
    if size > settings.max_text_bytes:
        raise InputError(
            f"the text is {size / 1e6:.1f} MB, above the limit of {settings.max_text_bytes / 1e6:g} MB "
            "(max_text_bytes; an official document is a few KB)",
            code=ErrorCode.TEXT_TOO_LARGE,
        )


def _normalized(page: Page) -> Page:
    return page.model_copy(
        update={
            "text": normalize_text(page.text),
            "footnotes": normalize_text(page.footnotes),
            "words": [_normalized_word(word) for word in page.words],
        }
    )


def _normalized_word(word: Word) -> Word:
    """The word with its text normalised; itself when that changes nothing (most words: no copy to make)."""
    text = normalize_word(word.text)
    return word if text == word.text else word.model_copy(update={"text": text})


def _text_source(pages: list[Page]) -> TextSource | None:
    sources = {page.source for page in pages}
    if len(sources) > 1:
        return TextSource.MIXED
    return sources.pop() if sources else None


def _failed(source: Source, code: str, message: str) -> Document:
    return Document(source=source, status=Status.FAILED, errors=[ErrorItem(code=code, message=message)])


def extract_file(path: Path | str, settings: Settings) -> Document:
    """One file → one Document with its text, pages and fields; bad input gives status "failed" with a code.

    Only a missing dependency (tesseract or its Vietnamese data) raises: it fails every file alike.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return _failed(
            Source(path=str(path), sha256="", pages=0), ErrorCode.FILE_UNREADABLE, unreadable_reason(path, error)
        )
    info = identify(path, data)
    source = Source(path=str(path), sha256=info.sha256, pages=0, kind=info.kind, size_bytes=info.size_bytes)
    if not data:
        return _failed(source, ErrorCode.FILE_EMPTY, "the file is empty (0 bytes)")
    try:
        raw_pages, page_errors = read_pages(info, data, settings)
    except InputError as error:
        return _failed(source, error.code, str(error))
    except MissingDependencyError:
        raise
    except Exception as error:  # a reader library choking on malformed input must not stop the batch
        return _failed(source, ErrorCode.FILE_UNREADABLE, f"cannot read the file: {type(error).__name__}: {error}")
    pages = [_normalized(page) for page in raw_pages]
    text = "\f".join(page.text for page in pages)
    source = source.model_copy(update={"pages": len(pages), "text_source": _text_source(pages)})
    if not text.strip():  # the pages' own errors (a page refused as too large) say why first
        empty = ErrorItem(code=ErrorCode.TEXT_EMPTY, message="no text found (blank pages, or a scan too poor to read)")
        return Document(source=source, status=Status.FAILED, errors=[*page_errors, empty])
    if lost_marks(text):  # a Vietnamese document all the same: read, and say what it lost
        lost = "the text lost its Vietnamese marks in conversion: only what reads for sure is kept"
        page_errors = [*page_errors, ErrorItem(code=ErrorCode.TEXT_MARKS_LOST, message=lost)]
    elif not is_vietnamese(text):
        return _failed(
            source, ErrorCode.TEXT_NOT_VIETNAMESE, "the text is not Vietnamese (few or no Vietnamese letters)"
        )
    confidences = [page.confidence for page in pages if page.source is TextSource.OCR and page.confidence is not None]
    if confidences:
        source = source.model_copy(update={"ocr_confidence": round(statistics.fmean(confidences), 2)})
    document = Document(
        source=source,
        text=text,
        pages=pages,
        status=Status.PARTIAL if page_errors else Status.OK,
        errors=page_errors,
    )
    from extractors.document import extract_fields  # see `extraction_context`

    return extract_fields(document, extraction_context(settings))


def extraction_context(settings: Settings) -> ExtractionContext:
    """What the extractors know besides the document: the built-in symbol parts and the office's own.

    The field extractors are imported on first use, not with this module: `congvan ingest` imports it to
    queue a file's pages before forking its OCR processes (`pipeline.ingest.early`), which need none of them
    (≈ 0.4 CPU-s of imports, loaded, then done beside the OCR instead of before it)."""
    from extractors.document import ExtractionContext

    return ExtractionContext(symbol_parts=KNOWN_SYMBOL_PARTS | frozenset(settings.symbol_parts))


def per_document_settings(settings: Settings, documents: int) -> Settings:
    """When documents run side by side outside a batch's page pool (in the processes of a task runner or a Dask
    cluster, where `page_pool` is not shared), each gets one OCR process so the cores are not oversubscribed."""
    if documents > 1 and settings.workers > 1:
        return settings.model_copy(update={"ocr_workers": 1})
    return settings


def extract_files(paths: Iterable[Path | str], settings: Settings) -> Iterator[Document]:
    """`extract_file` over the expanded inputs, in their order; a file with the same bytes as an earlier one
    is reported as its duplicate (status failed, code `file.duplicate`) instead of being extracted again.

    The pages of every file go to one pool of `settings.workers` OCR processes (`page_pool`), so pages of
    different files share the cores and the last long file spreads over all of them. Files are read, queued
    and given their fields on threads, two per OCR process (`files_in_flight`); at most two files per thread
    are ahead of the one being printed, so memory does not grow with the batch.
    """
    files = iter_input_files(paths)
    threads = max(1, min(files_in_flight(settings), len(files)))
    pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="extract")
    ahead: deque[Future[Document]] = deque()
    try:
        with page_pool(settings.workers):
            for job in _planned(files):
                ahead.append(pool.submit(extract_file, job, settings) if isinstance(job, Path) else _done(job))
                while len(ahead) > 2 * threads:
                    yield ahead.popleft().result()
            while ahead:
                yield ahead.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _planned(files: list[Path]) -> Iterator[Path | Document]:
    """Each file to extract, or the document that already answers for it (a duplicate of an earlier file)."""
    first_seen: dict[str, str] = {}
    for path in files:
        try:
            info = identify(path)
        except OSError:
            yield path  # extract_file reports why it cannot be read
            continue
        if info.size_bytes and info.sha256 in first_seen:
            source = Source(path=str(path), sha256=info.sha256, pages=0, kind=info.kind, size_bytes=info.size_bytes)
            yield _failed(source, ErrorCode.FILE_DUPLICATE, f"same content as {first_seen[info.sha256]}")
            continue
        first_seen.setdefault(info.sha256, str(path))
        yield path


def _done(document: Document) -> Future[Document]:
    future: Future[Document] = Future()
    future.set_result(document)
    return future
