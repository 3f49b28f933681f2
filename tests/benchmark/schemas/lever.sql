-- Lever, as Fivetran's connector lands it in a warehouse: recruiting (opportunities, i.e. a
-- candidate's name, headline, location and contact, with their e-mail addresses, phone numbers
-- and links; applications, resumes, interviews and their feedback forms and answers, offers,
-- stages, archive reasons and tags; postings and requisitions; the recruiting team's users).
-- Source: https://github.com/fivetran/dbt_lever_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: c88e08dea08e2796e44bd13f741c916fa793d2b1 (package version 0.8.1)
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 24 tables of the macros get_<table>_columns, transcribed as
-- CREATE TABLE statements for Snowflake: the table and column names in the macros' order, the
-- schema `lever`, dbt's types as dbt renders them on Snowflake (type_string VARCHAR, type_int
-- INTEGER, type_timestamp TIMESTAMP_NTZ, type_numeric NUMBER(28,6), "boolean" BOOLEAN); the
-- `tag` column the macros add for every warehouse but Redshift is kept once, unquoted;
-- pass-through columns and the staging aliases are not used.
-- Development source since the sixth held-out set was measured (see labels.yaml).

CREATE TABLE lever.application (
    _fivetran_synced TIMESTAMP_NTZ,
    archived_at TIMESTAMP_NTZ,
    archived_reason_id VARCHAR,
    candidate_id VARCHAR,
    comments VARCHAR,
    company VARCHAR,
    created_at TIMESTAMP_NTZ,
    id VARCHAR,
    opportunity_id VARCHAR,
    posting_hiring_manager_id VARCHAR,
    posting_id VARCHAR,
    posting_owner_id VARCHAR,
    referrer_id VARCHAR,
    requisition_for_hire_id VARCHAR,
    type VARCHAR
);

CREATE TABLE lever.archive_reason (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    text VARCHAR
);

CREATE TABLE lever.contact_email (
    _fivetran_synced TIMESTAMP_NTZ,
    contact_id VARCHAR,
    email VARCHAR
);

CREATE TABLE lever.contact_link (
    _fivetran_synced TIMESTAMP_NTZ,
    contact_id VARCHAR,
    link VARCHAR
);

CREATE TABLE lever.contact_phone (
    _fivetran_synced TIMESTAMP_NTZ,
    contact_id VARCHAR,
    index INTEGER,
    type VARCHAR,
    value VARCHAR
);

CREATE TABLE lever.feedback_form (
    _fivetran_synced TIMESTAMP_NTZ,
    candidate_id VARCHAR,
    completed_at TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    creator_id VARCHAR,
    deleted_at TIMESTAMP_NTZ,
    id VARCHAR,
    instructions VARCHAR,
    interview_id VARCHAR,
    opportunity_id VARCHAR,
    score_system_value VARCHAR,
    template_id VARCHAR,
    text VARCHAR,
    type VARCHAR
);

CREATE TABLE lever.feedback_form_field (
    _fivetran_synced TIMESTAMP_NTZ,
    code_language VARCHAR,
    currency VARCHAR,
    feedback_form_id VARCHAR,
    field_index INTEGER,
    value_date TIMESTAMP_NTZ,
    value_decimal NUMBER(28,6),
    value_file_id VARCHAR,
    value_index INTEGER,
    value_number INTEGER,
    value_text VARCHAR
);

CREATE TABLE lever.interview (
    _fivetran_synced TIMESTAMP_NTZ,
    canceled_at TIMESTAMP_NTZ,
    candidate_id VARCHAR,
    created_at TIMESTAMP_NTZ,
    creator_id VARCHAR,
    date TIMESTAMP_NTZ,
    duration INTEGER,
    feedback_reminder VARCHAR,
    gcal_event_url VARCHAR,
    id VARCHAR,
    location VARCHAR,
    note VARCHAR,
    opportunity_id VARCHAR,
    panel_id VARCHAR,
    stage_id VARCHAR,
    subject VARCHAR,
    timezone VARCHAR
);

CREATE TABLE lever.interview_feedback (
    _fivetran_synced TIMESTAMP_NTZ,
    feedback_form_id VARCHAR,
    interview_id VARCHAR
);

CREATE TABLE lever.interviewer_user (
    _fivetran_synced TIMESTAMP_NTZ,
    interview_id VARCHAR,
    user_id VARCHAR
);

CREATE TABLE lever.offer (
    _fivetran_synced TIMESTAMP_NTZ,
    candidate_id VARCHAR,
    created_at TIMESTAMP_NTZ,
    creator_id VARCHAR,
    opportunity_id VARCHAR,
    id VARCHAR,
    status VARCHAR
);

CREATE TABLE lever.opportunity (
    _fivetran_synced TIMESTAMP_NTZ,
    archived_at TIMESTAMP_NTZ,
    archived_reason_id VARCHAR,
    contact VARCHAR,
    created_at TIMESTAMP_NTZ,
    data_protection_contact_allowed BOOLEAN,
    data_protection_contact_expires_at TIMESTAMP_NTZ,
    data_protection_store_allowed BOOLEAN,
    data_protection_store_expires_at TIMESTAMP_NTZ,
    headline VARCHAR,
    id VARCHAR,
    is_anonymized BOOLEAN,
    last_advanced_at TIMESTAMP_NTZ,
    last_interaction_at TIMESTAMP_NTZ,
    location VARCHAR,
    name VARCHAR,
    origin VARCHAR,
    owner_id VARCHAR,
    snoozed_until TIMESTAMP_NTZ,
    stage_id VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE lever.opportunity_source (
    _fivetran_synced TIMESTAMP_NTZ,
    opportunity_id VARCHAR,
    source VARCHAR
);

CREATE TABLE lever.opportunity_stage_history (
    _fivetran_synced TIMESTAMP_NTZ,
    opportunity_id VARCHAR,
    stage_id VARCHAR,
    to_stage_index VARCHAR,
    updated_at TIMESTAMP_NTZ,
    updater_id VARCHAR
);

CREATE TABLE lever.opportunity_tag (
    _fivetran_synced TIMESTAMP_NTZ,
    opportunity_id VARCHAR,
    tags VARCHAR,
    tag VARCHAR
);

CREATE TABLE lever.posting (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    categories_commitment VARCHAR,
    categories_department VARCHAR,
    categories_level VARCHAR,
    categories_location VARCHAR,
    categories_team VARCHAR,
    content_closing VARCHAR,
    content_closing_html VARCHAR,
    content_description VARCHAR,
    content_description_html VARCHAR,
    created_at TIMESTAMP_NTZ,
    creator_id VARCHAR,
    id VARCHAR,
    owner_id VARCHAR,
    requisition_code VARCHAR,
    state VARCHAR,
    text VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE lever.posting_interview (
    _fivetran_synced TIMESTAMP_NTZ,
    interview_id VARCHAR,
    posting_id VARCHAR
);

CREATE TABLE lever.posting_tag (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    posting_id VARCHAR,
    tags VARCHAR,
    tag VARCHAR
);

CREATE TABLE lever.requisition (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    backfill BOOLEAN,
    compensation_band_currency VARCHAR,
    compensation_band_interval VARCHAR,
    compensation_band_max VARCHAR,
    compensation_band_min VARCHAR,
    created_at TIMESTAMP_NTZ,
    creator_id VARCHAR,
    custom_field_agency_owner VARCHAR,
    custom_field_requisition_live_date INTEGER,
    custom_field_sourcing_hm_owned BOOLEAN,
    custom_field_target_hire_date INTEGER,
    custom_field_top_funnel_target INTEGER,
    employment_status VARCHAR,
    headcount_hired VARCHAR,
    headcount_infinite VARCHAR,
    headcount_total VARCHAR,
    hiring_manager_id VARCHAR,
    id VARCHAR,
    internal_notes VARCHAR,
    location VARCHAR,
    name VARCHAR,
    owner_id VARCHAR,
    requisition_code VARCHAR,
    status VARCHAR,
    team VARCHAR
);

CREATE TABLE lever.requisition_offer (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    offer_id VARCHAR,
    requisition_id VARCHAR
);

CREATE TABLE lever.requisition_posting (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    posting_id VARCHAR,
    requisition_id VARCHAR
);

CREATE TABLE lever.resume (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    file_download_url VARCHAR,
    file_ext VARCHAR,
    file_name VARCHAR,
    file_uploaded_at TIMESTAMP_NTZ,
    id VARCHAR,
    opportunity_id VARCHAR
);

CREATE TABLE lever.stage (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    text VARCHAR
);

CREATE TABLE lever.user (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    access_role VARCHAR,
    created_at TIMESTAMP_NTZ,
    deactivated_at TIMESTAMP_NTZ,
    email VARCHAR,
    external_directory_id VARCHAR,
    id VARCHAR,
    name VARCHAR,
    photo VARCHAR,
    username VARCHAR
);

