"""A group defined by an annex's sections, a limits table's trips not counted said by another article, a managed
cadres' definition with its exclusions over sentences (issue 13, scenario 34's forms; the texts are the tests' own)."""

from __future__ import annotations

from extractors.annex_posts import find_annex_definition
from extractors.rules import find_rules
from extractors.scope import KEY_LEADER, MANAGED_CADRE, classify, find_definitions
from extractors.trips import joins_central_delegation

QUY_CHE = (
    "Điều 2. Giải thích từ ngữ\n"
    "1. Chức danh lãnh đạo chủ chốt là các chức danh được liệt kê tại Mục A Phụ lục kèm theo Quy chế này. Các chức "
    "danh tại Mục B Phụ lục không thuộc chức danh lãnh đạo chủ chốt.\n"
    "2. Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý, ngoài những người giữ chức danh tại Mục A Phụ lục, gồm: cấp "
    "phó của người đứng đầu các sở, ban, ngành tỉnh; Phó Hiệu trưởng trường đại học trực thuộc tỉnh; Phó Chủ tịch Ủy "
    "ban nhân dân xã, phường. Trưởng phòng, Chi cục trưởng thuộc sở và cấp phó của họ; Phó Giám đốc doanh nghiệp nhà "
    "nước không thuộc diện Ban Thường vụ Tỉnh ủy quản lý. Chủ tịch và các Phó Chủ tịch Ủy ban nhân dân tỉnh thuộc diện "
    "Bộ Chính trị quản lý.\n"
    "Điều 3. Giới hạn đoàn ra\n"
    "STT\tNội dung\tMức tối đa\n"
    "1\tSố lần đi công tác nước ngoài trong năm của người giữ chức danh lãnh đạo chủ chốt\tHai (02) lần/năm\n"
    "2\tSố lần đi công tác nước ngoài trong năm của cán bộ khác thuộc diện Ban Thường vụ Tỉnh ủy quản lý\tBa (03) "
    "lần/năm\n"
    "Điều 4. Các chuyến công tác không tính vào số lần quy định tại Điều 3\n"
    "1. Chuyến công tác đi theo đoàn của đồng chí lãnh đạo Đảng, Nhà nước ở Trung ương.\n"
    "2. Chuyến công tác dự hội nghị do ngân sách trung ương bảo đảm.\n"
    "Điều 5. Tổ chức thực hiện\n"
    "Quy chế này có hiệu lực kể từ ngày ký.\fPhụ lục\n"
    "A. CHỨC DANH LÃNH ĐẠO CHỦ CHỐT\n"
    "STT\tCơ quan, đơn vị\tChức danh\n"
    "1\tSở, ban, ngành tỉnh\tGiám đốc sở; Trưởng ban\n"
    "2\tBệnh viện tuyến tỉnh\tGiám đốc\n"
    "3\tTrường đại học trực thuộc tỉnh\tHiệu trưởng\n"
    "4\tCác đơn vị nêu tại các dòng 1 đến 3\tBí thư đảng ủy, kể cả trường hợp bí thư đảng ủy là cấp phó (Phó Giám "
    "đốc)\n"
    "B. CÁC CHỨC DANH KHÔNG THUỘC MỤC A\n"
    "STT Chức danh\n"  # a one-column table as a stored text keeps it
    "1 Cấp phó của người đứng đầu cơ quan, đơn vị\n"
    "2 | Giám đốc trung tâm và người đứng đầu đơn vị sự nghiệp trực thuộc sở\n"
    "3 | Ủy viên Ban Thường vụ Tỉnh ủy (kể cả khi đồng thời là người đứng đầu ban của Tỉnh ủy)\n"
)


def _key_leader(title: str, unit: str) -> bool | None:
    definition = find_annex_definition(QUY_CHE)
    assert definition is not None
    return classify(title, KEY_LEADER, definition, unit=unit).member


def test_the_annex_sections_are_the_definition() -> None:
    definition = find_annex_definition(QUY_CHE)
    assert definition is not None and definition.scope == KEY_LEADER
    assert definition.sentence.startswith("1. Chức danh lãnh đạo chủ chốt là các chức danh được liệt kê tại Mục A")
    assert "Hiệu trưởng các trường đại học trực thuộc tỉnh" in definition.includes
    assert "Phó Giám đốc" not in definition.includes  # the case's example is no post of its own
    assert "Ủy viên Ban Thường vụ Tỉnh ủy" in definition.excludes


def test_who_the_annex_puts_in_and_out() -> None:
    assert _key_leader("Giám đốc", "Sở Công Thương")
    assert _key_leader("Giám đốc", "Bệnh viện Đa khoa tỉnh")  # listed for hospitals: the out group's guess yields
    assert _key_leader("Hiệu trưởng", "Trường Đại học Đông Sơn")
    assert not _key_leader("Hiệu trưởng", "Trường Trung học phổ thông chuyên Lê Quý Đôn")  # a school under the sở
    assert _key_leader("Phó Hiệu trưởng, Bí thư Đảng ủy", "Trường Đại học Đông Sơn")
    assert not _key_leader("Phó Hiệu trưởng", "Trường Đại học Đông Sơn")
    assert not _key_leader("Giám đốc", "Trung tâm Xúc tiến Thương mại, Sở Công Thương")
    assert not _key_leader("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban", "Ban Tổ chức Tỉnh ủy")


def test_the_out_section_named_after_the_definition_s_line_wraps() -> None:
    """A scan wraps the article at the margin ("… tại Mục A Phụ lục ban" / "hành kèm theo …"): the sentence putting
    Mục B out stands on the lines after, and its posts are still out (a centre's director, a Ủy viên Ban Thường vụ
    heading a ban are no key leaders)."""
    one_line = "Mục A Phụ lục kèm theo Quy chế này. Các chức "
    wrapped = QUY_CHE.replace(one_line, "Mục A Phụ lục kèm\ntheo Quy chế này. Các chức\n")
    definition = find_annex_definition(wrapped)
    assert definition is not None
    assert "Ủy viên Ban Thường vụ Tỉnh ủy" in definition.excludes
    assert definition.sentence.endswith("đứng đầu ban của Tỉnh ủy)")
    assert not classify("Giám đốc", KEY_LEADER, definition, unit="Trung tâm Xúc tiến Thương mại, Sở Công Thương").member


def test_no_annex_no_definition() -> None:
    assert find_annex_definition(QUY_CHE.split("\fPhụ lục")[0]) is None
    assert find_annex_definition("Lãnh đạo chủ chốt gồm: Giám đốc sở.") is None


def test_the_table_rows_take_their_groups_and_the_article_not_counting_trips() -> None:
    trips = [r for r in find_rules(QUY_CHE) if r.kind == "max_trips_per_year"]
    assert [(r.value, r.scope) for r in trips] == [(2.0, KEY_LEADER), (3.0, MANAGED_CADRE)]
    key, managed = trips
    assert key.scope_definition is not None and key.scope_definition.term == "Chức danh lãnh đạo chủ chốt"
    assert managed.scope_definition is not None
    for rule in trips:  # the heading names the table's article, its items say which trips
        assert rule.exception is not None
        assert rule.exception.startswith("Các chuyến công tác không tính vào số lần quy định tại Điều 3: Chuyến")
        assert "lãnh đạo Đảng, Nhà nước ở Trung ương" in rule.exception
        assert "Tổ chức thực hiện" not in rule.exception


def test_the_managed_cadres_and_who_another_body_manages() -> None:
    (definition,) = [d for d in find_definitions(QUY_CHE) if d.scope == MANAGED_CADRE]
    assert {"Trưởng phòng", "Chi cục trưởng thuộc sở", "Phó Giám đốc doanh nghiệp nhà nước"} <= set(definition.excludes)

    def managed(title: str, unit: str) -> bool | None:
        return classify(title, MANAGED_CADRE, definition, unit=unit).member

    assert managed("Phó Giám đốc", "Sở Nông nghiệp và Môi trường")  # "cấp phó của người đứng đầu các sở"
    assert managed("Phó Chủ tịch Ủy ban nhân dân", "xã Tân Lập")
    assert not managed("Phó Chủ tịch", "Ủy ban nhân dân tỉnh")  # managed by the Bộ Chính trị
    assert not managed("Phó Giám đốc", "Công ty TNHH MTV Cấp nước Đông Sơn")
    assert not managed("Chi cục trưởng", "Chi cục Thủy lợi, Sở Nông nghiệp và Môi trường")


def test_going_with_a_central_leaders_delegation() -> None:
    assert joins_central_delegation(
        "Cử ông A đi công tác tại Lào để đi theo đoàn đại biểu cấp cao do đồng chí Phó Chủ tịch nước dẫn đầu"
    )
    assert not joins_central_delegation("Cử ông A đi theo đoàn của Sở Công Thương dự hội chợ")
