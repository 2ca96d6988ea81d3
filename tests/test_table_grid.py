"""Ruled tables read by their cells (extractors/text/grid.py): the grid found on the image, its rules erased
before OCR, each row one line of cells whatever order the words came in; members read from such tables."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence

import numpy as np
import pytest
from PIL import Image, ImageDraw
from rapidfuzz import fuzz

from extractors.members import find_members
from extractors.text import grid, scan
from extractors.text.layout import arrange_words
from samples.tools.render import font
from schemas.document import Box, Word
from tests.tablepaper import HEIGHT, MEMBERS, WIDTH, table_page


def _gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def test_a_drawn_table_is_found_with_its_rows_and_columns() -> None:
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:5], 1))]
    grids, mask = grid.find_grids(_gray(table_page(rows, [150, 650, 1200], skew=0.01)))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 6)]
    assert mask is not None and mask.any()


def test_a_lid_shadow_and_a_stamp_frame_do_not_hide_the_table() -> None:
    """A photocopy: the copier lid's dark band runs down the page's edge and a received stamp's frame sits
    top left. Neither is crossed by the table's rules, so the table is still found with its own columns
    (the shadow joined the table's group of vertical rules and no horizontal rule spanned the group)."""
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:5], 1))]
    page = table_page(rows, [150, 650, 1200], skew=0.01)
    draw = ImageDraw.Draw(page)
    draw.rectangle([(WIDTH - 40, 0), (WIDTH - 10, HEIGHT)], fill=(40, 40, 40))
    draw.rectangle([(120, 40), (800, 260)], outline=(30, 30, 30), width=5)
    grids, mask = grid.find_grids(_gray(page))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 6)]
    assert mask is not None and not mask[:, WIDTH - 30].any() and not mask[150, 120:130].any()


def test_a_table_whose_outer_rules_faded_in_pieces_is_found_whole() -> None:
    """A fax: the table's top and bottom rules came apart where their ink faded, no piece spanning the table
    (scenario 18's QĐ 1505 lost its header and last rows that way, three of four members). The pieces on one
    line covering most of the width are one rule, so every row is found; a rule with most of it gone is none."""
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:5], 1))]
    page = table_page(rows, [150, 650, 1200], skew=0.01)
    whole = grid.find_grids(_gray(page))[0][0]
    draw = ImageDraw.Draw(page)
    left, right = int(whole.xs[0]), int(whole.xs[-1])
    for y in (whole.ys[0], whole.ys[-1]):
        for start in range(left + 100, right - 100, 300):  # a 40-pixel gap every 300: 13% of the rule lost
            draw.rectangle([(start, int(y) - 8), (start + 40, int(y) + 8)], fill=(222, 220, 214))
    grids, _ = grid.find_grids(_gray(page))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 6)]
    y = int(whole.ys[2])
    draw.rectangle([(left + 60, y - 8), (right - 400, y + 8)], fill=(222, 220, 214))  # most of a row rule gone
    grids, _ = grid.find_grids(_gray(page))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 5)]


def test_a_table_whose_outer_rules_faded_away_ends_where_its_sides_do() -> None:
    """Scenario 18's QĐ 1885: the top and bottom rules so faded that none of them was found; both sides start
    and end together, so the header and the last row are still the grid's. Without the sides' agreement (one
    side cut short) no frame is assumed."""
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:5], 1))]
    page = table_page(rows, [150, 650, 1200], skew=0.01)
    whole = grid.find_grids(_gray(page))[0][0]
    draw = ImageDraw.Draw(page)
    for y in (whole.ys[0], whole.ys[-1]):
        for left, right in itertools.pairwise(whole.xs):
            draw.rectangle([(int(left) + 8, int(y) - 8), (int(right) - 8, int(y) + 8)], fill=(222, 220, 214))
    grids, _ = grid.find_grids(_gray(page))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 6)]
    x = int(whole.xs[-1])
    draw.rectangle([(x - 8, int(whole.ys[-2]) + 40), (x + 8, int(whole.ys[-1]) + 8)], fill=(222, 220, 214))
    grids, _ = grid.find_grids(_gray(page))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 5)]


@pytest.mark.parametrize(("gap", "rows_found"), [(40, 6), (70, 6), (150, None)])
def test_a_table_whose_every_rule_came_apart_is_mended_when_most_of_its_ink_is_left(
    gap: int, rows_found: int | None
) -> None:
    """Scenario 16's QĐ 468, photocopied: every horizontal rule in pieces, none spanning the table, its sides
    crossed by no rule, so the table was read as a page ("Lâ Thị Kim Oanh"). Pieces on one line close together
    whose ink covers most of it are one rule: the grid is found whole. A rule half gone (150 of every 300 pixels)
    is mended by nothing, and with one whole rule no grid is assumed (a grid of two rows for five merged rows)."""
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:5], 1))]
    page = table_page(rows, [150, 650, 1200], skew=0.01)
    whole = grid.find_grids(_gray(page))[0][0]
    draw = ImageDraw.Draw(page)
    left, right = int(whole.xs[0]), int(whole.xs[-1])
    for y in whole.ys[1:]:  # the top rule stays whole: one is not enough
        for start in range(left + 100, right - 100, 300):
            draw.rectangle([(start, int(y) - 8), (start + gap, int(y) + 8)], fill=(222, 220, 214))
    grids, mask = grid.find_grids(_gray(page))
    if rows_found is None:
        assert (grids, mask) == ([], None)
    else:
        assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, rows_found)]
        assert mask is not None


def test_a_mended_rule_is_erased_with_its_specks() -> None:
    """The specks a photocopied rule left between its pieces are erased with it: kept under the line above the
    table, tesseract read them into its words ("11/3/2026:" for "11/9/2026:", a box twice a line's height)."""
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:2], 1))]
    page = table_page(rows, [150, 650, 1200], skew=0.0)
    whole = grid.find_grids(_gray(page))[0][0]
    draw = ImageDraw.Draw(page)
    left, right, y = int(whole.xs[0]), int(whole.xs[-1]), int(whole.ys[0])
    for start in range(left + 100, right - 100, 300):
        draw.rectangle([(start, y - 8), (start + 60, y + 8)], fill=(222, 220, 214))
        draw.rectangle([(start + 20, y - 2), (start + 30, y + 1)], fill=(30, 30, 30))  # a speck in the gap
    gray = _gray(page)
    grids, mask = grid.find_grids(gray)
    assert grids and grids[0].ys[0] == pytest.approx(whole.ys[0], abs=3)
    erased = grid.erase(gray, mask)
    assert erased[y - 2 : y + 2, left + 100 : right - 100].min() > 120


def test_a_table_s_last_row_carried_over_to_the_next_page_is_a_grid_of_one_row() -> None:
    """Scenario 16's QĐ 336: the eighth member's row alone atop page 2, ruled above and below. Read as a page its
    number and "ThS" cell were lost and the row's words ran apart; as a grid it is one line of cells. Two whole
    rules with a rule's piece between them are a table whose inner rules faded, not one row: no grid."""
    name, title = MEMBERS[7]
    page = table_page([("8", name, title)], [150, 650, 1200], skew=0.01, before=("2",))
    grids, mask = grid.find_grids(_gray(page))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 1)]
    assert mask is not None
    rows = [("8", name, title), ("9", *MEMBERS[8])]
    page = table_page(rows, [150, 650, 1200], skew=0.01)
    whole = grid.find_grids(_gray(page))[0][0]
    draw = ImageDraw.Draw(page)
    left, right = int(whole.xs[0]), int(whole.xs[-1])
    for start in range(left + 100, right - 100, 300):  # the row rule between them in pieces: 13% lost
        draw.rectangle([(start, int(whole.ys[1]) - 8), (start + 40, int(whole.ys[1]) + 8)], fill=(222, 220, 214))
    draw.rectangle([(left + 60, int(whole.ys[1]) - 8), (right - 900, int(whole.ys[1]) + 8)], fill=(222, 220, 214))
    assert grid.find_grids(_gray(page)) == ([], None)


def test_underlines_a_box_and_text_are_no_table() -> None:
    """A motto's underline, a digital-signature box and a footnote rule are left to the page."""
    page = Image.new("L", (WIDTH, HEIGHT), 235)
    draw = ImageDraw.Draw(page)
    draw.text((400, 300), "Độc lập - Tự do - Hạnh phúc " * 3, font=font("bold", 13), fill=20)
    draw.line([(1400, 380), (2000, 380)], fill=20, width=4)
    draw.rectangle([(1500, 2600), (2300, 2900)], outline=20, width=5)
    draw.line([(300, 3200), (1000, 3200)], fill=20, width=3)
    grids, mask = grid.find_grids(np.asarray(page))
    assert grids == [] and mask is None
    assert grid.erase(np.asarray(page), mask) is not None


def _cell_words(
    rows: Sequence[Sequence[str]], xs: list[int], row_height: int, unit: int = 40
) -> tuple[list[Word], grid.Grid]:
    """Words as OCR boxes them inside a grid, a cell's text wrapped over lines of three words."""
    words: list[Word] = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            tokens = cell.split()
            for k, token in enumerate(tokens):
                line, position = divmod(k, 3)
                box = Box(left=xs[c] + 10 + position * 160, top=r * row_height + 10 + line * 60, width=150, height=unit)
                words.append(Word(text=token, box=box, confidence=90.0, block=c, line=c * 100 + r))
    ys = tuple(float(r * row_height) for r in range(len(rows) + 1))
    return words, grid.Grid(tuple(float(x) for x in xs), ys)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_table_is_read_row_by_row_whatever_order_the_words_came_in(seed: int) -> None:
    """Tesseract gives a table's columns one after the other, or its rows out of order: the grid puts every word
    back in its cell, so each row is one line "name | title and unit" and every member is read."""
    rows = [("Họ và tên", "Chức vụ, đơn vị"), *MEMBERS]
    words, table = _cell_words(rows, [100, 900, 2300], row_height=400)
    random.Random(seed).shuffle(words)
    layout, placed = arrange_words(words, WIDTH, HEIGHT, grids=[table])
    assert layout.lines[0] == "Họ và tên | Chức vụ, đơn vị"
    assert layout.lines[1:] == [f"{name} | {title}" for name, title in MEMBERS]
    assert len(placed) == len(words)
    members = find_members(layout.text)
    assert [m.name for m in members] == [name for name, _ in MEMBERS]
    assert members[0].role == "trưởng đoàn" and members[3].title == "Phó Giám đốc"


def test_a_name_cell_whose_spaces_ocr_lost_is_still_a_name() -> None:
    """QĐ 602 before the grid: "|VöĐìnhNam |", "TrầnThị Mai Phương" — the header says the cell is the name."""
    text = "TT | Họ và tên | Chức vụ, đơn vị\n6 | VöĐìnhNam | Diễn viên, Nhà hát\n9 | TrầnThị Mai Phương | Diễn viên"
    assert [m.name for m in find_members(text)] == ["Vö Đình Nam", "Trần Thị Mai Phương"]
    assert find_members("6 | Phòng Hànhchính | Diễn viên") == []  # no header: no name guessed from a glued cell


def test_a_name_cell_opening_with_an_academic_title_keeps_it_whole() -> None:
    """ "ThS." is written with a capital after a small letter: spacing it ("Th S.") lost every master's row."""
    text = (
        "TT | Họ và tên | Chức vụ | Đơn vị\n1 | TS. Lò Văn Khánh | Trưởng khoa | Trường X\n"
        "2 | ThS. Cầm Thị Nga | Giảng viên | Trường X"
    )
    assert [m.name for m in find_members(text)] == ["Lò Văn Khánh", "Cầm Thị Nga"]
    assert [m.name for m in find_members(text.replace("ThS. Cầm Thị Nga", "ThS.CầmThị Nga"))][1] == "Cầm Thị Nga"


def test_words_outside_the_grid_keep_their_lines() -> None:
    rows = [("Họ và tên", "Chức vụ"), MEMBERS[0]]
    words, table = _cell_words(rows, [100, 900, 2300], row_height=400)
    below = Word(text="Ghi", box=Box(left=100, top=1300, width=100, height=40), confidence=95.0, line=999)
    layout, _ = arrange_words([*words, below], WIDTH, HEIGHT, grids=[table])
    assert layout.lines[-1] == "Ghi"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("header", "widths", "seed"),
    [
        (("TT", "Họ và tên", "Chức vụ, đơn vị"), [150, 650, 1100], 3),
        (("STT", "Họ và tên", "Chức vụ", "Đơn vị công tác"), [160, 600, 520, 600], 4),
    ],
)
def test_members_of_a_rendered_ruled_table_read_from_its_scan(
    header: tuple[str, ...], widths: list[int], seed: int
) -> None:
    """Real OCR of a ruled annex table on grey, noisy, tilted paper: ≥ 95% of the members, in order, each name
    whole (before the grid, tesseract read the rules as letters and laid the columns out apart)."""
    from extractors.text.scan import ocr_page

    rows: list[Sequence[str]]
    if len(header) == 3:
        rows = [header, *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS, 1))]
    else:
        split = [t.split(", ", 1) if ", " in t else [*t.split(" ", 2)[:2], ""] for _, t in MEMBERS]
        rows = [
            header,
            *((str(i), n, s[0], s[-1]) for i, ((n, _), s) in enumerate(zip(MEMBERS, split, strict=True), 1)),
        ]
    page = ocr_page(table_page(rows, widths, seed=seed), 1)
    names = [m.name for m in find_members(page.text)]
    found = [next((i for i, (name, _) in enumerate(MEMBERS) if fuzz.ratio(name, n) >= 85), None) for n in names]
    assert len({i for i in found if i is not None}) >= 0.95 * len(MEMBERS), page.text  # a tone mark may be misread
    hits = [i for i in found if i is not None]
    assert hits == sorted(hits), page.text


def test_an_unsure_cell_is_read_again_alone_and_a_sure_one_is_left() -> None:
    """The page's read put "ung" (31) for "Quang" in a photocopied name cell: the cell read alone gives the
    name, more confidently, and replaces it; a cell read for sure is not read again (its words stay the same
    objects)."""
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:3], 1))]
    gray = _gray(table_page(rows, [150, 650, 1200], skew=0.01))
    grids, mask = grid.find_grids(gray)
    table = grids[0]
    top = table.ys[2] + 15  # the second member's row: "Đinh Văn Tú"
    misread = Word(
        text="Đinh ung", box=Box(left=int(table.xs[1]) + 30, top=int(top), width=250, height=50), confidence=31.0
    )
    sure = Word(
        text="1", box=Box(left=int(table.xs[0]) + 30, top=int(table.ys[1]) + 15, width=20, height=45), confidence=96.0
    )
    words = scan.read_cells([misread, sure], grid.erase(gray, mask), grids, language="vie")
    again = " ".join(w.text for w in words if w is not sure and w is not misread)
    assert fuzz.ratio(again, "Đinh Văn Tú") >= 90 and sure in words and misread not in words
    assert all(
        table.cell(w.box.left + w.box.width / 2, w.box.top + w.box.height / 2) == (2, 1) for w in words if w is not sure
    )


def test_a_cell_is_read_again_from_its_words_band_not_a_rule_s_remnant_below() -> None:
    """A faxed rule's faded piece the erased grid did not cover lay at the foot of a name cell: read with the
    whole cell, tesseract took it into the line ("Đỗ mạn" for "Đỗ Minh Khang", scenario 18's QĐ 1505); the
    band of the cell's words reads the name."""
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:3], 1))]
    gray = _gray(table_page(rows, [150, 650, 1200], skew=0.01))
    grids, mask = grid.find_grids(gray)
    table = grids[0]
    erased = grid.erase(gray, mask).copy()
    foot = int(table.ys[3]) - 12  # the second member's row, whose name has one line and a blank below it
    erased[foot - 3 : foot + 3, int(table.xs[1]) + 200 : int(table.xs[1]) + 560 : 3] = 20  # a dotted remnant
    misread = Word(
        text="Đinh ung",
        box=Box(left=int(table.xs[1]) + 30, top=int(table.ys[2]) + 15, width=250, height=50),
        confidence=31.0,
    )
    words = scan.read_cells([misread], erased, grids, language="vie")
    assert fuzz.ratio(" ".join(w.text for w in words), "Đinh Văn Tú") >= 90, [w.text for w in words]


def test_a_header_whose_last_border_was_lost_keeps_its_rows_in_their_columns() -> None:
    """Scenario 18's QĐ 1885 before its grid was found whole: the header read "[TT | Họ và tên | Chức vụ, đơn vị
    công tác Ì Ghi chú", three cells over rows of four. The bracket is the number column's rule, so the rows'
    numbers stay apart; the title cell is never a name ("Phó Giám" was read as the leader); the fourth cell's
    role is the row's."""
    text = (
        "[TT | Họ và tên | Chức vụ, đơn vị công tác Ì Ghi chú\n"
        "1 | Hứa Văn Đạt. | Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch | Trưởng đoàn\n"
        "2 | Sơn Thị Ra Vi | Diễn viên Đoàn Nghệ thuật Khmer Ánh Bình Minh | ———\n"
    )
    members = find_members(text)
    assert [(m.name, m.title, m.role) for m in members] == [
        ("Hứa Văn Đạt", "Phó Giám đốc", "trưởng đoàn"),
        ("Sơn Thị Ra Vi", "Diễn viên", None),
    ]


@pytest.mark.parametrize("cell", ["Phó Giám đốc Sở Văn hóa", "Phó Chủ tịch UBND tỉnh", "Trưởng phòng Hành chính"])
def test_a_title_in_the_name_column_is_no_member(cell: str) -> None:
    """A row shifted by a lost border puts a title where the name should be: no member, never a made-up name."""
    assert find_members(f"TT | Họ và tên | Ghi chú\n1 | {cell} | Trưởng đoàn") == []


def _framed(page: Image.Image) -> Image.Image:
    """A border printed round the whole page, two rules a few pixels in from the paper's edge."""
    draw = ImageDraw.Draw(page)
    for inset in (12, 26):
        draw.rectangle([(inset, inset), (WIDTH - inset, HEIGHT - inset)], outline=(25, 25, 25), width=4)
    return page


def test_a_frame_round_the_page_with_a_stamp_inside_is_no_table() -> None:
    """The page's frame crossed by a received stamp's box and a signature's strokes: no grid, the page is read as
    a page (taken as a table of one page-tall row, a decision was read cell by cell and its trip lost)."""
    page = _framed(Image.new("RGB", (WIDTH, HEIGHT), (235, 235, 230)))
    draw = ImageDraw.Draw(page)
    draw.rectangle([(1300, 1100), (2000, 1400)], outline=(30, 30, 30), width=5)
    for x in (900, 1050, 1200):
        draw.line([(x, 26), (x, HEIGHT - 26)], fill=(30, 30, 30), width=4)
    assert grid.find_grids(_gray(page)) == ([], None)


def test_a_table_on_a_framed_page_keeps_its_own_columns() -> None:
    rows = [("TT", "Họ và tên", "Chức vụ, đơn vị"), *((str(i), n, t) for i, (n, t) in enumerate(MEMBERS[:5], 1))]
    grids, _ = grid.find_grids(_gray(_framed(table_page(rows, [150, 650, 1200], skew=0.01))))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(3, 6)]
