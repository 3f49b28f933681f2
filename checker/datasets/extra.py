"""The optional dependencies dataset checks need (`pip install 'privgate[data]'`).

SQL, schema and dbt checks run on the light install (a pre-commit hook installs only that); Great
Expectations, pandas, pyarrow and the content detectors' phonenumbers and python-stdnum
come with the `data` extra. Whatever needs them asks here first, so a light install says in one line
what to install instead of failing with an ImportError deep inside a scan.
"""

from __future__ import annotations

from importlib.util import find_spec

from checker.errors import ConfigError

# import name -> distribution, as pyproject.toml's `data` extra declares them
DATA_EXTRA = {"great_expectations": "great-expectations", "pandas": "pandas", "pyarrow": "pyarrow",
              "phonenumbers": "phonenumbers", "stdnum": "python-stdnum"}


def missing_data_modules() -> list[str]:
    """The distributions of the `data` extra that are not installed (looked up, never imported)."""
    return [distribution for module, distribution in DATA_EXTRA.items() if find_spec(module) is None]


def require_data_extra(what: str, source: str | None = None) -> None:
    """Raise a configuration error naming the extra when `what` cannot run on this install."""
    missing = missing_data_modules()
    if missing:
        raise ConfigError(f"{what} needs privgate's `data` extra ({', '.join(missing)} not installed): "
                          "pip install 'privgate[data]'", source)
