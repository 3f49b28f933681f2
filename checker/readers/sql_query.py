"""Column flow and row conditions of one query, from sqlglot's qualify and scopes.

Given a query and the catalog, it answers: which physical columns the query reads (through CTEs,
derived tables, subqueries, aliases and `SELECT *`), which physical columns each output column
comes from, and which conditions hold for every row it returns.
"""

from __future__ import annotations

from dataclasses import dataclass

from datetime import date

from sqlglot import exp
from sqlglot.errors import OptimizeError
from sqlglot.optimizer.qualify import qualify
from sqlglot.optimizer.scope import Scope, traverse_scope, walk_in_scope

from checker.catalog import Catalog
from checker.facts import ColumnRead, ColumnRef, Exclusion, OutputColumn, RowConditions, RowTest
from checker.readers.sql_time import age_comparison
from checker.records import MutableRecord

CLAUSES = {
    "expressions": "select list",
    "where": "WHERE",
    "joins": "JOIN ON",
    "group": "GROUP BY",
    "having": "HAVING",
    "order": "ORDER BY",
    "qualify": "QUALIFY",
    "windows": "WINDOW",
    "distinct": "DISTINCT ON",
}
TRUE_WORDS = {"true", "1", "y", "yes", "granted", "given", "opt_in", "opted_in", "subscribed", "active", "accepted"}
FALSE_WORDS = {"false", "0", "n", "no", "denied", "withdrawn", "revoked", "opt_out", "opted_out",
               "unsubscribed", "rejected", "inactive"}


@dataclass(eq=False, repr=False)
class QueryFacts(MutableRecord):
    reads: list[ColumnRead]
    outputs: list[OutputColumn]
    branches: list[RowConditions]


def analyse_query(query: exp.Expression, catalog: Catalog, dialect: str, as_of: date | None = None) -> QueryFacts:
    """Qualify `query` against the catalog and collect its reads, outputs and row conditions.

    Raises sqlglot's OptimizeError when the query cannot be qualified (the caller reports it).
    """
    _resolve_schemas(query, catalog)
    pristine = query.copy() if _may_need_reading_as_written(query, catalog) or _joins_using(query) else None
    try:
        qualified = _qualified(query, catalog, dialect)
    except OptimizeError as error:
        if pristine is not None and AMBIGUOUS_USING in str(error) and _using_as_on(pristine):
            return analyse_query(pristine, catalog, dialect, as_of)
        # `SELECT x + 1 AS y, y * 2 AS z FROM upstream`, `WHERE x > (SELECT MAX(x) FROM this)`: sqlglot
        # will not tell a lateral alias, or a subquery's own column, from a column of a source whose
        # columns are unknown (a dbt source without a column list) or of the outer query. Read them as
        # written: the alias the query defines, the column of the subquery's only source.
        if pristine is None or UNKNOWN_SOURCES not in str(error) or not _read_as_written(pristine, catalog):
            raise
        qualified = _qualified(pristine, catalog, dialect)
    scopes = traverse_scope(qualified)
    if not scopes:
        return QueryFacts([], [], [])
    analyser = _Analyser(catalog, scopes, as_of or date.today())
    root = next(scope for scope in scopes if scope.is_root)
    return QueryFacts(analyser.reads(), analyser.outputs(root), analyser.branches(root))


def _qualified(query: exp.Expression, catalog: Catalog, dialect: str) -> exp.Expression:
    return qualify(
        query,  # qualified in place: the statement node is not read again after its facts are taken
        schema=catalog.sqlglot_schema(dialect),
        dialect=dialect,
        validate_qualify_columns=False,
        allow_partial_qualification=True,  # the catalog lists the columns that matter, not every column
        quote_identifiers=False,
        identify=False,
    )


UNKNOWN_SOURCES = "due to missing source schemas"
AMBIGUOUS_USING = "Cannot automatically join"


def _joins_using(query: exp.Expression) -> bool:
    return any(join.args.get("using") for join in query.find_all(exp.Join))


def _using_as_on(query: exp.Expression) -> bool:
    """`a FULL JOIN b USING (id) FULL JOIN c USING (id)`, where the catalog does not know which source on
    the left has `id` (a CTE of a dbt star, a source without a column list): sqlglot will not guess, so
    each USING becomes `ON <the FROM source>.id = <joined>.id`. The lineage is the same (a USING column
    is the sources' common value); whether any was rewritten."""
    rewritten = False
    for select in query.find_all(exp.Select):
        source = select.args.get("from_") or select.args.get("from")
        left = _source_name(source.this) if source is not None else None
        for join in select.args.get("joins") or []:
            right, using = _source_name(join.this), join.args.get("using")
            if not using or left is None or right is None:
                continue
            columns = [column.name for column in using]
            join.set("using", None)
            join.set("on", exp.and_(*(exp.column(name, table=left.copy()).eq(exp.column(name, table=right.copy()))
                                       for name in columns)))
            rewritten = True
    return rewritten


def _aliases(select: exp.Select) -> dict[str, exp.Expression]:
    return {projection.alias.lower(): projection.this for projection in select.expressions
            if isinstance(projection, exp.Alias) and projection.alias}


def _renames(projection: exp.Expression) -> bool:
    """`logdate::DATE AS logdate`: an alias computed from the source column of its own name, which
    later references name too (the column, not the alias)."""
    name = projection.alias.lower()
    return any(isinstance(node, exp.Column) and node.name.lower() == name for node in walk_in_scope(projection.this))


def _may_need_reading_as_written(query: exp.Expression, catalog: Catalog) -> bool:
    """Whether some SELECT names one of its own projection aliases with an unqualified column, or
    has an own source for columns sqlglot cannot place (cheap: only such a query can need
    `_read_as_written`)."""
    for select in query.find_all(exp.Select):
        if _own_source(select, catalog) is not None:
            return True
        aliases = _aliases(select)
        if aliases and any(isinstance(node, exp.Column) and not node.table and node.name.lower() in aliases
                           for node in walk_in_scope(select)):
            return True
    return False


def _read_as_written(query: exp.Expression, catalog: Catalog) -> bool:
    expanded = _expand_alias_references(query)
    unnested = _unnest_of_the_outer_row(query, catalog)
    return _qualify_own_source_columns(query, catalog) or expanded or unnested


ELEMENT_ALIAS = "_privgate_element"  # the name given to an UNNEST's element where the query gives none


def _unnest_of_the_outer_row(query: exp.Expression, catalog: Catalog) -> bool:
    """BigQuery's `(SELECT value.string_value FROM UNNEST(event_params) WHERE key = 'page_title')`, the way GA4
    exports are read, where the outer query's source has no known columns (a dbt source without a column list):
    the unnested array is a column of the outer row, and `key` and `value` are fields of the array's element,
    which sqlglot cannot place without the array's STRUCT type. The array's column is qualified with the outer
    query's own source (`_own_source`), and the element's fields with the UNNEST's alias (given one where it has
    none), so the subquery reads the outer column as written. Returns whether anything changed."""
    changed = False
    for select in list(query.find_all(exp.Select)):
        source = select.args.get("from_") or select.args.get("from")
        unnest = source.this if source is not None else None
        outer = select.parent_select if isinstance(unnest, exp.Unnest) and not select.args.get("joins") else None
        own = _own_source(outer, catalog) if outer is not None else None
        if own is None:
            continue
        name, elsewhere = own
        for column in unnest.find_all(exp.Column):
            if not column.table and column.name.lower() not in elsewhere:
                column.set("table", name.copy())
                changed = True
        alias = unnest.args.get("alias")
        if isinstance(alias, exp.TableAlias) and (alias.columns or alias.this):
            continue  # `UNNEST(event_params) AS p`: the query names the element's fields itself
        element = exp.to_identifier(ELEMENT_ALIAS)
        unnest.set("alias", exp.TableAlias(this=element))
        visible = _visible_sources(select)
        for column in list(walk_in_scope(select, prune=lambda item: item.is_star)):
            if not isinstance(column, exp.Column) or column.find_ancestor(exp.Unnest) is unnest:
                continue
            if not column.table:  # `key`: a field of the element
                column.set("table", element.copy())
            elif not column.args.get("db") and column.table.lower() not in visible:
                column.set("db", element.copy())  # `value.string_value`: a path into the element's `value`
        changed = True
    return changed


def _visible_sources(select: exp.Select) -> set[str]:
    """The names of the tables and CTEs a SELECT and the queries around it can name (lower case)."""
    names: set[str] = set()
    node: exp.Expression | None = select
    while node is not None:
        if isinstance(node, exp.Select):
            for table in node.find_all(exp.Table):
                if (found := _source_name(table)) is not None:
                    names.add(found.name.lower())
        ctes = node.args.get("with_") or node.args.get("with") if isinstance(node, (exp.Select, exp.Union)) else None
        if isinstance(ctes, exp.With):
            names |= {cte.alias.lower() for cte in ctes.expressions}
        node = node.parent
    return names


def _own_source(select: exp.Select, catalog: Catalog) -> tuple[exp.Identifier, set[str]] | None:
    """The name (alias) of the table a SELECT's unqualified columns come from when sqlglot cannot
    place them, with the columns that come from elsewhere: its only table (nothing elsewhere), or,
    when it reads tables only, the one whose columns the catalog does not know (the columns of the
    others elsewhere). None when no table, or more than one, is unknown.
    A joined UNNEST (BigQuery's `from events, unnest(event_params) as p`) or FLATTEN (Snowflake's
    `, lateral flatten(input => payload) f`) is no table: what it unnests is a column of the tables
    before it, and the names it defines (`p`, `with offset as n`, `f` and its `value`, `index` ...)
    come from elsewhere."""
    source = select.args.get("from_") or select.args.get("from")
    if source is None or select.args.get("laterals"):
        return None
    joined = [join.this for join in select.args.get("joins") or []]
    unnested = _unnest_names([table for table in joined if _unnests(table)])
    tables = [source.this] + [table for table in joined if not _unnests(table)]
    names = [name for table in tables if (name := _source_name(table)) is not None]
    if len(names) != len(tables):
        return None
    if len(tables) == 1:
        return names[0], unnested
    if not all(isinstance(table.this, exp.Identifier) for table in tables):
        return None  # a table function among them: its columns are sqlglot's to place
    known = [catalog.table(_table_name(table)) for table in tables]
    unknown = [name for name, table in zip(names, known, strict=True) if table is None or not table.columns]
    if len(unknown) != 1:
        return None
    return unknown[0], unnested | {column for table in known if table is not None for column in table.columns}


def _unnests(table: exp.Expression) -> bool:
    """A joined UNNEST, or a LATERAL table function whose alias lists its columns (sqlglot's FLATTEN)."""
    alias = table.args.get("alias")
    return isinstance(table, exp.Unnest) or (isinstance(table, exp.Lateral) and not isinstance(table.this, exp.Subquery)
                                             and isinstance(alias, exp.TableAlias) and bool(alias.columns))


def _unnest_names(unnests: list[exp.Expression]) -> set[str]:
    """The names joined UNNESTs and FLATTENs define: their alias, its columns and an offset's alias."""
    names: set[str] = set()
    for unnest in unnests:
        alias, offset = unnest.args.get("alias"), unnest.args.get("offset")
        if isinstance(alias, exp.TableAlias):
            names |= {identifier.name.lower() for identifier in (alias.this, *alias.columns) if identifier}
        if isinstance(offset, exp.Identifier):
            names.add(offset.name.lower())
    return names


def _source_name(table: exp.Expression) -> exp.Identifier | None:
    """The identifier a table goes by in its query (its alias, else its name); None for a source
    that is no table (a derived table) or has no name."""
    if not isinstance(table, exp.Table):
        return None
    alias = table.args.get("alias")
    name = alias.this if isinstance(alias, exp.TableAlias) and alias.this else table.this
    return name if isinstance(name, exp.Identifier) and name.name else None


def _qualify_own_source_columns(query: exp.Expression, catalog: Catalog) -> bool:
    """Qualify each unqualified column of a SELECT with its own source (`_own_source`), unless it
    names one of the SELECT's aliases or a column of another of its tables: in SQL a subquery's own
    sources are searched before the outer query's, so `(SELECT MAX(loaded_at) FROM {{ this }})` reads
    its own table, `(SELECT name FROM user_ u, comment c WHERE ...)` reads `name` from user_ when
    `comment` has none, and `logdate::DATE AS logdate, MIN(logdate) OVER ()` reads the column.
    Returns whether anything changed."""
    changed = False
    for select in list(query.find_all(exp.Select)):
        own = _own_source(select, catalog)
        if own is None:
            continue
        name, elsewhere = own
        aliases = {projection.alias.lower() for projection in select.expressions
                   if isinstance(projection, exp.Alias) and projection.alias and not _renames(projection)}
        for column in list(walk_in_scope(select, prune=lambda item: item.is_star)):
            if not isinstance(column, exp.Column) or column.table or column.name.lower() in aliases:
                continue
            unnest = column.find_ancestor(exp.Unnest, exp.Lateral, exp.Select)
            # an UNNEST's own alias is no name inside its argument: `unnest(items) as items` unnests the column
            outside = elsewhere - _unnest_names([unnest]) if unnest is not None and _unnests(unnest) else elsewhere
            if column.name.lower() not in outside:
                column.set("table", name.copy())
                changed = True
    return changed


def _expand_alias_references(query: exp.Expression) -> bool:
    """Replace each unqualified column that names an alias of its own SELECT by the aliased
    expression: an earlier projection's alias in the select list, any in WHERE, GROUP BY, HAVING and
    QUALIFY (Snowflake's, Redshift's, DuckDB's and Databricks' lateral aliases; BigQuery's in GROUP BY,
    HAVING and QUALIFY). An aggregate is not moved into GROUP BY or into another aggregate. Returns
    whether anything changed."""
    changed = False
    for select in list(query.find_all(exp.Select)):
        earlier: dict[str, exp.Expression] = {}

        def replace(node: exp.Expression | None, aliases: dict[str, exp.Expression], grouping: bool = False) -> None:
            nonlocal changed
            if node is None:
                return
            for column in list(walk_in_scope(node, prune=lambda item: item.is_star)):
                if not isinstance(column, exp.Column) or column.table or column.name.lower() not in aliases:
                    continue
                aliased = aliases[column.name.lower()]
                aggregate = aliased.find(exp.AggFunc) is not None
                inside_aggregate = column.find_ancestor(exp.AggFunc) is not None and not isinstance(
                    column.find_ancestor(exp.Window, exp.Select), exp.Window)
                if aggregate and (grouping or inside_aggregate):
                    continue
                column.replace(exp.paren(aliased.copy()))
                changed = True

        for projection in select.expressions:
            replace(projection, earlier)
            if isinstance(projection, exp.Alias) and projection.alias and not _renames(projection):
                earlier[projection.alias.lower()] = projection.this
        replace(select.args.get("where"), earlier)
        replace(select.args.get("group"), earlier, grouping=True)
        replace(select.args.get("having"), earlier)
        replace(select.args.get("qualify"), earlier)
    return changed


def _resolve_schemas(query: exp.Expression, catalog: Catalog) -> None:
    """Give every unqualified reference to a catalog table the schema the search path resolves it
    to, so same-named tables of two schemas never mix in sqlglot's schema (CTE names stay as they are)."""
    ctes = {cte.alias_or_name.lower() for cte in query.find_all(exp.CTE)}
    for node in query.find_all(exp.Table):
        if node.args.get("db") or not node.name or node.name.lower() in ctes:
            continue
        table = catalog.table(node.name)
        if table is not None:
            node.set("db", exp.to_identifier(catalog.schema_of(table)))


class _Analyser:
    def __init__(self, catalog: Catalog, scopes: list[Scope], as_of: date) -> None:
        self.catalog = catalog
        self.as_of = as_of
        self.scopes = scopes
        self.by_expression = {id(scope.expression): scope for scope in scopes}

    # -- reads -----------------------------------------------------------------------------
    def reads(self) -> list[ColumnRead]:
        seen: set[tuple[ColumnRef, int, int, str]] = set()
        found: list[ColumnRead] = []
        for scope in self.scopes:
            for column in scope.columns:
                table = self._physical_table(scope, column.table)
                if table is None:
                    continue
                ref = ColumnRef(table, column.name.lower())
                line, col = _position(column)
                key = (ref, line, col, column.name)
                if key in seen and line:
                    continue
                seen.add(key)
                found.append(ColumnRead(ref, line, col, _clause(column, scope), _scope_name(scope)))
            for star in _leftover_stars(scope):
                line, col = _position(star)
                for table in self._star_tables(scope, star):
                    found.extend(ColumnRead(ref, line, col, "select list (*)", _scope_name(scope))
                                 for ref in self.catalog.columns_of(table))
        return found

    def _star_tables(self, scope: Scope, star: exp.Expression) -> list[str]:
        """Catalog tables a `*` or `t.*` left unexpanded by qualify still reads (some source was unknown)."""
        aliases = [star.table] if isinstance(star, exp.Column) and star.table else list(scope.selected_sources)
        names = []
        for alias in aliases:
            source = scope.sources.get(alias)
            if isinstance(source, exp.Table):
                table = self.catalog.table(_table_name(source))
                names.extend([table.name] if table else [])
        return names

    def _physical_table(self, scope: Scope, alias: str) -> str | None:
        """The catalog name of the physical table behind `alias` in `scope` (or an outer scope)."""
        current: Scope | None = scope
        while current is not None:
            source = current.sources.get(alias)
            if isinstance(source, exp.Table):
                table = self.catalog.table(_table_name(source))
                return table.name if table else None
            if source is not None:
                return None
            current = current.parent
        return None

    # -- lineage ---------------------------------------------------------------------------
    def outputs(self, root: Scope) -> list[OutputColumn]:
        """Output columns by position; a set operation's branches add their sources to each position."""
        results: list[OutputColumn] = []
        for branch in self._set_branches(root):
            select = branch.expression
            if not isinstance(select, exp.Select):
                continue
            for index, projection in enumerate(select.expressions):
                sources, paths = self._trace(branch, projection)
                derivation = self._derivation(branch, projection)
                if index < len(results):
                    previous = results[index]
                    sources = tuple(dict.fromkeys(previous.sources + sources))
                    paths = tuple(dict.fromkeys(previous.path + paths))
                    derivation = _combined([previous.derivation, derivation])
                    results[index] = OutputColumn(previous.name, sources, paths, derivation)
                else:
                    results.append(OutputColumn(projection.alias_or_name, sources, paths, derivation))
        return results

    def _derivation(self, scope: Scope, node: exp.Expression, depth: int = 0) -> str:
        """How `node`'s value comes from the columns it reads (OutputColumn.derivation), through CTEs and
        derived tables: a hash of several columns or a row number is a key, a count or sum over many people
        an aggregate, a plain column, cast or coalesce of columns what its columns are, the rest computed."""
        value = _value(node.this if isinstance(node, exp.Alias) else node)
        if isinstance(value, exp.Star) or (isinstance(value, exp.Column) and isinstance(value.this, exp.Star)):
            return "column"
        if depth > 50:
            return "computed"
        if _is_field(value):
            return "field"
        if isinstance(value, RANKINGS) or (isinstance(value, exp.Window) and isinstance(value.this, RANKINGS)):
            return "key"
        if _is_hash(value):
            return "key" if len({column.name.lower() for column in value.find_all(exp.Column)}) > 1 else "computed"
        if isinstance(value, exp.Column) or _coalesce_of_columns(value):
            columns = [value] if isinstance(value, exp.Column) else list(value.find_all(exp.Column))
            return _combined([self._column_derivation(scope, column, depth) for column in columns])
        kinds = [self._summary_derivation(scope, summary) for summary in _summaries(value)]
        kinds += [self._column_derivation(scope, column, depth) for column in _value_columns(value)]
        return "aggregate" if kinds and all(kind == "aggregate" for kind in kinds) else "computed"

    def _column_derivation(self, scope: Scope, column: exp.Column, depth: int) -> str:
        """What a column read holds: a physical column is as stored, a CTE's or derived table's what its query made."""
        source = self._source(scope, column.table)
        if not isinstance(source, Scope):
            return "column"
        kinds = [self._derivation(inner, projection, depth + 1) for inner in self._set_branches(source)
                 if (projection := _projection(inner, column.name)) is not None]
        return _combined(kinds) if kinds else "column"

    def _summary_derivation(self, scope: Scope, summary: exp.Expression) -> str:
        """A count, sum or average is an aggregate over many people unless its rows are one person's: grouped
        (GROUP BY, or a window's PARTITION BY) by a key or by a column that identifies a person."""
        window = summary.parent if isinstance(summary.parent, exp.Window) else None
        if window is not None:
            keys = list(window.args.get("partition_by") or [])
        else:
            select = scope.expression
            group = select.args.get("group") if isinstance(select, exp.Select) else None
            if group is not None and group.args.get("all"):
                keys = [projection for projection in select.expressions if not _summaries(projection)]
            else:
                keys = [group] if group is not None else []
        columns = [column for key in keys for column in ([key] if isinstance(key, exp.Column) else key.find_all(exp.Column))]
        return "computed" if any(self._identifies(scope, column) for column in columns) else "aggregate"

    def _identifies(self, scope: Scope, column: exp.Column) -> bool:
        """Whether a grouping column tells people apart: a key by its name, or one whose sources' category identifies."""
        if _key_name(column.name):
            return True
        for ref in self.trace_column(scope, column):
            category = self.catalog.category(ref) or ""
            if _key_name(ref.column) or category.rpartition(".")[2] in IDENTIFYING:
                return True
        return False

    def trace_column(self, scope: Scope, column: exp.Column) -> list[ColumnRef]:
        return list(self._trace(scope, column)[0])

    def _trace(self, scope: Scope, node: exp.Expression, depth: int = 0) -> tuple[tuple[ColumnRef, ...], tuple[str, ...]]:
        """Physical columns feeding `node`, and readable paths ending at it."""
        refs: list[ColumnRef] = []
        paths: list[str] = []
        if isinstance(node, exp.Star) or (isinstance(node, exp.Column) and isinstance(node.this, exp.Star)):
            stars = [ref for table in self._star_tables(scope, node) for ref in self.catalog.columns_of(table)]
            return tuple(stars), tuple(f"{ref} → *" for ref in stars)
        columns = [node] if isinstance(node, exp.Column) else list(node.find_all(exp.Column))
        label = node.alias_or_name if isinstance(node, (exp.Alias, exp.Column)) else node.sql()
        for column in columns:
            if depth > 50:
                break
            source = self._source(scope, column.table)
            if isinstance(source, exp.Table):
                table = self.catalog.table(_table_name(source))
                if table:
                    ref = ColumnRef(table.name, column.name.lower())
                    refs.append(ref)
                    paths.append(str(ref))
            elif isinstance(source, Scope):
                for inner in self._set_branches(source):
                    projection = _projection(inner, column.name)
                    if projection is None:
                        continue
                    inner_refs, inner_paths = self._trace(inner, projection, depth + 1)
                    refs.extend(inner_refs)
                    step = f"{_scope_name(inner)}.{column.name}"
                    paths.extend(f"{path} → {step}" for path in inner_paths)
        if depth == 0:
            paths = [f"{path} → {label}" for path in paths]
        return tuple(dict.fromkeys(refs)), tuple(paths)

    def _source(self, scope: Scope, alias: str) -> exp.Table | Scope | None:
        current: Scope | None = scope
        while current is not None:
            if alias in current.sources:
                return current.sources[alias]
            current = current.parent
        return None

    def _set_branches(self, scope: Scope) -> list[Scope]:
        """A UNION/INTERSECT/EXCEPT scope's SELECT branches; a plain scope is its own branch."""
        if not scope.set_operation_scopes:
            return [scope]
        branches: list[Scope] = []
        for child in scope.set_operation_scopes:
            branches.extend(self._set_branches(child))
        return branches

    # -- row conditions ------------------------------------------------------------------
    def branches(self, root: Scope) -> list[RowConditions]:
        found = []
        for branch in self._set_branches(root):
            conditions = self._conditions(branch, via=None, depth=0)
            carried = tuple(dict.fromkeys(ref for output in self.outputs(branch) for ref in output.sources))
            found.append(RowConditions(conditions.tests, conditions.exclusions, carried))
        return found

    def _conditions(self, scope: Scope, via: str | None, depth: int) -> RowConditions:
        """Tests that hold for every row `scope` returns."""
        select = scope.expression
        if not isinstance(select, exp.Select) or depth > 30:
            return RowConditions()
        tests: list[RowTest] = []
        exclusions: list[Exclusion] = []
        for clause in ("where", "having", "qualify"):
            node = select.args.get(clause)
            if node is not None:
                self._collect(scope, _implied_atoms(node.this), via or clause.upper(), depth, tests, exclusions)
        from_ = select.args.get("from_") or select.args.get("from")
        joins = select.args.get("joins") or []
        from_kept = not any(join.side in ("RIGHT", "FULL") for join in joins)
        if from_ is not None and from_kept:
            self._inherit(scope, from_.this, via, depth, tests, exclusions)
        for join in joins:
            if join.side in ("LEFT", "FULL") or join.args.get("kind") in ("ANTI", "SEMI"):
                continue
            on = join.args.get("on")
            if on is not None:
                self._collect(scope, _implied_atoms(on), via or "JOIN ON", depth, tests, exclusions)
            self._inherit(scope, join.this, via, depth, tests, exclusions)
        return RowConditions(tuple(tests), tuple(exclusions))

    def _inherit(self, scope: Scope, source_node: exp.Expression, via: str | None, depth: int,
                 tests: list[RowTest], exclusions: list[Exclusion]) -> None:
        """Conditions of a CTE or derived table hold for the rows taken from it."""
        source = scope.sources.get(source_node.alias_or_name)
        if not isinstance(source, Scope):
            return
        branches = self._set_branches(source)
        label = via or _scope_name(branches[0])
        results = [self._conditions(branch, label, depth + 1) for branch in branches]
        common = set(results[0].tests).intersection(*(set(r.tests) for r in results[1:]))
        tests.extend(test for test in results[0].tests if test in common)
        common_ex = set(results[0].exclusions).intersection(*(set(r.exclusions) for r in results[1:]))
        exclusions.extend(item for item in results[0].exclusions if item in common_ex)

    def _collect(self, scope: Scope, atoms: list[exp.Expression], via: str, depth: int,
                 tests: list[RowTest], exclusions: list[Exclusion]) -> None:
        for atom in atoms:
            negated = isinstance(atom, exp.Not)
            inner = _unwrap(atom.this) if negated else atom
            subquery = _subquery_of(inner)
            if subquery is not None:
                sub_scope = self.by_expression.get(id(subquery))
                if sub_scope is None:
                    continue
                if negated:
                    exclusions.append(Exclusion(tuple(self._tables_of(sub_scope)), atom.sql()))
                else:
                    kind = "EXISTS subquery" if isinstance(inner, exp.Exists) else "IN subquery"
                    tests.extend(self._conditions(sub_scope, kind, depth + 1).tests)
                continue
            test = _classify(atom) or _classify_age(atom, self.as_of)
            if test is None:
                continue
            column, kind, value = test
            for ref in self.trace_column(scope, column):
                tests.append(RowTest(ref, kind, value, via, atom.sql()))

    def _tables_of(self, scope: Scope) -> list[str]:
        """Physical tables in the FROM and JOINs of `scope` (through CTEs and derived tables)."""
        names: list[str] = []
        for branch in self._set_branches(scope):
            select = branch.expression
            if not isinstance(select, exp.Select):
                continue
            from_ = select.args.get("from_") or select.args.get("from")
            nodes = ([from_.this] if from_ is not None else []) + [join.this for join in select.args.get("joins") or []]
            for node in nodes:
                source = branch.sources.get(node.alias_or_name)
                if isinstance(source, exp.Table):
                    table = self.catalog.table(_table_name(source))
                    names.extend([table.name] if table else [])
                elif isinstance(source, Scope):
                    names.extend(self._tables_of(source))
        return list(dict.fromkeys(names))


# functions whose value stands for the columns hashed into it (dbt_utils.generate_surrogate_key renders md5)
HASHES = (exp.MD5, exp.MD5Digest, exp.SHA, exp.SHA2, exp.FarmFingerprint) + tuple(
    getattr(exp, name) for name in ("SHA1Digest", "SHA2Digest", "StandardHash", "MD5NumberLower64") if hasattr(exp, name))
HASH_NAMES = {"md5", "sha", "sha1", "sha2", "sha256", "sha512", "hash", "hashbytes", "farm_fingerprint", "fingerprint",
              "xxhash64", "xxhash3", "cityhash64", "siphash64", "murmur_hash3_32", "crc32", "md5_hex", "sha1_hex",
              "sha2_hex", "hash_md5", "hash_sha256", "generate_surrogate_key", "surrogate_key", "uuid_v5", "uuid5"}
# aggregates that summarise the values of their rows (MIN, MAX, ARRAY_AGG, a median pick one person's value)
SUMMARIES = tuple(getattr(exp, name) for name in ("Count", "CountIf", "Sum", "Avg", "Stddev", "StddevPop", "StddevSamp",
                                                 "Variance", "VariancePop", "ApproxDistinct", "Corr", "CovarPop",
                                                 "CovarSamp") if hasattr(exp, name))
RANKINGS = tuple(getattr(exp, name) for name in ("RowNumber", "Rank", "DenseRank", "Ntile", "PercentRank", "CumeDist")
                 if hasattr(exp, name))
# the last part of a category that tells one person from another (a count grouped by it is that person's)
IDENTIFYING = {"name", "email", "phone_number", "government_id", "national_identification_number", "passport_number",
               "driver_license_number", "tax_id", "bank_account", "credit_card", "device", "ip_address", "device_id",
               "cookie_id", "advertising_id", "account", "username", "address", "precise", "credentials"}


def _value(node: exp.Expression) -> exp.Expression:
    """The expression a value comes from, without parentheses and casts (a cast changes no one's data)."""
    while isinstance(node, (exp.Paren, exp.Cast, exp.TryCast)):
        node = node.this
    return node


FIELD_EXTRACTIONS = (exp.JSONExtract, exp.JSONExtractScalar, exp.JSONBExtract, exp.JSONBExtractScalar)


def _is_field(node: exp.Expression) -> bool:
    """A field taken out of a nested value by its key: a JSON path (`->>`, `JSON_VALUE`, Snowflake's `:`), a
    map's or struct's value under a literal key (`attrs['plan']`, MySQL's `JSON_UNQUOTE(JSON_EXTRACT(...))`),
    or a scalar subquery over an UNNEST of the row's array (GA4's `event_params`)."""
    if isinstance(node, exp.Anonymous) and str(node.this).lower() == "json_unquote" and len(node.expressions) == 1:
        node = _value(node.expressions[0])
    if isinstance(node, FIELD_EXTRACTIONS):
        return True
    if isinstance(node, exp.Bracket):
        return bool(node.expressions) and all(isinstance(key, exp.Literal) and key.is_string for key in node.expressions)
    if isinstance(node, exp.Subquery) and isinstance(node.this, exp.Select):
        source = node.this.args.get("from_") or node.this.args.get("from")
        return source is not None and isinstance(source.this, exp.Unnest)
    return False


def _is_hash(node: exp.Expression) -> bool:
    if isinstance(node, HASHES):
        return True
    return isinstance(node, exp.Anonymous) and str(node.this).lower().rpartition(".")[2] in HASH_NAMES


def _coalesce_of_columns(node: exp.Expression) -> bool:
    """`coalesce(a.email, b.email, '')`: one of the columns, as read."""
    if not isinstance(node, exp.Coalesce):
        return False
    parts = [_value(part) for part in [node.this, *node.expressions]]
    return any(isinstance(part, exp.Column) for part in parts) and all(
        isinstance(part, (exp.Column, exp.Literal, exp.Null)) for part in parts)


def _summaries(node: exp.Expression) -> list[exp.Expression]:
    """The outermost counts, sums and averages in `node` (not those inside another)."""
    return [found for found in node.find_all(*SUMMARIES)
            if not any(isinstance(ancestor, SUMMARIES) for ancestor in _ancestors(found, node))]


def _value_columns(node: exp.Expression) -> list[exp.Column]:
    """Columns whose values flow into `node`: not those a count or sum summarises, nor a window's PARTITION BY
    or ORDER BY, which choose rows rather than give values."""
    found = []
    for column in node.find_all(exp.Column):
        chain = [column, *_ancestors(column, node)]
        if any(isinstance(ancestor, SUMMARIES) for ancestor in chain[1:]) or any(
                isinstance(parent, exp.Window) and child.arg_key != "this" for child, parent in zip(chain, chain[1:])):
            continue
        found.append(column)
    return found


def _ancestors(node: exp.Expression, top: exp.Expression) -> list[exp.Expression]:
    found = []
    current = node.parent
    while current is not None:
        found.append(current)
        if current is top:
            break
        current = current.parent
    return found


def _key_name(name: str) -> bool:
    """`id`, `person_id`, `customerId`, `member_month_key`, `user_sk`, `account_uuid`: a name that numbers rows."""
    lowered = name.lower()
    return lowered in ("id", "key", "uuid") or lowered.endswith(("_id", "_key", "_sk", "_uuid")) or (
        name.endswith(("Id", "ID")) and len(name) > 2)


def _combined(kinds: list[str]) -> str:
    """One derivation for values that come from several (a coalesce, a UNION's branches): the same, or computed."""
    distinct = set(kinds)
    if len(distinct) == 1:
        return kinds[0]
    return "computed" if "computed" in distinct or not distinct else "column"


def _leftover_stars(scope: Scope) -> list[exp.Expression]:
    select = scope.expression
    if not isinstance(select, exp.Select):
        return []
    return [p for p in select.expressions
            if isinstance(p, exp.Star) or (isinstance(p, exp.Column) and isinstance(p.this, exp.Star))]


def _implied_atoms(node: exp.Expression) -> list[exp.Expression]:
    """Atomic conditions implied by a boolean expression: AND unions, OR intersects.

    Long AND/OR chains are flattened without recursion (generated filters can have thousands of terms).
    """
    node = _unwrap(node)
    if isinstance(node, exp.And):
        return [atom for part in node.flatten() for atom in _implied_atoms(part)]
    if isinstance(node, exp.Or):
        common: dict[str, exp.Expression] | None = None
        for part in node.flatten():
            atoms = {atom.sql(): atom for atom in _implied_atoms(part)}
            common = atoms if common is None else {key: common[key] for key in common if key in atoms}
            if not common:
                return []
        return list((common or {}).values())
    return [node]


def _unwrap(node: exp.Expression) -> exp.Expression:
    while isinstance(node, exp.Paren):
        node = node.this
    return node


def _subquery_of(node: exp.Expression) -> exp.Expression | None:
    if isinstance(node, exp.Exists):
        query = node.this
    elif isinstance(node, exp.In) and node.args.get("query") is not None:
        query = node.args["query"]
    else:
        return None
    return query.this if isinstance(query, exp.Subquery) else query


def _classify(atom: exp.Expression) -> tuple[exp.Column, str, str | None] | None:
    """A simple test on one column: `c`, `NOT c`, `c = lit`, `c IS [NOT] NULL`, `c IS TRUE`, `c IN (lits)`."""
    if isinstance(atom, exp.Column):
        return atom, "true", None
    if isinstance(atom, exp.Not):
        inner = _unwrap(atom.this)
        if isinstance(inner, exp.Not):  # NOT NOT x
            return _classify(_unwrap(inner.this))
        if isinstance(inner, exp.Column):
            return inner, "false", None
        if isinstance(inner, exp.Is):
            flipped = _classify(inner)
            opposite = {"null": "not_null", "not_null": "null", "true": "false", "false": "true"}
            return (flipped[0], opposite[flipped[1]], None) if flipped else None
        return None
    if isinstance(atom, exp.Is) and isinstance(atom.this, exp.Column):
        target = atom.expression
        negated = bool(atom.args.get("negate"))  # some dialects parse IS NOT as Is(negate=True)
        if isinstance(target, exp.Null):
            return atom.this, "not_null" if negated else "null", None
        if isinstance(target, exp.Boolean):
            return atom.this, "true" if bool(target.this) != negated else "false", None
        return None
    if isinstance(atom, (exp.EQ, exp.NEQ)):
        column, literal = (atom.this, atom.expression) if isinstance(atom.this, exp.Column) else (atom.expression, atom.this)
        if not isinstance(column, exp.Column):
            return None
        word = _literal_word(literal)
        if word is None:
            return None
        truth = "true" if word in TRUE_WORDS else "false" if word in FALSE_WORDS else None
        if isinstance(atom, exp.NEQ):
            truth = {"true": "false", "false": "true"}.get(truth or "", None)
            return (column, truth, None) if truth else None
        return (column, truth, None) if truth else (column, "equals", word)
    if isinstance(atom, exp.In) and isinstance(atom.this, exp.Column) and atom.expressions:
        words = [_literal_word(item) for item in atom.expressions]
        if words and all(word in TRUE_WORDS for word in words):
            return atom.this, "true", None
    return None


def _classify_age(atom: exp.Expression, as_of: date) -> tuple[exp.Column, str, str | None] | None:
    """Age filters: `birth_date <= CURRENT_DATE - INTERVAL '18 years'` (older_than) and `age >= 18` (at_least)."""
    limit = age_comparison(atom, as_of)
    if limit is not None:
        return limit.column, "older_than", str(round(limit.age.days / 365.2425, 2))  # years (average), compared, not a date
    if isinstance(atom, (exp.GTE, exp.GT)) and isinstance(atom.this, exp.Column):
        column, bound, strict = atom.this, atom.expression, isinstance(atom, exp.GT)
    elif isinstance(atom, (exp.LTE, exp.LT)) and isinstance(atom.expression, exp.Column):
        column, bound, strict = atom.expression, atom.this, isinstance(atom, exp.LT)
    else:
        return None
    if isinstance(bound, exp.Literal) and not bound.is_string:
        try:
            value = float(bound.this) + (1 if strict else 0)
        except ValueError:
            return None
        return column, "at_least", str(value)
    return None


def _literal_word(node: exp.Expression) -> str | None:
    if isinstance(node, exp.Boolean):
        return "true" if node.this else "false"
    if isinstance(node, exp.Literal):
        return str(node.this).strip().lower()
    return None


def _projection(scope: Scope, name: str) -> exp.Expression | None:
    select = scope.expression
    if not isinstance(select, exp.Select):
        return None
    for projection in select.expressions:
        if projection.alias_or_name.lower() == name.lower():
            return projection.this if isinstance(projection, exp.Alias) else projection
    return None


def _table_name(table: exp.Table) -> str:
    return ".".join(part.name for part in table.parts).lower()


def _position(node: exp.Column) -> tuple[int, int]:
    meta = node.this.meta if isinstance(node.this, exp.Identifier) else {}
    line = meta.get("line", 0)
    end = meta.get("col", 0)
    start = end - len(node.name) + 1 if end else 0
    return line, max(start, 0)


def _clause(column: exp.Column, scope: Scope) -> str:
    node: exp.Expression = column
    while node.parent is not None and node.parent is not scope.expression:
        node = node.parent
    return CLAUSES.get(node.arg_key, "query")


def _scope_name(scope: Scope) -> str:
    if scope.is_cte:
        parent = scope.expression.parent
        alias = parent.alias if isinstance(parent, exp.CTE) else ""
        return f"CTE {alias}".strip()
    if scope.is_derived_table:
        parent = scope.expression.parent
        return f"derived table {parent.alias}" if parent is not None and parent.alias else "derived table"
    if scope.is_subquery:
        return "subquery"
    return "query"
