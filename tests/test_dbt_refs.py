"""dbt refs and sources resolved as dbt resolves them: models (SQL and Python), seeds and snapshots of
the project and of its installed packages, `ref('package', 'model')`, versioned models, disabled
models. A ref to nothing the project defines (dbt: "depends on a node named 'x' which was not found")
is an input problem of its own (INP005 missing-dbt-node) at the model's ref line, accepted apart from
the columns privgate cannot place (INP003), and the scan lists such refs once with their models.
The fixture is a jaffle-shop-shaped shop (dbt-labs/jaffle-shop, Apache-2.0: raw_customers seed,
stg_/marts models) with a Stripe-like package installed in dbt_packages/."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import yaml

from checker.config import load_config
from checker.engine import ScanResult, collect_files, load_project, scan
from checker.project import Project
from checker.results import missing_nodes_described
from helpers import DEFAULT_AS_OF

PROJECT = """
name: jaffle_shop
model-paths: [models]
seed-paths: [seeds]
vars: {legacy_enabled: false}
models:
  jaffle_shop:
    legacy:
      +enabled: "{{ var('legacy_enabled', true) }}"
"""
FILES = {
    "seeds/raw_customers.csv": "id,first_name,last_name,email\n1,Michael,P.,michael@example.com\n",
    "seeds/schema.yml": "version: 2\nseeds:\n  - name: raw_customers\n    columns:\n"
                        "      - {name: id, meta: {privgate: none}}\n",
    "models/staging/stg_customers.sql": "select id as customer_id, first_name, email\nfrom {{ ref('raw_customers') }}\n",
    "models/dim_customers_v1.sql": "select customer_id from {{ ref('stg_customers') }}\n",
    "models/dim_customers_v2.sql": "select customer_id, email from {{ ref('stg_customers') }}\n",
    "models/dim_customers.yml": "version: 2\nmodels:\n  - name: dim_customers\n    latest_version: 2\n"
                                "    versions: [{v: 1}, {v: 2}]\n",
    "models/scores.py": "def model(dbt, session):\n    return dbt.ref('stg_customers')\n",
    "models/legacy/old_orders.sql": "select * from {{ ref('orders_2019') }}\n",
    "snapshots/customers_snapshot.sql": "{% snapshot customers_snapshot %}\n"
                                        "{{ config(unique_key='customer_id', strategy='check', check_cols='all') }}\n"
                                        "select * from {{ ref('stg_customers') }}\n{% endsnapshot %}\n",
    "dbt_packages/stripe/dbt_project.yml": "name: stripe\n",
    "dbt_packages/stripe/models/stripe__payments.sql": "select 1 as payment_id\n",
    "dbt_packages/stripe/seeds/stripe__card_brands.csv": "brand,issuer_country\nvisa,US\n",
    "dbt_packages/stripe/models/src_stripe.yml": "version: 2\nsources:\n  - name: stripe\n    tables:\n"
                                                 "      - name: charge\n",
}


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text), "utf-8")


def _project(root: Path, models: dict[str, str], config: dict[str, Any] | None = None) -> Project:
    settings = {"packs": ["mgt-solutions"], **(config or {})}
    _write(root, {"privgate.yaml": yaml.safe_dump(settings), "dbt_project.yml": PROJECT, **FILES, **models})
    return load_project(load_config(root / "privgate.yaml"))


def _scan(root: Path, models: dict[str, str], config: dict[str, Any] | None = None) -> ScanResult:
    project = _project(root, models, config)
    return scan(project, collect_files(project, [root]), DEFAULT_AS_OF)


def _missing(result: ScanResult) -> list[tuple[str, int, str]]:
    return sorted((f.path, f.line, f.message) for f in result.findings if f.rule_id == "INP005")


def _inputs(result: ScanResult) -> list[tuple[str, str, int, str]]:
    return sorted((f.rule_id, f.path, f.line, f.severity) for f in result.findings if f.family == "input")


def test_refs_to_models_seeds_snapshots_versions_and_packages_resolve(tmp_path: Path) -> None:
    model = """
        select c.customer_id, c.email, s.dbt_valid_from, p.payment_id, b.issuer_country, ch.id as charge_id
        from {{ ref('dim_customers') }} c
        join {{ ref('dim_customers', v=1) }} old on old.customer_id = c.customer_id
        join {{ ref('customers_snapshot') }} s on s.customer_id = c.customer_id
        join {{ ref('stripe', 'stripe__payments') }} p on true
        join {{ ref('stripe__card_brands') }} b on true
        join {{ ref('scores') }} sc on true
        join {{ source('stripe', 'charge') }} ch on true
        """
    result = _scan(tmp_path, {"models/marts/customers.sql": model})
    assert _missing(result) == []
    assert result.missing_nodes == []
    assert result.coverage.models_checked == result.coverage.models_found


def test_a_ref_to_nothing_the_project_defines_is_an_input_problem_at_its_line(tmp_path: Path) -> None:
    model = ("select c.customer_id, o.order_total\n"
             "from {{ ref('stg_customers') }} c\n"
             "join {{ ref('int_orders') }} o on o.customer_id = c.customer_id\n"
             "join {{ source('crm', 'tickets') }} t on t.customer_id = c.customer_id\n")
    result = _scan(tmp_path, {"models/marts/customers.sql": model})
    [(path, line, message)] = _missing(result)
    assert (path, line) == ("models/marts/customers.sql", 3)
    assert message.startswith("ref('int_orders') names no model, seed or snapshot of the project or its installed "
                              "packages; source('crm', 'tickets') names a source table no schema file declares: "
                              "dbt would not compile this model")
    assert result.unaccepted_inputs() == 1  # exit 2 unless accepted, as any input problem
    assert (result.coverage.models_found - result.coverage.models_checked) == 1  # not fully seen
    assert result.missing_by_node() == {"ref('int_orders')": ["models/marts/customers.sql"],
                                        "source('crm', 'tickets')": ["models/marts/customers.sql"]}
    assert missing_nodes_described(result) == (
        "2 dbt refs or sources to nothing the project defines (ref('int_orders') by customers; "
        "source('crm', 'tickets') by customers)")


def test_package_refs_and_versions_are_resolved_as_dbt_does(tmp_path: Path) -> None:
    model = ("select 1 from {{ ref('stripe', 'stripe__refunds') }}\n"
             "union all select 1 from {{ ref('shopify', 'orders') }}\n"
             "union all select 1 from {{ ref('dim_customers', v=3) }}\n"
             "union all select 1 from {{ ref('stg_customers', v=1) }}\n")
    result = _scan(tmp_path, {"models/marts/checks.sql": model})
    [(_, line, message)] = _missing(result)
    assert line == 1
    assert "ref('stripe', 'stripe__refunds') names no model, seed or snapshot of package stripe" in message
    assert "ref('shopify', 'orders') names package shopify, which is not installed in dbt_packages/" in message
    assert "ref('dim_customers', v=3) names version 3 of dim_customers, which it does not declare" in message
    assert "ref('stg_customers', v=1) names a version of stg_customers, which declares no versions" in message


def test_disabled_models_are_checked_as_dbt_checks_them(tmp_path: Path) -> None:
    """A disabled model's refs are not looked at (legacy/old_orders refs a model long gone); an enabled
    model's ref to a disabled one is refused, whether its folder or its own config disables it."""
    result = _scan(tmp_path, {
        "models/marts/orders.sql": "select * from {{ ref('old_orders') }}\nunion all select * from {{ ref('drafts') }}\n",
        "models/drafts.sql": "{{ config(enabled=var('drafts_enabled', false)) }}\nselect 1 as id\n",
    })
    [(path, line, message)] = _missing(result)
    assert (path, line) == ("models/marts/orders.sql", 1)
    assert message.startswith("ref('old_orders') names a model that is disabled (enabled is false under the "
                              "project's vars); ref('drafts') names a model that is disabled")
    assert not any(f.path == "models/legacy/old_orders.sql" and "dbt would not compile" in f.message
                   for f in result.findings)


def test_a_seed_is_a_relation_whose_columns_are_its_header(tmp_path: Path) -> None:
    project = _project(tmp_path, {})
    seed = project.catalog.table("raw_customers")
    assert list(seed.columns) == ["id", "first_name", "last_name", "email"]
    assert seed.columns["id"] is None and seed.origin == ("seeds/raw_customers.csv", 1)
    assert seed.columns["email"] == project.catalog.table("stg_customers").columns["email"] is not None  # lineage
    brands = project.catalog.table("stripe__card_brands")  # a package's seed: read for lineage, never judged
    assert list(brands.columns) == ["brand", "issuer_country"] and brands.origin is None


def test_a_folders_jinja_enabled_flag_is_rendered_once_per_project(tmp_path: Path, monkeypatch) -> None:
    """Every ref to a model of the folder asks whether it is disabled, and rendering the flag itself in
    the model's scope asked again (the Tuva Project rendered it 33,000 times, a third of its scan): the
    flag reads the project's vars only, so it is rendered once and the answer is the same."""
    import checker.readers.dbt_render as dbt_render

    rendered: list[str] = []
    render_value = dbt_render.render_value

    def counting(project, model, text):  # type: ignore[no-untyped-def]
        rendered.append(text)
        return render_value(project, model, text)

    monkeypatch.setattr(dbt_render, "render_value", counting)
    legacy = {f"models/legacy/old_{n}.sql": f"select * from {{{{ ref('old_{n + 1}') }}}}\n" for n in range(5)}
    legacy["models/legacy/old_5.sql"] = "select 1 as id\n"
    result = _scan(tmp_path, {**legacy, "models/marts/orders.sql": "select * from {{ ref('old_0') }}\n"})
    [(path, _, message)] = _missing(result)
    assert path == "models/marts/orders.sql" and message.startswith("ref('old_0') names a model that is disabled")
    assert rendered.count("{{ var('legacy_enabled', true) }}") == 1


# a model reading an order table no model defines: run_ended_at may be a column of either relation
COSTS = ("with costs as (select * from {{ %s }}), steps as (select * from {{ ref('stg_customers') }})\n"
         "select steps.customer_id, max(run_ended_at) as run_ended_at\n"
         "from costs join steps on costs.customer_id = steps.customer_id where run_ended_at > current_date group by 1\n")
EVENTS = {"models/app.yml": "version: 2\nsources:\n  - name: app\n    tables:\n      - name: events\n"}


def test_a_column_the_missing_ref_leaves_unplaced_is_not_reported_again(tmp_path: Path) -> None:
    """The missing ref is why run_ended_at cannot be placed, and its INP005 says so: no INP003 beside it
    (it said "privgate knows no columns of int_orders ..." of the same relation)."""
    result = _scan(tmp_path, {"models/marts/costs.sql": COSTS % "ref('int_orders')"})
    assert _inputs(result) == [("INP005", "models/marts/costs.sql", 1, "error")]


def test_accepting_missing_refs_leaves_the_columns_privgate_cannot_place(tmp_path: Path) -> None:
    """A team accepts INP005 where the project using this one supplies the model; a column of a source
    declared without columns, in the same model, is still an input problem (INP003) naming that source only."""
    model = (COSTS % "ref('int_orders')").replace("from costs join", "from costs join {{ source('app', 'events') }} "
                                                   "e on e.customer_id = costs.customer_id join")
    accept = {"accept": [{"rule": "INP005", "path": "models/marts/**", "reason": "orders come from the shop project"}]}
    result = _scan(tmp_path, {"models/marts/costs.sql": model, **EVENTS}, accept)
    assert _inputs(result) == [("INP003", "models/marts/costs.sql", 1, "error")]
    [unplaced] = [f.message for f in result.findings if f.rule_id == "INP003"]
    assert "privgate knows no columns of app.events: no model, source, seed or DDL it reads lists them)" in unplaced
    assert [(item.finding.rule_id, item.reason) for item in result.suppressed] == [
        ("INP005", "orders come from the shop project (accepted in privgate.yaml:2)")]
    assert result.unaccepted_inputs() == 1  # exit 2: the unplaced column is nobody's accepted problem
    assert result.missing_by_node() == {"ref('int_orders')": ["models/marts/costs.sql"]}  # still listed


def test_missing_refs_take_a_severity_of_their_own(tmp_path: Path) -> None:
    model = ("select a.customer_id\nfrom {{ ref('stg_customers') }} a\n"
             "join {{ ref('int_orders') }} a on a.customer_id = a.customer_id\n")
    result = _scan(tmp_path, {"models/marts/costs.sql": model}, {"severity": {"INP005": "warning"}})
    assert _inputs(result) == [("INP003", "models/marts/costs.sql", 1, "error"),  # alias a used twice
                               ("INP005", "models/marts/costs.sql", 3, "warning")]
