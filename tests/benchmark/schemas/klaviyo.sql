-- Klaviyo, as Fivetran's connector lands it in a warehouse: e-mail and SMS marketing (people,
-- i.e. subscribers and customers, with their address, location, organisation and title;
-- campaigns, flows, metrics and the events recorded for people).
-- Source: https://github.com/fivetran/dbt_klaviyo_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: 17edf084b2044f537616f993470f8db3692064ea
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 5 tables of the macros get_<table>_columns, transcribed as
-- CREATE TABLE statements for Snowflake: the table and column names in the macros' order,
-- the schema `klaviyo`, dbt's types as dbt renders them on Snowflake (type_string VARCHAR,
-- type_int INTEGER, type_timestamp TIMESTAMP_NTZ, type_float FLOAT, "boolean" BOOLEAN);
-- pass-through columns and the staging aliases are not used.
-- Development source since the fifth held-out set was measured (see labels.yaml).

CREATE TABLE klaviyo.campaign (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    campaign_type VARCHAR,
    created TIMESTAMP_NTZ,
    email_template_id VARCHAR,
    from_email VARCHAR,
    from_name VARCHAR,
    id VARCHAR,
    name VARCHAR,
    send_time TIMESTAMP_NTZ,
    sent_at TIMESTAMP_NTZ,
    status VARCHAR,
    status_id VARCHAR,
    status_label VARCHAR,
    subject VARCHAR,
    updated TIMESTAMP_NTZ,
    archived BOOLEAN,
    scheduled TIMESTAMP_NTZ
);

CREATE TABLE klaviyo.event (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    _variation VARCHAR,
    campaign_id VARCHAR,
    datetime TIMESTAMP_NTZ,
    flow_id VARCHAR,
    flow_message_id VARCHAR,
    id VARCHAR,
    metric_id VARCHAR,
    person_id VARCHAR,
    timestamp TIMESTAMP_NTZ,
    type VARCHAR,
    uuid VARCHAR,
    property_value VARCHAR
);

CREATE TABLE klaviyo.flow (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    created TIMESTAMP_NTZ,
    id VARCHAR,
    name VARCHAR,
    status VARCHAR,
    updated TIMESTAMP_NTZ,
    archived BOOLEAN,
    trigger_type VARCHAR
);

CREATE TABLE klaviyo.metric (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    created TIMESTAMP_NTZ,
    id VARCHAR,
    integration_id VARCHAR,
    integration_category VARCHAR,
    integration_name VARCHAR,
    name VARCHAR,
    updated TIMESTAMP_NTZ
);

CREATE TABLE klaviyo.person (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    address_1 VARCHAR,
    address_2 VARCHAR,
    city VARCHAR,
    country VARCHAR,
    created TIMESTAMP_NTZ,
    email VARCHAR,
    first_name VARCHAR,
    id VARCHAR,
    last_name VARCHAR,
    latitude FLOAT,
    longitude FLOAT,
    organization VARCHAR,
    phone_number VARCHAR,
    region VARCHAR,
    timezone VARCHAR,
    title VARCHAR,
    updated TIMESTAMP_NTZ,
    zip VARCHAR,
    last_event_date TIMESTAMP_NTZ
);

