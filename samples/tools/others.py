"""Builders for the documents around trips: plain công văn, thông báo, tờ trình, and news copies."""

from __future__ import annotations

import datetime as dt
import random

from samples.tools import wording as w
from samples.tools.builders import Builder, Issuer, Messy, noi_nhan, random_issuer, signature_for
from samples.tools.content import RANKS, official
from samples.tools.documents import RULE_BANK, TripPlan, add_rule, senior
from samples.tools.specs import DocSpec, GroundTruth, Para
from schemas.document import Citation, DocType, Person

PLAIN_TOPICS = [
    ("đăng ký nhu cầu đào tạo, bồi dưỡng cán bộ năm 2026", "đăng ký nhu cầu đào tạo, bồi dưỡng"),
    ("rà soát số liệu biên chế công chức, viên chức", "rà soát, báo cáo số liệu biên chế"),
    ("chuẩn bị nội dung họp giao ban quý III", "chuẩn bị nội dung giao ban"),
    ("góp ý dự thảo Quy chế làm việc của UBND tỉnh", "góp ý dự thảo Quy chế làm việc"),
    ("tổng hợp kết quả thực hiện nhiệm vụ cải cách hành chính", "tổng hợp kết quả cải cách hành chính"),
    ("triển khai công tác phòng, chống thiên tai mùa mưa bão", "triển khai phòng, chống thiên tai"),
]


def _vv_lines(text: str, width: int = 36) -> list[str]:
    """Wrap a 'V/v ...' subject into the narrow left column, as printed."""
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current]


def build_plain(
    doc_id: str,
    rng: random.Random,
    province: str,
    date: dt.date,
    *,
    issuer: Issuer | None = None,
    messy: Messy | None = None,
    subject_text: str | None = None,
    used: set[str] | None = None,
    serial: int | None = None,
) -> DocSpec:
    """A công văn on another subject: no trip rules, perhaps a deadline and a contact person."""
    used = set() if used is None else used
    messy = messy or Messy()
    issuer = issuer or random_issuer(rng, province)
    b = Builder(doc_id, issuer, DocType.CONG_VAN, rng, messy)
    number = b.number(serial or rng.randint(100, 3500), None)
    topic, short = rng.choice(PLAIN_TOPICS)
    subject = f"V/v {subject_text or topic}"
    kinh_gui = (
        ["Kính gửi: Các cơ quan, đơn vị trực thuộc."]
        if rng.random() < 0.5
        else [
            "Kính gửi:",
            "- Các sở, ban, ngành tỉnh;",
            "- UBND các huyện, thành phố.",
        ]
    )
    base = w.Ref(
        "ke_hoach",
        "Kế hoạch",
        f"{rng.randint(20, 300)}/KH-UBND",
        date - dt.timedelta(days=rng.randint(20, 90)),
        rng.choice(["UBND tỉnh", "Ủy ban nhân dân tỉnh"]),
    )
    marker = b.footnote(w.ND30) if messy.footnote else ""
    b.p(f"Thực hiện {b.cite(base)}, {issuer.name} đề nghị các cơ quan, đơn vị {short}{marker} theo hướng dẫn sau:")
    deadline = date + dt.timedelta(days=rng.randint(7, 20))
    b.p(f"1. Rà soát, tổng hợp số liệu theo biểu mẫu kèm theo, gửi về {issuer.name} trước {w.words(deadline)}.")
    contact = official(rng, "Chuyên viên", issuer.name, used)
    b.p(
        f"2. Thông tin chi tiết liên hệ {contact.honorific} {contact.name}, chuyên viên {issuer.name}, "
        f"điện thoại 0205.38{rng.randint(10000, 99999)}."
    )
    b.person(contact, title="Chuyên viên", honorific=contact.honorific)
    b.p("Đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.")
    signer_person = senior(rng, issuer, used)
    mode = rng.choice(["KT.", "TL.", "TUQ."]) if signer_person.title != issuer.head else None
    if mode in ("TL.", "TUQ."):
        signer_person = official(rng, rng.choice(["Chánh Văn phòng", "Trưởng phòng"]), issuer.name, used)
    rank = rng.choice(RANKS) if messy.rank else None
    signature, signer = signature_for(issuer, signer_person, mode, rank)
    nn = noi_nhan(["Như trên", "Lãnh đạo " + issuer.name, "Lưu: VT, TH"], issuer.party)
    return b.finish(
        number=number,
        date=date,
        title=[],
        subject=subject,
        vv=_vv_lines(subject),
        kinh_gui=kinh_gui,
        noi_nhan=nn,
        signature=signature,
        signer=signer,
    )


def build_notice(
    doc_id: str, rng: random.Random, province: str, date: dt.date, *, messy: Messy | None = None, used: set[str]
) -> DocSpec:
    """THÔNG BÁO: the conclusions of a meeting chaired by a named leader, with a task list."""
    messy = messy or Messy()
    issuer = random_issuer(rng, province, party=rng.random() < 0.3)
    b = Builder(doc_id, issuer, DocType.THONG_BAO, rng, messy)
    number = b.number(rng.randint(10, 600), "TB")
    chair = official(rng, issuer.deputy, issuer.name, used)
    meeting = date - dt.timedelta(days=rng.randint(1, 6))
    subject = f"Kết luận của {chair.title} {issuer.name} tại cuộc họp về công tác đối ngoại năm {date.year}"
    b.p(
        f"{w.words(meeting).capitalize()}, {chair.honorific} {chair.name}, {chair.title} {issuer.name} chủ trì cuộc "
        "họp đánh giá kết quả hoạt động đối ngoại và cho ý kiến về kế hoạch đoàn ra, đoàn vào."
    )
    b.person(chair, honorific=chair.honorific)
    b.p(f"Sau khi nghe báo cáo và ý kiến của các đại biểu, {chair.title} kết luận như sau:")
    rule = rng.choice(RULE_BANK[rng.choice(["max_delegation_size", "report_deadline_working_days"])])
    b.p(f"1. {add_rule(b, rule)}")
    b.p(f"2. Các đơn vị thực hiện nghiêm {b.cite(w.CT38, 'full')} về tăng cường quản lý các đoàn đi nước ngoài.")
    b.p(f"{issuer.name} thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    clerk = official(rng, "Chánh Văn phòng", issuer.name, used)
    signature, signer = signature_for(issuer, clerk, "TL.")
    nn = noi_nhan(["Các sở, ban, ngành tỉnh", "Lưu: VT"], issuer.party)
    return b.finish(
        number=number,
        date=date,
        title=["THÔNG BÁO", subject],
        subject=subject,
        noi_nhan=nn,
        signature=signature,
        signer=signer,
    )


def build_submission(
    doc_id: str,
    rng: random.Random,
    province: str,
    date: dt.date,
    plan: TripPlan,
    *,
    issuer: Issuer,
    messy: Messy | None = None,
    used: set[str],
) -> DocSpec:
    """TỜ TRÌNH proposing a trip: names, destination, dates; the decision follows it (trip stays null)."""
    messy = messy or Messy()
    b = Builder(doc_id, issuer, DocType.TO_TRINH, rng, messy)
    number = b.number(rng.randint(10, 300), "TTr")
    names = ", ".join(b.country(c) for c in plan.countries)
    subject = f"Về việc cử cán bộ đi công tác tại {names}"
    b.p(f"Căn cứ {b.cite(w.TT04, 'full')};")
    b.p(
        f"{issuer.name} kính trình UBND tỉnh xem xét, quyết định cử {len(plan.members):02d} cán bộ đi công tác tại "
        f"{names} từ ngày {w.slash(plan.start)} đến ngày {w.slash(plan.end)}, gồm:"
    )
    for i, m in enumerate(plan.members, start=1):
        b.p(f"{i}. {m.honorific.capitalize()} {m.name}, {m.title} {m.unit};")
        b.person(m, honorific=m.honorific)
    b.p(f"Mục đích chuyến đi: {plan.purpose}.")
    b.p(f"{issuer.name} kính trình UBND tỉnh xem xét, quyết định./.")
    head = official(rng, issuer.head, issuer.name, used)
    signature, signer = signature_for(issuer, head, None)
    return b.finish(
        number=number,
        date=date,
        title=["TỜ TRÌNH", subject],
        subject=subject,
        kinh_gui=["Kính gửi: Ủy ban nhân dân tỉnh."],
        noi_nhan=noi_nhan(["Như trên", "Lưu: VT"]),
        signature=signature,
        signer=signer,
    )


def build_news(
    doc_id: str, rng: random.Random, province: str, reported: DocSpec, posted: dt.datetime, used: set[str]
) -> DocSpec:
    """A portal's news item about a dispatch: doc_type other, no own number/issuer/date; cites the dispatch."""
    truth = reported.truth
    assert truth.number and truth.issue_date and truth.signer and truth.signer.name
    portal = f"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH {province.upper()}"
    headline = f"{truth.issuer} chấn chỉnh việc cử cán bộ đi công tác nước ngoài"
    label = {DocType.CONG_VAN: "Công văn", DocType.CHI_THI: "Chỉ thị", DocType.KE_HOACH: "Kế hoạch"}[truth.doc_type]
    cited = f"{label} số {truth.number} ngày {w.slash(truth.issue_date)}"
    citation = Citation(text=cited, kind=truth.doc_type.value, number=truth.number, date=truth.issue_date, issuer=None)
    body = [
        Para(
            text=f"{truth.issuer} vừa ban hành {cited} yêu cầu các cơ quan, đơn vị tăng cường quản lý cán bộ, "
            "công chức, viên chức đi công tác nước ngoài."
        ),
    ]
    rules = []
    for rule in truth.rules[:3]:
        body.append(Para(text=f"Theo đó, {rule.sentence[0].lower()}{rule.sentence[1:]}"))
        rules.append(rule.model_copy(update={"sentence": body[-1].text}))
    signer = truth.signer
    body.append(Para(text=f"Văn bản do {signer.title} {truth.issuer} {signer.name} ký, có hiệu lực kể từ ngày ký."))
    return DocSpec(
        id=doc_id,
        style="web",
        web_top=[
            portal,
            "Trang chủ | Tin tức - Sự kiện | Chỉ đạo, điều hành | Văn bản mới",
            headline,
            f"Cập nhật lúc {posted:%H:%M} ngày {posted:%d/%m/%Y}",
        ],
        body=body,
        web_bottom=[
            "Chia sẻ: Facebook | Zalo | In bài",
            "Tin liên quan",
            f"- Hội nghị tổng kết công tác đối ngoại năm {posted.year - 1}",
            "- Triển khai kế hoạch đoàn ra, đoàn vào năm mới",
            f"Bản quyền thuộc {portal.title().replace('Tỉnh', 'tỉnh')}",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
        ],
        tags=["web-boilerplate"],
        truth=GroundTruth(
            doc_type=DocType.OTHER,
            subject=headline,
            citations=[citation],
            people=[Person(name=signer.name, title=signer.title, unit=truth.issuer)],
            rules=rules,
        ),
    )
