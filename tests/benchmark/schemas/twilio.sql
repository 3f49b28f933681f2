-- Twilio, as Fivetran's connector lands it in a warehouse: SMS and voice messaging (messages
-- with their body and the from/to numbers, calls with the caller's name and numbers; the
-- account's incoming phone numbers, verified outgoing caller IDs, addresses registered for
-- emergency calling and regulatory needs, messaging services, usage records and account
-- history).
-- Source: https://github.com/fivetran/dbt_twilio_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: c5f1141107d68e6a367b4b50cdcdb7f45634d12d (package version 0.5.0)
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 8 tables of the macros get_<table>_columns, transcribed as
-- CREATE TABLE statements for Snowflake: the table and column names in the macros' order, the
-- schema `twilio`, dbt's types as dbt renders them on Snowflake (type_string VARCHAR, type_int
-- INTEGER, type_timestamp TIMESTAMP_NTZ, "boolean" BOOLEAN, "date" DATE); the quoted "FROM"
-- and "TO" columns are the macros' Snowflake branch; pass-through columns and the staging
-- aliases are not used.
-- Development source since the sixth held-out set was measured (see labels.yaml).

CREATE TABLE twilio.account_history (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    friendly_name VARCHAR,
    id VARCHAR,
    owner_account_id VARCHAR,
    status VARCHAR,
    type VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE twilio.address (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    city VARCHAR,
    created_at TIMESTAMP_NTZ,
    customer_name VARCHAR,
    emergency_enabled BOOLEAN,
    friendly_name VARCHAR,
    id VARCHAR,
    iso_country VARCHAR,
    postal_code VARCHAR,
    region VARCHAR,
    street VARCHAR,
    updated_at TIMESTAMP_NTZ,
    validated BOOLEAN,
    verified BOOLEAN
);

CREATE TABLE twilio.call (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    annotation VARCHAR,
    answered_by VARCHAR,
    caller_name VARCHAR,
    created_at TIMESTAMP_NTZ,
    direction VARCHAR,
    duration VARCHAR,
    end_time TIMESTAMP_NTZ,
    forwarded_from VARCHAR,
    from_formatted VARCHAR,
    group_id VARCHAR,
    id VARCHAR,
    outgoing_caller_id VARCHAR,
    parent_call_id VARCHAR,
    price VARCHAR,
    price_unit VARCHAR,
    queue_time VARCHAR,
    start_time TIMESTAMP_NTZ,
    status VARCHAR,
    to_formatted VARCHAR,
    trunk_id VARCHAR,
    updated_at TIMESTAMP_NTZ,
    "FROM" VARCHAR,
    "TO" VARCHAR
);

CREATE TABLE twilio.incoming_phone_number (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    address_id VARCHAR,
    address_requirements VARCHAR,
    beta BOOLEAN,
    capabilities_mms BOOLEAN,
    capabilities_sms BOOLEAN,
    capabilities_voice BOOLEAN,
    created_at TIMESTAMP_NTZ,
    emergency_address_id VARCHAR,
    emergency_status VARCHAR,
    friendly_name VARCHAR,
    id VARCHAR,
    origin VARCHAR,
    phone_number VARCHAR,
    trunk_id VARCHAR,
    updated_at TIMESTAMP_NTZ,
    voice_caller_id_lookup BOOLEAN,
    voice_url VARCHAR
);

CREATE TABLE twilio.message (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    body VARCHAR,
    created_at TIMESTAMP_NTZ,
    date_sent TIMESTAMP_NTZ,
    direction VARCHAR,
    error_code VARCHAR,
    error_message VARCHAR,
    id VARCHAR,
    messaging_service_sid VARCHAR,
    num_media VARCHAR,
    num_segments VARCHAR,
    price VARCHAR,
    price_unit VARCHAR,
    status VARCHAR,
    updated_at TIMESTAMP_NTZ,
    "FROM" VARCHAR,
    "TO" VARCHAR
);

CREATE TABLE twilio.messaging_service (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    area_code_geomatch BOOLEAN,
    created_at TIMESTAMP_NTZ,
    fallback_method VARCHAR,
    fallback_to_long_code BOOLEAN,
    fallback_url VARCHAR,
    friendly_name VARCHAR,
    id VARCHAR,
    inbound_method VARCHAR,
    inbound_request_url VARCHAR,
    mms_converter BOOLEAN,
    scan_message_content VARCHAR,
    smart_encoding BOOLEAN,
    status_callback VARCHAR,
    sticky_sender BOOLEAN,
    synchronous_validation BOOLEAN,
    updated_at TIMESTAMP_NTZ,
    us_app_to_person_registered BOOLEAN,
    use_inbound_webhook_on_number BOOLEAN,
    usecase VARCHAR,
    validity_period INTEGER
);

CREATE TABLE twilio.outgoing_caller_id (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    friendly_name VARCHAR,
    id VARCHAR,
    phone_number VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE twilio.usage_record (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    as_of TIMESTAMP_NTZ,
    category VARCHAR,
    count VARCHAR,
    count_unit VARCHAR,
    description VARCHAR,
    end_date DATE,
    price VARCHAR,
    price_unit VARCHAR,
    start_date DATE,
    usage VARCHAR,
    usage_unit VARCHAR
);

