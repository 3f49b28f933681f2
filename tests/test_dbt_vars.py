"""Vars given to a dbt project from outside it (`--vars`, `catalog: dbt_vars:`), as `dbt run --vars`
gives them: projects such as Tuva enable whole folders of models only under such vars."""

from __future__ import annotations

import contextlib
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from checker.cli import main
from checker.config import load_config
from checker.dbt_vars import VARS_VARIABLE
from checker.engine import load_project

# The shape of tuva-health/tuva (Apache-2.0): a folder enabled only under a var that defaults to
# false, and a model whose Jinja leaves no query while it is off
PROJECT = """
name: claims_mart
model-paths: [models]
vars: {claims_enabled: false, member_table: stg_members}
models:
  claims_mart:
    claims:
      +enabled: "{{ var('claims_enabled', false) | as_bool }}"
"""
SOURCES = """
version: 2
sources:
  - name: raw
    tables:
      - name: eligibility
        columns: [{name: member_id}, {name: email}, {name: birth_date}]
"""
MEMBERS = """
with eligible as (
{% if var('claims_enabled', false) | as_bool %}
    select member_id, email, birth_date from {{ source('raw', 'eligibility') }}
{% endif %}
)
select * from eligible
"""


@pytest.fixture(autouse=True)
def no_vars_from_an_earlier_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """--vars reaches scan workers through the environment; each test starts, and ends, without it."""
    monkeypatch.setenv(VARS_VARIABLE, "")


def _project(root: Path, config: dict[str, Any] | None = None) -> Path:
    files = {"privgate.yaml": yaml.safe_dump({"packs": ["gdpr-baseline"], **(config or {})}),
             "dbt_project.yml": PROJECT, "models/sources.yml": SOURCES, "models/claims/members.sql": MEMBERS}
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")
    return root


def _scan(root: Path, *options: str) -> tuple[int, dict[str, Any], str]:
    with contextlib.chdir(root):
        run = CliRunner().invoke(main, ["scan", ".", "--format", "json", "--no-cache", *options])
    if run.exception is not None and not isinstance(run.exception, SystemExit):
        raise run.exception
    try:
        return run.exit_code, json.loads(run.stdout), run.stderr
    except json.JSONDecodeError:
        return run.exit_code, {}, run.output


def test_a_model_disabled_under_the_projects_vars_says_how_to_give_them(tmp_path: Path) -> None:
    code, report, _ = _scan(_project(tmp_path))
    [problem] = [finding for finding in report["findings"] if finding["rule_id"].startswith("INP")]
    assert code == 2 and problem["path"] == "models/claims/members.sql"
    assert "sets enabled to false" in problem["message"] and "--vars '{name: value}'" in problem["message"]


def test_vars_on_the_command_line_enable_the_model_as_dbt_run_would(tmp_path: Path) -> None:
    code, report, _ = _scan(_project(tmp_path), "--vars", "{claims_enabled: true}")
    assert not [finding for finding in report["findings"] if finding["rule_id"].startswith("INP")]
    coverage = report["summary"]["coverage"]
    assert (coverage["models_found"], coverage["models_checked"], coverage["percent"]) == (1, 1, 100.0)
    assert {finding["rule_id"] for finding in report["findings"]} == {"PUR002", "CHD003"}  # email, birth_date read
    assert code == 0


def test_the_configs_dbt_vars_enable_it_too(tmp_path: Path) -> None:
    code, report, _ = _scan(_project(tmp_path, {"catalog": {"dbt_vars": {"claims_enabled": True}}}))
    assert not [finding for finding in report["findings"] if finding["rule_id"].startswith("INP")]


def test_command_line_vars_win_over_the_configs_which_win_over_the_projects(tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    root = _project(tmp_path, {"catalog": {"dbt_vars": {"member_table": "from_config", "claims_enabled": True}}})
    assert load_project(load_config(root / "privgate.yaml")).dbt.vars_for("claims_mart") == {
        "claims_enabled": True, "member_table": "from_config"}
    monkeypatch.setenv(VARS_VARIABLE, "member_table: from_command_line")
    assert load_project(load_config(root / "privgate.yaml")).dbt.vars_for("claims_mart") == {
        "claims_enabled": True, "member_table": "from_command_line"}


def test_a_required_var_can_be_given_on_the_command_line(tmp_path: Path) -> None:
    root = _project(tmp_path)
    (root / "models/claims/members.sql").write_text("select member_id, email from {{ var('eligibility_relation') }}\n")
    _, report, _ = _scan(root, "--vars", "{claims_enabled: true}")
    [problem] = [finding for finding in report["findings"] if finding["rule_id"].startswith("INP")]
    assert "Required var 'eligibility_relation' not found" in problem["message"]
    assert "--vars '{eligibility_relation: ...}'" in problem["message"]
    _, report, _ = _scan(root, "--vars", "{claims_enabled: true, eligibility_relation: raw.eligibility}")
    assert not [finding for finding in report["findings"] if finding["rule_id"].startswith("INP")]


@pytest.mark.parametrize(("given", "message"), [
    ("claims_enabled: [", "Invalid value for '--vars': not a YAML mapping at column"),
    ("[claims_enabled]", "Invalid value for '--vars': expected a YAML mapping of var names to values"),
])
def test_vars_that_are_no_mapping_are_a_usage_error(tmp_path: Path, given: str, message: str) -> None:
    code, _, output = _scan(_project(tmp_path), "--vars", given)
    assert code == 2 and message in output and "Traceback" not in output


def test_config_dbt_vars_that_are_no_mapping_are_named_at_their_line(tmp_path: Path) -> None:
    code, _, output = _scan(_project(tmp_path, {"catalog": {"dbt_vars": "claims_enabled=true"}}))
    assert code == 2 and "privgate.yaml" in output and "dbt_vars" in output and "Traceback" not in output
