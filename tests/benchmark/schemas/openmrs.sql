-- OpenMRS, an open-source electronic medical record system used by clinics and hospitals in
-- low-resource settings: patients and the people behind them (person, names, addresses,
-- attributes, relationships, merges), patient identifiers, programme enrolments and their
-- states, visits with their attributes, test and referral orders, providers (clinicians) with
-- their roles and attributes, users (logins), roles and privileges, reports, scheduler tasks
-- and serialised objects.
-- Source: https://github.com/openmrs/openmrs-core,
--   api/src/main/resources/org/openmrs/liquibase/snapshots/schema-only/liquibase-schema-only-2.9.x.xml
--   (the Liquibase snapshot from which OpenMRS 2.9 creates an empty database)
-- Commit: 4d92b490aaa25fbd255be0d08a04da4772a03e3b
-- Licence: MPL-2.0 with the OpenMRS Healthcare Disclaimer (LICENSE in the source)
-- Trimmed: the 41 tables whose names start with p to z (patient ... visit_type), of the 119
-- the snapshot creates; a-o (allergy, concept*, conditions, encounter*, form*, location*, obs,
-- orders and order_*, notes ...) dropped. Transcribed as CREATE TABLE statements for MySQL:
-- the table and column names, their order and the column types as the snapshot's createTable
-- changes give them (CLOB, BOOLEAN and datetime(0) kept), NOT NULL, auto-increment and the
-- primary key kept; indexes, unique and foreign keys dropped.
-- Held out: not seen while tuning the classifier (see labels_heldout.yaml).

CREATE TABLE `patient` (
    `patient_id` INT NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `allergy_status` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`patient_id`)
);

CREATE TABLE `patient_identifier` (
    `patient_identifier_id` INT NOT NULL AUTO_INCREMENT,
    `patient_id` INT NOT NULL,
    `identifier` VARCHAR(50) NOT NULL,
    `identifier_type` INT NOT NULL,
    `preferred` BOOLEAN NOT NULL,
    `location_id` INT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `date_changed` datetime(0),
    `changed_by` INT,
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    `patient_program_id` INT,
    PRIMARY KEY (`patient_identifier_id`)
);

CREATE TABLE `patient_identifier_type` (
    `patient_identifier_type_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(50) NOT NULL,
    `description` TEXT,
    `format` VARCHAR(255),
    `check_digit` BOOLEAN NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `required` BOOLEAN NOT NULL,
    `format_description` VARCHAR(255),
    `validator` VARCHAR(200),
    `location_behavior` VARCHAR(50),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    `uniqueness_behavior` VARCHAR(50),
    `date_changed` datetime(0),
    `changed_by` INT,
    PRIMARY KEY (`patient_identifier_type_id`)
);

CREATE TABLE `patient_program` (
    `patient_program_id` INT NOT NULL AUTO_INCREMENT,
    `patient_id` INT NOT NULL,
    `program_id` INT NOT NULL,
    `date_enrolled` datetime(0),
    `date_completed` datetime(0),
    `location_id` INT,
    `outcome_concept_id` INT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`patient_program_id`)
);

CREATE TABLE `patient_program_attribute` (
    `patient_program_attribute_id` INT NOT NULL AUTO_INCREMENT,
    `patient_program_id` INT NOT NULL,
    `attribute_type_id` INT NOT NULL,
    `value_reference` TEXT NOT NULL,
    `uuid` CHAR(38) NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    PRIMARY KEY (`patient_program_attribute_id`)
);

CREATE TABLE `patient_state` (
    `patient_state_id` INT NOT NULL AUTO_INCREMENT,
    `patient_program_id` INT NOT NULL,
    `state` INT NOT NULL,
    `start_date` date,
    `end_date` date,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    `form_namespace_and_path` VARCHAR(255),
    `encounter_id` INT,
    PRIMARY KEY (`patient_state_id`)
);

CREATE TABLE `person` (
    `person_id` INT NOT NULL AUTO_INCREMENT,
    `gender` VARCHAR(50),
    `birthdate` date,
    `birthdate_estimated` BOOLEAN NOT NULL,
    `dead` BOOLEAN NOT NULL,
    `death_date` datetime(0),
    `cause_of_death` INT,
    `creator` INT,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    `deathdate_estimated` BOOLEAN NOT NULL,
    `birthtime` time,
    `cause_of_death_non_coded` VARCHAR(255),
    PRIMARY KEY (`person_id`)
);

CREATE TABLE `person_address` (
    `person_address_id` INT NOT NULL AUTO_INCREMENT,
    `person_id` INT,
    `preferred` BOOLEAN NOT NULL,
    `address1` VARCHAR(255),
    `address2` VARCHAR(255),
    `city_village` VARCHAR(255),
    `state_province` VARCHAR(255),
    `postal_code` VARCHAR(50),
    `country` VARCHAR(50),
    `latitude` VARCHAR(50),
    `longitude` VARCHAR(50),
    `start_date` datetime(0),
    `end_date` datetime(0),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `county_district` VARCHAR(255),
    `address3` VARCHAR(255),
    `address4` VARCHAR(255),
    `address5` VARCHAR(255),
    `address6` VARCHAR(255),
    `date_changed` datetime(0),
    `changed_by` INT,
    `uuid` CHAR(38) NOT NULL,
    `address7` VARCHAR(255),
    `address8` VARCHAR(255),
    `address9` VARCHAR(255),
    `address10` VARCHAR(255),
    `address11` VARCHAR(255),
    `address12` VARCHAR(255),
    `address13` VARCHAR(255),
    `address14` VARCHAR(255),
    `address15` VARCHAR(255),
    PRIMARY KEY (`person_address_id`)
);

CREATE TABLE `person_attribute` (
    `person_attribute_id` INT NOT NULL AUTO_INCREMENT,
    `person_id` INT NOT NULL,
    `value` VARCHAR(50) NOT NULL,
    `person_attribute_type_id` INT NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`person_attribute_id`)
);

CREATE TABLE `person_attribute_type` (
    `person_attribute_type_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(50) NOT NULL,
    `description` TEXT,
    `format` VARCHAR(50),
    `foreign_key` INT,
    `searchable` BOOLEAN NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `edit_privilege` VARCHAR(255),
    `sort_weight` DOUBLE,
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`person_attribute_type_id`)
);

CREATE TABLE `person_merge_log` (
    `person_merge_log_id` INT NOT NULL AUTO_INCREMENT,
    `winner_person_id` INT NOT NULL,
    `loser_person_id` INT NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `merged_data` TEXT NOT NULL,
    `uuid` CHAR(38) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    PRIMARY KEY (`person_merge_log_id`)
);

CREATE TABLE `person_name` (
    `person_name_id` INT NOT NULL AUTO_INCREMENT,
    `preferred` BOOLEAN NOT NULL,
    `person_id` INT NOT NULL,
    `prefix` VARCHAR(50),
    `given_name` VARCHAR(50),
    `middle_name` VARCHAR(50),
    `family_name_prefix` VARCHAR(50),
    `family_name` VARCHAR(50),
    `family_name2` VARCHAR(50),
    `family_name_suffix` VARCHAR(50),
    `degree` VARCHAR(50),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `changed_by` INT,
    `date_changed` datetime(0),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`person_name_id`)
);

CREATE TABLE `privilege` (
    `privilege` VARCHAR(255) NOT NULL,
    `description` TEXT,
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`privilege`)
);

CREATE TABLE `program` (
    `program_id` INT NOT NULL AUTO_INCREMENT,
    `concept_id` INT NOT NULL,
    `outcomes_concept_id` INT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `name` VARCHAR(50) NOT NULL,
    `description` TEXT,
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`program_id`)
);

CREATE TABLE `program_attribute_type` (
    `program_attribute_type_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(1024),
    `datatype` VARCHAR(255),
    `datatype_config` TEXT,
    `preferred_handler` VARCHAR(255),
    `handler_config` TEXT,
    `min_occurs` INT NOT NULL,
    `max_occurs` INT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`program_attribute_type_id`)
);

CREATE TABLE `program_workflow` (
    `program_workflow_id` INT NOT NULL AUTO_INCREMENT,
    `program_id` INT NOT NULL,
    `concept_id` INT NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `retired` BOOLEAN NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`program_workflow_id`)
);

CREATE TABLE `program_workflow_state` (
    `program_workflow_state_id` INT NOT NULL AUTO_INCREMENT,
    `program_workflow_id` INT NOT NULL,
    `concept_id` INT NOT NULL,
    `initial` BOOLEAN NOT NULL,
    `terminal` BOOLEAN NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `retired` BOOLEAN NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`program_workflow_state_id`)
);

CREATE TABLE `provider` (
    `provider_id` INT NOT NULL AUTO_INCREMENT,
    `person_id` INT,
    `name` VARCHAR(255),
    `identifier` VARCHAR(255),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    `role_id` INT,
    `speciality_id` INT,
    `provider_role_id` INT,
    PRIMARY KEY (`provider_id`)
);

CREATE TABLE `provider_attribute` (
    `provider_attribute_id` INT NOT NULL AUTO_INCREMENT,
    `provider_id` INT NOT NULL,
    `attribute_type_id` INT NOT NULL,
    `value_reference` TEXT NOT NULL,
    `uuid` CHAR(38) NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    PRIMARY KEY (`provider_attribute_id`)
);

CREATE TABLE `provider_attribute_type` (
    `provider_attribute_type_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(1024),
    `datatype` VARCHAR(255),
    `datatype_config` TEXT,
    `preferred_handler` VARCHAR(255),
    `handler_config` TEXT,
    `min_occurs` INT NOT NULL,
    `max_occurs` INT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`provider_attribute_type_id`)
);

CREATE TABLE `provider_role` (
    `provider_role_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(1000),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`provider_role_id`)
);

CREATE TABLE `referral_order` (
    `order_id` INT NOT NULL AUTO_INCREMENT,
    `specimen_source` INT,
    `laterality` VARCHAR(20),
    `clinical_history` TEXT,
    `frequency` INT,
    `number_of_repeats` INT,
    `location` INT,
    PRIMARY KEY (`order_id`)
);

CREATE TABLE `relationship` (
    `relationship_id` INT NOT NULL AUTO_INCREMENT,
    `person_a` INT NOT NULL,
    `relationship` INT NOT NULL,
    `person_b` INT NOT NULL,
    `start_date` datetime(0),
    `end_date` datetime(0),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `date_changed` datetime(0),
    `changed_by` INT,
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`relationship_id`)
);

CREATE TABLE `relationship_type` (
    `relationship_type_id` INT NOT NULL AUTO_INCREMENT,
    `a_is_to_b` VARCHAR(50) NOT NULL,
    `b_is_to_a` VARCHAR(50) NOT NULL,
    `preferred` BOOLEAN NOT NULL,
    `weight` INT NOT NULL,
    `description` VARCHAR(255),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    `date_changed` datetime(0),
    `changed_by` INT,
    PRIMARY KEY (`relationship_type_id`)
);

CREATE TABLE `report_object` (
    `report_object_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(1000),
    `report_object_type` VARCHAR(255) NOT NULL,
    `report_object_sub_type` VARCHAR(255) NOT NULL,
    `xml_data` TEXT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`report_object_id`)
);

CREATE TABLE `report_schema_xml` (
    `report_schema_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` TEXT NOT NULL,
    `xml_data` TEXT NOT NULL,
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`report_schema_id`)
);

CREATE TABLE `role` (
    `role` VARCHAR(50) NOT NULL,
    `description` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`role`)
);

CREATE TABLE `role_privilege` (
    `role` VARCHAR(50) NOT NULL,
    `privilege` VARCHAR(255) NOT NULL,
    PRIMARY KEY (`role`, `privilege`)
);

CREATE TABLE `role_role` (
    `parent_role` VARCHAR(50) NOT NULL,
    `child_role` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`parent_role`, `child_role`)
);

CREATE TABLE `scheduler_task_config` (
    `task_config_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(1024),
    `schedulable_class` TEXT,
    `start_time` datetime(0),
    `start_time_pattern` VARCHAR(50),
    `repeat_interval` INT NOT NULL,
    `start_on_startup` BOOLEAN NOT NULL,
    `started` BOOLEAN NOT NULL,
    `created_by` INT,
    `date_created` datetime(0),
    `changed_by` INT,
    `date_changed` datetime(0),
    `last_execution_time` datetime(0),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`task_config_id`)
);

CREATE TABLE `scheduler_task_config_property` (
    `task_config_property_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `value` TEXT,
    `task_config_id` INT,
    PRIMARY KEY (`task_config_property_id`)
);

CREATE TABLE `serialized_object` (
    `serialized_object_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(5000),
    `type` VARCHAR(255) NOT NULL,
    `subtype` VARCHAR(255) NOT NULL,
    `serialization_class` VARCHAR(255) NOT NULL,
    `serialized_data` MEDIUMTEXT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `creator` INT NOT NULL,
    `date_changed` datetime(0),
    `changed_by` INT,
    `retired` BOOLEAN NOT NULL,
    `date_retired` datetime(0),
    `retired_by` INT,
    `retire_reason` VARCHAR(1000),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`serialized_object_id`)
);

CREATE TABLE `shedlock` (
    `name` VARCHAR(64) NOT NULL,
    `lock_until` TIMESTAMP(0) NOT NULL,
    `locked_at` TIMESTAMP(0) NOT NULL,
    `locked_by` VARCHAR(255) NOT NULL,
    PRIMARY KEY (`name`)
);

CREATE TABLE `test_order` (
    `order_id` INT NOT NULL,
    `specimen_source` INT,
    `laterality` VARCHAR(20),
    `clinical_history` TEXT,
    `frequency` INT,
    `number_of_repeats` INT,
    `location` INT,
    PRIMARY KEY (`order_id`)
);

CREATE TABLE `user_property` (
    `user_id` INT NOT NULL,
    `property` VARCHAR(255) NOT NULL,
    `property_value` CLOB,
    PRIMARY KEY (`user_id`, `property`)
);

CREATE TABLE `user_role` (
    `user_id` INT NOT NULL,
    `role` VARCHAR(50) NOT NULL,
    PRIMARY KEY (`user_id`, `role`)
);

CREATE TABLE `users` (
    `user_id` INT NOT NULL AUTO_INCREMENT,
    `system_id` VARCHAR(50) NOT NULL,
    `username` VARCHAR(50),
    `password` VARCHAR(128),
    `salt` VARCHAR(128),
    `secret_question` VARCHAR(255),
    `secret_answer` VARCHAR(255),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `person_id` INT NOT NULL,
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    `activation_key` VARCHAR(255),
    `email` VARCHAR(255),
    PRIMARY KEY (`user_id`)
);

CREATE TABLE `visit` (
    `visit_id` INT NOT NULL AUTO_INCREMENT,
    `patient_id` INT NOT NULL,
    `visit_type_id` INT NOT NULL,
    `date_started` datetime(0) NOT NULL,
    `date_stopped` datetime(0),
    `indication_concept_id` INT,
    `location_id` INT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`visit_id`)
);

CREATE TABLE `visit_attribute` (
    `visit_attribute_id` INT NOT NULL AUTO_INCREMENT,
    `visit_id` INT NOT NULL,
    `attribute_type_id` INT NOT NULL,
    `value_reference` TEXT NOT NULL,
    `uuid` CHAR(38) NOT NULL,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `voided` BOOLEAN NOT NULL,
    `voided_by` INT,
    `date_voided` datetime(0),
    `void_reason` VARCHAR(255),
    PRIMARY KEY (`visit_attribute_id`)
);

CREATE TABLE `visit_attribute_type` (
    `visit_attribute_type_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(1024),
    `datatype` VARCHAR(255),
    `datatype_config` TEXT,
    `preferred_handler` VARCHAR(255),
    `handler_config` TEXT,
    `min_occurs` INT NOT NULL,
    `max_occurs` INT,
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`visit_attribute_type_id`)
);

CREATE TABLE `visit_type` (
    `visit_type_id` INT NOT NULL AUTO_INCREMENT,
    `name` VARCHAR(255) NOT NULL,
    `description` VARCHAR(1024),
    `creator` INT NOT NULL,
    `date_created` datetime(0) NOT NULL,
    `changed_by` INT,
    `date_changed` datetime(0),
    `retired` BOOLEAN NOT NULL,
    `retired_by` INT,
    `date_retired` datetime(0),
    `retire_reason` VARCHAR(255),
    `uuid` CHAR(38) NOT NULL,
    PRIMARY KEY (`visit_type_id`)
);
