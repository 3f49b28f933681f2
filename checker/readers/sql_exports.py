"""Exports: statements that send rows out of the warehouse, and where to.

COPY ... TO, Snowflake COPY INTO a stage or URL, BigQuery EXPORT DATA, CREATE EXTERNAL TABLE ...
LOCATION (and CREATE TABLE ... LOCATION ... AS SELECT), and Redshift UNLOAD, which sqlglot keeps as
an opaque command: its text is read with the Redshift tokenizer. The caller silences sqlglot's
"Falling back to parsing as a 'Command'" warning.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError
from sqlglot.tokens import TokenType

from checker.readers.sql_grants import command_text
from checker.records import Record

URL_SCHEMES = ("s3://", "s3a://", "gs://", "gcs://", "azure://", "abfss://", "wasbs://", "https://", "http://",
               "hdfs://", "file://")


@dataclass(frozen=True, eq=False, repr=False)
class Export(Record):
    kind: str  # "copy_to", "unload", "export_data", "copy_into_location", "external_table"
    destination: str
    region: str | None  # stated by the statement itself (UNLOAD ... REGION)
    query: exp.Query | None  # the rows that leave, when a query says which
    table: exp.Table | None  # the whole table that leaves otherwise


def find_export(statement: exp.Expression, dialect: str) -> Export | None:
    """The export a statement performs, or None."""
    if isinstance(statement, exp.Copy):
        return _copy(statement)
    if isinstance(statement, exp.Export):
        return _export_data(statement)
    if isinstance(statement, exp.Create):
        return _located_table(statement)
    if isinstance(statement, exp.Command) and statement.name.upper() == "UNLOAD":
        return _unload(command_text(statement), dialect)
    return None


def _copy(copy: exp.Copy) -> Export | None:
    target = copy.this
    files = copy.args.get("files") or []
    if not copy.args.get("kind"):  # COPY <table|(query)> TO '<file>'
        destination = _text(files[0]) if files else None
        if destination is None:
            return None
        if isinstance(target, exp.Subquery):
            return Export("copy_to", destination, None, target.this, None)
        return Export("copy_to", destination, None, None, target if isinstance(target, exp.Table) else None)
    # Snowflake COPY INTO <location> FROM <table|(query)>: an unload only when the target is a stage or URL
    destination = _text(target.this if isinstance(target, exp.Table) else target)
    if destination is None or not _is_location(destination):
        return None
    source = files[0] if files else None
    if isinstance(source, exp.Subquery):
        return Export("copy_into_location", destination, None, source.this, None)
    return Export("copy_into_location", destination, None, None, source if isinstance(source, exp.Table) else None)


def _export_data(export: exp.Export) -> Export | None:
    options = export.args.get("options")
    uri = None
    for prop in options.expressions if options is not None else []:
        if isinstance(prop, exp.Property) and prop.name.lower() == "uri":
            uri = _text(prop.args.get("value"))
    query = export.this
    if uri is None or not isinstance(query, exp.Query):
        return None
    return Export("export_data", uri, None, query, None)


def _located_table(create: exp.Create) -> Export | None:
    properties = create.args.get("properties")
    location = next((p for p in (properties.expressions if properties else []) if isinstance(p, exp.LocationProperty)),
                    None)
    if location is None:
        return None
    destination = _text(location.this)
    if destination is None:
        return None
    query = create.expression if isinstance(create.expression, exp.Query) else None
    if query is None:
        return None  # a definition, not a movement: where the table stores data is TRF004's question
    return Export("external_table", destination, None, query, None)


def _unload(text: str, dialect: str) -> Export | None:
    """`UNLOAD ('select ...') TO 's3://...' [IAM_ROLE '...'] [REGION 'us-east-1'] ...`."""
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(text)
    except SqlglotError:
        return None
    strings = [(index, token) for index, token in enumerate(tokens) if token.token_type == TokenType.STRING]
    if not strings:
        return None
    query_text = strings[0][1].text.replace("''", "'")
    destination = region = None
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if following.token_type != TokenType.STRING:
            continue
        if token.text.upper() == "TO" and destination is None:
            destination = following.text
        elif token.text.upper() == "REGION":
            region = following.text
    if destination is None:
        return None
    try:
        query = sqlglot.parse_one(query_text, read=dialect)
    except SqlglotError:
        query = None
    return Export("unload", destination, region, query if isinstance(query, exp.Query) else None, None)


def _text(node: exp.Expression | None) -> str | None:
    if node is None:
        return None
    if isinstance(node, (exp.Literal, exp.Var, exp.Identifier)):
        return str(node.this)
    if isinstance(node, exp.Table) and not node.db:
        return _text(node.this)
    return None


def _is_location(destination: str) -> bool:
    return destination.startswith("@") or destination.lower().startswith(URL_SCHEMES)
