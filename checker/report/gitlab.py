"""`--format gitlab`: GitLab Code Quality report (codeclimate JSON), shown on merge requests.

GitLab reads only `description`, `check_name`, `fingerprint`, `severity` and `location` (it ignores
the rest of the Code Climate spec, `content.body` included), so the policy clause (`Policy:` title,
section and quote) and the evidence (one `Evidence:` line per item) go in `description`. The
fingerprint is the finding's own, which never includes the evidence: GitLab matches issues between
the base and head pipelines by fingerprint, so rewording the evidence (or a new data sample) must
not make a known issue look resolved and a new one appear.
"""

from __future__ import annotations

import json

from checker.findings import Finding
from checker.results import ScanResult

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(result: ScanResult, colour: bool = False) -> str:
    issues = [
        {
            "type": "issue",
            "check_name": finding.rule_id,
            "description": _description(finding),
            "categories": ["Security"],
            "fingerprint": finding.fingerprint,
            "severity": SEVERITIES[finding.severity],
            "location": {"path": finding.path, "lines": {"begin": max(finding.line, 1)}},
        }
        for finding in result.findings
    ]
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def _description(finding: Finding) -> str:
    cited = finding.citation
    policy = f"\nPolicy: {cited.shown} § {cited.section}: \"{' '.join(cited.quote.split())}\"" if cited else ""
    return f"{finding.rule_id}: {finding.message}{policy}" + "".join(f"\nEvidence: {item}" for item in finding.evidence)
