-- frab, a web application to manage conferences (call for participation, submissions, review
-- and scheduling; used by the Chaos Communication Congress, FOSDEM's predecessors and many
-- community conferences), its database as db/schema.rb defines it: conferences, days, rooms,
-- tracks, the call for participation, events (talks and workshops with their abstracts,
-- descriptions, notes, tech riders and invite tokens) and their translations, attachments,
-- ratings, review scores and feedback, the people who speak or organise (names, public name,
-- e-mail, gender, avatar, biography, notes, phone numbers, instant-messaging accounts,
-- availabilities, expenses and transport needs), the event-person roles with their
-- confirmation tokens and notification mails, the login accounts (Devise: password hash,
-- reset, remember, confirmation and unlock tokens, sign-in IPs), sessions, ticket-server
-- credentials, mail templates and the PaperTrail version history.
-- Source: https://github.com/frab/frab, db/schema.rb
-- Commit: 14ed5b540e870774326c944350e39e7a43b7d9ea
-- Licence: MIT (LICENSE in the source)
-- Trimmed: transcribed faithfully from the Rails schema.rb (frab's only schema file) into
-- SQLite DDL, one CREATE TABLE per create_table with every column in order, Rails' implicit
-- `id` primary key, its type, NOT NULL, default and limit; the index definitions follow each
-- table as CREATE INDEX and the add_foreign_key lines are written as FOREIGN KEY clauses.
-- Held-out set: not used to tune the classifier (see labels_heldout.yaml).

CREATE TABLE availabilities (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  person_id integer,
  conference_id integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  start_date datetime,
  end_date datetime,
  day_id integer
);
CREATE INDEX index_availabilities_on_conference_id ON availabilities (conference_id);
CREATE INDEX index_availabilities_on_person_id ON availabilities (person_id);

CREATE TABLE average_review_scores (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  event_id integer,
  review_metric_id integer,
  score float,
  FOREIGN KEY (event_id) REFERENCES events (id),
  FOREIGN KEY (review_metric_id) REFERENCES review_metrics (id)
);
CREATE UNIQUE INDEX index_average_review_scores_on_event_id_and_review_metric_id ON average_review_scores (event_id, review_metric_id);
CREATE INDEX index_average_review_scores_on_event_id ON average_review_scores (event_id);
CREATE INDEX index_average_review_scores_on_review_metric_id ON average_review_scores (review_metric_id);

CREATE TABLE call_for_participations (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  start_date date NOT NULL,
  end_date date NOT NULL,
  hard_deadline date,
  welcome_text text,
  conference_id integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  info_url varchar(255),
  contact_email varchar(255)
);
CREATE INDEX index_call_for_papers_on_dates ON call_for_participations (start_date, end_date);

CREATE TABLE classifiers (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  name varchar,
  description varchar,
  conference_id integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  FOREIGN KEY (conference_id) REFERENCES conferences (id)
);
CREATE INDEX index_classifiers_on_conference_id ON classifiers (conference_id);

CREATE TABLE conference_exports (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  locale varchar(255),
  conference_id integer,
  tarball_file_name varchar(255),
  tarball_content_type varchar(255),
  tarball_file_size integer,
  tarball_updated_at datetime,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_conference_exports_on_conference_id ON conference_exports (conference_id);

CREATE TABLE conference_users (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  role varchar(255),
  user_id integer,
  conference_id integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_conference_users_on_conference_id ON conference_users (conference_id);
CREATE INDEX index_conference_users_on_user_id ON conference_users (user_id);

CREATE TABLE conferences (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  acronym varchar(255) NOT NULL,
  title varchar(255) NOT NULL,
  timezone varchar(255) NOT NULL DEFAULT 'Berlin',
  timeslot_duration integer NOT NULL DEFAULT 15,
  default_timeslots integer NOT NULL DEFAULT 3,
  max_timeslots integer NOT NULL DEFAULT 20,
  feedback_enabled boolean NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  email varchar(255),
  program_export_base_url varchar(255),
  schedule_version varchar(255),
  schedule_public boolean NOT NULL DEFAULT 0,
  color varchar(255),
  ticket_type varchar(255) DEFAULT 'integrated',
  event_state_visible boolean DEFAULT 1,
  schedule_custom_css text(2097152),
  schedule_html_intro text(2097152),
  default_recording_license varchar(255),
  expenses_enabled boolean NOT NULL DEFAULT 0,
  transport_needs_enabled boolean NOT NULL DEFAULT 0,
  parent_id integer,
  bulk_notification_enabled boolean NOT NULL DEFAULT 0,
  logo_file_name varchar,
  logo_content_type varchar,
  logo_file_size integer,
  logo_updated_at datetime,
  schedule_open boolean NOT NULL DEFAULT 0,
  start_date datetime,
  end_date datetime,
  attachment_title_is_freeform boolean DEFAULT 1,
  allowed_event_types varchar DEFAULT 'lecture;workshop;podium;lightning_talk;meeting;film;concert;djset;performance;other',
  allowed_event_timeslots_csv varchar(400),
  bcc_address varchar(255),
  auto_lock_on_confirm boolean DEFAULT 0
);
CREATE INDEX index_conferences_on_acronym ON conferences (acronym);
CREATE INDEX index_conferences_on_parent_id ON conferences (parent_id);

CREATE TABLE conflicts (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  event_id integer,
  conflicting_event_id integer,
  person_id integer,
  conflict_type varchar(255),
  severity varchar(255),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_conflicts_on_event_id ON conflicts (event_id, conflicting_event_id);
CREATE INDEX index_conflicts_on_person_id ON conflicts (person_id);

CREATE TABLE days (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  conference_id integer,
  start_date datetime,
  end_date datetime
);
CREATE INDEX index_days_on_conference ON days (conference_id);

CREATE TABLE event_attachments (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  event_id integer NOT NULL,
  title varchar(255) NOT NULL,
  attachment_file_name varchar(255),
  attachment_content_type varchar(255),
  attachment_file_size integer,
  attachment_updated_at datetime,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  public boolean DEFAULT 1
);
CREATE INDEX index_event_attachments_on_event_id ON event_attachments (event_id);

CREATE TABLE event_classifiers (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  value integer DEFAULT 0,
  classifier_id integer,
  event_id integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  FOREIGN KEY (classifier_id) REFERENCES classifiers (id),
  FOREIGN KEY (event_id) REFERENCES events (id)
);
CREATE INDEX index_event_classifiers_on_classifier_id ON event_classifiers (classifier_id);
CREATE INDEX index_event_classifiers_on_event_id ON event_classifiers (event_id);

CREATE TABLE event_feedbacks (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  event_id integer,
  rating float,
  comment text,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_event_feedbacks_on_event_id ON event_feedbacks (event_id);

CREATE TABLE event_people (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  event_id integer NOT NULL,
  person_id integer NOT NULL,
  event_role varchar(255) NOT NULL DEFAULT 'submitter',
  role_state varchar(255),
  comment varchar(255),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  confirmation_token varchar(255),
  notification_subject varchar(255),
  notification_body text
);
CREATE INDEX index_event_people_on_event_id ON event_people (event_id);
CREATE INDEX index_event_people_on_person_id ON event_people (person_id);

CREATE TABLE event_ratings (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  event_id integer,
  person_id integer,
  rating float,
  comment text,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_event_ratings_on_event_id ON event_ratings (event_id);
CREATE INDEX index_event_ratings_on_person_id ON event_ratings (person_id);

CREATE TABLE event_translations (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  title varchar,
  subtitle varchar,
  abstract text,
  description text,
  locale varchar NOT NULL,
  event_id integer NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  FOREIGN KEY (event_id) REFERENCES events (id)
);
CREATE UNIQUE INDEX index_event_translations_on_event_id_and_locale ON event_translations (event_id, locale);
CREATE INDEX index_event_translations_on_locale ON event_translations (locale);

CREATE TABLE events (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  conference_id integer NOT NULL,
  title varchar,
  subtitle varchar(255),
  event_type varchar(255) DEFAULT 'talk',
  time_slots integer DEFAULT 3,
  state varchar(255) NOT NULL DEFAULT 'new',
  language varchar(255),
  start_time datetime,
  abstract text,
  description text,
  public boolean DEFAULT 1,
  logo_file_name varchar(255),
  logo_content_type varchar(255),
  logo_file_size integer,
  logo_updated_at datetime,
  track_id integer,
  room_id integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  average_rating float,
  event_ratings_count integer DEFAULT 0,
  note text,
  submission_note text,
  speaker_count integer DEFAULT 0,
  event_feedbacks_count integer DEFAULT 0,
  average_feedback float,
  guid varchar(255),
  do_not_record boolean DEFAULT 0,
  recording_license varchar(255),
  number_of_repeats integer DEFAULT 1,
  other_locations text,
  methods text,
  target_audience_experience text,
  target_audience_experience_text text,
  tech_rider text,
  invite_token varchar,
  video_url varchar(255),
  locked boolean DEFAULT 0
);
CREATE INDEX index_events_on_conference_id ON events (conference_id);
CREATE INDEX index_events_on_type ON events (event_type);
CREATE UNIQUE INDEX index_events_on_guid ON events (guid);
CREATE UNIQUE INDEX index_events_on_invite_token ON events (invite_token);
CREATE INDEX index_events_on_state ON events (state);

CREATE TABLE expenses (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  name varchar,
  value decimal(9, 4),
  reimbursed boolean,
  person_id integer,
  conference_id integer,
  created_at datetime,
  updated_at datetime
);
CREATE INDEX index_expenses_on_conference_id ON expenses (conference_id);
CREATE INDEX index_expenses_on_person_id ON expenses (person_id);

CREATE TABLE im_accounts (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  person_id integer,
  im_type varchar(255),
  im_address varchar(255),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_im_accounts_on_person_id ON im_accounts (person_id);

CREATE TABLE languages (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  code varchar(255),
  attachable_id integer,
  attachable_type varchar(255),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_languages_on_attachable_id ON languages (attachable_id);

CREATE TABLE links (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  title varchar(255) NOT NULL,
  url varchar(255) NOT NULL,
  linkable_id integer NOT NULL,
  linkable_type varchar(255) NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_links_on_linkable_id ON links (linkable_id);

CREATE TABLE mail_templates (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  conference_id integer,
  name varchar,
  subject varchar,
  content text,
  created_at datetime,
  updated_at datetime
);
CREATE INDEX index_mail_templates_on_conference_id ON mail_templates (conference_id);

CREATE TABLE notifications (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  locale varchar(255),
  accept_subject varchar(255),
  reject_subject varchar(255),
  accept_body text,
  reject_body text,
  conference_id integer,
  schedule_subject varchar(255),
  schedule_body text
);

CREATE TABLE people (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  first_name varchar(255) DEFAULT '',
  last_name varchar(255) DEFAULT '',
  public_name varchar(255) NOT NULL,
  email varchar(255) NOT NULL,
  email_public boolean DEFAULT 1,
  gender varchar(255),
  avatar_file_name varchar(255),
  avatar_content_type varchar(255),
  avatar_file_size integer,
  avatar_updated_at datetime,
  abstract text,
  description text,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  user_id integer,
  note text,
  include_in_mailings boolean NOT NULL DEFAULT 0,
  use_gravatar boolean NOT NULL DEFAULT 0
);
CREATE INDEX index_people_on_email ON people (email);
CREATE INDEX index_people_on_user_id ON people (user_id);

CREATE TABLE person_translations (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  abstract text,
  description text,
  locale varchar NOT NULL,
  person_id integer NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  FOREIGN KEY (person_id) REFERENCES people (id)
);
CREATE INDEX index_person_translations_on_locale ON person_translations (locale);
CREATE UNIQUE INDEX index_person_translations_on_person_id_and_locale ON person_translations (person_id, locale);

CREATE TABLE phone_numbers (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  person_id integer,
  phone_type varchar(255),
  phone_number varchar(255),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_phone_numbers_on_person_id ON phone_numbers (person_id);

CREATE TABLE review_metrics (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  name varchar,
  description varchar,
  conference_id integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  FOREIGN KEY (conference_id) REFERENCES conferences (id)
);
CREATE INDEX index_review_metrics_on_conference_id ON review_metrics (conference_id);
CREATE UNIQUE INDEX index_review_metrics_on_name_and_conference_id ON review_metrics (name, conference_id);

CREATE TABLE review_scores (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  event_rating_id integer,
  review_metric_id integer,
  score integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  FOREIGN KEY (event_rating_id) REFERENCES event_ratings (id),
  FOREIGN KEY (review_metric_id) REFERENCES review_metrics (id)
);
CREATE INDEX index_review_scores_on_event_rating_id ON review_scores (event_rating_id);
CREATE INDEX index_review_scores_on_review_metric_id ON review_scores (review_metric_id);

CREATE TABLE rooms (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  conference_id integer NOT NULL,
  name varchar(255) NOT NULL,
  size integer,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  rank integer
);
CREATE INDEX index_rooms_on_conference_id ON rooms (conference_id);

CREATE TABLE sessions (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  session_id varchar(255) NOT NULL,
  data text,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL
);
CREATE INDEX index_sessions_on_session_id ON sessions (session_id);
CREATE INDEX index_sessions_on_updated_at ON sessions (updated_at);

CREATE TABLE ticket_servers (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  conference_id integer NOT NULL,
  url varchar(255),
  user varchar(255),
  password varchar(255),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  queue varchar(255)
);

CREATE TABLE tickets (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  object_id integer NOT NULL,
  remote_ticket_id varchar(255),
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  object_type varchar
);
CREATE INDEX index_tickets_on_object_id ON tickets (object_id);

CREATE TABLE track_translations (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  name varchar,
  locale varchar NOT NULL,
  track_id integer NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  FOREIGN KEY (track_id) REFERENCES tracks (id)
);
CREATE INDEX index_track_translations_on_locale ON track_translations (locale);
CREATE UNIQUE INDEX index_track_translations_on_track_id_and_locale ON track_translations (track_id, locale);

CREATE TABLE tracks (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  conference_id integer,
  name varchar(255) NOT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  color varchar(255) DEFAULT 'fefd7f'
);
CREATE INDEX index_tracks_on_conference_id ON tracks (conference_id);

CREATE TABLE transport_needs (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  person_id integer,
  conference_id integer,
  at datetime,
  transport_type varchar,
  seats integer,
  booked boolean,
  note text,
  created_at datetime,
  updated_at datetime
);
CREATE INDEX index_transport_needs_on_conference_id ON transport_needs (conference_id);
CREATE INDEX index_transport_needs_on_person_id ON transport_needs (person_id);

CREATE TABLE users (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  email varchar(255) NOT NULL DEFAULT '',
  reset_password_token varchar(255),
  remember_created_at datetime,
  remember_token varchar(255),
  sign_in_count integer DEFAULT 0,
  current_sign_in_at datetime,
  last_sign_in_at datetime,
  current_sign_in_ip varchar(255),
  last_sign_in_ip varchar(255),
  confirmation_token varchar(255),
  confirmed_at datetime,
  confirmation_sent_at datetime,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  role varchar(255) DEFAULT 'submitter',
  encrypted_password varchar NOT NULL DEFAULT '',
  reset_password_sent_at datetime,
  unconfirmed_email varchar,
  failed_attempts integer NOT NULL DEFAULT 0,
  unlock_token varchar,
  locked_at datetime,
  provider varchar,
  uid varchar
);
CREATE UNIQUE INDEX index_users_on_confirmation_token ON users (confirmation_token);
CREATE UNIQUE INDEX index_users_on_email ON users (email);
CREATE UNIQUE INDEX index_users_on_reset_password_token ON users (reset_password_token);
CREATE UNIQUE INDEX index_users_on_unlock_token ON users (unlock_token);

CREATE TABLE versions (
  id integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  item_type varchar(255) NOT NULL,
  item_id integer NOT NULL,
  event varchar(255) NOT NULL,
  whodunnit varchar(255),
  object text,
  created_at datetime,
  conference_id integer,
  associated_id integer,
  associated_type varchar(255),
  object_changes text(4194304)
);
CREATE INDEX index_versions_on_item_type_and_item_id ON versions (item_type, item_id);

