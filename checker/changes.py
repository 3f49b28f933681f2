"""Pull-request mode: which files changed since a git ref."""

from __future__ import annotations

import subprocess
from pathlib import Path

from checker.errors import PrivgateError


def changed_since(root: Path, ref: str) -> set[str]:
    """Paths (relative to `root`, POSIX) changed between `ref` and the working tree, plus untracked files."""
    diff = _git(root, "diff", "--name-only", "--relative", ref, "--")
    untracked = _git(root, "ls-files", "--others", "--exclude-standard")
    return {line for line in (diff + untracked).splitlines() if line.strip()}


def _git(root: Path, *args: str) -> str:
    try:
        completed = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    except OSError as error:
        raise PrivgateError(f"--changed-since needs git: {error.strerror}") from None
    if completed.returncode != 0:
        message = (completed.stderr.strip().splitlines() or ["unknown error"])[-1]
        raise PrivgateError(f"git {args[0]} failed in {root}: {message}")
    return completed.stdout
