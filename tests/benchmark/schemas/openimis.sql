-- openIMIS, the open-source insurance management information system that social health
-- protection schemes (community health funds, national health insurance) in Tanzania, Nepal,
-- Cameroon and elsewhere run on (SQL Server): insurees (the insured people: CHF insurance number,
-- names, birth date, gender, marital status, passport or ID number, phone, e-mail, photo,
-- profession, education, current address and village, vulnerability) and their families
-- (poverty status, ethnicity, address, confirmation number), health status notes, photos
-- submitted from phones; enrolment officers and the village executive officers they work with,
-- claim administrators and system users (login, password, private key); health facilities,
-- payers, the ICD-10 diagnosis list; claims (diagnoses, visit dates and types, guarantee number,
-- explanations, adjustments, reviews) and the feedback insurees give on a claim; policies,
-- their renewals and premiums; payments (the payer's phone, transaction and receipt numbers);
-- the e-mail settings; and the lookup tables of genders, professions, relations, education
-- levels and locations.
-- Source: https://github.com/openimis/database_ms_sqlserver, sql/base/1_schema_tables.sql (the
--   T-SQL script that creates the tables of an empty openIMIS database)
-- Commit: 25dd72fc76c124b84b353343b9abaff62af3c1c2 (the file last changed in
--   ab8879d97020e9a4fd4d67297dc2d803fb8f6b38)
-- Licence: AGPL-3.0 (LICENSE.md in the source: "GNU AGPL v3 License")
-- Trimmed: 26 of the script's 65 tables; dropped are batch runs, extracts, the claim items,
-- services and deductions (the priced lines of a claim), control numbers, payment details,
-- insuree-policy links, renewal details, products and their items and services, price lists,
-- relative distributions and indexes, reporting, roles and rights, the officer's villages, the
-- users' districts, logins, defaults, controls, health facility catchments, the remaining lookup
-- tables and the table types. The kept CREATE TABLE statements are copied as written, in the
-- script's order, with their constraints; the GO separators, SET ANSI_NULLS / QUOTED_IDENTIFIER
-- lines and ALTER TABLE statements are dropped, each statement ends with a semicolon, and
-- tblClaim's TEXTIMAGE_ON [PRIMARY] clause (a storage option the SQL parser does not read) is
-- dropped.
-- Development source since the ninth held-out set was measured (see labels.yaml).

CREATE TABLE [dbo].[tblClaim](
	[ClaimID] [int] IDENTITY(1,1) NOT NULL,
	[ClaimUUID] [uniqueidentifier] NOT NULL,
	[InsureeID] [int] NOT NULL,
	[ClaimCode] [nvarchar](50) NOT NULL,
	[DateFrom] [smalldatetime] NOT NULL,
	[DateTo] [smalldatetime] NULL,
	[ICDID] [int] NOT NULL,
	[ClaimStatus] [tinyint] NOT NULL,
	[Adjuster] [int] NULL,
	[Adjustment] [ntext] NULL,
	[Claimed] [decimal](18, 2) NULL,
	[Approved] [decimal](18, 2) NULL,
	[Reinsured] [decimal](18, 2) NULL,
	[Valuated] [decimal](18, 2) NULL,
	[DateClaimed] [date] NOT NULL,
	[DateProcessed] [date] NULL,
	[Feedback] [bit] NOT NULL,
	[FeedbackID] [int] NULL,
	[Explanation] [ntext] NULL,
	[FeedbackStatus] [tinyint] NULL,
	[ReviewStatus] [tinyint] NULL,
	[ApprovalStatus] [tinyint] NULL,
	[RejectionReason] [tinyint] NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[ValidityFromReview] [datetime] NULL,
	[ValidityToReview] [datetime] NULL,
	[AuditUserIDReview] [int] NULL,
	[RowID] [timestamp] NULL,
	[HFID] [int] NOT NULL,
	[RunID] [int] NULL,
	[AuditUserIDSubmit] [int] NULL,
	[AuditUserIDProcess] [int] NULL,
	[SubmitStamp] [datetime] NULL,
	[ProcessStamp] [datetime] NULL,
	[Remunerated] [decimal](18, 2) NULL,
	[GuaranteeId] [nvarchar](50) NULL,
	[ClaimAdminId] [int] NULL,
	[ICDID1] [int] NULL,
	[ICDID2] [int] NULL,
	[ICDID3] [int] NULL,
	[ICDID4] [int] NULL,
	[VisitType] [char](1) NULL,
	[ClaimCategory] [char](1) NULL,
 CONSTRAINT [PK_tblClaim] PRIMARY KEY CLUSTERED 
(
	[ClaimID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblClaimAdmin](
	[ClaimAdminId] [int] IDENTITY(1,1) NOT NULL,
	[ClaimAdminUUID] [uniqueidentifier] NOT NULL,
	[ClaimAdminCode] [nvarchar](8) NULL,
	[LastName] [nvarchar](100) NULL,
	[OtherNames] [nvarchar](100) NULL,
	[DOB] [date] NULL,
	[Phone] [nvarchar](50) NULL,
	[HFId] [int] NULL,
	[ValidityFrom] [datetime] NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyId] [int] NULL,
	[AuditUserId] [int] NULL,
	[RowId] [timestamp] NULL,
	[EmailId] [nvarchar](200) NULL,
	[HasLogin] [bit] NULL,
 CONSTRAINT [PK_tblClaimAdmin] PRIMARY KEY CLUSTERED 
(
	[ClaimAdminId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblEducations](
	[EducationId] [smallint] NOT NULL,
	[Education] [nvarchar](50) NOT NULL,
	[SortOrder] [int] NULL,
	[AltLanguage] [nvarchar](50) NULL,
 CONSTRAINT [PK_Education] PRIMARY KEY CLUSTERED 
(
	[EducationId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblEmailSettings](
	[EmailId] [nvarchar](200) NOT NULL,
	[EmailPassword] [nvarchar](200) NOT NULL,
	[SMTPHost] [nvarchar](200) NOT NULL,
	[Port] [int] NOT NULL,
	[EnableSSL] [bit] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[tblFamilies](
	[FamilyID] [int] IDENTITY(1,1) NOT NULL,
	[FamilyUUID] [uniqueidentifier] NOT NULL,
	[InsureeID] [int] NOT NULL,
	[LocationId] [int] NULL,
	[Poverty] [bit] NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
	[FamilyType] [nvarchar](2) NULL,
	[FamilyAddress] [nvarchar](200) NULL,
	[isOffline] [bit] NULL,
	[Ethnicity] [nvarchar](1) NULL,
	[ConfirmationNo] [nvarchar](12) NULL,
	[ConfirmationType] [nvarchar](3) NULL,
	[Source] [nvarchar](50) NULL,
	[SourceVersion] [nvarchar](15) NULL
 CONSTRAINT [PK_tblFamilies] PRIMARY KEY CLUSTERED 
(
	[FamilyID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblFamilySMS](
	[FamilyID] [int] NOT NULL, 
	[ApprovalOfSMS] [bit] NULL,
	[LanguageOfSMS] [nvarchar](5) NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL, 
	CONSTRAINT UC_FamilySMS UNIQUE (FamilyID,ValidityTo)
);

CREATE TABLE [dbo].[tblFeedback](
	[FeedbackID] [int] IDENTITY(1,1) NOT NULL,
	[FeedbackUUID] [uniqueidentifier] NOT NULL,
	[ClaimID] [int] NOT NULL,
	[CareRendered] [bit] NULL,
	[PaymentAsked] [bit] NULL,
	[DrugPrescribed] [bit] NULL,
	[DrugReceived] [bit] NULL,
	[Asessment] [tinyint] NULL,
	[CHFOfficerCode] [int] NULL,
	[FeedbackDate] [datetime] NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
 CONSTRAINT [PK_tblFeedback] PRIMARY KEY CLUSTERED 
(
	[FeedbackID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblFeedbackPrompt](
	[FeedbackPromptID] [int] IDENTITY(1,1) NOT NULL,
	[FeedbackPromptDate] [date] NOT NULL,
	[ClaimID] [int] NULL,
	[OfficerID] [int] NULL,
	[PhoneNumber] [nvarchar](50) NULL,
	[SMSStatus] [tinyint] NULL,
	[ValidityFrom] [datetime] NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NULL,
 CONSTRAINT [PK_tblFeedbackPrompt] PRIMARY KEY CLUSTERED 
(
	[FeedbackPromptID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblFromPhone](
	[FromPhoneId] [int] IDENTITY(1,1) NOT NULL,
	[DocType] [nvarchar](3) NOT NULL,
	[DocName] [nvarchar](200) NOT NULL,
	[DocStatus] [nvarchar](3) NULL,
	[LandedDate] [datetime] NOT NULL,
	[OfficerCode] [nvarchar](8) NULL,
	[CHFID] [nvarchar](50) NULL,
	[PhotoSumittedDate] [datetime] NULL,
	[ClaimId] [int] NULL,
 CONSTRAINT [PK_tblFromPhone] PRIMARY KEY CLUSTERED 
(
	[FromPhoneId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblGender](
	[Code] [char](1) NOT NULL,
	[Gender] [nvarchar](50) NULL,
	[AltLanguage] [nvarchar](50) NULL,
	[SortOrder] [int] NULL,
 CONSTRAINT [PK_tblGender] PRIMARY KEY CLUSTERED 
(
	[Code] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblHealthStatus](
	[HealthStatusID] [int] IDENTITY(1,1) NOT NULL,
	[InsureeID] [int] NOT NULL,
	[Description] [nvarchar](255) NULL,
	[ValidityFrom] [datetime] NULL,
	[ValidityTo] [datetime] NULL,
	[AuditUserID] [int] NULL,
	[LegacyID] [int] NULL,
 CONSTRAINT [PK_tblHealthStatus] PRIMARY KEY CLUSTERED 
(
	[HealthStatusID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblHF](
	[HfID] [int] IDENTITY(1,1) NOT NULL,
	[HfUUID] [uniqueidentifier] NOT NULL,
	[HFCode] [nvarchar](8) NOT NULL,
	[HFName] [nvarchar](100) NOT NULL,
	[LegalForm] [char](1) NOT NULL,
	[HFLevel] [char](1) NOT NULL,
	[HFSublevel] [char](1) NULL,
	[HFAddress] [nvarchar](100) NULL,
	[LocationId] [int] NOT NULL,
	[Phone] [nvarchar](50) NULL,
	[Fax] [nvarchar](50) NULL,
	[eMail] [nvarchar](50) NULL,
	[HFCareType] [char](1) NOT NULL,
	[PLServiceID] [int] NULL,
	[PLItemID] [int] NULL,
	[AccCode] [nvarchar](25) NULL,
	[OffLine] [bit] NOT NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
 CONSTRAINT [PK_tblHF] PRIMARY KEY CLUSTERED 
(
	[HfID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblICDCodes](
	[ICDID] [int] IDENTITY(1,1) NOT NULL,
	[ICDCode] [nvarchar](6) NOT NULL,
	[ICDName] [nvarchar](255) NOT NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
 CONSTRAINT [PK_tblICDCodes] PRIMARY KEY CLUSTERED 
(
	[ICDID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblInsuree](
	[InsureeID] [int] IDENTITY(1,1) NOT NULL,
	[InsureeUUID] [uniqueidentifier] NOT NULL,
	[FamilyID] [int] NULL,
	[CHFID] [nvarchar](50) NULL,
	[LastName] [nvarchar](100) NOT NULL,
	[OtherNames] [nvarchar](100) NOT NULL,
	[DOB] [date] NOT NULL,
	[Gender] [char](1) NULL,
	[Marital] [char](1) NULL,
	[IsHead] [bit] NOT NULL,
	[passport] [nvarchar](25) NULL,
	[Phone] [nvarchar](50) NULL,
	[PhotoID] [int] NULL,
	[PhotoDate] [date] NULL,
	[CardIssued] [bit] NOT NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
	[Relationship] [smallint] NULL,
	[Profession] [smallint] NULL,
	[Education] [smallint] NULL,
	[Email] [nvarchar](100) NULL,
	[isOffline] [bit] NULL,
	[TypeOfId] [nvarchar](1) NULL,
	[HFID] [int] NULL,
	[CurrentAddress] [nvarchar](200) NULL,
	[GeoLocation] [nvarchar](250) NULL,
	[CurrentVillage] [int] NULL,
	[Vulnerability] [bit] NOT NULL DEFAULT 0,
	[Source] [nvarchar](50) NULL,
	[SourceVersion] [nvarchar](15) NULL
 CONSTRAINT [PK_tblInsuree] PRIMARY KEY CLUSTERED 
(
	[InsureeID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblLocations](
	[LocationId] [int] IDENTITY(1,1) NOT NULL,
	[LocationUUID] [uniqueidentifier] NOT NULL,
	[LocationCode] [nvarchar](8) NULL,
	[LocationName] [nvarchar](50) NULL,
	[ParentLocationId] [int] NULL,
	[LocationType] [nchar](1) NOT NULL,
	[ValidityFrom] [datetime] NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyId] [int] NULL,
	[AuditUserId] [int] NULL,
	[RowId] [timestamp] NOT NULL,
	[MalePopulation] [int] NULL,
	[FemalePopulation] [int] NULL,
	[OtherPopulation] [int] NULL,
	[Families] [int] NULL,
 CONSTRAINT [PK_tblLocations] PRIMARY KEY CLUSTERED 
(
	[LocationId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblOfficer](
	[OfficerID] [int] IDENTITY(1,1) NOT NULL,
	[OfficerUUID] [uniqueidentifier] NOT NULL,
	[Code] [nvarchar](8) NOT NULL,
	[LastName] [nvarchar](100) NOT NULL,
	[OtherNames] [nvarchar](100) NOT NULL,
	[DOB] [date] NULL,
	[Phone] [nvarchar](50) NULL,
	[LocationId] [int] NULL,
	[OfficerIDSubst] [int] NULL,
	[WorksTo] [smalldatetime] NULL,
	[VEOCode] [nvarchar](8) NULL,
	[VEOLastName] [nvarchar](100) NULL,
	[VEOOtherNames] [nvarchar](100) NULL,
	[VEODOB] [date] NULL,
	[VEOPhone] [nvarchar](50) NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
	[EmailId] [nvarchar](200) NULL,
	[PhoneCommunication] [bit] NULL,
	[permanentaddress] [nvarchar](100) NULL,
	[HasLogin] [bit] NULL,
 CONSTRAINT [PK_tblOfficer] PRIMARY KEY CLUSTERED 
(
	[OfficerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblPayer](
	[PayerID] [int] IDENTITY(1,1) NOT NULL,
	[PayerUUID] [uniqueidentifier] NOT NULL,
	[PayerType] [char](1) NOT NULL,
	[PayerName] [nvarchar](100) NOT NULL,
	[PayerAddress] [nvarchar](100) NULL,
	[LocationId] [int] NULL,
	[Phone] [nvarchar](50) NULL,
	[Fax] [nvarchar](50) NULL,
	[eMail] [nvarchar](50) NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
 CONSTRAINT [PK_tblPayer] PRIMARY KEY CLUSTERED 
(
	[PayerID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblPayment](
	[PaymentID] [bigint] IDENTITY(1,1) NOT NULL,
	[PaymentUUID] [uniqueidentifier] NOT NULL,
	[ExpectedAmount] [decimal](18, 2) NULL,
	[ReceivedAmount] [decimal](18, 2) NULL,
	[OfficerCode] [nvarchar](50) NULL,
	[PhoneNumber] [nvarchar](50) NULL,
	[PayerPhoneNumber] [nvarchar](50) NULL,
	[RequestDate] [datetime] NULL,
	[ReceivedDate] [datetime] NULL,
	[PaymentStatus] [int] NULL,
	[LegacyID] [bigint] NULL,
	[ValidityFrom] [datetime] NULL,
	[ValidityTo] [datetime] NULL,
	[RowID] [timestamp] NOT NULL,
	[AuditedUSerID] [int] NULL,
	[TransactionNo] [nvarchar](50) NULL,
	[PaymentOrigin] [nvarchar](50) NULL,
	[MatchedDate] [datetime] NULL,
	[ReceiptNo] [nvarchar](100) NULL,
	[PaymentDate] [datetime] NULL,
	[RejectedReason] [nvarchar](255) NULL,
	[DateLastSMS] [datetime] NULL,
	[LanguageName] [nvarchar](10) NULL,
	[TypeOfPayment] [nvarchar](50) NULL,
	[TransferFee] [decimal](18, 2) NULL,
	[SmsRequired] [bit] NULL,
	[SpReconcReqId] [nvarchar](30) NULL,
	[ReconciliationDate] [datetime] NULL
 CONSTRAINT [PK_tblPayment] PRIMARY KEY CLUSTERED 
(
	[PaymentID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblPhotos](
	[PhotoID] [int] IDENTITY(1,1) NOT NULL,
	[PhotoUUID] [uniqueidentifier] NOT NULL,
	[InsureeID] [int] NULL,
	[CHFID] [nvarchar](50) NULL,
	[PhotoFolder] [nvarchar](255) NOT NULL,
	[PhotoFileName] [nvarchar](250) NULL,
	[OfficerID] [int] NOT NULL,
	[PhotoDate] [date] NOT NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[AuditUserID] [int] NULL,
	[RowID] [timestamp] NULL,
 CONSTRAINT [PK_tblPhotos] PRIMARY KEY CLUSTERED 
(
	[PhotoID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblPolicy](
	[PolicyID] [int] IDENTITY(1,1) NOT NULL,
	[PolicyUUID] [uniqueidentifier] NOT NULL,
	[FamilyID] [int] NOT NULL,
	[EnrollDate] [date] NOT NULL,
	[StartDate] [date] NOT NULL,
	[EffectiveDate] [date] NULL,
	[ExpiryDate] [date] NULL,
	[PolicyStatus] [tinyint] NULL,
	[PolicyValue] [decimal](18, 2) NULL,
	[ProdID] [int] NOT NULL,
	[OfficerID] [int] NULL,
	[PolicyStage] [char](1) NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
	[isOffline] [bit] NULL,
	[RenewalOrder] [int] NULL,
	[SelfRenewed] [bit] NOT NULL DEFAULT 0,
	[Source] [nvarchar](50) NULL,
	[SourceVersion] [nvarchar](15) NULL
 CONSTRAINT [PK_tblPolicy] PRIMARY KEY CLUSTERED 
(
	[PolicyID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblPolicyRenewals](
	[RenewalID] [int] IDENTITY(1,1) NOT NULL,
	[RenewalUUID] [uniqueidentifier] NOT NULL,
	[RenewalPromptDate] [date] NOT NULL,
	[RenewalDate] [date] NOT NULL,
	[NewOfficerID] [int] NULL,
	[PhoneNumber] [nvarchar](50) NULL,
	[SMSStatus] [tinyint] NOT NULL,
	[InsureeID] [int] NOT NULL,
	[PolicyID] [int] NOT NULL,
	[NewProdID] [int] NOT NULL,
	[RenewalWarnings] [tinyint] NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditCreateUser] [int] NULL,
	[ResponseStatus] [int] NULL,
	[ResponseDate] [datetime] NULL,
 CONSTRAINT [PK_tblPolicyRenewals] PRIMARY KEY CLUSTERED 
(
	[RenewalID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblPremium](
	[PremiumId] [int] IDENTITY(1,1) NOT NULL,
	[PremiumUUID] [uniqueidentifier] NOT NULL,
	[PolicyID] [int] NOT NULL,
	[PayerID] [int] NULL,
	[Amount] [decimal](18, 2) NOT NULL,
	[Receipt] [nvarchar](50) NOT NULL,
	[PayDate] [date] NOT NULL,
	[PayType] [char](1) NOT NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[RowID] [timestamp] NULL,
	[isPhotoFee] [bit] NULL,
	[isOffline] [bit] NULL,
	[ReportingId] [int] NULL,
	[OverviewCommissionReport] datetime NULL,
	[AllDetailsCommissionReport] datetime NULL,
	[ReportingCommissionID] [int] NULL,
	[CreatedDate] [datetime] NOT NULL DEFAULT GETDATE(),
	[Source] [nvarchar](50) NULL,
	[SourceVersion] [nvarchar](15) NULL
 CONSTRAINT [PK_tblPremium] PRIMARY KEY CLUSTERED 
(
	[PremiumId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblProfessions](
	[ProfessionId] [smallint] NOT NULL,
	[Profession] [nvarchar](50) NOT NULL,
	[SortOrder] [int] NULL,
	[AltLanguage] [nvarchar](50) NULL,
 CONSTRAINT [PK_Profession] PRIMARY KEY CLUSTERED 
(
	[ProfessionId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblRelations](
	[RelationId] [smallint] NOT NULL,
	[Relation] [nvarchar](50) NOT NULL,
	[SortOrder] [int] NULL,
	[AltLanguage] [nvarchar](50) NULL,
 CONSTRAINT [PK_Relation] PRIMARY KEY CLUSTERED 
(
	[RelationId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblSubmittedPhotos](
	[PhotoId] [int] IDENTITY(1,1) NOT NULL,
	[ImageName] [nvarchar](50) NULL,
	[CHFID] [nvarchar](50) NULL,
	[OfficerCode] [nvarchar](8) NULL,
	[PhotoDate] [date] NULL,
	[RegisterDate] [datetime] NULL,
 CONSTRAINT [PK_tblSubmittedPhotos] PRIMARY KEY CLUSTERED 
(
	[PhotoId] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];

CREATE TABLE [dbo].[tblUsers](
	[UserID] [int] IDENTITY(1,1) NOT NULL,
	[UserUUID] [uniqueidentifier] NOT NULL,
	[LanguageID] [nvarchar](5) NOT NULL,
	[LastName] [nvarchar](100) NOT NULL,
	[OtherNames] [nvarchar](100) NOT NULL,
	[Phone] [nvarchar](50) NULL,
	[LoginName] [nvarchar](25) NOT NULL,
	[RoleID] [int] NOT NULL,
	[HFID] [int] NULL,
	[ValidityFrom] [datetime] NOT NULL,
	[ValidityTo] [datetime] NULL,
	[LegacyID] [int] NULL,
	[AuditUserID] [int] NOT NULL,
	[password] [varbinary](256) NULL,
	[DummyPwd] [nvarchar](25) NULL,
	[EmailId] [nvarchar](200) NULL,
	[PrivateKey] [nvarchar](256) NULL,
	[StoredPassword] [nvarchar](256) NULL,
	[PasswordValidity] [datetime] NULL,
	[IsAssociated] [bit] NULL,
 CONSTRAINT [PK_tblUsers] PRIMARY KEY CLUSTERED 
(
	[UserID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]
) ON [PRIMARY];
