"""`--format gitlab`: GitLab Code Quality report (codeclimate JSON), shown on merge requests."""

from __future__ import annotations

import json

from checker.results import ScanResult

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(result: ScanResult, colour: bool = False) -> str:
    issues = [
        {
            "type": "issue",
            "check_name": finding.rule_id,
            "description": f"{finding.rule_id}: {finding.message}",
            "categories": ["Security"],
            "fingerprint": finding.fingerprint,
            "severity": SEVERITIES[finding.severity],
            "location": {"path": finding.path, "lines": {"begin": max(finding.line, 1)}},
        }
        for finding in result.findings
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
