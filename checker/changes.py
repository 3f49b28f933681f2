"""Pull-request mode: which files changed since a git ref.

The ref is an argument, never an option: one starting with `-` is refused, and git is told where
its options end (`--end-of-options`), so `--changed-since=--output=FILE` cannot make git write FILE.
Paths come back NUL-separated (`-z`) and are decoded as the file system does, so a file name with
a newline, a quote or bytes that are not UTF-8 matches the file on disk.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from checker.errors import PrivgateError
from checker.printable import escape_controls


def changed_since(root: Path, ref: str) -> set[str]:
    """Paths (relative to `root`, POSIX) changed between `ref` and the working tree, plus untracked files."""
    _check_ref(ref)
    diff = _git(root, "diff", "--name-only", "--relative", "-z", "--end-of-options", ref, "--")
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z")
    return {name for name in (diff + untracked) if name.strip()}


def _check_ref(ref: str) -> None:
    """A usage error for a ref git could read as an option, or one no ref can be."""
    if not ref.strip():
        raise PrivgateError("--changed-since needs a git ref (a branch, tag or commit), got an empty one")
    if ref.startswith("-"):
        raise PrivgateError(f"--changed-since {escape_controls(ref)}: a git ref cannot start with '-'")
    if ref != escape_controls(ref):
        raise PrivgateError(f"--changed-since {escape_controls(ref)}: a git ref cannot hold control characters")


def _git(root: Path, *args: str) -> list[str]:
    try:
        completed = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False,
                                   stdin=subprocess.DEVNULL)
    except OSError as error:
        raise PrivgateError(f"--changed-since needs git: {error.strerror}") from None
    if completed.returncode != 0:
        errors = completed.stderr.decode("utf-8", "replace").strip().splitlines() or ["unknown error"]
        raise PrivgateError(f"git {args[0]} failed in {root}: {escape_controls(errors[-1])}")
    return [os.fsdecode(name) for name in completed.stdout.split(b"\0") if name]
