"""Text normalisation applied to every page before field extraction.

Steps, in order (each a pure `str -> str` function, so tests and benchmarks can apply them one by one):

1. `fold_characters`: Unicode NFC; `Ð`/`ð` (U+00D0/U+00F0, which tesseract emits for Đ) → `Đ`/`đ`;
   the fraction and division slashes tesseract reads in numbers → `/`; non-breaking and zero-width spaces.
2. `place_tone_marks`: one tone-mark convention. congvan writes the mark the way current state documents
   do (the Nghị định 30/2020 templates print "CỘNG HÒA"): in an open syllable whose vowels are exactly
   `oa`, `oe` or `uy` the mark sits on the first vowel — "hòa", "khỏe", "thủy", "Ủy ban". Every other
   syllable already has one accepted place ("hoàn", "quý", "thuở", "khuyến") and is left alone.
3. `drop_markup_marks`: the image and link marks a web copy left in Markdown ("![]()", "![ảnh](/a.jpg)",
   "[Quyết định](https://…)"): an image is no text, a link's words are; so is an HTML link's leaked code, its
   address's end printed before its words ("số 85/2013/NĐ-CP">85/2013/NĐ-CP ngày …": the number once).
4. `normalize_whitespace`: spaces collapsed, line ends stripped, at most one blank line in a row; a line break a
   web page printed as its escape sequence ("\\r\\n") made one.
5. `join_hyphenated`: a word cut at a line end with a hyphen ("Ô-xtrây-" / "li-a", "1271/UBND-" / "NC")
   is joined on the first line. Vietnamese never splits a syllable, so such a hyphen belongs to the word
   and is kept.
6. `fix_ocr_confusions`: the OCR misreadings of Vietnamese letters that are certain from their context
   (see `OCR_FIXES`), never a guess elsewhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng (combining)
_CONSONANTS = set("bcdđghklmnpqrstvx")
_CHAR_FOLDS = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (Icelandic eth) → Đ
        "\u00f0": "\u0111",  # ð → đ
        "\u2044": "/",  # ⁄ fraction slash: tesseract's slash in a number ("1 01⁄2024/NĐ-CP")
        "\u2215": "/",  # ∕ division slash
        "\u2010": "-",  # ‐ hyphen and ‑ non-breaking hyphen: a web copy's in a hyphenated name ("Kim Gi‑hyeon")
        "\u2011": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\ufeff": None,
    }
)


def fold_characters(text: str) -> str:
    """NFC, the Đ look-alikes folded, invisible and non-breaking spaces and hyphens made plain."""
    return unicodedata.normalize("NFC", text).translate(_CHAR_FOLDS)


def _letters(word: str) -> list[list[str]]:
    """Each letter of `word`: its base character and its combining marks (NFD)."""
    letters: list[list[str]] = []
    for char in unicodedata.normalize("NFD", word):
        if unicodedata.combining(char) and letters:
            letters[-1].append(char)
        else:
            letters.append([char])
    return letters


def _retone_syllable(word: str) -> str:
    """Move the tone mark of an open `oa`/`oe`/`uy` syllable onto its first vowel, and a mark typed on the
    consonant's letter of "gi"/"qu" onto the vowel ("Gíam" → "Giám", "qúa" → "quá")."""
    letters = _letters(word)
    moved = _off_initial(letters)
    if moved is not None:
        return moved
    bases = [letter[0].lower() for letter in letters]
    if len(bases) < 2 or "".join(bases[-2:]) not in ("oa", "oe", "uy"):
        return word
    initial = bases[:-2]
    if any(base not in _CONSONANTS for base in initial) or (bases[-2] == "u" and initial[-1:] == ["q"]):
        return word
    first, second = letters[-2], letters[-1]
    if len(first) != 1:  # the first vowel already carries a mark (or is not a plain o/u)
        return word
    tones = [mark for mark in second[1:] if mark in TONE_MARKS]
    if not tones:
        return word
    letters[-2] = first + tones
    letters[-1] = [mark for mark in second if mark not in TONE_MARKS]
    return unicodedata.normalize("NFC", "".join("".join(letter) for letter in letters))


_PLAIN_VOWELS = set("aeiouy")
_HATTED = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn (NFD)


def _off_initial(letters: list[list[str]]) -> str | None:
    """The syllable with its tone mark moved off the "i" of "gi" or the "u" of "qu" onto the vowel after.

    In "gi"/"qu" before a vowel the "i"/"u" is part of the consonant and never carries the tone ("giám",
    "quá"); a mark typed on it ("Gíam đốc", "qúa") is a slip. The mark goes where the rest of the syllable
    takes it: a vowel with a circumflex, breve or horn (the last, "giường"), else the only vowel, else the
    second before a final consonant and the first at the end ("giáo"). None when the syllable is not such."""
    bases = [letter[0].lower() for letter in letters]
    if len(bases) < 3 or "".join(bases[:2]) not in ("gi", "qu") or bases[2] not in _PLAIN_VOWELS:
        return None
    tones = [mark for mark in letters[1][1:] if mark in TONE_MARKS]
    if not tones or any(mark in TONE_MARKS for letter in letters[2:] for mark in letter[1:]):
        return None
    vowels = [i for i in range(2, len(bases)) if bases[i] in _PLAIN_VOWELS]
    if vowels != list(range(2, 2 + len(vowels))):
        return None
    hatted = [i for i in vowels if _HATTED & set(letters[i][1:])]
    if hatted:
        target = hatted[-1]
    elif len(vowels) == 1:
        target = vowels[0]
    else:
        target = vowels[1] if vowels[-1] + 1 < len(bases) else vowels[0]
    letters = [list(letter) for letter in letters]
    letters[1] = [mark for mark in letters[1] if mark not in TONE_MARKS]
    letters[target] = letters[target] + tones
    return unicodedata.normalize("NFC", "".join("".join(letter) for letter in letters))


_WORD = re.compile(r"[^\W\d_]+")


def place_tone_marks(text: str) -> str:
    """Apply the one tone-mark convention ("hòa", "khỏe", "thủy") to every syllable of the text."""
    return _WORD.sub(lambda match: _retone_syllable(match.group()), text)


_MARKUP_MARK = re.compile(r"(?P<image>!)?\[(?P<words>[^\[\]\n]*)\]\((?:[a-z]+:|[/#.])?[^()\s]*\)")
"""A Markdown image or link mark: "![alt](target)", "[words](target)", the target empty, an address or a path (no
space in it, so a bracket followed by a parenthesis in a sentence, "[1] (xem …)", is no mark)."""


_LEAKED_LINK = re.compile(r'(?P<words>[^\s"<>]+)">(?P=words)(?![^\W_])')
"""An HTML link's code a page leaked: the address's end, its closing '">', and the link's words, the same token."""


def drop_markup_marks(text: str) -> str:
    """A web copy's Markdown marks (`_MARKUP_MARK`) dropped, a link's words kept: "UBND huyện X ![]()" is the body's
    name, "[Quyết định 12/QĐ-UBND](https://…)" cites the decision; a leaked HTML link (`_LEAKED_LINK`) keeps its
    words once."""
    if '">' in text:
        text = _LEAKED_LINK.sub(lambda m: m["words"], text)
    if "](" not in text:
        return text
    return _MARKUP_MARK.sub(lambda m: "" if m["image"] else m["words"], text)


_SPACES = re.compile(r"[ \t\v]+")
_BLANK_RUNS = re.compile(r"\n{3,}")


_ESCAPED_BREAK = re.compile(r"\\r\\n|\\[rn](?![a-zđà-ỹ])")
"""A line break a web page printed as its escape sequence ("… Tiền Phong\\nLực lượng …", "số 1896/QĐ-TTg\\r\\nngày …"):
a backslash and "r" or "n", not before a small letter (a path's "\\new" is no break)."""


def normalize_whitespace(text: str) -> str:
    """Runs of spaces become one, lines are stripped, at most one blank line in a row; form feeds stay; a line break
    printed as its escape sequence is one (`_ESCAPED_BREAK`)."""
    text = _ESCAPED_BREAK.sub("\n", text).replace("\r\n", "\n").replace("\r", "\n")
    pages = []
    for page in text.split("\f"):
        lines = [_SPACES.sub(" ", line).strip() for line in page.split("\n")]
        pages.append(_BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n"))
    return "\f".join(pages)


_HYPHEN_END = re.compile(r"(?<=\w)-$")
_FIRST_TOKEN = re.compile(r"^(\w\S*)\s*(.*)$")


def join_hyphenated(text: str) -> str:
    """Join a word cut by a hyphen at a line end: its rest moves up, the hyphen stays (see module doc)."""
    lines = text.split("\n")
    emptied: set[int] = set()
    for index in range(len(lines) - 1):
        following = _FIRST_TOKEN.match(lines[index + 1])
        if _HYPHEN_END.search(lines[index]) and following:
            lines[index] += following.group(1)
            lines[index + 1] = following.group(2)
            if not lines[index + 1]:
                emptied.add(index + 1)
    return "\n".join(line for index, line in enumerate(lines) if index not in emptied)


_SYMBOL = re.compile(r"\b\d+(?:/\d{4})?[/-][A-Za-zĐđ0-9./-]*[A-Za-zĐđ]")
_SYMBOL_PARTS = {"QD": "QĐ", "QDi": "QĐi", "QyD": "QyĐ", "ND": "NĐ", "HDND": "HĐND"}
_TYPE_ONLY = frozenset({"QD", "ND"})
"""Parts that are a type with its "Đ" lost only where the type stands, the symbol's first part of letters
("45/2019/ND-CP"); after it they are a body's letters as printed ("105/2019/NQ-ND")."""
_SYMBOL_SEPARATORS = re.compile(r"([-/.])")


def _fix_symbol(match: re.Match[str]) -> str:
    """Restore Đ in type abbreviations; a run of "Đ" in one ("QĐĐ", "QĐĐĐ") is its one Đ read two or three times.

    Only whole parts between separators are repaired: "ND" inside "HĐND" is not "NĐ" ("83/NQ-HĐND"). A run in
    another part may be printed so ("ĐĐBQH", "ĐĐBĐVN": two words that start with "Đ"): the number's reader
    (`extractors.docnumber.repair_symbol`) judges it against the parts it knows."""
    parts = _SYMBOL_SEPARATORS.split(match.group())
    first = next((k for k, part in enumerate(parts) if part[:1].isalpha()), None)
    return "".join(
        _single_type_d(part if part in _TYPE_ONLY and k != first else _SYMBOL_PARTS.get(part, part))
        for k, part in enumerate(parts)
    )


def _single_type_d(part: str) -> str:
    single = re.sub("Đ{2,}", "Đ", part)
    return single if single in _SYMBOL_PARTS.values() else part


_LEGAL_PHRASES = {
    "tô chức": "tổ chức",
    "sửa đôi": "sửa đổi",
    "bộ sung": "bổ sung",
    "chính quyên": "chính quyền",
    "một sô điêu": "một số điều",
    "một sô điều": "một số điều",
    "chậm nhật": "chậm nhất",  # a rule's lead or deadline: "nhật" (sun, Japan) never follows "chậm"
    "muộn nhật": "muộn nhất",
    "đăng ủy": "đảng ủy",  # "Bí thư Đăng ủy phường …": the breve for the hook; "đăng" (to register) takes no "ủy"
}
_LEGAL_SLIPS = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}|{re.escape(p.upper())}".replace(r"\ ", r"[ \t]*\n?[ \t]*")
        for p in _LEGAL_PHRASES
    )
    + r")(?!\w)"
)
"""Each slip as written in running text (first letter in either case) or in capitals, never in a name's
title case ("Tô Chức"); its words may be broken over a line ("chính\nquyên địa phương")."""


def _repaired_phrase(match: re.Match[str]) -> str:
    """The repaired phrase in the case and with the spaces or line break it was read with."""
    read = match.group()
    gaps = re.findall(r"\s+", read)
    words = _same_case(read, _LEGAL_PHRASES[" ".join(read.lower().split())]).split(" ")
    return "".join(word + gap for word, gap in zip(words, [*gaps, ""], strict=True))


def _same_case(read: str, repaired: str) -> str:
    """The repair in the case it was read in: "TÔ CHỨC" → "TỔ CHỨC", "Tô chức" → "Tổ chức"."""
    if read.isupper():
        return repaired.upper()
    return repaired[:1].upper() + repaired[1:] if read[:1].isupper() else repaired


OCR_FIXES: list[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    # "Số:" misread at a line start, right before a number or a blank number ("Số: /UBND-VP").
    ("so-label", re.compile(r"(?m)^(\s*)S[6ô0oóòỏõọồổỗốộ]\s*[:;]\s*(?=\d|/)"), r"\1Số: "),
    # Type abbreviations inside a document symbol lose their Đ: "15/QD-UBND", "262-QD/TU", "/ND-CP".
    ("symbol-d", _SYMBOL, _fix_symbol),
    # Marks tesseract drops or changes in the fixed phrases of legal text ("Luật Tô chức chính quyên địa phương",
    # "chậm nhật mười (10) ngày"): "tô chức", "sửa đôi", "bộ sung", "chính quyên", "chậm nhật" are no Vietnamese,
    # the repaired phrases are.
    ("legal-phrases", _LEGAL_SLIPS, _repaired_phrase),
    # "tại khoán 2, khoản 3 nêu trên": "khoản" (item) read with the wrong tone. "khoán" (a lump sum, "giao khoán")
    # is never an item's number's word after "tại" nor before "N, khoản M", "N và khoản M", "N Điều M", "N nêu trên".
    (
        "item-word",
        re.compile(
            r"(?:(?<=\btại )|(?<=\bTại ))([Kk])hoán(?=[ \t]+\d{1,2}\b)"
            r"|(?<!\w)([Kk])hoán(?=[ \t]+\d{1,2}(?:(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)kho[ảá]n"
            r"|[ \t]+(?:[ĐđD]iều|nêu trên))\b)"
        ),
        lambda m: (m.group(1) or m.group(2)) + "hoản",
    ),
    # "đến ngày-18/4/2026", "ngày – 03/4/2026": a dash between "ngày" and its day is no text (a received stamp's
    # dotted rule across the line, read as a dash glued to the date); no date is written so, and a range's dash
    # stands between two dates, never after "ngày".
    ("day-dash", re.compile(r"(?<!\w)(ngày)[ \t]*[-–—]+[ \t]*(?=\d)", re.IGNORECASE), r"\1 "),
    # "ngay 05 thang 3 nam 2024": a dateline that lost its diacritics.
    (
        "dateline",
        re.compile(r"\b([nN])g[aàáảãạ]y(\s+\d{1,2}\s+)th[aàáảãạ]ng(\s+\d{1,2}\s+)n[aăâàáảãạằắẳẵặầấẩẫậ]m(\s+\d{4})\b"),
        r"\1gày\2tháng\3năm\4",
    ),
]
"""(name, pattern, replacement): each fix applies only where its context makes the reading certain."""


def fix_ocr_confusions(text: str) -> str:
    """Apply `OCR_FIXES` in order."""
    for _name, pattern, replacement in OCR_FIXES:
        text = pattern.sub(replacement, text)
    return text


STEPS: list[Callable[[str], str]] = [
    fold_characters,
    place_tone_marks,
    drop_markup_marks,
    normalize_whitespace,
    join_hyphenated,
    fix_ocr_confusions,
]


def normalize_text(text: str) -> str:
    """Every normalisation step, in order (the text of each `Page` goes through this)."""
    for step in STEPS:
        text = step(text)
    return text


@functools.lru_cache(maxsize=1 << 16)
def normalize_word(word: str) -> str:
    """The character-level steps for one OCR word, so word boxes match the normalised text.

    Cached: a page's words are mostly a few hundred syllables met again and again, and the loader spells
    every name it locates against the page's words (`pipeline.store.records.spelling_words`)."""
    return place_tone_marks(fold_characters(word)).strip()
