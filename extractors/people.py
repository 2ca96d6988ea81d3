"""People named in a document, with title and unit: "đồng chí Nguyễn Văn A, Phó Giám đốc Sở Ngoại vụ",
"Thượng tá Nguyễn Văn Nam", "ông (bà) Lê Thị B", "Ông Trần Văn B – Trưởng phòng ...", table rows
("1 | Nguyễn Văn A | Phó Giám đốc Sở Ngoại vụ"), and the signer.

A name is 2-5 capitalised syllables after an honorific or rank, or starting with a common family name and
followed by a title. underthesea's CRF NER is one more signal: on a line that names a title but where the
patterns found nobody, a PER entity it reports there is taken (switch it off with `nlp.enabled`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from extractors import nlp
from extractors.first_chars import compile_led
from extractors.gazetteer import TRANSLITERATED, is_vietnamese_place, place_key
from extractors.gazetteer import places as foreign_places
from extractors.names import KNOWN_FAMILY, KNOWN_GIVEN, cut_name, name_list
from extractors.paragraphs import blank_filing_items, unwrap_lines
from extractors.places import code_of
from extractors.titles import (
    ABBREVIATED_TITLES,
    DELEGATION_ROLES,
    LIST_ABBREVIATIONS,
    TITLE_PATTERN,
    canonical,
    high_office,
    is_title,
    title_key,
    without_acting,
    without_former,
)
from extractors.units import MEMBERSHIP, title_and_unit
from extractors.vntext import (
    LOWER,
    fold,
    is_syllable,
    is_upper_line,
    line_bounds,
    readable_case,
    split_glued,
    split_glued_small,
    squash,
)
from schemas.document import Document, Person, Span, TextSource, TripMember

HONORIFICS = r"(?:[ôÔ]ng \(bà\)|[ôÔ]ng/bà|đồng chí|Đồng chí|đ/c|Đ/c|[ôÔ]ng|[bB]à|[nN]gài|[cC]ụ)"
_MILITARY_RANKS = (
    "Thống tướng", "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đại tá", "Thượng tá", "Trung tá",
    "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Chuẩn Đô đốc", "Phó Đô đốc", "Đô đốc",
)  # fmt: skip
_SERVICE_RANKS = (
    "|".join(f"(?i:{rank[0]}){rank[1:]}" for rank in _MILITARY_RANKS)
    + r"|H[òo]a thượng|Hoà thượng|Thượng t[ọo]a|Thượng toạ|Đại đức|Linh mục|Tổng Giám mục|Giám mục|Mục sư"
)
"""Military ranks, the navy's admirals too ("Đô đốc Đácgiǎngliơ"), and the ranks of the clergy ("Hòa thượng Danh
Đổng", "Linh mục …"): said before a name, never part of it, and said only of a person, so a name of two words after
one is a person without an office too. A military
rank is often printed in small letters ("trung tướng Men Ly, Giám đốc …"): a rank all the same."""
_DEGREE_ABBREVIATION = r"(?:P?GS\.?|TSKH\.?|P?TS\.?|ThS\.?)"
RANKS = rf"(?:{_SERVICE_RANKS}|{_DEGREE_ABBREVIATION}(?:\s?{_DEGREE_ABBREVIATION})*)"
"""A rank, or degrees before a name, one or a chain of them ("PGS.TS.", "GS. TSKH." tiến sĩ khoa học, "PTS" phó tiến
sĩ, the doctorate's name until 1993)."""
_SERVICE_RANK_RE = compile_led(rf"(?:{_SERVICE_RANKS})")
_SPELLED_DEGREE = r"(?:Tiến s[ỹĩ]|Thạc s[ỹĩ]|Phó Giáo sư|Giáo sư)"
"""A degree written out and capitalised before a name: said only of a person, as a rank is, but no honorific."""
_DEGREES_ONLY = compile_led(rf"{_DEGREE_ABBREVIATION}(?:\s?{_DEGREE_ABBREVIATION})*|{_SPELLED_DEGREE}")
"""Degrees alone where an honorific stands ("PGS.TS."): no honorific (`_honorific`)."""
_DEGREE = r"(?:[tT]iến s[ỹĩ]|[tT]hạc s[ỹĩ]|[gG]iáo sư|[pP]hó [gG]iáo sư|[bB]ác s[ỹĩ]) +"
"""A degree between an honorific and the name ("ngài tiến sỹ Úc Ra-Bun"): never part of the name."""
_FAMILY_TEXT = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương "
    "Lâm Phùng Mai Tô Hà Tạ Lương Đinh Cao Văn Thái Lưu Quách Kiều Triệu Chu Hứa La Tăng Nông Lò Lục Mạc "
    "Thân Bế Tống Đồng Âu Khổng Lã Giáp Hầu Nghiêm Vi Ninh Đàm Lại Lăng Thạch Doãn Khúc Mã Ma Sầm "
    "Kim Tòng Kha Cầm Quàng Sùng Giàng Thào Vàng Lầu Mùa Chẩu Lường Vừ Tráng Chảo Đèo Lù Đậu Thiều "
    "Tôn"
)
FAMILY_NAMES = frozenset(_FAMILY_TEXT.split())
"""The family names a person is found by in running text (a longer list would take "Long", "Quang" for one)."""
SINO_FAMILY = name_list("sino_family_names.txt")
"""Chinese family names in Sino-Vietnamese reading, for a Chinese office holder named after a high office and a
foreign place; not family names of running text at large ("Văn", "Long", "Thường" start other words)."""
_FAMILY_BY_FOLD = {
    key: names[0]
    for key in {fold(n) for n in FAMILY_NAMES}
    if len(names := [n for n in FAMILY_NAMES | KNOWN_FAMILY if fold(n) == key]) == 1
}
"""The family name a read without its marks can only be: one of `FAMILY_NAMES` that no other known family name
(`names.KNOWN_FAMILY`) spells with the same letters ("Chau" is not Chẩu alone: Châu too)."""


_FAMILY_BY_TAIL = {
    tail: names[0]
    for tail in {n[1:] for n in FAMILY_NAMES}
    if len(tail) >= 3 and len(names := [n for n in FAMILY_NAMES | KNOWN_FAMILY if n[1:] == tail]) == 1
}
"""A family name by its letters after the first, where no other known family name ends the same way ("rần":
Trần; "ăng" is Tăng or Lăng; two letters, "ùi", too short to tell from a speck and a word)."""


def _moved_tones(name: str) -> set[str]:
    """`name` with its tone mark on each other vowel: "Hoàng" → {"Hòang"} (typed old-style or by slip)."""
    tones = [c for c in unicodedata.normalize("NFD", name) if c in _TONES]
    if len(tones) != 1:
        return set()
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).replace(tones[0], ""))
    variants = {
        bare[:i] + unicodedata.normalize("NFC", char + tones[0]) + bare[i + 1 :]
        for i, char in enumerate(bare)
        if char.lower() in "aăâeêioôơuưy"
    }
    return variants - {name}


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_MISPLACED_TONE = {variant: name for name in FAMILY_NAMES for variant in _moved_tones(name)}
"""Family names typed with the tone mark on another vowel ("Hòang" for "Hoàng"), each → the name."""


def family_name(word: str, ocr: bool = False) -> str | None:
    """`word` as a family name, also with its tone mark misplaced ("Hòang"); on OCR text also a tone-mark
    slip of exactly one ("Định" → "Đinh")."""
    if word in FAMILY_NAMES:
        return word
    if word in _MISPLACED_TONE:
        return _MISPLACED_TONE[word]
    return _FAMILY_BY_FOLD.get(fold(word)) if ocr and word[:1].isupper() else None


def is_unique_family(word: str) -> bool:
    """`word` is a family name and no other family name folds to the same letters ("Trần"; not "La": "Lã")."""
    return _FAMILY_BY_FOLD.get(fold(word)) == word


def family_without_initial(word: str) -> str | None:
    """The family name an OCR'd word is with its first letter lost — a signature stroke through the capital
    ("rần Phước Hiền" under a signature: the "T" of Trần read as a mark of its own) — when the word is in lower
    case and exactly one known family name ends with it. Meant for a signature's name line only."""
    return _FAMILY_BY_TAIL.get(word) if word[:1].islower() else None


def look_alike_families(word: str) -> list[str]:
    """The known family names one letter from `word` when it is none itself (3 letters or more): OCR's reading
    of a family name whose capital a signature stroke crossed ("Nuỳnh", "Xuỳnh" for Huỳnh; "Nương" for Lương,
    Dương or Trương); a rarer family name of that shape goes to review rather than be taken."""
    known = FAMILY_NAMES | KNOWN_FAMILY | SINO_FAMILY
    if len(word) < 3 or word in known:
        return []
    return sorted(name for name in known if Levenshtein.distance(word, name, score_cutoff=1) <= 1)


def repair_family(name: str) -> str:
    """An OCR'd name whose family name lost or changed a tone mark, given back its family name.

    Only for names of three or more syllables whose first is no family name itself and folds to exactly
    one ("Định Mạnh Toàn" → "Đinh Mạnh Toàn"; "Doan" stays: Doãn or Đoàn). Meant for OCR text only.
    """
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 2:
        return name  # "Đình Thăng": more likely a name that lost its family name than a slip in one
    fixed = family_name(first, ocr=True)
    return f"{fixed} {rest}" if fixed else name


_VIETNAMESE_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_UPPER = _VIETNAMESE_UPPER + "".join(
    char for char in map(chr, range(0xC0, 0x250)) if char.isupper() and char not in _VIETNAMESE_UPPER
)
"""Capitals a name starts with: Vietnamese ones, and the other Latin capitals of a foreign name ("Anna Żabska",
"Łukasz", "Øystein")."""
_LOWER = _UPPER.lower()
_SYLLABLE = rf"[{_UPPER}][^\W\d_A-Z]*"
_GLUED_BODY = {"Ủyban", "Uỷban"}
"""A body's word a web copy glued ("Phó Chủ nhiệm Ủyban Khoa học"): a unit, never a name's first word."""
_NOT_NAME = {
    *("Phó", "Giám", "Trưởng", "Chủ", "Chánh", "Chuyên", "Sở", "Ban", "Bí", "Ủy", "Cán", "UBND", "Tỉnh", "Huyện"),
    *_GLUED_BODY,
    "Thay",  # "Phó Thủ tướng Nguyễn Tấn Dũng Thay mặt Thủ tướng …": the clause capitalised after the name
}
_GIVEN_TOO = {"Tỉnh", "Chánh", "Ban"}
"""Words of `_NOT_NAME` that are given names too ("Bùi Văn Tỉnh", "Lê Văn Chánh", "Nguyễn Thị Ban")."""
_UNIT_FAMILY_NAMES = {"Đoàn", "Văn", "Hội"}
"""Family names that are also the first word of a unit ("Đoàn công tác", "Văn phòng", "Hội Nông dân")."""
_TITLE_ALT = TITLE_PATTERN
_INITIALS = rf"(?<![^\W\d_])(?:[{_UPPER}]\.)+(?=[{_UPPER}])"
"""The initials a transliterated name is printed with ("G.Bê-rơ-gi-cli-an", "V.V.Pu-tin"); not the end of an
abbreviation ("TP.Hồ Chí Minh")."""
_SPACED_INITIALS = rf"(?<![^\W\d_])(?:[{_UPPER}]\.(?: (?=[{_UPPER}](?:[^\W\d_A-Z]|\.)))?)+(?=[{_UPPER}])"
"""Initials also with a space before the word or the next initial ("J. Erdenebat", "G. W.Bush"), as runs after a
title read them."""
_SYLLABLE_RE, _INITIALS_RE, _SPACED_INITIALS_RE = (re.compile(p) for p in (_SYLLABLE, _INITIALS, _SPACED_INITIALS))
"""The patterns above compiled once: the name helpers match them on every token of every run."""
_SYLLABLE_BEFORE_SPACE = re.compile(rf"{_SYLLABLE} $")
_HYPHEN_PART = rf"-(?!(?:(?i:{_TITLE_ALT})|(?:Tỉnh|Thành|Huyện|Đảng) ủy viên)(?![^\W\d_]))[^\W\d_]+"
"""A hyphenated part of a name; not a title or a membership glued to the name by a hyphen ("Phon-Ủy viên",
"Phu-Phó Bí thư", "H’Bút-Tỉnh ủy viên")."""
_APOSTROPHE = rf"(?:[{_UPPER}][’'])?"
"""The first letter and apostrophe of a Central Highlands name's word ("H’Bút", "K'Nhiễu")."""
_ELIDED_WORD = rf"[{_UPPER}][’'][{_LOWER}]+"
"""An Arabic name's word whose article or vowel an apostrophe stands for ("Khaled Abdel A’al"), its rest in lower
case as a Central Highlands name's never is."""
_NAME_WORD = rf"(?:{_INITIALS})?(?:{_ELIDED_WORD}|{_APOSTROPHE}{_SYLLABLE})(?:{_HYPHEN_PART})*"
"""A syllable, or the hyphenated parts of a foreign name ("Jung-taek", "Ra-Bun", "Mit-suo"), with its initials."""
_PARTICLES = r"de|del|da|das|do|dos|di|du|van|von|der|bin|la|los"
_PARTICLE = rf"(?:(?:(?:{_PARTICLES}) +){{1,2}}(?=[A-Z]))?"
"""Particles inside a Spanish, Portuguese, Dutch or Malay name, before its next word ("Alarcón de Quesada")."""
_MIDDLE_INITIAL = rf"(?:[{_UPPER}]\. +)?"
"""A middle initial inside a foreign name ("Irina M. Chernukha", "John F. Kennedy"); see `_trim_name`."""
_NAME = (  # "Đoàn ĐBQH": no syllable from an acronym; "Oh-Sae-Hyun", "Xổm-phết": one hyphenated word
    rf"(?:{_NAME_WORD}(?: +{_PARTICLE}{_MIDDLE_INITIAL}{_NAME_WORD}(?![^\W\d_])){{1,6}}"
    rf"|(?:{_INITIALS})?{_SYLLABLE}(?:{_HYPHEN_PART})+(?![^\W\d_]))"
)
_SPACED_HYPHEN_NAME = rf"{_SYLLABLE} - (?!(?i:{_TITLE_ALT})(?![^\W\d_])){_SYLLABLE}(?=, *(?i:{_TITLE_ALT})(?![^\W\d_]))"
"""A two-part foreign name whose hyphen a copy set with spaces, an office after its comma ("ngài Chiêng - Lắk, Phó Chủ
tịch …"): one name, as printed."""
_HERO = rf"anh hùng(?= +(?:{'|'.join(sorted(FAMILY_NAMES))}) +[{_UPPER}])"
"""The honouring word before a Vietnamese name in full ("chúng tôi ai cũng biết tới anh hùng Nguyễn Văn Trỗi"): said of
a person, in small letters, before a common family name and a capitalised word. The familiar "anh", "chị" are not
read so: the labels leave out the private people they name ("gia đình anh Bùi Công Chung", a farmer)."""
_HONORIFIC_RE = compile_led(
    rf"(?<![^\W\d_])(?P<hon>{HONORIFICS}|{RANKS}|Samdech|{_SPELLED_DEGREE}|{_HERO})"
    rf"(?: +|(?:(?<=[nN]gài)|(?<=[ôÔ]ng)|(?<=[bB]à))(?=[{_UPPER}]))(?:{_DEGREE})?"
    rf"(?P<name>{_NAME}|[A-Z][a-zà-ÿ]+(?= +[A-Z]{{2}})|{_SPACED_HYPHEN_NAME})"
)
"""An honorific or rank (or the Khmer "Samdech": "Samdech Men Som On, Phó Chủ tịch …", or a degree written out:
"Tiến sỹ Khăm Pha Văn Xay Nọi Vông - Phó Bí thư …", no honorific), then the name; a web copy may glue "Ngài", "ông"
or "bà" to it ("NgàiMit-suo Sakaba", "ôngJean-Pierre")."""
_CAPS_SURNAME = re.compile(r" +(?P<surname>[A-Z](?:[A-Z]|['-](?=[A-Z]))+)(?![^\W\d_])(?! +[A-Z])")
"""A foreign surname in capitals after the given name, as French and other European papers print it ("ông
Jean-Pierre LAFON", "bà Marie DUBOIS"): read only after a one-word foreign given name, which is no name alone
(`_HONORIFIC_RE` reads a plain word before capitals for it)."""
_FAMILY_RE = compile_led(
    rf"(?<![^\W\d_])(?P<name>(?:{'|'.join(sorted(FAMILY_NAMES | set(_MISPLACED_TONE)))})(?: +{_SYLLABLE}){{1,3}})"
    rf"(?=[ \t]*(?:,|–|-|\(|\||\t)[ \t]*(?i:{_TITLE_ALT})| +(?:{_TITLE_ALT})(?![^\W\d_]))"
)
_LISTED_NAME = rf"(?:{'|'.join(sorted(FAMILY_NAMES | set(_MISPLACED_TONE)))})(?: +{_SYLLABLE}){{1,3}}(?![^\W\d_])"
_PLURAL_RE = compile_led(
    rf"(?<![^\W\d_])[cC]ác +(?:(?:đồng chí|ông|bà|vị|ngài) +)?(?P<title>(?i:{_TITLE_ALT}))(?![^\W\d_])"
    rf"(?:(?:[ \t]+(?P<unit>[^\W\d_][^\n:;,.()]{{0,40}}?))?[ \t]*:\s*|[ \t]*)"
    rf"(?P<names>{_LISTED_NAME}(?:[ \t]*(?:,\s*|\s+và\s+){_LISTED_NAME})*)"
)
"""One title for several people ("các PTTg: Nguyễn Sinh Hùng, Phạm Gia Khiêm,\nTrương Vĩnh Trọng", "các Phó
Chủ tịch Lê Văn A và Trần Văn B", "các Phó Thủ tướng Chính phủ:\nLê Minh Khái, …" with its unit before the
colon, "các đồng chí nguyên Tổng Bí thư Đỗ Mười, Lê Khả Phiêu" with the honorific of them all before it): every
name of the list, each from a family name, holds it."""
_LISTED_ABBREVIATIONS = {**ABBREVIATED_TITLES, **LIST_ABBREVIATIONS}
_ABBREVIATED_LIST_RE = re.compile(
    rf"(?P<title>{'|'.join(sorted(map(re.escape, _LISTED_ABBREVIATIONS), key=lambda a: (-len(a), a)))})"
    rf"(?:(?P<stop>\.|[ \t]*:)[ \t]*|[ \t]+)(?P<names>{_LISTED_NAME}(?:[ \t]*,[ \t]*{_LISTED_NAME})*)"
)
"""A distribution list's short title, then the names that hold it ("- VPCP: BTCN, PCN: Văn Trọng Lý, Phạm Viết Muôn;",
"- TTr. Nguyễn Vinh Hiển (để b/c);", "- TT Huỳnh Vĩnh Ái;"): with a stop after it, an item's first word or after a
list's comma (`_LIST_ITEM_START`); without one, only a dashed item's first word (`_DASHED_ITEM_START`; elsewhere the
lexicon's short titles are read before their one name by `_title_first`); each name from a family name. The pattern
starts at the title's letters, so a text is scanned for them alone."""
_LIST_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-–+•][ \t]*)?$|[,;:][ \t]*$")
_DASHED_ITEM_START = re.compile(r"(?:^|\n)[ \t]*[-–+•][ \t]*$")
_NAME_LIST_RE = re.compile(
    rf"(?<=[(:])[ \t]*(?P<names>{_LISTED_NAME}(?:[ \t]*,[ \t]*{_LISTED_NAME}){{2,}}"
    rf"(?:[ \t]*(?:,|và)[ \t]*{_LISTED_NAME})?)[ \t]*(?=[).;\n])"
)
"""Names alone, three or more, in brackets or after a colon ("Đoàn Việt Nam với 5 thành viên chủ chốt (Phạm Văn
Đồng, Phan Anh, Tạ Quang Bửu, …)"): people without a title when one of them is a person the text names with
one; each from a family name, none a place."""
_LIST_NAME_RE = re.compile(
    rf"(?:^|[:;])[ \t]*(?:\d{{1,2}}[.)][ \t]+)?(?P<name>{_NAME_WORD}(?: +{_NAME_WORD}){{1,6}})(?=[ \t]*[,–-])",
    re.MULTILINE,
)
"""A name that starts a list's item, the office after it ("có các đồng chí: Khăm Khăn Chăn Thạ Vy Sục - Ủy
viên Trung ương Đảng, Bí thư Tỉnh ủy; Sụ Căn Bun Nhông - Phó Bí thư ...", "Tống Quang Thìn, TVTU, Phó Chủ
tịch", a numbered item "3. Đường Hồng Dật, Phó Chủ nhiệm …"): any name, Vietnamese or not, when a title follows it."""
_FOREIGN_DASH_RE = compile_led(rf"(?<=[{_LOWER}] )(?P<name>{_NAME_WORD}(?: +{_NAME_WORD}){{1,2}})(?= [–-] )")
"""A foreign name in running text or a caption, a dash, then a high office ("làm việc với Anna Schmidt – Phó Thị
trưởng thành phố Bonn"): every word foreign-looking, the word before in lower case and the office high
(`titles.HIGH_OFFICES`), since no honorific or family name says it is a name; not after a word that makes it an
organisation's name ("tập đoàn Samsung Electronics – Chủ tịch …")."""
_ORGANISATION_END = re.compile(
    r"(?i:tập đoàn|công ty|hãng|tổ chức|hiệp hội|ngân hàng|quỹ|trường|đại học|báo|đài|nhóm|khu|dự án) $"
)
_STATUS = r"(?:THNV|quyền|Quyền)(?![^\W\d_])"
"""A status before a title, no part of it: "THNV Phó Viện trưởng" (thực hiện nhiệm vụ: acting), "X, quyền Hiệu
trưởng" (acting, `_ACTING`)."""
_ONE_WORD_RE = compile_led(
    rf"(?<![^\W\d_])(?P<hon>[ôÔ]ng|[bB]à|[nN]gài|[đĐ]ồng chí) +(?:(?:PGS\.\s?TS|GS\.\s?TS|TS|ThS)\. ?)?"
    rf"(?P<name>[A-Z][a-z]{{2,}}|[A-Z][a-z]+(?:[A-Z][a-z]+)+)(?=[ \t]*(?:,|–|-)?[ \t]*(?i:{_TITLE_ALT})(?![^\W\d_]))"
)
"""A foreign name of one word in plain Latin letters (a Japanese surname: "ông Takaki, Chủ tịch …", a Mongolian's
one name: "đồng chí TS. Enkhbat, Chủ tịch …"; a Khmer name a web copy glued, its parts' capitals kept: "Ngài
DyVichea, Chủ tịch …") after an honorific, maybe a degree, and before an office: no Vietnamese syllable is spelled
so, and the office says it is a person."""
_RANK_ONE_WORD_RE = re.compile(
    rf"(?<![^\W\d_])(?P<hon>{_SERVICE_RANKS}) +(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)+)"
    rf"(?=[ \t]*,[ \t]*(?i:{_TITLE_ALT})(?![^\W\d_]))"
)
"""A Khmer or Lao name a web copy glued into one word, its parts' capitals kept, after a military rank and before an
office ("Đại tướng NiekSaVuon, Tổng Cục trưởng …"): the rank and the office say it is a person."""
_RANK_TRANSLITERATION_RE = re.compile(
    rf"(?<![^\W\d_])(?P<hon>{_SERVICE_RANKS}) +(?P<name>{_SYLLABLE})(?![^\W\d_]| +[{_UPPER}])"
)
"""A foreign name transliterated into one word after a rank, with no office ("Điện văn gửi Đô đốc Đácgiǎngliơ"): the
rank says it is a person, and a word no Vietnamese syllable spells (`_one_foreign_name`) is no Vietnamese name's."""
_RANK_WORDS = (*(rank[1:] for rank in _MILITARY_RANKS), "a thượng", "à thượng", "Thượng t", "Đại đức", "Linh mục",
    "Giám mục", "Mục sư")  # fmt: skip
"""What each of `_SERVICE_RANKS` writes as printed (a military rank's first letter in either case): a text with none
of them has no rank, and these are found far faster than the ranks at every word."""
_SENT_TO = re.compile(r"(?<![^\W\d_])gửi[ \t]+$")
_ADDRESSED_BY_OFFICE = re.compile(
    rf"(?<![^\W\d_])[kK]ính gửi[ \t]+(?P<title>(?i:{_TITLE_ALT}))[ \t]*,[ \t]*$", re.MULTILINE
)
_ADDRESS_REACH = 200


def _addressed_office(text: str, start: int, end: int) -> str | None:
    """The office a letter's salutation addresses its reader by ("… kính gửi Thượng sứ,"), when the heading right
    before it names the reader (`start`, `end`: "Điện văn gửi Đô đốc Đácgiǎngliơ"): his office, written apart from
    his name."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _SENT_TO.search(text, line_start, start):
        return None
    addressed = _ADDRESSED_BY_OFFICE.search(text, end, end + _ADDRESS_REACH)
    return canonical(addressed["title"]) if addressed is not None else None


_GLUED_CAPITAL = re.compile(r"[a-z][A-Z]")
"""A small Latin letter before a capital, as in every name `_RANK_ONE_WORD_RE` reads: a text without one is not
scanned for them (≈ 0.1 ms against ≈ 0.8 for a two-page text)."""
_REPRESENTING = rf"[đĐ]ại diện(?= [{_UPPER}])"
"""Who a person speaks for, after the name and its comma, before the body's capital ("bà Shinko Fukazawa, đại diện
Tổ chức JMHERAT"): the person's office there; elsewhere "đại diện" is a verb or a noun of running text."""
_TITLE_AFTER_RE = re.compile(  # "Ngài Mai Tiến Dũng,\n\nBộ trưởng ...": a comma may end the name's line
    rf"^(?:[ \t]*,[ \t]*\n\s*|[ \t]*(?:,|–|-|\(|\|)?[ \t]*)(?:{_STATUS} +)?"
    rf"(?P<title>(?i:{_TITLE_ALT})|{_REPRESENTING})(?![^\W\d_])(?P<rest>[^\n\t;,.()|]*)"
)
_IN_UNIT_NAME = r"(?<!Hội đồng )(?<!Văn phòng )(?<!Ban )(?<!Phủ )"
"""A title inside a body's name is no office: "Hội đồng Bộ trưởng", "Văn phòng Chủ tịch nước", "Ban Bí thư"."""
_TITLE_START = rf"(?:(?<![^\W\d_])|(?<=[{_LOWER}])(?=[{_UPPER}])|(?<=[{_UPPER}]{{2}})(?=PHÓ )){_IN_UNIT_NAME}"
"""Where a title starts: after a non-letter, or glued to a lower-case word by a web copy ("doThứ trưởng"), or a
deputy's "PHÓ" glued to the capitals of the office above it ("KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆM"; no
Vietnamese word ends in "PHÓ")."""
_PARENT_BODY = r"(?:Bộ|Sở|Ủy ban|UBND|Tổng cục|Cục|Viện|Học viện|Đại học|Tỉnh ủy|Thành ủy)"
"""A body a unit belongs to, after a comma: "Vụ trưởng Vụ Bưu chính, Bộ Thông tin và Truyền thông X"."""
_CITY_DOT = rf"(?<![^\W\d_]TP)(?<=TP)\.(?= ?[{_UPPER}])"
"""The dot of "TP." (thành phố) inside a unit ("Thành ủy TP.HCM Nguyễn Hồ Hải"): no sentence's end."""
_LOWER_WORDS = rf"[{_LOWER}]+(?: [{_LOWER}]+){{0,3}}"
_PORTFOLIO = rf" {_LOWER_WORDS}(?:, {_LOWER_WORDS})* và [{_LOWER}]"
"""A ministry's fields in lower case, listed to their "và" ("Bộ trưởng Kỹ năng, giáo dục kỹ thuật, đào tạo và giáo
dục đại học Steve Whan"): the comma before them goes on inside the office."""
_TITLE_BEFORE_RE = compile_led(
    rf"{_TITLE_START}(?P<title>(?i:{_TITLE_ALT}))"
    rf"(?=(?P<tail>(?:(?<![^\W\d_])[{_UPPER}]\.(?= ?[{_UPPER}])|{_CITY_DOT}|[^\n,.;:()—=|\t]|\([^()\n]{{1,40}}\)|"
    rf"(?<=[{_UPPER}]{{2}}),(?= ?[{_UPPER}]{{2,4}}&[{_UPPER}])|"
    rf",(?= (?!(?i:{_TITLE_ALT}))[{_UPPER}][^\W\d_A-Z]*(?: [^\W\d_A-Z]| và)|{_PORTFOLIO}|"
    rf" (?!(?i:{_TITLE_ALT})(?![^\W\d_]))[{_UPPER}][^\W\d_]+ [–-] (?=[{_UPPER}])|"
    rf" (?!(?i:{_TITLE_ALT})(?![^\W\d_])){_PARENT_BODY} ))"
    rf"{{3,120}}))"
)
"""A title and what follows it; the tail is a lookahead, so a second title inside it is matched too. A
table's rule or an OCR'd line ("Sở Nội vụ —=ww") ends it: the next row's name is not this title's. A comma
goes on inside a unit's name ("Ủy ban Văn hóa, Giáo dục Nguyễn Đắc Vinh", "Bộ Văn hóa, Thể thao và Du lịch"):
before a capitalised word that is no title and goes on in lower case, not before another office or a name;
an initial's dot goes on too ("Toàn quyền Đ.Hơ-lây"), and a comma between the parts of a body's abbreviation ("Bộ
VH,TT&DL Hàn Quốc Hwang Hee");
and before the body the unit belongs to (`_PARENT_BODY`), or before one word, the unit's country, and a spaced dash
before the holder ("Thống đốc tỉnh Artermisa, Cuba - Ricardo Concepcion Rodriguez - cám ơn", rt-1458). A short aside
in brackets is passed over ("Chủ tịch Quốc hội Cuba (Chủ tịch Quốc hội) Esteban Lazo")."""
_GLUED_SYLLABLE = rf"{_SYLLABLE}(?:{_SYLLABLE})?"
"""A syllable, or two a web copy glued together ("NguyễnVăn")."""
_RUN_WORD = rf"(?:{_SPACED_INITIALS})?{_APOSTROPHE}{_GLUED_SYLLABLE}(?:{_HYPHEN_PART})*"
_RUN_TOKEN = re.compile(rf"(?:{_SPACED_INITIALS})?\S+")
"""A word of a run: a syllable, two glued, or a hyphenated transliteration ("Xổm-xa-vạt", "Chan-o-cha")."""
_RUN_RE = compile_led(
    rf"(?<![{_UPPER}]){_RUN_WORD}(?: +{_RUN_WORD})*"
    rf"(?= +[^\W\d_A-ZĐ]|[ \t]*[,.;:()\n…]|[ \t]*$|-[{_UPPER}]| [–-] | (?:[–-] ?)?[\"“‘])"
)
"""A run of capitalised words, up to a lower-case word, punctuation, a spaced dash ("Thượng nghị sĩ Anne Ruston -
Quyền Bộ trưởng …"), or a title glued on by a hyphen, or a quotation after a space or a dash, an epithet ("Cục
trưởng … Mai Văn A -“người …”"); never from inside an acronym ("UAE Suhail …" is no run "AE Suhail …")."""
_FOREIGN_WORD = re.compile(rf"^(?:Mc)?[A-Z][a-z]+$|^[{_UPPER}][^\W\d_]*(?:-[^\W\d_]+)+$")
"""Plain Latin letters, a Scottish or Irish "Mc" name ("McLachlan"), or a hyphenated transliteration, whatever
capital starts it ("Ê-ma-nu-en")."""
_MC_NAME = re.compile(r"Mc[A-Z][a-z]+")
"""A "Mc" family name: one word, not two syllables a web copy glued ("Mc" is no Vietnamese syllable)."""
_VIETNAMESE_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$"
)
CROWNS = {"Nhà vua", "Quốc vương", "Nữ hoàng", "Hoàng đế", "Thiên hoàng"}
"""Monarchs, whom the press names by one name after their country."""
_FOREIGN_HONORIFIC = {
    *("Samdech", "Akka", "Moha", "Sena", "Padei", "Techo", "Oknha", "Okhna", "H.E", "H.E."),
    *("Shri", "Shrimati", "Smt.", "Datuk", "Dato'", "Mr.", "Mrs.", "Ms."),
    "Sheikh",
}
"""Khmer honorifics printed before a name ("Samdech Akka Moha Sena Padei Techo Hun Sen", "Oknha" for a tycoon),
the English "H.E." (His Excellency) a Cambodian or Lao official is styled with ("ông H.E Khim Bunsong"), India's
"Shri" / "Smt.", Malaysia's "Datuk" / "Dato'", the Gulf's "Sheikh" ("Thủ tướng Kuwait Sheikh Ahmed …") and "Mr." /
"Ms.": not the name. ("Sri" is also a given name,
"Sri Mulyani Indrawati", and stays.)"""
_SPOUSE_RE = re.compile(rf"(?<![^\W\d_])[pP]hu nhân +(?!(?:{_TITLE_ALT})(?![^\W\d_]))(?P<name>{_NAME})")
""" "Tổng Bí thư Tô Lâm và Phu nhân Ngô Phương Ly": a leader's spouse, named with no office of her own (not
"Phu nhân Thủ tướng Nhật Bản": the office is her husband's, and no name follows)."""
_OCCUPATION_RE = compile_led(
    r"(?<![^\W\d_])(?i:chuyên gia|nhà báo|nhà nghiên cứu|nhà ngoại giao|luật sư|nhà văn|nhà thơ|nhà sử học|"
    r"nhà khoa học|nhà kinh tế|nhạc sĩ|họa sĩ|nghệ sĩ|doanh nhân|kỹ sư)"
    rf"(?:[ \t]+[^\W\d_A-ZĐ][^\W\d_]*){{0,3}}[ \t]+(?P<name>{_LISTED_NAME})"
)
"""A person named after an occupation rather than an office ("chuyên gia kinh tế Lê Đăng Doanh", "nhà ngoại giao
Hoàng Nguyên"): the name from a family name, with no title unless an office follows it."""
_KINSHIP_RE = re.compile(rf"(?:Anh|Chị) +(?=(?:{'|'.join(sorted(FAMILY_NAMES))}) )")
""""Anh"/"Chị" (brother, sister), the word the press names a young official with ("Anh Nguyễn Long Hải, Bí thư
Trung ương Đoàn"): before a family name, neither the name nor an honorific."""
_PARTY_ADJECTIVES = {"Mác-xít", "Lê-nin-nít"}
"""A party's adjective after its country ("Đảng Cộng sản Ấn Độ Mác-xít Baby Marian Alexandar"): not the name."""


def _is_foreign_word(word: str) -> bool:
    """A word of a foreign name as documents print it: plain Latin letters ("Thongsavanh"), a hyphenated
    transliteration ("Xi-xu-lít"), or a capitalised word no Vietnamese syllable spells ("António")."""
    word = _SPACED_INITIALS_RE.sub("", word)
    return bool(_FOREIGN_WORD.match(word)) or (
        word[:1].isupper() and word[1:].islower() and word.isalpha() and not _VIETNAMESE_SYLLABLE.match(fold(word))
    )


_PLACE_WORD_END = compile_led(r"(?i)(?<![^\W\d_])(?:tỉnh|thành phố|thủ đô|bang|vùng|miền|châu|huyện|quận|đảng)\s+$")
"""A word whose name the run starts with: a place's ("tỉnh", "bang", a region's "miền": "Thống đốc tỉnh miền Trung
Sarath Abeykoon") or a party's ("Tổng thư ký đảng Frelimo Roque Silva": the party's one-word name, then the
holder's)."""
_PLACE_WORDS = {"vung", "tinh", "bang", "thanh", "chau", "quan", "huyen", "thu"}
"""Words before a place's name inside a title's unit ("Vùng Tuscana", "Bang California")."""
_UNIT_STOP = re.compile(
    r"\s(?:đi|làm|tham gia|từ ngày|và|là|được|về|tại|có|đã|giữ|theo|sang|trong|kiêm|cùng|Trưởng đoàn|Phó đoàn|"
    r"cho biết|thông báo|phát biểu|nhấn mạnh|khẳng định|dẫn đầu|chủ trì)(?:\s|$)"
)
"""Where a unit after a name's title ends: the verb of the sentence ("Ông X - Phó Chủ tịch HĐND tỉnh cho biết")."""
_LEADING_RANK = re.compile(rf"{RANKS}\s*")
_LEADING_HONORIFIC = re.compile(rf"{HONORIFICS}\s+")
_LEADING_GRADE = re.compile(rf"[{_VIETNAMESE_UPPER}]{{2,5}}\.\s*")
"""A grade or rank abbreviated in capitals with its dot before a name ("CVCC." chuyên viên cao cấp, "KS." kỹ sư): no
word of a name ends in a dot."""
_NER_CUE_RE = compile_led(rf"(?<![^\W\d_])(?:{HONORIFICS}|{RANKS}) +(?=[{_UPPER}])")


_INITIAL_WORD = re.compile(rf"[{_UPPER}]\.")


def _trim_name(name: str, stop_after: bool = False) -> str:
    """A matched name without the unit words that ran into it: "Vũ Quang Hưng Đoàn" (Đoàn ĐBQH tỉnh) —
    a family name ends no name of four syllables, and "Sở", "Tỉnh", "Phó" ... are never part of one — nor a
    Khmer honorific before it, nor the lower-case word a web copy glued to its last syllable ("Hùngcó").
    `stop_after`: a comma, a stop or a spaced dash follows the match, so a unit's word that is also a given name ends
    the name as its third word or later ("đồng chí Bùi Văn Tỉnh, Bí thư …": a unit's "Tỉnh" goes on with "ủy" or a
    place), and a family name that starts a unit is the name's last word ("bà Ling Thong Sẻng Ta Văn - Phó Tỉnh
    trưởng": "Văn phòng" goes on)."""
    words = name.split()
    for i, word in enumerate(words[1:], 1):
        if _INITIAL_WORD.fullmatch(word) and is_syllable(words[i - 1]):
            words = [*words[:i], word[:-1]] if i >= 2 else words[:i]  # "ông Trần Văn A. Sau đó": a stop, no initial
            break
    for i, word in enumerate(words):
        given = stop_after and word in _GIVEN_TOO and i >= 1
        if word in _NOT_NAME and not (given and ((i >= 2 and i == len(words) - 1) or _foreign_given(words, i))):
            words = words[:i]
            break
    if len(words) >= 4 and words[-1] in _UNIT_FAMILY_NAMES and not stop_after:
        words = words[:-1]
    while len(words) > 2 and words[0] in _FOREIGN_HONORIFIC:
        words = words[1:]  # "ông Oknha Leng Rithy": the honorific after "ông" is no part of the name
    if words and (glued := _glued_last_word(words)):
        words[-1] = glued  # "Nguyễn Sinh Hùngcó ý kiến": the next word glued on by a web copy
    return " ".join(words)


def _without_office_word(text: str, start: int, name: str) -> str:
    """A foreign name without its last word when that word begins the office written after the name with no comma
    ("ngài Ito Naoki Đại sứ Nhật Bản tại Việt Nam", rt-1473): the office's first word, not the name's. Only a name of
    three words or more whose first is no Vietnamese family name: a Vietnamese given name ("Nguyễn Văn Đại") stays."""
    words = name.split()
    if len(words) < 3 or family_name(words[0]) is not None:
        return name
    short = " ".join(words[:-1])
    office = _TITLE_AFTER_RE.match(text[start + len(short) : start + len(short) + 160])
    if office is None or office.end("title") <= office.start("title") + len(words[-1]):
        return name
    return short


def _foreign_given(words: list[str], i: int) -> bool:
    """Whether `words[i]`, a unit's word that is also a given name, is a word of a Lao or other foreign name that a
    comma ends ("đại tá Khăm Ban Phôm Mạ Ni Vông, Giám đốc …"): the name starts with no Vietnamese family name and
    no unit's word follows, as a unit's would ("Ban Tuyên giáo")."""
    return family_name(words[0]) is None and not any(word in _NOT_NAME for word in words[i + 1 :])


_STOP_AFTER = re.compile(r"[ \t]*(?:[,;.:)]|$)| [–-] ", re.MULTILINE)
"""A comma, a stop, a line's end or a spaced dash right after a name."""


_GENERATION_DOT = re.compile(r" [JS]r\.")
"""A generation after a foreign name ("Felipe de Leon Jr."), its dot part of the name."""


_JOINED_PART_RE = re.compile(rf"[ \t]+[–-][ \t]+(?P<name>{_NAME})")
"""The second half of a Lao name printed with a spaced dash ("Khăm Xay – Phôm Vi Hản, Bí thư …")."""


def _joined_name(text: str, start: int, end: int, known: set[str]) -> int | None:
    """Where a name read from `start` up to `end` really ends when a dash joins its second half
    (`_JOINED_PART_RE`): the half is no title nor place, and an office follows it or the whole name was read
    before (named again without the office)."""
    joined = _JOINED_PART_RE.match(text, end)
    if joined is None or _trim_name(joined["name"]) != joined["name"] or is_place_name(joined["name"]):
        return None
    if _TITLE_ANYWHERE.match(joined["name"]):
        return None
    whole = _name_key(text[start : joined.end()])
    return joined.end() if _title_unit(text, joined.end())[0] or whole in {_name_key(n) for n in known} else None


_SPACED_DASH = re.compile(r"\s[–-]\s")
_HYPHEN_IN_NAME = compile_led(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def _name_key(name: str) -> str:
    """A name's letters for finding it again: folded, a spaced dash or en dash inside it one mark, a hyphen between
    its words a space ("Nguyễn-văn-Thiệu", then "Nguyễn văn Thiệu")."""
    return fold(_HYPHEN_IN_NAME.sub(" ", _SPACED_DASH.sub(" - ", name)))


_ASIDE_RE = re.compile(r"[ \t]*\((?P<aside>[^()\n]{1,60})\)(?=[ \t]*[,–-])")
"""The name in its own spelling, in brackets after a transliteration ("Ra-un Ca-xtơ-rô (Raul Castro), Bí thư
thứ nhất"): passed over to reach the title after it."""


_BIRTH_RE = re.compile(r"[ \t]*,[ \t]*(?:[sS]inh (?:năm|ngày [\d/.-]+(?:[ \t]*năm)?)|SN:?)[ \t]*\d{4}(?=[ \t]*,)")
"""A birth year between a name and the office after it ("ông Nguyễn Văn A, sinh năm 1972, Trưởng phòng …", "bà B,
SN 1974, …"), as appointment news write it: passed over to reach the office."""


_FIELD_WORDS = rf"(?!(?:Đại sứ quán|Sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Cơ quan|Văn phòng|{_PARENT_BODY}|của|tại)\b)"
_FIELD_PART = rf"{_FIELD_WORDS}[^\W\d_]+(?: (?!của|tại|và)[^\W\d_A-ZĐ{_VIETNAMESE_UPPER}][^\W\d_]*)*"
_ATTACHE_FIELD = re.compile(rf"^[ \t]+(?P<field>{_FIELD_PART}(?: và {_FIELD_PART})?)(?:[ \t]+của)?(?![^\W\d_])")
"""An attaché's field after "Tùy viên", part of the title ("Tùy viên Nội vụ và An toàn (phụ trách …) của Đại sứ
quán", "Tùy viên Quốc phòng Đại sứ quán …"), up to the embassy, which is the unit."""
_FIELD_TITLES = frozenset({"tuy vien", "tham tan"})
"""The diplomatic posts named with their field after the office ("Tùy viên Quốc phòng", "Tham tán Thương mại và Đầu
tư Chính phủ Australia"): the field is the title's, a place after the office is not ("Tham tán Việt Nam tại …")."""


_ACTING_MEMBER_RE = re.compile(r"[ \t]*,[ \t]*(?:[UuỦủ][ỷỶyY]|[ỦủỤụ]y)[ \t]+viên[ \t]+(?=quyền[ \t]+\S)")
"""A member acting in a post ("Dương Đức Hiền, Uỷ viên quyền Tổng thư ký"): the post is the office, the membership
skipped and the acting left out, as a chain of offices is read (samples/real/texts/README.md, People)."""


_RANK_APART = re.compile(rf"[ \t]*,[ \t]*(?:{_SERVICE_RANKS})(?=[ \t]*,)")
"""A rank written apart between a name and its office ("ông Trần Văn Sơn, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự
tỉnh"): no office, passed over to the office after it."""


def _title_unit(text: str, end: int) -> tuple[str | None, str | None]:
    if rank := _RANK_APART.match(text, end):
        end = rank.end()
    aside = _ASIDE_RE.match(text, end)
    if aside and not _TITLE_AFTER_RE.match(aside.group("aside")):
        end = aside.end()
    born = _BIRTH_RE.match(text, end)
    if born:
        end = born.end()
    if acting := _ACTING_MEMBER_RE.match(text, end):
        end = acting.end()
    membership = MEMBERSHIP.match(fold(text[end : end + 160]))  # "Tỉnh ủy viên, Trưởng Ban ...": the post follows
    base = end + membership.end() if membership else end
    match = _TITLE_AFTER_RE.match(text[base : end + 160]) if membership else None
    if match is None:  # a membership with no post after it is the person's only office
        base = end
        match = _TITLE_AFTER_RE.match(text[end : end + 160])
    if not match:
        return _glued_title_unit(text, end)
    title, rest = _written_title(match.group("title")), match.group("rest")
    if fold(title).startswith("dai bieu") and (won := _ELECTED_TO.match(text, base + match.end())) is not None:
        post = _title_unit(text, won.end())
        if post[0] is not None and not fold(post[0]).startswith("dai bieu"):
            return post  # "…, đại biểu HĐND tỉnh …, trúng cử chức vụ Phó Chủ tịch HĐND tỉnh": the post won
    if fold(title) in _FIELD_TITLES and (field := _ATTACHE_FIELD.match(rest)) and not is_place_name(field["field"]):
        title, rest = f"{title} {field['field']}", rest[field.end() :]
    stop = _UNIT_STOP.search(rest + " ")
    unit = squash(rest[: stop.start()] if stop else rest)
    return title_and_unit(title, unit or None)


_GLUED_AFTER_NAME = re.compile(rf"[ \t]*,[ \t]*(?P<word>[{_LOWER}]{{5,}})(?![^\W\d_])")


def _glued_title_unit(text: str, end: int) -> tuple[str | None, str | None]:
    """The office after a name's comma that a web copy glued into one word ("đồng chí Vũ Bá Toản, chuyênviên Vụ Giáo
    dục chuyên nghiệp"): read spaced when the word's one cut into two syllables (`split_glued_small`) is a title."""
    glued = _GLUED_AFTER_NAME.match(text, end)
    if glued is None or (cut := split_glued_small(glued["word"])) is None or not is_title(" ".join(cut)):
        return None, None
    spaced = f"{text[end : glued.start('word')]}{' '.join(cut)}{text[glued.end('word') : glued.end() + 160]}"
    return _title_unit(spaced, 0)


_ELECTED_TO = re.compile(
    r"[^.;\n]{0,120}?[ \t,](?:trúng cử|được bầu(?:[ \t]+(?:giữ chức|làm|là))?)(?:[ \t]+chức(?:[ \t]+(?:vụ|danh))?)?"
    r"(?=[ \t]+\S)"
)
"""An elected member's new post later in the sentence ("đại biểu HĐND tỉnh khóa VII, trúng cử chức vụ Phó Chủ tịch
HĐND tỉnh"): a seat in a council is a membership, the post the person is elected to is the office."""


_APPOINTING = r"(?:bổ nhiệm(?: lại)?|cử|điều động|chỉ định|bầu)"
"""The verbs that give an office: appoint, the older decrees' "cử" (name to) — "cử ông X giữ chức Y" — and elect."""
_APPOINTED_BEFORE = compile_led(rf"(?i)(?<![^\W\d_]){_APPOINTING}[ \t]+$")
_APPOINTED_AFTER = compile_led(
    rf"[ \t]*,?[ \t]+(?:tiếp tục[ \t]+)?được[ \t]+(?:tín nhiệm[ \t]+)?(?:tái[ \t]+)?{_APPOINTING}"
    r"(?=[ \t]+(?:làm|là|giữ chức))"
)
"""The passive after the name: "Ông X, được cử làm Chánh Văn phòng …", "bà Y được bầu là Chủ tịch …", a congress
re-electing its chair ("Ông X tiếp tục được tín nhiệm bầu làm Chủ tịch")."""
_APPOINTED_AS = re.compile(r"[ \t]+(?:làm|là|giữ chức(?: vụ)?)(?=[ \t])")
_COPULA_AFTER = compile_led(rf"[ \t]*(?:\([^()\n]{{1,60}}\))?[ \t]+là(?:[ \t]+vị)?(?=[ \t]+[{_UPPER}])")
"""A sentence saying what office the person holds, capitalised as an office is: "ông X (Y) là vị Tổng thống Mông Cổ
đầu tiên …", not "X là cán bộ có nhiều kinh nghiệm"."""
_ELECTED_AFTER = compile_led(r"[ \t]*,?[ \t]+(?:(?:kể từ khi|sau khi|khi|vừa)[ \t]+)?(?:tái[ \t]+)?đắc cử(?=[ \t])")
"""Elected, the office right after the verb: "ông X kể từ khi đắc cử Tổng Bí thư", "bà Y vừa tái đắc cử Tổng thống"."""


def _appointed_office(text: str, honorific_start: int, end: int) -> tuple[str | None, str | None]:
    """The office an appointment gives a person named with no office of their own ("Bổ nhiệm ông Phạm Văn A làm Đại
    sứ đặc mệnh toàn quyền …", "bổ nhiệm bà B giữ chức Giám đốc Sở …"): the office the decision is about. A person
    with an office before the appointment keeps that one (read first, by `_title_unit`). The appointing verb stands
    before the honorific or, passive, after the name (`_APPOINTED_AFTER`), as does an election ("đắc cử Tổng Bí
    thư", `_ELECTED_AFTER`) or a sentence saying the office ("là vị Tổng thống …", `_COPULA_AFTER`); a delegation's
    role ("cử ông X làm Trưởng đoàn") is no office."""
    if said := _ELECTED_AFTER.match(text, end) or _COPULA_AFTER.match(text, end):
        office_start = said.end()
    else:
        if passive := _APPOINTED_AFTER.match(text, end):
            end = passive.end()
        elif not _APPOINTED_BEFORE.search(text, max(0, honorific_start - 30), honorific_start):
            return None, None
        appointed = _APPOINTED_AS.match(text, end)
        if appointed is None:
            return None, None
        office_start = appointed.end()
    title, unit = _title_unit(text, office_start)
    return (None, None) if title is None or title_key(title) in _ROLE_KEYS else (title, unit)


_DECIDED_RE = compile_led(
    r"(?i:miễn nhiệm|bãi nhiệm|cho thôi giữ|thôi giữ|bổ nhiệm(?: lại)?|bầu(?![^\W\d_]| cử))"
    r"(?:[ \t]+(?i:chức vụ|chức danh))?(?:[ \t]+các)?(?=[ \t]+[^\W\d_])"
    r"(?P<post>[^.;:\n]{1,160}?)[ \t]+đối với[ \t]*:?[ \t]*(?P<listed>[^.\n]*)$"
)
"""A decision on an office, the people it concerns after "đối với" in the same sentence: relieving of it ("miễn nhiệm
chức vụ Phó Chủ tịch UBND tỉnh X nhiệm kỳ 2016-2021 đối với: Ông A, để nghỉ hưu …; ông B …"), appointing or electing
to it ("phê chuẩn kết quả bầu các Phó Chủ tịch UBND tỉnh X … đối với ông A, bà B, ông C"): an office stated once for
a list belongs to each name in it."""


def _decided_office(text: str, honorific_start: int) -> tuple[str | None, str | None]:
    """The office a decision on it (`_DECIDED_RE`) concerns, for a person named with no office of their own: the
    post held until it is relieved, or won, as a news item names them by it. Only the post the sentence names right
    after the verb."""
    decided = _DECIDED_RE.search(text, max(0, honorific_start - 300), honorific_start)
    if decided is None:
        return None, None
    title, unit = _title_unit(text[: decided.end("post")], decided.start("post"))
    return title, _TERM.sub("", unit) or None if unit else unit


_TERM = re.compile(r",?[ \t]+nhiệm kỳ\b.*$")
"""The term of office after a post's body ("UBND tỉnh X nhiệm kỳ 2016-2021"): no part of the body's name."""


_HOLDING_RE = re.compile(r"[ \t]*,[ \t]*giữ chức(?: vụ)?(?=[ \t])")


def _office_held(text: str, end: int) -> tuple[str | None, str | None]:
    """The office an aside after a name says the person holds ("cử đồng chí Cù Huy Cận, giữ chức Bộ trưởng, đặc
    trách …"): "giữ chức" is the person's post, what an appointment without "bổ nhiệm" says too."""
    held = _HOLDING_RE.match(text, end)
    return _title_unit(text, held.end()) if held else (None, None)


def _office_of_next_name(text: str, end: int) -> bool:
    """Whether the office after a name and its comma is the next person's: its words end with a Vietnamese name
    of three words, of a known family, after a place ("ông Ye Myint, Đại sứ Việt Nam tại Myanmar Chu Công
    Phùng"), or a head of state's office has a name for its whole unit (`_name_alone`)."""
    match = _TITLE_AFTER_RE.match(text[end : end + 160])
    words = squash(match.group("rest")).split() if match else []
    if match and _name_alone(words) and _heads_state(re.sub(r"^[Pp]hó\s+", "", match.group("title")), None):
        return True
    name, before = words[-3:], words[:-3]
    return (
        len(name) == 3
        and bool(before)
        and all(_SYLLABLE_RE.fullmatch(word) for word in name)
        and family_name(name[0]) is not None
        and is_place_name(before[-1])
        and not is_place_name(" ".join(name))
    )


def _name_alone(words: list[str]) -> bool:
    """Whether an office's unit is only a foreign name of three capitalised words or more, no body's and no place's:
    after a head of state's or government's office, or its deputy's, whose unit can only be a country, the office is
    that person's ("Samdech Say Chhum, Phó Thủ tướng Men Sam An", rt-1445). A local office's unit may be a place the
    gazetteer lacks ("Trưởng bản Chà Căm Nhay", rt-656)."""
    return (
        len(words) >= 3
        and words[0] not in _NAMED_BODY_WORDS
        and family_name(words[0]) is None
        and all(word[:1].isupper() and not word.isupper() for word in words)
        and not _places_joined(" ".join(words))
    )


def _written_title(printed: str) -> str:
    """A title as printed, with an abbreviation spelled out and a compound's comma put back ("Bộ trưởng
    Chủ nhiệm" → "Bộ trưởng, Chủ nhiệm"); otherwise in the case it was printed in."""
    full = canonical(printed)
    return full if printed in ABBREVIATED_TITLES or fold(full) != fold(printed) else printed


_CAPS_RUN_RE = compile_led(rf"(?<![^\W\d_])[{_VIETNAMESE_UPPER}]+(?: [{_VIETNAMESE_UPPER}]+){{1,3}}(?![^\W\d_])")
_NEXT_CAPTION = re.compile(rf" +[{_UPPER}][^\W\d_A-Z{_VIETNAMESE_UPPER}]")
"""A capitalised word right after a name in capitals, no stop between: the capitals end a caption as its photo
credit ("… Hun Manet ĐẬU TIẾN ĐẠT Thủ tướng …"); a name in running text is followed by a stop, a lower-case
word or the line's end."""


_RARER_FAMILY = KNOWN_FAMILY | SINO_FAMILY
_ANY_FAMILY = FAMILY_NAMES | _RARER_FAMILY


def _honoured_office(text: str, start: int, end: int) -> bool:
    """Whether capitals between `start` and `end` stand between an honorific and an office ("Ngài SIÊK LÊNG - Chủ
    tịch …"): a name, of whatever family or language, as the honorific and the office say."""
    return (
        bool(_HONORIFIC_END.search(text, max(0, start - 12), start)) and _TITLE_AFTER_RE.match(text[end:]) is not None
    )


def _caps_names_readable(text: str) -> str:
    """`text` with the names running text prints in capitals ("Thủ tướng … CHU ÂN LAI") in the case names are
    read in, offsets kept: two to four Vietnamese syllables from a known family name, or any words between an
    honorific and an office (`_honoured_office`), in a line that is not a
    heading (a heading's capitals are its style, not a name's), not a photo credit (`_NEXT_CAPTION`)."""
    pieces: list[str] = []
    at = 0
    for run in _CAPS_RUN_RE.finditer(text):
        words = run.group().split(" ")
        if (words[0].capitalize() not in _ANY_FAMILY or not all(map(is_syllable, words))) and not _honoured_office(
            text, run.start(), run.end()
        ):
            continue
        begin, end = line_bounds(text, run.start(), run.end())
        line = text[begin:end]
        if is_upper_line(line) or _NEXT_CAPTION.match(text, run.end()):
            continue
        pieces += [text[at : run.start()], " ".join(word.capitalize() for word in words)]
        at = run.end()
    return "".join([*pieces, text[at:]]) if pieces else text


_LISTED_TITLE_COMMA = re.compile(
    rf"^[ \t]*[-+•][ \t]*(?i:{_TITLE_ALT}),(?= (?P<name>[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{1,3}})"
    rf"[ \t]*(?:[(;.]|$))",
    re.MULTILINE,
)
"""A list item that is an office, a comma and a name up to the item's end or its aside ("-Bộ trưởng, Hoàng Tuấn
Anh(để b/c)")."""


def _listed_titles_readable(text: str) -> str:
    """`text` with the comma a recipients' list puts between an office and its holder ("- Bộ trưởng, Hoàng Tuấn Anh (để
    b/c);") read as a space, offsets kept, when a Vietnamese name follows it to the item's end: an office listed beside
    another ("- Chủ tịch, Phó Chủ tịch UBND tỉnh;") or a body stays a list."""
    commas = [
        found.end() - 1
        for found in _LISTED_TITLE_COMMA.finditer(text)
        if (words := found.group("name").split())[0] in _ANY_FAMILY and all(map(is_syllable, words))
    ]
    if not commas:
        return text
    chars = list(text)
    for comma in commas:
        chars[comma] = " "
    return "".join(chars)


_HYPHENATED_WORDS = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def _hyphenated_titles_readable(text: str) -> str:
    """`text` with a title whose words the old orthography joins by hyphens ("Tổng-Thống", "Thủ-Tướng") spaced,
    offsets kept, so that it is read as the title; a hyphenated name after it stays as printed ("Nguyễn-văn-Thiệu")."""
    chars = list(text)
    for word in _HYPHENATED_WORDS.finditer(text):
        if is_title(word.group().replace("-", " ")):
            chars[word.start() : word.end()] = word.group().replace("-", " ")
    readable = "".join(chars)
    return text if readable == text else readable


_MALAY_STYLE = r"(?:(?:Dato'?|Datuk) (?:Seri|Sri)|Dato'?|Datuk|Datin|Pehin|Ustaz|Tan Sri|Dr\.?|Sultan(?= (?:Haji|Hj) ))"
_MALAY_STYLES_RE = re.compile(rf"(?<![^\W\d_]){_MALAY_STYLE}(?: +{_MALAY_STYLE})*(?= +[{_UPPER}])")
"""The styles of Brunei and Malaysia printed before a name ("Pehin Dato Dr. Ustaz Hj Abdul Aziz Juned", "Datin
Hajah Halimah …", "Sultan Haji Hassanal Bolkiah"): titles, not the name; "Haji"/"Hj" (a pilgrim's) is kept as
the name's own word, and "Sultan" is a style only before it ("Sultan Ahmed Al Jaber" is a given name)."""
_MALAY_STYLE_START = re.compile(r"Dat|Pehin|Ustaz|Tan Sri|Dr|Sultan")
"""How every style of `_MALAY_STYLE` starts, searched for from its capitals: a text without one has no style to read
(most texts), and this is far faster than the styles tried at every word."""
_CAPITALISED_GAP = re.compile(rf"(?: +[{_UPPER}][^\W\d_'.-]*[.']?)* +")
"""Capitalised words only between two styles: the second is inside the name ("Dato Mohd Riza Dato Mohd Yunos")."""


def _malay_styles_readable(text: str) -> tuple[str, dict[int, str]]:
    """`text` with the style words opening a name blanked, offsets kept, so that the name is read from its first
    own word (the dot of "Dr." would end it, the styles would be read as its words), and the styles by where the name
    starts. Only the first styles of a run of capitalised words are a style: later ones are part of the name."""
    chars: list[str] | None = None
    styles: dict[int, str] = {}
    last_end = -1
    for found in _MALAY_STYLES_RE.finditer(text) if _MALAY_STYLE_START.search(text) else ():
        if last_end >= 0 and _CAPITALISED_GAP.fullmatch(text, last_end, found.start()):
            continue
        chars = chars or list(text)
        chars[found.start() : found.end()] = " " * (found.end() - found.start())
        start = found.end() + len(text[found.end() :]) - len(text[found.end() :].lstrip(" "))
        styles[start] = found.group()
        last_end = found.end()
    return ("".join(chars) if chars else text), styles


_SPACED_ARTICLE_HYPHEN_ANY = re.compile(r"(?:Al|El|Abu|Abdel|Abdul) -")
"""What `_SPACED_ARTICLE_HYPHEN` needs, searched for from its capitals (most texts have none)."""
_SPACED_ARTICLE_HYPHEN = re.compile(
    rf"(?<![^\W\d_])(?:Al|El|Abu|Abdel|Abdul)(?P<gap> )(?P<joined>-[{_UPPER}][^\W\d_]*(?:-[^\W\d_]+)*)"
)
"""An Arabic article or name part and the hyphen that joins it to the next word, with a stray space between ("Thái
tử kế vị Brunei Al -Muhtadee Billah")."""


_SPACED_PART_HYPHEN = re.compile(
    rf"(?<![^\W\d_])[{_UPPER}][^\W\d_]*(?:-[^\W\d_]+)+-(?P<gap> )(?P<joined>[{LOWER}]+)(?![^\W\d_])"
)
"""A transliteration's last part set apart by a stray space after its hyphen, where a copy reflowed a line break
("Thứ trưởng Bua-ngân Xa-phu- vông dẫn đầu"): the part, in small letters, is the word's."""


def _spaced_hyphens_readable(text: str) -> str:
    """`text` with the stray space before the hyphen after an Arabic article moved behind the word it joins, offsets
    kept ("Al -Muhtadee Billah" → "Al-Muhtadee  Billah"), so that the joined words are read as one word of the
    name, not the article as the end of the unit before it; and the stray space after a transliteration's hyphen
    (`_SPACED_PART_HYPHEN`: "Xa-phu- vông" → "Xa-phu-vông ")."""
    chars: list[str] | None = None
    for found in _SPACED_ARTICLE_HYPHEN.finditer(text) if _SPACED_ARTICLE_HYPHEN_ANY.search(text) else ():
        chars = chars or list(text)
        chars[found.start("gap") : found.end()] = [*found["joined"], " "]
    for found in _SPACED_PART_HYPHEN.finditer(text) if "- " in text else ():
        chars = chars or list(text)
        chars[found.start("gap") : found.end()] = [*found["joined"], " "]
    return "".join(chars) if chars else text


def find_people(text: str, ocr: bool = False) -> list[Person]:
    """Every person named in `text` once (first mention), with title, unit and honorific when written; a name
    printed in capitals is read as a name (`_caps_names_readable`), and kept as printed, unless the text also prints
    it in normal case; a title of the old orthography is read in its modern form (`_hyphenated_titles_readable`), a
    list item's comma between an office and its holder as a space (`_listed_titles_readable`), a Malay style before
    a name as its honorific (`_malay_styles_readable`), an Arabic article's hyphen spaced off its word as joined
    (`_spaced_hyphens_readable`)."""
    unstyled, styles = _malay_styles_readable(text)
    readable = _caps_names_readable(
        _listed_titles_readable(_hyphenated_titles_readable(_spaced_hyphens_readable(unstyled)))
    )
    people = [
        p.model_copy(update={"honorific": styles[p.span.start]})
        if p.span is not None and p.span.start in styles and p.honorific is None
        else p
        for p in _find_people(readable, ocr, frozenset(styles))
    ]
    if readable is text:
        return people
    return [
        p.model_copy(update={"name": printed})
        if p.span is not None
        and (printed := text[p.span.start : p.span.end]).lower() == p.name.lower()
        and p.name not in text
        else p
        for p in people
    ]


_DEGREE_RE = compile_led(rf"P?GS\.(?:\s?TS\.?)?|P?TS\.?|ThS\.?|{_SPELLED_DEGREE}")
"""A degree before a name, read as its honorific (`RANKS`): like a rank, it may stand between an office and its
holder's name ("Giám đốc Học viện PGS. TS. Nguyễn Quốc Dũng", written out: "Chủ tịch Đại học Tổng hợp Qatar Tiến sĩ
Hassan Rashid Al-Derham")."""


def _service_rank(honorific: str) -> bool:
    """Whether the word before a name is a military or clerical rank (`_SERVICE_RANKS`), not "ông" or a degree."""
    return _SERVICE_RANK_RE.fullmatch(honorific) is not None


def _find_people(text: str, ocr: bool, styled: frozenset[int] = frozenset()) -> list[Person]:
    """`find_people` on a text whose names are in their reading case.

    `ocr`: the text is OCR output, so a family name with a tone-mark slip is repaired (`repair_family`); `styled`:
    where a name starts after a style (`_malay_styles_readable`)."""
    found: list[tuple[int, Person]] = []
    taken: list[tuple[int, int]] = []
    for match in _HONORIFIC_RE.finditer(text):
        name = _trim_name(match.group("name"), _STOP_AFTER.match(text, match.end("name")) is not None)
        if surname := _capitals_surname(text, match.start("name"), name):
            name = f"{name} {surname}"
        elif small := _small_last_word(text, match.start("name") + len(name), name):
            name = f"{name} {small}"
        name = _without_office_word(text, match.start("name"), name)
        if len(re.split(r"[ -]", name)) < 2:
            continue
        if _honorific_starts_place(match.group("hon"), name):
            continue
        end = match.start("name") + len(name)
        if _GENERATION_DOT.match(text, end - 3):  # "Ngài Felipe de Leon Jr.- Chủ tịch …": the dot is the name's
            name, end = name + ".", end + 1
        title, unit = _title_unit(text, end)
        if title is not None and _office_of_next_name(text, end):
            title, unit = None, None
        if title is None and (joined := _joined_name(text, match.start("name"), end, {p.name for _, p in found})):
            name, end = text[match.start("name") : joined], joined
            title, unit = _title_unit(text, end)
        if title is None or (unit and _ends_with_name(unit)):  # "Thứ trưởng Bộ Quốc phòng, Trung tướng Nguyễn
            before = _chain_start(text, match.start())  # Hồng Thái"; "Bộ trưởng Bộ Công an - Đại tướng Lương
            before = (None, None) if _previous_item_office(text, match.start()) else before
            title, unit = (
                before if before[0] or title is None else (title, unit)
            )  # Tam Quang, Chủ nhiệm ... Trần Sỹ Thanh"
        if title is None:  # "Thống đốc thành phố St. Petersburg, LB Nga, ông Alexander Beglov"
            title, unit = _office_before_holder(text, match.start())
        if title is None:  # "Bộ trưởng tiền nhiệm của bà là ông Ze Zung Bo"
            title, unit = _office_before_copula(text, match.start())
        if title is None and _service_rank(match["hon"]):
            title, unit = _office_before_rank(text, match.start())
        if title is None and _DEGREE_RE.fullmatch(match["hon"]):  # "do Giám đốc Học viện PGS. TS. X dẫn đầu"
            title, unit = _office_before_rank(text, match.start())
        if title is None:
            title, unit = _appointed_office(text, match.start(), end)
        if title is None:
            title, unit = _decided_office(text, match.start())
        if title is None:
            title, unit = _office_held(text, end)
        if title is None and len(re.split(r"[ -]", name)) < 3 and not surname and not _service_rank(match["hon"]):
            continue  # one word of two parts ("ông Xổm-phết, Phó Tỉnh trưởng") is a name only with its office
        honorific = match.group("hon")
        found.append((match.start("name"), _person(name, title, unit, honorific, match.start("name"), end, text)))
        taken.append((match.start("name"), end))
    for match in _SPOUSE_RE.finditer(text) if "hu nhân" in text else ():  # most texts name no spouse
        name = _trim_name(match.group("name"))
        start, end = match.start("name"), match.start("name") + len(name)
        if len(re.split(r"[ -]", name)) >= 2 and not any(s < end and start < e for s, e in taken):
            found.append((start, _person(name, None, None, None, start, end, text)))
            taken.append((start, end))
    # "ông Takaki Chủ tịch Hội …": a surname alone, its office after it; "Đại tướng NiekSaVuon, …" a glued name
    glued = _GLUED_CAPITAL.search(text) is not None  # `_RANK_ONE_WORD_RE`'s name needs one: most texts have none
    for match in (*_ONE_WORD_RE.finditer(text), *(_RANK_ONE_WORD_RE.finditer(text) if glued else ())):
        start, end = match.span("name")
        title, unit = _title_unit(text, end)
        if _VIETNAMESE_SYLLABLE.match(fold(match.group("name"))):
            continue  # "ông Long, Giám đốc": a Vietnamese given name alone names nobody for sure
        if title is not None and not any(s <= start < e for s, e in taken):
            found.append((start, _person(match.group("name"), title, unit, match.group("hon"), start, end, text)))
            taken.append((start, end))
    ranked = any(word in text for word in _RANK_WORDS)  # most texts name no rank: not scanned for one
    for match in _RANK_TRANSLITERATION_RE.finditer(text) if ranked else ():
        start, end = match.span("name")
        if _one_foreign_name(match["name"]) and not any(s <= start < e for s, e in taken):
            title, unit = _title_unit(text, end)
            if title is None:
                title, unit = _addressed_office(text, match.start(), end), None
            found.append((start, _person(match["name"], title, unit, match["hon"], start, end, text)))
            taken.append((start, end))
    for match in _OCCUPATION_RE.finditer(text):
        name = _trim_name(match.group("name"))
        start, end = match.start("name"), match.start("name") + len(name)
        if len(name.split()) >= 2 and not is_place_name(name) and not any(s < end and start < e for s, e in taken):
            title, unit = _title_unit(text, end)
            found.append((start, _person(name, title, unit, None, start, end, text)))
            taken.append((start, end))
    for start, person in (*_title_first(text, ocr, styled), *_regnal_names(text), *_authority_holders(text)):  # a title
        # before the name beats one after
        if not any(s <= start < e for s, e in taken) and person.span is not None:
            found.append((start, person))
            taken.append((start, person.span.end))
    # "Ông Trịnh Hàng, Giám đốc" is a list's item too: the honorific's match, taken first, has it
    found = _titled_by_list(found, _foreign_plural_titles(text))
    listed = (*_plural_titles(text), *_abbreviated_lists(text), *_honorific_lists(text), *_list_items(text))
    for start, person in (*_local_leaders(text), *listed):
        if person.span is not None and not any(s < person.span.end and start < e for s, e in taken):
            found.append((start, person))
            taken.append((start, person.span.end))
    for match in _FAMILY_RE.finditer(text):
        start = _after_place_name(text, match.start(), match.group("name"))
        if any(s <= start < e for s, e in taken):
            continue
        name = _trim_name(text[start : match.end("name")])
        preceding = text[max(0, start - 30) : start]
        if _PLACE_WORD_BEFORE.search(preceding) or _NAMED_AFTER.search(preceding):
            continue  # "tại thành phố La Hay, Đại sứ …", "giải thưởng Tạ Quang Bửu, Vụ trưởng …": a place's or a
            # thing's name, whatever family name it starts with
        if len(name.split()) == 2 and _CAPITALISED_BEFORE.search(preceding):
            continue  # "Khu đô thị Tây Hồ Tây, Phó Thủ tướng …": two words ending a longer proper name, a place's
        if len(name.split()) < 2 or is_place_name(name) or _body_placed([*preceding.split()[-1:], *name.split()], 1):
            continue  # "Thăng Long - Hà Nội, Phó Thủ tướng ...": a place before a title; "Bệnh viện Hùng Vương Gia
            # Lai, Giám đốc …": a body's name
        if _inside_country([*preceding.split()[-2:], *name.split()], len(preceding.split()[-2:])):
            continue  # "thăm Bồ Đào Nha, Thủ tướng sẽ dự": "Đào" starts no name inside a country's
        end = start + len(name)
        if any(s < end and start < e for s, e in taken):
            continue  # "Nhà vua Thái Lan Vajiralongkorn, Chủ tịch nước …": the name after its title is read
        title, unit = _title_unit(text, end)
        found.append((start, _person(name, title, unit, None, start, end, text)))
        taken.append((start, end))
    for start, person in _name_lists(text, {_name_key(p.name) for _, p in found}):
        if person.span is not None and not any(s < person.span.end and start < e for s, e in taken):
            found.append((start, person))
            taken.append((start, person.span.end))
    if nlp.enabled["underthesea"]:
        found.extend(_ner_people(text, taken))
    found = _shared_offices(text, found)
    found = _offices_named_before(text, found)
    people = [  # "… Nguyễn Thị" is cut; "Harald V" is whole
        p
        for _, p in sorted(found, key=lambda item: item[0])
        if (not cut_name(p.name) or (p.title in _CROWNS and _REGNAL_NAME.fullmatch(p.name)))
        and not _cut_at_text_end(text, p)
    ]
    if ocr:
        people = [p.model_copy(update={"name": repair_family(p.name)}) for p in people]
    return _unique(people, text)


_RUNNING_LINE_WORDS = 15
"""Words before a name on its line that make the line running text (a sentence, a list run on), not a signature's, a
caption's or a headline's own line."""


def _cut_at_text_end(text: str, person: Person) -> bool:
    """Whether the name ends the text inside a running line, no stop after it: the copy was cut there, maybe inside
    the name ("… nhân chuyến thăm Hungary của Tổng Bí thư Nguyễn Phú"), so which name it is is not sure. A signer's
    name on a line of its own at the end is whole. A hyphen between the name and the text's end was cut inside a
    transliterated word, whatever the line ("… do đồng chí Bua-ngân Xa-")."""
    if person.span is None:
        return False
    rest = text[person.span.end :].strip()
    if rest == "-":
        return True
    if rest:
        return False
    line_start = text.rfind("\n", 0, person.span.start) + 1
    return len(text[line_start : person.span.start].split()) >= _RUNNING_LINE_WORDS


_LOCAL_BODY_RUN = (
    r"(?P<body>(?:Huyện|Tỉnh|Thành|Quận) ủy|(?:UBND|HĐND) (?:huyện|tỉnh|thành phố|quận|thị xã)) "
    rf"(?P<run>{_SYLLABLE}(?: {_SYLLABLE}){{3,5}})"
)
_LOCAL_LEADER_RE = re.compile(
    rf"{_TITLE_START}(?P<title>(?i:{_TITLE_ALT})) {_LOCAL_BODY_RUN}(?![^\W\d_])(?! [{_UPPER}])"
)
"""A local party committee's or council's office, its place, then its holder's name in one run of capitalised words
("Bí thư Huyện ủy Nam Giang Chờ Rưm Nhiên đã …"): see `_local_leaders`."""
_LOCAL_BODY_RUN_RE = compile_led(_LOCAL_BODY_RUN)
"""The body and the run of `_LOCAL_LEADER_RE`, found far faster than with the titles' many words before: a text
without them has no local leader to read."""
_PLACE_WORD = r"(?<![^\W\d_])(?i:huyện|tỉnh|thành phố|quận|thị xã) "


def _local_leaders(text: str) -> list[tuple[int, Person]]:
    """The holders of local offices named after the place (`_LOCAL_LEADER_RE`) from a family name no list holds, as
    the Central Highlands' and Cơ Tu names are ("Chờ Rưm Nhiên"): the place is the words the text also writes after
    "huyện", "tỉnh" … and ends there ("đoàn đại biểu huyện Nam Giang đến"), the rest of the run two to four
    Vietnamese syllables with no body's or place's word, not cut by the excerpt, its holder's name (one of three
    syllables or more from a known family name is read by `_title_first`; one of two, "huyện Anh Sơn Hoàng Quyền",
    only where the gazetteer knows the place)."""
    result: list[tuple[int, Person]] = []
    if not _LOCAL_BODY_RUN_RE.search(text):
        return result
    for match in _LOCAL_LEADER_RE.finditer(text):
        words = match["run"].split(" ")
        for k in range(1, len(words) - 1):
            place, name = " ".join(words[:k]), words[k:]
            if not re.search(rf"{_PLACE_WORD}{re.escape(place)}(?![^\W\d_])(?! [{_UPPER}])", text):
                continue
            if (
                len(name) <= 4
                and (family_name(name[0]) is None or len(name) == 2)
                and text[match.end("run") : match.end("run") + 1] not in ("…", "")
                and all(map(is_syllable, name))
                and not any(word in _NOT_NAME | _BODY_WORDS | _UNIT_FAMILY_NAMES for word in name)
                and not is_place_name(" ".join(name))
                and not any(is_vietnamese_place(" ".join(name[i:j])) for i, j in _spans(len(name)) if j - i >= 2)
            ):
                start = match.start("run") + len(place) + 1
                unit = f"{match['body']} {place}"
                title = canonical(match["title"])
                result.append((start, _person(" ".join(name), title, unit, None, start, match.end("run"), text)))
            break
    return result


_CAPITALISED_BEFORE = re.compile(rf"(?<![^\W\d_])[{_UPPER}][^\W\d_]* $")
"""A capitalised word right before a name, one space between: the name's two words are the end of a longer
proper name ("Tây Hồ Tây"), not a person's, whose family name would open the run."""
_PLACE_WORD_BEFORE = compile_led(r"(?<![^\W\d_])(?i:thành phố|tỉnh|huyện|thủ đô|quận|thị xã|xã|tại)[ \t]+$")
"""A place's word right before capitalised words: they are the place's name ("thành phố La Hay"); after "tại" (at)
they name where something happens, a palace or a street named after someone ("tại Hoàng Cung, Thủ tướng …",
rt-1443)."""
_AS_PLACE = r"(?:,|thuộc|tại)[ \t]+(?i:tỉnh|huyện|thành phố|quận|thị xã)[ \t]+"


def _written_as_place(text: str, name: str) -> bool:
    """Whether the text writes `name` as a place elsewhere, after "tỉnh", "huyện" … in an address or after "tại"
    ("xã Minh Quán thuộc huyện Trấn Yên, tỉnh Hoàng Liên Sơn"): a province the gazetteer does not know (a former one,
    a merged one), not the holder of the office before it."""
    return re.search(rf"{_AS_PLACE}{re.escape(name)}(?![^\W\d_])", text) is not None


_RANK_REST = re.compile(r" (?:tướng|tá|úy|uý)(?![^\W\d_])")
_RANK_FIRST_WORDS = frozenset({"Thống", "Đại", "Thượng", "Trung", "Thiếu"})


def _rank_starts(text: str, end: int, word: str) -> bool:
    """Whether the last word of a run and the lower-case word after it are a military rank ("Trung tướng"), which
    says a name follows: the word is the rank's, no name's."""
    return word in _RANK_FIRST_WORDS and _RANK_REST.match(text, end) is not None


_PREVIOUS_ITEM_RE = compile_led(
    rf"(?:[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*){{1,4}}[ \t]*[–-]"
    rf"|(?<![^\W\d_])(?:{HONORIFICS}|{RANKS}) +{_LISTED_NAME}[ \t]*,)"
    rf"[ \t]*(?i:{_TITLE_ALT})(?![^\W\d_])[^,;\n–]*,[ \t]*$"
)


def _previous_item_office(text: str, start: int) -> bool:
    """Whether the office before a person's honorific is the previous list item's, written after that item's name
    and a dash, or a comma when an honorific or degree starts that item too ("GS. Trần Văn A – Phó Chủ nhiệm Khoa
    X, TS. Lê Văn B – Khoa X", "TS. Lê Văn C, Phó Viện trưởng, GS. Đỗ Văn D": B and D hold no office): no chain of
    B's or D's."""
    return _PREVIOUS_ITEM_RE.search(text, max(0, start - 160), start) is not None


_OFFICE_BEFORE_CAPITAL_RE = re.compile(rf"{_TITLE_START}(?=[{_UPPER}])(?P<title>(?i:{_TITLE_ALT})) (?=[{_UPPER}])")


def _offices_named_before(text: str, found: list[tuple[int, Person]]) -> list[tuple[int, Person]]:
    """`found` with the office of a person named with an honorific and no office taken from where the text writes
    the office right before the same name ("do Phó Trưởng ban Pov Sotheara dẫn đầu", then "Bà Pov Sotheara bày tỏ"),
    the first of its chain: the honorific says the words are a name, which after an office no high one the patterns
    do not take."""
    wanted = {person.name for _, person in found if person.title is None and person.honorific and " " in person.name}
    offices: dict[str, re.Match[str]] = {}
    for office in _OFFICE_BEFORE_CAPITAL_RE.finditer(text) if wanted else ():
        for name in wanted - offices.keys():
            if text.startswith(name, office.end()) and not text[office.end() + len(name) :][:1].isalpha():
                offices[name] = office
    result: list[tuple[int, Person]] = []
    for start, person in found:
        if person.title is None and (office_match := offices.get(person.name)) is not None:
            first, unit = _chain_start(text, office_match.start("title"))  # "đồng chí Phó Thủ tướng, Bộ trưởng X"
            title = first or canonical(office_match["title"])
            person = person.model_copy(update={"title": title, "unit": person.unit or unit})
        result.append((start, person))
    return result


_SHARED_OFFICE_RE = compile_led(
    rf"(?<![^\W\d_])[cC]ác +(?P<title>(?i:{_TITLE_ALT}))(?![^\W\d_])[^\n:.;]{{0,100}}?:"
    r"(?P<list>[^\n]*?)(?=\.(?:\s|$)|\n|$)"
)
"""A plural office, then a colon and the list of its holders, each named with an honorific and maybe the committee
they sit on ("có các nghị sỹ thuộc đảng cầm quyền Saenuri (Đảng Đại Dân tộc cũ) gồm: Ông Park Dae Dong, Ủy ban …;
các ông Park Seong Ho và Yi Wan Young, …"), up to the sentence's end."""
_PAIRED_NAME_RE = re.compile(rf"(?<![^\W\d_])[cC]ác +(?P<hon>ông|bà|ngài) +{_NAME}[ \t]+và[ \t]+(?P<name>{_NAME})")
"""The second of two people after one plural honorific ("các ông Park Seong Ho và Yi Wan Young")."""


def _shared_offices(text: str, found: list[tuple[int, Person]]) -> list[tuple[int, Person]]:
    """`found` with the office of a list after a plural office (`_SHARED_OFFICE_RE`) given to the people in the list
    who have none of their own, and the second name of a pair in it (`_PAIRED_NAME_RE`) added: the list says what
    they all are, where the honorific before each name says nothing."""
    result = list(found)
    for match in _SHARED_OFFICE_RE.finditer(text):
        title, (low, high) = canonical(match["title"]), match.span("list")
        result = [
            (start, _with_seat(text, person, title) if low <= start < high and not person.title else person)
            for start, person in result
        ]
        for pair in _PAIRED_NAME_RE.finditer(text, low, high):
            start = pair.start("name")
            name = _trim_name(pair["name"])
            if not any(start == kept for kept, _ in result) and len(name.split()) >= 2:
                person = _person(name, None, None, pair["hon"], start, start + len(name), text)
                result.append((start, _with_seat(text, person, title)))
    return result


_SEAT_RE = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+thuộc[ \t]+)(?P<unit>(?:Ủy ban|Uỷ ban|Ban|Hội đồng|Tiểu ban) [^;\n]*?)"
    r"(?=[ \t]*(?:;|\.|$| và (?:ông|bà|ngài) ))",
    re.MULTILINE,
)
"""The committee a listed member sits on, after the name ("Ông Park Dae Dong, Ủy ban Chính sách Quốc gia;", "ông Yun
Jae Ok thuộc Ủy ban Văn hóa, Giáo dục, …"): the unit of the shared office."""


def _with_seat(text: str, person: Person, title: str) -> Person:
    """`person` holding the list's shared `title`, with the committee written after the name as the unit."""
    seat = _SEAT_RE.match(text, person.span.end) if person.span is not None else None
    return person.model_copy(update={"title": title, "unit": person.unit or (squash(seat["unit"]) if seat else None)})


_HONORIFIC_END = compile_led(rf"(?<![^\W\d_]){HONORIFICS}[ \t]*$")


_SMALL_WORD = re.compile(rf" (?P<word>[{_LOWER}]+)(?=,)")


def _small_last_word(text: str, end: int, name: str) -> str | None:
    """A given name typed in small letters after a Vietnamese name read up to `end`, as the office after its comma
    shows ("Ông Nguyễn Duy thân, Ủy viên hành chính"): a known given name, or None."""
    small = _SMALL_WORD.match(text, end)
    if small is None or not family_name(name.split()[0]) or small["word"].capitalize() not in KNOWN_GIVEN:
        return None
    return small["word"] if _TITLE_AFTER_RE.match(text[small.end() : small.end() + 160]) else None


def _capitals_surname(text: str, start: int, name: str) -> str | None:
    """The surname in capitals after a one-word foreign given name read from `start` (see `_CAPS_SURNAME`), or None:
    it has a vowel, and wherever else the text prints it, it follows the given name or an honorific ("ông LAFON");
    a word printed alone elsewhere is an acronym ("ông Peter UNDP": "dự án của UNDP")."""
    if " " in name or not _is_foreign_word(name):
        return None
    caps = _CAPS_SURNAME.match(text, start + len(name))
    if caps is None or not re.search(r"[AEIOUY]", caps["surname"]) or "\n" in caps.group():
        return None
    for other in re.finditer(rf"(?<![^\W\d_]){re.escape(caps['surname'])}(?![^\W\d_])", text):
        before = text[max(0, other.start() - 40) : other.start()]
        if not (before.rstrip().endswith(name) or _HONORIFIC_END.search(before)):
            return None
    return caps["surname"]


def _plural_titles(text: str) -> list[tuple[int, Person]]:
    """The people of a list after a plural title (see `_PLURAL_RE`); when what they share is a membership, a name
    with an office of its own after it keeps that one ("các đồng chí Ủy viên Trung ương Đảng: Bùi Thanh Sơn, Bộ
    trưởng Ngoại giao; …"), as a membership before a post gives way to the post."""
    result: list[tuple[int, Person]] = []
    for match in _PLURAL_RE.finditer(text):
        shared = _written_title(match.group("title")), squash(match.group("unit") or "") or None
        membership = fold(without_former(shared[0])).endswith("uy vien")
        for name in re.finditer(_LISTED_NAME, match.group("names")):
            if not is_place_name(name.group()):
                start = match.start("names") + name.start()
                end = start + len(name.group())
                own = _title_unit(text, end) if membership else (None, None)
                title, unit = own if own[0] is not None else shared
                result.append((start, _person(name.group(), title, unit, None, start, end, text)))
    return result


_FOREIGN_LISTED = rf"(?:(?:{_SERVICE_RANKS}) +)?[{_UPPER}][^\W\d_]+(?: +[{_UPPER}][^\W\d_]+){{1,3}}"
_FOREIGN_PLURAL_RE = compile_led(
    rf"(?<![^\W\d_])[cC]ác +(?P<title>(?i:{_TITLE_ALT}))(?![^\W\d_])[ \t]+"
    rf"(?P<names>{_FOREIGN_LISTED}(?:[ \t]*(?:,|và)[ \t]*{_FOREIGN_LISTED})+)"
)
_FOREIGN_LISTED_RE = re.compile(
    rf"(?:(?P<rank>{_SERVICE_RANKS}) +)?(?P<name>[{_UPPER}][^\W\d_]+(?: +[{_UPPER}][^\W\d_]+){{1,3}})"
)


def _abbreviated_lists(text: str) -> list[tuple[int, Person]]:
    """The people of a distribution list's short title with a stop after it (see `_ABBREVIATED_LIST_RE`)."""
    result: list[tuple[int, Person]] = []
    for match in _ABBREVIATED_LIST_RE.finditer(text):
        item_start = _LIST_ITEM_START if match["stop"] else _DASHED_ITEM_START
        if not item_start.search(text, max(0, match.start() - 8), match.start()):
            continue
        title = _LISTED_ABBREVIATIONS[match["title"]]
        for name in re.finditer(_LISTED_NAME, match["names"]):
            if not is_place_name(name.group()):
                start = match.start("names") + name.start()
                result.append((start, _person(name.group(), title, None, None, start, start + len(name.group()), text)))
    return result


def _foreign_plural_titles(text: str) -> list[tuple[int, Person]]:
    """The foreign names of a list after a plural title, each holding it ("các Tư lệnh Carlos Fonseca Amador, Tomas
    Borge và Đại tá Santos Lopez"), a rank before a name its honorific; only when every listed word is foreign
    (`_unvietnamese`): `_plural_titles` reads the lists of Vietnamese names, from their family names."""
    result: list[tuple[int, Person]] = []
    for match in _FOREIGN_PLURAL_RE.finditer(text):
        listed = list(_FOREIGN_LISTED_RE.finditer(text, match.start("names"), match.end("names")))
        if not all(_unvietnamese(word) for item in listed for word in item["name"].split()):
            continue
        title = _written_title(match["title"])
        for item in listed:
            start, end = item.span("name")
            result.append((start, _person(item["name"], title, None, item["rank"], start, end, text)))
    return result


def _titled_by_list(found: list[tuple[int, Person]], listed: list[tuple[int, Person]]) -> list[tuple[int, Person]]:
    """`found` with the people of a list that shares one title (`_foreign_plural_titles`): a name read before with
    no title ("Đại tá Santos Lopez", its rank's) takes the list's; a name not read yet is added."""
    by_start = {start: k for k, (start, _) in enumerate(found)}
    result = list(found)
    for start, person in listed:
        k = by_start.get(start)
        if k is None:
            end = person.span.end if person.span else start
            if not any(p.span and p.span.start < end and start < p.span.end for _, p in found):
                result.append((start, person))
        elif result[k][1].title is None:
            result[k] = (start, result[k][1].model_copy(update={"title": person.title}))
    return result


_PLURAL_HONORIFIC_RE = compile_led(
    r"(?<![^\W\d_])[cC]ác +(?:ông|bà|đồng chí|ông,? bà|ông/bà)(?: có tên sau(?: đây)?)?[ \t]*:[ \t]*"
)
_INLINE_NAMES = re.compile(
    rf"(?P<names>{_LISTED_NAME}(?:[ \t]*(?:,|;|và)[ \t]*{_LISTED_NAME})+)[ \t]*[.;]?[ \t]*(?=\n|$)"
)
_NAME_LINE = re.compile(rf"\s*?\n[ \t]*(?:(?:[-–+•]|\d{{1,2}}[.)])[ \t]*)?(?P<name>{_LISTED_NAME})")


def _honorific_lists(text: str) -> list[tuple[int, Person]]:
    """The people listed after a plural honorific and a colon ("gồm có các ông:" then a name a line, or "các ông: A, B
    và C" on one line), each from a family name, none a place, two at least: the honorific says they are people,
    named with the office written after each name, if any."""
    result: list[tuple[int, Person]] = []
    for match in _PLURAL_HONORIFIC_RE.finditer(text):
        spans: list[tuple[int, int]] = []
        if inline := _INLINE_NAMES.match(text, match.end()):
            spans = [
                (inline.start("names") + name.start(), inline.start("names") + name.end())
                for name in re.finditer(_LISTED_NAME, inline["names"])
            ]
        else:
            at = match.end()
            while line := _NAME_LINE.match(text, at):
                spans.append(line.span("name"))
                at = text.find("\n", line.end()) if "\n" in text[line.end() :] else len(text)
        if len(spans) < 2 or any(is_place_name(text[start:end]) for start, end in spans):
            continue
        for start, end in spans:
            title, unit = _title_unit(text, end)
            result.append((start, _person(text[start:end], title, unit, None, start, end, text)))
    return result


def _name_lists(text: str, known: set[str]) -> list[tuple[int, Person]]:
    """The people of a bare list of names (see `_NAME_LIST_RE`) that names someone the text names elsewhere."""
    result: list[tuple[int, Person]] = []
    for match in _NAME_LIST_RE.finditer(text):
        names = list(re.finditer(_LISTED_NAME, match.group("names")))
        if any(is_place_name(name.group()) for name in names) or not any(_name_key(n.group()) in known for n in names):
            continue
        for name in names:
            start = match.start("names") + name.start()
            result.append((start, _person(name.group(), None, None, None, start, start + len(name.group()), text)))
    return result


def _list_items(text: str) -> list[tuple[int, Person]]:
    """People named first in a list's items, with the title after the name (see `_LIST_NAME_RE`), and
    foreign names before a dash and a high office (see `_FOREIGN_DASH_RE`)."""
    result: list[tuple[int, Person]] = []
    dashed = " – " in text or " - " in text  # `_FOREIGN_DASH_RE`'s dash: many texts have none
    for match in (*_LIST_NAME_RE.finditer(text), *(_FOREIGN_DASH_RE.finditer(text) if dashed else ())):
        start, end = match.span("name")
        if kinship := _KINSHIP_RE.match(match.group("name")):
            start += kinship.end()
        name = text[start:end]
        if _trim_name(name) != name or is_place_name(name):
            continue  # "Sở Ngoại vụ - ...", "Hà Giang - ..."
        title, unit = _title_unit(text, end)
        if title is None or (match.re is _FOREIGN_DASH_RE and not _foreign_office_holder(text, start, name, title)):
            continue
        if unit and _holds_name(unit):
            continue  # "Tại Ai Cập, Chủ tịch nước Trần Đại Quang sẽ …": the office is the name's after it
        result.append((start, _person(name, title, unit, None, start, end, text)))
    return result


def _foreign_office_holder(text: str, start: int, name: str, title: str) -> bool:
    """Whether a name before a dash and `title` is a foreign office holder's (see `_FOREIGN_DASH_RE`)."""
    before = text[max(0, start - 20) : start]
    word_before = before.split()[-1] if before.split() else ""
    if not word_before.islower() or _ORGANISATION_END.search(before):
        return False  # "Luông Pha Bang - Phó Chủ tịch": the end of a place's name
    return high_office(title) and all(map(_is_foreign_word, name.split()))


def _after_place_name(text: str, start: int, name: str) -> int:
    """Where a name really starts when a place's name runs into it: "tỉnh Sơn La Thào Xuân Sùng" matched
    from "La" (a family name too) starts at "Thào", the last family name that leaves three syllables."""
    if not _SYLLABLE_BEFORE_SPACE.search(text, max(0, start - 12), start):
        return start
    words = name.split(" ")
    for i in range(len(words) - 3, 0, -1):
        if family_name(words[i]):
            return start + len(" ".join(words[:i])) + 1
    return start


def _syllables(token: str) -> list[str]:
    """A run's token as syllables: "NguyễnVăn" → ["Nguyễn", "Văn"]; "Xi-xu-lít" stays one word."""
    if "-" in token or token.isupper() or _SPACED_INITIALS_RE.match(token) or _MC_NAME.fullmatch(token):
        return [token]  # "J.Bayarmaa": an initial keeps its dot and its word; "McLachlan", "AL" are one word
    return _SYLLABLE_RE.findall(token) or [token]


def _after_places(tokens: list[str], named_first: bool = False) -> int:
    """Where the run goes on after the last place named in it (the name is not a place's), or 0: "Thái Lan
    Prayut Chan-o-cha" → 2, "Estonia Kristen Michal" → 1. Two tokens at least are left for the name, one when
    it is a transliteration with its initials ("Nga V.V.Pu-tin" → 1). Two countries a hyphen joins are a place too
    ("Hội hữu nghị Uzbekistan-Việt Nam Mukhamedov Alisher Rustamovich" → 2); a town named after a man, with his
    patronymic, is his name here ("Tổng thống UAE Mohammed Bin Zayed Al Nahyan"). A place's word after foreign
    words is the name's (`_inside_foreign_name`), unless the run starts with a place's or a party's name
    (`named_first`: after "tỉnh", "đảng": "đảng Nur Otan M.A. Kul-Mukhamed")."""
    lead = next((k for k in range(len(tokens) - 1, 0, -1) if _country_of(tokens[:k])), 0)
    for end in range(len(tokens) - (1 if _INITIALS_RE.match(tokens[-1]) else 2), 0, -1):
        if tokens[end] in _PARTICLE_WORDS:
            continue  # "Brazil Lula da Silva": a word before a name's particle is the name's, whatever place it spells
        if any(
            (is_place_name(joined := " ".join(tokens[begin:end])) or ("-" in joined and _is_place_pair(joined)))
            and not _PATRONYMICS & set(tokens[begin + 1 : end])
            and not (begin >= lead and _abroad_of(tokens[:lead], tokens[begin:end]))
            and not (not named_first and _inside_foreign_name(tokens[:begin]))
            for begin in range(end)
        ):
            return end
    return 0


def _inside_foreign_name(before: list[str]) -> bool:
    """Whether a place's word comes after foreign words that name no place, so it is a word of the name they start
    ("Ahmed Baha El Safay": Baha, a Saudi town, is Ahmed's father's name)."""
    return bool(before) and all(_unvietnamese(word) and not is_place_name(word) for word in before)


def _country_of(words: list[str]) -> str | None:
    """The country a run's words name or lie in: a country's code, or a foreign place's country."""
    name = " ".join(words)
    entry = foreign_places().get(place_key(name))
    return code_of(name) or (entry[1] if entry is not None else None)


def _abroad_of(lead: list[str], place: list[str]) -> bool:
    """Whether a place read after a run's leading country or place lies in another country: a foreign town that
    shares a name's word ("Thủ tướng Mozambique Adriano Afonso Maleiane": Adriano, a town in Italy; "tỉnh Mendoza
    Alfredo Víctor Cornejo": Victor, a town in the US), no place of the run."""
    if not lead or code_of(" ".join(place)):
        return False
    here, there = _country_of(lead), _country_of(place)
    return here is not None and there is not None and here != there


def _name_in_run(
    tokens: list[str],
    title: str,
    adjacent: bool,
    ocr: bool,
    after_place_word: bool = False,
    after_body: bool = False,
    envoy: bool = False,
    unit_closed: bool = False,
) -> int | None:
    """Where the office holder's name starts among a run's tokens, or None when the run names nobody.

    A Vietnamese name is 3-5 syllables from the last family name that leaves that many (2 right after the
    title: "Phó Thủ tướng Vũ Khoan"); a foreign one, after a high office, the 2-3 foreign-looking words
    that end the run ("Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane"), not a place's name nor an honorific
    before it, or after a Lao or Cambodian place the rest of the run, whose syllables look Vietnamese;
    `after_place_word`: the run follows "tỉnh", "thành phố" …, so its first word is a place's, unless the run is
    two words no gazetteer knows (the place word alone: "Thủ hiến bang Winfried Kretschmann");
    `after_body`: the run follows a body's name that ends in lower case and no locality ("Bộ trưởng Bộ Khoa học và
    Công nghệ Nguyễn Quân"), where a two-syllable name is as sure as right after the title; `envoy`: the office is
    Viet Nam's abroad ("Đại sứ Việt Nam tại Myanmar …"), so three Vietnamese syllables after the country are its
    holder's name even from a family name no list holds; `unit_closed`: the run follows a unit only a country can
    go on: a minister's ministry ("Bộ Thông tin … Nape Moses Nnauye": Nape, a Lao town, is the minister's first name)
    or a body's acronym in brackets, which ends its name ("Đảng Cộng sản Ai Cập (ECP) Sala Adly Abdenhafit": Sala, a
    Swedish town, is the leader's first name)."""
    counts = [len(_syllables(token)) for token in tokens]
    families = [
        i
        for i in range(len(tokens) - 1, -1, -1)
        if family_name(_syllables(tokens[i])[0], ocr)
        and not any(_place_before_name(tokens, i, end) for end in range(i + 2, min(i + 4, len(tokens))))
        and not (tokens[i] in _UNIT_FAMILY_NAMES and is_place_name(" ".join(tokens[i + 1 :])))
        and not _inside_country(tokens, i)
        and all(
            is_syllable(syllable) or token in _HIGHLAND_FAMILY
            for token in tokens[i + 1 :]
            for syllable in _syllables(token)
        )
        and not _body_placed(tokens, i)
        and not (after_place_word and i and is_place_name(" ".join(tokens[: i + 1])))
    ]  # "Bí thư Thành Đoàn Đà Nẵng": the city's Youth Union, no "Đoàn" named after a place; "châu Âu Donald Tusk":
    # "Âu" ends the place, a family name only before Vietnamese syllables or a highland family word ("Dương Mah Tiệp");
    # after "tỉnh", the family name that ends the province's name is the place's ("tỉnh Giang Tô Phương Vĩ")
    for i in families:
        if 3 <= sum(counts[i:]) <= 5:
            return i - 1 if _family_after_country(tokens, families, i) and sum(counts[i - 1 :]) <= 5 else i
    for (
        i
    ) in families:  # two syllables: right after the title or a body's name, or after a place ("... Trung Hoa Lý Cường")
        place = " ".join(tokens[:i])
        if sum(counts[i:]) == 2 and (
            ((adjacent or after_body) and i == 0) or (i > 1 and is_place_name(place)) or code_of(place)
        ):
            return i
    if _highland_name(tokens):
        return 0  # "Phó Bí thư Thường trực Tỉnh ủy A Pớt": a Central Highlands name, no family name first
    if envoy and len(tokens) >= 4 and code_of(" ".join(tokens[:-3])) and _envoy_name(tokens[-3:]):
        return len(tokens) - 3  # "Đại sứ Việt Nam tại Myanmar Luận Thùy Dương": a Vietnamese name after the country
    if (
        (((adjacent or after_body) and 2 <= sum(counts) <= 4) or sum(counts) == 3)
        and (high_office(title) or after_body)
        and _rare_family_name(tokens)
    ):
        return 0  # "Thứ trưởng Bộ Ngoại giao Chương Hán Phu": a rarer family name right after the office's body;
        # after any unit, three syllables ("Phó Chủ tịch Quốc hội Uông Chu Lưu"); any office's holder right after
        # its body ("Phó Trưởng Ban Tuyên giáo Từ Lương")
    if after_body and len(tokens) == 3 and _envoy_name(tokens):
        return 0  # "Phó Chủ nhiệm Ủy ban Đối ngoại Đôn Tuấn Phong": a family name no list holds, after the body
    for i in range(1, len(tokens) - 1):  # "Chủ tịch Trung Quốc Tập Cận Bình": a Chinese name after its country,
        # or after the host country of an envoy ("Đại sứ Trung Quốc tại Việt Nam Hùng Ba")
        if tokens[i] in SINO_FAMILY and 2 <= sum(counts[i:]) <= 3 and high_office(title):
            place = " ".join(tokens[:i])
            if code_of(place) or place_key(place) in foreign_places() or fold(place) == "viet nam":
                return i  # "Đại sứ Trung Quốc tại Việt Nam Hùng Ba": the post's seat, then the name
    if (
        len(tokens) >= 2
        and _is_foreign_word(tokens[-1])
        and code_of(" ".join(tokens[:-1]))
        and not code_of(" ".join(tokens))  # "Đại sứ Brunei Darussalam tại …": the country's long name, no holder
        and (title in CROWNS or (high_office(title) and not is_syllable(tokens[-1]) and not is_place_name(tokens[-1])))
    ):
        return len(tokens) - 1  # one name after the country: a monarch's ("Nhà vua Nhật Bản Akihito"), or a head
        # of state's the press names by his family name alone ("Tổng thống Nga Putin"), no Vietnamese syllable
    burmese = next(
        (k for k in range(len(tokens) - 2) if tokens[k] == "U" and all(map(_is_foreign_word, tokens[k + 1 :]))), None
    )
    if (
        burmese is not None
        and len(tokens) - burmese <= 5
        and high_office(title)
        and not is_place_name(" ".join(tokens[burmese:]))
    ):
        return burmese  # "Bộ trưởng … U Than Sin Maung": a Burmese name, its "U" printed as part of it; no place inside
    if len(tokens) == 1 and _is_transliteration(tokens[0]):
        return 0  # "Cục trưởng Cục Lễ tân Phi-la-tôv": one transliterated word, the whole run
    if len(tokens) == 1 and adjacent and _heads_state(title, None) and _one_foreign_name(tokens[0]):
        return 0  # "Kính gửi Tổng thống Xucácnô, nước Cộng hoà Inđônêxia": a head of state by one name
    if adjacent and high_office(title) and _foreign_whole_run(tokens):
        return 0  # "Phó Tỉnh trưởng Chăn Sochantha", "Tổng Tư lệnh Min Aung Hlaing"
    foreign = 0
    while (
        foreign < len(tokens)
        and not _region_end(tokens, len(tokens) - 1 - foreign)
        and (
            _is_foreign_word(word := tokens[len(tokens) - 1 - foreign])
            or (foreign and word in _PARTICLE_WORDS)
            or (foreign and word.isupper() and word.capitalize() in _ARABIC_ARTICLES)  # "Rasheed AL Makhtoum"
            or (foreign and _between_transliterations(tokens, len(tokens) - 1 - foreign))
        )
    ):
        foreign += 1
    after_country = _after_places(tokens, after_place_word)
    if (unit_closed or (adjacent and _heads_state(title, None))) and not code_of(" ".join(tokens[:after_country])):
        after_country = 0  # a head of state's office is placed by a country alone: "Thủ tướng Pedro Passos Coelho"
    if (
        after_country
        and high_office(title)
        and 2 <= len(tokens) - after_country <= 5
        and _country_of(tokens[:after_country]) in TRANSLITERATED
    ):  # "Tỉnh trưởng tỉnh Khăm Muộn Đay Xụ Đa Phon", "Chủ tịch Quốc hội Cam-pu-chia Hêng Xom-rin"
        return (
            after_country
            + next(  # "… Campuchia Samdech Heng Samrin": the honorific is no name
                (k for k, token in enumerate(tokens[after_country:-2]) if token not in _FOREIGN_HONORIFIC),
                max(0, len(tokens) - after_country - 2),
            )
        )
    party = int(0 < after_country < len(tokens) - 2 and tokens[after_country] in _PARTY_ADJECTIVES)
    parts = " ".join(tokens).replace("-", " ").split()  # "San Francisco-Thành phố …": a place runs on
    bare_place_word = len(tokens) == 2 and not any(is_place_name(" ".join(parts[i:k])) for i, k in _spans(len(parts)))
    start = max(len(tokens) - foreign, after_country + party, 1 if after_place_word and not bare_place_word else 0)
    while start < len(tokens) - 2 and (
        tokens[start] in _FOREIGN_HONORIFIC or (start and fold(tokens[start - 1]) in _PLACE_WORDS)
    ):
        start += 1  # "Campuchia Samdech Techo Hun Sen", "Chủ tịch Vùng Tuscana Eugenio Giani"
    if start == 1 and tokens[0] in _NAMED_BODY_WORDS:
        return None  # "Phó Chủ tịch Quỹ … và Nhóm Lotus Circle": the foreign words are the group's name
    if any(is_place_name(" ".join(tokens[k:])) or is_place_name(" ".join(tokens[k : start + 1])) for k in range(start)):
        return None  # the end of a place's name: "Tỉnh trưởng tỉnh Luông Pha Bang", "Hữu nghị Việt Nam Nam - …"
    words = [token for token in tokens[start:] if token not in _PARTICLE_WORDS]
    country = bool(start and start == after_country + party and code_of(" ".join(tokens[:after_country])))
    country = country or bool(start and _region_end(tokens, start - 1))  # "Vụ Đông Nam Á Sindiswa Mququ"
    held = after_body and start == 0 and len(words) == foreign  # foreign words right after the body's name
    placed = after_place_word and start == 1 and all(map(_is_foreign_word, words))  # "bang Goias Daniel Elias …"
    longer = country or held or placed or len(words) < len(tokens) - start  # "Ahmed bin Mohammed Al Sayed"
    whole = len(words) == len(tokens) - start and all(map(_unvietnamese, words))  # "Miguel Mario Díaz-Canel Bermúdez"
    longest = 5 if _ARABIC_ARTICLES & set(words[1:-1]) else 4 if longer or whole else 3
    if (2 <= len(words) <= longest or (start == len(tokens) - 1 and _SPACED_INITIALS_RE.match(tokens[-1]))) and (
        high_office(title) or country or held
    ):
        return start  # "Toàn quyền Ô-xtrây-li-a Đ.Hơ-lây": a transliteration with its initial is a whole name
    return None


_INSTITUTION_WORD_END = re.compile(r"(?<![^\W\d_])(?:[tT]rường đại học|Đại học|Học viện)[ \t]+$")
"""A university's or an academy's word right before a run after an office: the whole run is the institution's name
("Hiệu trưởng Trường đại học Paris-Est Marne-la-Vallée"), so a holder's name is only after a part of it; "đại học"
alone in small letters is a field ("Bộ trưởng … giáo dục đại học Steve Whan")."""


def _one_foreign_name(word: str) -> bool:
    """Whether one word right after a head of state's office is his name (`_name_in_run`): a capitalised word no
    Vietnamese syllable spells, of four letters at least, no place ("Xucácnô"; not "Lào"), and no two syllables a web
    copy glued ("Thủ tướng Chínhphủ"; so "Nêru", which cuts into "Nê" and "ru", is left unread)."""
    return (
        len(word) >= 4
        and word[1:].islower()
        and not is_syllable(word)
        and split_glued(word) is None
        and not is_place_name(word)
    )


_HIGHLAND_PREFIXES = frozenset({"A", "Y"})
"""The word a Central Highlands man's name starts with (Xơ Đăng, Ba Na "A Pớt"; Ê Đê "Y Thông"), in place of a
family name."""
_HIGHLAND_FAMILY = frozenset(name for name in name_list("highland_family_names.txt") if not is_syllable(name))
"""The Central Highlands' family names no Vietnamese syllable spells ("Ksor", "Kpă", "Niê" is one and stays out):
a run starting with one is a name ("Chủ tịch Hội đồng Dân tộc Ksor Phước")."""


def _family_after_country(tokens: list[str], families: list[int], i: int) -> bool:
    """Whether the family name before `tokens[i]` follows a country, which ends the run's place: the name starts
    there ("Đại sứ Việt Nam tại Kazakhstan Phạm Thái Như Mai": "Thái" is a family name too, and the given name's)."""
    return i >= 2 and i - 1 in families and _country_of(tokens[: i - 1]) is not None


_COMPASS_WORDS = frozenset({"Đông", "Tây", "Nam", "Bắc", "Trung"})
_CONTINENT_WORDS = frozenset({"Phi", "Âu", "Á", "Mỹ"})
"""A region's words: a compass point, then a continent ("Đông Phi", "Bắc Âu", "Trung Á")."""


def _region_end(tokens: list[str], k: int) -> bool:
    """Whether `tokens[k]` ends a region's name, a compass word before a continent's ("Đông Phi", "Bắc Âu", "Trung
    Á"): "Hợp tác Đông Phi Stergomena Lawrence" names the body's region, then the holder; "Phi" is no foreign name's
    word there."""
    return k > 0 and tokens[k] in _CONTINENT_WORDS and tokens[k - 1] in _COMPASS_WORDS


def _between_transliterations(tokens: list[str], k: int) -> bool:
    """Whether `tokens[k]` stands between two hyphenated transliterations ("E-li-ô Đi Ru-pô": Elio Di Rupo): a short
    part of the foreign name spelled like a Vietnamese syllable."""
    return 0 < k < len(tokens) - 1 and "-" in tokens[k - 1] and "-" in tokens[k + 1] and "-" not in tokens[k]


def _inside_country(tokens: list[str], i: int) -> bool:
    """Whether `tokens[i]` is inside a country's name that starts before it ("Bồ Đào Nha Augusto Santos Silva":
    "Đào" is a family name too)."""
    return any(code_of(" ".join(tokens[start:end])) for start in range(max(0, i - 2), i) for end in range(i + 1, i + 3))


def _highland_name(tokens: list[str]) -> bool:
    """Whether a whole run is a Central Highlands name (`_HIGHLAND_PREFIXES` or `_HIGHLAND_FAMILY`, then one or two
    Vietnamese syllables), no place ("A Lưới" is a district)."""
    return (
        (tokens[0] in _HIGHLAND_PREFIXES or tokens[0] in _HIGHLAND_FAMILY)
        and 2 <= len(tokens) <= 3
        and all(is_syllable(token) for token in tokens[1:])
        and not is_place_name(" ".join(tokens))
        and not is_place_name(" ".join(tokens[1:]))
    )


def _envoy_name(words: list[str]) -> bool:
    """Whether three words after the host country of a Vietnamese envoy, or after a body's name, are a name (see
    `_name_in_run`'s `envoy` and `after_body`): Vietnamese syllables, the first no body's word ("Hội Nông Dân"), the
    last two known given names, no place."""
    return (
        all(map(is_syllable, words))
        and words[0] not in _UNIT_FAMILY_NAMES | _NOT_NAME
        and all(word in KNOWN_GIVEN for word in words[1:])
        and not is_place_name(" ".join(words))
    )


def _glued_last_word(words: list[str]) -> str | None:
    """The last word of a name without the lower-case word a web copy glued to it (`split_glued`), or None: not in a
    foreign name, whose other words are no Vietnamese syllables ("Chánh án Khămphănxítthị Đămpha", "bà Teresa
    Amarelle Boué")."""
    glued = split_glued(words[-1])
    return None if glued is None or (len(words) > 1 and all(map(_unvietnamese, words[:-1]))) else glued[0]


def _unvietnamese(word: str) -> bool:
    """A foreign word no Vietnamese syllable spells, marks or not ("Sochantha", "Bermúdez"; not "Giao", "Bang")."""
    return _is_foreign_word(word) and not any(map(is_syllable, word.split("-")))


def _short_place(name: str) -> bool:
    """Whether a run of one or two words right after "tỉnh", "huyện" … is the place's name ("UBND tỉnh Hà Giang"):
    not when both are foreign words no Vietnamese syllable spells and no gazetteer knows ("Chủ tịch Hội đồng tỉnh
    Kohara Katsuji": the prefecture is named elsewhere, this is its holder)."""
    words = name.split()
    return len(words) < 3 and not (len(words) == 2 and all(map(_unvietnamese, words)) and not is_place_name(name))


def _foreign_whole_run(tokens: list[str]) -> bool:
    """Whether a run right after a high office is one foreign name though some of its syllables look Vietnamese
    (Khmer "Chăn Sochantha", "Soth Pi Sây", Burmese "Min Aung Hlaing"): 2-4 words in lower case after their capital,
    the last or the first no Vietnamese syllable spells, the first no Vietnamese family name, body's word nor
    honorific, and no place's name in any part of it ("Lào Thongloun", "Nam Phi")."""
    return (
        2 <= len(tokens) <= 4
        and (_unvietnamese(tokens[-1]) or _unvietnamese(tokens[0]))
        and family_name(tokens[0]) is None
        and tokens[0] not in _BODY_WORDS
        and all(token[1:].islower() for token in tokens)  # no acronym: "Đại sứ EU Giorgio Aliberti"
        and tokens[0] not in _FOREIGN_HONORIFIC | _PARTICLE_WORDS
        and not any(
            is_place_name(" ".join(tokens[i:k])) or code_of(" ".join(tokens[i:k])) for i, k in _spans(len(tokens))
        )
    )


def _spans(length: int) -> list[tuple[int, int]]:
    """Every (start, end) of a slice of `length` items that is not empty."""
    return [(i, k) for i in range(length) for k in range(i + 1, length + 1)]


def _rare_family_name(tokens: list[str]) -> bool:
    """Whether a run is a name from a family name the running-text list leaves out (`names.KNOWN_FAMILY`, the
    Sino-Vietnamese readings of Chinese ones): Vietnamese syllables, no place's name at its start."""
    syllables = [syllable for token in tokens for syllable in _syllables(token)]
    return (
        syllables[0] in _RARER_FAMILY
        and all(map(is_syllable, syllables))
        and not any(is_place_name(" ".join(tokens[:k])) for k in range(1, len(tokens) + 1))
    )


def _body_placed(tokens: list[str], family: int) -> bool:
    """Whether a family name inside a run is the middle of a body's name that ends with its Vietnamese province
    ("Bệnh viện Hùng Vương Gia Lai": "Vương" after "Hùng", then "Gia Lai"), not a name's start: a capitalised word
    that is no place nor a family name goes before it ("Trung ương Đoàn Nguyễn Long Hải" is a name after its body)
    and a Vietnamese place is all that follows."""
    return (
        family > 0
        and len(tokens) - family > 1
        and tokens[family - 1][:1].isupper()
        and family_name(tokens[family - 1]) is None
        and is_vietnamese_place(" ".join(tokens[family + 1 :]))
        and not is_place_name(" ".join(tokens[:family]))
    )


def _place_before_name(tokens: list[str], start: int, end: int) -> bool:
    """Whether `tokens[start:end]` is a country ("Thái Lan Prayut …"), or a Vietnamese place with two words of a
    name after it ("… thành phố Hồ Chí Minh George Saxton"), though its first word is a family name; a place of
    three words or more with one word after it too ("Đoàn Thanh niên Cộng sản Hồ Chí Minh Bùi", where the copy cut
    the name): no name starts with it, while a two-word one may be a name's start ("Đinh Văn Sáu")."""
    place = " ".join(tokens[start:end])
    after = len(tokens) - end
    return bool(code_of(place)) or ((after >= 2 or (after == 1 and end - start >= 3)) and is_vietnamese_place(place))


_DELEGATION_OF = compile_led(r"(?<![^\W\d_])[đĐ]oàn[ \t]+$")
"""A delegation's word before a post in lower case ("đoàn cán bộ …"): what its members are, no one holder's office."""
_LOCALITY_NAMED = re.compile(r"(?:Quận|Huyện|Tỉnh|Thành phố|Thị xã|Xã|Phường|Bang|Vùng) ")
"""A run that opens with a locality's word, capitalised as a name's own ("Quận Mapo"): a place's name, no
holder's."""
_CROWNS = ("Nữ hoàng", "Quốc vương", "Nhà vua", "Vua", "Hoàng đế", "Giáo hoàng")
_REGNAL_NAME = re.compile(rf"[{_UPPER}][^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)? [IVX]{{1,5}}")
"""A name and a regnal number ("Harald V"): its one-letter last word is no name cut off ("… Nguyễn T")."""
_REGNAL_RE = re.compile(
    rf"(?<![^\W\d_])(?P<title>{'|'.join(_CROWNS)}) (?:(?P<country>(?:[{_UPPER}][^\W\d_]* ){{1,2}}?))??"
    rf"(?P<name>{_REGNAL_NAME.pattern})(?![^\W\d_])"
)
"""A crown's holder named with a regnal number ("Quốc vương Harald V", "Vua Thụy Điển Gustaf VI"): one word and
the number are the name, no family name or second word to find; a country between is the crown's."""


_AUTHORITY_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<title>(?:[{_UPPER}]+ ){{1,4}}?)NƯỚC[ \t]+"
    rf"(?P<state>VIỆT NAM DÂN CHỦ CỘNG H(?:ÒA|OÀ)|CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM)[ \t]+"
    rf"(?P<name>[{_UPPER}]+(?: [{_UPPER}]+){{1,3}})[ \t]*$"
)
"""An old decree's authority line in capitals, its office, the state and its holder's name ("CHỦ TỊCH NƯỚC VIỆT NAM DÂN
CHỦ CỘNG HÒA HỒ CHÍ MINH"): a heading, which names the holder of the office; no monument's or city's name."""


def _authority_holders(text: str) -> list[tuple[int, Person]]:
    """The holder an authority line names (`_AUTHORITY_LINE`), with the office and "nước" as title (the state's head)
    and the state as unit: a name from a known family, its syllables Vietnamese."""
    result = []
    for match in _AUTHORITY_LINE.finditer(text):
        words = [word.capitalize() for word in match["name"].split()]
        title = canonical(readable_case(f"{match['title']}NƯỚC"))
        if words[0] not in _ANY_FAMILY or not all(map(is_syllable, words)) or not is_title(title):
            continue
        start, end = match.span("name")
        unit = readable_case(match["state"])
        result.append((start, _person(" ".join(words), title, unit, None, start, end, text)))
    return result


def _regnal_names(text: str) -> list[tuple[int, Person]]:
    """The holders of crowns named by `_REGNAL_RE`, each with the crown as title and the country, if any, as unit."""
    result = []
    for match in _REGNAL_RE.finditer(text) if any(crown in text for crown in _CROWNS) else ():  # most name none
        country = (match["country"] or "").strip()
        if country and not code_of(country):
            continue  # "Nữ hoàng Sắc đẹp …": no country between
        start, end = match.span("name")
        result.append((start, _person(match["name"], match["title"], country or None, None, start, end, text)))
    return result


_POSTED_AT = re.compile(r"[ \t]+tại[ \t]+")
"""The word between an envoy's country and his seat ("Đại sứ Brunei Darussalam tại Việt Nam")."""


def _title_first(text: str, ocr: bool = False, styled: frozenset[int] = frozenset()) -> list[tuple[int, Person]]:
    """ "Phó Chủ tịch UBND tỉnh X Nguyễn Văn A ký": a title, its unit, then the first run of capitalised
    words that holds a name (see `_name_in_run`). A run right after "tỉnh"/"huyện" that is a Vietnamese
    place ("UBND thành phố Hồ Chí Minh") or too short to be sure ("tỉnh Hà Giang") is the unit's place. A style
    (`styled`: where the name after it starts) says where the name starts, whatever the run's words look like."""
    result: list[tuple[int, Person]] = []
    for match in _TITLE_BEFORE_RE.finditer(text):
        if _TITLE_BEFORE_RE.match(text, match.end("title")):
            continue  # "CHỦ TỊCHPHÓ CHỦ TỊCH Nguyễn Văn An": the office glued after this one is the name's
        if match.group("title")[:1].islower() and _DELEGATION_OF.search(text, max(0, match.start() - 8), match.start()):
            continue  # "đoàn cán bộ quản lý trường Nguyễn Bỉnh Khiêm Hải Phòng": what a delegation is made of
        if _NAMED_AFTER.search(text, max(0, match.start() - 20), match.start()):
            continue  # "đài tưởng niệm Chủ tịch Cay Son Phôm Vi Han": a memorial's name
        tail = match.group("tail")
        if _REMIT.search(tail) and (listed := _REMIT_MORE.match(text, match.end("tail"))):
            tail = text[match.start("tail") : listed.end()]  # "Quốc vụ khanh phụ trách kinh tế, đầu tư UAE X"
        title = canonical(match.group("title"))
        for following in _TITLE_BEFORE_RE.finditer(
            text, match.end("title") + 1, len(match.group("tail")) + match.start("tail")
        ):  # a title inside the unit's name first ("Chủ tịch Hiệp hội các Tỉnh trưởng … và Thị trưởng … X", rt-1463)
            between = text[match.end("title") : following.start()]
            if _CLAUSE_WORD.search(between) or _OWNER_OF.search(between):
                tail = tail[: following.start() - match.start("tail")]  # "Chủ tịch nước ... có Phó Thủ tướng X"
                break
        verb = _TENSE.search(tail)
        tail = tail[: verb.start()] if verb else tail  # "Chủ tịch Quốc hội đã dự Lễ … (Vietnam Town)": no name
        rank = _RANK_IN_TAIL.search(tail)
        tail = tail[: rank.start()] if rank else tail  # "… Bộ Nội vụ Campuchia Trung tướng X": "Trung" is the rank's
        for run in _RUN_RE.finditer(tail):
            tokens = _across_particles(tail, run)
            tokens = tokens[
                : next(
                    (k for k in range(1, len(tokens)) if tokens[k] in _NOT_NAME and not _inside_country(tokens, k)),
                    len(tokens),
                )
            ]  # "Thượng viện Tây Ban Nha Javier Maroto": "Ban" inside a country's name ends no name
            if tokens[0] in _GLUED_BODY:
                continue
            if len(tokens) > 1 and _rank_starts(tail, run.end(), tokens[-1]):
                tokens = tokens[:-1]  # "Bộ Nội vụ Campuchia Trung tướng X": the rank's first word ends no name
            if len(tokens) > 1 and (glued := _glued_last_word(tokens)):  # one word alone is no glued name's: "Nêru"
                tokens[-1] = glued  # "Phó Thủ tướng Nguyễn Sinh Hùngcó ý kiến"
            tokens[-1] = _without_lost_start(tokens[-1])  # "Lê Quang TùngCh tch": the copy lost "Chủ"'s vowels
            before = tail[: run.start()]
            if _NAMED_AFTER.search(before) or _CONTINENT_DASH.search(before):
                continue  # "Cung điện Pedro Ludovico Teixeira": a thing named after someone, no holder
            if _MEETING_VERB.search(before):
                break  # "Trưởng ban X tiếp Đoàn Đảng Cộng sản Cuba": the office's holder goes unnamed, a verb follows
            after_body = bool(
                _BODY_NAME.match(before)
                or ((title in _MINISTERS or title.endswith("Trưởng ban")) and _MINISTRY_SHORT.match(before))
            ) and not (_LOCALITY_WORD.search(before) or _HONORIFIC_END.search(before))
            split = _name_in_run(
                tokens,
                title,
                not before.strip() or bool(_HOLDER_DASH.search(before)),
                ocr,
                bool(_PLACE_WORD_END.search(before)),
                after_body,
                bool(_ENVOY_END.search(before)),
                (title in _MINISTERS and before.lstrip().startswith("Bộ ")) or bool(_ACRONYM_END.search(before)),
            )
            run_start = match.start("tail") + run.start()
            style = next((at for at in sorted(styled) if run_start <= at < run_start + len(run.group())), None)
            if style is not None:  # "Bộ trưởng … Brunei Dato Dr. Hj Mohd Isham Jaafar": the name after the styles
                split = len(text[run_start:style].split())
            lower_family = _LOWER_FAMILY_END.search(before)
            if lower_family is not None and _lower_family_name(tokens):
                split = 0  # "Thứ trưởng Bộ Giao thông vận tải nguyễn Việt Tiến": the family name typed in lower case
            else:
                lower_family = None
            if split is None or (split == 0 and _INSTITUTION_WORD_END.search(before)):
                continue  # "Hiệu trưởng trường Đại học Kanto Gakuin": the run is the school's name, no holder's
            offset = style if style is not None else run_start + len(" ".join(tokens[:split])) + (1 if split else 0)
            end = match.start("tail") + run.start() + len(" ".join(tokens))
            if text[end : end + 1] in ("…", "") and (len(tokens[-1]) <= 2 or split == len(tokens) - 1):
                continue  # a name the excerpt cut off mid-word ("Lê L…", "Bộ trưởng … Ấn Độ Piy…")
            name = " ".join(syllable for token in tokens[split:] for syllable in _syllables(token))
            if lower_family is not None:
                offset = match.start("tail") + lower_family.start("family")
                name = f"{lower_family['family']} {name}"
            name = repair_family(name) if ocr else name
            unit = squash(re.sub(r"\([^()\n]*\)", " ", text[match.end("title") : offset])).rstrip(" –-")  # asides
            # out, and the dash before the holder's name ("Huyện trưởng huyện X - Soth Pi Sây")
            if len(tokens) == 1 and _is_transliteration(name) and _UNIT_STOP.search(f" {unit} "):
                break  # "cử cán bộ đi công tác tại Ô-xtrây-li-a" misread: a clause, no unit, before one word
            after_locality = re.search(r"(?i)(?:tỉnh|huyện|thành phố|xã|quận)$", unit)
            if split == 0 and after_locality and (_short_place(name) or is_vietnamese_place(name)):
                break
            if split == 0 and _NAMED_AFTER_PERSON.search(unit):
                break  # "Cán bộ phường Nguyễn Thị Minh Khai": a ward or street named after someone, its people unnamed
            if split == 0 and _PROVINCE_BRACKET_AFTER.match(text, end) and family_name(name.split()[0]) is None:
                break  # "Bí thư Huyện ủy Si Ma Cai (tỉnh Lào Cai)": the district named, its holder before
            if split == 0 and _DELEGATION_END.search(unit):
                break  # "… Huyện ủy Mường Khương và đoàn đại biểu Si Ma Cai do …": a delegation's place
            if split == 0 and _LOCALITY_NAMED.match(name):
                break  # "Quận trưởng Quận Mapo chào xã giao …": the district he heads, its holder unnamed here
            if split == 0 and after_locality and _written_as_place(text, name):
                break  # "chủ tịch Uỷ ban nhân dân tỉnh Hoàng Liên Sơn": a former province, written as one elsewhere
            if _FIRM_END.search(name):
                continue  # "Giám đốc điều hành Tập đoàn Austvina Group": the firm, its holder named elsewhere
            if split == 0 and code_of(name) and _POSTED_AT.match(text, end):
                continue  # "Đại sứ Brunei Darussalam tại Việt Nam X": the envoy's country, his name after his seat
            if style is None and (is_place_name(name) or _is_place_pair(name)):  # a style names a person
                if not unit and (held := _office_in_apposition(text, name, end))[0] is not None:
                    result.append((offset, _person(name, *held, None, offset, end, text)))
                elif not unit and _LIFETIME.match(text, end) and family_name(_syllables(name.split()[0])[0]):
                    result.append((offset, _person(name, title, None, None, offset, end, text)))
                break  # "Chủ tịch Hồ Chí Minh" in a monument's name, "Lãnh sự ... Nam Ninh", "Lào-Việt Nam"
            first_title, first_unit = _chain_start(text, match.start("title"))
            if first_title is None and title_key(title) in _PROFESSIONS:  # "Bác sĩ Chuyên khoa II X – Giám đốc
                post = _title_unit(text, end)  # Bệnh viện": a doctor's degree, the office after the name
                first_title, first_unit = post if post[0] and title_key(post[0]) not in _PROFESSIONS else (None, None)
            if first_title is None and _is_membership(title):  # "Ủy viên … Ủy ban X Nguyễn Ngọc Sơn, Phó Chủ tịch
                post = _title_unit(text, end)  # Hội …": a membership, the post after the name
                own = post[0] and not _is_membership(post[0]) and not (post[1] and _holds_name(post[1]))
                first_title, first_unit = post if own else (None, None)  # "TNS X, Thứ trưởng Bộ Y Carlos Z": Z's
            person = (
                _person(name, first_title, first_unit, None, offset, end, text)
                if first_title
                else _person(name, *_board_unit(title, unit or None), None, offset, end, text)
            )
            result.append((offset, person))
            break
    return result


def _office_in_apposition(text: str, name: str, end: int) -> tuple[str | None, str | None]:
    """The office a comma sets after a run right after a title that spells a place, when the run is a person's name
    (family name first): "Chủ tịch Hồ Chí Minh, Chủ tịch nước Việt Nam dân chủ cộng hòa, đã tiếp …" names the
    holder, his office the one after the name; bare ("dâng hoa tại tượng Chủ tịch Hồ Chí Minh"), the run may name a
    place or a memorial; "Bí thư Thành ủy Hồ Chí Minh" has a unit between, the city's."""
    if not family_name(_syllables(name.split()[0])[0]) or not text.startswith(",", end):
        return None, None
    return _title_unit(text, end)


_LIFETIME = re.compile(r"[ \t]+(?:khi còn )?sinh thời(?![^\W\d_])")
"""A holder's lifetime said right after the name ("Chủ tịch Hồ Chí Minh sinh thời đã nhiều lần đến thăm"): said of a
person only, so the name after the office is its holder's, though a city bears it too."""
_ACRONYM_END = re.compile(r"\([A-ZĐ]{2,10}\)[ \t]*$")
"""A body's acronym in brackets right before a run: the body's name ends there, the run names its holder."""
_NAMED_AFTER_PERSON = compile_led(r"(?i)(?<![^\W\d_])(?<!thành )(?:phường|đường|phố|thị trấn)$")
"""A unit that ends in a ward's, street's or town's word: the capitalised run right after it is that place's name,
which Vietnamese wards and streets take from historical people ("phường Nguyễn Thị Minh Khai", "đường Lê Lợi")."""
_PROVINCE_BRACKET_AFTER = re.compile(r"[ \t]*\((?:tỉnh|thành phố|TP\.?)[ \t]+[^\W\d_]")
"""A run followed by its province in brackets ("Huyện ủy Si Ma Cai (tỉnh Lào Cai, Việt Nam)"): with no family name
first, a district's name, the committee's place, no holder's."""
_DELEGATION_END = compile_led(r"(?<![^\W\d_])đoàn (?:đại biểu|công tác|cán bộ)$")
"""A unit that runs on into a delegation ("Bí thư Huyện ủy Mường Khương và đoàn đại biểu Si Ma Cai"): the run after
it is where the delegation comes from, no holder's name ("Phó Bí thư Tỉnh đoàn X": the Youth Union's office)."""
_HOLDER_DASH = compile_led(r"(?i:huyện|tỉnh|thành phố)[ \t]+[^\W\d_]+[ \t]+[–-][ \t]+$")
"""An office's locality, then a spaced dash before its holder's name ("Huyện trưởng huyện Kongpongro - Soth Pi
Sây"): the name is as close to its office as right after the title."""


def _board_unit(title: str, unit: str | None) -> tuple[str, str | None]:
    """A board head's title and unit as a chain gives them ("Phó Trưởng Ban Tuyên giáo X": "Phó Trưởng ban", "Ban
    Tuyên giáo"; `units.title_and_unit`); other titles and units as they are."""
    board = title_and_unit(title, unit) if unit and fold(title).endswith("truong ban") else (title, unit)
    return board[0] or title, board[1]


_RANK_IN_TAIL = compile_led(rf"(?<![^\W\d_])(?:{_SERVICE_RANKS})(?= )")
"""A rank inside a title's tail: the name after it is the rank's holder's (read with the rank as honorific), and the
rank's first word ("Trung", "Đại", "Thượng") no end of a name before it."""
_PROFESSIONS = frozenset({"bac si"})
"""A profession written like an office before a name ("Bác sĩ Chuyên khoa II Nguyễn Văn A"): the person's title only
when no office follows the name ("– Giám đốc Bệnh viện")."""
_FIRM_END = compile_led(
    r"(?i)(?<![^\W\d_])(?:group|corporation|corp|company|holdings?|ltd|jsc|inc|bank|airlines?|university|institute|"
    r"foundation|association)\.?$"
)
"""The word a foreign organisation's name ends with, which no person's does."""
_REMIT = re.compile(r"^[ \t]*(?:[^\W\d_]+[ \t]+){0,2}phụ trách(?:[ \t]+[^\W\d_A-ZĐ][^\W\d_]*)+[ \t]*$")
_REMIT_MORE = re.compile(r",[ \t]*[^\W\d_A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_A-ZĐ][^\W\d_]*){0,3}[ \t]+[^\n,.;:()]{2,80}")
"""An office's remit that lists its fields with commas ("Quốc vụ khanh phụ trách kinh tế, đầu tư UAE Sultan …"):
the comma after a lower-case field goes on to the next field, the unit and the name, as a unit's comma does."""
_CONTINENT_DASH = compile_led(r"(?<![^\W\d_])[cC]hâu (?:Á|Âu|Phi|Mỹ|Úc|Đại Dương)[ \t]*[–-][ \t]*$")
"""A continent and a dash: the run after it names a region with it ("Ban Các vấn đề Châu Á - Thái Bình Dương",
"Châu Âu - Đại Tây Dương"), nobody; "Dương" and "Thái" are a person's words too."""
_NAMED_AFTER = compile_led(
    r"(?i)(?<![^\W\d_])(?:cung điện|quảng trường|đại lộ|huân chương|huy chương|giải thưởng|sân bay|tượng đài|"
    r"nhà hát|bảo tàng|khu di tích|(?:đài|nhà|khu) tưởng niệm)\s+$"
)
"""A thing named after a person, before the name it bears ("Cung điện Pedro Ludovico Teixeira", "Huân chương Hồ Chí
Minh", "sân bay quốc tế … ") or before the office that opens it ("đài tưởng niệm Chủ tịch Cay Son Phôm Vi Han"): the
run names no office holder."""
_ENVOY_END = compile_led(r"(?<![^\W\d_])Việt Nam (?:tại|bên cạnh) $")
"""A Vietnamese office abroad before the host country ("Đại sứ Việt Nam tại …", "Tổng Lãnh sự Việt Nam tại …")."""
_LOWER_FAMILY_END = re.compile(r"(?<![^\W\d_])(?P<family>nguyễn|huỳnh|trịnh|quách|phùng|đặng) $")
"""A family name typed in lower case before the rest of the name ("… Bộ Giao thông vận tải nguyễn Việt Tiến"):
only the family names that are no common word of Vietnamese ("lê", "vũ", "đỗ", "trần", "phạm" are words too)."""


def _lower_family_name(tokens: list[str]) -> bool:
    """Whether a run after a lower-case family name (`_LOWER_FAMILY_END`) is the rest of the name: one or two
    Vietnamese syllables, no place."""
    syllables = [syllable for token in tokens for syllable in _syllables(token)]
    return 1 <= len(syllables) <= 3 and all(map(is_syllable, syllables)) and not is_place_name(" ".join(tokens))


_ARABIC_ARTICLES = frozenset({"Al", "El", "Bin", "Bint", "Abu", "Abdel", "Abdul"})
_PATRONYMICS = frozenset({"Bin", "bin", "Bint", "bint"})
"""An Arabic name's article or patronymic inside it ("Suhail Mohammed Faraj Al Mazroui", "Sultan Bin Ahmed Al
Jaber", Egypt's "Ahmed Baha El Safay", "Ali Abdel Aal Sayyed Ahmed"): such a name runs to five words."""


def _without_lost_start(token: str) -> str:
    """A name's last syllable without the start of the next word glued to it, when that start lost its vowels
    with the copy's marks ("TùngCh tch" for "Tùng Chủ tịch"): a syllable then one or two letters with no vowel."""
    parts = _syllables(token)
    if (
        len(parts) == 2
        and len(parts[1]) <= 2
        and _HAS_VOWEL.search(fold(parts[0]))
        and not _HAS_VOWEL.search(fold(parts[1]))
    ):
        return parts[0]
    return token


_HAS_VOWEL = re.compile(r"[aeiouy]")
_PARTICLE_WORDS = frozenset(_PARTICLES.split("|"))
_PARTICLE_GAP = re.compile(rf" +((?:(?:{_PARTICLES}) +){{1,2}})(?=[{_UPPER}])")
_BEFORE_CAPITALS = re.compile(rf"{_RUN_WORD}(?: +{_RUN_WORD})*?(?= +[{_UPPER}]{{2,}}(?![^\W\d_A-Z]))")
"""The rest of a name after its particles, up to a word in capitals that follows with no stop (a photo credit,
"Lula da Silva REUTERS Mặc dù …"), which ends no `_RUN_RE` run."""


def _across_particles(tail: str, run: re.Match[str]) -> list[str]:
    """A run's tokens, going on past the particles of a Portuguese or Spanish name when foreign-looking words
    stand on both sides ("Carlos Agostinho do Rosario"), also before a word in capitals (`_BEFORE_CAPITALS`);
    "Lạng Sơn do Chủ tịch …" ("do": by) stops."""
    tokens = _RUN_TOKEN.findall(run.group())
    end = run.end()
    while (gap := _PARTICLE_GAP.match(tail, end)) and (
        more := _RUN_RE.match(tail, gap.end()) or _BEFORE_CAPITALS.match(tail, gap.end())
    ):
        words = _RUN_TOKEN.findall(more.group())
        if not (_is_foreign_word(tokens[-1]) and _is_foreign_word(words[0])):
            break
        tokens += [*gap.group(1).split(), *words]
        end = more.end()
    return tokens


_BODY_NAME = re.compile(
    r"^[ \t]*(?:Bộ|Sở|Ban|Vụ|Cục|Tổng cục|Viện|Văn phòng|Ủy ban|Học viện|Hội đồng|Tổ chức)[ \t][^\n]*[^\W\d_A-ZĐ]"
    r"(?:[ \t]+\([A-ZĐ]{2,10}\))?[ \t]+$"
)
"""A body's name that ends in lower case, maybe with its acronym in brackets ("Tổ chức Y tế Thế giới (WHO)"): the
name after it is its holder's, nothing of the body's."""
_HONORIFIC_END = compile_led(rf"(?<![^\W\d_]){HONORIFICS}[ \t]+$")
"""An honorific ending what stands between a title and a run ("làm ủy viên Ủy ban thay đồng chí Đoàn Phương"): the
run is the honorific's person, who may hold no office of this sentence, so no body's name makes a short run sure."""
_MINISTERS = {"Bộ trưởng", "Thứ trưởng"}
_MINISTRY_SHORT = re.compile(rf"^[ \t]*[{_UPPER}][^\W\d_]*(?: [^\W\d_]+){{0,5}}(?<=[{_LOWER}])[ \t]+$")
"""A ministry by its short name after a minister's title ("Bộ trưởng Công an Tô Lâm", "Thứ trưởng Ngoại giao"), or
a board's after its head's, whose title holds the body's word ("Phó Trưởng Ban Tuyên giáo Từ Lương"): the body the
name follows, as "Bộ Công an" would be; its last word in lower case, so no name runs into it."""
_LOCALITY_WORD = compile_led(
    r"(?i)(?<![^\W\d_])(?:tỉnh|huyện|thành phố|quận|thị xã|xã|phường|(?:ủy|uỷ)(?! ban (?!nhân dân)))(?![^\W\d_])"
)
"""A locality's word, or a party committee's ("Tỉnh ủy", "Ủy ban nhân dân"); not a committee of a house or a
ministry ("Ủy ban Đối ngoại"), which is a body's name like any other."""
_TENSE = compile_led(
    r"(?<![^\W\d_])(?:đã|sẽ|đang|cho phép|phối hợp|đề nghị|yêu cầu|chỉ đạo|giao cho|"
    r"cho biết|phát biểu|nhấn mạnh|khẳng định)(?![^\W\d_])"
)
"""Where a title's tail ends in a clause: a tense, a verb that asks or lets someone act ("Thủ tướng Chính phủ cho
phép Viện … phối hợp với Hanns Seidel Foundation": the run after it is no holder's name) or one of saying ("Đại sứ
cho biết … khu vực Mỹ Latinh": what is said names no holder)."""
"""A tense word: the sentence goes on with what the office holder does; a name after it is another's."""
_CLAUSE_WORD = compile_led(
    r"(?<![^\W\d_])(?:có|và|cùng|tiếp|gặp|với|do|được|đã|là|trong|tham gia|"
    r"đón|chào|hội kiến|hội đàm|thăm|mời|cảm ơn|chúc mừng|tặng)(?![^\W\d_])"
)
"""Words that end a title's phrase: a title after one of them names someone else ("Bộ trưởng X tham gia đoàn Thủ
tướng Y": Y is the Thủ tướng); a greeting's verb too ("Thủ tướng Mozambique chào đón Phó Thủ tướng Y")."""
_MEETING_VERB = compile_led(
    r"(?<![^\W\d_])(?:tiếp|gặp|đón|chào|hội kiến|hội đàm|thăm|làm việc|mời|cảm ơn|chúc mừng|tặng"
    r"|dự(?! (?:án|khuyết|thảo|toán|báo|bị|kiến|trữ|định)(?![^\W\d_])))(?![^\W\d_])"
)
"""A verb of meeting someone, working somewhere or attending an event between a title and capitalised words: what
follows is whom the office holder meets, where, or the event ("Viện trưởng đến làm việc tại … Đại học Y Dược": no
"Y" name; "Chủ tịch nước dự Hội nghị cấp cao Pháp ngữ … Tổng thống Pháp X": X is the Tổng thống). Not "dự" in a noun
or a rank ("dự án", "Ủy viên dự khuyết")."""
_OWNER_OF = compile_led(r"(?<![^\W\d_])của[ \t]+$")
""""của" right before a second title: the name after it is that title's ("Trợ lý của Chủ tịch Quốc hội X": X is the
Chủ tịch, the assistant is named elsewhere)."""
_TITLE_ANYWHERE = re.compile(rf"(?<![^\W\d_]){_IN_UNIT_NAME}(?i:{_TITLE_ALT})(?![^\W\d_])")
_DOCUMENT_OWNER = re.compile(r"(?:\d|/[A-ZĐ-]+)\s+của\s+$")
"""A cited document's number or date, then "của" (of): the office after it issued that document."""
_CHAIN_LINK = re.compile(
    rf"^(?P<unit>(?:[^,.;:()\n]|,(?= (?!(?i:{_TITLE_ALT}))"
    rf"(?:[{_UPPER}][^\W\d_A-Z]*(?: [^\W\d_A-Z]| và)|{_PARENT_BODY} ))){{0,70}})"
    r"(?:,(?: kiêm| đồng)?| [–-]| kiêm)\s*$"
)
"""What lies between two offices of one person: a unit (its comma goes on before a capitalised word that goes on in
lower case, "Bộ Văn hóa, Thể thao và …", or before the body it belongs to, "Cục Quản lý xuất nhập cảnh, Bộ Công an,
Đại tá X"), then a comma, a dash ("Bộ trưởng Bộ Công an - Đại tướng")
or "kiêm" (concurrently: "Phó Thủ tướng kiêm Bộ trưởng Bộ Ngoại giao X", "Giám đốc Bệnh viện tỉnh, kiêm trưởng
Đoàn X"); "đồng" after the comma makes the next office a shared one ("Bộ trưởng Bộ X, đồng Chủ tịch Ủy ban Liên
Chính phủ … Y": a co-chair)."""


def _is_membership(title: str) -> bool:
    """A membership of a collective body ("Ủy viên Bộ Chính trị", a former one too: "nguyên Ủy viên …"), no office of
    its own; "Ủy viên trưởng" (the chair of China's Standing Committee) and "Ủy viên Quốc vụ" (a member of China's
    State Council, its State Councilor) are offices."""
    return re.match(r"uy vien(?! truong| quoc vu)", fold(without_former(title))) is not None


_LEGISLATOR = compile_led(r"(?:thuong |ha )?nghi s[iy]")
"""A seat in a legislature ("Thượng nghị sĩ", the press's "TNS"): an abbreviation no distribution list uses."""
_HOUSE_END = re.compile(rf"(?:Thượng viện|Hạ viện|Nghị viện|Quốc hội)(?: [{_UPPER}][^\W\d_]*)*[ \t]*$")
"""A legislature, then maybe its country, ending a unit: the seat after it is in that house."""


def _ends_abroad(unit: str) -> bool:
    """Whether a unit of state ends with a foreign country or place ("Ngoại giao Hàn Quốc", "Thành phố Busan"): an
    office complete with where it is held, after which a comma lists the next person's ("Thứ trưởng Ngoại giao Hàn
    Quốc, Thị trưởng Thành phố Busan, Đại sứ … X": X is the Đại sứ). A party's post is held with an office of
    state ("Tổng Bí thư Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Lào X": one person), and Viet Nam's envoy holds
    another post abroad ("Đại sứ Việt Nam tại Vương quốc Bỉ, Trưởng Phái đoàn Việt Nam tại EU X": one person)."""
    words = unit.split()
    return (
        "Đảng" not in words
        and not _ENVOY_SEAT.match(unit)
        and any(
            tail[:1].isupper() and (code_of(tail) or place_key(tail) in foreign_places())
            for tail in (" ".join(words[k:]) for k in range(max(0, len(words) - 3), len(words)))
        )  # a place's name is capitalised: "Thượng viện" ends with no Viên (Vienna)
    )


_HEADS_OF_STATE = frozenset(title_key(title) for title in ("Tổng thống", "Thủ tướng", "Chủ tịch nước", *CROWNS))


def _heads_state(title: str, unit: str | None) -> bool:
    """Whether an office heads a whole country's state or government ("Tổng thống Cộng hòa Liên bang Brazil"; with
    `unit` None, any such office): the office after its comma is the same person's second one ("…, Chủ tịch G20 năm
    2024 Luiz Inácio Lula da Silva"), not another person's office in that country (`_ends_abroad`'s "Thứ trưởng Ngoại
    giao Hàn Quốc, Thị trưởng …"), unless it heads a state too ("Tổng thống Pháp, Thủ tướng Đức X": two people)."""
    return title_key(canonical(title)) in _HEADS_OF_STATE and (unit is None or code_of(squash(unit)) is not None)


_ENVOY_SEAT = re.compile(r"[ \t]*Việt Nam[ \t]+(?:tại|bên cạnh)[ \t]")
"""A unit that is Viet Nam's seat abroad ("Việt Nam tại Vương quốc Bỉ"): the country after it is no end of the office
(`_ends_abroad`)."""
_ON_BEHALF_OF = re.compile(r"(?i:thay mặt|thừa lệnh|thừa ủy quyền|thừa uỷ quyền)(?:[ \t]+của)?[ \t]+$")
"""Acting for an office ("thay mặt Thủ tướng", "Thừa ủy quyền của Thủ tướng Chính phủ"): that office is no one's
in the chain after it (`_chain_start`)."""


def _chain_start(text: str, title_start: int) -> tuple[str | None, str | None]:
    """The first office of a chain before a title ("Tổng Bí thư, Chủ tịch nước Lào X" → "Tổng Bí thư"), as
    labels and readers take it; memberships ("Ủy viên Bộ Chính trị, ...") are skipped, the office before one still
    starts the chain ("Chủ tịch HĐND, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy X" → "Chủ tịch"), and abbreviated
    posts of a distribution list are no chain."""
    found: tuple[str | None, str | None] = (None, None)
    start = title_start
    while True:
        current = _TITLE_ANYWHERE.match(text, start)
        seat = current is not None and _LEGISLATOR.fullmatch(title_key(canonical(current.group()))) is not None
        window_start = max(0, start - 90)
        window = text[window_start:start]
        link = None
        for title in reversed(list(_TITLE_ANYWHERE.finditer(window))):
            link = _CHAIN_LINK.match(window[title.end() :])
            if link is not None:
                break
        if link is None or title is None or _DOCUMENT_OWNER.search(window, 0, title.start()):
            return found  # "Quyết định số 28 … năm 2002 của Bộ trưởng Bộ X, Phó Thủ tướng Y": its issuer, not Y
        unit = link.group("unit")
        if without_former(title.group())[0].islower():
            return found  # a common noun, no office before a name ("đoàn cán bộ … tại Mỹ, Phó Thủ tướng X")
        if _ON_BEHALF_OF.search(window, 0, title.start()):
            return found  # "thay mặt Thủ tướng Chính phủ, Phó Thủ tướng X": the office X acts for, not X's
        if (
            _holds_name(unit)
            or _ends_clause(unit)
            or (
                _ends_abroad(unit)
                and not (seat and _HOUSE_END.search(unit))
                and not (_heads_state(title.group(), unit) and not (current and _heads_state(current.group(), None)))
            )
        ):
            return found  # another person's ("Tổng Thư ký LHQ António Guterres, Tổng thống"); a house's seat is in
            # it ("Chủ tịch Ủy ban X, Thượng viện Mexico, TNS Y": Y is the Chủ tịch)
        if title.group() in ABBREVIATED_TITLES or (
            text[start : start + 8].split(" ")[0] in ABBREVIATED_TITLES and not seat
        ):
            return found  # a distribution list names one post after another ("VPCP: BTCN, PCN Văn Trọng Lý")
        if not _is_membership(title.group()):  # a membership inside the chain is skipped, the office before it
            found = (canonical(title.group()), squash(unit) or None)  # counts ("Chủ tịch HĐND, Ủy viên BCH …, Bí thư")
        start = window_start + title.start()


_CHAIN_LEAD = compile_led(r"[ \t]*(?:,|–|-)[ \t]*")
_CHAIN_PART = re.compile(rf"^[ \t]*(?:kiêm[ \t]+)?(?P<title>(?i:{_TITLE_ALT}))(?![^\W\d_])(?P<rest>.*)$", re.DOTALL)
_SENTENCE_END = re.compile(r"[.;:\n|]")
_ROLE_KEYS = frozenset(title_key(role) for role in DELEGATION_ROLES)
"""A delegation's roles ("Trưởng đoàn, Phó Chủ tịch UBND thành phố X"): no office a chain starts with."""
_MEMBER_KEY = title_key("Ủy viên")
"""A membership's key ("Ủy viên …"): a chain's title starting with it is no office others follow (`_chain_holds`)."""


def _chain_part(part: str, before_name: bool = False) -> str | None:
    """The title key of one comma-separated part of a chain of offices, its unit cut at the sentence's verb; None
    when the part is no office or its unit ends with another person's name ("Chủ tịch UBND tỉnh Trần Văn B").
    Before a name, an office is capitalised and its unit holds no clause and no foreign place (`_chain_start`'s
    tests: "cán bộ, nhân viên Đại sứ quán, Phó Chủ tịch X", "… hội kiến Ủy viên Bộ Chính trị, Bí thư Y")."""
    match = _CHAIN_PART.match(part)
    if match is None:
        return None
    rest = match["rest"]
    if before_name and (
        without_former(match["title"])[0].islower() or _ends_clause(rest) or _ends_abroad(rest) or "(" in rest
    ):
        return None
    stop = _UNIT_STOP.search(rest + " ")
    return None if _holds_name(rest[: stop.start() if stop else None]) else title_key(match["title"])


def _chain_keys(text: str, start: int, end: int) -> list[str]:
    """The title keys of the offices written with the name at `start`-`end` in one sentence, in order: the chain
    after it ("X, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban …", "X - Phó Bí thư Tỉnh ủy, Chủ tịch
    UBND tỉnh"), else the run of offices that ends at it ("…, Ủy viên TƯ Đảng, Phó Bí thư Thành ủy, Chủ tịch UBND
    TP X")."""
    keys: list[str] = []
    if lead := _CHAIN_LEAD.match(text, end):
        stop = _SENTENCE_END.search(text, lead.end())
        for part in text[lead.end() : stop.start() if stop else None].split(","):
            if (key := _chain_part(part)) is None:
                break
            keys.append(key)
        return keys
    before = text[max(0, start - 300) : start]
    parts = before[max((m.end() for m in _SENTENCE_END.finditer(before)), default=0) :].split(",")
    for part in reversed(parts):
        if (key := _chain_part(part, before_name=True)) is None:
            break
        keys.insert(0, key)
    if len(keys) < len(parts) and _ends_with_name(parts[-1 - len(keys)]):
        return []  # "đồng chí Trần Mẫn Nhĩ, Ủy viên Bộ Chính trị, Bí thư Thành ủy, Đại sứ X": the name before's chain
    led = _LED_BY.search(parts[-1 - len(keys)]) if keys and len(keys) < len(parts) else None
    if led is not None and (key := _chain_part(led.group("office"), before_name=True)) is not None:
        keys.insert(0, key)  # "Đoàn … do Bí thư Trung ương Đảng, Chủ tịch UBTƯ MTTQ Việt Nam X": the chain's start
    return keys


_LED_BY = re.compile(r"(?<![^\W\d_])do[ \t]+(?P<office>[^,]+)$")
"""A delegation led by the chain's first office, the clause before it in the same part ("Đoàn đại biểu … do Bí thư
Trung ương Đảng, Chủ tịch … X làm Trưởng đoàn")."""


def _chain_holds(text: str, person: Person, office: str) -> bool:
    """Whether a mention's chain of offices names `office` after the mention's own title ("X - Phó Bí thư Tỉnh ủy,
    Chủ tịch UBND tỉnh": the first office is the title, the labels' convention; samples/real/texts/README.md). A
    membership ("X, Ủy viên Hội đồng Nhà nước, …, Chủ tịch Hội Y") is no office a chain starts with when the chain
    names another: memberships are skipped, so the office read before stays."""
    if person.span is None or not person.title:
        return False
    keys = _chain_keys(text, person.span.start, person.span.end)
    first = title_key(person.title)
    if first in _ROLE_KEYS or first.startswith(_MEMBER_KEY):
        return False
    return first in keys and title_key(office) in keys[keys.index(first) + 1 :]


_AND_IN_BODY_NAME = re.compile(rf"(?<![^\W\d_])và(?=[ \t]+[{_UPPER}])")


def _ends_clause(unit: str) -> bool:
    """Whether a clause word stands in the unit after a title; a "và" before a capital that starts no title joins
    the two words of a body's name ("Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Kế hoạch và Đầu tư")."""
    for word in _CLAUSE_WORD.finditer(unit):
        if not _AND_IN_BODY_NAME.match(unit, word.start()) or _TITLE_ANYWHERE.match(unit, word.end() + 1):
            return True
    return False


_MANY = re.compile(r"(?<![^\W\d_])(?:các|những|nhiều|mọi)[ \t]+$")
_PLACED_UNIT = re.compile(
    r"^(?P<unit>(?:[^,.;:()\n]|\.(?= ?[A-Z])|\([^()\n]{2,40}\)){0,80}?)(?P<places>(?:,[ \t]*[^,.;:()\n]{2,30}?)*)"
    r"(?:,|[ \t]+[–-])[ \t]*$"
)
_ACRONYM_ASIDE = re.compile(r"[ \t]*\([^()\n]{2,40}\)")
"""A short aside in brackets inside a unit: a body's acronym ("Tổ chức Y tế Liên Mỹ (OPS)"), where its place lies
("Thị trưởng thành phố Hobart (thủ phủ bang Tasmania), bà X"); no part of the unit."""
_NAMED_UNIT = re.compile(
    rf"^(?P<unit>(?:[ \t]+(?:[{_UPPER}][^\W\d_]*|tỉnh|thành phố|huyện|quận|thị xã|xã|phường|tại|ủy|uỷ|nhân dân))+)"
    r"(?P<places>)[ \t]+$"
)
"""A unit in names only, between an office and its holder's honorific with no comma ("Chủ tịch UBND tỉnh Cà Mau ông X",
"Tổng Lãnh sự Singapore tại TP Hồ Chí Minh ngài Y"): capitalised words and the words of a place or a local body."""
_BARE_HONORIFIC = re.compile(r"(?:ông|bà|[nN]gài)[ \t]")
"""The honorific after a unit with no comma, in small letters: "Ông", "Bà" capitalised may be a family name ("Đại sứ
Việt Nam tại Hàn Quốc Ông Thanh Hải")."""
_VERB = re.compile(r"(?<![^\W\d_])(?:đã|sẽ|đang|có|là|được|cùng|tiếp|gặp|với|dẫn đầu)(?![^\W\d_])")
_INSTITUTION_NAME_END = re.compile(
    rf"(?<![^\W\d_])(?i:đại học|trường|học viện|viện|bệnh viện|công ty|tập đoàn|ngân hàng|hãng|quỹ)"
    rf"(?: [{_UPPER}][^\W\d_]*)+$"
)
"""An institution's word and its name in capitalised words, ending a unit ("trường Đại học Kanto Gakuin"): the name
is the institution's, no person's."""


def _office_before_holder(text: str, start: int) -> tuple[str | None, str | None]:
    """The office written before a comma or a spaced dash and the honorific or degree of its holder, as a lead or a
    caption writes it, its unit maybe followed by the places it lies in ("Thống đốc thành phố St. Petersburg, LB
    Nga, ông Alexander Beglov", "Tổng lãnh sự Nhật Bản tại Đà Nẵng – ông MORI Takero", "Hiệu trưởng trường Đại học
    X – GS. Y"), also in lower case as a quote's source is written ("trích lời phát ngôn viên chính phủ Thái lan, ông
    X"; not after a plural's word: "các giám đốc sở, ông X"), its unit with no verb nor another person's name
    (`_holds_name`; a foreign institution's name, `_INSTITUTION_NAME_END`, is none), or with no comma a unit of names
    before a small-letter honorific (`_NAMED_UNIT`: "Chủ tịch UBND tỉnh Cà Mau ông X"); the first office of the chain it
    ends (`_chain_start`: "Phó Thủ tướng, Chủ tịch Hội X, bà Y"); none when the office is the previous list item's
    (`_previous_item_office`)."""
    if _previous_item_office(text, start):
        return None, None
    window_start = max(0, start - 160)
    window = text[window_start:start]
    for title in reversed(list(_TITLE_ANYWHERE.finditer(window))):
        link = _PLACED_UNIT.match(window[title.end() :])
        if link is None and title.group()[0].isupper() and _BARE_HONORIFIC.match(text, start):
            link = _NAMED_UNIT.match(window[title.end() :])
        if link is None:
            continue
        unit = _ACRONYM_ASIDE.sub("", link.group("unit"))  # "Giám đốc Tổ chức Y tế Liên Mỹ (OPS), bà X"
        places = [place.strip() for place in link.group("places").split(",") if place.strip()]
        if _VERB.search(unit) or (title.group()[0].islower() and _MANY.search(window, 0, title.start())):
            return None, None  # "… các giám đốc sở, ông X": offices of many, no one's
        if _holds_name(unit) and not _INSTITUTION_NAME_END.search(unit):
            return None, None
        if not all(is_place_name(place) for place in places):
            return None, None
        chained = _chain_start(text, window_start + title.start())
        if chained[0] is not None:  # "Phó Thủ tướng, Chủ tịch Hội X, bà Y": the chain's first office
            return title_and_unit(*chained)
        return title_and_unit(canonical(title.group()), squash(unit) or None)
    return None, None


_COPULA_LINK = re.compile(
    r"^(?P<predecessor>[ \t]+tiền nhiệm)?(?P<unit>[^,.;:()\n]{0,60}?)(?:[ \t]+của[ \t]+(?:ông|bà|ngài|mình))?"
    r"(?:[ \t]+(?:hiện nay|hiện|nay))?[ \t]+là[ \t]+$"
)
"""Between an office that opens a clause and its holder's honorific: the office's unit, whose predecessor it was
("tiền nhiệm": the office of the one before, kept as a qualifier, as "nguyên" is), "hiện nay", then "là" (is)."""
_CLAUSE_OPENS = re.compile(r"(?:^|[.,;:!?(\n])[ \t]*$")


def _office_before_copula(text: str, start: int) -> tuple[str | None, str | None]:
    """The office a clause names before "là" and its holder ("Bộ trưởng tiền nhiệm của bà là ông X", "Chủ tịch Hội hiện
    nay là ông Y"): capitalised, opening the clause, its unit with no verb; a delegation's role ("Trưởng đoàn là ông
    X") is none."""
    window_start = max(0, start - 100)
    window = text[window_start:start]
    titles = list(_TITLE_ANYWHERE.finditer(window))
    if not titles:
        return None, None
    title = titles[-1]
    link = _COPULA_LINK.match(window[title.end() :])
    if link is None or title.group()[0].islower() or _VERB.search(link.group("unit")):
        return None, None
    if not _CLAUSE_OPENS.search(window, 0, title.start()) or title_key(title.group()) in _ROLE_KEYS:
        return None, None
    office = canonical(title.group()) + (" tiền nhiệm" if link.group("predecessor") else "")
    return title_and_unit(office, squash(link.group("unit")) or None)


_RANK_LINK = re.compile(rf"^[ \t]+(?P<unit>(?:[^\n,.;:()–|]|,(?= {_PARENT_BODY} )){{0,80}}?)[ \t]+$")
"""The unit between an office and a rank; a comma goes on before the body it belongs to ("Người phát ngôn Tổng cục
Công an quốc gia, Bộ Nội vụ Campuchia Trung tướng X")."""


def _office_before_rank(text: str, start: int) -> tuple[str | None, str | None]:
    """The office written right before a rank and its holder's name, with no comma between ("Thứ trưởng Bộ Công an
    Thượng tướng X", "Bộ trưởng Quốc phòng Lào Đại tướng Y"): the rank holder's office, or the first office of the
    chain it ends ("Phó Tổng cục trưởng …, Người phát ngôn … Trung tướng X": `_chain_start`); none when its unit
    holds a clause or another person's name."""
    window_start = max(0, start - 120)
    window = text[window_start:start]
    titles = list(_TITLE_ANYWHERE.finditer(window))
    if not titles or (link := _RANK_LINK.match(window[titles[-1].end() :] or " ")) is None:
        return None, None
    title, unit = titles[-1].group(), link["unit"]
    if without_former(title)[0].islower() or _ends_clause(unit) or _holds_name(unit) or _VERB.search(unit):
        return None, None
    first = _chain_start(text, window_start + titles[-1].start())
    return first if first[0] else title_and_unit(canonical(title), squash(unit) or None)


def _holds_name(unit: str) -> bool:
    """Whether a unit names a person: it ends with a name (`_ends_with_name`) or holds three or more
    capitalised words from a family name on that are no place ("Hội đồng nhân dân tỉnh Sơn La Thào Xuân
    Sùng đi thăm Lào": the office before it was that person's)."""
    if _ends_with_name(unit):
        return True
    words = unit.split()
    for i, word in enumerate(words):
        if family_name(word) and not _CONTINENT_DASH.search(" ".join(words[:i]) + " "):  # "Châu Á - Thái Bình Dương"
            run = next((k for k in range(i + 1, len(words)) if not words[k][:1].isupper()), len(words))
            if run - i >= 3 and not is_place_name(" ".join(words[i:run])):
                return True
    return False


def _ends_with_name(unit: str) -> bool:
    """Whether a unit ends with two or more capitalised words that are no place: a person's name."""
    words = unit.split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper() and not words[-1 - run].isupper():
        run += 1  # capitalised words, not acronyms ("LHQ António Guterres" ends with a name)
    if run == 1 and _is_transliteration(words[-1]):
        return True  # "Thứ trưởng Ngoại giao Mor-gu-lôv": one hyphenated word names the holder
    if run >= 3 and words[len(words) - run] in _BODY_WORDS:
        return False  # "Bộ Công Thương", "Sở Kế Hoạch": a body's name in capitals, its first word the body's
    return run >= 2 and not _places_joined(" ".join(words[len(words) - run :]))


_PAN = re.compile(r"^Liên (?=\S)")
""""Liên" before a continent or country: "pan-" ("Tổ chức Y tế Liên Mỹ", the Pan American Health Organization)."""


def _places_joined(run: str) -> bool:
    """Whether capitalised words are a place, or places joined by a hyphen or a dash as a friendship body names its
    two countries ("Hội hữu nghị Campuchia-Việt Nam"), or "Liên" and a place (`_PAN`): no person's name."""
    return all(is_place_name(_PAN.sub("", part.strip(), count=1)) for part in re.split(r"[-–]", run) if part.strip())


_BODY_WORDS = frozenset({"Bộ", "Sở", "Ban", "Cục", "Vụ", "Viện", "Tổng", "Ủy", "Uỷ", "Hội", "Trường"})
"""Words a body's name starts with: capitalised words from one on name a body, not a person."""
_NAMED_BODY_WORDS = _BODY_WORDS | {"Nhóm", "Quỹ"}
"""A body's word that its own name follows ("Nhóm Lotus Circle", "Quỹ Ford"): foreign words right after it are that
name, no holder's."""


def _is_transliteration(word: str) -> bool:
    """A foreign name transliterated into three hyphenated parts or more ("Mor-gu-lôv", "Phi-la-tôv"), no place's
    ("Ma-lai-xi-a"): one word that names a person, as sure as two words of a name."""
    return word.count("-") >= 2 and bool(_FOREIGN_WORD.match(word)) and not is_place_name(word)


def _is_place_pair(name: str) -> bool:
    """Two countries joined by a dash, as in a body's or a meeting's name ("Hội nghị Hợp tác Lào-Việt Nam")."""
    parts = re.split(r"\s*[-–]\s*", name)
    return len(parts) > 1 and all(fold(part) == "viet nam" or is_place_name(part) for part in parts)


@lru_cache(maxsize=8192)
def is_place_name(name: str) -> bool:
    """A name that is a place's: a country, Viet Nam itself ("Đại sứ Séc tại Việt Nam Petr Dvořák"), a
    Vietnamese or a foreign place ("Hồ Chí Minh", "Nam Ninh")."""
    return bool(
        code_of(name) or fold(name) == "viet nam" or is_vietnamese_place(name) or place_key(name) in foreign_places()
    )


_PLAIN_HONORIFICS = frozenset(("ông", "bà", "đồng chí", "ông (bà)", "ông/bà"))
"""Honorifics stored in lower case, whatever case the sentence gives them ("Ông", "ÔNG")."""


def _honorific(hon: str | None) -> str | None:
    """An honorific as stored: a plain one in lower case, "đ/c" written out as "đồng chí", and none for degrees alone
    ("PGS.TS.": a degree, no honorific; samples/real/texts/README.md, People); any other as written."""
    if not hon:
        return hon
    if hon.lower() == "đ/c":
        return "đồng chí"
    if hon.lower() in _PLAIN_HONORIFICS:
        return hon.lower()
    return None if _DEGREES_ONLY.fullmatch(hon) else hon


_CAPITAL_HONORIFIC = re.compile(r"(?:Ông|Bà|Ngài) (?=\S)")
"""An honorific capitalised after a dash or a stop ("Thị trưởng Thành phố Kobe – Ông Tatsuo Yada"): read into the name
by a title before it; "Ông" is also a rare family name, so only before a name no Vietnamese syllable spells."""


def _person(name: str, title: str | None, unit: str | None, hon: str | None, start: int, end: int, text: str) -> Person:
    title = without_acting(title) if title else title
    if hon is None and (lead := _CAPITAL_HONORIFIC.match(name)) and all(map(_unvietnamese, name[lead.end() :].split())):
        hon, name, start = lead.group().strip(), name[lead.end() :], start + lead.end()
    return Person(
        name=name,
        title=title,
        unit=unit,
        honorific=_honorific(hon),
        span=Span(page=text.count("\f", 0, start) + 1, start=start, end=end),
    )


def _honorific_starts_place(honorific: str, name: str) -> bool:
    """Whether the honorific's word and the whole name read after it are a Vietnamese province's name ("Bà
    Rịa-Vũng Tàu"): a place, nobody's name. The whole name, not its first word: "ông Hà Văn Tuấn", "bà Đinh Thị
    Hoa" are people though "Ông Hà" and "Ba Đình" are places."""
    return is_vietnamese_place(f"{honorific} {name}")


def _ner_people(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, Person]]:
    """underthesea NER on the words after an honorific the patterns could not read as a name (names with
    an apostrophe such as "H'Hen Niê", unusual letters); only a short window goes to the CRF."""
    result: list[tuple[int, Person]] = []
    for cue in _NER_CUE_RE.finditer(text):
        if any(s <= cue.end() < e for s, e in taken):
            continue
        if _TITLE_ANYWHERE.match(text, cue.end()):
            continue  # "Xét đề nghị ông Trưởng phòng CĐT-QLCL …": an office, its holder unnamed
        window = text[cue.start() : cue.end() + 60].split("\n")[0]
        for entity in _entities(window):
            at = window.find(entity)
            if rank := _LEADING_RANK.match(entity):  # "đồng chí TS. Vi-lay-vông …": the degree is no part of it
                entity, at = entity[rank.end() :], at + rank.end()
            if cued := _LEADING_HONORIFIC.match(entity):  # "Ngài Hun Nêng cũng …": the CRF took the cue in
                entity, at = entity[cued.end() :], at + cued.end()
            if grade := _LEADING_GRADE.match(entity):  # "ThS. CVCC. Tống Đăng Hưng": a civil-service grade
                entity, at = entity[grade.end() :], at + grade.end()
            name = _trim_name(entity)
            words = name.split()
            if at < 0 or not 2 <= len(words) <= 5 or not all(w[:1].isupper() for w in words):
                continue
            start = cue.start() + at
            if text[start + len(entity) : start + len(entity) + 1].isalpha() or not text[start + len(entity) :].strip():
                continue  # the window cut the name ("ngài Pờ Rạ Ng|uôn Hông"), or the excerpt did ("… Ngài Ji")
            honorific = cue.group().strip()
            if _honorific_starts_place(honorific, name):
                continue
            title, unit = _title_unit(text, start + len(entity))
            if title is None:  # "Tổng lãnh sự Nhật Bản tại Đà Nẵng – ông MORI Takero": the office before the cue
                title, unit = _office_before_holder(text, cue.start())
            result.append((start, _person(name, title, unit, honorific, start, start + len(name), text)))
            break
    return result


def _entities(line: str) -> list[str]:
    """PER entities in one line, joined from underthesea's B-PER/I-PER tags."""
    names: list[str] = []
    for token in nlp.underthesea_ner()(line):
        word, tag = token[0], token[-1]
        if tag == "B-PER":
            names.append(word)
        elif tag == "I-PER" and names:
            names[-1] = f"{names[-1]} {word}"
    return names


def _unique(people: list[Person], text: str) -> list[Person]:
    """One entry per name; a later mention fills a title or unit the first one lacked, gives the title in full
    ("Phó Thủ tướng" in a headline, "Phó Thủ tướng Thường trực" in the text) or the name in normal case (a
    name first printed in capitals, "đồng chí NGUYỄN VĂN AN", then "Nguyễn Văn An"); a later chain of offices
    that names the first mention's office after another gives that first office (`_chain_holds`)."""
    by_name: dict[str, int] = {}
    result: list[Person] = []
    for person in people:
        key = _name_key(person.name)
        at = by_name.get(key)
        if at is None:  # another way of naming one kept: looked for only when the name itself is new
            at = next((i for i, kept in enumerate(result) if _same_person(kept, person)), None)
        if at is None:
            by_name[key] = len(result)
            result.append(person)
            continue
        kept = result[at]
        title = person.title if _narrows(kept.title, person.title) else kept.title or person.title
        unit = kept.unit or person.unit
        if kept.title and _chain_holds(text, person, kept.title):
            title, unit = person.title, person.unit  # "Chủ tịch UBND tỉnh X" in a headline, then X's chain
        name = person.name if kept.name.isupper() and not person.name.isupper() else kept.name
        name = person.name if _by_one_name(person, kept) else name
        if _tail_read_first(kept, person):  # a tail the place before took the rest of, then the whole name
            name, unit = _whole_first_mention(kept, person)
        result[at] = kept.model_copy(update={"name": name, "title": title, "unit": unit})
    return result


def _respelled(kept: Person, person: Person) -> bool:
    """Whether `person` is `kept` with the given name transliterated another way, as a caption may spell it ("Park
    Hyeong Jun" in the story, "Park Heong-joon" under the photo): foreign names, the same family name and office,
    the rest of the name within a few letters."""
    first, _, rest = kept.name.partition(" ")
    other_first, _, other_rest = person.name.partition(" ")
    if first != other_first or not kept.title or kept.title != person.title or kept.name == person.name:
        return False
    if not all(_is_foreign_word(word) for word in f"{kept.name} {person.name}".split()):
        return False
    letters, other = (re.sub(r"[^a-z]", "", part.lower()) for part in (rest, other_rest))
    return min(len(letters), len(other)) >= 5 and Levenshtein.distance(letters, other) <= len(letters) // 3


def _same_person(kept: Person, person: Person) -> bool:
    """Whether `person` is `kept` named another way: respelled, by an initial, with a typo, or by the given
    names alone."""
    return (
        _respelled(kept, person)
        or _initialled(kept, person)
        or _mistyped(kept, person)
        or _without_family(kept, person)
        or _tail_read_first(kept, person)
        or _by_one_name(kept, person)
        or _by_one_name(person, kept)
        or _by_patronymic(kept, person)
    )


_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna)")
"""A Russian patronymic ("Stepanovich", "Vladimirovna")."""


def _by_patronymic(kept: Person, person: Person) -> bool:
    """Whether `person` is `kept` addressed by a given name and the patronymic, the polite Russian form ("ông Gennady
    Bezdetko, Đại sứ …", then "ông Gennady Stepanovich"): the given name one of `kept`'s words, no other office."""
    other = person.name.split()
    return (
        len(other) == 2
        and other[0] in kept.name.split()[:-1]
        and _PATRONYMIC.fullmatch(other[1]) is not None
        and (not person.title or person.title == kept.title)
    )


def _by_one_name(full: Person, short: Person) -> bool:
    """Whether `short` is `full` named by one word of a foreign name, whichever the text gives first: the family
    name of the press ("Thủ tướng Ai Cập Mahleb" beside "Ibrahim Mahleb"), or the given name a Lao is called by
    ("Thứ trưởng … Khamphone", "Khamphone Phouttavong"); the same office when both give one."""
    words = full.name.split()
    if len(words) < 2 or " " in short.name or short.name not in (words[0], words[-1]):
        return False
    if full.title and short.title and title_key(full.title) != title_key(short.title):
        return False
    return all(_is_foreign_word(word) and not is_syllable(word) for word in words)


def _without_family(kept: Person, person: Person) -> bool:
    """Whether `person` is `kept` named again without the first word, as a story does after the first mention
    ("Ông Trần Tuấn Anh, bộ trưởng …", then "ông Tuấn Anh tham gia 13 đoàn"; "ông Juan Carlos Marsán", then "ông
    Carlos Marsán"): `kept` has a known family name or is a foreign name (or a name of syllables, `_SYLLABLE_NAME`),
    and three words or more, `person` is its last two or more, with no other office."""
    words, other = kept.name.split(), person.name.split()
    if len(other) < 2 or len(words) <= len(other):
        return False
    if person.title and (not kept.title or title_key(person.title) != title_key(kept.title)):
        return False
    foreign = all(map(_is_foreign_word, words)) or (len(words) >= _SYLLABLE_NAME and len(other) >= 3)
    return (family_name(words[0]) is not None or foreign) and words[len(words) - len(other) :] == other


def _tail_read_first(kept: Person, person: Person) -> bool:
    """Whether `kept` is the tail of a name of syllables (`_SYLLABLE_NAME`) that `person` gives whole, read first
    where a place before the name took its first words ("Viện trưởng VKSND tỉnh Sê Kông Bun Mi Xay Phon Sạ Vắt" read
    as "Xay Phon Sạ Vắt", later "đồng chí Bun Mi Xay Phon Sạ Vắt"): one person, named by the whole."""
    return len(person.name.split()) >= _SYLLABLE_NAME and _without_family(person, kept)


def _whole_first_mention(kept: Person, person: Person) -> tuple[str, str | None]:
    """The name and unit of `kept`, whose unit took the first words of the name `person` gives whole
    (`_tail_read_first`): those words moved back to the name, spelt as the first mention prints them (the corpus
    names a person as first printed); `person`'s name and unit when the unit does not end with them."""
    head = person.name.split()[: len(person.name.split()) - len(kept.name.split())]
    words = (kept.unit or "").split()
    if len(words) > len(head) and fold(" ".join(words[-len(head) :])) == fold(" ".join(head)):
        return " ".join([*words[-len(head) :], kept.name]), " ".join(words[: -len(head)])
    return person.name, person.unit or kept.unit


_SYLLABLE_NAME = 5
"""Words of a Lao name written in syllables ("Khăm Pha Văn Xay Nọi Vông"), more than a Vietnamese name has: its last
three or more, read again where a family name ("Văn") starts the reading, are the same person."""


def _mistyped(kept: Person, person: Person) -> bool:
    """Whether `person` is `kept` with one letter of one word mistyped ("ông Aldrik Gierveld, Phó Tổng Vụ trưởng",
    then "Ông Alsrik Gierveld cảm ơn"): foreign names of as many words, all but one the same, that one a letter
    off in a word of five letters or more ("John" and "Joan" stay two); the later mention adds no other office,
    unless the name has three words or more and the letter is one added at a word's end (one person whatever office
    a later chain names first: "Chủ tịch Thượng viện … Mohammad Hamid Ansarin", then "Phó Tổng thống … Mohammad
    Hamid Ansari"). A slip in every word, one letter or two swapped each ("Ngài Vladinmir Anderichenko, Chủ tịch Hạ
    viện", then "Chủ tịch Hạ viện Belarus Vladimir Andreichenko"), is one person only with the same office. A
    particle's case is no letter ("Mohamed bin Zayed", then "Mohammed Bin Zayed")."""
    words, other = kept.name.split(), person.name.split()
    if len(words) != len(other) or len(words) < 2:
        return False
    if not all(_is_foreign_word(word) or word in _PARTICLE_WORDS for word in [*words, *other]):
        return False
    differing = [(a, b) for a, b in zip(words, other, strict=True) if a.casefold() != b.casefold()]
    if not differing or any(min(map(len, pair)) < 5 or OSA.distance(*pair) != 1 for pair in differing):
        return False
    if len(differing) > 1:
        return bool(kept.title) and person.title == kept.title
    short, long = sorted(differing[0], key=len)
    return not person.title or person.title == kept.title or (len(words) >= 3 and long[:-1] == short)


_INITIALLED = re.compile(r"(?P<initial>[^\W\d_])\. ?(?P<rest>\S.*)")


def _initialled(kept: Person, person: Person) -> bool:
    """Whether `person` is `kept` named again by the initial of the given name ("Thủ tướng Sáp-cát Mi-rơ-di-ép",
    then "Thủ tướng S.Mi-rơ-di-ép"): the rest of the name is the end of `kept`'s, and the office, when given, is
    the same."""
    short = _INITIALLED.fullmatch(person.name)
    if short is None or (person.title and kept.title and person.title != kept.title):
        return False
    head, _, tail = kept.name.rpartition(" ")
    return bool(head) and tail == short["rest"] and head.startswith(short["initial"])


_CREDENTIAL = "dac menh toan quyen"
"""An ambassador's credential ("Đại sứ đặc mệnh toàn quyền"): every ambassador holds it, so it names no other post."""


def _narrows(title: str | None, later: str | None) -> bool:
    """Whether `later` is `title` with more words after it, both known titles, and another post ("Phó Thủ tướng
    Thường trực"), not the same one with its credential written out (`_CREDENTIAL`: the first mention's title
    stays)."""
    if not title or not later or not is_title(later):
        return False
    first = title_key(title)
    return title_key(later).startswith(first + " ") and title_key(later) != f"{first} {_CREDENTIAL}"


def with_members(people: list[Person], members: list[TripMember]) -> list[Person]:
    """People completed by a trip's delegation members, whose title and unit win for the same name.

    The member list is read with more structure (numbered items, table rows grouped by word boxes on
    scans) than the running-text patterns here, which pair a name with the wrong column's title when OCR
    gives a table column by column. A member is added only when its name starts with a family name.
    """
    result = list(people)
    known = {fold(p.name): i for i, p in enumerate(result)}
    for member in members:
        words = member.name.split()
        if not 2 <= len(words) <= 5:
            continue
        if fold(member.name) in known:
            i = known[fold(member.name)]
            if member.title:
                result[i] = result[i].model_copy(update={"title": member.title, "unit": member.unit or result[i].unit})
        elif words[0] in FAMILY_NAMES:
            known[fold(member.name)] = len(result)
            result.append(Person(name=member.name, title=member.title, unit=member.unit))
    return result


def extract_people(document: Document) -> Document:
    """Registered field extractor: people in the text, plus the signer (from the header extractor)."""
    ocr = document.source.text_source in (TextSource.OCR, TextSource.MIXED)
    people = find_people(
        unwrap_lines(blank_filing_items(document.text)), ocr
    )  # "ông Bùi Công\nNghĩa," wrapped at the margin
    if document.trip is not None:
        people = with_members(people, document.trip.members)
    signer = document.signer
    if signer is not None and signer.name:
        known = {fold(p.name): i for i, p in enumerate(people)}
        if fold(signer.name) in known:  # one man, spelled as he signs ("Nguyễn Hũu Vũ" in a list is the signer's slip)
            i = known[fold(signer.name)]
            signed = {"name": signer.name, "span": signer.span} if people[i].name != signer.name else {}
            people[i] = people[i].model_copy(update={"title": people[i].title or signer.title, **signed})
        else:
            people.append(Person(name=signer.name, title=signer.title, span=signer.span))
    return document.model_copy(update={"people": people})
