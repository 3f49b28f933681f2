"""Identity providers, single sign-on servers and mail servers: what their stores keep of a person.

The tables are cut from the schemas of identity brokers and authentication portals (Casdoor's
`user`, a Laravel app's `users` with its social logins); the look-alikes are tables where the same
words name something else (a map's zoom level, a payment processor's customer record).
"""

from __future__ import annotations

import pytest

from helpers import generic

CASDOOR_USER = ("owner name id display_name email phone github google wechat facebook dingtalk okta auth0 paypal "
                "zoom stripe uber ldap")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("user", "dingtalk", CASDOOR_USER, "user.account.username"),
    ("user", "auth0", CASDOOR_USER, "user.account.username"),  # the digit is part of the provider's name
    ("user", "azureadb2c", CASDOOR_USER, "user.account.username"),
    ("user", "paypal", CASDOOR_USER, "user.account.username"),  # a business, among other providers
    ("user", "zoom", CASDOOR_USER, "user.account.username"),
    ("users", "auth0_id", "id email name created_at", "user.account.username"),
    ("users", "gitee_id", "id email name github_id", "user.account.username"),
    ("map_settings", "zoom", "id lat lng center_lat center_lng", None),  # the map's zoom level
    ("users", "zoom", "id email name lat lng", None),  # a preference, no account, without other providers
    ("users", "stripe_id", "id email name pm_type pm_last_four trial_ends_at", None),  # Cashier's customer record
    ("organizations", "okta", "id name domain", None),  # a company's row: its provider settings
])
def test_a_persons_account_at_each_sign_in_provider(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


HYDRA_REQUEST = "signature request_id requested_at client_id scope granted_scope form_data session_data subject active"
AUTHELIA_PAR = ("id signature request_id client_id requested_at scopes audience handled_response_types response_mode "
                "revoked form_data session_data")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("hydra_oauth2_access", "signature", HYDRA_REQUEST, "user.authorization.credentials"),
    ("hydra_oauth2_code", "signature", HYDRA_REQUEST, "user.authorization.credentials"),
    ("hydra_oauth2_access", "form_data", HYDRA_REQUEST, "user.authorization.credentials"),
    ("hydra_oauth2_refresh", "session_data", HYDRA_REQUEST, "user"),
    ("oauth2_device_code_session", "user_code_signature", HYDRA_REQUEST, "user.authorization.credentials"),
    ("oauth2_par_context", "form_data", AUTHELIA_PAR, "user.authorization.credentials"),
    ("oauth2_par_context", "signature", AUTHELIA_PAR, None),  # the pushed request's URI: no secret
    ("hydra_oauth2_jti_blacklist", "signature", "signature expires_at nid", None),  # a revoked JWT's ID
    ("documents", "signature", "id request_id client_id signed_at", None),  # a signed document's signature
    ("form_submissions", "form_data", "id form_id submitted_at", None),  # a web form's answers: no OAuth request
])
def test_what_an_oauth_server_stores_of_each_request(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


POSTFIX_MAILBOX = "username password name maildir quota local_part domain created modified active"
POSTFIX_ALIAS = "address goto domain created modified active"
IREDMAIL_ALIAS = "address name accesspolicy domain created modified expired active"
IREDMAIL_OWNERS = "id address owner domain dest_domain"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("mailbox", "username", POSTFIX_MAILBOX, "user.contact.email"),  # `alice@example.org` logs in
    ("mailbox", "maildir", POSTFIX_MAILBOX, "user"),  # `example.org/alice/`
    ("alias", "address", POSTFIX_ALIAS, "user.contact.email"),  # an address that forwards somewhere
    ("alias", "goto", POSTFIX_ALIAS, "user.contact.email"),
    ("forwardings", "forwarding", "id address forwarding domain dest_domain active", "user.contact.email"),
    ("sender_bcc_user", "bcc_address", "username bcc_address domain created active", "user.contact.email"),
    ("maillist_owners", "owner", IREDMAIL_OWNERS, "user.contact.email"),
    ("maillist_owners", "address", IREDMAIL_OWNERS, None),  # the list's address
    ("alias", "address", IREDMAIL_ALIAS, None),  # a standalone alias: a role's address (sales@)
    ("sender_bcc_domain", "bcc_address", "domain bcc_address created active", None),  # the domain's archive copy
    # look-alikes: no mail host's row
    ("customer_addresses", "address", "id customer_id address city domain", "user.contact.address"),
    ("ftp_accounts", "username", "id username password homedir", "user.account.username"),
])
def test_a_mail_hosts_accounts_are_known_by_their_address(table: str, column: str, siblings: str,
                                                         key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


def test_a_sip_servers_aliases_keep_their_logins() -> None:
    """Kamailio's `dbaliases` scope SIP users by domain too, but its usernames are SIP logins, no mailboxes."""
    assert generic("dbaliases", "username", "varchar(64)", "id alias_username alias_domain username domain") == \
        "user.account.username"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("invites", "code", "id user_id code expires_at max_uses uses autofollow comment", "user.authorization.credentials"),
    ("invitation", "code", "owner name code quota used_count username email phone", "user.authorization.credentials"),
    ("verification_codes", "code", "id phone code expires_at", "user.authorization.credentials"),
    ("phpbb_confirm", "code", "confirm_id session_id confirm_type code seed attempts", None),  # a CAPTCHA's code
    ("promo_codes", "code", "id code discount_percent valid_until", None),
])
def test_an_invitation_or_verification_code_opens_an_account(table: str, column: str, siblings: str,
                                                             key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


CASDOOR_PROVIDER = "owner name display_name category type client_id client_secret host port title metadata"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("provider", "display_name", CASDOOR_PROVIDER, None),  # "GitHub login", an SMS gateway
    ("provider", "title", CASDOOR_PROVIDER, None),
    ("provider", "client_secret", CASDOOR_PROVIDER, "user.authorization.credentials"),
    ("identity_provider", "provider_display_name", "internal_id enabled provider_alias provider_id realm_id", None),
    # a health-care provider is a person; a person's display name at their login provider is theirs
    ("provider", "name", "id npi name specialty gender address", "user.name"),
    ("oauth_identity", "provider_display_name", "id user_id provider provider_subject email", "user.name"),
])
def test_a_sign_in_provider_an_identity_server_is_configured_with_is_no_person(
        table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(100)", siblings) == key


AUTHELIA_WEBAUTHN = ("id created_at rpid username description kid aaguid attestation_format attachment transport "
                     "sign_count public_key attestation attestation_type")


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    ("totp_configurations", "username", "varchar(100)", "id created_at username issuer algorithm digits period secret",
     "user.account.username"),  # a person's TOTP seed, though the table reads as configuration
    ("webauthn_credentials", "kid", "varchar(512)", AUTHELIA_WEBAUTHN, "user.authorization.credentials"),
    ("webauthn_credentials", "attestation", "blob", AUTHELIA_WEBAUTHN, "user.authorization.credentials"),
    ("webauthn_credentials", "attestation_format", "varchar(32)", AUTHELIA_WEBAUTHN, None),  # `packed`, `none`
    ("webauthn_users", "userid", "char(64)", "id rpid username userid", "user"),
    ("webauthn_users", "userid", "integer", "id rpid userid", None),  # a key to the user's row
    ("jwks", "kid", "varchar(64)", "id kid alg public_key created_at", None),  # a server's signing key's ID
    ("app_configurations", "username", "varchar(100)", "id name username host port", None),  # a service account
])
def test_a_persons_second_factor_is_theirs(table: str, column: str, column_type: str, siblings: str,
                                           key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("user_threepids", "address", "user_id medium address validated_at added_at", "user.contact"),  # Matrix
    ("identity_verifiable_addresses", "value", "id status via verified value verified_at identity_id",
     "user.contact"),  # Ory Kratos: an e-mail address or a phone number to verify
    ("identity_recovery_addresses", "value", "id via value identity_id created_at", "user.contact"),
    ("customer_addresses", "address", "id customer_id address city postcode", "user.contact.address"),  # no medium
    ("suppliers", "address", "id name medium address vat_number", None),  # a company's
])
def test_an_address_kept_with_its_medium_is_an_email_or_a_phone(table: str, column: str, siblings: str,
                                                                key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


AMAVIS_MSGS = ("partition_tag mail_id secret_id am_id time_num time_iso sid policy client_addr size originating "
               "content quar_type quar_loc dsn_sent spam_level message_id from_addr subject host")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("msgs", "from_addr", AMAVIS_MSGS, "user.contact.email"),
    ("msgs", "client_addr", AMAVIS_MSGS, "user.device.ip_address"),  # the SMTP client, no postal address
    ("msgs", "subject", AMAVIS_MSGS, "user.content"),
    ("msgs", "secret_id", AMAVIS_MSGS, "user.authorization.credentials"),  # releases the message from quarantine
    ("quarantine", "mail_text", "partition_tag mail_id chunk_ind mail_text", "user.content"),
    ("msgs", "spam_level", AMAVIS_MSGS, None),
    ("msgs", "message_id", AMAVIS_MSGS, None),  # the Message-ID header: the message's own key
])
def test_a_mail_filters_log_of_scanned_messages(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


FAIL2BAN = "id ip ports protocol jail hostname country rdns failures loglines timestamp remove"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("banned", "country", FAIL2BAN, "user.location"),  # where the address geolocates
    ("banned", "rdns", FAIL2BAN, "user.device"),
    ("banned", "loglines", FAIL2BAN, "user"),  # the failed logins, with the login tried
    ("banned", "hostname", FAIL2BAN, None),  # the server that banned it
    ("countries_blocked", "country", "id country_code country reason", None),  # no address banned: a policy
])
def test_a_banned_ip_address_is_about_whoever_used_it(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("identity_credentials", "config", "id config identity_credential_type_id identity_id nid version",
     "user.authorization.credentials"),  # Ory Kratos: the password hash, the TOTP URL
    ("CREDENTIAL", "CREDENTIAL_DATA", "ID SALT TYPE USER_ID CREATED_DATE USER_LABEL SECRET_DATA CREDENTIAL_DATA",
     "user.authorization.credentials"),  # Keycloak
    ("identity_credential_identifiers", "identifier", "id identifier identity_credential_id nid",
     "user.account.username"),
    ("user_opaque_identifier", "identifier", "id service sector_id username identifier", "user"),  # Authelia
    ("hydra_oauth2_obfuscated_authentication_session", "subject_obfuscated", "subject client_id subject_obfuscated nid",
     "user"),
    ("app_config", "config", "id name config updated_at", None),  # an application's settings
    ("dataset_identifiers", "identifier", "id dataset_id identifier scheme", None),  # a DOI
])
def test_an_identity_servers_credential_blobs_and_identifiers(table: str, column: str, siblings: str,
                                                               key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key
