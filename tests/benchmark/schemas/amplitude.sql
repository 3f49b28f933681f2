-- Amplitude, product analytics for web and mobile apps, as Fivetran's connector lands it in
-- BigQuery: the event table (one row per tracked event: the user's ID and Amplitude ID, device
-- ID, the advertising IDs (ad_id, IDFA), IP address, city, region, country, DMA, coordinates,
-- device brand, model, carrier and OS, language, the event's, user's and group's properties as
-- JSON, session and times) and the event types.
-- Source: https://github.com/fivetran/dbt_amplitude_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: f68b383e2b5eaea79c5f74314556afb61b70d1ed (package version 0.5.0)
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 2 tables of the macros get_event_columns and
-- get_event_type_columns, transcribed as CREATE TABLE statements for BigQuery: the table and
-- column names in the macros' order, the dataset `amplitude`, dbt's types as dbt renders them
-- on BigQuery (type_string STRING, type_int INT64, type_timestamp TIMESTAMP, type_boolean BOOL);
-- the staging aliases are not used.
-- Development source since the thirteenth held-out set was measured (see labels.yaml).

CREATE TABLE amplitude.event (
    _fivetran_synced TIMESTAMP,
    _insert_id STRING,
    ad_id STRING,
    amplitude_id STRING,
    app STRING,
    city STRING,
    client_event_time TIMESTAMP,
    client_upload_time TIMESTAMP,
    country STRING,
    data STRING,
    device_brand STRING,
    device_carrier STRING,
    device_family STRING,
    device_id STRING,
    device_manufacturer STRING,
    device_model STRING,
    device_type STRING,
    dma STRING,
    event_properties STRING,
    event_time TIMESTAMP,
    event_type STRING,
    event_type_id INT64,
    group_properties STRING,
    id INT64,
    idfa STRING,
    ip_address STRING,
    is_attribution_event BOOL,
    language STRING,
    library STRING,
    location_lat STRING,
    location_lng STRING,
    os_name STRING,
    os_version STRING,
    paying BOOL,
    platform STRING,
    processed_time TIMESTAMP,
    project_name STRING,
    region STRING,
    schema INT64,
    server_received_time TIMESTAMP,
    server_upload_time TIMESTAMP,
    session_id INT64,
    start_version STRING,
    user_creation_time TIMESTAMP,
    user_id STRING,
    user_properties STRING,
    uuid STRING,
    version_name STRING,
    groups STRING
);

CREATE TABLE amplitude.event_type (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    autohidden BOOL,
    deleted BOOL,
    display STRING,
    flow_hidden BOOL,
    hidden BOOL,
    id INT64,
    in_waitroom BOOL,
    name STRING,
    non_active BOOL,
    project_name STRING,
    timeline_hidden BOOL,
    totals INT64,
    totals_delta INT64,
    value STRING,
    waitroom_approved STRING
);

