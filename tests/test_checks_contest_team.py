"""A trips-a-year limit that does not count the trips leading the national students' team to an Olympiad, said in a
sentence of its own after the key leaders' definition (issue 13, scenario 32's form; the sentences are the tests'
own)."""

from __future__ import annotations

import datetime as dt

from extractors.programmes import named_programme
from pipeline.checks.run import run_checks
from tests.rules_db import Member, approved_2026, insert_purposed_trips

D = dt.date
CHI_THI = (
    "Số: 09/CT-BNN\n"
    "2. Về thành phần đoàn\n"
    "a) Cán bộ chủ chốt đi công tác nước ngoài không quá hai (02) lần/năm.\n"
    "Cán bộ chủ chốt nêu tại điểm này gồm: Vụ trưởng, Cục trưởng.\n"
    "Chuyến công tác làm trưởng đoàn, phó trưởng đoàn dẫn đội tuyển sinh viên Việt Nam dự thi Olympic Tin học khu "
    "vực không tính vào số lần quy định tại điểm này.\n"
    "b) Mỗi đoàn không quá tám (08) người.\n"
)
HEAD = Member("Lục Thị Mai", "Vụ Đào tạo", title="Vụ trưởng")
OLYMPIAD = "Làm trưởng đoàn dẫn đội tuyển sinh viên Việt Nam dự thi Olympic Tin học châu Á"


def _trips(purposes: list[str]):  # type: ignore[no-untyped-def]
    con = approved_2026(CHI_THI, "09/CT-BNN", "Bộ Nông nghiệp và Môi trường", D(2026, 1, 12))
    insert_purposed_trips(con, HEAD, purposes, "Thái Lan", "BNN")
    return con


def test_the_team_and_the_contest_are_read_from_the_exception() -> None:
    programme = named_programme(
        "Chuyến công tác dẫn đội tuyển học sinh Việt Nam dự thi Olympic quốc tế không tính vào số lần quy định."
    )
    assert programme is not None
    assert (programme.kind, programme.parties) == ("olympic", ("doi tuyen",))
    assert programme.name == "dẫn đội tuyển học sinh Việt Nam dự thi Olympic quốc tế"
    assert named_programme("Các chuyến đi dẫn đội tuyển dự thi Olympic được ưu tiên bố trí kinh phí") is None


def test_a_trip_leading_the_team_to_the_olympiad_is_not_counted() -> None:
    assert run_checks(_trips([OLYMPIAD, "Dự hội thảo", "Khảo sát mô hình"]), D(2026, 12, 1), "r") == []
    (finding,) = run_checks(_trips(["Dự hội thảo", OLYMPIAD, "Khảo sát", "Làm việc"]), D(2026, 12, 1), "r")
    assert (finding.decision_number, finding.severity.value) == ("40/QĐ-BNN", "breach")


def test_a_team_trip_naming_no_contest_is_counted_for_a_person_to_check() -> None:
    (finding,) = run_checks(
        _trips(["Dẫn đội tuyển bóng đá sinh viên giao hữu", "Dự hội thảo", "Khảo sát"]), D(2026, 12, 1), "r"
    )
    assert (finding.decision_number, finding.severity.value) == ("30/QĐ-BNN", "review")
