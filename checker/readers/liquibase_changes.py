"""Liquibase changelogs (XML, YAML or JSON) read as DDL: each change that shapes tables becomes the
statement it means, at the line of its XML element (or YAML item), for the DDL replay (`ddl.replay`).

createTable (its columns' `remarks` become their descriptions), addColumn, dropColumn, renameColumn,
modifyDataType, mergeColumns, addLookupTable, renameTable, dropTable, setColumnRemarks, createView / dropView /
renameView become statements; `sql` changes are SQL in the project's dialect, placed at their element's line, and
`sqlFile` changes the file's SQL at its own lines; both split where a custom `endDelimiter` says.
A `dbms` attribute (on the changeSet, the change or a `<property>`) or a changeSet's `dbms` precondition
that leaves out the project's database skips what it applies to. Changes that shape no column
(indexes, constraints, sequences, data) are passed over; a change that may shape tables and is not read
here (`customChange`, an extension's change) is an input problem at its line.
`${name}` is replaced by the value of a `<property>` of any changelog of the replay (Liquibase's
properties are global by default): `${uuid_type}` keeps its type.

XML is parsed with expat, refusing a DOCTYPE (no entity declarations, no external entities); YAML and
JSON with PyYAML's safe composer. Both parsers are imported only when a changelog is read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from sqlglot import exp

from checker.facts import FileFacts, InputProblem
from checker.readers.liquibase_changelogs import CHANGELOG_SUFFIXES, resolved
from checker.safe_read import open_regular, read_script

ROOT = "databaseChangeLog"
# privgate's dialects -> the names Liquibase gives their databases in `dbms` attributes
DATABASES = {"postgres": {"postgresql"}, "mysql": {"mysql", "mariadb"}, "tsql": {"mssql"}, "oracle": {"oracle"},
             "sqlite": {"sqlite"}, "snowflake": {"snowflake"}, "redshift": {"redshift"}, "bigquery": {"bigquery"},
             "clickhouse": {"clickhouse"}, "databricks": {"databricks"}, "hive": {"hive"}, "duckdb": {"duckdb"}}
# changes that shape no column: indexes, keys and constraints, defaults, sequences, data, routines
NO_COLUMNS = frozenset({
    "createIndex", "dropIndex", "addPrimaryKey", "dropPrimaryKey", "addForeignKeyConstraint",
    "dropForeignKeyConstraint", "dropAllForeignKeyConstraints", "addUniqueConstraint", "dropUniqueConstraint",
    "addNotNullConstraint", "dropNotNullConstraint", "addCheckConstraint", "dropCheckConstraint",
    "enableCheckConstraint", "disableCheckConstraint", "addDefaultValue", "dropDefaultValue", "addAutoIncrement",
    "createSequence", "dropSequence", "alterSequence", "renameSequence", "insert", "update", "delete", "loadData",
    "loadUpdateData", "createProcedure", "dropProcedure", "createFunction", "dropFunction", "createTrigger",
    "dropTrigger", "enableTrigger", "disableTrigger", "renameTrigger", "createPackage", "createPackageBody",
    "dropPackage", "dropPackageBody", "createSynonym", "dropSynonym", "setTableRemarks", "tagDatabase", "stop",
    "output", "empty", "executeCommand", "comment", "validCheckSum", "preConditions", "rollback", "modifySql"})
CHANGELOG_START = re.compile(r"<(?:\w+:)?databaseChangeLog\b|^\s*[\"']?databaseChangeLog[\"']?\s*:|\{\s*\"databaseChangeLog\"",
                             re.MULTILINE)
HEAD_BYTES = 4096  # of a file, enough to reach a changelog's root element past its licence comment
PROPERTY = re.compile(r"\$\{([^}]+)\}")
JAVA_TYPES = "java.sql.Types."


@dataclass
class Element:
    """A changelog's element (XML) or item (YAML), as far as changes need it."""

    name: str
    line: int
    column: int = 1
    attributes: dict[str, str] = field(default_factory=dict)
    children: list[Element] = field(default_factory=list)
    text: str = ""  # its text (XML), or its `sql` / `selectQuery` value (YAML)
    text_line: int = 0  # where its text starts

    def get(self, name: str) -> str:
        return self.attributes.get(name, "").strip()

    def named(self, name: str) -> list[Element]:
        return [child for child in self.children if child.name == name]


class SqlFile(NamedTuple):
    """The SQL a `sqlFile` change applies, read where it is: its statements' lines are the file's."""

    relative: str
    text: str


Change = tuple[int, "exp.Expression | str | SqlFile"]  # a line and the statement there: parsed, SQL to parse, a file


class UnreadableChangelog(ValueError):
    """A changelog that cannot be parsed, with where its parser stopped (line and column, 1-based)."""

    def __init__(self, reason: str, line: int = 1, column: int = 1) -> None:
        super().__init__(reason)
        self.line, self.column = line, column


def is_changelog(relative: str) -> bool:
    """Whether a DDL file is a changelog (SQL files are replayed as such)."""
    return relative.lower().endswith(CHANGELOG_SUFFIXES)


# where changelogs are, by Liquibase's and the frameworks' conventions: Spring Boot's db/changelog/
# db.changelog-master.yaml, JHipster's config/liquibase/master.xml, Keycloak's jpa-changelog-*.xml, traccar's
# schema/changelog-*.xml; a master elsewhere still includes changelogs of any name
_CHANGELOG_PLACES = ("changelog", "liquibase", "changeset")


def named_like_a_changelog(relative: str) -> bool:
    """Whether an XML, YAML or JSON file's path is where changelogs are kept, so that a survey opens only
    those (a repository of 20,000 JSON files costs a second of reads otherwise)."""
    lowered = relative.lower()
    return any(place in lowered for place in _CHANGELOG_PLACES) or Path(lowered).stem == "master"


def is_changelog_file(path: Path) -> bool:
    """Whether an XML, YAML or JSON file is a changelog: its start names the `databaseChangeLog` root."""
    if not is_changelog(path.name):
        return False
    try:
        with open_regular(path) as handle:
            head = handle.read(HEAD_BYTES).decode("utf-8", "replace")
    except OSError:
        return False
    return bool(CHANGELOG_START.search(head))


def parsed(text: str, relative: str) -> Element:
    """The changelog's root; ValueError with a one-line reason when it is not a readable changelog."""
    return _parsed(text, relative.lower().endswith(".xml"))


@lru_cache(maxsize=256)
def _parsed(text: str, xml: bool) -> Element:
    """`parsed`, once per text: a replay asks for a changelog's includes, its properties, its `sqlFile`s and
    its changes (traccar's 30 changelogs were parsed 327 times for one catalog). Nothing changes the
    elements after they are built (`_with_values` makes new ones)."""
    root = _xml_root(text) if xml else _yaml_root(text)
    if root.name != ROOT:
        raise ValueError(f"not a Liquibase changelog (its root is `{root.name}`, not `{ROOT}`)")
    return root


def shared_properties(files: list[tuple[Path, str]], dialect_for: Callable[[str], str]) -> dict[str, str]:
    """The `<property>` values of the changelogs among `files` (global: a master's serve the changelogs it
    includes); a changelog that cannot be read gives none (the replay reports it)."""
    values: dict[str, str] = {}
    for path, relative in files:
        if is_changelog(relative):
            try:
                values.update(properties(parsed(read_script(path), relative), dialect_for(relative)))
            except (OSError, UnicodeDecodeError, ValueError):
                continue
    return values


def properties(root: Element, dialect: str) -> dict[str, str]:
    """The changelog's `<property>` values that apply to the project's database."""
    return {entry.get("name"): entry.attributes.get("value", "") for entry in root.named("property")
            if entry.get("name") and _runs_on(entry.get("dbms"), dialect)}


def changes(root: Element, path: Path, relative: str, dialect: str, values: dict[str, str],
            facts: FileFacts) -> Iterator[Change]:
    """The statements the changelog's changeSets apply on the project's database, in order."""
    for change_set in root.named("changeSet"):
        if not _runs_on(change_set.get("dbms"), dialect) or not _preconditions_hold(change_set, dialect):
            continue
        for change in change_set.children:
            if change.name in NO_COLUMNS or not _runs_on(_substituted(change.get("dbms"), values), dialect):
                continue
            try:
                yield from _statements(_with_values(change, values), path, relative, dialect)
            except ValueError as reason:
                facts.problems.append(InputProblem(relative, change.line, change.column, str(reason), "unparsable"))


def _statements(change: Element, path: Path, relative: str, dialect: str) -> Iterator[Change]:
    """One change as statements (ValueError: a change that may shape tables and is not read)."""
    line = change.line
    table = _table(change) if change.get("tableName") else None
    if change.name == "createTable" and table is not None:
        columns = [_column(column, dialect) for column in change.named("column")]
        yield line, exp.Create(this=exp.Schema(this=table, expressions=columns), kind="TABLE")
    elif change.name == "addColumn" and table is not None:
        yield line, _alter(table, [_column(column, dialect) for column in change.named("column")])
    elif change.name == "dropColumn" and table is not None:
        names = [change.get("columnName")] if change.get("columnName") else [
            column.get("name") for column in change.named("column")]
        yield line, _alter(table, [exp.Drop(kind="COLUMN", tables=[exp.column(name)]) for name in names if name])
    elif change.name == "renameColumn" and table is not None:
        renamed = exp.RenameColumn(this=exp.column(change.get("oldColumnName")), to=exp.column(change.get("newColumnName")))
        yield line, _alter(table, [renamed])
    elif change.name == "modifyDataType" and table is not None:
        retyped = exp.AlterColumn(this=exp.to_identifier(change.get("columnName")), dtype=_type(change.get("newDataType"), dialect))
        yield line, _alter(table, [retyped])
    elif change.name == "setColumnRemarks" and table is not None:
        column = exp.column(change.get("columnName"), table=table.name, db=table.db or None)
        yield line, exp.Comment(this=column, kind="COLUMN", expression=exp.Literal.string(change.get("remarks")))
    elif change.name == "mergeColumns" and table is not None:  # two columns become one
        merged = [exp.Drop(kind="COLUMN", tables=[exp.column(change.get(name))]) for name in ("column1Name", "column2Name")]
        final = exp.ColumnDef(this=exp.to_identifier(change.get("finalColumnName")),
                              kind=_type(change.get("finalColumnType"), dialect) if change.get("finalColumnType") else None)
        yield line, _alter(table, [final, *merged])
    elif change.name == "addLookupTable":  # a new table of an existing column's distinct values
        looked_up = exp.table_(change.get("newTableName"), db=change.get("newTableSchemaName") or None)
        column = exp.ColumnDef(this=exp.to_identifier(change.get("newColumnName")),
                               kind=_type(change.get("newColumnDataType"), dialect) if change.get("newColumnDataType") else None)
        yield line, exp.Create(this=exp.Schema(this=looked_up, expressions=[column]), kind="TABLE")
    elif change.name in ("renameTable", "renameView"):
        kind, old, new = ("TABLE", "oldTableName", "newTableName") if change.name == "renameTable" else (
            "VIEW", "oldViewName", "newViewName")
        renamed_to = exp.AlterRename(this=exp.table_(change.get(new)))
        yield line, exp.Alter(this=_table(change, old), kind=kind, actions=[renamed_to])
    elif change.name in ("dropTable", "dropView") and (change.get("tableName") or change.get("viewName")):
        kind = "TABLE" if change.name == "dropTable" else "VIEW"
        yield line, exp.Drop(kind=kind, tables=[_table(change, "tableName" if kind == "TABLE" else "viewName")])
    elif change.name == "createView" and change.get("viewName") and change.text.strip():
        query = change.text.strip()
        written = query if change.get("fullDefinition").lower() == "true" else (
            f"CREATE VIEW {_table(change, 'viewName').sql(dialect)} AS {query}")
        yield change.text_line or line, _placed(written, change)
    elif change.name == "sql":
        yield change.text_line or line, _ended(change.text, change.get("endDelimiter"))
    elif change.name == "sqlFile":
        found = _sql_file(change, path, relative)
        yield line, SqlFile(found.relative, _ended(found.text, change.get("endDelimiter")))
    else:
        raise ValueError(f"cannot read the Liquibase change `{change.name}`: the tables' columns may differ from the "
                         "replay's")


def _ended(sql: str, delimiter: str) -> str:
    """SQL whose statements end with another `endDelimiter` (`//`, `/`, `$$`: a trigger's or a routine's body
    holds `;`) with each line-ending delimiter read as `;`, on the same lines."""
    if not delimiter.strip() or delimiter.strip() == ";":
        return sql
    ending = re.compile(rf"{re.escape(delimiter.strip())}[ \t]*$", re.MULTILINE)
    return ending.sub(";", sql)


def _placed(written: str, change: Element) -> str:
    """A statement made from an element's text, starting where its text's first line does."""
    leading = change.text[:len(change.text) - len(change.text.lstrip())]
    return "\n" * leading.count("\n") + written


def _sql_file(change: Element, path: Path, relative: str) -> SqlFile:
    """The SQL of a `sqlFile` change (ValueError when it is not in the project)."""
    root = path.parents[relative.count("/")].resolve()
    name = change.get("path")
    target = resolved(path, name, change.get("relativeToChangelogFile").lower() == "true", root) if name else None
    if target is None:
        raise ValueError(f"cannot find the sqlFile `{name}` of this changeSet in the project: its changes are not in "
                         "the catalog")
    try:
        return SqlFile(target.relative_to(root).as_posix(), read_script(target))
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot read the sqlFile `{name}`: {error}") from None


def _table(change: Element, attribute: str = "tableName") -> exp.Table:
    return exp.table_(change.get(attribute), db=change.get("schemaName") or None)


def _alter(table: exp.Table, actions: list[exp.Expression]) -> exp.Alter:
    return exp.Alter(this=table, kind="TABLE", actions=actions)


def _column(column: Element, dialect: str) -> exp.ColumnDef:
    """A `<column>` of createTable or addColumn: its name, type and remarks (as its comment)."""
    if not column.get("name"):
        raise ValueError(f"a column without a name in `{column.name}`: the table's columns may differ from the replay's")
    remarks = column.get("remarks")
    constraints = [exp.ColumnConstraint(kind=exp.CommentColumnConstraint(this=exp.Literal.string(remarks)))] if remarks else []
    kind = _type(column.get("type"), dialect) if column.get("type") else None
    return exp.ColumnDef(this=exp.to_identifier(column.get("name")), kind=kind, constraints=constraints)


def _type(written: str, dialect: str) -> exp.DataType:
    """A Liquibase type (`VARCHAR(128)`, `CLOB`, `java.sql.Types.TIMESTAMP`) as the dialect's type; a type no
    parser knows stays as written (`${uuid_type}` without its property)."""
    written = written.removeprefix(JAVA_TYPES)
    try:
        return exp.DataType.build(written, dialect=dialect, udt=True)
    except Exception:  # noqa: BLE001 - sqlglot's ParseError or a tokenizer error: keep the text
        return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=written)


def _runs_on(dbms: str, dialect: str) -> bool:
    """Whether a `dbms` list (`postgresql, h2`, `!mssql`, `all`, `none`) includes the project's database."""
    names = {name.strip().lower() for name in dbms.split(",") if name.strip()}
    if not names or "all" in names:
        return True
    ours = DATABASES.get(dialect, {dialect})
    excluded = {name[1:] for name in names if name.startswith("!")}
    included = names - {f"!{name}" for name in excluded}
    return not ours & excluded and (not included or bool(ours & included))


def _preconditions_hold(change_set: Element, dialect: str) -> bool:
    """A changeSet's `dbms` preconditions (alone, or any of an `or`) include the project's database, and
    none under a `not` (Keycloak's `<not><dbms type="db2"/></not>`) does."""
    for conditions in change_set.named("preConditions"):
        for condition in conditions.children:
            checks = [condition] if condition.name == "dbms" else condition.children if condition.name in ("or", "not") else []
            types = [check.get("type") for check in checks if check.name == "dbms"]
            if not types or len(types) < len(checks):
                continue
            ours = any(_runs_on(written, dialect) for written in types)
            if ours == (condition.name == "not"):
                return False
    return True


def _substituted(text: str, values: dict[str, str]) -> str:
    return PROPERTY.sub(lambda found: values.get(found.group(1), found.group(0)), text) if "${" in text else text


def _with_values(element: Element, values: dict[str, str]) -> Element:
    """The element with `${name}` replaced in its attributes and text, its children too."""
    if not values:
        return element
    return Element(element.name, element.line, element.column,
                   {name: _substituted(value, values) for name, value in element.attributes.items()},
                   [_with_values(child, values) for child in element.children],
                   _substituted(element.text, values), element.text_line)


def _xml_root(text: str) -> Element:
    """The XML document's root element, with lines; a DOCTYPE is refused."""
    from xml.parsers import expat  # only for a project with an XML changelog

    parser = expat.ParserCreate(namespace_separator="}")
    top = Element("", 0)
    stack = [top]

    def refuse(*_: Any) -> None:
        raise ValueError("a DOCTYPE in a changelog: privgate reads no document type declarations")

    def start(name: str, attributes: dict[str, str]) -> None:
        element = Element(name.rsplit("}", 1)[-1], parser.CurrentLineNumber, parser.CurrentColumnNumber + 1,
                          {key.rsplit("}", 1)[-1]: value for key, value in attributes.items()})
        stack[-1].children.append(element)
        stack.append(element)

    def data(chunk: str) -> None:
        element = stack[-1]
        if not element.text:
            element.text_line = parser.CurrentLineNumber
        element.text += chunk

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = lambda _: stack.pop()
    parser.CharacterDataHandler = data
    try:
        parser.Parse(text, True)
    except expat.ExpatError as error:
        raise UnreadableChangelog(f"cannot parse the changelog: {expat.ErrorString(error.code)}", error.lineno,
                                  error.offset + 1) from None
    if not top.children:
        raise ValueError("an empty XML document, not a changelog")
    return top.children[0]


def _yaml_root(text: str) -> Element:
    """The YAML (or JSON) document's `databaseChangeLog`, as elements with lines."""
    import yaml  # only for a project with a YAML changelog: a warm one-file scan imports no YAML parser

    try:
        document = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise UnreadableChangelog(f"cannot parse the changelog: {' '.join(str(error).split())}",
                                  mark.line + 1 if mark else 1, mark.column + 1 if mark else 1) from None
    if not isinstance(document, yaml.MappingNode):
        raise ValueError("not a Liquibase changelog (its root is not a mapping)")
    for key, value in document.value:
        if key.value == ROOT:
            return _yaml_element(ROOT, value, key.start_mark.line + 1, key.start_mark.column + 1)
    raise ValueError(f"not a Liquibase changelog (no `{ROOT}`)")


# YAML lists whose items are an XML element's children (`columns: [- column: ...]`, `changes: [...]`)
CHILD_LISTS = frozenset({"columns", "changes", ROOT})
TEXTS = frozenset({"sql", "selectQuery"})  # the YAML value that is the XML element's text


def _yaml_element(name: str, node: Any, line: int, column: int) -> Element:
    """A YAML item `name: node` as an element: scalars are attributes, lists and mappings children."""
    import yaml

    element = Element(name, line, column)
    if isinstance(node, yaml.ScalarNode):
        element.text, element.text_line = str(node.value), node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        element.children = _yaml_items(node)
    elif isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(value, yaml.ScalarNode) and key.value in TEXTS and name != "column":
                block = value.style in ("|", ">")  # its text starts on the next line
                element.text, element.text_line = str(value.value), value.start_mark.line + 1 + block
            elif isinstance(value, yaml.ScalarNode):
                element.attributes[str(key.value)] = str(value.value)
            elif isinstance(value, yaml.SequenceNode) and key.value in CHILD_LISTS:
                element.children += _yaml_items(value)
            else:
                element.children.append(_yaml_element(str(key.value), value, key.start_mark.line + 1,
                                                      key.start_mark.column + 1))
    return element


def _yaml_items(node: Any) -> list[Element]:
    """A YAML list's items (`- createTable: {...}`) as elements."""
    import yaml

    items = []
    for item in node.value:
        if isinstance(item, yaml.MappingNode):
            items += [_yaml_element(str(key.value), value, key.start_mark.line + 1, key.start_mark.column + 1)
                      for key, value in item.value]
    return items
