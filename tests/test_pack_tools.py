"""`privgate pack new` and `privgate pack check`, and the README guide "Write the pack for your policy"
run end to end: scaffold, the guide's edits, check, scan of the sample project (fixtures/own-policy)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from checker.policy.loader import load_pack

REPO = Path(__file__).resolve().parents[1]
OWN = REPO / "fixtures" / "own-policy"
SCHEMA_LINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")
# What the sample project breaks: one promise per family (fixtures/own-policy/README.md).
EXPECTED = [
    ("CON001", "sql/newsletter/send_newsletter.sql", 2, "Newsletter"),
    ("PUR001", "sql/newsletter/newsletter_with_phone.sql", 2, "Newsletter"),
    ("REC001", "sql/exports/customers_to_ad_partner.sql", 3, "Who receives your data"),
    ("RET001", "sql/maintenance/purge_customers.sql", 2, "How long we keep it"),
    ("TRF001", "sql/exports/orders_to_us_bi.sql", 3, "Where your data is"),
]
TITLE = "Kafene Coffee Roasters privacy policy"


def privgate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(REPO)})


def guide_steps() -> tuple[list[str], list[dict[str, Any]]]:
    """The README guide's shell commands and its `yaml kafene.yaml` blocks, in order."""
    readme = (REPO / "README.md").read_text("utf-8")
    start = readme.index("### Write the pack for your policy")
    section = readme[start:readme.index("\n## ", start)]
    blocks = re.findall(r"```(\w+)( \S+)?\n(.*?)```", section, flags=re.S)
    commands = [line for kind, _, body in blocks if kind == "sh"
                for line in body.replace("\\\n", " ").splitlines() if line.startswith("privgate ")]
    edits = [yaml.safe_load(body) for kind, name, body in blocks if kind == "yaml" and name.strip() == "kafene.yaml"]
    return commands, edits


def merge(base: dict[str, Any], edit: dict[str, Any], top: bool = True) -> dict[str, Any]:
    """An edit as the guide means it: mappings merge key by key, the pack's top-level lists (clauses,
    retention, consent, recipients) grow, anything else is replaced."""
    merged = dict(base)
    for key, value in edit.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value, top=False)
        elif top and isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = merged[key] + value
        else:
            merged[key] = value
    return merged


def pack_model(pack: Any) -> tuple[Any, ...]:
    return (pack.id, pack.title, pack.policy, pack.citation, pack.categories, pack.purposes, pack.retention,
            pack.transfer, pack.consent, pack.recipients, pack.clauses, pack.extends)


def test_scaffold_names_the_installed_schema_and_is_refused_until_its_todos_are_replaced(tmp_path: Path) -> None:
    made = privgate("pack", "new", "acme", "--output", "policy/acme.yaml", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    text = (tmp_path / "policy" / "acme.yaml").read_text("utf-8")
    first = text.splitlines()[0]
    match = SCHEMA_LINE.match(first)
    assert match, first
    schema = (tmp_path / "policy" / match.group(1)).resolve()
    assert schema == REPO / "checker" / "schemas" / "pack.schema.json"
    assert json.loads(schema.read_text("utf-8"))["title"] == "privgate rule pack"
    for family in ("purposes:", "# retention:", "# transfer:", "# consent:", "# recipients:", "clauses: []"):
        assert family in text
    checked = privgate("pack", "check", "policy/acme.yaml", cwd=tmp_path)
    assert checked.returncode == 2
    assert re.fullmatch(r"privgate: error: policy/acme\.yaml:\d+:\d+: citation\.section: placeholder left .*\n",
                        checked.stderr), checked.stderr
    again = privgate("pack", "new", "acme", "--output", "policy/acme.yaml", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr


@pytest.mark.parametrize(("content", "message"), [
    ("id: acme\ntitle: Acme\npolicy: p\ncategories: {}\npurposes: {}\n", r"acme\.yaml:4:1: categories: .*non-empty"),
    ("id: acme\ntitle: Acme\npolicy: p\ncategories:\n  a: {name: A}\npurposes:\n  p:\n    name: P\n"
     "    legal_basis: contract\n    categories: [b]\n    citation: {section: s, quote: q}\n",
     r"acme\.yaml:10:\d+: unknown category 'b'"),
    ("id: acme\ntitle: Acme\npolicy: p\ncategories:\n  a: {name: A}\npurposes: {}\nrecipients:\n"
     "  - {id: x, name: X, kind: friend, citation: {section: s, quote: q}}\n", r"acme\.yaml:8:\d+: .*kind"),
])
def test_check_reports_one_line_with_file_and_line(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "acme.yaml").write_text(content, "utf-8")
    result = privgate("pack", "check", "acme.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and re.search(message, result.stderr), result.stderr


def test_the_readme_guide_runs_end_to_end(tmp_path: Path) -> None:
    commands, edits = guide_steps()
    assert len(edits) == 6  # the data, purpose, retention, transfer, consent, recipients
    project = tmp_path / "project"
    shutil.copytree(OWN / "project", project)
    (project / "kafene.yaml").unlink()  # the guide writes it
    new, check, scan = commands
    made = privgate(*_arguments(new), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    pack_file = project / "kafene.yaml"
    scaffold_text = pack_file.read_text("utf-8")
    data = yaml.safe_load(scaffold_text)
    for edit in edits:
        data = merge(data, edit)
    pack_file.write_text(scaffold_text.splitlines()[0] + "\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                         "utf-8")
    checked = privgate(*_arguments(check), cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"project/kafene.yaml: valid pack '{TITLE}'")
    assert "kafene (Kafene Coffee Roasters privacy policy, Kafene privacy policy, version 2.1): 5 enforced, 0 partial, 1 left out; extends gdpr-baseline" in checked.stdout
    assert pack_model(load_pack(pack_file)) == pack_model(load_pack(OWN / "project" / "kafene.yaml"))
    scanned = privgate(*_arguments(scan), "--format", "json", "--as-of", "2026-11-24", "--no-cache", cwd=tmp_path)
    assert scanned.returncode == 1, scanned.stderr
    findings = json.loads(scanned.stdout)["findings"]
    found = sorted((f["rule_id"], f["path"].removeprefix("project/"), f["line"], f["citation"]["section"])
                   for f in findings)
    assert found == EXPECTED
    assert {f["citation"]["title"] for f in findings} == {TITLE}


def test_text_findings_show_the_policy_title_not_its_file_name() -> None:
    result = privgate("scan", "fixtures/demo", "--as-of", "2026-11-24", "--no-cache", cwd=REPO)
    assert "policy: MGT Solutions privacy policy (MGT Connect) § " in result.stdout
    assert "000_7c246c189cf39d87.txt" not in result.stdout


def _arguments(command: str) -> list[str]:
    """A guide command's arguments after `privgate`, without its trailing comment."""
    import shlex

    return shlex.split(command.split("  #")[0])[1:]


def test_new_refuses_a_name_that_is_no_pack_id(tmp_path: Path) -> None:
    result = privgate("pack", "new", "Acme Policy", cwd=tmp_path)
    assert result.returncode == 2 and list(tmp_path.iterdir()) == []
    assert result.stderr == ("privgate: error: pack name 'Acme Policy' must be lower case letters, digits, '-' or '_', "
                             "starting with a letter\n")


def test_a_purpose_under_a_pack_without_purposes_says_where_purposes_come_from(tmp_path: Path) -> None:
    """gdpr-baseline defines no purposes: PUR003 says so and names the way out, not an empty list."""
    (tmp_path / "privgate.yaml").write_text("packs: [gdpr-baseline]\n")
    (tmp_path / "q.sql").write_text("-- privgate: purpose=analytics\nSELECT email FROM customers;\n")
    result = privgate("scan", "--format", "json", "q.sql", cwd=tmp_path)
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["rule_id"] == "PUR003"]
    assert finding["message"] == ("purpose 'analytics' is not defined in the rule packs in force (they define no "
                                  "purposes: use your company's pack, or write one with `privgate pack new`)")
