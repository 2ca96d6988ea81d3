"""Pages read by another checkout's `scan.ocr_page`, for bench_real_paperwork.py's `--checkout` (issue 11).

Issue 11's budget is "+10% over today's per-page cost", today being the code when the issue was filed
(c5195b2: `ocr_page(image, number)` ran one `tesseract` command per page through pytesseract). That code
cannot be imported beside this checkout's, so it runs here, in a process of its own whose PYTHONPATH names
only that checkout: nothing of this checkout's product is imported (`cpu_time`, from this folder, imports
none). Each line on stdin names a PNG page; the page is loaded, then read once as page 1, and one JSON line
answers with the CPU seconds the read took (this process and its children: the `tesseract` command of old
code) and the page's text.
"""

from __future__ import annotations

import json
import sys

from cpu_time import cpu_seconds
from PIL import Image

from extractors.text.scan import ocr_page


def main() -> None:
    for line in sys.stdin:
        with Image.open(line.strip()) as file:
            image = file.convert("RGB")
        before = cpu_seconds()
        text = ocr_page(image, 1).text
        print(json.dumps({"cpu_seconds": cpu_seconds() - before, "text": text}), flush=True)


if __name__ == "__main__":
    main()
