"""Scenarios 25 and 26 on their scans (session 26, `dev27`): what OCR changed, each on a short hand-written text."""

from extractors.scope import find_definitions

_DEFINITION = (
    "2. Lãnh đạo chủ chốt quy định tại Quy định này là người đứng đầu cơ quan, đơn vị, gồm: giám đốc các\n"
    "sở; bí thư đảng ủy{cut}và chủ tịch công ty của các doanh nghiệp nhà nước. Cấp phó của người đứng đầu và\n"
    "giám đốc doanh nghiệp có chủ tịch công ty không thuộc diện này.\n"
)


def test_a_definition_cut_by_a_page_break_and_its_page_number_reads_as_one() -> None:
    """A scan's page break, the next page's number on a line of its own, inside the definition: the list and the
    exclusions after it are the definition's (before, the sentence stopped at the page break and the company's
    director, whom the exclusions put out, was a key leader)."""
    for cut in ("\n", "\f2\n", "\f- 2 -\n", "\f"):
        (definition,) = find_definitions(_DEFINITION.format(cut=cut))
        assert "chủ tịch công ty của các doanh nghiệp nhà nước" in definition.includes
        assert definition.excludes == ["Cấp phó của người đứng đầu", "giám đốc doanh nghiệp có chủ tịch công ty"]


def test_a_page_break_before_a_numbered_item_still_ends_the_sentence() -> None:
    text = _DEFINITION.format(cut="\n").replace("không thuộc diện này.\n", "không thuộc diện này\f3\n3. Không tính …\n")
    (definition,) = find_definitions(text)
    assert "3. Không" not in definition.sentence
