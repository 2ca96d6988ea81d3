"""End to end: decision and report texts → extraction → DuckDB → link → `congvan trips / reports / people`."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from extractors.document import extract_fields
from flows.cli import _register_commands, cli
from pipeline.link.reports import link_all
from pipeline.settings import Settings
from pipeline.store.connection import open_db
from pipeline.store.documents import load_documents
from schemas.document import Document, Source

_register_commands()


def decision_text(number: str, day: str, member: str, country: str, period: str) -> str:
    return f"""ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
Số: {number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, {day}
QUYẾT ĐỊNH
Về việc cử cán bộ đi công tác nước ngoài
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
QUYẾT ĐỊNH:
Điều 1. Cử các ông (bà) có tên sau đi công tác tại {country} {period}:
1. {member} – Trưởng đoàn;
2. Bà Mai Thị Ngân, Chuyên viên Sở Tài chính.
Điều 2. Kinh phí do ngân sách tỉnh chi trả.
Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nông Văn Thịnh
"""


def report_text(citation: str, country: str) -> str:
    return f"""SỞ TÀI CHÍNH
Số: 12/BC-STC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 28 tháng 3 năm 2025
BÁO CÁO
Kết quả chuyến công tác tại {country}
Thực hiện {citation} của Chủ tịch UBND tỉnh về việc cử cán bộ đi công tác nước ngoài, đoàn đã làm việc tại {country}.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
GIÁM ĐỐC
Đặng Quang Vượng
"""


def document(label: str, text: str) -> Document:
    digest = hashlib.sha256(label.encode()).hexdigest()
    return extract_fields(Document(source=Source(path=f"{label}.txt", sha256=digest, pages=1), text=text))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "trips.duckdb"
    documents = [
        document(
            "qd-1",
            decision_text(
                "145/QĐ-UBND",
                "ngày 03 tháng 3 năm 2025",
                "Ông Đặng Quang Vượng, Giám đốc Sở Tài chính",
                "Lào",
                "từ ngày 10/3/2025 đến ngày 14/3/2025",
            ),
        ),
        document(
            "qd-2",
            decision_text(
                "301/QĐ-UBND",
                "ngày 02 tháng 6 năm 2025",
                "Ông Dang Quang Vuong, Giám đốc Sở Tài chính",  # the same man, diacritics lost
                "Thái Lan",
                "từ ngày 16 đến ngày 20 tháng 6 năm 2025",
            ),
        ),
        document("bc-1", report_text("Quyết định số l45/QD-UBND ngày 03/3/2025", "Lào")),
        document("bc-2", report_text("Quyết định số 999/QĐ-UBND ngày 01/01/2025", "Nhật Bản")),
    ]
    con = open_db(path)
    load_documents(con, documents)
    link_all(con, Settings(db=path))
    con.close()
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def lines(result: Result) -> list[dict[str, Any]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_trips_cli_lists_trips_with_members_and_linked_report(db: Path) -> None:
    trips = {trip["decision_number"]: trip for trip in lines(run("trips", "--json", "--db", str(db)))}
    first, second = trips["145/QĐ-UBND"], trips["301/QĐ-UBND"]
    assert (first["start_date"], first["end_date"]) == ("2025-03-10", "2025-03-14")
    assert [d["iso_code"] for d in first["destinations"]] == ["LA"]
    assert [(m["name"], m["is_key_leader"]) for m in first["members"]] == [
        ("Đặng Quang Vượng", True),
        ("Mai Thị Ngân", False),
    ]
    assert first["report"]["number"] == "12/BC-STC"
    assert first["report"]["link_method"] == "decision_number"
    assert second["report"] is None
    assert first["members"][0]["person_id"] == second["members"][0]["person_id"]


def test_trips_cli_text_output_says_when_a_trip_has_no_report(db: Path) -> None:
    result = run("trips", "--db", str(db))
    assert result.exit_code == 0
    assert "report: none" in result.stdout
    assert "Đặng Quang Vượng, Giám đốc, Sở Tài chính – trưởng đoàn [key leader]" in result.stdout


def test_trips_cli_unlinked_report_is_listed(db: Path) -> None:
    unlinked = lines(run("reports", "--unlinked", "--json", "--db", str(db)))
    assert [r["cited_decision_number"] for r in unlinked] == ["999/QĐ-UBND"]
    assert unlinked[0]["trip_id"] is None


def test_trips_cli_reports_as_text_with_an_unlinked_report(db: Path) -> None:
    """It crashed (TypeError: 'NoneType' object is not subscriptable) on the very case --unlinked is for."""
    for args in (["reports"], ["reports", "--unlinked"]):
        result = run(*args, "--db", str(db))
        assert result.exit_code == 0, result.output
        assert any("cites 999/QĐ-UBND" in line and "→ no trip" in line for line in result.stdout.splitlines())


def test_trips_cli_people_merges_and_unmerge(db: Path) -> None:
    people = lines(run("people", "--json", "--db", str(db)))
    vuong = [p for p in people if p["name"] == "Đặng Quang Vượng"]
    assert len(vuong) == 1
    assert "Dang Quang Vuong" in vuong[0]["aliases"]

    merges = lines(run("people", "merges", "--json", "--db", str(db)))
    variant = next(m for m in merges if "Dang Quang Vuong" in json.dumps(m["evidence"], ensure_ascii=False))
    assert variant["evidence"]["same_spelling"] is False

    undo = run("people", "unmerge", variant["merge_id"], "--db", str(db))
    assert undo.exit_code == 0, undo.output
    run("link", "--db", str(db))  # a later run must not merge them again
    people = lines(run("people", "--json", "--db", str(db)))
    names = [p["name"] for p in people]
    assert "Dang Quang Vuong" in names and "Đặng Quang Vượng" in names
    merges = lines(run("people", "merges", "--json", "--db", str(db)))
    assert next(m for m in merges if m["merge_id"] == variant["merge_id"])["undone"] is True


def test_trips_cli_unmerge_unknown_id_fails(db: Path) -> None:
    result = run("people", "unmerge", "M000000000000", "--db", str(db))
    assert result.exit_code != 0
    assert "no merge M000000000000" in result.output


def test_trips_cli_shows_a_trips_cities_and_regions(tmp_path: Path) -> None:
    """A decision sending people to "thành phố Côn Minh, tỉnh Vân Nam, Trung Quốc": the trip lists its city
    and its region apart, and its places by level (issue 12)."""
    path = tmp_path / "places.duckdb"
    text = decision_text(
        "77/QĐ-UBND",
        "ngày 03 tháng 3 năm 2025",
        "Ông Đặng Quang Vượng, Giám đốc Sở Tài chính",
        "thành phố Côn Minh, tỉnh Vân Nam, Trung Quốc",
        "từ ngày 10/3/2025 đến ngày 14/3/2025",
    )
    con = open_db(path)
    load_documents(con, [document("qd-cm", text)])
    con.close()
    (trip,) = lines(run("trips", "--json", "--db", str(path)))
    assert (trip["cities"], trip["regions"]) == (["Côn Minh"], ["Vân Nam"])
    assert [(p["name"], p["country"], p["level"]) for p in trip["places"]] == [
        ("Côn Minh", "CN", "city"),
        ("Vân Nam", "CN", "region"),
        ("Trung Quốc", "CN", "country"),
    ]
    assert "Trung Quốc [CN] (Côn Minh, Vân Nam)" in run("trips", "--db", str(path)).stdout
