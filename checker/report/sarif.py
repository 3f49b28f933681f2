"""`--format sarif`: SARIF 2.1.0 for code-scanning alerts (GitHub, GitLab, Azure DevOps).

Beyond what the schema requires, it carries what GitHub code scanning reads: each rule's `helpUri`
(its section of docs/rules.md, see `rule_docs`), `help.markdown`, `properties.tags`, `precision`
and, for the privacy rules, `security-severity` (tagged `security`, so they are security alerts);
`automationDetails.id` (one category per tool run: `PRIVGATE_SARIF_CATEGORY`, default `privgate`,
so two scans of one repository, e.g. two folders, can each keep their alerts); artifact URIs
percent-encoded and relative to `%SRCROOT%`, declared in `originalUriBaseIds` as the report root's
`file://` URI; `partialFingerprints` that do not move with the line.

Built as plain dicts and json.dumps, by choice: Microsoft's sarif-om is an attrs object model with
no serialiser of its own (its classes need a custom encoder to become SARIF JSON), so it would add
a dependency and code; the tests validate every report against the official SARIF 2.1.0 schema.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from checker import __version__
from checker.report.rule_docs import help_uri
from checker.results import ScanResult, nothing_read_described
from checker.findings import Finding
from checker.rules import ALL_RULES
from checker.rules.base import Rule

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# GitHub ranks security-severity: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
SECURITY_SEVERITY = {"error": "7.5", "warning": "5.0", "info": "2.0"}
NOT_SECURITY = {"input", "suppression"}  # what privgate could not read, and suppression hygiene
# How often a finding of the rule is a true violation: rules on lineage, parsed SQL and counted rows
# see what is there; those on columns that only look personal, or on detector matches, guess more.
PRECISION = {"PUR005": "low", "PUR004": "medium"}
CATEGORY_VARIABLE = "PRIVGATE_SARIF_CATEGORY"


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
            "automationDetails": {"id": f"{_category()}/"},
            "originalUriBaseIds": {"%SRCROOT%": _root(result)},
            "results": [_result(finding, index) for finding in result.findings]
                       + [_result(item.finding, index, item.reason, item.kind) for item in result.suppressed],
            "properties": {"coverage": result.coverage.to_dict()},  # percent null when nothing was found to check
        }],
    }
    if result.read_nothing:  # no results must not read as a clean pass: the tool says it read nothing
        document["runs"][0]["invocations"] = [_read_nothing(result)]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _read_nothing(result: ScanResult) -> dict[str, Any]:
    """The invocation of a scan that read nothing, with a notification saying so (an error when the run fails for it)."""
    return {"executionSuccessful": not result.empty_gate,
            "toolExecutionNotifications": [{"level": "error" if result.empty_gate else "warning",
                                            "message": {"text": nothing_read_described(result)}}]}


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
        "helpUri": help_uri(rule.id),
        "properties": _rule_properties(rule),
    }


def _rule_properties(rule: Rule) -> dict[str, Any]:
    if rule.family in NOT_SECURITY:
        return {"tags": ["privgate", rule.family], "precision": "very-high"}
    return {"tags": ["security", "privacy", rule.family], "precision": PRECISION.get(rule.id, "high"),
            "security-severity": SECURITY_SEVERITY[rule.severity]}


def _category() -> str:
    return os.environ.get(CATEGORY_VARIABLE, "").strip().strip("/") or "privgate"


def _root(result: ScanResult) -> dict[str, Any]:
    """%SRCROOT%: the folder every relative path in the report is relative to (git's top level)."""
    base: dict[str, Any] = {"description": {"text": "The root of the scanned repository"}}
    if result.run.root is not None:
        base["uri"] = result.run.root.resolve().as_uri().rstrip("/") + "/"
    return base


def _artifact(path: str) -> dict[str, str]:
    """A percent-encoded URI reference (RFC 3986: spaces, commas, `%`, non-ASCII as UTF-8 bytes)."""
    if path.startswith("/"):
        return {"uri": PurePosixPath(path).as_uri()}
    return {"uri": quote(path, safe="/"), "uriBaseId": "%SRCROOT%"}


def _result(finding: Finding, index: dict[str, int], suppressed_because: str | None = None,
            suppression_kind: str = "inSource") -> dict[str, Any]:
    text = finding.message
    if finding.citation:
        text += (f"\nPolicy: {finding.citation.shown} § {finding.citation.section}: "
                 f"\"{finding.citation.quote}\"")
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": index[finding.rule_id],
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": _artifact(finding.path),
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
