-- listmonk, a self-hosted newsletter and mailing-list manager (a single Go binary on PostgreSQL),
-- as its install creates the database: subscribers (e-mail, name, free-form JSON attributes,
-- status) and their list subscriptions (with the opt-in metadata), lists, e-mail templates,
-- campaigns (subject, sender address, bodies, headers, archive settings, send statistics) with
-- their lists and media, campaign views and link clicks per subscriber (open and click
-- tracking), uploaded media, tracked links, bounces (with the mail server's report), settings,
-- roles and the admin users (username, password, e-mail, name, avatar, TOTP key), sessions.
-- Source: https://github.com/knadh/listmonk, schema.sql
-- Commit: 911e0b774abad4fbf7b534be43a34a80fb6ace5b
-- Licence: AGPL-3.0 (the repository's LICENSE)
-- Trimmed: nothing dropped of the 16 tables; the CREATE TYPE, CREATE EXTENSION, CREATE TABLE and
-- CREATE INDEX statements are copied as written, in the file's order; the DROP statements before
-- them, the INSERT of the default settings and the three materialized views of dashboard
-- statistics at the end are dropped.
-- Development source since the fifteenth held-out set was measured (see labels.yaml).

CREATE TYPE list_type AS ENUM ('public', 'private', 'temporary');

CREATE TYPE list_optin AS ENUM ('single', 'double');

CREATE TYPE list_status AS ENUM ('active', 'archived');

CREATE TYPE subscriber_status AS ENUM ('enabled', 'disabled', 'blocklisted');

CREATE TYPE subscription_status AS ENUM ('unconfirmed', 'confirmed', 'unsubscribed');

CREATE TYPE campaign_status AS ENUM ('draft', 'running', 'scheduled', 'paused', 'cancelled', 'finished');

CREATE TYPE campaign_type AS ENUM ('regular', 'optin');

CREATE TYPE content_type AS ENUM ('richtext', 'html', 'plain', 'markdown', 'visual');

CREATE TYPE bounce_type AS ENUM ('soft', 'hard', 'complaint');

CREATE TYPE template_type AS ENUM ('campaign', 'campaign_visual', 'tx');

CREATE TYPE user_type AS ENUM ('user', 'api');

CREATE TYPE user_status AS ENUM ('enabled', 'disabled');

CREATE TYPE role_type AS ENUM ('user', 'list');

CREATE TYPE twofa_type AS ENUM ('none', 'totp');

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE subscribers (
    id              SERIAL PRIMARY KEY,
    uuid uuid       NOT NULL UNIQUE,
    email           TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    attribs         JSONB NOT NULL DEFAULT '{}',
    status          subscriber_status NOT NULL DEFAULT 'enabled',

    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE UNIQUE INDEX idx_subs_email ON subscribers(LOWER(email));

CREATE INDEX idx_subs_status ON subscribers(status);

CREATE INDEX idx_subs_id_status ON subscribers(id, status);

CREATE INDEX idx_subs_created_at ON subscribers(created_at);

CREATE INDEX idx_subs_updated_at ON subscribers(updated_at);

CREATE TABLE lists (
    id              SERIAL PRIMARY KEY,
    uuid            uuid NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    type            list_type NOT NULL,
    optin           list_optin NOT NULL DEFAULT 'single',
    status          list_status NOT NULL DEFAULT 'active',
    tags            VARCHAR(100)[],
    description     TEXT NOT NULL DEFAULT '',

    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_lists_type ON lists(type);

CREATE INDEX idx_lists_optin ON lists(optin);

CREATE INDEX idx_lists_status ON lists(status);

CREATE INDEX idx_lists_name ON lists(name);

CREATE INDEX idx_lists_created_at ON lists(created_at);

CREATE INDEX idx_lists_updated_at ON lists(updated_at);

CREATE TABLE subscriber_lists (
    subscriber_id      INTEGER REFERENCES subscribers(id) ON DELETE CASCADE ON UPDATE CASCADE,
    list_id            INTEGER NULL REFERENCES lists(id) ON DELETE CASCADE ON UPDATE CASCADE,
    meta               JSONB NOT NULL DEFAULT '{}',
    status             subscription_status NOT NULL DEFAULT 'unconfirmed',

    created_at         TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at         TIMESTAMP WITH TIME ZONE DEFAULT NOW(),

    PRIMARY KEY(subscriber_id, list_id)
);

CREATE INDEX idx_sub_lists_sub_id ON subscriber_lists(subscriber_id);

CREATE INDEX idx_sub_lists_list_id ON subscriber_lists(list_id);

CREATE INDEX idx_sub_lists_status ON subscriber_lists(status);

CREATE TABLE templates (
    id              SERIAL PRIMARY KEY,
    name            TEXT NOT NULL,
    type            template_type NOT NULL DEFAULT 'campaign',
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    body_source     TEXT NULL,
    is_default      BOOLEAN NOT NULL DEFAULT false,

    created_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE UNIQUE INDEX ON templates (is_default) WHERE is_default = true;

CREATE TABLE campaigns (
    id               SERIAL PRIMARY KEY,
    uuid uuid        NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    subject          TEXT NOT NULL,
    from_email       TEXT NOT NULL,
    body             TEXT NOT NULL,
    body_source      TEXT NULL,
    altbody          TEXT NULL,
    content_type     content_type NOT NULL DEFAULT 'richtext',
    send_at          TIMESTAMP WITH TIME ZONE,
    headers          JSONB NOT NULL DEFAULT '[]',
    attribs          JSONB NOT NULL DEFAULT '{}',
    status           campaign_status NOT NULL DEFAULT 'draft',
    tags             VARCHAR(100)[],

    type campaign_type DEFAULT 'regular',

    messenger        TEXT NOT NULL,
    template_id      INTEGER REFERENCES templates(id) ON DELETE SET NULL,

    to_send            INT NOT NULL DEFAULT 0,
    sent               INT NOT NULL DEFAULT 0,
    max_subscriber_id  INT NOT NULL DEFAULT 0,
    last_subscriber_id INT NOT NULL DEFAULT 0,

    archive             BOOLEAN NOT NULL DEFAULT false,
    archive_slug        TEXT NULL UNIQUE,
    archive_template_id INTEGER REFERENCES templates(id) ON DELETE SET NULL,
    archive_meta        JSONB NOT NULL DEFAULT '{}',

    started_at       TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_camps_status ON campaigns(status);

CREATE INDEX idx_camps_name ON campaigns(name);

CREATE INDEX idx_camps_created_at ON campaigns(created_at);

CREATE INDEX idx_camps_updated_at ON campaigns(updated_at);

CREATE TABLE campaign_lists (
    id           BIGSERIAL PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,

    list_id      INTEGER NULL REFERENCES lists(id) ON DELETE SET NULL ON UPDATE CASCADE,
    list_name    TEXT NOT NULL DEFAULT ''
);

CREATE UNIQUE INDEX ON campaign_lists (campaign_id, list_id);

CREATE INDEX idx_camp_lists_camp_id ON campaign_lists(campaign_id);

CREATE INDEX idx_camp_lists_list_id ON campaign_lists(list_id);

CREATE TABLE campaign_views (
    id               BIGSERIAL PRIMARY KEY,
    campaign_id      INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,

    subscriber_id    INTEGER NULL REFERENCES subscribers(id) ON DELETE SET NULL ON UPDATE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_views_camp_id ON campaign_views(campaign_id);

CREATE INDEX idx_views_subscriber_id ON campaign_views(subscriber_id);

CREATE INDEX idx_views_date ON campaign_views(created_at);

CREATE TABLE media (
    id               SERIAL PRIMARY KEY,
    uuid uuid        NOT NULL UNIQUE,
    provider         TEXT NOT NULL DEFAULT '',
    filename         TEXT NOT NULL,
    content_type     TEXT NOT NULL DEFAULT 'application/octet-stream',
    thumb            TEXT NOT NULL,
    meta             JSONB NOT NULL DEFAULT '{}',
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_media_filename ON media(provider, filename);

CREATE TABLE campaign_media (
    campaign_id  INTEGER REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,

    media_id     INTEGER NULL REFERENCES media(id) ON DELETE SET NULL ON UPDATE CASCADE,

    filename     TEXT NOT NULL DEFAULT ''
);

CREATE UNIQUE INDEX idx_camp_media_id ON campaign_media (campaign_id, media_id);

CREATE INDEX idx_camp_media_camp_id ON campaign_media(campaign_id);

CREATE TABLE links (
    id               SERIAL PRIMARY KEY,
    uuid uuid        NOT NULL UNIQUE,
    url              TEXT NOT NULL UNIQUE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE TABLE link_clicks (
    id               BIGSERIAL PRIMARY KEY,
    campaign_id      INTEGER NULL REFERENCES campaigns(id) ON DELETE CASCADE ON UPDATE CASCADE,
    link_id          INTEGER NOT NULL REFERENCES links(id) ON DELETE CASCADE ON UPDATE CASCADE,

    subscriber_id    INTEGER NULL REFERENCES subscribers(id) ON DELETE SET NULL ON UPDATE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_clicks_camp_id ON link_clicks(campaign_id);

CREATE INDEX idx_clicks_link_id ON link_clicks(link_id);

CREATE INDEX idx_clicks_sub_id ON link_clicks(subscriber_id);

CREATE INDEX idx_clicks_date ON link_clicks(created_at);

CREATE TABLE settings (
    key             TEXT NOT NULL UNIQUE,
    value           JSONB NOT NULL DEFAULT '{}',
    updated_at      TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_settings_key ON settings(key);

CREATE TABLE bounces (
    id               SERIAL PRIMARY KEY,
    subscriber_id    INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE ON UPDATE CASCADE,
    campaign_id      INTEGER NULL REFERENCES campaigns(id) ON DELETE SET NULL ON UPDATE CASCADE,
    type             bounce_type NOT NULL DEFAULT 'hard',
    source           TEXT NOT NULL DEFAULT '',
    meta             JSONB NOT NULL DEFAULT '{}',
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE INDEX idx_bounces_sub_id ON bounces(subscriber_id);

CREATE INDEX idx_bounces_camp_id ON bounces(campaign_id);

CREATE INDEX idx_bounces_source ON bounces(source);

CREATE INDEX idx_bounces_date ON bounces(created_at);

CREATE TABLE roles (
    id               SERIAL PRIMARY KEY,
    type             role_type NOT NULL DEFAULT 'user',
    parent_id        INTEGER NULL REFERENCES roles(id) ON DELETE CASCADE ON UPDATE CASCADE,
    list_id          INTEGER NULL REFERENCES lists(id) ON DELETE CASCADE ON UPDATE CASCADE,
    permissions      TEXT[] NOT NULL DEFAULT '{}',
    name             TEXT NULL,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE UNIQUE INDEX idx_roles ON roles (parent_id, list_id);

CREATE UNIQUE INDEX idx_roles_name ON roles (type, name) WHERE name IS NOT NULL;

CREATE TABLE users (
    id               SERIAL PRIMARY KEY,
    username         TEXT NOT NULL UNIQUE,
    password_login   BOOLEAN NOT NULL DEFAULT false,
    password         TEXT NULL,
    email            TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    avatar           TEXT NULL,
    type             user_type NOT NULL DEFAULT 'user',
    user_role_id     INTEGER NOT NULL REFERENCES roles(id) ON DELETE RESTRICT,
    list_role_id     INTEGER NULL REFERENCES roles(id) ON DELETE CASCADE,
    status           user_status NOT NULL DEFAULT 'disabled',
    twofa_type       twofa_type NOT NULL DEFAULT 'none',
    twofa_key        TEXT NULL,
    loggedin_at      TIMESTAMP WITH TIME ZONE NULL,
    created_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW(),
    updated_at       TIMESTAMP WITH TIME ZONE DEFAULT NOW()
);

CREATE TABLE sessions (
    id TEXT NOT NULL PRIMARY KEY,
    data JSONB DEFAULT '{}'::jsonb NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL
);

CREATE INDEX idx_sessions ON sessions (id, created_at);

CREATE UNIQUE INDEX mat_dashboard_stats_idx ON mat_dashboard_counts (updated_at);

CREATE UNIQUE INDEX mat_dashboard_charts_idx ON mat_dashboard_charts (updated_at);

CREATE UNIQUE INDEX mat_list_subscriber_stats_idx ON mat_list_subscriber_stats (list_id, status);
