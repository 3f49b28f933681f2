"""dbt's own global macros (`dbt.date_trunc`, `dbt.type_string` ...) for projects rendered without
dbt-core: each is a small table entry (its parameters, its `default__` SQL and the adapters whose SQL
differs) turned into macro text that dispatches like dbt's (`adapter.dispatch(name, 'dbt')`), so a
project's own `<adapter>__name` still wins. The SQL follows dbt-adapters' `include/global_project`
(Apache-2.0); it only has to give lineage the same columns, not run."""

from __future__ import annotations

import re

# name -> (parameters, default__ body, {adapter: body})
CROSS_DATABASE: dict[str, tuple[str, str, dict[str, str]]] = {
    "any_value": ("expression", "any_value({{ expression }})", {"postgres": "min({{ expression }})"}),
    "array_append": ("array, new_element", "array_append({{ array }}, {{ new_element }})", {}),
    "array_concat": ("array_1, array_2", "array_cat({{ array_1 }}, {{ array_2 }})", {}),
    "array_construct": ("inputs=[], data_type=none", "array[ {{ inputs | join(' , ') }} ]", {}),
    "bool_or": ("expression", "bool_or({{ expression }})", {"snowflake": "boolor_agg({{ expression }})"}),
    "cast": ("field, type", "cast({{ field }} as {{ type }})", {}),
    "cast_bool_to_text": ("field", "cast({{ field }} as {{ dbt.type_string() }})", {}),
    "concat": ("fields", "{{ fields | join(' || ') }}", {"bigquery": "concat({{ fields | join(', ') }})"}),
    "current_timestamp": ("", "current_timestamp", {"postgres": "now()", "bigquery": "current_timestamp()"}),
    "current_timestamp_backcompat": ("", "current_timestamp", {}),
    "current_timestamp_in_utc_backcompat": ("", "current_timestamp", {}),
    "date": ("year, month, day", "date '{{ modules.datetime.date(year, month, day) }}'", {}),
    "date_trunc": ("datepart, date", "date_trunc('{{ datepart }}', {{ date }})",
                   {"bigquery": "timestamp_trunc(cast({{ date }} as timestamp), {{ datepart }})"}),
    "dateadd": ("datepart, interval, from_date_or_timestamp",
                "dateadd({{ datepart }}, {{ interval }}, {{ from_date_or_timestamp }})",
                {"postgres": "{{ from_date_or_timestamp }} + ((interval '1 {{ datepart }}') * ({{ interval }}))",
                 "bigquery": "datetime_add(cast({{ from_date_or_timestamp }} as datetime), "
                             "interval {{ interval }} {{ datepart }})"}),
    "datediff": ("first_date, second_date, datepart", "datediff({{ datepart }}, {{ first_date }}, {{ second_date }})",
                 {"bigquery": "datetime_diff(cast({{ second_date }} as datetime), cast({{ first_date }} as datetime), "
                              "{{ datepart }})",
                  "postgres": "((({{ second_date }})::date - ({{ first_date }})::date))"}),
    "escape_single_quotes": ("expression", "{{ expression | replace(\"'\", \"''\") }}", {}),
    "except": ("", "except", {"bigquery": "except distinct"}),
    "intersect": ("", "intersect", {"bigquery": "intersect distinct"}),
    "hash": ("field", "md5(cast({{ field }} as {{ dbt.type_string() }}))", {}),
    "last_day": ("date, datepart", "cast({{ dbt.dateadd('day', '-1', dbt.dateadd(datepart, '1', "
                                   "dbt.date_trunc(datepart, date))) }} as date)", {}),
    "length": ("expression", "length({{ expression }})", {}),
    "listagg": ("measure, delimiter_text=\"','\", order_by_clause=none, limit_num=none",
                "listagg({{ measure }}, {{ delimiter_text }}){% if order_by_clause %} within group "
                "({{ order_by_clause }}){% endif %}",
                {"postgres": "string_agg({{ measure }}, {{ delimiter_text }} {{ order_by_clause or '' }})",
                 "bigquery": "string_agg({{ measure }}, {{ delimiter_text }} {{ order_by_clause or '' }})"}),
    "position": ("substring_text, string_text", "position({{ substring_text }} in {{ string_text }})", {}),
    "replace": ("field, old_chars, new_chars", "replace({{ field }}, {{ old_chars }}, {{ new_chars }})", {}),
    "right": ("string_text, length_expression", "right({{ string_text }}, {{ length_expression }})", {}),
    "safe_cast": ("field, type", "cast({{ field }} as {{ type }})",
                  {"snowflake": "try_cast({{ field }} as {{ type }})", "bigquery": "safe_cast({{ field }} as {{ type }})"}),
    "split_part": ("string_text, delimiter_text, part_number",
                   "split_part({{ string_text }}, {{ delimiter_text }}, {{ part_number }})", {}),
    "string_literal": ("value", "'{{ value }}'", {}),
    "get_powers_of_two": ("upper_bound", "{% for i in range(1, 100) %}{% if upper_bound <= 2 ** i %}"
                                         "{{ return(i) }}{% endif %}{% endfor %}", {}),
    "generate_series": ("upper_bound",
                        "{% set n = dbt.get_powers_of_two(upper_bound) %}with p as (select 0 as generated_number "
                        "union all select 1), unioned as (select {% for i in range(n) %}p{{ i }}.generated_number * "
                        "power(2, {{ i }}) + {% endfor %}1 as generated_number from {% for i in range(n) %}p as "
                        "p{{ i }}{% if not loop.last %} cross join {% endif %}{% endfor %}) select * from unioned "
                        "where generated_number <= {{ upper_bound }} order by generated_number", {}),
    "get_intervals_between": ("start_date, end_date, datepart", "{{ return(1) }}", {}),
    "date_spine": ("datepart, start_date, end_date",
                   "with rawdata as ({{ dbt.generate_series(dbt.get_intervals_between(start_date, end_date, "
                   "datepart)) }}), all_periods as (select ({{ dbt.dateadd(datepart, 'row_number() over (order by 1) "
                   "- 1', start_date) }}) as date_{{ datepart }} from rawdata), filtered as (select * from all_periods "
                   "where date_{{ datepart }} <= {{ end_date }}) select * from filtered", {}),
}

# dbt's portable type names -> the adapter's type (api.Column.translate_type, dbt.type_string() ...)
TYPES: dict[str, dict[str, str]] = {
    "default": {"string": "varchar", "timestamp": "timestamp", "float": "float", "numeric": "numeric(28,6)",
                "bigint": "bigint", "int": "integer", "integer": "integer", "boolean": "boolean"},
    "postgres": {"string": "varchar", "float": "float", "int": "integer"},
    "redshift": {"string": "varchar"},
    "snowflake": {"string": "varchar", "timestamp": "timestamp_ntz", "int": "integer"},
    "bigquery": {"string": "string", "timestamp": "timestamp", "float": "float64", "numeric": "numeric",
                 "bigint": "int64", "int": "int64", "integer": "int64", "boolean": "boolean"},
    "databricks": {"string": "string", "int": "int"},
    "spark": {"string": "string", "int": "int"},
}

# Adapters whose dispatch falls back to another adapter's macros before `default__` (dbt's inheritance).
PARENT_ADAPTER = {"redshift": "postgres", "databricks": "spark", "duckdb": "postgres"}

# privgate's sqlglot dialect -> dbt's adapter type (target.type)
ADAPTER_OF_DIALECT = {"postgres": "postgres", "snowflake": "snowflake", "bigquery": "bigquery", "redshift": "redshift",
                      "databricks": "databricks", "spark": "spark", "duckdb": "duckdb", "trino": "trino",
                      "presto": "trino", "tsql": "sqlserver", "clickhouse": "clickhouse", "mysql": "mysql",
                      "oracle": "oracle", "sqlite": "sqlite", "athena": "athena"}


def type_name(adapter: str, portable: str) -> str:
    """`string` on Snowflake -> `varchar`; an unknown name is kept."""
    portable = portable.lower()
    for source in (adapter, PARENT_ADAPTER.get(adapter, ""), "default"):
        found = TYPES.get(source, {}).get(portable)
        if found:
            return found
    return portable


def _macro_text() -> str:
    parts = []
    for name, (parameters, default, adapters) in CROSS_DATABASE.items():
        arguments = ", ".join(re.findall(r"(?:^|,)\s*(\w+)", re.sub(r"\"[^\"]*\"|'[^']*'", "''", parameters)))
        parts.append(f"{{% macro {name}({parameters}) %}}{{{{ return(adapter.dispatch('{name}', 'dbt')({arguments})) }}}}"
                     "{% endmacro %}")
        for prefix, body in {"default": default, **adapters}.items():
            parts.append(f"{{% macro {prefix}__{name}({parameters}) %}}{body}{{% endmacro %}}")
    for portable in TYPES["default"]:
        parts.append(f"{{% macro type_{portable}() %}}{{{{ return(api.Column.translate_type('{portable}')) }}}}"
                     "{% endmacro %}")
    parts.append("{% macro generate_schema_name(custom_schema_name, node=none) %}{{ custom_schema_name or "
                 "target.schema }}{% endmacro %}")
    parts.append("{% macro generate_alias_name(custom_alias_name=none, node=none) %}{{ custom_alias_name or "
                 "(node.name if node else '') }}{% endmacro %}")
    parts.append("{% macro generate_database_name(custom_database_name=none, node=none) %}{{ custom_database_name "
                 "or target.database }}{% endmacro %}")
    return "\n".join(parts)


MACRO_TEXT = _macro_text()
