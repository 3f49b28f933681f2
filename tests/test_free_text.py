"""Free text, who writes it and about whom: a comment left on people's rows is what a person wrote; the comment a
developer gives a database table or column, and the one an administrator gives an object of the application (a
counter, a sequence, a kind of actor), is nobody's."""

from __future__ import annotations

import pytest

from helpers import generic

# RuoYi's and yudao's code generator: the tables and columns it reads from information_schema, with their comments
GEN_TABLE = "table_id table_name table_comment class_name package_name function_author create_by create_time"
GEN_COLUMN = "column_id table_id column_name column_comment column_type java_type java_field is_pk create_time"
# MySQL's information_schema.COLUMNS, trimmed
COLUMNS = "TABLE_SCHEMA TABLE_NAME COLUMN_NAME ORDINAL_POSITION DATA_TYPE COLUMN_TYPE COLUMN_COMMENT"


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("gen_table", "table_comment", GEN_TABLE, None),
    ("gen_table_column", "column_comment", GEN_COLUMN, None),
    ("COLUMNS", "COLUMN_COMMENT", COLUMNS, None),
    ("orders", "internal_comments", "order_id customer_id total", "user.content"),
    ("customers", "customer_comment", "customer_id first_name email", "user.content"),
], ids=["gen-table", "gen-column", "information-schema", "order-comments", "customer-comment"])
def test_a_comment_named_for_a_table_or_column_is_the_schemas(table: str, column: str, siblings: str,
                                                              expected: str | None) -> None:
    """The comment of a database table or column, as information_schema and the code generators that read it keep
    it, describes the table; a comment on an order or a customer is still what staff wrote about people."""
    assert generic(table, column, "varchar(500)", siblings) == expected


# Web-delib's counters, sequences and kinds of actors (a council's deliberation software), and look-alikes that are
# people's: a bank booking named for its payer, a review under its writer's name, a survey's answers
@pytest.mark.parametrize(("table", "siblings", "expected"), [
    ("compteurs", "id nom def_compteur sequence_id def_reinit val_reinit created modified", None),
    ("sequences", "id nom num_sequence created modified", None),
    ("typeacteurs", "id nom elu created modified", None),
    ("buchung", "id umsatzid konto name betrag zweck datum art buchungsart", "user.content"),
    ("avis", "id nom produit_id note", "user.content"),
    ("survey_answers", "id question_id response_id", "user.content"),
], ids=["counter", "sequence", "actor-type", "booking", "review", "survey-answer"])
def test_a_comment_on_a_named_object_tied_to_nobody_is_the_administrators(table: str, siblings: str,
                                                                          expected: str | None) -> None:
    """A comment in a row known by its bare name, with no key to a person, no personal column and no date of
    something done, describes an object of the application; a booking (dated), a review (a table of what people
    write) and a survey's answers (named by nothing) keep what people wrote."""
    assert generic(table, "commentaire", "varchar(255)", siblings) == expected


@pytest.mark.parametrize(("column_type", "expected"), [("tinyint(2)", None), ("text", "user.content")],
                         ids=["flag", "text"])
def test_a_comment_kept_as_a_small_number_is_a_flag(column_type: str, expected: str | None) -> None:
    """foodsharing's `fs_foodsaver_has_wallpost.usercomment tinyint`: whether a wall post is a comment; no text
    fits a small number."""
    assert generic("wallpost_links", "usercomment", column_type, "foodsaver_id wallpost_id") == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("fs_message", "msg", "id sender_id recip_id unread name time attach", "user.content"),
    ("fs_report", "msg", "id foodsaver_id reporter_id reporttype time committed", "user.content"),
    ("ACT_HI_COMMENT", "FULL_MSG_", "ID_ TYPE_ TIME_ USER_ID_ TASK_ID_ PROC_INST_ID_ ACTION_ MESSAGE_", "user.content"),
    ("sys_logininfor", "msg", "info_id user_name ipaddr login_location browser os status login_time", None),
    ("fs_message", "error_msg", "id sender_id recip_id", None),
], ids=["message", "report", "workflow-comment", "login-log", "error"])
def test_msg_is_the_message_in_a_table_of_what_people_write(table: str, column: str, siblings: str,
                                                           expected: str | None) -> None:
    """`msg`, as schemas shorten message: the text of a message or a report between people, and the full text of
    a comment on a workflow task (Camunda's, Flowable's and Activiti's `ACT_HI_COMMENT.FULL_MSG_`); a login log's
    outcome and a delivery error are the system's."""
    assert generic(table, column, "text", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("thread_entry", "title", "id thread_id staff_id user_id type poster body format", "user.content"),
    ("entry", "title", "id pid user_id body", None),
], ids=["thread-entry", "entry"])
def test_an_entry_of_a_thread_is_a_post(table: str, column: str, siblings: str, expected: str | None) -> None:
    """osTicket's `thread_entry`: each message or note of a ticket's thread, its title the writer's; an entry of
    nothing named is no post."""
    assert generic(table, column, "varchar(255)", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("canned_response", "notes", "canned_id dept_id isenabled title response lang", None),
    ("gibbonMessengerCannedResponse", "body", "gibbonMessengerCannedResponseID subject gibbonPersonIDCreator", None),
    ("saved_reply", "body", "id title user_id", None),
    ("help_topic", "notes", "topic_id topic_pid ispublic staff_id team_id topic", None),
    ("ticket", "notes", "id user_id dept_id subject", "user.content"),
], ids=["canned-response", "messenger-canned-response", "saved-reply", "help-topic", "ticket"])
def test_a_help_desks_prepared_replies_and_topics_are_its_own(table: str, column: str, siblings: str,
                                                             expected: str | None) -> None:
    """A help desk's canned responses and saved replies (osTicket, Gibbon's messenger, Chatwoot, FreeScout), and
    the help topics it files requests under, are texts its staff prepare once for everyone; a ticket's notes are
    written about someone's request."""
    assert generic(table, column, "text", siblings) == expected


@pytest.mark.parametrize(("table", "siblings", "expected"), [
    ("fs_pushqueue", "id sender_id recip_id time message_id data status", "user.content"),
    ("push_queue", "id recip_id time data status", None),
], ids=["sender-and-recipient", "recipient-alone"])
def test_a_push_of_what_one_person_sent_another_is_theirs(table: str, siblings: str, expected: str | None) -> None:
    """foodsharing's push queue: the title and message of a chat message pushed from its sender to its recipient
    (`recip_id`, as mail and push queues shorten it); a push to one recipient alone may be the system's notice."""
    assert generic(table, "message", "varchar(400)", siblings) == expected
    assert generic(table, "title", "varchar(80)", siblings) == expected


@pytest.mark.parametrize(("table", "siblings", "expected"), [
    ("banned_ip", "id time expires expired revoked ip source", "user.content"),
    ("banned_user", "id time expires expired revoked username source", "user.content"),
    ("fs_email_blacklist", "email since", "user.content"),
    ("domain_blacklist", "id domain", None),
    ("firewall_rules", "id ip port", None),
], ids=["banned-ip", "banned-user", "email-blacklist", "domain-blacklist", "firewall-rule"])
def test_why_a_person_was_banned_is_written_about_them(table: str, siblings: str, expected: str | None) -> None:
    """A ban or a blacklist of a person's login, e-mail or IP (Authelia's banned_user and banned_ip, foodsharing's
    e-mail blacklist, as phpBB's banlist already was): its reason is what a moderator wrote about the person; a
    blacklist of domains and a firewall's rules hold no person."""
    assert generic(table, "reason", "text", siblings) == expected


@pytest.mark.parametrize(("table", "column", "siblings", "expected"), [
    ("dtb_deliv", "remark", "deliv_id product_type_id name service_name confirm_url rank status creator_id create_date "
                            "update_date", None),
    ("system_dict_data", "remark", "id sort label value dict_type status creator create_time updater update_time",
     None),
    ("orders", "note", "id name customer_id creator_id create_date", "user.content"),
    ("buchung", "kommentar", "id umsatzid konto name betrag datum art creator_id", "user.content"),
], ids=["delivery-method", "dictionary-entry", "order", "booking"])
def test_a_remark_on_a_named_object_only_its_writers_stamp_ties_is_the_staffs(table: str, column: str, siblings: str,
                                                                             expected: str | None) -> None:
    """EC-CUBE's delivery methods and yudao's dictionary entries, known by their name and tied to a person only by
    who created or updated them: their remark describes the object. An order's note (keyed to its customer) and a
    dated booking keep what people wrote."""
    assert generic(table, column, "text", siblings) == expected
