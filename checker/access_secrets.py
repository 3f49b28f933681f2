"""What lets its holder act as a person, or reach their data, without their password.

- A capability URL: the link a shop, a payment service or a survey sends one customer, which opens
  their order, their checkout or their personal survey to whoever holds it (Shopify's
  `order.order_status_url` and `abandoned_checkout.abandoned_checkout_url`, a payment's `pay_url`, a
  payment service provider's `psp_redirect_url`, a password reset's or an invitation's link). It is
  kept in the row of the order, payment or person it opens; the same words in a table of settings, of
  payment methods or of gateways name the service's endpoint, and a survey's link is personal only in
  the row of the person it was sent to (a `surveys.survey_link` is the public one). A redirect or a
  callback URL alone is a client's registered endpoint (an OAuth client's `redirect_uri`).

- A one-time or verification code and its lookup hash, in the table that keeps them (Casdoor's
  `verification_record.code`, Authelia's `one_time_code.code` and `.signature`): whoever reads it
  completes the sign-in or the verification. A table whose rows are no codes sent (a list of statuses:
  `verification_status.code`) is no such table.

- The UUID in a share link or a password reset link (Dawarich's `stats.sharing_uuid`, memos'
  `memo_share.uid`, Evergreen's `usr_password_reset.uuid`): whoever holds the link sees what was shared
  or sets the password. Named for sharing it is the link's token wherever it is kept; a bare `uuid` or
  `uid` is the link's only in a table of shares or of password resets whose rows an `id` numbers, since a
  UUID that keys its row is no secret.

Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

from checker.evidence import Evidence
from checker.name_words import CREDENTIALS, PERSON, Vocabulary
from checker.table_context import TableContext

_LINK_WORDS = frozenset({"url", "uri", "link", "href"})
# what a link opens for the one person it was sent to
_OPENS = frozenset({"checkout", "pay", "payment", "psp", "reset", "activation", "activate", "invitation", "invite",
                    "magic", "recovery", "unlock", "confirmation", "verification", "verify"})
# a payment service's redirect to its own page for one payment (`psp_redirect_url`), no client's registered one
_PAYMENT_WORDS = frozenset({"pay", "payment", "psp", "checkout"})
_ORDER_WORDS = frozenset({"order", "orders", "purchase", "booking"})  # `order_status_url`: the order's own page
_SURVEY_WORDS = frozenset({"survey", "questionnaire", "poll"})
_OF_ONE_PERSON = frozenset({PERSON, "@linked", "@own"})
# a table that configures a service: its links are the service's endpoints (`payment_methods.payment_url`)
_SERVICE_TABLES = frozenset({"setting", "settings", "config", "configuration", "configurations", "method", "methods",
                             "gateway", "gateways", "provider", "providers", "template", "templates", "plugin",
                             "plugins", "integration", "integrations", "option", "options"})
_ONE_TIME_TABLES = frozenset({"otp", "otps", "verification", "verifications", "confirmation", "confirmations"})
# what a row of such a table is: a code sent, a record of one, a request for one (not a `verification_status`)
_CODE_ROWS = frozenset({"code", "codes", "record", "records", "request", "requests", "token", "tokens", "otp", "otps",
                        "verification", "verifications", "confirmation", "confirmations"})
_CODE_SECRETS = frozenset({"code", "signature", "code_hash", "code_signature"})
_UUID_WORDS = frozenset({"uuid", "uid", "guid"})
_SHARE_WORDS = frozenset({"share", "sharing"})
_SHARE_SECRETS = _UUID_WORDS | {"key", "secret", "hash"}  # `share_uuid`, `sharing_key`; no `share_code` (a stock's)
_PASSWORD_WORDS = frozenset({"password", "passwd", "pass", "pwd"})
_RESET_WORDS = frozenset({"reset", "resets", "recovery", "request", "requests"})
_UUID_TYPES = frozenset({"uuid", "uniqueidentifier"})
_BYTES_TYPES = frozenset({"bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary"})


def access_secret(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
                  vocab: Vocabulary) -> Evidence | None:
    """A capability URL, a one-time code or the UUID of a share or reset link, if the column keeps one."""
    if capability_url(words, sql_type, context, vocab):
        return Evidence(vocab.by_key[CREDENTIALS], True,
                        f"its name: the {'_'.join(words)} that opens one person's order, payment or account")
    if one_time_code(words, sql_type, context, vocab):
        return Evidence(vocab.by_key[CREDENTIALS], True, f"its name: the {'_'.join(words)} of a one-time code")
    if link_uuid(words, sql_type, context, siblings, vocab):
        return Evidence(vocab.by_key[CREDENTIALS], True,
                        f"its name: the {'_'.join(words)} of a share or password reset link")
    return None


def capability_url(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """`order_status_url`, `abandoned_checkout_url`, `pay_url`, `psp_redirect_url`, a person's `survey_link`:
    a link that opens one person's order, payment, account or survey, named by what it opens; a link
    to a payment's record at its processor (`payment_user_url`, `last_payment_error_doc_url`) is not."""
    if len(words) < 2 or words[-1] not in _LINK_WORDS or (sql_type and sql_type not in vocab.text_types):
        return False
    if _SERVICE_TABLES & set(context.words):
        return False
    qualifiers = words[:-1]
    if qualifiers[-1] in _OPENS or qualifiers[-1] == "redirect" and _PAYMENT_WORDS & set(qualifiers):
        return True
    if qualifiers[-1] == "status" and (_ORDER_WORDS & set(qualifiers) or _ORDER_WORDS & set(context.words)):
        return True
    return bool(_SURVEY_WORDS & set(qualifiers)) and bool(context.subjects & _OF_ONE_PERSON)


def one_time_code(words: list[str], sql_type: str, context: TableContext, vocab: Vocabulary) -> bool:
    """The `code` or `signature` kept as text or bytes in a table of one-time or verification codes."""
    if "_".join(words) not in _CODE_SECRETS or context.lookup:
        return False
    if sql_type and sql_type not in vocab.text_types and sql_type not in _BYTES_TYPES:
        return False
    table = list(context.words)
    if _ONE_TIME_TABLES & set(table) and table[-1] in _CODE_ROWS:
        return True
    joined = f"_{'_'.join(table)}_"
    return "_one_time_code_" in joined or "_one_time_password_" in joined


def link_uuid(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
              vocab: Vocabulary) -> bool:
    """`sharing_uuid` anywhere; a bare `uuid` or `uid` beside an `id` in a table of shares or password resets."""
    if sql_type and sql_type not in vocab.text_types and sql_type not in _UUID_TYPES:
        return False
    if len(words) == 2 and words[0] in _SHARE_WORDS and words[1] in _SHARE_SECRETS:
        return True
    if len(words) != 1 or words[0] not in _UUID_WORDS or "id" not in {sibling.lower() for sibling in siblings}:
        return False
    table = set(context.words)
    return bool(table & _SHARE_WORDS) or bool(table & _PASSWORD_WORDS and table & _RESET_WORDS)
