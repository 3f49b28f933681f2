"""The dataset half of the classification benchmark (issue 15, acceptance 1): real public data files
(benchmark/datasets/, sources and licences in the README there), labelled by hand, read as datasets
with gdpr-baseline and no annotations. Figures, per-detector precision and every miss are printed
(see them with `pytest -s`) and repeated in the assertion messages."""

from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import pytest

from benchmark.run_datasets import (DATASETS, MODES, Run, detector_precision, header_of, load_labels, report, run,
                                    run_both)

BAR = 0.90  # issue 15: recall and precision "each at least 0.90"
DETECTOR_PRECISION = 0.95  # issue 15: "detectors each keep precision at least 0.95"
# What the files give today, minus about 0.01: a change that recognises less, or guesses worse,
# fails here. Raise the floors as recognition improves. (a) recall 0.94, precision 0.99 over 160
# columns (71 personal), since a file's other columns are the name classifier's context too (0.83
# with the file's name alone, 0.66 with the role); (b) recall 0.11, precision 1.00.
FLOOR = {MODES[0]: {"recall": 0.93, "precision": 0.98}, MODES[1]: {"recall": 0.10, "precision": 0.99}}


@pytest.fixture(scope="module")
def scored() -> list[Run]:
    results = run_both()
    print("\n" + report(results))
    return results


def test_the_labels_cover_every_column_of_every_file() -> None:
    labels = load_labels()
    on_disk = {(path.parent.name, path.name) for path in DATASETS.glob("*/*.csv")}
    assert on_disk == {(source, name) for source, spec in labels.items() for name in spec["files"]}
    for source, spec in labels.items():
        for name, columns in spec["files"].items():
            assert header_of(DATASETS / source / name) == list(columns), f"{source}/{name}: labels out of step"


def test_the_files_are_a_benchmark_worth_the_name() -> None:
    """At least three sources, 150 labelled columns and 60 personal ones; each file a small sample."""
    labels = load_labels()
    values = [label for spec in labels.values() for columns in spec["files"].values() for label in columns.values()]
    assert len(labels) >= 3 and len(values) >= 150 and sum(label != "none" for label in values) >= 60
    for path in DATASETS.glob("*/*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            assert sum(1 for _ in csv.reader(handle)) - 1 <= 200, path
        assert path.stat().st_size <= 40_000, path


def test_every_file_is_read_and_matches_its_labels(scored: list[Run]) -> None:
    for result in scored:
        assert (result.unread, result.unlabelled, result.unknown) == ([], [], []), result.mode


def test_figures_never_fall_below_their_floor(scored: list[Run]) -> None:
    for result in scored:
        floor = FLOOR[result.mode]
        assert result.score.recall >= floor["recall"], report(scored)
        assert result.score.precision >= floor["precision"], report(scored)


def test_every_detector_keeps_its_precision_on_real_columns(scored: list[Run]) -> None:
    for result in scored:
        low = {name: (right, total) for name, (right, total) in detector_precision(result).items()
               if right / total < DETECTOR_PRECISION}
        assert not low, report(scored)


def test_personal_columns_of_real_files_are_recognised_out_of_the_box(scored: list[Run]) -> None:
    names_and_content = scored[0]
    figures = (f"{names_and_content.mode}: recall {names_and_content.score.recall:.2f}, "
               f"precision {names_and_content.score.precision:.2f}")
    print("\n" + figures)
    assert names_and_content.score.recall >= BAR and names_and_content.score.precision >= BAR, report(scored)


def test_the_harness_scores_what_the_dataset_path_concludes(tmp_path: Path) -> None:
    """In a file whose name says nothing of people: a name the classifier knows, content a detector
    validates under a meaningless name, a look-alike column, a personal column nothing recognises;
    and the same with names hidden."""
    folder = tmp_path / "crm"
    folder.mkdir()
    rows = [["email", "c2", "order_ref", "nickname"]] + [
        [f"ivan{n}@example.bg", f"maria{n}@example.bg", f"ORD-2026-{n:06d}", f"bobby{n}"] for n in range(12)]
    with (folder / "export.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    labels = {"crm": {"files": {"export.csv": {"email": "user.contact.email", "c2": "user.contact.email",
                                                 "order_ref": "none", "nickname": "user.name"}}}}
    named = run(labels, folder=tmp_path)
    assert [column.name for column in named.score.true_positives] == ["email", "c2"]
    assert [column.name for column in named.score.false_negatives] == ["nickname"]
    assert named.score.false_positives == [] and named.score.recall == pytest.approx(2 / 3)
    assert [column.provenance for column in named.score.true_positives][0] == "name"
    assert named.score.true_positives[1].provenance.startswith("content: email")
    hidden = run(labels, content_only=True, folder=tmp_path)
    assert [column.name for column in hidden.score.true_positives] == ["email", "c2"]
    assert all(column.provenance.startswith("content: email") for column in hidden.score.true_positives)
    assert detector_precision(hidden) == {"email": (2, 2)}
    text = report([named, hidden])
    assert "crm/export.csv: nickname  label=user.name  got=-" in text
    shutil.copy(folder / "export.csv", folder / "extra.csv")
    assert math.isclose(run(labels, folder=tmp_path).score.recall, 2 / 3)  # unlabelled files are not scored
