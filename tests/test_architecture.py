"""The module structure the README's architecture section promises, checked on the source: no import
cycles between privgate's modules, reporters that never see the engine, and a dataset reader that
only reads and counts (the dataset rules own the judging); and, in a fresh process, what a pre-commit
scan of one file imports."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

CHECKER = Path(__file__).resolve().parents[1] / "checker"


def _module_name(path: Path) -> str:
    parts = path.relative_to(CHECKER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, top_level_only: bool) -> set[str]:
    """checker.* modules `path` imports; with `top_level_only`, those imported when it is imported
    (not inside functions, not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text("utf-8"))
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rsplit(".", 1)[0]
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and top_level_only:
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name.startswith("checker"))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
                if base.startswith("checker"):
                    found.add(base)
                    found.update(f"{base}.{alias.name}" for alias in node.names)
            for child in ("body", "orelse", "finalbody", "handlers"):
                block = getattr(node, child, None)
                if isinstance(block, list) and (not top_level_only or not isinstance(node, (ast.FunctionDef, ast.ClassDef))):
                    visit([item for item in block if isinstance(item, ast.stmt)] +
                          [stmt for handler in block if isinstance(handler, ast.ExceptHandler) for stmt in handler.body])

    visit(tree.body)
    return found


MODULES = {_module_name(path): path for path in CHECKER.rglob("*.py") if "__pycache__" not in path.parts}


def _graph() -> dict[str, set[str]]:
    return {name: {target for target in _imports(path, top_level_only=True) if target in MODULES and target != name}
            for name, path in MODULES.items()}


def test_no_import_cycles_between_modules() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(name: str) -> None:
        state[name] = 1
        stack.append(name)
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                cycles.append(stack[stack.index(target):] + [target])
            elif not state.get(target):
                visit(target)
        stack.pop()
        state[name] = 2

    for name in sorted(graph):
        if not state.get(name):
            visit(name)
    assert cycles == []


def test_the_import_graph_sees_module_imports() -> None:
    graph = _graph()
    assert "checker.engine" in graph["checker.cli"] or "checker.config" in graph["checker.cli"]
    assert "checker.catalog" in graph["checker.project"]


def test_reporters_never_import_the_engine_or_the_project() -> None:
    for name, path in MODULES.items():
        if name.startswith("checker.report"):
            imported = _imports(path, top_level_only=False)
            assert not imported & {"checker.engine", "checker.project", "checker.judging"}, name


def test_datasets_only_read_and_count() -> None:
    for name, path in MODULES.items():
        if name.startswith("checker.datasets"):
            imported = _imports(path, top_level_only=False)
            assert not {module for module in imported if module.startswith(("checker.rules", "checker.engine"))}, name


def test_every_rule_holds_its_own_logic() -> None:
    """Statement, table and suppression rules have a check; dataset rules plan row predicates and
    judge counts; input rules name the reader problems they report."""
    from checker.rules import ALL_RULES
    from checker.rules.base import SUBJECTS
    from checker.rules.dataset_rows import DatasetRule

    for rule in ALL_RULES:
        assert rule.subject in SUBJECTS, rule.id
        if rule.subject in ("statement", "table", "suppression"):
            assert rule.check is not None, rule.id
        elif rule.subject == "dataset":
            assert isinstance(rule, DatasetRule) and (rule.asks is not None or rule.detected is not None), rule.id
        else:
            assert rule.problem_kind, rule.id


PRE_COMMIT_PROBE = """
import gc, json, sys
from checker.cli import run
sys.argv = ["privgate", "scan", "--format", "json", "--as-of", "2026-11-24", sys.argv[1]]
try:
    run()
except SystemExit as done:
    code = done.code
print(json.dumps({"exit": code, "modules": sorted(sys.modules), "collecting": gc.isenabled(),
                  "frozen": gc.get_freeze_count()}), file=sys.stderr)
"""

OFF_THE_ONE_FILE_PATH = {
    "sqlite3": "the file cache's store (a few files never use it)",
    "_hashlib": "OpenSSL (checker.cache uses CPython's own SHA-256)",
    "checker.file_cache": "the classified catalog needs checker.cache_keys only",
    "checker.datasets.dialects": "sqlglot's dialect tables for dataset engines, loaded once a dataset is chosen",
    "checker.datasets.prepared": "derived dataset columns",
    "checker.redaction": "connection strings, only for remote datasets and errors",
    "yaml": "config and packs come from the cache",
    "jsonschema": "their validation too",
    "jinja2": "dbt models are rendered only when one is scanned or changed",
    "great_expectations": "datasets", "pandas": "datasets", "pyarrow": "datasets",
}


def test_a_warm_one_file_scan_imports_only_what_it_judges_with(tmp_path: Path) -> None:
    """A pre-commit run of one query in the demo project (DDL in three dialects, dbt, datasets), after
    a run that filled the cache, through the console entry point: none of the modules above is
    imported, and the garbage collector paused for the imports runs again afterwards."""
    demo = Path(__file__).resolve().parents[1] / "fixtures" / "demo"
    environment = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(CHECKER.parent), "XDG_CACHE_HOME": str(tmp_path)}
    for _ in range(2):  # the first run fills the cache
        run = subprocess.run([sys.executable, "-c", PRE_COMMIT_PROBE, "models/analytics/accounts_by_country.sql"],
                             capture_output=True, text=True, cwd=demo, env=environment)
        assert run.returncode == 0, run.stderr[-2000:]
    probe = json.loads(run.stderr.strip().splitlines()[-1])
    assert probe["exit"] in (0, 1)
    assert json.loads(run.stdout)["findings"] is not None
    imported = {name: why for name, why in OFF_THE_ONE_FILE_PATH.items() if name in probe["modules"]}
    assert imported == {}
    assert probe["collecting"] and probe["frozen"] > 0
