-- Dolibarr, an open-source ERP and CRM (French names and abbreviations): third parties
-- (societe: customers, prospects and suppliers, which may be companies or private persons),
-- their contacts (socpeople), bank accounts, card and PayPal payment modes (societe_rib) and
-- website accounts (societe_account); users (employees, with their personal address, phones,
-- social network handles, salary and login data) and their bank accounts (user_rib); members of
-- an association (adherent); donations (don); salary payments (salary); leave requests
-- (holiday); expense reports and their lines; agenda events, calls and e-mails (actioncomm);
-- help-desk tickets; job applications (recruitment_recruitmentcandidature).
-- Source: https://github.com/Dolibarr/dolibarr, htdocs/install/mysql/tables/llx_<table>.sql
--   (one file per table, the MySQL definitions the installer loads)
-- Commit: each file as stored at the commit below (the files come from different points of the
--   project's history, so the tables are not one release's snapshot):
--   llx_societe.sql 06540a65af268707d477eca73e0bc4971af6022b
--   llx_socpeople.sql 00856eb2779cad09fe5a90f95de97fe9fd7f4dfe
--   llx_user.sql 051f951d9970a1048e025f3fe5605171cbd597a1
--   llx_user_rib.sql 0636af6dcee1c9fcf57314e24a7c2a45d17b122b
--   llx_societe_rib.sql 0392b5be78a829894c660fde727fa645c081a26b
--   llx_societe_account.sql 051f951d9970a1048e025f3fe5605171cbd597a1
--   llx_adherent.sql 00a4e17908484f2f13456f8b22079d881ac8fd5b
--   llx_don.sql 03711cf6f285929dc40d5bea842b6070a4f8686d
--   llx_salary.sql 1143567b50bfa5635559e36fac2d88f14a86b088
--   llx_holiday.sql 040a643ee94e5e11b740787d7b5ae7a2bc0f5129
--   llx_expensereport.sql 070accd1e0f9001f6fec4f5aa77b53ab95cc8b6b
--   llx_expensereport_det.sql 042cceb8f8a31a1de5071e4b48b64fcc776205ed
--   llx_actioncomm.sql 02ba7450ab4fd75dd99b3ee912dd88eb118ee808
--   llx_ticket-ticket.sql 04891fc842baaed83c2df59aa4bdee02b38ccc81
--   llx_recruitment_recruitmentcandidature-recruitment.sql 114946639ac131680ba0cfbe1d275a8e6094bd3d
-- Licence: GPL-3.0-or-later (the files' headers; llx_don.sql says GPL-2.0-or-later)
-- Trimmed: 15 whole tables of the several hundred the installer creates (the others, e.g.
-- invoices, orders, products, accounting, dictionaries llx_c_*, extrafields and the *.key.sql
-- index files, are dropped); every column of a kept table is kept, in order, with its inline
-- comment. The files' copyright headers are dropped and whitespace is normalised (tabs to
-- spaces). One change for the parser: llx_societe.geopoint is declared `point` in the source;
-- here it is `geometry` (POINT's supertype in MySQL), because sqlglot cannot read `point`.
-- Development source since the sixth held-out set was measured (see labels.yaml).

create table llx_societe
(
  rowid                    integer AUTO_INCREMENT PRIMARY KEY,
  nom                      varchar(128),                                -- company reference name (should be same length than adherent.societe)
  name_alias               varchar(128) NULL,
  entity                   integer DEFAULT 1 NOT NULL,                  -- multi company id

  ref_ext                  varchar(255),                                -- reference into an external system (not used by dolibarr)

  statut                   tinyint        DEFAULT 0,                    -- statut (deprecated)
  parent                   integer,

  status                   tinyint        DEFAULT 1,                    -- active or not ( 1 -- active, 0 -- closed or not open)

  code_client              varchar(24),                                 -- code client
  code_fournisseur         varchar(24),                                 -- code fournisseur
  tp_payment_reference     varchar(25),                                 -- SEPA and any other national or custom payment id
  accountancy_code_customer_general varchar(32) DEFAULT NULL,           -- customer accountancy general account
  code_compta              varchar(32),                                 -- customer accountancy auxiliary account
  accountancy_code_supplier_general varchar(32) DEFAULT NULL,           -- supplier accountancy general account
  code_compta_fournisseur  varchar(32),                                 -- supplier accountancy auxiliary account

  address                  varchar(255),                                -- company address
  zip                      varchar(25),                                 -- zipcode
  town                     varchar(50),                                 -- town
  fk_departement           integer        DEFAULT 0,                    -- state
  fk_pays                  integer        DEFAULT 0,                    -- country

  geolat                   double(24,8)   DEFAULT NULL,
  geolong                  double(24,8)   DEFAULT NULL,
  geopoint                 geometry DEFAULT NULL,
  georesultcode            varchar(16),

  phone                    varchar(30),                                 -- phone number
  phone_mobile             varchar(30),                                 -- mobile phone number
  fax                      varchar(30),                                 -- fax number
  url                      varchar(255),                                -- web site
  email                    varchar(128),                                -- main email

  fk_account               integer        DEFAULT 0,                    -- default bank account

  socialnetworks           text DEFAULT NULL,                           -- json with socialnetworks

  fk_effectif              integer        DEFAULT 0,                    --
  fk_typent                integer        DEFAULT NULL,                 -- type ent
  fk_forme_juridique       integer        DEFAULT 0,                    -- juridical status
  date_birth               date,                                        -- date of company creation
  fk_currency              varchar(3),                                  -- default currency
  siren                    varchar(128),                                -- IDProf1: depends on country (example: siren or RCS for france, ...)
  siret                    varchar(128),                                -- IDProf2: depends on country (example: siret for france, ...)
  ape                      varchar(128),                                -- IDProf3: depends on country (example: code ape for france, ...)
  idprof4                  varchar(128),                                -- IDProf4: depends on country (example: nu for france, ...)
  idprof5                  varchar(128),                                -- IDProf5: depends on country (example: nu for france, ...)
  idprof6                  varchar(128),                                -- IDProf6: depends on country (example: nu for france, ...
  tva_intra                varchar(20),                                 -- vat numero
  capital                  double(24,8)   DEFAULT NULL,                 -- capital of company
  fk_stcomm                integer        DEFAULT 0 NOT NULL,           -- commercial status
  note_private             text,                                        --
  note_public              text,                                        --
  model_pdf                varchar(255),
  last_main_doc            varchar(255),                                -- relative filepath+filename of last main generated document
  prefix_comm              varchar(5),                                  -- prefix commercial (deprecated)
  client                   tinyint        DEFAULT 0,                    -- client 0/1/2
  fournisseur              tinyint        DEFAULT 0,                    -- fournisseur 0/1
  supplier_account         varchar(32),                                 -- Id of our customer account known by the supplier
  fk_prospectlevel         varchar(12),                                 -- prospect level (in llx_c_prospectlevel)
  fk_incoterms             integer,                                     -- for incoterms
  location_incoterms       varchar(255),                                -- for incoterms
  customer_bad             tinyint        DEFAULT 0,                    -- mauvais payeur 0/1
  customer_rate            real           DEFAULT 0,                    -- taux fiabilite client (0 a 1)
  supplier_rate            real           DEFAULT 0,                    -- taux fiabilite fournisseur (0 a 1)
  remise_client            real           DEFAULT 0,                    -- discount by default granted to this customer
  remise_supplier          real           DEFAULT 0,                    -- discount by default granted by this supplier
  mode_reglement           tinyint,                                     -- payment mode customer
  cond_reglement           tinyint,                                     -- payment term customer
  deposit_percent          varchar(63) DEFAULT NULL,                    -- default deposit % if payment term needs it
  transport_mode           tinyint,                                     -- transport mode customer (Intracomm report)
  mode_reglement_supplier  tinyint,                                     -- payment mode supplier
  cond_reglement_supplier  tinyint,                                     -- payment term supplier
  transport_mode_supplier  tinyint,                                     -- transport mode supplier (Intracomm report)
  fk_shipping_method       integer,                                     -- preferred shipping method id
  tva_assuj                tinyint        DEFAULT 1,                    -- assujetti ou non a la TVA
  vat_reverse_charge       tinyint        DEFAULT 0,                    -- By default, company not concerned by vat reverse charge
  localtax1_assuj          tinyint        DEFAULT 0,                    -- assujeti ou non a local tax 1
  localtax1_value          double(7,4),
  localtax2_assuj          tinyint        DEFAULT 0,                    -- assujeti ou non a local tax 2
  localtax2_value          double(7,4),
  barcode                  varchar(180),                                -- barcode
  fk_barcode_type          integer NULL   DEFAULT 0,                    -- barcode type
  price_level              integer NULL,                                -- level of price for multiprices
  outstanding_limit        double(24,8)   DEFAULT NULL,                 -- allowed outstanding limit
  order_min_amount         double(24,8)   DEFAULT NULL,                 -- min amount for orders
  supplier_order_min_amount double(24,8)  DEFAULT NULL,                 -- min amount for supplier orders
  default_lang             varchar(6),                                  -- default language
  logo                     varchar(255)   DEFAULT NULL,
  logo_squarred            varchar(255)   DEFAULT NULL,
  canvas                   varchar(32)    DEFAULT NULL,                 -- type of canvas if used (null by default)
  fk_warehouse             integer        DEFAULT NULL,                 -- if we need a link between third party and warehouse
  webservices_url          varchar(255),                                -- supplier webservice url
  webservices_key          varchar(128),                                -- supplier webservice key

  accountancy_code_sell    varchar(32),                                 -- Selling accountancy code
  accountancy_code_buy     varchar(32),                                 -- Buying accountancy code

  tms                      timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, -- last modification date
  datec                    datetime,                                    -- creation date
  fk_user_creat            integer NULL,                                -- utilisateur qui a cree l'info
  fk_user_modif            integer,                                     -- utilisateur qui a modifie l'info

  fk_multicurrency         integer,
  multicurrency_code       varchar(3),

  ip                       varchar(250),                                -- ip used to create record (for public submission page)

  import_key               varchar(14)                                  -- import key
)ENGINE=innodb;

create table llx_socpeople
(
  rowid             integer AUTO_INCREMENT PRIMARY KEY,
  datec             datetime,
  tms               timestamp,
  fk_soc            integer,                                   -- lien vers la societe
  entity            integer DEFAULT 1 NOT NULL,                -- multi company id
  ref_ext           varchar(128),                              -- reference into an external system (not used by dolibarr)
  civility          varchar(6),
  lastname          varchar(50),
  firstname         varchar(50),
  address           varchar(255),
  zip               varchar(25),
  town              varchar(255),
  fk_departement    integer,
  fk_pays           integer        DEFAULT 0,
  birthday          date,
  poste             varchar(80),
  phone             varchar(30),
  phone_perso       varchar(30),
  phone_mobile      varchar(30),
  fax               varchar(30),
  email             varchar(255),
  jabberid          varchar(255),
  skype             varchar(255),
  no_email          smallint NOT NULL DEFAULT 0,
  priv              smallint NOT NULL DEFAULT 0,
  fk_user_creat     integer DEFAULT 0,                         -- user qui a creel'enregistrement
  fk_user_modif     integer,
  note_private      text,
  note_public       text,
  default_lang      varchar(6),
  canvas            varchar(32),                               -- type of canvas if used (null by default)
  import_key        varchar(14),
  statut            tinyint DEFAULT 1 NOT NULL
)ENGINE=innodb;

create table llx_user
(
  rowid             integer AUTO_INCREMENT PRIMARY KEY,
  entity            integer DEFAULT 1 NOT NULL, -- multi company id

  ref_ext           varchar(50),                -- reference into an external system (not used by dolibarr)
  ref_int           varchar(50),                -- reference into an internal system (deprecated)

  employee          tinyint        DEFAULT 1,   -- 1 if user is an employee
  fk_establishment  integer        DEFAULT 0,

  datec             datetime,
  tms               timestamp,
  fk_user_creat     integer,
  fk_user_modif     integer,
  login             varchar(50) NOT NULL,
  pass_encoding     varchar(24),
  pass              varchar(128),
  pass_crypted      varchar(128),
  pass_temp         varchar(128),               -- temporary password when asked for forget password or 'hashtoallowreset:YYYMMDDHHMMSS' (where date is max date of validity)
  api_key           varchar(128),               -- key to use REST API by this user
  gender            varchar(10),
  civility          varchar(6),
  lastname          varchar(50),
  firstname         varchar(50),
  address           varchar(255),               -- user personal address
  zip               varchar(25),                -- zipcode
  town              varchar(50),                -- town
  fk_state          integer        DEFAULT 0,
  fk_country        integer        DEFAULT 0,
  birth             date,                       -- birthday
  job               varchar(128),
  office_phone      varchar(20),
  office_fax        varchar(20),
  user_mobile       varchar(20),
  personal_mobile   varchar(20),
  email             varchar(255),
  personal_email    varchar(255),

  socialnetworks    text DEFAULT NULL,          -- json with socialnetworks
  jabberid          varchar(255),
  skype             varchar(255),
  twitter           varchar(255),               --
  facebook          varchar(255),               --
  linkedin          varchar(255),               --
  instagram         varchar(255),               --
  snapchat          varchar(255),               --
  googleplus        varchar(255),               --
  youtube           varchar(255),               --
  whatsapp          varchar(255),               --

  signature         text DEFAULT NULL,
  admin             smallint DEFAULT 0,
  module_comm       smallint DEFAULT 1,
  module_compta     smallint DEFAULT 1,
  fk_soc            integer,
  fk_socpeople      integer,
  fk_member         integer,
  fk_user           integer,                    -- Hierarchic parent
  fk_user_expense_validator integer,
  fk_user_holiday_validator integer,
  note_public       text,
  note              text DEFAULT NULL,
  model_pdf         varchar(255) DEFAULT NULL,
  datelastlogin     datetime,
  datepreviouslogin datetime,
  iplastlogin       varchar(250),
  ippreviouslogin   varchar(250),
  egroupware_id     integer,
  ldap_sid          varchar(255) DEFAULT NULL,
  openid            varchar(255),
  statut            tinyint DEFAULT 1,
  photo             varchar(255),               -- filename or url of photo
  lang              varchar(6),
  color             varchar(6),
  barcode           varchar(255) DEFAULT NULL,
  fk_barcode_type   integer      DEFAULT 0,
  accountancy_code  varchar(32) NULL,
  nb_holiday        integer      DEFAULT 0,
  thm               double(24,8),
  tjm               double(24,8),

  salary            double(24,8),               -- denormalized value coming from llx_user_employment
  salaryextra       double(24,8),               -- denormalized value coming from llx_user_employment
  dateemployment    date,                       -- denormalized value coming from llx_user_employment
  dateemploymentend date,                       -- denormalized value coming from llx_user_employment
  weeklyhours       double(16,8),               -- denormalized value coming from llx_user_employment

  import_key        varchar(14),                -- import key
  default_range     integer,
  default_c_exp_tax_cat integer,
  fk_warehouse      integer
)ENGINE=innodb;

create table llx_user_rib
(
  rowid             integer AUTO_INCREMENT PRIMARY KEY,
  fk_user           integer      NOT NULL,
  entity            integer DEFAULT 1 NOT NULL, -- multi company id
  datec             datetime,
  tms               timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  label             varchar(30),
  bank              varchar(255),  -- bank name
  code_banque       varchar(128),  -- bank code
  code_guichet      varchar(6),    -- desk code
  number            varchar(255),  -- account number
  cle_rib           varchar(5),    -- key of bank account
  bic               varchar(11),   -- 11 according to ISO 9362
  bic_intermediate  varchar(11),   -- 11 according to ISO 9362. Same as bic but for intermediate bank
  iban_prefix       varchar(80),   -- full iban. 34 according to ISO 13616 but we set 80 to allow to store it with encryption information
  domiciliation     varchar(255),
  proprio           varchar(60),
  owner_address     varchar(255),
  state_id          integer,
  fk_country        integer,
  currency_code     varchar(3),
  default_rib       smallint DEFAULT 0 NOT NULL
)ENGINE=innodb;

create table llx_societe_rib
(
  rowid                             integer AUTO_INCREMENT PRIMARY KEY,
  entity                            integer DEFAULT 1 NOT NULL,             -- multi company id
  type                              varchar(32) DEFAULT 'ban' NOT NULL,     -- 'ban' or 'paypal' or 'card' or 'stripe'
  label                             varchar(200),
  fk_soc                            integer NOT NULL,
  datec                             datetime,
  tms                               timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,

  -- For BAN
  bank                              varchar(255),  -- bank name
  code_banque                       varchar(128),  -- bank code
  code_guichet                      varchar(6),    -- desk code
  number                            varchar(255),  -- account number
  cle_rib                           varchar(5),    -- key of bank account

  bic                               varchar(20),    -- 11 according to ISO 9362 (we keep 20 for backward compatibility)
  bic_intermediate                  varchar(11),    -- 11 according to ISO 9362. Same as bic but for intermediate bank
  iban_prefix                       varchar(80),    -- full iban. 34 according to ISO 13616 but we set 80 to allow to store it with encryption information

  domiciliation                     varchar(255),
  proprio                           varchar(60),
  owner_address                     varchar(255),
  default_rib                       smallint NOT NULL DEFAULT 0,
  state_id                          integer,
  fk_country                        integer,
  currency_code                     varchar(3),

  model_pdf                         varchar(255),                 -- last template used to generate main document
  last_main_doc                     varchar(255),                 -- relative filepath+filename of last main generated document

  -- For BAN direct debit feature
  rum                               varchar(32),                  -- RUM value to use for SEPA generation
  date_rum                          date,                         -- Date of mandate
  frstrecur                         varchar(16) DEFAULT 'FRST',   -- 'FRST' or 'RECUR'

  -- For credit card
  last_four                         varchar(4),                   -- last 4
  card_type                         varchar(255),                 -- card type 'VISA', 'MC' , ...
  cvn                               varchar(255),
  exp_date_month                    integer,
  exp_date_year                     integer,
  country_code                      varchar(10),

  -- For Paypal
  approved                          integer DEFAULT 0,
  email                             varchar(255),
  ending_date                       date,
  max_total_amount_of_all_payments  double(24,8),
  preapproval_key                   varchar(255),
  starting_date                     date,
  total_amount_of_all_payments      double(24,8),

  -- For Stripe, Stancer, ...
  stripe_card_ref                   varchar(128),               -- card_...'
  stripe_account                    varchar(128),               -- 'pk_live_...'

  ext_payment_site                  varchar(128),               -- name of external paymentmode (for example 'StripeLive')

  extraparams                       varchar(255),               -- for other parameters with json format

  -- For Online Sign
  date_signature                    datetime,
  online_sign_ip                    varchar(48),
  online_sign_name                  varchar(64),

  comment                           varchar(255),
  ipaddress                         varchar(68),
  status                            integer NOT NULL DEFAULT 1, -- 1=ACTIVE, 0=IN_TRASH
  import_key                        varchar(14)                 -- import key
)ENGINE=innodb;

CREATE TABLE llx_societe_account(
  -- BEGIN MODULEBUILDER FIELDS
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity  integer DEFAULT 1,
  login             varchar(128) NOT NULL,
  pass_encoding     varchar(24),
  pass_crypted      varchar(128),
  pass_temp         varchar(128),             -- temporary password when asked for forget password
  fk_soc integer,
  fk_website        integer,                  -- id of local web site
  site              varchar(128),             -- name of external web site
  site_account      varchar(128),             -- a key to identify the account on external web site
  key_account       varchar(128),             -- the id of third party in external web site (for site_account if site_account defined)
  note_private      text,
  date_last_login   datetime,
  date_previous_login datetime,
  date_creation datetime NOT NULL,
  tms timestamp,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  import_key varchar(14),
  status integer
  -- END MODULEBUILDER FIELDS
) ENGINE=innodb;

create table llx_adherent
(
  rowid            integer AUTO_INCREMENT PRIMARY KEY,
  entity           integer DEFAULT 1 NOT NULL,  -- multi company id
  ref_ext          varchar(128),                -- reference into an external system (not used by dolibarr)

  gender           varchar(10),
  civility         varchar(6),
  lastname         varchar(50),
  firstname        varchar(50),
  login            varchar(50),          -- login
  pass             varchar(50),          -- password
  pass_crypted     varchar(128),
  fk_adherent_type integer NOT NULL,
  morphy           varchar(3) NOT NULL, -- personne morale / personne physique
  societe          varchar(128),        -- company name (should be same lenght than societe.name)
  fk_soc           integer NULL,        -- Link to third party linked to member
  address          text,
  zip              varchar(30),
  town             varchar(50),
  state_id         integer,
  country          integer,
  email            varchar(255),

  skype            varchar(255),
  twitter          varchar(255),                        --
  facebook         varchar(255),                        --
  linkedin         varchar(255),                        --
  instagram        varchar(255),                        --
  snapchat         varchar(255),                        --
  googleplus       varchar(255),                        --
  youtube          varchar(255),                        --
  whatsapp         varchar(255),                        --

  phone            varchar(30),
  phone_perso      varchar(30),
  phone_mobile     varchar(30),
  birth            date,             -- birthday
  photo            varchar(255),     -- filename or url of photo
  statut           smallint NOT NULL DEFAULT 0,
  public           smallint NOT NULL DEFAULT 0, -- certain champ de la fiche sont ils public ou pas ?
  datefin          datetime,  -- date de fin de validite de la cotisation
  note_private     text DEFAULT NULL,
  note_public      text DEFAULT NULL,
  model_pdf        varchar(255),
  datevalid        datetime,  -- date de validation
  datec            datetime,  -- date de creation
  tms              timestamp, -- date de modification
  fk_user_author   integer,   -- can be null because member can be create by a guest
  fk_user_mod      integer,
  fk_user_valid    integer,
  canvas           varchar(32),                                 -- type of canvas if used (null by default)
  import_key       varchar(14)                  -- Import key
)ENGINE=innodb;

create table llx_don
(
  rowid           integer AUTO_INCREMENT PRIMARY KEY,
  ref             varchar(30) DEFAULT NULL,     -- Ref donation (TODO change to NOT NULL)
  entity          integer DEFAULT 1 NOT NULL,   -- multi company id
  tms             timestamp,
  fk_statut       smallint NOT NULL DEFAULT 0,  -- etat du don promesse/valid
  datec           datetime,                     -- date de creation de l'enregistrement
  datedon         datetime,                     -- date du don/promesse
  amount          real DEFAULT 0,
  fk_paiement     integer,
  prenom          varchar(50),
  nom             varchar(50),
  societe         varchar(50),
  adresse         text,
  cp              varchar(30),
  ville           varchar(50),
  pays            varchar(50),
  email           varchar(255),
  phone           varchar(24),
  phone_mobile    varchar(24),
  public          smallint DEFAULT 1 NOT NULL,   -- le don est-il public (0,1)
  fk_don_projet   integer NULL,                  -- projet auquel est fait le don
  fk_user_author  integer NOT NULL,
  fk_user_valid   integer NULL,
  note            text,
  note_public     text,
  model_pdf       varchar(255),
  import_key      varchar(14)
)ENGINE=innodb;

create table llx_salary
(
  rowid           integer AUTO_INCREMENT PRIMARY KEY,
  ref             varchar(30) NULL,           -- payment reference number (currently NULL because there is no numbering manager yet)
  ref_ext         varchar(255),               -- reference into an external system (not used by dolibarr)
  tms             timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  datec           datetime,                   -- Create date
  fk_user         integer NOT NULL,
  datep           date,                       -- payment date
  datev           date,                       -- value date (this field should not be here, only into bank tables)
  salary          double(24,8),               -- salary of user when payment was done
  amount          double(24,8) NOT NULL DEFAULT 0,
  fk_projet       integer DEFAULT NULL,
  fk_typepayment  integer NOT NULL,           -- default expected payment
  num_payment     varchar(50),                -- num cheque or other (deprecated, now stored into the payment)
  label           varchar(255),
  datesp          date,                       -- date start period
  dateep          date,                       -- date end period
  entity          integer DEFAULT 1 NOT NULL, -- multi company id
  note            text,
  note_public     text,
  fk_bank         integer,
  paye            smallint default 0 NOT NULL,
  fk_account      integer,
  fk_user_author  integer,                    -- user creating
  fk_user_modif   integer                     -- user making last change
)ENGINE=innodb DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;

CREATE TABLE llx_holiday
(
rowid          integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
fk_user        integer NOT NULL,
fk_user_create integer,
fk_type        integer NOT NULL,
date_create    DATETIME NOT NULL,
description    VARCHAR( 255 ) NOT NULL,
date_debut     DATE NOT NULL,
date_fin       DATE NOT NULL,
halfday        integer DEFAULT 0,
statut         integer NOT NULL DEFAULT '1',
fk_validator   integer NOT NULL,
date_valid     DATETIME DEFAULT NULL,
fk_user_valid  integer DEFAULT NULL,
date_refuse    DATETIME DEFAULT NULL,
fk_user_refuse integer DEFAULT NULL,
date_cancel    DATETIME DEFAULT NULL,
fk_user_cancel integer DEFAULT NULL,
detail_refuse  varchar( 250 ) DEFAULT NULL,
note_private   text,
note_public    text
)
ENGINE=innodb;

CREATE TABLE llx_expensereport (
  rowid integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ref               varchar(50) NOT NULL,
  entity            integer DEFAULT 1 NOT NULL,     -- multi company id
  ref_number_int    integer DEFAULT NULL,
  ref_ext           integer,
  total_ht          double(24,8) DEFAULT 0,
  total_tva         double(24,8) DEFAULT 0,
  localtax1         double(24,8) DEFAULT 0,         -- amount total localtax1
  localtax2         double(24,8) DEFAULT 0,         -- amount total localtax2
  total_ttc         double(24,8) DEFAULT 0,
  date_debut        date NOT NULL,
  date_fin          date NOT NULL,
  date_paiement     datetime,
  date_valide       datetime,
  date_create       datetime NOT NULL,
  tms               timestamp,
  fk_user_author    integer NOT NULL,
  fk_user_modif     integer DEFAULT NULL,
  fk_user_validator integer DEFAULT NULL,
  fk_c_expensereport_statuts integer NOT NULL,      -- 1=brouillon, 2=validé (attente approb), 4=annulé, 5=approuvé, 6=payed, 99=refusé
  fk_c_paiement     integer DEFAULT NULL,
  note              text,
  note_private      text,
  fk_user_valid     integer DEFAULT NULL,
  fk_user_approve   integer DEFAULT NULL,
  fk_user_paid      integer DEFAULT NULL,
  detail_refuse     varchar(255) DEFAULT NULL,
  date_cancel       datetime,
  date_refuse       datetime,
  detail_cancel     varchar(255) DEFAULT NULL,
  fk_user_cancel    integer DEFAULT NULL,
  fk_user_refuse    integer DEFAULT NULL,
  integration_compta integer DEFAULT NULL,
  fk_bank_account   integer DEFAULT NULL,
  model_pdf         varchar(50) DEFAULT NULL
) ENGINE=innodb;

CREATE TABLE llx_expensereport_det
(
   rowid integer NOT NULL AUTO_INCREMENT PRIMARY KEY,
   fk_expensereport integer NOT NULL,
   docnumber varchar(128),                                    -- To store a ref of a accounting doc (piece)
   fk_c_type_fees integer NOT NULL,                           -- Type of expense
   fk_c_exp_tax_cat integer,
   fk_projet integer,                                         -- Id of project
   comments text NOT NULL,
   product_type integer DEFAULT -1,
   qty real NOT NULL,
   subprice                     double(24,8) DEFAULT 0 NOT NULL, -- P.U. HT (example 100)
   value_unit                   double(24,8) NOT NULL,          -- P.U. TTC (example 120)
   remise_percent real,
   vat_src_code                 varchar(10)  DEFAULT '',        -- Vat code used as source of vat fields. Not strict foreign key here.
   tva_tx                       double(6,3),                    -- Vat rate
   localtax1_tx                 double(6,3)  DEFAULT 0,         -- localtax1 rate
   localtax1_type               varchar(10)      NULL,          -- localtax1 type
   localtax2_tx                 double(6,3)  DEFAULT 0,         -- localtax2 rate
   localtax2_type               varchar(10)      NULL,          -- localtax2 type
   total_ht double(24,8) DEFAULT 0 NOT NULL,
   total_tva double(24,8) DEFAULT 0 NOT NULL,
   total_localtax1              double(24,8)    DEFAULT 0,      -- Total LocalTax1 for total quantity of line
   total_localtax2              double(24,8)    DEFAULT 0,      -- total LocalTax2 for total quantity of line
   total_ttc double(24,8) DEFAULT 0 NOT NULL,
   date date NOT NULL,
   info_bits                    integer DEFAULT 0,              -- TVA NPR ou non
   special_code                 integer DEFAULT 0,              -- code pour les lignes speciales
   fk_multicurrency             integer,
   multicurrency_code           varchar(255),
   multicurrency_subprice       double(24,8) DEFAULT 0,
   multicurrency_total_ht       double(24,8) DEFAULT 0,
   multicurrency_total_tva      double(24,8) DEFAULT 0,
   multicurrency_total_ttc      double(24,8) DEFAULT 0,
   fk_facture                   integer DEFAULT 0,              -- ID of customer invoice line if expense is rebilled to a customer
   fk_expensereport_line        integer DEFAULT NULL,           -- ID of ECM file that is source document of expense report
   fk_code_ventilation          integer DEFAULT 0,
   rang                         integer DEFAULT 0,              -- position of line
   import_key                   varchar(14),
   rule_warning_message text
) ENGINE=innodb;

create table llx_actioncomm
(
  id                integer AUTO_INCREMENT PRIMARY KEY,
  ref_ext           varchar(255),                   -- reference into an external system (not used by dolibarr). Example: An id coming from google calendar has length between 5 and 1024 chars. An event id must follow rule: chars used in base32hex encoding (i.e. lowercase letters a-v and digits 0-9, see section 3.1.2 in RFC2938)
  entity            integer DEFAULT 1 NOT NULL,     -- multi company id
  datep             datetime,                       -- date start
  datep2            datetime,                       -- date end

  fk_action         integer,                        -- type of action (optional link with id in llx_c_actioncomm or null)
  code              varchar(50) NULL,               -- code of action for automatic action ('AC_OTH_AUTO' for automatic actions, 'AC_EMAILIN_AUTO' for email input, 'AC_xxx' for manual action...)

  datec             datetime,                       -- date creation
  tms               timestamp,                      -- date modification
  fk_user_author    integer,                        -- user id of user that has created record
  fk_user_mod       integer,                        -- user id of user that has modified record

  fk_project        integer,
  fk_soc            integer,
  fk_contact        integer,
  fk_parent         integer NOT NULL default 0,
  fk_user_action    integer,                        -- user id of owner of action (note that users assigned to event are stored into another table)
  fk_user_done      integer,                        -- user id of user that has made action (deprecated)

  transparency      integer,                        -- transparency (ical standard). used to say if user assigned to event are busy or not by event. This field may be deprecated if we want to store transparency for each assigned user, moved into table llx_actioncomm_resources.

  priority          smallint,                       -- priority (ical standard)
  visibility        varchar(12) DEFAULT 'default',  -- visibility (ical standard) - 'default', 'public', 'private', 'confidential'
  fulldayevent      smallint NOT NULL default 0,    -- full day (ical standard)
  punctual          smallint NOT NULL default 1,    -- deprecated. milestone is event with date start (datep) = date end (datep2)
  percent           smallint NOT NULL default 0,
  location          varchar(128),
  durationp         real,                           -- planed duration

  label             varchar(255) NOT NULL,          -- label/title of event or topic of email
  note              text,                           -- note of event or content of email

  calling_duration  integer,                        -- when event is a phone call, duration of phone call

  email_subject     varchar(255),                   -- when event was an email, we store here the subject. content is stored into note.
  email_msgid       varchar(255),                   -- when event was an email, we store here the msgid
  email_from        varchar(255),                   -- when event was an email, we store here the from
  email_sender      varchar(255),                   -- when event was an email, we store here the sender
  email_to          varchar(255),                   -- when event was an email, we store here the email_to
  email_tocc        varchar(255),                   -- when event was an email, we store here the email_tocc
  email_tobcc       varchar(255),                   -- when event was an email, we store here the email_tobcc
  errors_to         varchar(255),                   -- when event was an email, we store here the erros_to

  recurid           varchar(128),                   -- used to store event id to link each other all the repeating event record. It can be the 'iCalUID' as in RFC5545 (an id similar for all the same serie)
  recurrule         varchar(128),                   -- contains string with ical format recurring rule like 'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=19' or 'FREQ=WEEKLY;BYDAY=MO'
  recurdateend      datetime,                       -- no more recurring event after this date

  fk_element        integer DEFAULT NULL,           -- For link to an element (proposal, invoice, order, ...)
  elementtype       varchar(255) DEFAULT NULL,      -- For link to an element (proposal, invoice, order, ...)

  import_key        varchar(14),
  extraparams       varchar(255)                    -- for other parameters with json format
)ENGINE=innodb;

CREATE TABLE llx_ticket
(
  rowid       integer AUTO_INCREMENT PRIMARY KEY,
  entity      integer DEFAULT 1,
  ref         varchar(128) NOT NULL,
  track_id    varchar(128) NOT NULL,
  fk_soc      integer DEFAULT 0,
  fk_project  integer DEFAULT 0,
  fk_contract integer DEFAULT 0,
  origin_email   varchar(128),
  fk_user_create integer,
  fk_user_assign integer,
  subject varchar(255),
  message mediumtext,
  fk_statut integer,
  resolution integer,
  progress integer DEFAULT 0,             -- progression 0 - 100 or null
  timing varchar(20),
  type_code varchar(32),
  category_code varchar(32),
  severity_code varchar(32),
  datec datetime,                         -- date of creation of record
  date_read datetime,
  date_last_msg_sent datetime,
  date_close datetime,
  notify_tiers_at_create tinyint,
  email_msgid varchar(255),               -- if ticket is created by email collector, we store here MSG ID
  email_date datetime,                    -- if ticket is created by email collector, we store here Date of message
  ip varchar(250),
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  import_key        varchar(14)
)ENGINE=innodb;

CREATE TABLE llx_recruitment_recruitmentcandidature(
  -- BEGIN MODULEBUILDER FIELDS
  rowid integer AUTO_INCREMENT PRIMARY KEY NOT NULL,
  entity integer NOT NULL DEFAULT 1,
  ref varchar(128) DEFAULT '(PROV)' NOT NULL,
  fk_recruitmentjobposition INTEGER NULL,
  description text,
  note_public text,
  note_private text,
  date_creation datetime NOT NULL,
  tms timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  fk_user_creat integer NOT NULL,
  fk_user_modif integer,
  fk_user integer,                        -- Id of user created from the job application
  import_key varchar(14),
  model_pdf varchar(255),
  status smallint NOT NULL,
  firstname varchar(128),
  lastname varchar(128),
  email varchar(255),
  phone varchar(64),
  date_birth date,
  remuneration_requested integer,
  remuneration_proposed integer,
  email_msgid varchar(175),               -- Do not use a too large value, it generates trouble with unique index
  email_date datetime,
  fk_recruitment_origin INTEGER NULL
  -- END MODULEBUILDER FIELDS
) ENGINE=innodb;
