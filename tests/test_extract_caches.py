"""The caches that spare the extractors repeated work hand out lists a caller may change without changing what the
next caller gets (issue 12's speed: a clause, its quantities and a text's lines are read several times a document)."""

from extractors.rules import quantities, rules_in_clause
from extractors.vntext import lines

CLAUSE = "Hồ sơ gửi Sở Ngoại vụ ít nhất 05 đến 07 ngày làm việc trước ngày xuất cảnh."


def test_rules_of_a_clause_read_again_are_the_same_and_a_fresh_list() -> None:
    first = rules_in_clause(CLAUSE)
    assert [(r.kind, r.value) for r in first] == [("submission_lead_working_days", None)]
    first.clear()
    again = rules_in_clause(CLAUSE)
    assert [(r.kind, r.value) for r in again] == [("submission_lead_working_days", None)]
    assert again is not rules_in_clause(CLAUSE)


def test_quantities_read_again_are_a_fresh_list() -> None:
    first = quantities(CLAUSE)
    assert [(q.label, q.value, q.low) for q in first] == [("WORKING_DAYS", 7.0, 5.0)]
    first.append(first[0])
    assert [(q.label, q.value, q.low) for q in quantities(CLAUSE)] == [("WORKING_DAYS", 7.0, 5.0)]


def test_lines_read_again_are_a_fresh_list() -> None:
    text = "Dòng một\nDòng hai\fTrang hai"
    first = lines(text)
    assert [(ln.start, ln.end) for ln in first] == [(0, 8), (9, 17), (18, 27)]
    first.pop()
    assert [ln.text for ln in lines(text)] == ["Dòng một", "Dòng hai", "Trang hai"]
