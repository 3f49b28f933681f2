"""`--format sarif`: SARIF 2.1.0 for code-scanning alerts (GitHub, GitLab, Azure DevOps)."""

from __future__ import annotations

import json
from typing import Any

from checker import __version__
from checker.results import ScanResult
from checker.findings import Finding
from checker.rules import ALL_RULES
from checker.rules.base import Rule

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(result: ScanResult, colour: bool = False) -> str:
    index = {rule.id: position for position, rule in enumerate(ALL_RULES)}
    document = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "privgate",
                "version": __version__,
                "informationUri": "https://github.com/privgate/privgate",
                "rules": [_rule(rule) for rule in ALL_RULES],
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The scanned project's root"}}},
            "results": [_result(finding, index) for finding in result.findings]
                       + [_result(item.finding, index, item.reason, item.kind) for item in result.suppressed],
            "properties": {"coverage": result.coverage.to_dict()},
        }],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: Rule) -> dict[str, Any]:
    help_text = (f"{rule.doc.what}\n\nWhy: {rule.doc.why}\n\nFailing example:\n{rule.doc.failing}\n\n"
                 f"Passing example:\n{rule.doc.passing}")
    language = "csv" if rule.doc.dataset is not None else "sql"
    help_markdown = (f"{rule.doc.what}\n\n**Why:** {rule.doc.why}\n\n**Failing example**\n\n```{language}\n"
                     f"{rule.doc.failing}\n```\n\n**Passing example**\n\n```{language}\n{rule.doc.passing}\n```")
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc.what},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["privacy", rule.family]},
    }


def _result(finding: Finding, index: dict[str, int], suppressed_because: str | None = None,
            suppression_kind: str = "inSource") -> dict[str, Any]:
    text = finding.message
    if finding.citation:
        text += (f"\nPolicy: {finding.citation.policy} § {finding.citation.section}: "
                 f"\"{finding.citation.quote}\"")
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": index[finding.rule_id],
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": finding.path, "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": max(finding.line, 1), "startColumn": max(finding.column, 1)},
        }}],
        "partialFingerprints": {"privgate/v1": finding.fingerprint},
        "properties": {
            "family": finding.family,
            "subject": finding.subject,
            "category": finding.category,
            "purpose": finding.purpose,
            "pack": finding.pack,
            "citation": finding.citation.to_dict() if finding.citation else None,
            "evidence": list(finding.evidence),
        },
    }
    if finding.logical_location:  # a live database's table: no file holds it
        result["locations"][0]["logicalLocations"] = [
            {"fullyQualifiedName": finding.logical_location, "kind": "table"}]
    if suppressed_because is not None:
        result["suppressions"] = [{"kind": suppression_kind, "justification": suppressed_because}]
    return result
