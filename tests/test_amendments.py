"""Amending decisions: what one says it changes in an earlier trip decision, and the trip as amended."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import duckdb
import pytest

from extractors.amendments import find_amendment
from extractors.document import extract_fields
from extractors.normalize import normalize_text
from extractors.vntext import fold
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from schemas.document import Document, Source

_HEAD = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lai Châu, ngày {day} tháng 4 năm 2025
QUYẾT ĐỊNH
{subject}
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU
QUYẾT ĐỊNH:
"""
_TAIL = """Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Giàng A Páo
"""

ORIGINAL = (
    _HEAD.format(number="77/QĐ-UBND", day="02", subject="Về việc cử cán bộ đi công tác nước ngoài")
    + (
        "Điều 1. Cử các ông (bà) có tên sau đi công tác tại Lào từ ngày 14/4/2025 đến ngày 17/4/2025:\n"
        "1. Ông Vàng Văn Dũng, Giám đốc Sở Công Thương – Trưởng đoàn;\n"
        "2. Bà Lò Thị Hoa, Chuyên viên Sở Công Thương.\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả.\n"
    )
    + _TAIL
)

AMENDING = (
    _HEAD.format(number="91/QĐ-UBND", day="09", subject="Về việc điều chỉnh Quyết định số 77/QĐ-UBND ngày 02/4/2025")
    + (
        "Điều 1. Điều chỉnh Điều 1 Quyết định số 77/QĐ-UBND ngày 02/4/2025 như sau:\n"
        "1. Thời gian: từ ngày 16/4/2025 đến ngày 20/4/2025 (thay cho từ ngày 14/4/2025 đến ngày 17/4/2025).\n"
        "2. Nước đến: Lào và Cam-pu-chia (thay cho Lào).\n"
        "3. Bổ sung bà Tòng Thị Mai, Phó Trưởng phòng Sở Công Thương vào thành phần đoàn.\n"
        "4. Thôi cử bà Lò Thị Hoa, Chuyên viên Sở Công Thương.\n"
        "Điều 2. Các nội dung khác giữ nguyên.\n"
    )
    + _TAIL
)


def _document(label: str, text: str) -> Document:
    digest = hashlib.sha256(label.encode()).hexdigest()
    return extract_fields(Document(source=Source(path=f"{label}.txt", sha256=digest, pages=1), text=text))


def test_amendment_reads_the_new_values_not_the_replaced_ones() -> None:
    change = find_amendment(AMENDING, "91/QĐ-UBND")
    assert change is not None
    assert (change.citation.number, change.citation.date) == ("77/QĐ-UBND", dt.date(2025, 4, 2))
    assert (change.start, change.end) == (dt.date(2025, 4, 16), dt.date(2025, 4, 20))
    assert change.destination_codes == ["LA", "KH"]
    assert [(m.name, m.title) for m in change.added] == [("Tòng Thị Mai", "Phó Trưởng phòng")]
    assert change.removed == ["Lò Thị Hoa"]


def test_amendment_only_for_a_decision_that_amends() -> None:
    assert find_amendment(ORIGINAL, "77/QĐ-UBND") is None
    assert _document("qd-77", ORIGINAL).amends is None
    amending = _document("qd-91", AMENDING)
    assert amending.trip is None and amending.amends is not None


@pytest.mark.parametrize("verb", ["lùi", "hoãn", "dời"])
def test_a_postponement_moves_the_trip(verb: str) -> None:
    postponing = _HEAD.format(
        number="95/QĐ-UBND",
        day="10",
        subject=f"Về việc {verb} thời gian chuyến công tác cử theo Quyết định số 77/QĐ-UBND",
    ) + (
        f"Điều 1. {verb.capitalize()} thời gian chuyến công tác tại Lào của đoàn được cử theo Quyết định số 77/QĐ-UBND "
        "ngày 02/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh. Thời gian công tác mới: từ ngày 12/01/2026 đến ngày "
        "15/01/2026.\n" + _TAIL
    )
    change = find_amendment(postponing, "95/QĐ-UBND")
    assert change is not None and change.citation.number == "77/QĐ-UBND"
    assert (change.start, change.end) == (dt.date(2026, 1, 12), dt.date(2026, 1, 15))


def test_supplement_of_members_alone() -> None:
    text = (
        "Về việc bổ sung thành viên đoàn công tác tại Quyết định số 15/QĐ-UBND ngày 03/3/2025\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Bổ sung ông Sùng A Lử, Chánh Văn phòng Sở Nội vụ vào danh sách đoàn.\nNơi nhận:\n"
    )
    change = find_amendment(text)
    assert change is not None and change.citation.number == "15/QĐ-UBND"
    assert (change.start, change.end, change.destinations) == (None, None, [])
    assert [m.name for m in change.added] == ["Sùng A Lử"]


@pytest.mark.parametrize(
    ("article", "added", "removed"),
    [
        (
            "2. Thay bà Danh Thị Mỹ Linh, Phó Giám đốc Sở Y tế bằng bà Phan Ngọc Diễm, Giám đốc Sở Y tế, làm Trưởng "
            "đoàn.",
            ["Phan Ngọc Diễm"],
            ["Danh Thị Mỹ Linh"],
        ),
        (
            "Thay thế ông Lò Văn Pấng, Chuyên viên bằng ông Vàng A Dình, Chuyên viên Sở Nội vụ.",
            ["Vàng A Dình"],
            ["Lò Văn Pấng"],
        ),
        ("Thay đổi thời gian công tác bằng thời gian mới.", [], []),  # no person in place of another
    ],
)
def test_a_member_put_in_anothers_place(article: str, added: list[str], removed: list[str]) -> None:
    """Issue 13 (blind scenario 12): "Thay bà A, … bằng bà B, …" withdraws A and adds B."""
    text = f"Sửa đổi Quyết định số 15/QĐ-UBND ngày 03/3/2025\nQUYẾT ĐỊNH:\nĐiều 1. {article}\nNơi nhận:\n"
    change = find_amendment(text)
    assert change is not None and change.citation.number == "15/QĐ-UBND"
    assert ([m.name for m in change.added], change.removed) == (added, removed)


@pytest.mark.parametrize(
    ("article", "added", "removed"),
    [
        (
            "Điều chỉnh thành phần đoàn tại Điều 1 Quyết định số 15/QĐ-ĐHTN như sau: không cử PGS.TS. Hà Văn Tú, "
            "Bí thư Đảng ủy Trường Đại học Y; cử bổ sung ThS. Lò Thị Mai, Phó Trưởng phòng Đối ngoại tham gia đoàn.",
            ["Lò Thị Mai"],
            ["Hà Văn Tú"],
        ),
        ("Bổ sung TS. Vàng A Dình, giảng viên Khoa Toán vào danh sách đoàn.", ["Vàng A Dình"], []),
        ("Thôi cử GS.TSKH. Nông Văn Khải tham gia đoàn.", [], ["Nông Văn Khải"]),
    ],
)
def test_a_member_named_by_academic_title_is_added_or_withdrawn(
    article: str, added: list[str], removed: list[str]
) -> None:
    """Issue 13 (scenario 16): a university's decision addresses members by their academic title, not ông/bà; its dot
    ends no clause."""
    text = f"Điều chỉnh Quyết định số 15/QĐ-ĐHTN ngày 03/3/2026\nQUYẾT ĐỊNH:\nĐiều 1. {article}\nNơi nhận:\n"
    change = find_amendment(text)
    assert change is not None and change.citation.number == "15/QĐ-ĐHTN"
    assert ([m.name for m in change.added], change.removed) == (added, removed)


@pytest.mark.parametrize("end_word", ["đến", "tới"])
def test_a_new_period_wrapped_before_its_end_date_is_read_whole(end_word: str) -> None:
    """Issue 13 (scenario 16 scans): the end's date on the next line, which goes on with a label ("Lý do:")."""
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Điều chỉnh thời gian công tác của đoàn tại Điều 1 Quyết định số\n588/QĐ-ĐHQG ngày "
        f"20/10/2026 từ ngày 02/11/2026 đến ngày 06/11/2026 thành từ ngày 09/11/2026 {end_word}\n"
        "ngày 13/11/2026. Lý do: đối tác đề nghị lùi thời gian làm việc.\nĐiều 2. Các nội dung khác giữ nguyên.\n"
    )
    change = find_amendment(text)
    assert change is not None and (change.start, change.end) == (dt.date(2026, 11, 9), dt.date(2026, 11, 13))


@pytest.mark.parametrize("link", ["nay điều chỉnh thành", "nay thay đổi thành", "lùi sang"])
def test_a_new_period_after_now_changed_into_is_the_trips(link: str) -> None:
    """Issue 13 (scenario 24): "từ ngày A đến ngày B nay điều chỉnh thành từ ngày C đến ngày D" postpones the trip to
    C–D (into the next year), not A–B."""
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Điều chỉnh thời gian công tác tại Ấn Độ của đoàn đã được cử tại Quyết định số "
        "412/QĐ-UBND ngày 02/11/2027, do phía bạn đề nghị: từ ngày 13/12/2027 đến ngày 17/12/2027 "
        f"{link} từ ngày 10/01/2028 đến ngày 14/01/2028.\nĐiều 2. Các nội dung khác giữ nguyên.\n"
    )
    change = find_amendment(text)
    assert change is not None and (change.start, change.end) == (dt.date(2028, 1, 10), dt.date(2028, 1, 14))


def test_linking_applies_the_amendment_with_its_provenance(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    con = open_db(path)
    load_documents(con, [_document("qd-91", AMENDING), _document("qd-77", ORIGINAL)])
    for _ in range(2):  # idempotent: a second linking changes nothing more
        link_all(con, Settings(db=path))
    trip = hashlib.sha256(b"qd-77").hexdigest()
    assert con.execute("SELECT start_date, end_date FROM trips WHERE trip_id = ?", [trip]).fetchone() == (
        dt.date(2025, 4, 16),
        dt.date(2025, 4, 20),
    )
    members = con.execute("SELECT name FROM trip_members WHERE trip_id = ? ORDER BY ordinal", [trip]).fetchall()
    assert [m for (m,) in members] == ["Vàng Văn Dũng", "Tòng Thị Mai"]
    # the added member is a person of her own, her trips counted (issue 13, blind scenario 12: 690 on 672)
    people = con.execute("SELECT name FROM trip_members WHERE trip_id = ? AND person_id IS NOT NULL", [trip])
    assert "Tòng Thị Mai" in {name for (name,) in people.fetchall()}
    countries = con.execute("SELECT iso_code FROM trip_destinations WHERE trip_id = ? ORDER BY ordinal", [trip])
    assert [c for (c,) in countries.fetchall()] == ["LA", "KH"]
    provenance = con.execute(
        "SELECT field, value, previous, source_number FROM trip_amendments WHERE trip_id = ? ORDER BY field", [trip]
    ).fetchall()
    assert provenance == [
        ("destinations", '["Lào", "Campuchia"]', '["Lào"]', "91/QĐ-UBND"),
        ("end_date", "2025-04-20", "2025-04-17", "91/QĐ-UBND"),
        ("member_added", "Tòng Thị Mai", None, "91/QĐ-UBND"),
        ("member_removed", "Lò Thị Hoa", "Lò Thị Hoa", "91/QĐ-UBND"),
        ("start_date", "2025-04-16", "2025-04-14", "91/QĐ-UBND"),
    ]
    con.close()


_DATES_ONLY = (
    "Điều 1. Điều chỉnh thời gian công tác tại Ấn Độ của đoàn Sở Công Thương do ông Lê Quang Hưng, Giám đốc Sở "
    "Công Thương làm Trưởng đoàn, đã được cử tại Quyết định số 1655/QĐ-UBND ngày 27/5/2026 của UBND tỉnh, như sau:\n"
    "Thời gian công tác: từ ngày 22/6/2026 đến ngày 26/6/2026 (thay cho thời gian từ ngày 08/6/2026 đến ngày "
    "12/6/2026).\n"
    "Điều 2. Các nội dung khác của Quyết định số 1655/QĐ-UBND giữ nguyên.\n",
    "Điều 1. Thay đổi thời gian đi công tác tại Nhật Bản của đoàn công tác đã được cử tại Quyết định số "
    "1655/QĐ-UBND ngày 27/5/2026 như sau: từ ngày 22/6/2026 đến ngày 26/6/2026.\n"
    "Điều 2. Các nội dung khác giữ nguyên.\n",
    "Điều 1. Điều chỉnh Điều 1 Quyết định số 1655/QĐ-UBND ngày 27/5/2026 về thời gian công tác tại Lào của đoàn "
    "do bà Lò Thị Hoa làm Trưởng đoàn: từ ngày 22/6/2026 đến ngày 26/6/2026.\n"
    "Điều 2. Các nội dung khác giữ nguyên.\n",
    # as a scan wraps it at the margin: the citation on the line after the one that says "điều chỉnh"
    "Điều 1. Điều chỉnh thời gian công tác tại Ấn Độ của đoàn Sở Công Thương do ông\n"
    "Lê Quang Hưng, Giám đốc Sở Công Thương làm Trưởng đoàn, đã được cử tại Quyết định\n"
    "số 1655/QĐ-UBND ngày 27/5/2026 của UBND tỉnh, như sau:\n"
    "Thời gian công tác: từ ngày 22/6/2026 đến ngày 26/6/2026 (thay cho thời gian từ\n"
    "ngày 08/6/2026 đến ngày 12/6/2026).\n"
    "Điều 2. Các nội dung khác giữ nguyên.\n",
)


@pytest.mark.parametrize("articles", _DATES_ONLY)
def test_a_decision_moving_only_the_dates_keeps_no_trip_of_its_own(articles: str) -> None:
    """Issue 13 (blind scenario 13): a decision restating the period and country of a delegation sent by
    another decision (its preamble citing it as "cử cán bộ đi công tác tại …") amends that trip."""
    text = (
        _HEAD.format(number="1811/QĐ-UBND", day="05", subject="Về việc điều chỉnh thời gian công tác")
        .replace("QUYẾT ĐỊNH:\n", "")
        .replace(
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nCăn cứ Quyết định số 1655/QĐ-UBND ngày 27/5/2026 của UBND "
            "tỉnh về việc cử cán bộ đi công tác tại Ấn Độ;\nQUYẾT ĐỊNH:\n",
        )
        + articles
        + _TAIL
    )
    document = _document("qd-1811", text)
    assert document.trip is None and document.amends is not None
    assert document.amends.citation.number == "1655/QĐ-UBND"
    assert (document.amends.start, document.amends.end) == (dt.date(2026, 6, 22), dt.date(2026, 6, 26))
    assert document.amends.added == [] and document.amends.removed == []


def test_a_trip_decision_citing_an_amended_decision_in_its_basis_amends_nothing() -> None:
    """The "Căn cứ" lines name what a decision rests on, amendments of other decisions included."""
    text = (
        "QUYẾT ĐỊNH\nVề việc cử cán bộ đi công tác nước ngoài\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 03/01/2026 sửa đổi, bổ sung Quyết định số 5/QĐ-UBND về quy chế "
        "quản lý đoàn ra;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Đoàn công tác đi Lào từ ngày 22/6/2026 đến ngày 26/6/2026.\nNơi nhận:\n"
    )
    assert find_amendment(text, "40/QĐ-UBND") is None


_WITHDRAWALS = (
    "Điều 1. Điều chỉnh thành phần Đoàn công tác tại Danh sách kèm theo Quyết định số 77/QĐ-UBND ngày 02/4/2025 "
    "như sau: không cử bà Lò Thị Hoa, Chuyên viên Sở Công Thương tham gia Đoàn (lý do sức khỏe). Sau khi điều chỉnh, "
    "Đoàn công tác gồm 01 (một) thành viên.\nĐiều 2. Các nội dung khác giữ nguyên hiệu lực.\n",
    "Điều 1. Sửa đổi Điều 1 Quyết định số 77/QĐ-UBND ngày 02/4/2025 như sau: thôi cử bà Lò Thị Hoa, Chuyên viên Sở "
    "Công Thương.\nĐiều 2. Các nội dung khác giữ nguyên.\n",
    "Điều 1. Điều chỉnh thành phần đoàn tại Quyết định số 77/QĐ-UBND ngày 02/4/2025: rút tên ông Vàng Văn Dũng, "
    "Giám đốc Sở Công Thương khỏi danh sách đoàn.\nĐiều 2. Các nội dung khác giữ nguyên.\n",
)


@pytest.mark.parametrize("articles", _WITHDRAWALS)
def test_a_decision_withdrawing_a_member_keeps_no_trip_of_its_own(articles: str) -> None:
    """Scenario 14 (dev): the member a decision withdraws, read by the trip extractor as its only member, does not
    make the amending decision a trip of its own."""
    text = (
        _HEAD.format(number="95/QĐ-UBND", day="10", subject="Về việc điều chỉnh thành phần Đoàn công tác")
        + articles
        + _TAIL
    )
    document = _document("qd-95", text)
    assert document.trip is None and document.amends is not None
    assert document.amends.citation.number == "77/QĐ-UBND"
    assert len(document.amends.removed) == 1 and document.amends.added == []


def test_a_decision_with_members_of_its_own_stays_a_trip() -> None:
    """A trip decision that also names a member withdrawn elsewhere sends its own listed members."""
    text = (
        _HEAD.format(number="96/QĐ-UBND", day="11", subject="Về việc cử cán bộ đi công tác nước ngoài")
        + "Điều 1. Cử các ông (bà) có tên sau đi công tác tại Lào từ ngày 14/4/2025 đến ngày 17/4/2025 (bổ sung "
        "thành viên thay cho đoàn tại Quyết định số 77/QĐ-UBND ngày 02/4/2025):\n"
        "1. Ông Vàng Văn Dũng, Giám đốc Sở Công Thương – Trưởng đoàn;\n"
        "2. Bà Tòng Thị Mai, Phó Trưởng phòng Sở Công Thương.\n"
        "Điều 2. Kinh phí do ngân sách tỉnh chi trả.\n" + _TAIL
    )
    document = _document("qd-96", text)
    assert document.trip is not None and len(document.trip.members) == 2


def test_a_withdrawal_lowers_the_size_the_amended_decision_states(tmp_path: Path) -> None:
    """Scenario 14 (dev): "gồm 03 thành viên" then one withdrawn: the trip's stated size follows, once however often
    linking runs, so the size check does not keep the old count."""
    original = ORIGINAL.replace("đến ngày 17/4/2025:\n", "đến ngày 17/4/2025. Đoàn gồm 03 thành viên:\n").replace(
        "2. Bà Lò Thị Hoa, Chuyên viên Sở Công Thương.\n",
        "2. Bà Lò Thị Hoa, Chuyên viên Sở Công Thương;\n3. Ông Đèo Văn Khiêm, Chuyên viên Sở Công Thương.\n",
    )
    withdrawing = (
        _HEAD.format(number="95/QĐ-UBND", day="10", subject="Về việc điều chỉnh thành phần Đoàn công tác")
        + _WITHDRAWALS[0]
        + _TAIL
    )
    path = tmp_path / "a.duckdb"
    con = open_db(path)
    load_documents(con, [_document("qd-95", withdrawing), _document("qd-77", original)])
    trip = hashlib.sha256(b"qd-77").hexdigest()
    assert con.execute("SELECT declared_size FROM trips WHERE trip_id = ?", [trip]).fetchone() == (3,)
    for _ in range(2):
        link_all(con, Settings(db=path))
    assert con.execute("SELECT declared_size FROM trips WHERE trip_id = ?", [trip]).fetchone() == (2,)
    members = con.execute("SELECT name FROM trip_members WHERE trip_id = ? ORDER BY ordinal", [trip]).fetchall()
    assert [m for (m,) in members] == ["Vàng Văn Dũng", "Đèo Văn Khiêm"]
    con.close()


_CANCELLATIONS = (
    ("Về việc hủy bỏ Quyết định số 77/QĐ-UBND ngày 02/4/2025",
     "Điều 1. Hủy bỏ Quyết định số 77/QĐ-UBND ngày 02/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh về việc cử ông Vàng "
     "Văn Dũng, Giám đốc Sở Công Thương và bà Lò Thị Hoa đi công tác tại Lào từ ngày 14/4/2025 đến ngày 17/4/2025.\n"),
    ("Về việc bãi bỏ Quyết định số 77/QĐ-UBND",
     "Điều 1. Bãi bỏ Quyết định số 77/QĐ-UBND ngày 02/4/2025 của Chủ tịch UBND tỉnh. Đoàn không thực hiện chuyến "
     "công tác.\n"),
    ("Về việc thu hồi quyết định cử cán bộ đi công tác",
     "Điều 1. Thu hồi Quyết định số 77/QĐ-UBND ngày 02/4/2025 về việc cử cán bộ đi công tác tại Lào.\n"),
)  # fmt: skip


@pytest.mark.parametrize(("subject", "articles"), _CANCELLATIONS)
def test_a_cancelled_decision_leaves_no_trip(tmp_path: Path, subject: str, articles: str) -> None:
    """Scenario 14 (dev): a decision cancelling a trip decision sends no one, and the trip it cancels is no trip
    once linked (its members' trips a year not counted); which decision cancelled it is kept."""
    text = _HEAD.format(number="98/QĐ-UBND", day="12", subject=subject) + articles + _TAIL
    document = _document("qd-98", text)
    assert document.trip is None and document.amends is not None and document.amends.cancels
    assert document.amends.citation.number == "77/QĐ-UBND" and document.amends.start is None
    path = tmp_path / "a.duckdb"
    con = open_db(path)
    load_documents(con, [document, _document("qd-77", ORIGINAL)])
    for _ in range(2):
        link_all(con, Settings(db=path))
    trip = hashlib.sha256(b"qd-77").hexdigest()
    assert con.execute("SELECT count(*) FROM trips").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM trip_members WHERE trip_id = ?", [trip]).fetchone() == (0,)
    assert con.execute("SELECT field, source_number FROM trip_amendments WHERE trip_id = ?", [trip]).fetchall() == [
        ("cancelled", "98/QĐ-UBND")
    ]
    con.close()


@pytest.mark.parametrize(
    "article",
    [
        "Điều 1. Bãi bỏ Điều 2 của Quyết định số 77/QĐ-UBND ngày 02/4/2025.\n",
        "Điều 1. Cử ông Vàng Văn Dũng, Giám đốc Sở Công Thương đi công tác tại Lào từ ngày 14/4/2025 đến ngày "
        "17/4/2025.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n",
    ],
)
def test_repealing_an_article_or_sending_someone_cancels_nothing(article: str) -> None:
    """Only a whole decision cancelled is a cancellation: not an article of it, not a trip decision."""
    text = _HEAD.format(number="99/QĐ-UBND", day="12", subject="Về việc cử cán bộ") + article + _TAIL
    found = find_amendment(text, "99/QĐ-UBND")
    assert found is None or not found.cancels


@pytest.mark.parametrize(("names_a_member", "left"), [(True, 0), (False, 1)])
def test_a_cancelled_decision_whose_number_was_not_read(tmp_path: Path, names_a_member: bool, left: int) -> None:
    """Scenario 14 scans (dev): the cancelled decision's number was filled in by hand and not read. It is the only
    trip of the cited date with no number; it is cancelled only when the cancelling decision names one of its
    members, and how it was matched is recorded."""
    unread = ORIGINAL.replace("Số: 77/QĐ-UBND", "Số:      /QĐ-UBND")
    who = "về việc cử ông Vàng Văn Dũng, Giám đốc Sở Công Thương" if names_a_member else "về việc cử cán bộ"
    text = (
        _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc hủy bỏ Quyết định số 77/QĐ-UBND")
        + f"Điều 1. Hủy bỏ Quyết định số 77/QĐ-UBND ngày 02/4/2025 {who} đi công tác tại Lào.\n"
        + _TAIL
    )
    original = _document("qd-77", unread)
    assert original.number is None and original.trip is not None
    con = _linked(tmp_path, _document("qd-98", text), original)
    assert con.execute("SELECT count(*) FROM trips").fetchone() == (left,)
    trip = hashlib.sha256(b"qd-77").hexdigest()
    fields = {f for (f,) in con.execute("SELECT field FROM trip_amendments WHERE trip_id = ?", [trip]).fetchall()}
    assert fields == ({"cancelled", "matched_by"} if names_a_member else set())
    con.close()


def test_new_dates_on_the_line_after_the_words_that_say_so() -> None:
    """Scenario 14 scans (dev): the scan wrapped "Điều chỉnh thời gian …" and "như sau: từ ngày … đến ngày …" onto
    two lines; the new period is still read, not the one replaced."""
    text = (
        _HEAD.format(number="1811/QĐ-UBND", day="05", subject="Về việc điều chỉnh thời gian công tác")
        + "Điều 1. Điều chỉnh thời gian công tác tại Hàn Quốc của Đoàn công tác Sở Nội vụ do\n"
        "ông Lê Quang Hưng, Phó Giám đốc Sở Nội vụ làm Trưởng đoàn, đã được cử tại Quyết định\n"
        "số 1655/QĐ-UBND ngày 27/5/2026, như sau: từ ngày 28/9/2026 đến ngày 02/10/2026\n"
        "(thay cho thời gian từ ngày 07/9/2026 đến ngày 11/9/2026).\n"
        "Điều 2. Các nội dung khác giữ nguyên hiệu lực.\n" + _TAIL
    )
    found = find_amendment(text, "1811/QĐ-UBND")
    assert found is not None and found.citation.number == "1655/QĐ-UBND"
    assert (found.start, found.end) == (dt.date(2026, 9, 28), dt.date(2026, 10, 2))


@pytest.mark.parametrize(
    ("article", "added", "removed"),
    [
        (
            "Điều chỉnh thành phần đoàn tại Điều 1 như sau: không cử ông Lò Văn Pấng, Chuyên viên Sở Nội vụ; cử bà "
            "Tòng Thị Mai, Phó Trưởng phòng Sở Nội vụ tham gia đoàn thay thế.",
            ["Tòng Thị Mai"],
            ["Lò Văn Pấng"],
        ),
        (
            "Cử ông Vàng A Dình, Chuyên viên Sở Nội vụ thay ông Lò Văn Pấng, Chuyên viên Sở Nội vụ.",
            ["Vàng A Dình"],
            ["Lò Văn Pấng"],
        ),
        # the original decision named, not a member sent: "đã được cử tại Quyết định …" adds no one
        ("Đoàn đã được cử tại Quyết định nêu trên giữ nguyên thành phần.", [], []),
    ],
)
def test_a_member_sent_in_anothers_place(article: str, added: list[str], removed: list[str]) -> None:
    """Issue 13 (blind scenario 15): "không cử bà A …; cử bà B … tham gia đoàn thay thế" withdraws A and adds B,
    so the delegation keeps its size."""
    text = f"Điều chỉnh thành phần đoàn tại Quyết định số 15/QĐ-UBND ngày 03/3/2025\nQUYẾT ĐỊNH:\nĐiều 1. {article}\n"
    change = find_amendment(text + "Nơi nhận:\n")
    assert change is not None and change.citation.number == "15/QĐ-UBND"
    assert ([m.name for m in change.added], change.removed) == (added, removed)


@pytest.mark.parametrize(
    "period",
    [
        "từ ngày 14/4/2025 đến ngày 17/4/2025 thành từ ngày 21/4/2025 đến ngày 24/4/2025",
        "từ ngày 14/4/2025 - 17/4/2025 sang từ ngày 21/4/2025 đến ngày 24/4/2025",
    ],
)
def test_dates_moved_from_the_old_period_to_the_new(period: str) -> None:
    """Issue 13 (blind scenario 15): "từ A đến B thành từ C đến D" — the trip's period is C to D, not A to B."""
    text = (
        _HEAD.format(number="95/QĐ-UBND", day="10", subject="Về việc điều chỉnh thời gian công tác")
        + f"Điều 1. Điều chỉnh thời gian công tác của đoàn tại Quyết định số 77/QĐ-UBND ngày 02/4/2025, {period}.\n"
        "Điều 2. Các nội dung khác giữ nguyên.\n" + _TAIL
    )
    found = find_amendment(text, "95/QĐ-UBND")
    assert found is not None and (found.start, found.end) == (dt.date(2025, 4, 21), dt.date(2025, 4, 24))


def test_dates_moved_when_the_scan_wraps_after_tu_ngay() -> None:
    """Blind scenario 15 scans (dev): the margin broke the line after "từ ngày", so the next line starts with a
    date, which is no list item "02/…": the sentence is one, and the new period after "thành" is read."""
    text = (
        _HEAD.format(number="95/QĐ-UBND", day="10", subject="Về việc điều chỉnh thời gian công tác")
        + "Điều 1. Điều chỉnh thời gian công tác của đoàn tại Quyết định số 77/QĐ-UBND ngày 02/4/2025, từ ngày\n"
        "14/4/2025 đến ngày 17/4/2025 thành từ ngày 21/4/2025 đến ngày 24/4/2025. Lý do: phía bạn đổi lịch.\n"
        "Điều 2. Các nội dung khác giữ nguyên.\n" + _TAIL
    )
    found = find_amendment(text, "95/QĐ-UBND")
    assert found is not None and (found.start, found.end) == (dt.date(2025, 4, 21), dt.date(2025, 4, 24))


def _linked(tmp_path: Path, *documents: Document) -> duckdb.DuckDBPyConnection:
    """A new store with the documents loaded and linked."""
    path = tmp_path / "a.duckdb"
    con = open_db(path)
    load_documents(con, list(documents))
    link_all(con, Settings(db=path))
    return con


def _tied(tmp_path: Path, number_line: str, article: str) -> tuple[int, list[tuple[str, str]]]:
    """Link an amending decision with the original read with `number_line`: trips left and how the amendment was
    tied (its `trip_amendments` fields and values, `matched_by` first)."""
    original = _document("qd-77", ORIGINAL.replace("Số: 77/QĐ-UBND", number_line))
    amending = _document(
        "qd-98", _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc điều chỉnh") + article + _TAIL
    )
    con = _linked(tmp_path, amending, original)
    trip = hashlib.sha256(b"qd-77").hexdigest()
    left = con.execute("SELECT count(*) FROM trips").fetchone()
    rows = con.execute(
        "SELECT field, value FROM trip_amendments WHERE trip_id = ? ORDER BY field <> 'matched_by', field", [trip]
    ).fetchall()
    con.close()
    return (left[0] if left else 0), rows


_MOVED = (
    "Điều 1. Điều chỉnh thời gian công tác của đoàn cán bộ Sở Công Thương đi {country} tại Quyết định số "
    "{cited} ngày 02/4/2025: từ ngày 21/4/2025 đến ngày 24/4/2025 (thay cho từ ngày 14/4/2025 đến ngày 17/4/2025).\n"
)


@pytest.mark.parametrize(
    ("number_line", "country", "moved"),
    [
        ("Số:      /QĐ-UBND", "Lào", True),  # number unread: the unit and the country tie it
        ("Số:      /QĐ-UBND", "Cam-pu-chia", False),  # another country: not this delegation
        ("Số: 7 /QĐ-UBND", "Lào", True),  # read a digit short of the cited 77: one slip, tied the same way
        ("Số: 45/QĐ-UBND", "Lào", False),  # another number, read: another decision
    ],
)
def test_an_amendment_tied_by_unit_and_country_when_the_number_fails(
    tmp_path: Path, number_line: str, country: str, moved: bool
) -> None:
    """Blind scenario 15 scans (dev): the amended decision's pen-filled number was not read (or read short), and
    the amendment names no member, only "đoàn cán bộ Sở … đi <country>". The one trip of the cited date whose
    number is unread or one slip away is amended when both a member's unit and its country are named, and how it
    was tied is recorded; otherwise nothing changes."""
    _, rows = _tied(tmp_path, number_line, _MOVED.format(country=country, cited="77/QĐ-UBND"))
    fields = [field for field, _ in rows]
    if not moved:
        assert rows == []
        return
    assert fields[0] == "matched_by" and "start_date" in fields
    assert "unit and a country" in rows[0][1]
    assert ("one slip" in rows[0][1]) == ("7 /" in number_line)


def test_a_cancellation_of_a_number_read_a_digit_short(tmp_path: Path) -> None:
    """Blind scenario 15 scans (dev): the pen-filled 779 was read "77" for sure, so "Hủy bỏ Quyết định số
    779/QĐ-UBND" found no trip and the cancelled trip was counted. Same date, one slip, unit and country named:
    the trip is cancelled, the tie recorded."""
    article = (
        "Điều 1. Hủy bỏ Quyết định số 771/QĐ-UBND ngày 02/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh về việc cử cán "
        "bộ Sở Công Thương đi công tác tại Lào.\n"
    )
    left, rows = _tied(tmp_path, "Số: 77/QĐ-UBND", article)
    assert left == 0 and [field for field, _ in rows] == ["matched_by", "cancelled"]


@pytest.mark.parametrize(
    ("cited", "country", "left"),
    [
        ("Quyết địnI. số 77/QĐ-UBNØmgày 02/4/2025", "Lào", 0),  # kind and number garbled, the date read
        ("Quyết địnI. số 77/QĐ-UBNØmgày 02/4/2025", "Cam-pu-chia", 1),  # another country: not this delegation
        ("Quyết địnI. số 77/QĐ-UBNØmgày 03/4/2025", "Lào", 1),  # another day: no trip decided then
    ],
)
def test_a_cancellation_whose_citation_a_scan_garbled_is_tied_by_its_date(
    tmp_path: Path, cited: str, country: str, left: int
) -> None:
    """Blind scenario 28 scans (dev): a stamp garbled the cited decision's kind and number ("Quyết địnÌ. số
    598/QĐ-BTØmgày 28/05/2026"), so the cancellation cancelled nothing and the trip was checked. The subject says
    it cancels a decision; the first article's first date is the cancelled decision's: the one trip decided that
    day whose member's unit and country the decision names is cancelled, the tie recorded."""
    text = (
        _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc hủy bỏ quyết định cử cán bộ đi công tác")
        + f"Điều 1. Hủy bỏ {cited} của Chủ tịch Ủy ban nhân dân tỉnh về việc cử đoàn cán bộ Sở Công Thương đi "
        f"công tác tại {country}.\n" + _TAIL
    )
    cancelling = _document("qd-98", text)
    assert cancelling.amends is not None and cancelling.amends.cancels and cancelling.amends.citation.number is None
    con = _linked(tmp_path, cancelling, _document("qd-77", ORIGINAL))
    assert con.execute("SELECT count(*) FROM trips").fetchone() == (left,)
    rows = con.execute("SELECT field, value FROM trip_amendments ORDER BY field <> 'matched_by'").fetchall()
    assert [field for field, _ in rows] == ([] if left else ["matched_by", "cancelled"])
    assert left or "cited number unread" in rows[0][1]
    con.close()


EXTENDING = (
    _HEAD.format(number="95/QĐ-UBND", day="16", subject="Về việc gia hạn thời gian công tác tại Lào")
    + (
        "Điều 1. Gia hạn thời gian công tác tại Lào của đoàn công tác được cử theo Quyết định số 77/QĐ-UBND "
        "ngày 02/4/2025 của Chủ tịch UBND tỉnh đến hết ngày 19/4/2025 (thay cho ngày 17/4/2025); thành phần đoàn "
        "không thay đổi.\n"
        "Điều 2. Kinh phí trong thời gian gia hạn do ngân sách tỉnh chi trả.\n"
    )
    + _TAIL
)


def test_an_extension_moves_only_the_end() -> None:
    """Issue 13 (blind scenario 17): "gia hạn thời gian công tác … đến hết ngày D (thay cho ngày E)" amends the
    trip's end to D; the extended decision's own date, before "đến", is no start."""
    document = _document("qd-95", EXTENDING)
    assert document.trip is None and document.amends is not None
    assert document.amends.citation.number == "77/QĐ-UBND"
    assert (document.amends.start, document.amends.end) == (None, dt.date(2025, 4, 19))


def test_linking_applies_an_extension_to_the_end_alone(tmp_path: Path) -> None:
    con = _linked(tmp_path, _document("qd-95", EXTENDING), _document("qd-77", ORIGINAL))
    trip = hashlib.sha256(b"qd-77").hexdigest()
    assert con.execute("SELECT start_date, end_date FROM trips WHERE trip_id = ?", [trip]).fetchone() == (
        dt.date(2025, 4, 14),
        dt.date(2025, 4, 19),
    )
    con.close()


def test_an_extension_of_a_decision_whose_day_was_misread(tmp_path: Path) -> None:
    """Issue 13 (blind scenario 17 scans): the extended decision's pen-filled day read 18 for 19. Its number as
    cited, in the cited year, is that decision: the end moves, and how it was matched is recorded."""
    misread = ORIGINAL.replace("ngày 02 tháng 4", "ngày 03 tháng 4")
    con = _linked(tmp_path, _document("qd-95", EXTENDING), _document("qd-77", misread))
    trip = hashlib.sha256(b"qd-77").hexdigest()
    assert con.execute("SELECT end_date FROM trips WHERE trip_id = ?", [trip]).fetchone() == (dt.date(2025, 4, 19),)
    fields = {f for (f,) in con.execute("SELECT field FROM trip_amendments WHERE trip_id = ?", [trip]).fetchall()}
    assert fields == {"end_date", "matched_by"}
    con.close()


def test_the_same_number_a_year_apart_is_another_decision(tmp_path: Path) -> None:
    earlier = ORIGINAL.replace("ngày 02 tháng 4 năm 2025", "ngày 02 tháng 4 năm 2024").replace("/2025", "/2024")
    con = _linked(tmp_path, _document("qd-95", EXTENDING), _document("qd-77", earlier))
    assert con.execute("SELECT count(*) FROM trip_amendments").fetchone() == (0,)
    con.close()


@pytest.mark.parametrize(("names_unit_and_country", "left"), [(True, 0), (False, 1)])
def test_a_cancelled_decision_whose_date_was_not_read_cited_one_slip_away(
    tmp_path: Path, names_unit_and_country: bool, left: int
) -> None:
    """Issue 13 (blind scenario 17 scans): the cancelled decision's pen-filled date was not read and the
    cancelling decision's citation read "77/QĐ-UBNDD". The only trip of a number one slip away and no date is it,
    when the cancelling decision names a member's unit and a country of it."""
    undated = ORIGINAL.replace("Lai Châu, ngày 02 tháng 4 năm 2025", "Lai Châu, ngày      tháng 4 năm 2025")
    what = "của đoàn Sở Công Thương đi công tác tại Lào" if names_unit_and_country else "về việc cử cán bộ"
    text = (
        _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc hủy bỏ Quyết định số 77/QĐ-UBNDD")
        + f"Điều 1. Hủy bỏ Quyết định số 77/QĐ-UBNDD ngày 02/4/2025 {what}.\n"
        + _TAIL
    )
    original = _document("qd-77", undated)
    assert original.issue_date is None and original.trip is not None
    con = _linked(tmp_path, _document("qd-98", text), original)
    assert con.execute("SELECT count(*) FROM trips").fetchone() == (left,)
    con.close()


def test_a_report_citing_only_the_extension_answers_the_extended_trip(tmp_path: Path) -> None:
    """Issue 13 (blind scenario 17 scans): the report's line citing the trip's decision was lost under a received
    stamp, and its signer under the seal; the one line left cites the extension ("đã được gia hạn theo Quyết định
    số 95/QĐ-UBND"). The report answers the trip that decision amended."""
    report = (
        "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSỞ CÔNG THƯƠNG\nSố: 12/BC-SCT\nLai Châu, ngày 25 tháng 4 năm 2025\n"
        "BÁO CÁO\nKết quả đi công tác nước ngoài\n"
        "Đoàn công tác của Sở Công Thương đã đi công tác tại Lào từ ngày 14/4/2025 đến ngày 19/4/2025 (thời "
        "gian công tác đã được gia hạn theo Quyết định số 95/QĐ-UBND ngày 16/4/2025). Đoàn xin báo cáo như sau:\n"
        "I. KẾT QUẢ\n1. Hai bên thống nhất tiếp tục hợp tác.\nTRƯỞNG ĐOÀN\n"
    )
    con = _linked(tmp_path, _document("qd-95", EXTENDING), _document("qd-77", ORIGINAL), _document("bc-12", report))
    row = con.execute("SELECT cited_decision_number, trip_id, link_evidence FROM reports").fetchone()
    assert row is not None and row[0] == "95/QĐ-UBND"
    assert row[1] == hashlib.sha256(b"qd-77").hexdigest() and '"cites_amending_decision": true' in row[2]
    con.close()


@pytest.mark.parametrize(
    ("unit", "named"),
    [
        ("Cơ quan Ủy ban MTTQ Việt Nam", True),  # its office listed, the body named (scenario 18's 204-QĐ/TU)
        ("UBND xã Mường Khương", True),
        ("Ủy ban nhân dân tỉnh", False),  # one word left: says nothing
        ("Cơ quan Sở Tư pháp", False),
    ],
)
def test_a_cancelling_decision_names_a_unit_without_its_council_or_office(unit: str, named: bool) -> None:
    from pipeline.link.amendments import _unit_named

    text = fold("Hủy bỏ Quyết định số 198-Q/TU về việc cử đoàn Ủy ban MTTQ Việt Nam tỉnh và cán bộ xã Mường Khương")
    assert _unit_named(unit, text) is named


def test_amendments_a_stroke_before_the_withdrawn_name_is_no_letter() -> None:
    """A scan's stroke between "ông" and the name ("không cử ông |Phan Văn Thắng"): the member is still withdrawn."""
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Điều chỉnh thành phần đoàn công tác tại Quyết định số 419/QĐ-UBND ngày 09/11/2026 "
        "như sau: không cử ông |Phan Văn Thắng, Bí thư Đảng ủy phường Hạ Long; cử bổ sung bà Vi Thị Yến, Phó Chủ "
        "tịch Ủy ban nhân dân phường Hạ Long tham gia đoàn.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."
    )
    amendment = find_amendment(text, "427/QĐ-UBND")
    assert amendment is not None
    assert (amendment.removed, [m.name for m in amendment.added]) == (["Phan Văn Thắng"], ["Vi Thị Yến"])


@pytest.mark.parametrize(
    ("restated", "start"),
    [(" (thời gian công tác từ ngày 14/4/2025 đến ngày 19/4/2025)", dt.date(2025, 4, 14)), ("", None)],
)
def test_an_extension_right_after_the_cited_date_starts_on_no_cited_date(restated: str, start: dt.date | None) -> None:
    """Scenario 22 (dev): "… theo Quyết định số 77/QĐ-UBND ngày 02/4/2025 đến hết ngày 19/4/2025" read the cited
    decision's date as the start, and the trip left on the day it was decided. A date of a citation is no period's:
    the start is the one the article restates, or none."""
    article = (
        "Điều 1. Gia hạn thời gian công tác tại Lào của đoàn công tác được cử theo Quyết định số 77/QĐ-UBND "
        f"ngày 02/4/2025 đến hết ngày 19/4/2025{restated}.\n"
        "Điều 2. Các nội dung khác của Quyết định số 77/QĐ-UBND ngày 02/4/2025 giữ nguyên hiệu lực.\n"
    )
    subject = "Về việc gia hạn thời gian công tác tại Lào"
    document = _document("qd-96", _HEAD.format(number="96/QĐ-UBND", day="16", subject=subject) + article + _TAIL)
    assert document.amends is not None and document.amends.citation.number == "77/QĐ-UBND"
    assert (document.amends.start, document.amends.end) == (start, dt.date(2025, 4, 19))


@pytest.mark.parametrize("dash", ["-", "–", " - "])
def test_an_extension_whose_new_end_a_stamps_rule_glued_to_ngay(dash: str) -> None:
    """Scenario 24 (scans, dev): a received stamp's dotted rule across "đến ngày 18/4/2026" read as a dash,
    "đến ngày-18/4/2026"; with the "gia hạn" words under the stamp garbled and the restated start misread, the
    extension had no end and the trip's report was called late. A dash between "ngày" and its date is no text
    (the page's normalisation, which every page's text goes through, drops it)."""
    article = (
        "Điều 1. Gìa hqn thòi gjan công tác tại Lào của đoàn công tác đã được cử tại Quyết định số 77/QĐ-UBND "
        "ngày 02/4/2025. Thời gian công tác của đoàn là từ ngày 14/4/0025 "
        f"đến ngày{dash}19/4/2025 (kể cả thời gian đi đường).\n"
        "Điều 2. Các nội dung khác giữ nguyên theo Quyết định số 77/QĐ-UBND.\n"
    )
    subject = "Về việc gia hạn thời gian công tác tại Lào"
    text = normalize_text(_HEAD.format(number="97/QĐ-UBND", day="16", subject=subject) + article + _TAIL)
    amendment = find_amendment(text, "97/QĐ-UBND")
    assert amendment is not None and amendment.citation.number == "77/QĐ-UBND"
    assert (amendment.start, amendment.end) == (None, dt.date(2025, 4, 19))


@pytest.mark.parametrize(
    ("named", "country", "moved"),
    [
        ("ông Vàng Văn\nDũng", "Lào", True),  # the leader named over a line break, the country
        ("ông Vàng Văn Dũng", "Cam-pu-chia", False),  # another country: not this delegation
        ("ông Lý Văn Nam", "Lào", False),  # nobody of the trip named
    ],
)
def test_a_postponement_whose_citation_a_fax_garbled_whole_is_tied_by_member_and_country(
    tmp_path: Path, named: str, country: str, moved: bool
) -> None:
    """Blind scenario 28 scans (dev): a fax garbled the postponed decision's number and date ("Quyết định số
    !ĐØRBTEOd3ý /2026") and the words "Thời gian" before the new period, so the postponement moved nothing and the
    trip was counted in the wrong year. The subject says the period changes: the first article's period is the new
    one, and the one trip whose member and country the decision names is moved, the tie recorded."""
    text = _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc điều chỉnh thời gian công tác nước ngoài") + (
        "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 31/TTr-SCT ngày 05/4/2025.\n"  # cites no decision
        f"Điều 1. Lùi thời gian công tác tại {country} của đoàn do {named}, Giám đốc Sở Công Thương làm trưởng "
        "đoàn, được cử theo Quyết định số !ĐØRBTE /2025, do phía bạn thay đổi lịch làm việc. Đoàn đi từ ngày "
        "21/5/2025 đến ngày 24/5/2025.\n" + _TAIL
    )
    moving = _document("qd-98", text)
    assert moving.amends is not None and moving.amends.citation.number is moving.amends.citation.date is None
    assert (moving.amends.start, moving.amends.end) == (dt.date(2025, 5, 21), dt.date(2025, 5, 24))
    path = tmp_path / "a.duckdb"
    con = open_db(path)
    load_documents(con, [moving, _document("qd-77", ORIGINAL)])
    link_all(con, Settings(db=path))
    rows = con.execute("SELECT field, value FROM trip_amendments ORDER BY field <> 'matched_by', field").fetchall()
    dates = con.execute("SELECT start_date, end_date FROM trips").fetchall()
    con.close()
    if not moved:
        assert rows == [] and dates == [(dt.date(2025, 4, 14), dt.date(2025, 4, 17))]
        return
    assert [field for field, _ in rows] == ["matched_by", "end_date", "start_date"]
    assert "member and a country" in rows[0][1] and dates == [(dt.date(2025, 5, 21), dt.date(2025, 5, 24))]


@pytest.mark.parametrize(
    ("who", "left"),
    [
        ("về việc cử ông Vàng Văn\nDũng, Giám đốc Sở Công Thương", 0),  # a name the line broke is named
        ("về việc cử bà Lò Thị Hoan, Chuyên viên Sở Nội vụ", 1),  # "Lò Thị Hoa" is no whole name of it
    ],
)
def test_a_member_named_in_the_amending_decision_as_whole_words(tmp_path: Path, who: str, left: int) -> None:
    """The number of the cancelled decision unread, the one trip of the cited date is tied only by a member the
    cancelling decision names: whole words of its text with the lines' breaks as spaces, as a citation garbled
    whole is tied (`pipeline.link.amendments._naming`)."""
    unread = ORIGINAL.replace("Số: 77/QĐ-UBND", "Số:      /QĐ-UBND")
    text = (
        _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc hủy bỏ Quyết định số 77/QĐ-UBND")
        + f"Điều 1. Hủy bỏ Quyết định số 77/QĐ-UBND ngày 02/4/2025 {who} đi công tác tại Lào.\n"
        + _TAIL
    )
    con = _linked(tmp_path, _document("qd-98", text), _document("qd-77", unread))
    assert con.execute("SELECT count(*) FROM trips").fetchone() == (left,)
    con.close()


def test_a_postponement_whose_new_end_is_unread_leaves_no_old_end(tmp_path: Path) -> None:
    """The new end misread ("25/U1/2026"): the trip starts after its old end, which cannot stand; unknown, not a
    report due before the trip."""
    postponing = _HEAD.format(
        number="95/QĐ-UBND", day="10", subject="Về việc lùi thời gian chuyến công tác nước ngoài"
    ) + (
        "Điều 1. Lùi thời gian chuyến công tác của đoàn được cử theo Quyết định số 77/QĐ-UBND ngày 02/4/2025 "
        "của Chủ tịch Ủy ban nhân dân tỉnh sang năm 2026.\nThời gian công tác mới: từ ngày 12/01/2026 đến ngày "
        "25/U1/2026 (thay cho thời gian từ ngày 14/4/2025 đến ngày 17/4/2025).\n" + _TAIL
    )
    con = _linked(tmp_path, _document("qd-95", postponing), _document("qd-77", ORIGINAL))
    trip = hashlib.sha256(b"qd-77").hexdigest()
    row = con.execute("SELECT start_date, end_date FROM trips WHERE trip_id = ?", [trip]).fetchone()
    assert row == (dt.date(2026, 1, 12), None)
    con.close()


@pytest.mark.parametrize(("named", "left"), [("Đại Hàn Dân Quốc", 0), ("Hàn Quốc", 0), ("Nhật Bản", 1)])
def test_a_cancellation_names_the_trip_s_country_by_another_of_its_names(tmp_path: Path, named: str, left: int) -> None:
    """Blind scenario 45's scan of 640/QĐ-UBND: its number unread, so 671's "Hủy bỏ Quyết định số 640/QĐ-UBND ngày
    15/09/2026 … đi công tác tại Đại Hàn Dân Quốc" found it only by date, a member's unit and a country, and the
    trip's country reads "Hàn Quốc": the same country by its code. Another country is another delegation."""
    original = ORIGINAL.replace("Số: 77/QĐ-UBND", "Số:      /QĐ-UBND").replace("tại Lào", "tại Hàn Quốc")
    article = (
        "Điều 1. Hủy bỏ Quyết định số 77/QĐ-UBND ngày 02/4/2025 của Chủ tịch Ủy ban nhân dân tỉnh về việc cử cán "
        f"bộ Sở Công Thương đi công tác tại {named}.\n"
    )
    amending = _HEAD.format(number="98/QĐ-UBND", day="12", subject="Về việc hủy bỏ Quyết định") + article + _TAIL
    con = _linked(tmp_path, _document("qd-98", amending), _document("qd-77", original))
    assert con.execute("SELECT count(*) FROM trips").fetchone() == (left,)
    con.close()
