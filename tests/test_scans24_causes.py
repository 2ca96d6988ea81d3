"""What the scans of scenario 24 lost and how each is read back (issue 13, session 25). Each snippet is hand-written
in the form the scan's OCR gave (a received stamp over the operative heading, specks, a fax's garbled lines); none is
the scenario's own text."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.amendments import find_amendment
from extractors.date_ranges import find_period
from extractors.document import extract_fields
from extractors.funding import find_funding
from extractors.issuer import issuer_part
from extractors.members import find_members
from extractors.rules import find_rules
from extractors.trips import find_submission
from schemas.document import Document, Source
from schemas.rules import RuleKind

D = dt.date


def test_a_party_symbols_tu_before_its_date_opens_no_period() -> None:
    """ "07-CT/TU ngày 09/01/2026" folds to "… tu ngay 09/01/2026": the Chỉ thị's date, never the trip's start."""
    text = (
        "Căn cứ Chỉ thị số 12-CT/TU ngày 09/01/2026 của Ban Thường vụ Tỉnh ủy;\n"
        "Điều 1. Cử các ông (bà) đi công tác tại Lào (kể cả thời gian đi đường):\n"
    )
    assert find_period(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("đi công tác tại Lào từ ngày\n16/03/2026 ến ngày:21/3/2026.(kể cả thời gian)", D(2026, 3, 16), D(2026, 3, 21)),
        ("nay điều chỉnh thành từ ngày: 11/01/2027 đến ngày 15/01/2027", D(2027, 1, 11), D(2027, 1, 15)),
        ("đi công tác tại Lào từ ngày. 06/7/2026 đến Ngày 10/7/2026", D(2026, 7, 6), D(2026, 7, 10)),
    ],
)
def test_a_period_as_a_scan_prints_it(text: str, start: dt.date, end: dt.date) -> None:
    """ "đến" whose "đ" was lost, a colon or a dot after "ngày"."""
    period = find_period(text)
    assert period is not None and (period.start, period.end) == (start, end)


def test_a_start_whose_year_was_misread_is_no_start() -> None:
    """ "19/4/0036": no year, and not the end's year either (which made it a day of the year before)."""
    assert find_period("Thời gian công tác là từ ngày 19/4/0036 đến ngày 18/4/2026 (kể cả thời gian đi đường).") is None


HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH ĐÔNG SƠN\nSố: 77/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Đông Sơn, ngày 13 tháng 02 năm 2026\nQUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN\n"
    "Căn cứ Chỉ thị số 12-CT/TU ngày 09/01/2026 của Ban Thường vụ Tỉnh ủy về quản lý đoàn ra;\n"
)
ARTICLES = (
    "Điều |I. Cử các àng:(bl6/2/26 sau đây đi công tác tại Lào từ ngày\n26/02/2026 ến ngày:03/3/2026:\n"
    "1. Ông Hà Văn Tâm, Giám đốc Sở Tài chính - Trưởng đoàn;\n"
    "2. Ông Lò Thanh Bình,. Trưởng phòng Quản lý ngân sách Sở Tài chính.\n"
    "Điều 2. Kinh phí do ngân sách tỉnh bảo đảm.\n"
    "Nơi nhận:\n- Như Điều 2;\n"
)


def test_a_decision_whose_operative_heading_a_stamp_garbled_keeps_its_period_and_submission() -> None:
    """The received stamp over "QUYẾT ĐỊNH:" and "Điều 1": the period is the trip's (not the
    Chỉ thị's date), the submission is read before "Điều 2", the member's name stops at ",."."""
    submission = "Xét đề nghị của Sở Tài chính tại Tờ trình số 09/TTr-STC ngày 11/02/2026,\n"
    text = HEADER + submission + "ĐẾN S5:-6ổQUYẾT ĐỊNH:\n" + ARTICLES
    document = extract_fields(Document(source=Source(path="qd.txt", sha256="4" * 64, pages=1), text=text))
    trip = document.trip
    assert trip is not None
    assert (trip.start, trip.end, trip.submitted_on) == (D(2026, 2, 26), D(2026, 3, 3), D(2026, 2, 11))
    assert [(m.name, m.title, m.unit) for m in trip.members][1] == (
        "Lò Thanh Bình",
        "Trưởng phòng Quản lý ngân sách",
        "Sở Tài chính",
    )


def test_a_submission_is_read_by_its_ttr_symbol_when_tờ_trình_is_garbled() -> None:
    assert find_submission("Xét đề ngh†-c đại đời trình số 09/TTr-STC ngày 11/02/2026,\n") == (D(2026, 2, 11), None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "(tướng đoàn)": the head's role, its "r" lost
            "Điều 1. Cử bà Lưu Thị Hà, Giám đốc Sở Y tế (tướng\nđoàn); ông Đào Văn Hiểu, Phó Giám đốc, Bí thư Đảng "
            "ủy Sở Y tế đi công tác tại Lào từ ngày 23/3/2026 đến ngày 27/3/2026.",
            [
                ("Lưu Thị Hà", "Giám đốc", "Sở Y tế", "trưởng đoàn"),
                ("Đào Văn Hiểu", "Phó Giám đốc, Bí thư Đảng ủy", "Sở Y tế", None),
            ],
        ),
        (  # a speck between the role's words on its wrapped line
            "Cử các ông (bà) có tên sau đây đi công tác tại Đức:\n1. TS.BS. Thái Văn Lực, Giám đốc Bệnh viện Đa "
            "khoa Đông Sơn - Trưởng\n„ đoàn;\n2. BSCKH. Đoàn Thị Hoa, Phó Giám đốc Bệnh viện Đa khoa Đông Sơn.\n"
            "Điều 2.",
            [
                ("Thái Văn Lực", "Giám đốc", "Bệnh viện Đa khoa Đông Sơn", "trưởng đoàn"),
                ("Đoàn Thị Hoa", "Phó Giám đốc", "Bệnh viện Đa khoa Đông Sơn", None),
            ],
        ),
        (  # the first item's number lost, a title with a double dot, one with a comma for its dot
            "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Lào (kể cả thời gian đi đường):\n"
            "TS. Tạ Quang Vinh, Giám đốc Sở Y tế - Trưởng đoàn;\n2. ThS..Lã Đức Anh, Chuyên viên Sở Y tế;\n"
            "3.TS, Mạc Văn Hùng, Chuyên viên Sở Y tế.\nĐiều 2. Kinh phí",
            [
                ("Tạ Quang Vinh", "Giám đốc", "Sở Y tế", "trưởng đoàn"),
                ("Lã Đức Anh", "Chuyên viên", "Sở Y tế", None),
                ("Mạc Văn Hùng", "Chuyên viên", "Sở Y tế", None),
            ],
        ),
        (  # prose: "BSCKII." before the next name, a speck's dot inside a unit's name
            "Điều 1. Cử TS. Tạ Quang Vinh, Giám đốc Bệnh viện Thủ.\nđô (trưởng đoàn) và BSCKII.\nMạc Thị Hồng, "
            "Trưởng phòng Nghiệp vụ y Sở Y tế đi công tác tại Cu-ba từ ngày 21/9/2026 đến ngày 25/9/2026.",
            [
                ("Tạ Quang Vinh", "Giám đốc", "Bệnh viện Thủ. đô", "trưởng đoàn"),
                ("Mạc Thị Hồng", "Trưởng phòng Nghiệp vụ y", "Sở Y tế", None),
            ],
        ),
    ],
)
def test_members_as_a_scan_prints_them(text: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert [(m.name, m.title, m.unit, m.role) for m in find_members(text)] == expected


def test_a_ban_keeps_its_exception_across_a_speck_opening_the_wrapped_line() -> None:
    """ "… không thuộc trường" / "-hợp quy định tại điểm này.": the sentence goes on; its dash is no item's."""
    text = (
        "Số 11-CT/TU\n"
        "3. Không cử cán bộ tham gia các đoàn đi nước ngoài do doanh nghiệp tổ chức, đài thọ kinh phí. Việc\n"
        "doanh nghiệp nhà nước của tỉnh cử người của doanh nghiệp đi công tác bằng kinh phí của chính doanh\n"
        "nghiệp không thuộc trường\n-hợp quy định tại điểm này.\n4. Mỗi đoàn không quá mười (10) người.\n"
    )
    (ban,) = [r for r in find_rules(text) if r.kind == RuleKind.NO_ENTERPRISE_FUNDED.value]
    assert ban.exception is not None and ban.exception.startswith("Việc doanh nghiệp nhà nước")


def test_a_payers_name_loses_the_specks_a_scan_put_in_it() -> None:
    funding = find_funding("Điều 2. Kinh phí: Tổng công ty Cấp nước ¡i Đông Sơn chi trả toàn bộ chi phí.")
    assert funding is not None and funding.sponsor == "Tổng công ty Cấp nước Đông Sơn"


def test_the_issuers_second_line_after_the_numbers_label() -> None:
    """Both header columns read as one line, the pen digits garbled: the words between "Số:" and them are the
    issuer's (else a rule's jurisdiction reads "UBND số: tỉnh Đông Sơn D2] ì /QĐ - UBND" and binds no trip)."""
    assert issuer_part("Số: TỈNH ĐÔNG SƠN D2] ì /QĐ-UBND") == "TỈNH ĐÔNG SƠN"
    assert issuer_part("Số: 12/QĐ-UBND") == ""


def test_a_cancellation_whose_number_the_scan_lost_cancels_the_decision_its_next_article_names() -> None:
    text = (
        "QUYẾT ĐỊNH\nVề việc hủy bỏ Quyết định cử đoàn đi công tác nước ngoài\n"
        "Căn cứ Quyết định số 15/QĐ-UBND ngày 20/4/2026 của UBND tỉnh ban hành Quy chế;\n"
        "Điều 1. Hủy bỏ Quyết định số ngây 2026 của Chủ tịch UBND tỉnh về việc cử đoàn đi Ấn Độ.\n"
        "Điều 2. Các cá nhân có tên tại Quyết định số\n265/QĐ-UBND không thực hiện chuyến công tác nêu trên.\n"
    )
    amendment = find_amendment(text)
    assert amendment is not None and amendment.cancels and amendment.citation.number == "265/QĐ-UBND"


def test_an_extension_whose_opening_a_stamp_garbled_moves_the_end_its_period_restates() -> None:
    """ "Gia hạn" under the stamp, the new period's start misread: the subject says it extends, "giữ nguyên theo
    Quyết định số …" names the decision, and the period's end is the new end (its start is no date)."""
    text = (
        "QUYẾT ĐỊNH\nVề việc gia hạn thời gian công tác nước ngoài\n"
        "Căn cứ Chỉ thị số 12-CT/TU ngày 09/01/2026 của Ban Thường vụ Tỉnh ủy;\nQUYẾT ĐỊNH:\n"
        "SƠN ñM+iAhanthgR tác tại Pháp của đoàn tác đã được CHỦ J8 Quyết định số 103/QĐ-UBND ngày 03/4/2026 của Chủ "
        "tịch\nHN Nhan. dân t bày) đến hế| ngày 18/4/2026. Thời gian công tác của đoàn là từ ngày\n19/4/0036 đến "
        "ngày 18/4/2026 (kể cả thời gian đi đường).\nĐiều 2. Các nội dung khác giữ nguyên theo Quyết định số "
        "103/QĐ-UBND.\nNơi nhận:\n"
    )
    amendment = find_amendment(text)
    assert amendment is not None and not amendment.cancels
    assert (amendment.citation.number, amendment.start, amendment.end) == ("103/QĐ-UBND", None, D(2026, 4, 18))


def test_a_decision_mentioning_a_change_in_an_article_amends_nothing_unless_its_subject_says_so() -> None:
    """A Quy chế's article on "điều chỉnh thời gian" is no amendment of the one decision it cites."""
    text = (
        "QUYẾT ĐỊNH\nBan hành Quy chế quản lý đoàn ra\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý đoàn ra.\n"
        "Điều 2. Quyết định này thay thế Quyết định số 45/QĐ-UBND ngày 02/3/2020.\n"
        "Điều 5. Trường hợp điều chỉnh thời gian công tác, cơ quan trình lại chậm nhất 05 ngày làm việc.\n"
    )
    assert find_amendment(text) is None
