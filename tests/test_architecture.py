"""The module structure the README's architecture section promises, checked on the source: no import
cycles between privgate's modules, reporters that never see the engine, and a dataset reader that
only reads and counts (the dataset rules own the judging)."""

from __future__ import annotations

import ast
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
