"""Every case in tests/cases/*.yaml becomes one test: scan the SQL, compare the rule ids found.

A case has `name`, `sql`, `expect` (the exact list of rule ids) and optionally `lines`, `dialect`,
`path` (for purpose globs), `as_of`, and `config` merged over tests/cases/_project.yaml
(`config.replace: [dotted.key]` drops a key of the base project instead of merging into it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import CASES, scan_snippet


def _cases():
    for file in sorted(CASES.glob("[!_]*.yaml")):
        for case in yaml.safe_load(file.read_text("utf-8"))["cases"]:
            yield pytest.param(case, id=f"{file.stem}-{case['name']}")


@pytest.mark.parametrize("case", list(_cases()))
def test_rule_case(case: dict, tmp_path: Path) -> None:
    result = scan_snippet(
        tmp_path, case["sql"], config=case.get("config"), path=case.get("path", "query.sql"),
        dialect=case.get("dialect"), **({"as_of": case["as_of"]} if "as_of" in case else {}),
    )
    found = sorted(finding.rule_id for finding in result.findings)
    details = "\n".join(f"  {f.rule_id} {f.line}:{f.column} {f.message}" for f in result.findings)
    assert found == sorted(case["expect"]), f"findings:\n{details or '  none'}"
    for rule_id, line in (case.get("lines") or {}).items():
        first = next(f for f in result.findings if f.rule_id == rule_id)
        assert first.line == line, f"{rule_id} at line {first.line}, expected {line}\n{details}"
