"""dbt projects: models rendered in a sandbox with their line numbers, schema-file annotations,
purposes from meta and folders, lineage across models, and the manifest when it is there."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
import textwrap
from pathlib import Path

import pytest
import yaml

from checker.config import load_config
from checker.engine import ScanResult, collect_files, load_project, scan
from helpers import DEFAULT_AS_OF

SOURCES = """
version: 2
sources:
  - name: crm
    schema: public
    tables:
      - name: accounts
        columns:
          - {name: id, meta: {privgate: none}}
          - {name: email, meta: {privgate: account.email}}
          - {name: full_name, meta: {contains_pii: true}}
          - {name: last_login_at, tags: [pii]}
          - {name: created_at}
      - name: consents
        columns:
          - {name: account_id}
          - {name: marketing_email, meta: {privgate: consent.marketing_email}}
          - {name: withdrawn_at, meta: {privgate: consent.withdrawal}}
"""
PROJECT = """
name: shop
model-paths: [models]
vars: {since: "2025-01-01"}
models:
  shop:
    marketing:
      +meta: {purpose: marketing}
"""


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")


def _scan(root: Path, models: dict[str, str], extra: dict[str, str] | None = None) -> ScanResult:
    _write(root, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
                  "models/sources.yml": SOURCES, **models, **(extra or {})})
    project = load_project(load_config(root / "privgate.yaml"))
    return scan(project, collect_files(project, [root]), DEFAULT_AS_OF)


STAGING = """
    {{ config(
        materialized='view'
    ) }}
    select id as account_id, {{ clean('email') }} as email, full_name, last_login_at
    from {{ source('crm', 'accounts') }}
    where created_at >= '{{ var("since") }}'
    """


def test_models_render_in_place_and_lineage_crosses_models(tmp_path: Path) -> None:
    result = _scan(tmp_path, {
        "models/staging/stg_accounts.sql": "-- privgate: purpose=user_account\n" + textwrap.dedent(STAGING),
        "models/marketing/audience.sql": "select s.email\nfrom {{ ref('stg_accounts') }} s\n",
        "macros/clean.sql": "{% macro clean(column) %}lower(trim({{ column }})){% endmacro %}\n",
    })
    found = sorted((f.rule_id, f.path, f.line) for f in result.findings)
    assert found == [("CON001", "models/marketing/audience.sql", 1)]  # the macros folder is not scanned


def test_an_empty_model_filled_by_a_hook_has_its_columns_for_the_models_downstream(tmp_path: Path) -> None:
    # dbt-labs/dbt-project-evaluator (Apache-2.0) defines stg_nodes and stg_exposures as `select cast(null
    # as ...) as unique_id, ... where 1=0`, empty tables its post-hooks fill; int_all_graph_resources unions
    # them with dbt_utils.union_relations, which asks their columns: privgate knew none, the union failed to
    # parse and the exposures' owners (name, e-mail) were never seen
    result = _scan(tmp_path, {
        "models/staging/stg_exposures.sql": (
            "{{ config(materialized='table', post_hook=\"{{ log('filled from the graph') }}\") }}\n"
            "with dummy_cte as (select 1 as foo)\nselect\n    cast(null as varchar) as unique_id,\n"
            "    cast(null as varchar) as owner_email,\n    cast(null as varchar) as owner_name\n"
            "from dummy_cte\nwhere 1=0\n"),
        "models/marketing/owners.sql": "select e.owner_email, e.owner_name\nfrom {{ ref('stg_exposures') }} e\n",
    })
    found = sorted((f.rule_id, f.path, f.line) for f in result.findings)
    assert ("CON001", "models/marketing/owners.sql", 1) in found  # an e-mail read for marketing, without consent
    assert not [f for f in found if f[0].startswith("INP") or f[1] == "models/staging/stg_exposures.sql"]


def test_rendered_statements_keep_their_lines(tmp_path: Path) -> None:
    result = _scan(tmp_path, {
        "models/staging/stg_accounts.sql": textwrap.dedent(STAGING),
        "macros/clean.sql": "{% macro clean(column) %}lower({{ column }}){% endmacro %}\n",
    })
    [finding] = result.findings
    assert (finding.rule_id, finding.line) == ("PUR002", 4)  # the select after a three-line config block


def test_a_hook_string_with_jinja_inside_a_config_block_renders(tmp_path: Path) -> None:
    """A post-hook whose string holds `{{ this }}` and a quoted `{{ ... }}` of its own (as
    basedosdados' models grant row access policies): the config block ends at its own `}}`, and the
    statement after it keeps its line."""
    hooked = textwrap.dedent("""
        {{
            config(
                alias="audience",
                post_hook=[
                    'CREATE ROW ACCESS POLICY p ON {{this}} FILTER USING (DATE("{{ run_started_at.strftime("%Y-%m-%d") }}") > d)',
                ],
            )
        }}
        select s.email
        from {{ ref('stg_accounts') }} s
        """).lstrip("\n")
    result = _scan(tmp_path, {
        "models/staging/stg_accounts.sql": "-- privgate: purpose=user_account\n" + textwrap.dedent(STAGING),
        "models/marketing/audience.sql": hooked,
        "macros/clean.sql": "{% macro clean(column) %}lower(trim({{ column }})){% endmacro %}\n",
    })
    # no INP001 "cannot render": the marketing read of the e-mail is judged, at the select's line
    assert sorted((f.rule_id, f.path, f.line) for f in result.findings) == [("CON001", "models/marketing/audience.sql", 9)]


def test_schema_file_annotations_and_pii_tags_reach_the_catalog(tmp_path: Path) -> None:
    _write(tmp_path, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
                      "models/sources.yml": SOURCES})
    catalog = load_project(load_config(tmp_path / "privgate.yaml")).catalog
    accounts = catalog.table("public.accounts")
    assert accounts.columns == {"id": None, "email": "account.email", "full_name": "account.name",
                                "last_login_at": "account.login", "created_at": None}
    assert accounts.inferred == {"full_name", "last_login_at"}  # pii markers say personal; the name says which


def test_model_purpose_from_meta_wins_over_its_folder(tmp_path: Path) -> None:
    result = _scan(tmp_path, {
        "models/marketing/support_view.sql": "select email from {{ source('crm', 'accounts') }}\n",
        "models/marketing/schema.yml": "version: 2\nmodels:\n  - name: support_view\n    meta: {purpose: customer_service}\n",
    })
    assert result.findings == []  # customer_service may read e-mail addresses; marketing would need consent


@pytest.mark.parametrize("template, message", [
    ("{% include '/etc/passwd' %}", "cannot render"),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}", "cannot render"),
    ("{{ dbt_utils.star(ref('x')) }}", "'dbt_utils' is not available"),
    ("{% for i in range(10**12) %}x{% endfor %}", "cannot render"),
])
def test_jinja_is_sandboxed(tmp_path: Path, template: str, message: str) -> None:
    result = _scan(tmp_path, {"models/marketing/evil.sql": f"select 1 as x\n-- {template}\n"})
    [problem] = result.findings
    assert problem.rule_id == "INP001" and message in problem.message and problem.path == "models/marketing/evil.sql"


def test_env_var_yields_its_default_not_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_SCHEMA", "leaked")
    from checker.readers.dbt import load_dbt_project, render

    _write(tmp_path, {"dbt_project.yml": PROJECT, "models/a.sql": "x"})
    project = load_dbt_project(tmp_path, None)
    model = project.model_at("models/a.sql")
    assert render(project, model, "{{ env_var('SECRET_SCHEMA', 'analytics') }}") == "analytics"


def test_manifest_compiled_code_is_used_when_present(tmp_path: Path) -> None:
    manifest = {"nodes": {"model.shop.audience": {
        "resource_type": "model", "name": "audience", "original_file_path": "models/marketing/audience.sql",
        "compiled_code": "select a.email from analytics.public.accounts a", "columns": {}}}}
    result = _scan(tmp_path, {"models/marketing/audience.sql": "select {{ broken_macro_privgate_cannot_render() }}\n"},
                   {"target/manifest.json": json.dumps(manifest)})
    assert [(f.rule_id, f.line) for f in result.findings] == [("CON001", 1)]


# -- rendering as dbt does ------------------------------------------------------------------------

MACROS = {
    # b_ sorts after a_: the caller's file comes first, and macros call ref, var and each other
    "macros/a_audience.sql": "{% macro audience_of(column) %}{{ pick(column) }} from {{ ref('stg_accounts') }}{% endmacro %}\n",
    "macros/b_pick.sql": """
        {% macro pick(column) -%}
            {%- set columns = [] -%}{%- do columns.append(column) -%}
            select {{ columns | join(', ') }}, '{{ var("since") }}' as since, {{ dbt.date_trunc('day', 'created_at') }} as day
        {%- endmacro %}
        """,
    "macros/money.sql": """
        {% macro cents(column) %}{{ return(adapter.dispatch('cents', 'shop')(column)) }}{% endmacro %}
        {% macro default__cents(column) %}({{ column }} / 100){% endmacro %}
        {% macro postgres__cents(column) %}({{ column }}::numeric / 100){% endmacro %}
        {% macro snowflake__cents(column) %}div0({{ column }}, 100){% endmacro %}
        """,
    "macros/failing.sql": "{% macro guarded(x) %}{{ exceptions.raise_compiler_error('no ' ~ x) }}{% endmacro %}\n",
}
NESTED_VARS = PROJECT.replace('vars: {since: "2025-01-01"}', 'vars:\n  shop:\n    since: "2025-01-01"')


def _render(root: Path, template: str, files: dict[str, str] | None = None, dialect: str | None = None,
            project_text: str = NESTED_VARS) -> str:
    from checker.readers.dbt import load_dbt_project

    _write(root, {"dbt_project.yml": project_text, "models/sources.yml": SOURCES, "models/m.sql": "x", **MACROS,
                  **(files or {})})
    project = load_dbt_project(root, None)
    return project.sql_for(project.model_at("models/m.sql"), template, None, dialect)


@pytest.fixture()
def installed_dbt(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Path], None]]:
    """Put a folder laid out like site-packages with dbt's macro files on sys.path."""
    from checker.readers import dbt_core

    def install(site: Path) -> None:
        monkeypatch.syspath_prepend(str(site))
        dbt_core.core_macro_files.cache_clear()
    yield install
    dbt_core.core_macro_files.cache_clear()


def test_installed_dbts_own_macros_win_over_privgates_imitations(tmp_path: Path, installed_dbt) -> None:
    """dbt-postgres's split_part counts negative parts from the end; privgate's imitation does not."""
    template = "{{ dbt.split_part('name', \"' '\", -1) }} {{ dbt.date(2024, 2, 29) }}"
    imitated = " ".join(_render(tmp_path / "without", template, dialect="postgres").split())
    installed_dbt(Path(__file__).parent.parent / "fixtures" / "dbt_core_site")
    own = " ".join(_render(tmp_path / "with", template, dialect="postgres").split())
    assert imitated == "split_part(name, ' ', -1) date '2024-02-29'"
    assert own == "split_part( name, ' ', length(name) - length( replace(name, ' ', '') ) + 2 + -1 ) " \
                  "to_date('2024-02-29', 'YYYY-MM-DD')"


def test_a_dbt_macro_that_needs_the_warehouse_falls_back_to_the_imitation(tmp_path: Path, installed_dbt) -> None:
    """A test double of an installed global macro that asks the warehouse (as is_incremental-style
    macros do): the model still renders, with privgate's imitation; introspection never reaches it."""
    site = tmp_path / "site"
    _write(site, {"dbt/include/global_project/macros/utils/date_trunc.sql": """
        {% macro date_trunc(datepart, date) %}{{ return(adapter.dispatch('date_trunc', 'dbt')(datepart, date)) }}{% endmacro %}
        {% macro default__date_trunc(datepart, date) %}{{ adapter.describe_warehouse_session() }}{% endmacro %}
        {% macro get_columns_in_relation(relation) %}{{ exceptions.raise_compiler_error('asked the database') }}{% endmacro %}
        """})
    installed_dbt(site)
    sql = _render(tmp_path / "project", "{{ dbt.date_trunc('day', 'created_at') }} "
                                        "{{ dbt.get_columns_in_relation(source('crm', 'accounts')) | length }}")
    assert sql == "date_trunc('day', created_at) 5"


def test_macros_see_the_whole_context_whatever_their_file_order(tmp_path: Path) -> None:
    sql = _render(tmp_path, "{{ audience_of('email') }}\n{{ shop.cents('amount') }} {{ modules.datetime.date(2024, 2, 29) }}")
    assert sql == ("select email, '2025-01-01' as since, date_trunc('day', created_at) as day from stg_accounts\n"
                   "(amount::numeric / 100) 2024-02-29")


@pytest.mark.parametrize("dialect, expected", [("snowflake", "div0(amount, 100)"), ("bigquery", "(amount / 100)")])
def test_dispatch_picks_the_adapter_then_the_default(tmp_path: Path, dialect: str, expected: str) -> None:
    assert _render(tmp_path, "{{ cents('amount') }}", dialect=dialect) == expected


def test_the_projects_dispatch_search_order_overrides_a_package(tmp_path: Path) -> None:
    package = {"dbt_packages/util_pkg/dbt_project.yml": "name: utils\n",
               "dbt_packages/util_pkg/macros/x.sql": """
                   {% macro shout(x) %}{{ return(adapter.dispatch('shout', 'utils')(x)) }}{% endmacro %}
                   {% macro default__shout(x) %}upper({{ x }}){% endmacro %}
                   """}
    assert _render(tmp_path, "{{ utils.shout('name') }}", package) == "upper(name)"
    override = {**package, "macros/shout.sql": "{% macro default__shout(x) %}lower({{ x }}){% endmacro %}\n"}
    ordered = NESTED_VARS + "dispatch:\n  - macro_namespace: utils\n    search_order: [shop, utils]\n"
    assert _render(tmp_path, "{{ utils.shout('name') }}", override, project_text=ordered) == "lower(name)"


def test_dispatch_to_a_namespace_that_names_no_package_searches_every_macro(tmp_path: Path) -> None:
    """dbt searches the whole macro namespace when adapter.dispatch names no installed package; the
    Tuva Project (tuva-health/tuva, Apache-2.0, macros/cross_database_utils/substring.sql) dispatches
    to 'macros', and its 32 models calling substring() were 'found no default__substring in macros'."""
    macros = {"macros/substring.sql": """
        {% macro substring(string, start, length) %}
          {{ return(adapter.dispatch('substring', 'macros')(string, start, length)) }}
        {% endmacro %}
        {% macro default__substring(string, start, length) %}substring({{ string }}, {{ start }}, {{ length }}){% endmacro %}
        """}
    assert _render(tmp_path, "{{ substring('zip_code', 1, 3) }}", macros).strip() == "substring(zip_code, 1, 3)"


def test_dispatch_to_an_installed_package_finds_the_root_projects_override_first(tmp_path: Path) -> None:
    """Without a dispatch config, dbt searches the root project, then the package named."""
    files = {"dbt_packages/util_pkg/dbt_project.yml": "name: utils\n",
             "dbt_packages/util_pkg/macros/x.sql": """
                 {% macro shout(x) %}{{ return(adapter.dispatch('shout', 'utils')(x)) }}{% endmacro %}
                 {% macro default__shout(x) %}upper({{ x }}){% endmacro %}
                 """,
             "macros/shout.sql": "{% macro default__shout(x) %}lower({{ x }}){% endmacro %}\n"}
    assert _render(tmp_path, "{{ utils.shout('name') }}", files) == "lower(name)"


def test_a_macro_returning_to_a_macro_of_its_own_file_returns_to_it(tmp_path: Path) -> None:
    """return() ends only the macro that calls it, also when a macro of the same file called it; the
    Tuva Project (tuva-health/tuva, Apache-2.0, macros/data_quality/dq_analytical_helpers.sql) sets a
    model's schema from such a macro, and the schema's name ended the caller: 136 models rendered
    as `data_quality` followed by their SQL."""
    macros = {"macros/dq.sql": """
        {% macro dq_data_quality_schema_name() %}
            {% if var('tuva_schema_prefix', None) is not none %}
                {{ return(var('tuva_schema_prefix', None) ~ '_data_quality') }}
            {% endif %}
            {{ return('data_quality') }}
        {% endmacro %}
        {% macro dq_config_analytical_metric_model(alias_name) %}
            {{ config(schema = dq_data_quality_schema_name(), alias = alias_name, materialized = 'table') }}
        {% endmacro %}
        """}
    sql = _render(tmp_path, "{{ dq_config_analytical_metric_model('metric') }}\nselect 1 as result", macros)
    assert sql.split() == ["select", "1", "as", "result"]


def test_a_macro_missing_from_an_installed_package_is_named_with_its_package(tmp_path: Path) -> None:
    """An older fivetran_utils in dbt_packages/ lacks a macro the models call: the problem names the
    package and the macro, and says the installed version may not be the one asked for."""
    from checker.readers.dbt import DbtError

    package = {"dbt_packages/fivetran_utils/dbt_project.yml": "name: fivetran_utils\n",
               "dbt_packages/fivetran_utils/macros/a.sql": "{% macro fill_staging_columns(x) %}{{ x }}{% endmacro %}\n"}
    with pytest.raises(DbtError) as missing_macro:
        _render(tmp_path / "a", "{{ fivetran_utils.union_connections('stripe') }}", package)
    assert "'fivetran_utils.union_connections' is not a macro of the fivetran_utils found" in str(missing_macro.value)
    assert "run `dbt deps`" in str(missing_macro.value)
    with pytest.raises(DbtError) as missing_package:
        _render(tmp_path / "b", "{{ spark_utils.get_tables() }}")
    assert "'spark_utils' is not available" in str(missing_package.value)


def test_statements_and_introspection_answer_from_the_catalog(tmp_path: Path) -> None:
    template = """
        {%- call statement('emails', fetch_result=True) %}select distinct email as address from x{% endcall -%}
        {%- set rows = load_result('emails')['data'] -%}
        {%- set found = run_query('select status from orders').columns[0].values() -%}
        {{ rows | length }} {{ found | length }} {{ adapter.get_columns_in_relation(source('crm', 'consents')) | map(attribute='name') | join(',') }}
        {{ adapter.get_columns_in_relation(ref('never_described')) | map(attribute='name') | join(',') }}"""
    assert _render(tmp_path, textwrap.dedent(template).strip()) == "0 0 account_id,marketing_email,withdrawn_at\n*"


def test_source_schema_and_identifier_jinja_are_rendered(tmp_path: Path) -> None:
    sources = SOURCES.replace("schema: public", "schema: \"{{ var('crm_schema', 'crm_raw') }}\"")
    assert _render(tmp_path, "{{ source('crm', 'accounts') }}", {"models/sources.yml": sources}) == "crm_raw.accounts"


def test_a_failing_macro_is_named_at_the_models_line(tmp_path: Path) -> None:
    from checker.readers.dbt import DbtError

    with pytest.raises(DbtError) as raised:
        _render(tmp_path, "select 1 as x\n\nfrom y\nwhere {{ guarded('way') }}\n")
    assert raised.value.line == 4 and "in macro shop.guarded" in raised.value.message and "no way" in raised.value.message


def test_coverage_counts_models_apart_from_statements(tmp_path: Path) -> None:
    """A model that does not render is one model not read, not just one statement among many."""
    result = _scan(tmp_path, {"models/staging/stg_accounts.sql": "select id from {{ source('crm', 'accounts') }}\n",
                              "models/marts/broken.sql": "select {{ no_such_macro() }} as x\n",
                              "analysis/adhoc.sql": "select 1\n"})
    coverage = result.coverage
    assert (coverage.models_found, coverage.models_checked) == (2, 1)
    assert "dbt models 1 of 2 rendered and read" in coverage.describe()
    assert coverage.to_dict()["models_found"] == 2


def test_macro_output_keeps_the_models_lines(tmp_path: Path) -> None:
    multi = {"macros/cols.sql": "{% macro cols() %}\n  a, -- first\n  b\n{% endmacro %}\n"}
    sql = _render(tmp_path, "select {{ cols() }}\nfrom t\n", multi)
    assert sql.splitlines()[1] == "from t" and "/* first */" in sql


# -- lineage through ref, * and CTEs --------------------------------------------------------------

JAFFLE_SOURCES = """
version: 2
sources:
  - name: ecom
    schema: raw
    tables:
      - name: raw_customers
"""
JAFFLE_STAGING = """
with source as (select * from {{ source('ecom', 'raw_customers') }})
select id as customer_id, name as customer_name, email, ip_address from source
"""
QUALIFIED = "select stg_customers.customer_name, stg_customers.email from {{ ref('stg_customers') }} as stg_customers\n"


@pytest.mark.parametrize("model", [
    "select * from {{ ref('stg_customers') }}\n",
    "select customer_name, email from {{ ref('stg_customers') }}\n",
    "with c as (select * from {{ ref('stg_customers') }})\nselect * from c\n",
    "with c as (\n    select * from {{ ref('stg_customers') }}\n)\nselect customer_name, email from c\n",
])
def test_jaffle_shop_idioms_give_the_findings_of_the_qualified_form(tmp_path: Path, model: str) -> None:
    def findings(root: Path, body: str) -> list[tuple[str, int]]:
        result = _scan(root, {"models/marketing/audience.sql": body},
                       {"models/sources.yml": JAFFLE_SOURCES, "models/staging/stg_customers.sql": JAFFLE_STAGING})
        return sorted((f.rule_id, f.line) for f in result.findings if f.path == "models/marketing/audience.sql"
                      and f.rule_id != "PUR001")  # `*` reads ip_address too, which the qualified form does not name
    qualified = findings(tmp_path / "qualified", QUALIFIED)
    assert qualified and ("CON001", 1) in qualified
    assert findings(tmp_path / "idiom", model) == qualified


def test_unknown_upstream_columns_never_erase_a_declared_or_named_category(tmp_path: Path) -> None:
    schema = """
        version: 2
        models:
          - name: stg_customers
            columns:
              - {name: email, meta: {privgate: account.email}}
              - {name: ip_address}
        """
    _write(tmp_path, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
                      "models/sources.yml": JAFFLE_SOURCES, "models/staging/schema.yml": schema,
                      "models/staging/stg_customers.sql": "select * from {{ source('ecom', 'raw_customers') }}\n"})
    table = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("stg_customers")
    assert table.columns["email"] == "account.email" and table.ranks["email"] == 0
    assert table.columns["ip_address"] == "activity.ip_address"


# -- snapshots, analyses, nested projects, macro files ---------------------------------------------

def test_a_snapshot_is_a_table_that_keeps_history(tmp_path: Path) -> None:
    snapshot = """
        {% snapshot visits_snapshot %}
        {{ config(target_schema='snapshots', unique_key='id', strategy='check', check_cols='all') }}
        select * from {{ source('web', 'visits') }}
        {% endsnapshot %}
        """
    visits = "version: 2\nsources:\n  - name: web\n    tables:\n      - name: visits\n" \
             "        columns: [{name: visit_id}, {name: ip_address}, {name: visited_at}]\n"
    result = _scan(tmp_path, {"snapshots/visits.sql": snapshot}, {"models/web.yml": visits})
    [retention] = [f for f in result.findings if f.rule_id == "RET005"]  # the scanned files' tables: the snapshot
    assert (retention.path, retention.line) == ("snapshots/visits.sql", 1)
    assert "visits_snapshot" in retention.message and any("every version of a row" in e for e in retention.evidence)


def test_a_snapshot_declared_in_yaml_is_a_node_and_a_table_that_keeps_history(tmp_path: Path) -> None:
    """dbt 1.9's YAML snapshots: `ref` names them (no missing-node problem), their table holds the
    columns of the relation they copy (declared, or found by lineage) plus dbt's four, with history
    for retention, and lineage through them carries the relation's categories."""
    views = "version: 2\nsources:\n  - name: web\n    tables:\n      - name: page_views\n" \
            "        columns: [{name: view_id}, {name: ip_address}, {name: viewed_at}]\n"
    snapshots = ("snapshots:\n  - name: page_views_snapshot\n    relation: source('web', 'page_views')\n"
                 "    config: {unique_key: view_id, strategy: timestamp, updated_at: viewed_at}\n"
                 "  - name: accounts_snapshot\n    relation: ref('stg_accounts')\n")
    models = {"models/view_history.sql": "select view_id, ip_address as visitor_ip, dbt_valid_from\n"
                                         "from {{ ref('page_views_snapshot') }}\n",
              "models/stg_accounts.sql": "select id, email from {{ source('crm', 'accounts') }}\n",
              "models/account_history.sql": "select email as contact, dbt_valid_to from {{ ref('accounts_snapshot') }}\n"}
    _write(tmp_path, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
                      "models/sources.yml": SOURCES, **models, "models/web.yml": views,
                      "snapshots/snapshots.yml": snapshots})
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    result = scan(project, collect_files(project, [tmp_path]), DEFAULT_AS_OF, whole_project=True)
    assert [f.rule_id for f in result.findings if f.rule_id.startswith("INP")] == []
    snapshot = project.catalog.table("page_views_snapshot")
    assert list(snapshot.columns) == ["view_id", "ip_address", "viewed_at", "dbt_scd_id", "dbt_updated_at",
                                      "dbt_valid_from", "dbt_valid_to"]
    assert project.catalog.table("view_history").columns["visitor_ip"] == snapshot.columns["ip_address"] is not None
    # a snapshot of a model no schema file describes takes what lineage found for it, before its readers
    accounts = project.catalog.table("accounts_snapshot")
    assert list(accounts.columns) == ["id", "email", "dbt_scd_id", "dbt_updated_at", "dbt_valid_from", "dbt_valid_to"]
    assert accounts.columns["email"] == project.catalog.table("stg_accounts").columns["email"] is not None
    assert project.catalog.table("account_history").columns["contact"] == accounts.columns["email"]
    [retention] = [f for f in result.findings if f.rule_id == "RET005" and f.path == "snapshots/snapshots.yml"]
    assert retention.line == 2
    assert "page_views_snapshot" in retention.message and any("every version of a row" in e for e in retention.evidence)


def test_analyses_nested_projects_and_macros_are_not_queries(tmp_path: Path) -> None:
    files = {"analyses/adhoc.sql": "select {{ not_a_macro() }}\n",
             "integration_tests/dbt_project.yml": "name: shop_tests\n",
             "integration_tests/models/t.sql": "select {{ only_in_tests() }}\n",
             "macros/clean.sql": "{% macro clean(c) %}lower({{ c }}){% endmacro %}\n"}
    result = _scan(tmp_path, {"models/staging/ok.sql": "select 1 as x\n"}, files)
    assert result.findings == []
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    named = collect_files(project, [tmp_path / "macros/clean.sql", tmp_path / "models/staging/ok.sql"])
    assert [relative for _, relative in named] == ["models/staging/ok.sql"]  # pre-commit passes staged macro files


# -- acceptance: a project on public packages (dbt_utils, dbt_date) renders without a manifest ------

def test_a_project_on_public_packages_renders_without_a_manifest() -> None:
    from checker.readers.dbt import DbtError

    root = Path(__file__).parent.parent / "fixtures" / "dbt_acme"
    project = load_project(load_config(root / "privgate.yaml"))
    models = project.dbt.models
    failures = []
    for relative, model in sorted(models.items()):
        try:
            project.dbt.sql_for(model, (root / relative).read_text("utf-8"), project.catalog, "postgres")
        except DbtError as error:
            failures.append(f"{relative}: {error}")
    print("\n".join(failures))
    assert len(models) >= 30 and len(failures) <= len(models) * 0.05, failures


# -- models over sources whose columns nobody listed -------------------------------------------------
# Idioms from public Snowflake and BigQuery dbt projects (mattermost-data-warehouse, Apache-2.0;
# cal-itp data-infra, AGPL-3.0), rewritten: a lateral column alias, an alias named in QUALIFY, and an
# incremental model's `(select max(...) from {{ this }})`, each beside a source without a column list.

@pytest.mark.parametrize("model", [
    # Snowflake's lateral alias: `contact` is the alias of the line above
    "select a.email as contact, lower(contact) as contact_key, e.campaign\n"
    "from {{ source('crm', 'accounts') }} a\njoin {{ source('app', 'events') }} e on e.account_id = a.id\n",
    # an alias named in QUALIFY (BigQuery, Snowflake, DuckDB)
    "select a.email, e.campaign, row_number() over (partition by a.id order by e.sent_at desc) as rank\n"
    "from {{ source('crm', 'accounts') }} a\njoin {{ source('app', 'events') }} e on e.account_id = a.id\n"
    "qualify rank = 1\n",
    # an incremental model's subquery reads its own table, not the outer query's
    "select a.email, e.campaign, e.sent_at\n"
    "from {{ source('crm', 'accounts') }} a\njoin {{ source('app', 'events') }} e on e.account_id = a.id\n"
    "where e.sent_at > (select max(sent_at) from {{ this }})\n",
    # an alias computed from the column of its own name: later references name the column
    "select email::varchar as email, min(email) over () as first_email\nfrom {{ source('crm', 'accounts') }}\n"
    "where email > (select max(email) from {{ source('app', 'events') }})\n",
])
def test_a_query_naming_its_own_aliases_beside_an_unlisted_source_is_read(tmp_path: Path, model: str) -> None:
    # app.events is declared without its columns (dbt refuses a source no schema file declares)
    events = "version: 2\nsources:\n  - name: app\n    tables:\n      - name: events\n"
    result = _scan(tmp_path, {"models/marketing/audience.sql": model}, {"models/app.yml": events})
    found = sorted((f.rule_id, f.path) for f in result.findings if f.path == "models/marketing/audience.sql")
    assert ("INP003", "models/marketing/audience.sql") not in found
    assert ("CON001", "models/marketing/audience.sql") in found  # the e-mail reached the marketing model


# BigQuery's `from <table>, unnest(<its array column>) as <alias>` (GA4 exports' event_params; cal-itp
# data-infra's staging of the BlackCat API's nested report rows, AGPL-3.0), rewritten, over a source
# without a column list: sqlglot will not place the array column inside UNNEST ("Cannot resolve
# 'params' due to missing source schemas"), so the whole model was an INP003 and its lineage lost.
@pytest.mark.parametrize("model", [
    "select a.email, e.campaign, p.key as param_key, p.value.string_value as param_value\n"
    "from {{ source('crm', 'accounts') }} a\njoin {{ source('app', 'events') }} e on e.account_id = a.id,\n"
    "  unnest(params) as p\n",
    "select a.email, e.campaign, p.key as param_key\n"
    "from {{ source('crm', 'accounts') }} a\njoin {{ source('app', 'events') }} e on e.account_id = a.id\n"
    "cross join unnest(e.params) as p with offset as position where position = 0\n",
    "select user_pseudo_id, campaign, p.key as param_key, p.value.string_value as param_value\n"
    "from {{ source('app', 'events') }},\n  unnest(params) as p\n",
    # the alias named after the array column it unnests (cal-itp's `unnest(`x_data`) as `x_data``)
    "select user_pseudo_id, params.key as param_key\nfrom {{ source('app', 'events') }},\n"
    "  unnest(`params`) as `params`\n",
])
def test_a_table_beside_the_unnest_of_its_own_array_column_is_read(tmp_path: Path, model: str) -> None:
    events = "version: 2\nsources:\n  - name: app\n    tables:\n      - name: events\n"
    result = _scan(tmp_path, {"models/marketing/audience.sql": model},
                   {"models/app.yml": events,
                    "privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"], "dialect": "bigquery"})})
    found = sorted((f.rule_id, f.path) for f in result.findings if f.path == "models/marketing/audience.sql")
    assert ("INP003", "models/marketing/audience.sql") not in found
    if "a.email" in model:
        assert ("CON001", "models/marketing/audience.sql") in found  # the e-mail reached the marketing model


# GA4 exports read one event parameter per column with a scalar subquery over the outer row's array
# (Velir/dbt-ga4's unnest_key macro, MIT): `key` and `value` are fields of the array's element, which
# sqlglot cannot place without a STRUCT type, and the array is the outer source's column ("Cannot
# resolve 'event_params' due to missing source schemas": 23 of dbt-ga4's models were INP003).
@pytest.mark.parametrize("subquery", [
    "(select value.string_value from unnest(event_params) where key = 'page_title')",
    "(select coalesce(value.string_value, cast(value.int_value as string)) from unnest(e.event_params)"
    " where key = 'page_title')",
    "(select p.value.string_value from unnest(event_params) as p where p.key = 'page_title')",
])
def test_a_scalar_subquery_over_the_outer_rows_array_is_read(tmp_path: Path, subquery: str) -> None:
    events = "version: 2\nsources:\n  - name: app\n    tables:\n      - name: events\n"
    model = (f"select a.email, e.event_name, {subquery} as page_title\n"
             "from {{ source('crm', 'accounts') }} a\njoin {{ source('app', 'events') }} e on e.account_id = a.id\n"
             "where e.event_name = 'page_view'\n")
    result = _scan(tmp_path, {"models/marketing/audience.sql": model},
                   {"models/app.yml": events,
                    "privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"], "dialect": "bigquery"})})
    found = sorted((f.rule_id, f.path) for f in result.findings if f.path == "models/marketing/audience.sql")
    assert ("INP003", "models/marketing/audience.sql") not in found
    assert ("CON001", "models/marketing/audience.sql") in found  # the e-mail reached the marketing model


# Snowflake's `from <table>, lateral flatten(input => <its variant column>) f`, the same idiom (public
# Snowflake dbt projects flatten JSON payloads so: mattermost-data-warehouse, Apache-2.0, rewritten).
@pytest.mark.parametrize("flatten", ["lateral flatten(input => payload:contacts) f",
                                     "lateral flatten(input => e.payload:contacts) f"])
def test_a_table_beside_the_flatten_of_its_own_variant_column_is_read(tmp_path: Path, flatten: str) -> None:
    events = "version: 2\nsources:\n  - name: app\n    tables:\n      - name: events\n"
    model = (f"select a.email, campaign, f.value:name::string as contact_name, f.index as position\n"
             "from {{ source('crm', 'accounts') }} a\njoin {{ source('app', 'events') }} e on e.account_id = a.id,\n"
             f"  {flatten}\n")
    result = _scan(tmp_path, {"models/marketing/audience.sql": model},
                   {"models/app.yml": events,
                    "privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"], "dialect": "snowflake"})})
    found = sorted((f.rule_id, f.path) for f in result.findings if f.path == "models/marketing/audience.sql")
    assert ("INP003", "models/marketing/audience.sql") not in found
    assert ("CON001", "models/marketing/audience.sql") in found  # the e-mail reached the marketing model


def test_a_vars_jinja_is_rendered_where_var_is_called(tmp_path: Path) -> None:
    # cal-itp data-infra's dbt_project.yml (AGPL-3.0), shortened: dbt renders a var's text in the
    # calling model's context, so the model gets a date, not the template pasted into a string
    project_text = PROJECT.replace(
        'vars: {since: "2025-01-01"}',
        "vars:\n"
        "  rt_start: \"{{ '2022-09-15' if target.name == 'prod' else '2024-01-01' }}\"\n"
        "  lookback: \"{% if var('rt_start') > '2023' %}7{% else %}30{% endif %}\"\n"
        "  raw: 'plain {text}'\n")
    sql = _render(tmp_path, "select * from t where d >= '{{ var(\"rt_start\") }}' and n < {{ var('lookback') }}"
                            " and s = '{{ var(\"raw\") }}' and m = '{{ var(\"missing\", \"{{ x }}\") }}'",
                  project_text=project_text)
    assert sql == "select * from t where d >= '2024-01-01' and n < 7 and s = 'plain {text}' and m = '{{ x }}'"


def test_a_var_without_default_nor_definition_is_named_as_dbt_names_it(tmp_path: Path) -> None:
    # Velir/dbt-ga4's incremental staging models (MIT) loop over `range(var('static_incremental_days'))`, a var
    # the installing project must define: undefined, dbt stops with "Required var ... not found in config",
    # where privgate said "TypeError: 'NoneType' object cannot be interpreted as an integer"
    result = _scan(tmp_path, {"models/marketing/daily.sql": (
        "{% for i in range(var('static_incremental_days')) %}{% endfor %}\n"
        "select email from {{ source('crm', 'accounts') }} where d > '{{ var('since', '2024-01-01') }}'\n")})
    [problem] = result.findings
    assert problem.rule_id == "INP001" and problem.path == "models/marketing/daily.sql" and problem.line == 1
    assert "Required var 'static_incremental_days' not found in config" in problem.message
    assert "vars:" in problem.message and "TypeError" not in problem.message


def test_a_schema_file_sharing_columns_through_yaml_merge_keys_is_read(tmp_path: Path) -> None:
    # cal-itp data-infra's mart schema files (AGPL-3.0) share column lists and tests with anchors and
    # `<<:` merge keys; the whole file was an input finding ("mapping keys must be plain values")
    schema = """
        version: 2
        x-person: &person_columns
          - &email {name: email, meta: {privgate: account.email}}
          - {name: full_name, meta: {contains_pii: true}}
        x-model: &model_defaults
          config: {tags: [mart]}
          columns: *person_columns
        models:
          - name: dim_riders
            <<: *model_defaults
          - name: dim_drivers
            <<: *model_defaults
            columns:
              - <<: *email
                description: the driver's e-mail
              - {name: id, meta: {privgate: none}}
        """
    _write(tmp_path, {"privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
                      "models/sources.yml": SOURCES, "models/marts/schema.yml": schema,
                      "models/marts/dim_riders.sql": "select 1 as id\n",
                      "models/marts/dim_drivers.sql": "select 1 as id\n"})
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    assert not [problem for problem in project.dbt.problems if problem.path == "models/marts/schema.yml"]
    riders, drivers = project.catalog.table("dim_riders"), project.catalog.table("dim_drivers")
    assert riders.columns["email"] == "account.email" and riders.columns["full_name"] is not None
    assert drivers.columns["email"] == "account.email" and "full_name" not in drivers.columns  # its own list wins


def test_a_model_built_from_warehouse_rows_that_renders_to_nothing_is_reported(tmp_path: Path) -> None:
    # mattermost-data-warehouse's get_rudder_relations + union_relations (Apache-2.0), shortened: the
    # model's body is one SELECT per table a run_query lists; without a warehouse it renders to nothing,
    # which was counted as a model "rendered and read" at 100% coverage
    macro = """
        {% macro all_events() %}
          {%- set rows = run_query("select table_name from information_schema.tables where table_name like 'ev_%'") -%}
          {%- for row in rows -%}
            select user_email, ip from raw.{{ row[0] }} {% if not loop.last %}union all{% endif %}
          {%- endfor -%}
        {% endmacro %}
        """
    result = _scan(tmp_path, {"models/staging/events.sql": "-- every tracked event\n{{ all_events() }}\n",
                              "models/staging/ok.sql": "{% set r = run_query('select 1') %}select 1 as n\n"},
                   {"macros/events.sql": macro})
    found = [(f.rule_id, f.path, f.line) for f in result.findings if f.path.startswith("models/staging/")]
    assert found == [("INP001", "models/staging/events.sql", 1)]
    assert "renders to no SQL" in next(f.message for f in result.findings if f.path == "models/staging/events.sql")


def test_a_model_that_fails_on_the_rows_a_query_would_return_says_so(tmp_path: Path) -> None:
    # dbt_utils.pivot over get_column_values (Apache-2.0), shortened: get_column_values returns its
    # `default` (none) when the statement brings no rows, and pivot iterates over it; mattermost's
    # analytics project failed three models so with a bare "TypeError: 'NoneType' object is not iterable"
    macro = """
        {% macro column_values(table, column) %}
          {%- call statement('get_column_values', fetch_result=true) %}select distinct {{ column }} from {{ table }}{% endcall -%}
          {%- set result = load_result('get_column_values') -%}
          {{ return(result['data'] | map(attribute=0) | list if result['data'] else none) }}
        {% endmacro %}
        """
    model = ("{% set kinds = column_values('raw.events', 'kind') %}\n"
             "select user_id{% for kind in kinds %}, sum(case when kind = '{{ kind }}' then 1 end){% endfor %}\n"
             "from raw.events group by 1\n")
    result = _scan(tmp_path, {"models/marts/pivoted.sql": model}, {"macros/values.sql": macro})
    message = next(f.message for f in result.findings if f.path == "models/marts/pivoted.sql")
    assert "TypeError" in message and "statement('get_column_values')" in message and "no warehouse" in message


def test_sql_built_from_rows_a_query_would_return_does_not_blame_the_sql(tmp_path: Path) -> None:
    # a CASE with one branch per row of a run_query, as mattermost's analytics models build them: with
    # no warehouse the CASE renders empty, and the parse error says where the SQL came from
    model = ("{% set kinds = run_query('select kind, label from raw.event_kinds') %}\n"
             "select id,\n  case {% for row in kinds %} when kind = '{{ row[0] }}' then '{{ row[1] }}'{% endfor %} end as kind\n"
             "from raw.events\n")
    result = _scan(tmp_path, {"models/marts/kinds.sql": model, "models/marts/plain.sql": "select id, case end from raw.t\n"})
    messages = {f.path: f.message for f in result.findings if f.rule_id == "INP001"}
    assert messages["models/marts/kinds.sql"].startswith("cannot parse SQL")
    assert "built it from what run_query returns" in messages["models/marts/kinds.sql"]
    assert "run_query" not in messages["models/marts/plain.sql"]  # no query asked: the SQL is to blame


def test_sql_built_from_columns_privgate_does_not_know_says_whose_they_are(tmp_path: Path) -> None:
    # mattermost-data-warehouse's int_daily_usage_per_user_full (Apache-2.0), shortened: one
    # `coalesce(alias."col", 0) as "col"` per column of an upstream model whose columns come from a
    # pivot over warehouse rows; privgate answers such a relation with one `*` column, which renders
    # `coalesce(usage.*, 0) as *`: the parse error named only an unexpected token
    model = ("select spine.user_id\n"
             "{% for col in adapter.get_columns_in_relation(ref('pivoted_usage')) %}\n"
             "  , coalesce(usage.{{ adapter.quote(col.name) }}, 0) as {{ adapter.quote(col.name) }}\n{% endfor %}\n"
             "from {{ ref('spine') }} spine left join {{ ref('pivoted_usage') }} usage using (user_id)\n")
    result = _scan(tmp_path, {"models/marts/usage.sql": model, "models/marts/spine.sql": "select 1 as user_id\n",
                              "models/marts/pivoted_usage.sql": "select * from raw.usage_pivot\n"})
    message = next(f.message for f in result.findings if f.path == "models/marts/usage.sql")
    assert message.startswith("cannot parse SQL") and "columns of pivoted_usage, which privgate does not know" in message


def test_a_model_its_vars_disable_that_renders_no_whole_query_says_it_is_disabled(tmp_path: Path) -> None:
    # the Tuva Project's core__condition (tuva-health/tuva, Apache-2.0), shortened: the CTE's body
    # comes from vars that also disable the model, so with the defaults it is empty
    model = ("{{ config(enabled = (var('claims_enabled', False) | as_bool) or (var('clinical_enabled', False) | as_bool)) }}\n"
             "with all_conditions as (\n"
             "{% if var('clinical_enabled', False) == true %} select * from {{ ref('stg_accounts') }} {% endif %}\n"
             ")\nselect condition_id from all_conditions\n")
    result = _scan(tmp_path, {"models/core/condition.sql": model, "models/broken.sql": "with a as () select 1\n",
                              "models/stg_accounts.sql": "select 1 as condition_id\n"})
    messages = {f.path: f.message for f in result.findings if f.rule_id == "INP001"}
    assert "enabled to false under the project's vars" in messages["models/core/condition.sql"]
    assert "enabled" not in messages["models/broken.sql"]


def test_dbts_set_and_zip_helpers_and_their_strict_forms_render(tmp_path: Path) -> None:
    """dbt's context has set_strict and zip_strict beside set and zip, whose default answers a
    value that is no collection (dbt-project-evaluator's int_all_graph_resources calls set_strict)."""
    sql = _render(tmp_path, "{{ set_strict(['a', 'a']) | list }} {{ set(1, default='none') }} "
                            "{{ zip_strict(['a'], [1]) | list }} {{ zip(1, 2, default='none') }}")
    assert sql == "['a'] none [('a', 1)] none"


def test_dbts_own_jinja_filters_return_their_value_in_a_model(tmp_path: Path) -> None:
    """dbt adds as_bool, as_native, as_number and as_text to Jinja's filters; the Tuva Project
    (tuva-health/tuva, Apache-2.0) configures every model with one, and all 1,200 models failed
    with "No filter named 'as_bool'"."""
    template = ("{{ config(enabled = var('clinical_enabled', var('tuva_marts_enabled', False)) | as_bool) }}"
                "{{ 3 | as_number }} {{ 'x' | as_text }} {{ [1] | as_native }}")
    assert _render(tmp_path, template) == "3 x [1]"


def test_a_column_of_models_the_project_lacks_says_whose_columns_are_unknown(tmp_path: Path) -> None:
    """A model reading two relations whose columns privgate does not know cannot place an unqualified
    column; the problem names them. dagster-io/dagster-open-platform's cost models (published without
    the models they ref) said only "Cannot resolve 'RUN_ENDED_AT' due to missing source schemas". Refs to
    models the project lacks are the model's INP005, which names them: the column is not reported again."""
    model = ("with costs as (select * from {{ ref('cost_metadata') }}), steps as (select * from {{ ref('base_metrics') }})\n"
             "select steps.run_id, max(run_ended_at) as run_ended_at\n"
             "from costs join steps on costs.run_id = steps.run_id where run_ended_at > current_date group by 1\n")
    result = _scan(tmp_path, {"models/cost.sql": model})
    [missing] = [f for f in result.findings if f.path == "models/cost.sql" and f.family == "input"]
    assert missing.rule_id == "INP005" and "ref('cost_metadata') names no model" in missing.message
    assert "ref('base_metrics') names no model" in missing.message
    declared = model.replace("ref('cost_metadata')", "source('dagster', 'cost_metadata')").replace(
        "ref('base_metrics')", "source('dagster', 'base_metrics')")
    sources = "version: 2\nsources:\n  - name: dagster\n    tables: [{name: cost_metadata}, {name: base_metrics}]\n"
    result = _scan(tmp_path, {"models/cost.sql": declared}, {"models/dagster.yml": sources})
    message = next(f.message for f in result.findings if f.path == "models/cost.sql" and f.rule_id == "INP003")
    assert "privgate knows no columns of dagster.cost_metadata, dagster.base_metrics" in message


def test_a_versioned_models_schema_entry_describes_each_version(tmp_path: Path) -> None:
    """dbt 1.5+ model versions (dbt's own example: dim_customers v1 and v2): each version is a model
    of its own (`dim_customers_v2.sql`) whose columns are the top-level ones its `include` / `exclude`
    selects, plus its own. A declaration on a top-level column holds for every version that has it;
    v2 declares its own `phone_number` holds for v2; a version excluding a column does not get it."""
    _write(tmp_path, {
        "privgate.yaml": yaml.safe_dump({"packs": ["mgt-solutions"]}), "dbt_project.yml": PROJECT,
        "models/sources.yml": SOURCES,
        "models/dim_customers_v1.sql": "select id, email, full_name from {{ source('crm', 'accounts') }}\n",
        "models/dim_customers_v2.sql": "select id, email, created_at as phone_number from {{ source('crm', 'accounts') }}\n",
        "models/dim_customers.yml": """
            models:
              - name: dim_customers
                latest_version: 2
                meta: {purpose: marketing}
                columns:
                  - {name: id, meta: {privgate: none}}
                  - {name: email, meta: {privgate: account.email}}
                  - {name: full_name, meta: {privgate: account.name}}
                versions:
                  - v: 2
                    columns:
                      - include: all
                        exclude: [full_name]
                      - {name: phone_number, meta: {privgate: customer_service.contact}}
                  - v: 1
            """,
    })
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    assert {name: project.catalog.table(name).columns for name in ("dim_customers_v1", "dim_customers_v2")} == {
        "dim_customers_v1": {"id": None, "email": "account.email", "full_name": "account.name"},
        "dim_customers_v2": {"id": None, "email": "account.email", "phone_number": "customer_service.contact"}}
    assert {model.name: model.purpose for model in project.dbt.models.values()} == {
        "dim_customers_v1": "marketing", "dim_customers_v2": "marketing"}
    assert project.catalog.table("dim_customers") is None  # dbt builds no relation under the bare name


def test_a_versioned_models_table_is_read_for_what_it_is_about(tmp_path: Path) -> None:
    """`dim_customers_v2`: the version mark says nothing about the rows, so its `full_name` is a
    customer's name, as in `dim_customers`."""
    _write(tmp_path, {
        "privgate.yaml": yaml.safe_dump({"packs": ["gdpr-baseline"]}), "dbt_project.yml": PROJECT,
        "models/dim_customers_v2.sql": "select 1 as customer_id, 'Ada Lovelace' as full_name\n",
        "models/dim_customers.yml": "models:\n  - name: dim_customers\n    versions: [{v: 2}]\n",
    })
    table = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("dim_customers_v2")
    assert table is not None and table.columns["full_name"] == "user.name"
