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

# a workflow engine (Camunda, Flowable, Activiti): its identity service's user ID is the login an
# administrator chose, and tasks, identity links and comments name people by it, as text
WORKFLOW = """
    CREATE TABLE ACT_ID_USER (ID_ varchar(64), REV_ integer, FIRST_ varchar(255), LAST_ varchar(255),
                              EMAIL_ varchar(255), PWD_ varchar(255));
    CREATE TABLE ACT_ID_MEMBERSHIP (USER_ID_ varchar(64), GROUP_ID_ varchar(64));
    CREATE TABLE ACT_RU_TASK (ID_ varchar(64), PROC_INST_ID_ varchar(64), PROC_DEF_ID_ varchar(64), NAME_ varchar(255),
                              TASK_DEF_KEY_ varchar(255), OWNER_ varchar(255), ASSIGNEE_ varchar(255));
    CREATE TABLE ACT_HI_IDENTITYLINK (ID_ varchar(64), USER_ID_ varchar(255), TASK_ID_ varchar(64),
                                      ASSIGNER_ID_ varchar(64), TYPE_ varchar(255));
    CREATE TABLE ACT_HI_PROCINST (ID_ varchar(64), START_USER_ID_ varchar(255), BUSINESS_KEY_ varchar(255));
    CREATE TABLE ACT_RU_JOB (ID_ varchar(64), LOCK_OWNER_ varchar(255), RETRIES_ integer);
    CREATE TABLE ACT_RU_METER_LOG (ID_ varchar(64), NAME_ varchar(64), REPORTER_ varchar(255), VALUE_ bigint);
"""
# an application keyed by generated text IDs (Prisma's cuid, a UUID kept as varchar), whose users log in
# by e-mail and whose parties are keys
TEXT_KEYED = """
    CREATE TABLE users (id varchar(191), email varchar(191), password varchar(191), first_name varchar(191));
    CREATE TABLE tasks (id varchar(191), user_id varchar(191), owner_id varchar(191), title varchar(191));
"""
# Keycloak: a UUID `ID` beside the `USERNAME` the person logs in with
UUID_WITH_LOGIN = """
    CREATE TABLE USER_ENTITY (ID varchar(36), USERNAME varchar(255), EMAIL varchar(255), FIRST_NAME varchar(255));
    CREATE TABLE CREDENTIAL (ID varchar(36), USER_ID varchar(36), SECRET_DATA text);
    CREATE TABLE RESOURCE_SERVER_RESOURCE (ID varchar(36), NAME varchar(255), OWNER varchar(36));
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


def test_a_workflow_engines_user_ids_are_logins(tmp_path: Path) -> None:
    catalog = catalog_of(tmp_path, WORKFLOW)
    login = "user.account.username"
    assert catalog.table("ACT_ID_USER").columns["id_"] == login  # the login itself
    assert catalog.table("ACT_ID_MEMBERSHIP").columns["user_id_"] == login
    task = catalog.table("ACT_RU_TASK").columns
    assert task["assignee_"] == task["owner_"] == login
    link = catalog.table("ACT_HI_IDENTITYLINK").columns
    assert link["user_id_"] == link["assigner_id_"] == login
    assert catalog.table("ACT_HI_PROCINST").columns["start_user_id_"] == login
    # the engine node holding a job's lock, or reporting a meter's figures, is no person
    assert catalog.table("ACT_RU_JOB").columns["lock_owner_"] is None
    assert catalog.table("ACT_RU_METER_LOG").columns["reporter_"] is None


@pytest.mark.parametrize("ddl", [TEXT_KEYED, UUID_WITH_LOGIN], ids=["text_keyed", "uuid_with_login"])
def test_a_text_id_is_no_login_where_parties_are_keys_or_a_login_column_exists(tmp_path: Path, ddl: str) -> None:
    catalog = catalog_of(tmp_path, ddl)
    for table in catalog.tables.values():
        for column, category in table.columns.items():
            if column.lower() in ("id", "user_id", "owner_id", "owner"):
                assert category is None, f"{table.name}.{column}"


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


# a Korean community site (GNUBOARD, gnuboard4): the member table's columns carry its code `mb_`, rows are
# numbered by `mb_no`, and the string ID a member signs in with, `mb_id`, keys them in every other table
COMMUNITY = """
    CREATE TABLE g5_member (mb_no integer, mb_id varchar(20), mb_password varchar(255), mb_name varchar(255),
                            mb_level smallint, mb_datetime timestamp);
    CREATE TABLE g5_point (po_id integer, mb_id varchar(20), po_content varchar(255), po_point integer);
    CREATE TABLE g5_memo (me_id integer, me_recv_mb_id varchar(20), me_send_mb_id varchar(20), me_memo text);
    CREATE TABLE g5_board (bo_table varchar(20), bo_admin varchar(255), bo_subject varchar(255), bo_skin varchar(255));
"""
# the same site, its members known by a UUID kept as text: a key, no login
COMMUNITY_UUID = """
    CREATE TABLE g5_member (mb_id char(36), mb_password varchar(255), mb_name varchar(255), mb_level smallint);
    CREATE TABLE g5_point (po_id integer, mb_id char(36), po_point integer);
"""


def test_a_coded_member_id_kept_as_text_is_the_members_login(tmp_path: Path) -> None:
    catalog = catalog_of(tmp_path, COMMUNITY)
    login = "user.account.username"
    assert catalog.table("g5_member").columns["mb_id"] == login
    assert catalog.table("g5_point").columns["mb_id"] == login
    memo = catalog.table("g5_memo").columns
    assert memo["me_recv_mb_id"] == memo["me_send_mb_id"] == login
    assert catalog.table("g5_board").columns["bo_admin"] == login  # the member who runs the board
    assert catalog.table("g5_member").columns["mb_no"] is None


def test_a_coded_member_id_kept_as_a_uuid_is_a_key(tmp_path: Path) -> None:
    catalog = catalog_of(tmp_path, COMMUNITY_UUID)
    assert catalog.table("g5_point").columns["mb_id"] is None
    member = {"mb_id": "char(36)", "mb_password": "varchar(255)", "mb_name": "varchar(255)"}
    assert login_keys({"g5_member": member}) == set()
