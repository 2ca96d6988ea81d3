"""Session 33's development leftovers of blind60 and blind61: people after a body's acronym, an Arabic article's
spaced hyphen, offices and ranks the lexicon lacked; places of a biography, a post's bracketed country and a clause's
subject; a news sentence's glued date; a dateline's spaced dash; a "V/v" line under a body's symbol."""

import pytest

from extractors.citations import find_citations
from extractors.header import parse_header
from extractors.people import find_people
from extractors.places import find_places
from schemas.document import DocType


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in find_people(text)]


def test_a_bodys_acronym_ends_the_unit_before_its_leaders_name() -> None:
    people = find_people("Đoàn làm việc với Tổng Bí thư Đảng Cộng sản Ai Cập (ECP) Sala Adly Abdenhafit hôm qua.")
    assert [(p.name, p.title, p.unit) for p in people] == [
        ("Sala Adly Abdenhafit", "Tổng Bí thư", "Đảng Cộng sản Ai Cập")
    ]


def test_an_arabic_articles_spaced_hyphen_joins_its_word() -> None:
    people = find_people("Đón đoàn có Thái tử kế vị Brunei Al -Muhtadee Billah và Phu nhân.")
    assert [(p.name.replace(" -", "-"), p.title) for p in people] == [("Al-Muhtadee Billah", "Thái tử kế vị")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Tháp tùng có Quốc vụ Giáo sĩ Pehin Dato Dr. Ustaz Hj Abdul Aziz Juned; các quan chức khác.",
            ("Hj Abdul Aziz Juned", "Quốc vụ Giáo sĩ"),
        ),
        (
            "Làm việc với Hội trưởng Hội đồng Xúc tiến thương mại quốc tế Trung Quốc (CCPIT) tỉnh Giang Tô Doãn Kiến "
            "Khánh nhân dịp mới nhận nhiệm vụ.",
            ("Doãn Kiến Khánh", "Hội trưởng"),
        ),
    ],
)
def test_offices_the_lexicon_lacked(text: str, person: tuple[str, str]) -> None:
    assert _people(text) == [person]


def test_a_lifetime_after_the_name_makes_it_a_persons() -> None:
    assert _people("Giang Tô là nơi Chủ tịch Hồ Chí Minh sinh thời đã nhiều lần đến thăm.") == [
        ("Hồ Chí Minh", "Chủ tịch")
    ]
    assert _people("Đoàn dâng hoa tại tượng Chủ tịch Hồ Chí Minh ở công viên.") == []


def test_an_admiral_named_by_one_transliterated_word() -> None:
    people = find_people("Điện văn gửi Đô đốc Đácgiǎngliơ\n\nXin ngài chuyển lời cảm ơn.")
    assert [(p.name, p.title, p.honorific) for p in people] == [("Đácgiǎngliơ", None, "Đô đốc")]
    assert find_people("Gặp Thiếu tá Nam hôm qua.") == []


def test_the_salutations_office_is_the_reader_the_heading_names() -> None:
    people = find_people(
        "Điện văn gửi Đô đốc Đácgiǎngliơ\n\nChủ tịch Chính phủ Việt Nam Dân chủ Cộng hoà kính gửi Thượng sứ,\n\n"
        "Xin ngài chuyển lời cảm ơn."
    )
    assert [(p.name, p.title) for p in people if p.name == "Đácgiǎngliơ"] == [("Đácgiǎngliơ", "Thượng sứ")]


@pytest.mark.parametrize(
    ("no_trip", "trip", "country"),
    [
        (  # where a visitor went to school is a biography's place; a study tour is a trip
            "Chiều 30/11, Quốc vương Brunei đến Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam. Ông học tại "
            "Brunei Darussalam, sau đó tiếp tục học tập tại Kuala Lumpur, Malaysia.",
            "Ông Nguyễn Văn An dẫn đầu đoàn đi học tập kinh nghiệm tại Nhật Bản từ ngày 3/5.",
            "JP",
        ),
        (  # an event only prepared for is no trip to it; a trip prepared for is one
            "Đoàn Quốc hội Hàn Quốc đến thăm thành phố Đà Nẵng. Ông Kim kỳ vọng học hỏi kinh nghiệm qua chuyến công "
            "tác lần này, góp phần chuẩn bị cho Hội nghị APEC 2025 dự kiến diễn ra vào tháng 11 năm nay tại Hàn Quốc.",
            "Sở Ngoại vụ chuẩn bị cho chuyến công tác tại Ấn Độ của đoàn lãnh đạo thành phố diễn ra tháng 5.",
            "IN",
        ),
    ],
)
def test_places_no_delegation_is_sent_to(no_trip: str, trip: str, country: str) -> None:
    assert find_places(no_trip) == []
    assert [p.country for p in find_places(trip)] == [country]


def test_a_posts_bracketed_country_and_a_clauses_subject_are_no_destinations() -> None:
    text = (
        "Ngày 13/9, đoàn công tác Tổng lãnh sự quán Việt Nam tại Osaka (Nhật Bản) do ông Ngô Trịnh Hà dẫn đầu đã đến "
        "thăm và làm việc tại tỉnh Tokushima.\n\nPhát biểu tại buổi làm việc, ông Ngô Trịnh Hà cho biết, Nhật Bản là "
        "đối tác quan trọng của Việt Nam."
    )
    assert [(p.name, p.country) for p in find_places(text)] == [("Tokushima", "JP")]
    beside = "Đoàn đến thăm tỉnh Tokushima. Tại tỉnh Tokushima, Nhật Bản, đoàn làm việc với lãnh đạo tỉnh."
    assert [p.country for p in find_places(beside) if p.level.value == "country"] == ["JP"]


def test_a_news_sentences_date_glued_to_its_word() -> None:
    (cited,) = find_citations("1. Ngày4/2/2008, Bộ Ngoại giao đã ban hành Thông tư số 02/2008/TT-BNG hướng dẫn việc.")
    assert (cited.number, str(cited.date)) == ("02/2008/TT-BNG", "2008-02-04")


def test_a_bare_peoples_committee_completed_from_a_dateline_with_a_spaced_dash() -> None:
    header = parse_header(
        "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 58/KH-UBND |\n"
        "Bà Rịa - Vũng Tàu, ngày 11 tháng 03 năm 2024 |\nKẾ HOẠCH\nHOẠT ĐỘNG ĐỐI NGOẠI NĂM 2024\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch hoạt động đối ngoại năm 2024 của tỉnh Bà Rịa - Vũng Tàu như sau:\n"
    )
    assert (header.place, header.issuer) == ("Bà Rịa - Vũng Tàu", "UBND tỉnh Bà Rịa - Vũng Tàu")


def test_a_vv_line_under_a_bodys_symbol_is_a_cong_van() -> None:
    header = parse_header(
        "BỘ THƯƠNG MẠI\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 2291 TM/XTTM\nV/v kế hoạch tổ chức tham gia hội chợ nước ngoài\n\nHà Nội, ngày 29 tháng 5 năm 2003\n\n"
        "Kính gửi: Công ty X\n"
    )
    assert header.doc_type is DocType.CONG_VAN
