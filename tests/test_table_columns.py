"""Borderless tables read by their columns (extractors/text/columns.py): columns from the header's x-gutters,
rows from the name column, wrapped cells kept with their row; pages without such a header read as before."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest
from rapidfuzz import fuzz

from extractors.members import find_members
from extractors.text import columns
from extractors.text.layout import arrange_words
from samples.tools.render import scan
from schemas.document import Box, Word
from tests.tablepaper import HEIGHT, MEMBERS, TITLES_AND_UNITS, WIDTH, table_page

CHAR = 22  # px per character of the synthetic words
UNIT = 40
LINE = 75


def _line_words(text: str, left: float, top: float, line: int) -> list[Word]:
    words = []
    for token in text.split():
        words.append(
            Word(
                text=token,
                box=Box(left=round(left), top=round(top), width=CHAR * len(token), height=UNIT),
                confidence=95.0,
                line=line,
            )
        )
        left += CHAR * (len(token) + 1)
    return words


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for token in text.split():
        if lines and CHAR * (len(lines[-1]) + 1 + len(token)) <= width:
            lines[-1] += f" {token}"
        else:
            lines.append(token)
    return lines


def _table_words(
    rows: Sequence[Sequence[str]], widths: list[int], *, top: int = 600, centred: bool = False, padding: int = 30
) -> tuple[list[Word], int]:
    """Words of a table without rules as OCR boxes them, each column with its own line ids (tesseract reads
    such columns as separate blocks); returns the words and the y under the table."""
    words: list[Word] = []
    xs = [200]
    for width in widths:
        xs.append(xs[-1] + width)
    y = top
    for r, row in enumerate(rows):
        cells = [_wrap(cell, width - 2 * padding) for cell, width in zip(row, widths, strict=True)]
        tallest = max(len(cell) for cell in cells)
        for c, cell in enumerate(cells):
            shift = (tallest - len(cell)) * LINE / 2 if centred else 0
            for k, text in enumerate(cell):
                words += _line_words(text, xs[c] + padding, y + shift + k * LINE, line=1000 * c + 10 * r + k)
        y += tallest * LINE + 30
    return words, y


def _page(rows: Sequence[Sequence[str]], widths: list[int], **kwargs: object) -> list[Word]:
    above = _line_words("Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Hàn Quốc:", 200, 450, line=1)
    table, bottom = _table_words(rows, widths, **kwargs)  # type: ignore[arg-type]
    below = _line_words("Điều 2. Kinh phí chuyến đi do ngân sách tỉnh bảo đảm theo quy định.", 200, bottom + 60, line=2)
    return above + table + below


_PEOPLE = enumerate(zip(MEMBERS, TITLES_AND_UNITS, strict=True), 1)
FOUR = [("STT", "Họ và tên", "Chức vụ", "Đơn vị"), *((str(i), n, t, u) for i, ((n, _), (t, u)) in _PEOPLE)]
FIVE = [
    (*FOUR[0][:3], "Đơn vị công tác", "Ghi chú"),
    *((*row, "Trưởng đoàn" if row[0] == "1" else "") for row in FOUR[1:]),
]
THREE = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS, 1))]


@pytest.mark.parametrize("centred", [False, True])
@pytest.mark.parametrize("seed", [0, 1])
def test_a_borderless_table_is_read_row_by_row(centred: bool, seed: int) -> None:
    """Whatever order the words come in, each row is one line of cells; a wrapped cell stays in its row whether
    cells sit at the row's top or are centred in it (a wrapped unit's first line above the name)."""
    words = _page(FOUR, [150, 520, 560, 620], centred=centred)
    random.Random(seed).shuffle(words)
    layout, placed = arrange_words(words, WIDTH, HEIGHT)
    lines = layout.lines
    assert lines[0].startswith("Điều 1.") and lines[-1].startswith("Điều 2.")
    assert lines[1] == "STT | Họ và tên | Chức vụ | Đơn vị"
    assert lines[2:-1] == [f"{i} | {n} | {t} | {u}" for i, n, t, u in FOUR[1:]]
    assert len(placed) == len(words)
    found = find_members(layout.text)
    assert [(m.name, m.title, m.unit) for m in found] == [(n, t, u) for _, n, t, u in FOUR[1:]]


def test_a_lost_row_number_and_a_title_and_unit_column() -> None:
    """OCR drops most row numbers of a mostly empty column: rows start at the names."""
    words = [w for w in _page(THREE, [150, 560, 1100]) if not (w.text.isdigit() and w.text != "1")]
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines[2] == f"1 | {MEMBERS[0][0]} | {MEMBERS[0][1]}"
    assert layout.lines[3] == f" | {MEMBERS[1][0]} | {MEMBERS[1][1]}"
    found = find_members(layout.text)
    assert [m.name for m in found] == [name for name, _ in MEMBERS]
    assert (found[0].title, found[0].role) == ("Giám đốc", "trưởng đoàn")


def test_a_header_cell_wrapped_onto_a_second_line() -> None:
    rows = [("STT", "Họ và tên", "Chức vụ", "Đơn vị công tác"), *FOUR[1:4]]
    words = _page(rows, [150, 520, 560, 300])
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines[1] == "STT | Họ và tên | Chức vụ | Đơn vị công tác"
    assert [m.unit for m in find_members(layout.text)] == [u for *_, u in FOUR[1:4]]


def test_a_header_centred_between_the_lines_of_a_wrapped_header_cell() -> None:
    """ "Chức vụ, / đơn vị" on two lines, "STT" and "Họ và tên" centred between them: one header row."""
    people = [FOUR[k] for k in (1, 2, 4, 11)]
    rows = [("STT", "Họ và tên", "Chức vụ, đơn vị"), *((i, n, f"{t}, {u}") for i, n, t, u in people)]
    words = _page(rows, [150, 520, 500], centred=True)
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines[1] == "STT | Họ và tên | Chức vụ, đơn vị"
    found = find_members(layout.text)
    assert [(m.name, m.title, m.unit) for m in found] == [(n, t, u) for _, n, t, u in people]


def test_the_table_ends_at_running_text_and_the_signature_block_stays() -> None:
    words, bottom = _table_words(THREE[:4], [150, 560, 1100])
    words += _line_words("Nơi nhận:", 200, bottom + 20, line=3)
    words += _line_words("KT. CHỦ TỊCH", 1500, bottom + 20, line=4)
    words += _line_words("- Như Điều 3;", 200, bottom + 20 + LINE, line=5)
    words += _line_words("PHÓ CHỦ TỊCH", 1500, bottom + 20 + LINE, line=6)
    layout, _ = arrange_words(words, WIDTH, HEIGHT)
    assert layout.lines[:4] == [" | ".join(row) for row in THREE[:4]]
    assert layout.lines[4:] == ["Nơi nhận:", "- Như Điều 3;", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


@pytest.mark.parametrize(
    "header",
    [
        ("Họ và tên", "Ngày sinh"),  # the name column alone is named
        ("Số", "Nội dung", "Thời gian"),  # no name column
    ],
)
def test_a_page_without_a_member_header_is_read_as_before(
    header: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [header, *((f"Cell {i}", *(f"Text {i}{k}" for k in range(len(header) - 1))) for i in range(4))]
    words = _page(rows, [500] * len(header))
    before = arrange_words(words, WIDTH, HEIGHT)
    assert columns.find_tables(words, range(len(words)), UNIT) == []
    monkeypatch.setattr(columns, "find_tables", lambda *_: [])
    assert arrange_words(words, WIDTH, HEIGHT) == before


def test_a_sentence_naming_the_columns_is_no_table() -> None:
    """ "họ và tên, chức vụ, đơn vị" in running text: no gutter between the words."""
    text = "Danh sách ghi rõ họ và tên, chức vụ, đơn vị công tác của từng thành viên trong đoàn"
    words = _line_words(text, 200, 500, line=1) + _line_words(
        "và gửi Sở Ngoại vụ trước ngày 15/3/2025.", 200, 575, line=2
    )
    assert columns.find_tables(words, range(len(words)), UNIT) == []


def _ratio_found(text: str) -> tuple[float, list[int]]:
    names = [m.name for m in find_members(text)]
    found = [next((i for i, (name, _) in enumerate(MEMBERS) if fuzz.ratio(name, n) >= 85), None) for n in names]
    hits = [i for i in found if i is not None]
    return len(set(hits)) / len(MEMBERS), hits


DECISION_BEFORE = (
    "QUYẾT ĐỊNH",
    "Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại Nhật Bản từ ngày 10/3/2025",
    "đến ngày 16/3/2025, gồm:",
)
DECISION_AFTER = (
    "Điều 2. Kinh phí chuyến đi do ngân sách tỉnh bảo đảm theo quy định hiện hành.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("rows", "widths", "options"),
    [
        (FOUR, [160, 560, 640, 700], {"before": DECISION_BEFORE, "after": DECISION_AFTER, "seed": 5}),
        (THREE, [150, 650, 1200], {"centred": True, "seed": 5}),
        # the scanner's tilt, blur and JPEG: OCR loses the "TT" header, its numbers become specks beside the names
        (THREE, [150, 650, 1200], {"centred": True, "seed": 1, "scanner": True}),
        (
            FIVE,
            [140, 540, 560, 560, 260],
            {"before": DECISION_BEFORE, "after": DECISION_AFTER, "padding": 25, "seed": 6},
        ),
    ],
)  # fmt: skip
def test_members_of_a_rendered_borderless_table_read_from_its_scan(
    rows: list[tuple[str, ...]], widths: list[int], options: dict[str, object]
) -> None:
    """Real OCR of a member table without rules on grey, noisy, tilted paper: before, tesseract's columns came
    out one after the other (titles and units lost, or paired with the wrong name); now ≥ 95% of the members,
    in order, and ≥ 90% of them with their title."""
    from extractors.text.scan import ocr_page

    options = dict(options)
    scanner = options.pop("scanner", False)
    image = table_page(rows, widths, ruled=False, **options)  # type: ignore[arg-type]
    if scanner:
        image = scan(image.convert("L"), random.Random(options["seed"]))
    page = ocr_page(image, 1)
    share, hits = _ratio_found(page.text)
    assert share >= 0.95 and hits == sorted(hits), page.text
    titles = {m.name: m.title or "" for m in find_members(page.text)}
    right = sum(
        any(fuzz.ratio(name, n) >= 85 and fuzz.ratio(title, t) >= 85 for n, t in titles.items())
        for (name, _), (title, _) in zip(MEMBERS, TITLES_AND_UNITS, strict=True)
    )
    assert right >= 0.9 * len(MEMBERS), page.text


@pytest.mark.parametrize("seed", range(30))
def test_any_words_under_a_header_are_read_without_error(seed: int) -> None:
    """Specks of any size anywhere under a member header (a seal, a signature, a blurred column of numbers):
    the page is laid out (a row of only tall specks once had no line to take its height from)."""
    rng = random.Random(seed)
    words = _line_words("STT Họ và tên", 200, 500, line=1) + _line_words("Chức vụ", 1200, 500, line=2)
    for k in range(rng.randint(0, 40)):
        box = Box(
            left=rng.randint(0, 2200), top=rng.randint(560, 1400), width=rng.randint(5, 300), height=rng.randint(5, 300)
        )
        text = rng.choice(["Nguyễn", "Văn", "An", "1", "¬I1I", "Giám", "đốc", "|", "®", "Sở"])
        words.append(Word(text=text, box=box, confidence=rng.uniform(30, 96), line=10 + k))
    layout, placed = arrange_words(words, WIDTH, HEIGHT)
    assert "Họ và tên" in layout.text and len(placed) <= len(words)
