-- Dawarich, a self-hosted alternative to Google Timeline (Location History): the places a person
-- has been, as their phone's tracking apps (OwnTracks, Overland, the Dawarich app) report them or
-- as imported from Google Takeout and GPX files, PostgreSQL with PostGIS: points (every recorded
-- position of the user: coordinates and the PostGIS point, altitude, speed, course and accuracy,
-- the battery level and status, the Wi-Fi network (SSID, BSSID) and connection, the tracker ID
-- and topic, the raw payload, reverse-geocoded city and country, motion data), their raw-data
-- archives, tracks and track segments (paths with distance, speed, elevation, transport mode),
-- trips (named journeys with their path and visited countries), visits (a stay at a place with
-- its time span) at places (named places with coordinates, geodata and a note) and areas (a
-- user's named circles: home, work), monthly and yearly statistics and digests (distances,
-- toponyms, time spent by location, first-time visits), tags (with a privacy radius), imports
-- and exports of location data, notifications, families (shared location among family members:
-- memberships, invitations by e-mail, location requests), countries (borders), users (e-mail,
-- password, reset and unlock tokens, API key, sign-in IPs, TOTP secret and backup codes,
-- settings, sign-up UTM parameters, OAuth provider and uid), feature flags and Rails' storage
-- and rich-text tables.
-- Source: https://github.com/Freika/dawarich, db/schema.rb
-- Commit: 60734da428c414fc679b397867254ff865e08b01
-- Licence: AGPL-3.0 (the repository's LICENSE)
-- Transcribed: the project keeps its schema as Rails' db/schema.rb (no SQL dump), so each
-- create_table is written here as CREATE TABLE with the same table and column names, in the
-- file's order: the implicit id as bigserial PRIMARY KEY, string as varchar, datetime as
-- timestamp(6), decimal with its precision and scale, PostGIS st_point / line_string /
-- multi_polygon columns as geography or geometry of that shape, array columns as arrays, and
-- null: false as NOT NULL; defaults, indexes, foreign keys and the extension statements are left
-- out.
-- Trimmed: nothing dropped of the 29 tables.
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
  service_name varchar NOT NULL,
  byte_size bigint NOT NULL,
  checksum varchar,
  created_at timestamp(6) NOT NULL
);

CREATE TABLE active_storage_variant_records (
  id bigserial PRIMARY KEY,
  blob_id bigint NOT NULL,
  variation_digest varchar NOT NULL
);

CREATE TABLE areas (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  user_id bigint NOT NULL,
  longitude numeric(10, 6) NOT NULL,
  latitude numeric(10, 6) NOT NULL,
  radius integer NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE countries (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  iso_a2 varchar NOT NULL,
  iso_a3 varchar NOT NULL,
  geom geometry(MultiPolygon, 4326),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE data_migrations (
  version varchar PRIMARY KEY
);

CREATE TABLE digests (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  year integer NOT NULL,
  period_type integer NOT NULL,
  distance bigint NOT NULL,
  toponyms jsonb,
  monthly_distances jsonb,
  time_spent_by_location jsonb,
  first_time_visits jsonb,
  year_over_year jsonb,
  all_time_stats jsonb,
  sharing_settings jsonb,
  sharing_uuid uuid,
  sent_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  month integer,
  travel_patterns jsonb
);

CREATE TABLE exports (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  url varchar,
  status integer NOT NULL,
  user_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  file_format integer,
  start_at timestamp(6),
  end_at timestamp(6),
  file_type integer NOT NULL,
  processing_started_at timestamp(6),
  error_message text
);

CREATE TABLE families (
  id bigserial PRIMARY KEY,
  name varchar(50) NOT NULL,
  creator_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE family_invitations (
  id bigserial PRIMARY KEY,
  family_id bigint NOT NULL,
  email varchar NOT NULL,
  token varchar NOT NULL,
  expires_at timestamp(6) NOT NULL,
  invited_by_id bigint NOT NULL,
  status integer NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE family_location_requests (
  id bigserial PRIMARY KEY,
  requester_id bigint NOT NULL,
  target_user_id bigint NOT NULL,
  family_id bigint NOT NULL,
  status integer NOT NULL,
  suggested_duration varchar NOT NULL,
  expires_at timestamp(6) NOT NULL,
  responded_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE family_memberships (
  id bigserial PRIMARY KEY,
  family_id bigint NOT NULL,
  user_id bigint NOT NULL,
  role integer NOT NULL,
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

CREATE TABLE imports (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  user_id bigint NOT NULL,
  source integer,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  raw_points integer,
  doubles integer,
  processed integer,
  raw_data jsonb,
  points_count integer,
  status integer NOT NULL,
  processing_started_at timestamp(6),
  error_message text,
  demo boolean NOT NULL
);

CREATE TABLE notifications (
  id bigserial PRIMARY KEY,
  title varchar NOT NULL,
  content text NOT NULL,
  user_id bigint NOT NULL,
  kind integer NOT NULL,
  read_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE place_visits (
  id bigserial PRIMARY KEY,
  place_id bigint NOT NULL,
  visit_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE places (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  longitude numeric(10, 6) NOT NULL,
  latitude numeric(10, 6) NOT NULL,
  city varchar,
  country varchar,
  source integer,
  geodata jsonb NOT NULL,
  reverse_geocoded_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  lonlat geography(Point, 4326),
  user_id bigint,
  note text
);

CREATE TABLE points (
  id bigserial PRIMARY KEY,
  battery_status integer,
  ping varchar,
  battery integer,
  tracker_id varchar,
  topic varchar,
  altitude integer,
  longitude numeric(10, 6),
  velocity varchar,
  trigger integer,
  bssid varchar,
  ssid varchar,
  connection integer,
  vertical_accuracy integer,
  accuracy integer,
  timestamp integer,
  latitude numeric(10, 6),
  mode integer,
  inrids text[],
  in_regions text[],
  raw_data jsonb,
  import_id bigint,
  city varchar,
  country varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  user_id bigint,
  geodata jsonb NOT NULL,
  visit_id bigint,
  reverse_geocoded_at timestamp(6),
  course numeric(8, 5),
  course_accuracy numeric(8, 5),
  external_track_id varchar,
  lonlat geography(Point, 4326),
  country_id bigint,
  track_id bigint,
  country_name varchar,
  raw_data_archived boolean NOT NULL,
  raw_data_archive_id bigint,
  motion_data jsonb NOT NULL,
  altitude_decimal numeric(10, 2),
  anomaly boolean
);

CREATE TABLE points_raw_data_archives (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL,
  year integer NOT NULL,
  month integer NOT NULL,
  chunk_number integer NOT NULL,
  point_count integer NOT NULL,
  point_ids_checksum varchar NOT NULL,
  metadata jsonb NOT NULL,
  archived_at timestamp(6) NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  verified_at timestamp(6)
);

CREATE TABLE stats (
  id bigserial PRIMARY KEY,
  year integer NOT NULL,
  month integer NOT NULL,
  distance integer NOT NULL,
  toponyms jsonb,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  user_id bigint NOT NULL,
  daily_distance jsonb,
  sharing_settings jsonb,
  sharing_uuid uuid,
  h3_hex_ids jsonb
);

CREATE TABLE taggings (
  id bigserial PRIMARY KEY,
  taggable_type varchar NOT NULL,
  taggable_id bigint NOT NULL,
  tag_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL
);

CREATE TABLE tags (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  icon varchar,
  color varchar,
  user_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  privacy_radius_meters integer
);

CREATE TABLE track_segments (
  id bigserial PRIMARY KEY,
  track_id bigint NOT NULL,
  transportation_mode integer NOT NULL,
  start_index integer NOT NULL,
  end_index integer NOT NULL,
  distance integer,
  duration integer,
  avg_speed double precision,
  max_speed double precision,
  avg_acceleration double precision,
  confidence integer,
  source varchar,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  corrected_at timestamp(6)
);

CREATE TABLE tracks (
  id bigserial PRIMARY KEY,
  start_at timestamp(6) NOT NULL,
  end_at timestamp(6) NOT NULL,
  user_id bigint NOT NULL,
  original_path geometry(LineString, 4326) NOT NULL,
  distance bigint,
  avg_speed double precision,
  duration integer,
  elevation_gain integer,
  elevation_loss integer,
  elevation_max integer,
  elevation_min integer,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  dominant_mode integer
);

CREATE TABLE trips (
  id bigserial PRIMARY KEY,
  name varchar NOT NULL,
  started_at timestamp(6) NOT NULL,
  ended_at timestamp(6) NOT NULL,
  distance integer,
  user_id bigint NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  path geometry(LineString, 4326),
  visited_countries jsonb NOT NULL
);

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email varchar NOT NULL,
  encrypted_password varchar NOT NULL,
  reset_password_token varchar,
  reset_password_sent_at timestamp(6),
  remember_created_at timestamp(6),
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  api_key varchar NOT NULL,
  theme varchar NOT NULL,
  settings jsonb,
  admin boolean,
  sign_in_count integer NOT NULL,
  current_sign_in_at timestamp(6),
  last_sign_in_at timestamp(6),
  current_sign_in_ip varchar,
  last_sign_in_ip varchar,
  status integer,
  active_until timestamp(6),
  points_count integer NOT NULL,
  utm_source varchar,
  utm_medium varchar,
  utm_campaign varchar,
  utm_term varchar,
  utm_content varchar,
  provider varchar,
  uid varchar,
  deleted_at timestamp(6),
  plan integer NOT NULL,
  failed_attempts integer NOT NULL,
  locked_at timestamp(6),
  unlock_token varchar,
  otp_secret varchar,
  consumed_timestep integer,
  otp_required_for_login boolean NOT NULL,
  otp_backup_codes text[],
  subscription_source integer NOT NULL,
  signup_variant varchar
);

CREATE TABLE visits (
  id bigserial PRIMARY KEY,
  area_id bigint,
  user_id bigint NOT NULL,
  started_at timestamp(6) NOT NULL,
  ended_at timestamp(6) NOT NULL,
  duration integer NOT NULL,
  name varchar NOT NULL,
  status integer NOT NULL,
  created_at timestamp(6) NOT NULL,
  updated_at timestamp(6) NOT NULL,
  place_id bigint
);

