"""The classification benchmark (issue 15, acceptance 1): real public schemas, labelled by hand,
recognised with gdpr-baseline and no annotations. The figures and every miss are printed (see
them with `pytest -s`) and repeated in the assertion message. The held-out sources
(benchmark/labels_heldout.yaml) are never used for tuning and are scored apart: the development
bar is checked on the development sources, the held-out bar on the held-out ones."""

from __future__ import annotations

import pytest

from benchmark.run import (BENCHMARK, HELD_OUT_LABELS, LABELS, NONE, PACK, QUEUED_LABELS, Benchmark, load_labels, misses,
                           report, run)
from checker.policy.loader import load_pack, resolve_pack

BASELINE = load_pack(resolve_pack(PACK, None))

RECALL_BAR = PRECISION_BAR = 0.90  # issue 15: "each at least 0.90"
# What the development sources give today (recall 0.841, precision 0.963 over 35,698 columns of 108
# sources, the second to seventeenth held-out sets included), less a little: a change that recognises
# less, or guesses worse, fails here. Raise the floors as the classifier improves.
DEVELOPMENT_FLOOR = {"recall": 0.838, "precision": 0.960}
# The catalog's low-confidence suggestions (PUR005 "may hold personal data", `privgate catalog`) on development
# columns labelled not personal: 119 of 175 today. A change that adds noise to what users review fails here.
MOST_FALSE_SUGGESTIONS = 119
# Since the seventeenth held-out set (GNUBOARD5, Documenso, Easy!Appointments, InvoicePlane, Workout.cool,
# Jellyfin) joined the development sources, as the sixth to sixteenth before it, recall is well below
# issue 15's bar: rules drawn from earlier schemas did not carry to them. Strict: the test fails as soon as the bar
# is met, so that this mark is removed then.
BAR_NOT_MET = "development recall 0.84 < 0.90 since the seventeenth held-out set joined (issue 15 stays open)"


@pytest.fixture(scope="module")
def scored() -> Benchmark:
    result = run()
    print("\n" + report(result))
    return result


def test_the_labels_are_a_benchmark_worth_the_name() -> None:
    """At least 300 labelled columns, 60 of them personal, from several sources and dialects."""
    sources = load_labels()
    labels = [label for spec in sources.values() for table in spec["tables"].values() for label in table.values()]
    assert len(labels) >= 300
    assert sum(label != NONE for label in labels) >= 60
    assert len(sources) >= 4
    assert len({spec["dialect"] for spec in sources.values()}) >= 2


def test_every_schema_replays_and_every_column_is_labelled(scored: Benchmark) -> None:
    for source in scored.sources:
        assert source.problems == [], f"{source.name}: the DDL does not replay cleanly"
        assert source.unlabelled == [], f"{source.name}: columns without a label"
        assert source.unknown == [], f"{source.name}: labels for columns the catalog does not have"


def test_development_figures_never_fall_below_their_floor(scored: Benchmark) -> None:
    development = scored.development
    assert development.recall >= DEVELOPMENT_FLOOR["recall"], report(scored)
    assert development.precision >= DEVELOPMENT_FLOOR["precision"], report(scored)


def test_suggestions_do_not_grow_noisier(scored: Benchmark) -> None:
    false = [column for column in scored.development.suggested if not column.labelled_personal]
    assert len(false) <= MOST_FALSE_SUGGESTIONS, "\n".join(
        f"{column.source}: {column.table}.{column.name} -> {column.suggestion}" for column in false)


@pytest.mark.xfail(strict=True, reason=BAR_NOT_MET)
def test_personal_columns_are_recognised_out_of_the_box(scored: Benchmark) -> None:
    development = scored.development
    assert development.recall >= RECALL_BAR and development.precision >= PRECISION_BAR, report(scored)


@pytest.mark.parametrize("path", [path for path in (HELD_OUT_LABELS, *QUEUED_LABELS) if path.exists()],
                         ids=lambda path: path.stem)
def test_the_held_out_labels_are_a_benchmark_worth_the_name(path) -> None:
    """At least 450 labelled columns, 110 of them personal, from four sources whose schemas no
    other labels use; each schema exists and each label is a key of the taxonomy. The sets queued
    after it (labelled blind, not yet measured) are checked the same way without being scored."""
    held_out = load_labels(path)
    others = {name: spec for other in (LABELS, HELD_OUT_LABELS, *QUEUED_LABELS) if other != path and other.exists()
              for name, spec in load_labels(other).items()}
    labels = [label for spec in held_out.values() for table in spec["tables"].values() for label in table.values()]
    assert len(labels) >= 450
    assert sum(label != NONE for label in labels) >= 110
    assert len(held_out) >= 4
    assert not set(held_out) & set(others)
    assert not {spec["file"] for spec in held_out.values()} & {spec["file"] for spec in others.values()}
    assert all((BENCHMARK / spec["file"]).is_file() for spec in held_out.values())
    assert set(labels) - {NONE} <= set(BASELINE.categories)


@pytest.mark.xfail(strict=False, reason="the held-out sources are not used for tuning; the bar is recall "
                   "and precision >= 0.90 on them too (figures and misses printed with -s)")
def test_personal_columns_of_held_out_schemas_are_recognised(scored: Benchmark) -> None:
    held_out = scored.held_out
    figures = "\n".join([f"held-out: {len(held_out.columns)} columns, {held_out.personal} personal, "
                         f"recall {held_out.recall:.2f}, precision {held_out.precision:.2f}, "
                         f"category {held_out.category_accuracy:.2f}"] + misses(held_out, "held-out: "))
    print("\n" + figures)
    assert held_out.columns and held_out.recall >= RECALL_BAR and held_out.precision >= PRECISION_BAR, figures


def test_the_harness_scores_what_the_catalog_says(tmp_path) -> None:
    """Categories declared in DDL comments reach the score through the project phase: a right
    declaration, a wrong one, a column nothing recognises, and labels out of step with the DDL."""
    schema = tmp_path / "clinic.sql"
    schema.write_text(
        "CREATE TABLE visits (c1 integer, diagnosis text, c3 text, c4 text, c5 text);\n"
        "COMMENT ON COLUMN visits.diagnosis IS 'privgate: special.health';\n"
        "COMMENT ON COLUMN visits.c4 IS 'privgate: special.health';\n", encoding="utf-8")
    labels = {"clinic": {"file": str(schema), "dialect": "postgres", "tables": {"visits": {
        "c1": "none", "diagnosis": "special.health", "c3": "special.religious_beliefs", "c4": "none",
        "c9": "none"}}}}
    [source] = run(labels).sources
    score = source.score
    assert [column.name for column in score.true_positives] == ["diagnosis"]
    assert [column.name for column in score.false_negatives] == ["c3"]
    assert [column.name for column in score.false_positives] == ["c4"]
    assert (score.recall, score.precision, score.category_accuracy) == (0.5, 0.5, 0.5)
    assert source.unlabelled == ["visits.c5"] and source.unknown == ["visits.c9"]
    assert "clinic: visits.c3  label=special.religious_beliefs  got=-" in report(run(labels))


def test_held_out_sources_are_scored_apart(tmp_path) -> None:
    """A source flagged `held_out` counts in the held-out figures and overall, not in the
    development ones; the report prints the parts apart and the held-out misses only on request."""
    schema = tmp_path / "crm.sql"
    schema.write_text("CREATE TABLE contacts (c1 text, c2 text);\n"
                      "COMMENT ON COLUMN contacts.c1 IS 'privgate: user.contact.email';\n", encoding="utf-8")
    tables = {"contacts": {"c1": "user.contact.email", "c2": "user.name"}}
    labels = {"seen": {"file": str(schema), "dialect": "postgres", "tables": tables},
              "unseen": {"file": str(schema), "dialect": "postgres", "tables": tables, "held_out": True}}
    scored = run(labels)
    assert [source.held_out for source in scored.sources] == [False, True]
    assert (len(scored.development.columns), len(scored.held_out.columns), len(scored.overall.columns)) == (2, 2, 4)
    assert [column.source for column in scored.held_out.false_negatives] == ["unseen"]
    text = report(scored)
    assert "unseen *" in text and "\nheld-out " in text and "\ndevelopment " in text
    assert "development: false negatives (personal, not recognised): 1\n  seen: contacts.c2" in text
    assert "unseen: contacts.c2" not in text  # held-out misses stay out of sight of whoever tunes
    assert "held-out: false negatives (personal, not recognised): 1\n  unseen: contacts.c2" in report(
        scored, held_out_misses=True)
