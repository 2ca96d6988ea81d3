"""Document builders: dispatches with trip rules, trip decisions, trip reports and the other types.

Each `build_*` returns a DocSpec with its ground truth. Wording is the project's own.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from samples.tools import wording as w
from samples.tools.builders import (
    Builder,
    Issuer,
    Messy,
    department,
    is_key_leader,
    noi_nhan,
    province_party,
    province_ubnd,
    signature_for,
)
from samples.tools.content import COUNTRIES, DEPARTMENTS, ENTERPRISES, GIVEN_FEMALE, Country, Official, official
from samples.tools.specs import DocSpec, Para
from schemas.document import DocType, Funding, ReportInfo, Trip, TripMember

# ---------------------------------------------------------------------------------------------------
# Rules: each entry is (kind, value, unit, severity, applies_to, exception, sentence variants)
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RuleText:
    kind: str
    value: float | None
    unit: str | None
    sentence: str
    applies_to: str | None = None
    exception: str | None = None
    severity: str = "breach"
    exception_value: float | None = None


RULE_BANK: dict[str, list[RuleText]] = {
    "max_trips_per_year": [
        RuleText(
            "max_trips_per_year",
            2,
            "times_per_year",
            "Lãnh đạo chủ chốt các sở, ban, ngành và địa phương không đi công tác nước ngoài quá 02 lần/năm.",
            "lãnh đạo chủ chốt các sở, ban, ngành và địa phương",
        ),
        RuleText(
            "max_trips_per_year",
            2,
            "times_per_year",
            "Mỗi cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý chỉ được cử đi nước ngoài tối đa 02 lần trong "
            "một năm, trừ trường hợp thực hiện nhiệm vụ đặc biệt do Thường trực Tỉnh ủy giao.",
            "cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
            "trường hợp thực hiện nhiệm vụ đặc biệt do Thường trực Tỉnh ủy giao",
        ),
        RuleText(
            "max_trips_per_year",
            2,
            "times_per_year",
            "Mỗi cán bộ, công chức, viên chức không được cử đi công tác nước ngoài quá 02 lần trong năm.",
            "cán bộ, công chức, viên chức",
        ),
    ],
    "max_delegation_size": [
        RuleText("max_delegation_size", 10, "people", "Thành phần đoàn phải gọn nhẹ, không quá 10 người/đoàn."),
        RuleText(
            "max_delegation_size",
            8,
            "people",
            "Mỗi đoàn đi công tác nước ngoài có không quá 08 thành viên, kể cả trưởng đoàn.",
        ),
    ],
    "report_deadline_working_days": [
        RuleText(
            "report_deadline_working_days",
            7,
            "working_days",
            "Trong thời hạn 07 ngày làm việc kể từ ngày về nước, trưởng đoàn có trách nhiệm gửi báo cáo kết quả "
            "chuyến công tác bằng văn bản về Sở Ngoại vụ để tổng hợp.",
            "trưởng đoàn",
        ),
        RuleText(
            "report_deadline_working_days",
            10,
            "working_days",
            "Chậm nhất 10 ngày làm việc sau khi kết thúc chuyến đi, cơ quan chủ trì đoàn phải có báo cáo kết quả "
            "bằng văn bản gửi cấp có thẩm quyền cho phép đi.",
            "cơ quan chủ trì đoàn",
        ),
    ],
    "max_days_per_country": [
        RuleText(
            "max_days_per_country",
            3,
            "days",
            "Thời gian làm việc tại mỗi nước không quá 03 ngày, không tính thời gian đi và về.",
        ),
        RuleText(
            "max_days_per_country",
            5,
            "days",
            "Đối với đoàn khảo sát, học tập kinh nghiệm, thời gian lưu lại mỗi nước không quá 05 ngày (chưa kể "
            "ngày đi, ngày về).",
            "đoàn khảo sát, học tập kinh nghiệm",
        ),
    ],
    "max_countries_per_trip": [
        RuleText("max_countries_per_trip", 3, "countries", "Mỗi chuyến công tác đi không quá 03 nước."),
        RuleText(
            "max_countries_per_trip",
            3,
            "countries",
            "Không bố trí một đoàn đi thăm, làm việc quá 03 quốc gia trong cùng một chuyến đi.",
        ),
    ],
    "submission_lead_working_days": [
        RuleText(
            "submission_lead_working_days",
            7,
            "working_days",
            "Hồ sơ trình duyệt nhân sự đi nước ngoài phải gửi về Ban Tổ chức Tỉnh ủy ít nhất 07 ngày làm việc "
            "trước ngày xuất cảnh (đột xuất 03 ngày làm việc).",
            None,
            "đột xuất 03 ngày làm việc",
            exception_value=3,
        ),
        RuleText(
            "submission_lead_working_days",
            10,
            "working_days",
            "Cơ quan cử người đi trình hồ sơ nhân sự chậm nhất 10 ngày làm việc trước ngày dự kiến xuất cảnh.",
            "cơ quan cử người đi",
        ),
    ],
    "no_two_key_leaders_same_unit": [
        RuleText(
            "no_two_key_leaders_same_unit",
            None,
            None,
            "Không bố trí cùng lúc 02 lãnh đạo chủ chốt của một cơ quan, đơn vị, địa phương tham gia cùng một đoàn.",
        ),
        RuleText(
            "no_two_key_leaders_same_unit",
            None,
            None,
            "Người đứng đầu và cấp phó của người đứng đầu cùng một cơ quan không đồng thời đi nước ngoài.",
        ),
    ],
    "no_enterprise_funded": [
        RuleText(
            "no_enterprise_funded",
            None,
            None,
            "Tuyệt đối không tham gia các đoàn đi nước ngoài do doanh nghiệp trong nước hoặc nước ngoài tổ chức, "
            "chi trả kinh phí.",
        ),
        RuleText(
            "no_enterprise_funded",
            None,
            None,
            "Không nhận lời mời đích danh của doanh nghiệp nước ngoài và không đi nước ngoài bằng kinh phí do "
            "doanh nghiệp tài trợ.",
        ),
    ],
    "no_trip_under_discipline": [
        RuleText(
            "no_trip_under_discipline",
            None,
            None,
            "Không xem xét cử đi nước ngoài đối với cán bộ đang bị thanh tra, kiểm tra, điều tra hoặc đang trong "
            "thời gian xem xét xử lý kỷ luật.",
        ),
    ],
    "avoid_start_end_of_year": [
        RuleText(
            "avoid_start_end_of_year",
            None,
            None,
            "Hạn chế cử đoàn đi nước ngoài vào thời điểm đầu năm và cuối năm.",
            severity="warning",
        ),
        RuleText(
            "avoid_start_end_of_year",
            None,
            None,
            "Cân nhắc kỹ việc tổ chức đoàn ra trong tháng đầu năm và tháng cuối năm.",
            severity="warning",
        ),
    ],
    "total_days_within_annual_leave": [
        RuleText(
            "total_days_within_annual_leave",
            None,
            "days",
            "Tổng thời gian đi nước ngoài trong năm của mỗi người không vượt quá số ngày nghỉ phép năm theo quy định.",
        ),
    ],
    "passport_return_deadline_days": [
        RuleText(
            "passport_return_deadline_days",
            5,
            "working_days",
            "Hộ chiếu ngoại giao, hộ chiếu công vụ phải nộp lại cơ quan quản lý trong thời hạn 05 ngày làm việc kể "
            "từ ngày nhập cảnh.",
            "người được cấp hộ chiếu ngoại giao, hộ chiếu công vụ",
        ),
    ],
}

FILLER_RULE_SENTENCES = [
    "Các cơ quan, đơn vị xây dựng kế hoạch hoạt động đối ngoại hằng năm, bảo đảm thiết thực, hiệu quả, tránh "
    "hình thức.",
    "Cán bộ đi nước ngoài phải chấp hành nghiêm quy định về bảo vệ bí mật nhà nước, không mang theo tài liệu "
    "mật khi chưa được cấp có thẩm quyền cho phép.",
    "Sở Ngoại vụ chủ trì, phối hợp với Sở Nội vụ theo dõi, tổng hợp tình hình các đoàn đi công tác nước ngoài, "
    "định kỳ báo cáo Ủy ban nhân dân tỉnh.",
]


def pick_rules(rng: random.Random, kinds: list[str] | None = None, count: int = 6) -> list[RuleText]:
    kinds = kinds or rng.sample(sorted(RULE_BANK), count)
    return [rng.choice(RULE_BANK[kind]) for kind in kinds]


def add_rule(b: Builder, rule: RuleText) -> str:
    extra = {k: v for k, v in (("applies_to", rule.applies_to), ("exception", rule.exception)) if v}
    return b.rule(
        rule.kind,
        rule.sentence,
        rule.value,
        rule.unit,
        severity=rule.severity,
        exception_value=rule.exception_value,
        **extra,
    )


def provincial_regulation(province: str, rng: random.Random) -> w.Ref:
    year = rng.choice([2019, 2020, 2021, 2022])
    return w.Ref(
        "quyet_dinh",
        "Quyết định",
        f"{rng.randint(10, 60)}/{year}/QĐ-UBND",
        dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
        rng.choice(["UBND tỉnh", "Ủy ban nhân dân tỉnh"]),
    )


def party_regulation(rng: random.Random) -> w.Ref:
    year = rng.choice([2020, 2021, 2022, 2023])
    return w.Ref(
        "quy_dinh",
        "Quy định",
        f"{rng.randint(1, 12):02d}-QĐi/TU",
        dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
        "Ban Thường vụ Tỉnh ủy",
        party=True,
    )


def senior(rng: random.Random, issuer: Issuer, used: set[str], deputy: bool | None = None) -> Official:
    deputy = rng.random() < 0.7 if deputy is None else deputy
    return official(rng, issuer.deputy if deputy else issuer.head, issuer.name, used)


# ---------------------------------------------------------------------------------------------------
# Dispatch (công văn / chỉ thị / kế hoạch / quy định) stating trip rules
# ---------------------------------------------------------------------------------------------------


def build_dispatch(
    doc_id: str,
    rng: random.Random,
    province: str,
    date: dt.date,
    *,
    doc_type: DocType = DocType.CONG_VAN,
    party: bool = False,
    rules: list[RuleText] | None = None,
    messy: Messy | None = None,
    serial: int | None = None,
    used: set[str] | None = None,
    fillers: int = 2,
    issuer: Issuer | None = None,
) -> DocSpec:
    """A dispatch tightening the management of trips abroad, stating its rules as numbered items."""
    used = set() if used is None else used
    messy = messy or Messy()
    issuer = issuer or (province_party(province) if party else province_ubnd(province, rng))
    b = Builder(doc_id, issuer, doc_type, rng, messy)
    rules = rules or pick_rules(rng, count=rng.randint(4, 7))
    serial = serial or rng.randint(100, 2900)
    abbr = {DocType.CONG_VAN: None, DocType.CHI_THI: "CT", DocType.KE_HOACH: "KH", DocType.QUY_DINH: "QĐi"}[doc_type]
    number = b.number(serial, abbr)
    topic = rng.choice(
        [
            "tăng cường quản lý cán bộ, công chức, viên chức đi công tác nước ngoài",
            "chấn chỉnh công tác quản lý các đoàn đi nước ngoài",
            "siết chặt kỷ luật trong việc cử cán bộ, đảng viên đi nước ngoài",
        ]
    )
    regulation = party_regulation(rng) if party else provincial_regulation(province, rng)
    if doc_type is DocType.CONG_VAN:
        vv_text = f"V/v {topic}"
        cut = vv_text.rfind(" ", 0, 34)
        vv = [vv_text[:cut], vv_text[cut + 1 :]]
        title: list[str] = []
        subject = vv_text
        kinh_gui = (
            ["Kính gửi:", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố."]
            if not party
            else [
                "Kính gửi:",
                "- Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy;",
                "- Các ban, đơn vị của Tỉnh ủy.",
            ]
        )
    else:
        vv, kinh_gui = [], []
        label = {DocType.CHI_THI: "CHỈ THỊ", DocType.KE_HOACH: "KẾ HOẠCH", DocType.QUY_DINH: "QUY ĐỊNH"}[doc_type]
        if doc_type is DocType.KE_HOACH:
            subject = f"thực hiện {b.cite(w.CT38, 'full')} về {topic}"
            title = [label, subject[:1].upper() + subject[1:] if not party else subject]
            subject = title[1]
        else:
            subject = ("Về " if not party else "về ") + topic
            title = [label, subject]
    ct38 = b.cite(w.CT38, "full")
    reg = b.cite(regulation, None)
    marker = b.footnote(w.TT04) if messy.footnote else ""
    b.p(
        f"Thực hiện {ct38} về tăng cường quản lý các đoàn đi công tác nước ngoài và {reg} ban hành quy định "
        f"quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh{marker}, thời gian qua công tác quản lý "
        "đoàn ra đã có chuyển biến; tuy nhiên vẫn còn tình trạng cử đoàn không đúng kế hoạch, chậm báo cáo kết "
        "quả sau chuyến đi."
    )
    actor = "Ban Thường vụ Tỉnh ủy" if party else "Chủ tịch UBND tỉnh"
    b.p(
        f"Để khắc phục tình trạng trên, {actor} yêu cầu các cơ quan, đơn vị, địa phương thực hiện nghiêm "
        "các nội dung sau:"
    )
    items = list(rules)
    filler = rng.sample(FILLER_RULE_SENTENCES, fillers)
    ordered: list[RuleText | str] = [*items[:3], *filler[:1], *items[3:], *filler[1:]]
    for index, item in enumerate(ordered, start=1):
        sentence = item if isinstance(item, str) else add_rule(b, item)
        b.p(f"{index}. {sentence}")
    b.p(
        "Thủ trưởng các cơ quan, đơn vị, địa phương chịu trách nhiệm triển khai thực hiện nghiêm túc nội dung "
        f"{'Công văn' if doc_type is DocType.CONG_VAN else 'văn bản'} này./."
    )
    signer_person = senior(rng, issuer, used, deputy=True)
    mode = "TM." if party or doc_type is DocType.CHI_THI else "KT."
    signature, signer = signature_for(issuer, signer_person, mode)
    nn = (
        noi_nhan(["Như trên", "Bộ Ngoại giao (b/c)", "Thường trực Tỉnh ủy (b/c)", "Sở Ngoại vụ", "Lưu: VT, NC"])
        if not party
        else noi_nhan(
            ["Như trên", "Ban Đối ngoại Trung ương (b/c)", "Thường trực Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"], True
        )
    )
    return b.finish(
        number=number,
        date=date,
        title=title,
        subject=subject,
        vv=vv,
        kinh_gui=kinh_gui,
        noi_nhan=nn,
        signature=signature,
        signer=signer,
    )


# ---------------------------------------------------------------------------------------------------
# Decisions sending officials abroad
# ---------------------------------------------------------------------------------------------------


@dataclass
class TripPlan:
    members: list[Official]
    countries: list[Country]
    start: dt.date
    end: dt.date
    funding: Funding = Funding.STATE_BUDGET
    sponsor: str | None = None
    inviter: str | None = None
    purpose: str = ""
    leader: int = 0  # index of the trưởng đoàn
    member_style: str = "list"  # list | inline | table | appendix
    date_style: str = "slash"  # slash | same_month | duration
    cities: list[str] = field(default_factory=list)
    printed_names: dict[str, str] = field(default_factory=dict)  # name as printed when it differs (OCR slip)


PURPOSES = [
    "trao đổi kinh nghiệm về xúc tiến thương mại và thu hút đầu tư",
    "làm việc với chính quyền địa phương về hợp tác phát triển nông nghiệp công nghệ cao",
    "tham dự Hội chợ Thương mại quốc tế và giới thiệu sản phẩm đặc trưng của tỉnh",
    "khảo sát mô hình quản lý khu kinh tế cửa khẩu",
    "ký kết biên bản ghi nhớ hợp tác giai đoạn 2025-2030",
    "tham dự Diễn đàn hợp tác địa phương",
    "học tập kinh nghiệm về chuyển đổi số trong cơ quan hành chính",
    "trao đổi về hợp tác đào tạo nguồn nhân lực y tế",
]


def random_trip(
    rng: random.Random, province: str, year: int, used: set[str], n_countries: int | None = None
) -> TripPlan:
    unit = rng.choice(DEPARTMENTS)
    size = rng.randint(2, 6)
    members = [official(rng, unit.deputy if rng.random() < 0.7 else unit.head, unit.name, used)]
    for _ in range(size - 1):
        other = rng.choice([unit, unit, *DEPARTMENTS])
        members.append(official(rng, rng.choice(["Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên"]), other.name, used))
    n = n_countries or rng.choice([1, 1, 1, 2, 3])
    countries = rng.sample(COUNTRIES, n)
    start = dt.date(year, rng.randint(2, 11), rng.randint(1, 20))
    end = start + dt.timedelta(days=rng.randint(2 * n + 1, 3 * n + 2))
    funding = rng.choice([Funding.STATE_BUDGET, Funding.STATE_BUDGET, Funding.HOST, Funding.ENTERPRISE, Funding.SELF])
    first = countries[0]
    plan = TripPlan(
        members=members,
        countries=countries,
        start=start,
        end=end,
        funding=funding,
        sponsor=rng.choice(ENTERPRISES) if funding is Funding.ENTERPRISE else None,
        inviter=(f"Chính quyền {rng.choice(first.partners)}" if first.partners and rng.random() < 0.7 else None),
        purpose=rng.choice(PURPOSES),
        member_style=rng.choice(["list", "list", "inline", "table", "appendix"]),
        date_style=rng.choice(["slash", "same_month", "duration"]) if start.month == end.month else "slash",
        cities=[rng.choice(first.cities)] if first.cities and rng.random() < 0.4 else [],
    )
    return plan


def _trip_dates(plan: TripPlan) -> str:
    if plan.date_style == "same_month" and plan.start.month == plan.end.month:
        month = w.words(plan.end).split(" tháng ", 1)[1]
        return f"từ ngày {plan.start.day:02d} đến ngày {plan.end.day:02d} tháng {month}"
    if plan.date_style == "duration":
        days = (plan.end - plan.start).days + 1
        return f"{days:02d} ngày kể cả thời gian đi và về, từ ngày {w.slash(plan.start)}"
    return f"từ ngày {w.slash(plan.start)} đến ngày {w.slash(plan.end)}"


def _funding_sentence(plan: TripPlan, rng: random.Random) -> str:
    if plan.funding is Funding.STATE_BUDGET:
        return rng.choice(
            [
                "Kinh phí chuyến công tác do ngân sách tỉnh bảo đảm theo quy định hiện hành.",
                "Kinh phí: ngân sách nhà nước, từ nguồn kinh phí hoạt động đối ngoại của tỉnh.",
            ]
        )
    if plan.funding is Funding.HOST:
        return rng.choice(
            [
                "Phía bạn đài thọ toàn bộ chi phí đi lại, ăn, ở của đoàn trong thời gian công tác.",
                "Kinh phí chuyến đi do phía mời đài thọ.",
            ]
        )
    if plan.funding is Funding.ENTERPRISE:
        return f"Chi phí chuyến đi do {plan.sponsor} tài trợ."
    return "Các thành viên trong đoàn tự túc kinh phí."


def title_unit(title: str, unit: str) -> str:
    """'Bí thư Huyện ủy' + 'huyện Cao Lộc' → 'Bí thư Huyện ủy Cao Lộc'; 'Phó Giám đốc Sở Y tế' otherwise."""
    if unit.startswith("huyện ") and (title.endswith(" huyện") or title.endswith("Huyện ủy")):
        return f"{title} {unit.removeprefix('huyện ')}"
    return f"{title} {unit}"


def _member_phrase(m: Official, plan: TripPlan, leader: bool, start: bool = True) -> str:
    name = plan.printed_names.get(m.name, m.name)
    lead = ", Trưởng đoàn" if leader else ""
    prefix = f"{m.honorific.capitalize() if start else m.honorific} "
    return f"{prefix}{name}, {title_unit(m.title, m.unit)}{lead}"


def build_decision(
    doc_id: str,
    rng: random.Random,
    province: str,
    date: dt.date,
    plan: TripPlan,
    *,
    issuer: Issuer | None = None,
    messy: Messy | None = None,
    serial: int | None = None,
    used: set[str] | None = None,
) -> DocSpec:
    """QUYẾT ĐỊNH Về việc cử cán bộ đi công tác nước ngoài: members, destinations, dates, purpose, funding."""
    used = set() if used is None else used
    messy = messy or Messy()
    issuer = issuer or province_ubnd(province, rng)
    b = Builder(doc_id, issuer, DocType.QUYET_DINH, rng, messy)
    number = b.number(serial or rng.randint(50, 2900), "QĐ")
    subject = rng.choice(
        [
            "Về việc cử cán bộ đi công tác nước ngoài",
            "Về việc cử đoàn công tác đi nước ngoài",
            "Về việc cử công chức đi công tác tại nước ngoài",
        ]
    )
    authority = (
        f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {province.upper()}"
        if issuer.name.startswith("UBND tỉnh")
        else f"{issuer.head.upper()} {issuer.name.upper()}"
    )
    b.p(authority, "center")
    law = w.LUAT_CQDP_2025 if date >= dt.date(2025, 3, 1) else w.LUAT_CQDP_2015
    b.p(f"Căn cứ {b.cite(law, 'date')};")
    b.p(f"Căn cứ {b.cite(w.LUAT_XNC, 'year')};")
    b.p(f"Căn cứ {b.cite(w.TT04, rng.choice(['full', 'bare']))};")
    reg = provincial_regulation(province, rng)
    b.p(f"Căn cứ {b.cite(reg)} ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh;")
    proposer = department(province, DEPARTMENTS[0])
    submission = w.Ref(
        "to_trinh",
        "Tờ trình",
        f"{rng.randint(10, 300)}/TTr-{proposer.abbr}",
        date - dt.timedelta(days=rng.randint(3, 12)),
        None,
    )
    if issuer.name.startswith("UBND"):
        b.p(f"Xét đề nghị của Giám đốc Sở Ngoại vụ tại {b.cite(submission, 'full')}.")
    else:
        b.p("Xét đề nghị của Chánh Văn phòng Sở.")
    b.p("QUYẾT ĐỊNH:", "center")
    dest_text = ", ".join(b.country(c) for c in plan.countries)
    if plan.cities:
        dest_text = f"thành phố {plan.cities[0]}, {dest_text}"
    appendix: list[Para] = []
    honor = [True] * len(plan.members)
    if plan.member_style == "inline":
        phrases = [_member_phrase(m, plan, i == plan.leader, start=False) for i, m in enumerate(plan.members)]
        b.p(f"Điều 1. Cử {'; '.join(phrases)} đi công tác tại {dest_text}.")
    elif plan.member_style in ("table", "appendix"):
        rows = [["TT", "Họ và tên", "Chức vụ, đơn vị", "Ghi chú"]]
        for i, m in enumerate(plan.members):
            rows.append(
                [
                    str(i + 1),
                    plan.printed_names.get(m.name, m.name),
                    title_unit(m.title, m.unit),
                    "Trưởng đoàn" if i == plan.leader else "",
                ]
            )
        honor = [False] * len(plan.members)
        if plan.member_style == "table":
            b.p(f"Điều 1. Cử {len(plan.members):02d} cán bộ có tên dưới đây đi công tác tại {dest_text}:")
            b.body.append(Para(kind="table", rows=rows))
        else:
            b.p(
                f"Điều 1. Cử {len(plan.members):02d} cán bộ có tên trong danh sách kèm theo "
                f"đi công tác tại {dest_text}."
            )
            appendix = [
                Para(kind="center", text="DANH SÁCH ĐOÀN CÔNG TÁC"),
                Para(kind="center", text=f"(Kèm theo Quyết định số {number} ngày {w.slash(date)})"),
                Para(kind="table", rows=rows),
            ]
    else:
        b.p(f"Điều 1. Cử các ông (bà) có tên sau đây đi công tác tại {dest_text}:")
        for i, m in enumerate(plan.members):
            end = "." if i == len(plan.members) - 1 else ";"
            b.p(f"{i + 1}. {_member_phrase(m, plan, i == plan.leader)}{end}")
    b.p(f"Thời gian: {_trip_dates(plan)}.")
    if plan.inviter:
        b.p(f"Mục đích: {plan.purpose}, theo lời mời của {plan.inviter}.")
    else:
        b.p(f"Mục đích: {plan.purpose}.")
    b.p(
        f"Điều 2. {_funding_sentence(plan, rng)} Đoàn công tác có trách nhiệm báo cáo kết quả chuyến đi bằng "
        "văn bản sau khi về nước theo quy định."
    )
    provincial = issuer.name.startswith("UBND")
    responsible = "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ" if provincial else "Chánh Văn phòng Sở"
    b.p(
        f"Điều 3. {responsible}"
        ", Giám đốc Sở Tài chính, thủ trưởng các cơ quan liên quan và các ông (bà) có tên tại Điều 1 chịu trách "
        "nhiệm thi hành Quyết định này./."
    )
    for m, h in zip(plan.members, honor, strict=True):
        b.person(m, honorific=m.honorific if h else None)
    signer_person = senior(rng, issuer, used)
    rank = None
    mode = "KT." if signer_person.title != issuer.head else None
    signature, signer = signature_for(issuer, signer_person, mode, rank)
    nn = noi_nhan(["Như Điều 3", "Bộ Ngoại giao (b/c)", "Thường trực Tỉnh ủy (b/c)", "Công an tỉnh", "Lưu: VT, NV"])
    trip = Trip(
        start=plan.start,
        end=plan.end,
        members=[
            TripMember(
                name=m.name,
                title=m.title,
                unit=m.unit,
                role="trưởng đoàn" if i == plan.leader else None,
                is_key_leader=is_key_leader(m.title),
            )
            for i, m in enumerate(plan.members)
        ],
        destinations=[c.name for c in plan.countries],
        destination_codes=[c.code for c in plan.countries],
        cities=plan.cities,
        funding=plan.funding,
        sponsor=plan.sponsor,
        inviter=plan.inviter,
        purpose=plan.purpose,
    )
    if plan.member_style == "appendix":
        messy.appendix = True
    return b.finish(
        number=number,
        date=date,
        title=["QUYẾT ĐỊNH", subject],
        subject=subject,
        noi_nhan=nn,
        signature=signature,
        signer=signer,
        trip=trip,
        appendix=appendix,
    )


# ---------------------------------------------------------------------------------------------------
# Trip reports
# ---------------------------------------------------------------------------------------------------

RESULT_SENTENCES = [
    "Đoàn đã làm việc với lãnh đạo chính quyền sở tại, trao đổi về kết quả hợp tác thời gian qua và thống nhất "
    "định hướng hợp tác trong giai đoạn tới.",
    "Hai bên thống nhất duy trì cơ chế gặp gỡ định kỳ, tăng cường trao đổi thông tin về thị trường và chính sách.",
    "Đoàn đã khảo sát một số mô hình sản xuất, chế biến nông sản và làm việc với các hiệp hội ngành hàng.",
    "Phía bạn bày tỏ mong muốn mở rộng hợp tác trong lĩnh vực giáo dục, y tế và du lịch.",
    "Các thành viên trong đoàn chấp hành nghiêm quy định về bảo vệ bí mật nhà nước và kỷ luật đối ngoại.",
]


def build_report(
    doc_id: str,
    rng: random.Random,
    province: str,
    date: dt.date,
    decision: DocSpec,
    *,
    cite_form: str = "full",
    messy: Messy | None = None,
    serial: int | None = None,
    used: set[str] | None = None,
) -> DocSpec:
    """BÁO CÁO Kết quả chuyến công tác tại ...: cites its decision, names the leader who signs it."""
    used = set() if used is None else used
    messy = messy or Messy()
    trip = decision.truth.trip
    assert trip is not None and decision.truth.issue_date is not None
    leader = next((m for m in trip.members if m.role == "trưởng đoàn"), trip.members[0])
    unit = next((u for u in DEPARTMENTS if u.name == leader.unit), DEPARTMENTS[0])
    issuer = department(province, unit)
    b = Builder(doc_id, issuer, DocType.BAO_CAO, rng, messy)
    number = b.number(serial or rng.randint(20, 900), "BC")
    countries = [next(c for c in COUNTRIES if c.code == code) for code in trip.destination_codes]
    names = ", ".join(b.country(c) for c in countries)
    subject = f"Kết quả chuyến công tác tại {names}"
    decision_number = decision.truth.number or ""
    decision_ref = w.Ref("quyet_dinh", "Quyết định", decision_number, decision.truth.issue_date, "Chủ tịch UBND tỉnh")
    cited = b.cite(decision_ref, cite_form)
    honorific = next((p.honorific for p in decision.truth.people if p.name == leader.name), None)
    female = honorific == "bà" if honorific else leader.name.split()[-1] in GIVEN_FEMALE
    leader_official = Official(leader.name, leader.title or "", leader.unit or "", female=female)
    date_text = f"từ ngày {w.slash(trip.start)} đến ngày {w.slash(trip.end)}" if trip.start and trip.end else ""
    b.p(
        f"Thực hiện {cited} về việc cử cán bộ đi công tác nước ngoài, {date_text}, đoàn công tác của tỉnh do "
        f"{leader_official.honorific} {leader.name}, {leader.title} {leader.unit} làm trưởng đoàn đã đi công tác tại "
        f"{names}. {unit.name} báo cáo kết quả chuyến công tác như sau:"
    )
    b.person(leader_official, honorific=leader_official.honorific)
    b.p("I. THÀNH PHẦN ĐOÀN", "heading")
    b.p(f"Đoàn gồm {len(trip.members):02d} thành viên do {leader.name} làm trưởng đoàn (có danh sách tại Quyết định).")
    b.p("II. KẾT QUẢ CHUYẾN CÔNG TÁC", "heading")
    for sentence in rng.sample(RESULT_SENTENCES, 3):
        b.p(sentence)
    b.p("III. ĐỀ XUẤT, KIẾN NGHỊ", "heading")
    b.p(
        "Đề nghị UBND tỉnh giao các sở, ngành liên quan nghiên cứu, cụ thể hóa các nội dung đã trao đổi, báo cáo "
        "kết quả thực hiện trong quý tiếp theo."
    )
    b.p(f"Trên đây là báo cáo kết quả chuyến công tác của đoàn, {unit.name} kính báo cáo UBND tỉnh./.")
    is_head = leader.title == unit.head
    signature, signer = signature_for(issuer, leader_official, None if is_head else "KT.")
    nn = noi_nhan(["UBND tỉnh (b/c)", "Sở Ngoại vụ", "Ban Giám đốc Sở", "Lưu: VT, KHTC"])
    report = ReportInfo(
        reporter=leader.name,
        reporting_unit=unit.name,
        decision_number=decision_number,
        decision_date=decision.truth.issue_date if cite_form != "bare" else None,
        destinations=[c.name for c in countries],
        start=trip.start,
        end=trip.end,
    )
    return b.finish(
        number=number,
        date=date,
        title=["BÁO CÁO", subject],
        subject=subject,
        noi_nhan=nn,
        signature=signature,
        signer=signer,
        report=report,
    )
