-- Qualtrics, surveys and experience management, as Fivetran's connector lands it in a warehouse:
-- the account's users (names, e-mail, username, account and password dates, time zone), surveys
-- with their versions, blocks, questions, sub-questions and answer options, survey responses (the
-- respondent's IP address, coordinates, e-mail and names, language, progress and duration), the
-- answers to each question (question_response) and the embedded data kept with a response,
-- directories (the XM directory of contacts: names, e-mail, phone, external reference,
-- language, unsubscribe state), their mailing lists and memberships, the older core contacts
-- and mailing lists, and distributions (the invitation e-mails: sender, subject, message, link
-- expiry) with the contacts each was sent to.
-- Source: https://github.com/fivetran/dbt_qualtrics_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types; the tables as
--   models/src_qualtrics.yml names them)
-- Commit: 1659c0f066a8a2d3af7d35b668c4634a5c76cc0e (package version 0.4.0)
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 19 tables of the macros get_<table>_columns, transcribed as
-- CREATE TABLE statements for Snowflake: the table and column names in the macros' order, the
-- tables in src_qualtrics.yml's order, the schema `qualtrics`, dbt's types as dbt renders them
-- on Snowflake (type_string VARCHAR, type_int INTEGER, type_float FLOAT, type_timestamp
-- TIMESTAMP_NTZ, "boolean" BOOLEAN); the yml's descriptions, pass-through columns and the
-- staging aliases are not used.
-- Development source since the ninth held-out set was measured (see labels.yaml).

CREATE TABLE qualtrics.user (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    account_creation_date TIMESTAMP_NTZ,
    account_expiration_date TIMESTAMP_NTZ,
    account_status VARCHAR,
    division_id VARCHAR,
    email VARCHAR,
    first_name VARCHAR,
    id VARCHAR,
    language VARCHAR,
    last_login_date TIMESTAMP_NTZ,
    last_name VARCHAR,
    organization_id VARCHAR,
    password_expiration_date TIMESTAMP_NTZ,
    password_last_changed_date TIMESTAMP_NTZ,
    response_count_auditable INTEGER,
    response_count_deleted INTEGER,
    response_count_generated INTEGER,
    time_zone VARCHAR,
    unsubscribed BOOLEAN,
    user_type VARCHAR,
    username VARCHAR
);

CREATE TABLE qualtrics.survey (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    auto_scoring_category VARCHAR,
    brand_base_url VARCHAR,
    brand_id VARCHAR,
    bundle_short_name VARCHAR,
    composition_type VARCHAR,
    creator_id VARCHAR,
    default_scoring_category VARCHAR,
    division_id VARCHAR,
    id VARCHAR,
    last_accessed TIMESTAMP_NTZ,
    last_activated TIMESTAMP_NTZ,
    last_modified TIMESTAMP_NTZ,
    owner_id VARCHAR,
    project_category VARCHAR,
    project_type VARCHAR,
    registry_sha VARCHAR,
    registry_version VARCHAR,
    schema_version VARCHAR,
    scoring_summary_after_questions BOOLEAN,
    scoring_summary_after_survey BOOLEAN,
    scoring_summary_category VARCHAR,
    survey_name VARCHAR,
    survey_status VARCHAR
);

CREATE TABLE qualtrics.question (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    data_export_tag VARCHAR,
    data_visibility_hidden BOOLEAN,
    data_visibility_private BOOLEAN,
    id VARCHAR,
    next_answer_id INTEGER,
    next_choice_id INTEGER,
    question_description VARCHAR,
    question_description_option VARCHAR,
    question_text VARCHAR,
    question_text_unsafe VARCHAR,
    question_type VARCHAR,
    selector VARCHAR,
    sub_selector VARCHAR,
    survey_id VARCHAR,
    validation_setting_force_response VARCHAR,
    validation_setting_force_response_type VARCHAR,
    validation_setting_type VARCHAR
);

CREATE TABLE qualtrics.question_response (
    _fivetran_id VARCHAR,
    _fivetran_synced TIMESTAMP_NTZ,
    loop_id VARCHAR,
    question VARCHAR,
    question_id VARCHAR,
    question_option_key VARCHAR,
    response_id VARCHAR,
    sub_question_key VARCHAR,
    sub_question_text VARCHAR,
    text VARCHAR,
    value VARCHAR
);

CREATE TABLE qualtrics.question_option (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    key VARCHAR,
    question_id VARCHAR,
    recode_value VARCHAR,
    survey_id VARCHAR,
    text VARCHAR
);

CREATE TABLE qualtrics.survey_response (
    _fivetran_synced TIMESTAMP_NTZ,
    distribution_channel VARCHAR,
    duration_in_seconds INTEGER,
    end_date TIMESTAMP_NTZ,
    finished INTEGER,
    id VARCHAR,
    ip_address VARCHAR,
    last_modified_date TIMESTAMP_NTZ,
    location_latitude FLOAT,
    location_longitude FLOAT,
    progress INTEGER,
    recipient_email VARCHAR,
    recipient_first_name VARCHAR,
    recipient_last_name VARCHAR,
    recorded_date TIMESTAMP_NTZ,
    start_date TIMESTAMP_NTZ,
    status INTEGER,
    survey_id VARCHAR,
    user_language VARCHAR
);

CREATE TABLE qualtrics.sub_question (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    choice_data_export_tag VARCHAR,
    key VARCHAR,
    question_id VARCHAR,
    survey_id VARCHAR,
    text VARCHAR
);

CREATE TABLE qualtrics.survey_version (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    creation_date TIMESTAMP_NTZ,
    description VARCHAR,
    id VARCHAR,
    published BOOLEAN,
    survey_id VARCHAR,
    user_id VARCHAR,
    version_number INTEGER,
    was_published BOOLEAN
);

CREATE TABLE qualtrics.survey_embedded_data (
    _fivetran_synced TIMESTAMP_NTZ,
    import_id VARCHAR,
    key VARCHAR,
    response_id VARCHAR,
    value VARCHAR
);

CREATE TABLE qualtrics.block (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    block_locking VARCHAR,
    block_visibility VARCHAR,
    description VARCHAR,
    id VARCHAR,
    randomize_questions VARCHAR,
    survey_id VARCHAR,
    type VARCHAR
);

CREATE TABLE qualtrics.block_question (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    block_id VARCHAR,
    question_id VARCHAR,
    survey_id VARCHAR
);

CREATE TABLE qualtrics.directory (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    deduplication_criteria_email BOOLEAN,
    deduplication_criteria_external_data_reference BOOLEAN,
    deduplication_criteria_first_name BOOLEAN,
    deduplication_criteria_last_name BOOLEAN,
    deduplication_criteria_phone BOOLEAN,
    id VARCHAR,
    is_default BOOLEAN,
    name VARCHAR
);

CREATE TABLE qualtrics.directory_contact (
    _fivetran_synced TIMESTAMP_NTZ,
    creation_date TIMESTAMP_NTZ,
    directory_id VARCHAR,
    directory_unsubscribe_date TIMESTAMP_NTZ,
    directory_unsubscribed BOOLEAN,
    email VARCHAR,
    email_domain VARCHAR,
    ext_ref VARCHAR,
    first_name VARCHAR,
    id VARCHAR,
    language VARCHAR,
    last_modified TIMESTAMP_NTZ,
    last_name VARCHAR,
    phone VARCHAR
);

CREATE TABLE qualtrics.distribution (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    created_date TIMESTAMP_NTZ,
    header_from_email VARCHAR,
    header_from_name VARCHAR,
    header_reply_to_email VARCHAR,
    header_subject VARCHAR,
    id VARCHAR,
    message_library_id VARCHAR,
    message_message_id VARCHAR,
    message_message_text VARCHAR,
    modified_date TIMESTAMP_NTZ,
    organization_id VARCHAR,
    owner_id VARCHAR,
    parent_distribution_id VARCHAR,
    recipient_contact_id VARCHAR,
    recipient_library_id VARCHAR,
    recipient_mailing_list_id VARCHAR,
    recipient_sample_id VARCHAR,
    request_status VARCHAR,
    request_type VARCHAR,
    send_date TIMESTAMP_NTZ,
    survey_link_expiration_date TIMESTAMP_NTZ,
    survey_link_link_type VARCHAR,
    survey_link_survey_id VARCHAR
);

CREATE TABLE qualtrics.distribution_contact (
    _fivetran_synced TIMESTAMP_NTZ,
    contact_frequency_rule_id VARCHAR,
    contact_id VARCHAR,
    contact_lookup_id VARCHAR,
    distribution_id VARCHAR,
    opened_at TIMESTAMP_NTZ,
    response_completed_at TIMESTAMP_NTZ,
    response_id VARCHAR,
    response_started_at TIMESTAMP_NTZ,
    sent_at TIMESTAMP_NTZ,
    status VARCHAR,
    survey_link VARCHAR,
    survey_session_id VARCHAR
);

CREATE TABLE qualtrics.directory_mailing_list (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    creation_date TIMESTAMP_NTZ,
    directory_id VARCHAR,
    id VARCHAR,
    last_modified_date TIMESTAMP_NTZ,
    name VARCHAR,
    owner_id VARCHAR
);

CREATE TABLE qualtrics.contact_mailing_list_membership (
    _fivetran_synced TIMESTAMP_NTZ,
    contact_id VARCHAR,
    contact_lookup_id VARCHAR,
    directory_id VARCHAR,
    mailing_list_id VARCHAR,
    name VARCHAR,
    owner_id VARCHAR,
    unsubscribe_date TIMESTAMP_NTZ,
    unsubscribed BOOLEAN
);

CREATE TABLE qualtrics.core_contact (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    mailing_list_id VARCHAR,
    first_name VARCHAR,
    last_name VARCHAR,
    email VARCHAR,
    external_data_reference VARCHAR,
    language VARCHAR,
    unsubscribed BOOLEAN,
    _fivetran_deleted BOOLEAN
);

CREATE TABLE qualtrics.core_mailing_list (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    library_id VARCHAR,
    name VARCHAR,
    category VARCHAR,
    folder VARCHAR
);
