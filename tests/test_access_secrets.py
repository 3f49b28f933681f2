"""Secrets that let their holder act as a person without a password: the link a shop, a payment
service or a survey sends one customer (Shopify's order status page, an abandoned checkout's link, a
payment's pay link, a payment service provider's redirect, a contact's personal survey link), a one-time
code with its lookup hash (Casdoor's verification records, Authelia's one-time codes, a sign-up's
verification codes), and the UUID a share link or a password reset link carries (Dawarich's shared
stats, memos' shared memos, Evergreen's password resets). The look-alikes are the same words where they
name a service's endpoint (a payment method's or a settings row's payment URL, an OAuth client's redirect
URI), a public page (a survey's own link, a product's URL, a link to a payment in the processor's
dashboard), a list of codes keyed to nobody (a verification status, a discount code), a UUID that keys
its own row and a count of shares. A key, secret or token whose words run together is one named last too
(OpenEMR's SMS gateway `apikey`, a two-factor `secretkey`), unlike the flag beside it or a count of keys."""

from __future__ import annotations

import pytest

from helpers import generic

CREDENTIALS = "user.authorization.credentials"
SHOPIFY_ORDER = "id customer_id email order_number order_status_url total_price financial_status"
SHOPIFY_CHECKOUT = "id customer_id email abandoned_checkout_url token created_at"
PAYMENT = "id owner name user provider type state currency price pay_url return_url invoice_url"
PSP_PAYMENT = "id nome importo versante_identificativo id_sessione psp_redirect_url url_ritorno cod_psp"
GHOST_SUBSCRIPTION = "id member_id tier_id payment_provider payment_subscription_url payment_user_url"
DISTRIBUTION_CONTACT = "contact_id distribution_id contact_lookup_id email first_name last_name survey_link"
SURVEYS = "id title description survey_link status created_at"
PAYMENT_METHODS = "id name payment_url logo_url enabled"
SETTINGS = "id credit_sale_reminder_enabled credit_sale_reminder_payment_url sms_provider"
OAUTH_CLIENTS = "id client_id client_secret redirect_uri callback_url"
CASDOOR_VERIFICATION = "owner name created_time remote_addr type user provider receiver code time is_used"
AUTHELIA_OTP = ("id public_id signature issued issued_ip expires username intent consumed consumed_ip revoked "
                "revoked_ip code")
SIGN_UP_CODES = "id contact purpose code_hash created_at expires_at used_at failed_attempts"
VERIFICATION_STATUS = "id code name"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("order", "order_status_url", "text", SHOPIFY_ORDER, CREDENTIALS),
    ("abandoned_checkout", "abandoned_checkout_url", "text", SHOPIFY_CHECKOUT, CREDENTIALS),
    ("payment", "pay_url", "varchar(100)", PAYMENT, CREDENTIALS),
    ("pagamenti_portale", "psp_redirect_url", "varchar(1024)", PSP_PAYMENT, CREDENTIALS),
    ("distribution_contact", "survey_link", "text", DISTRIBUTION_CONTACT, CREDENTIALS),
    ("subscriptions", "payment_user_url", "varchar(2000)", GHOST_SUBSCRIPTION, None),
    ("surveys", "survey_link", "varchar(255)", SURVEYS, None),
    ("payment_methods", "payment_url", "varchar(255)", PAYMENT_METHODS, None),
    ("business_credit_settings", "credit_sale_reminder_payment_url", "varchar(512)", SETTINGS, None),
    ("oauth_clients", "redirect_uri", "varchar(2000)", OAUTH_CLIENTS, None),
    ("products", "product_url", "varchar(255)", "id name price product_url image_url", None),
], ids=["shopify-order-status-page", "shopify-abandoned-checkout", "casdoor-pay-link", "psp-redirect",
        "contacts-survey-link", "processor-dashboard-link", "surveys-own-link", "payment-methods-endpoint",
        "settings-payment-link", "oauth-client-redirect", "product-page"])
def test_a_link_that_opens_one_persons_order_or_payment_is_a_credential(table: str, column: str, column_type: str,
                                                                        siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("verification_record", "code", "varchar(10)", CASDOOR_VERIFICATION, CREDENTIALS),
    ("one_time_code", "code", "blob", AUTHELIA_OTP, CREDENTIALS),
    ("one_time_code", "signature", "varchar(128)", AUTHELIA_OTP, CREDENTIALS),
    ("verification_codes", "code_hash", "bytea", SIGN_UP_CODES, CREDENTIALS),
    ("verification_record", "type", "varchar(10)", CASDOOR_VERIFICATION, None),
    ("verification_status", "code", "varchar(20)", VERIFICATION_STATUS, None),
    ("discount_codes", "code", "varchar(40)", "id code amount", None),
], ids=["casdoor-verification-code", "authelia-otp-code", "authelia-otp-signature", "sign-up-code-hash",
        "verification-record-type", "verification-status-code", "discount-code"])
def test_a_one_time_code_and_its_hash_are_credentials(table: str, column: str, column_type: str, siblings: str,
                                                     expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


DAWARICH_STATS = "id year month distance user_id sharing_settings sharing_uuid created_at"
MEMO_SHARE = "id uid memo_id creator_id created_ts expires_ts"
PASSWORD_RESET = "id uuid usr email_address request_time has_been_reset"
SHARES_KEYED_BY_UUID = "uuid document_id created_by created_at"
POSTS = "id uuid author_id title share_count"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("stats", "sharing_uuid", "uuid", DAWARICH_STATS, CREDENTIALS),
    ("memo_share", "uid", "text", MEMO_SHARE, CREDENTIALS),
    ("actor.usr_password_reset", "uuid", "text", PASSWORD_RESET, CREDENTIALS),
    ("shares", "uuid", "uuid", SHARES_KEYED_BY_UUID, None),
    ("posts", "uuid", "uuid", POSTS, None),
    ("posts", "share_count", "integer", POSTS, None),
], ids=["dawarich-sharing-uuid", "memos-share-uid", "evergreen-password-reset-uuid", "share-keyed-by-its-uuid",
        "post-uuid", "post-share-count"])
def test_the_uuid_of_a_share_or_password_reset_link_is_a_credential(table: str, column: str, column_type: str,
                                                                    siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


OPENEMR_NOTIFICATIONS = ("id send_sms_notification_hours SMS_gateway_username SMS_gateway_password SMS_gateway_apikey "
                         "type")
LMS_USERS = "id login password twofactorauth twofactorauthsecretkey"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("notification_settings", "SMS_gateway_apikey", "varchar(255)", OPENEMR_NOTIFICATIONS, CREDENTIALS),
    ("users", "twofactorauthsecretkey", "varchar(255)", LMS_USERS, CREDENTIALS),
    ("users", "twofactorauth", "smallint", LMS_USERS, None),
    ("products", "product_licensekey_count", "integer", "id name product_licensekey_count", None),
], ids=["openemr-sms-gateway-apikey", "lms-two-factor-secret-key", "lms-two-factor-flag", "licence-key-count"])
def test_a_key_or_secret_run_together_and_named_last_is_a_credential(table: str, column: str, column_type: str,
                                                                     siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


WEB2PY_AUTH_USER = "id first_name last_name email password registration_key reset_password_key registration_id"


def test_a_reset_password_key_is_a_credential_in_either_word_order() -> None:
    # web2py's `auth_user.reset_password_key`, Bitwarden's `OrganizationUser.ResetPasswordKey`, as `password_reset_key`;
    # the `registration_id` beside it is the account's ID at a sign-in provider, no secret
    assert generic("auth_user", "reset_password_key", "varchar(512)", WEB2PY_AUTH_USER) == CREDENTIALS
    bitwarden = "Id UserId Email Key ResetPasswordKey"
    assert generic("OrganizationUser", "ResetPasswordKey", "varchar(max)", bitwarden) == CREDENTIALS
    assert generic("auth_user", "registration_id", "varchar(512)", WEB2PY_AUTH_USER) != CREDENTIALS
