-- The .ee domain registry of the Estonian Internet Foundation (Eesti Interneti SA), the
-- registry software behind Estonia's country-code top-level domain, as Rails dumps its
-- PostgreSQL schema: contacts (registrants and administrative and technical contacts: name,
-- organisation, the identity code (isikukood) or registry code with its type and country,
-- e-mail, phone, fax, address, the EPP auth info, statuses and their notes, disclosure choices
-- and identity verification), domains (registrant, transfer code, verification token, pending
-- changes, statuses) with their contacts and name servers, registrars (the accredited
-- companies), users (registrar API users and registrant and admin users: username, passwords,
-- identity code, sign-in IPs, the identity provider's subject), their client certificates and
-- EPP sessions, registrant verifications, WHOIS records and the WHOIS contact form's requests,
-- disputes, legal documents, bounced and verified e-mail addresses, e-mail validation events,
-- free domain reservations, the business register's companies, the EPP and REPP request logs
-- and the change history (PaperTrail versions) of contacts, domains and users.
-- Source: https://github.com/internetee/registry, db/structure.sql
-- Commit: de894d5c70539ef72f441cd7ae56b34043ba4ab2 (the file last changed in
--   e00844a17baec0f3e71c393084f3995cba81a2d7)
-- Licence: MIT (LICENSE in the source: "The MIT/X11 License")
-- Trimmed: 24 of the dump's 76 tables; dropped are accounts and account activities, admin
-- reports, auctions, bank statements and transactions, invoices and their items, the accounting
-- exports (directos), payment orders, prices, zones, DNS keys and CDNSKEY scans, domain
-- transfers, blocked and reserved domains and their invoices, notifications, settings and
-- setting entries, white-listed IPs, the e-mail validation tables other than
-- email_address_verifications, the change history of the other tables, Rails', Que's and
-- PgHero's bookkeeping. The kept CREATE TABLE statements are copied as pg_dump writes them, in
-- its order; the rest of the dump (settings, extensions and their comments, a type, a function,
-- a table comment, sequences, defaults, keys, indexes and the migration versions) is dropped.
-- Development source since the tenth held-out set was measured (see labels.yaml).

CREATE TABLE public.actions (
    id integer NOT NULL,
    user_id integer,
    operation character varying NOT NULL,
    created_at timestamp without time zone,
    contact_id integer,
    bulk_action_id integer
);

CREATE TABLE public.bounced_mail_addresses (
    id bigint NOT NULL,
    email character varying NOT NULL,
    message_id character varying NOT NULL,
    bounce_type character varying NOT NULL,
    bounce_subtype character varying NOT NULL,
    action character varying NOT NULL,
    status character varying NOT NULL,
    diagnostic character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.business_registry_contacts (
    id bigint NOT NULL,
    name character varying,
    registry_code character varying,
    status character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.certificates (
    id integer NOT NULL,
    api_user_id integer,
    csr text,
    crt text,
    creator_str character varying,
    updator_str character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    common_name character varying,
    md5 character varying,
    interface character varying,
    revoked boolean DEFAULT false NOT NULL,
    private_key bytea,
    p12 bytea,
    expires_at timestamp without time zone,
    serial character varying,
    revoked_at timestamp without time zone,
    revoked_reason integer,
    p12_password character varying
);

CREATE TABLE public.contact_requests (
    id integer NOT NULL,
    whois_record_id integer NOT NULL,
    secret character varying NOT NULL,
    email character varying NOT NULL,
    name character varying NOT NULL,
    valid_to timestamp without time zone NOT NULL,
    status character varying DEFAULT 'new'::character varying NOT NULL,
    ip_address inet,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    message_id character varying
);

CREATE TABLE public.contacts (
    id integer NOT NULL,
    code character varying(255) NOT NULL,
    phone character varying(255),
    email character varying(255) NOT NULL,
    fax character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    ident character varying(255),
    ident_type character varying(255),
    auth_info character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    org_name character varying(255),
    registrar_id integer NOT NULL,
    creator_str character varying,
    updator_str character varying,
    ident_country_code character varying,
    city character varying,
    street text,
    zip character varying,
    country_code character varying,
    state character varying,
    legacy_id integer,
    statuses character varying[] DEFAULT '{}'::character varying[],
    status_notes public.hstore,
    legacy_history_id integer,
    original_id integer,
    ident_updated_at timestamp without time zone,
    upid integer,
    up_date timestamp without time zone,
    uuid uuid DEFAULT public.gen_random_uuid() NOT NULL,
    disclosed_attributes character varying[] DEFAULT '{}'::character varying[] NOT NULL,
    email_history character varying,
    registrant_publishable boolean DEFAULT false,
    ident_request_sent_at timestamp without time zone,
    verified_at timestamp without time zone,
    verification_id character varying,
    checked_company_at timestamp without time zone,
    company_register_status character varying,
    system_disclosed_attributes character varying[] DEFAULT '{}'::character varying[],
    verification_pending_at timestamp without time zone,
    verification_snapshot jsonb DEFAULT '{}'::jsonb
);

CREATE TABLE public.disputes (
    id bigint NOT NULL,
    domain_name character varying NOT NULL,
    password character varying NOT NULL,
    expires_at date NOT NULL,
    starts_at date NOT NULL,
    comment text,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    closed timestamp without time zone,
    initiator character varying
);

CREATE TABLE public.domain_contacts (
    id integer NOT NULL,
    contact_id integer,
    domain_id integer,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    creator_str character varying,
    updator_str character varying,
    type character varying,
    legacy_domain_id integer,
    legacy_contact_id integer
);

CREATE TABLE public.domains (
    id integer NOT NULL,
    name character varying NOT NULL,
    registrar_id integer NOT NULL,
    valid_to timestamp without time zone NOT NULL,
    registrant_id integer NOT NULL,
    transfer_code character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    name_dirty character varying NOT NULL,
    name_puny character varying NOT NULL,
    period integer,
    period_unit character varying(1),
    creator_str character varying,
    updator_str character varying,
    legacy_id integer,
    legacy_registrar_id integer,
    legacy_registrant_id integer,
    outzone_at timestamp without time zone,
    delete_date date,
    registrant_verification_asked_at timestamp without time zone,
    registrant_verification_token character varying,
    pending_json jsonb,
    force_delete_date date,
    statuses character varying[],
    status_notes public.hstore,
    upid integer,
    up_date timestamp without time zone,
    uuid uuid DEFAULT public.gen_random_uuid() NOT NULL,
    locked_by_registrant_at timestamp without time zone,
    force_delete_start timestamp without time zone,
    force_delete_data public.hstore,
    json_statuses_history jsonb
);

CREATE TABLE public.email_address_verifications (
    id bigint NOT NULL,
    email public.citext NOT NULL,
    verified_at timestamp without time zone,
    success boolean DEFAULT false NOT NULL,
    domain public.citext NOT NULL
);

CREATE TABLE public.epp_logs (
    id bigint NOT NULL,
    request text,
    response text,
    request_command character varying(255),
    request_object character varying,
    request_successful boolean,
    api_user_name character varying(255),
    api_user_registrar character varying(255),
    ip character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    uuid character varying
);

CREATE TABLE public.epp_sessions (
    id integer NOT NULL,
    session_id character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    user_id integer NOT NULL
);

CREATE TABLE public.free_domain_reservation_holders (
    id bigint NOT NULL,
    user_unique_id character varying NOT NULL,
    domain_names character varying[] DEFAULT '{}'::character varying[],
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.legal_documents (
    id integer NOT NULL,
    document_type character varying NOT NULL,
    documentable_id integer,
    documentable_type character varying,
    created_at timestamp without time zone,
    creator_str character varying,
    path character varying NOT NULL,
    checksum character varying
);

CREATE TABLE public.log_contacts (
    id integer NOT NULL,
    item_type character varying NOT NULL,
    item_id integer NOT NULL,
    event character varying NOT NULL,
    whodunnit character varying,
    object jsonb,
    object_changes json,
    created_at timestamp without time zone,
    session character varying,
    children json,
    ident_updated_at timestamp without time zone,
    uuid character varying
);

CREATE TABLE public.log_domains (
    id integer NOT NULL,
    item_type character varying NOT NULL,
    item_id integer NOT NULL,
    event character varying NOT NULL,
    whodunnit character varying,
    created_at timestamp without time zone,
    session character varying,
    children jsonb,
    uuid character varying,
    object_changes jsonb,
    object jsonb
);

CREATE TABLE public.log_users (
    id integer NOT NULL,
    item_type character varying NOT NULL,
    item_id integer NOT NULL,
    event character varying NOT NULL,
    whodunnit character varying,
    object json,
    object_changes json,
    created_at timestamp without time zone,
    session character varying,
    children json,
    uuid character varying
);

CREATE TABLE public.nameservers (
    id integer NOT NULL,
    hostname character varying NOT NULL,
    ipv4 character varying[] DEFAULT '{}'::character varying[],
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    ipv6 character varying[] DEFAULT '{}'::character varying[],
    domain_id integer NOT NULL,
    creator_str character varying,
    updator_str character varying,
    legacy_domain_id integer,
    hostname_puny character varying,
    validation_datetime timestamp without time zone,
    validation_counter integer,
    failed_validation_reason character varying
);

CREATE TABLE public.registrant_verifications (
    id integer NOT NULL,
    verification_token character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    action character varying NOT NULL,
    domain_id integer NOT NULL,
    action_type character varying NOT NULL,
    creator_id integer,
    updater_id integer,
    session character varying,
    children json,
    ident_updated_at timestamp without time zone,
    uuid character varying,
    creator_str character varying,
    updator_str character varying
);

CREATE TABLE public.registrars (
    id integer NOT NULL,
    name character varying NOT NULL,
    reg_no character varying NOT NULL,
    vat_no character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    creator_str character varying,
    updator_str character varying,
    phone character varying,
    email character varying NOT NULL,
    billing_email character varying,
    address_country_code character varying NOT NULL,
    address_state character varying,
    address_city character varying NOT NULL,
    address_street character varying NOT NULL,
    address_zip character varying,
    code character varying NOT NULL,
    website character varying,
    accounting_customer_code character varying NOT NULL,
    legacy_id integer,
    reference_no character varying NOT NULL,
    test_registrar boolean DEFAULT false,
    language character varying NOT NULL,
    vat_rate numeric(4,3),
    iban character varying,
    settings jsonb DEFAULT '{}'::jsonb NOT NULL,
    legaldoc_optout boolean DEFAULT false NOT NULL,
    legaldoc_optout_comment text,
    email_history character varying,
    accreditation_date timestamp without time zone,
    accreditation_expire_date timestamp without time zone,
    accept_pdf_invoices boolean DEFAULT true
);

CREATE TABLE public.repp_logs (
    id bigint NOT NULL,
    request_path character varying(255),
    request_method character varying(255),
    request_params text,
    response text,
    response_code character varying(255),
    api_user_name character varying(255),
    api_user_registrar character varying(255),
    ip character varying(255),
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    uuid character varying
);

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying,
    plain_text_password character varying,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    email character varying,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp without time zone,
    last_sign_in_at timestamp without time zone,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    identity_code character varying,
    roles character varying[],
    creator_str character varying,
    updator_str character varying,
    country_code character varying,
    registrar_id integer,
    active boolean,
    type character varying,
    registrant_ident character varying,
    encrypted_password character varying DEFAULT ''::character varying NOT NULL,
    remember_created_at timestamp without time zone,
    failed_attempts integer DEFAULT 0 NOT NULL,
    locked_at timestamp without time zone,
    legacy_id integer,
    accreditation_date timestamp without time zone,
    accreditation_expire_date timestamp without time zone,
    uuid uuid DEFAULT public.gen_random_uuid(),
    ident_request_sent_at timestamp without time zone,
    verified_at timestamp without time zone,
    verification_id character varying,
    verification_pending_at timestamp without time zone,
    verification_snapshot jsonb DEFAULT '{}'::jsonb,
    subject character varying
);

CREATE TABLE public.validation_events (
    id bigint NOT NULL,
    event_data jsonb,
    success boolean,
    validation_eventable_type character varying,
    validation_eventable_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.whois_records (
    id integer NOT NULL,
    domain_id integer,
    name character varying,
    json json,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    registrar_id integer
);
