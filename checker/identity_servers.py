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

Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

from checker.evidence import Evidence
from checker.name_words import CREDENTIALS, PERSON, Vocabulary
from checker.table_context import TableContext

_PROVIDERS_AROUND = 2  # other providers' columns that show a run of them
_REQUEST_KEYS = frozenset({"request_id", "challenge_id"})  # a stored OAuth request's own IDs
_REQUEST_BODY = frozenset({"form_data", "session_data"})
_TOKEN_WORDS = frozenset({"token", "code", "access", "refresh", "pkce", "oidc", "openid"})  # no `par`, no `jti`
_TOKEN_HASHES = frozenset({"signature", "user_code_signature"})


def identity_server_detail(column: str, sql_type: str, context: TableContext, siblings: tuple[str, ...],
                           vocab: Vocabulary) -> Evidence | None:
    """What an identity server's store keeps of a person in this column, if it is one of its idioms."""
    return (provider_account(column, sql_type, context, siblings, vocab)
            or oauth_request_detail(column, context, siblings, vocab))


def oauth_request_detail(column: str, context: TableContext, siblings: tuple[str, ...],
                         vocab: Vocabulary) -> Evidence | None:
    """The form, session or token hash of an OAuth request a Fosite-based server stored."""
    name, around = column.lower(), {sibling.lower() for sibling in siblings}
    if "client_id" not in around or not around & _REQUEST_KEYS or not around & _REQUEST_BODY:
        return None
    if name == "form_data":
        return Evidence(vocab.by_key[CREDENTIALS], True, "its name: the form of a stored OAuth request (codes, verifiers, secrets)")
    if name == "session_data":
        return Evidence(vocab.by_key["user"], True, "its name: the subject's session and claims of a stored OAuth request")
    if name in _TOKEN_HASHES and _TOKEN_WORDS & set(context.words):
        return Evidence(vocab.by_key[CREDENTIALS], True, "its name: the lookup hash of a stored OAuth token or code")
    return None


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
