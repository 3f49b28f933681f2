"""Tables a web framework or a widely used library creates in every application built on it.

A framework's own migration creates the same table with the same columns in every application that
installs it, and its documentation says what each column holds, so knowing the table once recognises
it in every unseen schema: Rails's ActionText keeps the rich text people write in
`action_text_rich_texts.body`; a job queue keeps each job with the arguments it was enqueued with
(delayed_job's `handler`, the serialised job; Laravel's `jobs.payload` and `failed_jobs.payload`;
GoodJob's `serialized_params`; Solid Queue's, Oban's and River's `arguments` or `args`; Hangfire's
`Job.Arguments`; Celery's task arguments): the record and the person a mail or an export is for;
the `noticed` gem's `params` the records a notification names; AuthTrail's
`login_activities.identity` the e-mail address typed at sign-in, and its `city`, `region` and
`country` where the sign-in's IP address geolocates; PaperTrail's `object` and
`object_changes` the audited row as it was and its changes, whatever table a model keeps its
versions in, as spatie/laravel-activitylog's `activity_log.properties` (the attributes, old and new);
Laravel Telescope's `telescope_entries.content` each request, query, mail and job it recorded;
django-axes's `get_data` and `post_data` the sign-in form; Ahoy Email's `ahoy_messages.to` the address
a mail went to; a session store's data and key (Laravel's `sessions`, Django's `django_session`,
Spring Session's attributes) the signed-in session, a credential; ASP.NET Core Identity's normalised
user name and e-mail, security stamp, tokens and claims; Auth.js's linked accounts, sessions and
e-mail verification tokens (`identifier`: the address the link went to); Supabase Auth's (GoTrue's)
refresh token's `parent` (the token it replaced) and one-time token's `relates_to` (the e-mail address
or phone number it was sent to); WordPress multisite's sign-ups (`wp_signups.meta`: what the person
signed up with; `title`: the new site's).

A framework table is known by its name and its columns together (a conference app's `sessions` is
not Laravel's), after the prefix an installation chooses where the framework has one (WordPress);
where a library lets each model name its own table (PaperTrail), by its columns alone. What the
framework says a column is not (a job's queue, a blob's checksum, AuthTrail's `context`, the
controller and action; Laravel Pulse's `key_hash`, an index on the key, no secret) is nobody's; a
column it says nothing of keeps what the general rules say. The tables are data:
checker/data/framework_tables.json. Asked by checker.classify first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

TABLES = Path(__file__).parent / "data" / "framework_tables.json"
NOT_PERSONAL = "none"  # what a framework says a column holds when it is nobody's


@dataclass(frozen=True)
class FrameworkTable:
    """A table a framework creates: the names it gives it (empty: any), the columns that mark it, and
    what it keeps in some of them (a taxonomy key, or NOT_PERSONAL)."""

    framework: str
    names: frozenset[str]
    columns: frozenset[str]
    holds: dict[str, str]
    prefixed: bool = False  # named after a prefix each installation chooses (WordPress's `wp_signups`)

    def named(self, name: str) -> bool:
        """Whether a table so named (compared) can be this one."""
        if not self.names:
            return True
        return any(name.endswith(known) for known in self.names) if self.prefixed else name in self.names


@dataclass(frozen=True)
class FrameworkColumn:
    """What a framework keeps in one column of its table."""

    framework: str
    table: str
    key: str  # a taxonomy key, or NOT_PERSONAL


def _compared(name: str) -> str:
    """A table or column name as compared: its last dotted part, unquoted, lower case, without
    underscores (`providerAccountId`, `provider_account_id`; `[HangFire].[Job]`)."""
    last = name.rsplit(".", 1)[-1]
    return last.strip('"`[] ').lower().replace("_", "")


@lru_cache(maxsize=1)
def framework_tables() -> tuple[FrameworkTable, ...]:
    data = json.loads(TABLES.read_text("utf-8"))
    return tuple(FrameworkTable(entry["framework"],
                                frozenset() if entry.get("any_name") else frozenset(map(_compared, entry["names"])),
                                frozenset(map(_compared, entry["columns"])),
                                {_compared(column): key for column, key in entry["holds"].items()},
                                bool(entry.get("prefixed")))
                 for entry in data["tables"])


@lru_cache(maxsize=4096)
def _framework_table(table: str, columns: frozenset[str]) -> FrameworkTable | None:
    name = _compared(table)
    return next((known for known in framework_tables()
                 if known.named(name) and known.columns <= columns), None)


def framework_table(table: str, columns: Iterable[str]) -> FrameworkTable | None:
    """The framework table this is, by its name and all the columns that mark it, if any."""
    return _framework_table(table, frozenset(map(_compared, columns)))


@lru_cache(maxsize=1)
def _held_columns() -> frozenset[str]:
    """Every column some framework says what it keeps in: no other column needs its table looked at."""
    return frozenset(column for known in framework_tables() for column in known.holds)


def framework_column(table: str, column: str, siblings: Iterable[str]) -> FrameworkColumn | None:
    """What the framework that creates the table keeps in the column, where it says."""
    if _compared(column) not in _held_columns():
        return None
    known = framework_table(table, (column, *siblings))
    key = known.holds.get(_compared(column)) if known else None
    return FrameworkColumn(known.framework, table, key) if known and key else None
