"""A limit whose clause lists the posts it binds ("Các đồng chí sau đây …: a) …; b) …"), the exception a later item
states for it, and the named agreement that exception leaves out of the count (issue 13, scenario 23's forms; the
sentences are the tests' own)."""

from __future__ import annotations

import pytest

from extractors.programmes import named_programme
from extractors.rules import find_rules
from extractors.scope import LISTED, classify, find_listed_scope

LIMIT = "1. Những người giữ các chức vụ sau đây đi công tác nước ngoài không quá hai (02) lần trong một năm:"
ITEMS = (
    "a) Bí thư, Phó Bí thư Thành ủy; Chủ tịch, Phó Chủ tịch Ủy ban nhân dân thành phố;\n"
    "b) Giám đốc sở; Trưởng các ban của Thành ủy;\n"
    "c) Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường.\n"
    "Cấp phó của người đứng đầu sở, ban, ngành, phường không thuộc diện áp dụng khoản này.\n"
)
NOT_COUNTED = (
    "2. Không tính vào số lần quy định tại khoản 1 Điều này các chuyến đi thực hiện Bản ghi nhớ hợp tác giữa thành "
    "phố Tây Hà và tỉnh Khăm Muộn (Lào) đã được Ban Thường vụ Thành ủy thông qua.\n"
)
TEXT = f"Điều 3. Số lần đi nước ngoài\n{LIMIT}\n{ITEMS}{NOT_COUNTED}Điều 4. Mỗi đoàn không quá tám (08) người.\n"


def _listed():  # type: ignore[no-untyped-def]
    start = TEXT.index("Những người")
    definition = find_listed_scope(TEXT, start, start + len(LIMIT) - 3)
    assert definition is not None
    return definition


def test_the_posts_a_clause_lists_are_who_is_in_and_the_closing_sentence_who_is_out() -> None:
    definition = _listed()
    assert definition.scope == LISTED
    assert definition.includes == [
        "Bí thư Thành ủy",
        "Phó Bí thư Thành ủy",
        "Chủ tịch Ủy ban nhân dân thành phố",
        "Phó Chủ tịch Ủy ban nhân dân thành phố",
        "Giám đốc sở",
        "Trưởng các ban của Thành ủy",
        "Bí thư Đảng ủy phường",
        "Chủ tịch Ủy ban nhân dân phường",
    ]
    assert definition.excludes == ["Cấp phó của người đứng đầu sở, ban, ngành, phường"]
    assert definition.sentence.endswith("không thuộc diện áp dụng khoản này.")  # not the next item


@pytest.mark.parametrize(
    ("title", "unit", "member"),
    [
        ("Giám đốc", "Sở Tài chính", True),
        ("Phó Giám đốc", "Sở Tài chính", False),  # a deputy the list does not name
        ("Chuyên viên", "Sở Tài chính", False),
        ("Phó Chủ tịch Ủy ban nhân dân thành phố", None, True),  # a deputy it names
        ("Phó Chủ tịch", "Ủy ban nhân dân phường Đông Hà", False),
        ("Chủ tịch", "Ủy ban nhân dân phường Đông Hà", True),
        ("Bí thư Đảng ủy", "phường Đông Hà", True),
        ("Phó Giám đốc, Bí thư Đảng ủy", "Bệnh viện Đa khoa tỉnh", False),  # a hospital's party secretary: not listed
        ("Chủ tịch Hội đồng trường", "Trường Đại học Tây Hà", False),  # a chair the list does not name
    ],
)
def test_a_listed_scope_binds_the_listed_posts_only(title: str, unit: str | None, member: bool) -> None:
    assert classify(title, LISTED, _listed(), unit=unit).member is member


@pytest.mark.parametrize(
    "clause",
    [
        "Cán bộ lãnh đạo đi công tác nước ngoài không quá hai (02) lần trong một năm:",  # no "sau đây": no list
        "Các đồng chí sau đây đi công tác nước ngoài không quá hai (02) lần trong một năm.",  # no colon
    ],
)
def test_no_list_without_the_clause_naming_it(clause: str) -> None:
    assert find_listed_scope(f"{clause}\n{ITEMS}", 0, len(clause)) is None


def test_the_rule_takes_the_list_and_the_next_item_naming_its_khoan_as_exception() -> None:
    (trips, size) = find_rules(TEXT)
    assert (trips.kind, trips.scope, size.kind, size.scope) == (
        "max_trips_per_year",
        LISTED,
        "max_delegation_size",
        "all",
    )
    assert trips.scope_definition is not None and "Giám đốc sở" in trips.scope_definition.includes
    assert trips.exception is not None and trips.exception.startswith("Không tính vào số lần quy định tại khoản 1")


def test_a_next_item_not_naming_the_limit_is_no_exception() -> None:
    other = NOT_COUNTED.replace("vào số lần quy định tại khoản 1 Điều này", "")
    (trips, _) = find_rules(
        f"Điều 3. Số lần đi nước ngoài\n{LIMIT}\n{ITEMS}{other}Điều 4. Mỗi đoàn không quá tám (08) người.\n"
    )
    assert trips.exception is None


def test_the_named_agreement_is_read_from_the_exception() -> None:
    (trips, _) = find_rules(TEXT)
    programme = named_programme(trips.exception)
    assert programme is not None
    assert programme.name == "Bản ghi nhớ hợp tác giữa thành phố Tây Hà và tỉnh Khăm Muộn (Lào)"
    assert (programme.kind, programme.parties) == ("ban ghi nho hop tac", ("tay ha", "kham muon"))


@pytest.mark.parametrize(
    "exception",
    [
        "Không tính vào số lần nêu trên các chuyến đi tháp tùng lãnh đạo Trung ương",  # no agreement
        "Không tính các chuyến đi thực hiện các chương trình hợp tác đã được phê duyệt",  # no parties: none named
        "Các chuyến đi thực hiện Thỏa thuận hợp tác với tỉnh Khăm Muộn được ưu tiên",  # counted all the same
    ],
)
def test_no_named_agreement(exception: str) -> None:
    assert named_programme(exception) is None
