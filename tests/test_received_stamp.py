"""A violet received stamp ("ĐẾN Số … Ngày …", its number and date filled by a navy pen) over the first lines of
a report's body, where the citation of the decision is: the stamp's ink is unmixed from the print under it
(`inks._lift_violet`), so the citation is read. Pages are rendered here, the stamp multiplied over the print as
ink over ink."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from extractors.text import inks

FONT_DIR = Path("/usr/share/fonts/truetype/liberation2")
VIOLET = (120, 40, 120)
NAVY = (20, 25, 60)
PAPER = (222, 217, 211)
CITATION = "Thực hiện Quyết định số 391/QĐ-UBND ngày 26/02/2026 của Chủ tịch"


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = FONT_DIR / f"LiberationSerif-{'Bold' if bold else 'Regular'}.ttf"
    if not path.exists():
        pytest.skip("Liberation fonts not installed")
    return ImageFont.truetype(str(path), size)


def _stamp(ink: tuple[int, int, int]) -> Image.Image:
    """A received stamp: a box, the office's name, "ĐẾN Số:" and "Ngày:", the number and date by pen."""
    stamp = Image.new("RGB", (700, 280), "white")
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((6, 6, 690, 270), outline=ink, width=6)
    draw.text((350, 50), "VĂN PHÒNG UBND TỈNH LẠNG SƠN", font=_font(40, bold=True), fill=ink, anchor="mm")
    draw.text((30, 100), "ĐẾN  Số:", font=_font(40, bold=True), fill=ink)
    draw.text((30, 180), "Ngày:", font=_font(40), fill=ink)
    draw.text((220, 80), "4499", font=_font(70), fill=NAVY)  # the pen's digits
    draw.text((180, 175), "05/04/26", font=_font(60), fill=NAVY)
    return stamp


def _page(ink: tuple[int, int, int] | None) -> Image.Image:
    """A strip of a report's body at 300 dpi: the citation line and the next, a stamp multiplied over both."""
    page = Image.new("RGB", (2400, 700), PAPER)
    draw = ImageDraw.Draw(page)
    body, black = _font(54), (25, 25, 25)
    draw.text((420, 200), CITATION, font=body, fill=black)
    draw.text((300, 300), "UBND tỉnh, Sở Công Thương đã cử đoàn tham gia Hội chợ Nông sản", font=body, fill=black)
    draw.text((300, 400), "tại tỉnh Gyeonggi, Hàn Quốc từ ngày 23/3 đến ngày 27/3/2026.", font=body, fill=black)
    if ink is not None:
        box = (150, 150, 850, 430)
        page.paste(ImageChops.multiply(page.crop(box), _stamp(ink)), box)
    return page


def test_a_violet_stamp_is_found_and_lifted_off_the_print_under_it() -> None:
    page = _page(VIOLET)
    separated = inks.separate(page)
    (violet,) = [region for region in separated.regions if region.violet]
    assert violet.left <= 160 and violet.top <= 160 and violet.right >= 840 and violet.bottom >= 420
    colour = np.asarray(page).astype(int)
    stamp_only = (colour[..., 1] < 80) & (np.minimum(colour[..., 0], colour[..., 2]) > 90)  # violet on paper
    stamp_only[:, 850:] = False
    assert stamp_only.sum() > 2000
    assert np.median(separated.gray[stamp_only]) > 190  # lifted to (near) the paper
    print_under = (colour.max(axis=2) < 40) & (np.abs(colour[..., 2] - colour[..., 0]) < 8)
    print_under[:, 850:] = False
    print_under[:, :420] = False
    assert print_under.sum() > 500
    assert np.median(separated.gray[print_under]) < 90  # black print under the ink stays black


def test_a_faint_violet_stamp_is_found_and_lifted_but_grey_print_is_no_stamp() -> None:
    """A received stamp printed faint (scenario 17's 41/BC-BVCR, its ink 10-28 violet over the paper) beside the
    report's title: left in the page, its words ran into the title line ("BÁO CÁO BỘ Y TÍ VỤ HỢP TÁC QUỐC T") and
    the report was no report. Grey print, a little tinted by the scan, is no violet ink."""
    page = _page((190, 160, 205))
    separated = inks.separate(page)
    (violet,) = [region for region in separated.regions if region.violet]
    assert violet.left <= 160 and violet.right >= 840
    colour = np.asarray(page).astype(int)
    stamp_only = (np.minimum(colour[..., 0], colour[..., 2]) - colour[..., 1] > 15) & (colour.max(axis=2) > 120)
    stamp_only[:, 850:] = False
    assert stamp_only.sum() > 2000
    assert np.median(separated.gray[stamp_only]) > 180
    grey = np.full((400, 800, 3), PAPER, np.uint8)
    ImageDraw.Draw(tinted := Image.fromarray(grey)).text((40, 150), CITATION[:30], font=_font(54), fill=(120, 112, 124))
    assert not any(region.violet for region in inks.separate(tinted).regions)
    sealed = np.full((1200, 2400, 3), PAPER, np.uint8)
    draw = ImageDraw.Draw(seal := Image.fromarray(sealed))
    draw.ellipse((900, 300, 1500, 900), outline=(175, 150, 190), width=40)  # a seal's rim thinned to faint violet
    draw.ellipse((960, 360, 1440, 840), outline=(205, 35, 40), width=30)
    draw.ellipse((300, 300, 420, 420), fill=(175, 150, 190))  # a faint spot, too small for a stamp
    assert not any(region.violet for region in inks.separate(seal).regions)


def test_the_stamps_pen_digits_are_whitened_but_not_the_print() -> None:
    separated = inks.separate(_page(VIOLET))
    clean = inks.separate(_page(None)).gray
    colour = np.asarray(_page(VIOLET)).astype(int)
    pen = (colour[..., 2] - colour[..., 0] > 25) & (colour.max(axis=2) < 90)
    assert pen.sum() > 500
    assert np.median(separated.gray[pen & (clean > 150)]) == 255  # pen on paper: gone
    outside = np.s_[:, 900:]
    assert np.array_equal(separated.gray[outside], clean[outside])  # the rest of the page is untouched


def test_red_and_blue_regions_are_not_violet() -> None:
    page = np.full((400, 400, 3), 255, np.uint8)
    page[60:160, 100:200] = (205, 35, 40)  # a red seal
    page[60:160, 250:350] = (200, 40, 140)  # a magenta-red seal stays red
    page[250:260, 50:350] = (35, 55, 170)  # a blue stroke
    regions = inks.separate(Image.fromarray(page)).regions
    assert regions and not any(region.violet for region in regions)


@pytest.mark.slow
def test_the_citation_under_a_received_stamp_is_read() -> None:
    """Before the unmixing, the citation line under the stamp came out as "ực hiện …" with the stamp's words
    mixed in, or not at all (the Lạng Sơn scenario's 44/BC-SCT, 09/BC-BQLKKT, 72/BC-SVHTTDL, 96/BC-SNNMT)."""
    from extractors.text.scan import ocr_page

    text = ocr_page(_page(VIOLET), 1).text
    assert "391/QĐ-UBND ngày 26/02/2026" in text
    assert "Công Thương đã cử đoàn" in text
    assert "ĐẾN" not in text and "4499" not in text


def test_a_larger_blue_region_over_a_stamp_does_not_hide_it() -> None:
    page = np.full((600, 800, 3), 255, np.uint8)
    page[100:200, 100:400] = VIOLET  # the stamp
    draw = ImageDraw.Draw(image := Image.fromarray(page))
    draw.rectangle((60, 40, 700, 260), outline=(35, 55, 170), width=10)  # a blue stroke round it, boxing it in
    page = np.asarray(image)
    regions = inks.separate(Image.fromarray(page)).regions
    assert any(region.violet for region in regions) and any(not region.red and not region.violet for region in regions)


def test_a_red_stamps_faint_frame_with_a_few_strong_violet_specks_is_no_violet_stamp() -> None:
    """A crimson received stamp (scenario 18's scans): its words red ink, its frame thinned to a faint violet,
    a few specks of it dark enough to pass `COLOUR_MARGIN` as violet, each too small for a region. The specks
    counted together over the frame's whole box had made it a stamp found at full strength, and its lifted patch
    garbled the citation line the frame crosses ("1366/OĐ-LIBND" for "1366/QĐ-UBND"): it is the red stamp's."""
    page = Image.new("RGB", (2400, 700), PAPER)
    draw = ImageDraw.Draw(page)
    draw.text((420, 200), CITATION, font=_font(54), fill=(25, 25, 25))
    draw.rectangle((150, 180, 850, 460), outline=(190, 160, 205), width=8)  # the faint frame across the line
    draw.text((200, 300), "ĐẾN Số:", font=_font(48, bold=True), fill=(205, 35, 40))
    draw.text((200, 380), "Ngày:", font=_font(48, bold=True), fill=(205, 35, 40))
    for left in (160, 400, 640):
        draw.rectangle((left, 452, left + 11, 463), fill=(120, 40, 120))  # 3×3 on the small copy each
    separated = inks.separate(page)
    assert any(region.red for region in separated.regions)
    assert not any(region.violet for region in separated.regions)
