"""Citizen report and case systems (FixMyStreet, Open311, Decidim, a council's 311 desk): reports of street
problems, the updates and comments people add to them, under a name they may hide."""

from __future__ import annotations

import pytest

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

