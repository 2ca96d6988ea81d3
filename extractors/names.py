"""Whether an OCR'd personal name is made like a Vietnamese name, or like a tone-mark slip of one.

Under a seal or a signature tesseract drops or changes a tone mark and is still 94-95% sure of the word
("Nguyên Hoàng Giang" for Nguyễn, "Trân Phước Hiên" for Trần Phước Hiền, "Irân" on the blind split of the
real scans): a wrong name, worse than none. What a name is made of tells some of these apart without
guessing what was meant:

- every word of a name is one Vietnamese syllable (`vntext.is_syllable`): "Irân" is none;
- a family name is one of the known ones (`data/family_names.txt`); a given or middle name one of the
  known given names (`data/given_names.txt`) or a family name ("Hà Thị Lê Vân"). A word that is none of
  them but spells one of them with other tone marks ("Hiên": Hiền) is a `tone_slip`: read with little
  confidence it is no name to take.

The lists are statistics of real name samples (sources in each file), so a rare real name can be a tone
slip of a common one: such a name is sent to review, never changed into the common one.
"""

from __future__ import annotations

from pathlib import Path

from extractors.vntext import fold, is_syllable

_DATA = Path(__file__).parent / "data"


def name_list(file: str) -> frozenset[str]:
    """The names of one of extractors/data's lists: one a line, "#" lines comments."""
    lines = (_DATA / file).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


KNOWN_FAMILY = name_list("family_names.txt")
"""Family names, common and less common (Kinh, Thái, Hmông …): a read that folds to one of them alone may be
given its marks back; one that folds to several (Châu/Chẩu, Trình/Trịnh) may not."""
KNOWN_GIVEN = name_list("given_names.txt") | KNOWN_FAMILY
"""Given and middle names; family names stand as middle names too."""

SURE_READ = 90.0
"""A word tesseract read with less confidence than this is one it was not sure of (the signer's name line is
read again below this figure, `extractors.text.signer_line.SURE`)."""


def tone_variants(word: str, known: frozenset[str]) -> list[str]:
    """The known names spelled with the letters of `word` and other tone marks ("Hiên" → ["Hiền"])."""
    key = fold(word)
    return sorted(name for name in known if fold(name) == key and name != word)


def tone_slip(word: str, known: frozenset[str] = KNOWN_GIVEN) -> list[str]:
    """The known names `word` may be a tone-mark slip of: none when `word` is itself a known name."""
    return [] if word in known else tone_variants(word, known)


def shape_doubts(name: str) -> list[str]:
    """Why `name`'s words cannot all be Vietnamese syllables (empty when they can)."""
    return [f"{word!r} is no Vietnamese syllable" for word in name.split(" ") if not is_syllable(word)]


def cut_name(name: str) -> bool:
    """Whether a name stops at its middle name, cut by the copy before the given name ("Nguyễn Thị", "Trần Văn"):
    "Thị" is never a given name; "Văn" is one only after a middle name ("Nguyễn Thị Văn"), not right after the
    family name; a family name and one capital ("Trung tướng Đặng V" where the excerpt stops) is cut in the middle
    name's first letter."""
    words = name.split()
    initial_only = len(words[-1]) == 1 and words[-1].isupper() if words else False
    return bool(words) and (words[-1] == "Thị" or (len(words) == 2 and (words[-1] == "Văn" or initial_only)))
