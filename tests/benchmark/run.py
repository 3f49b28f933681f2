"""The classification benchmark: how well privgate recognises personal columns out of the box.

Real public schemas (tests/benchmark/schemas/, each with its source, commit and licence) are
labelled by hand: the development sources in tests/benchmark/labels.yaml, the held-out sources
(never used to tune the classifier, to show whether it generalises) in labels_heldout.yaml; a
source is held out when its file says so or its spec has `held_out: true`. labels_next.yaml holds
the next held-out set, labelled blind: nothing scores it until the current held-out set joins the
development labels and it takes that set's place. Each schema is replayed as the DDL of a
throw-away project with `packs: [gdpr-baseline]` and no annotations, through the public project
phase (`checker.project.load_project`); each column's category is read from the frozen catalog
and compared with its label. Nothing here knows how the classifier works.

    PYTHONPATH=$PWD python tests/benchmark/run.py     # the figures and every development miss
    PYTHONPATH=$PWD python tests/benchmark/run.py --held-out-misses   # ... and the held-out misses

Whoever tunes the classifier reads the development misses only: a held-out miss read is a
held-out column tuned to.
"""

from __future__ import annotations

import math
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from checker.config import load_config
from checker.policy.model import Pack, lineage_of
from checker.project import load_project

BENCHMARK = Path(__file__).resolve().parent
LABELS = BENCHMARK / "labels.yaml"
HELD_OUT_LABELS = BENCHMARK / "labels_heldout.yaml"
NEXT_LABELS = BENCHMARK / "labels_next.yaml"  # the next held-out set: labelled blind, never scored until it replaces the current one
# the blind sets queued after it (labels_next2.yaml ...), each promoted in turn; never scored either
QUEUED_LABELS = (NEXT_LABELS, BENCHMARK / "labels_next2.yaml")
PACK = "gdpr-baseline"
NONE = "none"
GENERIC_FIELDS = ("is_", "is_a", "generic")  # where a pack category keeps its `is:` (generic key)


@dataclass(frozen=True)
class Column:
    source: str
    table: str
    name: str
    label: str  # a generic taxonomy key, or "none"
    category: str | None  # what the catalog says; None: no personal data
    personal: bool  # whether that category is personal in the pack
    generic: str | None  # the category's generic key
    provenance: str | None
    suggestion: str | None = None  # a low-confidence guess the catalog did not adopt (`catalog` lists it)

    @property
    def labelled_personal(self) -> bool:
        return self.label != NONE

    @property
    def category_right(self) -> bool:
        """The generic key is the label; a label of plain `user` (personal, of a kind the
        taxonomy has no key for) is matched by any personal category."""
        return self.personal and (self.generic == self.label or self.label == "user")


@dataclass
class Score:
    columns: list[Column] = field(default_factory=list)

    @property
    def true_positives(self) -> list[Column]:
        return [column for column in self.columns if column.labelled_personal and column.personal]

    @property
    def false_negatives(self) -> list[Column]:
        return [column for column in self.columns if column.labelled_personal and not column.personal]

    @property
    def false_positives(self) -> list[Column]:
        return [column for column in self.columns if not column.labelled_personal and column.personal]

    @property
    def personal(self) -> int:
        return sum(column.labelled_personal for column in self.columns)

    @property
    def recall(self) -> float:
        return _ratio(len(self.true_positives), self.personal)

    @property
    def precision(self) -> float:
        """NaN when nothing was classified personal: no precision to credit."""
        predicted = len(self.true_positives) + len(self.false_positives)
        return len(self.true_positives) / predicted if predicted else math.nan

    @property
    def suggested(self) -> list[Column]:
        """The columns not classified personal that carry a suggestion (what `privgate catalog` lists and
        PUR005 reports as "may hold personal data")."""
        return [column for column in self.columns if column.suggestion and not column.personal]

    @property
    def suggestion_precision(self) -> float:
        """The share of suggestions on columns labelled personal; NaN when there is none."""
        suggested = self.suggested
        return sum(column.labelled_personal for column in suggested) / len(suggested) if suggested else math.nan

    @property
    def category_accuracy(self) -> float:
        return _ratio(sum(column.category_right for column in self.columns if column.labelled_personal), self.personal)


@dataclass
class SourceResult:
    name: str
    score: Score
    problems: list[str]  # input problems of the replayed DDL
    unlabelled: list[str]  # catalog columns the labels miss
    unknown: list[str]  # labelled columns the catalog does not have
    held_out: bool = False  # not used to tune the classifier


@dataclass
class Benchmark:
    sources: list[SourceResult]
    pack: str = PACK

    @property
    def overall(self) -> Score:
        return Score([column for source in self.sources for column in source.score.columns])

    @property
    def development(self) -> Score:
        """The sources the classifier may be tuned on."""
        return Score([column for source in self.sources if not source.held_out for column in source.score.columns])

    @property
    def held_out(self) -> Score:
        """The sources kept out of tuning: the figures that show whether it generalises."""
        return Score([column for source in self.sources if source.held_out for column in source.score.columns])

    @property
    def parts(self) -> list[tuple[str, Score]]:
        """(name, score) of the development and held-out parts that have sources, then overall."""
        parts = [(name, score) for name, score, held_out in (("development", self.development, False),
                                                              ("held-out", self.held_out, True))
                 if any(source.held_out == held_out for source in self.sources)]
        return parts + [("overall", self.overall)]


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)["sources"]


def load_all_labels() -> dict[str, Any]:
    """The development and held-out sources together, each spec with its `held_out` flag (no
    held-out file: no held-out sources)."""
    sources: dict[str, Any] = {}
    for path, held_out in ((LABELS, False), (HELD_OUT_LABELS, True)):
        if held_out and not path.exists():  # no held-out set: every source is development
            continue
        for name, spec in load_labels(path).items():
            if name in sources:
                raise ValueError(f"{path}: source {name!r} is labelled twice")
            sources[name] = {**spec, "held_out": bool(spec.get("held_out", held_out))}
    return sources


def generic_key(pack: Pack, category: str) -> str:
    """A pack category's generic taxonomy key: the `is:` of the category or its nearest ancestor
    that has one, else the category itself."""
    for candidate in lineage_of(category):
        declared = pack.categories.get(candidate)
        target = next((getattr(declared, name) for name in GENERIC_FIELDS if getattr(declared, name, None)), None)
        if target:
            return str(target)
    return category


def run_source(name: str, spec: dict[str, Any], pack: str = PACK) -> SourceResult:
    """Replay one schema (`file`: relative to this folder, or absolute) as the DDL of a fresh
    project with one pack and no annotations, and compare its catalog with the labels."""
    schema = BENCHMARK / spec["file"]
    with tempfile.TemporaryDirectory(prefix="privgate-benchmark-") as folder:
        root = Path(folder)
        (root / "schema").mkdir()
        shutil.copy(schema, root / "schema" / schema.name)
        # The schema folder is excluded from the SQL scan, so the project phase reports its
        # input problems itself instead of leaving them to the scan.
        config_text = yaml.safe_dump({"packs": [pack], "dialect": spec["dialect"], "exclude": ["schema/**"],
                                      "catalog": {"ddl": [f"schema/{schema.name}"]}})
        (root / "privgate.yaml").write_text(config_text, encoding="utf-8")
        project = load_project(load_config(root / "privgate.yaml"))
    problems = [f"{problem.path}:{problem.line}: {problem.message}" for problem in project.problems]
    columns, unlabelled, unknown = [], [], []
    for table_name, labels in spec["tables"].items():
        table = project.catalog.table(table_name)
        if table is None:
            unknown.append(f"{table_name} (table)")
            continue
        known = {column.lower(): column for column in table.columns}
        labelled = {column.lower() for column in labels}
        unlabelled += [f"{table_name}.{column}" for column in table.columns if column.lower() not in labelled]
        for column, label in labels.items():
            key = known.get(column.lower())
            if key is None:
                unknown.append(f"{table_name}.{column}")
                continue
            category = table.columns[key]
            personal = category is not None and any(pack.is_personal(category) for pack in project.packs)
            generic = generic_key(project.packs[0], category) if category else None
            suggestion = table.suggestions.get(key)
            columns.append(Column(name, table_name, column, str(label), category, personal, generic,
                                  table.provenance.get(key), suggestion[0] if suggestion else None))
    return SourceResult(name, Score(columns), problems, unlabelled, unknown, bool(spec.get("held_out", False)))


def run(labels: dict[str, Any] | None = None, pack: str = PACK) -> Benchmark:
    labels = load_all_labels() if labels is None else labels
    return Benchmark([run_source(name, spec, pack) for name, spec in labels.items()], pack)


def _row(name: str, score: Score) -> str:
    precision = "n/a" if math.isnan(score.precision) else f"{score.precision:.2f}"
    return (f"{name:<16}{len(score.columns):>8}{score.personal:>9}{score.recall:>8.2f}"
            f"{precision:>10}{score.category_accuracy:>9.2f}")


def misses(score: Score, title: str = "") -> list[str]:
    """Every misclassified column of a score, under three headings."""
    lines = []
    for heading, columns in (("false negatives (personal, not recognised)", score.false_negatives),
                             ("false positives (not personal, classified personal)", score.false_positives),
                             ("personal, wrong category", [column for column in score.true_positives
                                                           if not column.category_right])):
        lines.append(f"\n{title}{heading}: {len(columns)}")
        lines += [f"  {column.source}: {column.table}.{column.name}  label={column.label}  "
                  f"got={column.category or '-'}" + (f"  ({column.provenance})" if column.provenance else "")
                  for column in columns]
    return lines


def report(benchmark: Benchmark, held_out_misses: bool = False) -> str:
    """The figures per source, per part (development, held-out) and overall, then every
    misclassified development column; the held-out ones only when asked for."""
    header = f"{'source':<16}{'columns':>8}{'personal':>9}{'recall':>8}{'precision':>10}{'category':>9}"
    lines = [f"Classification benchmark: {benchmark.pack}, no annotations", header]
    lines += [_row(source.name + (" *" if source.held_out else ""), source.score) for source in benchmark.sources]
    lines += [_row(name, score) for name, score in benchmark.parts]
    lines.append("(recall and precision of 'personal or not'; category: share of personal columns whose "
                 "generic category is right" + ("; * held out: not used for tuning" if
                                                any(source.held_out for source in benchmark.sources) else "") + ")")
    for name, score in benchmark.parts:
        suggested = score.suggested
        if suggested:
            lines.append(f"{name}: {len(suggested)} suggestions on columns not classified personal "
                         f"(the catalog's low-confidence guesses, PUR005), {score.suggestion_precision:.2f} of them "
                         "on columns labelled personal")
    parts = [(name, score) for name, score in benchmark.parts if name != "overall"]
    for name, score in parts:
        if name == "held-out" and not held_out_misses:
            lines.append("\n(held-out misses not shown: --held-out-misses shows them)")
            continue
        lines += misses(score, f"{name}: " if len(parts) > 1 else "")
    for source in benchmark.sources:
        for what, items in (("input problems", source.problems), ("unlabelled columns", source.unlabelled),
                            ("labelled columns missing from the catalog", source.unknown)):
            if items:
                lines.append(f"\n{source.name}: {what}: " + "; ".join(items))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if set(argv) - {"--held-out-misses"}:
        print("usage: run.py [--held-out-misses]", file=sys.stderr)
        return 2
    print(report(run(), held_out_misses="--held-out-misses" in argv))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
