-- Synthea: synthetic patient records (patients, encounters, diagnoses, medications, allergies,
-- observations, providers, payers) as the OHDSI ETL-Synthea builder loads Synthea's CSV export
-- (v3.3.0 layout) into a database: terse lower-case names taken from the CSV headers (first,
-- last, ssn, drivers, marital, lat, lon ...), health codes and descriptions.
-- Source: https://github.com/OHDSI/ETL-Synthea,
--   inst/sql/sql_server/synthea_version/v330/create_synthea_tables.sql
-- Commit: a0d36ce2f2bb74f81d174f36fc881ce3ecaafc7b
-- Licence: Apache-2.0 ("License: Apache License 2.0" in DESCRIPTION in the source)
-- Trimmed: 13 of the 19 tables, column lines verbatim, in the order patients first; dropped
-- imaging_studies, devices, supplies, claims, claims_transactions and the "--HINT" comments.
-- Changed: the SqlRender parameter `@synthea_schema` is the schema name `synthea`, and
-- payer_transitions' `"start"_date` (a search-and-replace slip in the source: the CSV column is
-- START_DATE) is `start_date`.

create table synthea.patients (
id            varchar(1000),
birthdate     date,
deathdate     date,
ssn           varchar(100),
drivers       varchar(100),
passport      varchar(100),
prefix        varchar(100),
first         varchar(100),
middle         varchar(100),
last          varchar(100),
suffix        varchar(100),
maiden        varchar(100),
marital       varchar(100),
race          varchar(100),
ethnicity     varchar(100),
gender        varchar(100),
birthplace    varchar(100),
address       varchar(100),
city					varchar(100),
state					varchar(100),
county		varchar(100),
fips varchar(100),
zip						varchar(100),
lat		numeric,
lon		numeric,
healthcare_expenses	numeric,
healthcare_coverage	numeric,
income int
);

create table synthea.encounters (
id            		varchar(1000),
"start"         		date,
stop							date,
patient       		varchar(1000),
organization   		varchar(1000),
provider			varchar(1000),
payer			varchar(1000),
encounterclass		varchar(1000),
code          		varchar(100),
description   		varchar(255),
base_encounter_cost numeric,
total_claim_cost		numeric,
payer_coverage		numeric,
reasoncode   			varchar(100),
reasondescription varchar(255)
);

create table synthea.conditions (
"start"         date,
stop          date,
patient       varchar(1000),
encounter     varchar(1000),
system      varchar(1000),
code          varchar(100),
description   varchar(255)
);

create table synthea.medications (
"start"         date,
stop          date,
patient       varchar(1000),
payer		varchar(1000),
encounter     varchar(1000),
code          varchar(100),
description   varchar(1000),
base_cost	  numeric,
payer_coverage		numeric,
dispenses			int,
totalcost			numeric,
reasoncode   	varchar(100),
reasondescription   varchar(255)
);

create table synthea.allergies (
"start"        date,
stop         date,
patient      varchar(1000),
encounter    varchar(1000),
code         varchar(100),
system       varchar(255),
description  varchar(255),
"type"       varchar(255),
category     varchar(255),
reaction1    varchar(255),
description1 varchar(255),
severity1    varchar(255),
reaction2    varchar(255),
description2 varchar(255),
severity2    varchar(255)
);

create table synthea.immunizations (
"date"        date,
patient       varchar(1000),
encounter     varchar(1000),
code          varchar(100),
description   varchar(255),
base_cost	numeric
);

create table synthea.observations (
"date"         date,
patient       varchar(1000),
encounter     varchar(1000),
category      varchar(1000),
code          varchar(100),
description   varchar(255),
value     		varchar(1000),
units         varchar(100),
"type"		  	varchar(100)
);

create table synthea.procedures (
"start"         date,
stop          date,
patient       varchar(1000),
encounter     varchar(1000),
system          varchar(100),
code          varchar(100),
description   varchar(255),
base_cost		numeric,
reasoncode	varchar(1000),
reasondescription	varchar(1000)
);

create table synthea.careplans (
id            varchar(1000),
"start"         date,
stop          date,
patient       varchar(1000),
encounter     varchar(1000),
code          varchar(100),
description   varchar(255),
reasoncode   varchar(255),
reasondescription   varchar(255)
);

create table synthea.providers (
id varchar(1000),
organization varchar(1000),
"name" varchar(100),
gender varchar(100),
speciality varchar(100),
address varchar(255),
city varchar(100),
state varchar(100),
zip varchar(100),
lat numeric,
lon numeric,
encounters int,
"procedures" int
);

create table synthea.organizations (
id			  varchar(1000),
"name"	      varchar(1000),
address       varchar(1000),
city		  varchar(100),
state     	  varchar(100),
zip           varchar(100),
lat		numeric,
lon 		numeric,
phone		  varchar(100),
revenue		numeric,
utilization	  varchar(100)
);

create table synthea.payers (
  id                       varchar(1000),
  "name"                     varchar(1000),
  ownership                varchar NULL,
  address                  varchar(1000),
  city                     varchar(1000),
  state_headquartered      varchar(1000),
  zip                      varchar(1000),
  phone                    varchar(1000),
  amount_covered           numeric,
  amount_uncovered         numeric,
  revenue                  numeric,
  covered_encounters       numeric,
  uncovered_encounters     numeric,
  covered_medications      numeric,
  uncovered_medications    numeric,
  covered_procedures       numeric,
  uncovered_procedures     numeric,
  covered_immunizations    numeric,
  uncovered_immunizations  numeric,
  unique_customers         numeric,
  qols_avg                 numeric,
  member_months            numeric
);

create table synthea.payer_transitions (
 patient           varchar(1000),
  memberid         varchar(1000),
  start_date       date,
  end_date         date,
  payer            varchar(1000),
  secondary_payer  varchar(1000),
  plan_ownership        varchar(1000),
  owner_name       varchar(1000)
);
