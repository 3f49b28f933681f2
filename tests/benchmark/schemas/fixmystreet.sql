-- FixMyStreet, mySociety's platform for reporting street problems (potholes, broken lights,
-- fly-tipping, missed bin collections) to the councils and bodies responsible, as its PostgreSQL
-- schema creates it: users (name, e-mail, phone, password, title, Twitter, Facebook and OpenID
-- Connect IDs), sessions, bodies (councils with their Open311 endpoints and API keys) and their
-- categories' contacts with a change history, problem reports (the reporter's name, the
-- location's coordinates, postcode and property reference (UPRN), title, details and photo),
-- updates (comments) on them, questionnaires, e-mail and local-area alerts, confirmation tokens,
-- moderation of reports, the admin log, response templates and priorities, defect types,
-- translations and the WasteWorks property table.
-- Source: https://github.com/mysociety/fixmystreet, db/schema.sql (the schema a new installation
--   loads; db/schema_*.sql are the upgrades from older versions)
-- Commit: 84d7c80c5d9abd0d330325742c6b9eedc30b19fd (the file last changed in
--   671d2994a01d98c296748d152ff02ee0938a0f47)
-- Licence: AGPL-3.0 or later (LICENSE.txt in the source: "mySociety.org Software Licensing", the
--   GNU Affero General Public License version 3 or any later version)
-- Trimmed: nothing dropped of the 36 tables. The CREATE TABLE statements and the one ALTER TABLE
-- ... ADD COLUMN (problem.defect_type_id) are copied in the file's order; the indexes, the
-- trigger function and triggers on contacts, the distance functions and their composite type and
-- the ALTER TABLE ... ADD CONSTRAINT are dropped. Rewritten for sqlglot: PostgreSQL's
-- "text ARRAY" and "integer ARRAY" (users.oidc_ids, users.area_ids, roles.permissions,
-- manifest_theme.images) are written "text[]" and "integer[]", the same type.
-- Development source since the eleventh held-out set was measured (see labels.yaml).

create table secret (
    secret text not null
);

create table sessions (
    id           char(72) primary key,
    session_data text,
    expires      integer
);

create table config (
    key text not null primary key,
    value jsonb
);

create table users (
    id              serial  not null primary key,
    email           text,
    email_verified  boolean not null default 'f',
    name            text,
    phone           text,
    phone_verified  boolean not null default 'f',
    password        text    not null default '',
    from_body       integer,
    flagged         boolean not null default 'f',
    is_superuser    boolean not null default 'f',
    created         timestamp not null default current_timestamp,
    last_active     timestamp not null default current_timestamp,
    title           text,
    twitter_id      bigint  unique,
    facebook_id     bigint  unique,
    oidc_ids        text[],
    area_ids        integer[],
    extra           jsonb
);

create table body (
    id           serial primary key,
    name         text not null,
    external_url text,
    parent       integer references body(id),
    endpoint     text,
    jurisdiction text,
    api_key      text,
    send_method  text,
    cobrand      text,
    send_comments boolean not null default 'f',
    comment_user_id int references users(id),
    suppress_alerts boolean not null default 'f',
    can_be_devolved boolean not null default 'f',
    send_extended_statuses boolean not null default 'f',
    fetch_problems boolean not null default 'f',
    blank_updates_permitted boolean not null default 'f',
    convert_latlong boolean not null default 'f',
    deleted boolean not null default 'f',
    extra jsonb
);

create table body_areas (
    body_id integer not null references body(id),
    area_id integer not null
);

create table roles (
    id              serial  not null primary key,
    body_id         integer not null references body(id) ON DELETE CASCADE,
    name            text,
    permissions     text[],
    extra           jsonb,
    unique(body_id, name)
);

create table user_roles (
    id              serial  not null primary key,
    role_id         integer not null references roles(id) ON DELETE CASCADE,
    user_id         integer not null references users(id) ON DELETE CASCADE
);

create table contacts (
    id serial primary key,
    body_id integer not null references body(id),
    category text not null default 'Other',
    email text not null,
    state text not null check (
        state = 'unconfirmed'
        or state = 'confirmed'
        or state = 'inactive'
        or state = 'staff'
        or state = 'deleted'
    ),

    -- last editor
    editor text not null,
    -- time of last change
    whenedited timestamp not null,
    -- what the last change was for: author's notes
    note text not null,

    -- extra fields required for open311
    extra jsonb,

    -- for things like missed bin collections
    non_public boolean default 'f',

    -- per contact endpoint configuration
    endpoint     text,
    jurisdiction text default '',
    api_key      text default '',
    send_method  text
);

create table contacts_history (
    contacts_history_id serial not null primary key,

    contact_id integer not null,
    body_id integer not null,
    category text not null default 'Other',
    email text not null,
    state text not null check (
        state = 'unconfirmed'
        or state = 'confirmed'
        or state = 'inactive'
        or state = 'staff'
        or state = 'deleted'
    ),

    -- editor
    editor text not null,
    -- time of entry
    whenedited timestamp not null,
    -- what the change was for: author's notes
    note text not null
);

CREATE TABLE response_priorities (
    id serial not null primary key,
    body_id int references body(id) not null,
    deleted boolean not null default 'f',
    name text not null,
    description text,
    external_id text,
    is_default boolean not null default 'f',
    unique(body_id, name)
);

create table problem (
    id serial not null primary key,

    -- Problem details
    postcode text not null,
    latitude double precision not null,
    longitude double precision not null,
    uprn text,
    bodies_str text, -- the body(s) we'll report this problem to
    bodies_missing text, -- the body(s) we had no contact details for
    areas text not null, -- the mapit areas this location is in
    category text not null default 'Other',
    title text not null,
    detail text not null,
    photo bytea,
    used_map boolean not null,

    -- User's details
    user_id int references users(id) not null,
    name text not null,
    anonymous boolean not null,

    -- External information
    external_id text,
    external_body text,
    external_team text,

    -- Metadata
    created timestamp not null default current_timestamp,
    confirmed timestamp,
    state text not null,
    lang text not null default 'en-gb',
    service text not null default '',
    cobrand text not null default '' check (cobrand ~* '^[a-z0-9_]*$'),
    cobrand_data text not null default '' check (cobrand_data ~* '^[a-z0-9_]*$'), -- Extra data used in cobranded versions of the site
    lastupdate timestamp not null default current_timestamp,
    whensent timestamp,
    send_questionnaire boolean not null default 't',
    extra jsonb,
    flagged boolean not null default 'f',
    geocode jsonb,
    response_priority_id int REFERENCES response_priorities(id),

    send_state text not null default 'unprocessed' check (
        send_state = 'unprocessed'
        or send_state = 'processing'
        or send_state = 'processed'
        or send_state = 'skipped'
        or send_state = 'sent'
        or send_state = 'acknowledged'
    ),
    -- logging sending failures (used by webservices)
    send_fail_count integer not null default 0,
    send_fail_reason text,
    send_fail_timestamp timestamp,
    send_fail_body_ids int array not null default '{}',

    -- record send_method used, which can be used to infer usefulness of external_id
    send_method_used text,

    -- for things like missed bin collections
    non_public BOOLEAN default 'f',

    -- record details about messages from external sources, eg. message manager
    external_source text,
    external_source_id text,

    -- number of me toos
    interest_count integer default 0,

    -- subcategory to enable filtering in reporting --
    subcategory text
);

create table questionnaire (
    id serial not null primary key,
    problem_id integer not null references problem(id),
    whensent timestamp not null,
    whenanswered timestamp,

    -- whether have ever previously reported a problem to a council or not
    ever_reported boolean,
    -- problem state before and after questionnaire
    old_state text,
    new_state text
);

create table comment (
    id serial not null primary key,
    problem_id integer not null references problem(id),
    user_id int references users(id) not null,
    anonymous bool not null,
    name text, -- null means anonymous
    website text,
    created timestamp not null default current_timestamp,
    confirmed timestamp,
    text text not null,                     -- as entered by comment author
    photo bytea,
    state text not null check (
        state = 'unconfirmed'
        or state = 'confirmed'
        or state = 'hidden'
    ),
    cobrand text not null default '' check (cobrand ~* '^[a-z0-9_]*$'),
    lang text not null default 'en-gb',
    cobrand_data text not null default '' check (cobrand_data ~* '^[a-z0-9_]*$'), -- Extra data used in cobranded versions of the site
    mark_fixed boolean not null,
    mark_open boolean not null default 'f',
    problem_state text,
    -- other fields? one to indicate whether this was written by the council
    -- and should be highlighted in the display?
    external_id text,
    extra jsonb,
    send_state text not null default 'unprocessed' check (
        send_state = 'unprocessed'
        or send_state = 'processing'
        or send_state = 'processed'
        or send_state = 'skipped'
        or send_state = 'sent'
    ),
    send_fail_count integer not null default 0,
    send_fail_reason text,
    send_fail_timestamp timestamp,
    whensent timestamp,
    private_email_text text
);

create table token (
    scope text not null,
    token text not null,
    data jsonb not null,
    created timestamp not null default current_timestamp,
    primary key (scope, token)
);

create table alert_type (
    ref text not null primary key,
    head_sql_query text not null,
    head_table text not null,
    head_title text not null,
    head_link text not null,
    head_description text not null,
    item_table text not null,
    item_where text not null,
    item_order text not null,
    item_title text not null,
    item_link text not null,
    item_description text not null,
    template text not null
);

create table alert (
    id serial not null primary key,
    alert_type text not null references alert_type(ref),
    parameter text, -- e.g. Problem ID for new updates, Longitude for local problem alerts
    parameter2 text, -- e.g. Latitude for local problem alerts
    parameter3 text, -- e.g. optional distance for local problem alerts
    user_id int references users(id) not null,
    confirmed integer not null default 0,
    lang text not null default 'en-gb',
    cobrand text not null default '' check (cobrand ~* '^[a-z0-9_]*$'),
    cobrand_data text not null default '' check (cobrand_data ~* '^[a-z0-9_]*$'), -- Extra data used in cobranded versions of the site
    whensubscribed timestamp not null default current_timestamp,
    whendisabled timestamp default null
);

create table alert_sent (
    alert_id integer not null references alert(id) ON DELETE CASCADE,
    parameter text, -- e.g. Update ID for new updates
    whenqueued timestamp not null default current_timestamp
);

create table partial_user (
    id serial not null primary key,
    service text not null,
    nsid text not null,
    name text not null,
    email text not null,
    phone text not null
);

create table flickr_imported (
    id text not null,
    problem_id integer not null references problem(id)
);

create table abuse (
    email text primary key check( lower(email) = email ),
    safe boolean not null default 'f',
    created timestamp not null default current_timestamp
);

create table textmystreet (
    name text not null,
    email text not null,
    postcode text not null,
    mobile text not null
);

create table admin_log (
    id serial not null primary key,
    admin_user text not null,
    object_type text not null check (
      object_type = 'problem'
      or object_type = 'update'
      or object_type = 'user'
      or object_type = 'moderation'
      or object_type = 'template'
      or object_type = 'body'
      or object_type = 'category'
      or object_type = 'role'
      or object_type = 'manifesttheme'
    ),
    object_id integer not null,
    action text not null,
    whenedited timestamp not null default current_timestamp,
    user_id int references users(id) null,
    reason text not null default '',
    time_spent int not null default 0
);

create table moderation_original_data (
    id serial not null primary key,

    -- Problem details
    problem_id int references problem(id) ON DELETE CASCADE not null,
    comment_id int references comment(id) ON DELETE CASCADE,

    title text null,
    detail text null, -- or text for comment
    photo bytea,
    anonymous bool not null,

    -- Metadata
    created timestamp not null default current_timestamp,

    extra jsonb,
    category text,
    latitude double precision,
    longitude double precision
);

create table user_body_permissions (
    id serial not null primary key,
    user_id int references users(id) not null,
    body_id int references body(id) not null,
    permission_type text not null,
    unique(user_id, body_id, permission_type)
);

create table user_planned_reports (
    id serial not null primary key,
    user_id int references users(id) ON DELETE CASCADE not null,
    report_id int references problem(id) ON DELETE CASCADE not null,
    added timestamp not null default current_timestamp,
    removed timestamp
);

create table response_templates (
    id serial not null primary key,
    body_id int references body(id) not null,
    title text not null,
    text text not null,
    email_text text,
    created timestamp not null default current_timestamp,
    auto_response boolean NOT NULL DEFAULT 'f',
    state text,
    external_status_code text,
    deleted boolean not null default 'f',
    unique(body_id, title)
);

CREATE TABLE contact_response_templates (
    id serial NOT NULL PRIMARY KEY,
    contact_id int REFERENCES contacts(id) NOT NULL,
    response_template_id int REFERENCES response_templates(id) NOT NULL
);

CREATE TABLE contact_response_priorities (
    id serial NOT NULL PRIMARY KEY,
    contact_id int REFERENCES contacts(id) NOT NULL,
    response_priority_id int REFERENCES response_priorities(id) NOT NULL
);

CREATE TABLE defect_types (
    id serial not null primary key,
    body_id int references body(id) not null,
    name text not null,
    description text not null,
    extra jsonb,
    unique(body_id, name)
);

CREATE TABLE contact_defect_types (
    id serial NOT NULL PRIMARY KEY,
    contact_id int REFERENCES contacts(id) NOT NULL,
    defect_type_id int REFERENCES defect_types(id) NOT NULL
);

ALTER TABLE problem
    ADD COLUMN defect_type_id int REFERENCES defect_types(id);

CREATE TABLE translation (
    id serial not null primary key,
    tbl text not null,
    object_id integer not null,
    col text not null,
    lang text not null,
    msgstr text not null,
    unique(tbl, object_id, col, lang)
);

CREATE TABLE report_extra_fields (
    id serial not null primary key,
    name text not null,
    cobrand text,
    language text,
    extra jsonb
);

CREATE TABLE state (
    id serial not null primary key,
    label text not null unique,
    type text not null check (type = 'open' OR type = 'closed' OR type = 'fixed'),
    name text not null unique
);

CREATE TABLE manifest_theme (
    id serial not null primary key,
    cobrand text not null unique,
    name text not null,
    short_name text not null,
    background_colour text,
    theme_colour text,
    images text[],
    wasteworks_name text,
    wasteworks_short_name text
);

CREATE TABLE property (
    uprn text not null primary key,
    discount_date date not null
);

