-- Greenhouse, as Fivetran's connector lands it in a warehouse: an applicant tracking system
-- (candidates with their e-mail addresses, phone numbers, social media and website addresses,
-- attachments (resumes) and tags; applications and their history, the voluntary EEOC survey,
-- activities, scheduled interviews, interviewers and scorecards; jobs, openings, posts,
-- stages, departments, offices; prospect pools, sources; the recruiting team's users).
-- Source: https://github.com/fivetran/dbt_greenhouse_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: e5d7f275881df8e66ee170ba05e02688ef65fbc1
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 31 tables the macros list, transcribed as CREATE TABLE
-- statements for BigQuery: the table and column names (in the macros' order, the quoted `end`
-- and plain start of scheduled_interview from the macro's non-Snowflake branch) as the macros
-- list them, the dataset `greenhouse`, dbt's types as dbt renders them on BigQuery
-- (type_string STRING, type_int INT64, type_timestamp TIMESTAMP, "boolean" BOOL); the staging
-- aliases are not used.
-- Held out: not seen while tuning the classifier (see labels_heldout.yaml).

CREATE TABLE greenhouse.activity (
    _fivetran_synced TIMESTAMP,
    body STRING,
    candidate_id INT64,
    created_at TIMESTAMP,
    id INT64,
    subject STRING,
    user_id INT64
);

CREATE TABLE greenhouse.application (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    applied_at TIMESTAMP,
    candidate_id INT64,
    credited_to_user_id INT64,
    current_stage_id INT64,
    id INT64,
    is_deleted BOOL,
    last_activity_at TIMESTAMP,
    location_address STRING,
    prospect BOOL,
    prospect_owner_id INT64,
    prospect_pool_id INT64,
    prospect_stage_id INT64,
    rejected_at TIMESTAMP,
    rejected_reason_id INT64,
    source_id INT64,
    status STRING
);

CREATE TABLE greenhouse.application_history (
    _fivetran_synced TIMESTAMP,
    application_id INT64,
    new_stage_id INT64,
    new_status STRING,
    updated_at TIMESTAMP
);

CREATE TABLE greenhouse.attachment (
    _fivetran_synced TIMESTAMP,
    candidate_id INT64,
    filename STRING,
    index INT64,
    type STRING,
    url STRING
);

CREATE TABLE greenhouse.candidate (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    company STRING,
    coordinator_id INT64,
    created_at TIMESTAMP,
    first_name STRING,
    id INT64,
    is_private BOOL,
    last_activity TIMESTAMP,
    last_name STRING,
    new_candidate_id INT64,
    recruiter_id INT64,
    title STRING,
    updated_at TIMESTAMP
);

CREATE TABLE greenhouse.candidate_tag (
    _fivetran_synced TIMESTAMP,
    candidate_id INT64,
    tag_id INT64
);

CREATE TABLE greenhouse.department (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    external_id STRING,
    id INT64,
    name STRING,
    parent_id INT64
);

CREATE TABLE greenhouse.eeoc (
    _fivetran_synced TIMESTAMP,
    application_id INT64,
    disability_status_description STRING,
    disability_status_id INT64,
    gender_description STRING,
    gender_id INT64,
    race_description STRING,
    race_id INT64,
    submitted_at TIMESTAMP,
    veteran_status_description STRING,
    veteran_status_id INT64
);

CREATE TABLE greenhouse.email_address (
    _fivetran_synced TIMESTAMP,
    candidate_id INT64,
    index INT64,
    type STRING,
    value STRING
);

CREATE TABLE greenhouse.hiring_team (
    _fivetran_synced TIMESTAMP,
    job_id INT64,
    role STRING,
    user_id INT64
);

CREATE TABLE greenhouse.interview (
    _fivetran_synced TIMESTAMP,
    id INT64,
    interview_kit_content STRING,
    job_stage_id INT64,
    name STRING
);

CREATE TABLE greenhouse.job_application (
    _fivetran_synced TIMESTAMP,
    application_id INT64,
    job_id INT64
);

CREATE TABLE greenhouse.job (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    closed_at TIMESTAMP,
    confidential BOOL,
    created_at TIMESTAMP,
    id INT64,
    name STRING,
    notes STRING,
    requisition_id STRING,
    status STRING,
    updated_at TIMESTAMP
);

CREATE TABLE greenhouse.job_department (
    _fivetran_synced TIMESTAMP,
    department_id INT64,
    job_id INT64
);

CREATE TABLE greenhouse.job_office (
    _fivetran_synced TIMESTAMP,
    job_id INT64,
    office_id INT64
);

CREATE TABLE greenhouse.job_opening (
    _fivetran_synced TIMESTAMP,
    application_id INT64,
    close_reason_id INT64,
    closed_at TIMESTAMP,
    id INT64,
    job_id INT64,
    opened_at TIMESTAMP,
    opening_id STRING,
    status STRING
);

CREATE TABLE greenhouse.job_post (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    content STRING,
    created_at TIMESTAMP,
    external BOOL,
    id INT64,
    internal BOOL,
    internal_content STRING,
    job_id INT64,
    live BOOL,
    location_name STRING,
    title STRING,
    updated_at TIMESTAMP
);

CREATE TABLE greenhouse.job_stage (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    created_at TIMESTAMP,
    id INT64,
    job_id INT64,
    name STRING,
    updated_at TIMESTAMP
);

CREATE TABLE greenhouse.office (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    external_id STRING,
    id INT64,
    location_name STRING,
    name STRING,
    parent_id INT64,
    primary_contact_user_id INT64
);

CREATE TABLE greenhouse.phone_number (
    _fivetran_synced TIMESTAMP,
    candidate_id INT64,
    index INT64,
    type STRING,
    value STRING
);

CREATE TABLE greenhouse.prospect_pool (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    active BOOL,
    id INT64,
    name STRING
);

CREATE TABLE greenhouse.prospect_stage (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    id INT64,
    name STRING,
    prospect_pool_id INT64
);

CREATE TABLE greenhouse.scheduled_interview (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    application_id INT64,
    created_at TIMESTAMP,
    ends TIMESTAMP,
    id INT64,
    interview_id INT64,
    location STRING,
    organizer_id INT64,
    status STRING,
    updated_at TIMESTAMP,
    `end` TIMESTAMP,
    `start` TIMESTAMP
);

CREATE TABLE greenhouse.scheduled_interviewer (
    _fivetran_synced TIMESTAMP,
    interviewer_id INT64,
    scheduled_interview_id INT64,
    scorecard_id INT64
);

CREATE TABLE greenhouse.scorecard_attribute (
    _fivetran_synced TIMESTAMP,
    index INT64,
    name STRING,
    note STRING,
    rating STRING,
    scorecard_id INT64,
    type STRING
);

CREATE TABLE greenhouse.scorecard (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    application_id INT64,
    candidate_id INT64,
    created_at TIMESTAMP,
    id INT64,
    interview STRING,
    interviewed_at TIMESTAMP,
    overall_recommendation STRING,
    submitted_at TIMESTAMP,
    submitted_by_user_id INT64,
    updated_at TIMESTAMP
);

CREATE TABLE greenhouse.social_media_address (
    _fivetran_synced TIMESTAMP,
    candidate_id INT64,
    index INT64,
    value STRING
);

CREATE TABLE greenhouse.source (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    id INT64,
    name STRING,
    source_type_id INT64,
    source_type_name STRING
);

CREATE TABLE greenhouse.tag (
    _fivetran_deleted BOOL,
    _fivetran_synced TIMESTAMP,
    id INT64,
    name STRING
);

CREATE TABLE greenhouse.`user` (
    _fivetran_synced TIMESTAMP,
    created_at TIMESTAMP,
    disabled BOOL,
    employee_id STRING,
    first_name STRING,
    id INT64,
    last_name STRING,
    site_admin BOOL,
    updated_at TIMESTAMP
);

CREATE TABLE greenhouse.user_email (
    _fivetran_synced TIMESTAMP,
    email STRING,
    user_id INT64
);

