"""What is stamped or copied onto a document and is not its own, kept as data (`Document.stamps`):

- digital-signature boxes: the signer's ("Ký bởi: ...; Thời gian ký: 05/01/2021 08:15:24") and the provincial
  gazette centre's ("TRUNG TÂM CÔNG BÁO VÀ TIN HỌC ... 06.11.2024 09:27:05 +07:00"). Their time is when the
  file was signed, days after the printed date: a bound on the issue date, never the issue date;
- the incoming-mail stamp of the receiving office ("CV ĐẾN Số: 2352 Ngày: 21/3/18"): its number is the
  office's registry number, not the document's;
- a copy block ("SAO Y BẢN CHÍNH" with its own number, date and signer);
- urgency marks ("HỎA TỐC", "THƯỢNG KHẨN", "KHẨN").

The header uses the line finders here to keep stamps out of the document's own fields.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.dates import date_at, find_dates
from extractors.docnumber import COPY_TYPES, number_after_label
from extractors.normalize import normalize_text
from extractors.signature import is_signature_title, split_name
from extractors.vntext import Line, fold, is_upper_line, lines, squash
from schemas.document import Box, Document, Page, Span, Stamp, StampKind

_STAMP_HEAD_RE = re.compile(r"^\s*(?:.*\s)?den(?:\s|$|\s*so\b)")
_STAMP_FIELD_RE = re.compile(r"^\s*(?:den\s+)?(?:so|ngay|gio|chuyen|luu ho so)\b\s*[:.]?")
_COPY_RE = re.compile(r"\b(?:sao y ban chinh|sao y|sao luc|trich sao)\b")


def incoming_stamp_lines(all_lines: list[Line], folded: str) -> set[int]:
    """Lines of the incoming-mail stamp: an "ĐẾN" line and the Số/Ngày/Chuyển fields that follow it."""
    stamp: set[int] = set()
    for line in all_lines[:60]:
        low = folded[line.start : line.end].strip()
        if not _STAMP_HEAD_RE.match(low) or len(low) > 40 or not line.stripped[:1].isupper():
            continue
        if low.startswith(("den ", "den\t")) or low == "den" or " den " in f" {low} ":
            stamp.add(line.index)
            for following in all_lines[line.index + 1 : line.index + 6]:
                field = _STAMP_FIELD_RE.match(folded[following.start : following.end])
                if (field and number_after_label(following, folded) is None) or not following.stripped:
                    stamp.add(following.index)
                else:
                    break
    return stamp


def copy_block_start(all_lines: list[Line], folded: str) -> int:
    """Index of the first line of a trailing copy block ("SAO Y BẢN CHÍNH" and its own header), or len."""
    for line in all_lines[12:]:
        low = folded[line.start : line.end]
        number = number_after_label(line, folded)
        if (_COPY_RE.search(low) and is_upper_line(line.text)) or (number and number.type_abbr in COPY_TYPES):
            start = line.index
            back = line.index - 1
            while back > 0 and (not all_lines[back].stripped or is_upper_line(all_lines[back].text)):
                if all_lines[back].stripped and is_signature_title(all_lines[back].text):
                    break
                if all_lines[back].stripped:
                    start = back
                back -= 1
                if line.index - back > 4:
                    break
            return start
    return len(all_lines)


def copy_block_end(all_lines: list[Line], start: int) -> int:
    """The copy block ends with its own signer's name: OCR may put the document's signature after it."""
    for line in all_lines[start : start + 14]:
        if split_name(line.text)[1] is not None:
            return line.index + 1
    return len(all_lines)


def near_copy_lines(all_lines: list[Line], folded: str) -> set[int]:
    """Lines near a copy marker or a copy's own number anywhere (a copy stamp put on top of page 1)."""
    near: set[int] = set()
    for line in all_lines:
        number = number_after_label(line, folded)
        if _COPY_RE.search(folded[line.start : line.end]) or (number and number.type_abbr in COPY_TYPES):
            near.update(range(line.index - 1, line.index + 5))
    return near


SIGNATURE_WINDOW = 320
"""How far before its signing time a signature box's first label may stand (the gazette box holds ~210
characters: body name, e-mail, agency, time)."""
_TIME_ANY = re.compile(r":(?<=\d:)\d\d")
"""The time `_SIGNED_AT_RE` needs, searched for from its colon: most texts have no signature box."""
_SIGNED_AT_RE = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})[ \t,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:[ \t]*(?P<tz>[+-]\d{2}):?(?P<tzm>\d{2}))?"
)
_SIGNATURE_LABEL_RE = re.compile(r"\b(?:ky boi|nguoi ky|thoi gian ky|trung tam cong bao|co quan)\b")
_INCOMING_NUMBER_RE = re.compile(r"\bso\s*[:.]?\s*(\d{1,6})\b")
_INCOMING_DATE_RE = re.compile(r"\bngay\s*[:.]?\s*")
_LAYER_EDGE_RE = re.compile(r"^[^\w(]+")
"""OCR of a stamp's frame: "|" and specks before a stamp's line."""
_URGENCY_RE = re.compile(r"^[\s*]*(hoa toc|thuong khan|khan)[\s*.!]*$")


def _signed_at(match: re.Match[str]) -> dt.datetime | None:
    """The signing time of a box (with its UTC offset when printed), or None when it is no real time."""
    zone = None
    if match.group("tz"):
        hours, minutes = int(match.group("tz")), int(match.group("tzm"))
        zone = dt.timezone(dt.timedelta(hours=hours, minutes=minutes if hours >= 0 else -minutes))
    try:
        return dt.datetime(
            int(match.group("y")),
            int(match.group("m")),
            int(match.group("d")),
            int(match.group("H")),
            int(match.group("M")),
            int(match.group("S") or 0),
            tzinfo=zone,
        )
    except ValueError:
        return None


def _signature_boxes(text: str, folded: str) -> list[Stamp]:
    """Digital-signature boxes: labels ("Ký bởi", "Thời gian ký", the gazette centre) then a date and time."""
    found: list[Stamp] = []
    after = 0
    for match in _SIGNED_AT_RE.finditer(folded) if _TIME_ANY.search(folded) else ():
        window_start = max(after, match.start() - SIGNATURE_WINDOW, folded.rfind("\f", 0, match.start()) + 1)
        label = _SIGNATURE_LABEL_RE.search(folded, window_start, match.start())
        signed_at = _signed_at(match)
        if label is None or signed_at is None:
            continue
        box = folded[label.start() : match.end()]
        kind = StampKind.GAZETTE if "cong bao" in box else StampKind.SIGNATURE
        found.append(_stamp(text, kind, label.start(), match.end(), date=signed_at.date(), time=signed_at.timetz()))
        after = match.end()
    return found


def _incoming(text: str, all_lines: list[Line], folded: str) -> list[Stamp]:
    """Incoming-mail stamps: the registry number and the date of receipt ("CV ĐẾN Số: 2352 Ngày: 21/3/18")."""
    runs: list[list[int]] = []
    for index in sorted(incoming_stamp_lines(all_lines, folded)):
        if runs and index == runs[-1][-1] + 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    found: list[Stamp] = []
    for run in runs:
        start, end = all_lines[run[0]].start, all_lines[run[-1]].end
        number = _INCOMING_NUMBER_RE.search(folded, start, end)
        label = _INCOMING_DATE_RE.search(folded, start, end)
        date = date_at(text, label.end(), max_gap=2) if label else None
        number_value = number.group(1) if number else None
        date_value = date.value if date else None
        found.append(_stamp(text, StampKind.INCOMING, start, end, number=number_value, date=date_value))
    return found


def _copies(text: str, all_lines: list[Line], folded: str) -> list[Stamp]:
    """Copy marks ("SAO Y BẢN CHÍNH") with the copy's own number ("Số: 12/SY-VP") and date when near."""
    found: list[Stamp] = []
    for line in all_lines:
        if not (_COPY_RE.search(folded[line.start : line.end]) and is_upper_line(line.text)):
            continue
        near = all_lines[line.index : line.index + 6]
        number = next((n for n in (number_after_label(ln, folded) for ln in near) if n and n.number), None)
        end = near[-1].end
        dates = [d for d in find_dates(text[line.start : end]) if d.value]
        found.append(
            _stamp(
                text,
                StampKind.COPY,
                line.start,
                line.end,
                number=number.number if number and number.type_abbr in COPY_TYPES else None,
                date=dates[0].value if dates else None,
            )
        )
    return found


def _urgency(text: str, all_lines: list[Line], folded: str) -> list[Stamp]:
    """A line that is only "HỎA TỐC", "THƯỢNG KHẨN" or "KHẨN" in capitals."""
    return [
        _stamp(text, StampKind.URGENCY, line.start, line.end)
        for line in all_lines
        if _URGENCY_RE.match(folded[line.start : line.end]) and is_upper_line(line.text)
    ]


def _stamp(text: str, kind: StampKind, start: int, end: int, **values: object) -> Stamp:
    page = text.count("\f", 0, start) + 1
    return Stamp.model_validate(
        {"kind": kind, "text": squash(text[start:end]), "page": page, "span": Span(page=page, start=start, end=end)}
        | values
    )


def find_stamps(text: str) -> list[Stamp]:
    """Every stamp and signature box in a document's text, in text order (pure; see module doc)."""
    all_lines = lines(text)
    folded = fold(text)
    found = [
        *_signature_boxes(text, folded),
        *_incoming(text, all_lines, folded),
        *_copies(text, all_lines, folded),
        *_urgency(text, all_lines, folded),
    ]
    return sorted(found, key=lambda stamp: stamp.span.start if stamp.span else 0)


def stamp_box(page: Page, text: str, span: Span) -> Box | None:
    """The box around the OCR words of the page lines a stamp's span covers (None without word boxes)."""
    if not page.words:
        return None
    page_start = text.rfind("\f", 0, span.start) + 1
    first = text.count("\n", page_start, span.start)
    last = text.count("\n", page_start, span.end)
    words = [word.box for word in page.words if first <= word.line <= last]
    if not words:
        return None
    left, top = min(b.left for b in words), min(b.top for b in words)
    right, bottom = max(b.left + b.width for b in words), max(b.top + b.height for b in words)
    return Box(left=left, top=top, width=right - left, height=bottom - top)


def signing_time(stamps: list[Stamp]) -> dt.datetime | None:
    """The earliest digital-signature time: the document existed, dated, before it was signed digitally."""
    signatures = (StampKind.SIGNATURE, StampKind.GAZETTE)
    times = [
        dt.datetime.combine(s.date, s.time) for s in stamps if s.kind in signatures and s.date and s.time is not None
    ]
    return min(times, key=lambda t: t.replace(tzinfo=None)) if times else None


def layer_stamps(page: Page) -> list[Stamp]:
    """Stamps of a page's stamp layers (read apart from its text): what they say, where they stand.

    A layer that says none of the known stamps' words is kept whole as one `other` stamp when it holds
    words at all, so its text is not lost."""
    found: list[Stamp] = []
    for layer in page.stamp_layers:
        text = "\n".join(_LAYER_EDGE_RE.sub("", line) for line in normalize_text(layer.text).split("\n"))
        stamps = find_stamps(text) or (
            [Stamp(kind=StampKind.OTHER, text=squash(text))] if len(re.findall(r"[^\W\d_]{2,}", text)) >= 2 else []
        )
        found.extend(stamp.model_copy(update={"page": page.number, "box": layer.box, "span": None}) for stamp in stamps)
    return found


def extract_stamps(document: Document) -> Document:
    """Registered field extractor: `stamps[]` from the text (with the box of their words on OCR pages) and
    from each page's stamp layers."""
    pages = {page.number: page for page in document.pages}
    found = [
        stamp.model_copy(update={"box": stamp_box(pages[stamp.page], document.text, stamp.span)})
        if stamp.span is not None and stamp.page in pages
        else stamp
        for stamp in find_stamps(document.text)
    ]
    for page in document.pages:
        found.extend(layer_stamps(page))
    return document.model_copy(update={"stamps": _distinct(found)})


def _distinct(stamps: list[Stamp]) -> list[Stamp]:
    """One stamp per digital signature, the one saying most: a signature's box may be both in the text and
    in the PDF's signature fields, and one signature may have several widgets."""
    kept: dict[object, Stamp] = {}
    for index, stamp in enumerate(stamps):
        key = (stamp.kind, stamp.date, stamp.time.replace(tzinfo=None)) if stamp.time is not None else index
        if key not in kept or len(stamp.text) > len(kept[key].text):  # the box prints no offset, the field does
            kept[key] = stamp
    return sorted(kept.values(), key=stamps.index)
