"""An application's own settings, flags about credentials, secrets named as keys, and sessions that are
no sign-in: a one-row configuration table's contact settings are the site's and its secrets are
credentials (GNUBOARD5's `g5_config`), unlike a person's own settings; a flag named by its verb before a
credential's word says whether (Jellyfin's `EnableAutoLogin`); a salt, a document link's `url_key` and a
booking's `hash` are secrets, unlike a DKIM public key published in DNS or a template's direct link made public;
a workout's session is a training session, a web session's ID a secret."""

from __future__ import annotations

import pytest

from helpers import generic

CREDENTIALS = "user.authorization.credentials"
SITE_CONFIG = ("cf_id cf_title cf_admin_email cf_admin_email_name cf_possible_ip cf_intercept_ip cf_use_tel cf_req_tel "
               "cf_prohibit_email cf_icode_id cf_icode_pw cf_kakao_rest_key cf_kakao_js_apikey cf_recaptcha_site_key "
               "cf_recaptcha_secret_key cf_lg_mid cf_lg_mert_key cf_google_clientid")
LARAVEL_SETTINGS = ("id site_name contact_email contact_phone smtp_host smtp_username smtp_password stripe_key "
                    "stripe_secret google_maps_key allowed_ips created_at")
USER_SETTINGS = "id user_id notification_email phone timezone"
JELLYFIN_USERS = "Id Username Password EnableAutoLogin EnableLocalPassword MustUpdatePassword LastLoginDate"
EA_USER_SETTINGS = "id_users username password salt working_plan notifications google_sync"
IP_INVOICES = "invoice_id client_id invoice_number invoice_date_created invoice_url_key invoice_status_id"
MAGENTO_CATEGORY = "entity_id name url_key url_path meta_title is_active"
EA_APPOINTMENTS = "id book_datetime start_datetime end_datetime location notes hash id_users_customer"
FILES = "id path mime_type size hash created_at"
WORKOUT_SESSIONS = "id userId startedAt endedAt duration rating ratingComment"
PROGRESS = "id enrollmentId sessionId startedAt completedAt workoutSessionId"
WEB_SESSIONS = "id session_id user_id ip_address user_agent payload last_activity"


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("g5_config", "cf_admin_email", "varchar(100)", SITE_CONFIG, None),
    ("g5_config", "cf_possible_ip", "text", SITE_CONFIG, None),
    ("g5_config", "cf_prohibit_email", "text", SITE_CONFIG, None),
    ("g5_config", "cf_intercept_ip", "text", SITE_CONFIG, "user.device.ip_address"),
    ("g5_config", "cf_icode_pw", "varchar(255)", SITE_CONFIG, CREDENTIALS),
    ("g5_config", "cf_kakao_rest_key", "varchar(100)", SITE_CONFIG, CREDENTIALS),
    ("g5_config", "cf_lg_mert_key", "varchar(100)", SITE_CONFIG, CREDENTIALS),
    ("g5_config", "cf_kakao_js_apikey", "varchar(100)", SITE_CONFIG, None),
    ("g5_config", "cf_recaptcha_site_key", "varchar(100)", SITE_CONFIG, None),
    ("settings", "contact_email", "varchar(255)", LARAVEL_SETTINGS, None),
    ("settings", "stripe_secret", "varchar(255)", LARAVEL_SETTINGS, CREDENTIALS),
    ("settings", "google_maps_key", "varchar(255)", LARAVEL_SETTINGS, None),
    ("user_settings", "notification_email", "varchar(255)", USER_SETTINGS, "user.contact.email"),
    ("g5_config", "cf_admin", "varchar(100)", SITE_CONFIG, "user.account.username"),
    ("g5_board", "bo_admin", "varchar(255)", "bo_table gr_id bo_subject bo_admin bo_list_level",
     "user.account.username"),
    ("users", "admin", "varchar(255)", "id login password name_user email admin", None),
    ("users", "admin", "boolean", "id email encrypted_password name admin", None),
], ids=["site-admin-email", "allowed-ips", "prohibited-emails", "blocked-ips-are-people", "sms-account-password",
        "rest-api-key", "merchant-key", "javascript-key-published", "recaptcha-site-key-published",
        "laravel-contact-email", "laravel-stripe-secret", "maps-browser-key", "a-persons-own-settings",
        "site-admin-member-id", "board-admin-member-id", "admin-flag-as-text-in-a-persons-row", "admin-flag"])
def test_a_sites_settings_are_its_own_and_its_secrets_credentials(table: str, column: str, column_type: str,
                                                                  siblings: str, expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("Users", "EnableAutoLogin", "INTEGER", JELLYFIN_USERS, None),
    ("Users", "MustUpdatePassword", "INTEGER", JELLYFIN_USERS, None),
    ("g5_config", "cf_req_tel", "tinyint(4)", SITE_CONFIG, None),
    ("Users", "Password", "TEXT", JELLYFIN_USERS, CREDENTIALS),
    ("users", "ip_whitelist", "text", "id name password ip_whitelist", None),
], ids=["enable-auto-login", "must-update-password", "require-phone", "the-password-itself", "allowed-ips-of-a-user"])
def test_a_flags_verb_before_a_credential_says_whether(table: str, column: str, column_type: str, siblings: str,
                                                       expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("ea_user_settings", "salt", "varchar(512)", EA_USER_SETTINGS, CREDENTIALS),
    ("ip_users", "user_psalt", "char(22)", "user_id user_name user_email user_password user_psalt", CREDENTIALS),
    ("ip_invoices", "invoice_url_key", "char(32)", IP_INVOICES, CREDENTIALS),
    ("catalog_category_flat", "url_key", "varchar(255)", MAGENTO_CATEGORY, None),
    ("ea_appointments", "hash", "text", EA_APPOINTMENTS, CREDENTIALS),
    ("files", "hash", "varchar(64)", FILES, None),
    ("licenses", "key", "text", "id key userId validFrom validUntil maxUsers", CREDENTIALS),
    ("recipes", "salt", "decimal(6,2)", "id name sugar salt fat", None),
    ("EmailDomain", "publicKey", "text", "id status selector domain publicKey privateKey organisationId", None),
    ("EmailDomain", "privateKey", "text", "id status selector domain publicKey privateKey organisationId",
     CREDENTIALS),
    ("webauthn_credentials", "public_key", "bytea", "id user_id credential_id public_key sign_count", CREDENTIALS),
    ("TemplateDirectLink", "token", "text", "id envelopeId token createdAt enabled", None),
    ("PasswordResetToken", "token", "text", "id token expiry userId", CREDENTIALS),
], ids=["password-salt", "run-together-password-salt", "invoice-view-link-key", "catalogue-seo-slug",
        "booking-manage-link-hash", "file-content-hash", "licence-key", "salt-in-a-recipe", "dkim-public-key-in-dns",
        "dkim-private-key", "webauthn-public-key", "published-direct-link-token", "password-reset-token"])
def test_a_links_key_a_salt_and_a_bookings_hash_are_secrets(table: str, column: str, column_type: str, siblings: str,
                                                            expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "expected"), [
    ("workout_sessions", "id", "text", WORKOUT_SESSIONS, None),
    ("program_session_exercises", "sessionId", "text", "id sessionId exerciseId order instructions", None),
    ("user_session_progress", "sessionId", "text", PROGRESS, None),
    ("sessions", "id", "varchar(255)", "id user_id ip_address user_agent payload last_activity", CREDENTIALS),
    ("user_sessions", "session_id", "varchar(128)", WEB_SESSIONS, CREDENTIALS),
    ("session_speakers", "session_id", "varchar(191)", "session_id speaker_id created_at", None),
    ("class_session_attendance", "class_session_id", "varchar(36)", "id class_session_id student_id present", None),
], ids=["workout-session", "programme-session-key", "progress-beside-a-workout-session", "laravel-sessions",
        "web-session-id", "conference-session-speakers", "class-attendance"])
def test_a_training_session_is_no_sign_in(table: str, column: str, column_type: str, siblings: str,
                                         expected: str | None) -> None:
    assert generic(table, column, column_type, siblings) == expected
