"""The held-out evaluation set: nine hand-written documents the extractors were never tuned on.

Run `python -m samples.eval_holdout.build [--no-scans]` from the project root to rewrite `<id>.txt`,
`<id>.json`, `<id>.scan.png|pdf` and `manifest.json` here. The wording, the provinces, the people and the
forms (prose enumerations, a member table in the body, "từ ngày 12 đến ngày 19 tháng 10 năm 2025",
"khởi hành ngày 14/4/2026", "Úc", "Một là, ...") are written for this set only and differ from the
generated set in samples/eval/. The truth below is what a careful reader takes from each text, written
by hand; it was never produced by running the extractors. Rendering uses `samples.tools.render`.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from extractors.scope import scope_of
from samples.tools.builders import is_key_leader
from samples.tools.generate import write_specs
from samples.tools.specs import DocSpec, GroundTruth, Para, Signature
from schemas.document import Citation, DocType, ExtractedRule, Funding, Person, ReportInfo, Signer, Trip, TripMember

HERE = Path(__file__).resolve().parent
SEED = 4711
STATE = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PARTY = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
D = dt.date


def p(text: str) -> Para:
    return Para(text=text)


def center(text: str) -> Para:
    return Para(kind="center", text=text)


def heading(text: str) -> Para:
    return Para(kind="heading", text=text)


def cite(text: str, kind: str, number: str | None, date: dt.date | None, issuer: str | None = None) -> Citation:
    return Citation(text=text, kind=kind, number=number, date=date, issuer=issuer)


def member(name: str, title: str, unit: str | None, role: str | None = None) -> TripMember:
    return TripMember(name=name, title=title, unit=unit, role=role, is_key_leader=is_key_leader(title))


def person(name: str, title: str | None, unit: str | None = None, honorific: str | None = None) -> Person:
    return Person(name=name, title=title, unit=unit, honorific=honorific)


def rule(
    kind: str, sentence: str, value: float | None = None, unit: str | None = None, **extra: object
) -> ExtractedRule:
    scope = scope_of(str(extra.get("applies_to") or ""), kind)
    return ExtractedRule(kind=kind, value=value, unit=unit, sentence=sentence, scope=scope, **extra)


def decision_ha_giang() -> DocSpec:
    """State decision; members enumerated in one prose sentence; a day range inside one month; enterprise pays."""
    members = [
        member("Nông Văn Khải", "Phó Giám đốc", "Sở Nông nghiệp và Môi trường", "trưởng đoàn"),
        member("Lò Thị Mến", "Phó Chủ tịch", "UBND huyện Quản Bạ"),
        member("Sùng Mí Pó", "Chánh Văn phòng", "Sở Nông nghiệp và Môi trường"),
    ]
    sponsor = "Công ty cổ phần Dược liệu Cao nguyên Đá"
    return DocSpec(
        id="hd-001-decision",
        left=["ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 2217/QĐ-UBND"],
        issuer_lines=2,
        right=[*STATE, "Hà Giang, ngày 24 tháng 9 năm 2025"],
        title=["QUYẾT ĐỊNH", "Cho phép cán bộ đi công tác tại Hàn Quốc và Nhật Bản"],
        body=[
            center("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"),
            p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
            p(
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                "địa phương ngày 22 tháng 11 năm 2019;"
            ),
            p(
                "Căn cứ Quyết định số 19/2023/QĐ-UBND ngày 08 tháng 6 năm 2023 của UBND tỉnh Hà Giang ban hành "
                "Quy chế quản lý các hoạt động đối ngoại trên địa bàn tỉnh;"
            ),
            p(
                "Theo lời mời của Tập đoàn Haeon Agritech và đề nghị của Giám đốc Sở Nông nghiệp và Môi trường "
                "tại Tờ trình số 418/TTr-SNNMT ngày 16/9/2025,"
            ),
            center("QUYẾT ĐỊNH:"),
            p(
                "Điều 1. Cho phép các ông, bà có tên sau đây đi công tác tại Hàn Quốc và Nhật Bản từ ngày 12 đến "
                "ngày 19 tháng 10 năm 2025: ông Nông Văn Khải, Phó Giám đốc Sở Nông nghiệp và Môi trường, trưởng "
                "đoàn; bà Lò Thị Mến, Phó Chủ tịch UBND huyện Quản Bạ; ông Sùng Mí Pó, Chánh Văn phòng Sở Nông "
                "nghiệp và Môi trường."
            ),
            p(
                "Mục đích chuyến đi: khảo sát mô hình trồng dược liệu trong nhà kính và tìm đối tác bao tiêu "
                "chè Shan tuyết."
            ),
            p(
                f"Điều 2. Vé máy bay, ăn, ở và đi lại trong suốt thời gian công tác do {sponsor} chi trả; "
                "chuyến đi không sử dụng ngân sách nhà nước. Khi về nước, trưởng đoàn gửi báo cáo bằng văn bản "
                "về UBND tỉnh qua Sở Ngoại vụ."
            ),
            p(
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các sở: "
                "Ngoại vụ, Nông nghiệp và Môi trường; Chủ tịch UBND huyện Quản Bạ và các ông, bà có tên tại "
                "Điều 1 căn cứ Quyết định thi hành./."
            ),
        ],
        noi_nhan=["Nơi nhận:", "- Như Điều 3;", "- Bộ Ngoại giao;", "- Công an tỉnh (PA08);", "- Lưu: VT, KTN."],
        signature=Signature(lines=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name="Vàng Đức Thịnh"),
        tags=["prose-members", "day-range-one-month", "enterprise-funded"],
        truth=GroundTruth(
            doc_type=DocType.QUYET_DINH,
            number="2217/QĐ-UBND",
            symbol="QĐ-UBND",
            issuer="UBND tỉnh Hà Giang",
            place="Hà Giang",
            issue_date=D(2025, 9, 24),
            subject="Cho phép cán bộ đi công tác tại Hàn Quốc và Nhật Bản",
            signer=Signer(name="Vàng Đức Thịnh", title="Phó Chủ tịch", mode="KT."),
            recipients=["Bộ Ngoại giao", "Công an tỉnh (PA08)"],
            citations=[
                cite("Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "luat", None, D(2015, 6, 19)),
                cite(
                    "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
                    "phương ngày 22 tháng 11 năm 2019",
                    "luat",
                    None,
                    D(2019, 11, 22),
                ),
                cite(
                    "Quyết định số 19/2023/QĐ-UBND ngày 08 tháng 6 năm 2023 của UBND tỉnh Hà Giang",
                    "quyet_dinh",
                    "19/2023/QĐ-UBND",
                    D(2023, 6, 8),
                    "UBND tỉnh Hà Giang",
                ),
                cite("Tờ trình số 418/TTr-SNNMT ngày 16/9/2025", "to_trinh", "418/TTr-SNNMT", D(2025, 9, 16)),
            ],
            people=[
                person("Nông Văn Khải", "Phó Giám đốc", "Sở Nông nghiệp và Môi trường", "ông"),
                person("Lò Thị Mến", "Phó Chủ tịch", "UBND huyện Quản Bạ", "bà"),
                person("Sùng Mí Pó", "Chánh Văn phòng", "Sở Nông nghiệp và Môi trường", "ông"),
                person("Vàng Đức Thịnh", "Phó Chủ tịch"),
            ],
            destinations=["Hàn Quốc", "Nhật Bản"],
            destination_codes=["KR", "JP"],
            trip=Trip(
                start=D(2025, 10, 12),
                end=D(2025, 10, 19),
                members=members,
                destinations=["Hàn Quốc", "Nhật Bản"],
                destination_codes=["KR", "JP"],
                funding=Funding.ENTERPRISE,
                sponsor=sponsor,
                inviter="Tập đoàn Haeon Agritech",
                purpose="khảo sát mô hình trồng dược liệu trong nhà kính và tìm đối tác bao tiêu chè Shan tuyết",
            ),
        ),
    )


def decision_quang_tri() -> DocSpec:
    """Party decision ("2105-QĐ/TU"), one comrade leading a delegation, dates as dd-mm-yyyy, provincial budget."""
    return DocSpec(
        id="hd-002-decision",
        style="party",
        left=["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "TỈNH ỦY", "*", "Số 2105-QĐ/TU"],
        issuer_lines=2,
        right=[*PARTY, "Quảng Trị, ngày 20 tháng 10 năm 2025"],
        title=["QUYẾT ĐỊNH", "cử đồng chí Lê Quang Vĩnh đi công tác tại Lào và Campuchia"],
        body=[
            p(
                "- Căn cứ Quy định số 04-QĐi/TU, ngày 11-3-2021 của Ban Thường vụ Tỉnh ủy về quản lý thống nhất "
                "hoạt động đối ngoại của tỉnh;"
            ),
            p("- Xét đề nghị của Ban Đối ngoại Tỉnh ủy tại Tờ trình số 37-TTr/BĐNTU, ngày 14-10-2025,"),
            center("BAN THƯỜNG VỤ TỈNH ỦY QUYẾT ĐỊNH"),
            p(
                "Điều 1. Cử đồng chí Lê Quang Vĩnh, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy, dẫn đầu đoàn đại "
                "biểu Mặt trận và các đoàn thể tỉnh sang thăm, làm việc tại tỉnh Savannakhet (nước Cộng hòa Dân "
                "chủ Nhân dân Lào) và tỉnh Stung Treng (Vương quốc Campuchia) trong 06 ngày, từ ngày 03-11-2025 "
                "đến ngày 08-11-2025."
            ),
            p(
                "Điều 2. Kinh phí chuyến đi do ngân sách tỉnh bảo đảm theo chế độ hiện hành. Sau khi về nước, "
                "đồng chí Lê Quang Vĩnh báo cáo Thường trực Tỉnh ủy kết quả chuyến công tác."
            ),
            p(
                "Điều 3. Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Ban Dân vận Tỉnh ủy, các cơ quan liên quan và "
                "đồng chí có tên tại Điều 1 thi hành Quyết định này."
            ),
        ],
        noi_nhan=[
            "Nơi nhận:",
            "- Ban Đối ngoại Trung ương (để b/c),",
            "- Thường trực Tỉnh ủy,",
            "- Như Điều 3,",
            "- Lưu Văn phòng Tỉnh ủy.",
        ],
        signature=Signature(lines=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"], name="Hồ Thị Xuân Lan"),
        tags=["party", "dash-dates", "foreign-provinces"],
        truth=GroundTruth(
            doc_type=DocType.QUYET_DINH,
            number="2105-QĐ/TU",
            symbol="QĐ/TU",
            issuer="Tỉnh ủy Quảng Trị",
            place="Quảng Trị",
            issue_date=D(2025, 10, 20),
            subject="cử đồng chí Lê Quang Vĩnh đi công tác tại Lào và Campuchia",
            signer=Signer(name="Hồ Thị Xuân Lan", title="Phó Bí thư Thường trực", mode="TM."),
            recipients=["Ban Đối ngoại Trung ương (để b/c)", "Thường trực Tỉnh ủy"],
            citations=[
                cite(
                    "Quy định số 04-QĐi/TU, ngày 11-3-2021 của Ban Thường vụ Tỉnh ủy",
                    "quy_dinh",
                    "04-QĐi/TU",
                    D(2021, 3, 11),
                    "Ban Thường vụ Tỉnh ủy",
                ),
                cite("Tờ trình số 37-TTr/BĐNTU, ngày 14-10-2025", "to_trinh", "37-TTr/BĐNTU", D(2025, 10, 14)),
            ],
            people=[
                person("Lê Quang Vĩnh", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "đồng chí"),
                person("Hồ Thị Xuân Lan", "Phó Bí thư Thường trực"),
            ],
            destinations=["Lào", "Campuchia"],
            destination_codes=["LA", "KH"],
            trip=Trip(
                start=D(2025, 11, 3),
                end=D(2025, 11, 8),
                members=[member("Lê Quang Vĩnh", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "trưởng đoàn")],
                destinations=["Lào", "Campuchia"],
                destination_codes=["LA", "KH"],
                cities=["Savannakhet", "Stung Treng"],
                funding=Funding.STATE_BUDGET,
                purpose="thăm, làm việc tại tỉnh Savannakhet và tỉnh Stung Treng",
            ),
        ),
    )


SOC_TRANG_MEMBERS = [
    ("Thạch Sô Phol", "Giám đốc", "Sở Công Thương"),
    ("Lâm Thị Bích Vân", "Phó Trưởng phòng", "Sở Công Thương"),
    ("Triệu Quốc Hưng", "Phó Giám đốc", "Trung tâm Xúc tiến Thương mại và Đầu tư"),
    ("Kim Ngọc Sa", "Chuyên viên", "Sở Nông nghiệp và Môi trường"),
]


def decision_soc_trang() -> DocSpec:
    """State decision; member table inside the body; "05 ngày ..., khởi hành ngày 14/4/2026"; "Úc"; host pays."""
    rows = [["STT", "Họ và tên", "Chức vụ", "Đơn vị"]]
    rows += [[str(i), name, title, unit] for i, (name, title, unit) in enumerate(SOC_TRANG_MEMBERS, 1)]
    members = [
        member(name, title, unit, "trưởng đoàn" if i == 0 else None)
        for i, (name, title, unit) in enumerate(SOC_TRANG_MEMBERS)
    ]
    return DocSpec(
        id="hd-003-decision",
        left=["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "Số: 845/QĐ-UBND"],
        issuer_lines=2,
        right=[*STATE, "Sóc Trăng, ngày 28 tháng 3 năm 2026"],
        title=["QUYẾT ĐỊNH", "Về việc cử đoàn cán bộ tham dự Hội chợ Thủy sản quốc tế tại Úc"],
        body=[
            center("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"),
            p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
            p("Căn cứ Hướng dẫn số 12/HD-SNV ngày 05/02/2026 của Sở Ngoại vụ về quy trình trình duyệt đoàn ra;"),
            p(
                "Xét Công văn số 356/SCT-QLTM ngày 20/3/2026 của Sở Công Thương về việc đề nghị cử cán bộ đi "
                "nước ngoài."
            ),
            center("QUYẾT ĐỊNH:"),
            p(
                "Điều 1. Cử đoàn cán bộ gồm 04 người có tên trong bảng dưới đây tham dự Hội chợ Thủy sản quốc tế "
                "tổ chức tại thành phố Mel-bơn, Úc:"
            ),
            Para(kind="table", rows=rows),
            p("Ông Thạch Sô Phol, Giám đốc Sở Công Thương làm trưởng đoàn."),
            p("Thời gian công tác: 05 ngày (kể cả ngày đi và ngày về), khởi hành ngày 14/4/2026."),
            p(
                "Điều 2. Ban Tổ chức Hội chợ Thủy sản quốc tế đài thọ toàn bộ vé máy bay khứ hồi, ăn ở và đi lại "
                "của đoàn trong thời gian ở Úc."
            ),
            p(
                "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ, Giám đốc Sở Công Thương, Giám đốc Sở "
                "Nông nghiệp và Môi trường và những người có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
                "này kể từ ngày ký./."
            ),
        ],
        noi_nhan=["Nơi nhận:", "- Như Điều 3;", "- Bộ Công Thương;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KT."],
        signature=Signature(lines=["CHỦ TỊCH"], name="Châu Văn Rết"),
        tags=["member-table-in-body", "duration-from-departure", "alias-country", "host-funded"],
        truth=GroundTruth(
            doc_type=DocType.QUYET_DINH,
            number="845/QĐ-UBND",
            symbol="QĐ-UBND",
            issuer="UBND tỉnh Sóc Trăng",
            place="Sóc Trăng",
            issue_date=D(2026, 3, 28),
            subject="Về việc cử đoàn cán bộ tham dự Hội chợ Thủy sản quốc tế tại Úc",
            signer=Signer(name="Châu Văn Rết", title="Chủ tịch"),
            recipients=["Bộ Công Thương", "CT, các PCT UBND tỉnh"],
            citations=[
                cite("Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025", "luat", None, D(2025, 2, 19)),
                cite(
                    "Hướng dẫn số 12/HD-SNV ngày 05/02/2026 của Sở Ngoại vụ",
                    "huong_dan",
                    "12/HD-SNV",
                    D(2026, 2, 5),
                    "Sở Ngoại vụ",
                ),
                cite(
                    "Công văn số 356/SCT-QLTM ngày 20/3/2026 của Sở Công Thương",
                    "cong_van",
                    "356/SCT-QLTM",
                    D(2026, 3, 20),
                    "Sở Công Thương",
                ),
            ],
            people=[
                *(
                    person(name, title, unit, "ông" if name == "Thạch Sô Phol" else None)
                    for name, title, unit in SOC_TRANG_MEMBERS
                ),
                person("Châu Văn Rết", "Chủ tịch"),
            ],
            destinations=["Ô-xtrây-li-a"],
            destination_codes=["AU"],
            trip=Trip(
                start=D(2026, 4, 14),
                end=D(2026, 4, 18),
                members=members,
                destinations=["Ô-xtrây-li-a"],
                destination_codes=["AU"],
                cities=["Mel-bơn"],
                funding=Funding.HOST,
                purpose="tham dự Hội chợ Thủy sản quốc tế",
            ),
        ),
    )


def decision_hai_phong() -> DocSpec:
    """City decision for a private trip: bare "22/12/2025 - 04/01/2026" across a year, self-funded, a stamp."""
    return DocSpec(
        id="hd-004-decision",
        left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "Số: 3390/QĐ-UBND"],
        issuer_lines=2,
        right=[*STATE, "Hải Phòng, ngày 08 tháng 12 năm 2025"],
        stamp=["SỞ NGOẠI VỤ", "ĐẾN Số: 1022", "Ngày: 10/12/2025"],
        title=["QUYẾT ĐỊNH", "Về việc cho phép cán bộ đi nước ngoài về việc riêng"],
        body=[
            center("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG"),
            p(
                "Căn cứ Quy định số 1522-QĐi/TU ngày 30/9/2024 của Thành ủy Hải Phòng về quản lý cán bộ đi nước "
                "ngoài về việc riêng;"
            ),
            p(
                "Xét Công văn số 2877/STC-VP ngày 01/12/2025 của Sở Tài chính và đơn xin phép của bà Đoàn Thị "
                "Hạnh Nguyên,"
            ),
            center("QUYẾT ĐỊNH:"),
            p(
                "Điều 1. Cho phép bà Đoàn Thị Hạnh Nguyên, Phó Giám đốc Sở Tài chính thành phố, được xuất cảnh "
                "sang Cộng hòa Liên bang Đức và Cộng hòa Pháp để thăm thân nhân, thời gian từ 22/12/2025 đến "
                "04/01/2026 (sử dụng ngày nghỉ phép năm)."
            ),
            p("Điều 2. Bà Đoàn Thị Hạnh Nguyên tự túc toàn bộ chi phí của chuyến đi."),
            p(
                "Điều 3. Chánh Văn phòng UBND thành phố, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính và bà Đoàn Thị "
                "Hạnh Nguyên chịu trách nhiệm thi hành Quyết định này./."
            ),
        ],
        noi_nhan=["Nơi nhận:", "- Như Điều 3;", "- Ban Tổ chức Thành ủy;", "- Lưu: VT."],
        signature=Signature(lines=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], name="Đỗ Mạnh Tường"),
        tags=["incoming-stamp", "bare-date-range", "year-crossing", "self-funded", "full-country-names"],
        truth=GroundTruth(
            doc_type=DocType.QUYET_DINH,
            number="3390/QĐ-UBND",
            symbol="QĐ-UBND",
            issuer="UBND thành phố Hải Phòng",
            place="Hải Phòng",
            issue_date=D(2025, 12, 8),
            subject="Về việc cho phép cán bộ đi nước ngoài về việc riêng",
            signer=Signer(name="Đỗ Mạnh Tường", title="Phó Chủ tịch", mode="KT."),
            recipients=["Ban Tổ chức Thành ủy"],
            citations=[
                cite(
                    "Quy định số 1522-QĐi/TU ngày 30/9/2024 của Thành ủy Hải Phòng",
                    "quy_dinh",
                    "1522-QĐi/TU",
                    D(2024, 9, 30),
                    "Thành ủy Hải Phòng",
                ),
                cite(
                    "Công văn số 2877/STC-VP ngày 01/12/2025 của Sở Tài chính",
                    "cong_van",
                    "2877/STC-VP",
                    D(2025, 12, 1),
                    "Sở Tài chính",
                ),
            ],
            people=[
                person("Đoàn Thị Hạnh Nguyên", "Phó Giám đốc", "Sở Tài chính", "bà"),
                person("Đỗ Mạnh Tường", "Phó Chủ tịch"),
            ],
            destinations=["Đức", "Pháp"],
            destination_codes=["DE", "FR"],
            trip=Trip(
                start=D(2025, 12, 22),
                end=D(2026, 1, 4),
                members=[member("Đoàn Thị Hạnh Nguyên", "Phó Giám đốc", "Sở Tài chính")],
                destinations=["Đức", "Pháp"],
                destination_codes=["DE", "FR"],
                funding=Funding.SELF,
                purpose="thăm thân nhân",
            ),
        ),
    )


def report_soc_trang() -> DocSpec:
    """Report on hd-003: another subject line, the decision cited with a long date, "từ ngày 14 đến ngày 18/4/2026"."""
    return DocSpec(
        id="hd-005-report",
        left=["UBND TỈNH SÓC TRĂNG", "SỞ CÔNG THƯƠNG", "Số: 512/BC-SCT"],
        issuer_lines=2,
        right=[*STATE, "Sóc Trăng, ngày 04 tháng 5 năm 2026"],
        title=["BÁO CÁO", "Kết quả tham dự Hội chợ Thủy sản quốc tế tại Úc"],
        body=[
            p(
                "Căn cứ Quyết định số 845/QĐ-UBND ngày 28 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh về "
                "việc cử đoàn cán bộ tham dự Hội chợ Thủy sản quốc tế tại Úc, đoàn gồm 04 thành viên do ông Thạch "
                "Sô Phol, Giám đốc Sở Công Thương dẫn đầu đã tham dự hội chợ tại thành phố Mel-bơn trong thời gian "
                "từ ngày 14 đến ngày 18/4/2026."
            ),
            heading("1. Hoạt động của đoàn"),
            p(
                "Trong ba ngày hội chợ, gian hàng của tỉnh giới thiệu tôm sú, cá tra phi lê và các món tôm chế "
                "biến sâu của 06 doanh nghiệp; đoàn gặp gỡ 21 nhà nhập khẩu và 02 chuỗi siêu thị của bang "
                "Victoria."
            ),
            heading("2. Kết quả đạt được"),
            p(
                "Doanh nghiệp của tỉnh ký được 03 biên bản ghi nhớ về cung ứng tôm đông lạnh; phía bạn đề nghị "
                "tỉnh đón đoàn khảo sát vùng nuôi vào quý III năm 2026."
            ),
            heading("3. Kiến nghị"),
            p(
                "Sở Công Thương kiến nghị UBND tỉnh bố trí kinh phí xúc tiến thương mại năm 2027 để doanh nghiệp "
                "tiếp tục dự hội chợ này. Sở Công Thương trân trọng báo cáo./."
            ),
        ],
        noi_nhan=["Nơi nhận:", "- UBND tỉnh (để báo cáo);", "- Sở Ngoại vụ;", "- Lưu: VT, QLTM."],
        signature=Signature(lines=["GIÁM ĐỐC"], name="Thạch Sô Phol"),
        tags=["report-other-subject", "long-citation-date", "day-range-short"],
        truth=GroundTruth(
            doc_type=DocType.BAO_CAO,
            number="512/BC-SCT",
            symbol="BC-SCT",
            issuer="Sở Công Thương",
            parent_issuer="UBND tỉnh Sóc Trăng",
            place="Sóc Trăng",
            issue_date=D(2026, 5, 4),
            subject="Kết quả tham dự Hội chợ Thủy sản quốc tế tại Úc",
            signer=Signer(name="Thạch Sô Phol", title="Giám đốc"),
            recipients=["UBND tỉnh (để báo cáo)", "Sở Ngoại vụ"],
            citations=[
                cite(
                    "Quyết định số 845/QĐ-UBND ngày 28 tháng 3 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh",
                    "quyet_dinh",
                    "845/QĐ-UBND",
                    D(2026, 3, 28),
                    "Chủ tịch Ủy ban nhân dân tỉnh",
                )
            ],
            people=[person("Thạch Sô Phol", "Giám đốc", "Sở Công Thương", "ông")],
            destinations=["Ô-xtrây-li-a"],
            destination_codes=["AU"],
            report=ReportInfo(
                reporter="Thạch Sô Phol",
                reporting_unit="Sở Công Thương",
                decision_number="845/QĐ-UBND",
                decision_date=D(2026, 3, 28),
                destinations=["Ô-xtrây-li-a"],
                start=D(2026, 4, 14),
                end=D(2026, 4, 18),
            ),
        ),
    )


def report_quang_tri() -> DocSpec:
    """Party report on hd-002: "Số 118-BC/BDVTU", citation with a comma before a dashed date."""
    return DocSpec(
        id="hd-006-report",
        style="party",
        left=["TỈNH ỦY QUẢNG TRỊ", "BAN DÂN VẬN", "*", "Số 118-BC/BDVTU"],
        issuer_lines=2,
        right=[*PARTY, "Quảng Trị, ngày 17 tháng 11 năm 2025"],
        title=["BÁO CÁO", "kết quả chuyến thăm và làm việc tại Lào, Campuchia"],
        body=[
            p(
                "Thực hiện Quyết định số 2105-QĐ/TU, ngày 20-10-2025 của Ban Thường vụ Tỉnh ủy, từ ngày 03 đến "
                "ngày 08-11-2025, đồng chí Lê Quang Vĩnh, Trưởng Ban Dân vận Tỉnh ủy đã dẫn đầu đoàn đại biểu Mặt "
                "trận và các đoàn thể tỉnh thăm, làm việc tại tỉnh Savannakhet (Lào) và tỉnh Stung Treng "
                "(Campuchia). Ban Dân vận Tỉnh ủy báo cáo kết quả như sau:"
            ),
            p(
                "1. Tại Savannakhet, đoàn chào xã giao lãnh đạo tỉnh bạn, trao đổi kinh nghiệm vận động quần chúng "
                "ở vùng biên và thăm hỏi bà con Việt kiều."
            ),
            p(
                "2. Tại Stung Treng, hai bên thống nhất duy trì giao lưu thanh niên biên giới hằng năm và phối hợp "
                "tuyên truyền phòng, chống mua bán người."
            ),
            p("3. Đoàn thực hiện đúng chương trình được duyệt, không phát sinh vụ việc phức tạp."),
            p("Ban Dân vận Tỉnh ủy kính báo cáo Ban Thường vụ Tỉnh ủy."),
        ],
        noi_nhan=["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),", "- Ban Đối ngoại Tỉnh ủy,", "- Lưu Ban Dân vận."],
        signature=Signature(lines=["TRƯỞNG BAN"], name="Lê Quang Vĩnh"),
        tags=["party", "dash-dates", "day-range-short"],
        truth=GroundTruth(
            doc_type=DocType.BAO_CAO,
            number="118-BC/BDVTU",
            symbol="BC/BDVTU",
            issuer="Ban Dân vận Tỉnh ủy",
            parent_issuer="Tỉnh ủy Quảng Trị",
            place="Quảng Trị",
            issue_date=D(2025, 11, 17),
            subject="kết quả chuyến thăm và làm việc tại Lào, Campuchia",
            signer=Signer(name="Lê Quang Vĩnh", title="Trưởng ban"),
            recipients=["Thường trực Tỉnh ủy (b/c)", "Ban Đối ngoại Tỉnh ủy"],
            citations=[
                cite(
                    "Quyết định số 2105-QĐ/TU, ngày 20-10-2025 của Ban Thường vụ Tỉnh ủy",
                    "quyet_dinh",
                    "2105-QĐ/TU",
                    D(2025, 10, 20),
                    "Ban Thường vụ Tỉnh ủy",
                )
            ],
            people=[person("Lê Quang Vĩnh", "Trưởng ban", "Ban Dân vận Tỉnh ủy", "đồng chí")],
            destinations=["Lào", "Campuchia"],
            destination_codes=["LA", "KH"],
            report=ReportInfo(
                reporter="Lê Quang Vĩnh",
                reporting_unit="Ban Dân vận Tỉnh ủy",
                decision_number="2105-QĐ/TU",
                decision_date=D(2025, 10, 20),
                destinations=["Lào", "Campuchia"],
                start=D(2025, 11, 3),
                end=D(2025, 11, 8),
            ),
        ),
    )


def dispatch_yen_bai() -> DocSpec:
    """Party công văn "1438-CV/TU" stating rules as "Một là, ... Năm là" in other word orders."""
    sentences = [
        "Một là, mỗi cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý chỉ được đi công tác nước ngoài tối đa 02 "
        "lần trong một năm, trừ trường hợp đi theo chương trình của Trung ương.",
        "Hai là, chậm nhất 10 ngày làm việc trước ngày dự kiến xuất cảnh, cơ quan cử người phải gửi hồ sơ nhân sự "
        "về Ban Tổ chức Tỉnh ủy để thẩm định.",
        "Ba là, một đoàn không được có từ hai người đứng đầu của cùng một cơ quan, đơn vị trở lên.",
        "Bốn là, trong vòng 07 ngày làm việc sau khi về nước, trưởng đoàn gửi báo cáo kết quả chuyến đi bằng văn "
        "bản tới Thường trực Tỉnh ủy.",
        "Năm là, cán bộ đang bị cơ quan có thẩm quyền xem xét kỷ luật hoặc đang bị điều tra thì không cử đi nước "
        "ngoài.",
    ]
    return DocSpec(
        id="hd-007-dispatch",
        style="party",
        left=[
            "ĐẢNG BỘ TỈNH YÊN BÁI",
            "TỈNH ỦY",
            "*",
            "Số 1438-CV/TU",
            "V/v chấn chỉnh việc cử cán bộ",
            "đi nước ngoài",
        ],
        issuer_lines=2,
        right=[*PARTY, "Yên Bái, ngày 14 tháng 01 năm 2026"],
        kinh_gui=[
            "Kính gửi:",
            "- Các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy;",
            "- Các huyện ủy, thị ủy, thành ủy.",
        ],
        body=[
            p(
                "Qua theo dõi năm 2025, Ban Thường vụ Tỉnh ủy nhận thấy một số cơ quan còn cử cán bộ đi nước ngoài "
                "dàn trải, nộp hồ sơ sát ngày xuất cảnh và chậm gửi báo cáo sau chuyến đi. Thực hiện Quy định số "
                "102-QĐi/TU, ngày 05-6-2023 của Ban Thường vụ Tỉnh ủy về quản lý đoàn ra, đoàn vào, Ban Thường vụ "
                "Tỉnh ủy đề nghị các cấp ủy, tổ chức đảng lưu ý:"
            ),
            *(p(sentence) for sentence in sentences),
            p("Đề nghị các cơ quan, đơn vị quán triệt và thực hiện nghiêm."),
        ],
        noi_nhan=["Nơi nhận:", "- Như trên,", "- Đồng chí Bí thư Tỉnh ủy (b/c),", "- Lưu Văn phòng Tỉnh ủy."],
        signature=Signature(lines=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], name="Nguyễn Thế Phước"),
        tags=["party", "rules-in-ordinal-prose", "subject-two-lines"],
        truth=GroundTruth(
            doc_type=DocType.CONG_VAN,
            number="1438-CV/TU",
            symbol="CV/TU",
            issuer="Tỉnh ủy Yên Bái",
            place="Yên Bái",
            issue_date=D(2026, 1, 14),
            subject="V/v chấn chỉnh việc cử cán bộ đi nước ngoài",
            signer=Signer(name="Nguyễn Thế Phước", title="Phó Bí thư", mode="TM."),
            recipients=[
                "Các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy",
                "Các huyện ủy, thị ủy, thành ủy",
                "Đồng chí Bí thư Tỉnh ủy (b/c)",
            ],
            citations=[
                cite(
                    "Quy định số 102-QĐi/TU, ngày 05-6-2023 của Ban Thường vụ Tỉnh ủy",
                    "quy_dinh",
                    "102-QĐi/TU",
                    D(2023, 6, 5),
                    "Ban Thường vụ Tỉnh ủy",
                )
            ],
            people=[person("Nguyễn Thế Phước", "Phó Bí thư")],
            rules=[
                rule(
                    "max_trips_per_year",
                    sentences[0].removeprefix("Một là, "),
                    2,
                    "times_per_year",
                    applies_to="cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
                    exception="đi theo chương trình của Trung ương",
                ),
                rule("submission_lead_working_days", sentences[1].removeprefix("Hai là, "), 10, "working_days"),
                rule("no_two_key_leaders_same_unit", sentences[2].removeprefix("Ba là, ")),
                rule("report_deadline_working_days", sentences[3].removeprefix("Bốn là, "), 7, "working_days"),
                rule("no_trip_under_discipline", sentences[4].removeprefix("Năm là, ")),
            ],
        ),
    )


def directive_nghe_an() -> DocSpec:
    """State chỉ thị; rules inside longer numbered paragraphs, a central party resolution cited."""
    sentences = [
        "Mỗi đoàn ra của tỉnh có không quá 05 người, kể cả trưởng đoàn.",
        "Một chuyến công tác chỉ đến tối đa 02 nước.",
        "Hạn chế tổ chức đoàn đi nước ngoài vào dịp đầu năm và cuối năm, nhất là trước và sau Tết Nguyên đán.",
        "Cán bộ, công chức không nhận lời mời, không tham gia đoàn đi nước ngoài do doanh nghiệp đài thọ kinh phí.",
        "Hộ chiếu công vụ phải được giao lại cho cơ quan quản lý hộ chiếu chậm nhất 10 ngày kể từ ngày về nước.",
    ]
    return DocSpec(
        id="hd-008-directive",
        left=["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 09/CT-UBND"],
        issuer_lines=2,
        right=[*STATE, "Nghệ An, ngày 15 tháng 02 năm 2026"],
        title=["CHỈ THỊ", "Về tăng cường quản lý việc đi công tác nước ngoài của cán bộ, công chức"],
        body=[
            p(
                "Triển khai Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế và Quyết "
                "định số 06/2024/QĐ-UBND ngày 12/3/2024 của UBND tỉnh, hoạt động đối ngoại của tỉnh thời gian qua "
                "đã góp phần thu hút đầu tư; song việc tổ chức một số đoàn ra còn chưa chặt chẽ. Để chấn chỉnh, "
                "Chủ tịch UBND tỉnh chỉ thị:"
            ),
            p(f"1. Về quy mô và lịch trình đoàn. {sentences[0]} {sentences[1]} {sentences[2]}"),
            p(f"2. Về kinh phí. {sentences[3]}"),
            p(f"3. Về hộ chiếu. {sentences[4]}"),
            p(
                "4. Giao Sở Ngoại vụ theo dõi, đôn đốc việc thực hiện Chỉ thị này, tổng hợp báo cáo Chủ tịch UBND "
                "tỉnh trước ngày 15 tháng 12 hằng năm."
            ),
        ],
        noi_nhan=[
            "Nơi nhận:",
            "- Bộ Ngoại giao;",
            "- TT Tỉnh ủy, TT HĐND tỉnh;",
            "- Các sở, ban, ngành cấp tỉnh;",
            "- Lưu: VT, NC.",
        ],
        signature=Signature(lines=["CHỦ TỊCH"], name="Phan Đức Hòa"),
        tags=["rules-inside-paragraphs", "nghi-quyet-citation"],
        truth=GroundTruth(
            doc_type=DocType.CHI_THI,
            number="09/CT-UBND",
            symbol="CT-UBND",
            issuer="UBND tỉnh Nghệ An",
            place="Nghệ An",
            issue_date=D(2026, 2, 15),
            subject="Về tăng cường quản lý việc đi công tác nước ngoài của cán bộ, công chức",
            signer=Signer(name="Phan Đức Hòa", title="Chủ tịch"),
            recipients=["Bộ Ngoại giao", "TT Tỉnh ủy, TT HĐND tỉnh", "Các sở, ban, ngành cấp tỉnh"],
            citations=[
                cite(
                    "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị",
                    "nghi_quyet",
                    "22-NQ/TW",
                    D(2013, 4, 10),
                    "Bộ Chính trị",
                ),
                cite(
                    "Quyết định số 06/2024/QĐ-UBND ngày 12/3/2024 của UBND tỉnh",
                    "quyet_dinh",
                    "06/2024/QĐ-UBND",
                    D(2024, 3, 12),
                    "UBND tỉnh",
                ),
            ],
            people=[person("Phan Đức Hòa", "Chủ tịch")],
            rules=[
                rule("max_delegation_size", sentences[0], 5, "people"),
                rule("max_countries_per_trip", sentences[1], 2, "countries"),
                rule("avoid_start_end_of_year", sentences[2], severity="warning"),
                rule("no_enterprise_funded", sentences[3]),
                rule(
                    "passport_return_deadline_days",
                    sentences[4],
                    10,
                    "days",
                    applies_to="người được cấp hộ chiếu công vụ",
                ),
            ],
        ),
    )


def plain_ha_tinh() -> DocSpec:
    """Plain công văn of a Sở: day left blank for hand-filling, a contact person, no trip and no rule."""
    return DocSpec(
        id="hd-009-plain",
        left=[
            "UBND TỈNH HÀ TĨNH",
            "SỞ NGOẠI VỤ",
            "Số: 1187/SNgV-HTQT",
            "V/v đề nghị tổng hợp số liệu đoàn ra",
            "năm 2025",
        ],
        issuer_lines=2,
        right=[*STATE, "Hà Tĩnh, ngày      tháng 12 năm 2025"],
        kinh_gui=["Kính gửi:", "- Các sở, ban, ngành cấp tỉnh;", "- UBND các huyện, thị xã, thành phố."],
        body=[
            p(
                "Để xây dựng báo cáo tổng kết công tác đối ngoại năm 2025 theo yêu cầu tại Công văn số "
                "5521/UBND-NV ngày 20/11/2025 của UBND tỉnh, Sở Ngoại vụ đề nghị các cơ quan, địa phương thống kê "
                "các đoàn đi công tác nước ngoài của đơn vị trong năm (số quyết định, thành phần, nước đến, thời "
                "gian, nguồn kinh phí) và gửi về Sở trước ngày 26/12/2025."
            ),
            p(
                "Thông tin chi tiết xin liên hệ bà Trần Thị Diệu Linh, chuyên viên Phòng Hợp tác quốc tế, điện "
                "thoại 0239 3851 246."
            ),
            p("Rất mong nhận được sự phối hợp của Quý cơ quan./."),
        ],
        noi_nhan=["Nơi nhận:", "- Như trên;", "- Giám đốc Sở (để b/c);", "- Lưu: VT, HTQT."],
        signature=Signature(lines=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], name="Võ Tá Thuần"),
        tags=["hand-fill-date", "contact-person"],
        truth=GroundTruth(
            doc_type=DocType.CONG_VAN,
            number="1187/SNgV-HTQT",
            symbol="SNgV-HTQT",
            issuer="Sở Ngoại vụ",
            parent_issuer="UBND tỉnh Hà Tĩnh",
            place="Hà Tĩnh",
            issue_date=None,
            subject="V/v đề nghị tổng hợp số liệu đoàn ra năm 2025",
            signer=Signer(name="Võ Tá Thuần", title="Phó Giám đốc", mode="KT."),
            recipients=[
                "Các sở, ban, ngành cấp tỉnh",
                "UBND các huyện, thị xã, thành phố",
                "Giám đốc Sở (để b/c)",
            ],
            citations=[
                cite(
                    "Công văn số 5521/UBND-NV ngày 20/11/2025 của UBND tỉnh",
                    "cong_van",
                    "5521/UBND-NV",
                    D(2025, 11, 20),
                    "UBND tỉnh",
                )
            ],
            people=[
                person("Trần Thị Diệu Linh", "Chuyên viên", "Phòng Hợp tác quốc tế", "bà"),
                person("Võ Tá Thuần", "Phó Giám đốc"),
            ],
        ),
    )


BUILDERS = [
    decision_ha_giang,
    decision_quang_tri,
    decision_soc_trang,
    decision_hai_phong,
    report_soc_trang,
    report_quang_tri,
    dispatch_yen_bai,
    directive_nghe_an,
    plain_ha_tinh,
]


def write_holdout(folder: Path = HERE, scans: bool = True) -> list[DocSpec]:
    """Write text, truth, scans and manifest.json for every held-out document."""
    return write_specs(folder, [build() for build in BUILDERS], SEED, scans)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-scans", action="store_true", help="text and truth only")
    args = parser.parse_args(argv)
    specs = write_holdout(scans=not args.no_scans)
    print(f"held-out: {len(specs)} documents in {HERE}")


if __name__ == "__main__":
    main()
