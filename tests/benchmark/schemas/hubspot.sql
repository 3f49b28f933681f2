-- HubSpot, as Fivetran's connector lands it in a warehouse: a marketing and sales CRM
-- (contacts, companies, owners and users, form submissions, list memberships, merges and
-- property history, deals, e-mail campaigns and their recipients' events: sends, opens,
-- clicks, bounces, forwards, drops, status changes; engagements, notes and calls, forms,
-- tickets).
-- Source: https://github.com/fivetran/dbt_hubspot_source, macros/get_<table>_columns.sql (the
--   source columns the package's staging models read, with their dbt types)
-- Commit: bcc7781bd1bda02dd67d69a60fe7f4f5056534b2
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: 23 of the 56 tables, transcribed as CREATE TABLE statements for Snowflake: the
-- table and column names (in the macros' order, the quoted "FROM" of the e-mail event tables
-- from the macros' Snowflake branch) as the macros list them, the schema `hubspot`, dbt's
-- types as dbt renders them on Snowflake (type_string VARCHAR, type_int INTEGER, type_bigint
-- BIGINT, type_timestamp TIMESTAMP_NTZ, "boolean" BOOLEAN); the staging aliases are not used.
-- Dropped the association tables (deal_company, engagement_contact ...), pipelines and
-- stages, the other engagement types and e-mail events, property definitions, teams and roles.

CREATE TABLE hubspot.contact (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    property_hs_calculated_merged_vids VARCHAR,
    property_email VARCHAR,
    property_company VARCHAR,
    property_firstname VARCHAR,
    property_lastname VARCHAR,
    property_createdate TIMESTAMP_NTZ,
    property_jobtitle VARCHAR,
    property_annualrevenue INTEGER
);

CREATE TABLE hubspot.company (
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    is_deleted BOOLEAN,
    property_name VARCHAR,
    property_description VARCHAR,
    property_createdate TIMESTAMP_NTZ,
    property_industry VARCHAR,
    property_address VARCHAR,
    property_address_2 VARCHAR,
    property_city VARCHAR,
    property_state VARCHAR,
    property_country VARCHAR,
    property_annualrevenue INTEGER
);

CREATE TABLE hubspot.owner (
    _fivetran_synced TIMESTAMP_NTZ,
    active_user_id INTEGER,
    created_at TIMESTAMP_NTZ,
    email VARCHAR,
    first_name VARCHAR,
    last_name VARCHAR,
    owner_id INTEGER,
    portal_id INTEGER,
    type VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE hubspot.users (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    primary_team_id INTEGER,
    role_id INTEGER,
    email VARCHAR,
    first_name VARCHAR,
    last_name VARCHAR
);

CREATE TABLE hubspot.contact_form_submission (
    _fivetran_synced TIMESTAMP_NTZ,
    timestamp TIMESTAMP_NTZ,
    form_id BIGINT,
    contact_id BIGINT,
    conversion_id BIGINT,
    page_id BIGINT,
    page_url VARCHAR,
    portal_id INTEGER,
    title VARCHAR
);

CREATE TABLE hubspot.contact_list_member (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    added_at TIMESTAMP_NTZ,
    contact_id INTEGER,
    contact_list_id INTEGER
);

CREATE TABLE hubspot.contact_merge_audit (
    _fivetran_synced TIMESTAMP_NTZ,
    canonical_vid INTEGER,
    contact_id INTEGER,
    entity_id VARCHAR,
    first_name VARCHAR,
    last_name VARCHAR,
    num_properties_moved INTEGER,
    timestamp TIMESTAMP_NTZ,
    user_id INTEGER,
    vid_to_merge INTEGER
);

CREATE TABLE hubspot.contact_property_history (
    _fivetran_synced TIMESTAMP_NTZ,
    contact_id INTEGER,
    name VARCHAR,
    source VARCHAR,
    source_id VARCHAR,
    timestamp TIMESTAMP_NTZ,
    value VARCHAR
);

CREATE TABLE hubspot.deal (
    _fivetran_synced TIMESTAMP_NTZ,
    deal_id INTEGER,
    deal_pipeline_id VARCHAR,
    deal_pipeline_stage_id VARCHAR,
    is_deleted BOOLEAN,
    owner_id INTEGER,
    portal_id INTEGER,
    property_dealname VARCHAR,
    property_description VARCHAR,
    property_amount INTEGER,
    property_closedate TIMESTAMP_NTZ,
    property_createdate TIMESTAMP_NTZ
);

CREATE TABLE hubspot.email_campaign (
    _fivetran_synced TIMESTAMP_NTZ,
    app_id INTEGER,
    app_name VARCHAR,
    content_id INTEGER,
    id INTEGER,
    name VARCHAR,
    num_included INTEGER,
    num_queued INTEGER,
    sub_type VARCHAR,
    subject VARCHAR,
    type VARCHAR
);

CREATE TABLE hubspot.email_event (
    _fivetran_synced TIMESTAMP_NTZ,
    app_id INTEGER,
    caused_by_created TIMESTAMP_NTZ,
    caused_by_id VARCHAR,
    created TIMESTAMP_NTZ,
    email_campaign_id INTEGER,
    filtered_event BOOLEAN,
    id VARCHAR,
    obsoleted_by_created TIMESTAMP_NTZ,
    obsoleted_by_id VARCHAR,
    portal_id INTEGER,
    recipient VARCHAR,
    sent_by_created TIMESTAMP_NTZ,
    sent_by_id VARCHAR,
    type VARCHAR
);

CREATE TABLE hubspot.email_event_click (
    _fivetran_synced TIMESTAMP_NTZ,
    browser VARCHAR,
    id VARCHAR,
    ip_address VARCHAR,
    location VARCHAR,
    referer VARCHAR,
    url VARCHAR,
    user_agent VARCHAR
);

CREATE TABLE hubspot.email_event_open (
    _fivetran_synced TIMESTAMP_NTZ,
    browser VARCHAR,
    duration VARCHAR,
    id VARCHAR,
    ip_address VARCHAR,
    location VARCHAR,
    user_agent VARCHAR
);

CREATE TABLE hubspot.email_event_bounce (
    _fivetran_synced TIMESTAMP_NTZ,
    category VARCHAR,
    id VARCHAR,
    response VARCHAR,
    status VARCHAR
);

CREATE TABLE hubspot.email_event_dropped (
    _fivetran_synced TIMESTAMP_NTZ,
    bcc VARCHAR,
    cc VARCHAR,
    drop_message VARCHAR,
    drop_reason VARCHAR,
    id VARCHAR,
    reply_to VARCHAR,
    subject VARCHAR,
    "FROM" VARCHAR
);

CREATE TABLE hubspot.email_event_sent (
    _fivetran_synced TIMESTAMP_NTZ,
    bcc VARCHAR,
    cc VARCHAR,
    id VARCHAR,
    reply_to VARCHAR,
    subject VARCHAR,
    "FROM" VARCHAR
);

CREATE TABLE hubspot.email_event_forward (
    _fivetran_synced TIMESTAMP_NTZ,
    browser VARCHAR,
    id VARCHAR,
    ip_address VARCHAR,
    location VARCHAR,
    user_agent VARCHAR
);

CREATE TABLE hubspot.email_event_status_change (
    _fivetran_synced TIMESTAMP_NTZ,
    bounced BOOLEAN,
    id VARCHAR,
    portal_subscription_status VARCHAR,
    requested_by VARCHAR,
    source VARCHAR,
    subscriptions VARCHAR
);

CREATE TABLE hubspot.engagement (
    _fivetran_synced TIMESTAMP_NTZ,
    active BOOLEAN,
    created_at TIMESTAMP_NTZ,
    id INTEGER,
    owner_id INTEGER,
    portal_id INTEGER,
    timestamp TIMESTAMP_NTZ,
    type VARCHAR
);

CREATE TABLE hubspot.engagement_note (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN,
    body VARCHAR,
    type VARCHAR,
    engagement_id INTEGER,
    property_hs_createdate TIMESTAMP_NTZ,
    property_hs_timestamp TIMESTAMP_NTZ,
    property_hubspot_owner_id INTEGER,
    property_hubspot_team_id INTEGER
);

CREATE TABLE hubspot.engagement_call (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN,
    engagement_id INTEGER,
    type VARCHAR,
    property_hs_createdate TIMESTAMP_NTZ,
    property_hs_timestamp TIMESTAMP_NTZ,
    property_hubspot_owner_id INTEGER,
    property_hubspot_team_id INTEGER
);

CREATE TABLE hubspot.form (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN,
    guid BIGINT,
    action VARCHAR,
    created_at TIMESTAMP_NTZ,
    css_class VARCHAR,
    follow_up_id BIGINT,
    form_type VARCHAR,
    lead_nurturing_campaign_id BIGINT,
    method VARCHAR,
    name VARCHAR,
    notify_recipients BOOLEAN,
    portal_id INTEGER,
    redirect VARCHAR,
    submit_text VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE hubspot.ticket (
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    _fivetran_deleted BOOLEAN,
    is_deleted BOOLEAN,
    property_closed_date TIMESTAMP_NTZ,
    property_createdate TIMESTAMP_NTZ,
    property_first_agent_reply_date TIMESTAMP_NTZ,
    property_hs_pipeline VARCHAR,
    property_hs_pipeline_stage VARCHAR,
    property_hs_ticket_category VARCHAR,
    property_hs_ticket_priority VARCHAR,
    property_hubspot_owner_id INTEGER,
    property_subject VARCHAR,
    property_content VARCHAR
);

