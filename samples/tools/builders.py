"""Builders: one function per document type, each returning a DocSpec whose ground truth it knows.

The builders take explicit values where the bundled demo needs planted cases (a given person, dates,
funding) and draw the rest from a seeded `random.Random`, so the same seed gives the same documents.
The wording is written for this project; the sentences vary so extractors meet many phrasings.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from extractors.scope import scope_of
from samples.tools import wording as w
from samples.tools.content import DEPARTMENTS, PARTY_BOARDS, Country, Official, Unit
from samples.tools.specs import CopyBlock, DocSpec, GroundTruth, Para, Signature
from schemas.document import (
    Citation,
    DocType,
    ExtractedRule,
    Person,
    ReportInfo,
    Signer,
    Trip,
)

STATE_MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
PARTY_MOTTO = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
HEAD_TITLES = ("Giám đốc", "Trưởng ban", "Chủ tịch", "Bí thư", "Chủ nhiệm", "Chánh Văn phòng", "Thủ trưởng")


def is_key_leader(title: str) -> bool:
    """Head of a unit by the default definition (issue 4): the title starts with a head's title."""
    return any(title.startswith(head) for head in HEAD_TITLES)


@dataclass
class Issuer:
    """Who issues a document: header lines, canonical names, number abbreviation, signing titles."""

    lines: list[str]
    name: str
    parent: str | None
    abbr: str
    place: str
    head: str
    deputy: str
    collective: str | None = None
    party: bool = False
    office: str = "VP"  # the drafting office in công văn numbers: 1271/UBND-NC
    staff: list[str] = field(default_factory=list)


def province_ubnd(province: str, rng: random.Random, split: bool | None = None) -> Issuer:
    """UBND tỉnh: one header line ('UBND TỈNH X') or two lines of one body ('ỦY BAN NHÂN DÂN' / 'TỈNH X')."""
    split = rng.random() < 0.5 if split is None else split
    lines = ["ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}"] if split else [f"UBND TỈNH {province.upper()}"]
    office = rng.choice(["NC", "KT", "VX", "TH", "NV"])
    return Issuer(
        lines,
        f"UBND tỉnh {province}",
        None,
        "UBND",
        province,
        "Chủ tịch",
        "Phó Chủ tịch",
        "ỦY BAN NHÂN DÂN",
        office=office,
    )


def department(province: str, unit: Unit) -> Issuer:
    """A Sở under the provincial UBND: the header names the parent, then the Sở."""
    return Issuer(
        [f"UBND TỈNH {province.upper()}", *unit.header],
        unit.name,
        f"UBND tỉnh {province}",
        unit.abbr,
        province,
        unit.head,
        unit.deputy,
        office="VP",
    )


def district(province: str, name: str) -> Issuer:
    return Issuer(
        ["ỦY BAN NHÂN DÂN", f"HUYỆN {name.upper()}"],
        f"UBND huyện {name}",
        None,
        "UBND",
        name,
        "Chủ tịch",
        "Phó Chủ tịch",
        "ỦY BAN NHÂN DÂN",
        office="VP",
    )


def province_party(province: str) -> Issuer:
    return Issuer(
        ["ĐẢNG BỘ TỈNH " + province.upper(), "TỈNH ỦY"],
        f"Tỉnh ủy {province}",
        None,
        "TU",
        province,
        "Bí thư",
        "Phó Bí thư",
        "BAN THƯỜNG VỤ",
        party=True,
    )


def party_board(province: str, unit: Unit) -> Issuer:
    return Issuer(
        [f"TỈNH ỦY {province.upper()}", *unit.header],
        unit.name,
        f"Tỉnh ủy {province}",
        unit.abbr,
        province,
        unit.head,
        unit.deputy,
        party=True,
    )


def random_issuer(rng: random.Random, province: str, party: bool | None = None) -> Issuer:
    party = rng.random() < 0.3 if party is None else party
    if party:
        return province_party(province) if rng.random() < 0.5 else party_board(province, rng.choice(PARTY_BOARDS))
    roll = rng.random()
    if roll < 0.45:
        return province_ubnd(province, rng)
    if roll < 0.85:
        return department(province, rng.choice(DEPARTMENTS))
    return district(province, rng.choice(["Cao Lộc", "Văn Lãng", "Lộc Bình", "Hữu Lũng"]))


@dataclass
class Messy:
    """Messy features to plant in one document (all off by default)."""

    blank_number: bool = False
    blank_day: bool = False
    stamp: bool = False
    copy: bool = False
    footnote: bool = False
    broken_date: bool = False
    appendix: bool = False
    rank: bool = False

    def tags(self) -> list[str]:
        names = {
            "blank_number": "blank-number",
            "blank_day": "hand-fill-date",
            "stamp": "incoming-stamp",
            "copy": "sao-y-ban-chinh",
            "footnote": "footnote",
            "broken_date": "broken-date-line",
            "appendix": "signature-not-last",
            "rank": "rank",
        }
        return [tag for attr, tag in names.items() if getattr(self, attr)]


def random_messy(rng: random.Random, rate: float = 0.25) -> Messy:
    return Messy(
        blank_number=rng.random() < rate * 0.6,
        blank_day=rng.random() < rate * 0.5,
        stamp=rng.random() < rate,
        copy=rng.random() < rate * 0.6,
        footnote=rng.random() < rate,
        broken_date=rng.random() < rate * 0.4,
    )


class Builder:
    """Accumulates the blocks of one document and its ground truth as the text is written."""

    def __init__(self, doc_id: str, issuer: Issuer, doc_type: DocType, rng: random.Random, messy: Messy) -> None:
        self.id = doc_id
        self.issuer = issuer
        self.doc_type = doc_type
        self.rng = rng
        self.messy = messy
        self.citations: list[Citation] = []
        self.footnote_citations: list[Citation] = []
        self.people: list[Person] = []
        self.rules: list[ExtractedRule] = []
        self.destinations: list[Country] = []
        self.body: list[Para] = []
        self.footnotes: list[str] = []

    # -- text helpers that record truth -------------------------------------------------------------
    def cite(self, ref: w.Ref, form: str | None = None, footnote: bool = False) -> str:
        """Write a citation; its truth is kept once per (kind, number), footnotes after the body's."""
        text, truth = w.cite(ref, self.rng, form)
        key = (truth.kind, truth.number or truth.text)
        target = self.footnote_citations if footnote else self.citations
        known = [*self.citations, *self.footnote_citations]
        if all((c.kind, c.number or c.text) != key for c in known):
            target.append(truth)
        return text

    def person(self, who: Official, title: str | None = None, honorific: str | None = None) -> None:
        title = who.title if title is None else title
        if all(p.name != who.name for p in self.people):
            self.people.append(Person(name=who.name, title=title, unit=who.unit or None, honorific=honorific))

    def rule(self, kind: str, sentence: str, value: float | None, unit: str | None, **extra: object) -> str:
        scope = scope_of(str(extra.get("applies_to") or ""), kind)
        self.rules.append(ExtractedRule(kind=kind, value=value, unit=unit, sentence=sentence, scope=scope, **extra))
        return sentence

    def country(self, country: Country) -> str:
        if country not in self.destinations:
            self.destinations.append(country)
        return self.rng.choice(country.spellings)

    def p(self, text: str, kind: str = "p") -> None:
        self.body.append(Para.model_validate({"kind": kind, "text": text}))

    def footnote(self, ref: w.Ref) -> str:
        """A footnote marker; the cited document goes in the footnote, printed last."""
        marker = "¹²³⁴"[len(self.footnotes)]
        self.footnotes.append(f"{marker} {self.cite(ref, 'full', footnote=True)}.")
        return marker

    # -- header ------------------------------------------------------------------------------------
    def number(self, serial: int, type_abbr: str | None, year: int | None = None) -> str:
        iss = self.issuer
        if iss.party:
            return f"{serial}-{type_abbr or 'CV'}/{iss.abbr}"
        if type_abbr is None:
            return f"{serial}/{iss.abbr}-{iss.office}"
        if year is not None:
            return f"{serial}/{year}/{type_abbr}-{iss.abbr}"
        return f"{serial}/{type_abbr}-{iss.abbr}"

    def finish(
        self,
        *,
        number: str,
        date: dt.date,
        title: list[str],
        subject: str,
        vv: list[str] | None = None,
        kinh_gui: list[str] | None = None,
        noi_nhan: list[str],
        signature: Signature,
        signer: Signer,
        trip: Trip | None = None,
        report: ReportInfo | None = None,
        appendix: list[Para] | None = None,
    ) -> DocSpec:
        iss, messy = self.issuer, self.messy
        shown_number: str | None = number
        if messy.blank_number:
            shown_number = None
        symbol = w.symbol_of(number)
        if iss.party:
            number_line = f"Số {number}" if shown_number else f"Số -{symbol}"
        else:
            number_line = f"Số: {number}" if shown_number else f"Số: /{symbol}"
        if messy.blank_day:
            date_text = (
                f"ngày tháng {date.month if iss.party or date.month > 2 else f'{date.month:02d}'} năm {date.year}"
            )
        else:
            date_text = w.words(date, party=iss.party)
        place_date = f"{iss.place}, {date_text}"
        right = [*(PARTY_MOTTO if iss.party else STATE_MOTTO)]
        if messy.broken_date:
            cut = place_date.rfind(" năm ")
            right += [place_date[:cut], place_date[cut + 1 :]]
        else:
            right.append(place_date)
        left = [*iss.lines, number_line, *(vv or [])]
        stamp: list[str] = []
        if messy.stamp:
            arrived = date + dt.timedelta(days=self.rng.randint(2, 6))
            stamp = [
                "VĂN PHÒNG UBND TỈNH" if not iss.party else "VĂN PHÒNG TỈNH ỦY",
                f"ĐẾN Số: {self.rng.randint(120, 3900)}",
                f"Ngày: {w.hyphen(arrived, short_year=True)}",
                f"Chuyển: {self.rng.choice(['P.NC', 'P.KT', 'P.TH', 'Đ/c Chánh VP'])}",
            ]
        copy_block = self._copy_block(date) if messy.copy else None
        recipients = [_entry(line) for line in [*(kinh_gui or []), *noi_nhan] if _is_recipient(line)]
        people = list(self.people)
        if signer.name and all(p.name != signer.name for p in people):
            people.append(Person(name=signer.name, title=signer.title, unit=None, honorific=_rank_of(signature.name)))
        truth = GroundTruth(
            doc_type=self.doc_type,
            number=shown_number,
            symbol=symbol,
            issuer=iss.name,
            parent_issuer=iss.parent,
            place=iss.place,
            issue_date=None if messy.blank_day else date,
            subject=subject,
            signer=signer,
            recipients=recipients,
            citations=[*self.citations, *self.footnote_citations],
            people=people,
            destinations=[c.name for c in self.destinations],
            destination_codes=[c.code for c in self.destinations],
            trip=trip,
            report=report,
            rules=self.rules,
        )
        return DocSpec(
            id=self.id,
            style="party" if iss.party else "state",
            left=left,
            issuer_lines=len(iss.lines),
            right=right,
            stamp=stamp,
            title=title,
            kinh_gui=kinh_gui or [],
            body=self.body,
            noi_nhan=noi_nhan,
            signature=signature,
            appendix=appendix or [],
            copy_block=copy_block,
            footnotes=self.footnotes,
            tags=self.messy.tags(),
            truth=truth,
        )

    def _copy_block(self, date: dt.date) -> CopyBlock:
        from samples.tools.content import official

        rng = self.rng
        copier = rng.choice(["UBND HUYỆN CAO LỘC", "SỞ NỘI VỤ", "UBND HUYỆN VĂN LÃNG", "VĂN PHÒNG UBND TỈNH"])
        copy_date = date + dt.timedelta(days=rng.randint(3, 12))
        clerk = official(rng, "Chánh Văn phòng", "")
        return CopyBlock(
            lines=[
                copier,
                "SAO Y BẢN CHÍNH",
                f"Số: {rng.randint(3, 90)}/SY-{rng.choice(['UBND', 'VP', 'SNV'])}",
                f"{self.issuer.place}, {w.words(copy_date)}",
                "Nơi nhận: Các phòng, ban chuyên môn;",
            ],
            signature=Signature(lines=["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], name=clerk.name),
        )


def _is_recipient(line: str) -> bool:
    bare = _entry(line)
    return bool(bare) and not bare.startswith(("Như ", "Lưu", "Kính gửi", "Nơi nhận")) and bare != "Kính gửi:"


def _entry(line: str) -> str:
    text = line.strip()
    if text.startswith("Kính gửi:"):
        text = text[len("Kính gửi:") :]
    text = text.lstrip("- ").strip()
    while text and text[-1] in ";,.":
        text = text[:-1].rstrip()
    return text


def _rank_of(printed: str) -> str | None:
    from samples.tools.content import RANKS

    return next((rank for rank in RANKS if printed.startswith(rank + " ")), None)


def signature_for(issuer: Issuer, who: Official, mode: str | None, rank: str | None = None) -> tuple[Signature, Signer]:
    """The printed block and its truth: KT./TM./TL./TUQ./none, with the signer's own title last."""
    lines: list[str] = []
    head = issuer.head.upper()
    deputy_signs = who.title.upper() != head
    truth_mode = mode
    if mode == "TM.":
        lines.append(f"{'T/M' if issuer.party else 'TM.'} {issuer.collective or head}")
        if deputy_signs and not issuer.party:
            lines.append(f"KT. {head}")
            truth_mode = "KT."
    elif mode in ("KT.", "TL.", "TUQ."):
        lines.append(f"{mode} {head}")
    lines.append(who.title.upper())
    printed = f"{rank} {who.name}" if rank else who.name
    return Signature(lines=lines, name=printed), Signer(name=who.name, title=who.title, mode=truth_mode)


def noi_nhan(entries: list[str], party: bool = False) -> list[str]:
    """'Nơi nhận:' and its entries, state style ('- X;' ... '- Lưu: VT, NC.') or party style ('- X,')."""
    end = "," if party else ";"
    lines = ["Nơi nhận:"] + [f"- {entry}{end}" for entry in entries[:-1]]
    lines.append(f"- {entries[-1]}.")
    return lines
