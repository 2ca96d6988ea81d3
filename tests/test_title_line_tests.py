"""The capitals and title-line tests every header runs on many lines (speed work, issue 12): the cheap guards give
the same answers as the full tests. Texts written here."""

import pytest

from extractors.doctype import title_type
from extractors.vntext import is_upper_line
from schemas.document import DocType


@pytest.mark.parametrize(
    ("line", "upper"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH", True),
        ("Ủy ban nhân dân tỉnh", False),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAm", True),  # one small letter in thirty: still a heading
        ("SỐ: 12/QĐ-UBND", True),  # digits and marks are no letters
        ("Q", False),  # one letter says nothing
        ("Ⅷ ab", False),  # a Roman numeral sign is upper case but no letter
        ("", False),
    ],
)
def test_a_heading_line_is_one_of_capitals(line: str, upper: bool) -> None:
    assert is_upper_line(line) is upper


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("BÁO CÁO THU HOẠCH VÀ QUYẾT ĐỊNH", DocType.QUYET_DINH),  # two kinds, the longest: still a title
        ("T H Ô N G   T Ư   L I Ê N   T Ị C H", DocType.OTHER),  # spaced letters count as one word each
        ("QUYẾT ĐỊNH VỀ VIỆC CỬ CÁN BỘ ĐI CÔNG TÁC NƯỚC NGOÀI", None),  # a title with its subject: no bare kind
        ("Quyết định", None),
    ],
)
def test_a_title_line_is_nothing_but_its_kind(line: str, kind: DocType | None) -> None:
    assert title_type(line) is kind
