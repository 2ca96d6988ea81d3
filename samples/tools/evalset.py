"""The labelled evaluation set: ≥ 60 seeded documents of every type, state and party, messy cases included."""

from __future__ import annotations

import datetime as dt
import random

from samples.tools.builders import Messy, department, random_messy
from samples.tools.content import DEPARTMENTS, PROVINCES
from samples.tools.documents import build_decision, build_dispatch, build_report, random_trip
from samples.tools.others import build_news, build_notice, build_plain, build_submission
from samples.tools.specs import DocSpec
from schemas.document import DocType

EVAL_SEED = 2026


def _date(rng: random.Random, year: int) -> dt.date:
    return dt.date(year, rng.randint(1, 12), rng.randint(1, 28))


def build_eval_set(seed: int = EVAL_SEED) -> list[DocSpec]:
    """The evaluation documents, in a fixed order; ids are 'ev-NNN-<type>'."""
    rng = random.Random(seed)
    used: set[str] = set()
    specs: list[DocSpec] = []

    def next_id(kind: str) -> str:
        return f"ev-{len(specs) + 1:03d}-{kind}"

    dispatch_kinds = [
        (DocType.CONG_VAN, False),
        (DocType.CONG_VAN, False),
        (DocType.CONG_VAN, True),
        (DocType.CONG_VAN, False),
        (DocType.CHI_THI, False),
        (DocType.CHI_THI, True),
        (DocType.KE_HOACH, True),
        (DocType.KE_HOACH, False),
        (DocType.QUY_DINH, True),
        (DocType.CONG_VAN, True),
    ]
    dispatches = []
    for doc_type, party in dispatch_kinds:
        spec = build_dispatch(
            next_id("dispatch"),
            rng,
            rng.choice(PROVINCES),
            _date(rng, rng.choice([2024, 2025, 2026])),
            doc_type=doc_type,
            party=party,
            messy=random_messy(rng, 0.35),
            used=used,
        )
        specs.append(spec)
        dispatches.append(spec)
    decisions = []
    for index in range(20):
        province = rng.choice(PROVINCES)
        year = rng.choice([2024, 2025, 2026])
        plan = random_trip(rng, province, year, used, n_countries=4 if index == 7 else None)
        date = plan.start - dt.timedelta(days=rng.randint(5, 20))
        issuer = department(province, DEPARTMENTS[0]) if rng.random() < 0.2 else None
        messy = random_messy(rng, 0.3)
        spec = build_decision(next_id("decision"), rng, province, date, plan, issuer=issuer, messy=messy, used=used)
        specs.append(spec)
        decisions.append((spec, province))
    for spec, province in decisions[:12]:
        trip = spec.truth.trip
        if spec.truth.number is None or spec.truth.issue_date is None or trip is None or trip.end is None:
            continue
        date = trip.end + dt.timedelta(days=rng.randint(5, 25))
        form = rng.choice(["full", "full", "words", "bare"])
        specs.append(
            build_report(
                next_id("report"), rng, province, date, spec, cite_form=form, messy=random_messy(rng, 0.25), used=used
            )
        )
    for _ in range(4):
        province = rng.choice(PROVINCES)
        plan = random_trip(rng, province, rng.choice([2025, 2026]), used)
        date = plan.start - dt.timedelta(days=rng.randint(15, 30))
        issuer = department(province, rng.choice(DEPARTMENTS))
        specs.append(
            build_submission(next_id("submission"), rng, province, date, plan, issuer=issuer, messy=Messy(), used=used)
        )
    for _ in range(4):
        province = rng.choice(PROVINCES)
        specs.append(
            build_notice(next_id("notice"), rng, province, _date(rng, 2025), messy=random_messy(rng, 0.3), used=used)
        )
    for index in range(10):
        province = rng.choice(PROVINCES)
        messy = random_messy(rng, 0.4)
        messy.rank = index % 4 == 0
        specs.append(
            build_plain(next_id("plain"), rng, province, _date(rng, rng.choice([2024, 2025])), messy=messy, used=used)
        )
    for spec in [
        d for d in dispatches if d.truth.number and d.truth.issue_date and d.truth.doc_type is not DocType.QUY_DINH
    ][:4]:
        province = spec.truth.place or PROVINCES[0]
        assert spec.truth.issue_date is not None
        posted = dt.datetime.combine(spec.truth.issue_date + dt.timedelta(days=rng.randint(1, 5)), dt.time(9, 15))
        specs.append(build_news(next_id("news"), rng, province, spec, posted, used))
    return specs
