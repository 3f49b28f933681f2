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


def category_from_name(table: str, column: str, pack: Pack) -> str | None:
    """The category a column's name suggests; the table's own group wins (companies.name -> company.name)."""
    hint = next((concept for concept, names in NAME_HINTS.items() if column.lower() in names), None)
    if hint is None:
        return None
    group = singular(table)
    if f"{group}.{hint}" in pack.categories:
        return f"{group}.{hint}"
    candidates = sorted(category for category in pack.categories
                        if category.split(".")[-1] == hint and pack.is_personal(category))
    return candidates[0] if candidates else None


def singular(table: str) -> str:
    name = table.split(".")[-1].lower()
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name
