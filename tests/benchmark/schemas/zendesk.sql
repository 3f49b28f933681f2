-- Zendesk Support, as Fivetran's connector lands it in a warehouse: a customer-service desk
-- (end users and agents, organisations, tickets with their requester's channel details,
-- comments and call recordings, chats and chat events, the audit log, groups, brands, tags,
-- field history, schedules).
-- Source: https://github.com/fivetran/dbt_zendesk_source, macros/get_<table>_columns.sql (the
--   source columns the package's staging models read, with their dbt types)
-- Commit: 3aab72b7a0d97e1b6b1b7aa9c2898333fb002cd5
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: 13 of the 20 tables, transcribed as CREATE TABLE statements for BigQuery: the table
-- and column names (in the macros' order, the `tag` of user_tag from the macro's BigQuery
-- branch) as the macros list them, the dataset `zendesk`, dbt's types as dbt renders them on
-- BigQuery (type_string STRING, type_int INT64, type_timestamp TIMESTAMP, type_float FLOAT64,
-- "boolean" BOOL), kept as the macros give them even where they look odd (a user's notes and
-- signature INT64). Dropped daylight_time, domain_name, organization_tag, schedule_holiday,
-- ticket_form_history, ticket_schedule and ticket_tag.

CREATE TABLE zendesk.`user` (
    _fivetran_synced TIMESTAMP,
    _fivetran_deleted BOOL,
    active BOOL,
    alias STRING,
    authenticity_token INT64,
    chat_only BOOL,
    created_at TIMESTAMP,
    details INT64,
    email STRING,
    external_id INT64,
    id INT64,
    last_login_at TIMESTAMP,
    locale STRING,
    locale_id INT64,
    moderator BOOL,
    name STRING,
    notes INT64,
    only_private_comments BOOL,
    organization_id INT64,
    phone STRING,
    remote_photo_url INT64,
    restricted_agent BOOL,
    role STRING,
    shared BOOL,
    shared_agent BOOL,
    signature INT64,
    suspended BOOL,
    ticket_restriction STRING,
    time_zone STRING,
    two_factor_auth_enabled BOOL,
    updated_at STRING,
    url STRING,
    verified BOOL
);

CREATE TABLE zendesk.organization (
    _fivetran_synced TIMESTAMP,
    created_at TIMESTAMP,
    details INT64,
    external_id INT64,
    group_id INT64,
    id INT64,
    name STRING,
    notes INT64,
    shared_comments BOOL,
    shared_tickets BOOL,
    updated_at TIMESTAMP,
    url STRING
);

CREATE TABLE zendesk.ticket (
    _fivetran_synced TIMESTAMP,
    _fivetran_deleted BOOL,
    allow_channelback BOOL,
    assignee_id INT64,
    brand_id INT64,
    created_at TIMESTAMP,
    description STRING,
    due_at TIMESTAMP,
    external_id INT64,
    forum_topic_id INT64,
    group_id INT64,
    has_incidents BOOL,
    id INT64,
    is_public BOOL,
    merged_ticket_ids STRING,
    organization_id INT64,
    priority STRING,
    problem_id INT64,
    recipient INT64,
    requester_id INT64,
    status STRING,
    subject STRING,
    submitter_id INT64,
    system_ccs INT64,
    system_client STRING,
    system_ip_address STRING,
    system_json_email_identifier INT64,
    system_latitude FLOAT64,
    system_location STRING,
    system_longitude FLOAT64,
    system_machine_generated INT64,
    system_message_id INT64,
    system_raw_email_identifier INT64,
    ticket_form_id INT64,
    type STRING,
    updated_at STRING,
    url STRING,
    via_channel STRING,
    via_source_from_address INT64,
    via_source_from_id INT64,
    via_source_from_title INT64,
    via_source_rel INT64,
    via_source_to_address INT64,
    via_source_to_name INT64
);

CREATE TABLE zendesk.ticket_comment (
    _fivetran_synced STRING,
    _fivetran_deleted BOOL,
    body STRING,
    call_duration INT64,
    call_id INT64,
    created TIMESTAMP,
    facebook_comment BOOL,
    id INT64,
    location INT64,
    public BOOL,
    recording_url INT64,
    started_at TIMESTAMP,
    ticket_id INT64,
    transcription_status INT64,
    transcription_text INT64,
    trusted INT64,
    tweet BOOL,
    user_id INT64,
    voice_comment BOOL,
    voice_comment_transcription_visible INT64
);

CREATE TABLE zendesk.ticket_chat (
    _fivetran_synced TIMESTAMP,
    authenticated BOOL,
    backend STRING,
    channel STRING,
    chat_id STRING,
    conversation_id STRING,
    initiator STRING,
    integration_id STRING,
    ticket_id INT64,
    user_id INT64,
    visitor_id STRING
);

CREATE TABLE zendesk.ticket_chat_event (
    _fivetran_synced TIMESTAMP,
    actor_id STRING,
    chat_id STRING,
    chat_index INT64,
    created_at TIMESTAMP,
    external_message_id STRING,
    filename STRING,
    is_history_context BOOL,
    message STRING,
    message_id STRING,
    message_source STRING,
    mime_type STRING,
    original_message_type STRING,
    parent_message_id STRING,
    reason STRING,
    size INT64,
    status STRING,
    status_updated_at TIMESTAMP,
    type STRING,
    url STRING
);

CREATE TABLE zendesk.audit_log (
    _fivetran_synced TIMESTAMP,
    id INT64,
    action STRING,
    actor_id INT64,
    change_description STRING,
    created_at TIMESTAMP,
    source_id INT64,
    source_label STRING,
    source_type STRING
);

CREATE TABLE zendesk.`group` (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    created_at TIMESTAMP,
    id INT64,
    name STRING,
    updated_at TIMESTAMP,
    url STRING
);

CREATE TABLE zendesk.user_tag (
    _fivetran_synced TIMESTAMP,
    user_id INT64,
    `tag` STRING
);

CREATE TABLE zendesk.brand (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    active BOOL,
    brand_url STRING,
    has_help_center BOOL,
    help_center_state STRING,
    id INT64,
    logo_content_type STRING,
    logo_content_url STRING,
    logo_deleted BOOL,
    logo_file_name STRING,
    logo_height INT64,
    logo_id INT64,
    logo_inline BOOL,
    logo_mapped_content_url STRING,
    logo_size INT64,
    logo_url STRING,
    logo_width INT64,
    name STRING,
    subdomain STRING,
    url STRING
);

CREATE TABLE zendesk.ticket_field_history (
    _fivetran_synced TIMESTAMP,
    field_name STRING,
    ticket_id INT64,
    updated TIMESTAMP,
    user_id INT64,
    value STRING
);

CREATE TABLE zendesk.schedule (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    created_at TIMESTAMP,
    end_time INT64,
    end_time_utc INT64,
    id INT64,
    name STRING,
    start_time INT64,
    start_time_utc INT64,
    time_zone STRING
);

CREATE TABLE zendesk.time_zone (
    _fivetran_synced TIMESTAMP,
    standard_offset STRING,
    time_zone STRING
);

