"""Card payment records as shop carts, payment gateways and billing systems write them.

osCommerce's `orders` and every system that copied its checkout (Zen Cart, CRE Loaded, A2Billing's
`cc_payments` and `cc_epayment_log`) keep the card a customer paid with under a `cc_` prefix:
`cc_type`, `cc_owner`, `cc_number`, `cc_expires`, `cc_cvv`; Magento's order payments write
`cc_exp_month`, `cc_exp_year`, `cc_last4`, `cc_number_enc`, `cc_ss_issue`; Shopify's transactions
`payment_credit_card_company` (the card's network) and `payment_credit_card_number`; a browser's saved
cards (`cc_name`, `cc_number_enc`, `cc_number_last_4`) and a clinic's card authorisations (OpenEMR's
`cc_holder_name`, `cc_expiration_month`) too. Where the row keeps a
card's number or its last digits under that prefix, `cc_` is the credit card (elsewhere it is a
carbon copy: `cc_emails`), its owner the card holder's name and its type, expiry, CVV, issue and
start date parts of the card; its processor's results (`cc_status`, `cc_trans_id`, `cc_avs_status`)
are the gateway's. A card's type, network or expiry named in full
(`credit_card_type`, `creditcard_expires`, `credit_card_company`) is the card's anywhere.

PayPal's Instant Payment Notification, as those carts and billing systems store each one (Zen Cart's,
osCommerce's and xt:Commerce's `paypal`, A2Billing's `cc_paypal`: `txn_id` beside the `mc_gross`
amount), keeps the payer beside the merchant: the payer's PayPal ID (`payer_id`), their company
(`payer_business_name`), the country they live in and the note they wrote (`memo`) are theirs, while
the `business`, `receiver_email` and `receiver_id` the payment went to are the merchant's own. Any online
payment that keeps the gateway's answer (Gibbon's `paymentPayerID` beside `paymentTransactionID`) keeps the
ID the gateway knows the payer by.

A card that logs in (a row with its own user name: A2Billing's and MagnusBilling's prepaid calling
cards, `cc_card (username, uipass, expirationdate)`) is a customer's account, no payment card: its
expiry is when the account lapses, nobody's card detail.
Asked by checker.classify before the name's own terms.
"""

from __future__ import annotations

import re

from checker.evidence import Evidence
from checker.name_words import Vocabulary, matches, name_words, tokens

_CC_PREFIX = "cc"
_CARD_PREFIXES = (["credit", "card"], ["creditcard"])  # a card named in full: no carbon copy
# what a row names a card's number by under the `cc_` prefix (osCommerce's `cc_number`, Magento's `cc_last4`)
_NUMBERS = (["number"], ["num"], ["no"], ["number", "enc"], ["number", "encrypted"], ["last", "4"], ["last", "four"],
            ["number", "last", "4"])
_HOLDERS = (["owner"], ["holder"], ["name"], ["holder", "name"], ["owner", "name"], ["ss", "owner"],
            ["name", "on", "account"], ["name", "on", "card"])
# the card's own parts: its network, expiry, security code, and a debit card's issue number and start date
_PARTS = (["type"], ["expires"], ["expiry"], ["exp"], ["expiration"], ["expiration", "date"], ["exp", "date"],
          ["exp", "month"], ["exp", "year"], ["expiry", "month"], ["expiry", "year"], ["expiration", "month"],
          ["expiration", "year"], ["cvv"], ["cvv", "2"], ["cvc"], ["cid"], ["cid", "enc"], ["ss", "issue"],
          ["ss", "start", "month"], ["ss", "start", "year"], ["start", "month"], ["start", "year"], ["issue"],
          ["company"], ["brand"], ["network"], ["issuer"], ["bin"], *_NUMBERS)
# what a loader flattens a card under (Shopify's `transaction.payment_credit_card_company`, `payment_details_`)
_PAYMENT_WORDS = frozenset({"payment", "details"})
_EXPIRY_STARTS = ("expir", "exp", "valid")  # `expirationdate`, `expires_at`, `exp_month`, `valid_until`
_LOGINS = frozenset({"user.account.username"})


def card_payment_detail(column: str, siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """A card's holder or part under the `cc_` prefix beside the card's number, or named after a credit card
    in full (see the module's docstring)."""
    words = tokens(column)
    part = _after_card_prefix(words, siblings)
    if part is None:
        return None
    if part in _HOLDERS:
        return Evidence(vocab.by_key["user.name"], True,
                        f"its name: the holder of the card a payment was made with ('{column}')")
    if part in _PARTS:
        return Evidence(vocab.by_key["user.financial.credit_card"], True,
                        f"its name: a part of the card a payment was made with ('{column}')")
    return None


def _after_card_prefix(words: list[str], siblings: tuple[str, ...]) -> list[str] | None:
    """The words after a credit card's prefix: `credit_card_` anywhere (also under a payment: Shopify's
    `payment_credit_card_company`), `cc_` beside a card's number under it."""
    while len(words) > 2 and words[0] in _PAYMENT_WORDS:
        words = words[1:]
    for prefix in _CARD_PREFIXES:
        if len(words) > len(prefix) and words[:len(prefix)] == prefix:
            rest = words[len(prefix):]  # a `cc_` under it repeats the prefix: QuickBooks' `credit_card_cc_expiry_month`
            return rest[1:] if len(rest) > 1 and rest[0] == _CC_PREFIX else rest
    if len(words) > 1 and words[0] == _CC_PREFIX and _numbers_the_card(siblings):
        return words[1:]
    return None


# the processor's answer to one charge, named under the card's prefix (QuickBooks' `credit_card_auth_code`,
# `credit_card_cctrans_id`, osCommerce's `cc_status`): the gateway's record, no secret and nobody's card detail
_PROCESSOR_ANSWERS = (["auth", "code"], ["authorization", "code"], ["authorisation", "code"], ["approval", "code"],
                      ["auth", "id"], ["status"], ["avs", "status"], ["trans", "id"], ["cctrans", "id"],
                      ["transaction", "id"])


def processors_answer(column: str, siblings: tuple[str, ...]) -> bool:
    """The processor's authorisation code, transaction ID or status of a card payment: the gateway's, not the
    card holder's (an `auth_code` elsewhere is an OAuth grant, a credential)."""
    return _after_card_prefix(tokens(column), siblings) in _PROCESSOR_ANSWERS


# what a card statement shows of the merchant (Zuora's `soft_descriptor`, `soft_descriptor_phone`, Stripe's
# `statement_descriptor`): the business's own name and phone, printed on its customers' statements
_DESCRIPTORS = (["soft", "descriptor"], ["statement", "descriptor"])


def merchants_descriptor(column: str) -> bool:
    """The merchant's name or phone a card statement shows for a charge (see `_DESCRIPTORS`)."""
    words = tokens(column)
    return any(words[:len(prefix)] == prefix for prefix in _DESCRIPTORS)


# a cheque a payment was made or refunded with, flattened under its prefix (QuickBooks' `CheckPayment` of a refund
# receipt: `check_payment_account_number`, `check_payment_name_on_account`); its number and bank name are the bank's
_CHEQUE_PREFIXES = (["check", "payment"], ["cheque", "payment"])
_CHEQUE_ACCOUNTS = (["account", "number"], ["acct", "num"], ["acct", "number"], ["account", "no"], ["account", "num"])
_CHEQUE_HOLDERS = (["name", "on", "account"], ["account", "name"], ["account", "holder"], ["account", "holder", "name"])


def cheque_detail(column: str, vocab: Vocabulary) -> Evidence | None:
    """The account a cheque was drawn on and its holder's name, under the cheque payment's prefix."""
    words = tokens(column)
    prefix = next((prefix for prefix in _CHEQUE_PREFIXES if words[:len(prefix)] == prefix), None)
    if prefix is None:
        return None
    part = words[len(prefix):]
    if part in _CHEQUE_ACCOUNTS:
        return Evidence(vocab.by_key["user.financial.bank_account"], True,
                        f"its name: the account a cheque was drawn on ('{column}')")
    if part in _CHEQUE_HOLDERS:
        return Evidence(vocab.by_key["user.name"], True, f"its name: the holder of the account a cheque was drawn on ('{column}')")
    return None


def _numbers_the_card(siblings: tuple[str, ...]) -> bool:
    """A card's number or last digits kept under the `cc_` prefix (`cc_number`, `cc_number_enc`, `cc_last4`)."""
    return any((found := tokens(sibling))[:1] == [_CC_PREFIX] and found[1:] in _NUMBERS for sibling in siblings)


def accounts_validity(words: list[str], subjects: frozenset[str], siblings: tuple[str, ...], vocab: Vocabulary) -> bool:
    """An expiry in a table of cards that log in with a user name of their own (a prepaid calling card):
    when the customer's account lapses, no payment card's expiry."""
    if "@card" not in subjects or not any(word.startswith(_EXPIRY_STARTS) for word in words):
        return False
    return any(_a_login(sibling, vocab) for sibling in siblings)


def _a_login(column: str, vocab: Vocabulary) -> bool:
    """A column named as a whole for a login (`username`, `login`), not a word inside a longer name."""
    words = name_words(column, vocab)
    return any(kind.key in _LOGINS and term == "_".join(words) for kind, term in matches(vocab.terms, words))


# PayPal's IPN variables: a notification is known by its transaction ID beside its gross amount
_IPN_MARKS = frozenset({"txnid", "mcgross"})
_PAYERS = {"payerid": "user", "payerbusinessname": "user", "memo": "user.content",
           "residencecountry": "user.contact.address.country"}
_MERCHANTS = frozenset({"business", "receiveremail", "receiverid"})


def _plain(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _notifies_a_payment(siblings: tuple[str, ...]) -> bool:
    return _IPN_MARKS <= {_plain(sibling) for sibling in siblings}


def paypal_payer_detail(column: str, siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """The payer's PayPal ID, company, country and note in a stored PayPal payment notification."""
    key = _PAYERS.get(_plain(column))
    if key is None or not _notifies_a_payment(siblings):
        return None
    return Evidence(vocab.by_key[key], True, f"its name: the payer's '{column}' in a PayPal payment notification")


# a payment gateway's answer kept with the payment (Gibbon's `paymentPayerID` beside `paymentTransactionID`)
_GATEWAY_PAYERS = frozenset({"payerid", "paymentpayerid", "gatewaypayerid"})
_GATEWAY_TRANSACTIONS = ("transactionid", "txnid")


def gateway_payer_id(column: str, sql_type: str, siblings: tuple[str, ...], vocab: Vocabulary) -> Evidence | None:
    """The ID a payment gateway knows the payer by (PayPal's PayerID), kept as text beside the gateway's
    transaction ID: an identifier of the person who paid, where a whole-number `payer_id` is a key (to an
    insurer, OpenEMR's `ar_session.payer_id`)."""
    if _plain(column) not in _GATEWAY_PAYERS or sql_type not in vocab.text_types:
        return None
    if not any(_plain(sibling).endswith(_GATEWAY_TRANSACTIONS) for sibling in siblings):
        return None
    return Evidence(vocab.by_key["user"], True, f"its name: the ID a payment gateway knows the payer by ('{column}')")


def paypal_merchant(column: str, siblings: tuple[str, ...]) -> bool:
    """The merchant a PayPal payment notification was sent to (`business`, `receiver_email`): the business's own."""
    return _plain(column) in _MERCHANTS and _notifies_a_payment(siblings)
