"""YAML documents as plain values plus a map of where every value came from.

JSON Schema errors point at a path inside the document (`purposes.marketing.categories[2]`);
the map turns that path into a line and column of the file. Parsed files are kept in privgate's
cache by content hash, so a warm run neither imports PyYAML nor parses the bundled packs again.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from checker import cache
from checker.errors import ConfigError

JsonPath = tuple[str | int, ...]
PARSED = "yaml"  # cache entries of parsed YAML files


class LineMap:
    """Line and column (1-based) of each path inside a loaded document."""

    def __init__(self) -> None:
        self._positions: dict[JsonPath, tuple[int, int]] = {}

    def record(self, path: JsonPath, line: int, column: int) -> None:
        self._positions[path] = (line, column)

    def position(self, path: JsonPath) -> tuple[int | None, int | None]:
        """The position of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path not in self._positions and path:
            path = path[:-1]
        return self._positions.get(path, (None, None))

    def to_json(self) -> list[list[Any]]:
        return [[list(path), line, column] for path, (line, column) in self._positions.items()]

    @classmethod
    def from_json(cls, rows: list[list[Any]]) -> LineMap:
        lines = cls()
        for path, line, column in rows:
            lines._positions[tuple(path)] = (line, column)
        return lines


def load_yaml(text: str, source: str, duplicates: bool = False) -> tuple[Any, LineMap]:
    """Parse YAML with the safe loader; return the data and its line map. With `duplicates`, a
    repeated key keeps its last value (as dbt reads its files) instead of being an error."""
    from checker.yamlparse import parse_yaml

    return parse_yaml(text, source, duplicates)


def load_yaml_file(path: Path, duplicates: bool = False) -> tuple[Any, LineMap]:
    """Read (a regular file, bounded) and parse a YAML file, or take it from the cache; unreadable
    and invalid files raise ConfigError with file and line. Every load is bounded in values and depth."""
    from checker.safe_read import read_bytes  # only regular files, bounded

    try:
        raw = read_bytes(path)
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ConfigError(f"not UTF-8 text (byte {error.start})", str(path)) from None
    except OSError as error:
        raise ConfigError(f"cannot read: {error.strerror or error}", str(path)) from None
    fingerprint = cache.key(b"duplicates", raw) if duplicates else cache.key(raw)
    cached = cache.read(PARSED, fingerprint)
    if isinstance(cached, dict) and "data" in cached:
        try:
            return cached["data"], LineMap.from_json(cached["lines"])
        except (KeyError, TypeError, ValueError):  # a damaged or foreign cache entry: parse again
            pass
    data, lines = load_yaml(text, str(path), duplicates)
    if _survives_json(data):
        cache.write(PARSED, fingerprint, {"data": data, "lines": lines.to_json()})
    return data, lines


def _survives_json(data: Any) -> bool:
    """True when JSON gives `data` back unchanged (YAML dates and the like do not survive)."""
    try:
        return json.loads(json.dumps(data)) == data
    except (TypeError, ValueError):
        return False
