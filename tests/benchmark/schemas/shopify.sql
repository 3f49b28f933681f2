-- Shopify, as Fivetran's connector lands it in a warehouse: an online shop (customers with
-- their tags; orders and abandoned checkouts with billing and shipping addresses, browser IP
-- and user agent; order lines, shipping lines, discounts, notes, tags, adjustments, refunds,
-- transactions with card details and tender transactions; fulfillments and their tracking
-- events; products, variants, collections, media, inventory items, levels and quantities;
-- discount codes; metafields; the shop and its locations).
-- Source: https://github.com/fivetran/dbt_shopify_source, macros/get_<table>_columns.sql
--   (the source columns the package's staging models read, with their dbt types)
-- Commit: 37f944fe4682cce6746201e75b24364bffe6eb21
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: nothing dropped: the 43 tables of the macros get_<table>_columns (the REST
-- connector's; the get_graphql_<table>_columns macros of the newer GraphQL connector are not
-- used), transcribed as CREATE TABLE statements for Snowflake: the table and column names (in
-- the macros' order; transaction's `authorization`, which the macro appends in both branches
-- of a target test, once) as the macros list them, the schema `shopify`, dbt's types as dbt
-- renders them on Snowflake (type_string VARCHAR, type_int INTEGER, type_bigint BIGINT,
-- type_timestamp TIMESTAMP_NTZ, type_float FLOAT, type_numeric NUMBER(28,6), type_boolean
-- and "boolean" BOOLEAN); the staging aliases are not used.
-- Held out: not seen while tuning the classifier (see labels_heldout.yaml).

CREATE TABLE shopify.abandoned_checkout (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    abandoned_checkout_url VARCHAR,
    billing_address_address_1 VARCHAR,
    billing_address_address_2 VARCHAR,
    billing_address_city VARCHAR,
    billing_address_company VARCHAR,
    billing_address_country VARCHAR,
    billing_address_country_code VARCHAR,
    billing_address_first_name VARCHAR,
    billing_address_last_name VARCHAR,
    billing_address_latitude VARCHAR,
    billing_address_longitude VARCHAR,
    billing_address_name VARCHAR,
    billing_address_phone VARCHAR,
    billing_address_province VARCHAR,
    billing_address_province_code VARCHAR,
    billing_address_zip VARCHAR,
    buyer_accepts_marketing BOOLEAN,
    cart_token VARCHAR,
    closed_at TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    currency VARCHAR,
    customer_id INTEGER,
    customer_locale VARCHAR,
    device_id INTEGER,
    email VARCHAR,
    gateway VARCHAR,
    id INTEGER,
    landing_site_base_url VARCHAR,
    location_id INTEGER,
    name VARCHAR,
    note VARCHAR,
    phone VARCHAR,
    presentment_currency VARCHAR,
    referring_site VARCHAR,
    shipping_address_address_1 VARCHAR,
    shipping_address_address_2 VARCHAR,
    shipping_address_city VARCHAR,
    shipping_address_company VARCHAR,
    shipping_address_country VARCHAR,
    shipping_address_country_code VARCHAR,
    shipping_address_first_name VARCHAR,
    shipping_address_last_name VARCHAR,
    shipping_address_latitude VARCHAR,
    shipping_address_longitude VARCHAR,
    shipping_address_name VARCHAR,
    shipping_address_phone VARCHAR,
    shipping_address_province VARCHAR,
    shipping_address_province_code VARCHAR,
    shipping_address_zip VARCHAR,
    source_name VARCHAR,
    subtotal_price FLOAT,
    taxes_included BOOLEAN,
    token VARCHAR,
    total_discounts FLOAT,
    total_duties VARCHAR,
    total_line_items_price FLOAT,
    total_price FLOAT,
    total_tax FLOAT,
    total_weight INTEGER,
    updated_at TIMESTAMP_NTZ,
    user_id INTEGER
);

CREATE TABLE shopify.abandoned_checkout_discount_code (
    _fivetran_synced TIMESTAMP_NTZ,
    amount FLOAT,
    checkout_id INTEGER,
    code VARCHAR,
    created_at TIMESTAMP_NTZ,
    discount_id INTEGER,
    "index" INTEGER,
    type VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE shopify.abandoned_checkout_shipping_line (
    _fivetran_synced TIMESTAMP_NTZ,
    carrier_identifier VARCHAR,
    checkout_id INTEGER,
    code VARCHAR,
    delivery_category VARCHAR,
    delivery_expectation_range VARCHAR,
    delivery_expectation_range_max INTEGER,
    delivery_expectation_range_min INTEGER,
    delivery_expectation_type VARCHAR,
    discounted_price FLOAT,
    id VARCHAR,
    "index" INTEGER,
    phone VARCHAR,
    price FLOAT,
    requested_fulfillment_service_id VARCHAR,
    source VARCHAR,
    title VARCHAR
);

CREATE TABLE shopify.collection (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    disjunctive BOOLEAN,
    handle VARCHAR,
    id INTEGER,
    published_at TIMESTAMP_NTZ,
    published_scope VARCHAR,
    rules VARCHAR,
    sort_order VARCHAR,
    title VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE shopify.collection_product (
    _fivetran_synced TIMESTAMP_NTZ,
    collection_id INTEGER,
    product_id INTEGER
);

CREATE TABLE shopify.customer (
    _fivetran_synced TIMESTAMP_NTZ,
    accepts_marketing BOOLEAN,
    created_at TIMESTAMP_NTZ,
    default_address_id NUMBER(28,6),
    email VARCHAR,
    first_name VARCHAR,
    id NUMBER(28,6),
    last_name VARCHAR,
    orders_count NUMBER(28,6),
    phone VARCHAR,
    state VARCHAR,
    tax_exempt BOOLEAN,
    total_spent FLOAT,
    updated_at TIMESTAMP_NTZ,
    verified_email BOOLEAN,
    email_marketing_consent_consent_updated_at TIMESTAMP_NTZ,
    email_marketing_consent_opt_in_level VARCHAR,
    email_marketing_consent_state VARCHAR,
    note VARCHAR,
    accepts_marketing_updated_at TIMESTAMP_NTZ,
    marketing_opt_in_level VARCHAR,
    currency VARCHAR
);

CREATE TABLE shopify.customer_tag (
    _fivetran_synced TIMESTAMP_NTZ,
    "index" INTEGER,
    customer_id INTEGER,
    value VARCHAR
);

CREATE TABLE shopify.discount_allocation (
    _fivetran_synced TIMESTAMP_NTZ,
    amount FLOAT,
    amount_set_presentment_money_amount FLOAT,
    amount_set_presentment_money_currency_code VARCHAR,
    amount_set_shop_money_amount FLOAT,
    amount_set_shop_money_currency_code VARCHAR,
    discount_application_index INTEGER,
    "index" INTEGER,
    order_line_id INTEGER
);

CREATE TABLE shopify.discount_application (
    _fivetran_synced TIMESTAMP_NTZ,
    allocation_method VARCHAR,
    code VARCHAR,
    description VARCHAR,
    "index" INTEGER,
    order_id INTEGER,
    target_selection VARCHAR,
    target_type VARCHAR,
    title VARCHAR,
    type VARCHAR,
    value FLOAT,
    value_type VARCHAR
);

CREATE TABLE shopify.discount_code_app (
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    title VARCHAR,
    status VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    starts_at TIMESTAMP_NTZ,
    ends_at TIMESTAMP_NTZ,
    recurring_cycle_limit INTEGER,
    applies_once_per_customer BOOLEAN,
    async_usage_count INTEGER,
    usage_limit INTEGER,
    codes_count_count INTEGER,
    codes_count_precision VARCHAR,
    combines_with_order_discounts BOOLEAN,
    combines_with_product_discounts BOOLEAN,
    combines_with_shipping_discounts BOOLEAN,
    customer_selection_all_customers BOOLEAN,
    total_sales_amount FLOAT,
    total_sales_currency_code VARCHAR
);

CREATE TABLE shopify.discount_code_basic (
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    title VARCHAR,
    status VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    starts_at TIMESTAMP_NTZ,
    ends_at TIMESTAMP_NTZ,
    recurring_cycle_limit INTEGER,
    applies_once_per_customer BOOLEAN,
    async_usage_count INTEGER,
    usage_limit INTEGER,
    codes_count INTEGER,
    codes_precision VARCHAR,
    combines_with_order_discounts BOOLEAN,
    combines_with_product_discounts BOOLEAN,
    combines_with_shipping_discounts BOOLEAN,
    customer_selection_all_customers BOOLEAN,
    total_sales_amount FLOAT,
    total_sales_currency_code VARCHAR
);

CREATE TABLE shopify.discount_code_bxgy (
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    title VARCHAR,
    status VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    starts_at TIMESTAMP_NTZ,
    ends_at TIMESTAMP_NTZ,
    recurring_cycle_limit INTEGER,
    applies_once_per_customer BOOLEAN,
    async_usage_count INTEGER,
    usage_limit INTEGER,
    codes_count INTEGER,
    codes_precision VARCHAR,
    combines_with_order_discounts BOOLEAN,
    combines_with_product_discounts BOOLEAN,
    combines_with_shipping_discounts BOOLEAN,
    customer_selection_all_customers BOOLEAN,
    total_sales_amount FLOAT,
    total_sales_currency_code VARCHAR
);

CREATE TABLE shopify.discount_code_free_shipping (
    _fivetran_synced TIMESTAMP_NTZ,
    id INTEGER,
    title VARCHAR,
    status VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    starts_at TIMESTAMP_NTZ,
    ends_at TIMESTAMP_NTZ,
    recurring_cycle_limit INTEGER,
    applies_once_per_customer BOOLEAN,
    async_usage_count INTEGER,
    usage_limit INTEGER,
    codes_count INTEGER,
    codes_precision VARCHAR,
    combines_with_order_discounts BOOLEAN,
    combines_with_product_discounts BOOLEAN,
    combines_with_shipping_discounts BOOLEAN,
    customer_selection_all_customers BOOLEAN,
    total_sales_amount FLOAT,
    total_sales_currency_code VARCHAR
);

CREATE TABLE shopify.discount_redeem_code (
    _fivetran_synced TIMESTAMP_NTZ,
    async_usage_count INTEGER,
    code VARCHAR,
    created_by_description VARCHAR,
    created_by_id INTEGER,
    created_by_title VARCHAR,
    discount_id INTEGER,
    discount_type VARCHAR,
    id INTEGER
);

CREATE TABLE shopify.fulfillment (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    id INTEGER,
    location_id INTEGER,
    name VARCHAR,
    order_id INTEGER,
    service VARCHAR,
    shipment_status VARCHAR,
    status VARCHAR,
    tracking_company VARCHAR,
    tracking_number VARCHAR,
    tracking_numbers VARCHAR,
    tracking_urls VARCHAR,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE shopify.fulfillment_event (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    address_1 VARCHAR,
    city VARCHAR,
    country VARCHAR,
    created_at TIMESTAMP_NTZ,
    estimated_delivery_at TIMESTAMP_NTZ,
    fulfillment_id INTEGER,
    happened_at TIMESTAMP_NTZ,
    id INTEGER,
    latitude FLOAT,
    longitude FLOAT,
    message VARCHAR,
    order_id INTEGER,
    province VARCHAR,
    shop_id INTEGER,
    status VARCHAR,
    updated_at TIMESTAMP_NTZ,
    zip VARCHAR
);

CREATE TABLE shopify.inventory_item (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    country_code_of_origin VARCHAR,
    created_at TIMESTAMP_NTZ,
    id BIGINT,
    province_code_of_origin VARCHAR,
    requires_shipping BOOLEAN,
    sku VARCHAR,
    tracked BOOLEAN,
    updated_at TIMESTAMP_NTZ,
    duplicate_sku_count INTEGER,
    harmonized_system_code VARCHAR,
    inventory_history_url VARCHAR,
    legacy_resource_id BIGINT,
    measurement_id BIGINT,
    measurement_weight_value FLOAT,
    measurement_weight_unit VARCHAR,
    tracked_editable_locked BOOLEAN,
    tracked_editable_reason VARCHAR,
    unit_cost_amount FLOAT,
    unit_cost_currency_code VARCHAR,
    cost FLOAT
);

CREATE TABLE shopify.inventory_level (
    _fivetran_synced TIMESTAMP_NTZ,
    inventory_item_id INTEGER,
    location_id INTEGER,
    updated_at TIMESTAMP_NTZ,
    can_deactivate BOOLEAN,
    created_at TIMESTAMP_NTZ,
    deactivation_alert VARCHAR,
    id INTEGER,
    available INTEGER
);

CREATE TABLE shopify.inventory_quantity (
    id INTEGER,
    inventory_item_id INTEGER,
    inventory_level_id INTEGER,
    name VARCHAR,
    quantity INTEGER,
    updated_at TIMESTAMP_NTZ,
    _fivetran_synced TIMESTAMP_NTZ
);

CREATE TABLE shopify.location (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    active BOOLEAN,
    address_1 VARCHAR,
    address_2 VARCHAR,
    city VARCHAR,
    country VARCHAR,
    country_code VARCHAR,
    country_name VARCHAR,
    created_at TIMESTAMP_NTZ,
    id INTEGER,
    legacy BOOLEAN,
    localized_country_name VARCHAR,
    localized_province_name VARCHAR,
    name VARCHAR,
    phone VARCHAR,
    province VARCHAR,
    province_code VARCHAR,
    updated_at TIMESTAMP_NTZ,
    zip VARCHAR
);

CREATE TABLE shopify.media (
    id BIGINT,
    status VARCHAR,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ
);

CREATE TABLE shopify.media_image (
    media_id BIGINT,
    image_id BIGINT,
    image_alt_text VARCHAR,
    image_height INTEGER,
    image_url VARCHAR,
    image_width INTEGER
);

CREATE TABLE shopify.metafield (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    description VARCHAR,
    id INTEGER,
    "key" VARCHAR,
    namespace VARCHAR,
    owner_id INTEGER,
    owner_resource VARCHAR,
    type VARCHAR,
    value_type VARCHAR,
    updated_at TIMESTAMP_NTZ,
    value VARCHAR
);

CREATE TABLE shopify.order_adjustment (
    id NUMBER(28,6),
    order_id NUMBER(28,6),
    refund_id NUMBER(28,6),
    amount FLOAT,
    amount_set VARCHAR,
    tax_amount FLOAT,
    tax_amount_set VARCHAR,
    kind VARCHAR,
    reason VARCHAR,
    _fivetran_synced TIMESTAMP_NTZ
);

CREATE TABLE shopify."order" (
    id NUMBER(28,6),
    processed_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    user_id NUMBER(28,6),
    total_discounts FLOAT,
    total_discounts_set VARCHAR,
    total_line_items_price FLOAT,
    total_line_items_price_set VARCHAR,
    total_price FLOAT,
    total_price_set VARCHAR,
    total_tax_set VARCHAR,
    total_tax FLOAT,
    source_name VARCHAR,
    subtotal_price FLOAT,
    taxes_included BOOLEAN,
    total_weight NUMBER(28,6),
    total_tip_received FLOAT,
    landing_site_base_url VARCHAR,
    location_id NUMBER(28,6),
    name VARCHAR,
    note VARCHAR,
    number NUMBER(28,6),
    order_number NUMBER(28,6),
    cancel_reason VARCHAR,
    cancelled_at TIMESTAMP_NTZ,
    cart_token VARCHAR,
    checkout_token VARCHAR,
    closed_at TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    currency VARCHAR,
    customer_id NUMBER(28,6),
    email VARCHAR,
    financial_status VARCHAR,
    fulfillment_status VARCHAR,
    referring_site VARCHAR,
    billing_address_address_1 VARCHAR,
    billing_address_address_2 VARCHAR,
    billing_address_city VARCHAR,
    billing_address_company VARCHAR,
    billing_address_country VARCHAR,
    billing_address_country_code VARCHAR,
    billing_address_first_name VARCHAR,
    billing_address_last_name VARCHAR,
    billing_address_latitude VARCHAR,
    billing_address_longitude VARCHAR,
    billing_address_name VARCHAR,
    billing_address_phone VARCHAR,
    billing_address_province VARCHAR,
    billing_address_province_code VARCHAR,
    billing_address_zip VARCHAR,
    browser_ip VARCHAR,
    buyer_accepts_marketing BOOLEAN,
    total_shipping_price_set VARCHAR,
    shipping_address_address_1 VARCHAR,
    shipping_address_address_2 VARCHAR,
    shipping_address_city VARCHAR,
    shipping_address_company VARCHAR,
    shipping_address_country VARCHAR,
    shipping_address_country_code VARCHAR,
    shipping_address_first_name VARCHAR,
    shipping_address_last_name VARCHAR,
    shipping_address_latitude VARCHAR,
    shipping_address_longitude VARCHAR,
    shipping_address_name VARCHAR,
    shipping_address_phone VARCHAR,
    shipping_address_province VARCHAR,
    shipping_address_province_code VARCHAR,
    shipping_address_zip VARCHAR,
    test BOOLEAN,
    token VARCHAR,
    _fivetran_synced TIMESTAMP_NTZ,
    _fivetran_deleted BOOLEAN,
    app_id INTEGER,
    checkout_id INTEGER,
    client_details_user_agent VARCHAR,
    customer_locale VARCHAR,
    order_status_url VARCHAR,
    presentment_currency VARCHAR,
    confirmed BOOLEAN
);

CREATE TABLE shopify.order_discount_code (
    _fivetran_synced TIMESTAMP_NTZ,
    amount FLOAT,
    code VARCHAR,
    "index" INTEGER,
    order_id INTEGER,
    type VARCHAR
);

CREATE TABLE shopify.order_line (
    _fivetran_synced TIMESTAMP_NTZ,
    fulfillable_quantity NUMBER(28,6),
    fulfillment_status VARCHAR,
    gift_card BOOLEAN,
    grams NUMBER(28,6),
    id NUMBER(28,6),
    "index" NUMBER(28,6),
    name VARCHAR,
    order_id NUMBER(28,6),
    pre_tax_price FLOAT,
    pre_tax_price_set VARCHAR,
    price FLOAT,
    price_set VARCHAR,
    product_id NUMBER(28,6),
    quantity NUMBER(28,6),
    requires_shipping BOOLEAN,
    sku VARCHAR,
    taxable BOOLEAN,
    tax_code VARCHAR,
    title VARCHAR,
    total_discount FLOAT,
    total_discount_set VARCHAR,
    variant_id NUMBER(28,6),
    variant_title VARCHAR,
    variant_inventory_management VARCHAR,
    vendor VARCHAR,
    properties VARCHAR
);

CREATE TABLE shopify.order_line_refund (
    _fivetran_synced TIMESTAMP_NTZ,
    id NUMBER(28,6),
    location_id NUMBER(28,6),
    order_line_id NUMBER(28,6),
    subtotal NUMBER(28,6),
    subtotal_set VARCHAR,
    total_tax NUMBER(28,6),
    total_tax_set VARCHAR,
    quantity FLOAT,
    refund_id NUMBER(28,6),
    restock_type VARCHAR
);

CREATE TABLE shopify.order_note_attribute (
    _fivetran_synced TIMESTAMP_NTZ,
    name VARCHAR,
    order_id INTEGER,
    value VARCHAR
);

CREATE TABLE shopify.order_shipping_line (
    _fivetran_synced TIMESTAMP_NTZ,
    carrier_identifier VARCHAR,
    code VARCHAR,
    delivery_category VARCHAR,
    discounted_price FLOAT,
    discounted_price_set VARCHAR,
    id INTEGER,
    order_id INTEGER,
    phone VARCHAR,
    price FLOAT,
    price_set VARCHAR,
    requested_fulfillment_service_id VARCHAR,
    source VARCHAR,
    title VARCHAR
);

CREATE TABLE shopify.order_shipping_tax_line (
    _fivetran_synced TIMESTAMP_NTZ,
    "index" INTEGER,
    order_shipping_line_id INTEGER,
    price FLOAT,
    price_set VARCHAR,
    rate FLOAT,
    title VARCHAR
);

CREATE TABLE shopify.order_tag (
    _fivetran_synced TIMESTAMP_NTZ,
    "index" INTEGER,
    order_id INTEGER,
    value VARCHAR
);

CREATE TABLE shopify.order_url_tag (
    _fivetran_synced TIMESTAMP_NTZ,
    "key" VARCHAR,
    order_id INTEGER,
    value VARCHAR
);

CREATE TABLE shopify.product (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    handle VARCHAR,
    id NUMBER(28,6),
    product_type VARCHAR,
    published_at TIMESTAMP_NTZ,
    published_scope VARCHAR,
    title VARCHAR,
    updated_at TIMESTAMP_NTZ,
    vendor VARCHAR,
    status VARCHAR
);

CREATE TABLE shopify.product_media (
    product_id BIGINT,
    media_id BIGINT
);

CREATE TABLE shopify.product_tag (
    _fivetran_synced TIMESTAMP_NTZ,
    "index" INTEGER,
    product_id INTEGER,
    value VARCHAR
);

CREATE TABLE shopify.product_variant (
    id NUMBER(28,6),
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    updated_at TIMESTAMP_NTZ,
    product_id NUMBER(28,6),
    inventory_item_id NUMBER(28,6),
    title VARCHAR,
    price FLOAT,
    sku VARCHAR,
    position NUMBER(28,6),
    inventory_policy VARCHAR,
    compare_at_price FLOAT,
    taxable BOOLEAN,
    barcode VARCHAR,
    old_inventory_quantity NUMBER(28,6),
    inventory_quantity NUMBER(28,6),
    tax_code VARCHAR,
    available_for_sale BOOLEAN,
    display_name VARCHAR,
    legacy_resource_id BIGINT,
    requires_components BOOLEAN,
    sellable_online_quantity INTEGER,
    fulfillment_service VARCHAR,
    grams FLOAT,
    inventory_management VARCHAR,
    weight FLOAT,
    weight_unit VARCHAR,
    option_1 VARCHAR,
    option_2 VARCHAR,
    option_3 VARCHAR
);

CREATE TABLE shopify.product_variant_media (
    product_variant_id BIGINT,
    media_id BIGINT
);

CREATE TABLE shopify.refund (
    _fivetran_synced TIMESTAMP_NTZ,
    created_at TIMESTAMP_NTZ,
    id NUMBER(28,6),
    note VARCHAR,
    order_id NUMBER(28,6),
    processed_at TIMESTAMP_NTZ,
    restock BOOLEAN,
    total_duties_set VARCHAR,
    user_id NUMBER(28,6)
);

CREATE TABLE shopify.shop (
    _fivetran_deleted BOOLEAN,
    _fivetran_synced TIMESTAMP_NTZ,
    address_1 VARCHAR,
    address_2 VARCHAR,
    checkout_api_supported BOOLEAN,
    city VARCHAR,
    cookie_consent_level VARCHAR,
    country VARCHAR,
    country_code VARCHAR,
    country_name VARCHAR,
    county_taxes BOOLEAN,
    created_at TIMESTAMP_NTZ,
    currency VARCHAR,
    customer_email VARCHAR,
    domain VARCHAR,
    eligible_for_card_reader_giveaway BOOLEAN,
    eligible_for_payments BOOLEAN,
    email VARCHAR,
    enabled_presentment_currencies VARCHAR,
    google_apps_domain VARCHAR,
    google_apps_login_enabled BOOLEAN,
    has_discounts BOOLEAN,
    has_gift_cards BOOLEAN,
    has_storefront BOOLEAN,
    iana_timezone VARCHAR,
    id INTEGER,
    latitude FLOAT,
    longitude FLOAT,
    money_format VARCHAR,
    money_in_emails_format VARCHAR,
    money_with_currency_format VARCHAR,
    money_with_currency_in_emails_format VARCHAR,
    myshopify_domain VARCHAR,
    name VARCHAR,
    password_enabled BOOLEAN,
    phone VARCHAR,
    plan_display_name VARCHAR,
    plan_name VARCHAR,
    pre_launch_enabled BOOLEAN,
    primary_locale VARCHAR,
    province VARCHAR,
    province_code VARCHAR,
    requires_extra_payments_agreement BOOLEAN,
    setup_required BOOLEAN,
    shop_owner VARCHAR,
    source VARCHAR,
    tax_shipping BOOLEAN,
    taxes_included BOOLEAN,
    timezone VARCHAR,
    updated_at TIMESTAMP_NTZ,
    weight_unit VARCHAR,
    zip VARCHAR
);

CREATE TABLE shopify.tax_line (
    _fivetran_synced TIMESTAMP_NTZ,
    "index" INTEGER,
    order_line_id INTEGER,
    price FLOAT,
    price_set VARCHAR,
    rate FLOAT,
    title VARCHAR
);

CREATE TABLE shopify.tender_transaction (
    _fivetran_synced TIMESTAMP_NTZ,
    amount FLOAT,
    currency VARCHAR,
    id INTEGER,
    order_id INTEGER,
    payment_method VARCHAR,
    processed_at TIMESTAMP_NTZ,
    remote_reference VARCHAR,
    test BOOLEAN,
    user_id INTEGER
);

CREATE TABLE shopify.transaction (
    id NUMBER(28,6),
    order_id NUMBER(28,6),
    refund_id NUMBER(28,6),
    amount NUMBER(28,6),
    created_at TIMESTAMP_NTZ,
    processed_at TIMESTAMP_NTZ,
    device_id NUMBER(28,6),
    gateway VARCHAR,
    source_name VARCHAR,
    message VARCHAR,
    currency VARCHAR,
    location_id NUMBER(28,6),
    parent_id NUMBER(28,6),
    payment_avs_result_code VARCHAR,
    payment_credit_card_bin VARCHAR,
    payment_cvv_result_code VARCHAR,
    payment_credit_card_number VARCHAR,
    payment_credit_card_company VARCHAR,
    kind VARCHAR,
    receipt VARCHAR,
    currency_exchange_id NUMBER(28,6),
    currency_exchange_adjustment NUMBER(28,6),
    currency_exchange_original_amount NUMBER(28,6),
    currency_exchange_final_amount NUMBER(28,6),
    currency_exchange_currency VARCHAR,
    error_code VARCHAR,
    status VARCHAR,
    test BOOLEAN,
    user_id NUMBER(28,6),
    _fivetran_synced TIMESTAMP_NTZ,
    authorization_expires_at TIMESTAMP_NTZ,
    "authorization" VARCHAR
);
