"""A decision permitting a private trip abroad (issue 13, scenario 18): read from its own wording, kept as a trip
but judged by no check, and `evaluate` says why. Decisions written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.document import extract_fields
from extractors.private_trips import private_trip_words
from pipeline.checks.run import evaluate, run_checks
from pipeline.rules.rulebase import propose_rules, set_status
from schemas.document import Document, Source
from tests.rules_db import Member, TripFact, dispatch, fill_calendar, insert_trips, new_db

D = dt.date

_DECISION = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG SƠN
Số: 77/QĐ-UBND
Đông Sơn, ngày 02 tháng 3 năm 2026
QUYẾT ĐỊNH
{subject}
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
QUYẾT ĐỊNH:
Điều 1. {article}
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
"""


def _trip_of(subject: str, article: str) -> str | None:
    text = _DECISION.format(subject=subject, article=article)
    document = extract_fields(Document(source=Source(path="qd.txt", sha256="7" * 64, pages=1), text=text))
    assert document.trip is not None
    return document.trip.private


@pytest.mark.parametrize(
    ("subject", "article", "words"),
    [
        (
            "Về việc cho phép cán bộ đi nước ngoài về việc riêng",
            "Cho phép ông Lò Văn Pấng, Phó Giám đốc Sở Y tế, đi nước ngoài về việc riêng tại Lào từ ngày 10/3/2026 "
            "đến ngày 15/3/2026. Kinh phí: tự túc.",
            "đi nước ngoài về việc riêng",
        ),
        (
            "Về việc cho phép công chức xuất cảnh",
            "Cho phép bà Vi Thị Hoa, chuyên viên Sở Tài chính, xuất cảnh để thăm thân tại Nhật Bản từ ngày "
            "10/3/2026 đến ngày 20/3/2026, trừ vào thời gian nghỉ phép năm.",
            "xuất cảnh để thăm thân",
        ),
        (
            "Về việc cử cán bộ đi công tác nước ngoài",
            "Cử ông Hà Minh Tuấn, Giám đốc Sở Văn hóa, Thể thao và Du lịch, đi công tác tại Thái Lan từ ngày "
            "10/3/2026 đến ngày 14/3/2026 để khảo sát du lịch cộng đồng.",
            None,
        ),
    ],
)
def test_a_decision_says_whether_it_permits_a_private_trip(subject: str, article: str, words: str | None) -> None:
    assert _trip_of(subject, article) == words


def test_a_ban_on_private_trips_in_a_business_trip_is_none() -> None:
    article = "Cử ông A đi công tác tại Lào; không được kết hợp đi việc riêng."
    assert private_trip_words("Về việc cử cán bộ đi công tác", article) is None


_DAYS = "2. Thời gian công tác tại mỗi nước không quá năm (05) ngày.\n"


def test_the_checks_judge_no_private_trip_and_say_why() -> None:
    con = new_db()
    fill_calendar(con, D(2026, 1, 1), D(2026, 12, 31), [])
    rules = "1. Mỗi cán bộ đi công tác nước ngoài không quá 02 lần trong một năm.\n" + _DAYS
    proposed = propose_rules(con, [dispatch(rules, "3/CV-UBND", "UBND tỉnh Đông Sơn", D(2026, 1, 8))], actor="t")
    set_status(con, "approve", [r.id for r in proposed], "t")
    members = [Member("Lò Văn Pấng", "Sở Y tế")]
    trips = [
        TripFact(f"{n}/QĐ-UBND", D(2026, month, 2), D(2026, month, 12), ["Lào"], members)
        for n, month in ((10, 3), (20, 5), (30, 9))
    ]
    insert_trips(con, trips)
    con.execute("UPDATE trips SET private_trip = 'đi nước ngoài về việc riêng' WHERE decision_number = '30/QĐ-UBND'")
    counts = evaluate(con, D(2026, 12, 5))
    (line,) = counts.out_of_scope
    assert line.startswith("30/QĐ-UBND: quyết định cho phép đi nước ngoài việc riêng, không phải chuyến công tác")
    assert line.endswith("“đi nước ngoài về việc riêng”")
    found = {(f.rule_kind.value, f.decision_number) for f in run_checks(con, D(2026, 12, 5))}
    assert ("max_days_per_country", "10/QĐ-UBND") in found  # the business trips are still judged
    assert all(number != "30/QĐ-UBND" for _, number in found)  # no third trip, days or report on the private one
