-- Core tables of the MGT Connect platform (PostgreSQL 15).
CREATE TABLE companies (
    id          bigint PRIMARY KEY,
    name        text NOT NULL,
    tax_id      text NOT NULL,
    preferences jsonb,
    revenue_eur numeric(14, 2),
    owner_name  text
);

CREATE TABLE accounts (
    id                 bigint PRIMARY KEY,
    company_id         bigint REFERENCES companies (id),
    full_name          text NOT NULL,
    email              text NOT NULL UNIQUE,
    preferred_language char(2) DEFAULT 'bg',
    country            char(2),
    postal_address     text,
    last_login_at      timestamptz,
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE documents (
    id              bigint PRIMARY KEY,
    company_id      bigint REFERENCES companies (id),
    document_number text NOT NULL,
    issued_on       date NOT NULL,
    issuer_name     text,
    total_amount    numeric(14, 2),
    tax_amount      numeric(14, 2),
    created_at      timestamptz NOT NULL DEFAULT now()
);
