-- webtrees, an online collaborative genealogy application, with the default table prefix wt_,
-- here in SQLite (webtrees runs on MySQL, PostgreSQL, SQLite and SQL Server): family trees
-- imported from GEDCOM files (gedcom, gedcom_chunk), the genealogical records of each tree,
-- each with its GEDCOM text (individuals with their sex, families with husband and wife,
-- sources, media and media files, other records such as notes, repositories and submitters),
-- the names of individuals (full, given and surnames with their Soundex codes), dates and
-- places of events, links between records, pending changes (old and new GEDCOM), privacy
-- restrictions (default_resn), place locations with coordinates, site users (username, real
-- name, e-mail, password) and their settings, messages between users (sender, IP, subject,
-- body), news, favourites, blocks, modules, sessions, hit counters and the log.
-- Source: https://github.com/fisharebest/webtrees, app/Schema/WebtreesSchema.php (the
--   definitions of the webtrees database, written with Doctrine DBAL's schema editor)
-- Commit: 06ea7e7022e97b7c616fdf90e69cbdc8510f57cd
-- Licence: GPL-3.0-or-later (the header of app/Schema/WebtreesSchema.php)
-- Trimmed: nothing dropped of the 32 tables; the project has no SQL file, so each table method
-- is transcribed into a CREATE TABLE statement for SQLite, in the file's order, with its columns
-- in order, integer for integer, VARCHAR(n) for varchar and nvarchar, TEXT for text, FLOAT for
-- float and TIMESTAMP for timestamp; primary keys kept, indexes and foreign keys dropped.
-- Development source since the fourteenth held-out set was measured (see labels.yaml).

CREATE TABLE wt_block (
  block_id INTEGER PRIMARY KEY AUTOINCREMENT,
  gedcom_id INTEGER NULL,
  user_id INTEGER NULL,
  xref VARCHAR(20) NULL,
  location VARCHAR(4) NULL,
  block_order INTEGER NOT NULL,
  module_name VARCHAR(32) NOT NULL
);

CREATE TABLE wt_block_setting (
  block_id INTEGER NOT NULL,
  setting_name VARCHAR(32) NOT NULL,
  setting_value TEXT NOT NULL,
  PRIMARY KEY (block_id, setting_name)
);

CREATE TABLE wt_change (
  change_id INTEGER PRIMARY KEY AUTOINCREMENT,
  change_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  status VARCHAR(8) NOT NULL,
  gedcom_id INTEGER NOT NULL,
  xref VARCHAR(20) NOT NULL,
  old_gedcom TEXT NOT NULL,
  new_gedcom TEXT NOT NULL,
  user_id INTEGER NOT NULL
);

CREATE TABLE wt_dates (
  d_day INTEGER NOT NULL,
  d_month VARCHAR(5) NOT NULL,
  d_mon INTEGER NOT NULL,
  d_year INTEGER NOT NULL,
  d_julianday1 INTEGER NOT NULL,
  d_julianday2 INTEGER NOT NULL,
  d_fact VARCHAR(15) NOT NULL,
  d_gid VARCHAR(20) NOT NULL,
  d_file INTEGER NOT NULL,
  d_type VARCHAR(13) NOT NULL
);

CREATE TABLE wt_default_resn (
  default_resn_id INTEGER PRIMARY KEY AUTOINCREMENT,
  gedcom_id INTEGER NOT NULL,
  xref VARCHAR(20) NULL,
  tag_type VARCHAR(15) NULL,
  resn VARCHAR(12) NOT NULL
);

CREATE TABLE wt_families (
  f_id VARCHAR(20) NOT NULL,
  f_file INTEGER NOT NULL,
  f_husb VARCHAR(20) NULL,
  f_wife VARCHAR(20) NULL,
  f_gedcom TEXT NOT NULL,
  f_numchil INTEGER NOT NULL,
  PRIMARY KEY (f_file, f_id)
);

CREATE TABLE wt_favorite (
  favorite_id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NULL,
  gedcom_id INTEGER NOT NULL,
  xref VARCHAR(20) NULL,
  favorite_type VARCHAR(4) NOT NULL,
  url VARCHAR(255) NULL,
  title VARCHAR(255) NULL,
  note VARCHAR(1000) NULL
);

CREATE TABLE wt_gedcom (
  gedcom_id INTEGER PRIMARY KEY AUTOINCREMENT,
  gedcom_name VARCHAR(255) NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE wt_gedcom_chunk (
  gedcom_chunk_id INTEGER PRIMARY KEY AUTOINCREMENT,
  gedcom_id INTEGER NOT NULL,
  chunk_data TEXT NOT NULL,
  imported INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE wt_gedcom_setting (
  gedcom_id INTEGER NOT NULL,
  setting_name VARCHAR(32) NOT NULL,
  setting_value VARCHAR(255) NOT NULL,
  PRIMARY KEY (gedcom_id, setting_name)
);

CREATE TABLE wt_hit_counter (
  gedcom_id INTEGER NOT NULL,
  page_name VARCHAR(32) NOT NULL,
  page_parameter VARCHAR(32) NOT NULL,
  page_count INTEGER NOT NULL,
  PRIMARY KEY (gedcom_id, page_name, page_parameter)
);

CREATE TABLE wt_individuals (
  i_id VARCHAR(20) NOT NULL,
  i_file INTEGER NOT NULL,
  i_rin VARCHAR(20) NOT NULL,
  i_sex VARCHAR(1) NOT NULL,
  i_gedcom TEXT NOT NULL,
  PRIMARY KEY (i_id, i_file)
);

CREATE TABLE wt_link (
  l_file INTEGER NOT NULL,
  l_from VARCHAR(20) NOT NULL,
  l_type VARCHAR(15) NOT NULL,
  l_to VARCHAR(20) NOT NULL,
  PRIMARY KEY (l_from, l_file, l_type, l_to)
);

CREATE TABLE wt_log (
  log_id INTEGER PRIMARY KEY AUTOINCREMENT,
  log_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  log_type VARCHAR(6) NOT NULL,
  log_message TEXT NOT NULL,
  ip_address VARCHAR(45) NOT NULL,
  user_id INTEGER NULL,
  gedcom_id INTEGER NULL
);

CREATE TABLE wt_media (
  m_id VARCHAR(20) NOT NULL,
  m_file INTEGER NOT NULL,
  m_gedcom TEXT NOT NULL,
  PRIMARY KEY (m_file, m_id)
);

CREATE TABLE wt_media_file (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  m_id VARCHAR(20) NOT NULL,
  m_file INTEGER NOT NULL,
  multimedia_file_refn VARCHAR(248) NOT NULL,
  multimedia_format VARCHAR(4) NOT NULL,
  source_media_type VARCHAR(15) NOT NULL,
  descriptive_title VARCHAR(248) NOT NULL
);

CREATE TABLE wt_message (
  message_id INTEGER PRIMARY KEY AUTOINCREMENT,
  sender VARCHAR(64) NOT NULL,
  ip_address VARCHAR(45) NOT NULL,
  user_id INTEGER NOT NULL,
  subject VARCHAR(255) NOT NULL,
  body TEXT NOT NULL,
  created TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE wt_module (
  module_name VARCHAR(32) NOT NULL PRIMARY KEY,
  status VARCHAR(8) NOT NULL DEFAULT 'enabled',
  tab_order INTEGER NULL,
  menu_order INTEGER NULL,
  sidebar_order INTEGER NULL,
  footer_order INTEGER NULL
);

CREATE TABLE wt_module_privacy (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  module_name VARCHAR(32) NOT NULL,
  gedcom_id INTEGER NOT NULL,
  interface VARCHAR(255) NOT NULL,
  access_level INTEGER NOT NULL
);

CREATE TABLE wt_module_setting (
  module_name VARCHAR(32) NOT NULL,
  setting_name VARCHAR(32) NOT NULL,
  setting_value TEXT NOT NULL,
  PRIMARY KEY (module_name, setting_name)
);

CREATE TABLE wt_name (
  n_file INTEGER NOT NULL,
  n_id VARCHAR(20) NOT NULL,
  n_num INTEGER NOT NULL,
  n_type VARCHAR(15) NOT NULL,
  n_sort VARCHAR(255) NOT NULL,
  n_full VARCHAR(255) NOT NULL,
  n_surname VARCHAR(255) NULL,
  n_surn VARCHAR(255) NULL,
  n_givn VARCHAR(255) NULL,
  n_soundex_givn_std VARCHAR(255) NULL,
  n_soundex_surn_std VARCHAR(255) NULL,
  n_soundex_givn_dm VARCHAR(255) NULL,
  n_soundex_surn_dm VARCHAR(255) NULL,
  PRIMARY KEY (n_id, n_file, n_num)
);

CREATE TABLE wt_news (
  news_id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NULL,
  gedcom_id INTEGER NULL,
  subject VARCHAR(255) NOT NULL,
  body TEXT NOT NULL,
  updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE wt_other (
  o_id VARCHAR(20) NOT NULL,
  o_file INTEGER NOT NULL,
  o_type VARCHAR(15) NOT NULL,
  o_gedcom TEXT NOT NULL,
  PRIMARY KEY (o_file, o_id)
);

CREATE TABLE wt_place_location (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  parent_id INTEGER NULL,
  place VARCHAR(120) NOT NULL,
  latitude FLOAT NULL,
  longitude FLOAT NULL
);

CREATE TABLE wt_placelinks (
  pl_p_id INTEGER NOT NULL,
  pl_gid VARCHAR(20) NOT NULL,
  pl_file INTEGER NOT NULL,
  PRIMARY KEY (pl_p_id, pl_gid, pl_file)
);

CREATE TABLE wt_places (
  p_id INTEGER PRIMARY KEY AUTOINCREMENT,
  p_place VARCHAR(150) NOT NULL,
  p_parent_id INTEGER NULL,
  p_file INTEGER NOT NULL,
  p_std_soundex TEXT NOT NULL,
  p_dm_soundex TEXT NOT NULL
);

CREATE TABLE wt_session (
  session_id VARCHAR(32) NOT NULL PRIMARY KEY,
  session_time TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  user_id INTEGER NULL,
  ip_address VARCHAR(45) NOT NULL,
  session_data TEXT NOT NULL
);

CREATE TABLE wt_site_setting (
  setting_name VARCHAR(32) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(2000) NOT NULL
);

CREATE TABLE wt_sources (
  s_id VARCHAR(20) NOT NULL,
  s_file INTEGER NOT NULL,
  s_name VARCHAR(255) NOT NULL,
  s_gedcom TEXT NOT NULL,
  PRIMARY KEY (s_file, s_id)
);

CREATE TABLE wt_user (
  user_id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_name VARCHAR(32) NOT NULL UNIQUE,
  real_name VARCHAR(64) NOT NULL,
  email VARCHAR(64) NOT NULL UNIQUE,
  password VARCHAR(128) NOT NULL
);

CREATE TABLE wt_user_gedcom_setting (
  user_id INTEGER NOT NULL,
  gedcom_id INTEGER NOT NULL,
  setting_name VARCHAR(32) NOT NULL,
  setting_value VARCHAR(255) NOT NULL,
  PRIMARY KEY (user_id, gedcom_id, setting_name)
);

CREATE TABLE wt_user_setting (
  user_id INTEGER NOT NULL,
  setting_name VARCHAR(32) NOT NULL,
  setting_value VARCHAR(255) NOT NULL,
  PRIMARY KEY (user_id, setting_name)
);
