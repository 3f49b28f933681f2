-- Homeward Tails (formerly Pet Rescue), Ruby for Good's open-source application with which
-- animal rescue organisations run pet adoption and fostering: organisations and their
-- locations and custom pages, staff, fosterers and adopters (people: names, e-mail, phone;
-- users: login e-mail, password, reset and invitation tokens, sign-in IPs, time zone, ToS
-- acceptance), groups and roles, pets (name, species, breed, sex, age, weight, description,
-- placement type, application pause) with their default and assigned tasks, adopter
-- applications and their status and notes, form builder forms, questions, profiles,
-- submissions and answers (the adopter's answers to the rescue's questionnaire), matches
-- (adoptions and fosterings with their dates), likes, notes about people, FAQs and Active
-- Storage attachments.
-- Source: https://github.com/rubyforgood/homeward-tails, db/schema.rb
-- Commit: 9f1bd9a982c75138ad8d09c4b720cdfa5bf18711
-- Licence: MIT (LICENCE in the source)
-- Trimmed: transcribed faithfully from the Rails schema (db/schema.rb) into PostgreSQL DDL, as
-- Rails creates it on PostgreSQL: each create_table becomes one CREATE TABLE with the implicit
-- bigserial id, each column with its type, default, NOT NULL and array flag; the indexes,
-- foreign keys, check constraint and the schema's comments are left out. All 23 tables are
-- kept.
-- Next held-out set: not seen while tuning the classifier (see labels_next.yaml).

CREATE TABLE public.active_storage_attachments (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    blob_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.active_storage_blobs (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    filename character varying NOT NULL,
    content_type character varying,
    metadata text,
    service_name character varying NOT NULL,
    byte_size bigint NOT NULL,
    checksum character varying,
    created_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.active_storage_variant_records (
    id bigserial PRIMARY KEY,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL
);

CREATE TABLE public.adopter_applications (
    id bigserial PRIMARY KEY,
    pet_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    status integer DEFAULT 0,
    profile_show boolean DEFAULT true,
    organization_id bigint NOT NULL,
    person_id bigint NOT NULL
);

CREATE TABLE public.custom_pages (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    hero character varying,
    about text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    adoptable_pet_info text
);

CREATE TABLE public.default_pet_tasks (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    description character varying,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    due_in_days integer,
    recurring boolean DEFAULT false,
    species integer
);

CREATE TABLE public.faqs (
    id bigserial PRIMARY KEY,
    question character varying NOT NULL,
    answer text NOT NULL,
    order integer,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.form_answers (
    id bigserial PRIMARY KEY,
    value json NOT NULL,
    question_snapshot json NOT NULL,
    question_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    form_submission_id bigint NOT NULL,
    organization_id bigint NOT NULL
);

CREATE TABLE public.form_profiles (
    id bigserial PRIMARY KEY,
    form_id bigint NOT NULL,
    profile_type character varying NOT NULL,
    sort_order integer DEFAULT 0 NOT NULL
);

CREATE TABLE public.form_submissions (
    id bigserial PRIMARY KEY,
    person_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    csv_timestamp timestamp(6) without time zone
);

CREATE TABLE public.forms (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    description text,
    title character varying NOT NULL,
    instructions text,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone
);

CREATE TABLE public.groups (
    id bigserial PRIMARY KEY,
    name integer NOT NULL,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.likes (
    id bigserial PRIMARY KEY,
    pet_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    person_id bigint NOT NULL
);

CREATE TABLE public.locations (
    id bigserial PRIMARY KEY,
    country character varying,
    city_town character varying,
    province_state character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    zipcode character varying,
    locatable_type character varying NOT NULL,
    locatable_id bigint NOT NULL
);

CREATE TABLE public.matches (
    id bigserial PRIMARY KEY,
    pet_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id bigint NOT NULL,
    match_type integer NOT NULL,
    start_date timestamp(6) without time zone,
    end_date timestamp(6) without time zone,
    person_id bigint NOT NULL
);

CREATE TABLE public.notes (
    id bigserial PRIMARY KEY,
    content text,
    notable_type character varying NOT NULL,
    notable_id bigint NOT NULL,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.organizations (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    slug character varying NOT NULL,
    email character varying NOT NULL,
    phone_number character varying,
    donation_url text,
    facebook_url text,
    instagram_url text,
    external_form_url text,
    active boolean DEFAULT true NOT NULL
);

CREATE TABLE public.people (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    email character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    first_name character varying NOT NULL,
    last_name character varying NOT NULL,
    phone_number character varying(15),
    user_id bigint
);

CREATE TABLE public.person_groups (
    id bigserial PRIMARY KEY,
    person_id bigint NOT NULL,
    group_id bigint NOT NULL,
    deactivated_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.pets (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    breed character varying,
    description text,
    sex character varying,
    name character varying,
    application_paused boolean DEFAULT false NOT NULL,
    birth_date timestamp(6) without time zone NOT NULL,
    weight_from integer NOT NULL,
    weight_to integer NOT NULL,
    weight_unit character varying NOT NULL,
    species integer NOT NULL,
    placement_type integer NOT NULL,
    published boolean DEFAULT false NOT NULL
);

CREATE TABLE public.questions (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    description text,
    label character varying NOT NULL,
    help_text text,
    input_type character varying DEFAULT 'short' NOT NULL,
    required boolean DEFAULT false NOT NULL,
    options json,
    sort_order integer DEFAULT 0 NOT NULL,
    form_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    deleted_at timestamp(6) without time zone
);

CREATE TABLE public.tasks (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    description text,
    completed boolean DEFAULT false,
    pet_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    due_date timestamp(6) without time zone,
    recurring boolean DEFAULT false,
    next_due_date_in_days integer,
    organization_id bigint NOT NULL
);

CREATE TABLE public.users (
    id bigserial PRIMARY KEY,
    email character varying DEFAULT '' NOT NULL,
    encrypted_password character varying DEFAULT '' NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp(6) without time zone,
    remember_created_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    tos_agreement boolean,
    invitation_token character varying,
    invitation_created_at timestamp(6) without time zone,
    invitation_sent_at timestamp(6) without time zone,
    invitation_accepted_at timestamp(6) without time zone,
    invitation_limit integer,
    invited_by_type character varying,
    invited_by_id bigint,
    invitations_count integer DEFAULT 0,
    provider character varying,
    uid character varying
);

