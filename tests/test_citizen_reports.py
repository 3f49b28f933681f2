"""Citizen report and case systems (FixMyStreet, Open311, Decidim, a council's 311 desk): reports of street
problems, the updates and comments people add to them, under a name they may hide."""

from __future__ import annotations

import pytest

from checker.classify import evidence
from checker.table_context import people_through_keys, referrers
from helpers import generic

# FixMyStreet's update on a report, trimmed (without its `anonymous` flag: that alone says whose the name is)
COMMENT = "id problem_id user_id name website text photo state send_fail_reason"


@pytest.mark.parametrize(("table", "columns", "column", "expected"), [
    ("comment", COMMENT, "text", "user.content"),  # beside the commenter's website, as WordPress's comment_author_url
    ("organizers", "id account_id name email phone website description", "email", None),  # a business's own site
], ids=["comment-text", "organizer"])
def test_a_website_beside_what_people_write_is_the_writers_not_a_business(table: str, columns: str, column: str,
                                                                          expected: str | None) -> None:
    """A website of its own makes a row a business's (an event organiser's), except beside what people write:
    a comment's website is the commenter's, and the comment stays theirs."""
    assert generic(table, column, "text", columns) == expected


# FixMyStreet's report of a street problem, trimmed
PROBLEM = "id postcode latitude longitude title detail name user_id state send_fail_reason"


@pytest.mark.parametrize(("column", "expected"), [
    ("detail", "user.content"),        # what the reporter wrote about the pothole
    ("title", "user.content"),
    ("latitude", "user.location.precise"),
    ("state", None),                   # open, fixed, closed: the report's, no region of an address
    ("send_fail_reason", None),        # why the system could not send it to the council
])
def test_a_citizen_report_is_a_work_item_whose_text_is_the_reporters(column: str, expected: str | None) -> None:
    """A report of a problem is a work item: its details are what the reporter wrote, its state its status,
    beside its postcode too, and the reason a sending failed the system's words."""
    assert generic("problem", column, "double precision" if column == "latitude" else "text", PROBLEM) == expected


def test_a_failure_reason_on_a_persons_update_is_the_systems() -> None:
    """On a comment keyed to its writer, a reason is what somebody typed, unless a failure says the system wrote it."""
    columns = "id user_id text hide_reason send_fail_reason"
    assert generic("comment", "hide_reason", "text", columns) == "user.content"
    assert generic("comment", "send_fail_reason", "text", columns) is None


@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("problem", "id user_id anonymous name title detail", "user.name"),     # the reporter's, hidden or not
    ("comments", "id post_id name email comment is_anonymous", "user.name"),  # a blog's commenter
    ("problem", "id user_id name title detail", None),                      # no flag: a work item's name says little
    ("products", "id name price anonymous", None),                          # a thing's name
], ids=["report", "blog-comment", "no-flag", "product"])
def test_a_name_beside_a_flag_that_hides_it_is_the_authors(table: str, columns: str, expected: str | None) -> None:
    """A row with an `anonymous` flag is what a person contributed, shown with or without their name:
    the bare `name` beside the flag is the author's; not in a table of things."""
    assert generic(table, "name", "text", columns) == expected


@pytest.mark.parametrize(("table", "columns", "column", "expected"), [
    ("problem", PROBLEM + " uprn", "uprn", "user.contact.address"),        # the property a missed bin is reported for
    ("property", "uprn discount_date", "uprn", "user.contact.address"),     # a resident's property (WasteWorks)
    ("problem", PROBLEM + " bodies_str", "bodies_str", None),              # the councils it goes to, as one string
    ("kunden", "kunden_id name hausnummer_str", "hausnummer_str", "user.contact.address"),  # a German Str.
], ids=["uprn", "property-uprn", "bodies-str", "german-str"])
def test_a_uk_property_reference_is_an_address_and_a_plurals_string_no_street(
        table: str, columns: str, column: str, expected: str | None) -> None:
    """The UPRN (the UK's Unique Property Reference Number, AddressBase's key of an addressable property) of a
    resident's report or property is their address, as a code that is the data; `bodies_str` is a plural's items
    joined in a string (`_str`), where `Str.` after a German street word is a street."""
    assert generic(table, column, "text", columns) == expected


@pytest.mark.parametrize(("table", "columns", "expected"), [
    ("problem", "id user_id anonymous name title extra", "user"),       # the reporter's answers to the category's questions
    ("problem", "id user_id anonymous name title metadata", None),      # the row's own bookkeeping
    ("problem", "id user_id name title extra", None),                   # no sign whose it is
], ids=["authored", "metadata", "no-flag"])
def test_a_document_in_a_row_a_person_contributed_is_about_them(table: str, columns: str, expected: str | None) -> None:
    """Beside a flag that hides its author's name, a row is what a person contributed: a JSON document in it
    (FixMyStreet's `extra`: the answers a category asks the reporter for) is about them, unless named as
    the row's own metadata."""
    column = columns.split()[-1]
    assert generic(table, column, "jsonb", columns) == expected


@pytest.mark.parametrize(("column_type", "expected"), [
    ("jsonb", "user.authorization.credentials"),  # FixMyStreet: the e-mail, name and password a token confirms
    ("text", "user.authorization.credentials"),
    ("timestamp", None),
])
def test_the_data_a_token_stands_for_is_kept_with_it_as_a_secret(column_type: str, expected: str | None) -> None:
    """The data of a stored token, as text or as a document, is what the token stands for: a credential."""
    assert generic("token", "data", column_type, "scope token data created") == expected


@pytest.mark.parametrize(("column", "column_type", "expected"), [
    ("oidc_ids", "text[]", "user.account.username"),     # the person's subjects at OpenID Connect providers
    ("openid_id", "text", "user.account.username"),
    ("oidc_enabled", "boolean", None),                    # a setting
])
def test_an_openid_connect_subject_identifies_the_person(column: str, column_type: str, expected: str | None) -> None:
    """FixMyStreet's `users.oidc_ids`: the IDs a person signs in with at OpenID Connect providers, as a
    Twitter or Facebook ID is theirs there."""
    assert generic("users", column, column_type, "id email name twitter_id") == expected


def test_a_reports_text_kept_before_moderation_is_the_reporters() -> None:
    """FixMyStreet's `moderation_original_data`, keyed to a report and through it to its reporter: the title and
    detail it keeps are the report's text before a moderator changed it; known to reach nobody, nobody's."""
    tables = {"users": ["id", "email", "name"],
              "problem": ["id", "user_id", "title", "detail"],
              "moderation_original_data": ["id", "problem_id", "title", "detail", "created"]}
    chains = people_through_keys(tables, referrers(tables))
    found = [evidence("moderation_original_data", column, "text", tables["moderation_original_data"],
                      through=chains.get("moderation_original_data", ())) for column in ("title", "detail")]
    assert [item.kind.key if item else None for item in found] == ["user.content", "user.content"]
    assert evidence("moderation_original_data", "detail", "text", tables["moderation_original_data"]) is None
