"""Synthetic annex pages holding a member table, for the OCR tests of ruled and borderless tables.

A4 at 300 dpi on grey, noisy, slightly tilted paper; the table's cells wrap within their column, with or
without rules, each cell's lines at the row's top or centred in it; lines of running text above and below.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageDraw

from samples.tools.render import font

WIDTH, HEIGHT = 2480, 3508
MEMBERS = [
    ("Nguyễn Thị Lan Anh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch, Trưởng đoàn"),
    ("Đinh Văn Tú", "Trưởng phòng Quản lý văn hóa, Sở Văn hóa, Thể thao và Du lịch"),
    ("Lê Hải Yến", "Chuyên viên Phòng Quản lý văn hóa, Sở Văn hóa, Thể thao và Du lịch"),
    ("Hoàng Minh Quân", "Phó Giám đốc Sở Ngoại vụ"),
    ("Phan Thị Thanh Nhàn", "Diễn viên, Nhà hát Nghệ thuật truyền thống tỉnh"),
    ("Võ Đình Nam", "Nhạc công, Nhà hát Nghệ thuật truyền thống tỉnh"),
    ("Trịnh Quốc Bảo", "Phó Chủ tịch Ủy ban nhân dân huyện Kỳ Anh"),
    ("Bùi Thị Hoa", "Chuyên viên Văn phòng Ủy ban nhân dân tỉnh"),
    ("Lương Văn Cường", "Kỹ thuật viên âm thanh, Nhà hát Nghệ thuật truyền thống tỉnh"),
    ("Đậu Thị Thu", "Giáo viên Trường Trung học phổ thông chuyên Hà Tĩnh"),
    ("Thái Văn Sơn", "Trưởng phòng Hợp tác quốc tế, Sở Ngoại vụ"),
    ("Cao Thị Hằng", "Chuyên viên Văn phòng Sở Tài chính"),
]
TITLES_AND_UNITS = [
    ("Giám đốc", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Trưởng phòng Quản lý văn hóa", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Chuyên viên Phòng Quản lý văn hóa", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Phó Giám đốc", "Sở Ngoại vụ"),
    ("Diễn viên", "Nhà hát Nghệ thuật truyền thống tỉnh"),
    ("Nhạc công", "Nhà hát Nghệ thuật truyền thống tỉnh"),
    ("Phó Chủ tịch", "Ủy ban nhân dân huyện Kỳ Anh"),
    ("Chuyên viên", "Văn phòng Ủy ban nhân dân tỉnh"),
    ("Kỹ thuật viên âm thanh", "Nhà hát Nghệ thuật truyền thống tỉnh"),
    ("Giáo viên", "Trường Trung học phổ thông chuyên Hà Tĩnh"),
    ("Trưởng phòng Hợp tác quốc tế", "Sở Ngoại vụ"),
    ("Chuyên viên", "Văn phòng Sở Tài chính"),
]
"""MEMBERS' titles and units apart, for tables with a column each."""


def wrap(draw: ImageDraw.ImageDraw, text: str, face: object, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and draw.textlength(f"{lines[-1]} {word}", font=face) <= width:  # type: ignore[arg-type]
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def table_page(
    rows: Sequence[Sequence[str]],
    widths: list[int],
    *,
    skew: float = 0.0,
    seed: int = 0,
    ruled: bool = True,
    centred: bool = False,
    before: Sequence[str] = ("DANH SÁCH THÀNH VIÊN ĐOÀN",),
    after: Sequence[str] = (),
    padding: int = 30,
) -> Image.Image:
    """A page: the `before` lines (the first centred and bold), a table (header row first, bold) whose cells
    wrap, ruled or not, each cell's lines at its row's top or `centred`, then the `after` lines."""
    rng = random.Random(seed)
    page = Image.new("RGB", (WIDTH, HEIGHT), (222, 220, 214))
    draw = ImageDraw.Draw(page)
    ink, face, line_height, left = (25, 25, 25), font("regular", 13), 75, 300
    y = 300
    for number, text in enumerate(before):
        if number == 0:
            draw.text((WIDTH / 2, y), text, font=font("bold", 13), fill=ink, anchor="ma")
        else:
            draw.text((left, y), text, font=face, fill=ink)
        y += 100 if number == 0 else line_height
    top = y = y + 60
    xs = [left]
    for width in widths:
        xs.append(xs[-1] + width)
    rule = (30, 30, 30)
    if ruled:
        draw.line([(xs[0], y), (xs[-1], y)], fill=rule, width=5)
    for number, row in enumerate(rows):
        style = font("bold", 13) if number == 0 else face
        cells = [wrap(draw, cell, style, width - 2 * padding) for cell, width in zip(row, widths, strict=True)]
        tallest = max(len(c) for c in cells)
        for x, cell in zip(xs, cells, strict=False):
            shift = (tallest - len(cell)) * line_height / 2 if centred else 0
            for k, line in enumerate(cell):
                draw.text((x + padding, y + 15 + shift + k * line_height), line, font=style, fill=ink)
        y += tallest * line_height + 30
        if ruled:
            draw.line([(xs[0], y), (xs[-1], y)], fill=rule, width=5)
    if ruled:
        for x in xs:
            draw.line([(x, top), (x, y)], fill=rule, width=5)
    y += 60
    for text in after:
        draw.text((left, y), text, font=face, fill=ink)
        y += line_height
    pixels = np.asarray(page).astype(np.int16)
    noise = np.random.default_rng(seed).normal(0, 6, pixels.shape[:2])[..., None]
    page = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    return page.rotate(skew or rng.uniform(-0.4, 0.4), fillcolor=(222, 220, 214), resample=Image.Resampling.BICUBIC)
