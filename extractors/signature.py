"""The signature block: the signer's mode (TM., KT., TL., TUQ., Q.), title lines in capitals, then the name.

The block stands where the document is signed: after the body, at the right of the "Nơi nhận:" column
(OCR may interleave the two columns on one line), with the handwritten signature and the seal between the
title and the name (OCR reads them as short junk, or glues the family name to the scrawl).
"""

from __future__ import annotations

import re
import statistics
from functools import cache

from extractors.first_chars import compile_led
from extractors.issuer import REPUBLIC, starts_a_body
from extractors.names import KNOWN_FAMILY, KNOWN_GIVEN, SURE_READ, shape_doubts, tone_slip
from extractors.ocr_titles import SPELLING_SCORE, match_title
from extractors.people import (
    FAMILY_NAMES,
    family_name,
    family_without_initial,
    is_unique_family,
    look_alike_families,
    repair_family,
)
from extractors.signer_text import SIGNING_TITLE_RE, signing_titles, unglue
from extractors.titles import (
    CENTRAL_SIGNING_TITLES,
    OFFICES,
    SIGNING_TITLES,
    STATE_OFFICES,
    TITLE_BY_FOLD,
    canonical,
    is_deputy_word,
    is_title,
    office_of,
    title_key,
)
from extractors.vntext import Line, fold, is_syllable, is_upper_line, readable_case, squash
from schemas.document import Box, ErrorItem, Page, Signer, Span, Word
from schemas.errors import ErrorCode

_MODE_RE = re.compile(
    r"^(?:(KT|K/T|TM|T/M|TL|T/L|TUQ|Q|K\.\s?T|T\.\s?M|T\.\s?L)\s*[.:]\s*|(KT|K/T|TM|T/M|TL|T/L|TUQ)(?:\s+|/\s*))"
    r"(?=[A-ZĐỦ])"
)
"""A signing mode before the title: "KT.", "K/T", as old copies space it, "K. T.", and with a slash typed for the
dot ("KT/ BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ")."""
_TITLE_KEYS = sorted({title_key(title) for title in (*OFFICES, *STATE_OFFICES)}, key=lambda key: (-len(key), key))
_TITLE_WORDS_RE = compile_led(r"\b(?:" + "|".join(_TITLE_KEYS) + r"|pho|truong|tong|chanh)\b")
"""A title of the lexicon written out (an abbreviation in capitals is a "Nơi nhận" item: "VPCP: BTCN"), folded;
or a word every garbled deputy's or head's title keeps ("PHÓ CHỦ TCH", "TỔNG GIÁM ĐC", "CHÁNH VP")."""
_NAME_PREFIXES = (
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
    "Thiếu tá",
    "Đại úy",
    "Thượng úy",
    "Trung úy",
    "Thiếu úy",
    "PGS.TS.",
    "PGS. TS.",
    "GS.TS.",
    "TS.",
    "ThS.",
    "BS.",
)
_TRAILING_SPECK_RE = re.compile(r"(?:\s+(?:\S|\S*\d\S*))+\s*$")
"""One-character tokens, or tokens with a digit, after a name: OCR of the seal's edge or the signature's tail
("Minh ì", "Hiền K", "Tuấn L9")."""
_LEADING_SPECK_RE = re.compile(r"^(?:\S\s+|[^\w\s]+\s*)+")
"""One-character tokens or marks before a name: the same specks ("_ Nguyễn Hoàng Giang", "z Nguyễn", "'Trần")."""
SURE_NAME = 40.0
"""Tesseract's confidence each given name of an OCR'd signer needs; below it the name is not taken (the
header's `LOW_CONFIDENCE` for numbers and days). Where two reads of the name line agreed, the word carries
the higher of their confidences (`extractors.text.signer_line.choose`)."""
CROSSED_HEIGHT = 1.6
"""How many times the given names' median height an OCR'd family name's box must reach to hold ink crossing it (a
signature stroke through its capital: 2.1-2.8 on rendered strokes, 1.1 on rs_07's name read whole)."""
CROSSED_CONFIDENCE = 60.0
"""The confidence such a crossed family name needs. On 49 rendered strokes through the capital (development) the
crossed words read wrong and not caught otherwise scored 38 and 51 ("Vương" for Trương, "Nưần" for Trần), the
ones read right 73-87: midway. Wrong reads that are no family name ("Nuỳnh") are `look_alike_families`'s."""
_WORD_EDGES = "\"'“”‘’.,:;_-|()"
_CAPITAL = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_NAME_WORD_RE = re.compile(rf"^(?:[{_CAPITAL}][’'])?[{_CAPITAL}][^\W\d_]*$")
"""A word of a name: a capital first; a Central Highlands name's word may start with a letter and an apostrophe
("H’Yim", "K'Nhiễu")."""


def is_signature_title(text: str) -> bool:
    low = fold(squash(text))
    return bool(is_upper_line(text) and (_TITLE_WORDS_RE.search(low) or _MODE_RE.match(squash(text))))


def _signature_part(text: str) -> str:
    """The right-hand column of a line that interleaves "Nơi nhận" items with the signature block."""
    text = text.strip().strip("*").strip()
    if fold(text).startswith(("noi nhan", "-", "+", "•")):
        pieces = re.split(r"[;:]|\s{3,}|\t", text)
        text = pieces[-1].strip() if len(pieces) > 1 else ""
    match = re.search(r"((?:KT|K/T|TM|T/M|TL|T/L|TUQ|Q)\s*[.:].*)$", text)
    if match and match.start() > 0:
        text = match.group(1)
    return text.strip().strip("*").strip()


def split_name(text: str) -> tuple[str | None, str | None]:
    """(honorific or rank, name) when the line is a personal name, e.g. "Thượng tá Nguyễn Văn Nam". A name in
    capitals ("TRẦN VĂN CƯỜNG") is one only when every word is a known family or given name, the first a family
    name: a line of a heading in capitals ("VĂN PHÒNG CHÍNH PHỦ") is none; it is given back in name case."""
    text = squash(text.strip().strip("*"))
    prefix = None
    for candidate in _NAME_PREFIXES:
        if text.startswith(candidate + " "):
            prefix, text = candidate, text[len(candidate) + 1 :]
            break
    words = text.split(" ")
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD_RE.match(w) for w in words):
        return prefix, None
    if all(_in_capitals(w) for w in words if len(w) > 1):
        cased = [word.capitalize() for word in words]
        known = cased[0] in KNOWN_FAMILY and all(word in KNOWN_GIVEN for word in cased[1:])
        return prefix, " ".join(cased) if known else None
    return prefix, text


def _in_capitals(word: str) -> bool:
    """A word written in capitals, one or two lower-case letters a web copy let slip in included ("TịCH": a legacy
    font's "Ị" typed small, rt-1570): more capitals than small letters, two at least. A name's word in name case
    has one capital, or two in a prefixed name ("McDonagh")."""
    upper = sum(map(str.isupper, word))
    return upper >= 2 and upper > len(word) - upper


def capitals_name(text: str) -> str | None:
    """A personal name in capitals whose given names `split_name`'s lists lack ("VÕ CHÍ CÔNG"), in name case: a
    family name first, every word a Vietnamese syllable in capitals, no title's word, no body's name. Only where the
    line's place says it is a name (under a signing mode, after a letter's dateline): a heading may read so ("HÀ
    NỘI")."""
    words = squash(text.strip()).split(" ")
    if not 2 <= len(words) <= 4 or SIGNING_TITLE_RE.search(" ".join(words)) or starts_a_body(" ".join(words)):
        return None  # "VĂN PHÒNG CHÍNH PHỦ": Văn is a family name too
    cased = [word.capitalize() for word in words]
    if all(word.isupper() and is_syllable(word) for word in words) and cased[0] in FAMILY_NAMES:
        return " ".join(cased)
    return None


def find_signer(block: list[Line], text: str, *, ocr: bool = False) -> Signer | None:
    """The first signature block: mode and title lines in capitals, then (after blanks or "(Đã ký)") a name.

    On OCR text (`ocr`) a title line garbled past the exact patterns is matched to the known titles
    (`ocr_titles.match_title`), a title nearly one of them takes its spelling ("PHÓ CHỦ TỊC"), a family
    name OCR glued to the signature's scrawl on the line above ("A.w-Nguyễn" / "Hữu Đạt") is put back in
    front of the given names, one whose capital a signature stroke took ("1 rần Phước Hiền") is given it back
    when a single family name ends with the rest (`people.family_without_initial`), and a speck OCR read
    after the name ("Đặng Văn Minh ì") is dropped. A name OCR put at the end of a "Nơi nhận" item line (the
    two columns merged: "- Sở Nội vụ; Nguyễn Hoàng Giang") is taken from the line's right-hand part. A name in
    capitals whose given names the name lists lack (`capitals_name`: "VÕ CHÍ CÔNG") is taken under a signing mode only.
    Between title lines, a head's body or the state's name is passed over ("TM. HỘI ĐỒNG NHÀ NƯỚC / NƯỚC CỘNG HÒA XÃ
    HỘI CHỦ NGHĨA VIỆT NAM / Chủ tịch")."""
    for i, line in enumerate(block):
        if not line.stripped:
            continue
        glued = unglue(line.text)  # "PHÓ CHỦ NHIỆMNguyễn Quốc Huy"
        name = glued[1] if glued is not None else _name_on(line.text, ocr=ocr)
        unlisted = name is None and not ocr and (name := capitals_name(line.text)) is not None
        if name is None:
            continue
        if ocr:
            name = repair_family(_with_glued_family(name, block[:i]))
        titles = _titles_above(block, i, glued[0] if glued else [], ocr=ocr)
        if not titles or not any(is_signature_title(t) or _MODE_RE.match(squash(t)) for t in titles):
            continue  # sentence-case titles alone ("Phó Giám đốc / Nguyễn Văn B" in a list): no block
        if unlisted and not any(_MODE_RE.match(squash(t)) for t in titles):
            continue  # a name the lists do not know is taken under a signing mode only
        mode, title = _mode_and_title(titles, ocr=ocr)
        name_start = line.start + max(0, line.text.find(name))
        return Signer(
            name=name,
            title=title,
            mode=mode,
            span=Span(page=text.count("\f", 0, name_start) + 1, start=name_start, end=name_start + len(name)),
        )
    return None


def unnamed_signer(block: list[Line], text: str) -> Signer | None:
    """On OCR text, a signature block whose name could not be read: its mode and title, no name, the span on
    the line where the name should be ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / 1 ương Phước Hiền": a signature stroke
    through a capital that Lương, Dương and Trương all end without). Only a block with a mode (KT., TM., …),
    so a heading in capitals is never one; for when `find_signer` found no name at all."""
    for i, line in enumerate(block):
        stripped = line.stripped
        if not stripped or _is_scrawl(stripped) or fold(stripped).startswith(("-", "+", "•", "noi nhan")):
            continue
        if is_signature_title(_signature_part(line.text)):
            continue
        titles = _titles_above(block, i, [], ocr=True)
        mode, title = _mode_and_title(titles, ocr=True) if titles else (None, None)
        if mode is None:
            continue
        start = line.start + (len(line.text) - len(line.text.lstrip()))
        return Signer(title=title, mode=mode, span=Span(page=text.count("\f", 0, start) + 1, start=start, end=line.end))
    return None


def _titles_above(block: list[Line], i: int, titles: list[str], *, ocr: bool) -> list[str]:
    """The signature title lines above line `i` (after `titles` already found on it), top first; OCR's short
    runs of scrawl between them and the name are passed over."""
    titles = list(titles)
    noise = bodies = 0
    for back in reversed(block[max(0, i - 8) : i]):
        if not back.stripped or re.match(r"^\s*\(.*\)\s*$", back.text):
            continue
        part = _signature_part(back.text)
        fuzzy = match_title(part) if ocr and part and is_upper_line(part) else None
        if not ocr and part and titles == [] and fuzzy is None:
            fuzzy = _title_with_letters_lost(part)
        if part and (is_signature_title(part) or _sentence_case_title(part)):
            titles.insert(0, part)
        elif fuzzy:
            titles.insert(0, fuzzy)
        elif titles and bodies == 0 and is_upper_line(part) and (starts_a_body(part) or _STATE_NAME.match(fold(part))):
            bodies += 1  # "K/T VIỆN TRƯỞNG / VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO / PHÓ VIỆN TRƯỞNG": the head's body, or
            # the state's name under the council signing for it ("TM. HỘI ĐỒNG NHÀ NƯỚC / NƯỚC CỘNG HÒA … / Chủ tịch")
        elif titles:
            break
        elif fold(back.text).strip().startswith(("-", "noi nhan")):
            continue
        elif _is_scrawl(back.stripped) and noise < 2:
            noise += 1  # OCR of the handwritten signature or the seal
        else:
            break
    return titles


@cache
def _lost_letter_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each signing title in capitals with every letter outside ASCII optional ("CH(Ủ)? T(Ị)?CH")."""
    titles = {title.upper() for title in (*SIGNING_TITLES, *CENTRAL_SIGNING_TITLES)}
    return [
        (re.compile("".join(r"\s+" if c == " " else re.escape(c) if c.isascii() else f"{c}?" for c in t)), t)
        for t in sorted(titles, key=len, reverse=True)
    ]


def _title_with_letters_lost(part: str) -> str | None:
    """A signing title printed by a page that dropped some of its letters outside ASCII ("CH TCH" for "CHỦ
    TỊCH", a copy whose font lost Ủ and Ị), given back whole; only when exactly one title reads so."""
    line = squash(part)
    if not line.isupper() or _TITLE_WORDS_RE.search(fold(line)):
        return None
    found = [title for pattern, title in _lost_letter_patterns() if pattern.fullmatch(line)]
    return found[0] if len(found) == 1 else None


def _sentence_case_title(part: str) -> bool:
    """A whole line that is a mode and a signing title in sentence case, as a web copy prints the block
    ("KT. Chủ tịch", "Phó Thủ tướng"): a title line, though not in capitals (nor junk OCR left)."""
    line = squash(part)
    mode = _MODE_RE.match(line)
    return SIGNING_TITLE_RE.fullmatch(line[mode.end() :] if mode else line) is not None


def _mode_and_title(titles: list[str], *, ocr: bool) -> tuple[str | None, str | None]:
    """The signing mode ("KT.") and the signer's own title (readable case) of a block's title lines."""
    mode = wrapped = None
    title_lines = []
    for part in titles:
        match = _MODE_RE.match(part)
        if match:
            inner = _INNER_MODE.search(part, match.end())
            if inner is not None:  # "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH …": the last mode is the signer's
                part = part[inner.start("mode") :]
                match = _MODE_RE.match(part) or match
            mode = re.sub(r"[/.\s]", "", match.group(1) or match.group(2)) + "."
            superior, own_title = _two_titles(part[match.end() :].strip(), mode)
            superior, wrapped = _wrapped_deputy(superior) if own_title is None else (superior, None)
            title_lines.append(("superior", superior))
            if own_title:
                title_lines.append(("own", own_title))
        elif wrapped and not is_deputy_word(part.split()[0]) and is_title(readable_case(f"{wrapped} {part}")):
            title_lines.append(("own", f"{wrapped} {part.strip()}"))
            wrapped = None
        else:
            title_lines.append(("own", part))
    own = [t for kind, t in title_lines if kind == "own"]
    title = own[-1] if own else title_lines[-1][1]
    if len(own) > 1 and _STATE_NAME.match(fold(squash(title))):  # "CHỦ TỊCH / NƯỚC CỘNG HÒA …": the state's head
        title = f"{own[-2].strip()} {title.split()[0]}"
    elif len(own) > 1 and own[-2].rstrip().endswith(","):  # "BỘ TRƯỞNG, / CHỦ NHIỆM …": one title on two lines
        title = f"{own[-2].strip()} {title.strip()}"
    elif len(own) > 1 and title_key(f"{own[-2]} {office_of(readable_case(title))}") in TITLE_BY_FOLD:
        title = f"{own[-2].strip()}, {title.strip()}"  # "BỘ TRƯỞNG / CHỦ NHIỆM VP …": a known double title
    elif len(own) > 1 and _body_under_title(own[-2], title):
        title = own[-2]  # "CỤC TRƯỞNG / CỤC NHÀ GIÁO VÀ CÁN BỘ …": the title, then the body it heads
    if ocr:
        title = match_title(title, SPELLING_SCORE) or title
    return mode, canonical(office_of(readable_case(title))) or None


_STATE_NAME = re.compile(rf"nuoc\s+(?:{REPUBLIC}\s*viet\s*nam|viet\s*nam\s*dan\s*chu\s*c[o0]ng\s*h[o0]a)\W*$")
"""A title's last line that is the state's name ("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "NƯỚC VIỆT NAM DÂN CHỦ
CỘNG HÒA" under "CHỦ TỊCH"): the title is the line above with "nước", the state's name is no office."""


def _body_under_title(above: str, last: str) -> bool:
    """Whether a block's last title line is the body the signer heads, printed under the title ("CỤC TRƯỞNG / CỤC
    NHÀ GIÁO VÀ CÁN BỘ QUẢN LÝ CƠ SỞ GIÁO DỤC"): a body's name that is no title, under a line that is one."""
    return (
        starts_a_body(last)
        and not is_title(office_of(readable_case(last)))
        and is_title(office_of(readable_case(above)))
    )


def _wrapped_deputy(superior: str) -> tuple[str, str | None]:
    """The superior's title of a mode's line and the deputy's word the copy wrapped onto its end ("KT THỦ TƯỚNG
    CHÍNH PHỦ PHÓ / THỦ TƯỚNG": the "PHÓ" begins the signer's own title on the next line); else (`superior`, None)."""
    head, _, last = superior.rstrip().rpartition(" ")
    return (head.rstrip(), last) if head and is_deputy_word(last) else (superior, None)


_INNER_MODE = re.compile(r"\s(?P<mode>(?:KT|K/T|TL|T/L|TUQ)\s*[.:])\s*(?=[A-ZĐ])")
"""A second mode inside a mode's line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", a copy that ran the block's
lines together): the signer signs in the last one (KT.: the deputy for the head who signs for the body)."""


def _two_titles(part: str, mode: str) -> tuple[str, str | None]:
    """The superior's part and the signer's own title of a mode's line that prints both, as a copy that ran the
    block's lines together does: after KT., TL. or TUQ. the head's title (maybe its body) then the signer's ("KT THỦ
    TƯỚNG PHÓ THỦ TƯỚNG", "KT/ BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ PHÓ CHỦ NHIỆM", "KT. BỘ TRƯỞNG BỘ NGOẠI GIAO THỨ
    TRƯỞNG", "TL. BỘ TRƯỞNG VỤ TRƯỞNG VỤ HỢP TÁC QUỐC TẾ"); after TM. the body signed for, then the signer's title
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"). The signer's is the line's last title (a title ending a body's name is none:
    `signing_titles`) and runs to the line's end (`office_of` drops its unit); else (`part`, None)."""
    titles = signing_titles(part)
    head = 0 if mode == "TM." else 1  # TM.: the line opens with a body, else with the head's title
    if len(titles) <= head or (head and titles[0].start() > 0) or titles[-1].start() == 0:
        return part, None
    if head and part[titles[0].end() : titles[1].start()].strip() == ",":
        return part, None  # "KT. BỘ TRƯỞNG, TRƯỞNG BAN …": a comma joins one double title, the superior's
    return part[: titles[-1].start()].strip(), part[titles[-1].start() :].strip()


def _is_scrawl(text: str) -> bool:
    """OCR of the handwritten signature or the seal: a short run of junk ("/⁄B l4"), or a longer one that is
    mostly not letters ("———\\LauL———— J5): SE")."""
    return len(text) <= 12 or sum(char.isalpha() for char in text) < 0.5 * len(text.replace(" ", ""))


def _name_on(text: str, *, ocr: bool) -> str | None:
    """The personal name a signature line holds, if any (see `find_signer` for what OCR adds to it), also after
    the words saying it was signed ("Đã ký: Nguyễn Văn A", as an old copy prints the block)."""
    candidates = [_SIGNED_BEFORE.sub("", text)]
    if ocr:  # no Vietnamese given name is one letter: a trailing one is a speck
        candidates = [_TRAILING_SPECK_RE.sub("", _LEADING_SPECK_RE.sub("", text.strip())), text]
        part = _signature_part(text)
        if part != text.strip():
            candidates.append(part)
        first, _, rest = candidates[0].partition(" ")
        if rest and (family := family_without_initial(first)):
            candidates.insert(1, f"{family} {rest}")
    for index, candidate in enumerate(candidates):
        _, name = split_name(candidate)
        if name is not None and (index < 2 or _family_first(name)):
            return name
    return None


_SIGNED_BEFORE = re.compile(r"^\s*(?:\(\s*)?(?i:đã\s+k[ýí])(?:\s*\))?\s*:?\s*(?=\S)")
""""Đã ký:" or "(Đã ký)" before the signer's name on its line: a copy's mark that the original is signed."""


def _family_first(name: str) -> bool:
    """A name taken from the right of a merged line starts with a family name ("Z VnnẴ" is scrawl)."""
    return family_name(name.split(" ")[0], ocr=True) is not None


def _with_glued_family(name: str, before: list[Line]) -> str:
    """ "Hữu Đạt" under "A.w-Nguyễn": the family name ends the previous line, glued to scrawl, not a name."""
    if family_name(name.split(" ")[0], ocr=True):
        return name
    previous = next((ln for ln in reversed(before) if ln.stripped), None)
    if previous is None:
        return name
    glued = re.search(r"(?:^|[^\w\s]|\d)([^\W\d_]+)\s*$", previous.stripped)
    family = family_name(glued.group(1), ocr=True) if glued else None
    if family is None or split_name(previous.text)[1] is not None:
        return name
    return f"{family} {name}"


def unsure_name(signer: Signer, pages: list[Page]) -> ErrorItem | None:
    """Why an OCR'd signer's name cannot be taken, or None when it can.

    Every word must be a Vietnamese syllable (`names.shape_doubts`). Each given name must be a word
    tesseract read with confidence `SURE_NAME` or more, on the signature's page (the last such run of
    words in reading order: the signature comes after any mention in the body), and one that is a tone
    slip of a known name (`names.tone_slip`: "Hiên" for Hiền) read below `names.SURE_READ` is not taken
    either. So must the family name, unless it is the only known family name its letters without marks
    can spell (`find_signer` restores such a one: "Trân" → "Trần"; "La" could be "Lã") — and then, if it
    was restored, the word read ("Trân") needs `SURE_NAME`, and a given name that is a tone slip is not
    taken however sure tesseract was: the line already lost a mark ("Trân Phước Hiên" was read at 94-95%
    on the blind split). A family name that is none known but one letter from a known one ("Nuỳnh": a stroke
    through the "H" of Huỳnh) is not taken either, nor one read below `CROSSED_CONFIDENCE` whose box holds ink
    crossing it (`CROSSED_HEIGHT`). A name whose words are not found on the page is judged by its shape alone."""
    page = signer.span.page if signer.span is not None else None
    if signer.name is None or page is None or not 1 <= page <= len(pages):
        return None
    family, *given = signer.name.split(" ")
    words = sorted(pages[page - 1].words, key=lambda w: (w.line, w.box.left))
    read = _last_run(words, [family, *given], folded_first=True)
    found = read[1:] if read is not None else _last_run(words, given)
    doubts = shape_doubts(signer.name)
    if near := look_alike_families(family):
        doubts.append(f"{family}: no family name, one letter from {'/'.join(near)}")
    if read is not None and len(read) > 1 and read[0].confidence < CROSSED_CONFIDENCE:
        line_height = statistics.median(w.box.height for w in read[1:])
        if read[0].box.height > CROSSED_HEIGHT * line_height:
            doubts.append(f"{read[0].text} {read[0].confidence:.0f}%, boxed with ink crossing it")
    slipped = read is not None and read[0].text.strip(_WORD_EDGES) != family
    if read is not None and (slipped or not is_unique_family(family)) and read[0].confidence < SURE_NAME:
        doubts.append(f"{read[0].text} {read[0].confidence:.0f}%")
    for word in found or []:
        text = word.text.strip(_WORD_EDGES)
        if word.confidence < SURE_NAME:
            doubts.append(f"{text} {word.confidence:.0f}%")
        elif (word.confidence < SURE_READ or slipped) and (known := tone_slip(text)):
            doubts.append(f"{text} {word.confidence:.0f}%, no known name but a tone slip of {'/'.join(known)}")
    if not doubts:
        return None
    boxed = read or found
    if read is None and found and (before := words.index(found[0]) - 1) >= 0 and words[before].line == found[0].line:
        boxed = [words[before], *found]  # the family name, in the box the reviewer sees
    return ErrorItem(
        code=ErrorCode.SIGNER_NAME_UNSURE,
        message=f"signer's name read as {signer.name!r}, not for sure ({'; '.join(doubts)})",
        page=page,
        box=_enclosing(boxed) if boxed else None,
    )


def _last_run(words: list[Word], tokens: list[str], *, folded_first: bool = False) -> list[Word] | None:
    """The last run of consecutive words (in reading order) that spell `tokens`; with `folded_first`, the
    first token may have been read with other marks or without its initial (a family name `find_signer`
    restored)."""
    texts = [w.text.strip(_WORD_EDGES) for w in words]
    for start in range(len(words) - len(tokens), -1, -1):
        run = texts[start : start + len(tokens)]
        if not tokens or run[1:] != tokens[1:]:
            continue
        restored = fold(run[0]) == fold(tokens[0]) or family_without_initial(run[0]) == tokens[0]
        if run[0] == tokens[0] or (folded_first and restored):
            return words[start : start + len(tokens)]
    return None


def _enclosing(words: list[Word]) -> Box:
    left, top = min(w.box.left for w in words), min(w.box.top for w in words)
    right = max(w.box.left + w.box.width for w in words)
    bottom = max(w.box.top + w.box.height for w in words)
    return Box(left=left, top=top, width=right - left, height=bottom - top)
