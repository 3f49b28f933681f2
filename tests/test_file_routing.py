"""Files named on the command line (what pre-commit and CI pass) are routed by kind: SQL is judged,
a config or dbt file re-judges what it affects, dbt macros and other files are not judged."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-24"

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
          - {name: signup_channel}
"""
MODELS = """
version: 2
models:
  - name: newsletter_audience
    meta: {purpose: user_account}
"""
DBT_PROJECT = """
name: shop
model-paths: [models]
"""
FILES = {
    "privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"], "dialect": "postgres"}),
    "dbt_project.yml": DBT_PROJECT,
    "models/sources.yml": SOURCES,
    "models/schema.yml": MODELS,
    "models/staging/stg_accounts.sql": "-- privgate: purpose=user_account\nselect id as account_id, email, signup_channel\nfrom {{ source('crm', 'accounts') }}\n",
    "models/marts/newsletter_audience.sql": "select s.email\nfrom {{ ref('stg_accounts') }} s\n",
    "models/marts/channel_report.sql": "-- privgate: purpose=analytics\nselect signup_channel, count(*) as n\n"
                                       "from {{ ref('stg_accounts') }}\ngroup by signup_channel\n",
    "macros/clean.sql": "{% macro clean(column) %}lower(trim({{ column }})){% endmacro %}\n",
    "README.md": "# the warehouse\n",
    "packages.yml": "packages: []\n",
}


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")


def privgate(*args: str, cwd: Path, blocked: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    """`privgate ARGS` in `cwd`; `blocked` modules are made unimportable first, as on a light install."""
    probe = ("import sys\n"
             f"for name in {list(blocked)!r}: sys.modules[name] = None\n"
             "from checker.cli import run\n"
             f"sys.argv = ['privgate', *{list(args)!r}]\nrun()\n")
    return subprocess.run([sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "PRIVGATE_NO_CACHE": "1"})


def findings(run: subprocess.CompletedProcess[str]) -> list[tuple[str, str]]:
    assert run.returncode in (0, 1), run.stdout + run.stderr
    return sorted((f["rule_id"], f["path"]) for f in json.loads(run.stdout)["findings"])


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    write(tmp_path, FILES)
    return tmp_path


def test_a_schema_file_change_rejudges_the_models_it_describes(shop: Path) -> None:
    assert findings(privgate("scan", "models/schema.yml", "--format", "json", cwd=shop)) == []
    (shop / "models/schema.yml").write_text(MODELS.replace("user_account", "marketing"))
    run = privgate("scan", "models/schema.yml", "--format", "json", cwd=shop)
    assert run.returncode == 1
    found = findings(run)  # the model's consent rules, never INP001 on the YAML
    assert ("CON001", "models/marts/newsletter_audience.sql") in found
    assert {path for _, path in found} == {"models/marts/newsletter_audience.sql"}


def test_a_source_description_reaches_the_models_downstream(shop: Path) -> None:
    """A source column declared as an e-mail flows through staging into a report for analytics."""
    assert findings(privgate("scan", "models/sources.yml", "--format", "json", cwd=shop)) == []
    (shop / "models/sources.yml").write_text(textwrap.dedent(SOURCES).replace(
        "{name: signup_channel}", "{name: signup_channel, meta: {privgate: customer_service.notes}}"))
    run = privgate("scan", "models/sources.yml", "--format", "json", cwd=shop)
    assert ("PUR001", "models/marts/channel_report.sql") in findings(run)


def test_dbt_project_yml_rejudges_every_model(shop: Path) -> None:
    (shop / "models/schema.yml").write_text("version: 2\n")
    (shop / "dbt_project.yml").write_text(DBT_PROJECT + "models:\n  shop:\n    marts:\n      +meta: {purpose: marketing}\n")
    run = privgate("scan", "dbt_project.yml", "--format", "json", cwd=shop)
    assert ("CON001", "models/marts/newsletter_audience.sql") in findings(run)


def test_a_config_change_judges_the_whole_project(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"], "catalog": {"ddl": ["schema/*.sql"]}}),
        "schema/tickets.sql": "CREATE TABLE tickets (id int, notes text);\n"
                              "COMMENT ON COLUMN tickets.notes IS 'privgate: customer_service.notes';\n",
        "queries/topics.sql": "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n",
    })
    whole = findings(privgate("scan", ".", "--format", "json", cwd=tmp_path))
    assert ("PUR001", "queries/topics.sql") in whole and ("RET005", "schema/tickets.sql") in whole
    assert findings(privgate("scan", "privgate.yaml", "--format", "json", cwd=tmp_path)) == whole


def test_a_pyproject_counts_only_when_it_is_the_config(tmp_path: Path) -> None:
    write(tmp_path, {
        "pyproject.toml": '[project]\nname = "warehouse"\n\n[tool.privgate]\npacks = ["mgt-solutions"]\n'
                          '[tool.privgate.catalog.tables.tickets.columns]\nnotes = "customer_service.notes"\n',
        "queries/topics.sql": "-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n",
        "tools/pyproject.toml": '[project]\nname = "helper"\n',
    })
    assert ("PUR001", "queries/topics.sql") in findings(privgate("scan", "pyproject.toml", "--format", "json", cwd=tmp_path))
    other = privgate("scan", "tools/pyproject.toml", "--statistics", cwd=tmp_path)
    assert other.returncode == 0, other.stderr
    assert "tools/pyproject.toml" in other.stdout


def test_macros_and_other_files_are_not_judged_and_statistics_say_so(shop: Path) -> None:
    (shop / "macros/clean.sql").write_text("{% macro clean(column) %}lower({{ column }}{% endmacro %}\n")  # broken Jinja
    run = privgate("scan", "macros/clean.sql", "README.md", "packages.yml", "--statistics", cwd=shop)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert lines == [
        "    1  files not judged: a dbt macro, test or analysis (Jinja, not a query): macros/clean.sql",
        "    2  files not judged: neither SQL, a privgate config, a dbt project or schema file, nor a declared "
        "dataset: README.md, packages.yml",
    ]


def test_a_yaml_file_outside_every_project_is_not_an_error(tmp_path: Path) -> None:
    write(tmp_path, {".github/workflows/ci.yml": "on: push\n", "warehouse/privgate.yaml": "packs: [mgt-solutions]\n",
                     "warehouse/q.sql": "SELECT 1;\n"})
    run = privgate("scan", ".github/workflows/ci.yml", "warehouse/q.sql", "--statistics", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "outside every privgate project, and not SQL: .github/workflows/ci.yml" in run.stdout


def test_a_declared_dataset_file_gets_the_dataset_checks(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"], "datasets": [{
            "path": "exports/*.csv", "role": "marketing_audience", "catalog_table": "accounts",
            "columns": {"email": "account.email", "marketing_email": "consent.marketing_email",
                        "withdrawn_at": "consent.withdrawal"}}]}),
        "exports/audience.csv": "email,marketing_email,withdrawn_at\nivan@example.bg,false,\nmaria@example.bg,true,\n",
    })
    run = privgate("scan", "exports/audience.csv", "--format", "json", "--as-of", AS_OF, cwd=tmp_path)
    assert ("CON004", "exports/audience.csv") in findings(run)


LIGHT = ("great_expectations", "pandas", "pyarrow", "phonenumbers", "stdnum")


def test_the_light_install_judges_sql_and_dbt_and_names_the_extra_for_datasets(shop: Path) -> None:
    (shop / "models/schema.yml").write_text(MODELS.replace("user_account", "marketing"))
    run = privgate("scan", "models/schema.yml", "--format", "json", cwd=shop, blocked=LIGHT)
    assert ("CON001", "models/marts/newsletter_audience.sql") in findings(run)
    config = yaml.safe_load((shop / "privgate.yaml").read_text())
    config["datasets"] = [{"path": "exports/*.csv", "role": "anonymised_statistics"}]
    write(shop, {"privgate.yaml": yaml.safe_dump(config), "exports/stats.csv": "region,signups\nDE,3\n"})
    data = privgate("scan", "exports/stats.csv", cwd=shop, blocked=LIGHT)
    assert data.returncode == 2
    assert data.stderr.strip().splitlines() == [
        f"privgate: error: {(shop / 'privgate.yaml').resolve()}: checking the datasets of `datasets:` needs privgate's `data` extra "
        "(great-expectations, pandas, pyarrow, phonenumbers, python-stdnum not installed): "
        "pip install 'privgate[data]'"]
    assert privgate("scan", "models/schema.yml", cwd=shop, blocked=LIGHT).returncode == 1  # SQL path unaffected


def test_version_names_sqlglot_and_great_expectations() -> None:
    from importlib.metadata import version

    run = privgate("--version", cwd=REPO)
    assert run.returncode == 0
    assert run.stdout.splitlines() == [f"privgate {version('privgate')}", f"sqlglot {version('sqlglot')}",
                                       f"great-expectations {version('great-expectations')} (extra privgate[data])"]
