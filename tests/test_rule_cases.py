"""Every case in tests/cases/*.yaml becomes one test: build a small project, run `privgate scan` on it
(in-process, JSON report), compare the rule ids found. tests/cases/README.md describes the format.

A case (all keys but `name` and `expect` optional; at least one input):

    name: or_bypass_of_consent          # the test id is <file>-<name>
    rule: CON001                        # the rule(s) the case is about; required when expect is []
    expect: [CON001]                    # the exact rule ids found (sorted multiset), [] for a pass
    lines: {CON001: 2}                  # line of the first finding of a rule
    cites: {CON002: "Right to object"}  # every finding of a rule cites a quote or section containing this
    as_of: 2026-11-24                   # the scan's --as-of (default 2026-11-24)
    dialect: snowflake                  # overrides the project's dialect
    config: {...}                       # merged over tests/cases/_project.yaml;
                                        #   `replace: [dotted.key]` drops a base key first
    sql: "SELECT ..."                   # written to `path` (default query.sql)
    path: models/marketing/q.sql
    ddl: "CREATE TABLE ..."             # written to schema/ddl.sql; catalog.ddl gets "schema/*.sql"
    files: {fides/crm.yml: "...", legacy.sql: {latin1: "..."}, blob.sql: {bytes_hex: "ff00"}}
    dataset: {file: audience.csv, text: "email,...", entry: {role: ..., columns: {...}}}
    scan: [query.sql]                   # paths to scan (default: the whole project folder)
    xfail: "reason"                     # a known product bug: the case must fail until it is fixed

A rule has a failing case when some case expects it, and a passing case when some case names it in
`rule:` without expecting it; `test_every_rule_has_a_failing_and_a_passing_case` holds every rule of
the registry to both.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.rules import ALL_RULES
from helpers import CASES, describe_findings, run_case

KEYS = {"name", "rule", "expect", "lines", "cites", "as_of", "dialect", "config", "sql", "path", "ddl", "files", "dataset",
        "scan", "xfail"}
INPUTS = ("sql", "ddl", "files", "dataset")
DATASET_KEYS = {"file", "text", "entry"}


def _load_cases() -> list[tuple[str, dict[str, Any]]]:
    """(test id, case) for every case of tests/cases/*.yaml; a malformed case fails collection naming it."""
    cases = []
    for file in sorted(CASES.glob("[!_]*.yaml")):
        for case in yaml.safe_load(file.read_text("utf-8"))["cases"]:
            where = f"{file.name}: case {case.get('name', '?')!r}"
            _validate(case, where)
            cases.append((f"{file.stem}-{case['name']}", case))
    return cases


def _validate(case: dict[str, Any], where: str) -> None:
    problems = [f"unknown key {key!r}" for key in case if key not in KEYS]
    problems += [f"missing {key!r}" for key in ("name", "expect") if key not in case]
    if not any(key in case for key in INPUTS):
        problems.append(f"no input (one of {', '.join(INPUTS)})")
    if case.get("expect") == [] and not case.get("rule"):
        problems.append("a passing case (expect: []) must name the rule it is about in `rule:`")
    if "dataset" in case and set(case["dataset"]) != DATASET_KEYS:
        problems.append(f"dataset needs exactly {', '.join(sorted(DATASET_KEYS))}")
    known = {rule.id for rule in ALL_RULES}
    unknown = [rule_id for rule_id in [*case.get("expect", []), *_about(case)] if rule_id not in known]
    problems += [f"unknown rule {rule_id}" for rule_id in unknown]
    if problems:
        raise ValueError(f"{where}: {'; '.join(problems)}")


def _about(case: dict[str, Any]) -> list[str]:
    rule = case.get("rule") or []
    return [rule] if isinstance(rule, str) else list(rule)


CASE_LIST = _load_cases()


def _params() -> list[Any]:
    """One pytest param per case; a case with `xfail: reason` must fail (strict) until the bug is fixed."""
    return [pytest.param(case, id=case_id,
                         marks=[pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else [])
            for case_id, case in CASE_LIST]


@pytest.mark.parametrize("case", _params())
def test_rule_case(case: dict[str, Any], tmp_path: Path) -> None:
    exit_code, report = run_case(tmp_path, case)
    findings = report["findings"]
    found = sorted(finding["rule_id"] for finding in findings)
    details = describe_findings(findings)
    assert found == sorted(case["expect"]), f"findings:\n{details}"
    input_problem = any(finding["family"] == "input" for finding in findings)
    assert exit_code == (2 if input_problem else 1 if any(f["severity"] == "error" for f in findings) else 0), \
        f"exit code {exit_code}\n{details}"
    for rule_id, line in (case.get("lines") or {}).items():
        first = next(f for f in findings if f["rule_id"] == rule_id)
        assert first["line"] == line, f"{rule_id} at line {first['line']}, expected {line}\n{details}"
    for rule_id, words in (case.get("cites") or {}).items():
        cited = [f["citation"] or {} for f in findings if f["rule_id"] == rule_id]
        assert cited and all(words in f"{c.get('section')}: {c.get('quote')}" for c in cited), \
            f"{rule_id} cites {cited}, expected {words!r}"


def _coverage() -> tuple[set[str], set[str]]:
    """Rule ids with a failing case, and with a passing case (named in `rule:`, not expected); xfail
    cases show nothing."""
    failing: set[str] = set()
    passing: set[str] = set()
    for _, case in CASE_LIST:
        if "xfail" in case:
            continue
        failing.update(case["expect"])
        passing.update(rule_id for rule_id in _about(case) if rule_id not in case["expect"])
    return failing, passing


def test_every_rule_has_a_failing_and_a_passing_case() -> None:
    failing, passing = _coverage()
    missing = {rule.id: [kind for kind, ids in (("failing", failing), ("passing", passing)) if rule.id not in ids]
               for rule in ALL_RULES}
    assert {rule_id: kinds for rule_id, kinds in missing.items() if kinds} == {}


def test_a_case_without_an_input_is_rejected() -> None:
    with pytest.raises(ValueError, match="x.yaml: case 'empty': no input"):
        _validate({"name": "empty", "expect": [], "rule": "PUR001"}, "x.yaml: case 'empty'")
