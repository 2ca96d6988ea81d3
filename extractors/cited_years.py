"""Two-digit years in cited dates ("Sắc lệnh số 63 ngày 23-11-46"), read against the citing document's own date.

A cited document was issued before the one that cites it, so "46" in a 1947 decree is 1946, never 2046: the year is
the latest with those two digits that is not after the citing document's year. The citing document's date is its
header's, else the one its title line gives itself (a library copy starting at its title: "CỦA CHỦ TỊCH … SỐ 85 NGÀY
20 THÁNG 10 NĂM 1947"). With neither, the century cannot be told: the cited date is null with an error, never a guess.
"""

from __future__ import annotations

import datetime as dt

from extractors.dates import find_dates
from extractors.first_chars import compile_led
from extractors.vntext import fold, is_upper_line
from schemas.document import Citation, Document, ErrorItem
from schemas.errors import ErrorCode

_OWN_TITLE_RE = compile_led(
    r"(?:cua[ \t]+[^\n]*?[ \t]+|[a-z]+[ \t]+[a-z]+[ \t]+)?so[ \t]+\d[^\s]*[ \t]+(?P<date>ngay[ \t]+[^\n]*\d{4})[ \t.]*"
)
"""A title line naming the document's own number and date, folded: "CỦA <issuer> SỐ 85 NGÀY 20 THÁNG 10 NĂM 1947",
"NGHỊ QUYẾT SỐ 17-NQ/TVQH NGÀY 21-12-1960", "SỐ 65B/SL NGÀY 1 THÁNG 5 NĂM 1950": the issuer after "của" or the kind
in two words, then "số" and "ngày" (a headline citing another document has a verb before its kind)."""
_TITLE_REACH = 400
"""How far into the text a copy's own title line stands (after a kind line such as "SẮC LỆNH")."""


def latest_century(value: dt.date, before: dt.date) -> dt.date | None:
    """`value`'s day and month in the latest year with `value`'s last two digits that is not after `before`'s year
    (None for a 29 February that year lacks)."""
    year = before.year - (before.year - value.year) % 100
    try:
        return value.replace(year=year)
    except ValueError:
        return None


def title_date(text: str) -> dt.date | None:
    """The date a copy starting at its title gives itself in a capitals title line near the top
    (`_OWN_TITLE_RE`), or None."""
    for line in text[:_TITLE_REACH].splitlines():
        if not is_upper_line(line):
            continue
        own = _OWN_TITLE_RE.fullmatch(fold(line).strip())
        dates = find_dates(line[own.start("date") :]) if own else []
        if dates and dates[0].value is not None and not dates[0].short_year:
            return dates[0].value
    return None


def own_date(document: Document) -> dt.date | None:
    """The citing document's date: its header's, else its title line's (`title_date`)."""
    return document.issue_date or title_date(document.text)


def settle_short_years(citations: list[Citation], before: dt.date | None) -> tuple[list[Citation], list[ErrorItem]]:
    """The citations with every date printed with a two-digit year (`Citation.date_short_year`, carried from the date's
    `DateMatch`) put in the latest century not after `before`; with `before` unknown such a date is null, with an
    error saying why. A date printed with four digits is left as it is."""
    settled: list[Citation] = []
    errors: list[ErrorItem] = []
    for citation in citations:
        if citation.date is None or not citation.date_short_year:
            settled.append(citation)
            continue
        date = latest_century(citation.date, before) if before else None
        if before is None:
            errors.append(
                ErrorItem(
                    code=ErrorCode.CITATION_DATE_CENTURY,
                    message=f"{citation.text!r}: a two-digit year in a document of unknown date, left null",
                )
            )
        settled.append(citation.model_copy(update={"date": date, "date_short_year": False}))
    return settled, errors
