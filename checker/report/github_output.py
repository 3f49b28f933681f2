"""`--format github-output`: the scan's counts as `name=value` lines for `$GITHUB_OUTPUT`.

The GitHub Action writes them with `--output github-output=$GITHUB_OUTPUT`, so its outputs
(`errors`, `warnings`, `infos`, `findings`, `suppressed`, `baselined`, `coverage`) come from the
same scan as the other reports, with no parsing of a report in the shell.
"""

from __future__ import annotations

from collections import Counter

from checker.results import ScanResult


def render(result: ScanResult, colour: bool = False) -> str:
    counts = Counter(finding.severity for finding in result.findings)
    values = {
        "findings": len(result.findings),
        "errors": counts["error"],
        "warnings": counts["warning"],
        "infos": counts["info"],
        "suppressed": len(result.suppressed),
        "baselined": result.baselined,
        "coverage": result.coverage.shown(),  # `n/a` when nothing was found to check
    }
    return "".join(f"{name}={value}\n" for name, value in values.items())
