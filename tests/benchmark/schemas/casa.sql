-- CASA, Ruby for Good's volunteer management application for Court Appointed Special Advocate
-- programmes (volunteers appointed by a juvenile or family court to advocate for children and
-- youth in foster care), PostgreSQL: CASA organisations (a programme's name, address and Twilio
-- SMS credentials), users (volunteers, supervisors and programme admins: e-mail, display name,
-- phone number, date of birth, password, reset, invitation and confirmation tokens, sign-in IPs,
-- former e-mails, notification preferences) with their addresses, languages spoken, reminder
-- times and SMS notification choices, the platform's admins, API credentials; CASA cases (the
-- court case of a youth: case number, month and year of birth, whether transition-aged, date in
-- care, court report due date and status) with their assignments to volunteers, court dates
-- (hearing type, judge) and the orders made there, placements (foster placement type and start),
-- emancipation categories and options checked for the youth, case groups; case contacts (a
-- volunteer's contact with the youth or others about the case: medium, duration, whether made,
-- miles driven and reimbursement, notes, the volunteer's address, answers to contact topics),
-- follow-ups, additional expenses, notes, other duties, learning hours (volunteer training),
-- fund requests (a request for money for a youth: submitter's e-mail, youth's name, payee,
-- purpose, impact), mileage rates, banners, custom links, contact types and topics, hearing
-- types and checklists, judges, login activities (IP, user agent, geolocated city, region,
-- country and coordinates), sent e-mails, notifications, patch notes, delayed jobs, feature flags
-- and Rails' storage and rich-text tables.
-- Source: https://github.com/rubyforgood/casa, db/schema.rb
-- Commit: 5ad2d6ae14d4561b59919dd983aff6b28e5a7735
-- Licence: MIT (the repository's LICENSE.md)
-- Transcribed: the project keeps its schema as Rails' db/schema.rb (no SQL dump), so each
-- create_table is written here as CREATE TABLE with the same table and column names, in the
-- file's order: the implicit id as bigserial PRIMARY KEY, string as varchar, datetime as
-- timestamp(6), decimal with its precision and scale, array columns as arrays and null: false as
-- NOT NULL; defaults, indexes, check constraints and foreign keys are left out.
-- Trimmed: nothing dropped of the 62 tables.
-- Development source since the fifteenth held-out set was measured (see labels.yaml).

CREATE TABLE action_text_rich_texts (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  body text,
  record_type varchar NOT NULL,
  record_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE active_storage_attachments (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  record_type varchar NOT NULL,
  record_id bigint NOT NULL,
  blob_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL
);

CREATE TABLE active_storage_blobs (
  id bigserial PRIMARY KEY,
  key varchar NOT NULL,
  filename varchar NOT NULL,
  content_type varchar,
  metadata text,
  byte_size bigint NOT NULL,
  checksum varchar,
  created_at timestamp(6) NOT NULL,
  service_name varchar NOT NULL
);

CREATE TABLE active_storage_variant_records (
  id bigserial PRIMARY KEY,
  blob_id bigint NOT NULL,
  variation_digest varchar NOT NULL
);

CREATE TABLE additional_expenses (
  id bigserial PRIMARY KEY,
  case_contact_id bigint NOT NULL,
  other_expense_amount numeric,
  other_expenses_describe varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE addresses (
  id bigserial PRIMARY KEY,
  content varchar,
  user_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  line_1 varchar,
  line_2 varchar,
  city varchar,
  state varchar,
  zip varchar
);

CREATE TABLE all_casa_admins (
  id bigserial PRIMARY KEY,
  email varchar NOT NULL,
  encrypted_password varchar NOT NULL,
  reset_password_token varchar,
  reset_password_sent_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  invitation_token varchar,
  invitation_created_at timestamp(6),
  invitation_sent_at timestamp(6),
  invitation_accepted_at timestamp(6),
  invitation_limit integer,
  invited_by_id integer,
  invited_by_type varchar
);

CREATE TABLE api_credentials (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  token_expires_at timestamp(6),
  refresh_token_expires_at timestamp(6),
  api_token_digest varchar,
  refresh_token_digest varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE banners (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  user_id bigint NOT NULL,
  name varchar,
  active boolean,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  expires_at timestamp(6)
);

CREATE TABLE casa_case_contact_types (
  id bigserial PRIMARY KEY,
  contact_type_id bigint NOT NULL,
  casa_case_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE casa_case_emancipation_categories (
  id bigserial PRIMARY KEY,
  casa_case_id bigint NOT NULL,
  emancipation_category_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE casa_case_emancipation_options (
  id bigserial PRIMARY KEY,
  casa_case_id bigint NOT NULL,
  emancipation_option_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE casa_cases (
  id bigserial PRIMARY KEY,
  case_number varchar NOT NULL,
  transition_aged_youth boolean,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  casa_org_id bigint NOT NULL,
  birth_month_year_youth timestamp(6),
  court_report_due_date timestamp(6),
  active boolean NOT NULL,
  court_report_submitted_at timestamp(6),
  court_report_status integer,
  slug varchar,
  date_in_care timestamp(6)
);

CREATE TABLE casa_orgs (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  display_name varchar,
  address varchar,
  footer_links varchar[],
  slug varchar,
  show_driving_reimbursement boolean,
  show_fund_request boolean,
  twilio_phone_number varchar,
  twilio_account_sid varchar,
  twilio_api_key_sid varchar,
  twilio_api_key_secret varchar,
  twilio_enabled boolean,
  additional_expenses_enabled boolean,
  learning_topic_active boolean,
  other_duties_enabled boolean
);

CREATE TABLE case_assignments (
  id bigserial PRIMARY KEY,
  casa_case_id bigint NOT NULL,
  volunteer_id bigint NOT NULL,
  active boolean NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  hide_old_contacts boolean,
  allow_reimbursement boolean
);

CREATE TABLE case_contact_contact_types (
  id bigserial PRIMARY KEY,
  case_contact_id bigint NOT NULL,
  contact_type_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE case_contacts (
  id bigserial PRIMARY KEY,
  creator_id bigint NOT NULL,
  casa_case_id bigint,
  duration_minutes integer,
  occurred_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  contact_made boolean,
  medium_type varchar,
  miles_driven integer NOT NULL,
  want_driving_reimbursement boolean,
  notes varchar,
  deleted_at timestamp(6),
  reimbursement_complete boolean,
  status varchar,
  draft_case_ids integer[],
  volunteer_address varchar,
  metadata jsonb
);

CREATE TABLE case_court_orders (
  id bigserial PRIMARY KEY,
  casa_case_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  implementation_status integer,
  court_date_id bigint,
  text varchar
);

CREATE TABLE case_group_memberships (
  id bigserial PRIMARY KEY,
  case_group_id bigint NOT NULL,
  casa_case_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE case_groups (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  name varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE checklist_items (
  id bigserial PRIMARY KEY,
  hearing_type_id integer,
  description text NOT NULL,
  category varchar NOT NULL,
  mandatory boolean NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE contact_topic_answers (
  id bigserial PRIMARY KEY,
  value text,
  case_contact_id bigint NOT NULL,
  contact_topic_id bigint,
  selected boolean NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  deleted_at timestamp(6)
);

CREATE TABLE contact_topics (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  active boolean NOT NULL,
  soft_delete boolean NOT NULL,
  details text,
  question varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  exclude_from_court_report boolean NOT NULL
);

CREATE TABLE contact_type_groups (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  name varchar NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  active boolean
);

CREATE TABLE contact_types (
  id bigserial PRIMARY KEY,
  contact_type_group_id bigint NOT NULL,
  name varchar NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  active boolean
);

CREATE TABLE court_dates (
  id bigserial PRIMARY KEY,
  date timestamp(6) NOT NULL,
  casa_case_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  hearing_type_id bigint,
  judge_id bigint,
  court_report_due_date timestamp(6)
);

CREATE TABLE custom_org_links (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  text varchar NOT NULL,
  url varchar NOT NULL,
  active boolean NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE delayed_jobs (
  id bigserial PRIMARY KEY,
  priority integer NOT NULL,
  attempts integer NOT NULL,
  handler text NOT NULL,
  last_error text,
  run_at timestamp(6),
  locked_at timestamp(6),
  failed_at timestamp(6),
  locked_by varchar,
  queue varchar,
  created_at timestamp(6),
  updated_at timestamp(6)
);

CREATE TABLE emancipation_categories (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  mutually_exclusive boolean NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE emancipation_options (
  id bigserial PRIMARY KEY,
  emancipation_category_id bigint NOT NULL,
  name varchar NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE flipper_features (
  id bigserial PRIMARY KEY,
  key varchar NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE flipper_gates (
  id bigserial PRIMARY KEY,
  feature_key varchar NOT NULL,
  key varchar NOT NULL,
  value text,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE followups (
  id bigserial PRIMARY KEY,
  case_contact_id bigint,
  creator_id bigint,
  status integer,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  note text,
  followupable_id bigint,
  followupable_type varchar
);

CREATE TABLE fund_requests (
  id bigserial PRIMARY KEY,
  submitter_email text,
  youth_name text,
  payment_amount text,
  deadline text,
  request_purpose text,
  payee_name text,
  requested_by_and_relationship text,
  other_funding_source_sought text,
  impact text,
  extra_information text,
  timestamps text
);

CREATE TABLE healths (
  id bigserial PRIMARY KEY,
  latest_deploy_time timestamp(6),
  singleton_guard integer,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE hearing_types (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  name varchar NOT NULL,
  active boolean NOT NULL,
  checklist_updated_date varchar NOT NULL
);

CREATE TABLE judges (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  active boolean,
  name varchar
);

CREATE TABLE languages (
  id bigserial PRIMARY KEY,
  name varchar,
  casa_org_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE learning_hour_topics (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  casa_org_id bigint NOT NULL,
  position integer,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE learning_hour_types (
  id bigserial PRIMARY KEY,
  casa_org_id bigint NOT NULL,
  name varchar,
  active boolean,
  position integer,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE learning_hours (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  name varchar NOT NULL,
  duration_minutes integer NOT NULL,
  duration_hours integer NOT NULL,
  occurred_at timestamp(6) NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  learning_hour_type_id bigint,
  learning_hour_topic_id bigint
);

CREATE TABLE login_activities (
  id bigserial PRIMARY KEY,
  scope varchar,
  strategy varchar,
  identity varchar,
  success boolean,
  failure_reason varchar,
  user_type varchar,
  user_id bigint,
  context varchar,
  ip varchar,
  user_agent text,
  referrer text,
  city varchar,
  region varchar,
  country varchar,
  latitude double precision,
  longitude double precision,
  created_at timestamp(6)
);

CREATE TABLE mileage_rates (
  id bigserial PRIMARY KEY,
  amount numeric,
  effective_date date,
  is_active boolean,
  user_id bigint,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  casa_org_id bigint NOT NULL
);

CREATE TABLE notes (
  id bigserial PRIMARY KEY,
  content varchar,
  creator_id bigint,
  notable_type varchar,
  notable_id bigint,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE noticed_events (
  id bigserial PRIMARY KEY,
  type varchar,
  record_type varchar,
  record_id bigint,
  params jsonb,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  notifications_count integer
);

CREATE TABLE noticed_notifications (
  id bigserial PRIMARY KEY,
  type varchar,
  event_id bigint NOT NULL,
  recipient_type varchar NOT NULL,
  recipient_id bigint NOT NULL,
  read_at timestamp(6),
  seen_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  recipient_type varchar NOT NULL,
  recipient_id bigint NOT NULL,
  type varchar NOT NULL,
  params jsonb,
  read_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE other_duties (
  id bigserial PRIMARY KEY,
  creator_id bigint NOT NULL,
  creator_type varchar,
  occurred_at timestamp(6),
  duration_minutes bigint,
  notes text,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE patch_note_groups (
  id bigserial PRIMARY KEY,
  value varchar NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE patch_note_types (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE patch_notes (
  id bigserial PRIMARY KEY,
  note text NOT NULL,
  patch_note_type_id bigint NOT NULL,
  patch_note_group_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE placement_types (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  casa_org_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE placements (
  id bigserial PRIMARY KEY,
  placement_started_at timestamp(6) NOT NULL,
  placement_type_id bigint NOT NULL,
  creator_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  casa_case_id bigint NOT NULL
);

CREATE TABLE preference_sets (
  id bigserial PRIMARY KEY,
  user_id bigint,
  case_volunteer_columns jsonb NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  table_state jsonb
);

CREATE TABLE sent_emails (
  id bigserial PRIMARY KEY,
  user_id bigint,
  casa_org_id bigint NOT NULL,
  mailer_type varchar,
  category varchar,
  sent_address varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE sms_notification_events (
  id bigserial PRIMARY KEY,
  name varchar,
  user_type varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE supervisor_volunteers (
  id bigserial PRIMARY KEY,
  supervisor_id bigint NOT NULL,
  volunteer_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  is_active boolean
);

CREATE TABLE task_records (
  version varchar NOT NULL
);

CREATE TABLE user_languages (
  id bigserial PRIMARY KEY,
  user_id bigint,
  language_id bigint,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE user_reminder_times (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  case_contact_types timestamp(6),
  no_contact_made timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE user_sms_notification_events (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  sms_notification_event_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email varchar NOT NULL,
  encrypted_password varchar NOT NULL,
  reset_password_token varchar,
  reset_password_sent_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  casa_org_id bigint NOT NULL,
  display_name varchar NOT NULL,
  invitation_token varchar,
  invitation_created_at timestamp(6),
  invitation_sent_at timestamp(6),
  invitation_accepted_at timestamp(6),
  invitation_limit integer,
  invited_by_type varchar,
  invited_by_id bigint,
  invitations_count integer,
  type varchar,
  active boolean,
  sign_in_count integer NOT NULL,
  current_sign_in_at timestamp(6),
  last_sign_in_at timestamp(6),
  current_sign_in_ip varchar,
  last_sign_in_ip varchar,
  phone_number varchar,
  receive_sms_notifications boolean NOT NULL,
  receive_email_notifications boolean,
  confirmation_token varchar,
  confirmed_at timestamp(6),
  confirmation_sent_at timestamp(6),
  unconfirmed_email varchar,
  old_emails varchar[],
  receive_reimbursement_email boolean,
  monthly_learning_hours_report boolean NOT NULL,
  date_of_birth timestamp(6)
);

