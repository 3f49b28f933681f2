-- Marketo, as Fivetran's connector lands it in a warehouse: marketing automation (leads with
-- their names, e-mail, phones, company, address, billing address, IP-inferred location and
-- anonymous IP; the activities of leads: data value changes, e-mails sent, delivered, opened,
-- clicked, bounced and unsubscribed from, deleted and merged leads; campaigns, programs, e-mail
-- templates and the description of the lead fields).
-- Source: https://github.com/fivetran/dbt_marketo_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: 766cf7c97f2eee08003c688c0f1ed06938586485 (package version 0.13.0)
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 14 tables of the macros get_<table>_columns, transcribed as
-- CREATE TABLE statements for Snowflake, tables in alphabetical order: the column names in the
-- macros' order, the schema `marketo`, dbt's types as dbt renders them on Snowflake (type_string
-- VARCHAR, type_int INTEGER, type_timestamp TIMESTAMP_NTZ, type_boolean and "boolean" BOOLEAN);
-- pass-through columns and the staging aliases are not used.
-- Development source since the seventh held-out set was measured (see labels.yaml).

CREATE TABLE marketo.activity_change_data_value (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    api_method_name VARCHAR,
    campaign_id INTEGER,
    id VARCHAR,
    lead_id INTEGER,
    modifying_user VARCHAR,
    new_value VARCHAR,
    old_value VARCHAR,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER,
    reason VARCHAR,
    request_id VARCHAR,
    source VARCHAR
);

CREATE TABLE marketo.activity_click_email (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign_id INTEGER,
    campaign_run_id INTEGER,
    choice_number INTEGER,
    device VARCHAR,
    email_template_id INTEGER,
    id VARCHAR,
    is_mobile_device BOOLEAN,
    lead_id INTEGER,
    link VARCHAR,
    link_id VARCHAR,
    platform VARCHAR,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER,
    step_id INTEGER,
    test_variant INTEGER,
    user_agent VARCHAR
);

CREATE TABLE marketo.activity_delete_lead (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign VARCHAR,
    campaign_id INTEGER,
    id VARCHAR,
    lead_id INTEGER,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER
);

CREATE TABLE marketo.activity_email_bounced (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign_id INTEGER,
    campaign_run_id INTEGER,
    category INTEGER,
    choice_number INTEGER,
    details VARCHAR,
    email VARCHAR,
    email_template_id INTEGER,
    id VARCHAR,
    lead_id INTEGER,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER,
    step_id INTEGER,
    subcategory INTEGER,
    test_variant INTEGER
);

CREATE TABLE marketo.activity_email_delivered (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign_id INTEGER,
    campaign_run_id INTEGER,
    choice_number INTEGER,
    email_template_id INTEGER,
    id VARCHAR,
    lead_id INTEGER,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER,
    step_id INTEGER,
    test_variant INTEGER
);

CREATE TABLE marketo.activity_merge_leads (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign_id INTEGER,
    id VARCHAR,
    lead_id INTEGER,
    master_updated BOOLEAN,
    merge_ids VARCHAR,
    merge_source VARCHAR,
    merged_in_sales BOOLEAN,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER
);

CREATE TABLE marketo.activity_open_email (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign_id INTEGER,
    campaign_run_id INTEGER,
    choice_number INTEGER,
    device VARCHAR,
    email_template_id INTEGER,
    id VARCHAR,
    is_mobile_device BOOLEAN,
    lead_id INTEGER,
    platform VARCHAR,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER,
    step_id INTEGER,
    test_variant INTEGER,
    user_agent VARCHAR
);

CREATE TABLE marketo.activity_send_email (
    _fivetran_synced TIMESTAMP_NTZ,
    action_result VARCHAR,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign_id INTEGER,
    campaign_run_id INTEGER,
    choice_number INTEGER,
    email_template_id INTEGER,
    id VARCHAR,
    lead_id INTEGER,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER,
    step_id INTEGER
);

CREATE TABLE marketo.activity_unsubscribe_email (
    _fivetran_synced TIMESTAMP_NTZ,
    activity_date TIMESTAMP_NTZ,
    activity_type_id INTEGER,
    campaign_id INTEGER,
    campaign_run_id INTEGER,
    client_ip_address VARCHAR,
    email_template_id INTEGER,
    form_fields VARCHAR,
    id VARCHAR,
    lead_id INTEGER,
    primary_attribute_value VARCHAR,
    primary_attribute_value_id INTEGER,
    query_parameters VARCHAR,
    referrer_url VARCHAR,
    test_variant INTEGER,
    user_agent VARCHAR,
    webform_id INTEGER,
    webpage_id INTEGER
);

CREATE TABLE marketo.campaign (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN,
    active BOOLEAN,
    created_at TIMESTAMP_NTZ,
    description VARCHAR,
    id INTEGER,
    name VARCHAR,
    program_id INTEGER,
    type VARCHAR,
    updated_at TIMESTAMP_NTZ,
    workspace_name VARCHAR,
    computed_url VARCHAR,
    flow_id INTEGER,
    folder_id INTEGER,
    folder_type VARCHAR,
    is_communication_limit_enabled BOOLEAN,
    is_requestable BOOLEAN,
    is_system BOOLEAN,
    max_members INTEGER,
    qualification_rule_type VARCHAR,
    qualification_rule_interval INTEGER,
    qualification_rule_unit VARCHAR,
    recurrence_start_at TIMESTAMP_NTZ,
    recurrence_end_at TIMESTAMP_NTZ,
    recurrence_interval_type VARCHAR,
    recurrence_interval INTEGER,
    recurrence_weekday_only BOOLEAN,
    recurrence_day_of_month INTEGER,
    recurrence_day_of_week VARCHAR,
    recurrence_week_of_month INTEGER,
    smart_list_id INTEGER,
    status VARCHAR
);

CREATE TABLE marketo.email_template_history (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    description VARCHAR,
    folder_folder_name VARCHAR,
    folder_id INTEGER,
    folder_type VARCHAR,
    folder_value INTEGER,
    from_email VARCHAR,
    from_name VARCHAR,
    id INTEGER,
    name VARCHAR,
    operational BOOLEAN,
    program_id INTEGER,
    publish_to_msi BOOLEAN,
    reply_email VARCHAR,
    status VARCHAR,
    subject VARCHAR,
    template INTEGER,
    text_only BOOLEAN,
    updated_at TIMESTAMP_NTZ,
    url VARCHAR,
    version INTEGER,
    web_view BOOLEAN,
    workspace VARCHAR
);

CREATE TABLE marketo.lead (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    email VARCHAR,
    first_name VARCHAR,
    id INTEGER,
    last_name VARCHAR,
    updated_at TIMESTAMP_NTZ,
    phone VARCHAR,
    main_phone VARCHAR,
    mobile_phone VARCHAR,
    company VARCHAR,
    inferred_company VARCHAR,
    address_lead VARCHAR,
    address VARCHAR,
    city VARCHAR,
    state VARCHAR,
    state_code VARCHAR,
    country VARCHAR,
    country_code VARCHAR,
    postal_code VARCHAR,
    billing_street VARCHAR,
    billing_city VARCHAR,
    billing_state VARCHAR,
    billing_state_code VARCHAR,
    billing_country VARCHAR,
    billing_country_code VARCHAR,
    billing_postal_code VARCHAR,
    inferred_city VARCHAR,
    inferred_state_region VARCHAR,
    inferred_country VARCHAR,
    inferred_postal_code VARCHAR,
    inferred_phone_area_code VARCHAR,
    anonymous_ip VARCHAR,
    unsubscribed BOOLEAN,
    email_invalid BOOLEAN,
    do_not_call BOOLEAN
);

CREATE TABLE marketo.lead_describe (
    _fivetran_synced TIMESTAMP_NTZ,
    data_type VARCHAR,
    display_name VARCHAR,
    id INTEGER,
    length INTEGER,
    restname VARCHAR,
    restread_only BOOLEAN,
    soapname VARCHAR,
    soapread_only BOOLEAN
);

CREATE TABLE marketo.program (
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN,
    channel VARCHAR,
    created_at TIMESTAMP_NTZ,
    description VARCHAR,
    end_date TIMESTAMP_NTZ,
    id INTEGER,
    name VARCHAR,
    sfdc_id VARCHAR,
    sfdc_name VARCHAR,
    start_date TIMESTAMP_NTZ,
    status VARCHAR,
    type VARCHAR,
    updated_at TIMESTAMP_NTZ,
    url VARCHAR,
    workspace VARCHAR
);
