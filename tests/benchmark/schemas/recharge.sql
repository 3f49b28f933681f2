-- Recharge, subscription billing for Shopify and other online shops, as Fivetran's connector
-- lands it in a warehouse: customers (e-mail, names, billing name, company, city and country),
-- their addresses (names, company, street lines, city, province, zip, country, phone) with
-- discounts and shipping lines, subscriptions and their history, charges (the customer's
-- e-mail, names, phone, IP, billing and shipping address parts, note) with line items,
-- discounts, shipping and tax lines and order attributes, orders (the buyer's e-mail, names,
-- phone, billing and shipping address parts, note) with line items, checkouts, discounts and
-- one-time products.
-- Source: https://github.com/fivetran/dbt_recharge_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: 8e9f3bdb9339055d227e307a3b56f4dbece9f289 (package version 0.4.0)
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 17 tables of the macros get_<table>_columns (and
-- get_address_discounts), transcribed as CREATE TABLE statements for Snowflake: the table and
-- column names in the macros' order, the schema `recharge` (`order` quoted), dbt's types as dbt
-- renders them on Snowflake (type_string VARCHAR, type_int INTEGER, type_bigint BIGINT,
-- type_timestamp TIMESTAMP_NTZ, type_float FLOAT, type_numeric NUMBER(28,6), type_boolean
-- BOOLEAN); the customer's `hash`, which the macro appends in both branches of a target test,
-- once; subscription_history's _fivetran_synced, whose datatype the macro writes as the string
-- "type_timestamp", as TIMESTAMP_NTZ; the staging aliases are not used.
-- Development source since the thirteenth held-out set was measured (see labels.yaml).

CREATE TABLE recharge.address (
    id INTEGER,
    customer_id INTEGER,
    first_name VARCHAR,
    last_name VARCHAR,
    address_1 VARCHAR,
    address_2 VARCHAR,
    city VARCHAR,
    province VARCHAR,
    country_code VARCHAR,
    country VARCHAR,
    zip VARCHAR,
    company VARCHAR,
    phone VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN,
    payment_method_id VARCHAR
);

CREATE TABLE recharge.address_discounts (
    address_id INTEGER,
    id INTEGER,
    index INTEGER,
    _fivetran_deleted BOOLEAN
);

CREATE TABLE recharge.address_shipping_line (
    address_id INTEGER,
    index INTEGER,
    price VARCHAR,
    code VARCHAR,
    title VARCHAR,
    _fivetran_deleted BOOLEAN
);

CREATE TABLE recharge.charge (
    id INTEGER,
    _fivetran_deleted BOOLEAN,
    address_id INTEGER,
    customer_id INTEGER,
    customer_hash VARCHAR,
    note VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    processed_at TIMESTAMP_NTZ,
    scheduled_at TIMESTAMP_NTZ,
    orders_count INTEGER,
    external_order_id_ecommerce INTEGER,
    subtotal_price FLOAT,
    tags VARCHAR,
    tax_lines FLOAT,
    total_discounts FLOAT,
    total_line_items_price FLOAT,
    total_price FLOAT,
    total_tax FLOAT,
    total_weight_grams FLOAT,
    type VARCHAR,
    status VARCHAR,
    total_refunds FLOAT,
    external_transaction_id_payment_processor VARCHAR,
    email VARCHAR,
    payment_processor VARCHAR,
    has_uncommitted_changes BOOLEAN,
    retry_date TIMESTAMP_NTZ,
    error_type VARCHAR,
    error VARCHAR,
    charge_attempts INTEGER,
    external_variant_id_not_found VARCHAR,
    client_details_browser_ip VARCHAR,
    client_details_user_agent VARCHAR
);

CREATE TABLE recharge.charge_discount (
    charge_id INTEGER,
    index INTEGER,
    id INTEGER,
    code VARCHAR,
    value FLOAT,
    value_type VARCHAR
);

CREATE TABLE recharge.charge_line_item (
    charge_id INTEGER,
    index INTEGER,
    variant_title VARCHAR,
    title VARCHAR,
    quantity INTEGER,
    grams FLOAT,
    total_price FLOAT,
    unit_price FLOAT,
    tax_due FLOAT,
    taxable BOOLEAN,
    taxable_amount FLOAT,
    unit_price_includes_tax BOOLEAN,
    sku VARCHAR,
    external_product_id_ecommerce INTEGER,
    external_variant_id_ecommerce INTEGER,
    vendor VARCHAR,
    purchase_item_id INTEGER,
    purchase_item_type VARCHAR
);

CREATE TABLE recharge.charge_order_attribute (
    charge_id INTEGER,
    index INTEGER,
    order_attribute VARCHAR
);

CREATE TABLE recharge.charge_shipping_line (
    charge_id INTEGER,
    index INTEGER,
    price FLOAT,
    code VARCHAR,
    title VARCHAR
);

CREATE TABLE recharge.charge_tax_line (
    charge_id INTEGER,
    index INTEGER,
    price FLOAT,
    rate FLOAT,
    title VARCHAR
);

CREATE TABLE recharge.checkout (
    token VARCHAR,
    charge_id INTEGER,
    buyer_accepts_marketing BOOLEAN,
    completed_at TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    currency VARCHAR,
    discount_code VARCHAR,
    email VARCHAR,
    external_checkout_id VARCHAR,
    external_checkout_source VARCHAR,
    external_transaction_id_payment_processor VARCHAR,
    order_attributes VARCHAR,
    phone VARCHAR,
    requires_shipping BOOLEAN,
    subtotal_price FLOAT,
    taxes_included BOOLEAN,
    total_price FLOAT,
    total_tax FLOAT,
    updated_at TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN
);

CREATE TABLE recharge.customer (
    id INTEGER,
    external_customer_id_ecommerce INTEGER,
    email VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    first_charge_processed_at TIMESTAMP_NTZ,
    first_name VARCHAR,
    last_name VARCHAR,
    subscriptions_active_count INTEGER,
    subscriptions_total_count INTEGER,
    has_valid_payment_method BOOLEAN,
    has_payment_method_in_dunning BOOLEAN,
    tax_exempt BOOLEAN,
    _fivetran_deleted BOOLEAN,
    billing_first_name VARCHAR,
    billing_last_name VARCHAR,
    billing_company VARCHAR,
    billing_city VARCHAR,
    billing_country VARCHAR,
    hash VARCHAR
);

CREATE TABLE recharge.discount (
    id INTEGER,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    starts_at TIMESTAMP_NTZ,
    ends_at TIMESTAMP_NTZ,
    code VARCHAR,
    value FLOAT,
    status VARCHAR,
    usage_limits INTEGER,
    applies_to VARCHAR,
    applies_to_resource VARCHAR,
    applies_to_id INTEGER,
    applies_to_product_type VARCHAR,
    minimum_order_amount INTEGER
);

CREATE TABLE recharge.one_time_product (
    id INTEGER,
    address_id INTEGER,
    customer_id INTEGER,
    is_deleted BOOLEAN,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    next_charge_scheduled_at TIMESTAMP_NTZ,
    product_title VARCHAR,
    variant_title VARCHAR,
    price INTEGER,
    quantity INTEGER,
    external_product_id_ecommerce INTEGER,
    external_variant_id_ecommerce INTEGER,
    sku VARCHAR,
    _fivetran_deleted BOOLEAN
);

CREATE TABLE recharge."order" (
    id INTEGER,
    customer_id INTEGER,
    address_id INTEGER,
    charge_id INTEGER,
    is_deleted BOOLEAN,
    _fivetran_deleted BOOLEAN,
    email VARCHAR,
    transaction_id VARCHAR,
    charge_status VARCHAR,
    is_prepaid BOOLEAN,
    status VARCHAR,
    total_price FLOAT,
    type VARCHAR,
    external_order_id_ecommerce VARCHAR,
    external_order_number_ecommerce INTEGER,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    processed_at TIMESTAMP_NTZ,
    scheduled_at TIMESTAMP_NTZ,
    shipped_date TIMESTAMP_NTZ
);

CREATE TABLE recharge.order_line_item (
    order_id INTEGER,
    _fivetran_deleted BOOLEAN,
    index INTEGER,
    variant_title VARCHAR,
    title VARCHAR,
    quantity INTEGER,
    grams FLOAT,
    total_price FLOAT,
    unit_price FLOAT,
    tax_due FLOAT,
    taxable BOOLEAN,
    taxable_amount FLOAT,
    unit_price_includes_tax BOOLEAN,
    sku VARCHAR,
    external_product_id_ecommerce INTEGER,
    external_variant_id_ecommerce INTEGER,
    purchase_item_id INTEGER,
    purchase_item_type VARCHAR
);

CREATE TABLE recharge.subscription (
    id INTEGER,
    address_id INTEGER,
    customer_id INTEGER,
    created_at TIMESTAMP_NTZ,
    cancelled_at TIMESTAMP_NTZ,
    next_charge_scheduled_at TIMESTAMP_NTZ,
    price VARCHAR,
    quantity INTEGER,
    cancellation_reason VARCHAR,
    status VARCHAR,
    cancellation_reason_comments VARCHAR,
    product_title VARCHAR,
    variant_title VARCHAR,
    external_product_id_ecommerce INTEGER,
    external_variant_id_ecommerce INTEGER,
    sku VARCHAR,
    order_interval_unit VARCHAR,
    order_interval_frequency INTEGER,
    charge_interval_frequency INTEGER,
    order_day_of_week INTEGER,
    order_day_of_month INTEGER,
    expire_after_specific_number_of_charges INTEGER,
    updated_at TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN
);

CREATE TABLE recharge.subscription_history (
    subscription_id INTEGER,
    id INTEGER,
    updated_at TIMESTAMP_NTZ,
    address_id INTEGER,
    customer_id INTEGER,
    created_at TIMESTAMP_NTZ,
    cancelled_at TIMESTAMP_NTZ,
    next_charge_scheduled_at TIMESTAMP_NTZ,
    price VARCHAR,
    quantity INTEGER,
    cancellation_reason VARCHAR,
    status VARCHAR,
    cancellation_reason_comments VARCHAR,
    product_title VARCHAR,
    variant_title VARCHAR,
    external_product_id_ecommerce VARCHAR,
    external_variant_id_ecommerce VARCHAR,
    sku VARCHAR,
    order_interval_unit VARCHAR,
    order_interval_frequency INTEGER,
    charge_interval_frequency INTEGER,
    order_day_of_week INTEGER,
    order_day_of_month INTEGER,
    expire_after_specific_number_of_charges INTEGER,
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ
);

