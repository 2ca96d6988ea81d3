"""Report → trip linking accuracy as `congvan eval` measures it, on a tiny labelled set built in code."""

from __future__ import annotations

import hashlib
from pathlib import Path

from extractors.document import extract_fields
from pipeline.evaluate.links import LinkRecorder, link_score
from pipeline.settings import Settings
from schemas.document import Document, Source

DECISION = """ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 87/QĐ-UBND
Phú Thọ, ngày 05 tháng 8 năm 2025
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
QUYẾT ĐỊNH:
Điều 1. Cử ông Lý Công Kiên, Giám đốc Sở Y tế, đi công tác tại Hàn Quốc từ ngày 18/8/2025 đến ngày 22/8/2025.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Hà Minh Toàn
"""
REPORT = """SỞ Y TẾ
Số: 40/BC-SYT
Phú Thọ, ngày 29 tháng 8 năm 2025
BÁO CÁO
Kết quả chuyến công tác tại Hàn Quốc
Thực hiện Quyết định số 87/QD-UBND ngày 05/8/2025 của UBND tỉnh về việc cử cán bộ đi công tác nước ngoài.
Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Lý Công Kiên
"""


def fake_extract(path: Path, settings: Settings) -> Document:
    text = path.read_text(encoding="utf-8")
    source = Source(path=str(path), sha256=hashlib.sha256(text.encode()).hexdigest(), pages=1)
    return extract_fields(Document(source=source, text=text))


def test_eval_links_scores_a_right_and_a_wrong_expectation(tmp_path: Path) -> None:
    (tmp_path / "d1.txt").write_text(DECISION, encoding="utf-8")
    (tmp_path / "r1.txt").write_text(REPORT, encoding="utf-8")
    recorder = LinkRecorder(fake_extract)
    for name in ("d1.txt", "r1.txt"):
        recorder(tmp_path / name, Settings())
    truths = {
        "d1": {"number": "87/QĐ-UBND", "issue_date": "2025-08-05", "trip": {"start": "2025-08-18"}},
        "r1": {"report": {"decision_number": "87/QĐ-UBND", "decision_date": "2025-08-05"}},
    }
    score = link_score(recorder.documents["clean"], truths, Settings())
    assert (score.reports, score.correct, score.accuracy) == (1, 1, 1.0)

    truths["r1"] = {"report": {"decision_number": "12/QĐ-UBND", "decision_date": "2025-01-02"}}  # not in the set
    score = link_score(recorder.documents["clean"], truths, Settings())
    assert score.accuracy == 0.0
    assert score.wrong == [("r1", None, "d1")]
