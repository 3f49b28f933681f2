"""`--format json`: one object, stable key order and finding order, for tools and tests."""

from __future__ import annotations

import json
from collections import Counter

from checker.results import ScanResult


def render(result: ScanResult, colour: bool = False) -> str:
    by_severity = Counter(finding.severity for finding in result.findings)
    by_family = Counter(finding.family for finding in result.findings)
    document = {
        "version": 1,
        "findings": [finding.to_dict() for finding in result.findings],
        "suppressed": [item.finding.to_dict() | {"reason": item.reason} for item in result.suppressed],
        "summary": {
            "files": result.files,
            "statements": result.statements,
            "changelog_changes": result.changelog_changes,
            "tables": result.tables,
            "columns": {"total": result.columns, "personal": result.personal_columns,
                        "without_category": result.uncategorised_columns},
            "datasets": result.datasets,
            "unreadable_files": result.unreadable,
            "findings": len(result.findings),
            "suppressed": len(result.suppressed),
            "baselined": result.baselined,
            "turned_off": result.turned_off,
            "input_problems_turned_off": result.inputs_turned_off,
            "coverage": result.coverage.to_dict(),  # percent null when nothing was found to check
            "nothing_read": result.read_nothing,
            "left_out": [{"path": where, "reason": why, "files": files} for where, why, files in result.left_out],
            "tables_outside_catalog": [{"path": path, "line": line, "table": table}
                                       for path, line, table in result.outside_catalog],
            "dbt_missing_nodes": [{"node": node, "models": models} for node, models in result.missing_by_node().items()],
            "by_severity": {key: by_severity.get(key, 0) for key in ("error", "warning", "info")},
            "by_family": dict(sorted(by_family.items())),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
