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


def test_a_middle_name_says_an_affiliates_details_are_a_persons(tmp_path: Path) -> None:
    """pH7Builder's affiliates promote the site for a commission: their details carry a business name
    and a tax ID, as a company's would, but also a middle name, which only people have. A vendor's
    details, with no name of a person's, stay the company's."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE site_affiliates (profileId int unsigned NOT NULL AUTO_INCREMENT, email varchar(120),
            firstName varchar(50), lastName varchar(50), password varchar(120));
        CREATE TABLE site_affiliates_info (profileId int unsigned NOT NULL, middleName varchar(50),
            businessName varchar(100), taxId varchar(40), address varchar(191), city varchar(150),
            zipCode varchar(20), phone varchar(100));
        CREATE TABLE vendor_details (vendor_id int, business_name varchar(100), tax_id varchar(40),
            address varchar(191), city varchar(150), zip_code varchar(20), phone varchar(100));
    """)
    info = catalog.table("site_affiliates_info").columns
    assert info["middlename"] == "user.name"
    assert (info["address"], info["zipcode"], info["phone"]) == (
        "user.contact.address", "user.contact.address.postal_code", "user.contact.phone_number")
    vendor = catalog.table("vendor_details").columns
    assert (vendor["address"], vendor["zip_code"], vendor["phone"]) == (None, None, None)


def test_a_dating_profile_says_whom_a_member_seeks_and_how_they_present_themselves(tmp_path: Path) -> None:
    """The sex a member wants to meet (pH7Builder's and SkaDate's `match_sex`) tells their sexual
    orientation, where their own sex is their gender; the punchline or headline at the top of the
    profile is what they wrote, a link to their profile elsewhere their account there. A news item's
    headline is nobody's; an approval flag kept in `tinyint(1) unsigned` is a yes or no."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE site_members (profileId int unsigned NOT NULL AUTO_INCREMENT, email varchar(120),
            username varchar(40), sex enum('male','female','couple'), matchSex set('male','female','couple'),
            avatar char(5), approvedAvatar tinyint(1) unsigned NOT NULL DEFAULT 1);
        CREATE TABLE site_members_info (profileId int unsigned NOT NULL, middleName varchar(50),
            punchline varchar(191), headline varchar(191), socialNetworkSite varchar(120));
        CREATE TABLE news (id int, headline varchar(255), body text, published_at datetime);
    """)
    members, info = catalog.table("site_members").columns, catalog.table("site_members_info").columns
    assert (members["sex"], members["matchsex"]) == ("user.demographic.gender", "special.sex_life")
    assert (members["avatar"], members["approvedavatar"]) == ("user", None)
    assert (info["punchline"], info["headline"]) == ("user.content", "user.content")
    assert info["socialnetworksite"] == "user.account.username"
    assert catalog.table("news").columns["headline"] is None


def test_a_validation_hash_e_mailed_to_a_member_is_a_credential(tmp_path: Path) -> None:
    """pH7Builder's `hashValidation` (an `activation_hash` elsewhere) is the token a member is sent to
    confirm their account: a secret. A release's validation hash, in nobody's row, is a checksum."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE site_members (profileId int unsigned NOT NULL AUTO_INCREMENT, email varchar(120),
            username varchar(40), password varchar(120), hashValidation varchar(40));
        CREATE TABLE software_releases (id int, version varchar(20), validation_hash varchar(64));
    """)
    assert catalog.table("site_members").columns["hashvalidation"] == "user.authorization.credentials"
    assert catalog.table("software_releases").columns["validation_hash"] is None


def test_a_visitor_of_a_profile_named_as_a_number_is_a_key(tmp_path: Path) -> None:
    """Who viewed whose profile (pH7Builder's `members_who_views`, OpenPNE's footprints): a whole
    number naming the visitor keys the visiting member's row; a web visitor's ID kept as text is the
    cookie's value."""
    catalog = _catalog(tmp_path, _MEMBERS + """
        CREATE TABLE site_members_who_views (profileId int unsigned NOT NULL, visitorId int unsigned NOT NULL,
            lastVisit datetime);
        CREATE TABLE page_views (id bigint, visitor_id varchar(64), url text, viewed_at datetime);
    """)
    assert catalog.table("site_members_who_views").columns["visitorid"] is None
    assert catalog.table("page_views").columns["visitor_id"] == "user.device.cookie_id"


def test_a_gender_kept_in_a_one_digit_number_is_the_gender(tmp_path: Path) -> None:
    """ChurchCRM keeps a person's gender as 0, 1 or 2 in `tinyint(1) unsigned`, the type MySQL also
    gives yes-or-no flags: the name decides; a flag beside it stays a flag."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE person_per (per_ID int, per_FirstName varchar(50), per_LastName varchar(50),
            per_Gender tinyint(1) unsigned NOT NULL default '0', per_Email varchar(50));
        CREATE TABLE user_usr (usr_per_ID int, usr_UserName varchar(50),
            usr_NeedPasswordChange tinyint(1) unsigned NOT NULL default '1');
    """)
    assert catalog.table("person_per").columns["per_gender"] == "user.demographic.gender"
    assert catalog.table("user_usr").columns["usr_needpasswordchange"] is None


def test_the_page_title_keywords_and_tags_of_a_members_post_are_what_they_wrote(tmp_path: Path) -> None:
    """A member's note (pH7Builder's `notes`, a blog post on a community) carries the page title, meta
    description, keywords, tags and slogan the member typed, as an author's profile page carries its
    meta title (Ghost's `users`); the site's own blog, keyed to no member, is the site's."""
    catalog = _catalog(tmp_path, _MEMBERS + """
        CREATE TABLE site_notes (noteId int unsigned NOT NULL AUTO_INCREMENT, profileId int unsigned NOT NULL,
            title varchar(100), pageTitle varchar(100), metaDescription varchar(191), metaKeywords varchar(191),
            slogan varchar(191), tags varchar(191), metaRobots varchar(50));
        CREATE TABLE site_blogs (blogId int unsigned NOT NULL AUTO_INCREMENT, pageTitle varchar(100),
            metaDescription varchar(191), tags varchar(191));
        CREATE TABLE users (id varchar(24), name varchar(191), email varchar(191), meta_title varchar(2000),
            meta_description varchar(2000));
    """)
    notes = catalog.table("site_notes").columns
    written = ("pagetitle", "metadescription", "metakeywords", "slogan", "tags")
    assert {column: notes[column] for column in written} == dict.fromkeys(written, "user.content")
    assert notes["metarobots"] is None
    assert catalog.table("site_blogs").columns == dict.fromkeys(("blogid", "pagetitle", "metadescription", "tags"))
    users = catalog.table("users").columns
    assert (users["meta_title"], users["meta_description"]) == ("user.content", "user.content")


def test_the_name_of_a_members_album_is_the_title_they_gave_it(tmp_path: Path) -> None:
    """pH7Builder's picture and video albums are named by the member who made them: what they wrote, not
    a person's name. A record label's albums, keyed to no member, are no one's."""
    catalog = _catalog(tmp_path, _MEMBERS + """
        CREATE TABLE site_albums_pictures (albumId int unsigned NOT NULL AUTO_INCREMENT,
            profileId int unsigned NOT NULL, name varchar(80), description varchar(191), views int);
        CREATE TABLE label_albums (album_id int, label_id int, name varchar(160), released_on date);
    """)
    albums = catalog.table("site_albums_pictures").columns
    assert (albums["name"], albums["description"], albums["views"]) == ("user.content", "user.content", None)
    assert catalog.table("label_albums").columns["name"] is None


def test_a_members_profile_answers_intro_and_blog_feed_are_theirs(tmp_path: Path) -> None:
    """OpenPNE keeps each answer to the profile's questions as a row of `c_member_profile` (the value
    and the option chosen), the introduction a friend writes of a member in `c_friend.intro`, and the
    feed of the member's blog in `c_member.rss`; the options a question offers are nobody's."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE c_member (c_member_id int, nickname text, birth_year smallint, rss text);
        CREATE TABLE c_member_profile (c_member_profile_id int, c_member_id int, c_profile_id int,
            value text, public_flag enum('public','friend','private'));
        CREATE TABLE c_profile_option (c_profile_option_id int, c_profile_id int, value text, sort_order int);
        CREATE TABLE c_friend (c_friend_id int, c_member_id_from int, c_member_id_to int, intro text,
            r_datetime_intro datetime);
    """)
    assert catalog.table("c_member").columns["rss"] == "user"
    assert catalog.table("c_member_profile").columns["value"] == "user"
    assert catalog.table("c_friend").columns["intro"] == "user.content"
    assert catalog.table("c_friend").columns["r_datetime_intro"] is None
    assert catalog.table("c_profile_option").columns["value"] is None


def test_an_avatar_is_a_persons_only_in_a_table_of_people(tmp_path: Path) -> None:
    """A member's avatar is the picture they are shown by; a forum group's or a chat room's avatar (phpBB's
    `group_avatar`, Matrix's `room_stats_state.avatar`), in a table of nobody's rows, is the group's."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE phpbb_users (user_id int, username varchar(255), user_avatar varchar(255));
        CREATE TABLE phpbb_groups (group_id int, group_name varchar(255), group_avatar varchar(255));
        CREATE TABLE room_stats_state (room_id text, name text, topic text, avatar text);
        CREATE TABLE profiles (user_id text, displayname text, avatar_url text);
    """)
    assert catalog.table("phpbb_users").columns["user_avatar"] == "user"
    assert catalog.table("profiles").columns["avatar_url"] == "user"
    assert catalog.table("phpbb_groups").columns["group_avatar"] is None
    assert catalog.table("room_stats_state").columns["avatar"] is None


def test_a_message_one_member_sent_another_is_what_they_wrote(tmp_path: Path) -> None:
    """pH7Builder's instant messenger keeps each line with the logins of who sent it and who got it
    (`fromUser`, `toUser`): the message is the sender's words, whatever the table is called. A school's
    announcement, keyed to its author alone, is no exchange between people."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE site_messenger (messengerId int unsigned NOT NULL AUTO_INCREMENT, fromUser varchar(40),
            toUser varchar(40), message text, sent datetime, recd int);
        CREATE TABLE school_bulletin (bulletin_id int, staff_id int, message text, published_on date);
        CREATE TABLE c_message_queue (c_message_queue_id int, c_member_id_from int, c_member_id_to int,
            subject text, body text);
    """)
    messenger = catalog.table("site_messenger").columns
    assert (messenger["fromuser"], messenger["touser"]) == ("user.account.username", "user.account.username")
    assert (messenger["message"], messenger["recd"]) == ("user.content", None)
    assert catalog.table("school_bulletin").columns["message"] is None
    queued = catalog.table("c_message_queue").columns  # OpenPNE's messages waiting to be sent
    assert (queued["subject"], queued["c_member_id_from"]) == ("user.content", None)


def test_the_website_of_a_commenter_is_theirs(tmp_path: Path) -> None:
    """WordPress keeps the website a commenter typed beside their name and e-mail (`comment_author_url`);
    the post's own address is the site's."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE wp_comments (comment_ID bigint, comment_post_ID bigint, comment_author tinytext,
            comment_author_email varchar(100), comment_author_url varchar(200), comment_content text);
        CREATE TABLE wp_links (link_id bigint, link_url varchar(255), link_name varchar(255));
    """)
    assert catalog.table("wp_comments").columns["comment_author_url"] == "user"
    assert catalog.table("wp_links").columns["link_url"] is None


def test_a_message_named_by_whom_it_is_from_and_to_is_what_its_sender_wrote(tmp_path: Path) -> None:
    """OSSN keys its private messages by `message_from` and `message_to` (the members' GUIDs): the message
    is its sender's words. A price list's `price_from` and `price_to` name no people."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE ossn_messages (id bigint, message_from bigint, message_to bigint, message text,
            viewed varchar(1), time int);
        CREATE TABLE price_bands (id bigint, price_from decimal(10,2), price_to decimal(10,2), text varchar(255));
    """)
    messages = catalog.table("ossn_messages").columns
    assert (messages["message"], messages["viewed"]) == ("user.content", None)
    assert (messages["message_from"], messages["message_to"]) == (None, None)  # the members' keys
    assert catalog.table("price_bands").columns["text"] is None
