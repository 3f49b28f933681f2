-- Willibald: the German Data Vault user group's (DDVUG) public test data set of a seed and
-- garden webshop ("Willibald Samen"), German column names, SQL Server syntax (QuickDBD export).
-- Source: https://github.com/mattywausb/Willibald-Data,
--   "Webshop/Testdaten Periode 1/_Testdaten_DDL.sql"
-- Commit: 17d9d0850a0ba4e7b0f6599d876c2ef0a5811381
-- Licence: CC BY 4.0 (LICENSE.md in the source); attribution: DDVUG / Willibald-Data contributors
-- Trimmed: only the 10 CREATE TABLE statements, verbatim, each closed with `;`; dropped the
-- SET XACT_ABORT / BEGIN TRANSACTION preamble, the ALTER TABLE ... FOREIGN KEY statements and
-- the COMMIT.

CREATE TABLE [Kunde] (
    [KundeID] char(13)  NOT NULL ,
    [VereinsPartnerID] varchar(30)  NULL ,
    [Vorname] varchar(128)  NOT NULL ,
    [Name] varchar(128)  NOT NULL ,
    [Geschlecht] char  NULL ,
    [Geburtsdatum] date  NOT NULL ,
    [Telefon] varchar(20)  NULL ,
    [Mobil] varchar(20)  NULL ,
    [Email] varchar(128)  NULL ,
    [Kreditkarte] varchar(30)  NOT NULL ,
    [GueltigBis] char(5)  NOT NULL ,
    [KKFirma] varchar(128)  NOT NULL ,
    CONSTRAINT [PK_Kunde] PRIMARY KEY CLUSTERED (
        [KundeID] ASC
    )
);

CREATE TABLE [Wohnort] (
    [KundeID] char(13)  NOT NULL ,
    [Von] date  NOT NULL ,
    [Bis] date  NULL ,
    [Strasse] varchar(128)  NOT NULL ,
    [Hausnummer] varchar(10)  NOT NULL ,
    [Adresszusatz] varchar(128)  NULL ,
    [Plz] varchar(10)  NOT NULL ,
    [Ort] varchar(128)  NOT NULL ,
    [Land] varchar(128)  NULL ,
    CONSTRAINT [PK_Wohnort] PRIMARY KEY CLUSTERED (
        [KundeID] ASC,[Von] ASC
    )
);

CREATE TABLE [Lieferadresse] (
    [LieferAdrID] int  NOT NULL ,
    [KundeID] char(13)  NOT NULL ,
    [Strasse] varchar(128)  NOT NULL ,
    [Hausnummer] varchar(10)  NOT NULL ,
    [Adresszusatz] varchar(128)  NULL ,
    [Plz] varchar(10)  NOT NULL ,
    [Ort] varchar(128)  NOT NULL ,
    [Land] varchar(128)  NULL ,
    CONSTRAINT [PK_Lieferadresse] PRIMARY KEY CLUSTERED (
        [LieferAdrID] ASC
    )
);

CREATE TABLE [VereinsPartner] (
    [VereinsPartnerID] varchar(30)  NOT NULL ,
    [KundeIDVerein] char(13)  NOT NULL ,
    [Rabatt1] int  NOT NULL ,
    [Rabatt2] int  NOT NULL ,
    [Rabatt3] int  NOT NULL ,
    CONSTRAINT [PK_VereinsPartner] PRIMARY KEY CLUSTERED (
        [VereinsPartnerID] ASC
    )
);

CREATE TABLE [Kategorie] (
    [KatID] varchar(50)  NOT NULL ,
    [OberKatID] varchar(50)  NULL ,
    [Name] varchar(512)  NOT NULL ,
    CONSTRAINT [PK_Kategorie] PRIMARY KEY CLUSTERED (
        [KatID] ASC
    )
);

CREATE TABLE [Produkt] (
    [ProduktID] int  NOT NULL ,
    [KatID] varchar(50)  NOT NULL ,
    [Bezeichnung] varchar(512)  NOT NULL ,
    [Umfang] varchar(128)  NOT NULL ,
    [Typ] int  NOT NULL ,
    [Preis] decimal(5,2)  NOT NULL ,
    [Pflanzort] varchar(128)  NOT NULL ,
    [Pflanzabstand] varchar(128)  NOT NULL ,
    CONSTRAINT [PK_Produkt] PRIMARY KEY CLUSTERED (
        [ProduktID] ASC
    )
);

CREATE TABLE [Bestellung] (
    [BestellungID] bigint  NOT NULL ,
    [KundeID] char(13)  NOT NULL ,
    [AllgLieferAdrID] int  NOT NULL ,
    [Bestelldatum] date  NOT NULL ,
    [Wunschdatum] date  NOT NULL ,
    [Rabatt] numeric(5,2)  NOT NULL ,
    CONSTRAINT [PK_Bestellung] PRIMARY KEY CLUSTERED (
        [BestellungID] ASC
    )
);

CREATE TABLE [Position] (
    [BestellungID] bigint  NOT NULL ,
    [PosID] bigint  NOT NULL ,
    [ProduktID] int  NOT NULL ,
    [SpezLieferAdrID] int  NULL ,
    [Menge] int  NOT NULL ,
    [Preis] numeric(10,2)  NOT NULL ,
    CONSTRAINT [PK_Position] PRIMARY KEY CLUSTERED (
        [BestellungID] ASC,[PosID] ASC
    )
);

CREATE TABLE [Lieferung] (
    [BestellungID] bigint  NOT NULL ,
    [PosID] bigint  NOT NULL ,
    [LieferAdrID] int  NOT NULL ,
    [LieferDienstID] varchar(30)  NOT NULL ,
    [LieferDatum] date  NOT NULL ,
    CONSTRAINT [PK_Lieferung] PRIMARY KEY CLUSTERED (
        [BestellungID] ASC,[PosID] ASC,[LieferAdrID] ASC,[LieferDienstID] ASC
    )
);

CREATE TABLE [LieferDienst] (
    [LieferDienstID] varchar(30)  NOT NULL ,
    [Name] varchar(128)  NOT NULL ,
    [Telefon] varchar(20)  NOT NULL ,
    [Fax] varchar(20)  NULL ,
    [Email] varchar(128)  NOT NULL ,
    [Strasse] varchar(128)  NOT NULL ,
    [Hausnummer] varchar(10)  NOT NULL ,
    [Plz] varchar(10)  NOT NULL ,
    [Ort] varchar(128)  NOT NULL ,
    [Land] varchar(128)  NULL ,
    CONSTRAINT [PK_LieferDienst] PRIMARY KEY CLUSTERED (
        [LieferDienstID] ASC
    )
);
