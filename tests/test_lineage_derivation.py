"""Lineage of computed columns: a dbt mart's or DDL view's column computed from personal columns takes
their category only when it is still one person's data. A surrogate key hashed from several columns is
a key (no category), a count or average over many people is no one's data, a computed column whose own
name says what it is keeps that (`admit_age` is an age), and any other transformation of a person's data
(lower(email), a hashed e-mail, their age from their birth date, their running total) stays personal."""

from __future__ import annotations

import textwrap
from pathlib import Path

from checker.config import load_config
from checker.project import load_project

SOURCES = """
    version: 2
    sources:
      - name: ehr
        tables:
          - name: patients
            columns: [{name: id}, {name: email}, {name: first_name}, {name: last_name}, {name: birth_date},
                      {name: country}, {name: payer, meta: {privgate: user.financial}}]
          - name: claims
            columns: [{name: id}, {name: patient_id}, {name: paid_amount, meta: {privgate: user.financial}},
                      {name: admitted_on}]
    """
CLINIC = {
    "privgate.yaml": "packs: [gdpr-baseline]\n",
    "dbt_project.yml": "name: clinic\nmodel-paths: [models]\n",
    "models/sources.yml": SOURCES,
    "models/staging/stg_patients.sql": """
        select id as patient_id, email, first_name, last_name, birth_date, country, payer
        from {{ source('ehr', 'patients') }}
        """,
    "models/staging/stg_claims.sql":
        "select id as claim_id, patient_id, paid_amount, admitted_on from {{ source('ehr', 'claims') }}\n",
    # a mart at one row per patient and visit, its values computed in a CTE
    "models/marts/patient_visits.sql": """
        with enriched as (
            select
                md5(cast(p.patient_id as varchar) || '-' || p.payer || '-' || cast(c.admitted_on as varchar))
                    as member_month_key,
                md5(lower(p.email)) as hashed_contact,
                datediff('year', p.birth_date, c.admitted_on) as admit_age,
                datediff('year', p.birth_date, c.admitted_on) as years_at_visit,
                lower(p.email) as contact_lookup,
                p.first_name || ' ' || p.last_name as full_name,
                coalesce(p.payer, 'self pay') as payer,
                row_number() over (partition by p.patient_id order by c.admitted_on) as visit_number,
                sum(c.paid_amount) over (partition by p.patient_id) as lifetime_paid
            from {{ ref('stg_patients') }} p
            join {{ ref('stg_claims') }} c on c.patient_id = p.patient_id
        )
        select * from enriched
        """,
    "models/marts/patients_by_country.sql": """
        select
            country,
            count(distinct email) as patients,
            sum(case when payer = 'medicare' then 1 else 0 end) as medicare_patients,
            sum(case when payer = 'medicare' then 1 else 0 end) / count(*) as medicare_rate,
            max(email) as last_contact
        from {{ ref('stg_patients') }}
        group by country
        """,
    "models/marts/medicare_rates.sql": "select country, medicare_rate from {{ ref('patients_by_country') }}\n",
    "models/marts/paid_per_patient.sql": """
        select p.patient_id, sum(c.paid_amount) as total_paid, count(distinct c.admitted_on) as visits
        from {{ ref('stg_patients') }} p
        join {{ ref('stg_claims') }} c on c.patient_id = p.patient_id
        group by p.patient_id
        """,
}


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text).lstrip("\n"), "utf-8")


def categories(root: Path, table: str) -> dict[str, str | None]:
    return dict(load_project(load_config(root / "privgate.yaml")).catalog.table(table).columns)


def test_a_surrogate_key_is_a_key_and_a_hashed_email_an_email(tmp_path: Path) -> None:
    write(tmp_path, CLINIC)
    visits = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("patient_visits")
    assert visits.columns["member_month_key"] is None  # was user.financial, from the payer hashed into it
    assert visits.provenance["member_month_key"] == "lineage: a key computed from its columns (no category)"
    assert visits.columns["visit_number"] is None
    assert visits.columns["hashed_contact"] == "user.contact.email"  # pseudonymised, still the person's e-mail
    assert visits.columns["payer"] == "user.financial"  # a coalesce is the column as read
    assert visits.provenance["payer"] == "lineage from stg_patients.payer"


def test_a_computed_persons_value_stays_personal_and_its_name_says_which(tmp_path: Path) -> None:
    write(tmp_path, CLINIC)
    visits = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("patient_visits")
    assert visits.columns["admit_age"] == "user.demographic.age"  # was the date of birth it is computed from
    assert visits.provenance["admit_age"].startswith("inferred from its name")
    assert visits.columns["years_at_visit"] == "user.demographic.date_of_birth"  # its name says nothing
    assert visits.provenance["years_at_visit"] == "lineage: computed from stg_patients.birth_date"
    assert visits.columns["contact_lookup"] == "user.contact.email"
    assert visits.columns["full_name"] == "user.name"
    assert visits.columns["lifetime_paid"] == "user.financial"  # a sum over one patient's claims


def test_a_count_per_country_is_no_ones_data_but_a_total_per_patient_is_theirs(tmp_path: Path) -> None:
    write(tmp_path, CLINIC)
    by_country = categories(tmp_path, "patients_by_country")
    assert by_country["patients"] is None and by_country["medicare_patients"] is None  # were e-mail and financial
    assert by_country["medicare_rate"] is None
    assert categories(tmp_path, "medicare_rates")["medicare_rate"] is None  # downstream too
    assert by_country["last_contact"] == "user.contact.email"  # MAX picks one person's e-mail
    assert by_country["country"] == "user.contact.address.country"
    assert categories(tmp_path, "paid_per_patient")["total_paid"] == "user.financial"  # grouped by the patient


def test_a_views_computed_columns_follow_the_same_rules(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: postgres\ncatalog: {ddl: [schema.sql]}\n",
        "schema.sql": """
            CREATE TABLE person (id int, email text, birth_date date, country text);
            CREATE VIEW person_keys AS SELECT md5(p.id::text || p.email) AS person_key, lower(p.email) AS contact,
                date_part('year', age(p.birth_date)) AS age FROM person p;
            CREATE VIEW country_stats AS SELECT country, count(DISTINCT email) AS people FROM person GROUP BY country;
            """})
    keys, stats = categories(tmp_path, "person_keys"), categories(tmp_path, "country_stats")
    assert keys == {"person_key": None, "contact": "user.contact.email", "age": "user.demographic.age"}
    assert stats["people"] is None


def test_joins_using_a_key_of_a_source_without_columns_keep_their_lineage(tmp_path: Path) -> None:
    """A mart that full-joins license sources `USING (license_id)`, one of them a CTE over a source whose
    columns nobody listed: sqlglot will not guess which source on the left has the key and refused the
    whole model (INP003). Read as `ON <first source>.license_id = ...`, the lineage is the same."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: snowflake\n",
        "dbt_project.yml": "name: licensing\nmodel-paths: [models]\n",
        "models/sources.yml": """
            version: 2
            sources:
              - name: cws
                tables:
                  - name: license
                    columns: [{name: license_id}, {name: customer_email}, {name: starts_at}]
              - name: legacy
                tables: [{name: licenses}]
              - name: telemetry
                tables:
                  - name: server_licenses
                    columns: [{name: license_id}, {name: licensed_seats}]
            """,
        "models/known_licenses.sql": """
            with legacy as (select * from {{ source('legacy', 'licenses') }})
            select
                coalesce(cws.license_id, legacy.license_id, t.license_id) as license_id,
                coalesce(cws.customer_email, legacy.contact_email) as contact_email,
                t.licensed_seats
            from {{ source('cws', 'license') }} cws
                full outer join legacy using (license_id)
                full outer join {{ source('telemetry', 'server_licenses') }} t using (license_id)
            """,
    })
    project = load_project(load_config(tmp_path / "privgate.yaml"))
    known = project.catalog.table("known_licenses")
    assert known is not None and known.columns["contact_email"] == "user.contact.email"
    assert known.provenance["contact_email"] == "lineage from cws.license.customer_email"


EVENTS = {
    "privgate.yaml": "packs: [gdpr-baseline]\ndialect: bigquery\n",
    "dbt_project.yml": "name: web_analytics\nmodel-paths: [models]\n",
    "models/sources.yml": """
        version: 2
        sources:
          - name: ga4
            tables:
              - name: events
                columns: [{name: event_name}, {name: user_pseudo_id},
                          {name: event_params, meta: {privgate: user}}, {name: geo, meta: {privgate: user.location}}]
        """,
    # a GA4 staging model (as Velir/dbt-ga4 writes it): each parameter taken out of the event's array
    "models/stg_ga4__events.sql": """
        select
            event_name,
            (select value.string_value from unnest(event_params) where key = 'page_title') as page_title,
            (select value.string_value from unnest(event_params) where key = 'user_email') as user_email,
            (select value.int_value from unnest(event_params) where key = 'engagement_time_msec') as engaged_msec,
            json_value(geo, '$.city') as city_of_event
        from {{ source('ga4', 'events') }}
        """,
}


def test_a_field_of_a_personal_value_of_no_known_kind_is_judged_by_its_own_name(tmp_path: Path) -> None:
    """GA4's event_params holds personal data of no known kind (`user`): every parameter taken out of it took
    `user`, so `page_title` and an engagement time were personal. A field is judged by its own name; one
    its name says nothing of is suggested for review. A field of a value of a known kind is of that kind."""
    write(tmp_path, EVENTS)
    events = load_project(load_config(tmp_path / "privgate.yaml")).catalog.table("stg_ga4__events")
    assert events.columns["user_email"] == "user.contact.email"
    assert events.columns["page_title"] is None and events.columns["engaged_msec"] is None
    assert events.suggestions["engaged_msec"] == (
        "user", "a field of ga4.events.event_params, which holds personal data of no known kind")
    assert events.columns["city_of_event"] == "user.location"
    assert events.provenance["city_of_event"] == "lineage: a field of ga4.events.geo"


def test_a_views_json_fields_follow_the_same_rules(tmp_path: Path) -> None:
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: postgres\ncatalog: {ddl: [schema.sql]}\n",
        "schema.sql": """
            CREATE TABLE customers (id int, profile jsonb);
            COMMENT ON COLUMN customers.profile IS 'personal';
            CREATE VIEW customer_fields AS SELECT profile->>'plan_tier' AS plan_tier,
                profile->>'birth_date' AS birth_date, profile AS profile FROM customers;
            """})
    fields = categories(tmp_path, "customer_fields")
    assert fields == {"plan_tier": None, "birth_date": "user.demographic.date_of_birth", "profile": "user"}
