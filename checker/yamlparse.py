"""The YAML parser behind yamlio: libyaml's composer, PyYAML's safe constructor, plain YAML only
(no tags that build objects, scalar keys, no duplicate keys; merge keys `<<: *anchor`) and a bound on
alias expansion."""

from __future__ import annotations

from typing import Any

import yaml

from checker.errors import ConfigError
from checker.yamlio import JsonPath, LineMap

# libyaml's composer is ten times faster; its nodes carry the same marks.
COMPOSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:omap"}
SCALAR_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")}
MAX_NODES = 200_000  # a YAML "billion laughs" expands aliases; stop long before memory does
MAX_DEPTH = 200  # nesting deeper than any privgate input, far below the interpreter's recursion limit


def parse_yaml(text: str, source: str, duplicates: bool = False) -> tuple[Any, LineMap]:
    """Parse YAML with the safe loader; return the data and its line map."""
    try:
        node = yaml.compose(text, Loader=COMPOSER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise ConfigError(f"invalid YAML: {error.problem or error}", source, line, column) from None
    except yaml.YAMLError as error:
        raise ConfigError(f"invalid YAML: {str(error).splitlines()[0]}", source) from None
    except RecursionError:  # the pure-Python composer on a deeply nested document
        raise ConfigError(f"invalid YAML: nested deeper than {MAX_DEPTH} levels", source) from None
    lines = LineMap()
    if node is None:
        return None, lines
    builder = _Builder(source, lines, duplicates)
    return builder.build(node, ()), lines


MERGE_TAG = "tag:yaml.org,2002:merge"


class _Builder:
    """Turns a composed node tree into plain Python values with the safe constructor."""

    def __init__(self, source: str, lines: LineMap, duplicates: bool = False) -> None:
        self.source = source
        self.duplicates = duplicates
        self.lines = lines
        self.nodes = 0
        self.constructor = yaml.SafeLoader("")

    def _merge(self, key_node: yaml.Node, value_node: yaml.Node, path: JsonPath, merged: dict[Any, Any]) -> None:
        """YAML's merge key (`<<: *defaults`, `<<: [*a, *b]`), as dbt schema files use it to share
        column lists and tests: the keys of the aliased mappings, the first mapping's first; each is
        placed at the `<<` line."""
        sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
        line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        own_lines, self.lines = self.lines, LineMap()  # an anchor's lines belong to the anchor
        try:
            for source in sources:
                if not isinstance(source, yaml.MappingNode):
                    raise ConfigError("a merge key `<<` takes a mapping or a list of mappings", self.source,
                                      line, column)
                for key, value in self.build(source, path).items():
                    merged.setdefault(key, (value, line, column))
        finally:
            self.lines = own_lines

    def build(self, node: yaml.Node, path: JsonPath) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            line = node.start_mark.line + 1
            raise ConfigError(f"document too large (over {MAX_NODES} values; alias expansion?)",
                              self.source, line)
        if len(path) > MAX_DEPTH:
            raise ConfigError(f"nested deeper than {MAX_DEPTH} levels", self.source,
                              node.start_mark.line + 1, node.start_mark.column + 1)
        self.lines.record(path, node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.tag not in PLAIN_TAGS:
            raise ConfigError(f"unsupported YAML tag {node.tag!r}: only plain YAML is allowed", self.source,
                              node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            merged: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag == MERGE_TAG:
                    self._merge(key_node, value_node, path, merged)
                    continue
                if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in SCALAR_TAGS:
                    raise ConfigError("mapping keys must be plain values", self.source,
                                      key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                try:
                    key = self.constructor.construct_object(key_node, deep=True)
                except yaml.YAMLError as error:
                    raise ConfigError(f"invalid key: {getattr(error, 'problem', None) or error}", self.source,
                                      key_node.start_mark.line + 1, key_node.start_mark.column + 1) from None
                if isinstance(key, (list, dict)):
                    raise ConfigError("mapping keys must be plain values", self.source,
                                      key_node.start_mark.line + 1)
                key = str(key) if not isinstance(key, str) else key
                if key in result and not self.duplicates:
                    raise ConfigError(f"duplicate key '{key}'", self.source,
                                      key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, path + (key,))
                if isinstance(value_node, (yaml.MappingNode, yaml.SequenceNode)):
                    self.lines.record(path + (key,), key_node.start_mark.line + 1, key_node.start_mark.column + 1)  # point at the key, not its first child
            for key, (value, line, column) in merged.items():
                if key not in result:  # the mapping's own keys win over merged ones
                    result[key] = value
                    self.lines.record(path + (key,), line, column)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (index,)) for index, item in enumerate(node.value)]
        if node.tag not in SCALAR_TAGS:
            raise ConfigError(f"unsupported YAML tag {node.tag!r}: only plain YAML is allowed", self.source,
                              node.start_mark.line + 1, node.start_mark.column + 1)
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as error:
            problem = getattr(error, "problem", None) or str(error).splitlines()[0]
            raise ConfigError(f"invalid value: {problem}", self.source,
                              node.start_mark.line + 1, node.start_mark.column + 1) from None
