-- foodsharing, the platform of the German-speaking food-saving movement (foodsharing.de, .at,
-- foodsharingschweiz.ch), MySQL, German names: foodsavers (fs_foodsaver: the volunteer's names,
-- address, postcode, city, coordinates, birth date, gender, phones, e-mail, photo, password,
-- rights, quiz and verification state, the about-me text, the away message) and their Mumble
-- accounts, the stores they rescue food from (fs_betrieb: the business, its contact person and
-- phones) with their teams, pickup slots and pickups (fs_abholer), districts (fs_bezirk) and
-- workgroups, food baskets offered between people (fs_basket: description, phones, coordinates)
-- and requests for them, fair-share points (fs_fairteiler), events and event registrations,
-- conversations and messages, mailboxes and mails, wall posts, forum themes and posts, quizzes and
-- quiz sessions, reports about foodsavers, ratings, e-mails sent, login log and IP blocks.
-- Source: https://github.com/giftnuss/foodsharing (a GitHub copy of
--   https://gitlab.com/foodsharing-dev/foodsharing), migrations/initial.sql (the phpMyAdmin
--   dump of the production schema of 2016 that set up a new database until May 2020)
-- Commit: 8b28418d73b9fa0b659e3f1bc6a2159366999514 (the parent of 3d6b3ac, which removed the
--   old SQL migrations)
-- Licence: AGPL-3.0 (LICENSE at the repository root)
-- Trimmed: 110 of the 112 CREATE TABLE statements are copied as written, in the dump's order;
-- fs_foodsaver_archive and fs_foodsaver_archive2 (62 and 53 columns, copies of fs_foodsaver
-- for deleted accounts) are dropped to keep the set's size; the dump's SET lines, the ALTER
-- TABLE statements (keys, indexes, AUTO_INCREMENT) and comments are dropped.
-- Development source since the fourteenth held-out set was measured (see labels.yaml).

CREATE TABLE IF NOT EXISTS `basket_has_art` (
  `basket_id` INT(10) UNSIGNED NOT NULL,
  `art_id`    INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `basket_has_types` (
  `basket_id` INT(10) UNSIGNED NOT NULL,
  `types_id`  INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_abholen` (
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `betrieb_id`   INT(10) UNSIGNED    NOT NULL,
  `dow`          TINYINT(3) UNSIGNED NOT NULL,
  `time`         TIME DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_abholer` (
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `betrieb_id`   INT(10) UNSIGNED    NOT NULL,
  `date`         DATETIME            NOT NULL,
  `confirmed`    TINYINT(3) UNSIGNED NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_abholmengen` (
  `id`    INT(11)       NOT NULL,
  `menge` DECIMAL(5, 1) NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_abholzeiten` (
  `betrieb_id` INT(10) UNSIGNED    NOT NULL,
  `dow`        TINYINT(3) UNSIGNED NOT NULL,
  `time`       TIME                NOT NULL DEFAULT '00:00:00',
  `fetcher`    TINYINT(3) UNSIGNED NOT NULL DEFAULT '4'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_activity` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `zeit`         DATETIME DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_answer` (
  `id`          INT(10) UNSIGNED NOT NULL,
  `question_id` INT(10) UNSIGNED NOT NULL,
  `text`        TEXT,
  `explanation` TEXT             NOT NULL,
  `right`       TINYINT(1) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 464
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_apitoken` (
  `foodsaver_id` INT(11)      NOT NULL,
  `token`        VARCHAR(255) NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_application_has_wallpost` (
  `application_id` INT(10) UNSIGNED NOT NULL,
  `wallpost_id`    INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_autokennzeichen` (
  `id`      INT(10) UNSIGNED NOT NULL,
  `land_id` INT(10) UNSIGNED NOT NULL,
  `name`    VARCHAR(5)   DEFAULT NULL,
  `title`   VARCHAR(100) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 581
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_basket` (
  `id`            INT(10) UNSIGNED NOT NULL,
  `foodsaver_id`  INT(10) UNSIGNED NOT NULL,
  `status`        TINYINT(2) UNSIGNED       DEFAULT NULL,
  `time`          DATETIME                  DEFAULT NULL,
  `until`         DATE             NOT NULL,
  `fetchtime`     DATETIME                  DEFAULT NULL,
  `description`   TEXT,
  `picture`       VARCHAR(150)              DEFAULT NULL,
  `tel`           VARCHAR(50)      NOT NULL DEFAULT '',
  `handy`         VARCHAR(50)      NOT NULL DEFAULT '',
  `contact_type`  VARCHAR(20)      NOT NULL DEFAULT '1',
  `location_type` TINYINT(2) UNSIGNED       DEFAULT NULL,
  `weight`        FLOAT                     DEFAULT NULL,
  `lat`           FLOAT(10, 6)     NOT NULL DEFAULT '0.000000',
  `lon`           FLOAT(10, 6)     NOT NULL DEFAULT '0.000000',
  `bezirk_id`     INT(10) UNSIGNED NOT NULL,
  `fs_id`         INT(10)          NOT NULL DEFAULT '0',
  `appost`        TINYINT(2)       NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 38738
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_basket_anfrage` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `basket_id`    INT(10) UNSIGNED NOT NULL,
  `status`       TINYINT(2) UNSIGNED       DEFAULT NULL,
  `time`         DATETIME         NOT NULL,
  `appost`       TINYINT(2)       NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_basket_has_art` (
  `basket_id` INT(10) UNSIGNED NOT NULL,
  `art_id`    INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_basket_has_types` (
  `basket_id` INT(10) UNSIGNED NOT NULL,
  `types_id`  INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_basket_has_wallpost` (
  `basket_id`   INT(10) UNSIGNED NOT NULL,
  `wallpost_id` INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_bell` (
  `id`         INT(10) UNSIGNED    NOT NULL,
  `name`       VARCHAR(50)                  DEFAULT NULL,
  `body`       VARCHAR(50)                  DEFAULT NULL,
  `vars`       TEXT,
  `attr`       VARCHAR(500)                 DEFAULT NULL,
  `icon`       VARCHAR(150)                 DEFAULT NULL,
  `identifier` VARCHAR(40)                  DEFAULT NULL,
  `time`       DATETIME            NOT NULL,
  `closeable`  TINYINT(1) UNSIGNED NOT NULL DEFAULT '1'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 208493
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_betrieb` (
  `id`                       INT(10) UNSIGNED NOT NULL,
  `betrieb_status_id`        INT(10) UNSIGNED NOT NULL,
  `bezirk_id`                INT(10) UNSIGNED NOT NULL,
  `added`                    DATE             NOT NULL,
  `plz`                      VARCHAR(5)       NOT NULL,
  `stadt`                    VARCHAR(50)      NOT NULL,
  `lat`                      VARCHAR(20)      NOT NULL,
  `lon`                      VARCHAR(20)      NOT NULL,
  `kette_id`                 INT(10) UNSIGNED NOT NULL,
  `betrieb_kategorie_id`     INT(10) UNSIGNED NOT NULL,
  `name`                     VARCHAR(120)              DEFAULT NULL,
  `str`                      VARCHAR(120)              DEFAULT NULL,
  `hsnr`                     VARCHAR(20)               DEFAULT NULL,
  `status_date`              DATE                      DEFAULT NULL,
  `status`                   TINYINT(3) UNSIGNED       DEFAULT NULL,
  `ansprechpartner`          VARCHAR(60)               DEFAULT NULL,
  `telefon`                  VARCHAR(50)               DEFAULT NULL,
  `fax`                      VARCHAR(50)               DEFAULT NULL,
  `email`                    VARCHAR(60)               DEFAULT NULL,
  `begin`                    DATE             NOT NULL,
  `besonderheiten`           TEXT             NOT NULL,
  `public_info`              VARCHAR(200)     NOT NULL,
  `public_time`              TINYINT(2)       NOT NULL,
  `ueberzeugungsarbeit`      TINYINT(4)       NOT NULL,
  `presse`                   TINYINT(4)       NOT NULL,
  `sticker`                  TINYINT(4)       NOT NULL,
  `abholmenge`               TINYINT(4)       NOT NULL,
  `team_status`              TINYINT(2)       NOT NULL DEFAULT '1'
  COMMENT '0 = Team Voll; 1 = Es werden noch Helfer gesucht; 2 = Es werden dringend Helfer gesucht',
  `prefetchtime`             INT(10) UNSIGNED NOT NULL DEFAULT '1209600',
  `team_conversation_id`     INT(10) UNSIGNED          DEFAULT NULL,
  `springer_conversation_id` INT(10) UNSIGNED          DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 15906
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_betrieb_has_lebensmittel` (
  `betrieb_id`      INT(10) UNSIGNED NOT NULL,
  `lebensmittel_id` INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_betrieb_kategorie` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(50) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 266
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_betrieb_notiz` (
  `id`           INT(10) UNSIGNED    NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `betrieb_id`   INT(10) UNSIGNED    NOT NULL,
  `milestone`    TINYINT(3) UNSIGNED NOT NULL DEFAULT '0',
  `text`         TEXT,
  `zeit`         DATETIME                     DEFAULT NULL,
  `last`         TINYINT(4)          NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 397095
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_betrieb_status` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(100) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 7
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_betrieb_team` (
  `foodsaver_id`     INT(10) UNSIGNED NOT NULL,
  `betrieb_id`       INT(10) UNSIGNED NOT NULL,
  `verantwortlich`   TINYINT(3) UNSIGNED       DEFAULT '0',
  `active`           INT(11)          NOT NULL DEFAULT '0',
  `stat_last_update` DATETIME         NOT NULL,
  `stat_fetchcount`  INT(10) UNSIGNED NOT NULL,
  `stat_first_fetch` DATE             NOT NULL,
  `stat_last_fetch`  DATETIME         NOT NULL,
  `stat_add_date`    DATE             NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_bezirk` (
  `id`                   INT(10) UNSIGNED        NOT NULL,
  `parent_id`            INT(11) UNSIGNED                 DEFAULT '0',
  `has_children`         TINYINT(4)              NOT NULL,
  `type`                 TINYINT(4)              NOT NULL DEFAULT '1',
  `teaser`               TEXT                    NOT NULL,
  `desc`                 TEXT                    NOT NULL,
  `photo`                VARCHAR(200)            NOT NULL,
  `master`               INT(10) UNSIGNED        NOT NULL DEFAULT '0',
  `mailbox_id`           INT(10) UNSIGNED        NOT NULL DEFAULT '0',
  `name`                 VARCHAR(50)                      DEFAULT NULL,
  `email`                VARCHAR(120)            NOT NULL,
  `email_pass`           VARCHAR(50)             NOT NULL,
  `email_name`           VARCHAR(100)            NOT NULL,
  `apply_type`           TINYINT(2)              NOT NULL DEFAULT '2',
  `banana_count`         TINYINT(3)              NOT NULL DEFAULT '0',
  `fetch_count`          TINYINT(3)              NOT NULL DEFAULT '0',
  `week_num`             TINYINT(3)              NOT NULL DEFAULT '0',
  `report_num`           TINYINT(3)              NOT NULL,
  `stat_last_update`     DATETIME                NOT NULL,
  `stat_fetchweight`     DECIMAL(10, 2) UNSIGNED NOT NULL,
  `stat_fetchcount`      INT(10) UNSIGNED        NOT NULL,
  `stat_postcount`       INT(10) UNSIGNED        NOT NULL,
  `stat_betriebcount`    INT(7) UNSIGNED         NOT NULL,
  `stat_korpcount`       INT(7) UNSIGNED         NOT NULL,
  `stat_botcount`        INT(7) UNSIGNED         NOT NULL,
  `stat_fscount`         INT(7) UNSIGNED         NOT NULL,
  `stat_fairteilercount` INT(7) UNSIGNED         NOT NULL,
  `conversation_id`      INT(10) UNSIGNED        NOT NULL DEFAULT '0',
  `moderated`            TINYINT(4)              NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 1330
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_bezirk_closure` (
  `bezirk_id`   INT(10) UNSIGNED NOT NULL,
  `ancestor_id` INT(10) UNSIGNED NOT NULL,
  `depth`       INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_bezirk_has_theme` (
  `theme_id`  INT(10) UNSIGNED    NOT NULL,
  `bezirk_id` INT(10) UNSIGNED    NOT NULL,
  `bot_theme` TINYINT(3) UNSIGNED NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_bezirk_has_wallpost` (
  `bezirk_id`   INT(10) UNSIGNED NOT NULL,
  `wallpost_id` INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_blog_entry` (
  `id`           INT(10) UNSIGNED    NOT NULL,
  `bezirk_id`    INT(10) UNSIGNED    NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `active`       TINYINT(3) UNSIGNED NOT NULL,
  `name`         VARCHAR(100) DEFAULT NULL,
  `teaser`       VARCHAR(500) DEFAULT NULL,
  `body`         TEXT,
  `time`         DATETIME     DEFAULT NULL,
  `picture`      VARCHAR(150)        NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 220
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_botschafter` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `bezirk_id`    INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_buddy` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `buddy_id`     INT(10) UNSIGNED NOT NULL,
  `confirmed`    TINYINT(1) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_bundesland` (
  `id`      INT(10) UNSIGNED NOT NULL,
  `land_id` INT(10) UNSIGNED NOT NULL,
  `name`    VARCHAR(160) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 17
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_cache` (
  `id`    VARCHAR(50) NOT NULL,
  `value` TEXT        NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_contact` (
  `id`    INT(11) NOT NULL,
  `name`  VARCHAR(100) DEFAULT NULL,
  `email` VARCHAR(155) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 18626
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_content` (
  `id`       INT(10) UNSIGNED NOT NULL,
  `name`     VARCHAR(20)  DEFAULT NULL,
  `title`    VARCHAR(120) DEFAULT NULL,
  `body`     TEXT,
  `last_mod` DATETIME     DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 50
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_conversation` (
  `id`                 INT(10) UNSIGNED NOT NULL,
  `locked`             TINYINT(1)       NOT NULL DEFAULT '0',
  `name`               VARCHAR(40)      NOT NULL,
  `start`              DATETIME                  DEFAULT NULL,
  `last`               DATETIME                  DEFAULT NULL,
  `last_foodsaver_id`  INT(10) UNSIGNED          DEFAULT NULL,
  `start_foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `last_message_id`    INT(10) UNSIGNED NOT NULL,
  `last_message`       TEXT             NOT NULL,
  `member`             TEXT             NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 682361
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_document` (
  `id`    INT(10) UNSIGNED NOT NULL,
  `name`  VARCHAR(50)         DEFAULT NULL,
  `file`  VARCHAR(300)        DEFAULT NULL,
  `body`  TEXT             NOT NULL,
  `rolle` TINYINT(3) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 26
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_email_blacklist` (
  `email`  VARCHAR(255) NOT NULL,
  `since`  TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `reason` TEXT         NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_email_status` (
  `email_id`     INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `status`       TINYINT(3) UNSIGNED DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_event` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `bezirk_id`    INT(10) UNSIGNED NOT NULL,
  `location_id`  INT(10) UNSIGNED NOT NULL,
  `public`       TINYINT(1)       NOT NULL DEFAULT '0',
  `name`         VARCHAR(200)              DEFAULT NULL,
  `start`        DATETIME         NOT NULL,
  `end`          DATETIME         NOT NULL,
  `description`  TEXT,
  `bot`          TINYINT(2) UNSIGNED       DEFAULT '0',
  `online`       TINYINT(2) UNSIGNED       DEFAULT '0'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 4126
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_event_has_wallpost` (
  `event_id`    INT(10) UNSIGNED NOT NULL,
  `wallpost_id` INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_event_registration` (
  `id`                        INT(11)                  NOT NULL,
  `name`                      VARCHAR(255)             NOT NULL,
  `geb_datum`                 DATE                     NOT NULL,
  `ort`                       VARCHAR(255)             NOT NULL,
  `email`                     VARCHAR(255)             NOT NULL,
  `phone`                     VARCHAR(100)             NOT NULL,
  `take_part`                 SET ('0', '1', '2', '3') NOT NULL,
  `sleep_at`                  SET ('0', '1', '2')      NOT NULL,
  `sleep_slots`               INT(11)                  NOT NULL,
  `sleep_need`                TINYINT(4)               NOT NULL,
  `languages`                 SET ('0', '1', '2', '3') NOT NULL,
  `nutrition`                 TINYINT(4)               NOT NULL,
  `special_nutrition`         TEXT                     NOT NULL,
  `other_languages`           TEXT                     NOT NULL,
  `translation_necessary`     TINYINT(4)               NOT NULL,
  `already_foodsaver`         TINYINT(4)               NOT NULL,
  `childcare`                 TEXT                     NOT NULL,
  `comments`                  TEXT                     NOT NULL,
  `foodsaver_id`              INT(11)                           DEFAULT NULL,
  `ip`                        VARCHAR(60)              NOT NULL,
  `signup_date`               TIMESTAMP                NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `signup_lang`               VARCHAR(20)              NOT NULL,
  `emailvalid`                TINYINT(4)               NOT NULL,
  `languages_translate`       SET ('0', '1', '2', '3') NOT NULL,
  `other_languages_translate` TEXT                     NOT NULL,
  `on_place`                  TINYINT(4)               NOT NULL,
  `admin_comment`             TEXT,
  `available_thursday`        SET ('0')                         DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 994
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_event_workshops` (
  `id`                 INT(11)      NOT NULL,
  `name`               VARCHAR(255) NOT NULL,
  `start`              TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  `duration`           INT(11)      NOT NULL,
  `allowed_attendants` INT(11)      NOT NULL,
  `name_en`            VARCHAR(255) NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 47
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_event_workshop_registration` (
  `wid`       INT(11)     NOT NULL DEFAULT '-1',
  `uid`       INT(11)     NOT NULL,
  `wish`      SMALLINT(6) NOT NULL,
  `confirmed` TINYINT(4)  NOT NULL,
  `id`        INT(11)     NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 2921
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_fairteiler` (
  `id`            INT(10) UNSIGNED NOT NULL,
  `bezirk_id`     INT(10) UNSIGNED NOT NULL,
  `name`          VARCHAR(260)        DEFAULT NULL,
  `picture`       VARCHAR(100)     NOT NULL,
  `status`        TINYINT(3) UNSIGNED DEFAULT NULL,
  `desc`          TEXT,
  `anschrift`     VARCHAR(260)        DEFAULT NULL,
  `plz`           VARCHAR(5)          DEFAULT NULL,
  `ort`           VARCHAR(100)        DEFAULT NULL,
  `lat`           VARCHAR(100)        DEFAULT NULL,
  `lon`           VARCHAR(100)        DEFAULT NULL,
  `add_date`      DATE                DEFAULT NULL,
  `add_foodsaver` INT(10) UNSIGNED    DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 707
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_fairteiler_follower` (
  `fairteiler_id` INT(10) UNSIGNED    NOT NULL,
  `foodsaver_id`  INT(10) UNSIGNED    NOT NULL,
  `type`          TINYINT(3) UNSIGNED NOT NULL DEFAULT '1',
  `infotype`      TINYINT(3) UNSIGNED NOT NULL DEFAULT '1'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_fairteiler_has_wallpost` (
  `fairteiler_id` INT(10) UNSIGNED NOT NULL,
  `wallpost_id`   INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_faq` (
  `id`               INT(10) UNSIGNED NOT NULL,
  `foodsaver_id`     INT(10) UNSIGNED NOT NULL,
  `faq_kategorie_id` INT(10) UNSIGNED NOT NULL,
  `name`             VARCHAR(500) DEFAULT NULL,
  `answer`           TEXT
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 17
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_faq_category` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(50) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 8
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_fetchdate` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `betrieb_id`   INT(10) UNSIGNED NOT NULL,
  `time`         DATETIME            DEFAULT NULL,
  `fetchercount` TINYINT(3) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 29601
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_foodsaver` (
  `id`                 INT(10) UNSIGNED       NOT NULL,
  `autokennzeichen_id` INT(10) UNSIGNED       NOT NULL,
  `bezirk_id`          INT(10) UNSIGNED       NOT NULL,
  `position`           VARCHAR(255)           NOT NULL DEFAULT '',
  `verified`           TINYINT(3) UNSIGNED    NOT NULL DEFAULT '0',
  `last_pass`          DATETIME               NOT NULL,
  `new_bezirk`         VARCHAR(120)           NOT NULL,
  `want_new`           TINYINT(4)             NOT NULL DEFAULT '0',
  `mailbox_id`         INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `rolle`              TINYINT(4)             NOT NULL,
  `type`               TINYINT(4)                      DEFAULT '0',
  `plz`                VARCHAR(5)             NOT NULL,
  `stadt`              VARCHAR(50)            NOT NULL,
  `bundesland_id`      INT(11)                NOT NULL,
  `lat`                VARCHAR(20)            NOT NULL,
  `lon`                VARCHAR(20)            NOT NULL,
  `photo`              VARCHAR(50)            NOT NULL,
  `photo_public`       TINYINT(4)             NOT NULL DEFAULT '0',
  `email`              VARCHAR(120)                    DEFAULT NULL,
  `passwd`             VARCHAR(32)                     DEFAULT NULL,
  `name`               VARCHAR(120)                    DEFAULT NULL,
  `admin`              TINYINT(3) UNSIGNED             DEFAULT NULL,
  `nachname`           VARCHAR(120)                    DEFAULT NULL,
  `anschrift`          VARCHAR(120)                    DEFAULT NULL,
  `telefon`            VARCHAR(30)                     DEFAULT NULL,
  `tox`                VARCHAR(255)           NOT NULL DEFAULT '',
  `homepage`           VARCHAR(255)           NOT NULL DEFAULT '',
  `github`             VARCHAR(255)           NOT NULL DEFAULT '',
  `twitter`            VARCHAR(255)           NOT NULL DEFAULT '',
  `handy`              VARCHAR(50)                     DEFAULT NULL,
  `geschlecht`         TINYINT(3) UNSIGNED             DEFAULT NULL,
  `geb_datum`          DATE                            DEFAULT NULL,
  `fs_id`              INT(11)                         DEFAULT '0',
  `anmeldedatum`       DATETIME                        DEFAULT NULL,
  `orgateam`           TINYINT(3) UNSIGNED             DEFAULT '0',
  `active`             TINYINT(3) UNSIGNED    NOT NULL DEFAULT '0',
  `data`               TEXT                   NOT NULL,
  `about_me_public`    TEXT                   NOT NULL,
  `newsletter`         TINYINT(1)             NOT NULL DEFAULT '1',
  `token`              VARCHAR(25)            NOT NULL,
  `infomail_message`   TINYINT(1)             NOT NULL DEFAULT '1',
  `last_login`         DATETIME               NOT NULL,
  `stat_fetchweight`   DECIMAL(7, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `stat_fetchcount`    INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `stat_ratecount`     INT(10) UNSIGNED       NOT NULL DEFAULT '0',
  `stat_rating`        DECIMAL(4, 2) UNSIGNED NOT NULL DEFAULT '0.00',
  `stat_postcount`     INT(11)                NOT NULL DEFAULT '0',
  `stat_buddycount`    INT(7) UNSIGNED        NOT NULL,
  `stat_bananacount`   INT(7) UNSIGNED        NOT NULL DEFAULT '0',
  `stat_fetchrate`     DECIMAL(6, 2)          NOT NULL DEFAULT '100.00',
  `sleep_status`       TINYINT(3) UNSIGNED    NOT NULL DEFAULT '0',
  `sleep_from`         DATE                   NOT NULL,
  `sleep_until`        DATE                   NOT NULL,
  `sleep_msg`          TEXT                   NOT NULL,
  `gcm`                VARCHAR(512)           NOT NULL DEFAULT '',
  `iosid`              VARCHAR(512)           NOT NULL DEFAULT '',
  `last_mid`           DATE                   NOT NULL,
  `option`             TEXT                   NOT NULL,
  `beta`               TINYINT(1)             NOT NULL DEFAULT '0',
  `fs_password`        VARCHAR(50)                     DEFAULT NULL,
  `quiz_rolle`         TINYINT(1) UNSIGNED    NOT NULL DEFAULT '0',
  `contact_public`     TINYINT(4)             NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 151030
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_bell` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `bell_id`      INT(10) UNSIGNED NOT NULL,
  `seen`         TINYINT(1) UNSIGNED DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_bezirk` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `bezirk_id`    INT(10) UNSIGNED NOT NULL,
  `active`       INT(10) UNSIGNED DEFAULT '0'
  COMMENT '0=beworben,1=aktiv,10=vielleicht',
  `added`        DATETIME         NOT NULL,
  `application`  TEXT             NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_contact` (
  `foodsaver_id` INT(11) NOT NULL,
  `contact_id`   INT(11) NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_conversation` (
  `foodsaver_id`    INT(10) UNSIGNED NOT NULL,
  `conversation_id` INT(10) UNSIGNED NOT NULL,
  `unread`          TINYINT(1) UNSIGNED DEFAULT '1'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_event` (
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `event_id`     INT(10) UNSIGNED    NOT NULL,
  `status`       TINYINT(2) UNSIGNED NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_fairteiler` (
  `foodsaver_id`  INT(10) UNSIGNED NOT NULL,
  `fairteiler_id` INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_fetchdate` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `fetchdate_id` INT(10) UNSIGNED NOT NULL,
  `confirmed`    TINYINT(1) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_has_wallpost` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `wallpost_id`  INT(10) UNSIGNED NOT NULL,
  `usercomment`  TINYINT(2)       NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_foodsaver_stats` (
  `foodsaver_id` INT(11) NOT NULL,
  `user_rating`  DECIMAL(10, 2) DEFAULT NULL,
  `count_fetch`  INT(11)        DEFAULT NULL,
  `count_forum`  INT(11)        DEFAULT NULL,
  `count_vouch`  INT(11)        DEFAULT NULL,
  `gerettet`     DECIMAL(10, 2) DEFAULT NULL,
  `count_rating` INT(11)        DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_fsreport_has_wallpost` (
  `fsreport_id` INT(10) UNSIGNED NOT NULL,
  `wallpost_id` INT(10) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_geoRegion` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(90) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 445
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_glocke` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(150) DEFAULT NULL,
  `msg`  VARCHAR(300)     NOT NULL,
  `url`  VARCHAR(160) DEFAULT NULL,
  `time` DATETIME         NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 425246
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_glocke_read` (
  `glocke_id`    INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `unread`       TINYINT(3) UNSIGNED DEFAULT '1'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_ipblock` (
  `ip`       VARCHAR(20) NOT NULL,
  `context`  VARCHAR(10) NOT NULL,
  `start`    DATETIME         DEFAULT NULL,
  `duration` INT(10) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_item` (
  `id`            INT(10) UNSIGNED    NOT NULL,
  `item_class_id` INT(10) UNSIGNED    NOT NULL,
  `user_id`       INT(10) UNSIGNED    NOT NULL,
  `status`        TINYINT(3) UNSIGNED NOT NULL DEFAULT '1'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 1112
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_item_class` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `item_type_id` INT(10) UNSIGNED NOT NULL,
  `name`         VARCHAR(120) DEFAULT NULL,
  `desc`         TEXT
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 12
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_item_request` (
  `user_id` INT(10) UNSIGNED NOT NULL,
  `item_id` INT(10) UNSIGNED NOT NULL,
  `time`    DATETIME         NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_item_track` (
  `user_id` INT(10) UNSIGNED NOT NULL,
  `item_id` INT(10) UNSIGNED NOT NULL,
  `time`    DATETIME         NOT NULL,
  `lat`     VARCHAR(100) DEFAULT NULL,
  `lon`     VARCHAR(100) DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_item_type` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(120) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 2
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_kette` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(60) DEFAULT NULL,
  `logo` VARCHAR(30)      NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 398
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_land` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(90) DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_language` (
  `id`    INT(10) UNSIGNED NOT NULL,
  `name`  VARCHAR(50) DEFAULT NULL,
  `short` VARCHAR(10) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 2
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_lebensmittel` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(50) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 13
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_location` (
  `id`     INT(10) UNSIGNED NOT NULL,
  `name`   VARCHAR(200)   DEFAULT NULL,
  `lat`    DECIMAL(10, 8) DEFAULT NULL,
  `lon`    DECIMAL(11, 8) DEFAULT NULL,
  `zip`    VARCHAR(10)    DEFAULT NULL,
  `city`   VARCHAR(100)   DEFAULT NULL,
  `street` VARCHAR(200)   DEFAULT NULL
)
  ENGINE = MyISAM
  AUTO_INCREMENT = 4284
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_login` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `ip`           VARCHAR(30)  DEFAULT NULL,
  `agent`        VARCHAR(200) DEFAULT NULL,
  `time`         DATETIME     DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 6138537
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_mailbox` (
  `id`          INT(10) UNSIGNED NOT NULL,
  `name`        VARCHAR(50)               DEFAULT NULL,
  `member`      TINYINT(4)       NOT NULL DEFAULT '0',
  `last_access` DATETIME         NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 28458
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_mailbox_member` (
  `mailbox_id`   INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `email_name`   VARCHAR(120)     NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_mailbox_message` (
  `id`         INT(10) UNSIGNED NOT NULL,
  `mailbox_id` INT(10) UNSIGNED NOT NULL,
  `folder`     TINYINT(3) UNSIGNED DEFAULT '1',
  `sender`     VARCHAR(120)        DEFAULT NULL,
  `to`         TEXT             NOT NULL,
  `subject`    VARCHAR(120)        DEFAULT NULL,
  `body`       TEXT,
  `body_html`  TEXT             NOT NULL,
  `time`       DATETIME            DEFAULT NULL,
  `attach`     TEXT,
  `read`       TINYINT(3) UNSIGNED DEFAULT NULL,
  `answer`     TINYINT(3) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 102410
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_mailchange` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `newmail`      VARCHAR(200) DEFAULT NULL,
  `time`         DATETIME     DEFAULT NULL,
  `token`        VARCHAR(300) DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_mail_error` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `send_mail_id` INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_message` (
  `id`        INT(10) UNSIGNED    NOT NULL,
  `sender_id` INT(10) UNSIGNED             DEFAULT NULL,
  `recip_id`  INT(10) UNSIGNED             DEFAULT NULL,
  `unread`    TINYINT(3) UNSIGNED          DEFAULT NULL,
  `name`      VARCHAR(150)                 DEFAULT NULL,
  `msg`       TEXT,
  `time`      DATETIME                     DEFAULT NULL,
  `attach`    VARCHAR(500)                 DEFAULT NULL,
  `recd`      TINYINT(2) UNSIGNED NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 2570714
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_message_tpl` (
  `id`          INT(10) UNSIGNED NOT NULL,
  `language_id` INT(10) UNSIGNED NOT NULL,
  `name`        VARCHAR(40) DEFAULT NULL,
  `subject`     VARCHAR(120)     NOT NULL,
  `body`        TEXT
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 30
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_msg` (
  `id`              INT(10) UNSIGNED NOT NULL,
  `conversation_id` INT(10) UNSIGNED NOT NULL,
  `foodsaver_id`    INT(10) UNSIGNED NOT NULL,
  `body`            TEXT,
  `time`            DATETIME DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 4362369
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_mumbleuser` (
  `foodsaver_id` INT(11)      NOT NULL,
  `name`         VARCHAR(100) NOT NULL,
  `sha`          VARCHAR(160) NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_partnerschaft` (
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `partner_id`   INT(10) UNSIGNED    NOT NULL,
  `form`         TINYINT(3) UNSIGNED NOT NULL DEFAULT '1',
  `time`         DATETIME                     DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 8765
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_pass_gen` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `date`         DATETIME         NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_pass_request` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `name`         VARCHAR(50) DEFAULT NULL,
  `time`         DATETIME    DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_plz` (
  `plz`                  VARCHAR(5)       NOT NULL,
  `stadt_id`             INT(10) UNSIGNED NOT NULL,
  `stadt_kennzeichen_id` INT(10) UNSIGNED NOT NULL,
  `bundesland_id`        INT(10) UNSIGNED NOT NULL,
  `geoRegion_id`         INT(10) UNSIGNED NOT NULL,
  `land_id`              INT(10) UNSIGNED NOT NULL,
  `lat`                  VARCHAR(60) DEFAULT NULL,
  `lon`                  VARCHAR(60) DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_pushqueue` (
  `id`         INT(10) UNSIGNED NOT NULL,
  `sender_id`  INT(10) UNSIGNED NOT NULL,
  `recip_id`   INT(10) UNSIGNED NOT NULL,
  `time`       DATETIME         NOT NULL,
  `message_id` INT(10) UNSIGNED NOT NULL,
  `title`      VARCHAR(80)      NOT NULL DEFAULT '',
  `message`    VARCHAR(400)     NOT NULL DEFAULT '',
  `data`       TEXT,
  `status`     TINYINT(2) UNSIGNED       DEFAULT NULL,
  `id_gcm`     VARCHAR(400)     NOT NULL DEFAULT '',
  `id_apn`     VARCHAR(400)     NOT NULL DEFAULT ''
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 35328
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_question` (
  `id`       INT(10) UNSIGNED NOT NULL,
  `text`     TEXT,
  `duration` INT(3) UNSIGNED  NOT NULL,
  `wikilink` VARCHAR(250)     NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 115
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_question_has_quiz` (
  `question_id` INT(10) UNSIGNED NOT NULL,
  `quiz_id`     INT(10) UNSIGNED NOT NULL,
  `fp`          TINYINT(2) UNSIGNED DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_question_has_wallpost` (
  `question_id` INT(10) UNSIGNED NOT NULL,
  `wallpost_id` INT(10) UNSIGNED NOT NULL,
  `usercomment` TINYINT(2)       NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_quiz` (
  `id`         INT(10) UNSIGNED     NOT NULL,
  `name`       VARCHAR(200) DEFAULT NULL,
  `desc`       TEXT,
  `maxfp`      SMALLINT(4) UNSIGNED NOT NULL,
  `questcount` SMALLINT(4) UNSIGNED NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 4
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_quiz_session` (
  `id`             INT(10) UNSIGNED NOT NULL,
  `foodsaver_id`   INT(10) UNSIGNED NOT NULL,
  `quiz_id`        INT(10) UNSIGNED NOT NULL,
  `status`         TINYINT(2) UNSIGNED       DEFAULT NULL,
  `quiz_index`     TINYINT(3) UNSIGNED       DEFAULT NULL,
  `quiz_questions` TEXT,
  `quiz_result`    TEXT,
  `time_start`     DATETIME                  DEFAULT NULL,
  `time_end`       DATETIME                  DEFAULT NULL,
  `fp`             DECIMAL(5, 2)             DEFAULT NULL,
  `maxfp`          TINYINT(3) UNSIGNED       DEFAULT NULL,
  `quest_count`    TINYINT(3) UNSIGNED       DEFAULT NULL,
  `easymode`       TINYINT(4)       NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 44736
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_rating` (
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `rater_id`     INT(10) UNSIGNED    NOT NULL,
  `ratingtype`   TINYINT(2) UNSIGNED NOT NULL DEFAULT '1',
  `rating`       TINYINT(4)                   DEFAULT NULL,
  `msg`          TEXT                NOT NULL,
  `time`         DATETIME            NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8
  COMMENT ='ratingtype 1+2 = bananen, 4+5 = betriebsmeldung';

CREATE TABLE IF NOT EXISTS `fs_region` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(100)              DEFAULT NULL,
  `type` TINYINT(4)       NOT NULL DEFAULT '1'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_report` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `reporter_id`  INT(10) UNSIGNED    DEFAULT NULL,
  `reporttype`   TINYINT(2) UNSIGNED DEFAULT NULL,
  `betrieb_id`   INT(10) UNSIGNED    DEFAULT NULL,
  `time`         DATETIME            DEFAULT NULL,
  `committed`    TINYINT(2) UNSIGNED DEFAULT '0',
  `msg`          TEXT,
  `tvalue`       VARCHAR(300)        DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 3040
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_send_email` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `mailbox_id`   INT(10) UNSIGNED NOT NULL,
  `mode`         TINYINT(4)       NOT NULL DEFAULT '1',
  `complete`     TINYINT(4)       NOT NULL DEFAULT '0',
  `name`         VARCHAR(200)              DEFAULT NULL,
  `message`      TEXT,
  `zeit`         DATETIME                  DEFAULT NULL,
  `recip`        TEXT,
  `attach`       VARCHAR(500)     NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 883
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_stadt` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(100) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 6499
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_stadtteil` (
  `id`       INT(10) UNSIGNED NOT NULL,
  `stadt_id` INT(10) UNSIGNED NOT NULL,
  `name`     VARCHAR(120) DEFAULT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_stadt_kennzeichen` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(10) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 17
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_stat_abholmengen` (
  `betrieb_id` INT(10) UNSIGNED NOT NULL,
  `date`       DATETIME         NOT NULL,
  `abholmenge` DECIMAL(5, 1)    NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = latin1;

CREATE TABLE IF NOT EXISTS `fs_theme` (
  `id`           INT(10) UNSIGNED    NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `last_post_id` INT(10) UNSIGNED    NOT NULL DEFAULT '0',
  `name`         VARCHAR(260)                 DEFAULT NULL,
  `time`         DATETIME                     DEFAULT NULL,
  `active`       TINYINT(2) UNSIGNED NOT NULL DEFAULT '1',
  `sticky`       TINYINT(1)          NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 29123
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_theme_follower` (
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `theme_id`     INT(10) UNSIGNED NOT NULL,
  `infotype`     TINYINT(1)       NOT NULL
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_theme_post` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `theme_id`     INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `reply_post`   INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `body`         TEXT,
  `time`         DATETIME                  DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 162599
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_upgrade_request` (
  `foodsaver_id` INT(10) UNSIGNED    NOT NULL,
  `rolle`        TINYINT(3) UNSIGNED NOT NULL,
  `bezirk_id`    INT(10) UNSIGNED    NOT NULL,
  `time`         DATETIME DEFAULT NULL,
  `data`         TEXT
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_user` (
  `id`              INT(10) UNSIGNED NOT NULL,
  `fsid`            INT(10) UNSIGNED NOT NULL DEFAULT '0',
  `user_type_id`    INT(10) UNSIGNED NOT NULL,
  `email`           VARCHAR(50)               DEFAULT NULL,
  `passwd`          VARCHAR(50)               DEFAULT NULL,
  `name`            VARCHAR(100)     NOT NULL,
  `anschrift`       VARCHAR(260)              DEFAULT NULL,
  `plz`             VARCHAR(5)                DEFAULT NULL,
  `ort`             VARCHAR(260)              DEFAULT NULL,
  `lat`             VARCHAR(50)      NOT NULL,
  `lon`             VARCHAR(50)      NOT NULL,
  `ansprechpartner` VARCHAR(260)     NOT NULL,
  `zeiten`          TEXT             NOT NULL,
  `web`             VARCHAR(150)     NOT NULL,
  `telefon`         VARCHAR(100)     NOT NULL,
  `desc`            TEXT,
  `photo`           VARCHAR(50)               DEFAULT NULL,
  `token`           VARCHAR(50)      NOT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 888
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_usernotes_has_wallpost` (
  `usernotes_id` INT(10) UNSIGNED NOT NULL,
  `wallpost_id`  INT(10) UNSIGNED NOT NULL,
  `usercomment`  TINYINT(2)       NOT NULL DEFAULT '0'
)
  ENGINE = InnoDB
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_user_type` (
  `id`   INT(10) UNSIGNED NOT NULL,
  `name` VARCHAR(150) DEFAULT NULL
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 3
  DEFAULT CHARSET = utf8;

CREATE TABLE IF NOT EXISTS `fs_wallpost` (
  `id`           INT(10) UNSIGNED NOT NULL,
  `foodsaver_id` INT(10) UNSIGNED NOT NULL,
  `body`         TEXT,
  `time`         DATETIME DEFAULT NULL,
  `attach`       TEXT
)
  ENGINE = InnoDB
  AUTO_INCREMENT = 69130
  DEFAULT CHARSET = utf8;
