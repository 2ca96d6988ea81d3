"""Scenario 38 (Thái Nguyên 2026) on its scans (session 35, `sc38s`): what the scans changed, each on the wording
the scan was read with."""

import datetime as dt

import pytest

from extractors.country_lists import list_gaps
from extractors.date_ranges import find_period
from extractors.members import find_members
from extractors.normalize import fix_ocr_confusions
from extractors.numbers import find_numbers
from extractors.places import find_places
from extractors.rules import find_rules, rules_in_clause

_CONG_VAN = (
    "2. Thành phần mỗi đoàn không quá 10 người, kế cá phiên dịch (thay cho mức tối đa\n"
    "mười hai người). Mỗi đoàn đi không quá ba nước.\n"
    "3. Hồ sơ đề nghị cử đoàn (Tờ trình, thư mời, chương trình làm việc, dự toán kinh phí)\n"
    "gửi Văn phòng Ủy ban nhân dân tính (Phòng Ngoại vụ) chậm nhất 15 ngày làm việc trước\n"
    "ngày xuất cảnh.\n"
    "4. Các nội dung tại khoán 2, khoản 3 nêu trên áp dụng dối với các đoàn xuất cảnh kể\n"
    "từ ngay 01/6/2026.\n"
    "5. Không sử dụng kính phí do doanh nghiệp trong nước tài trợ, kế cá nguồn xã hội\n"
    "hóa, để tổ chức đoàn ra.\n"
    "6. Trưởng doàn báo cáo kết quá chuyến công tác trong thời hạn báy (07) ngày làm\n"
    "việc kế từ ngày về nước, gửi Ủy ban nhân dân tỉnh qua Văn phòng Ủy ban nhân dân tính.\n"
)
"""Công văn 2145/UBND-NC as its scan was read: "khoản" read "khoán", "bảy" read "báy"."""


def test_an_item_named_khoan_read_with_the_wrong_tone_still_gives_the_limits_their_start() -> None:
    """Before, "tại khoán 2, khoản 3 nêu trên" named no item, so the size of 10 and the lead of 15 were stored from
    the Công văn's date (20/5) and judged 338, which left on 25/5."""
    rules = {rule.kind: rule for rule in find_rules(fix_ocr_confusions(_CONG_VAN))}
    for kind in ("max_delegation_size", "max_countries_per_trip", "submission_lead_working_days"):
        assert (rules[kind].effective_from, rules[kind].effective_basis) == (dt.date(2026, 6, 1), "departure")
    assert rules["no_enterprise_funded"].effective_from is None


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        ("Các nội dung tại khoán 2, khoản 3 nêu trên", "Các nội dung tại khoản 2, khoản 3 nêu trên"),
        ("quy định tại khoán 1 Điều 5", "quy định tại khoản 1 Điều 5"),
        ("khoán 2 và khoán 3 nêu trên", "khoản 2 và khoản 3 nêu trên"),
        ("mức khoán 2 triệu đồng/tháng", "mức khoán 2 triệu đồng/tháng"),  # a lump sum: untouched
        ("giao khoán 10 ha rừng", "giao khoán 10 ha rừng"),
    ],
)
def test_normalize_khoan_read_khoan_only_where_it_names_an_item(read: str, repaired: str) -> None:
    assert fix_ocr_confusions(read) == repaired


def test_a_spelled_number_whose_marks_a_scan_changed_is_read_with_its_digits() -> None:
    """ "báy (07) ngày làm việc" ("bảy"): the digits confirm the words, so the Công văn's report deadline is read."""
    (mention,) = find_numbers("trong thời hạn báy (07) ngày làm việc")
    assert (mention.value, mention.text) == (7, "báy (07)")
    (rule,) = rules_in_clause(
        "Trưởng doàn báo cáo kết quá chuyến công tác trong thời hạn báy (07) ngày làm việc kế từ ngày về nước."
    )
    assert (rule.kind, rule.value) == ("report_deadline_working_days", 7.0)
    assert rules_in_clause(_CONG_VAN.splitlines()[-2] + " " + _CONG_VAN.splitlines()[-1])[0].value == 7.0


@pytest.mark.parametrize(
    ("text", "value", "shown"),
    [
        ("không quá mười hái (12) người", 12, "mười hái (12)"),
        ("Ban Chấp hành (12) người", 12, "12"),  # no counting word before the digits: the digits alone
        ("không quá hái (03) lần", 3, "03"),  # words that spell another number: the digits alone, as before
    ],
)
def test_marred_words_before_digits_count_only_when_they_spell_the_digits(text: str, value: int, shown: str) -> None:
    (mention,) = find_numbers(text)
    assert (mention.value, mention.text) == (value, shown)


_PROSE = (
    "Điều 1. Cử đoàn công tác của phường Phan Đình Phùng gồm các ông (bà) có tên sau:\n"
    "ông Đàm Văn Tiến, Bí thư Đảng ủy phường Phan Đình Phùng (trưởng đoàn); ông Tống\n"
    "Văn Hải, Phó Bí thư Thường trực Đảng ủy phường Phan Đình Phùng và bà Đinh Thị\n"
    "Ngân, Trưởng phòng Văn hóa - Xã hội, Ủy ban nhân dân phường Phan Đình Phùng đi\n"
    "công tác tại Khu tự trị dân tộc Choang Quảng Tây, Cộng hòa Nhân dân Trung Hoa (thành\n"
    "phố Bách Sắc) từ ngày 17/8/2026 đến ngày 21/8/2026.\n"
    "Điều 2. Kinh phí: Chính quyền nhân dân thành phố Bách Sắc đài thọ ăn, ở, đi lại.\n"
)
"""QĐ 470 as its scan wrapped it: the prose's colon at a line's end, a name cut over the next line."""


def test_running_prose_wrapped_after_its_colon_is_not_a_list_of_one_member_a_line() -> None:
    """Before, the line after the colon was a list item: "Đàm Văn Tiến" got the unit "Đảng ủy phường Phan Đình Phùng
    (trưởng đoàn); ông Tống" (so he was another person than on his other two trips, and his third was missed) and
    the next member was "Văn Hải"."""
    members = find_members(_PROSE)
    assert [(m.name, m.title, m.unit) for m in members] == [
        ("Đàm Văn Tiến", "Bí thư", "Đảng ủy phường Phan Đình Phùng"),
        ("Tống Văn Hải", "Phó Bí thư", "Thường trực Đảng ủy phường Phan Đình Phùng"),
        ("Đinh Thị Ngân", "Trưởng phòng Văn hóa Xã hội", "Ủy ban nhân dân phường Phan Đình Phùng"),
    ]
    assert members[0].role == "trưởng đoàn"


def test_a_list_of_one_member_a_line_after_a_colon_is_still_one() -> None:
    text = (
        "Điều 1. Cử các ông (bà) có tên sau đi công tác tại Nhật Bản từ ngày 17/8/2026 đến ngày 21/8/2026:\n"
        "Ông Đàm Văn Tiến, Bí thư Đảng ủy phường Phan Đình Phùng, Trưởng đoàn;\n"
        "Bà Đinh Thị Ngân, Trưởng phòng Văn hóa - Xã hội, Ủy ban nhân dân phường Phan Đình Phùng.\n"
        "Điều 2. Kinh phí do ngân sách phường chi trả.\n"
    )
    assert [m.name for m in find_members(text)] == ["Đàm Văn Tiến", "Đinh Thị Ngân"]


def test_a_list_items_number_whose_dot_a_scan_read_as_a_colon() -> None:
    """QĐ 246: "1: Ông Dương Văn Thành, …" after the opening's colon; the Giám đốc Sở Y tế was lost."""
    text = (
        "Điều 1. Cử đoàn công tác gồm 05 người đi công tác tại Vương quốc Thái Lan (thủ đô\n"
        "Băng Cốc) từ ngày 06/4/2026 đến ngày 10/4/2026:\n"
        "1: Ông Dương Văn Thành, Giám đốc Sở Y tế, Trưởng đoàn;\n"
        "2. Ông Hoàng Văn Khánh, Giám đốc Bệnh viện Trung ương Thái Nguyên;\n"
        "3. Bà Lục Thị Hạnh, Phó Giám đốc Sở Y tế.\n"
        "Điều 2. Kinh phí do Tổ chức Y tế Thế giới (WHO) tài trợ.\n"
    )
    members = find_members(text)
    assert [m.name for m in members] == ["Dương Văn Thành", "Hoàng Văn Khánh", "Lục Thị Hạnh"]
    assert (members[0].title, members[0].unit, members[0].role) == ("Giám đốc", "Sở Y tế", "trưởng đoàn")


_CREASED = (
    "Điều 1. Cử 10 người có tên sau di công tác tại các nước: Cộng hòa Xinh-ga-po, Ma-lai-Ai-ad và Vương quốc "
    "Thái Lan từ ngày 07/9/2026 đến ngày 13/9/2026, danh sách như sau:"
)
"""QĐ 512: the crease ran through "Ma-lai-xi-a"."""


def test_a_list_goes_on_past_a_transliterated_name_a_crease_garbled() -> None:
    """Before, the list stopped at "Ma-lai-Ai-ad": one country of three, 5 days in it against the limit of 4 (a
    review). Now Thái Lan after it is read too, and the gap of the unread one is still said."""
    assert [p.name for p in find_places(_CREASED)] == ["Cộng hòa Xinh-ga-po", "Vương quốc Thái Lan"]
    (gap,) = list_gaps(_CREASED)
    assert (gap.items, gap.countries) == (3, 2)


def test_an_unknown_word_in_a_list_still_ends_it() -> None:
    text = _CREASED.replace("Ma-lai-Ai-ad", "Abc")
    assert [p.name for p in find_places(text)] == ["Cộng hòa Xinh-ga-po"]


def test_a_period_whose_end_a_stamp_pushed_to_the_next_line() -> None:
    """Report 88/BC-SGDĐT: the received stamp left "( huyc" after "đến ngày", the end date on the next line; with
    the period read, the report links to its trip by its period, unit and destination."""
    text = "(thành phố Seoul và thành phố Busan) t[f ngày 21/9/2026 đến ngày ( huyc\n28/9/2026. Kết quả chuyến cá"
    period = find_period(text)
    assert period is not None and (period.start, period.end) == (dt.date(2026, 9, 21), dt.date(2026, 9, 28))
    # words on the rest of the line, or a number, are no specks: no end read
    for rest in (" nào đó\n", " 5 (dự kiến)\n"):
        period = find_period(f"từ ngày 21/9/2026 đến ngày{rest}28/9/2026")
        assert period is not None and period.end is None


def test_a_table_name_whose_capital_a_scan_read_as_a_bracket_and_stem_or_in_lower_case() -> None:
    """QĐ 512's ruled table: "[lầu Văn Mạnh" (Hầu: the H's left stem read as a bracket) and "lãm Văn Khoa" (Lâm: its
    capital read small) were no members at all; they are now read (the scanned trip's reader then gives the family
    name its marks back and judges how sure it is). A row opening with an honorific in lower case stays as it was."""
    text = (
        "TT | Họ vả tên | Chức vụ | Đơn vị\n"
        "| Vi Văn Khai | Giám đốc | Sơ Công Thương\n"
        "4 | [lầu Văn Mạnh | Giám đốc Trung tâm Khuyến công và Xúc tiến thương mại | Sơ Công Thương\n"
        "| lãm Văn Khoa | €C huyền viên | Sở Nông nghiệp và Môi trường\n"
        "10 | Viên Thị Hải Yến | Phiên địch tiếng Anh | Hợp đồng\n"
    )
    assert [m.name for m in find_members(text)] == ["Vi Văn Khai", "Hầu Văn Mạnh", "Lãm Văn Khoa", "Viên Thị Hải Yến"]
    assert [m.name for m in find_members(text.replace("lãm Văn Khoa", "và Văn Khoa"))] == [
        "Vi Văn Khai",
        "Hầu Văn Mạnh",
        "Viên Thị Hải Yến",
    ]


def test_a_periods_den_whose_vowel_a_fax_lost() -> None:
    """Scenario 36's 14/BC-SYT on its fax: "tử ngày 13/4/2026 d n ngày 16/4/2026" ("đến" read "d n")."""
    period = find_period("Ba- tử ngày 13/4/2026 d n ngày 16/4/2026. Sở Y tế báo cáo")
    assert period is not None and (period.start, period.end) == (dt.date(2026, 4, 13), dt.date(2026, 4, 16))
