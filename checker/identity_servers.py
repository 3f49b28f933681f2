"""Identity providers, single sign-on servers and mail servers: what their stores keep of a person.

- A person's row at an identity broker keeps their ID at each sign-in provider they linked, one
  column per provider named for it alone (Casdoor's `user.dingtalk`, `user.okta`, `user.auth0`, as
  `users.github` or `users.auth0_id` elsewhere): their account there. A business that is also a
  sign-in provider (`paypal`, `zoom`, `stripe`) names one only in a run of such columns, since a
  bare `zoom` elsewhere is a map's zoom level and `stripe_id` a payment processor's record.

- An OAuth 2.0 / OpenID Connect server built on Fosite (Ory Hydra's `hydra_oauth2_access`,
  `hydra_oauth2_code`; Authelia's `oauth2_access_token_session`) stores each request it granted as a
  row with the client's ID, the request's ID and its form and session: the `form_data` is the
  request's form (codes, PKCE verifiers, client secrets), a credential; the `session_data` the
  subject's session and claims, theirs; and in a table of tokens or codes the `signature` (also
  `user_code_signature`) is the token's lookup hash, a credential, where a pushed authorization
  request's or a revoked JWT ID's signature is no secret.

- A virtual mail host (Postfix Admin, iRedMail, Mailcow) keys its accounts, aliases and forwardings
  by the full e-mail address and scopes every row to a mail `domain`: there a `username` is the
  person's address (`user@example.org` logs in), and so are a forwarding's target (`forwarding`,
  `goto`), a list's moderator and owner, and the `address` or `bcc_address` of a row keyed to a
  mailbox or forwarding somewhere; a mailbox's `maildir` is a path built from the address. The
  `address` of an alias, a mailing list or a domain's BCC copy without one is the organisation's
  (a list's, a role's), and no postal address.

- A provider with a client ID and secret, or named for sign-in (`identity_provider`, `sso_providers`,
  Keycloak's `IDENTITY_PROVIDER`), is a service an identity server signs people in with (or sends
  their codes through), no health-care provider: its name, display name, title and metadata are
  the service's.

- A person's second factor (a TOTP configuration, a WebAuthn credential or user, a Duo device) is
  theirs even where the table reads as configuration: its `username` is their login; a WebAuthn
  credential's key ID (`kid`) and attestation object are credentials, as its ID and public key are;
  a WebAuthn user's handle (`userid` as text) identifies the person to the authenticator.

- An address kept with the medium it reaches the person by (Synapse's third-party IDs: `medium`
  `email` or `msisdn`; Ory Kratos's verifiable and recovery addresses: `via` `email` or `sms`) is
  an e-mail address or a phone number, a contact detail, no postal address.

- A mail filter's log of the messages it scanned (amavisd-new's `msgs` and `quarantine`, as
  iRedMail, Modoboa and ISPConfig keep them), a row keyed by the message's ID: its sender's and
  recipient's addresses (`from_addr`, `rcpt_addr`) are e-mail addresses, the SMTP client's
  (`client_addr`) an IP address, the subject and the quarantined mail's text what people wrote, and
  the secret that releases a message from quarantine a credential.

- A ban of an IP address that failed to sign in too often (fail2ban's bans as iRedMail stores
  them, Authelia's `banned_ip`, a `blocked_ips` list) is about whoever used the address: the
  country it geolocates to is where they were, its reverse-DNS name their device's, the matched
  log lines (the logins tried) about them.

- An identity server's credentials keep their secret in a configuration or data blob (Ory Kratos's
  `identity_credentials.config`: the password hash, the TOTP URL, the OIDC tokens; Keycloak's
  `CREDENTIAL.CREDENTIAL_DATA`: a WebAuthn credential's ID and public key), and the identifier a
  credential logs in with (Kratos's `identity_credential_identifiers.identifier`: an e-mail address or
  a username) is the person's login. The pairwise subject an OpenID provider gives each client for a
  person (Authelia's `user_opaque_identifier.identifier`, Hydra's `subject_obfuscated`) identifies them.

Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

from checker.evidence import Evidence
from checker.name_words import CREDENTIALS, PERSON, Kind, Vocabulary
from checker.table_context import TableContext


def identity_server_detail(column: str, sql_type: str, context: TableContext, siblings: tuple[str, ...],
                           vocab: Vocabulary) -> Evidence | None:
    """What an identity server's store keeps of a person in this column, if it is one of its idioms."""
    return (provider_account(column, sql_type, context, siblings, vocab)
            or oauth_request_detail(column, context, siblings, vocab)
            or mail_account_detail(column, context, siblings, vocab)
            or second_factor_detail(column, sql_type, context, vocab) or address_by_medium(column, context, siblings)
            or mail_log_detail(column, siblings, vocab) or ban_detail(column, context, siblings, vocab)
            or credential_identity_detail(column, context, vocab))


_PROVIDERS_AROUND = 2  # other providers' columns that show a run of them


def provider_account(column: str, sql_type: str, context: TableContext, siblings: tuple[str, ...],
                     vocab: Vocabulary) -> Evidence | None:
    """The person's account at the sign-in provider the column is named for, in a person's row, where
    its name is no words: a provider spelled with a digit (`auth0`), a business among providers."""
    name = column.lower()
    if not context.subjects & {PERSON, "@linked"} or (sql_type and sql_type not in vocab.text_types):
        return None
    provider, _, ending = name.partition("_")
    if ending in vocab.account_endings and provider in vocab.sign_in_providers:
        name = provider  # `auth0_id`: its ID there, the digit part of the provider's name
    if name in vocab.providers_among_others:
        around = sum(sibling.lower() in vocab.sign_in_providers for sibling in siblings if sibling.lower() != name)
        if around < _PROVIDERS_AROUND:
            return None
    elif name not in vocab.sign_in_providers or not any(ch.isdigit() for ch in name):
        return None  # `github`, `okta_id`: read as words by checker.classify, as `auth0` cannot be
    return Evidence(vocab.by_key["user.account.username"], True, f"its name: the person's account on {name}")


_REQUEST_KEYS = frozenset({"request_id", "challenge_id"})  # a stored OAuth request's own IDs
_REQUEST_BODY = frozenset({"form_data", "session_data"})
_TOKEN_WORDS = frozenset({"token", "code", "access", "refresh", "pkce", "oidc", "openid"})  # no `par`, no `jti`
_TOKEN_HASHES = frozenset({"signature", "user_code_signature"})


def oauth_request_detail(column: str, context: TableContext, siblings: tuple[str, ...],
                         vocab: Vocabulary) -> Evidence | None:
    """The form, session or token hash of an OAuth request a Fosite-based server stored."""
    name, around = column.lower(), {sibling.lower() for sibling in siblings}
    if "client_id" not in around or not around & _REQUEST_KEYS or not around & _REQUEST_BODY:
        return None
    if name == "form_data":
        return Evidence(vocab.by_key[CREDENTIALS], True,
                        "its name: the form of a stored OAuth request (codes, verifiers, secrets)")
    if name == "session_data":
        return Evidence(vocab.by_key["user"], True,
                        "its name: the subject's session and claims of a stored OAuth request")
    if name in _TOKEN_HASHES and _TOKEN_WORDS & set(context.words):
        return Evidence(vocab.by_key[CREDENTIALS], True, "its name: the lookup hash of a stored OAuth token or code")
    return None


# a mail host's tables (`mailbox`, `forwardings`, `sender_bcc_user`, `maillist_owners`) and columns (`maildir`)
_MAIL_TABLE_WORDS = frozenset({"mailbox", "mailboxes", "maillist", "maillists", "alias", "aliases", "forwarding",
                               "forwardings", "bcc", "quota", "relayhost", "moderator", "moderators", "vmail"})
_MAIL_COLUMNS = frozenset({"maildir", "goto", "forwarding", "bcc_address", "dest_domain", "local_part", "imap", "pop3"})
_FORWARD_TARGETS = frozenset({"forwarding", "goto", "destination"})
_MAIL_PARTIES = _FORWARD_TARGETS | {"moderator", "owner"}  # each an address of a person
_ADDRESSES = frozenset({"address", "bcc_address"})


def _mail_host_row(context: TableContext, around: set[str]) -> bool:
    """A row of a virtual mail host: scoped to a mail domain, in a table or beside columns of mail."""
    words = context.words
    named = set(words) | {first + second for first, second in zip(words, words[1:])}  # `mail_list`, `maillist`
    return "domain" in around and bool(named & _MAIL_TABLE_WORDS or around & _MAIL_COLUMNS)


def mail_account_detail(column: str, context: TableContext, siblings: tuple[str, ...],
                        vocab: Vocabulary) -> Evidence | None:
    """A mail host's login, forwarding, moderator or owner (an e-mail address), or a mailbox's maildir."""
    name, around = column.lower(), {sibling.lower() for sibling in siblings}
    if not _mail_host_row(context, around):
        return None
    email = vocab.by_key["user.contact.email"]
    if name == "username" or name in _MAIL_PARTIES or (name in _ADDRESSES and _keyed_to_a_person(around)):
        return Evidence(email, True, f"its name: the {name} of a mail host's row, an e-mail address")
    if name == "maildir" and "username" in around:
        return Evidence(vocab.by_key["user"], True, "its name: a mailbox's maildir, a path built from its address")
    return None


def organisations_mail_address(column: str, context: TableContext, siblings: tuple[str, ...]) -> bool:
    """The address of a mail host's alias, mailing list or domain-wide copy: the organisation's, no
    person's and no postal address (`alias.address`, `sender_bcc_domain.bcc_address`)."""
    around = {sibling.lower() for sibling in siblings}
    return column.lower() in _ADDRESSES and _mail_host_row(context, around) and not _keyed_to_a_person(around)


def _keyed_to_a_person(around: set[str]) -> bool:
    """A mail host's row of one mailbox (its `username`) or of a forwarding (its target)."""
    return "username" in around or bool(around & _FORWARD_TARGETS)


_PROVIDER_NOUNS = frozenset({"provider", "providers", "idp", "idps"})
_SIGN_IN_WORDS = frozenset({"identity", "idp", "sso", "oauth", "oidc", "saml", "auth", "login", "social", "federated"})
_SERVICE_NAMES = frozenset({"name", "display_name", "title", "metadata", "description", "provider_display_name",
                            "provider_alias"})


def sign_in_services_name(column: str, context: TableContext, siblings: tuple[str, ...]) -> bool:
    """The name, title or metadata of a sign-in provider an identity server is configured with
    (Casdoor's `provider.display_name`, Keycloak's `IDENTITY_PROVIDER.PROVIDER_DISPLAY_NAME`)."""
    words, around = set(context.words), {sibling.lower() for sibling in siblings}
    if not words & _PROVIDER_NOUNS or column.lower() not in _SERVICE_NAMES:
        return False
    return bool(words & _SIGN_IN_WORDS) or ("client_id" in around and any(
        sibling.startswith("client_secret") for sibling in around))


_SECOND_FACTORS = frozenset({"totp", "hotp", "otp", "mfa", "webauthn", "u2f", "fido", "passkey", "passkeys", "duo",
                             "yubikey", "authenticator", "authenticators"})
_WEBAUTHN = frozenset({"webauthn", "passkey", "passkeys", "fido", "u2f"})
_LOGINS = frozenset({"username", "user_name", "login"})
_CREDENTIAL_PARTS = frozenset({"kid", "attestation", "attestation_object"})  # not `attestation_type`, `aaguid`
_USER_HANDLES = frozenset({"userid", "user_handle"})


def second_factor_detail(column: str, sql_type: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A second factor's owner (their login), a WebAuthn credential's key ID or attestation, a user handle."""
    words, name = set(context.words), column.lower()
    if not words & _SECOND_FACTORS:
        return None
    if name in _LOGINS:
        return Evidence(vocab.by_key["user.account.username"], True, "its name: the login whose second factor it is")
    if name in _CREDENTIAL_PARTS and words & _WEBAUTHN:
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: a WebAuthn credential's {name}")
    if name in _USER_HANDLES and words & _WEBAUTHN and sql_type in vocab.text_types:
        return Evidence(vocab.by_key["user"], True, "its name: the handle a WebAuthn authenticator knows the person by")
    return None


_MEDIUMS = frozenset({"medium", "via"})  # the channel an address reaches the person by: e-mail, SMS
_CONTACT = Kind("user.contact", None, frozenset(), False)  # an e-mail address or a phone number, either


def address_by_medium(column: str, context: TableContext, siblings: tuple[str, ...]) -> Evidence | None:
    """An address kept with the medium it reaches the person by: an e-mail address or a phone number
    (a company's or a thing's is nobody's)."""
    around = {sibling.lower() for sibling in siblings}
    if column.lower() in {"address", "value"} and around & _MEDIUMS and not (context.thing or context.organisation):
        return Evidence(_CONTACT, True, f"its name: an {column} beside the medium it reaches the person by")
    return None


_MESSAGE_KEYS = frozenset({"mail_id", "message_id", "msg_id", "msgid", "queue_id"})
_MAIL_ADDRESSES = frozenset({"from_addr", "to_addr", "sender_addr", "rcpt_addr", "recipient_addr", "envelope_from",
                             "envelope_to"})
_CLIENT_ADDRESSES = frozenset({"client_addr"})
_MAIL_TEXTS = frozenset({"subject", "mail_text"})
_RELEASE_SECRETS = frozenset({"secret_id"})


def mail_log_detail(column: str, siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """A scanned message's sender or recipient, SMTP client, subject or text, or its release secret."""
    name, around = column.lower(), {sibling.lower() for sibling in siblings}
    if not around & _MESSAGE_KEYS or name in _MESSAGE_KEYS:
        return None
    if name in _MAIL_ADDRESSES:
        return Evidence(vocab.by_key["user.contact.email"], True, f"its name: the {name} of a logged mail message")
    if name in _CLIENT_ADDRESSES:
        return Evidence(vocab.by_key["user.device.ip_address"], True,
                        "its name: the SMTP client's address of a logged message")
    if name in _MAIL_TEXTS:
        return Evidence(vocab.by_key["user.content"], True, f"its name: the {name} of a logged mail message")
    if name in _RELEASE_SECRETS:
        return Evidence(vocab.by_key[CREDENTIALS], True, "its name: the secret that releases a quarantined message")
    return None


_BANS = frozenset({"ban", "bans", "banned", "banlist", "blocked", "blocklist", "blacklist", "blacklisted", "jail"})
_BANNED_IPS = frozenset({"ip", "ip_address", "ipaddress", "ip_addr"})
_BAN_DETAILS = {"country": "user.location", "country_code": "user.location", "rdns": "user.device",
                "reverse_dns": "user.device", "loglines": "user", "log_lines": "user"}  # no `reason`: often a code


def ban_detail(column: str, context: TableContext, siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """Where a banned IP address geolocates, its reverse-DNS name, the log lines that had it banned."""
    key = _BAN_DETAILS.get(column.lower())
    if key is None or not set(context.words) & _BANS or not {sibling.lower() for sibling in siblings} & _BANNED_IPS:
        return None
    return Evidence(vocab.by_key[key], True, f"its name: the {column} of a banned IP address, about whoever used it")


_CREDENTIAL_BLOBS = frozenset({"config", "configuration", "credential_data"})
_CREDENTIAL_WORDS = frozenset({"credential", "credentials"})
_IDENTIFIER_WORDS = frozenset({"identifier", "identifiers"})
_PAIRWISE_WORDS = frozenset({"opaque", "obfuscated", "pairwise"})
_PAIRWISE_SUBJECTS = frozenset({"identifier", "subject_obfuscated", "obfuscated_subject", "pairwise_subject"})


def credential_identity_detail(column: str, context: TableContext, vocab: Vocabulary) -> Evidence | None:
    """A credential's secret blob, the identifier it logs in with, or a person's pairwise subject."""
    name, words = column.lower(), set(context.words)
    if name in _CREDENTIAL_BLOBS and "@credential" in context.subjects:
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: the {name} a credential keeps its secret in")
    if name == "identifier" and words & _CREDENTIAL_WORDS and words & _IDENTIFIER_WORDS:
        return Evidence(vocab.by_key["user.account.username"], True,
                        "its name: the identifier a credential logs in with")
    if name in _PAIRWISE_SUBJECTS and words & _PAIRWISE_WORDS:
        return Evidence(vocab.by_key["user"], True, "its name: the pairwise subject an OpenID provider gives a client")
    return None
