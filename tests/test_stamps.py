"""Stamps are data (`Document.stamps`), never the document's own number, date or signer."""

from __future__ import annotations

import datetime as dt

from extractors.header import parse_header
from extractors.stamps import find_stamps, signing_time
from schemas.document import StampKind

STAMPED = """Ký bởi: Ủy ban nhân dân tỉnh Quảng Ngãi
Email: ubnd@quangngai.gov.vn
Thời gian ký: 21/01/2025 08:15:24
ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI              Độc lập - Tự do - Hạnh phúc
HỎA TỐC
CV ĐẾN Số: 2352
Ngày: 22/01/2025
Số: 89/QĐ-UBND               Quảng Ngãi, ngày 16 tháng 01 năm 2025
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
Điều 1. Cử ông Nguyễn Văn An đi công tác tại Nhật Bản.
Nơi nhận:                                KT. CHỦ TỊCH
- Như Điều 1;                            PHÓ CHỦ TỊCH
- Lưu: VT.
                                         Trần Phước Hiền
"""

GAZETTE = """TRUNG TÂM CÔNG BÁO VÀ TIN HỌC
Cơ quan: Tỉnh Quảng Ngãi
06.11.2024 09:27:05 +07:00
ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 575/UBND-KTTH
V/v góp ý dự thảo
Quảng Ngãi, ngày {day} tháng 11 năm 2024
Kính gửi: Sở Tài chính
"""


def test_each_stamp_is_found_with_its_own_values() -> None:
    stamps = {stamp.kind: stamp for stamp in find_stamps(STAMPED)}
    assert set(stamps) == {StampKind.SIGNATURE, StampKind.URGENCY, StampKind.INCOMING}
    assert (stamps[StampKind.SIGNATURE].date, stamps[StampKind.SIGNATURE].time) == (
        dt.date(2025, 1, 21),
        dt.time(8, 15, 24),
    )
    assert stamps[StampKind.INCOMING].number == "2352"
    assert stamps[StampKind.INCOMING].date == dt.date(2025, 1, 22)
    assert "Số: 89" not in stamps[StampKind.INCOMING].text  # the document's number line is not the stamp's
    assert stamps[StampKind.URGENCY].text == "HỎA TỐC"
    assert all(stamp.page == 1 and stamp.span is not None for stamp in stamps.values())


def test_stamps_are_not_the_documents_fields() -> None:
    header = parse_header(STAMPED)
    assert header.number == "89/QĐ-UBND"
    assert header.issue_date == dt.date(2025, 1, 16)
    assert header.issuer == "UBND tỉnh Quảng Ngãi"
    assert header.signer is not None and header.signer.name == "Trần Phước Hiền"


def test_gazette_box_time_with_offset() -> None:
    (stamp,) = find_stamps(GAZETTE.format(day="04"))
    assert stamp.kind is StampKind.GAZETTE
    assert stamp.time is not None and stamp.time.utcoffset() == dt.timedelta(hours=7)
    assert signing_time([stamp]) == dt.datetime(2024, 11, 6, 9, 27, 5, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    header = parse_header(GAZETTE.format(day="04"))
    assert header.issuer == "UBND tỉnh Quảng Ngãi"  # the gazette centre's box is not the issuing body


def test_signing_time_bounds_the_issue_date() -> None:
    assert parse_header(GAZETTE.format(day="04")).issue_date == dt.date(2024, 11, 4)
    after = parse_header(GAZETTE.format(day="14"))  # printed after it was signed: a misreading
    assert after.issue_date is None
    assert [e.code for e in after.errors] == ["issue_date.out_of_bound"]
    early = parse_header(GAZETTE.format(day="04").replace("tháng 11", "tháng 09"))  # 63 days before
    assert early.issue_date is None


def test_copy_block_keeps_its_own_number() -> None:
    text = "SAO Y BẢN CHÍNH\nSố: 12/SY-VP\nQuảng Ngãi, ngày 08 tháng 11 năm 2024"
    (stamp,) = find_stamps(text)
    assert (stamp.kind, stamp.number, stamp.date) == (StampKind.COPY, "12/SY-VP", dt.date(2024, 11, 8))
