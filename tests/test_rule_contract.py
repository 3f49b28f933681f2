"""Each rule judges its own subject: table rules a catalog table (with the suppressions on its
CREATE statement), statement rules that ignore the pack a statement once with every pack in force."""

from __future__ import annotations

from pathlib import Path

from helpers import scan_snippet

SCHEMA_PROJECT = {"catalog": {"ddl": ["*.sql"]}}
ACCESS_LOG = ("CREATE TABLE access_log (ip_address inet, logged_at timestamptz);\n"
              "COMMENT ON COLUMN access_log.ip_address IS 'privgate: activity.ip_address';\n")


def test_a_reasoned_ignore_on_create_table_suppresses_the_table_rule(tmp_path: Path) -> None:
    reason = "DPO decision 12: the platform team's nightly job purges it"
    result = scan_snippet(tmp_path, f'-- privgate: ignore[RET005] reason="{reason}"\n' + ACCESS_LOG,
                          config=SCHEMA_PROJECT)
    assert "RET005" not in {f.rule_id for f in result.findings}
    assert [(s.finding.rule_id, s.finding.line, s.reason) for s in result.suppressed] == [("RET005", 2, reason)]
    assert "SUP002" not in {f.rule_id for f in result.findings}  # the CREATE statement does not judge RET005


def test_an_ignore_on_create_table_is_judged_once(tmp_path: Path) -> None:
    """The comments on a CREATE TABLE apply to the statement and to its table; a missing reason is
    one SUP001, and a table rule that reports nothing is one SUP002."""
    (tmp_path / "bare").mkdir()
    (tmp_path / "stale").mkdir()
    bare = scan_snippet(tmp_path / "bare", "-- privgate: ignore[RET005]\n" + ACCESS_LOG, config=SCHEMA_PROJECT)
    assert sorted(f.rule_id for f in bare.findings) == ["RET005", "SUP001"]
    stale = scan_snippet(tmp_path / "stale", '-- privgate: ignore[TRF004] reason="moved to Frankfurt"\n' + ACCESS_LOG,
                         config=SCHEMA_PROJECT)
    assert sorted(f.rule_id for f in stale.findings) == ["RET005", "SUP002"]


def test_a_table_finding_is_at_the_create_statement_and_keeps_its_fingerprint_when_lines_move(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = scan_snippet(tmp_path / "a", ACCESS_LOG, config=SCHEMA_PROJECT)
    moved = scan_snippet(tmp_path / "b", "-- the access log of the web servers\n\n" + ACCESS_LOG, config=SCHEMA_PROJECT)
    [before] = [f for f in first.findings if f.rule_id == "RET005"]
    [after] = [f for f in moved.findings if f.rule_id == "RET005"]
    assert (before.line, after.line) == (1, 3)
    assert before.fingerprint == after.fingerprint


def test_purpose_rules_judge_a_statement_once_whatever_the_number_of_packs(tmp_path: Path) -> None:
    config = {"packs": ["mgt-solutions", "packs/test-extras.yaml"]}
    (tmp_path / "unknown").mkdir()
    (tmp_path / "none").mkdir()
    unknown = scan_snippet(tmp_path / "unknown", "-- privgate: purpose=growth_hacking\nSELECT email FROM accounts",
                           config=config)
    undeclared = scan_snippet(tmp_path / "none", "SELECT email FROM accounts", config=config)
    assert [(f.rule_id, f.pack) for f in unknown.findings if f.rule_id == "PUR003"] == [("PUR003", "mgt-solutions")]
    assert [(f.rule_id, f.pack) for f in undeclared.findings] == [("PUR002", "mgt-solutions")]
