"""JSON Schema validation of rule packs and configs, with errors that point into the file."""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker import __version__
from checker.errors import ConfigError
from checker.yamlio import LineMap

if TYPE_CHECKING:
    import jsonschema


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in `checker/schemas/`."""
    text = resources.files("checker.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(data: Any, schema_name: str, source: str, lines: LineMap) -> None:
    """Raise ConfigError for the first (most relevant) schema violation in `data`.

    Documents that validated before (same content, schema and privgate version) are remembered in
    the user's cache folder, so a pre-commit run does not pay for importing jsonschema.
    """
    fingerprint = _fingerprint(data, schema_name)
    if fingerprint in _known_valid():
        return
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path))))
    if not errors:
        _remember_valid(fingerprint)
        return
    error = jsonschema.exceptions.best_match(errors)
    while error.context:  # oneOf/anyOf: descend to the branch that got furthest
        error = jsonschema.exceptions.best_match(error.context)
    path = tuple(error.absolute_path)
    line, column = lines.position(path)
    where = describe_path(path) or "top level"
    raise ConfigError(f"{where}: {_describe(error)}", source, line, column)


def describe_path(path: tuple[str | int, ...]) -> str:
    """`('purposes', 'marketing', 'categories', 2)` -> `purposes.marketing.categories[2]`."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(error: "jsonschema.ValidationError") -> str:
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"{error.message}; expected one of: {', '.join(allowed)}"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "pattern" and "description" in error.schema:
        return f"{error.instance!r} is not {error.schema['description']}"
    return error.message


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "privgate" / "validated.json"


def _fingerprint(data: Any, schema_name: str) -> str:
    text = json.dumps([__version__, schema_name, data], sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@cache
def _known_valid() -> set[str]:
    try:
        return set(json.loads(_cache_file().read_text("utf-8")))
    except (OSError, ValueError, TypeError):
        return set()


def _remember_valid(fingerprint: str) -> None:
    """Best effort: a read-only home or a race with another process only costs speed."""
    known = _known_valid()
    known.add(fingerprint)
    path = _cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(sorted(known)[-500:]), "utf-8")
        temporary.replace(path)
    except OSError:
        pass
