-- Recurly, subscription billing, as Fivetran's connector lands it in a warehouse: accounts (the
-- subscriber: code, username, names, e-mail and CC'd e-mails, company, VAT number, city,
-- region, postal code, country) with their balances and notes, billing information (the payer's
-- name, company, phone, billing address, VAT number, card type, first six and last four digits,
-- expiry, fraud score and decision, the IP and country it was updated from), coupons and their
-- redemptions, credit payments, invoices and their line items, plans and plan prices,
-- subscriptions, their add-ons and changes, and transactions (the billing name, phone and
-- address, gateway messages and response values).
-- Source: https://github.com/fivetran/dbt_recurly_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: 4bdbcb8f122d3a1ef488e21560c9a31e2bd4b953 (package version 0.3.1)
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 18 tables of the macros get_<table>_columns, transcribed as
-- CREATE TABLE statements for Snowflake: the table and column names in the macros' order, the
-- schema `recurly`, dbt's types as dbt renders them on Snowflake (type_string VARCHAR, type_int
-- INTEGER, type_float FLOAT, type_timestamp TIMESTAMP_NTZ, "boolean" BOOLEAN, "variant" VARIANT;
-- payment_gateway_name keeps the timestamp type the macro gives it); pass-through columns and
-- the staging aliases are not used.
-- Development source since the eighth held-out set was measured (see labels.yaml).

CREATE TABLE recurly.account_balance_history (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    account_updated_at TIMESTAMP_NTZ,
    amount FLOAT,
    currency VARCHAR,
    past_due BOOLEAN
);

CREATE TABLE recurly.account_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    deleted_at TIMESTAMP_NTZ,
    code VARCHAR,
    bill_to VARCHAR,
    state VARCHAR,
    username VARCHAR,
    first_name VARCHAR,
    last_name VARCHAR,
    email VARCHAR,
    cc_emails VARCHAR,
    company VARCHAR,
    vat_number VARCHAR,
    tax_exempt BOOLEAN,
    account_city VARCHAR,
    account_country VARCHAR,
    account_postal_code VARCHAR,
    account_region VARCHAR
);

CREATE TABLE recurly.account_note_history (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    account_updated_at TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    id VARCHAR,
    message VARCHAR,
    object VARCHAR,
    user_email VARCHAR,
    user_id VARCHAR
);

CREATE TABLE recurly.billing_info_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    updated_at TIMESTAMP_NTZ,
    account_id VARCHAR,
    first_name VARCHAR,
    last_name VARCHAR,
    company VARCHAR,
    billing_phone VARCHAR,
    billing_street_1 VARCHAR,
    billing_street_2 VARCHAR,
    billing_city VARCHAR,
    billing_region VARCHAR,
    billing_postal_code VARCHAR,
    billing_country VARCHAR,
    vat_number VARCHAR,
    valid BOOLEAN,
    payment_method_object VARCHAR,
    payment_method_card_type VARCHAR,
    payment_method_first_six VARCHAR,
    payment_method_last_four VARCHAR,
    payment_method_exp_month INTEGER,
    payment_method_exp_year INTEGER,
    fraud_score VARCHAR,
    fraud_decision VARCHAR,
    fraud_risk_rules_triggered VARIANT,
    created_at TIMESTAMP_NTZ,
    updated_by_ip VARCHAR,
    updated_by_country VARCHAR
);

CREATE TABLE recurly.coupon_discount (
    _fivetran_synced TIMESTAMP_NTZ,
    amount FLOAT,
    coupon_id VARCHAR,
    currency VARCHAR,
    fivetran_id VARCHAR,
    percentage VARCHAR,
    trial_length INTEGER,
    trial_unit VARCHAR,
    type VARCHAR
);

CREATE TABLE recurly.coupon_redemption_history (
    _fivetran_synced TIMESTAMP_NTZ,
    account_id VARCHAR,
    coupon_id VARCHAR,
    created_at TIMESTAMP_NTZ,
    currency VARCHAR,
    discounted VARCHAR,
    id VARCHAR,
    removed_at TIMESTAMP_NTZ,
    state VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE recurly.credit_payment_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    updated_at TIMESTAMP_NTZ,
    account_id VARCHAR,
    applied_to_invoice_id VARCHAR,
    original_invoice_id VARCHAR,
    refund_transaction_id VARCHAR,
    original_credit_payment_id VARCHAR,
    uuid VARCHAR,
    action VARCHAR,
    currency VARCHAR,
    amount FLOAT,
    created_at TIMESTAMP_NTZ,
    voided_at TIMESTAMP_NTZ
);

CREATE TABLE recurly.invoice_coupon_redemption_history (
    _fivetran_synced TIMESTAMP_NTZ,
    coupon_redemption_id VARCHAR,
    invoice_id VARCHAR,
    invoice_updated_at TIMESTAMP_NTZ
);

CREATE TABLE recurly.invoice_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    due_at TIMESTAMP_NTZ,
    closed_at TIMESTAMP_NTZ,
    account_id VARCHAR,
    previous_invoice_id VARCHAR,
    type VARCHAR,
    origin VARCHAR,
    state VARCHAR,
    number VARCHAR,
    collection_method VARCHAR,
    po_number VARCHAR,
    net_terms VARCHAR,
    currency VARCHAR,
    balance FLOAT,
    paid INTEGER,
    total INTEGER,
    subtotal INTEGER,
    refundable_amount INTEGER,
    discount INTEGER,
    tax INTEGER,
    tax_type VARCHAR,
    tax_region VARCHAR,
    tax_rate FLOAT
);

CREATE TABLE recurly.invoice_subscription_history (
    _fivetran_synced TIMESTAMP_NTZ,
    invoice_id VARCHAR,
    invoice_updated_at TIMESTAMP_NTZ,
    subscription_id VARCHAR
);

CREATE TABLE recurly.line_item_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    account_id VARCHAR,
    plan_id VARCHAR,
    add_on_id VARCHAR,
    invoice_id VARCHAR,
    previous_line_item_id VARCHAR,
    original_line_item_invoice_id VARCHAR,
    subscription_id VARCHAR,
    uuid VARCHAR,
    type VARCHAR,
    state VARCHAR,
    plan_code VARCHAR,
    add_on_code VARCHAR,
    invoice_number VARCHAR,
    origin VARCHAR,
    product_code VARCHAR,
    currency VARCHAR,
    amount FLOAT,
    description VARCHAR,
    quantity INTEGER,
    unit_amount INTEGER,
    subtotal INTEGER,
    discount FLOAT,
    tax INTEGER,
    taxable BOOLEAN,
    tax_exempt BOOLEAN,
    tax_code VARCHAR,
    tax_type VARCHAR,
    tax_region VARCHAR,
    tax_rate FLOAT,
    proration_rate FLOAT,
    refund BOOLEAN,
    refunded_quantity INTEGER,
    credit_applied FLOAT,
    start_date TIMESTAMP_NTZ,
    end_date TIMESTAMP_NTZ
);

CREATE TABLE recurly.plan_currency_history (
    _fivetran_synced TIMESTAMP_NTZ,
    plan_id VARCHAR,
    plan_updated_at TIMESTAMP_NTZ,
    currency VARCHAR,
    setup_fees FLOAT,
    unit_amount FLOAT
);

CREATE TABLE recurly.plan_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    deleted_at TIMESTAMP_NTZ,
    code VARCHAR,
    state VARCHAR,
    name VARCHAR,
    description VARCHAR,
    interval_unit VARCHAR,
    interval_length INTEGER,
    trial_unit VARCHAR,
    trial_length INTEGER,
    total_billing_cycles INTEGER,
    auto_renew BOOLEAN,
    accounting_code VARCHAR,
    setup_fee_accounting_code VARCHAR,
    tax_code VARCHAR,
    tax_exempt BOOLEAN
);

CREATE TABLE recurly.subscription_add_on_history (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    expired_at TIMESTAMP_NTZ,
    id VARCHAR,
    object VARCHAR,
    plan_add_on_id VARCHAR,
    quantity INTEGER,
    subscription_id VARCHAR,
    unit_amount FLOAT,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE recurly.subscription_change_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    updated_at TIMESTAMP_NTZ,
    plan_id VARCHAR,
    subscription_id VARCHAR,
    object VARCHAR,
    unit_amount FLOAT,
    quantity INTEGER,
    activate_at TIMESTAMP_NTZ,
    activated VARCHAR,
    created_at TIMESTAMP_NTZ,
    deleted_at TIMESTAMP_NTZ
);

CREATE TABLE recurly.subscription_history (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    activated_at TIMESTAMP_NTZ,
    canceled_at TIMESTAMP_NTZ,
    expires_at TIMESTAMP_NTZ,
    account_id VARCHAR,
    plan_id VARCHAR,
    object VARCHAR,
    uuid VARCHAR,
    state VARCHAR,
    current_period_started_at TIMESTAMP_NTZ,
    current_period_ends_at TIMESTAMP_NTZ,
    current_term_started_at TIMESTAMP_NTZ,
    current_term_ends_at TIMESTAMP_NTZ,
    trial_started_at TIMESTAMP_NTZ,
    trial_ends_at TIMESTAMP_NTZ,
    remaining_billing_cycles INTEGER,
    total_billing_cycles INTEGER,
    renewal_billing_cycles INTEGER,
    auto_renew BOOLEAN,
    paused_at TIMESTAMP_NTZ,
    remaining_pause_cycles INTEGER,
    currency VARCHAR,
    unit_amount INTEGER,
    quantity INTEGER,
    add_ons_total INTEGER,
    subtotal INTEGER,
    collection_method VARCHAR,
    expiration_reason VARCHAR
);

CREATE TABLE recurly.transaction (
    _fivetran_synced TIMESTAMP_NTZ,
    id VARCHAR,
    created_at TIMESTAMP_NTZ,
    voided_at TIMESTAMP_NTZ,
    collected_at TIMESTAMP_NTZ,
    original_transaction_id VARCHAR,
    account_id VARCHAR,
    invoice_id VARCHAR,
    voided_by_invoice_id VARCHAR,
    uuid VARCHAR,
    type VARCHAR,
    origin VARCHAR,
    currency VARCHAR,
    amount FLOAT,
    status VARCHAR,
    success BOOLEAN,
    refunded BOOLEAN,
    billing_first_name VARCHAR,
    billing_last_name VARCHAR,
    billing_phone VARCHAR,
    billing_street_1 VARCHAR,
    billing_street_2 VARCHAR,
    billing_city VARCHAR,
    billing_region VARCHAR,
    billing_postal_code VARCHAR,
    billing_country VARCHAR,
    collection_method VARCHAR,
    payment_method_object VARCHAR,
    status_code VARCHAR,
    status_message VARCHAR,
    customer_message VARCHAR,
    customer_message_locale VARCHAR,
    gateway_message VARCHAR,
    gateway_reference VARCHAR,
    gateway_approval_code VARCHAR,
    gateway_response_code VARCHAR,
    gateway_response_time FLOAT,
    payment_gateway_id VARCHAR,
    payment_gateway_type VARCHAR,
    payment_gateway_name TIMESTAMP_NTZ,
    gateway_response_values VARCHAR
);

CREATE TABLE recurly.transaction_subscription (
    _fivetran_synced TIMESTAMP_NTZ,
    transaction_id VARCHAR,
    subscription_id VARCHAR
);
