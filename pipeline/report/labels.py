"""What the report reader sees instead of congvan's keys: Vietnamese names for rule kinds, severities,
document types and statuses, and for the evidence fields (the raw keys stay in the page's details)."""

from __future__ import annotations

from schemas.document import DocType, Status
from schemas.rules import RuleKind, Severity

RULE_KINDS: dict[str, str] = {
    RuleKind.MAX_TRIPS_PER_YEAR: "Số lần đi nước ngoài trong năm",
    RuleKind.MAX_DELEGATION_SIZE: "Số người của đoàn",
    RuleKind.REPORT_DEADLINE_WORKING_DAYS: "Hạn nộp báo cáo sau chuyến đi",
    RuleKind.MAX_DAYS_PER_COUNTRY: "Số ngày ở mỗi nước",
    RuleKind.MAX_COUNTRIES_PER_TRIP: "Số nước trong một chuyến đi",
    RuleKind.SUBMISSION_LEAD_WORKING_DAYS: "Thời hạn trình hồ sơ trước chuyến đi",
    RuleKind.NO_TWO_KEY_LEADERS_SAME_UNIT: "Hai lãnh đạo chủ chốt của một đơn vị cùng đi",
    RuleKind.NO_ENTERPRISE_FUNDED: "Doanh nghiệp tổ chức hoặc chi trả",
    RuleKind.NO_TRIP_UNDER_DISCIPLINE: "Cán bộ đang bị xem xét kỷ luật",
    RuleKind.AVOID_START_END_OF_YEAR: "Đi vào dịp đầu năm, cuối năm",
    RuleKind.TOTAL_DAYS_WITHIN_ANNUAL_LEAVE: "Tổng số ngày so với phép năm",
    RuleKind.PASSPORT_RETURN_DEADLINE_DAYS: "Hạn nộp lại hộ chiếu",
    RuleKind.IN_ANNUAL_PLAN: "Đoàn ngoài kế hoạch đối ngoại năm",
    RuleKind.NO_RELATIVES_IN_DELEGATION: "Đưa thân nhân đi cùng đoàn",
    RuleKind.NO_IMPRACTICAL_STATE_FUNDED_TRIP: "Đoàn giao lưu, khảo sát bằng ngân sách nhà nước",
}

SEVERITIES: dict[str, str] = {Severity.BREACH: "vi phạm", Severity.WARNING: "cảnh báo", Severity.REVIEW: "cần xem lại"}

DOC_TYPES: dict[str, str] = {
    DocType.CONG_VAN: "Công văn",
    DocType.QUYET_DINH: "Quyết định",
    DocType.BAO_CAO: "Báo cáo",
    DocType.KE_HOACH: "Kế hoạch",
    DocType.CHI_THI: "Chỉ thị",
    DocType.QUY_DINH: "Quy định",
    DocType.QUY_CHE: "Quy chế",
    DocType.THONG_BAO: "Thông báo",
    DocType.TO_TRINH: "Tờ trình",
    DocType.HUONG_DAN: "Hướng dẫn",
    DocType.NGHI_QUYET: "Nghị quyết",
    DocType.OTHER: "Văn bản khác",
}

STATUSES: dict[str, str] = {
    Status.OK: "đọc đầy đủ",
    Status.PARTIAL: "đọc được một phần",
    Status.FAILED: "không đọc được",
}

EVIDENCE: dict[str, str] = {
    "status": "Tình trạng",
    "returned": "Ngày về",
    "deadline": "Hạn",
    "report_date": "Ngày nộp báo cáo",
    "report_month_first_day": "Ngày đầu tháng ghi trên báo cáo (ngày chưa đọc được)",
    "report_number": "Số báo cáo",
    "report_sha256": "Mã tệp báo cáo",
    "late_working_days": "Số ngày làm việc chậm",
    "rule_source": "Căn cứ",
    "rule_value": "Mức quy định",
    "members": "Số người",
    "listed": "Số người trong danh sách",
    "unsure_members": "Thành viên có tên chưa đọc chắc",
    "members_not_counted": "Số thành viên không tính vào số người của đoàn",
    "posts_not_counted": "Chức danh không tính vào số người của đoàn",
    "not_counted": "Chuyến đi không tính",
    "not_counted_programme": "Thỏa thuận, chương trình không tính",
    "not_counted_by_exception": "Chuyến đi không tính theo ngoại lệ của quy định",
    "not_counted_day_trips": "Chuyến đi trong ngày không tính",
    "not_counted_before_post": "Chuyến đi trước khi giữ chức vụ không tính",
    "same_person": "Tên viết có và không có tên đệm được tính là một người theo quy định",
    "countries": "Các nước",
    "days": "Số ngày",
    "travel_days": "Ngày đi về",
    "days_per_country": "Số ngày mỗi nước",
    "funding": "Nguồn kinh phí",
    "funding_text": "Kinh phí (nguyên văn)",
    "inviter": "Bên mời",
    "sponsor": "Bên tài trợ",
    "sponsor_country": "Nước của bên tài trợ",
    "key_leaders": "Lãnh đạo chủ chốt",
    "lead_working_days": "Số ngày làm việc trình trước",
    "leave_days": "Số ngày phép",
    "person_key": "Mã người",
    "returned_on": "Ngày nộp lại",
    "start": "Ngày đi",
    "submitted_on": "Ngày trình",
    "this_trip_working_days": "Số ngày làm việc của chuyến này",
    "trip_end": "Ngày về",
    "trip_number": "Chuyến thứ",
    "unit": "Đơn vị",
    "urgent_value": "Mức khi đột xuất",
    "urgent": "Quyết định gọi là đột xuất",
    "working_days_abroad": "Số ngày làm việc ở nước ngoài",
    "year": "Năm",
    "closest_plan_entry": "Mục gần nhất trong kế hoạch",
    "country_agrees": "Khớp nước",
    "unit_agrees": "Khớp đơn vị",
    "period_agrees": "Khớp thời gian",
    "from": "Từ ngày",
    "to": "Đến ngày",
    "listed_items": "Các mục liệt kê",
    "match": "Mức khớp",
    "member_unit": "Đơn vị của thành viên",
    "record_decision": "Quyết định trong sổ",
    "record_id": "Mã bản ghi",
    "record_unit": "Đơn vị trong sổ",
    "report_link_method": "Cách gắn báo cáo",
    "report_link_score": "Độ chắc khi gắn báo cáo",
    "unlinked_report_candidates": "Báo cáo chưa ghép được có thể của đoàn",
    "unit_score": "Độ giống tên đơn vị",
    "rule_scope": "Phạm vi áp dụng",
    "scope_definition": "Định nghĩa phạm vi",
    "rules_not_applied": "Quy định khác không áp dụng",
    "decision_text_source": "Nguồn chữ của quyết định",
    "decision_ocr_confidence": "Độ tin cậy OCR của quyết định",
    "to_check": "Cần kiểm tra",
}
"""Names of the evidence fields the checks write; a field not named here is shown by its key."""

REVIEW_FIELDS: dict[str, str] = {
    "number": "số văn bản",
    "issue_date": "ngày ban hành",
    "signer": "người ký",
    "issuer": "cơ quan ban hành",
    "place": "nơi ban hành",
    "subject": "trích yếu",
    "trip_start": "ngày đi",
    "trip_end": "ngày về",
    "trip_member": "thành viên đoàn",
    "submitted_on": "ngày tờ trình",
    "report_decision": "quyết định báo cáo dẫn chiếu",
    "report_link": "báo cáo gắn với chuyến đi",
    "person": "một người hay hai người",
    "finding": "phát hiện cần xác nhận",
}
"""Names of the review queue's fields (pipeline.store.queue.fields)."""

REVIEW_REASONS: dict[str, str] = {
    "handwritten_unread": "chữ số viết tay chưa đọc chắc",
    "unreadable": "không đọc được",
    "low_confidence": "đọc được nhưng độ tin cậy thấp",
    "left_out": "tên chưa đọc chắc, chưa tính vào đoàn",
    "unsure_name": "tên đệm có thể đọc sai",
    "implausible_period": "thời gian chuyến đi đọc không chắc",
    "year_unread": "năm không đọc chắc được",
    "fuzzy_link": "gắn gần đúng",
    "unlinked": "chưa gắn được",
    "person_match": "tên gần giống nhau",
    "finding_input": "phát hiện dựa trên ngày đọc từ bản quét kém",
    "uncertain_input": "phát hiện dựa trên dữ liệu chưa chắc",
}
"""Names of the reasons a value is put to a person (pipeline.store.queue.items and raised)."""

EVIDENCE_VALUES: dict[str, str] = {
    "late": "nộp muộn",
    "late_by_month": "nộp muộn (theo tháng ghi trên báo cáo)",
    "missing": "chưa nộp",
}


def label(names: dict[str, str], key: str | None) -> str:
    """The Vietnamese name of `key`, or the key itself when congvan has none for it."""
    return names.get(key or "", key or "")
