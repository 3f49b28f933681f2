"""The dbt project kept in privgate's cache (checker.dbt_cache): served while every file and folder
it was read from keeps its stamp; any change upstream of a model is seen at once."""

from __future__ import annotations

import os
import pickle
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.config import load_config
from checker.project import Project, load_project
from checker.readers.dbt_render import library

SHOP = {
    "privgate.yaml": "packs: [mgt-solutions]\n",
    "dbt_project.yml": "name: shop\nmodel-paths: [models]\n",
    "models/sources.yml": """
        version: 2
        sources:
          - name: crm
            tables:
              - name: accounts
                columns:
                  - {name: id, meta: {privgate: none}}
                  - {name: email, meta: {privgate: account.email}}
        """,
    "models/staging/stg_accounts.sql": "select id as account_id, email from {{ source('crm', 'accounts') }}\n",
    "models/marts/mart.sql": "select {{ contact() }} from {{ ref('stg_accounts') }}\n",
    "macros/contact.sql": "{% macro contact() %}email{% endmacro %}\n",
    "seeds/countries.csv": "code,name\n",
}


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text))


@pytest.fixture
def shop(tmp_path: Path, cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[str]]:
    """The project, with every stamp old enough to trust; returns its root and the loads that read it."""
    import checker.cache_keys as cache_keys
    import checker.readers.dbt as dbt_reader

    monkeypatch.setattr(cache_keys, "RACY_NS", 0)
    root = tmp_path / "shop"
    write(root, SHOP)
    loads: list[str] = []
    original = dbt_reader.load_dbt_project
    monkeypatch.setattr(dbt_reader, "load_dbt_project", lambda *args: loads.append("read") or original(*args))
    return root, loads


def _load(root: Path) -> Project:
    return load_project(load_config(root / "privgate.yaml"))


def _warm(root: Path, loads: list[str]) -> Project:
    cold = _load(root)
    warm = _load(root)
    assert loads == ["read"], "the second load comes from the cache"
    assert warm.dbt == cold.dbt and warm.catalog.tables == cold.catalog.tables
    loads.clear()
    return warm


def test_an_unchanged_project_is_not_read_again(shop: tuple[Path, list[str]]) -> None:
    root, loads = shop
    warm = _warm(root, loads)
    assert warm.catalog.tables["mart"].columns == {"email": "account.email"}
    assert warm.dbt is not None and warm.dbt.model_at("models/marts/mart.sql") is not None


def _same_size_rewrite(path: Path, old: str, new: str) -> None:
    """Rewrite a file at the same size with its old modification time (tar, rsync -t): only its
    change time tells."""
    before = path.stat()
    text = path.read_text()
    assert len(old) == len(new) and old in text
    path.write_text(text.replace(old, new))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


CHANGES: dict[str, tuple[Callable[[Path], None], Callable[[Project], bool]]] = {
    "an upstream model": (
        lambda root: _same_size_rewrite(root / "models/staging/stg_accounts.sql", "email from", "id    from"),
        lambda project: project.catalog.tables["mart"].provenance["email"] != "lineage from stg_accounts.email"),
    "a schema file": (
        lambda root: _same_size_rewrite(root / "models/sources.yml", "account.email}", "account.name }"),
        lambda project: project.catalog.tables["mart"].columns.get("email") == "account.name"),
    "a macro": (
        lambda root: _same_size_rewrite(root / "macros/contact.sql", "email", "id   "),
        lambda project: "email" not in project.catalog.tables["mart"].columns),
    "dbt_project.yml": (
        lambda root: (root / "dbt_project.yml").write_text(
            "name: shop\nmodel-paths: [models]\nmodels:\n  shop:\n    marts:\n      +meta: {purpose: marketing}\n"),
        lambda project: project.dbt is not None and project.dbt.models["models/marts/mart.sql"].purpose == "marketing"),
    "a model added in a new folder": (
        lambda root: write(root, {"models/reports/deep/report.sql": "select email from {{ ref('mart') }}\n"}),
        lambda project: "report" in project.catalog.tables),
    "a model removed": (
        lambda root: (root / "models/marts/mart.sql").unlink(),
        lambda project: project.dbt is not None and "models/marts/mart.sql" not in project.dbt.models),
    "an installed package's macro": (
        lambda root: write(root, {"dbt_packages/util/dbt_project.yml": "name: util\n",
                                  "dbt_packages/util/macros/other.sql": "{% macro other() %}1{% endmacro %}\n"}),
        lambda project: project.dbt is not None and any(package == "util" for package, _, _ in project.dbt.macro_sources)),
    "a seed's header": (
        lambda root: _same_size_rewrite(root / "seeds/countries.csv", "name", "land"),
        lambda project: project.dbt is not None and "land" in project.dbt.definitions["countries"].columns),
    "a nested dbt project": (
        lambda root: write(root, {"integration_tests/dbt_project.yml": "name: tests\n"}),
        lambda project: project.dbt is not None and "integration_tests/" in project.dbt.not_sql),
    "a manifest with compiled code": (
        lambda root: write(root, {"target/manifest.json": '{"nodes": {"model.shop.mart": {"resource_type": "model", '
                                  '"name": "mart", "original_file_path": "models/marts/mart.sql", '
                                  '"compiled_code": "select email as address from stg_accounts"}}}'}),
        lambda project: project.dbt is not None and project.dbt.models["models/marts/mart.sql"].compiled is not None),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_change_upstream_is_seen_at_once(shop: tuple[Path, list[str]], change: str) -> None:
    root, loads = shop
    before = _warm(root, loads)
    edit, seen = CHANGES[change]
    assert not seen(before)
    edit(root)
    library.cache_clear()  # the macro files as a new process reads them (one process reads each once)
    after = _load(root)
    assert loads == ["read"]
    assert seen(after)
    fresh = load_project(load_config(root / "privgate.yaml"))  # served from the cache again: the same project
    assert fresh.dbt == after.dbt and fresh.catalog.tables == after.catalog.tables


def test_files_changed_within_the_racy_window_are_not_stored(tmp_path: Path, cache_home: Path) -> None:
    write(tmp_path, SHOP)
    _load(tmp_path)
    assert not list((cache_home / "dbt-projects").glob("*.pickle"))


def test_a_planted_entry_cannot_run_code(shop: tuple[Path, list[str]], cache_home: Path, tmp_path: Path) -> None:
    class Exploit:
        def __reduce__(self) -> tuple:
            return (os.system, (f"touch {tmp_path / 'pwned'}",))

    root, loads = shop
    _warm(root, loads)
    [entry] = (cache_home / "dbt-projects").glob("*.pickle")
    entry.write_bytes(pickle.dumps(({}, Exploit())))
    project = _load(root)
    assert not (tmp_path / "pwned").exists()
    assert loads == ["read"] and project.catalog.tables["mart"].columns == {"email": "account.email"}
