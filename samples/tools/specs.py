"""DocSpec: one generated document as laid out on paper, with the ground truth it implies.

A spec holds the printed lines of each layout block (header columns, title, body, recipients, signature,
appendix, copy stamp, footnotes). `samples.tools.render` turns it into text, images, PDFs and DOCX; the
ground truth (`GroundTruth`) uses the contract's own models from `schemas.document`, so a sample that does
not fit the contract fails at generation time.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.document import Citation, DocType, ExtractedRule, HeaderFields, Person, ReportInfo, Trip


class Para(BaseModel):
    """A body block: a justified paragraph, a centred bold line, a bold heading, or a table."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["p", "center", "heading", "table"] = "p"
    text: str = ""
    rows: list[list[str]] = Field(default_factory=list, description="table rows, the first is the header")


class Signature(BaseModel):
    """The signature block: authority lines ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") and the printed name."""

    model_config = ConfigDict(extra="forbid")

    lines: list[str]
    name: str


class CopyBlock(BaseModel):
    """A "SAO Y BẢN CHÍNH" stamp with its own issuer, number, date and signer (not the document's)."""

    model_config = ConfigDict(extra="forbid")

    lines: list[str]
    signature: Signature


class GroundTruth(HeaderFields):
    """The fields a perfect extractor returns for this document: a subset of `schemas.document.Document`,
    its header fields the contract's own (`HeaderFields`)."""

    UNLABELLED: ClassVar[set[str]] = {"issue_date_partial", "header_spans"}
    """Header fields a sample does not label: its dates are printed whole or left blank (the month of a blank
    day is not written down), and offsets belong to the rendered text (nested spans are dropped likewise)."""
    UNLABELLED_TRIP: ClassVar[set[str]] = {"regions", "places", "urgent", "joins_central_delegation"}
    """A trip's places by level (the samples label its countries and cities only), and the urgent and
    central-delegation marks no sample decision writes."""

    doc_type: DocType
    citations: list[Citation] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    destinations: list[str] = Field(default_factory=list)
    destination_codes: list[str] = Field(default_factory=list)
    trip: Trip | None = None
    report: ReportInfo | None = None
    rules: list[ExtractedRule] = Field(default_factory=list)


class DocSpec(BaseModel):
    """Everything needed to render one document and to check what was read from it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    style: Literal["state", "party", "web"] = "state"
    left: list[str] = Field(default_factory=list, description="left header column: issuer lines, number, V/v")
    issuer_lines: int = Field(default=0, description="how many of `left` are issuer lines (bold, centred)")
    right: list[str] = Field(default_factory=list, description="right header column: motto, place and date")
    stamp: list[str] = Field(default_factory=list, description="incoming-mail stamp, e.g. ['ĐẾN', 'Số: 749']")
    title: list[str] = Field(default_factory=list, description="centred bold title and subject lines")
    kinh_gui: list[str] = Field(default_factory=list)
    body: list[Para] = Field(default_factory=list)
    noi_nhan: list[str] = Field(default_factory=list, description="'Nơi nhận:' and its entries")
    signature: Signature | None = None
    appendix: list[Para] = Field(default_factory=list, description="pages after the signature")
    copy_block: CopyBlock | None = None
    footnotes: list[str] = Field(default_factory=list)
    web_top: list[str] = Field(default_factory=list)
    web_bottom: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list, description="messy cases present, e.g. 'blank-number'")
    body_points: float = Field(default=13, description="body font size; 12–14 pt occur in practice")
    truth: GroundTruth
