"""The bundled demo set (samples/documents/) with planted breaches, and its expected findings.

Planted, against the dispatch's own rules (Công văn 1186/UBND-NC of UBND tỉnh Lạng Sơn, 16/9/2024):
- Lục Văn Thịnh goes abroad three times in 2025 (decisions 152, 689 — printed "Lục Văn Thinh" — and 1024);
- decision 689/QĐ-UBND is paid for by an enterprise;
- decision 1024/QĐ-UBND sends two key leaders of huyện Cao Lộc (Bí thư Huyện ủy, Chủ tịch UBND huyện);
- decision 1390/QĐ-UBND visits four countries;
- decision 152/QĐ-UBND (back 14/3/2025) never gets a report: overdue;
- decision 415/QĐ-UBND (back 25/4/2025) is reported on 20/5/2025, after 10 working days even counting the
  30/4–1/5 holidays: late;
- decision 1024's report (15/9/2025) is on time only because 01–02/9/2025 are holidays;
- decision 1205/QĐ-UBND (back 13/11/2026) has no report yet and is not due as of 2026-11-22.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import holidays

from samples.tools.builders import Issuer, Messy, department, province_ubnd
from samples.tools.content import COUNTRY_BY_CODE, DEPARTMENTS, Official, Unit, official
from samples.tools.documents import RULE_BANK, TripPlan, build_decision, build_dispatch, build_report
from samples.tools.formats import write_docx, write_pdf
from samples.tools.generate_io import write_truth
from samples.tools.others import build_plain
from samples.tools.render import render_pages, save_image_pdf, save_png, scan, scan_pages
from samples.tools.specs import DocSpec
from schemas.document import Funding

PROVINCE = "Lạng Sơn"
DEMO_SEED = 20251
AS_OF = dt.date(2026, 11, 22)
TRAVELLER = "Lục Văn Thịnh"


def _unit(name: str) -> Unit:
    return next(u for u in DEPARTMENTS if u.name == name)


def demo_specs(seed: int = DEMO_SEED) -> list[tuple[DocSpec, str, str]]:
    """(spec, file name, output kind) for every bundled document, in a fixed order."""
    rng = random.Random(seed)
    used: set[str] = {TRAVELLER}
    ubnd = province_ubnd(PROVINCE, rng, split=True)
    ubnd.office = "NC"
    p = Official(TRAVELLER, "Phó Giám đốc", "Sở Công Thương")
    rules = [
        RULE_BANK["max_trips_per_year"][2],
        RULE_BANK["max_delegation_size"][0],
        RULE_BANK["report_deadline_working_days"][1],
        RULE_BANK["max_days_per_country"][0],
        RULE_BANK["max_countries_per_trip"][0],
        RULE_BANK["no_two_key_leaders_same_unit"][0],
        RULE_BANK["no_enterprise_funded"][0],
        RULE_BANK["avoid_start_end_of_year"][0],
    ]
    out: list[tuple[DocSpec, str, str]] = []
    dispatch = build_dispatch(
        "cv-1186-UBND-NC",
        rng,
        PROVINCE,
        dt.date(2024, 9, 16),
        rules=rules,
        serial=1186,
        used=used,
        fillers=0,
        issuer=_copy(ubnd),
    )
    dispatch.body_points = 12
    out.append((dispatch, "cv-1186-UBND-NC-quan-ly-doan-ra.png", "noisy-png"))

    def staff(unit: str, title: str) -> Official:
        return official(rng, title, unit, used)

    def decide(serial: int, date: dt.date, plan: TripPlan, name: str, kind: str) -> DocSpec:
        spec = build_decision(f"qd-{serial}", rng, PROVINCE, date, plan, issuer=_copy(ubnd), serial=serial, used=used)
        out.append((spec, name, kind))
        return spec

    jp, kr, cn = COUNTRY_BY_CODE["JP"], COUNTRY_BY_CODE["KR"], COUNTRY_BY_CODE["CN"]
    decide(
        152,
        dt.date(2025, 2, 24),
        TripPlan(
            [p, staff("Sở Công Thương", "Trưởng phòng"), staff("Sở Ngoại vụ", "Chuyên viên")],
            [jp],
            dt.date(2025, 3, 10),
            dt.date(2025, 3, 14),
            inviter="Chính quyền tỉnh Shizuoka",
            purpose="trao đổi kinh nghiệm về xúc tiến thương mại và thu hút đầu tư",
            member_style="list",
        ),
        "qd-152-QD-UBND-nhat-ban.pdf",
        "noisy-pdf",
    )
    qd689 = decide(
        689,
        dt.date(2025, 6, 2),
        TripPlan(
            [p, staff("Sở Kế hoạch và Đầu tư", "Phó Trưởng phòng"), staff("Sở Công Thương", "Chuyên viên")],
            [kr],
            dt.date(2025, 6, 16),
            dt.date(2025, 6, 20),
            funding=Funding.ENTERPRISE,
            sponsor="Công ty Cổ phần Đầu tư Phú Hưng",
            purpose="tham dự Hội chợ Thương mại quốc tế và giới thiệu sản phẩm đặc trưng của tỉnh",
            member_style="inline",
            date_style="same_month",
            cities=["Seoul"],
            printed_names={TRAVELLER: "Lục Văn Thinh"},
        ),
        "qd-689-QD-UBND-han-quoc.png",
        "noisy-png",
    )
    secretary = Official("Nông Văn Duẩn", "Bí thư Huyện ủy", "huyện Cao Lộc")
    chairwoman = Official("Hà Thị Oanh", "Chủ tịch UBND huyện", "huyện Cao Lộc", female=True)
    used.update({secretary.name, chairwoman.name})
    qd1024 = decide(
        1024,
        dt.date(2025, 8, 11),
        TripPlan(
            [p, secretary, chairwoman, staff("Sở Ngoại vụ", "Chuyên viên")],
            [cn],
            dt.date(2025, 8, 25),
            dt.date(2025, 8, 29),
            inviter="Chính quyền Khu tự trị dân tộc Choang Quảng Tây",
            purpose="trao đổi về hợp tác phát triển kinh tế cửa khẩu",
            member_style="table",
            cities=["Nam Ninh"],
        ),
        "qd-1024-QD-UBND-trung-quoc.pdf",
        "born-digital-pdf",
    )
    four = [COUNTRY_BY_CODE[c] for c in ("TH", "KH", "LA", "SG")]
    culture = "Sở Văn hóa, Thể thao và Du lịch"
    qd1390 = decide(
        1390,
        dt.date(2024, 9, 26),
        TripPlan(
            [staff(culture, "Phó Giám đốc"), staff(culture, "Trưởng phòng"), staff(culture, "Chuyên viên")],
            four,
            dt.date(2024, 10, 7),
            dt.date(2024, 10, 16),
            purpose="khảo sát, quảng bá du lịch và tham dự Hội chợ Du lịch quốc tế",
            member_style="list",
        ),
        "qd-1390-QD-UBND-bon-nuoc.pdf",
        "noisy-pdf",
    )
    qd415 = decide(
        415,
        dt.date(2025, 4, 8),
        TripPlan(
            [
                staff("Sở Nông nghiệp và Môi trường", "Phó Giám đốc"),
                staff("Sở Nông nghiệp và Môi trường", "Chuyên viên"),
            ],
            [COUNTRY_BY_CODE["SG"]],
            dt.date(2025, 4, 21),
            dt.date(2025, 4, 25),
            funding=Funding.HOST,
            inviter="Cơ quan Xúc tiến Doanh nghiệp Xinh-ga-po",
            purpose="học tập kinh nghiệm về nông nghiệp đô thị",
            member_style="table",
        ),
        "qd-415-QD-UBND-xinh-ga-po.docx",
        "docx",
    )
    decide(
        1205,
        dt.date(2026, 10, 26),
        TripPlan(
            [staff("Sở Giáo dục và Đào tạo", "Phó Giám đốc"), staff("Sở Giáo dục và Đào tạo", "Trưởng phòng")],
            [COUNTRY_BY_CODE["FR"]],
            dt.date(2026, 11, 9),
            dt.date(2026, 11, 13),
            inviter="Chính quyền vùng Normandie",
            purpose="trao đổi về hợp tác đào tạo giáo viên tiếng Pháp",
            member_style="inline",
            date_style="duration",
        ),
        "qd-1205-QD-UBND-phap.png",
        "clean-png",
    )
    reports = [
        (qd689, dt.date(2025, 6, 27), 512, "full", "bc-512-han-quoc.pdf", "clean-pdf"),
        (qd1024, dt.date(2025, 9, 15), 871, "words", "bc-871-trung-quoc.png", "noisy-png"),
        (qd1390, dt.date(2024, 10, 25), 1102, "full", "bc-1102-bon-nuoc.png", "clean-png"),
        (qd415, dt.date(2025, 5, 20), 388, "bare", "bc-388-xinh-ga-po.pdf", "noisy-pdf"),
    ]
    for decision, date, serial, form, name, kind in reports:
        spec = build_report(f"bc-{serial}", rng, PROVINCE, date, decision, cite_form=form, serial=serial, used=used)
        out.append((spec, name, kind))
    home = department(PROVINCE, _unit("Sở Nội vụ"))
    plain = build_plain("cv-2231-SNV-VP", rng, PROVINCE, dt.date(2025, 10, 6), issuer=home, serial=2231, used=used)
    out.append((plain, "cv-2231-SNV-VP-dao-tao.png", "clean-png"))
    script = build_plain(
        "tb-script-subject",
        rng,
        PROVINCE,
        dt.date(2025, 11, 3),
        issuer=department(PROVINCE, _unit("Sở Ngoại vụ")),
        subject_text='kiểm tra hiển thị <script>alert("x")</script> trên cổng thông tin',
        serial=1777,
        used=used,
        messy=Messy(),
    )
    out.append((script, "cv-1777-SNV-VP-script.txt", "txt"))
    return out


def _copy(issuer: Issuer) -> Issuer:
    return Issuer(**{**issuer.__dict__, "lines": list(issuer.lines), "staff": list(issuer.staff)})


# ---------------------------------------------------------------------------------------------------
# Expected findings, from the generator's own knowledge of what it planted
# ---------------------------------------------------------------------------------------------------


def working_days_after(day: dt.date, n: int) -> dt.date:
    """The n-th working day after `day`: Mon–Fri, minus Vietnam's public holidays, plus make-up Saturdays."""
    vn = holidays.country_holidays("VN", years=range(day.year, day.year + 2))
    makeup = {dt.date(2025, 4, 26)}
    current, count = day, 0
    while count < n:
        current += dt.timedelta(days=1)
        if (current.weekday() < 5 and current not in vn) or current in makeup:
            count += 1
    return current


def expected_findings(specs: list[tuple[DocSpec, str, str]], as_of: dt.date = AS_OF) -> list[dict[str, object]]:
    decisions = [s for s, _, _ in specs if s.truth.trip is not None]
    reports = {s.truth.report.decision_number: s for s, _, _ in specs if s.truth.report is not None}
    by_file = {s.id: name for s, name, _ in specs}
    dispatch = next(s for s, _, _ in specs if s.truth.rules)
    limits = {r.kind: r.value for r in dispatch.truth.rules}
    findings: list[dict[str, object]] = []
    trips_by_person: dict[tuple[str, int], list[DocSpec]] = {}
    for spec in sorted(decisions, key=lambda s: s.truth.trip.start if s.truth.trip and s.truth.trip.start else AS_OF):
        trip = spec.truth.trip
        assert trip is not None and trip.start and trip.end
        for member in trip.members:
            trips_by_person.setdefault((member.name, trip.start.year), []).append(spec)
        if len(trip.destinations) > (limits["max_countries_per_trip"] or 0):
            findings.append(_f("max_countries_per_trip", spec, None, by_file, countries=len(trip.destinations)))
        if trip.funding is Funding.ENTERPRISE:
            findings.append(_f("no_enterprise_funded", spec, None, by_file, sponsor=trip.sponsor))
        localities: dict[str, list[str]] = {}
        for member in trip.members:
            if member.is_key_leader:
                localities.setdefault(member.unit or "", []).append(member.name)
        for unit, names in localities.items():
            if len(names) >= 2:
                findings.append(_f("no_two_key_leaders_same_unit", spec, None, by_file, unit=unit, people=names))
        deadline = working_days_after(trip.end, int(limits["report_deadline_working_days"] or 0))
        report = reports.get(spec.truth.number or "")
        if report is None and as_of > deadline:
            findings.append(
                _f("report_deadline_working_days", spec, None, by_file, status="missing", deadline=deadline)
            )
        elif report is not None and report.truth.issue_date and report.truth.issue_date > deadline:
            findings.append(
                _f(
                    "report_deadline_working_days",
                    spec,
                    None,
                    by_file,
                    status="late",
                    deadline=deadline,
                    reported=report.truth.issue_date,
                )
            )
    for (name, year), specs_of in trips_by_person.items():
        cap = int(limits["max_trips_per_year"] or 0)
        for index, spec in enumerate(specs_of[cap:], start=cap + 1):
            findings.append(_f("max_trips_per_year", spec, name, by_file, year=year, trip_number=index))
    return findings


def _f(kind: str, spec: DocSpec, person: str | None, files: dict[str, str], **evidence: object) -> dict[str, object]:
    return {
        "rule_kind": kind,
        "decision_number": spec.truth.number,
        "person": person,
        "severity": "breach",
        "file": files[spec.id],
        "evidence": {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in evidence.items()},
    }


def write_demo(samples: Path, scans: bool = True) -> list[Path]:
    """Write samples/documents/ and samples/ground_truth/ (truth + expected_findings.json)."""
    docs, truth_dir = samples / "documents", samples / "ground_truth"
    docs.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    specs = demo_specs()
    written: list[Path] = []
    for spec, name, kind in specs:
        path = docs / name
        write_truth(spec, truth_dir / path.stem)
        if not scans and kind != "txt":
            continue
        if kind == "noisy-png":
            pages = list(scan_pages(spec, DEMO_SEED, noisy=True))
            assert len(pages) == 1, f"{name} must fit on one page"
            save_png(pages[0], path)
        elif kind == "clean-png":
            pages = render_pages(spec, DEMO_SEED)
            assert len(pages) == 1, f"{name} must fit on one page"
            save_png(scan(pages[0], random.Random(name), noisy=False), path)
        elif kind in ("noisy-pdf", "clean-pdf"):
            save_image_pdf(list(scan_pages(spec, DEMO_SEED, noisy=kind == "noisy-pdf")), path)
        elif kind == "born-digital-pdf":
            write_pdf(spec, path)
        elif kind == "docx":
            write_docx(spec, path)
        else:
            from samples.tools.render import render_text

            path.write_text(render_text(spec), encoding="utf-8")
        written.append(path)
    findings = expected_findings(specs)
    (truth_dir / "expected_findings.json").write_text(
        json.dumps(
            {"as_of": AS_OF.isoformat(), "rules_from": "cv-1186-UBND-NC-quan-ly-doan-ra.png", "findings": findings},
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return written
