"""The real pre-commit tool, with this repository's hook, fails a commit that breaks the policy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import base_project

REPO = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def run(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


@pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None, reason="needs pre-commit and git")
def test_hook_fails_the_commit_of_a_violating_staged_file(tmp_path: Path) -> None:
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True)
    if head.returncode != 0:
        pytest.skip("this checkout has no commit to install the hook from")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    env.pop("PYTHONPATH", None)
    project = tmp_path / "warehouse"
    project.mkdir()
    (project / "privgate.yaml").write_text(yaml.safe_dump(base_project()))
    (project / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{
        "repo": str(REPO), "rev": head.stdout.strip(), "hooks": [{"id": "privgate"}]}]}))
    (project / "models").mkdir()
    (project / "models" / "ok.sql").write_text("-- privgate: purpose=analytics\nSELECT country FROM accounts;\n")
    (project / "models" / "unstaged.sql").write_text("-- privgate: purpose=analytics\nSELECT os FROM devices;\n")
    run("git", "init", "-q", cwd=project, env=env)
    run("git", "add", "privgate.yaml", ".pre-commit-config.yaml", "models/ok.sql", cwd=project, env=env)
    installed = run(str(PRE_COMMIT), "install", cwd=project, env=env)
    assert installed.returncode == 0, installed.stderr

    clean = run("git", "commit", "-qm", "clean model", cwd=project, env=env)
    assert clean.returncode == 0, clean.stdout + clean.stderr

    (project / "models" / "topics.sql").write_text("-- privgate: purpose=analytics\nSELECT notes FROM tickets;\n")
    run("git", "add", "models/topics.sql", cwd=project, env=env)
    blocked = run("git", "commit", "-qm", "ticket topics", cwd=project, env=env)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "models/topics.sql" in output and "PUR001" in output
    assert "unstaged.sql" not in output  # only the staged file is analysed
