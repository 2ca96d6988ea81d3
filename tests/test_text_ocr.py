"""The tesseract wrapper: dependency checks, failures, empty pages, one call per page."""

import numpy as np
import pytesseract
import pytest
from PIL import Image

from extractors.text import libtesseract, ocr
from extractors.text.ocr import check_tesseract, ocr_image, words_from_data
from schemas.errors import MissingDependencyError, OcrError, OcrTimeout


def test_ocr_missing_language_names_the_debian_package() -> None:
    with pytest.raises(MissingDependencyError, match="install the Debian package tesseract-ocr-xyz"):
        check_tesseract("xyz")


def test_ocr_missing_binary_names_the_debian_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/nonexistent/tesseract")
    check_tesseract.cache_clear()
    try:
        with pytest.raises(MissingDependencyError, match="tesseract-ocr"):
            check_tesseract("vie")
    finally:
        check_tesseract.cache_clear()


def test_tesseract_lists_its_languages_once_per_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The language check and the library's data folder come from one `tesseract --list-langs`."""
    calls: list[list[str]] = []
    run = ocr.subprocess.run

    def counted(command: list[str], **options: object) -> object:
        calls.append(command)
        return run(command, **options)  # type: ignore[call-overload]

    monkeypatch.setattr(ocr.subprocess, "run", counted)
    check_tesseract.cache_clear()
    ocr._listing.cache_clear()
    try:
        check_tesseract("vie")
        assert ocr._tessdata_dir().rstrip("/").endswith("tessdata")
        assert "vie" in ocr._listing()[1]
        assert sum("--list-langs" in command for command in calls) == 1
    finally:
        check_tesseract.cache_clear()
        ocr._listing.cache_clear()


def test_ocr_failure_is_ocr_error_from_the_original(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(*args: object, **kwargs: object) -> str:
        raise libtesseract.RecognitionStopped("tesseract stopped recognising the page")

    monkeypatch.setattr(ocr, "check_tesseract", lambda language: "5")
    monkeypatch.setattr(libtesseract, "read_tsv", crash)
    with pytest.raises(OcrError) as raised:
        ocr_image(Image.new("L", (50, 50), 255))
    assert isinstance(raised.value.__cause__, libtesseract.RecognitionStopped)
    assert raised.value.transient


@pytest.mark.slow
@pytest.mark.ocr
def test_ocr_timeout_is_its_own_transient_error() -> None:
    from tests.documents import Letter, render_letter

    image, _ = render_letter(Letter())
    with pytest.raises(OcrTimeout) as raised:
        ocr_image(image, timeout=0.001)
    assert raised.value.code == "ocr.timeout" and raised.value.transient
    assert "0.001 s" in str(raised.value)
    assert ocr_image(image, timeout=60).words  # the thread's reader reads the next page as usual


def test_ocr_words_from_data_drops_structure_rows_and_blanks() -> None:
    data = {
        "level": [1, 5, 5, 5, 5],
        "block_num": [0, 1, 1, 1, 2],
        "par_num": [0, 1, 1, 1, 1],
        "line_num": [0, 1, 1, 2, 1],
        "text": ["", "Số:", " ", "123/QĐ-UBND", "CỘNG"],
        "conf": [-1, 91.5, 95, 88, 96],
        "left": [0, 10, 60, 80, 900],
        "top": [0, 20, 20, 70, 20],
        "width": [1000, 40, 5, 160, 120],
        "height": [800, 30, 30, 30, 30],
    }
    words, confidence = words_from_data(data)
    assert [(w.text, w.line, w.block, w.confidence) for w in words] == [
        ("Số:", 0, 1, 91.5),
        ("123/QĐ-UBND", 1, 1, 88.0),
        ("CỘNG", 2, 2, 96.0),
    ]
    assert confidence == 91.83  # the kept words' mean


def test_tesseracts_tsv_text_reads_as_its_table() -> None:
    """The library's TSV text (no header row) gives the words and mean confidence `words_from_data` gives for
    the same rows as columns; a page's confidences are cut to whole percents first, as the command's were."""
    rows = [
        ["1", "1", "0", "0", "0", "0", "0", "0", "1000", "800", "-1", ""],
        ["5", "1", "1", "1", "1", "1", "10", "20", "40", "30", "91.5", "Số:"],
        ["5", "1", "1", "1", "1", "2", "60", "20", "5", "30", "95", " "],
        ["5", "1", "1", "1", "2", "1", "80", "70", "160", "30", "88.96", "123/QĐ-UBND"],
        ["5", "1", "2", "1", "1", "1", "900", "20", "120", "30", "-0.5", "CỘNG\tHÒA"],
    ]
    tsv = "\n".join("\t".join(row) for row in rows) + "\nshort\trow\n"
    columns = {name: [row[index] for row in rows] for index, name in enumerate(ocr._TSV_COLUMNS)}
    assert ocr._words(ocr._tsv_rows(tsv)) == words_from_data(columns)
    words, confidence = ocr._words(ocr._tsv_rows(tsv), whole_percents=True)
    assert [(w.text, w.confidence, w.line) for w in words] == [
        ("Số:", 91.0, 0),
        ("123/QĐ-UBND", 88.0, 1),
        ("CỘNG\tHÒA", 0.0, 2),  # -0.5 cut to 0: kept, as the command's whole percents kept it
    ]
    assert confidence == 59.67


@pytest.mark.slow
@pytest.mark.ocr
def test_ocr_empty_page_is_empty_result() -> None:
    result = ocr_image(Image.new("L", (1240, 1754), 255))
    assert result.words == [] and result.confidence is None


@pytest.mark.slow
@pytest.mark.ocr
def test_ocr_one_tesseract_call_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.documents import Letter, render_letter

    calls: list[str] = []
    real = libtesseract.read_tsv

    def counted(*args: object, **kwargs: object) -> str:
        calls.append("read_tsv")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    for name in ("image_to_string", "image_to_boxes", "image_to_osd", "image_to_data"):
        monkeypatch.setattr(pytesseract, name, lambda *a, called=name, **k: calls.append(called))
    monkeypatch.setattr(libtesseract, "read_tsv", counted)
    monkeypatch.setattr(ocr, "_reader", lambda language: calls.append("tesserocr"))
    image, _ = render_letter(Letter())
    result = ocr_image(image)
    assert calls == ["read_tsv"]
    assert result.confidence is not None and result.confidence > 80
    assert any(w.text == "123/QĐ-UBND" for w in result.words)


@pytest.mark.slow
@pytest.mark.ocr
def test_a_page_read_in_process_is_the_commands_read_word_for_word() -> None:
    """The library reads a page as the `tesseract` command did (same words, boxes, lines, confidences)."""
    import tempfile

    from tests.scanpaper import decision_page

    page = decision_page(number="89", day="16", seal=True, incoming=True)[0].convert("L")
    with tempfile.NamedTemporaryFile(suffix=".tif") as page_file:
        page.save(page_file, format="TIFF")
        page_file.flush()
        command = pytesseract.image_to_data(
            page_file.name, lang="vie", config="--psm 3", output_type=pytesseract.Output.DICT
        )
    result = ocr_image(page)
    assert len(result.words) > 150
    assert (result.words, result.confidence) == words_from_data(command)


@pytest.mark.slow
@pytest.mark.ocr
def test_a_pages_pixels_read_as_an_array_are_its_image_read() -> None:
    """`scan.ocr_page` gives tesseract its cleaned pixels as an array: the same read as from the image, a
    non-contiguous array (a crop) read as its copy."""
    from tests.documents import Letter, render_letter

    image, _ = render_letter(Letter())
    gray = image.convert("L")
    pixels = np.asarray(gray)
    assert ocr_image(pixels) == ocr_image(gray)
    crop = pixels[100:1200, 50:]
    assert not crop.flags.c_contiguous
    assert ocr_image(crop) == ocr_image(gray.crop((50, 100, gray.width, 1200)))


@pytest.mark.parametrize(
    "pixels", [np.zeros((20, 20), np.float32), np.zeros((20, 20, 4), np.uint8), np.zeros(400, np.uint8)]
)
def test_tesseracts_library_refuses_pixels_it_cannot_read(pixels: np.ndarray) -> None:
    with pytest.raises(ValueError):
        libtesseract.read_tsv(pixels, tessdata="", language="vie", segmentation=3, resolution=70)


@pytest.mark.slow
@pytest.mark.ocr
@pytest.mark.parametrize("mode", ["1", "RGB"])
def test_ocr_bilevel_and_colour_pages_are_read(mode: str) -> None:
    """Fax-style bilevel TIFF frames and colour photos are read (the page file keeps their mode)."""
    from tests.documents import Letter, render_letter

    image, _ = render_letter(Letter())
    text = " ".join(word.text for word in ocr_image(image.convert(mode)).words)
    assert "123/QĐ-UBND" in text.replace("Ð", "Đ") and "Khánh" in text


@pytest.mark.slow
@pytest.mark.ocr
def test_a_line_read_in_process_spells_it_as_the_command_does_with_its_boxes() -> None:
    """`read_line` (tesseract's library, loaded once) against the `tesseract` command run on the same line."""
    from PIL import ImageDraw, ImageFont

    from tests.documents import SERIF_BOLD, pt

    image = Image.new("L", (900, 110), 255)
    ImageDraw.Draw(image).text((40, 25), "Nguyễn Thị Thùy Dương", font=ImageFont.truetype(SERIF_BOLD, pt(14)), fill=0)
    line = ocr.read_line(image)
    command = pytesseract.image_to_data(image, lang="vie", config="--psm 7", output_type=pytesseract.Output.DICT)
    assert (
        [w.text for w in line.words]
        == [w.text for w in words_from_data(command)[0]]
        == [
            "Nguyễn",
            "Thị",
            "Thùy",
            "Dương",
        ]
    )
    assert 30 <= line.words[0].box.left <= 45 and line.words[-1].box.left + line.words[-1].box.width < 900
    assert all(word.confidence > 80 for word in line.words)


def test_a_line_in_a_language_tesseract_lacks_names_the_package() -> None:
    with pytest.raises(MissingDependencyError, match="tesseract-ocr-xyz"):
        ocr.read_line(Image.new("L", (50, 20), 255), language="xyz")


@pytest.mark.ocr
def test_leptonica_messages_of_an_in_process_read_stay_off_the_terminal(capfd: pytest.CaptureFixture[str]) -> None:
    """The command's stderr used to hold leptonica's messages ("Error in boxClipToRectangle: box outside
    rectangle" on a real page); read in process they would be printed amid congvan's output."""
    import ctypes
    from pathlib import Path

    ocr.read_line(Image.new("L", (50, 20), 255))
    loaded = [line.split()[-1] for line in Path("/proc/self/maps").read_text().splitlines() if "leptonica" in line]
    ctypes.CDLL(loaded[0]).boxClipToRectangle(None, 10, 10)  # leptonica's own error: "box not defined"
    assert "boxClipToRectangle" not in capfd.readouterr().err


@pytest.mark.slow
@pytest.mark.ocr
def test_pages_read_by_threads_at_once_are_read_as_alone() -> None:
    """Each thread has its own tesseract instance: two pages read at the same time read as they do alone."""
    from concurrent.futures import ThreadPoolExecutor

    from tests.documents import Letter, render_letter

    pages = [render_letter(Letter())[0], render_letter(Letter(number="45/QĐ-UBND"))[0].convert("L")]
    alone = [ocr_image(page).words for page in pages]
    with ThreadPoolExecutor(2) as pool:
        together = [result.words for result in pool.map(ocr_image, pages)]
    assert together == alone and any(w.text.startswith("45/Q") for w in together[1])
