"""Header and signer of published forms (issue 12, texts32): a web copy's Markdown marks, and a legal site's metadata
form whose block is a head signing alone, the site's other abbreviations, a spaced number or a dated subject line."""

import datetime as dt

import pytest

from extractors.document import extract_fields
from extractors.header import parse_header
from extractors.normalize import drop_markup_marks, normalize_text
from extractors.people import find_people
from schemas.document import DocType, Document, Source

BODY = "\n\nKính gửi: Sở Ngoại vụ\n\nThực hiện chỉ đạo của Chính phủ, cơ quan đề nghị như sau.\n"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG ![]()", "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG "),
        ("Ảnh: ![đoàn công tác](/uploads/2024/doan.jpg) tại sân bay", "Ảnh:  tại sân bay"),
        (
            "theo [Quyết định 15/QĐ-UBND](https://vanban.example.vn/qd-15) của tỉnh",
            "theo Quyết định 15/QĐ-UBND của tỉnh",
        ),
        # a bracket and a parenthesis in a sentence, with a space in it: no mark
        ("Điều 2 [đã sửa] (xem Phụ lục 1)", "Điều 2 [đã sửa] (xem Phụ lục 1)"),
        ("khoản [1](theo Luật số 33)", "khoản [1](theo Luật số 33)"),
    ],
)
def test_markup_marks_are_no_text(text, kept):
    assert drop_markup_marks(text) == kept


def test_image_mark_after_the_issuer_is_not_part_of_it():
    text = normalize_text(
        "ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG ![]()\n![]()\nSố: 41/TB-UBND\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n![]()\nMường Khương, ngày 3 tháng 5 năm 2024\n|\nTHÔNG BÁO\n"
        "V/v lịch tiếp đoàn\n" + BODY
    )
    header = parse_header(text)
    assert (header.issuer, header.number) == ("UBND huyện Mường Khương", "41/TB-UBND")


@pytest.mark.parametrize(
    ("first", "metadata", "issuer", "mode", "title", "name"),
    [
        ("2207/BTC-HTQT", "BT Hoàng Văn Khải Theo BỘ TÀI CHÍNH -", "Bộ Tài chính", None, "Bộ trưởng", "Hoàng Văn Khải"),
        (
            "88/QĐ-TTg",
            "THỦ TƯỚNG Phan Văn Khánh Theo THỦ TƯỚNG CHÍNH PHỦ -",
            "Thủ tướng Chính phủ",
            None,
            "Thủ tướng",
            "Phan Văn Khánh",
        ),
        (
            "615/VPCP-QHQT",
            "BT, Chủ nhiệm Lê Minh Cường Theo VĂN PHÒNG CHÍNH PHỦ -",
            "Văn phòng Chính phủ",
            None,
            "Bộ trưởng, Chủ nhiệm",
            "Lê Minh Cường",
        ),
        (
            "902/BNG-LS",
            "TLBT, Vụ TLS Trịnh Thị Dung Theo BỘ NGOẠI GIAO -",
            "Bộ Ngoại giao",
            "TL.",
            "Vụ trưởng",
            "Trịnh Thị Dung",
        ),
    ],
)
def test_metadata_blocks_the_site_abbreviates_or_a_head_signs_alone(first, metadata, issuer, mode, title, name):
    header = parse_header(f"{first}\n\n{metadata}\n\nCông văn V/v cử đoàn đi Lào{BODY}")
    assert (header.number, header.issuer, header.doc_type) == (first, issuer, DocType.CONG_VAN)
    assert header.signer is not None
    assert (header.signer.mode, header.signer.title, header.signer.name) == (mode, title, name)
    assert header.subject == "V/v cử đoàn đi Lào"


@pytest.mark.parametrize(
    "metadata",
    [
        # "TT" alone is a Thứ trưởng, a Thủ tướng, a Tổng Thư ký or a Thanh tra: not read
        "TT Lê Quang Minh Theo BỘ TÀI CHÍNH -",
        # under TL. a deputy's abbreviation is no unit's head
        "TLBT, TT Lê Quang Minh Theo BỘ TÀI CHÍNH -",
        # the words after the head's abbreviation are no title
        "BT, Hà Nội Lê Quang Minh Theo BỘ TÀI CHÍNH -",
        # a mode and one title: the signer's own title is missing
        "TL BỘ TRƯỞNG Lê Quang Minh Theo BỘ TÀI CHÍNH -",
        # "Theo" followed by no body nor authority in capitals
        "BT Lê Quang Minh Theo HƯỚNG DẪN -",
    ],
)
def test_blocks_read_no_further(metadata):
    header = parse_header(f"1203/BTC-HTQT\n\n{metadata}\n\nCông văn V/v đoàn ra{BODY}")
    assert header.signer is None or header.signer.name != "Lê Quang Minh"


def test_spaced_dash_of_the_number_line_and_the_date_the_subject_line_prints():
    header = parse_header(
        "4120/BNG – LS\n\nKTBT, TT Đỗ Văn Hùng Theo BỘ NGOẠI GIAO -\n\n"
        f"Công văn Số: 4120/BNG-LS ngày 9 tháng 11 năm 2015 Về việc cấp thị thực{BODY}"
    )
    assert (header.number, header.issue_date, header.doc_type) == (
        "4120/BNG–LS",
        dt.date(2015, 11, 9),
        DocType.CONG_VAN,
    )
    assert header.subject == "Về việc cấp thị thực"
    assert header.signer is not None and header.signer.name == "Đỗ Văn Hùng"


def test_a_date_after_another_number_is_not_the_texts():
    header = parse_header(
        "4120/BNG-LS\n\nKTBT, TT Đỗ Văn Hùng Theo BỘ NGOẠI GIAO -\n\n"
        f"Công văn Số: 3977/BNG-LS ngày 2 tháng 11 năm 2015 Về việc cấp thị thực{BODY}"
    )
    assert (header.number, header.issue_date) == ("4120/BNG-LS", None)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Nơi nhận:\n- Như trên;\n-Bộ trưởng, Phan Đình Trạc(để b/c);\n- Lưu: VT.", [("Phan Đình Trạc", "Bộ trưởng")]),
        ("Nơi nhận:\n- Như trên;\n- Giám đốc, Lê Văn Tám (để báo cáo);\n- Lưu: VT.", [("Lê Văn Tám", "Giám đốc")]),
        # an office listed beside another, or beside a body: a list, no holder
        ("Nơi nhận:\n- Chủ tịch, Phó Chủ tịch UBND tỉnh;\n- Thứ trưởng, Vụ Hợp tác quốc tế;\n- Lưu: VT.", []),
    ],
)
def test_a_list_items_office_and_its_holder_apart_by_a_comma(text, people):
    assert [(person.name, person.title) for person in find_people(text)] == people


def test_the_signer_named_earlier_with_a_slip_keeps_the_signatures_spelling():
    text = (
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 9120/VPCP-KTN\nV/v quy hoạch khu kinh tế\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 9 tháng 11 năm 2013\n\n"
        "Kính gửi: Bộ Xây dựng\n\nVăn phòng Chính phủ xin thông báo để các cơ quan biết.\n\n"
        "Nơi nhận:\n- Như trên;\n- PCN Đỗ Hũu Thành;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\n"
        "Đỗ Hữu Thành\n"
    )
    document = extract_fields(Document(source=Source(path="t.txt", sha256="0", pages=1), text=text))
    assert document.signer is not None and document.signer.name == "Đỗ Hữu Thành"
    named = [person for person in document.people if person.name.startswith("Đỗ")]
    assert [(person.name, person.title) for person in named] == [("Đỗ Hữu Thành", "Phó Chủ nhiệm")]
    assert named[0].span is not None and text[named[0].span.start : named[0].span.end] == "Đỗ Hữu Thành"


@pytest.mark.parametrize(
    ("block", "mode", "title"),
    [
        ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "KT.", "Phó Chủ tịch"),
        ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "TM.", "Chủ tịch"),
        ("TM ỦY BAN NHÂN DÂN - CHỦ TỊCH", "TM.", "Chủ tịch"),
    ],
)
def test_a_block_for_the_body_signs_with_its_last_mode(block, mode, title):
    header = parse_header(
        f"77/UBND-NV\n\n{block} Đỗ Thị Lan Theo ỦY BAN NHÂN DÂN TỈNH KON TUM -\n\nCông văn V/v đoàn ra{BODY}"
    )
    assert (header.number, header.issuer) == ("77/UBND-NV", "UBND tỉnh Kon Tum")
    assert header.signer is not None
    assert (header.signer.mode, header.signer.title, header.signer.name) == (mode, title, "Đỗ Thị Lan")


@pytest.mark.parametrize(
    "block",
    [
        "TM. CHỦ TỊCH",  # a mode for a body, then no body
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH TỈNH",  # words after the title: no block's end
        "ỦY BAN NHÂN DÂN TM. CHỦ TỊCH",  # the block opens with no mode
    ],
)
def test_blocks_for_a_body_read_no_further(block):
    header = parse_header(
        f"77/UBND-NV\n\n{block} Đỗ Thị Lan Theo ỦY BAN NHÂN DÂN TỈNH KON TUM -\n\nCông văn V/v đoàn ra{BODY}"
    )
    assert header.signer is None or header.signer.name != "Đỗ Thị Lan"
