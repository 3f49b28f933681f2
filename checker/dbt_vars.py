"""The vars a dbt run is given from outside its project, as `dbt run --vars '{key: value}'` gives
them: from `--vars` on privgate's command line (a YAML mapping, as dbt takes it) or the config's
`catalog: dbt_vars:`, the command line winning per key. They win over every var of dbt_project.yml,
global or scoped to a package, as dbt's `--vars` do; projects such as Tuva enable whole folders of
models only under such vars."""

from __future__ import annotations

import os
from typing import Any, Mapping

from checker.errors import ConfigError

VARS_VARIABLE = "PRIVGATE_DBT_VARS"  # --vars, as scan workers inherit it


def parsed(text: str, where: str = "--vars") -> dict[str, Any]:
    """`'{claims_enabled: true}'` or `'claims_enabled: true'` -> {'claims_enabled': True}."""
    import yaml  # only when vars are given: a warm one-file scan reads its config from the cache

    try:
        value = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        at = f" at column {mark.column + 1}" if mark is not None else ""
        raise ConfigError(f"{where}: not a YAML mapping{at}: {getattr(error, 'problem', None) or error}") from None
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(key, str) for key in value):
        raise ConfigError(f"{where}: expected a YAML mapping of var names to values, as dbt's --vars takes "
                          f"(e.g. '{{claims_enabled: true}}'), not {type(value).__name__} {text.strip()!r}")
    return value


def given(configured: Mapping[str, Any] | None) -> dict[str, Any]:
    """The config's `catalog: dbt_vars:` with the command line's --vars over them."""
    from_command_line = os.environ.get(VARS_VARIABLE)
    return {**(configured or {}), **(parsed(from_command_line) if from_command_line else {})}
