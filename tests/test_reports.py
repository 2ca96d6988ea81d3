"""Trip reports: who reports, for which unit, on which decision, where and when."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.document import extract_fields
from extractors.reports import cited_decision
from pipeline.link.reports import decision_key
from schemas.document import Document, Source

REPORT = """SỞ Y TẾ
Số: 31/BC-SYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 20 tháng 5 năm 2025
BÁO CÁO
Kết quả chuyến công tác tại Lào
Căn cứ Quyết định số 15/2021/QĐ-UBND ngày 02/3/2021 của UBND tỉnh ban hành Quy chế quản lý đối ngoại;
Thực hiện {citation} của Chủ tịch UBND tỉnh về việc cử cán bộ đi công tác nước ngoài, từ ngày 05/5/2025 \
đến ngày 09/5/2025 đoàn công tác của Sở Y tế đã làm việc tại tỉnh Hủa Phăn, Lào. Sở Y tế báo cáo như sau:
1. Đoàn đã trao đổi về hợp tác y tế biên giới.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
GIÁM ĐỐC
Hoàng Văn Phúc
"""


def report(citation: str) -> Document:
    text = REPORT.format(citation=citation)
    return extract_fields(Document(source=Source(path="bc.txt", sha256="4" * 64, pages=1), text=text))


def test_reports_fields() -> None:
    info = report("Quyết định số 145/QĐ-UBND ngày 28/4/2025").report
    assert info is not None
    assert info.reporter == "Hoàng Văn Phúc"
    assert info.reporting_unit == "Sở Y tế"
    assert (info.decision_number, info.decision_date) == ("145/QĐ-UBND", dt.date(2025, 4, 28))
    assert info.destinations == ["Lào"]
    assert (info.start, info.end) == (dt.date(2025, 5, 5), dt.date(2025, 5, 9))


@pytest.mark.parametrize(
    "citation",
    [
        "Quyết định số 145/QD-UBND ngày 28/4/2025",  # lost diacritic
        "Quyết định số 145 / QĐ-UBND ngày 28/4/2025",  # stray spaces
        "Quyết định số l45/QĐ-UBND, ngày 28/4/2025",  # l for 1
        "Quyet dinh so 145/QĐ-UBND ngay 28/4/2025",  # OCR dropped the tone marks around it
    ],
)
def test_reports_cited_decision_with_ocr_noise_keys_like_the_decision(citation: str) -> None:
    info = report(citation).report
    assert info is not None
    assert decision_key(info.decision_number) == decision_key("145/QĐ-UBND")
    assert info.decision_date == dt.date(2025, 4, 28)


def test_reports_sending_decision_wins_over_legal_basis() -> None:
    text = (
        "Căn cứ Quyết định số 15/2021/QĐ-UBND ngày 02/3/2021 ban hành Quy chế;\n"
        "Thực hiện Quyết định số 77/QĐ-UBND ngày 01/4/2025 về việc cử đoàn đi công tác tại Lào."
    )
    found = cited_decision(text)
    assert found is not None
    assert (found.number, found.date) == ("77/QĐ-UBND", dt.date(2025, 4, 1))


def test_reports_other_reports_are_not_trip_reports() -> None:
    text = REPORT.format(citation="Quyết định số 145/QĐ-UBND ngày 28/4/2025").replace(
        "Kết quả chuyến công tác tại Lào", "Tình hình thực hiện nhiệm vụ quý I năm 2025"
    )
    text = text.replace("đoàn công tác", "Sở").replace("cử cán bộ đi công tác nước ngoài", "giao nhiệm vụ")
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="5" * 64, pages=1), text=text))
    assert document.report is None


def test_reports_cited_date_years_before_the_trip_is_misread() -> None:
    """Issue 13 (blind scenario 17 scans): a received stamp cut "05/5/2026" to "05/5/20", read 2020. A decision
    is not dated years before the trip it sends: the date is null with an error, the number kept."""
    document = report("Quyết định số 145/QĐ-UBND ngày 28/4/20)G")
    assert document.report is not None
    assert (document.report.decision_number, document.report.decision_date) == ("145/QĐ-UBND", None)
    assert "report.cited_date_implausible" in {error.code for error in document.errors}
    assert report("Quyết định số 145/QĐ-UBND ngày 28/4/2025").errors == []


@pytest.mark.parametrize(
    ("head", "signature", "reporter"),
    [
        ("bà Chu Thị Hằng, Phó Giám đốc Sở Y tế làm trưởng đoàn", "~%^", "Chu Thị Hằng"),
        # the blind scenario's 118/BC-SCT scan: the seal took the signer's family name, the head's name wraps
        ("bà Lê Thị Minh\nNguyệt, Phó Giám đốc Sở Y tế làm Trưởng đoàn", "1,¿ Thị Minh Nguyệt", "Lê Thị Minh Nguyệt"),
        # scenario 17's 45/BC-BVNTW faxed: "đoàn công tác gồm 04 người do" read "đởa"; the nearest honorific counts
        ("đởa ông Lý Văn An, bà\nông (bà) Đàm Thị Hương làm trưởng đoàn", "~%^", "Đàm Thị Hương"),
    ],
)
def test_reports_reporter_falls_back_to_the_head_of_delegation(head: str, signature: str, reporter: str) -> None:
    """A scan whose signature did not survive OCR: the body still names who led the delegation."""
    text = REPORT.format(citation="Quyết định số 145/QĐ-UBND ngày 28/4/2025").replace(
        "đoàn công tác của Sở Y tế", head if head.startswith("đởa") else f"đoàn công tác do {head}"
    )
    text = text.replace("GIÁM ĐỐC\nHoàng Văn Phúc\n", f"GIÁM ĐỐC\n{signature}\n")
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert document.report is not None
    assert document.report.reporter == reporter


OTHER_REPORT = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 64/BC-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 11 tháng 9 năm 2025
BÁO CÁO
{subject}
{opening}
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
GIÁM ĐỐC
Vũ Thị Hồng Nhung
"""


@pytest.mark.parametrize(
    ("subject", "opening", "is_report"),
    [
        (
            "Kết quả tham dự Triển lãm nông sản tại Thái Lan",
            "Thực hiện Quyết định số 610/QĐ-UBND ngày 02/8/2025 về việc cử đoàn dự triển lãm, đoàn đã có mặt.",
            True,
        ),
        (
            "Kết quả chuyến thăm và làm việc tại Mông Cổ",
            "Theo Quyết định số 77-QĐ/TU ngày 01-8-2025 của Ban Thường vụ, đoàn gồm 03 đồng chí đã làm việc.",
            True,
        ),
        (
            "Kết quả đoàn công tác của Sở tại Hàn Quốc",
            "Đoàn khởi hành ngày 20/8/2025 và trở về ngày 26/8/2025.",
            True,
        ),
        (
            "Kết quả khảo sát giống lúa tại Ấn Độ",
            "Từ ngày 20/8/2025, các cán bộ khảo sát đã về nước ngày 26/8/2025 và báo cáo như sau.",
            True,
        ),
        (  # the sentence wrapped at the margin between the decision and what it orders
            "Kết quả chuyến thăm và làm việc tại Lào",
            "Thực hiện Quyết định số 91-QĐ/TU, ngày 02-8-2025 của Ban Thường vụ\nTỉnh ủy, đoàn đại biểu đã làm việc.",
            True,
        ),
        (  # the decision cited without what it orders; the delegation and its period in the next sentence
            "Kết quả chuyến khảo sát tại Vương quốc Thái Lan",
            "Sở báo cáo kết quả theo Quyết định số 1112/QĐ-UBND ngày 09/4/2025 như sau:\nĐoàn gồm 04 đồng chí do "
            "Giám đốc Sở làm Trưởng đoàn, đi khảo sát tại Băng Cốc từ ngày 18/4/2025 đến ngày 23/4/2025.",
            True,
        ),
        (
            "Kết quả chuyến học tập kinh nghiệm tại Nhật Bản",
            "Căn cứ Quyết định số 45/QĐ-UBND ngày 02/3/2025 của UBND tỉnh.\nTừ ngày 10/3/2025 đến ngày 15/3/2025, "
            "đoàn công tác của Sở làm việc với tỉnh Shizuoka.",
            True,
        ),
        (  # a period abroad with no delegation: a programme's dates, not a trip
            "Kết quả hợp tác với Nhật Bản",
            "Từ ngày 10/3/2025 đến ngày 15/3/2025 tỉnh Shizuoka tổ chức tuần văn hóa; Sở báo cáo như sau.",
            False,
        ),
        # a result at home, no decision sending anyone: not a trip report
        (
            "Kết quả kiểm tra vùng trồng quế",
            "Thực hiện Quyết định số 88/QĐ-UBND ngày 02/8/2025 về việc kiểm tra vùng trồng, Sở báo cáo.",
            False,
        ),
        # abroad only as a market named in passing, nothing sent there and no return
        (
            "Kết quả xuất khẩu quế sang Ấn Độ quý II",
            "Sản lượng xuất khẩu tăng 12% so với cùng kỳ; Sở báo cáo như sau.",
            False,
        ),
    ],
)
def test_reports_recognised_from_other_subjects(subject: str, opening: str, is_report: bool) -> None:
    text = OTHER_REPORT.format(subject=subject, opening=opening)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert (document.report is not None) is is_report


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Quyết định ngày 12/3/2025 của UBND tỉnh Đông Sơn về việc cử đoàn đi công tác tại Lào",
        "Thực hiện Quyết định số       /QĐ-UBND ngày 12 tháng 3 năm 2025 của UBND tỉnh về việc cử đoàn",
    ],
)
def test_reports_decision_cited_by_date_only(text: str) -> None:
    """The number left blank or not given: the date is kept, the number stays null (never guessed)."""
    found = cited_decision(text)
    assert found is not None and (found.number, found.date) == (None, dt.date(2025, 3, 12))


@pytest.mark.parametrize(
    ("subject", "opening"),
    [
        (  # the blind scenario's 175/BC-SCT: the decision cited without a date, nobody "cử", people who went
            "Kết quả tham dự Triển lãm Nhân sâm quốc tế tại Hàn Quốc",
            "Thực hiện Quyết định số 745/QĐ-UBND của Chủ tịch Ủy ban nhân dân tỉnh,\ntừ ngày 21/10/2024 đến ngày "
            "25/10/2024, ông Phạm Văn Khải, Phó Giám đốc Sở Công Thương và ông Phan Văn Hải, Chuyên viên Sở đã "
            "tham dự Triển lãm Nhân sâm quốc tế tại thành phố Geumsan, Hàn Quốc.",
        ),
        (
            "Kết quả dự Hội nghị xúc tiến đầu tư tại Nhật Bản",
            "Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh, bà Lò Thị Xuân, Phó Giám đốc Sở "
            "Kế hoạch và Đầu tư đã tham gia Hội nghị tại Osaka, Nhật Bản.",
        ),
        (
            "Kết quả Hội chợ Thương mại tại Lào",
            "Thực hiện Quyết định số 315/QĐ-UBND của UBND tỉnh, từ ngày 03/9/2025 đến ngày 07/9/2025 gian hàng "
            "của tỉnh được giới thiệu tại Viêng Chăn, Lào.",
        ),
        (  # blind scenario 12's 150/BC-SYT: a number of staff who went, the period without "ngày"
            "Kết quả khóa tập huấn tại Nhật Bản",
            "Theo Quyết định số 455/QĐ-UBND ngày 08/7/2026, 03 cán bộ ngành y tế đã tham dự khóa tập huấn do JICA "
            "tổ chức tại Tokyo từ 20/7/2026 đến 23/7/2026.",
        ),
        (
            "Kết quả học tập kinh nghiệm tại Hàn Quốc",
            "Thực hiện Quyết định số 88/QĐ-UBND ngày 02/3/2026, 05 công chức của Sở đã học tập mô hình đô thị "
            "thông minh tại Seoul.",
        ),
        (
            "Kết quả làm việc tại Lào",
            "Thực hiện Quyết định số 61/QĐ-UBND của UBND tỉnh, từ 03/9/2025 đến 07/9/2025 lãnh đạo Sở làm việc "
            "với tỉnh Luông Nặm Tha, Lào.",
        ),
    ],
)
def test_reports_recognised_when_the_decision_sends_without_saying_so(subject: str, opening: str) -> None:
    text = OTHER_REPORT.format(subject=subject, opening=opening)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert document.report is not None and document.report.decision_number is not None


def test_reports_a_decision_not_sending_anyone_abroad_stays_no_trip_report() -> None:
    opening = (
        "Thực hiện Quyết định số 120/QĐ-UBND ngày 02/2/2024 phê duyệt đề án xuất khẩu, các doanh nghiệp tham gia "
        "đề án đạt kim ngạch 5 triệu USD."
    )
    text = OTHER_REPORT.format(subject="Kết quả xuất khẩu nông sản sang Nhật Bản năm 2024", opening=opening)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert document.report is None


@pytest.mark.parametrize("title", ["B ÁO CÁO", "BÁO CÁ0", "BÁO CÁO.", "BÁO CÁO |", "“BÁO CÁO”"])
def test_reports_title_read_through_ocr_noise(title: str) -> None:
    """A scan's title with a split letter, 0 for O, or a mark OCR picked up from the rule beside it."""
    text = REPORT.format(citation="Quyết định số 145/QĐ-UBND ngày 28/4/2025").replace("BÁO CÁO", title)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert document.doc_type == "bao_cao"
    assert document.report is not None and document.report.decision_number == "145/QĐ-UBND"


@pytest.mark.parametrize(
    ("subject", "opening", "number", "date"),
    [
        (  # the decision by its date and unit only
            "Kết quả tham dự khóa bồi dưỡng về quản lý đầu tư công tại Xinh-ga-po",
            "Căn cứ Quyết định ngày 24/01/2025 của Chủ tịch UBND tỉnh về việc cử công chức Sở Tài chính tham dự "
            "khóa bồi dưỡng tại Xinh-ga-po, đoàn gồm 03 công chức đã tham dự khóa bồi dưỡng.",
            None,
            dt.date(2025, 1, 24),
        ),
        (
            "Kết quả chuyến học tập mô hình quản lý hồ chứa tại tỉnh Tottori, Nhật Bản",
            "Thực hiện Quyết định ngày 24/3/2025 của UBND tỉnh về việc cử đoàn đi công tác tại Nhật Bản, đoàn đã "
            "làm việc tại tỉnh Tottori từ ngày 21 đến ngày 25 tháng 4 năm 2025.",
            None,
            dt.date(2025, 3, 24),
        ),
        (  # the abbreviation "QĐ"
            "Kết quả tham dự Ngày Việt Nam tại EXPO 2025 Osaka, Nhật Bản",
            "Thực hiện QĐ số 560/QĐ-UBND ngày 04/7/2025 của Chủ tịch UBND tỉnh, đoàn công tác Sở Công Thương đã "
            "tham dự Ngày Việt Nam tại EXPO 2025 Osaka.",
            "560/QĐ-UBND",
            dt.date(2025, 7, 4),
        ),
        (
            "Kết quả khảo sát thị trường tại Hàn Quốc",
            "Thực hiện QĐ 731/QĐ-UBND ngày 05/9/2025 của Chủ tịch UBND tỉnh cử cán bộ đi khảo sát thị trường, "
            "Sở Công Thương báo cáo như sau.",
            "731/QĐ-UBND",
            dt.date(2025, 9, 5),
        ),
    ],
)
def test_reports_recognised_citing_the_decision_by_date_or_as_qd(
    subject: str, opening: str, number: str | None, date: dt.date
) -> None:
    text = OTHER_REPORT.format(subject=subject, opening=opening)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert document.report is not None
    assert (document.report.decision_number, document.report.decision_date) == (number, date)


@pytest.mark.parametrize(
    ("subject", "opening", "is_report"),
    [
        (  # the citation lost under an incoming stamp: the result abroad and the people who went
            "Kết quả tham dự khóa bồi dưỡng về quản lý đầu tư công tại\nXinh-ga-po",
            "cử công chức Sở Tài chính tham dự khóa bồi dưỡng tại Xinh-ga-po, đoàn\ngồm 03 công chức do ông Dương "
            "Văn Toàn, Phó Giám đốc Sở làm trưởng\nđoàn đã tham dự khóa bồi dưỡng tại Học viện Chính sách công.",
            True,
        ),
        (  # the subject's first words lost: the decision sending people and the people who went
            "huyến học tập mô hình quản lý hồ chứa tại tỉnh Tottori, Nhật Bản",
            "Quyết định ngày 24/3/2025 của UBND tỉnh về việc cử đoàn\nđi công tác tại Nhật Bản, đoàn công tác do "
            "ông Võ Quang Huy, Giám đốc Sở làm trưởng đoàn, đã làm việc tại tỉnh Tottori.",
            True,
        ),
        (  # a delegation, no one named, went; the citation lost
            "Kết quả tham dự Hội chợ Thương mại quốc tế Gyeonggi, Hàn\nQuốc",
            "đốan công tác của Sở Công Thương (03 người) đã tham dự Hội chợ Thương\nmại quốc tế tại tỉnh Gyeonggi, "
            "Hàn Quốc từ ngày 14/4 đến ngày 18/4/2025.",
            True,
        ),
        (  # the subject lost entirely; the decision and the delegation that went in the opening
            "",
            "r0 nu© hiện Quyết định số 688/QĐ-UBND ngày 22/8/2025 của Chủ tịch\nUBND tnhrtừ ngày 15/9/2025 đến ngày "
            "21/9/2025 đoàn công tác của Ban\nQuản lý Khu kinh tế tỉnh đã xúc tiến đầu tư tại Viêng Chăn, Lào.",
            True,
        ),
        (
            "ình hình hợp tác với tỉnh Tottori, Nhật Bản",
            "Thực hiện Quyết định số 55/QĐ-UBND ngày 02/3/2025 về việc cử đoàn đi công tác tại Nhật Bản, các sở "
            "đã triển khai các nội dung hợp tác.",
            False,  # no one is said to have gone: a report on the follow-up, not on the trip
        ),
        (  # a stamp's pen garbled the number and the words who went; the decision's date, issuer and the period
            "Kết quả khóa tập huấn ngắn hạn tại Hàn Quốc",
            "Thực hiện Quyết định sô#7©Đ-U BND ngày 14/3/2025 của Chủ tịch UBND tỉnh, 04 cán bl ngành nông "
            "Ba 6m dự. khóa tập huấn tại thành phố Busan, Hàn Quốc\ntừ ngày 02.4/2025 đến ngày 9/",
            True,
        ),
        (  # the subject and the decision lost to a fax's noise: the delegation that went, its period, its results
            "",
            "dân tỉnh, đoàn công táđd desông. Lò Văn Tư, Giám đốc Sở làm trưởng đoàn đã đi công tác tại\nVương "
            "quốc Na Uy từ ngày 08/9/2025 đến ngày 12/9/2025. Sở Nông nghiệp và Môi trường báo cáo\nkết quả như sau:",
            True,
        ),
        (  # the same, without a report of its results: a story of a trip, not its report
            "",
            "dân tỉnh, đoàn công táđd desông. Lò Văn Tư, Giám đốc Sở làm trưởng đoàn đã đi công tác tại\nVương "
            "quốc Na Uy từ ngày 08/9/2025 đến ngày 12/9/2025. Sở đề xuất mở rộng hợp tác.",
            False,
        ),
        (  # the same period after another kind of document's date: no decision sent anyone
            "Kết quả khóa tập huấn ngắn hạn tại Hàn Quốc",
            "Thực hiện Kế hoạch sô#7©Đ-U BND ngày 14/3/2025 của Chủ tịch UBND tỉnh, 04 cán bl ngành nông "
            "Ba 6m dự. khóa tập huấn tại thành phố Busan, Hàn Quốc\ntừ ngày 02.4/2025 đến ngày 9/",
            False,
        ),
        (
            "Kết quả xuất khẩu nông sản sang Nhật Bản năm 2024",
            "Ông Trần Văn Tám, Giám đốc Công ty cho biết doanh nghiệp đã tham gia đề án, kim ngạch tăng 20%.",
            False,  # a person who took part in a programme, no delegation: no trip report
        ),
    ],
)
def test_reports_recognised_on_scans_that_lost_the_citation_or_the_subject(
    subject: str, opening: str, is_report: bool
) -> None:
    text = OTHER_REPORT.format(subject=subject, opening=opening)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert (document.report is not None) is is_report


_HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ TÂN THANH\nSố: 29/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nTân Thanh, ngày 27 tháng 10 năm 2026\nBÁO CÁO\n"
)


@pytest.mark.parametrize(
    ("subject", "body", "country"),
    [
        # the place without its country, in the subject and the story
        (
            "Kết quả dự Hội nghị giao ban công tác quản lý biên giới tại Bằng Tường",
            "Thực hiện Quyết định số 1522/QĐ-UBND của Chủ tịch UBND tỉnh, đoàn công tác của xã (03 người) do ông "
            "Lục Văn Bình, Chủ tịch UBND xã làm Trưởng đoàn đã dự Hội nghị giao ban với trấn Thủy Khẩu, thành phố "
            "Bằng Tường từ ngày 19/10 đến ngày 21/10/2026.",
            "Trung Quốc",
        ),
        # the subject's first line lost on a scan; the delegation "đã tổ chức xúc tiến đầu tư"
        (
            "In-đô-nê-xi-a và Thái Lan",
            "Thực hiện Quyết định số 902/QĐ-UBDN ngày 29/5/2026 của Chủ tịch UBND tỉnh, từ ngày 15/6/2026 đến ngày "
            "24/6/2026, đoàn công tác do ông Nông Đức Thịnh, Trưởng ban làm Trưởng đoàn đã tổ chức xúc tiến đầu tư "
            "tại 04 nước.",
            "Thái Lan",
        ),
        (
            "Kết quả làm việc tại thành phố Bằng Tường",
            "Thực hiện Quyết định số 264/QĐ-UBND ngày 10/02/2026 của Chủ tịch UBND tỉnh, ông Nông Văn A và bà Hoàng "
            "Thị B đã làm việc với Ủy ban quản lý Khu hợp tác tại Bằng Tường từ ngày 03/3/2026 đến ngày 05/3/2026.",
            "Trung Quốc",
        ),
    ],
)
def test_reports_read_when_the_country_is_only_implied_or_the_subject_lost(
    subject: str, body: str, country: str
) -> None:
    text = f"{_HEADER}{subject}\nKính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.\n{body}\nNơi nhận:\n- UBND tỉnh;\n"
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="7" * 64, pages=1), text=text))
    assert document.report is not None
    assert country in document.report.destinations
    assert document.report.decision_number is not None


def test_reports_on_two_trips_cite_both_decisions() -> None:
    """Issue 13 (blind scenario 15): one report on two trips names both decisions in its opening sentence; a
    decision cited in another sentence (a legal basis) is none of them."""
    from extractors.reports import cited_decisions

    text = (
        "Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 02/01/2024 của UBND tỉnh ban hành Quy chế.\n"
        "Thực hiện Quyết định số 301/QĐ-UBND ngày 02/3/2026 và Quyết định số 315/QĐ-UBND ngày 09/3/2026 của Chủ "
        "tịch UBND tỉnh, Sở Công Thương đã cử hai đoàn công tác do ông Lò Văn Pấng làm trưởng đoàn.\n"
    )
    assert [(d.number, d.date) for d in cited_decisions(text)] == [
        ("301/QĐ-UBND", dt.date(2026, 3, 2)),
        ("315/QĐ-UBND", dt.date(2026, 3, 9)),
    ]
    one = "Thực hiện Quyết định số 301/QĐ-UBND ngày 02/3/2026 về việc cử đoàn đi công tác tại Lào.\n"
    assert [d.number for d in cited_decisions(one)] == ["301/QĐ-UBND"]


def test_reports_on_two_trips_named_as_chuyen_cong_tac_cite_both_decisions() -> None:
    """Issue 13 (blind scenario 43): one report answers two decisions whose sentence names the trips only as "hai
    chuyến công tác" (no "đoàn", no "cử"); the amendment cited in brackets is cited too (it links no trip)."""
    from extractors.reports import cited_decisions

    text = (
        "Thực hiện Quyết định số 510/QĐ-UBND ngày 14/7/2026 (được điều chỉnh tại Quyết định số 522/QĐ-UBND ngày "
        "21/7/2026) và Quyết định số 540/QĐ-UBND ngày 28/7/2026 của Chủ tịch Ủy ban nhân dân tỉnh, Sở Y tế báo cáo "
        "kết quả hai chuyến công tác như sau:\n"
    )
    assert [d.number for d in cited_decisions(text)] == ["510/QĐ-UBND", "522/QĐ-UBND", "540/QĐ-UBND"]


def test_reports_a_unit_summary_answers_the_decision_heading_each_item() -> None:
    """Issue 13 (scenario 18): a Sở's summary lists its delegations, one item each headed by the decision that sent
    it; each is answered. The dispatch it carries out is none of them."""
    from extractors.reports import cited_decisions

    text = (
        "Thực hiện Công văn số 412/UBND-NV ngày 05/02/2026 của Ủy ban nhân dân tỉnh, Sở Ngoại vụ báo cáo như sau:\n"
        "1. Đoàn công tác theo Quyết định số 497/QĐ-UBND ngày 24/02/2026 của Chủ tịch Ủy ban nhân dân tỉnh\n"
        "Trưởng đoàn: ông Lò Văn Pấng; thời gian từ ngày 10/03/2026 đến ngày 13/03/2026; địa điểm: Lào.\n"
        "2. Đoàn công tác theo Quyết định số 833/QĐ-UBND ngày 02/04/2026 của Chủ tịch Ủy ban nhân dân tỉnh\n"
        "Trưởng đoàn: bà Vi Thị Hoa; thời gian từ ngày 20/04/2026 đến ngày 22/04/2026; địa điểm: Lào.\n"
    )
    assert [(d.number, d.date) for d in cited_decisions(text)] == [
        ("497/QĐ-UBND", dt.date(2026, 2, 24)),
        ("833/QĐ-UBND", dt.date(2026, 4, 2)),
    ]
    recalled = (
        "1. Kết quả: đoàn đã làm việc tại Lào.\n"
        "Thực hiện Quyết định số 497/QĐ-UBND ngày 24/02/2026 về việc cử đoàn đi công tác tại Lào.\n"
        "Chuyến đi tiếp nối chuyến công tác theo Quyết định số 301/QĐ-UBND ngày 02/3/2025.\n"
    )
    assert [d.number for d in cited_decisions(recalled)] == ["497/QĐ-UBND"]


def test_reports_each_item_s_first_sentence_under_its_own_heading_cites_its_decision() -> None:
    """Issue 13 (scenario 29): a report on two trips, each item headed by its destination on a line of its own and
    opened by "Thực hiện Quyết định số …": both decisions are answered."""
    from extractors.reports import cited_decisions

    text = (
        "Trường báo cáo kết quả hai đoàn công tác như sau:\n"
        "1. Đoàn công tác tại Lào\n"
        "Thực hiện Quyết định số 51/QĐ-ĐHX ngày 02/3/2026 của Hiệu trưởng, đoàn 02 viên chức đã làm việc "
        "tại Viêng Chăn.\n"
        "2. Đoàn công tác tại Nhật Bản\n"
        "Thực hiện Quyết định số 640/QĐ-UBND ngày 09/4/2026 của Chủ tịch UBND tỉnh, đoàn đã làm việc tại Tokyo.\n"
    )
    assert [(d.number, d.date) for d in cited_decisions(text)] == [
        ("51/QĐ-ĐHX", dt.date(2026, 3, 2)),
        ("640/QĐ-UBND", dt.date(2026, 4, 9)),
    ]


def test_reports_a_members_own_report_names_its_decision_and_reporter() -> None:
    """Issue 13 (scenario 18): a member reports in the first person, under no unit's header and with no signer
    read: still a trip report, the reporter taken from "Tôi tên là:"."""
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 01/BC-CN\tĐông Sơn, ngày 21 tháng 8 năm 2026\n"
        "BÁO CÁO CÁ NHÂN\nKết quả tham dự khóa tập huấn tại Thái Lan\n"
        "Tôi tên là: Trần Thị Kiều Oanh\nChức vụ: Phó Trưởng phòng, Sở Công Thương\n"
        "Thực hiện Quyết định số 1848/QĐ-UBND ngày 24/07/2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc cử cán bộ "
        "đi công tác nước ngoài, tôi đã tham dự Khóa tập huấn tại Băng Cốc, Thái Lan từ ngày 10/08/2026 đến ngày "
        "14/08/2026.\n"
    )
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="5" * 64, pages=1), text=text))
    assert document.report is not None
    assert (document.report.decision_number, document.report.reporter) == ("1848/QĐ-UBND", "Trần Thị Kiều Oanh")


@pytest.mark.parametrize(
    ("opening", "date"),
    [
        (  # a fax's noise over "Quyết định số 176/QĐ-UBND": the date its issuer follows is still read
            "Thực| IRỆrNGPAEViRIRANS WđX)E-UBND ngày 16/3/2026 của Chú tịch Ủy ban nhân dân|tÊNa $ết œđ@ 38 bộ đi "
            "công tác nước ngoài, đoàn công tác do bà Hoàng Thị Mai Phương làm trưởng đoàn đã đi công tác.",
            dt.date(2026, 3, 16),
        ),
        (
            "Thực [sệnQogEvdiqbAwc 4@4/)ĐUBND ngày 21/9/2026 cúa Chú tịch Úy ban nhân dân tỉnh, đoàn",
            dt.date(2026, 9, 21),
        ),
        (  # scenario 44's 84/BC-CCHC: the noise took "định số 760/QĐ-BNV ngày" but the "ay" of "ngày"
            "Thực hiển Quyết ÔẨTW 8y@t0d3NV tÌkày 05/08/2026 của Bộ trướng Bộ Nội vụ về\nviệc cử cán bả} chức di",
            dt.date(2026, 8, 5),
        ),
        ("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh, Sở Y tế đã cử đoàn đi công tác.", None),
        ("Thực hiện Kế hoạch 8y@t0d3NV tÌkày 05/08/2026 của Bộ trưởng Bộ Nội vụ, Vụ đã cử đoàn.", None),
        ("Thực hiện Quy định số 08-QĐi/TU ngày 12/01/2026 của Ban Thường vụ Tỉnh ủy về quản lý cán bộ.", None),
        ("Thực hiện Kết luận số 41-KL/TU ngày 09/01/2026 của Ban Thường vụ Tỉnh ủy về quản lý việc đi.", None),
        (  # scenario 45's 135/BC-VPUBND: "Quyết định ngày 02/07/2026", its "ngày" read "gay:"
            "Thực -'Š:. tuyết địnÄ gay: 02/07/2026 của Chủ tịch UBND tỉnh về việc cử đoàn đi\ncông tác",
            dt.date(2026, 7, 2),
        ),
        ("Thực hiện chương trình công tác ngày 05/01/2026 của đoàn, Sở Y tế báo cáo như sau.", None),
    ],
)
def test_reports_garbled_citation_keeps_the_decision_date(opening: str, date: dt.date | None) -> None:
    """The opening sentence's citation OCR made unreadable: the date followed by its issuer ("của Chủ tịch …") is
    the decision's, unless a readable word names another kind of document."""
    found = cited_decision(opening)
    assert (found.date if found else None) == date
    assert found is None or found.number is None


def test_reports_a_country_passed_through_is_no_destination() -> None:
    body = (
        "Thực hiện Quyết định số 264/QĐ-UBND ngày 10/02/2026 của Chủ tịch UBND tỉnh, đoàn công tác của tỉnh đã đi "
        "công tác tại Hàn Quốc (quá cảnh Thái Lan) từ ngày 03/3/2026 đến ngày 07/3/2026."
    )
    text = f"{_HEADER}Báo cáo kết quả chuyến công tác\nKính gửi: Ủy ban nhân dân tỉnh Lạng Sơn.\n{body}\n"
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="7" * 64, pages=1), text=text))
    assert document.report is not None
    assert document.report.destinations == ["Hàn Quốc"]


@pytest.mark.parametrize(
    ("citation", "number", "date"),
    [
        # the word "Quyết định" garbled on a scan: the "QĐ" of the symbol says what is cited
        ("Ì vết định số 145/QĐ-UBND ngày 28/4/2025", "145/QĐ-UBND", dt.date(2025, 4, 28)),
        # the line cut from its word by OCR's line order
        ("Quyết định số 14\n145/QĐ-UBND ngày 28/4/2025 c", "145/QĐ-UBND", dt.date(2025, 4, 28)),
        # a party decision, the colon read as a dot and "Đ" lost
        ("Quyết định số. 152- Q/TU, ngày 27-4-2025", "152-Q/TU", dt.date(2025, 4, 27)),
    ],
)
def test_reports_decision_cited_by_its_symbol_or_with_a_scans_dot(citation: str, number: str, date: dt.date) -> None:
    info = report(citation).report
    assert info is not None
    assert (info.decision_number, info.decision_date) == (number, date)


def test_reports_a_bare_number_of_another_kind_is_no_decision() -> None:
    info = report("Ì vết định số 145/TTr-SYT ngày 28/4/2025").report
    assert info is not None and info.decision_number == "15/2021/QĐ-UBND"  # the legal basis, by its word


def test_reports_cited_date_after_the_report_is_misread() -> None:
    """A stamp over "02/6/2025" read "02/6/2925": a report cites only what was decided before it."""
    document = report("Quyết định số 145/QĐ-UBND ngày 28/4/2925")
    assert document.report is not None
    assert (document.report.decision_number, document.report.decision_date) == ("145/QĐ-UBND", None)
    assert "report.cited_date_implausible" in {error.code for error in document.errors}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # the pen's 4017 read "4bI 7": the "7/QĐ-…" after the garble is its end, no number (scenario 22's 78/BC)
        ("Thực hiện Quyết định số 4bI 7/QĐ-BNNMT ngày 26/10/2026 của Bộ trưởng", None),
        ("Thực hiện Quyết định số 154\n1561/QĐ-UBND ngày 21/9/2026 của Chủ tịch", "1561/QĐ-UBND"),  # torn by line
        ("Ì vết định số 1402/QĐ-UBND ngày 03/4/2026 của Chủ tịch", "1402/QĐ-UBND"),  # the word garbled
    ],
)
def test_a_number_cited_by_its_symbol_alone_after_garbled_digits_is_none(text: str, number: str | None) -> None:
    from extractors.reports import cited_decisions

    assert next((d.number for d in cited_decisions(text)), None) == number


@pytest.mark.parametrize(
    ("subject", "opening", "is_report"),
    [
        (  # the countries' line under a received stamp: the delegation "đã đi công tác" to a part of the world
            "Kết quả tổ chức Tuần lễ Ẩm thực Lào Cai tại châu Âu",
            "Thực hiện Quyết định số 512/QĐ-UBND ngày 04/8/2025 của Chủ tịch UBND tỉnh, đoàn công tác do ông\n"
            "Phạm Đức Long làm trưởng đoàn đã đi công tác tại\nPh\n(stamp) 02/9/2025 đến ngày 09/9/2025.",
            True,
        ),
        (  # Asia holds Việt Nam: no trip abroad by it alone
            "Kết quả tổ chức Tuần lễ Ẩm thực Lào Cai tại châu Á",
            "Thực hiện Quyết định số 512/QĐ-UBND ngày 04/8/2025 của Chủ tịch UBND tỉnh, đoàn công tác do ông\n"
            "Phạm Đức Long làm trưởng đoàn đã đi công tác tại\nPh\n(stamp) 02/9/2025 đến ngày 09/9/2025.",
            False,
        ),
        (  # the sentence of who went lost under a stamp: a training course abroad and the decision by its symbol
            "Kết quả tham dự khóa đào tạo tại Úc và Niu Di-lân",
            "K nh ý K) VĂN PHÒNG dân tỉnh\nsố 845/QĐ-UBND ngày 12/10/2025 của Chủ tịch Ủy ban\nnh ần dân by) FN",
            True,
        ),
        (  # a course held at home, the same decision
            "Kết quả tham dự khóa đào tạo tại Hà Nội",
            "K nh ý K) VĂN PHÒNG dân tỉnh\nsố 845/QĐ-UBND ngày 12/10/2025 của Chủ tịch Ủy ban\nnh ần dân by) FN",
            False,
        ),
        (  # a course abroad, no decision cited: nothing says anyone was sent
            "Kết quả tham dự khóa đào tạo tại Úc và Niu Di-lân",
            "K nh ý K) VĂN PHÒNG dân tỉnh\nsố 845/TTr-SNV ngày 12/10/2025 của Sở Nội vụ\nnh ần dân by) FN",
            False,
        ),
    ],
)
def test_reports_whose_countries_or_who_went_lay_under_a_stamp(subject: str, opening: str, is_report: bool) -> None:
    text = OTHER_REPORT.format(subject=subject, opening=opening)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="6" * 64, pages=1), text=text))
    assert (document.report is not None) is is_report


def test_a_dateline_tail_read_below_the_title_is_no_subject() -> None:
    """The pen's day left "Lào Cai, ngày" on a line of its own; "tháng 9 năm 2025" came after the title."""
    dated = "Lào Cai, ngày 11 tháng 9 năm 2025\nBÁO CÁO\n"
    text = OTHER_REPORT.replace(dated, "Lào Cai, ngày\nBÁO CÁO\ntháng 9 năm 2025\n")
    document = extract_fields(
        Document(
            source=Source(path="bc.txt", sha256="6" * 64, pages=1),
            text=text.format(subject="Kết quả 02 đoàn công tác tại Lào", opening="Kính gửi: UBND tỉnh."),
        )
    )
    assert document.subject == "Kết quả 02 đoàn công tác tại Lào"


def test_a_subject_going_on_with_its_year_keeps_it() -> None:
    """A subject broken before its year ("… đối ngoại" / "năm 2025") is one subject: only a tail before the subject
    begins is a dateline's."""
    document = extract_fields(
        Document(
            source=Source(path="bc.txt", sha256="6" * 64, pages=1),
            text=OTHER_REPORT.format(subject="Kết quả công tác đối ngoại\nnăm 2025", opening="Kính gửi: UBND tỉnh."),
        )
    )
    assert document.subject == "Kết quả công tác đối ngoại năm 2025"


@pytest.mark.parametrize(("cited", "date"), [("20-5-2926", None), ("20-5-2026", dt.date(2026, 5, 20))])
def test_reports_cited_date_after_the_month_the_report_is_dated_in_is_misread(cited: str, date: dt.date | None) -> None:
    """The report's pen-filled day unread, its dateline broken round the title ("Bắc Ninh, ngày" / "BÁO CÁO" / "9
    tháng 6 năm 2026", the pen's 19 cut): it is of June 2026, so a decision cited as of "20-5-2926" (a stamp's noise
    over 2026) is misread, left null — it kept the report from its decision, the same number of another date."""
    text = (
        "TỈNH ỦY BẮC NINH\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố: 61-BC/BTGDVTU\nĐẢNG CỘNG SẢN VIỆT NAM\nBắc Ninh, ngày\n"
        "BÁO CÁO\n9 tháng 6 năm 2026\nkết quả chuyến công tác của đoàn cán bộ tỉnh tại tỉnh Vân Nam, Trung Quốc\n"
        "Kính gửi: Ban Thường vụ Tỉnh ủy.\n"
        f"Thực hiện Quyết định số 28-QĐ/TU, ngày {cited} của Ban Thường vụ Tỉnh ủy, đoàn cán bộ tỉnh đã đi công tác "
        "tại thành phố Côn Minh, Trung Quốc.\n"
    )
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="4" * 64, pages=1), text=text))
    assert (document.issue_date, document.issue_date_partial) == (None, "2026-06")
    assert document.report is not None
    assert (document.report.decision_number, document.report.decision_date) == ("28-QĐ/TU", date)
    implausible = "report.cited_date_implausible" in {error.code for error in document.errors}
    assert implausible is (date is None)


@pytest.mark.parametrize(
    ("year", "date"), [("2076", None), ("2026", dt.date(2026, 12, 11)), ("2027", dt.date(2027, 12, 11))]
)
def test_reports_own_date_years_after_the_decision_it_cites_is_misread(year: str, date: dt.date | None) -> None:
    """A report of a decision of 20/11/2026 dated "năm 2076" on its scan: due fifty years late, its trip would read as
    unreported; its date is null, with why. A year later is a late report, still read."""
    text = (
        "UBND TỈNH ĐỒNG NAI\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 63/BC-SVHTTDL\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Đồng Nai, ngày 11 tháng 12 năm {year}\nBÁO CÁO\nKết quả chuyến công tác tại Cam-pu-chia\n"
        "Thực hiện Quyết định số 795/QĐ-UBND ngày 20/11/2026 của Chủ tịch Ủy ban nhân dân tỉnh, đoàn công tác đã đi "
        "công tác tại Vương quốc Cam-pu-chia từ ngày 30/11/2026 đến ngày 03/12/2026.\n"
    )
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="4" * 64, pages=1), text=text))
    assert document.report is not None and document.report.decision_date == dt.date(2026, 11, 20)
    assert (document.issue_date, document.issue_date_partial) == (date, None)
    assert ("issue_date.unreadable" in {error.code for error in document.errors}) is (date is None)


def test_a_report_whose_title_a_scan_lost_keeps_its_country_and_period() -> None:
    """A scan lost "BÁO CÁO" and garbled "Kính gửi" into "Kí" on the next line: unwrapped, the subject's country
    runs on into that capital ("tại Ma-lai-xi-a Kí hơn"), which reads as a longer name's start; on its printed line
    the country ends the line. The period's "ngày" read "ngà}" still opens it."""
    text = (
        "SỞ CÔNG THƯƠNG\nSố: 12/BC-SCT\nĐộc lập - Tự do - Hạnh phúc\n"
        "Kết quả chuyến công tác tại Ma-lai-xi-a\nKí\nhơn X1 Thân: m] Long.\n"
        "Thực hiện Quyết định (số bị mất) của Chủ tịch UBND tỉnh, đoàn do ông Đinh Công Lực, Giám đốc làm trưởng "
        "đoàn đã đi công tác|tại,Công.bòa.Ma~lai từ ngà} 07/4/2026 đến ngày 10/4/2026. Kết quả như sau:\n"
        "Hai bên trao đổi về hợp tác thương mại.\nGIÁM ĐỐC\nĐinh Công Lực\n"
    )
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="7" * 64, pages=1), text=text))
    info = document.report
    assert info is not None and info.destinations == ["Malaysia"]
    assert (info.start, info.end) == (dt.date(2026, 4, 7), dt.date(2026, 4, 10))


@pytest.mark.parametrize(("start", "read"), [("05/5/2925", None), ("05/5/2025", dt.date(2025, 5, 5))])
def test_reports_period_years_after_the_report_is_misread(start: str, read: dt.date | None) -> None:
    """A report of May 2025 tells a trip that began before it: a start read "05/5/2925" (a stamp's ink over the
    year) is null with why, not kept as the trip's date, and it no longer makes the right cited date look years
    early (the cited 28/4/2025 stays)."""
    text = REPORT.format(citation="Quyết định số 145/QĐ-UBND ngày 28/4/2025").replace("05/5/2025", start)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="4" * 64, pages=1), text=text))
    assert document.report is not None
    assert document.report.start == read
    assert document.report.decision_date == dt.date(2025, 4, 28)
    codes = {error.code for error in document.errors}
    assert ("report.period_implausible" in codes) is (read is None)
    assert "report.cited_date_implausible" not in codes


_TITLE_LOST = """UBND TỈNH CÀ MAU
SỞ NÔNG NGHIỆP
VÀ MÔI TRƯỜNG
l?_ /C-SNNMT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cà Mau, ngày 03 tháng 4 năm 2026
Kính gửi: Ủy ban nhân dân tỉnh Cà Mau.
{body}
Kính báo cáo./.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Danh Hoàng Sơn
"""


@pytest.mark.parametrize(
    ("body", "doc_type", "decision"),
    [
        (  # scenario 36's 19/BC-SNNMT on its scan: the "BÁO CÁO" title and the number lost
            "Thực hiện Quyết định số 231/QĐ-UBND lhgày.10/3/2026 của Chủ tịch Ủ‡ ban nhân\ndân tỉnh, đoàn công tác do "
            "ông Danh Hoàng Sơn, Giám đốc Sở Nông nghiệp và Môi\ntrường làm trưởng đoàn đã đi công tác tại Cộng hòa Ấn "
            "Độ (Chennai) từ ngày 23/3/2026\nđến ngày 28/3/2026. Sở Nông nghiệp và Môi trường báo cáo kết quả như sau:",
            "bao_cao",
            "231/QĐ-UBND",
        ),
        (  # a letter telling of a trip that reports no results of it
            "Thực hiện Quyết định số 231/QĐ-UBND ngày 10/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh, đoàn công tác do "
            "ông Danh Hoàng Sơn, Giám đốc Sở làm trưởng đoàn đã đi công tác tại Cộng hòa Ấn Độ từ ngày 23/3/2026 đến "
            "ngày 28/3/2026. Sở đề nghị Ủy ban nhân dân tỉnh cho chủ trương ký biên bản ghi nhớ.",
            "other",
            None,
        ),
        (  # the results of a task at home: no trip abroad
            "Thực hiện Quyết định số 231/QĐ-UBND ngày 10/3/2026 của Chủ tịch Ủy ban nhân dân tỉnh, đoàn kiểm tra do "
            "ông Danh Hoàng Sơn làm trưởng đoàn đã kiểm tra tại xã Năm Căn từ ngày 23/3/2026 đến ngày 28/3/2026. Sở "
            "báo cáo kết quả như sau:",
            "other",
            None,
        ),
    ],
)
def test_reports_a_trip_report_whose_title_and_number_a_scan_lost_is_read_from_its_body(
    body: str, doc_type: str, decision: str | None
) -> None:
    text = _TITLE_LOST.format(body=body)
    document = extract_fields(Document(source=Source(path="bc.pdf", sha256="8" * 64, pages=1), text=text))
    assert document.doc_type is not None and document.doc_type.value == doc_type
    assert (document.report.decision_number if document.report else None) == decision


_STAMPED = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 71/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn La, ngày 18 tháng 9 năm 2026
BÁO CÁO
{subject}
Kính gửi: Ủy ban nhân dân tỉnh Sơn La.
{body}
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Lò Thị Hoan
"""


@pytest.mark.parametrize(
    "subject, body",
    [
        # what a receiving stamp left of the opening: the citation's number, or its date and signer, or the
        # decision's subject, or the delegation and its first day
        ("Kết quả chuyến thăm, làm việc tại nước CHDCND Lào", "Thực hiện Quyết định số 405-QĐ/TU, ngày 03-9- h của"),
        (
            "Kết quả làm việc với Trường Đại học Phổ Nhĩ, Trung Quốc",
            "Thc c!$: ''y$ định so H5U/2r-UBND ngày 27/8/2026 của Chủ tịch Ủy ban nhân dân tỉnh, ¿?;z* cê” tá",
        ),
        (
            "Kết quả khảo sát giáo dục nghề nghiệp tại Lào, Thái Lan và Campuchia",
            "Thực hiện Quyết định nøàu 12/14/2952 va +y San nhân dân tỉnh về việc cử đoàn công tác ngành Giáo dục",
        ),
        (
            "Kết quả làm việc tại cửa khẩu quốc tế Pang Hốc, tỉnh Phông Sa Lỳ (Lào)",
            "dân tỉnh, đoàn\nlý cửa khẩu quốc tế Pang Hốc từ ngày\n23/3/2026 đến nị ‹ vat uyếxđịnh",
        ),
        (  # a provincial body abroad named by its province: the place is the province's, in Laos
            "Kết quả khám, chữa bệnh nhân đạo tại Bệnh viện tỉnh Luông Pha Băng",
            "Thực\nđoàn 04 v\n2K ngày 26/10/2026 của Giám đốc Bệnh viện,\ntừ ngày",
        ),
    ],
)
def test_reports_a_stamped_report_on_a_visit_abroad_is_a_trip_report(subject: str, body: str) -> None:
    """Issue 13 (blind scenario 43's scans): a receiving stamp over the opening leaves the subject naming a visit or
    work at a place abroad and a scrap of the citation or of the delegation: still the report on a trip."""
    text = _STAMPED.format(subject=subject, body=body)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="8" * 64, pages=1), text=text))
    assert document.report is not None


def test_reports_work_with_a_delegation_that_came_in_is_no_trip_report() -> None:
    text = _STAMPED.format(
        subject="Kết quả làm việc với Đoàn công tác tỉnh Phông Sa Lỳ (Lào)",
        body="Thực hiện Kế hoạch số 12/KH-UBND ngày 27/8/2026 của Chủ tịch Ủy ban nhân dân tỉnh, Sở đã đón tiếp.",
    )
    assert extract_fields(Document(source=Source(path="bc.txt", sha256="9" * 64, pages=1), text=text)).report is None


def test_reports_two_decisions_joined_by_va_across_a_scans_line_break() -> None:
    """Issue 13 (blind scenario 43's scans): the amendment's citation broken over a line ("… tại Quyết\\n26) và
    Quyết định số …"): the two decisions are still one sentence, which says it reports two trips."""
    from extractors.paragraphs import unwrap_lines
    from extractors.reports import cited_decisions

    text = (
        "Thực hiện Quyết định số 510/QĐ-UBND ngày 14/7/2026 (được điều chỉnh tại Quyết\n"
        "26) và Quyết định số 540/QĐ-UBND ngày\n"
        "Tuy ng tỉnh, Sở Y tế báo cáo kết quả hai chuyến công\n"
    )
    assert [d.number for d in cited_decisions(unwrap_lines(text))] == ["510/QĐ-UBND", "540/QĐ-UBND"]


@pytest.mark.parametrize(
    ("subject", "report"),
    [
        ("Ĩ vãn Kết qụachuye n›cong tạc lai tỉnh Chăm Pa Sắc, Lào", True),  # its first words under a stamp
        ("Ĩ vãn Tết qụachuye n›cong tạc lai xã Mường Phăng, huyện Điện Biên", False),  # work at home
    ],
)
def test_reports_a_garbled_subject_naming_work_abroad_with_a_decision_and_days(subject: str, report: bool) -> None:
    """Issue 13 (blind scenario 43's scans): a stamp over the subject's first words and the citation's number leaves
    "… công tác tại <a place abroad>" ("tại" read "lai"), the decision's date and signer, and the trip's days: the
    report on a trip. Work at a place at home is none."""
    body = (
        "Thưc hiển Quyết đùth' số\nUBNI) ngày 12/8/2026 của Chủ tịch Ủy ban nhân\n"
        "2ml nghiệp tỉnh Chăm Pa Sắc từ ngày 02/9/2026\nđến ngày 05/9/2026 về hợp tác trồng rừng."
    )
    text = _STAMPED.format(subject=subject, body=body)
    document = extract_fields(Document(source=Source(path="bc.txt", sha256="7" * 64, pages=1), text=text))
    assert (document.report is not None) is report
