-- EC-CUBE 2, the Japanese open-source e-commerce package (ec-cube2), as its SQLite installer
-- creates it: the shop's base information (with the seller details Japan's Act on Specified
-- Commercial Transactions requires), delivery methods, payment methods, products and their
-- classes, customers (names with their kana readings, the postal code, prefecture, address and
-- phone split into parts, sex, job, birth date, password, secret question and answer, the mobile
-- phone's ID), their other delivery addresses and favourites, orders (the buyer's copy of those
-- details), shippings, order lines, reviews, the mail-magazine templates and sending history, the
-- order mail history, staff members, the prefecture, job and sex lists, sessions and API accounts.
-- Source: https://github.com/EC-CUBE/ec-cube2, html/install/sql/create_table_sqlite3.sql
-- Commit: e3a83ce58e48a516fa9af2e88512a439c10b3764 (a weekly snapshot after release
--   eccube-2.25.0, which has no SQLite DDL yet; the file last changed in
--   dbeb31abb95c4e5917e131182ebe057034095b71)
-- Licence: GPL-2.0 (COPYING in the source; LICENSE.txt: dual licence, GPL or a commercial one)
-- Trimmed: 24 of the 94 tables, copied whole and in the file's order: the tables about people
-- (customers, orders, shippings, other delivery addresses, reviews, staff, mail histories,
-- sessions) and the ordinary ones around them (base information, deliveries, payments,
-- products, order lines, mail templates, three lists). Dropped: categories, news, page layouts,
-- blocks, CSV settings, templates, makers, plugins, modules, updates, holidays, terms (kiyaku),
-- the postal-code table, the temporary order copy (dtb_order_temp, a working copy of
-- dtb_order's columns) and the other mtb_* value lists. The source writes one statement a line;
-- re-flowed one column a line here, nothing else changed.
-- Development source since the twelfth held-out set was measured (see labels.yaml).

CREATE TABLE dtb_baseinfo (
    id INTEGER,
    company_name text,
    company_kana text,
    zip01 text,
    zip02 text,
    zipcode text,
    country_id INTEGER,
    pref INTEGER,
    addr01 text,
    addr02 text,
    tel01 text,
    tel02 text,
    tel03 text,
    fax01 text,
    fax02 text,
    fax03 text,
    business_hour text,
    law_company text,
    law_manager text,
    law_zip01 text,
    law_zip02 text,
    law_zipcode text,
    law_country_id INTEGER,
    law_pref INTEGER,
    law_addr01 text,
    law_addr02 text,
    law_tel01 text,
    law_tel02 text,
    law_tel03 text,
    law_fax01 text,
    law_fax02 text,
    law_fax03 text,
    law_email text,
    law_url text,
    law_term01 text,
    law_term02 text,
    law_term03 text,
    law_term04 text,
    law_term05 text,
    law_term06 text,
    law_term07 text,
    law_term08 text,
    law_term09 text,
    law_term10 text,
    email01 text,
    email02 text,
    email03 text,
    email04 text,
    free_rule DOUBLE,
    shop_name text,
    shop_kana text,
    shop_name_eng text,
    point_rate DOUBLE NOT NULL DEFAULT 0,
    welcome_point DOUBLE NOT NULL DEFAULT 0,
    update_date TEXT NOT NULL,
    top_tpl text,
    product_tpl text,
    detail_tpl text,
    mypage_tpl text,
    good_traded text,
    message text,
    regular_holiday_ids text,
    latitude text,
    longitude text,
    downloadable_days DOUBLE DEFAULT 30,
    downloadable_days_unlimited INTEGER,
    PRIMARY KEY (id)
);

CREATE TABLE dtb_deliv (
    deliv_id INTEGER NOT NULL,
    product_type_id INTEGER,
    name text,
    service_name text,
    remark text,
    confirm_url text,
    rank INTEGER,
    status INTEGER NOT NULL DEFAULT 1,
    del_flg INTEGER NOT NULL DEFAULT 0,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    PRIMARY KEY (deliv_id)
);

CREATE TABLE dtb_payment (
    payment_id INTEGER NOT NULL,
    payment_method text,
    charge DOUBLE,
    rule_max DOUBLE,
    rank INTEGER,
    note text,
    fix INTEGER,
    status INTEGER NOT NULL DEFAULT 1,
    del_flg INTEGER NOT NULL DEFAULT 0,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    payment_image text,
    upper_rule DOUBLE,
    charge_flg INTEGER DEFAULT 1,
    rule_min DOUBLE,
    upper_rule_max DOUBLE,
    module_id INTEGER,
    module_path text,
    memo01 text,
    memo02 text,
    memo03 text,
    memo04 text,
    memo05 text,
    memo06 text,
    memo07 text,
    memo08 text,
    memo09 text,
    memo10 text,
    PRIMARY KEY (payment_id)
);

CREATE TABLE dtb_mailmaga_template (
    template_id INTEGER NOT NULL,
    subject text,
    mail_method INTEGER,
    body text,
    del_flg INTEGER NOT NULL DEFAULT 0,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    PRIMARY KEY (template_id)
);

CREATE TABLE dtb_send_history (
    send_id INTEGER NOT NULL,
    mail_method INTEGER,
    subject text,
    body text,
    send_count INTEGER,
    complete_count INTEGER NOT NULL DEFAULT 0,
    start_date TEXT,
    end_date TEXT,
    search_data text,
    del_flg INTEGER NOT NULL DEFAULT 0,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    PRIMARY KEY (send_id)
);

CREATE TABLE dtb_send_customer (
    customer_id INTEGER NOT NULL,
    send_id INTEGER NOT NULL,
    email text,
    name text,
    send_flag INTEGER,
    PRIMARY KEY (send_id, customer_id)
);

CREATE TABLE dtb_products (
    product_id INTEGER NOT NULL,
    name text NOT NULL,
    maker_id INTEGER,
    status INTEGER NOT NULL DEFAULT 2,
    comment1 text,
    comment2 text,
    comment3 TEXT,
    comment4 text,
    comment5 text,
    comment6 text,
    note text,
    main_list_comment text,
    main_list_image text,
    main_comment TEXT,
    main_image text,
    main_large_image text,
    sub_title1 text,
    sub_comment1 TEXT,
    sub_image1 text,
    sub_large_image1 text,
    sub_title2 text,
    sub_comment2 TEXT,
    sub_image2 text,
    sub_large_image2 text,
    sub_title3 text,
    sub_comment3 TEXT,
    sub_image3 text,
    sub_large_image3 text,
    sub_title4 text,
    sub_comment4 TEXT,
    sub_image4 text,
    sub_large_image4 text,
    sub_title5 text,
    sub_comment5 TEXT,
    sub_image5 text,
    sub_large_image5 text,
    sub_title6 text,
    sub_comment6 TEXT,
    sub_image6 text,
    sub_large_image6 text,
    del_flg INTEGER NOT NULL DEFAULT 0,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    deliv_date_id INTEGER,
    PRIMARY KEY (product_id)
);

CREATE TABLE dtb_products_class (
    product_class_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    classcategory_id1 INTEGER NOT NULL DEFAULT 0,
    classcategory_id2 INTEGER NOT NULL DEFAULT 0,
    product_type_id INTEGER NOT NULL DEFAULT 0,
    product_code text,
    stock DOUBLE,
    stock_unlimited INTEGER NOT NULL DEFAULT 0,
    sale_limit DOUBLE,
    price01 DOUBLE,
    price02 DOUBLE NOT NULL,
    deliv_fee DOUBLE,
    point_rate DOUBLE NOT NULL DEFAULT 0,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    down_filename text,
    down_realfilename text,
    del_flg INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_class_id),
    CONSTRAINT dtb_products_class_unique_key UNIQUE (product_id, classcategory_id1, classcategory_id2)
);

CREATE TABLE dtb_review (
    review_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    reviewer_name text NOT NULL,
    reviewer_url text,
    sex INTEGER,
    customer_id INTEGER,
    recommend_level INTEGER NOT NULL,
    title text NOT NULL,
    comment text NOT NULL,
    status INTEGER DEFAULT 2,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    del_flg INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (review_id)
);

CREATE TABLE dtb_customer_favorite_products (
    customer_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    PRIMARY KEY (customer_id, product_id)
);

CREATE TABLE dtb_mail_history (
    send_id INTEGER NOT NULL,
    order_id INTEGER NOT NULL,
    send_date TEXT,
    template_id INTEGER,
    creator_id INTEGER NOT NULL,
    subject text,
    mail_body text,
    PRIMARY KEY (send_id)
);

CREATE TABLE dtb_customer (
    customer_id INTEGER NOT NULL,
    name01 text NOT NULL,
    name02 text NOT NULL,
    kana01 text,
    kana02 text,
    company_name text,
    zip01 text,
    zip02 text,
    zipcode text,
    country_id INTEGER,
    pref INTEGER,
    addr01 text,
    addr02 text,
    email text NOT NULL,
    email_mobile text,
    tel01 text,
    tel02 text,
    tel03 text,
    fax01 text,
    fax02 text,
    fax03 text,
    sex INTEGER,
    job INTEGER,
    birth TEXT,
    password text,
    reminder INTEGER,
    reminder_answer text,
    salt text,
    secret_key text NOT NULL,
    first_buy_date TEXT,
    last_buy_date TEXT,
    buy_times DOUBLE DEFAULT 0,
    buy_total DOUBLE DEFAULT 0,
    point DOUBLE NOT NULL DEFAULT 0,
    note text,
    status INTEGER NOT NULL DEFAULT 1,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    del_flg INTEGER NOT NULL DEFAULT 0,
    mobile_phone_id text,
    mailmaga_flg INTEGER,
    PRIMARY KEY (customer_id),
    UNIQUE (secret_key)
);

CREATE TABLE dtb_order (
    order_id INTEGER NOT NULL,
    order_temp_id text,
    customer_id INTEGER NOT NULL,
    message text,
    order_name01 text,
    order_name02 text,
    order_kana01 text,
    order_kana02 text,
    order_company_name text,
    order_email text,
    order_tel01 text,
    order_tel02 text,
    order_tel03 text,
    order_fax01 text,
    order_fax02 text,
    order_fax03 text,
    order_zip01 text,
    order_zip02 text,
    order_zipcode text,
    order_country_id INTEGER,
    order_pref INTEGER,
    order_addr01 text,
    order_addr02 text,
    order_sex INTEGER,
    order_birth TEXT,
    order_job INTEGER,
    subtotal DOUBLE,
    discount DOUBLE NOT NULL DEFAULT 0,
    deliv_id INTEGER,
    deliv_fee DOUBLE,
    charge DOUBLE,
    use_point DOUBLE NOT NULL DEFAULT 0,
    add_point DOUBLE NOT NULL DEFAULT 0,
    birth_point DOUBLE NOT NULL DEFAULT 0,
    tax DOUBLE,
    total DOUBLE,
    payment_total DOUBLE,
    payment_id INTEGER,
    payment_method text,
    note text,
    status INTEGER,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    commit_date TEXT,
    payment_date TEXT,
    device_type_id INTEGER,
    del_flg INTEGER NOT NULL DEFAULT 0,
    memo01 text,
    memo02 text,
    memo03 text,
    memo04 text,
    memo05 text,
    memo06 text,
    memo07 text,
    memo08 text,
    memo09 text,
    memo10 text,
    PRIMARY KEY (order_id)
);

CREATE TABLE dtb_shipping (
    shipping_id INTEGER NOT NULL,
    order_id INTEGER NOT NULL,
    shipping_name01 text,
    shipping_name02 text,
    shipping_kana01 text,
    shipping_kana02 text,
    shipping_company_name text,
    shipping_tel01 text,
    shipping_tel02 text,
    shipping_tel03 text,
    shipping_fax01 text,
    shipping_fax02 text,
    shipping_fax03 text,
    shipping_country_id INTEGER,
    shipping_pref INTEGER,
    shipping_zip01 text,
    shipping_zip02 text,
    shipping_zipcode text,
    shipping_addr01 text,
    shipping_addr02 text,
    time_id INTEGER,
    shipping_time text,
    shipping_date TEXT,
    shipping_commit_date TEXT,
    rank INTEGER,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    del_flg INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (order_id, shipping_id)
);

CREATE TABLE dtb_shipment_item (
    shipping_id INTEGER NOT NULL,
    product_class_id INTEGER NOT NULL,
    order_id INTEGER NOT NULL,
    product_name text NOT NULL,
    product_code text,
    classcategory_name1 text,
    classcategory_name2 text,
    price DOUBLE,
    quantity DOUBLE,
    PRIMARY KEY (order_id,shipping_id, product_class_id)
);

CREATE TABLE dtb_other_deliv (
    other_deliv_id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    name01 text,
    name02 text,
    kana01 text,
    kana02 text,
    company_name text,
    zip01 text,
    zip02 text,
    zipcode text,
    country_id INTEGER,
    pref INTEGER,
    addr01 text,
    addr02 text,
    tel01 text,
    tel02 text,
    tel03 text,
    fax01 text,
    fax02 text,
    fax03 text,
    PRIMARY KEY (other_deliv_id)
);

CREATE TABLE dtb_order_detail (
    order_detail_id INTEGER NOT NULL,
    order_id INTEGER NOT NULL,
    product_id INTEGER NOT NULL,
    product_class_id INTEGER NOT NULL,
    product_name text NOT NULL,
    product_code text,
    classcategory_name1 text,
    classcategory_name2 text,
    price DOUBLE,
    quantity DOUBLE,
    point_rate DOUBLE NOT NULL DEFAULT 0,
    tax_rate DOUBLE,
    tax_rule INTEGER,
    PRIMARY KEY (order_detail_id)
);

CREATE TABLE dtb_member (
    member_id INTEGER NOT NULL,
    name text,
    department text,
    login_id text NOT NULL,
    password text NOT NULL,
    salt text NOT NULL,
    authority INTEGER NOT NULL,
    rank INTEGER NOT NULL DEFAULT 0,
    work INTEGER NOT NULL DEFAULT 1,
    del_flg INTEGER NOT NULL DEFAULT 0,
    creator_id INTEGER NOT NULL,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    login_date TEXT,
    PRIMARY KEY (member_id)
);

CREATE TABLE mtb_pref (
    id INTEGER,
    name text,
    rank INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE mtb_job (
    id INTEGER,
    name text,
    rank INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE mtb_sex (
    id INTEGER,
    name text,
    rank INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE dtb_mobile_ext_session_id (
    session_id text NOT NULL,
    param_key text,
    param_value text,
    url text,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    PRIMARY KEY(session_id)
);

CREATE TABLE dtb_session (
    sess_id text NOT NULL,
    sess_data TEXT,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    PRIMARY KEY(sess_id)
);

CREATE TABLE dtb_api_account (
    api_account_id INTEGER NOT NULL,
    api_access_key text NOT NULL,
    api_secret_key text NOT NULL,
    enable INTEGER NOT NULL DEFAULT 0,
    del_flg INTEGER NOT NULL DEFAULT 0,
    create_date TEXT NOT NULL DEFAULT (datetime('now','localtime')),
    update_date TEXT NOT NULL,
    PRIMARY KEY (api_account_id)
);

