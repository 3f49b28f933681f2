-- Chatwoot: the Rails application of an open-source customer-support desk (agents and their
-- sign-in data, customer contacts, conversations and messages, channel credentials for e-mail,
-- SMS, WhatsApp, Facebook, Telegram ..., notes, audits, notifications).
-- Source: https://github.com/chatwoot/chatwoot, db/schema.rb
-- Commit: 0032d604c20112c0e490afc22108ede7b2fa6ada (schema version 2025_08_16_044639)
-- Licence: MIT Expat, Copyright (c) 2017-2024 Chatwoot Inc. (LICENSE in the source; only the
-- enterprise/ directory is under another licence, and nothing here comes from it)
-- Derived: the application keeps its schema as db/schema.rb (Rails' Ruby DSL), not SQL. The 46
-- tables below were translated column by column, names and order unchanged, into the PostgreSQL
-- that `rails db:schema:load` creates: Rails' implicit `id` primary key (serial where the table
-- says `id: :serial`, else bigserial; none for `id: false`), string -> character varying(limit),
-- datetime -> timestamp(6) (timestamp where `precision: nil`), float -> double precision,
-- `null: false` -> NOT NULL. Defaults, indexes, foreign keys and triggers are left out.
-- Dropped tables: Action Mailbox e-mails, Active Storage attachments and
-- variants, the AI assistant (captain_*, copilot_*, article_embeddings), the help centre's
-- articles, categories, related categories, folders and portals_members, SLA policies, applied
-- SLAs and SLA events, assignment and capacity policies (with inbox_assignment_policies and
-- inbox_capacity_limits), agent_bot_inboxes, custom roles, automation rules, macros, dashboard
-- apps, data imports, e-mail templates, installation configs, platform apps and their
-- permissibles, tags and taggings, telegram_bots and working hours.

CREATE TABLE public.access_tokens (
    id bigserial NOT NULL,
    owner_type character varying,
    owner_id bigint,
    token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.account_users (
    id bigserial NOT NULL,
    account_id bigint,
    user_id bigint,
    role integer,
    inviter_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    active_at timestamp without time zone,
    availability integer NOT NULL,
    auto_offline boolean NOT NULL,
    custom_role_id bigint,
    agent_capacity_policy_id bigint
);

CREATE TABLE public.accounts (
    id serial NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    locale integer,
    domain character varying(100),
    support_email character varying(100),
    feature_flags bigint NOT NULL,
    auto_resolve_duration integer,
    limits jsonb,
    custom_attributes jsonb,
    status integer,
    internal_attributes jsonb NOT NULL,
    settings jsonb
);

CREATE TABLE public.active_storage_blobs (
    id bigserial NOT NULL,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp without time zone NOT NULL,
    service_name character varying NOT NULL
);

CREATE TABLE public.agent_bots (
    id bigserial NOT NULL,
    name character varying,
    description character varying,
    outgoing_url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    account_id bigint,
    bot_type integer,
    bot_config jsonb
);

CREATE TABLE public.attachments (
    id serial NOT NULL,
    file_type integer,
    external_url character varying,
    coordinates_lat double precision,
    coordinates_long double precision,
    message_id integer NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    fallback_title character varying,
    extension character varying,
    meta jsonb
);

CREATE TABLE public.audits (
    id bigserial NOT NULL,
    auditable_id bigint,
    auditable_type character varying,
    associated_id bigint,
    associated_type character varying,
    user_id bigint,
    user_type character varying,
    username character varying,
    action character varying,
    audited_changes jsonb,
    version integer,
    comment character varying,
    remote_address character varying,
    request_uuid character varying,
    created_at timestamp without time zone
);

CREATE TABLE public.campaign_messages (
    id bigserial NOT NULL,
    campaign_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    message_id character varying,
    status character varying NOT NULL,
    error_code character varying,
    error_description text,
    sent_at timestamp(6) without time zone,
    delivered_at timestamp(6) without time zone,
    read_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.campaigns (
    id bigserial NOT NULL,
    display_id integer NOT NULL,
    title character varying NOT NULL,
    description text,
    message text NOT NULL,
    sender_id integer,
    enabled boolean,
    account_id bigint NOT NULL,
    inbox_id bigint NOT NULL,
    trigger_rules jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    campaign_type integer NOT NULL,
    campaign_status integer NOT NULL,
    audience jsonb,
    scheduled_at timestamp without time zone,
    trigger_only_during_business_hours boolean,
    template_params jsonb
);

CREATE TABLE public.canned_responses (
    id serial NOT NULL,
    account_id integer NOT NULL,
    short_code character varying,
    content text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE public.channel_api (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    webhook_url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    identifier character varying,
    hmac_token character varying,
    hmac_mandatory boolean,
    additional_attributes jsonb
);

CREATE TABLE public.channel_email (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    email character varying NOT NULL,
    forward_to_email character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    imap_enabled boolean,
    imap_address character varying,
    imap_port integer,
    imap_login character varying,
    imap_password character varying,
    imap_enable_ssl boolean,
    smtp_enabled boolean,
    smtp_address character varying,
    smtp_port integer,
    smtp_login character varying,
    smtp_password character varying,
    smtp_domain character varying,
    smtp_enable_starttls_auto boolean,
    smtp_authentication character varying,
    smtp_openssl_verify_mode character varying,
    smtp_enable_ssl_tls boolean,
    provider_config jsonb,
    provider character varying
);

CREATE TABLE public.channel_facebook_pages (
    id serial NOT NULL,
    page_id character varying NOT NULL,
    user_access_token character varying NOT NULL,
    page_access_token character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    instagram_id character varying
);

CREATE TABLE public.channel_instagram (
    id bigserial NOT NULL,
    access_token character varying NOT NULL,
    expires_at timestamp(6) without time zone NOT NULL,
    account_id integer NOT NULL,
    instagram_id character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.channel_line (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    line_channel_id character varying NOT NULL,
    line_channel_secret character varying NOT NULL,
    line_channel_token character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.channel_sms (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying,
    provider_config jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.channel_telegram (
    id bigserial NOT NULL,
    bot_name character varying,
    account_id integer NOT NULL,
    bot_token character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.channel_twilio_sms (
    id bigserial NOT NULL,
    phone_number character varying,
    auth_token character varying NOT NULL,
    account_sid character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    medium integer,
    messaging_service_sid character varying,
    api_key_sid character varying
);

CREATE TABLE public.channel_twitter_profiles (
    id bigserial NOT NULL,
    profile_id character varying NOT NULL,
    twitter_access_token character varying NOT NULL,
    twitter_access_token_secret character varying NOT NULL,
    account_id integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    tweets_enabled boolean
);

CREATE TABLE public.channel_voice (
    id bigserial NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying NOT NULL,
    provider_config jsonb NOT NULL,
    account_id integer NOT NULL,
    additional_attributes jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.channel_web_widgets (
    id serial NOT NULL,
    website_url character varying,
    account_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    website_token character varying,
    widget_color character varying,
    welcome_title character varying,
    welcome_tagline character varying,
    feature_flags integer NOT NULL,
    reply_time integer,
    hmac_token character varying,
    pre_chat_form_enabled boolean,
    pre_chat_form_options jsonb,
    hmac_mandatory boolean,
    continuity_via_email boolean NOT NULL
);

CREATE TABLE public.channel_whatsapp (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    phone_number character varying NOT NULL,
    provider character varying,
    provider_config jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    message_templates jsonb,
    message_templates_last_updated timestamp without time zone
);

CREATE TABLE public.contact_inboxes (
    id bigserial NOT NULL,
    contact_id bigint,
    inbox_id bigint,
    source_id character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    hmac_verified boolean,
    pubsub_token character varying
);

CREATE TABLE public.contacts (
    id serial NOT NULL,
    name character varying,
    email character varying,
    phone_number character varying,
    account_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    additional_attributes jsonb,
    identifier character varying,
    custom_attributes jsonb,
    last_activity_at timestamp without time zone,
    contact_type integer,
    middle_name character varying,
    last_name character varying,
    location character varying,
    country_code character varying,
    blocked boolean NOT NULL
);

CREATE TABLE public.conversation_participants (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.conversations (
    id serial NOT NULL,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    status integer NOT NULL,
    assignee_id integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    contact_id bigint,
    display_id integer NOT NULL,
    contact_last_seen_at timestamp without time zone,
    agent_last_seen_at timestamp without time zone,
    additional_attributes jsonb,
    contact_inbox_id bigint,
    uuid uuid NOT NULL,
    identifier character varying,
    last_activity_at timestamp without time zone NOT NULL,
    team_id bigint,
    campaign_id bigint,
    snoozed_until timestamp without time zone,
    custom_attributes jsonb,
    assignee_last_seen_at timestamp without time zone,
    first_reply_created_at timestamp without time zone,
    priority integer,
    sla_policy_id bigint,
    waiting_since timestamp(6) without time zone,
    cached_label_list text
);

CREATE TABLE public.csat_survey_responses (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    message_id bigint NOT NULL,
    rating integer NOT NULL,
    feedback_message text,
    contact_id bigint NOT NULL,
    assigned_agent_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.custom_attribute_definitions (
    id bigserial NOT NULL,
    attribute_display_name character varying,
    attribute_key character varying,
    attribute_display_type integer,
    default_value integer,
    attribute_model integer,
    account_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    attribute_description text,
    attribute_values jsonb,
    regex_pattern character varying,
    regex_cue character varying
);

CREATE TABLE public.custom_filters (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    filter_type integer NOT NULL,
    query jsonb NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.inbox_members (
    id serial NOT NULL,
    user_id integer NOT NULL,
    inbox_id integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE public.inboxes (
    id serial NOT NULL,
    channel_id integer NOT NULL,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    channel_type character varying,
    enable_auto_assignment boolean,
    greeting_enabled boolean,
    greeting_message character varying,
    email_address character varying,
    working_hours_enabled boolean,
    out_of_office_message character varying,
    timezone character varying,
    enable_email_collect boolean,
    csat_survey_enabled boolean,
    allow_messages_after_resolved boolean,
    auto_assignment_config jsonb,
    lock_to_single_conversation boolean NOT NULL,
    portal_id bigint,
    sender_name_type integer NOT NULL,
    business_name character varying,
    csat_config jsonb NOT NULL
);

CREATE TABLE public.integrations_hooks (
    id bigserial NOT NULL,
    status integer,
    inbox_id integer,
    account_id integer,
    app_id character varying,
    hook_type integer,
    reference_id character varying,
    access_token character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    settings jsonb
);

CREATE TABLE public.labels (
    id bigserial NOT NULL,
    title character varying,
    description text,
    color character varying NOT NULL,
    show_on_sidebar boolean,
    account_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.leaves (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    leave_type integer NOT NULL,
    status integer NOT NULL,
    reason text,
    approved_by_id bigint,
    approved_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.mentions (
    id bigserial NOT NULL,
    user_id bigint NOT NULL,
    conversation_id bigint NOT NULL,
    account_id bigint NOT NULL,
    mentioned_at timestamp without time zone NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.messages (
    id serial NOT NULL,
    content text,
    account_id integer NOT NULL,
    inbox_id integer NOT NULL,
    conversation_id integer NOT NULL,
    message_type integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    private boolean NOT NULL,
    status integer,
    source_id character varying,
    content_type integer NOT NULL,
    content_attributes json,
    sender_type character varying,
    sender_id bigint,
    external_source_ids jsonb,
    additional_attributes jsonb,
    processed_message_content text,
    sentiment jsonb
);

CREATE TABLE public.notes (
    id bigserial NOT NULL,
    content text NOT NULL,
    account_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    user_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.notification_settings (
    id bigserial NOT NULL,
    account_id integer,
    user_id integer,
    email_flags integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    push_flags integer NOT NULL
);

CREATE TABLE public.notification_subscriptions (
    id bigserial NOT NULL,
    user_id bigint NOT NULL,
    subscription_type integer NOT NULL,
    subscription_attributes jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    identifier text
);

CREATE TABLE public.notifications (
    id bigserial NOT NULL,
    account_id bigint NOT NULL,
    user_id bigint NOT NULL,
    notification_type integer NOT NULL,
    primary_actor_type character varying NOT NULL,
    primary_actor_id bigint NOT NULL,
    secondary_actor_type character varying,
    secondary_actor_id bigint,
    read_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    snoozed_until timestamp(6) without time zone,
    last_activity_at timestamp(6) without time zone,
    meta jsonb
);

CREATE TABLE public.portals (
    id bigserial NOT NULL,
    account_id integer NOT NULL,
    name character varying NOT NULL,
    slug character varying NOT NULL,
    custom_domain character varying,
    color character varying,
    homepage_link character varying,
    page_title character varying,
    header_text text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    config jsonb,
    archived boolean,
    channel_web_widget_id bigint,
    ssl_settings jsonb NOT NULL
);

CREATE TABLE public.reporting_events (
    id bigserial NOT NULL,
    name character varying,
    value double precision,
    account_id integer,
    inbox_id integer,
    user_id integer,
    conversation_id integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    value_in_business_hours double precision,
    event_start_time timestamp without time zone,
    event_end_time timestamp without time zone
);

CREATE TABLE public.team_members (
    id bigserial NOT NULL,
    team_id bigint NOT NULL,
    user_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.teams (
    id bigserial NOT NULL,
    name character varying NOT NULL,
    description text,
    allow_auto_assign boolean,
    account_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.users (
    id serial NOT NULL,
    provider character varying NOT NULL,
    uid character varying NOT NULL,
    encrypted_password character varying NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp without time zone,
    remember_created_at timestamp without time zone,
    sign_in_count integer NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip character varying,
    last_sign_in_ip character varying,
    confirmation_token character varying,
    confirmed_at timestamp without time zone,
    confirmation_sent_at timestamp without time zone,
    unconfirmed_email character varying,
    name character varying NOT NULL,
    display_name character varying,
    email character varying,
    tokens json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    pubsub_token character varying,
    availability integer,
    ui_settings jsonb,
    custom_attributes jsonb,
    type character varying,
    message_signature text
);

CREATE TABLE public.webhooks (
    id bigserial NOT NULL,
    account_id integer,
    inbox_id integer,
    url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    webhook_type integer,
    subscriptions jsonb
);
