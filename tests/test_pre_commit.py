"""The real pre-commit tool, with this repository's hook, fails a commit that breaks the policy: a
staged SQL file, or only a dbt schema file that changes what a model means; a macro passes. The
hook's environment is the light install (no Great Expectations, pandas or pyarrow)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import CRM_SOURCES, base_project

REPO = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")
needs_pre_commit = pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None,
                                      reason="needs pre-commit and git")


def run(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def head() -> str:
    found = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True)
    if found.returncode != 0:
        pytest.skip("this checkout has no commit to install the hook from")
    return found.stdout.strip()


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One pre-commit cache for the module: the hook's environment is installed once."""
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path_factory.mktemp("pre-commit")), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    env.pop("PYTHONPATH", None)
    return env


@needs_pre_commit
def test_hook_fails_the_commit_of_a_violating_staged_file(tmp_path: Path, env: dict[str, str]) -> None:
    project = tmp_path / "warehouse"
    project.mkdir()
    (project / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{
        "repo": str(REPO), "rev": head(), "hooks": [{"id": "privgate"}]}]}))
    (project / "models").mkdir()
    (project / "models" / "ok.sql").write_text("-- privgate: purpose=analytics\nSELECT country FROM accounts;\n")
    run("git", "init", "-q", cwd=project, env=env)
    run("git", "add", "privgate.yaml", ".pre-commit-config.yaml", "models/ok.sql", cwd=project, env=env)
    installed = run(str(PRE_COMMIT), "install", cwd=project, env=env)
    assert installed.returncode == 0, installed.stderr

    clean = run("git", "commit", "-qm", "clean model", cwd=project, env=env)  # privgate.yaml: the whole project
    assert clean.returncode == 0, clean.stdout + clean.stderr

    (project / "models" / "unstaged.sql").write_text("-- privgate: purpose=analytics\nSELECT os FROM devices;\n")

    (project / "models" / "topics.sql").write_text("-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n")
    run("git", "add", "models/topics.sql", cwd=project, env=env)
    blocked = run("git", "commit", "-qm", "ticket topics", cwd=project, env=env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "models/topics.sql" in output and "PUR001" in output
    assert "unstaged.sql" not in output  # only the staged file is analysed


SOURCES = CRM_SOURCES
SCHEMA = """\
version: 2
models:
  - name: newsletter_audience
    meta: {purpose: user_account}
"""
DBT_FILES = {
    "privgate.yaml": "packs: [mgt-solutions]\ndialect: postgres\n",
    "dbt_project.yml": "name: shop\nmodel-paths: [models]\n",
    "models/sources.yml": SOURCES,
    "models/schema.yml": SCHEMA,
    "models/staging/stg_accounts.sql": "-- privgate: purpose=user_account\n"
                                       "select id as account_id, {{ clean('email') }} as email\n"
                                       "from {{ source('crm', 'accounts') }}\n",
    "models/marts/newsletter_audience.sql": "select s.email\nfrom {{ ref('stg_accounts') }} s\n",
    "macros/clean.sql": "{% macro clean(column) %}lower({{ column }}){% endmacro %}\n",
}


@needs_pre_commit
def test_a_dbt_schema_change_alone_is_blocked_and_a_macro_change_passes(tmp_path: Path, env: dict[str, str]) -> None:
    project = tmp_path / "shop"
    for name, text in DBT_FILES.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text)
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{
        "repo": str(REPO), "rev": head(), "hooks": [{"id": "privgate"}]}]}))
    run("git", "init", "-q", cwd=project, env=env)
    assert run(str(PRE_COMMIT), "install", cwd=project, env=env).returncode == 0
    run("git", "add", ".", cwd=project, env=env)
    first = run("git", "commit", "-m", "dbt project", cwd=project, env=env)
    assert first.returncode == 0 and "privgate" in first.stdout + first.stderr, first.stdout + first.stderr

    (project / "models/schema.yml").write_text(SCHEMA.replace("user_account", "marketing"))
    run("git", "add", "models/schema.yml", cwd=project, env=env)
    blocked = run("git", "commit", "-m", "newsletter is marketing now", cwd=project, env=env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "models/marts/newsletter_audience.sql" in output and "CON001" in output
    assert "INP001" not in output

    run("git", "reset", "-q", "--hard", cwd=project, env=env)
    (project / "macros/clean.sql").write_text("{% macro clean(column) %}lower(trim({{ column }})){% endmacro %}\n")
    run("git", "add", "macros/clean.sql", cwd=project, env=env)
    macro = run("git", "commit", "-m", "trim before lowering", cwd=project, env=env)
    output = macro.stdout + macro.stderr
    assert macro.returncode == 0, output
    assert "Passed" in output and "no files to check" not in output  # the hook ran on the macro file


@needs_pre_commit
def test_the_hook_environment_is_the_light_install(env: dict[str, str]) -> None:
    """Runs after the commits above installed the hook (same cache): no Great Expectations in it."""
    installed = sorted(Path(env["PRE_COMMIT_HOME"]).glob("repo*/py_env-*/bin/privgate"))
    if not installed:
        pytest.skip("no hook environment installed by the tests above")
    version = subprocess.run([str(installed[0]), "--version"], capture_output=True, text=True, env=env)
    assert version.returncode == 0, version.stderr
    assert "great-expectations not installed" in version.stdout
    probe = "import importlib.util as u; print([m for m in ('great_expectations', 'pandas', 'pyarrow') if u.find_spec(m)])"
    found = subprocess.run([str(installed[0].with_name("python")), "-c", probe], capture_output=True, text=True, env=env)
    assert found.stdout.strip() == "[]", found.stderr


def test_the_data_hook_installs_the_data_extra() -> None:
    """privgate-data's additional_dependencies are pyproject.toml's `data` extra, so the two never drift."""
    import tomllib

    hooks = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    extra = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]["data"]
    assert hooks["privgate-data"]["additional_dependencies"] == extra
    assert hooks["privgate"].get("additional_dependencies") is None
