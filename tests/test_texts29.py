"""Real texts of issue 12 (blind51/52 made development): a national motto whose letters a copy's font dropped, an issuer
printed letter by letter or with its head's vowel lost, the state's name under a head's title, a verb of saying after
a title. The texts are made up for the tests."""

import pytest

from extractors.header import parse_header
from extractors.people import find_people

BODY = """QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
{authority}
Căn cứ Nghị định số 12/2020/NĐ-CP ngày 01 tháng 02 năm 2020;
Điều 1. Cử ông Trần Văn Bình đi công tác tại Nhật Bản.
"""


def test_a_motto_that_lost_letters_is_no_issuer_and_the_ministry_gets_its_vowel_back() -> None:
    text = (
        "B XÂY DỰNG\nCNG HÒA HI CH NGHĨA VIỆT NAM\nĐộc lp - T do - Hnh phúc\nSố: 45/2015/TT-BXD\n"
        "Hà Nội, ngày 10 tháng 3 năm 2015\n" + BODY.format(authority="")
    )
    issuer = parse_header(text).issuer
    assert issuer is not None
    assert issuer.casefold() == "bộ xây dựng"  # the rest in running form as read ("Bộ xây dựng")


def test_an_issuer_spaced_letter_by_letter_is_the_authority_line_under_the_title() -> None:
    head = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 7/QĐ-BTC\n"
    head += "Hà Nội, ngày 10 tháng 3 năm 2015\n"
    spelled = parse_header("B Ộ  T À I  C H Í N H\n" + head + BODY.format(authority="BỘ TRƯỞNG BỘ TÀI CHÍNH"))
    assert spelled.issuer == "Bộ Tài chính"
    unspelled = parse_header("B Ộ  N Ộ I   V Ụ\n" + head + BODY.format(authority=""))
    assert unspelled.issuer is None  # no line spells its letters: null and an error, never the letters
    assert [e.code for e in unspelled.errors] == ["issuer.unreadable"]


@pytest.mark.parametrize("state", ["NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "NƯỚC VIỆT NAM DÂN CHỦ CỘNG HÒA"])
def test_the_state_s_name_under_the_head_s_title_is_part_of_chu_tich_nuoc(state: str) -> None:
    text = (
        "CHỦ TỊCH NƯỚC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12-LCT\n"
        "Hà Nội, ngày 10 tháng 3 năm 1985\n" + BODY.format(authority="") + f"\nCHỦ TỊCH\n{state}Trần Văn An\n"
    )
    signer = parse_header(text).signer
    assert signer is not None
    assert (signer.name, signer.title) == ("Trần Văn An", "Chủ tịch nước")


def test_a_verb_of_saying_after_a_title_ends_its_tail() -> None:
    said = "Đại sứ cho biết Chile là bạn hàng lớn của Việt Nam tại khu vực Mỹ Latinh, sau Brazil."
    assert find_people(said) == []
    named = find_people("Đại sứ Lê Thị Hoa cho biết Chile là bạn hàng lớn.")
    assert [(p.name, p.title) for p in named] == [("Lê Thị Hoa", "Đại sứ")]
