"""JSON Schema validation of rule packs and configs, with errors that point into the file."""

from __future__ import annotations

import json
from functools import cache as memoize
from typing import TYPE_CHECKING, Any

from checker import cache
from checker.errors import ConfigError
from checker.yamlio import LineMap

if TYPE_CHECKING:
    import jsonschema


VALID = "valid"  # cache entries of documents that passed their schema


@memoize
def load_schema(name: str) -> dict[str, Any]:
    """A JSON Schema shipped in `checker/schemas/`."""
    from importlib import resources

    text = resources.files("checker.schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def validate(data: Any, schema_name: str, source: str, lines: LineMap) -> None:
    """Raise ConfigError for the first (most relevant) schema violation in `data`.

    Documents that validated before (same content, schema and privgate version) are remembered in
    privgate's cache folder, so a pre-commit run does not pay for importing jsonschema.
    """
    fingerprint = cache.key(schema_name, json.dumps(data, sort_keys=True, default=str))
    if cache.read(VALID, fingerprint) is True:
        return
    import jsonschema

    validator = jsonschema.Draft202012Validator(load_schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path))))
    if not errors:
        cache.write(VALID, fingerprint, True)
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


_JSON_TYPES = {dict: "a mapping", list: "a list", str: "a string", bool: "true or false", int: "a number",
               float: "a number", type(None): "nothing (null)"}


def _describe(error: "jsonschema.ValidationError") -> str:
    if error.validator == "type":  # never quote the value: it may be a whole file read by mistake
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        found = _JSON_TYPES.get(type(error.instance), type(error.instance).__name__)
        names = {"object": "a mapping", "array": "a list", "string": "a string", "integer": "a whole number",
                 "number": "a number", "boolean": "true or false", "null": "nothing (null)"}
        return f"expected {' or '.join(names.get(str(name), str(name)) for name in expected)}, found {found}"
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        return f"{error.message}; expected one of: {', '.join(allowed)}"
    if error.validator == "enum":
        return f"{error.instance!r} is not one of {', '.join(map(str, error.validator_value))}"
    if error.validator == "pattern" and "description" in error.schema:
        return f"{error.instance!r} is not {error.schema['description']}"
    return error.message
