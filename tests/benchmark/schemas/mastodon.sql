-- Mastodon, the decentralised (ActivityPub, fediverse) social network server: accounts (local
-- and remote actors: username and domain, display name, bio, avatar, profile fields, the
-- actor's URI and keys), users (the local logins: e-mail, password, confirmation, reset and
-- sign-in tokens, OTP secret and backup codes, sign-up IP), statuses (posts) and their edits,
-- media attachments, polls and votes, mentions, follows, blocks, aliases, notes on accounts,
-- moderation (reports, report notes, warnings, appeals, IP and e-mail blocks), OAuth
-- applications, grants and tokens, sessions, login activities, web push subscriptions,
-- WebAuthn credentials, SSO identities, invites and tags.
-- Source: https://github.com/mastodon/mastodon, db/schema.rb (Rails' schema of the PostgreSQL
--   database, version 2025_12_17_091936)
-- Commit: 0070a2071a1d836cc6005ddb79d92ecbef998aed
-- Licence: AGPL-3.0 (LICENSE in the source)
-- Transcribed: schema.rb is Rails' Ruby description, not DDL; each create_table below is
-- written as PostgreSQL in the file's column order: the id column Rails adds (bigserial, or
-- bigint with the timestamp_id() default where the schema says so), t.string varchar, t.text
-- text, t.bigint/t.integer/t.boolean/t.float/t.inet/t.json/t.jsonb as named, t.datetime
-- timestamp, array: true as [] and the defaults and NOT NULLs given; indexes, foreign keys and
-- the materialized views are left out.
-- Trimmed: 31 of the schema's tables, whole: the ones about accounts, logins, posts and moderation
-- listed above. Left out: conversations, bookmarks, favourites, lists, markers, notifications,
-- announcements, custom emojis and filters' keywords, domain blocks and allows, relays,
-- trends, preview cards, collections, FASP providers, bulk imports, backups, annual reports,
-- rules, settings, site uploads, software updates, terms of service, webhooks and the other
-- join and statistics tables.
-- Development source since the twelfth held-out set was measured (see labels.yaml).

CREATE TABLE account_aliases (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    acct varchar DEFAULT '' NOT NULL,
    uri varchar DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_moderation_notes (
    id bigserial PRIMARY KEY,
    content text NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_notes (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    comment text NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE account_warnings (
    id bigserial PRIMARY KEY,
    account_id bigint,
    target_account_id bigint,
    action integer DEFAULT 0 NOT NULL,
    text text DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    report_id bigint,
    status_ids varchar[],
    overruled_at timestamp
);

CREATE TABLE accounts (
    id bigint DEFAULT timestamp_id('accounts') NOT NULL PRIMARY KEY,
    username varchar DEFAULT '' NOT NULL,
    domain varchar,
    private_key text,
    public_key text DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    note text DEFAULT '' NOT NULL,
    display_name varchar DEFAULT '' NOT NULL,
    uri varchar DEFAULT '' NOT NULL,
    url varchar,
    avatar_file_name varchar,
    avatar_content_type varchar,
    avatar_file_size integer,
    avatar_updated_at timestamp,
    header_file_name varchar,
    header_content_type varchar,
    header_file_size integer,
    header_updated_at timestamp,
    avatar_remote_url varchar,
    locked boolean DEFAULT false NOT NULL,
    header_remote_url varchar DEFAULT '' NOT NULL,
    last_webfingered_at timestamp,
    inbox_url varchar DEFAULT '' NOT NULL,
    outbox_url varchar DEFAULT '' NOT NULL,
    shared_inbox_url varchar DEFAULT '' NOT NULL,
    followers_url varchar DEFAULT '' NOT NULL,
    protocol integer DEFAULT 0 NOT NULL,
    memorial boolean DEFAULT false NOT NULL,
    moved_to_account_id bigint,
    featured_collection_url varchar,
    fields jsonb,
    actor_type varchar,
    discoverable boolean,
    also_known_as varchar[],
    silenced_at timestamp,
    suspended_at timestamp,
    hide_collections boolean,
    avatar_storage_schema_version integer,
    header_storage_schema_version integer,
    sensitized_at timestamp,
    suspension_origin integer,
    trendable boolean,
    reviewed_at timestamp,
    requested_review_at timestamp,
    indexable boolean DEFAULT false NOT NULL,
    attribution_domains varchar[] DEFAULT '{}',
    following_url varchar DEFAULT '' NOT NULL,
    id_scheme integer DEFAULT 1,
    feature_approval_policy integer DEFAULT 0 NOT NULL
);

CREATE TABLE appeals (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    account_warning_id bigint NOT NULL,
    text text DEFAULT '' NOT NULL,
    approved_at timestamp,
    approved_by_account_id bigint,
    rejected_at timestamp,
    rejected_by_account_id bigint,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE blocks (
    id bigserial PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    uri varchar
);

CREATE TABLE canonical_email_blocks (
    id bigserial PRIMARY KEY,
    canonical_email_hash varchar DEFAULT '' NOT NULL,
    reference_account_id bigint,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE custom_filters (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    expires_at timestamp,
    phrase text DEFAULT '' NOT NULL,
    context varchar[] DEFAULT '{}' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    action integer DEFAULT 0 NOT NULL
);

CREATE TABLE follows (
    id bigserial PRIMARY KEY,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL,
    target_account_id bigint NOT NULL,
    show_reblogs boolean DEFAULT true NOT NULL,
    uri varchar,
    notify boolean DEFAULT false NOT NULL,
    languages varchar[]
);

CREATE TABLE identities (
    id bigserial PRIMARY KEY,
    provider varchar DEFAULT '' NOT NULL,
    uid varchar DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    user_id bigint
);

CREATE TABLE invites (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    code varchar DEFAULT '' NOT NULL,
    expires_at timestamp,
    max_uses integer,
    uses integer DEFAULT 0 NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    autofollow boolean DEFAULT false NOT NULL,
    comment text
);

CREATE TABLE ip_blocks (
    id bigserial PRIMARY KEY,
    ip inet DEFAULT '0.0.0.0' NOT NULL,
    severity integer DEFAULT 0 NOT NULL,
    expires_at timestamp,
    comment text DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE login_activities (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    authentication_method varchar,
    provider varchar,
    success boolean,
    failure_reason varchar,
    ip inet,
    user_agent varchar,
    created_at timestamp
);

CREATE TABLE media_attachments (
    id bigint DEFAULT timestamp_id('media_attachments') NOT NULL PRIMARY KEY,
    status_id bigint,
    file_file_name varchar,
    file_content_type varchar,
    file_file_size integer,
    file_updated_at timestamp,
    remote_url varchar DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    shortcode varchar,
    type integer DEFAULT 0 NOT NULL,
    file_meta json,
    account_id bigint,
    description text,
    scheduled_status_id bigint,
    blurhash varchar,
    processing integer,
    file_storage_schema_version integer,
    thumbnail_file_name varchar,
    thumbnail_content_type varchar,
    thumbnail_file_size integer,
    thumbnail_updated_at timestamp,
    thumbnail_remote_url varchar,
    thumbnail_storage_schema_version integer
);

CREATE TABLE mentions (
    id bigserial PRIMARY KEY,
    status_id bigint NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL,
    silent boolean DEFAULT false NOT NULL
);

CREATE TABLE oauth_access_grants (
    id bigserial PRIMARY KEY,
    token varchar NOT NULL,
    expires_in integer NOT NULL,
    redirect_uri text NOT NULL,
    created_at timestamp NOT NULL,
    revoked_at timestamp,
    scopes varchar,
    application_id bigint NOT NULL,
    resource_owner_id bigint NOT NULL,
    code_challenge varchar,
    code_challenge_method varchar
);

CREATE TABLE oauth_access_tokens (
    id bigserial PRIMARY KEY,
    token varchar NOT NULL,
    refresh_token varchar,
    expires_in integer,
    revoked_at timestamp,
    created_at timestamp NOT NULL,
    scopes varchar,
    application_id bigint,
    resource_owner_id bigint,
    last_used_at timestamp,
    last_used_ip inet
);

CREATE TABLE oauth_applications (
    id bigserial PRIMARY KEY,
    name varchar NOT NULL,
    uid varchar NOT NULL,
    secret varchar NOT NULL,
    redirect_uri text NOT NULL,
    scopes varchar DEFAULT '' NOT NULL,
    created_at timestamp,
    updated_at timestamp,
    superapp boolean DEFAULT false NOT NULL,
    website varchar,
    owner_type varchar,
    owner_id bigint,
    confidential boolean DEFAULT true NOT NULL
);

CREATE TABLE poll_votes (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    poll_id bigint NOT NULL,
    choice integer DEFAULT 0 NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    uri varchar
);

CREATE TABLE polls (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    status_id bigint NOT NULL,
    expires_at timestamp,
    options varchar[] DEFAULT '{}' NOT NULL,
    cached_tallies bigint[] DEFAULT '{}' NOT NULL,
    multiple boolean DEFAULT false NOT NULL,
    hide_totals boolean DEFAULT false NOT NULL,
    votes_count bigint DEFAULT 0 NOT NULL,
    last_fetched_at timestamp,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    lock_version integer DEFAULT 0 NOT NULL,
    voters_count bigint
);

CREATE TABLE report_notes (
    id bigserial PRIMARY KEY,
    content text NOT NULL,
    report_id bigint NOT NULL,
    account_id bigint NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE reports (
    id bigserial PRIMARY KEY,
    status_ids bigint[] DEFAULT '{}' NOT NULL,
    comment text DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    account_id bigint NOT NULL,
    action_taken_by_account_id bigint,
    target_account_id bigint NOT NULL,
    assigned_account_id bigint,
    uri varchar,
    forwarded boolean,
    category integer DEFAULT 0 NOT NULL,
    action_taken_at timestamp,
    rule_ids bigint[],
    application_id bigint
);

CREATE TABLE session_activations (
    id bigserial PRIMARY KEY,
    session_id varchar NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    user_agent varchar DEFAULT '' NOT NULL,
    ip inet,
    access_token_id bigint,
    user_id bigint NOT NULL,
    web_push_subscription_id bigint
);

CREATE TABLE status_edits (
    id bigserial PRIMARY KEY,
    status_id bigint NOT NULL,
    account_id bigint,
    text text DEFAULT '' NOT NULL,
    spoiler_text text DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    ordered_media_attachment_ids bigint[],
    media_descriptions text[],
    poll_options varchar[],
    sensitive boolean,
    quote_id bigint
);

CREATE TABLE statuses (
    id bigint DEFAULT timestamp_id('statuses') NOT NULL PRIMARY KEY,
    uri varchar,
    text text DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    in_reply_to_id bigint,
    reblog_of_id bigint,
    url varchar,
    sensitive boolean DEFAULT false NOT NULL,
    visibility integer DEFAULT 0 NOT NULL,
    spoiler_text text DEFAULT '' NOT NULL,
    reply boolean DEFAULT false NOT NULL,
    language varchar,
    conversation_id bigint,
    local boolean,
    account_id bigint NOT NULL,
    application_id bigint,
    in_reply_to_account_id bigint,
    poll_id bigint,
    deleted_at timestamp,
    edited_at timestamp,
    trendable boolean,
    ordered_media_attachment_ids bigint[],
    fetched_replies_at timestamp,
    quote_approval_policy integer DEFAULT 0 NOT NULL
);

CREATE TABLE tags (
    id bigserial PRIMARY KEY,
    name varchar DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    usable boolean,
    trendable boolean,
    listable boolean,
    reviewed_at timestamp,
    requested_review_at timestamp,
    last_status_at timestamp,
    max_score double precision,
    max_score_at timestamp,
    display_name varchar
);

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email varchar DEFAULT '' NOT NULL,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    encrypted_password varchar DEFAULT '' NOT NULL,
    reset_password_token varchar,
    reset_password_sent_at timestamp,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp,
    last_sign_in_at timestamp,
    confirmation_token varchar,
    confirmed_at timestamp,
    confirmation_sent_at timestamp,
    unconfirmed_email varchar,
    locale varchar,
    consumed_timestep integer,
    otp_required_for_login boolean DEFAULT false NOT NULL,
    last_emailed_at timestamp,
    otp_backup_codes varchar[],
    account_id bigint NOT NULL,
    disabled boolean DEFAULT false NOT NULL,
    invite_id bigint,
    chosen_languages varchar[],
    created_by_application_id bigint,
    approved boolean DEFAULT true NOT NULL,
    sign_in_token varchar,
    sign_in_token_sent_at timestamp,
    webauthn_id varchar,
    sign_up_ip inet,
    skip_sign_in_token boolean,
    role_id bigint,
    settings text,
    time_zone varchar,
    otp_secret varchar,
    age_verified_at timestamp,
    require_tos_interstitial boolean DEFAULT false NOT NULL
);

CREATE TABLE user_invite_requests (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    text text,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);

CREATE TABLE web_push_subscriptions (
    id bigserial PRIMARY KEY,
    endpoint varchar NOT NULL,
    key_p256dh varchar NOT NULL,
    key_auth varchar NOT NULL,
    data json,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL,
    access_token_id bigint NOT NULL,
    user_id bigint NOT NULL,
    standard boolean DEFAULT false NOT NULL
);

CREATE TABLE webauthn_credentials (
    id bigserial PRIMARY KEY,
    external_id varchar NOT NULL,
    public_key varchar NOT NULL,
    nickname varchar NOT NULL,
    sign_count bigint DEFAULT 0 NOT NULL,
    user_id bigint,
    created_at timestamp NOT NULL,
    updated_at timestamp NOT NULL
);
