"""Column classification by name: what a column's name says it holds, in the categories of a pack.

Declared annotations always win (config `tables:`, `privgate:` comments); names are the fallback,
for `privgate init` proposals and for DDL or live-database columns nobody annotated.
"""

from __future__ import annotations

from checker.policy.model import Pack

# What a column name says it holds, as the last part of a category id ("account.email" ends in "email").
# English names plus common Bulgarian transliterations (ime, familia, telefon, adres, egn).
NAME_HINTS: dict[str, tuple[str, ...]] = {
    "email": ("email", "e_mail", "email_address", "mail"),
    "name": ("name", "full_name", "first_name", "last_name", "surname", "ime", "familia", "display_name"),
    "phone": ("phone", "phone_number", "mobile", "telefon", "gsm"),
    "address": ("address", "postal_address", "street", "adres", "billing_address"),
    "ip_address": ("ip", "ip_address", "client_ip", "remote_addr"),
    "country": ("country", "country_code", "darzhava"),
    "language": ("language", "preferred_language", "locale", "lang"),
    "os": ("os", "os_version", "operating_system", "platform"),
    "model": ("hardware_model", "device_model", "model"),
    "id": ("device_id", "device_uid", "idfa", "advertising_id"),
    "egn": ("egn", "egn_number", "personal_id_bg"),
    "lnch": ("lnch", "lnc", "foreigner_number"),
    "national_id": ("national_id", "ssn", "personal_number"),
    "tax_id": ("tax_id", "vat_number", "bulstat", "eik"),
    "login": ("last_login", "last_login_at", "login_at"),
}


# Types that only ever hold one kind of personal data (PostgreSQL inet/cidr: IP addresses; macaddr: devices).
TYPE_HINTS: dict[str, str] = {"inet": "ip_address", "cidr": "ip_address", "macaddr": "id", "macaddr8": "id"}


def category_from_type(table: str, column_type: str, pack: Pack) -> str | None:
    """The category a column's SQL type proposes (high confidence: the type admits nothing else)."""
    hint = TYPE_HINTS.get(column_type.split("(")[0].strip().lower())
    return category_for_concept(hint, table, pack) if hint else None


def suggestion_from_name(table: str, column: str, pack: Pack) -> tuple[str, str] | None:
    """A low-confidence guess from one word of a longer name (`contact_email_2` -> email): the
    category and the word, for an "undeclared personal data?" suggestion rather than a category."""
    words = column.lower().split("_")
    for concept, names in NAME_HINTS.items():
        for word in words:
            if word in names and len(word) > 2 and word not in ("id", "model", "os", "lang"):
                found = category_for_concept(concept, table, pack)
                if found:
                    return found, word
    return None


def category_for_concept(hint: str, table: str, pack: Pack) -> str | None:
    """The pack category for a concept (`email`): the table's own group first (`accounts` ->
    `account.email`), else the first personal category ending in it."""
    group = singular(table)
    if f"{group}.{hint}" in pack.categories:
        return f"{group}.{hint}"
    candidates = sorted(category for category in pack.categories
                        if category.split(".")[-1] == hint and pack.is_personal(category))
    return candidates[0] if candidates else None


def category_from_name(table: str, column: str, pack: Pack) -> str | None:
    """The category a column's name suggests; the table's own group wins (companies.name -> company.name)."""
    hint = next((concept for concept, names in NAME_HINTS.items() if column.lower() in names), None)
    return category_for_concept(hint, table, pack) if hint else None


def singular(table: str) -> str:
    name = table.split(".")[-1].lower()
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name
