-- Human Essentials, Ruby for Good's open-source inventory and distribution system for essentials
-- banks (diaper, period-supply and adult-incontinence banks) and the partner agencies that hand
-- the supplies to families: banks (organisations) with their users and roles, storage
-- locations, items, kits, barcodes, donations and donation sites, product drives and their
-- participants, vendors, purchases, distributions, transfers, adjustments, audits and
-- inventory events; partner agencies with their profiles (agency details, the executive
-- director's and program contact's names, phones and e-mails, the populations they serve),
-- partner users, requests and their items, and the families served (the guardian's name,
-- address, phone, county, employment, income sources, health insurance and military status,
-- case manager, comments), their children (name, birth date, gender, race and ethnicity,
-- health insurance, needs) and authorised family members; account requests, broadcast
-- announcements, reminders, versions (the audit trail), feature flags and deprecated feedback.
-- Source: https://github.com/rubyforgood/human-essentials, db/schema.rb
-- Commit: 0c3ab7766bcd414c79a05355599219d7142b378b
-- Licence: MIT (LICENSE in the source)
-- Trimmed: transcribed faithfully from the Rails schema (db/schema.rb) into PostgreSQL DDL, as
-- Rails creates it on PostgreSQL: each create_table becomes one CREATE TABLE with the implicit
-- bigserial id (unless id: false), each column with its type, default, NOT NULL and array flag,
-- and the two enums become CREATE TYPE statements; the indexes, foreign keys, check constraint
-- and the schema's comments are left out. All 58 tables are kept.
-- Next held-out set: not seen while tuning the classifier (see labels_next.yaml).

CREATE TYPE public.category AS ENUM ('US_County', 'Other');

CREATE TYPE public.kit_allocation_type AS ENUM ('inventory_in', 'inventory_out');

CREATE TABLE public.account_requests (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    email character varying NOT NULL,
    organization_name character varying NOT NULL,
    organization_website character varying,
    confirmed_at timestamp(6) without time zone,
    request_details text NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    rejection_reason character varying,
    status character varying DEFAULT 'started' NOT NULL,
    ndbn_member_id bigint
);

CREATE TABLE public.action_text_rich_texts (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    body text,
    record_type character varying NOT NULL,
    record_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

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
    byte_size bigint NOT NULL,
    checksum character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    service_name character varying NOT NULL
);

CREATE TABLE public.active_storage_variant_records (
    id bigserial PRIMARY KEY,
    blob_id bigint NOT NULL,
    variation_digest character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.adjustments (
    id serial PRIMARY KEY,
    organization_id integer,
    storage_location_id integer,
    comment text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    user_id bigint
);

CREATE TABLE public.annual_reports (
    id bigserial PRIMARY KEY,
    organization_id bigint,
    year integer,
    all_reports json,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.audits (
    id bigserial PRIMARY KEY,
    user_id bigint,
    organization_id bigint,
    adjustment_id bigint,
    storage_location_id bigint,
    status integer DEFAULT 0 NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.authorized_family_members (
    id bigserial PRIMARY KEY,
    first_name character varying,
    last_name character varying,
    date_of_birth date,
    gender character varying,
    comments text,
    family_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.barcode_items (
    id serial PRIMARY KEY,
    value character varying,
    barcodeable_id integer,
    quantity integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id integer,
    barcodeable_type character varying DEFAULT 'Item'
);

CREATE TABLE public.base_items (
    id bigserial PRIMARY KEY,
    name character varying,
    category character varying,
    barcode_count integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    size character varying,
    item_count integer,
    partner_key character varying,
    reporting_category character varying
);

CREATE TABLE public.broadcast_announcements (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL,
    message text,
    link text,
    expiry date,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id bigint
);

CREATE TABLE public.child_item_requests (
    id bigserial PRIMARY KEY,
    child_id bigint,
    item_request_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    picked_up boolean DEFAULT false,
    quantity_picked_up integer,
    picked_up_item_diaperid integer,
    authorized_family_member_id integer
);

CREATE TABLE public.children (
    id bigserial PRIMARY KEY,
    first_name character varying,
    last_name character varying,
    date_of_birth date,
    gender character varying,
    child_lives_with jsonb,
    race jsonb,
    agency_child_id character varying,
    health_insurance jsonb,
    comments text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    family_id bigint,
    item_needed_diaperid integer,
    active boolean DEFAULT true,
    archived boolean
);

CREATE TABLE public.children_items (
    child_id bigint NOT NULL,
    item_id bigint NOT NULL
);

CREATE TABLE public.counties (
    id bigserial PRIMARY KEY,
    name character varying,
    region character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    category category DEFAULT 'US_County' NOT NULL
);

CREATE TABLE public.delayed_jobs (
    id bigserial PRIMARY KEY,
    priority integer DEFAULT 0 NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    handler text NOT NULL,
    last_error text,
    run_at timestamp(6) without time zone,
    locked_at timestamp(6) without time zone,
    failed_at timestamp(6) without time zone,
    locked_by character varying,
    queue character varying,
    created_at timestamp(6) without time zone,
    updated_at timestamp(6) without time zone
);

CREATE TABLE public.deprecated_feedback_messages (
    id bigserial PRIMARY KEY,
    user_id bigint,
    message text,
    path character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    resolved boolean
);

CREATE TABLE public.distributions (
    id serial PRIMARY KEY,
    comment text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    storage_location_id integer,
    partner_id integer,
    organization_id integer,
    issued_at timestamp(6) without time zone,
    agency_rep character varying,
    state integer DEFAULT 5 NOT NULL,
    reminder_email_enabled boolean DEFAULT false NOT NULL,
    delivery_method integer DEFAULT 0 NOT NULL,
    shipping_cost numeric(8,2)
);

CREATE TABLE public.donation_sites (
    id serial PRIMARY KEY,
    name character varying,
    address character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id integer,
    latitude double precision,
    longitude double precision,
    contact_name character varying,
    email character varying,
    phone character varying,
    active boolean DEFAULT true
);

CREATE TABLE public.donations (
    id serial PRIMARY KEY,
    source character varying,
    donation_site_id integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    storage_location_id integer,
    comment text,
    organization_id integer,
    product_drive_participant_id integer,
    issued_at timestamp(6) without time zone,
    money_raised integer,
    manufacturer_id bigint,
    product_drive_id bigint
);

CREATE TABLE public.events (
    id bigserial PRIMARY KEY,
    type character varying NOT NULL,
    event_time timestamp(6) without time zone NOT NULL,
    data jsonb,
    eventable_id bigint,
    eventable_type character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id bigint,
    user_id bigint,
    group_id character varying
);

CREATE TABLE public.families (
    id bigserial PRIMARY KEY,
    guardian_first_name character varying,
    guardian_last_name character varying,
    guardian_zip_code character varying,
    guardian_county character varying,
    guardian_phone character varying,
    case_manager character varying,
    home_adult_count integer,
    home_child_count integer,
    home_young_child_count integer,
    sources_of_income jsonb,
    guardian_employed boolean,
    guardian_employment_type jsonb,
    guardian_monthly_pay numeric,
    guardian_health_insurance jsonb,
    comments text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    partner_id bigint,
    military boolean DEFAULT false,
    old_partner_id bigint,
    archived boolean DEFAULT false
);

CREATE TABLE public.flipper_features (
    id bigserial PRIMARY KEY,
    key character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.flipper_gates (
    id bigserial PRIMARY KEY,
    feature_key character varying NOT NULL,
    key character varying NOT NULL,
    value text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.inventory_items (
    id serial PRIMARY KEY,
    storage_location_id integer,
    item_id integer,
    quantity integer DEFAULT 0,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.item_categories (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    description text,
    organization_id integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.item_categories_partner_groups (
    id bigserial PRIMARY KEY,
    partner_group_id bigint NOT NULL,
    item_category_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.item_requests (
    id bigserial PRIMARY KEY,
    name character varying,
    quantity character varying,
    partner_request_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    partner_key character varying,
    item_id integer,
    old_partner_request_id integer,
    request_unit character varying
);

CREATE TABLE public.item_units (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    item_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.items (
    id serial PRIMARY KEY,
    name character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    barcode_count integer,
    organization_id integer,
    active boolean DEFAULT true,
    partner_key character varying,
    value_in_cents integer DEFAULT 0,
    package_size integer,
    distribution_quantity integer,
    on_hand_minimum_quantity integer DEFAULT 0 NOT NULL,
    on_hand_recommended_quantity integer,
    visible_to_partners boolean DEFAULT true NOT NULL,
    kit_id integer,
    item_category_id integer,
    additional_info text,
    reporting_category character varying,
    type character varying DEFAULT 'ConcreteItem' NOT NULL
);

CREATE TABLE public.kit_allocations (
    id bigserial PRIMARY KEY,
    organization_id bigint NOT NULL,
    storage_location_id bigint NOT NULL,
    kit_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    kit_allocation_type kit_allocation_type DEFAULT 'inventory_in' NOT NULL
);

CREATE TABLE public.kits (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    organization_id integer NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    active boolean DEFAULT true,
    visible_to_partners boolean DEFAULT true NOT NULL,
    value_in_cents integer DEFAULT 0
);

CREATE TABLE public.line_items (
    id serial PRIMARY KEY,
    quantity integer,
    item_id integer,
    itemizable_id integer,
    itemizable_type character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.manufacturers (
    id bigserial PRIMARY KEY,
    name character varying,
    organization_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.ndbn_members (
    ndbn_member_id bigserial PRIMARY KEY,
    account_name character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.organizations (
    id serial PRIMARY KEY,
    name character varying,
    email character varying,
    url character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    intake_location integer,
    street character varying,
    city character varying,
    state character varying,
    zipcode character varying,
    latitude double precision,
    longitude double precision,
    reminder_day integer,
    deadline_day integer,
    invitation_text text,
    default_storage_location integer,
    partner_form_fields text[] DEFAULT '{}',
    account_request_id integer,
    repackage_essentials boolean DEFAULT false NOT NULL,
    distribute_monthly boolean DEFAULT false NOT NULL,
    ndbn_member_id bigint,
    enable_child_based_requests boolean DEFAULT true NOT NULL,
    enable_individual_requests boolean DEFAULT true NOT NULL,
    enable_quantity_based_requests boolean DEFAULT true NOT NULL,
    ytd_on_distribution_printout boolean DEFAULT true NOT NULL,
    one_step_partner_invite boolean DEFAULT false NOT NULL,
    hide_value_columns_on_receipt boolean DEFAULT false,
    hide_package_column_on_receipt boolean DEFAULT false,
    signature_for_distribution_pdf boolean DEFAULT false,
    receive_email_on_requests boolean DEFAULT false NOT NULL,
    include_in_kind_values_in_exported_files boolean DEFAULT false NOT NULL,
    bank_is_set_up boolean DEFAULT false NOT NULL,
    reminder_schedule_definition character varying,
    include_packages_in_distribution_export boolean DEFAULT false NOT NULL
);

CREATE TABLE public.partner_forms (
    id bigserial PRIMARY KEY,
    essentials_bank_id integer,
    sections text[] DEFAULT '{}',
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.partner_groups (
    id bigserial PRIMARY KEY,
    organization_id bigint,
    name character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    send_reminders boolean DEFAULT false NOT NULL,
    reminder_day integer,
    deadline_day integer,
    reminder_schedule_definition character varying
);

CREATE TABLE public.partner_profiles (
    id bigserial PRIMARY KEY,
    essentials_bank_id bigint,
    partner_id integer,
    name character varying,
    agency_type character varying,
    agency_mission text,
    address1 character varying,
    address2 character varying,
    city character varying,
    state character varying,
    zip_code character varying,
    website character varying,
    facebook character varying,
    twitter character varying,
    founded integer,
    form_990 boolean,
    program_name character varying,
    program_description text,
    program_age character varying,
    case_management boolean,
    evidence_based boolean,
    essentials_use character varying,
    receives_essentials_from_other character varying,
    currently_provide_diapers boolean,
    program_address1 character varying,
    program_address2 character varying,
    program_city character varying,
    program_state character varying,
    program_zip_code integer,
    client_capacity character varying,
    storage_space boolean,
    describe_storage_space text,
    income_requirement_desc boolean,
    income_verification boolean,
    population_black integer,
    population_white integer,
    population_hispanic integer,
    population_asian integer,
    population_american_indian integer,
    population_island integer,
    population_multi_racial integer,
    population_other integer,
    zips_served character varying,
    at_fpl_or_below integer,
    above_1_2_times_fpl integer,
    greater_2_times_fpl integer,
    poverty_unknown integer,
    executive_director_name character varying,
    executive_director_phone character varying,
    executive_director_email character varying,
    primary_contact_name character varying,
    primary_contact_phone character varying,
    primary_contact_mobile character varying,
    primary_contact_email character varying,
    pick_up_name character varying,
    pick_up_phone character varying,
    pick_up_email character varying,
    distribution_times character varying,
    new_client_times character varying,
    more_docs_required character varying,
    sources_of_funding character varying,
    sources_of_diapers character varying,
    essentials_budget character varying,
    essentials_funding_source character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    other_agency_type character varying,
    status_in_diaper_base character varying,
    enable_child_based_requests boolean DEFAULT true NOT NULL,
    enable_individual_requests boolean DEFAULT true NOT NULL,
    instagram character varying,
    no_social_media_presence boolean,
    enable_quantity_based_requests boolean DEFAULT true NOT NULL
);

CREATE TABLE public.partner_served_areas (
    id bigserial PRIMARY KEY,
    partner_profile_id bigint NOT NULL,
    county_id bigint NOT NULL,
    client_share integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.partners (
    id serial PRIMARY KEY,
    name character varying,
    email character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id integer,
    status integer DEFAULT 0,
    send_reminders boolean DEFAULT false NOT NULL,
    notes text,
    quota integer,
    partner_group_id bigint,
    default_storage_location_id bigint,
    info_for_partner text
);

CREATE TABLE public.product_drive_participants (
    id serial PRIMARY KEY,
    contact_name character varying,
    email character varying,
    phone character varying,
    comment character varying,
    organization_id integer,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    address character varying,
    business_name character varying,
    latitude double precision,
    longitude double precision
);

CREATE TABLE public.product_drives (
    id bigserial PRIMARY KEY,
    name character varying,
    start_date date,
    end_date date,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id bigint,
    virtual boolean DEFAULT false NOT NULL
);

CREATE TABLE public.purchases (
    id bigserial PRIMARY KEY,
    purchased_from character varying,
    comment text,
    organization_id integer,
    storage_location_id integer,
    amount_spent_in_cents integer,
    issued_at timestamp(6) without time zone,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    vendor_id integer,
    amount_spent_on_diapers_cents integer DEFAULT 0 NOT NULL,
    amount_spent_on_adult_incontinence_cents integer DEFAULT 0 NOT NULL,
    amount_spent_on_other_cents integer DEFAULT 0 NOT NULL,
    amount_spent_on_period_supplies_cents integer DEFAULT 0 NOT NULL
);

CREATE TABLE public.questions (
    id bigserial PRIMARY KEY,
    title character varying NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.requests (
    id bigserial PRIMARY KEY,
    partner_id bigint,
    organization_id bigint,
    request_items jsonb DEFAULT '{}',
    comments text,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    distribution_id integer,
    status integer DEFAULT 0,
    discarded_at timestamp(6) without time zone,
    discard_reason text,
    partner_user_id integer,
    request_type character varying
);

CREATE TABLE public.roles (
    id bigserial PRIMARY KEY,
    name character varying,
    resource_type character varying,
    resource_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    old_resource_id bigint
);

CREATE TABLE public.solid_cache_entries (
    id bigserial PRIMARY KEY,
    key bytea NOT NULL,
    value bytea NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    key_hash bigint NOT NULL,
    byte_size integer NOT NULL
);

CREATE TABLE public.storage_locations (
    id serial PRIMARY KEY,
    name character varying,
    address character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id integer,
    latitude double precision,
    longitude double precision,
    square_footage integer,
    warehouse_type character varying,
    time_zone character varying DEFAULT 'America/Los_Angeles' NOT NULL,
    discarded_at timestamp(6) without time zone
);

CREATE TABLE public.taggings (
    id bigserial PRIMARY KEY,
    tag_id bigint NOT NULL,
    taggable_type character varying NOT NULL,
    taggable_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.tags (
    id bigserial PRIMARY KEY,
    name character varying(256) NOT NULL,
    type character varying NOT NULL,
    organization_id bigint NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.transfers (
    id serial PRIMARY KEY,
    from_id integer,
    to_id integer,
    comment character varying,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id integer
);

CREATE TABLE public.units (
    id bigserial PRIMARY KEY,
    name character varying NOT NULL,
    organization_id bigint,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL
);

CREATE TABLE public.users (
    id serial PRIMARY KEY,
    email character varying DEFAULT '' NOT NULL,
    encrypted_password character varying DEFAULT '' NOT NULL,
    reset_password_token character varying,
    reset_password_sent_at timestamp(6) without time zone,
    remember_created_at timestamp(6) without time zone,
    sign_in_count integer DEFAULT 0 NOT NULL,
    current_sign_in_at timestamp(6) without time zone,
    last_sign_in_at timestamp(6) without time zone,
    current_sign_in_ip inet,
    last_sign_in_ip inet,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    organization_id integer,
    invitation_token character varying,
    invitation_created_at timestamp(6) without time zone,
    invitation_sent_at timestamp(6) without time zone,
    invitation_accepted_at timestamp(6) without time zone,
    invitation_limit integer,
    invited_by_type character varying,
    invited_by_id integer,
    invitations_count integer DEFAULT 0,
    organization_admin boolean,
    name character varying,
    super_admin boolean DEFAULT false,
    last_request_at timestamp(6) without time zone,
    discarded_at timestamp(6) without time zone,
    provider character varying,
    uid character varying,
    partner_id bigint,
    last_role_id bigint
);

CREATE TABLE public.users_roles (
    id bigserial PRIMARY KEY,
    user_id bigint,
    role_id bigint
);

CREATE TABLE public.vendors (
    id bigserial PRIMARY KEY,
    contact_name character varying,
    email character varying,
    phone character varying,
    comment character varying,
    organization_id integer,
    address character varying,
    business_name character varying,
    latitude double precision,
    longitude double precision,
    created_at timestamp(6) without time zone NOT NULL,
    updated_at timestamp(6) without time zone NOT NULL,
    active boolean DEFAULT true
);

CREATE TABLE public.versions (
    id bigserial PRIMARY KEY,
    item_type character varying NOT NULL,
    item_id bigint NOT NULL,
    event character varying NOT NULL,
    whodunnit character varying,
    object jsonb,
    created_at timestamp(6) without time zone,
    object_changes jsonb
);

