"""dbt projects: models rendered in a sandbox with their line numbers, schema-file annotations,
purposes from meta and folders, lineage across models, and the manifest when it is there."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from checker.config import load_config
from checker.engine import ScanResult, collect_files, load_project, scan
from helpers import DEFAULT_AS_OF

SOURCES = """
version: 2
sources:
  - name: crm
    schema: public
    tables:
      - name: accounts
        columns:
          - {name: id, meta: {privgate: none}}
          - {name: email, meta: {privgate: account.email}}
          - {name: full_name, meta: {contains_pii: true}}
          - {name: last_login_at, tags: [pii]}
          - {name: created_at}
      - name: consents
        columns:
          - {name: account_id}
          - {name: marketing_email, meta: {privgate: consent.marketing_email}}
          - {name: withdrawn_at, meta: {privgate: consent.withdrawal}}
"""
PROJECT = """
name: shop
model-paths: [models]
vars: {since: "2025-01-01"}
models:
  shop:
    marketing:
      +meta: {purpose: marketing}
"""


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")


def _scan(root: Path, models: dict[str, str], extra: dict[str, str] | None = None) -> ScanResult:
    _write(root, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
                  "models/sources.yml": SOURCES, **models, **(extra or {})})
    project = load_project(load_config(root / "privgate.yaml"))
    return scan(project, collect_files(project, [root]), DEFAULT_AS_OF)


STAGING = """
    {{ config(
        materialized='view'
    ) }}
    select id as account_id, {{ clean('email') }} as email, full_name, last_login_at
    from {{ source('crm', 'accounts') }}
    where created_at >= '{{ var("since") }}'
    """


def test_models_render_in_place_and_lineage_crosses_models(tmp_path: Path) -> None:
    result = _scan(tmp_path, {
        "models/staging/stg_accounts.sql": "-- privgate: purpose=user_account\n" + textwrap.dedent(STAGING),
        "models/marketing/audience.sql": "select s.email\nfrom {{ ref('stg_accounts') }} s\n",
        "macros/clean.sql": "{% macro clean(column) %}lower(trim({{ column }})){% endmacro %}\n",
    })
    found = sorted((f.rule_id, f.path, f.line) for f in result.findings)
    assert found == [("CON001", "models/marketing/audience.sql", 1)]  # the macros folder is not scanned


def test_rendered_statements_keep_their_lines(tmp_path: Path) -> None:
    result = _scan(tmp_path, {
        "models/staging/stg_accounts.sql": textwrap.dedent(STAGING),
        "macros/clean.sql": "{% macro clean(column) %}lower({{ column }}){% endmacro %}\n",
    })
    [finding] = result.findings
    assert (finding.rule_id, finding.line) == ("PUR002", 4)  # the select after a three-line config block


def test_schema_file_annotations_and_pii_tags_reach_the_catalog(tmp_path: Path) -> None:
    _write(tmp_path, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
                      "models/sources.yml": SOURCES})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    accounts = catalog.table("public.accounts")
    assert accounts.columns == {"id": None, "email": "account.email", "full_name": "account.name",
                                "last_login_at": "account.login", "created_at": None}
    assert accounts.inferred == {"full_name", "last_login_at"}  # pii markers say personal; the name says which


def test_model_purpose_from_meta_wins_over_its_folder(tmp_path: Path) -> None:
    result = _scan(tmp_path, {
        "models/marketing/support_view.sql": "select email from {{ source('crm', 'accounts') }}\n",
        "models/marketing/schema.yml": "version: 2\nmodels:\n  - name: support_view\n    meta: {purpose: customer_service}\n",
    })
    assert result.findings == []  # customer_service may read e-mail addresses; marketing would need consent


@pytest.mark.parametrize("template, message", [
    ("{% include '/etc/passwd' %}", "cannot render"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "cannot render"),
    ("{{ dbt_utils.star(ref('x')) }}", "'dbt_utils' is not available"),
    ("{% for i in range(10**12) %}x{% endfor %}", "cannot render"),
])
def test_jinja_is_sandboxed(tmp_path: Path, template: str, message: str) -> None:
    result = _scan(tmp_path, {"models/marketing/evil.sql": f"select 1 as x\n-- {template}\n"})
    [problem] = result.findings
    assert problem.rule_id == "INP001" and message in problem.message and problem.path == "models/marketing/evil.sql"


def test_env_var_yields_its_default_not_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_SCHEMA", "leaked")
    from checker.readers.dbt import load_dbt_project, render

    _write(tmp_path, {"dbt_project.yml": PROJECT, "models/a.sql": "x"})
    project = load_dbt_project(tmp_path, None)
    model = project.model_at("models/a.sql")
    assert render(project, model, "{{ env_var('SECRET_SCHEMA', 'analytics') }}") == "analytics"


def test_manifest_compiled_code_is_used_when_present(tmp_path: Path) -> None:
    manifest = {"nodes": {"model.shop.audience": {
        "resource_type": "model", "name": "audience", "original_file_path": "models/marketing/audience.sql",
        "compiled_code": "select a.email from analytics.public.accounts a", "columns": {}}}}
    result = _scan(tmp_path, {"models/marketing/audience.sql": "select {{ broken_macro_privgate_cannot_render() }}\n"},
                   {"target/manifest.json": json.dumps(manifest)})
    assert [(f.rule_id, f.line) for f in result.findings] == [("CON001", 1)]
