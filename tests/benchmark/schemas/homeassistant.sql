-- Home Assistant's recorder, the SQLite database (home-assistant_v2.db) in which the home
-- automation platform keeps the history of a household: every state change of every entity
-- (sensors, lights, locks, alarm panels, presence: person.* and device_tracker.* entities whose
-- state is the zone a resident is in and whose attributes carry GPS coordinates) with its
-- shared attribute JSON, every event with its JSON data and the context (who or what caused
-- it: the Home Assistant user's ID), the entity and event type dictionaries, long- and
-- short-term statistics of sensors (mean, min, max, state, sum: energy, temperature ...) with
-- their metadata, and the recorder's own runs and schema changes.
-- Source: https://github.com/home-assistant/core,
--   homeassistant/components/recorder/db_schema.py (the SQLAlchemy models, schema version 41)
-- Commit: 0002b40645480e09599319d3e833b0b8df742a52
-- Licence: Apache-2.0 (LICENSE.md at the repository root)
-- Trimmed: nothing dropped of the 13 tables; the project has no SQL file, so the models are
-- transcribed into the CREATE TABLE statements SQLAlchemy emits for SQLite (the unused legacy
-- columns as CHAR(0), timestamps as FLOAT, context IDs as BLOB), in dependency order; indexes
-- dropped.
-- Development source since the fourteenth held-out set was measured (see labels.yaml).

CREATE TABLE event_data (
  data_id INTEGER NOT NULL,
  hash BIGINT,
  shared_data TEXT,
  PRIMARY KEY (data_id)
);

CREATE TABLE event_types (
  event_type_id INTEGER NOT NULL,
  event_type VARCHAR(64),
  PRIMARY KEY (event_type_id)
);

CREATE TABLE state_attributes (
  attributes_id INTEGER NOT NULL,
  hash BIGINT,
  shared_attrs TEXT,
  PRIMARY KEY (attributes_id)
);

CREATE TABLE states_meta (
  metadata_id INTEGER NOT NULL,
  entity_id VARCHAR(255),
  PRIMARY KEY (metadata_id)
);

CREATE TABLE statistics_meta (
  id INTEGER NOT NULL,
  statistic_id VARCHAR(255),
  source VARCHAR(32),
  unit_of_measurement VARCHAR(255),
  has_mean BOOLEAN,
  has_sum BOOLEAN,
  name VARCHAR(255),
  PRIMARY KEY (id)
);

CREATE TABLE recorder_runs (
  run_id INTEGER NOT NULL,
  start DATETIME NOT NULL,
  "end" DATETIME,
  closed_incorrect BOOLEAN NOT NULL,
  created DATETIME NOT NULL,
  PRIMARY KEY (run_id)
);

CREATE TABLE schema_changes (
  change_id INTEGER NOT NULL,
  schema_version INTEGER,
  changed DATETIME NOT NULL,
  PRIMARY KEY (change_id)
);

CREATE TABLE statistics_runs (
  run_id INTEGER NOT NULL,
  start DATETIME NOT NULL,
  PRIMARY KEY (run_id)
);

CREATE TABLE events (
  event_id INTEGER NOT NULL,
  event_type CHAR(0),
  event_data CHAR(0),
  origin CHAR(0),
  origin_idx SMALLINT,
  time_fired CHAR(0),
  time_fired_ts FLOAT,
  context_id CHAR(0),
  context_user_id CHAR(0),
  context_parent_id CHAR(0),
  data_id INTEGER,
  context_id_bin BLOB,
  context_user_id_bin BLOB,
  context_parent_id_bin BLOB,
  event_type_id INTEGER,
  PRIMARY KEY (event_id),
  FOREIGN KEY(data_id) REFERENCES event_data (data_id),
  FOREIGN KEY(event_type_id) REFERENCES event_types (event_type_id)
);

CREATE TABLE states (
  state_id INTEGER NOT NULL,
  entity_id CHAR(0),
  state VARCHAR(255),
  attributes CHAR(0),
  event_id SMALLINT,
  last_changed CHAR(0),
  last_changed_ts FLOAT,
  last_updated CHAR(0),
  last_updated_ts FLOAT,
  old_state_id INTEGER,
  attributes_id INTEGER,
  context_id CHAR(0),
  context_user_id CHAR(0),
  context_parent_id CHAR(0),
  origin_idx SMALLINT,
  context_id_bin BLOB,
  context_user_id_bin BLOB,
  context_parent_id_bin BLOB,
  metadata_id INTEGER,
  PRIMARY KEY (state_id),
  FOREIGN KEY(old_state_id) REFERENCES states (state_id),
  FOREIGN KEY(attributes_id) REFERENCES state_attributes (attributes_id),
  FOREIGN KEY(metadata_id) REFERENCES states_meta (metadata_id)
);

CREATE TABLE statistics (
  id INTEGER NOT NULL,
  created CHAR(0),
  created_ts FLOAT,
  metadata_id INTEGER,
  start CHAR(0),
  start_ts FLOAT,
  mean FLOAT,
  min FLOAT,
  max FLOAT,
  last_reset CHAR(0),
  last_reset_ts FLOAT,
  state FLOAT,
  sum FLOAT,
  PRIMARY KEY (id),
  FOREIGN KEY(metadata_id) REFERENCES statistics_meta (id) ON DELETE CASCADE
);

CREATE TABLE statistics_short_term (
  id INTEGER NOT NULL,
  created CHAR(0),
  created_ts FLOAT,
  metadata_id INTEGER,
  start CHAR(0),
  start_ts FLOAT,
  mean FLOAT,
  min FLOAT,
  max FLOAT,
  last_reset CHAR(0),
  last_reset_ts FLOAT,
  state FLOAT,
  sum FLOAT,
  PRIMARY KEY (id),
  FOREIGN KEY(metadata_id) REFERENCES statistics_meta (id) ON DELETE CASCADE
);

CREATE TABLE latest_statistics_short_term_ids (
  metadata_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  PRIMARY KEY (metadata_id)
);
