"""`congvan eval` on a small labelled set: the F1 floor, the JSON shape, bad truth as data, plugins."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.commands.eval import eval_command
from pipeline.evaluate.scoring import FIELD_COMPARATORS, Score, character_error_rate, load_field_plugins, register_field

DISPATCH = """UBND TỈNH BẮC GIANG
SỞ NGOẠI VỤ
Số: 301/SNV-LS
V/v báo cáo đoàn ra năm 2025
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bắc Giang, ngày 14 tháng 3 năm 2025
Kính gửi:
- Các sở, ban, ngành tỉnh;
- UBND các huyện.
Thực hiện Chỉ thị số 38-CT/TW ngày 21-7-2014 của Bộ Chính trị, Sở Ngoại vụ đề nghị báo cáo các đoàn đi Hàn Quốc.
Thông tin liên hệ: bà Lương Thị Yến, Chuyên viên Phòng Lãnh sự.
Nơi nhận:
- Như trên;
- UBND tỉnh (b/c);
- Lưu: VT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Quách Văn Kiên
"""
DISPATCH_TRUTH = {
    "doc_type": "cong_van",
    "number": "301/SNV-LS",
    "symbol": "SNV-LS",
    "issuer": "Sở Ngoại vụ",
    "parent_issuer": "UBND tỉnh Bắc Giang",
    "place": "Bắc Giang",
    "issue_date": "2025-03-14",
    "subject": "V/v báo cáo đoàn ra năm 2025",
    "signer": {"name": "Quách Văn Kiên", "title": "Phó Giám đốc", "mode": "KT."},
    "recipients": ["Các sở, ban, ngành tỉnh", "UBND các huyện", "UBND tỉnh (b/c)"],
    "citations": [
        {
            "text": "Chỉ thị số 38-CT/TW ngày 21-7-2014 của Bộ Chính trị",
            "kind": "chi_thi",
            "number": "38-CT/TW",
            "date": "2014-07-21",
            "issuer": "Bộ Chính trị",
        }
    ],
    "people": [
        {"name": "Lương Thị Yến", "title": "Chuyên viên"},
        {"name": "Quách Văn Kiên", "title": "Phó Giám đốc"},
    ],
    "destinations": ["Hàn Quốc"],
    "destination_codes": ["KR"],
}
NEWS = """Cổng thông tin | Tin tức
Tỉnh ủy Bắc Giang siết chặt việc đi nước ngoài
Tỉnh ủy vừa ban hành Công văn số 1438-CV/TU, ngày 28/3/2019 yêu cầu thực hiện nghiêm.
"""
NEWS_TRUTH = {
    "doc_type": "other",
    "subject": "Tỉnh ủy Bắc Giang siết chặt việc đi nước ngoài",
    "citations": [{"text": "", "kind": "cong_van", "number": "1438-CV/TU", "date": "2019-03-28", "issuer": None}],
}


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    for doc_id, text, truth in [("d1", DISPATCH, DISPATCH_TRUTH), ("n1", NEWS, NEWS_TRUTH)]:
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"{doc_id}.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_eval_meets_the_f1_floor_on_clean_text(labelled: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(labelled), "--no-scans", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["clean"]
    assert scores["documents"] == 2
    low = {name: s["f1"] for name, s in scores["fields"].items() if s["f1"] < 0.95}
    assert low == {}


def test_eval_table_names_every_field(labelled: Path) -> None:
    result = CliRunner().invoke(eval_command, [str(labelled), "--no-scans"])
    assert result.exit_code == 0
    for field in ("doc_type", "number", "issuer", "issue_date", "citations", "signer", "people", "destinations"):
        assert field in result.output


def test_eval_bad_truth_is_reported_and_the_rest_still_scored(labelled: Path) -> None:
    (labelled / "broken.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(eval_command, [str(labelled), "--no-scans", "--json"])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["clean"]["documents"] == 2
    assert "broken.json" in result.stderr


def test_eval_fields_are_pluggable() -> None:
    load_field_plugins()
    register_field("test_place_upper")(lambda record: {str(record.get("place", "")).upper()})
    try:
        assert FIELD_COMPARATORS["test_place_upper"]({"place": "Lào Cai"}) == {"LÀO CAI"}
    finally:
        del FIELD_COMPARATORS["test_place_upper"]


def test_eval_score_and_cer_arithmetic() -> None:
    score = Score()
    score.add({"a", "b"}, {"b", "c"})
    assert (score.tp, score.fp, score.fn, round(score.f1, 2)) == (1, 1, 1, 0.5)
    assert character_error_rate([("ngày 18 tháng 9", "ngay 18  tháng 9")]) == pytest.approx(1 / 15)


def test_comparators_read_one_name_in_either_tone_placement_and_a_law_with_its_date_glued_on() -> None:
    comparators = load_field_plugins()
    label = {"people": [{"name": "Lê Văn Thuỷ", "title": "Giám đốc"}]}
    read = {"people": [{"name": "Lê Văn Thủy", "title": "Giám đốc"}]}
    assert comparators["people"](label) == comparators["people"](read)
    glued = {"citations": [{"kind": "luat", "text": "Luật Đất đai,Nhà ởngày 18 tháng 1", "date": "2024-01-18"}]}
    spaced = {
        "citations": [{"kind": "luat", "text": "Luật Đất đai, Nhà ở ngày 18 tháng 1 năm 2024", "date": "2024-01-18"}]
    }
    assert comparators["citations"](glued) == comparators["citations"](spaced)
    copied = {"citations": [{"kind": "luat", "text": "Luật Tổ chức Hội đồngnhân dân và uỷban nhân dân", "date": None}]}
    official = {"citations": [{"kind": "luat", "text": "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"}]}
    assert comparators["citations"](copied) == comparators["citations"](official)
    other = {"citations": [{"kind": "luat", "text": "Luật Tổ chức Hội đồng nhân dân", "date": None}]}
    assert comparators["citations"](other) != comparators["citations"](official)
    glued_name = {"people": [{"name": "NguyễnVăn Thuận", "title": "Chủ tịch"}]}
    spaced_name = {"people": [{"name": "Nguyễn Văn Thuận", "title": "Chủ tịch"}]}
    assert comparators["people"](glued_name) == comparators["people"](spaced_name)
    assert comparators["people"](spaced_name) != comparators["people"]({"people": [{"name": "Nguyễn Văn Thuần"}]})
    assert comparators["number"]({"number": "2917 /SGDĐT-VP"}) == comparators["number"]({"number": "2917/SGDĐT-VP"})
    assert comparators["number"]({"number": "2917/SGDĐT-VP"}) != comparators["number"]({"number": "2917/SGDĐT"})


def test_comparators_read_a_title_in_either_tone_placement_as_one_office() -> None:
    comparators = load_field_plugins()
    old = {"people": [{"name": "Lê Thị Hoà", "title": "Uỷ viên Thường trực"}]}
    new = {"people": [{"name": "Lê Thị Hòa", "title": "ủy viên thường trực"}]}
    assert comparators["people"](old) == comparators["people"](new)
    other = {"people": [{"name": "Lê Thị Hòa", "title": "Ủy viên"}]}
    assert comparators["people"](old) != comparators["people"](other)
    signed_old = {"signer": {"name": "Đỗ Văn Khoẻ", "title": "Chủ tịch Uỷ ban"}}
    signed_new = {"signer": {"name": "Đỗ Văn Khỏe", "title": "Chủ tịch Ủy ban"}}
    assert comparators["signer"](signed_old) == comparators["signer"](signed_new)
