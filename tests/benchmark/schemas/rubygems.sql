-- rubygems.org: the Rails application behind the Ruby gem registry (users, API keys, gems,
-- versions, ownerships, security events, mail events).
-- Source: https://github.com/rubygems/rubygems.org, db/schema.rb
-- Commit: 3c8ea0d4cbe85bd2a2bb5d22486247656a3dfb6c
-- Licence: MIT (MIT-LICENSE in the source)
-- Derived: the application keeps its schema as db/schema.rb (Rails' Ruby DSL), not SQL. The 22
-- tables below were translated column by column into the PostgreSQL that `rails db:schema:load`
-- creates: Rails' implicit `id` primary key (serial where the table says `id: :serial`, else
-- bigserial), string -> character varying(limit), datetime -> timestamp(6) (timestamp where
-- `precision: nil`), `array: true` -> [], `null: false` -> NOT NULL. Defaults, indexes and check
-- constraints are left out. Dropped tables: job queues (good_job_*), blazer_*, flipper_*,
-- maintenance runs, OIDC trusted-publisher plumbing, link verification, attestations, gem
-- name reservations, organization onboarding and invites, e-mail domain lists.

CREATE TABLE public.admin_github_users (
    id bigserial NOT NULL,
    avatar_url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    github_id character varying,
    info_data json,
    is_admin boolean,
    login character varying,
    oauth_token character varying,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.api_keys (
    id bigserial NOT NULL,
    created_at timestamp without time zone NOT NULL,
    expires_at timestamp without time zone,
    hashed_key character varying NOT NULL,
    last_accessed_at timestamp without time zone,
    mfa boolean NOT NULL,
    name character varying NOT NULL,
    owner_id bigint,
    owner_type character varying,
    scopes character varying[],
    soft_deleted_at timestamp(6) without time zone,
    soft_deleted_rubygem_name character varying,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE public.audits (
    id bigserial NOT NULL,
    action character varying NOT NULL,
    admin_github_user_id bigint NOT NULL,
    auditable_id bigint NOT NULL,
    auditable_type character varying NOT NULL,
    audited_changes text,
    comment character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.deletions (
    id serial NOT NULL,
    created_at timestamp without time zone NOT NULL,
    number character varying,
    platform character varying,
    rubygem character varying,
    updated_at timestamp without time zone NOT NULL,
    user_id integer,
    version_id bigint
);

CREATE TABLE public.dependencies (
    id serial NOT NULL,
    created_at timestamp without time zone,
    requirements character varying,
    rubygem_id integer,
    scope character varying,
    unresolved_name character varying,
    updated_at timestamp without time zone,
    version_id integer
);

CREATE TABLE public.events_user_events (
    id bigserial NOT NULL,
    additional jsonb,
    created_at timestamp(6) without time zone NOT NULL,
    geoip_info_id bigint,
    ip_address_id bigint,
    tag character varying NOT NULL,
    trace_id character varying,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint NOT NULL
);

CREATE TABLE public.gem_downloads (
    id serial NOT NULL,
    count bigint,
    rubygem_id integer NOT NULL,
    version_id integer NOT NULL
);

CREATE TABLE public.geoip_infos (
    id bigserial NOT NULL,
    city character varying,
    continent_code character varying(2),
    country_code character varying(2),
    country_code3 character varying(3),
    country_name character varying,
    created_at timestamp(6) without time zone NOT NULL,
    region character varying,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.ip_addresses (
    id bigserial NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    geoip_info_id bigint,
    hashed_ip_address text NOT NULL,
    ip_address inet NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.linksets (
    id serial NOT NULL,
    bugs character varying,
    code character varying,
    created_at timestamp without time zone,
    docs character varying,
    home character varying,
    mail character varying,
    rubygem_id integer,
    updated_at timestamp without time zone,
    wiki character varying
);

CREATE TABLE public.memberships (
    id bigserial NOT NULL,
    confirmed_at timestamp without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    invitation_expires_at timestamp(6) without time zone,
    invited_by_id bigint,
    organization_id bigint NOT NULL,
    role integer NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint NOT NULL
);

CREATE TABLE public.organizations (
    id bigserial NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp without time zone,
    handle character varying(40),
    name character varying(255),
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.ownership_calls (
    id bigserial NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    note text,
    rubygem_id bigint,
    status boolean NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint
);

CREATE TABLE public.ownership_requests (
    id bigserial NOT NULL,
    approver_id integer,
    created_at timestamp(6) without time zone NOT NULL,
    note text,
    ownership_call_id bigint,
    rubygem_id bigint,
    status smallint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint
);

CREATE TABLE public.ownerships (
    id serial NOT NULL,
    authorizer_id integer,
    confirmed_at timestamp without time zone,
    created_at timestamp without time zone,
    owner_notifier boolean NOT NULL,
    ownership_request_notifier boolean NOT NULL,
    push_notifier boolean NOT NULL,
    role integer NOT NULL,
    rubygem_id integer,
    token character varying,
    token_expires_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id integer
);

CREATE TABLE public.rubygems (
    id serial NOT NULL,
    created_at timestamp without time zone,
    indexed boolean NOT NULL,
    name character varying,
    organization_id bigint,
    updated_at timestamp without time zone
);

CREATE TABLE public.sendgrid_events (
    id bigserial NOT NULL,
    created_at timestamp without time zone NOT NULL,
    email character varying,
    event_type character varying,
    occurred_at timestamp without time zone,
    payload jsonb NOT NULL,
    sendgrid_id character varying NOT NULL,
    status character varying NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE public.subscriptions (
    id serial NOT NULL,
    created_at timestamp without time zone,
    rubygem_id integer,
    updated_at timestamp without time zone,
    user_id integer
);

CREATE TABLE public.users (
    id serial NOT NULL,
    api_key character varying,
    blocked_email character varying,
    confirmation_token character varying(128),
    created_at timestamp without time zone,
    deleted_at timestamp(6) without time zone,
    email character varying,
    email_confirmed boolean NOT NULL,
    email_reset boolean,
    encrypted_password character varying(128),
    full_name character varying,
    handle character varying,
    hide_email boolean,
    mail_fails integer,
    mfa_hashed_recovery_codes character varying[],
    mfa_level integer,
    password_reset_token_digest character varying,
    password_reset_token_expires_at timestamp(6) without time zone,
    policies_acknowledged_at timestamp(6) without time zone,
    public_email boolean NOT NULL,
    remember_token character varying(128),
    remember_token_expires_at timestamp without time zone,
    salt character varying(128),
    token character varying(128),
    token_expires_at timestamp without time zone,
    totp_seed character varying,
    twitter_username character varying,
    unconfirmed_email character varying,
    updated_at timestamp without time zone,
    webauthn_id character varying
);

CREATE TABLE public.versions (
    id serial NOT NULL,
    authors text,
    built_at timestamp without time zone,
    canonical_number character varying,
    cert_chain text,
    created_at timestamp without time zone,
    description text,
    full_name character varying,
    gem_full_name character varying,
    gem_platform character varying,
    indexed boolean,
    info_checksum_v2 character varying,
    latest boolean,
    licenses character varying,
    metadata hstore NOT NULL,
    number character varying,
    platform character varying,
    position integer,
    prerelease boolean,
    pusher_api_key_id bigint,
    pusher_id bigint,
    required_ruby_version character varying,
    required_rubygems_version character varying(255),
    requirements text,
    ruby_abi character varying,
    rubygem_id integer,
    sha256 character varying,
    size integer,
    spec_sha256 character varying(44),
    summary text,
    updated_at timestamp without time zone,
    yanked_at timestamp without time zone,
    yanked_info_checksum_v2 character varying
);

CREATE TABLE public.web_hooks (
    id serial NOT NULL,
    created_at timestamp without time zone,
    disabled_at timestamp without time zone,
    disabled_reason text,
    failure_count integer,
    failures_since_last_success integer,
    last_failure timestamp without time zone,
    last_success timestamp without time zone,
    rubygem_id integer,
    successes_since_last_failure integer,
    updated_at timestamp without time zone,
    url character varying,
    user_id integer
);

CREATE TABLE public.webauthn_credentials (
    id bigserial NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    external_id character varying NOT NULL,
    nickname character varying NOT NULL,
    public_key character varying NOT NULL,
    sign_count bigint NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint NOT NULL
);
