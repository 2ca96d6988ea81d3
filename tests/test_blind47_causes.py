"""Regressions for the causes of the forty-seventh blind scenario's misses and extras, on sentences of our own.

Why: each case here lost a trip or made a wrong finding on a hand-written scenario (Lai Châu 2026): a party
committee's decision sending a delegation "thăm, làm việc tại tỉnh …" of a neighbouring country named by its
provinces only (no country, no "đi") was read as no trip at all; a Quy chế that does not count border day trips
("đi và về trong ngày … không tính vào số lần") counted them, while the party's rule of the same province does; a
report of a border day trip to a Chinese county (Kim Bình) or town (Kim Thủy Hà) the gazetteer lacked was read as
no trip report, and its trip as "missing" its report; a deputy made head in the year had his trips as deputy counted
against a rule that counts a head's trips from the appointment only; a scan's speck over the signer's title made the
signer of a dates-only amendment its member, and the amendment a trip of its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.document import extract_fields
from extractors.members import find_members
from extractors.places import find_places
from extractors.reports import is_trip_report
from extractors.rules import find_rules
from extractors.trips import is_trip_decision
from pipeline.checks.run import run_checks
from schemas.document import DocType, Document, Source
from tests.rules_db import Member, TripFact, approved_2026, insert_trips

D = dt.date


def _decision(text: str) -> Document:
    return Document(source=Source(path="d.txt", sha256="d" * 64, pages=1), text=text, doc_type=DocType.QUYET_DINH)


def test_a_delegation_sent_to_foreign_provinces_without_a_country_is_a_trip() -> None:
    """ "cử đoàn … thăm, làm việc tại tỉnh Phông Sả Lỳ và tỉnh Luông Nậm Thà": no country, no "đi", yet the
    gazetteer knows both provinces of Lào; a visit to a Vietnamese province stays no trip."""
    abroad = (
        "QUYẾT ĐỊNH\ncử đoàn đại biểu Tỉnh ủy thăm, làm việc tại tỉnh Phông Sả Lỳ và tỉnh Luông Nậm Thà\n"
        "Điều 1. Cử đoàn đại biểu Tỉnh ủy thăm hữu nghị, làm việc từ ngày 20/4/2026 đến ngày 24/4/2026."
    )
    assert is_trip_decision(_decision(abroad))
    home = abroad.replace("tỉnh Phông Sả Lỳ và tỉnh Luông Nậm Thà", "tỉnh Điện Biên và tỉnh Sơn La")
    assert not is_trip_decision(_decision(home))


QUY_CHE = (
    "Số 06/2026/QĐ-UBND\n"
    "Điều 3. Người đứng đầu nêu tại Quy chế này gồm: Giám đốc sở; Chủ tịch Ủy ban nhân dân xã.\n"
    "Điều 4. 1. Người đứng đầu đi nước ngoài không quá 02 (hai) lần trong năm, tính theo ngày xuất cảnh.{day}\n"
    "2. Mỗi đoàn không quá chín người, kể cả phiên dịch.\n"
)
LEFT_OUT = " Chuyến đi và về trong ngày qua cửa khẩu biên giới đất liền không tính vào số lần quy định tại khoản này."
COUNTED = " Chuyến sang nước láng giềng qua cửa khẩu, đi và về trong ngày, cũng được tính là một lần."


@pytest.mark.parametrize(("day", "third"), [(LEFT_OUT, False), (COUNTED, True), ("", True)])
def test_border_day_trips_count_as_the_rule_says(day: str, third: bool) -> None:
    """A Giám đốc's two border day trips between two trips: the rule that leaves them out ("không tính vào số
    lần") finds no third trip and names them when one is over; one that counts them ("cũng được tính"), or says
    nothing, finds the day trip his third. A one-day trip to a country beyond the land border is no border day
    trip: it counts under either."""
    con = approved_2026(QUY_CHE.format(day=day), "06/2026/QĐ-UBND", "UBND tỉnh Đông Sơn", D(2026, 1, 20))
    director = Member("Lò Văn Tám", "Sở Ngoại vụ", title="Giám đốc")
    insert_trips(
        con,
        [
            TripFact("10/QĐ-UBND", D(2026, 3, 9), D(2026, 3, 12), ["Trung Quốc"], [director]),
            TripFact("20/QĐ-UBND", D(2026, 6, 25), D(2026, 6, 25), ["Trung Quốc"], [director]),
            TripFact("30/QĐ-UBND", D(2026, 8, 14), D(2026, 8, 14), ["Lào"], [director]),
            TripFact("40/QĐ-UBND", D(2026, 11, 16), D(2026, 11, 20), ["Trung Quốc"], [director]),
        ],
    )
    found = {f.decision_number: f for f in run_checks(con, D(2026, 12, 18), "r") if f.person == director.name}
    assert "20/QĐ-UBND" not in found
    assert ("30/QĐ-UBND" in found) is third
    assert ("40/QĐ-UBND" in found) is third
    if day == LEFT_OUT:  # a one-day trip to Singapore is no border day trip: 40 is then the third
        insert_trips(con, [TripFact("35/QĐ-UBND", D(2026, 9, 1), D(2026, 9, 1), ["Singapore"], [director])])
        con.execute("UPDATE trip_destinations SET iso_code = 'SG' WHERE country = 'Singapore'")
        found = {f.decision_number: f for f in run_checks(con, D(2026, 12, 18), "r") if f.person == director.name}
        assert "40/QĐ-UBND" in found
        assert "không tính chuyến đi trong ngày theo quyết định 20/QĐ-UBND, 30/QĐ-UBND" in found["40/QĐ-UBND"].message


def test_border_county_and_town_of_van_nam_are_places_in_china() -> None:
    """Kim Bình (Jinping county, châu Hồng Hà) and Kim Thủy Hà (Jinshuihe, its border town facing Ma Lù Thàng), as
    border provinces' paperwork names them without the country; a report of a day there is a trip report."""
    sent = "Điều 1. Cử đoàn công tác của tỉnh xuất cảnh qua cửa khẩu sang huyện Kim Bình làm việc, đi và về trong ngày."
    assert [(p.name, p.country) for p in find_places(sent)] == [("Kim Bình", "CN")]
    report = Document(
        source=Source(path="r.txt", sha256="r" * 64, pages=1),
        doc_type=DocType.BAO_CAO,
        subject="Kết quả hội đàm về quản lý chợ biên giới tại Kim Thủy Hà ngày 14/8/2026",
        text=(
            "BÁO CÁO\nKết quả hội đàm về quản lý chợ biên giới tại Kim Thủy Hà ngày 14/8/2026\n"
            "Căn cứ Quyết định số 655/QĐ-UBND ngày 06/8/2026 của Chủ tịch UBND tỉnh về việc cử đoàn công tác của "
            "tỉnh đi Kim Thủy Hà trong ngày, đoàn do bà Lò Thị Mai, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn đã dự hội "
            "đàm tại thị trấn Kim Thủy Hà ngày 14/8/2026. UBND xã báo cáo thay mặt đoàn:\n"
        ),
    )
    assert is_trip_report(report)


PROMOTED = (
    " Người được bổ nhiệm giữ chức vụ người đứng đầu trong năm chỉ tính các chuyến xuất cảnh từ ngày giữ chức vụ."
)


def test_the_appointment_clause_is_read_into_the_limits_sentence() -> None:
    """The item's clause after the day trips' exception, counting a head appointed in the year from the
    appointment, is the limit's own words (the check reads them); the next item's rule takes none of it."""
    (limit,) = [r for r in find_rules(QUY_CHE.format(day=LEFT_OUT + PROMOTED)) if r.kind == "max_trips_per_year"]
    assert limit.sentence.endswith("chỉ tính các chuyến xuất cảnh từ ngày giữ chức vụ.")
    assert limit.exception is not None and limit.exception.startswith("Chuyến đi và về trong ngày")
    (plain,) = [r for r in find_rules(QUY_CHE.format(day=LEFT_OUT)) if r.kind == "max_trips_per_year"]
    assert "bổ nhiệm" not in plain.sentence


@pytest.mark.parametrize(("clause", "counted"), [(PROMOTED, False), ("", True)])
def test_a_deputy_made_head_counts_from_the_appointment_when_the_rule_says_so(clause: str, counted: bool) -> None:
    """A Phó Giám đốc on two trips, then Giám đốc on two: under a rule counting from the appointment his fourth
    trip is his second as head (no finding); without that clause it is his fourth."""
    rule = QUY_CHE.format(day=LEFT_OUT + clause)
    con = approved_2026(rule, "06/2026/QĐ-UBND", "UBND tỉnh Đông Sơn", D(2026, 1, 20))
    deputy = Member("Đèo Văn Sáu", "Sở Công Thương", title="Phó Giám đốc")
    head = Member("Đèo Văn Sáu", "Sở Công Thương", title="Giám đốc")
    insert_trips(
        con,
        [
            TripFact("11/QĐ-UBND", D(2026, 3, 23), D(2026, 3, 27), ["Lào"], [deputy]),
            TripFact("21/QĐ-UBND", D(2026, 6, 8), D(2026, 6, 12), ["Thái Lan"], [deputy]),
            TripFact("31/QĐ-UBND", D(2026, 9, 14), D(2026, 9, 18), ["Nhật Bản"], [head]),
            TripFact("41/QĐ-UBND", D(2026, 12, 7), D(2026, 12, 11), ["Lào"], [head]),
        ],
    )
    found = {f.decision_number for f in run_checks(con, D(2026, 12, 18), "r") if f.person == head.name}
    assert ("41/QĐ-UBND" in found) is counted
    assert ("31/QĐ-UBND" in found) is counted


AMENDING = """ỦY BAN NHÂN DÂN
TỈNH ĐÔNG SƠN
Số: 585/QĐ-UBND
Đông Sơn, ngày 24 tháng 6 năm 2026
QUYẾT ĐỊNH
Về việc điều chỉnh thời gian đi công tác tại Quyết định số 560/QĐ-UBND ngày 10/6/2026 của Chủ tịch UBND tỉnh
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh thời gian công tác nêu tại Điều 1 Quyết định số 560/QĐ-UBND ngày 10/6/2026 của Chủ tịch UBND
tỉnh như sau: "từ ngày 13/7/2026 đến ngày 19/7/2026"
Các nội dung khác giữ nguyên theo Quyết định số 560/QĐ-UBND ngày 10/6/2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
2 x6
Lò Thị Mai
"""


def test_the_signer_under_a_speck_is_no_member_of_an_amendment() -> None:
    """A seal's speck read "2 x6" above the signer's name made her the only member of a decision that changes
    another's dates: read as a trip of its own, the amendment was lost and the amended trip kept its old dates. A
    signer the text names elsewhere (in the list) stays a member."""
    document = extract_fields(Document(source=Source(path="a.txt", sha256="a" * 64, pages=1), text=AMENDING))
    assert document.trip is None
    assert document.amends is not None
    assert (document.amends.start, document.amends.end) == (D(2026, 7, 13), D(2026, 7, 19))
    sending = (
        AMENDING.replace("Về việc điều chỉnh thời gian đi công tác tại", "Về việc cử cán bộ đi công tác, thay")
        .replace("Điều chỉnh thời gian công tác nêu tại Điều 1", "Cử bà Lò Thị Mai, Phó Chủ tịch UBND tỉnh, đi")
        .replace("tỉnh như sau:", "công tác tại Lào")
        .replace("Các nội dung khác giữ nguyên theo", "Kinh phí theo")
    )
    document = extract_fields(Document(source=Source(path="b.txt", sha256="b" * 64, pages=1), text=sending))
    assert document.trip is not None and [m.name for m in document.trip.members] == ["Lò Thị Mai"]


def test_a_travel_word_that_lost_the_stroke_of_its_d_is_still_one() -> None:
    """A scan's "dến ngày" (and "di xúc tiến") on the line that lists the countries, wrapped apart from the "Cử"
    before it: the line's only travel word, "đến" with its stroke lost, still makes the first country a destination."""
    line = (
        "Cử bà Lò Thị Mai, Giám đốc Sở Văn hóa, Thể thao và Du lịch di xúc tiến, quảng bá du lịch\n"
        "Lai Châu tại các nước: Thái Lan, Hàn Quốc và Nhật Bản từ ngày 24/10/2026 dến ngày 31/10/2026."
    )
    assert [p.name for p in find_places(line)] == ["Thái Lan", "Hàn Quốc", "Nhật Bản"]


def test_a_list_item_under_a_stamp_that_took_its_number_and_a_doubled_vowel() -> None:
    """A first item whose digit a scan lost, the dot left (". Đồng chí A, …"), a seal's garble before an item whose
    number it took ("ĐỘ #0 -xI'Ê- Đồng chí D, …"), and an honorific whose "ô" a scan read twice ("Đôồng chí C, …"):
    all are members of the list."""
    text = (
        "Điều 1. Cử đoàn đại biểu thăm, làm việc tại tỉnh Luông Nậm Thà từ ngày 20/4/2026 đến ngày 24/4/2026, gồm "
        "các đồng chí:\n"
        ". Đồng chí Lò Văn An, Bí thư Tỉnh ủy, Trưởng đoàn;\n"
        "Đồng chí Hà Thị Bình, Trưởng Ban Dân vận Tỉnh ủy;\n"
        "Đôồng chí Tòng Văn Cường, Phó Trưởng Ban Tổ chức Tỉnh ủy;\n"
        "ĐỘ #0 -xI'Ê- Đồng chí Lường Thị Dung, Phó Chánh Văn phòng Tỉnh ủy;\n"
        "5. Đồng chí Vi Văn Em, Chuyên viên Sở Ngoại vụ.\n"
        "Điều 2. Kinh phí do ngân sách Đảng bảo đảm."
    )
    assert [m.name for m in find_members(text)] == [
        "Lò Văn An",
        "Hà Thị Bình",
        "Tòng Văn Cường",
        "Lường Thị Dung",
        "Vi Văn Em",
    ]
