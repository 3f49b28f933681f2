-- Intercom, as Fivetran's connector lands it in a warehouse: a customer messaging platform
-- (admins, i.e. the support team, with teams; contacts and companies with their history and
-- tags; conversations with their contacts, parts (messages), ratings and tags).
-- Source: https://github.com/fivetran/dbt_intercom_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: 2bce6ab597c37644357a95794c6280c003746623
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 13 tables of the macros get_<table>_columns, transcribed as
-- CREATE TABLE statements for Snowflake: the table and column names in the macros' order
-- (a repeated name once), the schema `intercom`, dbt's types as dbt renders them on Snowflake
-- (type_string VARCHAR, type_int INTEGER, type_bigint BIGINT, type_timestamp TIMESTAMP_NTZ,
-- type_float FLOAT, type_numeric NUMBER(28,6), "boolean" BOOLEAN), as the macros give them
-- (admin.job_title and tag.name keep the types the macros declare); pass-through columns and
-- the staging aliases are not used.
-- Development source since the fifth held-out set was measured (see labels.yaml).

CREATE TABLE intercom.admin (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    job_title INTEGER,
    name VARCHAR
);

CREATE TABLE intercom.company_history (
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    id VARCHAR,
    industry INTEGER,
    monthly_spend INTEGER,
    name VARCHAR,
    plan_id INTEGER,
    plan_name INTEGER,
    session_count INTEGER,
    updated_at TIMESTAMP_NTZ,
    user_count INTEGER,
    website INTEGER
);

CREATE TABLE intercom.company_tag_history (
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    _fivetran_synced VARCHAR,
    company_id VARCHAR,
    company_updated_at TIMESTAMP_NTZ,
    tag_id INTEGER
);

CREATE TABLE intercom.contact_company_history (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    company_id VARCHAR,
    contact_id VARCHAR,
    contact_updated_at TIMESTAMP_NTZ
);

CREATE TABLE intercom.contact_history (
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    _fivetran_synced TIMESTAMP_NTZ,
    admin_id INTEGER,
    created_at TIMESTAMP_NTZ,
    email VARCHAR,
    id VARCHAR,
    last_contacted_at TIMESTAMP_NTZ,
    last_email_clicked_at TIMESTAMP_NTZ,
    last_email_opened_at TIMESTAMP_NTZ,
    last_replied_at TIMESTAMP_NTZ,
    name VARCHAR,
    role VARCHAR,
    signed_up_at TIMESTAMP_NTZ,
    unsubscribed_from_emails BOOLEAN,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE intercom.contact_tag_history (
    _fivetran_synced VARCHAR,
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    contact_id VARCHAR,
    contact_updated_at TIMESTAMP_NTZ,
    tag_id INTEGER
);

CREATE TABLE intercom.conversation_contact_history (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    contact_id VARCHAR,
    conversation_id INTEGER,
    conversation_updated_at TIMESTAMP_NTZ
);

CREATE TABLE intercom.conversation_history (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    assignee_id INTEGER,
    assignee_type VARCHAR,
    conversation_rating_remark INTEGER,
    conversation_rating_value INTEGER,
    created_at TIMESTAMP_NTZ,
    first_contact_reply_created_at TIMESTAMP_NTZ,
    first_contact_reply_type VARCHAR,
    id INTEGER,
    read BOOLEAN,
    sla_name INTEGER,
    sla_status INTEGER,
    snoozed_until TIMESTAMP_NTZ,
    source_author_id VARCHAR,
    source_author_type VARCHAR,
    source_body VARCHAR,
    source_delivered_as VARCHAR,
    source_subject VARCHAR,
    source_type VARCHAR,
    state VARCHAR,
    updated_at TIMESTAMP_NTZ,
    waiting_since TIMESTAMP_NTZ
);

CREATE TABLE intercom.conversation_part_history (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    assigned_to_id INTEGER,
    assigned_to_type VARCHAR,
    author_id VARCHAR,
    body VARCHAR,
    author_type VARCHAR,
    conversation_id INTEGER,
    conversation_updated_at TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    id INTEGER,
    part_type VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE intercom.conversation_tag_history (
    _fivetran_active BOOLEAN,
    _fivetran_start TIMESTAMP_NTZ,
    _fivetran_end TIMESTAMP_NTZ,
    conversation_id INTEGER,
    conversation_updated_at TIMESTAMP_NTZ,
    tag_id INTEGER
);

CREATE TABLE intercom.tag (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    name TIMESTAMP_NTZ
);

CREATE TABLE intercom.team_admin (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    admin_id VARCHAR,
    team_id INTEGER
);

CREATE TABLE intercom.team (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    name VARCHAR
);

