"""Regressions for the classes behind the thirty-ninth blind scenario's misses, on sentences of our own.

Why: a decision named its delegation "Cho phép đoàn công tác của X gồm: ông A, …; bà B, …" (a colon after "gồm"),
and no member was read; a party committee paid "từ nguồn vận động xã hội hóa của các doanh nghiệp" (firms as the
money's source, no verb after them); a Hướng dẫn in parts dated two of its points in Part III ("Yêu cầu về số nước
tại điểm b và thời hạn gửi hồ sơ tại điểm d khoản 2 Phần II Hướng dẫn này áp dụng đối với các đoàn xuất cảnh từ
ngày …"), and its lead was held against a trip leaving before; a table's post "Bí thư Đảng ủy" beside its unit
"phường X" was another person than "Bí thư, Đảng ủy phường X"; on the scans, "Hà L:an" named no country, a report
whose subject and cited number a fax lost was no report, a doubled "/" read in "/⁄QĐÐ-UBND" put the pen
number's slot over the printed "/Q" (788 read "78810", sure), and a party form's "Số 118-QĐ/TU" (no colon) read
"Sẽ" was no label, so its pen number was never read.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.funding import classify_funding
from extractors.header import parse_header
from extractors.members import find_members
from extractors.places import find_destinations
from extractors.reports import is_trip_report
from extractors.rules import find_rules
from extractors.text.handwriting import find_slots
from pipeline.link.people import unit_key, unit_of_post, unit_similarity
from schemas.document import Box, DocType, Document, Funding, HandFilled, Source, Word
from schemas.rules import RuleKind

D = dt.date


def test_members_after_gom_and_a_colon_are_read() -> None:
    text = (
        "Điều 1. Cho phép đoàn công tác của xã Tân Phú gồm: ông Lê Văn An, Bí thư Đảng ủy xã Tân Phú (trưởng đoàn); "
        "bà Trần Thị Bình, Phó Chủ tịch Ủy ban nhân dân xã Tân Phú và ông Phạm Văn Cường, Công chức Văn phòng xã đi "
        "công tác tại Lào từ ngày 02/3/2027 đến ngày 05/3/2027.\n"
    )
    assert [m.name for m in find_members(text)] == ["Lê Văn An", "Trần Thị Bình", "Phạm Văn Cường"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Kinh phí: vé máy bay, ăn, ở của đoàn từ nguồn vận động xã hội hóa của các doanh nghiệp trên địa bàn, "
            "do Văn phòng Tỉnh ủy tiếp nhận.",
            Funding.ENTERPRISE,
        ),
        ("Kinh phí từ nguồn tài trợ của Công ty Cổ phần Thủy sản Sông Tiền.", Funding.ENTERPRISE),
        ("Kinh phí do ngân sách tỉnh bảo đảm, không sử dụng nguồn tài trợ của doanh nghiệp.", Funding.STATE_BUDGET),
        ("Kinh phí từ nguồn thu sự nghiệp của Bệnh viện.", None),
    ],
)
def test_firms_named_as_the_moneys_source_pay(sentence: str, kind: Funding | None) -> None:
    info = classify_funding(sentence)
    assert (info.kind if info else None) is kind


@pytest.mark.parametrize(
    ("sentence", "sponsor", "country"),
    [
        (
            "Kinh phí: vé máy bay, ăn, ở của đoàn từ nguồn vận động xã hội hóa của các doanh nghiệp trên địa bàn tỉnh, "
            "do Ban Tổ chức Tỉnh ủy tiếp nhận và quyết toán.",
            "doanh nghiệp trên địa bàn tỉnh",
            None,
        ),
        ("Kinh phí từ nguồn tài trợ của Công ty Luật Hanbit (Hàn Quốc).", "Công ty Luật Hanbit", "Hàn Quốc"),
    ],
)
def test_a_sourced_firm_is_named_with_its_country_when_its_aside_says_it(
    sentence: str, sponsor: str, country: str | None
) -> None:
    """A firm read as the money's source (no verb after it) is named as `_ENTERPRISE`'s are, its bracketed aside
    apart and read for its country: the foreign-firm check (scenario 40) reads both kinds of payer alike."""
    info = classify_funding(sentence)
    assert info is not None
    assert (info.kind, info.sponsor, info.sponsor_country) == (Funding.ENTERPRISE, sponsor, country)


GUIDANCE = (
    "II. NỘI DUNG\n"
    "1. Đối tượng: lãnh đạo chủ chốt.\n"
    "2. Một số yêu cầu cụ thể:\n"
    "a) Lãnh đạo chủ chốt đi công tác nước ngoài tối đa 02 lần/năm.\n"
    "b) Mỗi đoàn không quá 09 người, kể cả người phiên dịch; mỗi đoàn đi không quá 02 nước.\n"
    "c) Thời gian làm việc tại mỗi nước tối đa 04 ngày, không kể ngày đi, ngày về.\n"
    "d) Hồ sơ đề nghị cử đoàn gửi Sở Ngoại vụ chậm nhất 12 ngày làm việc trước ngày xuất cảnh.\n"
    "e) Trưởng đoàn gửi báo cáo kết quả chậm nhất 05 ngày làm việc sau ngày về nước.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Yêu cầu về số nước tại điểm b và thời hạn gửi hồ sơ tại điểm d khoản 2 Phần II Hướng dẫn này áp dụng đối "
    "với các đoàn xuất cảnh từ ngày 01/8/2027; các đoàn xuất cảnh trước ngày này thực hiện theo Kết luận số "
    "12-KL/TU.\n"
)


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_a_later_part_naming_points_of_an_item_dates_the_limits_it_names(wrap: str) -> None:
    """Points b and d are dated from 01/8/2027 for the countries and the lead they name; point b's delegation size,
    which the clause does not name, and the other points keep no start of their own. A scan's line break after
    "Phần II" splits the clause: the one after it is read with it."""
    text = GUIDANCE.replace("Phần II Hướng dẫn này", f"Phần II{wrap}Hướng dẫn này")
    starts = {rule.kind: (rule.effective_from, rule.effective_basis) for rule in find_rules(text)}
    for kind in (RuleKind.MAX_COUNTRIES_PER_TRIP, RuleKind.SUBMISSION_LEAD_WORKING_DAYS):
        assert starts[kind.value] == (D(2027, 8, 1), "departure")
    for kind in (RuleKind.MAX_DELEGATION_SIZE, RuleKind.MAX_DAYS_PER_COUNTRY, RuleKind.REPORT_DEADLINE_WORKING_DAYS):
        assert starts[kind.value] == (None, None)


def test_a_party_committee_in_the_post_is_the_unit_it_heads() -> None:
    table = unit_key(unit_of_post("Bí thư Đảng ủy", "phường An Hòa"))
    prose = unit_key(unit_of_post("Bí thư", "Đảng ủy phường An Hòa"))
    assert table == prose == "dang uy phuong an hoa"
    deputy = unit_key(unit_of_post("Phó Hiệu trưởng, Bí thư Đảng ủy", "Trường Đại học Sông Tiền"))
    assert unit_similarity(deputy or "", unit_key("Trường Đại học Sông Tiền") or "") is not None


def test_a_speck_read_as_a_colon_inside_a_country_name() -> None:
    text = "đi công tác tại các nước: Cộng hòa Pháp và Vương quốc Hà L:an từ ngày 28/9/2027"
    assert [d.code for d in find_destinations(text)] == ["FR", "NL"]


def test_a_report_whose_subject_and_number_a_fax_lost_is_still_a_trip_report() -> None:
    text = (
        "BÁO CÁO\nKết — chuvến tác tại Hàn Quốc\n"
        "Thực hiện Quyết định so RE 3=àv 93/7/2C26 của Chủ tịch Ủy ban nhân dân tỉnh, đoàn công tác của Trường do "
        "ông Lê Văn An, Hiệu trưởng làm trưởng đoàn đã đi công tác tại Hàn Quốc từ ngày 13/7/2027 đến ngày "
        "17/7/2027. Nhà trường báo cáo như sau:\n1. Ký thỏa thuận hợp tác đào tạo.\n"
    )
    source = Source(path="bc.txt", sha256="7" * 64, pages=1)
    document = Document(source=source, text=text, doc_type=DocType.BAO_CAO, subject="Kết — chuvến tác tại Hàn Quốc")
    assert is_trip_report(document)
    told = document.model_copy(update={"text": text.replace("Nhà trường báo cáo như sau:", "Trân trọng.")})
    assert not is_trip_report(told)  # a letter that only tells of the trip reports nothing


def _word(text: str, left: int, width: int, top: int = 430, height: int = 65, confidence: float = 30.0) -> Word:
    return Word(text=text, box=Box(left=left, top=top, width=width, height=height), confidence=confidence)


@pytest.mark.parametrize("symbol", ["//QĐĐ-UBND", "/\u2044QĐÐ-UBND"])
def test_a_doubled_slash_before_the_symbol_is_print_not_the_pens(symbol: str) -> None:
    """Tesseract read the printed "/QĐ-UBND" as "/⁄QĐÐ-UBND" (its box as wide as the single slash's): the number's
    slot ends before it, not three characters into it, where the recogniser read the "/" and "Q" as "10"."""
    words = [
        _word("Số:", 530, 63, top=458, height=37, confidence=71.0),
        _word("W", 630, 35),
        _word("ớ", 672, 36),
        _word("ớ", 723, 30),
        _word(symbol, 809, 254, top=454, height=55, confidence=28.0),
    ]
    (slot,) = find_slots(words, 3508)
    assert slot.name == "number" and 753 < slot.right <= 809


@pytest.mark.parametrize(("closing", "slot"), [("-QĐ/TU", True), ("thực", False)])
def test_a_party_forms_label_read_se_opens_the_number_slot_before_its_party_symbol(closing: str, slot: bool) -> None:
    """ "Số 118-QĐ/TU" (a party form: no colon) read "Sẽ" on a fax: the label when a party symbol follows on its row;
    "sẽ" before a word is a word."""
    words = [
        _word("TỈNH", 500, 100, top=250, height=40, confidence=95.0),
        _word("Sẽ", 576, 51, top=392, height=37, confidence=90.0),
        _word(closing, 841, 172, top=394, height=43, confidence=44.0),
    ]
    assert [s.name for s in find_slots(words, 3508)] == (["number"] if slot else [])


def test_a_party_number_behind_a_label_read_se_is_the_pens_reading() -> None:
    text = "TỈNH ỦY ĐỒNG NAI\nSẽ 178 -QĐ/TU\nĐồng Nai, ngày 08 tháng 4 năm 2027\nQUYẾT ĐỊNH\ncử cán bộ đi công tác"
    pen = HandFilled(slot="number", text="118", score=0.9995, box=Box(left=659, top=392, width=91, height=70))
    assert parse_header(text, ocr=True, hand_filled=[pen]).number == "118-QĐ/TU"
    body = "TỈNH ỦY ĐỒNG NAI\nsẽ thực hiện theo 12-KH/TU\nQUYẾT ĐỊNH"
    assert parse_header(body, ocr=True).number is None  # "sẽ" opening a sentence is no label
