"""Social networks, dating sites and online communities: a member's own attributes in their profile,
what members write and post (notes, forum topics, wall posts, photo and video albums), and the
traces of members meeting one another. Schemas shaped as pH7Builder's, OpenPNE's, Dolphin's and
Friendica's are."""

from __future__ import annotations

import textwrap
from pathlib import Path

import yaml

from checker.catalog import Catalog
from checker.config import load_config
from checker.engine import load_project


def _catalog(root: Path, ddl: str) -> Catalog:
    """The catalog of a MySQL schema (columns keyed in lower case, as the catalog keeps them)."""
    (root / "schema").mkdir(parents=True, exist_ok=True)
    (root / "schema" / "tables.sql").write_text(textwrap.dedent(ddl).lstrip(), "utf-8")
    (root / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["gdpr-baseline"], "dialect": "mysql",
                                                        "catalog": {"ddl": ["schema/*.sql"]}}))
    return load_project(load_config(root / "privgate.yaml")).catalog


_MEMBERS = """
    CREATE TABLE site_members (profileId int unsigned NOT NULL AUTO_INCREMENT, email varchar(120),
        username varchar(40), password varchar(120), birthDate date, sex enum('male','female','couple'));
    CREATE TABLE site_admins (profileId tinyint unsigned NOT NULL AUTO_INCREMENT, email varchar(120),
        username varchar(40), password varchar(120));
"""


def test_a_profile_key_that_numbers_the_members_links_their_posts_to_them(tmp_path: Path) -> None:
    """pH7Builder numbers its members by `profileId` and has no table of profiles: a note or a forum
    topic holding that key is a member's, and what they wrote in it is theirs; the site's own blog,
    keyed to no member, is not."""
    catalog = _catalog(tmp_path, _MEMBERS + """
        CREATE TABLE site_notes (noteId int unsigned NOT NULL AUTO_INCREMENT, profileId int unsigned NOT NULL,
            title varchar(100), content longtext, createdDate datetime);
        CREATE TABLE site_forums_topics (topicId int unsigned NOT NULL AUTO_INCREMENT, forumId int,
            profileId int unsigned NOT NULL, title varchar(100), message text);
        CREATE TABLE site_blogs (blogId int unsigned NOT NULL AUTO_INCREMENT, title varchar(100), content longtext);
    """)
    notes, topics = catalog.table("site_notes").columns, catalog.table("site_forums_topics").columns
    assert (notes["title"], notes["content"]) == ("user.content", "user.content")
    assert (topics["title"], topics["message"]) == ("user.content", "user.content")
    assert (notes["profileid"], notes["createddate"], topics["forumid"]) == (None, None, None)
    assert catalog.table("site_blogs").columns == dict.fromkeys(("blogid", "title", "content"))


def test_a_profile_key_of_a_table_of_profiles_links_nothing(tmp_path: Path) -> None:
    """Where the schema has a table of profiles (a permission or a brewing profile), `profile_id` is a
    key to that thing's row, though a table of people carries it first."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE staff (profile_id int, email varchar(120), first_name varchar(50));
        CREATE TABLE profiles (id int, name varchar(60), permissions text);
        CREATE TABLE notes (id int, profile_id int, title varchar(100), content text);
    """)
    assert catalog.table("notes").columns == dict.fromkeys(("id", "profile_id", "title", "content"))


def test_the_titles_and_descriptions_of_a_members_photos_and_videos_are_what_they_wrote(tmp_path: Path) -> None:
    """A member's pictures, videos and albums (pH7Builder's, OpenPNE's `c_album`, Friendica's
    `photo`): the title and description are the member's words; counts, flags and dates are not. A
    music catalogue's album, keyed to no member, stays a thing."""
    catalog = _catalog(tmp_path, _MEMBERS + """
        CREATE TABLE site_pictures (pictureId int unsigned NOT NULL AUTO_INCREMENT, profileId int unsigned,
            albumId int unsigned, title varchar(80), description varchar(191), votes int, views int,
            approved enum('1','0'));
        CREATE TABLE c_album (c_album_id int, c_member_id int, subject text, description text, r_datetime datetime);
        CREATE TABLE c_member (c_member_id int, nickname text, birth_year int);
        CREATE TABLE album (album_id int, artist_id int, title varchar(160));
        CREATE TABLE artist (artist_id int, name varchar(120));
    """)
    pictures = catalog.table("site_pictures").columns
    assert (pictures["title"], pictures["description"]) == ("user.content", "user.content")
    assert (pictures["votes"], pictures["views"], pictures["approved"]) == (None, None, None)
    album = catalog.table("c_album").columns
    assert (album["subject"], album["description"], album["r_datetime"]) == ("user.content", "user.content", None)
    assert catalog.table("album").columns["title"] is None


def test_a_post_on_a_members_wall_is_what_they_wrote(tmp_path: Path) -> None:
    """A wall post (pH7Builder's `members_wall`, Dolphin's wall): the member's words."""
    catalog = _catalog(tmp_path, _MEMBERS + """
        CREATE TABLE site_members_wall (wallId int unsigned NOT NULL AUTO_INCREMENT, profileId int unsigned,
            post text, createdDate datetime);
    """)
    assert catalog.table("site_members_wall").columns["post"] == "user.content"
