"""Signers of plain-text copies whose signature block lost its layout (issue 12).

Signature blocks as printed on public copies of Văn phòng Chính phủ letters (luatminhkhue.vn):
- 7348/VPCP-QHQT (19/12/2007): "KT. BỘ TRƯỞNG, CHỦ NHIỆM / PHÓ CHỦ NHIỆMNguyễn Quốc Huy" (title glued to name);
- 3442/VPCP-QHQT (14/7/2003): "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦĐoàn Mạnh Giao";
- 1484/VPCP-QHQT (09/3/2010): "BỘ TRƯỞNG, CHỦ NHIỆM / Nguyễn Xuân Phúc" (the layout reader's case, kept).
"""

import pytest

from extractors.header import parse_header
from extractors.signer_text import plain_signer, unglue
from extractors.vntext import lines

HEAD = "VĂN PHÒNG CHÍNH PHỦ\nSố: 7348/VPCP-QHQT\nV/v đi thăm Lào\nHà Nội, ngày 19 tháng 12 năm 2007\n"
RECIPIENTS = "Nơi nhận:\n- Như trên;\n- Thủ tướng Chính phủ;\n- Lưu: VT, QHQT (3).21\n\n"


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆMNguyễn Quốc Huy", ("Nguyễn Quốc Huy", "Phó Chủ nhiệm", "KT.")),
        (
            "BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦĐoàn Mạnh Giao",
            ("Đoàn Mạnh Giao", "Bộ trưởng, Chủ nhiệm", None),
        ),
        ("BỘ TRƯỞNG, CHỦ NHIỆM\nNguyễn Xuân Phúc", ("Nguyễn Xuân Phúc", "Bộ trưởng, Chủ nhiệm", None)),
    ],
)
def test_signer_title_glued_to_the_name(block: str, signer: tuple[str, str, str | None]) -> None:
    found = parse_header(HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + block).signer
    assert found is not None and (found.name, found.title, found.mode) == signer


def test_signer_in_sentence_case_after_the_recipients_on_one_line() -> None:
    text = (
        HEAD
        + "Văn phòng Chính phủ xin thông báo./.\n"
        + "Nơi nhận: - Như trên; - Lưu: VT. KT. Chủ tịch Phó Chủ tịch Trần Văn Bình\n"
    )
    found = parse_header(text).signer
    assert found is not None and (found.name, found.title, found.mode) == ("Trần Văn Bình", "Phó Chủ tịch", "KT.")
    assert text[found.span.start : found.span.end] == "Trần Văn Bình"  # type: ignore[union-attr]


def test_signer_none_without_a_title_and_family_name() -> None:
    text = "Nơi nhận:\n- Như trên;\n- Sở Ngoại vụ;\n- Lưu: VT.\n"
    assert plain_signer(lines(text), text) is None


def test_signer_unglue_needs_a_family_name() -> None:
    assert unglue("PHÓ CHỦ NHIỆMNguyễn Quốc Huy") == (["PHÓ CHỦ NHIỆM"], "Nguyễn Quốc Huy")
    assert unglue("QUYẾT ĐỊNHVề việc cử cán bộ") is None


def test_a_person_the_body_names_after_a_title_is_no_signer() -> None:
    """A grayscale scan lost its signature block under the seal; the body's "Chánh Văn phòng …, Giám đốc … và ông
    Nguyễn Văn An" must not stand in for it."""
    body = (
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ và ông Nguyễn Văn An\n"
        "chịu trách nhiệm thi hành Quyết định này./.\n"
    )
    text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 89/QĐ-UBND\nQuảng Ngãi, ngày 16 tháng 01 năm 2025\nQUYẾT ĐỊNH\n"
    text += body + "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC.\n"
    assert parse_header(text).signer is None
    signed = text + "KT. Chủ tịch\nPhó Chủ tịch\nTrần Phước Hiền\n"
    assert plain_signer(lines(signed), signed) is not None


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        # a web copy prints the block in sentence case, with blank lines and "(Đã ký)" between its lines
        ("KT. THỦ TƯỚNG\n\nPhó Thủ tướng\n\n(Đã ký)\n\nPhan Văn Khải", ("Phan Văn Khải", "Phó Thủ tướng", "KT.")),
        ("KT. BỘ TRƯỞNG\nThứ trưởng\n(đã ký)\nLê Văn Bàng", ("Lê Văn Bàng", "Thứ trưởng", "KT.")),
        (
            "TM. ỦY BAN NHÂN DÂN\nKT. Chủ tịch\nPhó Chủ tịch\n(Đã ký)\nTrần Văn Bình",
            ("Trần Văn Bình", "Phó Chủ tịch", "KT."),
        ),
        ("TM. ỦY BAN NHÂN DÂN\nChủ tịch\n\nNguyễn Thị Hòa", ("Nguyễn Thị Hòa", "Chủ tịch", "TM.")),
        # a page whose font dropped some letters outside ASCII ("Ủ", "Ị", "Ố"): the title is still the lexicon's
        ("TM. Y BAN NHÂN DÂN\nCH TCH\n\n\nLê Văn Hùng", ("Lê Văn Hùng", "Chủ tịch", "TM.")),
        ("KT. GIM ĐC\nPH GIM ĐC\n\nTrần Thị Lan", ("Trần Thị Lan", "Phó Giám đốc", "KT.")),
    ],
)
def test_signer_block_in_sentence_case_with_blank_lines(block: str, signer: tuple[str, str, str | None]) -> None:
    body = "Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
    found = parse_header(HEAD.replace("V/v đi thăm Lào\n", "QUYẾT ĐỊNH\nVề việc X\n") + body + block).signer
    assert found is not None and (found.name, found.title, found.mode) == signer


def test_a_sentence_case_title_in_running_text_is_no_signature_block() -> None:
    body = "Điều 3. Giao Chủ tịch\nNguyễn Văn An chủ trì thực hiện./.\n"
    assert parse_header(HEAD.replace("V/v đi thăm Lào\n", "QUYẾT ĐỊNH\nVề việc X\n") + body).signer is None


def test_a_member_list_in_sentence_case_is_no_signature_block() -> None:
    body = "Điều 1. Thành lập đoàn gồm:\nPhó Giám đốc\nNguyễn Văn Bình\nĐiều 2. Quyết định này có hiệu lực./.\n\n"
    block = "KT. CHỦ TỊCH\nPhó Chủ tịch\n(Đã ký)\nLê Thị Hoa"
    found = parse_header(HEAD.replace("V/v đi thăm Lào\n", "QUYẾT ĐỊNH\nVề việc X\n") + body + block).signer
    assert found is not None and (found.name, found.title, found.mode) == ("Lê Thị Hoa", "Phó Chủ tịch", "KT.")


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        (  # the mode's line and the signer's own title glued, then the name
            "KT. GIÁM ĐỐC SỞ, CHỦ TỊCH HỘI ĐỒNGPHÓ CHỦ TỊCHTrần Văn Bình",
            ("Trần Văn Bình", "Phó Chủ tịch", "KT."),
        ),
        ("KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆMLê Minh Tâm", ("Lê Minh Tâm", "Phó Chủ nhiệm", "KT.")),
        (  # one known double title on two lines without the comma
            "BỘ TRƯỞNG\nCHỦ NHIỆM VP CHÍNH PHỦLê Minh Tâm",
            ("Lê Minh Tâm", "Bộ trưởng, Chủ nhiệm", None),
        ),
    ],
)
def test_signer_title_lines_glued_or_split(block: str, signer: tuple[str, str, str | None]) -> None:
    found = parse_header(HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + block).signer
    assert found is not None and (found.name, found.title, found.mode) == signer


def test_signer_unglue_splits_title_lines_at_a_known_title() -> None:
    assert unglue("KT. BỘ TRƯỞNG, CHỦ NHIỆMPHÓ CHỦ NHIỆMLê Minh Tâm") == (
        ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"],
        "Lê Minh Tâm",
    )
    assert unglue("PHÓ CHỦ TỊCHTrần Văn Bình") == (["PHÓ CHỦ TỊCH"], "Trần Văn Bình")


def test_a_block_in_capitals_after_the_recipients_on_one_line() -> None:
    text = HEAD + "Văn phòng Chính phủ xin thông báo./.\nNơi nhận: - Như trên; - Lưu: VT, QHQT CHỦ TỊCH Trần Văn Bình\n"
    found = parse_header(text).signer
    assert found is not None and (found.name, found.title) == ("Trần Văn Bình", "Chủ tịch")


def test_an_office_holder_in_a_list_of_attendees_is_no_signer() -> None:
    """A notice cut in its list of attendees: no "Nơi nhận", and the last title + name is someone present."""
    body = (
        "Tham dự có các Phó Thủ tướng: Lê Văn A, Trần Văn B, Bộ trưởng Bộ Y tế\n"
        "Nguyễn Thanh C, Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Trần Văn D, Phó\n"
        "Chánh Văn phòng Trung ương Đảng Lâm Thị E; Tổng Giám đốc Đài Tiếng nói Việt Nam Đỗ Tiến F,\n"
    )
    assert parse_header(HEAD.replace("V/v đi thăm Lào\n", "THÔNG BÁO\nKết luận\n") + body).signer is None


@pytest.mark.parametrize(
    "block",
    ["Trường Chinh\n\n(Đã ký)", "(Đã ký)\nTrường Chinh", "Nguyễn Văn An\n(đã ký)"],
)
def test_a_name_signed_without_a_title(block: str) -> None:
    """An old resolution's copy signs with the name and "(Đã ký)" alone: the name, no title, no mode."""
    body = "Phê chuẩn Hiệp định lãnh sự ký tại Hà Nội, ngày 29 tháng 9 năm 1978.\n\n"
    found = parse_header(HEAD.replace("V/v đi thăm Lào\n", "NGHỊ QUYẾT\n") + body + block).signer
    name = block.replace("(Đã ký)", "").replace("(đã ký)", "").strip()
    assert found is not None and (found.name, found.title, found.mode) == (name, None, None)


@pytest.mark.parametrize(
    "block",
    ["Chủ Tịch\n(Đã ký)", "Hà Nội\n(Đã ký)\nNơi nhận:\n- Lưu: VT.", "(Đã ký)\nVăn phòng", "(Đã ký)\nPhó Thủ Tướng"],
)
def test_no_signer_from_a_title_or_a_place_beside_signed(block: str) -> None:
    body = "Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
    assert parse_header(HEAD.replace("V/v đi thăm Lào\n", "QUYẾT ĐỊNH\n") + body + block).signer is None


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        ("BỘ TRƯỞNG CHỦ NHIỆM\nNguyễn Xuân Phúc", ("Nguyễn Xuân Phúc", "Bộ trưởng, Chủ nhiệm", None)),
        ("Bộ trưởng Chủ nhiệm\n\nNguyễn Xuân Phúc", ("Nguyễn Xuân Phúc", "Bộ trưởng, Chủ nhiệm", None)),
        ("K. T. THỦ TƯỚNG CHÍNH PHỦ\nPHÓ THỦ TƯỚNG\nPhan Kế Toại", ("Phan Kế Toại", "Phó Thủ tướng", "KT.")),
    ],
)
def test_a_double_title_without_its_comma_and_a_spaced_mode(block: str, signer: tuple[str, str, str | None]) -> None:
    found = parse_header(HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + block).signer
    assert found is not None and (found.name, found.title, found.mode) == signer


# A decision written here, its signature block in the forms other offices print (texts8).
_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 12/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Giang, ngày 5 tháng 8 năm 2020\nQUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\n"
    "Điều 1. Cử ông Hoàng Văn Khánh đi Trung Quốc.\nĐiều 2. Quyết định có hiệu lực từ ngày ký./.\n"
)


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        # a web copy that kept the signature table's cells with "|" between them
        (
            "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nLý Văn Tài |",
            ("Lý Văn Tài", "Phó Chủ tịch", "KT."),
        ),
        ("| KT. CHỦ TỊCH |\n| PHÓ CHỦ TỊCH |\n| Lý Văn Tài |", ("Lý Văn Tài", "Phó Chủ tịch", "KT.")),
        # an office followed by the body it heads: the office is the title, the body the issuer's
        ("Nơi nhận:\n- Lưu: VT.\nTL. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ LỄ TÂN\n\nMa Thị Hoa", ("Ma Thị Hoa", "Vụ trưởng", "TL.")),
        ("Nơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC BỆNH VIỆN\n\nVàng Seo Pao", ("Vàng Seo Pao", "Giám đốc", None)),
        (
            "Nơi nhận:\n- Lưu: VT.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\n\nLục Văn Dũng",
            ("Lục Văn Dũng", "Phó Tổng cục trưởng", "KT."),
        ),
        # a Central Highlands name, its first word a letter and an apostrophe
        ("Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nH’Liên Byă", ("H’Liên Byă", "Phó Chủ tịch", "KT.")),
    ],
)
def test_signer_of_other_offices_blocks(block: str, signer: tuple[str, str, str | None]) -> None:
    found = parse_header(_DECISION + block).signer
    assert found is not None and (found.name, found.title, found.mode) == signer


def test_a_pipe_in_the_body_gives_no_signer_of_its_own() -> None:
    """Cells read as lines only find a block that is one: a table of figures with "|" names nobody."""
    table = "| Đoàn | Số người |\n| Trung Quốc | 5 |\n"
    assert parse_header(_DECISION + table).signer is None


def test_a_signed_name_closes_the_decree_before_its_appendix() -> None:
    text = """HỘI ĐỒNG CHÍNH PHỦ
Số: 21-CP
Hà Nội, ngày 4 tháng 3 năm 1965
NGHỊ ĐỊNH
Điều 1. Ban hành kèm theo Nghị định này bản điều lệ về đoàn đi công tác.
Điều 2. Các Bộ chịu trách nhiệm thi hành.

Lê Thanh Nam

(Đã ký)

ĐIỀU LỆ
VỀ CÁC ĐOÀN ĐI CÔNG TÁC
(Ban hành kèm theo Nghị định số 21-CP ngày 4-3-1965)
Điều 1. Đoàn đi công tác phải có quyết định cử đoàn.
"""
    signer = parse_header(text).signer
    assert signer is not None and signer.name == "Lê Thanh Nam"


def test_a_signed_name_under_a_decree_headed_by_its_kind_alone() -> None:
    text = """CHỈ DỤ

CỦA CHỦ TỊCH HỘI ĐỒNG SỐ 04 NGÀY 2 THÁNG 5 NĂM 1958 VỀ VIỆC CỬ ĐOÀN

Điều 1. Nay cử đoàn đi thăm các nước anh em.

Lê Thanh Nam

(Đã ký)
"""
    signer = parse_header(text).signer
    assert signer is not None and signer.name == "Lê Thanh Nam"


def test_a_news_page_ending_in_prose_has_no_signer() -> None:
    text = "TIN TỨC\n\nĐoàn đã đi thăm các nước anh em.\n\nÔng Lê Thanh Nam dự buổi đón.\n"
    assert parse_header(text).signer is None


@pytest.mark.parametrize(
    ("ending", "expected"),
    [
        ("HỘI ĐỒNG NHÂN DÂN\nChủ tịch\nTỐ LAN", ("Tố Lan", "Chủ tịch")),  # a pen name under its title
        ("Phó Chủ tịch\nLÊ THANH NAM", ("Lê Thanh Nam", "Phó Chủ tịch")),
        ("Chủ tịch\nBAN TỔ CHỨC", None),  # a body's name, not a person's
        ("Đoàn gồm:\nCHỦ TỊCH HỘI", None),  # no title line above
    ],
)
def test_a_title_alone_over_a_name_in_capitals_ends_an_old_resolution(
    ending: str, expected: tuple[str, str] | None
) -> None:
    text = "NGHỊ QUYẾT SỐ 05-NQ NGÀY 02-3-1962\nQUYẾT ĐỊNH:\nCử ông Lê Văn Ba làm trưởng đoàn.\n" + ending + "\n"
    signer = parse_header(text).signer
    if expected is None:
        assert signer is None
    else:
        assert signer is not None and (signer.name, signer.title) == expected


@pytest.mark.parametrize(
    ("block", "title", "mode"),
    [
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị", "Phó Chủ tịch", "KT."),
        ("BỘ TRƯỞNG, CHỦ NHIỆM\nTrần Văn", "Bộ trưởng, Chủ nhiệm", None),
        ("TL. BỘ TRƯỞNG\nVỤ TRƯỞNG\nĐặng Thị", "Vụ trưởng", "TL."),
    ],
)
def test_a_signers_name_cut_at_its_middle_name_is_null_with_an_error(block: str, title: str, mode: str | None) -> None:
    """A copy that stops after the signer's middle name ("Nguyễn Thị", "Trần Văn") lost the given name: the name is
    null, title and mode kept, and an error says why (written here)."""
    header = parse_header(HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + block)
    assert header.signer is not None and (header.signer.name, header.signer.title, header.signer.mode) == (
        None,
        title,
        mode,
    )
    assert any("cut at its middle name" in error.message for error in header.errors)


def test_a_whole_name_ending_in_van_after_a_middle_name_stays() -> None:
    header = parse_header(HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + "CHỦ NHIỆM\nNguyễn Thị Văn")
    assert header.signer is not None and header.signer.name == "Nguyễn Thị Văn"


@pytest.mark.parametrize(
    ("block", "signer"),
    [
        (
            "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (đã ký) Trần Văn Bình PHỤ LỤC DANH SÁCH CÁN BỘ",
            ("Trần Văn Bình", "Phó Chủ tịch", "KT."),
        ),
        ("GIÁM ĐỐC (Đã ký) Lê Thị Hoa QUY CHẾ HOẠT ĐỘNG ĐỐI NGOẠI", ("Lê Thị Hoa", "Giám đốc", None)),
    ],
)
def test_a_signed_name_run_into_an_attachments_capitals(block: str, signer: tuple[str, str, str | None]) -> None:
    """A copy that runs the attachment's heading on after the signed name ("(đã ký) Trần Văn Bình PHỤ LỤC …"): the
    name ends where the capitals start (written here); without "(đã ký)" nothing says the block ends there."""
    found = parse_header(HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + block).signer
    assert found is not None and (found.name, found.title, found.mode) == signer
    assert (
        parse_header(
            HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + "GIÁM ĐỐC Lê Thị Hoa QUY CHẾ"
        ).signer
        is None
    )


@pytest.mark.parametrize(
    ("block", "name", "mode"),
    [
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM\nLê Văn Thành", "Lê Văn Thành", "KT."),
        ("KT. CHỦ TỊCH\nPHÓ CHỦ\nĐỗ Minh Tuấn", "Đỗ Minh Tuấn", "KT."),
    ],
)
def test_a_signers_title_cut_by_the_copy_is_null_with_an_error(block: str, name: str, mode: str) -> None:
    """A title line the copy cut ("PHÓ GIÁM" of "PHÓ GIÁM ĐỐC") is no title: null, name and mode kept, an error says
    why (written here)."""
    header = parse_header(HEAD + "Văn phòng Chính phủ xin thông báo./.\n\n" + RECIPIENTS + block)
    assert header.signer is not None and (header.signer.name, header.signer.title, header.signer.mode) == (
        name,
        None,
        mode,
    )
    assert any("title is cut" in error.message for error in header.errors)
