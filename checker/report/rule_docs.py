"""Where each rule's documentation lives on the web, and that page itself (docs/rules.md).

The page is rendered from the rules' own docs (the four sections `privgate explain` prints), so
it has one source; a test keeps the committed docs/rules.md equal to `rules_page()`. Each rule is
a heading of its own id, so its anchor is the lower-case id (`docs/rules.md#pur001`) whatever the
rule is named.

Reports link there (SARIF `helpUri`, the Markdown summary). The base URL is
`PRIVGATE_RULE_DOCS_URL` when set (the GitHub Action sets it to the action's own repository and
ref, so links match the version that produced the finding), else DEFAULT_DOCS_URL.
"""

from __future__ import annotations

import os

from checker.rules import ALL_RULES
from checker.rules.base import Rule

DEFAULT_DOCS_URL = "https://github.com/privgate/privgate/blob/main/docs/rules.md"
DOCS_URL_VARIABLE = "PRIVGATE_RULE_DOCS_URL"


def help_uri(rule_id: str) -> str:
    """The absolute URL of `rule_id`'s section of the rule docs."""
    base = os.environ.get(DOCS_URL_VARIABLE, "").strip() or DEFAULT_DOCS_URL
    return f"{base.split('#', 1)[0]}#{rule_id.lower()}"


def rules_page() -> str:
    """docs/rules.md: every rule under a heading of its id, with the four documented sections."""
    parts = ["# privgate rules", "",
             "Generated from the rules' own documentation (`privgate explain ID` prints the same with the",
             "clauses of the packs in force). Regenerate with "
             "`PRIVGATE_UPDATE_SNAPSHOTS=1 pytest tests/test_report_formats.py`.", "",
             "| id | name | family | default severity |", "|---|---|---|---|"]
    parts += [f"| [{rule.id}](#{rule.id.lower()}) | `{rule.name}` | {rule.family} | {rule.severity} |"
              for rule in ALL_RULES]
    for rule in ALL_RULES:
        parts += ["", *_section(rule)]
    return "\n".join(parts) + "\n"


def _section(rule: Rule) -> list[str]:
    doc = rule.doc
    language = "csv" if doc.dataset is not None else "sql"
    lines = [f"## {rule.id}", "",
             f"`{rule.name}` · family {rule.family} · default severity {rule.severity}", "",
             rule.summary, "", f"**What it checks.** {doc.what}", "", f"**Why.** {doc.why}", ""]
    if doc.dataset is not None:
        import json

        lines += ["**Dataset entry** (a `datasets:` item of privgate.yaml, without its path):", "",
                  "```json", json.dumps(doc.dataset, sort_keys=True), "```", ""]
    lines += ["**Failing example**", "", f"```{language}", doc.failing.strip(), "```", "",
              "**Passing example**", "", f"```{language}", doc.passing.strip(), "```"]
    return lines
