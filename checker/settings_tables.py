"""An application's own settings, the flags about credentials and the secrets named as keys.

Every web application keeps its settings: a one-row configuration table with a column per setting
(GNUBOARD5's `g5_config (cf_admin_email, cf_possible_ip, cf_req_tel, cf_icode_pw, cf_kakao_rest_key)`)
or key/value rows (`wp_options`, `settings (name, value)`). A setting is the site's (the labelling
rules 4 and 7): its own e-mail and phone, the allowed IPs are nobody's, while the blocked IPs are
the people kept out, and the secrets are credentials whoever owns them: an SMS account's password,
API, REST, merchant and encryption keys, tokens; a key published in the site's pages (a reCAPTCHA
site key, a JavaScript key, a payment widget's client key) is no secret. A settings table named for
a person or keyed to one (`user_settings`, `notification_settings.user_id`) holds that person's own.

Anywhere:
- a flag named by its verb before a credential's or a login's word (Jellyfin's `EnableAutoLogin`,
  `MustUpdatePassword` as INTEGER, GNUBOARD5's `cf_req_tel tinyint`) says whether, not what;
- an IP named as allowed (`ip_whitelist`) is a setting, none;
- an administrator named bare as text outside a person's own row (`cf_admin`, `bo_admin`) is their login;
- a salt named last (as bytes, named for a password: `user_psalt`, or bare beside what it salts:
  `ea_user_settings (password, salt)`) is a credential, as is a link's secret: a document's `url_key`
  (InvoicePlane's `invoice_url_key`, the part of the link a client opens an invoice with), the bare hash,
  token or key of a booking, a temporary link or a licence (Easy!Appointments' `ea_appointments.hash`,
  Workout.cool's `licenses.key`); a DKIM public key beside its selector (published in DNS) and the token of
  a link published on purpose (Documenso's `TemplateDirectLink`) are not.
The vocabulary is data: checker/data/settings_tables.json. Asked by checker.classify after the
other rules, to reconsider what they found.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from checker.evidence import Evidence
from checker.name_words import CREDENTIALS, PERSON, WHOLE_NUMBER_TYPES, Vocabulary, name_words, singular_word
from checker.table_context import TableContext, person_key, without_copy_words, without_tag

VOCABULARY = Path(__file__).parent / "data" / "settings_tables.json"
_IP = "user.device.ip_address"
_BYTES_TYPES = frozenset({"bytea", "blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary", "raw"})
_KEY_ENDINGS = frozenset({"id", "no", "nr", "fk", "uuid", "guid"})
_OWNERS_KEYS = frozenset({"uid", "userid", "user", "usr", "member", "memberid", "owner"})  # `user`: a key, named bare
# a site's, a board's or a group's administrator named bare as text (GNUBOARD5's `cf_admin`, `bo_admin`, `gr_admin`):
# their member ID; a yes or no (`users.admin boolean`, or as text in a person's own row: 'true') is a flag
_ADMINS = (["admin"], ["super", "admin"], ["superadmin"], ["administrator"])
# what a flag's verb can make a credential, a login or a contact detail of: whether one is asked for or used
_FLAGGED_KINDS = frozenset({CREDENTIALS, "user.account.username", "user.contact.email", "user.contact.phone_number",
                            _IP, "user.contact", "user.name"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return {name: frozenset(values) for name, values in data.items() if not name.startswith("_")}


def reconsidered(found: Evidence | None, column: str, sql_type: str, context: TableContext,
                 siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """What the column holds once settings, flags and link secrets are taken into account: `found`
    (the other rules' answer), none instead, or a credential the other rules missed."""
    words = without_tag(name_words(column, vocab), context.tag)
    if not words:
        return found
    if found is not None:
        return None if _not_what_it_names(found, words, sql_type, context, siblings, vocab) else found
    if words in _ADMINS and sql_type in vocab.text_types and PERSON not in context.subjects:
        return Evidence(vocab.by_key["user.account.username"], True,
                        f"its name: the administrator '{'_'.join(words)}' named as text, by their login")
    secret = _secret(words, sql_type, context, siblings, vocab)
    return Evidence(vocab.by_key[CREDENTIALS], True, secret) if secret else None


def site_settings(context: TableContext, siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A table of the application's own settings (`g5_config`, `ea_settings`, `event_settings`), not a
    person's: not named for one (`user_settings`), nor keyed to one (`notification_settings.user_id`)."""
    words, heads = without_copy_words(context.words, vocab), _words()["settings_heads"]
    if not words or singular_word(words[-1]) not in heads and words[-1] not in heads:
        return False
    if any((word in vocab.person_tables or singular_word(word) in vocab.person_tables or word in vocab.person_words)
           and word not in _words()["site_roles"] for word in words[:-1]):
        return False
    return not any(_keyed_to_a_person(without_tag(name_words(sibling, vocab), context.tag), vocab)
                   for sibling in siblings)


def _keyed_to_a_person(words: list[str], vocab: Vocabulary) -> bool:
    """`user_id`, `member_no`, a bare `uid`: a key to the person whose settings the row holds; not an OAuth
    client's ID or key named after its service (`google_clientid`, `toss_client_key`), nor the admin a site's
    settings name (`cf_admin`, `adminId`)."""
    if len(words) == 1:
        return words[0] in _OWNERS_KEYS
    return (len(words) == 2 and words[0] not in _words()["site_roles"] and words[-1] in _KEY_ENDINGS
            and person_key(words, vocab))


def _not_what_it_names(found: Evidence, words: list[str], sql_type: str, context: TableContext,
                       siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A flag about a credential or a contact detail, an allowed IP, a site's own contact setting or
    a key its pages publish: none, whatever the word in it says."""
    key = found.kind.key
    if key in _FLAGGED_KINDS and _flag(words, sql_type, vocab):
        return True
    if key == _IP and _named_allowed(words):
        return True
    if key == CREDENTIALS and (_published_link_token(words, context) or _dns_public_key(words, siblings, vocab)):
        return True
    if not site_settings(context, siblings, vocab):
        return False
    if key in _words()["contact_kinds"]:
        return not (key == _IP and any(word in _words()["blocked"] for word in words))
    if key == "user.account.username":
        return any(word in _words()["service_accounts"] for word in words)  # `smtp_user`: the site's mailbox login
    return key == CREDENTIALS and _published_key(words)


def _published_link_token(words: list[str], context: TableContext) -> bool:
    """Documenso's `TemplateDirectLink.token`: the token of a link published so anyone may use it."""
    pairs = {"_".join(pair) for pair in zip(context.words, context.words[1:])} | set(context.words)
    return words[-1] == "token" and bool(pairs & _words()["published_links"])


def _dns_public_key(words: list[str], siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """Documenso's `EmailDomain.publicKey` beside its `selector`: a DKIM public key, published in DNS."""
    return (words[-2:] == ["public", "key"] or words[-1] == "publickey") and any(
        "_".join(name_words(sibling, vocab)) in _words()["dns_published"] for sibling in siblings)


def _flag(words: list[str], sql_type: str, vocab: Vocabulary) -> bool:
    """`EnableAutoLogin INTEGER`, `cf_req_tel tinyint`, `require_password boolean`: a flag's verb first, kept as a
    number or a yes or no."""
    return (len(words) > 1 and words[0] in _words()["flag_verbs"]
            and (sql_type in WHOLE_NUMBER_TYPES or sql_type in vocab.boolean_types))


def _named_allowed(words: list[str]) -> bool:
    """`cf_possible_ip`, `ip_whitelist`, `allowed_ips`: the addresses a setting lets in."""
    return any(word in _words()["allowed"] for word in words) and not any(word in _words()["blocked"] for word in words)


def _published_key(words: list[str]) -> bool:
    """`recaptcha_site_key`, `kakao_js_apikey`, `toss_client_key`, `public_key`: a key the site's pages carry; not
    a payment service's site key (KCP's `site_key` signs its requests)."""
    if words[-1] not in ("key", "apikey", "api_key", "publickey", "sitekey"):
        return False
    captcha = any(word in _words()["captchas"] for word in words)
    return (words[-1] == "publickey" or any(word in _words()["public_qualifiers"] for word in words[:-1])
            or captcha and (words[-1] == "sitekey" or "site" in words[:-1]))


def _secret(words: list[str], sql_type: str, context: TableContext, siblings: tuple[str, ...],
            vocab: Vocabulary) -> str | None:
    """Why a column the other rules found nothing in is a credential, or None."""
    texts = sql_type in vocab.text_types or not sql_type
    if words[-1] in _words()["salts"] and (sql_type in _BYTES_TYPES or texts and (
            words[-1] != "salt" or _beside_a_secret(siblings, vocab))):
        return f"its name: a salt ('{'_'.join(words)}'), kept with a password or a token"
    if not texts:
        return None
    if words[-2:] == ["url", "key"] and not _slug_beside(siblings, vocab):
        return "its name: the secret key of a document's link, which opens it without a login"
    head = singular_word(without_copy_words(context.words, vocab)[-1]) if context.words else ""
    if len(words) == 1 and words[0] in _words()["link_secret_names"] and (
            head in _words()["link_secret_holders"] or "_".join(context.words[-2:]) in _words()["link_secret_holders"]):
        return f"its name: the {words[0]} of a {head}, the secret a link or an activation opens it with"
    if site_settings(context, siblings, vocab) and _settings_secret(_without_stored_form(words), context):
        return f"its name: a secret among the application's settings ('{'_'.join(words)}')"
    return None


def _settings_secret(words: list[str], context: TableContext) -> bool:
    """`icode_pw`, `kakao_rest_key`, `lg_mert_key`, `cert_kcp_enckey`: a secret named last, after the
    service it opens; not a setting's own name in key/value rows (`config_key`, Zen Cart's
    `configuration.configuration_key`) nor a key the site's pages publish."""
    if len(words) < 2 or words[-1] not in _words()["secret_words"]:
        return False
    named = words[-2] in _words()["not_secret_qualifiers"] or words[-2] in _words()["settings_heads"] or words[-2] in {
        singular_word(word) for word in context.words} | set(context.words)
    return not (_published_key(words) or named)


def _beside_a_secret(siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A password, hash, token or key beside a bare `salt` (`ea_user_settings (password, salt)`): what it salts;
    a recipe's salt has none."""
    return any(found and found[-1] in _words()["salted"]
               for found in (name_words(sibling, vocab) for sibling in siblings))


def _without_stored_form(words: list[str]) -> list[str]:
    """`smtp_pass_encrypted` -> smtp, pass: the setting, without how it is stored."""
    return words[:-1] if len(words) > 2 and words[-1] in _words()["stored_forms"] else words


def _slug_beside(siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """A catalogue's page address beside the url key (Magento's `url_path`, a `slug`): the key is its SEO name."""
    return any("_".join(name_words(sibling, vocab)) in _words()["slug_siblings"] for sibling in siblings)
