"""The dataset half of the classification benchmark: what privgate concludes about each column of
real public data files (tests/benchmark/datasets/, each source with its commit and licence in the
README there), labelled by hand in datasets/labels.yaml.

Each source's files are declared as datasets (`datasets: [{path: ...}]`, nothing else) of a
throw-away project with `packs: [gdpr-baseline]` and no annotations, and read through the public
project and dataset path a scan takes: `checker.project.load_project`, `select_datasets`,
`read_header` (the bounded sample), `dataset_columns` (the per-column categories a dataset's rules
judge with: declared, else the name classifier) and `count_rows` (the content detectors' verdict on
each column's sample). A dataset's columns never reach one classification that combines name and
content: the scan judges with the name's category and reports a convincing content verdict on a
column whose name gave no personal category as "undeclared personal data?" (PUR004). So a column
counts as classified personal when its name gives a personal category or its content convinces
a detector, the category being the name's, else the detector's:

- (a) names + content: the files as published;
- (b) content only: the same files with their headers replaced by col_1..col_n.

    PYTHONPATH=$PWD python tests/benchmark/run_datasets.py     # figures, per-detector precision, misses
"""

from __future__ import annotations

import csv
import math
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script: `benchmark` from tests/
from benchmark.run import NONE, PACK, Column, Score, generic_key
from checker.config import load_config  # noqa: E402
from checker.dataset_judging import dataset_columns
from checker.datasets.counting import count_rows, read_header
from checker.datasets.spec import select_datasets
from checker.project import load_project

DATASETS = Path(__file__).resolve().parent / "datasets"
LABELS = DATASETS / "labels.yaml"
MODES = ("names + content", "content only")


@dataclass(frozen=True)
class Verdict:
    """A column's content verdict as the scan sees it: the detector and whether it convinced."""

    detector: str
    convincing: bool
    share: float


@dataclass
class Run:
    mode: str
    score: Score
    verdicts: dict[tuple[str, str, str], Verdict]  # (source, file, column) -> the detector's verdict
    unlabelled: list[str]  # columns of a file the labels miss
    unknown: list[str]  # labelled columns the file does not have
    unread: list[str]  # datasets the path could not read


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["sources"]


def header_of(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def _copy(source: Path, target: Path, anonymous_header: bool) -> None:
    """The file as published, or with its header replaced by col_1..col_n (values untouched)."""
    if not anonymous_header:
        shutil.copy(source, target)
        return
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([f"col_{index}" for index in range(1, len(rows[0]) + 1)])
        writer.writerows(rows[1:])


def run(labels: dict[str, Any] | None = None, content_only: bool = False, folder: Path = DATASETS) -> Run:
    """Score every labelled file, each declared as a dataset of a fresh project (one per source)."""
    labels = load_labels() if labels is None else labels
    columns: list[Column] = []
    verdicts: dict[tuple[str, str, str], Verdict] = {}
    unlabelled: list[str] = []
    unknown: list[str] = []
    unread: list[str] = []
    for source, spec in labels.items():
        files = spec["files"]
        with tempfile.TemporaryDirectory(prefix="privgate-dataset-benchmark-") as temporary:
            root = Path(temporary)
            (root / "data").mkdir()
            for name in files:
                _copy(folder / source / name, root / "data" / name, content_only)
            config_text = yaml.safe_dump({"packs": [PACK], "datasets": [{"path": f"data/{name}"} for name in files]})
            (root / "privgate.yaml").write_text(config_text, encoding="utf-8")
            config = load_config(root / "privgate.yaml")
            project = load_project(config)
            present = [(root / "data" / name, f"data/{name}") for name in files]
            for dataset in select_datasets(project.datasets, config, present, True, None):
                name = Path(dataset.relative or "").name
                try:
                    header = read_header(dataset)
                except Exception as error:  # noqa: BLE001 - a file the path cannot read is reported, not raised
                    unread.append(f"{source}/{name}: {type(error).__name__}: {error}")
                    continue
                found = count_rows(dataset, header, []).verdicts
                categories = dataset_columns(dataset, header.names, project.catalog, project.packs).categories
                original = header_of(folder / source / name)
                expected = files[name]
                unlabelled += [f"{source}/{name}: {column}" for column in original if column not in expected]
                unknown += [f"{source}/{name}: {column}" for column in expected if column not in original]
                for index, column in enumerate(original):
                    if column not in expected:
                        continue
                    read_as = header.names[index].lower()
                    verdict = found.get(read_as)
                    if verdict is not None:
                        verdicts[(source, name, column)] = Verdict(verdict.detector.name, verdict.convincing,
                                                                   verdict.share)
                    columns.append(_column(project.packs, source, name, column, str(expected[column]),
                                           categories.get(read_as), verdict))
    mode = MODES[1] if content_only else MODES[0]
    return Run(mode, Score(columns), verdicts, unlabelled, unknown, unread)


def _column(packs: tuple[Any, ...], source: str, file: str, column: str, label: str, category: str | None,
            verdict: Any) -> Column:
    """The scan's conclusion on one column: a personal name category, else a convincing detector."""
    if category is not None and any(pack.is_personal(category) for pack in packs):
        return Column(source, file, column, label, category, True, generic_key(packs[0], category), "name")
    if verdict is not None and verdict.convincing:
        return Column(source, file, column, label, verdict.key, True, verdict.key,
                      f"content: {verdict.detector.name}, {verdict.share:.0%} of {verdict.sampled}")
    return Column(source, file, column, label, category, False, None, None)


def detector_precision(result: Run) -> dict[str, tuple[int, int]]:
    """Per detector: (columns it convinced whose label is personal, columns it convinced)."""
    labels = {(column.source, column.table, column.name): column.label for column in result.score.columns}
    tally: dict[str, list[int]] = {}
    for key, verdict in result.verdicts.items():
        if not verdict.convincing:
            continue
        counts = tally.setdefault(verdict.detector, [0, 0])
        counts[0] += labels[key] != NONE
        counts[1] += 1
    return {name: (right, total) for name, (right, total) in sorted(tally.items())}


def _precision(score: Score) -> str:
    return "n/a" if math.isnan(score.precision) else f"{score.precision:.2f}"


def figures(result: Run) -> str:
    score = result.score
    return (f"{result.mode:<18}{len(score.columns):>8}{score.personal:>9}{score.recall:>8.2f}"
            f"{_precision(score):>10}{score.category_accuracy:>9.2f}")


def misses(result: Run) -> list[str]:
    lines = []
    score = result.score
    for heading, columns in (("false negatives (personal, not recognised)", score.false_negatives),
                             ("false positives (not personal, classified personal)", score.false_positives),
                             ("personal, wrong category", [column for column in score.true_positives
                                                           if not column.category_right])):
        lines.append(f"\n{result.mode}: {heading}: {len(columns)}")
        lines += [f"  {column.source}/{column.table}: {column.name}  label={column.label}  got={column.category or '-'}"
                  + (f"  ({column.provenance})" if column.provenance else "") for column in columns]
    return lines


def report(results: list[Run]) -> str:
    """Both figures, each detector's precision on these columns, then every miss."""
    lines = [f"Dataset benchmark: {PACK}, no annotations",
             f"{'mode':<18}{'columns':>8}{'personal':>9}{'recall':>8}{'precision':>10}{'category':>9}"]
    lines += [figures(result) for result in results]
    lines.append("(recall and precision of 'personal or not'; category: share of personal columns whose generic "
                 "category is right)")
    for result in results:
        precision = detector_precision(result)
        lines.append(f"\n{result.mode}: per-detector precision (columns it convinced that are labelled personal)")
        lines += [f"  {name:<18}{right}/{total} = {right / total:.2f}" for name, (right, total) in precision.items()]
        if not precision:
            lines.append("  (no detector convinced on any column)")
    for result in results:
        lines += misses(result)
        for what, items in (("unlabelled columns", result.unlabelled), ("labelled columns missing from the file",
                                                                        result.unknown), ("unread", result.unread)):
            if items:
                lines.append(f"\n{result.mode}: {what}: " + "; ".join(items))
    return "\n".join(lines)


def run_both(labels: dict[str, Any] | None = None) -> list[Run]:
    return [run(labels), run(labels, content_only=True)]


def main(argv: list[str]) -> int:
    if argv:
        print("usage: run_datasets.py", file=sys.stderr)
        return 2
    print(report(run_both()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
