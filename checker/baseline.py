"""Baselines: accept today's findings once, fail only on new ones.

Findings are keyed by their fingerprint (rule, file, subject, and the statement as sqlglot
normalizes it), so moving a query or reformatting it does not bring an accepted finding back.
The file is sorted JSON, friendly to code review.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from checker.errors import ConfigError
from checker.findings import Finding

VERSION = 1


def render_baseline(findings: list[Finding]) -> str:
    entries = sorted(
        ({"fingerprint": f.fingerprint, "rule_id": f.rule_id, "path": f.path, "subject": f.subject}
         for f in findings),
        key=lambda entry: (entry["path"], entry["rule_id"], entry["subject"] or "", entry["fingerprint"]),
    )
    return json.dumps({"version": VERSION, "tool": "privgate", "findings": entries}, indent=2) + "\n"


def load_baseline(path: Path) -> Counter[str]:
    """Fingerprints and how many findings each one accepts. Only a regular file of bounded size is
    read, and its shape is checked before use."""
    from checker.safe_read import load_json, read_bytes

    try:
        document = load_json(read_bytes(path))
    except OSError as error:
        raise ConfigError(f"cannot read baseline: {error.strerror or error}", str(path)) from None
    except json.JSONDecodeError as error:
        raise ConfigError(f"invalid baseline JSON: {error.msg}", str(path), error.lineno, error.colno) from None
    except (UnicodeDecodeError, ValueError) as error:
        raise ConfigError(f"invalid baseline JSON: {error}", str(path)) from None
    entries = document.get("findings") if isinstance(document, dict) else None
    if not isinstance(entries, list) or not all(
            isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str) for entry in entries):
        raise ConfigError("not a privgate baseline (expected {\"findings\": [{\"fingerprint\": \"...\"}]})",
                          str(path))
    return Counter(entry["fingerprint"] for entry in entries)


def without_baselined(findings: list[Finding], baseline: Counter[str]) -> tuple[list[Finding], int]:
    """Findings the baseline does not accept, and how many it hid. Input problems count too: a team
    that accepted an unparsable legacy file in its baseline fails only on new ones."""
    remaining = Counter(baseline)
    new: list[Finding] = []
    hidden = 0
    for finding in findings:
        if remaining[finding.fingerprint] > 0:
            remaining[finding.fingerprint] -= 1
            hidden += 1
        else:
            new.append(finding)
    return new, hidden
