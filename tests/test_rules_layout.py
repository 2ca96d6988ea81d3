"""Rules as a dispatch lays them out (issue 13, blind2): times in weeks and months, a time in a table cell or in a
lead-in its listed items share, a headline that sums up the body, and a body's proposal or a draft that is no rule
yet. Sentences written for these tests, in several phrasings each."""

from __future__ import annotations

import pytest

from extractors.rules import clauses, find_rules, rules_in_clause


def _read(text: str) -> list[tuple[str, float | None, str | None, str]]:
    return [(r.kind, r.value, r.unit, r.scope) for r in find_rules(text)]


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "unit"),
    [
        ("Nộp hồ sơ ít nhất 01 tuần trước ngày xin đi công tác.", "submission_lead_working_days", 7, "days"),
        (
            "Hồ sơ đề nghị cử đoàn gửi Sở Ngoại vụ chậm nhất hai tuần trước ngày xuất cảnh.",
            "submission_lead_working_days",
            14,
            "days",
        ),
        (
            "Trong vòng một tuần sau khi về nước, trưởng đoàn phải gửi báo cáo kết quả chuyến đi.",
            "report_deadline_working_days",
            7,
            "days",
        ),
        (
            "Chậm nhất 02 tuần làm việc sau khi kết thúc chuyến công tác, đoàn gửi báo cáo về Sở Ngoại vụ.",
            "report_deadline_working_days",
            10,
            "working_days",
        ),
        (
            "Người được cử đi phải nộp lại hộ chiếu trong vòng 01 tuần lễ kể từ ngày về nước.",
            "passport_return_deadline_days",
            7,
            "days",
        ),
    ],
)
def test_rules_a_time_in_weeks_is_held_in_days(sentence: str, kind: str, value: int, unit: str) -> None:
    (rule,) = [r for r in rules_in_clause(sentence) if r.kind == kind]
    assert (rule.value, rule.unit) == (value, unit)


def test_rules_weeks_that_time_no_deadline_give_none() -> None:
    assert rules_in_clause("Đoàn công tác 02 tuần tại Nhật Bản theo chương trình hợp tác.") == []


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        (
            "Trong vòng 01 tháng kể từ ngày về nước, trưởng đoàn phải báo cáo kết quả chuyến đi.",
            "report_deadline_working_days",
            1,
        ),
        (
            "Chậm nhất 01 tháng sau khi về nước, đoàn phải nộp báo cáo kết quả chuyến công tác.",
            "report_deadline_working_days",
            1,
        ),
        (
            "Sau một tháng kể từ ngày về nước, trưởng đoàn phải gửi báo cáo kết quả chuyến công tác.",
            "report_deadline_working_days",
            1,
        ),
        (
            "Trong thời hạn hai (02) tháng sau khi kết thúc chuyến công tác, đoàn phải có báo cáo bằng văn bản.",
            "report_deadline_working_days",
            2,
        ),
        (
            "Sau khi về nước chậm nhất là 01 (một) tháng, trưởng đoàn phải báo cáo kết quả chuyến đi.",
            "report_deadline_working_days",
            1,
        ),
        ("Hộ chiếu phải nộp lại trong vòng 01 tháng kể từ ngày về nước.", "passport_return_deadline_days", 1),
        ("Hồ sơ cử đoàn phải trình ít nhất một tháng trước ngày xuất cảnh.", "submission_lead_working_days", 1),
    ],
)
def test_rules_a_time_in_months_keeps_its_unit(sentence: str, kind: str, value: int) -> None:
    """A month is no fixed number of days: the rule keeps unit months and the checks add calendar months."""
    assert [(r.kind, r.value, r.unit) for r in rules_in_clause(sentence)] == [(kind, value, "months")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 21 tháng 7 năm 2011, sau khi về nước, đoàn báo cáo kết quả chuyến đi với lãnh đạo tỉnh.",
        "Các đơn vị báo cáo kết quả 6 tháng đầu năm chậm nhất ngày 15 tháng 6, sau khi tổng hợp.",
        "Trước ngày 15 tháng 12 hằng năm, các cơ quan gửi báo cáo về đoàn ra sau khi tổng hợp.",
        "Định kỳ 6 tháng, các đơn vị báo cáo kết quả công tác đối ngoại sau khi kết thúc đợt công tác.",
        "Trường hợp quá hạn 03 tháng trở lên mà không nộp lại hộ chiếu, đương sự bị xử lý theo quy định.",
        "Trường hợp quá hạn từ 01 tháng đến dưới 03 tháng sau khi về nước, đương sự phải báo cáo giải trình.",
        # how long a passport must stay valid, not how early the papers go in
        "Hồ sơ đề nghị cấp thị thực gồm hộ chiếu còn thời hạn ít nhất 06 tháng tính đến ngày xuất cảnh.",
        "Hồ sơ gồm hộ chiếu còn giá trị sử dụng ít nhất 6 tháng trước ngày nhập cảnh.",
        "Hồ sơ xin thị thực gồm hộ chiếu có giá trị trên 180 ngày trước ngày xuất cảnh.",
    ],
)
def test_rules_months_that_are_dates_periods_or_overdue_give_none(sentence: str) -> None:
    """A date's month, a reporting period, an overdue time (a penalty's condition), a passport's validity are no
    deadline."""
    assert rules_in_clause(sentence) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the time in the lead-in, the report and the passport in the items
            "Khi về nước, trong vòng 10 ngày, đương sự cần phải nộp cho Viện các giấy tờ sau:\n"
            " 1. Báo cáo chuyến đi công tác nước ngoài (theo mẫu);\n"
            " 2. Bản sao thị thực xuất nhập cảnh.\n"
            " 3. Đương sự là công chức nộp hộ chiếu công vụ cho Phòng Hợp tác quốc tế.\n",
            [("report_deadline_working_days", 10, "days", "all"), ("passport_return_deadline_days", 10, "days", "all")],
        ),
        (
            "Trong thời hạn 15 ngày kể từ ngày về nước, trưởng đoàn gửi Sở Ngoại vụ:\n"
            "- Báo cáo kết quả chuyến công tác;\n"
            "- Danh sách đối tác đã làm việc.\n",
            [("report_deadline_working_days", 15, "days", "all")],
        ),
        (
            "Chậm nhất 05 ngày làm việc sau khi kết thúc chuyến đi, mỗi thành viên phải:\n"
            "a) Bàn giao hộ chiếu cho bộ phận quản lý;\n"
            "b) Thanh toán tạm ứng.\n",
            [("passport_return_deadline_days", 5, "working_days", "all")],
        ),
    ],
)
def test_rules_a_lead_in_time_binds_the_items_it_lists(text: str, expected: list[tuple[str, int, str, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no bound on the time: "10 ngày" alone may be anything
        "Khi về nước, sau 10 ngày đương sự nộp các giấy tờ sau:\n1. Báo cáo chuyến đi;\n",
        # the lead does not open a list (no colon): its items are not its
        "Khi về nước, trong vòng 10 ngày, đương sự nộp giấy tờ cho Viện.\n1. Báo cáo chuyến đi;\n",
        # lines that are not listed items
        "Khi về nước, trong vòng 10 ngày, đương sự nộp các giấy tờ sau:\nBáo cáo chuyến đi theo mẫu\n",
    ],
)
def test_rules_a_lead_in_time_without_its_list_binds_nothing(text: str) -> None:
    assert _read(text) == []


def test_rules_a_lead_in_that_states_its_own_rule_lends_its_time_to_no_item() -> None:
    text = (
        "Báo cáo kết quả chuyến đi gửi chậm nhất 15 ngày sau khi về nước, kèm theo các giấy tờ sau:\n"
        "1. Hộ chiếu công vụ đã sử dụng;\n"
    )
    assert _read(text) == [("report_deadline_working_days", 15, "days", "all")]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (  # a procedure table read cell by cell: task | who | time
            "TT\nNội dung\nThực hiện\nThời gian\n6\nĐi công tác nước ngoài\nCá nhân\nTheo kế hoạch\n"
            "7\nBáo cáo công tác sau chuyến đi\nCá nhân\nKhông quá 7 ngày khi về nước\n",
            [("report_deadline_working_days", 7, "days", "all")],
        ),
        (
            "Bước\nCông việc\nThời hạn\n5\nNộp báo cáo kết quả chuyến công tác cho Phòng Tổ chức\n"
            "Chậm nhất 10 ngày làm việc sau khi về nước\n",
            [("report_deadline_working_days", 10, "working_days", "all")],
        ),
        (
            "3\nNộp lại hộ chiếu công vụ\nTrưởng đoàn\nTrong vòng 05 ngày sau khi nhập cảnh\nBộ phận văn thư\n",
            [("passport_return_deadline_days", 5, "days", "all")],
        ),
    ],
)
def test_rules_a_table_cell_holding_only_a_time_is_read_with_its_row(
    table: str, expected: list[tuple[str, int, str, str]]
) -> None:
    assert _read(table) == expected


@pytest.mark.parametrize(
    "table",
    [
        "1\nĐoàn đi Nhật Bản\nTháng 5\nKhông quá 5 người\n",  # a plan's row: one delegation's size, not a rule
        "2\nCho phép cá nhân đi công tác nước ngoài\nHiệu trưởng\n2 ngày sau khi nhận được đơn\n",  # no bound
        "5\nLàm các thủ tục nhập cảnh\nCá nhân\n30 ngày trước khi xuất cảnh\n",  # a time, but no paper for a check
        "7\nKhông quá 7 ngày khi về nước\n",  # only the row number before it
        # a sentence before it, not a cell of its row
        "Các đoàn phải báo cáo kết quả chuyến công tác theo quy định.\nKhông quá 7 ngày khi về nước\n",
    ],
)
def test_rules_a_time_cell_without_its_task_gives_none(table: str) -> None:
    assert _read(table) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sở đề xuất nghiêm cấm cán bộ, công chức đi nước ngoài về việc riêng bằng chi phí do doanh nghiệp tài trợ.",
        "Sở Nội vụ còn đề xuất cán bộ, công chức, viên chức được cử đi nước ngoài không quá 2 lần/năm; trường hợp "
        "đặc biệt phải xin ý kiến Chủ tịch UBND tỉnh; mỗi đoàn không quá 10 người.",
        "Ngày 5/3, Ban Tổ chức Tỉnh ủy kiến nghị không cử cán bộ đang bị kỷ luật đi nước ngoài.",
        "Sở Nội vụ có đề xuất cán bộ, công chức chỉ đi nước ngoài không quá 02 lần trong một năm.",
        "Bộ Nội vụ vừa đề xuất: cán bộ phải nộp lại hộ chiếu trong vòng 05 ngày làm việc sau khi về nước.",
    ],
)
def test_rules_a_proposal_reported_is_no_rule(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the draft named after its words, which the headline and the lead sum up
        "Đoàn tháp tùng Phó Thủ tướng đi nước ngoài không quá 10 người\n\n"
        "Số lượng thành viên đoàn tháp tùng Phó Thủ tướng đi nước ngoài không được quá 10 người.\n\n"
        "Đó là một trong những nội dung của dự thảo Quy chế do Bộ Ngoại giao soạn thảo.\n",
        # in the same paragraph, after the sentence naming the draft
        "Theo dự thảo, các chuyến đi gồm thăm chính thức và dự hội nghị. Mỗi đoàn tháp tùng không quá 10 người; "
        "cán bộ đi nước ngoài không quá 02 lần/năm.\n",
        "Về nguyên tắc tổ chức đoàn, dự thảo quy định: mỗi đoàn đi nước ngoài không quá 08 người.\n",
        "Dự thảo Quy chế do Sở Nội vụ soạn thảo quy định cán bộ phải nộp lại hộ chiếu trong vòng 05 ngày làm việc "
        "sau khi về nước.\n",
        "Thành phần đoàn gọn nhẹ. Đây là một trong những điểm mới của dự thảo Quy định về quản lý đoàn ra: mỗi đoàn "
        "không quá 07 người.\n",
    ],
)
def test_rules_a_draft_reported_is_no_rule(text: str) -> None:
    """A rule in a draft's words (issue 13, blind3's rt-483): named before them in the paragraph, or after them."""
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Dự thảo đã được gửi lấy ý kiến các sở, ngành.\n\nMỗi đoàn đi nước ngoài không quá 08 người.\n",
        "UBND tỉnh đề nghị các sở góp ý dự thảo Quy chế. Mỗi đoàn đi nước ngoài không quá 08 người.\n",
        # the draft's paragraph ends: the next one is the dispatch's own
        "Theo dự thảo, các chuyến đi gồm thăm chính thức.\n\nMỗi đoàn đi nước ngoài không quá 08 người.\n",
    ],
)
def test_rules_a_draft_named_elsewhere_leaves_the_rule(text: str) -> None:
    assert [r.kind for r in find_rules(text)] == ["max_delegation_size"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Các cơ quan, đơn vị không đề xuất cử cán bộ đi nước ngoài quá 2 lần trong 1 năm.", "max_trips_per_year"),
        (
            "UBND tỉnh yêu cầu các sở khi đề xuất cử đoàn đi nước ngoài bảo đảm mỗi đoàn không quá 05 người.",
            "max_delegation_size",
        ),
        ("Sở Ngoại vụ đề xuất cử đoàn đi nước ngoài phải bảo đảm mỗi đoàn không quá 05 người.", "max_delegation_size"),
        (  # a rule adopted on a proposal
            "Sở Nội vụ hướng dẫn theo đề xuất của các đơn vị: cán bộ đi nước ngoài không quá 02 lần/năm.",
            "max_trips_per_year",
        ),
        (
            "Ban hành quy định theo đề xuất của Sở Nội vụ, mỗi đoàn đi nước ngoài không quá 07 người.",
            "max_delegation_size",
        ),
    ],
)
def test_rules_proposing_a_trip_or_a_rule_on_proposals_is_still_a_rule(text: str, kind: str) -> None:
    assert [r.kind for r in find_rules(text)] == [kind]


def test_rules_a_headline_yields_to_a_body_that_says_it_otherwise() -> None:
    text = (
        "Hà Nội: cán bộ đi nước ngoài không quá 3 lần/năm\n\n"
        "(HNM) – Theo quy định mới, lãnh đạo chủ chốt đi công tác nước ngoài không quá 2 lần/năm.\n"
    )
    assert _read(text) == [("max_trips_per_year", 2, "times_per_year", "key_leader")]


def test_rules_a_headline_the_body_restates_is_cited_from_the_body() -> None:
    text = (
        "Cấm cán bộ đi nước ngoài do doanh nghiệp đài thọ\n\n"
        "(PLO) – Thành ủy nghiêm cấm cán bộ đi nước ngoài do các doanh nghiệp tổ chức và đài thọ.\n"
    )
    (rule,) = find_rules(text)
    assert rule.kind == "no_enterprise_funded"
    assert rule.sentence.startswith("(PLO) – Thành ủy nghiêm cấm")


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Tài chính: Nghiêm cấm cán bộ đi nước ngoài theo lời mời của doanh nghiệp\n\n"
        "(DNVN) – Bộ trưởng vừa ban hành Chỉ thị về thực hành tiết kiệm trong tổ chức đoàn ra.\n",
        "V/v không cử cán bộ đi nước ngoài theo lời mời của các doanh nghiệp\n\nKính gửi: Các sở, ban, ngành.\n"
        "Để thực hành tiết kiệm, UBND tỉnh yêu cầu các cơ quan rà soát kế hoạch đoàn ra năm 2025.\n",
    ],
)
def test_rules_a_headline_the_body_does_not_state_gives_its_rule(text: str) -> None:
    assert _read(text) == [("no_enterprise_funded", None, None, "all")]


def test_rules_an_invitation_named_in_a_decision_is_no_ban() -> None:
    assert find_rules("Đoàn đi theo lời mời của các doanh nghiệp Nhật Bản để khảo sát thị trường.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Cùng với đó, không bố trí từ 2 lãnh đạo của một cơ quan, đơn vị cùng tham gia một đoàn công tác nước ngoài.",
        "Không cử hai lãnh đạo của cùng một đơn vị cùng đi trong một đoàn công tác nước ngoài.",
        "Không bố trí 02 đồng chí lãnh đạo thuộc một địa phương cùng tham gia đoàn đi nước ngoài.",
    ],
)
def test_rules_two_leaders_of_one_unit_without_key_is_the_two_leaders_rule(sentence: str) -> None:
    assert [(r.kind, r.scope) for r in rules_in_clause(sentence)] == [("no_two_key_leaders_same_unit", "key_leader")]


def test_rules_two_leaders_in_a_delegation_as_a_fact_is_no_rule() -> None:
    assert rules_in_clause("Đoàn gồm 2 lãnh đạo của một đơn vị cùng tham gia làm việc với đối tác.") == []


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        (
            "Các đơn vị không tổ chức đi nước ngoài từ nay đến hết tháng 11 (trừ các đoàn đã có kế hoạch hoặc đã được "
            "phê duyệt trước tháng 10).",
            "breach",
        ),
        ("Tạm dừng cử đoàn đi nước ngoài trong quý IV, trừ các đoàn đã có trong kế hoạch năm.", "breach"),
        ("Hạn chế cử cán bộ đi công tác nước ngoài, trừ các trường hợp đã nằm trong kế hoạch.", "warning"),
    ],
)
def test_rules_a_ban_whose_exception_is_the_plan_is_the_plan_rule(sentence: str, severity: str) -> None:
    assert [(r.kind, r.severity) for r in find_rules(sentence)] == [("in_annual_plan", severity)]


def test_rules_an_exception_for_planned_trips_without_a_ban_is_no_rule() -> None:
    assert rules_in_clause("Các đơn vị không cần báo cáo lại, trừ các đoàn đã có kế hoạch từ đầu năm.") == []


@pytest.mark.parametrize(
    "text",
    [
        # a news item whose lead announces the draft: what follows, in later paragraphs too, is the draft's
        "Bộ Giáo dục - Đào tạo (GD-ĐT) vừa công bố dự thảo thông tư ban hành quy chế quản lý việc ra nước ngoài.\n"
        "Theo đó, đoàn ra nước ngoài phải có mục tiêu thiết thực.\n"
        "Việc tổ chức đoàn ra phải theo kế hoạch đoàn ra hằng năm đã được phê duyệt.\n",
        "Bộ Nội vụ đang lấy ý kiến góp ý dự thảo nghị định về quản lý đoàn ra.\n\n"
        "Mỗi đoàn đi nước ngoài không quá 08 người.\n\nCán bộ đi nước ngoài không quá 02 lần/năm.\n",
        "Sở Nội vụ đang xây dựng quy chế quản lý đoàn ra của tỉnh.\n"
        "Cán bộ phải nộp lại hộ chiếu trong vòng 05 ngày làm việc sau khi về nước.\n",
        # "giao" of the ministry's name is no order
        "Bộ Ngoại giao vừa đưa ra dự thảo quy chế tổ chức các chuyến đi công tác nước ngoài.\n\n"
        "Mỗi đoàn tháp tùng không quá 10 người.\n",
        # the announcement as the headline
        "Bộ Tài chính công bố dự thảo thông tư về đoàn ra\n\nKhông cử cán bộ đang bị xử lý kỷ luật đi nước ngoài.\n",
    ],
)
def test_rules_a_draft_a_news_lead_announces_is_no_rule(text: str) -> None:
    """Issue 13, blind4's rt-567: the lead names the draft without opening on it, the rules are paragraphs later."""
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # an order to draft one is no announcement: the dispatch's own rule stays
        (
            "UBND tỉnh giao Sở Nội vụ xây dựng dự thảo quy chế quản lý đoàn ra.\n\n"
            "Mỗi đoàn đi nước ngoài không quá 08 người.\n",
            ["max_delegation_size"],
        ),
        # a draft announced further down a dispatch reaches no paragraph after its own
        (
            "Thực hiện Chỉ thị của Thủ tướng, UBND tỉnh yêu cầu các sở thực hiện nghiêm việc quản lý đoàn ra.\n\n"
            "Bộ Nội vụ đang lấy ý kiến dự thảo nghị định về đoàn ra.\n\n"
            "Mỗi đoàn đi nước ngoài không quá 08 người.\n",
            ["max_delegation_size"],
        ),
        # the lead's draft, then a paragraph back on the rules in force
        (
            "Bộ Nội vụ vừa công bố dự thảo quy chế quản lý đoàn ra.\n\nMỗi đoàn không quá 08 người.\n\n"
            "Hiện nay, theo Quyết định 58 của UBND tỉnh, cán bộ đi nước ngoài không quá 02 lần/năm.\n",
            ["max_trips_per_year"],
        ),
        # a draft agreement approved is no draft of rules
        (
            "UBND tỉnh vừa công bố dự thảo Bản ghi nhớ hợp tác với tỉnh Gyeonggi.\n\n"
            "Mỗi đoàn đi nước ngoài không quá 08 người.\n",
            ["max_delegation_size"],
        ),
    ],
)
def test_rules_a_draft_announced_leaves_the_rules_in_force(text: str, kinds: list[str]) -> None:
    assert [r.kind for r in find_rules(text)] == kinds


@pytest.mark.parametrize(
    "text",
    [
        # issue 13, blind4's rt-568: the conditions a paragraph before, the bar its own paragraph
        "Để được cử đi bồi dưỡng ở nước ngoài, cán bộ, công chức phải đáp ứng đầy đủ các điều kiện sau: có đủ "
        "tuổi công tác còn lại ít nhất 18 tháng.\n"
        "Cán bộ, công chức phải không trong thời gian xem xét, xử lý kỷ luật hoặc thi hành kỷ luật.\n",
        "Người được cử đi công tác nước ngoài phải có đủ các tiêu chuẩn sau:\n"
        "1. Có phẩm chất chính trị tốt.\n"
        "2. Không đang trong thời gian bị xử lý kỷ luật.\n",
        "Cán bộ khi được cử ra nước ngoài học tập cần đáp ứng các điều kiện: có sức khỏe tốt; không trong thời "
        "gian thi hành kỷ luật.\n",
    ],
)
def test_rules_a_condition_for_being_sent_abroad_bars_discipline(text: str) -> None:
    assert _read(text) == [("no_trip_under_discipline", None, None, "all")]


@pytest.mark.parametrize(
    "text",
    [
        # conditions for something else than a trip abroad
        "Để được xét nâng lương trước thời hạn, cán bộ phải đáp ứng các điều kiện sau:\n"
        "Không trong thời gian bị xử lý kỷ luật.\n",
        # discipline as the penalty, after conditions for a trip
        "Để được cử đi công tác nước ngoài, cán bộ phải đáp ứng các điều kiện sau: có chuyên môn phù hợp.\n"
        "Cán bộ vi phạm thì sẽ bị xử lý kỷ luật.\n",
        # the conditions too far back: another list
        "Để được cử đi công tác nước ngoài, cán bộ phải đáp ứng các điều kiện sau: có chuyên môn phù hợp.\n\n"
        "Về thi đua khen thưởng.\n\nCác đơn vị tổ chức hội nghị tổng kết.\n\nBáo cáo kết quả thực hiện.\n\n"
        "Không xét khen thưởng người đang bị xử lý kỷ luật.\n",
    ],
)
def test_rules_a_discipline_bar_without_a_trip_lead_is_no_rule(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Theo quy định của UBND TP.HCM, cán bộ trực thuộc đi nước ngoài 2 lần/năm, trước khi đi phải xin phép.",
        "Theo quy định, cán bộ, công chức của tỉnh đi công tác nước ngoài 02 lần/năm.",
        "Theo các quy định hiện hành của Bộ, viên chức ra nước ngoài hai lượt/năm.",
    ],
)
def test_rules_a_count_a_year_the_rule_states_is_a_ceiling(text: str) -> None:
    """Issue 13, blind4's rt-564: no bound word, but the sentence says it is the rule."""
    assert _read(text) == [("max_trips_per_year", 2, "times_per_year", "all")]


@pytest.mark.parametrize(
    "text",
    [
        # counts of trips made, or a rule not said to be one
        "Cán bộ trực thuộc đi nước ngoài 2 lần/năm, trước khi đi xin phép.",
        "Năm 2018, ông A đi nước ngoài 5 lần/năm.",
        "Theo quy định, cán bộ đi nước ngoài 2 lần/năm nhưng ông A đã đi nước ngoài 5 lần/năm.",
        "Theo kết luận thanh tra, nhiều thứ trưởng đi nước ngoài 4 lần/năm.",
        "Theo quy định, nhiều thứ trưởng đã đi nước ngoài nhiều hơn 2 lần/năm.",
    ],
)
def test_rules_a_count_a_year_with_no_rule_is_none(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Cơ quan có cán bộ đi nước ngoài gửi Tờ trình về Sở Nội vụ để thẩm định, trình Chủ tịch\n"
        "Ủy ban nhân dân tỉnh, chậm nhất là mười (10) ngày làm việc trước ngày xuất cảnh.",
        "Hồ sơ cử cán bộ đi nước ngoài gửi Sở Nội vụ thẩm định, trình Giám đốc\n"
        "Sở Ngoại vụ chậm nhất 10 ngày làm việc trước ngày xuất cảnh.",
        "Đơn vị gửi hồ sơ đề nghị về Văn phòng, báo cáo Phó Chủ tịch\n"
        "UBND tỉnh chậm nhất 10 ngày làm việc trước ngày xuất cảnh.",
    ],
)
def test_rules_a_sentence_wrapped_between_a_title_and_its_body_is_one(text: str) -> None:
    """Issue 13 (blind scenario 13, scan): a line ending on a head's title ("trình Chủ tịch") goes on with the
    body that opens the next one ("Ủy ban nhân dân tỉnh, chậm nhất …")."""
    assert ("submission_lead_working_days", 10, "working_days") in [r[:3] for r in _read(text)]


def test_rules_a_signature_title_above_a_body_stays_apart() -> None:
    """The capitals of a signature block are no running sentence."""
    text = "KT. CHỦ TỊCH\nỦY BAN NHÂN DÂN TỈNH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A"
    assert all("\n" not in text[start:end] for start, end in clauses(text))


@pytest.mark.parametrize(
    "text",
    [
        # a scan wraps inside a parenthesis: the line that closes it goes on with the sentence
        "a) Đơn vị gửi hồ sơ đề nghị (tờ trình, danh sách đoàn) về Sở Ngoại vụ (qua Phòng\n"
        "Lãnh sự) chậm nhất mười (10) ngày\nlàm việc trước ngày dự kiến xuất cảnh.\n",
        # a page break inside the parenthesis, the next page's number atop it
        "a) Đơn vị gửi hồ sơ đề nghị về Sở Ngoại vụ (qua Phòng\f2\nLãnh sự) chậm nhất mười (10) ngày làm việc trước "
        "ngày dự kiến xuất cảnh.\n",
    ],
)
def test_rules_a_sentence_goes_on_past_a_wrapped_parenthesis(text: str) -> None:
    (rule,) = find_rules(text)
    assert (rule.kind, rule.value, rule.unit) == ("submission_lead_working_days", 10, "working_days")
    assert rule.sentence.startswith("a) Đơn vị gửi hồ sơ") and rule.sentence.endswith("xuất cảnh.")


def test_rules_a_line_closing_no_open_parenthesis_starts_its_own_sentence() -> None:
    text = "a) Hồ sơ gửi Sở Ngoại vụ\nSở Ngoại vụ) tổng hợp.\nb) Mỗi đoàn không quá 08 người.\n"
    assert _read(text) == [("max_delegation_size", 8, "people", "all")]
    assert clauses(text)[0] == (0, text.index("\nSở"))


@pytest.mark.parametrize(
    "fax_line",
    [
        "FAX No. : 0210 3846 442   14/1/26 09:23   P.3",
        "FAXNGo.: 02103846442 14/1/2609:23 P.3",
        "2\nFAX +84 236 3812345 P.02",
    ],
)
def test_rules_a_fax_line_atop_a_page_does_not_cut_the_sentence_the_break_runs_through(fax_line: str) -> None:
    """Scenario 23's Quy định on its fax: the transmission line the machine prints atop page 3 stood between "… và Ủy
    ban" and "nhân dân tỉnh trong thời hạn mười (10) ngày làm việc kể từ ngày về nước", and the deadline was lost."""
    text = (
        "2. Báo cáo bằng văn bản gửi Thường trực Tỉnh ủy và Ủy ban\f"
        f"{fax_line}\nnhân dân tỉnh trong thời hạn mười (10) ngày làm việc kể từ ngày về nước.\n"
    )
    (rule,) = find_rules(text)
    assert (rule.kind, rule.value, rule.unit) == ("report_deadline_working_days", 10, "working_days")
    assert "FAX" not in rule.sentence


def test_rules_a_line_naming_a_fax_in_words_is_the_documents_own() -> None:
    text = "Báo cáo gửi qua\fFAX số 0210 3846 442 của Văn phòng trong thời hạn 05 ngày làm việc kể từ ngày về nước.\n"
    assert "FAX" in find_rules(text)[0].sentence
