"""Citations of blind27 as development: "pháp luật" (the law in general, a newspaper's name) is no law cited.
Sentences written here."""

from extractors.citations import find_citations


def test_a_newspaper_named_phap_luat_is_no_law() -> None:
    text = "Theo báo Pháp Luật TP.HCM, đoàn sẽ về nước vào cuối tuần.\nNguồn Pháp Luật VN: http://example.vn/tin"
    assert [c.text for c in find_citations(text)] == []


def test_a_law_named_after_the_law_in_general_is_still_cited() -> None:
    text = "Việc xử lý vi phạm pháp luật thực hiện theo Luật Xử lý vi phạm hành chính năm 2012."
    assert [c.text for c in find_citations(text) if c.kind == "luat"] == ["Luật Xử lý vi phạm hành chính năm 2012"]
