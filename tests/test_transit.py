"""Transit stops (issue 13, scenario 18): a country a delegation only passes through is recorded as transit, not
as a destination, so it counts in no country limit and no days a country. Decisions written for these tests."""

from __future__ import annotations

import pytest

from extractors.document import extract_fields
from extractors.transit import transit_spans
from schemas.document import Document, Source

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG SƠN
Số: 88/QĐ-UBND
Đông Sơn, ngày 02 tháng 8 năm 2026
QUYẾT ĐỊNH
Về việc cử đoàn đi công tác nước ngoài
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. {article} Thành phần đoàn gồm:
1. Ông Lò Văn Pấng, Phó Chủ tịch Ủy ban nhân dân tỉnh - Trưởng đoàn;
2. Bà Vi Thị Hoa, Phó Giám đốc Sở Ngoại vụ.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
"""


@pytest.mark.parametrize(
    ("article", "destinations", "transit"),
    [
        (
            "Cử đoàn đi công tác tại Lào và Cam-pu-chia (quá cảnh Thái Lan) từ ngày 14/9/2026 đến ngày 19/9/2026.",
            ["LA", "KH"],
            ["TH"],
        ),
        (
            "Cử đoàn đi công tác tại Pháp từ ngày 14/9/2026 đến ngày 19/9/2026. Lịch trình: ngày 14/9 quá cảnh "
            "tại Doha, Qatar; từ ngày 15/9 đến ngày 19/9 làm việc tại Paris.",
            ["FR"],
            ["QA"],
        ),
        (  # passed through on the way out, visited on the way back: a destination
            "Cử đoàn đi công tác tại Nhật Bản và Hàn Quốc từ ngày 14/9/2026 đến ngày 19/9/2026 (quá cảnh Hàn Quốc "
            "ngày 14/9).",
            ["JP", "KR"],
            [],
        ),
    ],
)
def test_a_transit_country_is_no_destination(article: str, destinations: list[str], transit: list[str]) -> None:
    text = _DECISION.format(article=article)
    document = extract_fields(Document(source=Source(path="qd.txt", sha256="8" * 64, pages=1), text=text))
    assert document.trip is not None
    assert document.trip.destination_codes == destinations
    assert document.trip.transit_codes == transit
    assert document.destination_codes == destinations


def test_transit_in_a_list_of_nouns_blanks_nothing() -> None:
    assert transit_spans("Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam") == []
