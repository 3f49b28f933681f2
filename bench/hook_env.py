"""Size and install time of the pre-commit hook's environment: a fresh virtual environment with
`pip install <repo>` (what pre-commit installs for the `privgate` hook) against `<repo>[data]` (the
`privgate-data` hook, and what dataset checks need).

Run by hand (it installs from the package index pip is configured with; not part of `make test`):

    python bench/hook_env.py                 # this checkout, both variants
    python bench/hook_env.py --extras "" data duckdb

Prints one Markdown table row per variant: size of the environment on disk (MB, the empty venv
included, as pre-commit keeps it), the install time in seconds (pip's own cache off, so downloads or
local wheel copies count), and the number of installed distributions.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def size_mb(folder: Path) -> float:
    total = 0
    for current, _, files in os.walk(folder):
        for name in files:
            path = Path(current) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total / 1e6


def measure(repo: Path, extra: str, python: str) -> dict[str, object]:
    """One fresh venv with privgate (and `extra`) installed: size, seconds, distributions."""
    with tempfile.TemporaryDirectory(prefix="privgate-hook-env-") as folder:
        venv = Path(folder) / "env"
        subprocess.run([python, "-m", "venv", str(venv)], check=True)
        empty = size_mb(venv)
        pip = venv / "bin" / "pip"
        target = f"{repo}[{extra}]" if extra else str(repo)
        started = time.perf_counter()
        install = subprocess.run([str(pip), "install", "--no-cache-dir", "--disable-pip-version-check", "-q", target],
                                 capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if install.returncode != 0:
            return {"extra": extra or "(none)", "error": install.stderr.strip().splitlines()[-1:]}
        listed = subprocess.run([str(pip), "list", "--format", "json", "--disable-pip-version-check"],
                                capture_output=True, text=True, check=True)
        names = {item["name"].lower().replace("_", "-") for item in json.loads(listed.stdout)}
        return {"extra": extra or "(none)", "mb": round(size_mb(venv), 1), "empty_venv_mb": round(empty, 1),
                "seconds": round(seconds, 1), "distributions": len(names),
                "great_expectations": "great-expectations" in names, "pandas": "pandas" in names,
                "pyarrow": "pyarrow" in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=REPO, help="the privgate checkout to install (default: this one)")
    parser.add_argument("--extras", nargs="*", default=["", "data"], help='extras to compare ("" = none)')
    parser.add_argument("--python", default=sys.executable, help="the interpreter the venvs are made with")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    arguments = parser.parse_args()
    if shutil.which(arguments.python) is None and not Path(arguments.python).exists():
        parser.error(f"no interpreter {arguments.python}")
    rows = [measure(arguments.repo.resolve(), extra, arguments.python) for extra in arguments.extras]
    if arguments.json:
        print(json.dumps(rows, indent=1))
        return
    print("| install | environment MB | install s | distributions | GE / pandas / pyarrow |")
    print("|---|---:|---:|---:|---|")
    for row in rows:
        if "error" in row:
            print(f"| `privgate[{row['extra']}]` | failed: {row['error']} | | | |")
            continue
        name = "`pip install privgate`" if row["extra"] == "(none)" else f"`pip install privgate[{row['extra']}]`"
        heavy = " / ".join("yes" if row[key] else "no" for key in ("great_expectations", "pandas", "pyarrow"))
        print(f"| {name} | {row['mb']} (empty venv {row['empty_venv_mb']}) | {row['seconds']} | "
              f"{row['distributions']} | {heavy} |")


if __name__ == "__main__":
    main()
