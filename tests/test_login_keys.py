"""A schema whose accounts are known by their login, not by a number: every key to them is that
login. Matrix homeservers (Synapse, Dendrite) keep `users (name text, ...)` and a `user_id text`
holding `@alice:example.org` in every other table; a schema whose users have an `id` keeps its
`user_id`s as keys, whatever their type."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from checker.config import load_config
from checker.engine import load_project
from checker.table_context import login_keys

MATRIX = """
    CREATE TABLE users (name text, password_hash text, creation_ts bigint, admin smallint);
    CREATE TABLE access_tokens (id bigint, user_id text NOT NULL, device_id text, token text NOT NULL);
    CREATE TABLE room_memberships (event_id text, user_id text, sender text, room_id text, membership text);
    CREATE TABLE ignored_users (ignorer_user_id text NOT NULL, ignored_user_id text NOT NULL);
    CREATE TABLE user_stats (user_id bigint, joined_rooms integer);
    CREATE TABLE events (event_id text, room_id text, sender text, type text);
    CREATE TABLE rooms (room_id text, creator text, is_public boolean);
"""
NUMBERED = """
    CREATE TABLE users (id bigint, name text, email text);
    CREATE TABLE access_tokens (id bigint, user_id varchar(36), token text);
    CREATE TABLE rooms (id bigint, creator text, topic text);
"""


def catalog_of(tmp_path: Path, ddl: str):  # noqa: ANN201
    (tmp_path / "schema.sql").write_text(textwrap.dedent(ddl))
    (tmp_path / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"],
                                                            "dialect": "postgres", "catalog": {"ddl": ["schema.sql"]}}))
    return load_project(load_config(tmp_path / "privgate.yaml")).catalog


def test_a_key_to_accounts_known_by_their_login_is_the_login(tmp_path: Path) -> None:
    catalog = catalog_of(tmp_path, MATRIX)
    assert catalog.table("access_tokens").columns["user_id"] == "user.account.username"
    assert catalog.table("room_memberships").columns["user_id"] == "user.account.username"
    ignored = catalog.table("ignored_users").columns
    assert ignored["ignorer_user_id"] == ignored["ignored_user_id"] == "user.account.username"
    assert catalog.table("user_stats").columns["user_id"] is None  # a number is still a key
    # a party named by its part, as text, is a login there too
    assert catalog.table("events").columns["sender"] == catalog.table("rooms").columns["creator"] == "user.account.username"


def test_a_key_to_accounts_that_have_an_id_stays_a_key(tmp_path: Path) -> None:
    catalog = catalog_of(tmp_path, NUMBERED)
    assert catalog.table("access_tokens").columns["user_id"] is None  # a uuid kept as text
    assert catalog.table("rooms").columns["creator"] is None  # the login rule holds only where accounts have no number


@pytest.mark.parametrize(("tables", "expected"), [
    ({"users": {"name": "text", "password_hash": "text"}}, {"user_id"}),
    ({"public.accounts": {"username": "varchar(255)"}}, {"account_id"}),
    ({"users": {"id": "uuid", "name": "text"}}, set()),
    ({"users": {"user_id": "text", "name": "text"}}, set()),  # its own key column: rows are numbered by it
    ({"users": {"name": "bigint"}}, set()),
    ({"rooms": {"name": "text"}}, set()),  # not accounts
    ({"user_settings": {"name": "text", "value": "text"}}, set()),
], ids=["matrix", "accounts", "uuid_id", "own_key", "numbered_name", "rooms", "settings"])
def test_only_accounts_without_a_number_are_known_by_their_login(tables: dict[str, dict[str, str]],
                                                                  expected: set[str]) -> None:
    assert login_keys(tables) == expected
