"""`congvan eval LABELS --documents DIR` on real-paperwork labels: loading, scoring, CLI, and the dev split."""

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.commands.eval import eval_command
from pipeline.evaluate.real_scans import evaluate_real, load_real_labels
from pipeline.settings import Settings
from schemas.document import Citation, Document, ErrorItem, Page, Signer, Source, Status
from tests.conftest import shared_material

LABELS = Path(__file__).resolve().parent.parent / "samples" / "real" / "labels"

LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số: 574/UBND-KTTH
V/v đăng ký bổ sung nội dung trình HĐND tỉnh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 04 tháng 02 năm 2025
Kính gửi: Thường trực HĐND tỉnh
Theo đề nghị của Giám đốc Sở Tài chính tại Công văn số 287/STC-HCSN ngày 04/02/2025, UBND tỉnh đăng ký bổ sung.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Hoàng Giang
"""


def _label(file: str, data: bytes, split: str = "dev", **fields: object) -> dict[str, object]:
    truth: dict[str, object] = {
        "file": file,
        "sha256": hashlib.sha256(data).hexdigest(),
        "split": split,
        "doc_type": "cong_van",
        "number": "574/UBND-KTTH",
        "issuer": "UBND tỉnh Quảng Ngãi",
        "place": "Quảng Ngãi",
        "issue_date": "2025-02-04",
        "issue_month": "2025-02",
        "signer": {"name": "Nguyễn Hoàng Giang", "title": "Chủ tịch", "mode": None, "page": 1},
        "citations": [
            {
                "text": "Công văn số 287/STC-HCSN ngày 04/02/2025",
                "kind": "cong_van",
                "number": "287/STC-HCSN",
                "date": "2025-02-04",
                "issuer": None,
            },
            {
                "text": "Công văn số 168/UBND-KTTH ngày 08/01/2025",
                "kind": "cong_van",
                "number": "168/UBND-KTTH",
                "date": "2025-01-08",
                "issuer": None,
            },
        ],
        "citations_scope": "page1",
    }
    truth.update(fields)
    return truth


def _write(directory: Path, name: str, content: object) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    (directory / name).write_text(text, encoding="utf-8")


def test_loader_reads_labels_transcriptions_and_splits_and_reports_bad_labels(tmp_path: Path) -> None:
    labels = tmp_path / "labels"
    _write(labels, "a.json", _label("a.pdf", b"a"))
    _write(labels, "b.json", _label("b.pdf", b"b", split="blind"))
    _write(labels, "a.p2.txt", "Số: 574/UBND-KTTH\n")
    _write(labels, "splits.json", {"seed": 1, "dev": ["a"], "blind": ["b"]})
    _write(labels, "broken.json", "{not json")
    _write(labels, "bare.json", {"doc_type": "cong_van"})
    _write(labels, "odd.json", _label("odd.pdf", b"o", split="test"))

    every, problems = load_real_labels(labels)
    assert [label.doc_id for label in every] == ["a", "b"]
    assert every[0].transcriptions == {2: "Số: 574/UBND-KTTH\n"} and every[1].transcriptions == {}
    assert len(problems) == 3
    assert any("broken.json" in p and "unreadable" in p for p in problems)
    assert any("bare.json" in p and "file, sha256, split" in p for p in problems)
    assert any("odd.json" in p and "'test'" in p for p in problems)
    assert [label.doc_id for label in load_real_labels(labels, "blind")[0]] == ["b"]


def _document(path: Path, **fields: object) -> Document:
    return Document(source=Source(path=str(path), sha256="", pages=1), extractor_version="test-1", **fields)


def test_scores_precision_and_recall_apart_month_page1_citations_cer_missing_and_failed(tmp_path: Path) -> None:
    labels, documents = tmp_path / "labels", tmp_path / "documents"
    files = {"right.pdf": b"right", "wrong.pdf": b"wrong", "failed.pdf": b"failed", "changed.pdf": b"changed"}
    for name, data in files.items():
        documents.mkdir(exist_ok=True)
        (documents / name).write_bytes(data)
    for name, data in files.items():
        _write(labels, name.replace(".pdf", ".json"), _label(name, data))
    _write(labels, "changed.json", _label("changed.pdf", b"other bytes"))
    _write(labels, "absent.json", _label("absent.pdf", b"absent"))
    _write(labels, "right.p1.txt", "Số: 574/UBND-KTTH\nCHỦ TỊCH\n")

    found = [
        Citation(text="Công văn số 287/STC-HCSN", kind="cong_van", number="287/STC-HCSN", date="2025-02-04"),
        Citation(text="Quyết định số 9/QĐ-UBND", kind="quyet_dinh", number="9/QĐ-UBND"),  # from page 2: not counted
    ]
    predictions = {
        "right.pdf": _document(
            documents / "right.pdf",
            doc_type="cong_van",
            number="574/UBND-KTTH",
            issuer="UBND tỉnh Quảng Ngãi",
            place="Quảng Ngãi",
            issue_date="2025-02-04",
            signer=Signer(name="Nguyễn Hoàng Giang", title="Chủ tịch"),
            citations=found,
            pages=[Page(number=1, source="ocr", text="Số: 574/UBND-KTTH CHỦ TICH")],
        ),
        "wrong.pdf": _document(documents / "wrong.pdf", doc_type="cong_van", number="57/UBND-KTTH", issue_date=None),
        "failed.pdf": _document(
            documents / "failed.pdf", status=Status.FAILED, errors=[ErrorItem(code="pdf.broken", message="bad")]
        ),
    }
    evaluation, problems = evaluate_real(
        labels, documents, Settings(), extractor=lambda path, settings: predictions[path.name]
    )

    assert evaluation.scored == ["failed", "right", "wrong"]
    assert evaluation.missing == ["absent"]
    assert list(evaluation.failed) == ["failed"] and "pdf.broken" in evaluation.failed["failed"]
    assert len(problems) == 1 and "changed.pdf" in problems[0] and "sha256" in problems[0]
    assert evaluation.extractor_version == "test-1"
    number = evaluation.fields["number"]
    assert (number.tp, number.fp, number.fn) == (1, 1, 2)  # a wrong number counts against precision
    assert evaluation.fields["issue_date"].tp == 1 and evaluation.fields["issue_month"].tp == 1
    assert evaluation.fields["doc_type"].tp == 2
    signer = evaluation.fields["signer"]
    assert (signer.tp, signer.fp, signer.fn) == (1, 0, 2)
    citations = evaluation.fields["citations_page1"]
    assert (citations.tp, citations.fp, citations.fn) == (1, 0, 5)
    assert evaluation.cer_pages == ["right.p1"]
    assert evaluation.cer == pytest.approx(1 / len("Số: 574/UBND-KTTH CHỦ TỊCH"))
    assert any(m.doc_id == "wrong" and m.field == "number" and m.extra == ["57/UBND-KTTH"] for m in evaluation.mistakes)
    as_json = evaluation.as_dict()
    assert as_json["fields"]["citations_page1"] == {"recall": round(1 / 6, 4), "tp": 1, "fn": 5}
    assert as_json["documents"] == 3


def test_cli_extracts_the_named_file_prints_json_and_reports_the_missing(tmp_path: Path) -> None:
    labels, documents = tmp_path / "labels", tmp_path / "documents"
    _write(documents, "letter.txt", LETTER)
    _write(labels, "letter.json", _label("letter.txt", LETTER.encode("utf-8")))
    _write(labels, "gone.json", _label("gone.pdf", b"gone", split="blind"))

    result = CliRunner().invoke(eval_command, [str(labels), "--documents", str(documents), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["scored"] == ["letter"] and scores["missing"] == ["gone"]
    assert "gone: labelled but not in" in result.stderr
    for name in ("doc_type", "number", "issue_date", "issue_month", "issuer", "place", "signer"):
        assert name in scores["fields"]
    assert scores["fields"]["number"]["tp"] + scores["fields"]["number"]["fn"] == 1

    dev_only = CliRunner().invoke(eval_command, [str(labels), "--documents", str(documents), "--split", "dev"])
    assert dev_only.exit_code == 0 and "1 documents scored" in dev_only.stdout and "gone" not in dev_only.stderr
    assert CliRunner().invoke(eval_command, [str(labels), "--split", "dev"]).exit_code == 2


def test_repository_labels_are_complete_and_follow_the_split() -> None:
    splits = json.loads((LABELS / "splits.json").read_text(encoding="utf-8"))
    labels, problems = load_real_labels(LABELS)
    assert problems == []
    assert {label.doc_id for label in labels} == set(splits["dev"]) | set(splits["blind"])
    assert all(label.split == ("blind" if label.doc_id in splits["blind"] else "dev") for label in labels)
    assert len(splits["blind"]) == 8 and len(splits["dev"]) == 12
    for label in labels:
        Document(
            source=Source(path=label.file, sha256=label.sha256, pages=1),
            **{key: value for key, value in label.truth.items() if key in Document.model_fields and key != "signer"},
        )


@pytest.mark.slow
def test_dev_split_of_the_real_scans_is_scored_whole() -> None:
    """Runs the extractor on every dev document; the figures go to docs/real-scans.md, not into asserts."""
    documents = shared_material("real-scans")
    evaluation, problems = evaluate_real(LABELS, documents, Settings(), split="dev")
    dev = json.loads((LABELS / "splits.json").read_text(encoding="utf-8"))["dev"]
    assert problems == []
    assert evaluation.missing == []
    assert sorted(evaluation.scored) == sorted(dev)
    assert evaluation.cer is not None and len(evaluation.cer_pages) == 3
