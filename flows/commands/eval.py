"""`congvan eval DIR`: per-field precision, recall and F1 of the extractors on a labelled folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from extractors import nlp
from pipeline.evaluate.links import LinkRecorder, link_scores
from pipeline.evaluate.real_scans import SPLITS, RealEvaluation, evaluate_real, format_real_table
from pipeline.evaluate.real_texts import evaluate_texts
from pipeline.evaluate.rule_labels import score_labelled_texts
from pipeline.evaluate.scoring import evaluate, format_table, load_samples
from pipeline.settings import Settings


@click.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--no-scans", is_flag=True, help="Score the clean texts only (no OCR).")
@click.option(
    "--without",
    type=click.Choice(sorted(nlp.enabled)),
    multiple=True,
    help="Switch an NLP library off, to measure what it adds.",
)
@click.option("--mistakes", is_flag=True, help="Also list each document's missing and extra values.")
@click.option(
    "--rule-labels",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Score rule extraction only: DIR holds dispatch texts, FILE their rules (kind, value) by file name.",
)
@click.option(
    "--documents",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="DIR holds hand labels of real documents (samples/real/labels); read the PDFs they name from here.",
)
@click.option(
    "--split",
    metavar="NAME",
    help="Real labels only (--documents, or a folder of real texts with splits.json): score only this split"
    " (dev or blind; real texts also have every other split their splits.json names: blind2, blind3, …).",
)
def eval_command(
    directory: Path,
    as_json: bool,
    no_scans: bool,
    without: tuple[str, ...],
    mistakes: bool,
    rule_labels: Path | None,
    documents: Path | None,
    split: str | None,
) -> None:
    """Score field extraction against DIR (`<id>.json` truth, `<id>.txt`, `<id>.scan.png|pdf`).

    Examples: congvan eval samples/eval --no-scans;
    congvan eval SEEDS_DIR --rule-labels benchmarks/seed_rule_labels.json;
    congvan eval samples/real/labels --documents DIR_OF_THE_REAL_SCANS --split dev;
    congvan eval samples/real/texts --split dev
    """
    if rule_labels is not None:
        _eval_rules(directory, rule_labels, as_json)
        return
    real_texts = documents is None and (directory / "splits.json").is_file()
    if split is not None and documents is None and not real_texts:
        raise click.UsageError("--split applies to real labels: give --documents DIR, or a folder with splits.json")
    if split is not None and documents is not None and split not in SPLITS:
        raise click.UsageError(f"--split {split} applies to real texts only; real scans have {', '.join(SPLITS)}")
    for library in without:
        nlp.enabled[library] = False
    if documents is not None:
        evaluation, problems = evaluate_real(directory, documents, Settings(), split=split)
        _report_real(evaluation, problems, documents, as_json, mistakes)
        return
    if real_texts:
        evaluation, problems = evaluate_texts(directory, Settings(), split=split)
        _report_real(evaluation, problems, directory, as_json, mistakes)
        return
    recorder = LinkRecorder()  # keeps the documents: report→trip linking is scored across them
    results, problems = evaluate(directory, Settings(), scans=not no_scans, extractor=recorder)
    links = link_scores(recorder, {sample.doc_id: sample.truth for sample in load_samples(directory)[0]}, Settings())
    if as_json:
        scores = {name: result.as_dict() for name, result in results.items()}
        for name, score in links.items():
            scores.setdefault(name, {})["report_links"] = score.as_dict()
        click.echo(json.dumps(scores, ensure_ascii=False))
    else:
        click.echo(format_table(results))
        for name, score in links.items():
            click.echo(f"{name}: report→trip linking {score.correct}/{score.reports} = {score.accuracy:.3f}")
    if mistakes:
        for name, result in results.items():
            for m in result.mistakes:
                click.echo(f"{name} {m.doc_id} {m.field}: missing {m.missing} extra {m.extra}", err=True)
    for problem in problems:
        click.echo(f"congvan eval: {problem}", err=True)
    if problems:
        sys.exit(1)


def _report_real(
    evaluation: RealEvaluation, problems: list[str], documents: Path, as_json: bool, mistakes: bool
) -> None:
    click.echo(json.dumps(evaluation.as_dict(), ensure_ascii=False) if as_json else format_real_table(evaluation))
    if mistakes:
        for m in evaluation.mistakes:
            click.echo(f"{m.doc_id} {m.field}: missing {m.missing} extra {m.extra}", err=True)
    for doc_id in evaluation.missing:
        click.echo(f"congvan eval: {doc_id}: labelled but not in {documents}; skipped", err=True)
    for doc_id, reason in evaluation.failed.items():
        click.echo(f"congvan eval: {doc_id}: extraction failed, scored as nothing found ({reason})", err=True)
    for problem in problems:
        click.echo(f"congvan eval: {problem}", err=True)
    if problems:
        sys.exit(1)


def _eval_rules(directory: Path, labels_file: Path, as_json: bool) -> None:
    result, missing = score_labelled_texts(directory, json.loads(labels_file.read_text(encoding="utf-8")))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        for name, c in result["files"].items():
            click.echo(f"{name}: {c['tp']} found, {c['fp']} extra, {c['fn']} missed")
        click.echo(
            f"rules: precision {result['precision']:.3f}, recall {result['recall']:.3f}, F1 {result['f1']:.3f} "
            f"({result['tp'] + result['fn']} labelled in {len(result['files'])} files)"
        )
        k = result["kind_value"]
        click.echo(
            f"rules on kind and value only: precision {k['precision']:.3f}, recall {k['recall']:.3f}, F1 {k['f1']:.3f}"
        )
        if "supersedes" in result:
            s = result["supersedes"]
            click.echo(f"supersessions: {s['tp']} found, {s['fp']} extra, {s['fn']} missed")
    for path in missing:
        click.echo(f"congvan eval: {path}: labelled but not found", err=True)
    if missing:
        sys.exit(1)
