"""A funding sentence naming many public bodies before the firm that pays is read once, not once a body."""

from __future__ import annotations

import time

from extractors.funding import classify_funding
from schemas.document import Funding


def test_a_firm_after_many_bodies_is_the_payer_and_found_in_linear_time() -> None:
    bodies = ", ".join(f"Hiệp hội Doanh nghiệp tỉnh {index}" for index in range(2000))
    sentence = f"Kinh phí: {bodies} và Công ty ABC tài trợ."
    started = time.perf_counter()
    info = classify_funding(sentence)
    elapsed = time.perf_counter() - started
    assert info is not None and info.kind is Funding.ENTERPRISE
    assert info.sponsor == "Công ty ABC"
    assert elapsed < 2.0  # read once: milliseconds; once a body (before), about a minute


def test_an_organising_firm_said_to_pay_nothing_does_not_fund_the_delegation() -> None:
    """Issue 13 (scenario 29's form): the fair's organiser is a firm, the province pays; an organiser saying nothing
    of the money still organises the trip."""
    paid = classify_funding(
        "Kinh phí do ngân sách tỉnh bảo đảm; Công ty TNHH Triển lãm Quốc tế Hoa Nam là đơn vị tổ chức Hội chợ, không "
        "đài thọ kinh phí cho đoàn."
    )
    assert paid is not None and paid.kind is Funding.STATE_BUDGET
    organised = classify_funding("Chuyến đi do Công ty TNHH Du lịch Hoa Nam tổ chức; kinh phí theo quy định.")
    assert organised is not None and organised.kind is Funding.ENTERPRISE
