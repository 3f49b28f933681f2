-- TouchPoint (formerly BVCMS, Bellevue Baptist Church's church management system): a church's
-- people, families and their addresses, membership, baptism and decision records, visitor
-- cards, pastoral contacts and tasks, Sunday-school and small-group organisations with their
-- members, attendance and check-in, online registrations (camps and recreation leagues with
-- medical details), contributions and online giving, volunteer approval with background
-- checks, e-mail and SMS, mission-trip supporters, users and the mobile app. SQL Server (T-SQL,
-- [dbo] schema, bracketed PascalCase names, computed columns).
-- Source: https://github.com/rastographics/bvcms, SqlScripts/BuildDb/Creating_dbo_<Table>.sql
-- (one file per table), concatenated in alphabetical order of the file names
-- Commit: f11d5f4ee2415a9314f2b72c7f752adb765e937c
-- Licence: GNU GPL v2 (LICENSE).
-- Changed mechanically: kept each file's CREATE TABLE statement, ended with a semicolon, and
-- left out the GO batch separators and the @@ERROR / NOEXEC checks between them; the build's
-- separate files of constraints, indexes, functions, views, procedures, triggers and types are
-- not included. Cut whole tables to keep the set a reviewable size (81 of 143 kept):
-- AddToOrgFromTagRun, BackgroundCheckMVRCodes, CheckInActivity, CheckInSettings, CheckInTimes,
-- CheckedBatches, ChurchAttReportIds, ContentKeyWords, ContributionsRun, CustomColumns,
-- DeleteMeetingRun, DivOrg, DuplicatesRun, EmailLinks, EmailToText, FamilyCheckinLock, IpLog2,
-- IpWarmup, LabelFormats, LongRunningOp, LongRunningOperation, MemberTags, MobileAppActionTypes,
-- MobileAppActions, MobileAppAudioTypes, MobileAppBuilding, MobileAppFloor, MobileAppIconSets,
-- MobileAppIcons, MobileAppRoom, MobileAppVideoTypes, Numbers, OrgContent, OrgFilter,
-- OrgMemMemTags, OrgSchedule, OrganizationExtra, PrintJob, ProgDiv, Promotion, RecurringAmounts,
-- RepairTransactionsRun, ResourceAttachment, ResourceCategory, ResourceOrganization,
-- ResourceOrganizationType, ResourceType, Roles, RssFeed, Setting, StreetTypes, TagShare, TagType,
-- TaskList, TaskListOwners, UserRole, VolInterestCodes, VolInterestInterestCodes,
-- VoluteerApprovalIds, ZipCodes, Zips, words.
-- Queued held-out set: not seen while tuning the classifier (see labels_next2.yaml).

CREATE TABLE [dbo].[ActivityLog]
(
[Id] [bigint] NOT NULL IDENTITY(1, 1),
[ActivityDate] [datetime] NULL,
[UserId] [int] NULL,
[Activity] [nvarchar] (200) NULL,
[PageUrl] [nvarchar] (410) NULL,
[Machine] [nvarchar] (50) NULL,
[OrgId] [int] NULL,
[PeopleId] [int] NULL,
[DatumId] [int] NULL,
[ClientIp] [nvarchar] (50) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Address]
(
[Id] [int] NOT NULL,
[Address] [nvarchar] (50) NULL,
[Address2] [nvarchar] (50) NULL,
[City] [nvarchar] (50) NULL,
[State] [nvarchar] (50) NULL,
[Zip] [nvarchar] (50) NULL,
[BadAddress] [bit] NULL,
[FromDt] [datetime] NULL,
[ToDt] [datetime] NULL,
[Type] [nvarchar] (50) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[ApiSession]
(
[UserId] [int] NOT NULL,
[SessionToken] [uniqueidentifier] NOT NULL,
[PIN] [int] NULL,
[LastAccessedDate] [datetime] NOT NULL,
[CreatedDate] [datetime] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Attend]
(
[PeopleId] [int] NOT NULL,
[MeetingId] [int] NOT NULL,
[OrganizationId] [int] NOT NULL,
[MeetingDate] [datetime] NOT NULL,
[AttendanceFlag] [bit] NOT NULL CONSTRAINT [DF_Attend_AttendanceFlag] DEFAULT ((0)),
[OtherOrgId] [int] NULL,
[AttendanceTypeId] [int] NULL,
[CreatedBy] [int] NULL,
[CreatedDate] [datetime] NULL,
[MemberTypeId] [int] NOT NULL,
[AttendId] [int] NOT NULL IDENTITY(1, 1),
[OtherAttends] [int] NOT NULL CONSTRAINT [DF_Attend_OtherAttends] DEFAULT ((0)),
[BFCAttendance] [bit] NULL,
[Registered] [bit] NULL,
[SeqNo] [int] NULL,
[Commitment] [int] NULL,
[NoShow] [bit] NULL,
[EffAttendFlag] AS (CONVERT([bit],case  when [AttendanceFlag]=(1) then (1) when [AttendanceTypeId]=(90) then NULL when [AttendanceTypeId]=(70) AND [OtherAttends]>(0) then (1) when [OtherAttends]>(0) AND [BFCAttendance]=(1) then NULL when [AttendanceFlag]=(1) then (1) when [OtherAttends]>(0) then NULL else (0) end,(0)))
) ON [PRIMARY];

CREATE TABLE [dbo].[AuditValues]
(
[AuditId] [int] NOT NULL,
[MemberName] [nvarchar] (50) NOT NULL,
[OldValue] [nvarchar] (max) NULL,
[NewValue] [nvarchar] (max) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Audits]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[Action] [nvarchar] (20) NOT NULL,
[TableName] [nvarchar] (100) NOT NULL,
[TableKey] [int] NULL,
[UserName] [nvarchar] (50) NOT NULL,
[AuditDate] [smalldatetime] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[BackgroundChecks]
(
[ID] [int] NOT NULL IDENTITY(1, 1),
[Created] [datetime] NOT NULL CONSTRAINT [DF_BackgroundChecks_Created] DEFAULT (getdate()),
[Updated] [datetime] NOT NULL CONSTRAINT [DF_BackgroundChecks_Updated] DEFAULT (getdate()),
[UserID] [int] NOT NULL CONSTRAINT [DF_Table_1_Status] DEFAULT ((1)),
[StatusID] [int] NOT NULL CONSTRAINT [DF_Table_1_UserID] DEFAULT ((1)),
[PeopleID] [int] NOT NULL CONSTRAINT [DF_Table_1_ReportID] DEFAULT ((1)),
[ServiceCode] [nvarchar] (25) NOT NULL CONSTRAINT [DF_BackgroundChecks_ServiceCode] DEFAULT (''),
[ReportID] [int] NOT NULL CONSTRAINT [DF_BackgroundChecks_ReportID] DEFAULT ((0)),
[ReportLink] [nvarchar] (255) NULL CONSTRAINT [DF_BackgroundChecks_ReportLink] DEFAULT (''),
[IssueCount] [int] NOT NULL CONSTRAINT [DF_Table_1_AlertCount] DEFAULT ((0)),
[ErrorMessages] [nvarchar] (max) NULL,
[ReportTypeID] [int] NOT NULL CONSTRAINT [DF_BackgroundChecks_ReportTypeID] DEFAULT ((0)),
[ReportLabelID] [int] NOT NULL CONSTRAINT [DF_BackgroundChecks_ReportLabelID] DEFAULT ((0))
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[BundleDetail]
(
[BundleDetailId] [int] NOT NULL IDENTITY(1, 1),
[BundleHeaderId] [int] NOT NULL,
[ContributionId] [int] NOT NULL,
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[BundleSort1] [int] NULL,
[RefOrgId] [int] NULL,
[RefPeopleId] [int] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[BundleHeader]
(
[BundleHeaderId] [int] NOT NULL IDENTITY(1, 1),
[ChurchId] [int] NOT NULL,
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[RecordStatus] [bit] NOT NULL,
[BundleStatusId] [int] NOT NULL,
[ContributionDate] [datetime] NOT NULL,
[BundleHeaderTypeId] [int] NOT NULL,
[DepositDate] [datetime] NULL,
[BundleTotal] [numeric] (10, 2) NULL,
[TotalCash] [numeric] (10, 2) NULL,
[TotalChecks] [numeric] (10, 2) NULL,
[TotalEnvelopes] [numeric] (10, 2) NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[FundId] [int] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[CardIdentifiers]
(
[Id] [nvarchar] (80) NOT NULL,
[PeopleId] [int] NULL,
[CreatedOn] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[ChangeDetails]
(
[Id] [int] NOT NULL,
[Field] [nvarchar] (50) NOT NULL,
[Before] [nvarchar] (max) NULL,
[After] [nvarchar] (max) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[ChangeLog]
(
[PeopleId] [int] NOT NULL,
[FamilyId] [int] NULL,
[UserPeopleId] [int] NOT NULL,
[Created] [datetime] NOT NULL,
[Field] [nvarchar] (50) NULL,
[Data] [nvarchar] (max) NULL,
[Id] [int] NOT NULL IDENTITY(1, 1),
[Before] [nvarchar] (max) NULL,
[After] [nvarchar] (max) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Contact]
(
[ContactId] [int] NOT NULL IDENTITY(200000, 1),
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[ContactTypeId] [int] NULL,
[ContactDate] [datetime] NOT NULL,
[ContactReasonId] [int] NULL,
[MinistryId] [int] NULL,
[NotAtHome] [bit] NULL,
[LeftDoorHanger] [bit] NULL,
[LeftMessage] [bit] NULL,
[GospelShared] [bit] NULL,
[PrayerRequest] [bit] NULL,
[ContactMade] [bit] NULL,
[GiftBagGiven] [bit] NULL,
[Comments] [nvarchar] (max) NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[LimitToRole] [nvarchar] (50) NULL,
[OrganizationId] [int] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[ContactExtra]
(
[ContactId] [int] NOT NULL,
[Field] [nvarchar] (200) NOT NULL,
[Data] [nvarchar] (max) NULL,
[DataType] [nvarchar] (5) NULL,
[StrValue] [nvarchar] (200) NULL,
[DateValue] [datetime] NULL,
[IntValue] [int] NULL,
[BitValue] [bit] NULL,
[TransactionTime] [datetime] NULL,
[UseAllValues] [bit] NULL,
[Type] AS (((((case  when [UseAllValues]=(1) then 'Data' else '' end+case  when [StrValue] IS NOT NULL then 'Code' else '' end)+case  when [Data] IS NOT NULL then 'Text' else '' end)+case  when [DateValue] IS NOT NULL then 'Date' else '' end)+case  when [IntValue] IS NOT NULL then 'Int' else '' end)+case  when [BitValue] IS NOT NULL then 'Bit' else '' end),
[Metadata] [nvarchar] (max) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Contactees]
(
[ContactId] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[ProfessionOfFaith] [bit] NULL,
[PrayedForPerson] [bit] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Contactors]
(
[ContactId] [int] NOT NULL,
[PeopleId] [int] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Content]
(
[Name] [nvarchar] (400) NOT NULL,
[Title] [nvarchar] (500) NULL,
[Body] [nvarchar] (max) NULL,
[DateCreated] [datetime] NULL,
[Id] [int] NOT NULL IDENTITY(1, 1),
[TextOnly] [bit] NULL,
[TypeID] [int] NOT NULL CONSTRAINT [DF_Content_Type] DEFAULT ((0)),
[ThumbID] [int] NOT NULL CONSTRAINT [DF_Content_ThumbID] DEFAULT ((0)),
[RoleID] [int] NOT NULL CONSTRAINT [DF_Content_RoleID] DEFAULT ((0)),
[OwnerID] [int] NOT NULL CONSTRAINT [DF_Content_OwnerID] DEFAULT ((0)),
[CreatedBy] [nvarchar] (50) NULL,
[Archived] [datetime] NULL,
[ArchivedFromId] [int] NULL,
[UseTimes] [int] NULL,
[Snippet] [bit] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Contribution]
(
[ContributionId] [int] NOT NULL IDENTITY(1, 1),
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[FundId] [int] NOT NULL,
[ContributionTypeId] [int] NOT NULL,
[PeopleId] [int] NULL,
[ContributionDate] [datetime] NULL,
[ContributionAmount] [numeric] (11, 2) NULL,
[ContributionDesc] [nvarchar] (256) NULL,
[ContributionStatusId] [int] NULL,
[PledgeFlag] [bit] NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[PostingDate] [datetime] NULL,
[BankAccount] [nvarchar] (250) NULL,
[ExtraDataId] [int] NULL,
[CheckNo] [nvarchar] (20) NULL,
[QBSyncID] [int] NULL,
[TranId] [int] NULL,
[Source] [int] NULL,
[CampusId] [int] NULL,
[ImageID] [int] NOT NULL CONSTRAINT [DF_Contribution_ImageID] DEFAULT ((0)),
[MetaInfo] [varchar] (100) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[ContributionFund]
(
[FundId] [int] NOT NULL,
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[FundName] [nvarchar] (256) NOT NULL,
[FundDescription] [nvarchar] (256) NULL,
[FundStatusId] [int] NOT NULL,
[FundTypeId] [int] NOT NULL,
[FundPledgeFlag] [bit] NOT NULL,
[FundAccountCode] [int] NULL,
[FundIncomeDept] [nvarchar] (25) NULL,
[FundIncomeAccount] [nvarchar] (25) NULL,
[FundIncomeFund] [nvarchar] (25) NULL,
[FundCashDept] [nvarchar] (25) NULL,
[FundCashAccount] [nvarchar] (25) NULL,
[FundCashFund] [nvarchar] (25) NULL,
[OnlineSort] [int] NULL,
[NonTaxDeductible] [bit] NULL,
[QBIncomeAccount] [int] NOT NULL CONSTRAINT [DF_ContributionFund_QBIncomeAccount] DEFAULT ((0)),
[QBAssetAccount] [int] NOT NULL CONSTRAINT [DF_ContributionFund_QBAssetAccount] DEFAULT ((0))
) ON [PRIMARY];

CREATE TABLE [dbo].[Coupons]
(
[Id] [nvarchar] (50) NOT NULL,
[Created] [datetime] NOT NULL CONSTRAINT [DF_Coupons_Created] DEFAULT (getdate()),
[Used] [datetime] NULL,
[Canceled] [datetime] NULL,
[Amount] [money] NULL,
[DivId] [int] NULL,
[OrgId] [int] NULL,
[PeopleId] [int] NULL,
[Name] [nvarchar] (80) NULL,
[UserId] [int] NULL,
[RegAmount] [money] NULL,
[DivOrg] AS (case  when [divid] IS NOT NULL then 'div.'+CONVERT([nvarchar],[divid],(0)) else 'org.'+CONVERT([nvarchar],[orgid],(0)) end),
[MultiUse] [bit] NULL,
[Generated] [bit] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Division]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[Name] [nvarchar] (50) NULL,
[ProgId] [int] NULL,
[SortOrder] [int] NULL,
[EmailMessage] [nvarchar] (max) NULL,
[EmailSubject] [nvarchar] (100) NULL,
[Instructions] [nvarchar] (max) NULL,
[Terms] [nvarchar] (max) NULL,
[ReportLine] [int] NULL,
[NoDisplayZero] [bit] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Downline]
(
[CategoryId] [int] NULL,
[DownlineId] [int] NULL,
[Generation] [int] NULL,
[OrgId] [int] NULL,
[LeaderId] [int] NULL,
[DiscipleId] [int] NULL,
[StartDt] [datetime] NULL,
[Trace] [varchar] (400) NULL,
[EndDt] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[DownlineLeaders]
(
[CategoryId] [int] NULL,
[PeopleId] [int] NULL,
[Name] [nvarchar] (100) NULL,
[Cnt] [int] NULL,
[Levels] [int] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Duplicate]
(
[id1] [int] NOT NULL,
[id2] [int] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[EmailLog]
(
[id] [int] NOT NULL IDENTITY(1, 1),
[fromaddr] [nvarchar] (50) NULL,
[toaddr] [nvarchar] (150) NULL,
[time] [datetime] NULL,
[subject] [nvarchar] (180) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[EmailOptOut]
(
[ToPeopleId] [int] NOT NULL,
[FromEmail] [nvarchar] (50) NOT NULL,
[Date] [datetime] NULL CONSTRAINT [DF_EmailOptOut_Date] DEFAULT (getdate())
) ON [PRIMARY];

CREATE TABLE [dbo].[EmailQueue]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[SendWhen] [datetime] NULL,
[Subject] [nvarchar] (200) NULL,
[Body] [nvarchar] (max) NULL,
[FromAddr] [nvarchar] (100) NULL,
[Sent] [datetime] NULL,
[Started] [datetime] NULL,
[Queued] [datetime] NOT NULL,
[FromName] [nvarchar] (60) NULL,
[QueuedBy] [int] NULL,
[Redacted] [bit] NULL,
[Transactional] [bit] NULL,
[Public] [bit] NULL,
[Error] [nvarchar] (200) NULL,
[CCParents] [bit] NULL,
[NoReplacements] [bit] NULL,
[SendFromOrgId] [int] NULL,
[FinanceOnly] [bit] NULL,
[CClist] [nvarchar] (max) NULL,
[Testing] [bit] NULL,
[ReadyToSend] [bit] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[EmailQueueTo]
(
[Id] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[OrgId] [int] NULL,
[Sent] [datetime] NULL,
[AddEmail] [nvarchar] (max) NULL,
[guid] [uniqueidentifier] NULL,
[messageid] [nvarchar] (100) NULL,
[GoerSupportId] [int] NULL,
[Parent1] [int] NULL,
[Parent2] [int] NULL,
[Bounced] [bit] NULL,
[SpamReport] [bit] NULL,
[Blocked] [bit] NULL,
[Expired] [bit] NULL,
[SpamContent] [bit] NULL,
[Invalid] [bit] NULL,
[BouncedAddress] [bit] NULL,
[SpamReporting] [bit] NULL,
[DomainFrom] [varchar] (30) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[EmailQueueToFail]
(
[Id] [int] NULL,
[PeopleId] [int] NULL,
[time] [datetime] NULL,
[event] [nvarchar] (20) NULL,
[reason] [nvarchar] (300) NULL,
[bouncetype] [nvarchar] (20) NULL,
[email] [nvarchar] (100) NULL,
[pkey] [int] NOT NULL IDENTITY(1, 1),
[timestamp] [bigint] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[EmailResponses]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[EmailQueueId] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[Type] [char] (1) NOT NULL,
[Dt] [datetime] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[EnrollmentTransaction]
(
[TransactionId] [int] NOT NULL IDENTITY(1, 1),
[TransactionStatus] [bit] NOT NULL CONSTRAINT [DF_ENROLLMENT_TRANSACTION_TBL_TRANSACTION_STATUS] DEFAULT ((0)),
[CreatedBy] [int] NULL,
[CreatedDate] [datetime] NULL,
[TransactionDate] [datetime] NOT NULL,
[TransactionTypeId] [int] NOT NULL,
[OrganizationId] [int] NOT NULL,
[OrganizationName] [nvarchar] (100) NOT NULL,
[PeopleId] [int] NOT NULL,
[MemberTypeId] [int] NOT NULL,
[EnrollmentDate] [datetime] NULL,
[AttendancePercentage] [real] NULL,
[NextTranChangeDate] [datetime] NULL,
[EnrollmentTransactionId] [int] NULL,
[Pending] [bit] NULL,
[InactiveDate] [datetime] NULL,
[UserData] [nvarchar] (max) NULL,
[Request] [nvarchar] (140) NULL,
[ShirtSize] [nvarchar] (50) NULL,
[Grade] [int] NULL,
[Tickets] [int] NULL,
[RegisterEmail] [nvarchar] (80) NULL,
[TranId] [int] NULL,
[Score] [int] NOT NULL CONSTRAINT [DF_EnrollmentTransaction_Score] DEFAULT ((0)),
[SmallGroups] [nvarchar] (2000) NULL,
[SkipInsertTriggerProcessing] [bit] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[ExtraData]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[Data] [nvarchar] (max) NULL,
[Stamp] [datetime] NULL,
[completed] [bit] NULL,
[OrganizationId] [int] NULL,
[UserPeopleId] [int] NULL,
[abandoned] [bit] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Families]
(
[FamilyId] [int] NOT NULL IDENTITY(1, 1),
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NULL,
[RecordStatus] [bit] NOT NULL CONSTRAINT [DF_FAMILIES_TBL_RECORD_STATUS] DEFAULT ((0)),
[BadAddressFlag] [bit] NULL,
[AltBadAddressFlag] [bit] NULL,
[ResCodeId] [int] NULL,
[AltResCodeId] [int] NULL,
[AddressFromDate] [datetime] NULL,
[AddressToDate] [datetime] NULL,
[AddressLineOne] [nvarchar] (100) NULL,
[AddressLineTwo] [nvarchar] (100) NULL,
[CityName] [nvarchar] (30) NULL,
[StateCode] [nvarchar] (30) NULL,
[ZipCode] [nvarchar] (15) NULL CONSTRAINT [DF_Families_ZipCode] DEFAULT (''),
[CountryName] [nvarchar] (40) NULL,
[StreetName] [nvarchar] (40) NULL,
[HomePhone] [nvarchar] (20) NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[HeadOfHouseholdId] [int] NULL,
[HeadOfHouseholdSpouseId] [int] NULL,
[CoupleFlag] [int] NULL,
[HomePhoneLU] [char] (7) NULL,
[HomePhoneAC] [char] (3) NULL,
[Comments] [nvarchar] (3000) NULL,
[PictureId] [int] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[FamilyExtra]
(
[FamilyId] [int] NOT NULL,
[Field] [nvarchar] (50) NOT NULL,
[StrValue] [nvarchar] (200) NULL,
[DateValue] [datetime] NULL,
[TransactionTime] [datetime] NOT NULL CONSTRAINT [DF_FamilyExtra_TransactionTime] DEFAULT (((1)/(1))/(1900)),
[Data] [nvarchar] (max) NULL,
[IntValue] [int] NULL,
[BitValue] [bit] NULL,
[FieldValue] AS (([Field]+':')+isnull([StrValue],[BitValue])),
[UseAllValues] [bit] NULL,
[Type] AS (((((case  when [UseAllValues]=(1) then 'Data' else '' end+case  when [StrValue] IS NOT NULL then 'Code' else '' end)+case  when [Data] IS NOT NULL then 'Text' else '' end)+case  when [DateValue] IS NOT NULL then 'Date' else '' end)+case  when [IntValue] IS NOT NULL then 'Int' else '' end)+case  when [BitValue] IS NOT NULL then 'Bit' else '' end)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[GeoCodes]
(
[Address] [nvarchar] (80) NOT NULL,
[Latitude] [float] NOT NULL CONSTRAINT [DF_GeoCodes_Latitude] DEFAULT ((0)),
[Longitude] [float] NOT NULL CONSTRAINT [DF_GeoCodes_Longitude] DEFAULT ((0))
) ON [PRIMARY];

CREATE TABLE [dbo].[GoerSenderAmounts]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[OrgId] [int] NOT NULL,
[SupporterId] [int] NOT NULL,
[GoerId] [int] NULL,
[Amount] [money] NULL,
[Created] [datetime] NULL,
[InActive] [bit] NULL,
[NoNoticeToGoer] [bit] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[GoerSupporter]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[GoerId] [int] NOT NULL,
[SupporterId] [int] NULL,
[NoDbEmail] [varchar] (80) NULL,
[Active] [bit] NULL,
[Unsubscribe] [bit] NULL,
[Created] [datetime] NOT NULL,
[Salutation] [nvarchar] (80) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[IpLog]
(
[ip] [varchar] (50) NOT NULL,
[id] [varchar] (300) NOT NULL,
[tm] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[ManagedGiving]
(
[PeopleId] [int] NOT NULL,
[StartWhen] [datetime] NULL,
[NextDate] [datetime] NULL,
[SemiEvery] [nvarchar] (2) NULL,
[Day1] [int] NULL,
[Day2] [int] NULL,
[EveryN] [int] NULL,
[Period] [nvarchar] (2) NULL,
[StopWhen] [datetime] NULL,
[StopAfter] [int] NULL,
[type] [nvarchar] (2) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[MeetingExtra]
(
[MeetingId] [int] NOT NULL,
[Field] [nvarchar] (50) NOT NULL,
[Data] [nvarchar] (max) NULL,
[DataType] [nvarchar] (5) NULL,
[StrValue] [nvarchar] (200) NULL,
[DateValue] [datetime] NULL,
[IntValue] [int] NULL,
[BitValue] [bit] NULL,
[TransactionTime] [datetime] NULL,
[UseAllValues] [bit] NULL,
[Type] AS (((((case  when [UseAllValues]=(1) then 'Data' else '' end+case  when [StrValue] IS NOT NULL then 'Code' else '' end)+case  when [Data] IS NOT NULL then 'Text' else '' end)+case  when [DateValue] IS NOT NULL then 'Date' else '' end)+case  when [IntValue] IS NOT NULL then 'Int' else '' end)+case  when [BitValue] IS NOT NULL then 'Bit' else '' end)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Meetings]
(
[MeetingId] [int] NOT NULL IDENTITY(1, 1),
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[OrganizationId] [int] NOT NULL,
[NumPresent] [int] NOT NULL CONSTRAINT [DF__MEETINGS___NUM_P__4D4B3A2F] DEFAULT ((0)),
[NumMembers] [int] NOT NULL CONSTRAINT [DF__MEETINGS___NUM_M__4F3382A1] DEFAULT ((0)),
[NumVstMembers] [int] NOT NULL CONSTRAINT [DF__MEETINGS___NUM_V__5027A6DA] DEFAULT ((0)),
[NumRepeatVst] [int] NOT NULL CONSTRAINT [DF__MEETINGS___NUM_R__511BCB13] DEFAULT ((0)),
[NumNewVisit] [int] NOT NULL CONSTRAINT [DF__MEETINGS___NUM_N__520FEF4C] DEFAULT ((0)),
[Location] [nvarchar] (200) NULL,
[MeetingDate] [datetime] NULL,
[GroupMeetingFlag] [bit] NOT NULL CONSTRAINT [DF__MEETINGS___GROUP__5AA5354D] DEFAULT ((0)),
[Description] [nvarchar] (100) NULL,
[NumOutTown] [int] NULL,
[NumOtherAttends] [int] NULL,
[AttendCreditId] [int] NULL,
[ScheduleId] AS ((datepart(weekday,[MeetingDate])*(10000)+(datepart(hour,[MeetingDate])*(100)))+datepart(minute,[MeetingDate])),
[NoAutoAbsents] [bit] NULL,
[HeadCount] [int] NULL,
[MaxCount] AS (case  when [HeadCount]>[NumPresent] then [HeadCount] else [NumPresent] end)
) ON [PRIMARY];

CREATE TABLE [dbo].[MemberDocForm]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[PeopleId] [int] NOT NULL,
[DocDate] [datetime] NULL,
[UploaderId] [int] NULL,
[IsDocument] [bit] NULL,
[Purpose] [nvarchar] (30) NULL,
[LargeId] [int] NULL,
[MediumId] [int] NULL,
[SmallId] [int] NULL,
[Name] [nvarchar] (100) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[MergeHistory]
(
[FromId] [int] NOT NULL,
[ToId] [int] NOT NULL,
[FromName] [nvarchar] (150) NULL,
[ToName] [nvarchar] (150) NULL,
[Dt] [datetime] NOT NULL CONSTRAINT [DF_MergeHistory_Dt] DEFAULT (getdate()),
[WhoName] [nvarchar] (150) NULL,
[WhoId] [int] NULL,
[Action] [varchar] (50) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Ministries]
(
[MinistryId] [int] NOT NULL IDENTITY(1, 1),
[MinistryName] [nvarchar] (50) NULL,
[CreatedBy] [int] NULL,
[CreatedDate] [datetime] NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[RecordStatus] [bit] NULL,
[DepartmentId] [int] NULL,
[MinistryDescription] [nvarchar] (512) NULL,
[MinistryContactId] [int] NULL,
[ChurchId] [int] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[MobileAppDevices]
(
[id] [int] NOT NULL IDENTITY(1, 1),
[created] [datetime] NOT NULL CONSTRAINT [DF_MobileAppDevices_created] DEFAULT (((0)-(0))-(0)),
[lastSeen] [datetime] NOT NULL CONSTRAINT [DF_MobileAppDevices_lastSeen] DEFAULT (((0)-(0))-(0)),
[deviceTypeID] [int] NOT NULL CONSTRAINT [DF_MobileAppDevices_deviceTypeID] DEFAULT ((0)),
[instanceID] [varchar] (255) NOT NULL CONSTRAINT [DF_Table_1_instance] DEFAULT (''),
[notificationID] [varchar] (max) NOT NULL CONSTRAINT [DF_MobileAppDevices_notificationID] DEFAULT (''),
[userID] [int] NULL,
[peopleID] [int] NULL,
[authentication] [varchar] (64) NOT NULL CONSTRAINT [DF_MobileAppDevices_authentication] DEFAULT (''),
[code] [varchar] (64) NOT NULL CONSTRAINT [DF_MobileAppDevices_code] DEFAULT (''),
[codeExpires] [datetime] NOT NULL CONSTRAINT [DF_MobileAppDevices_codeExpires] DEFAULT ('1970-01-01 00:00:00'),
[codeEmail] [varchar] (255) NOT NULL CONSTRAINT [DF_MobileAppDevices_codeEmail] DEFAULT ('')
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[MobileAppPushRegistrations]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[Type] [int] NOT NULL CONSTRAINT [DF_MobileAppPushRegistrations_type] DEFAULT ((0)),
[PeopleId] [int] NOT NULL CONSTRAINT [DF_MobileAppPushRegistrations_peopleId] DEFAULT ((0)),
[RegistrationId] [varchar] (max) NOT NULL CONSTRAINT [DF_MobileAppPushRegistrations_registrationId] DEFAULT (''),
[Priority] [int] NOT NULL CONSTRAINT [DF_MobileAppPushRegistrations_Priority] DEFAULT ((0)),
[Enabled] [bit] NOT NULL CONSTRAINT [DF_MobileAppPushRegistrations_enabled] DEFAULT ((1)),
[rebranded] [int] NOT NULL CONSTRAINT [DF_MobileAppPushRegistrations_rebranded] DEFAULT ((0))
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[OneTimeLinks]
(
[Id] [uniqueidentifier] NOT NULL,
[querystring] [nvarchar] (2000) NULL,
[used] [bit] NOT NULL CONSTRAINT [DF_OneTimeLinks_used] DEFAULT ((0)),
[expires] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[OrgMemberExtra]
(
[OrganizationId] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[Field] [nvarchar] (50) NOT NULL,
[Data] [nvarchar] (max) NULL,
[DataType] [nvarchar] (5) NULL,
[StrValue] [nvarchar] (200) NULL,
[DateValue] [datetime] NULL,
[IntValue] [int] NULL,
[BitValue] [bit] NULL,
[TransactionTime] [datetime] NULL,
[UseAllValues] [bit] NULL,
[Type] AS (((((case  when [UseAllValues]=(1) then 'Data' else '' end+case  when [StrValue] IS NOT NULL then 'Code' else '' end)+case  when [Data] IS NOT NULL then 'Text' else '' end)+case  when [DateValue] IS NOT NULL then 'Date' else '' end)+case  when [IntValue] IS NOT NULL then 'Int' else '' end)+case  when [BitValue] IS NOT NULL then 'Bit' else '' end)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[OrganizationMembers]
(
[OrganizationId] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[CreatedBy] [int] NULL,
[CreatedDate] [datetime] NULL,
[MemberTypeId] [int] NOT NULL,
[EnrollmentDate] [datetime] NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[InactiveDate] [datetime] NULL,
[AttendStr] [nvarchar] (300) NULL,
[AttendPct] [real] NULL,
[LastAttended] [datetime] NULL,
[Pending] [bit] NULL,
[UserData] [nvarchar] (max) NULL,
[Amount] [money] NULL,
[Request] [nvarchar] (140) NULL,
[ShirtSize] [nvarchar] (50) NULL,
[Grade] [int] NULL,
[Tickets] [int] NULL,
[Moved] [bit] NULL,
[RegisterEmail] [nvarchar] (80) NULL,
[AmountPaid] [money] NULL,
[PayLink] [nvarchar] (100) NULL,
[TranId] [int] NULL,
[Score] [int] NOT NULL CONSTRAINT [DF_OrganizationMembers_Score] DEFAULT ((0)),
[DatumId] [int] NULL,
[Hidden] [bit] NULL,
[SkipInsertTriggerProcessing] [bit] NULL,
[RegistrationDataId] [int] NULL,
[OnlineRegData] [xml] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Organizations]
(
[OrganizationId] [int] NOT NULL IDENTITY(1, 1),
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[OrganizationStatusId] [int] NOT NULL,
[DivisionId] [int] NULL,
[LeaderMemberTypeId] [int] NULL,
[GradeAgeStart] [int] NULL,
[GradeAgeEnd] [int] NULL,
[RollSheetVisitorWks] [int] NULL,
[SecurityTypeId] [int] NOT NULL,
[FirstMeetingDate] [datetime] NULL,
[LastMeetingDate] [datetime] NULL,
[OrganizationClosedDate] [datetime] NULL,
[Location] [nvarchar] (200) NULL,
[OrganizationName] [nvarchar] (100) NOT NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[EntryPointId] [int] NULL,
[ParentOrgId] [int] NULL,
[AllowAttendOverlap] [bit] NOT NULL CONSTRAINT [DF_Organizations_AllowAttendOverlap] DEFAULT ((0)),
[MemberCount] [int] NULL,
[LeaderId] [int] NULL,
[LeaderName] [nvarchar] (50) NULL,
[ClassFilled] [bit] NULL,
[OnLineCatalogSort] [int] NULL,
[PendingLoc] [nvarchar] (40) NULL,
[CanSelfCheckin] [bit] NULL,
[NumCheckInLabels] [int] NULL,
[CampusId] [int] NULL,
[AllowNonCampusCheckIn] [bit] NULL,
[NumWorkerCheckInLabels] [int] NULL,
[ShowOnlyRegisteredAtCheckIn] [bit] NULL,
[Limit] [int] NULL,
[GenderId] [int] NULL,
[Description] [nvarchar] (max) NULL,
[BirthDayStart] [datetime] NULL,
[BirthDayEnd] [datetime] NULL,
[LastDayBeforeExtra] [datetime] NULL,
[RegistrationTypeId] [int] NULL,
[ValidateOrgs] [nvarchar] (60) NULL,
[PhoneNumber] [nvarchar] (25) NULL,
[RegistrationClosed] [bit] NULL,
[AllowKioskRegister] [bit] NULL,
[WorshipGroupCodes] [nvarchar] (100) NULL,
[IsBibleFellowshipOrg] [bit] NULL,
[NoSecurityLabel] [bit] NULL,
[AlwaysSecurityLabel] [bit] NULL,
[DaysToIgnoreHistory] [int] NULL,
[NotifyIds] [varchar] (50) NULL,
[lat] [float] NULL,
[long] [float] NULL,
[RegSetting] [nvarchar] (max) NULL,
[OrgPickList] [varchar] (max) NULL,
[Offsite] [bit] NULL,
[RegStart] [datetime] NULL,
[RegEnd] [datetime] NULL,
[LimitToRole] [nvarchar] (20) NULL,
[OrganizationTypeId] [int] NULL,
[MemberJoinScript] [nvarchar] (50) NULL,
[AddToSmallGroupScript] [nvarchar] (50) NULL,
[RemoveFromSmallGroupScript] [nvarchar] (50) NULL,
[SuspendCheckin] [bit] NULL,
[NoAutoAbsents] [bit] NULL,
[PublishDirectory] [int] NULL,
[ConsecutiveAbsentsThreshold] [int] NULL,
[IsRecreationTeam] [bit] NOT NULL CONSTRAINT [DF_Organizations_IsRecreationTeam] DEFAULT ((0)),
[NotWeekly] [bit] NULL,
[IsMissionTrip] [bit] NULL,
[NoCreditCards] [bit] NULL,
[GiftNotifyIds] [varchar] (50) NULL,
[VisitorDate] AS (CONVERT([datetime],dateadd(day,-(7)*isnull([RollSheetVisitorWks],(3)),CONVERT([date],getdate(),(0))),(0))),
[UseBootstrap] [bit] NULL,
[PublicSortOrder] [varchar] (15) NULL,
[UseRegisterLink2] [bit] NULL,
[AppCategory] [varchar] (15) NULL,
[RegistrationTitle] [nvarchar] (200) NULL,
[PrevMemberCount] [int] NULL,
[ProspectCount] [int] NULL,
[RegSettingXml] [xml] NULL,
[AttendanceBySubGroups] [bit] NULL,
SendAttendanceLink bit NOT NULL CONSTRAINT [DF_Organizations_SendAttendanceLink] DEFAULT (0)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[PaymentInfo]
(
[PeopleId] [int] NOT NULL,
[AuNetCustId] [int] NULL,
[AuNetCustPayId] [int] NULL,
[SageBankGuid] [uniqueidentifier] NULL,
[SageCardGuid] [uniqueidentifier] NULL,
[MaskedAccount] [nvarchar] (30) NULL,
[MaskedCard] [nvarchar] (30) NULL,
[Expires] [nvarchar] (10) NULL,
[testing] [bit] NULL,
[PreferredGivingType] [nvarchar] (2) NULL,
[PreferredPaymentType] [nvarchar] (2) NULL,
[Routing] [nvarchar] (10) NULL,
[FirstName] [nvarchar] (50) NULL,
[MiddleInitial] [nvarchar] (10) NULL,
[LastName] [nvarchar] (50) NULL,
[Suffix] [nvarchar] (10) NULL,
[Address] [nvarchar] (50) NULL,
[City] [nvarchar] (50) NULL,
[State] [nvarchar] (10) NULL,
[Zip] [nvarchar] (15) NULL,
[Phone] [nvarchar] (25) NULL,
[TbnBankVaultId] [int] NULL,
[TbnCardVaultId] [int] NULL,
[AuNetCustPayBankId] [int] NULL,
[BluePayCardVaultId] [nvarchar] (50) NULL,
[Address2] [nvarchar] (50) NULL,
[Country] [nvarchar] (50) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[People]
(
[PeopleId] [int] NOT NULL IDENTITY(1, 1),
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NULL,
[DropCodeId] [int] NOT NULL,
[GenderId] [int] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_GENDER_ID] DEFAULT ((0)),
[DoNotMailFlag] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_DO_NOT_MAIL_FLAG] DEFAULT ((0)),
[DoNotCallFlag] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_DO_NOT_CALL_FLAG] DEFAULT ((0)),
[DoNotVisitFlag] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_DO_NOT_VISIT_FLAG] DEFAULT ((0)),
[AddressTypeId] [int] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_ADDRESS_TYPE_ID] DEFAULT ((10)),
[PhonePrefId] [int] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_PHONE_PREF_ID] DEFAULT ((10)),
[MaritalStatusId] [int] NOT NULL,
[PositionInFamilyId] [int] NOT NULL,
[MemberStatusId] [int] NOT NULL,
[FamilyId] [int] NOT NULL,
[BirthMonth] [int] NULL,
[BirthDay] [int] NULL,
[BirthYear] [int] NULL,
[OriginId] [int] NULL,
[EntryPointId] [int] NULL,
[InterestPointId] [int] NULL,
[BaptismTypeId] [int] NULL,
[BaptismStatusId] [int] NULL,
[DecisionTypeId] [int] NULL,
[NewMemberClassStatusId] [int] NULL,
[LetterStatusId] [int] NULL,
[JoinCodeId] [int] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_JOIN_CODE_ID] DEFAULT ((0)),
[EnvelopeOptionsId] [int] NULL,
[BadAddressFlag] [bit] NULL,
[ResCodeId] [int] NULL,
[AddressFromDate] [datetime] NULL,
[AddressToDate] [datetime] NULL,
[WeddingDate] [datetime] NULL,
[OriginDate] [datetime] NULL,
[BaptismSchedDate] [datetime] NULL,
[BaptismDate] [datetime] NULL,
[DecisionDate] [datetime] NULL,
[LetterDateRequested] [datetime] NULL,
[LetterDateReceived] [datetime] NULL,
[JoinDate] [datetime] NULL,
[DropDate] [datetime] NULL,
[DeceasedDate] [datetime] NULL,
[TitleCode] [nvarchar] (10) NULL,
[FirstName] [nvarchar] (25) NULL,
[MiddleName] [nvarchar] (30) NULL,
[MaidenName] [nvarchar] (20) NULL,
[LastName] [nvarchar] (100) NOT NULL,
[SuffixCode] [nvarchar] (10) NULL,
[NickName] [nvarchar] (25) NULL,
[AddressLineOne] [nvarchar] (100) NULL,
[AddressLineTwo] [nvarchar] (100) NULL,
[CityName] [nvarchar] (30) NULL,
[StateCode] [nvarchar] (30) NULL,
[ZipCode] [nvarchar] (15) NULL CONSTRAINT [DF_People_ZipCode] DEFAULT (''),
[CountryName] [nvarchar] (40) NULL,
[StreetName] [nvarchar] (40) NULL,
[CellPhone] [nvarchar] (20) NULL,
[WorkPhone] [nvarchar] (20) NULL,
[EmailAddress] [nvarchar] (150) NULL,
[OtherPreviousChurch] [nvarchar] (120) NULL,
[OtherNewChurch] [nvarchar] (60) NULL,
[SchoolOther] [nvarchar] (100) NULL,
[EmployerOther] [nvarchar] (120) NULL,
[OccupationOther] [nvarchar] (120) NULL,
[HobbyOther] [nvarchar] (40) NULL,
[SkillOther] [nvarchar] (40) NULL,
[InterestOther] [nvarchar] (40) NULL,
[LetterStatusNotes] [nvarchar] (3000) NULL,
[Comments] [nvarchar] (3000) NULL,
[ChristAsSavior] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_CHRIST_AS_SAVIOR] DEFAULT ((0)),
[MemberAnyChurch] [bit] NULL,
[InterestedInJoining] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_INTERESTED_IN_JOINING] DEFAULT ((0)),
[PleaseVisit] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_PLEASE_VISIT] DEFAULT ((0)),
[InfoBecomeAChristian] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_INFO_BECOME_A_CHRISTIAN] DEFAULT ((0)),
[ContributionsStatement] [bit] NOT NULL CONSTRAINT [DF_PEOPLE_TBL_CONTRIBUTIONS_STATEMENT] DEFAULT ((0)),
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL,
[PictureId] [int] NULL,
[ContributionOptionsId] [int] NULL,
[PrimaryCity] [nvarchar] (30) NULL,
[PrimaryZip] [nvarchar] (15) NULL,
[PrimaryAddress] [nvarchar] (100) NULL,
[PrimaryState] [nvarchar] (20) NULL,
[HomePhone] [nvarchar] (20) NULL,
[SpouseId] [int] NULL,
[PrimaryAddress2] [nvarchar] (100) NULL,
[PrimaryResCode] [int] NULL,
[PrimaryBadAddrFlag] [int] NULL,
[LastContact] [datetime] NULL,
[Grade] [int] NULL,
[CellPhoneLU] [char] (7) NULL,
[WorkPhoneLU] [char] (7) NULL,
[BibleFellowshipClassId] [int] NULL,
[CampusId] [int] NULL,
[CellPhoneAC] [char] (3) NULL,
[CheckInNotes] [nvarchar] (1000) NULL,
[Age] AS ((datepart(year,isnull([DeceasedDate],getdate()))-[BirthYear])-case  when [BirthMonth]>datepart(month,isnull([DeceasedDate],getdate())) OR [BirthMonth]=datepart(month,isnull([DeceasedDate],getdate())) AND [BirthDay]>datepart(day,isnull([DeceasedDate],getdate())) then (1) else (0) end),
[AltName] [nvarchar] (100) NULL,
[CustodyIssue] [bit] NULL,
[OkTransport] [bit] NULL,
[BDate] AS (dateadd(month,(([BirthYear]-(1900))*(12)+[BirthMonth])-(1),[Birthday]-(1))),
[HasDuplicates] [bit] NULL,
[FirstName2] [nvarchar] (50) NULL,
[EmailAddress2] [nvarchar] (60) NULL,
[SendEmailAddress1] [bit] NULL,
[SendEmailAddress2] [bit] NULL,
[NewMemberClassDate] [datetime] NULL,
[PrimaryCountry] [nvarchar] (40) NULL,
[ReceiveSMS] [bit] NOT NULL CONSTRAINT [DF_People_ReceiveSMS] DEFAULT ((0)),
[DoNotPublishPhones] [bit] NULL,
[IsDeceased] AS (CONVERT([bit],case  when [DeceasedDate] IS NULL then (0) else (1) end,(0))),
[SSN] [nvarchar] (50) NULL,
[DLN] [nvarchar] (75) NULL,
[DLStateID] [int] NULL,
[HashNum] AS (checksum([FirstName]+[LastName])),
[PreferredName] AS (case  when [Nickname]<>'' then [nickname] else [FirstName] end),
[Name2] AS ((([LastName]+', ')+case  when [Nickname]<>'' then [nickname] else [FirstName] end)+case  when len([SuffixCode])>(0) then ', '+[SuffixCode] else '' end),
[Name] AS (((case  when [Nickname]<>'' then [nickname] else isnull([FirstName],'') end+' ')+[LastName])+case  when len([SuffixCode])>(0) then ', '+[SuffixCode] else '' end),
[ElectronicStatement] [bit] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[PeopleCanEmailFor]
(
[CanEmail] [int] NOT NULL,
[OnBehalfOf] [int] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[PeopleExtra]
(
[PeopleId] [int] NOT NULL,
[TransactionTime] [datetime] NOT NULL CONSTRAINT [DF_PeopleExtra_TransactionTime] DEFAULT (((1)/(1))/(1900)),
[Field] [nvarchar] (150) NOT NULL,
[StrValue] [nvarchar] (200) NULL,
[DateValue] [datetime] NULL,
[Data] [nvarchar] (max) NULL,
[IntValue] [int] NULL,
[IntValue2] [int] NULL,
[BitValue] [bit] NULL,
[FieldValue] AS (([Field]+':')+isnull([StrValue],[BitValue])),
[UseAllValues] [bit] NULL,
[Instance] [int] NOT NULL CONSTRAINT [DF_PeopleExtra_Instance] DEFAULT ((1)),
[IsAttributes] [bit] NULL,
[Type] AS (case  when [UseAllValues]=(1) then 'Data' when [IsAttributes]=(1) then 'Attr' else (((case  when [StrValue] IS NOT NULL then 'Code' else '' end+case  when [Data] IS NOT NULL then 'Text' else '' end)+case  when [DateValue] IS NOT NULL then 'Date' else '' end)+case  when [IntValue] IS NOT NULL then 'Int' else '' end)+case  when [BitValue] IS NOT NULL then 'Bit' else '' end end),
[Metadata] [nvarchar] (max) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Picture]
(
[PictureId] [int] NOT NULL IDENTITY(1, 1),
[CreatedDate] [datetime] NULL,
[CreatedBy] [nvarchar] (50) NULL,
[LargeId] [int] NULL,
[MediumId] [int] NULL,
[SmallId] [int] NULL,
[ThumbId] [int] NULL,
[X] [int] NULL,
[Y] [int] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Preferences]
(
[UserId] [int] NOT NULL,
[Preference] [nvarchar] (30) NOT NULL,
[Value] [nvarchar] (max) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[PrevOrgMemberExtra]
(
[EnrollmentTranId] [int] NOT NULL,
[OrganizationId] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[Field] [nvarchar] (50) NOT NULL,
[Data] [nvarchar] (max) NULL,
[DataType] [nvarchar] (5) NULL,
[StrValue] [nvarchar] (200) NULL,
[DateValue] [datetime] NULL,
[IntValue] [int] NULL,
[BitValue] [bit] NULL,
[TransactionTime] [datetime] NULL,
[UseAllValues] [bit] NULL,
[Type] AS (((((case  when [UseAllValues]=(1) then 'Data' else '' end+case  when [StrValue] IS NOT NULL then 'Code' else '' end)+case  when [Data] IS NOT NULL then 'Text' else '' end)+case  when [DateValue] IS NOT NULL then 'Date' else '' end)+case  when [IntValue] IS NOT NULL then 'Int' else '' end)+case  when [BitValue] IS NOT NULL then 'Bit' else '' end)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Program]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[Name] [nvarchar] (50) NULL,
[RptGroup] [nvarchar] (200) NULL,
[StartHoursOffset] [real] NULL,
[EndHoursOffset] [real] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[QBConnections]
(
[ID] [int] NOT NULL IDENTITY(1, 1),
[Creation] [datetime] NOT NULL CONSTRAINT [DF_QBConnections_Creation] DEFAULT ((0)),
[UserID] [int] NOT NULL CONSTRAINT [DF_QBConnections_UserID] DEFAULT ((0)),
[Active] [tinyint] NOT NULL CONSTRAINT [DF_QBConnections_Active] DEFAULT ((0)),
[DataSource] [char] (3) NOT NULL CONSTRAINT [DF_QBConnections_DataSource] DEFAULT (''),
[Token] [nvarchar] (max) NOT NULL CONSTRAINT [DF_QBConnections_Token] DEFAULT (''),
[Secret] [nvarchar] (max) NOT NULL CONSTRAINT [DF_QBConnections_Secret] DEFAULT (''),
[RealmID] [nvarchar] (max) NOT NULL CONSTRAINT [DF_QBConnections_RealmID] DEFAULT ('')
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Query]
(
[QueryId] [uniqueidentifier] NOT NULL,
[text] [nvarchar] (max) NULL,
[owner] [nvarchar] (50) NULL,
[created] [datetime] NULL,
[lastRun] [datetime] NULL,
[name] [nvarchar] (100) NULL,
[ispublic] [bit] NOT NULL CONSTRAINT [DF_Query_ispublic] DEFAULT ((0)),
[runCount] [int] NOT NULL CONSTRAINT [DF_Query_runCount] DEFAULT ((0)),
[CopiedFrom] [uniqueidentifier] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[RecReg]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[PeopleId] [int] NULL,
[ImgId] [int] NULL,
[IsDocument] [bit] NULL,
[ActiveInAnotherChurch] [bit] NULL,
[ShirtSize] [nvarchar] (50) NULL,
[MedAllergy] [bit] NULL,
[email] [nvarchar] (80) NULL,
[MedicalDescription] [nvarchar] (1000) NULL,
[fname] [nvarchar] (80) NULL,
[mname] [nvarchar] (80) NULL,
[coaching] [bit] NULL,
[member] [bit] NULL,
[emcontact] [nvarchar] (100) NULL,
[emphone] [nvarchar] (50) NULL,
[doctor] [nvarchar] (100) NULL,
[docphone] [nvarchar] (50) NULL,
[insurance] [nvarchar] (100) NULL,
[policy] [nvarchar] (100) NULL,
[Comments] [nvarchar] (max) NULL,
[Tylenol] [bit] NULL,
[Advil] [bit] NULL,
[Maalox] [bit] NULL,
[Robitussin] [bit] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[RegistrationData]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[Data] [xml] NULL,
[Stamp] [datetime] NULL,
[completed] [bit] NULL,
[OrganizationId] [int] NULL,
[UserPeopleId] [int] NULL,
[abandoned] [bit] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[RelatedFamilies]
(
[FamilyId] [int] NOT NULL,
[RelatedFamilyId] [int] NOT NULL,
[CreatedBy] [int] NOT NULL,
[CreatedDate] [datetime] NOT NULL,
[FamilyRelationshipDesc] [nvarchar] (256) NOT NULL,
[ModifiedBy] [int] NULL,
[ModifiedDate] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Resource]
(
[ResourceId] [int] NOT NULL IDENTITY(1, 1),
[Name] [nvarchar] (100) NULL,
[Description] [nvarchar] (max) NULL,
[CreationDate] [datetime] NULL,
[UpdateDate] [datetime] NULL,
[PeopleId] [int] NULL,
[OrganizationId] [int] NULL,
[CampusId] [int] NULL,
[DivisionId] [int] NULL,
[MemberTypeIds] [nvarchar] (50) NULL,
[DisplayOrder] [int] NULL,
[ResourceTypeId] [int] NOT NULL,
[ResourceCategoryId] [int] NOT NULL,
[OrganizationTypeId] [int] NULL,
[StatusFlagIds] [nvarchar] (max) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[SMSGroupMembers]
(
[ID] [int] NOT NULL IDENTITY(1, 1),
[GroupID] [int] NOT NULL,
[UserID] [int] NOT NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[SMSGroups]
(
[ID] [int] NOT NULL IDENTITY(1, 1),
[Name] [nvarchar] (50) NOT NULL,
[Description] [nvarchar] (max) NOT NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[SMSItems]
(
[ID] [int] NOT NULL IDENTITY(1, 1),
[ListID] [int] NOT NULL CONSTRAINT [DF_SMSItems_siListID] DEFAULT ((0)),
[PeopleID] [int] NOT NULL CONSTRAINT [DF_SMSItems_siSentToID] DEFAULT ((0)),
[Sent] [bit] NOT NULL CONSTRAINT [DF_SMSItems_Sent] DEFAULT ((0)),
[Number] [nvarchar] (25) NOT NULL CONSTRAINT [DF_SMSItems_SendAddress] DEFAULT (''),
[NoNumber] [bit] NOT NULL CONSTRAINT [DF_SMSItems_NoNumber] DEFAULT ((0)),
[NoOptIn] [bit] NOT NULL CONSTRAINT [DF_SMSItems_NoOptIn] DEFAULT ((0)),
[ResultStatus] [varchar] (50) NULL,
[ErrorMessage] [varchar] (300) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[SMSList]
(
[ID] [int] NOT NULL IDENTITY(1, 1),
[Created] [datetime] NOT NULL CONSTRAINT [DF_SMSList1_slCreated] DEFAULT ((0)),
[SenderID] [int] NOT NULL CONSTRAINT [DF_SMSList1_slSenderID] DEFAULT ((0)),
[SendAt] [datetime] NOT NULL CONSTRAINT [DF_SMSList1_slSendAt] DEFAULT ((0)),
[SendGroupID] [int] NOT NULL CONSTRAINT [DF_SMSList_SendGroupID] DEFAULT ((0)),
[Message] [nvarchar] (160) NOT NULL CONSTRAINT [DF_SMSList1_slMessage] DEFAULT (''),
[SentSMS] [int] NOT NULL CONSTRAINT [DF_SMSList1_slSentSMS] DEFAULT ((0)),
[SentNone] [int] NOT NULL CONSTRAINT [DF_SMSList1_slSentNone] DEFAULT ((0)),
[Title] [nvarchar] (150) NOT NULL CONSTRAINT [DF_SMSList_Title] DEFAULT ('')
) ON [PRIMARY];

CREATE TABLE [dbo].[SMSNumbers]
(
[ID] [int] NOT NULL IDENTITY(1, 1),
[GroupID] [int] NOT NULL CONSTRAINT [DF_SMSNumber_GroupID] DEFAULT ((0)),
[Number] [nvarchar] (50) NOT NULL CONSTRAINT [DF_SMSNumbers_Number] DEFAULT (''),
[LastUpdated] [datetime] NOT NULL CONSTRAINT [DF_SMSNumbers_LastUpdated] DEFAULT ((0))
) ON [PRIMARY];

CREATE TABLE [dbo].[SecurityCodes]
(
[Id] [int] NOT NULL,
[Code] [char] (4) NOT NULL,
[DateUsed] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[SubRequest]
(
[AttendId] [int] NOT NULL,
[RequestorId] [int] NOT NULL,
[Requested] [datetime] NOT NULL,
[SubstituteId] [int] NOT NULL,
[Responded] [datetime] NULL,
[CanSub] [bit] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Tag]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[Name] [nvarchar] (200) NOT NULL,
[TypeId] [int] NOT NULL CONSTRAINT [DF_Tag_TypeId] DEFAULT ((1)),
[Owner] [nvarchar] (50) NULL,
[Active] [bit] NULL,
[PeopleId] [int] NULL,
[OwnerName] AS ([dbo].[UName]([PeopleId])),
[Created] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[TagPerson]
(
[Id] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[DateCreated] [datetime] NULL CONSTRAINT [DF_TagPerson_DateCreated] DEFAULT (getdate())
) ON [PRIMARY];

CREATE TABLE [dbo].[Task]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[OwnerId] [int] NOT NULL,
[ListId] [int] NOT NULL,
[CoOwnerId] [int] NULL,
[CoListId] [int] NULL,
[StatusId] [int] NULL,
[CreatedOn] [datetime] NOT NULL,
[SourceContactId] [int] NULL,
[CompletedContactId] [int] NULL,
[Notes] [nvarchar] (max) NULL,
[ModifiedBy] [int] NULL,
[ModifiedOn] [datetime] NULL,
[Project] [nvarchar] (50) NULL,
[Archive] [bit] NOT NULL CONSTRAINT [DF_Task_Archive] DEFAULT ((0)),
[Priority] [int] NULL,
[WhoId] [int] NULL,
[Due] [datetime] NULL,
[Location] [nvarchar] (50) NULL,
[Description] [nvarchar] (100) NULL,
[CompletedOn] [datetime] NULL,
[ForceCompleteWContact] [bit] NULL,
[OrginatorId] [int] NULL,
[DeclineReason] [nvarchar] (max) NULL,
[LimitToRole] [nvarchar] (50) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[Transaction]
(
[Id] [int] NOT NULL IDENTITY(1, 1),
[TransactionDate] [datetime] NULL,
[TransactionGateway] [nvarchar] (50) NULL,
[DatumId] [int] NULL,
[testing] [bit] NULL,
[amt] [money] NULL,
[ApprovalCode] [nvarchar] (150) NULL,
[Approved] [bit] NULL,
[TransactionId] [nvarchar] (50) NULL,
[Message] [nvarchar] (150) NULL,
[AuthCode] [nvarchar] (150) NULL,
[amtdue] [money] NULL,
[URL] [nvarchar] (300) NULL,
[Description] [nvarchar] (180) NULL,
[Name] [nvarchar] (100) NULL,
[Address] [nvarchar] (50) NULL,
[City] [nvarchar] (50) NULL,
[State] [nvarchar] (20) NULL,
[Zip] [nvarchar] (15) NULL,
[Phone] [nvarchar] (20) NULL,
[Emails] [nvarchar] (max) NULL,
[Participants] [nvarchar] (max) NULL,
[OrgId] [int] NULL,
[OriginalId] [int] NULL,
[regfees] [money] NULL,
[donate] [money] NULL,
[fund] [nvarchar] (50) NULL,
[financeonly] [bit] NULL,
[voided] [bit] NULL,
[credited] [bit] NULL,
[coupon] [bit] NULL,
[moneytran] AS (CONVERT([bit],case  when [amt]<>(0) AND [approved]=(1) then (1) else (0) end,(0))),
[settled] [datetime] NULL,
[batch] [datetime] NULL,
[batchref] [nvarchar] (50) NULL,
[batchtyp] [nvarchar] (50) NULL,
[fromsage] [bit] NULL,
[LoginPeopleId] [int] NULL,
[First] [nvarchar] (50) NULL,
[MiddleInitial] [nvarchar] (1) NULL,
[Last] [nvarchar] (50) NULL,
[Suffix] [nvarchar] (10) NULL,
[AdjustFee] [bit] NULL,
[LastFourCC] [nvarchar] (4) NULL,
[LastFourACH] [nvarchar] (4) NULL,
[PaymentType] [nvarchar] (1) NULL,
[Address2] [nvarchar] (50) NULL,
[Country] [nvarchar] (50) NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[TransactionPeople]
(
[Id] [int] NOT NULL,
[PeopleId] [int] NOT NULL,
[Amt] [money] NULL,
[OrgId] [int] NULL,
[Donor] [bit] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[UploadPeopleRun]
(
[id] [int] NOT NULL IDENTITY(1, 1),
[meetingid] [int] NULL,
[started] [datetime] NULL,
[count] [int] NULL,
[processed] [int] NULL,
[completed] [datetime] NULL,
[error] [nvarchar] (200) NULL,
[running] AS (case  when [completed] IS NULL AND [error] IS NULL AND datediff(minute,[started],getdate())<(120) then (1) else (0) end),
[description] [nvarchar] (100) NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Users]
(
[UserId] [int] NOT NULL IDENTITY(1, 1),
[PeopleId] [int] NULL,
[Username] [nvarchar] (50) NOT NULL,
[Comment] [nvarchar] (255) NULL,
[Password] [nvarchar] (128) NOT NULL,
[PasswordQuestion] [nvarchar] (255) NULL,
[PasswordAnswer] [nvarchar] (255) NULL,
[IsApproved] [bit] NOT NULL CONSTRAINT [DF_Users_IsApproved] DEFAULT ((0)),
[LastActivityDate] [datetime] NULL,
[LastLoginDate] [datetime] NULL,
[LastPasswordChangedDate] [datetime] NULL,
[CreationDate] [datetime] NULL,
[IsLockedOut] [bit] NOT NULL CONSTRAINT [DF_Users_IsLockedOut] DEFAULT ((0)),
[LastLockedOutDate] [datetime] NULL,
[FailedPasswordAttemptCount] [int] NOT NULL CONSTRAINT [DF_Users_FailedPasswordAttemptCount] DEFAULT ((0)),
[FailedPasswordAttemptWindowStart] [datetime] NULL,
[FailedPasswordAnswerAttemptCount] [int] NOT NULL CONSTRAINT [DF_Users_FailedPasswordAnswerAttemptCount] DEFAULT ((0)),
[FailedPasswordAnswerAttemptWindowStart] [datetime] NULL,
[EmailAddress] AS ([dbo].[UEmail]([PeopleId])),
[ItemsInGrid] [int] NULL,
[CurrentCart] [nvarchar] (100) NULL,
[MustChangePassword] [bit] NOT NULL CONSTRAINT [DF_Users_MustChangePassword] DEFAULT ((0)),
[Host] [nvarchar] (100) NULL,
[TempPassword] [nvarchar] (128) NULL,
[Name] [nvarchar] (50) NULL,
[Name2] [nvarchar] (50) NULL,
[ResetPasswordCode] [uniqueidentifier] NULL,
[DefaultGroup] [nvarchar] (50) NULL,
[ResetPasswordExpires] [datetime] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[VolRequest]
(
[MeetingId] [int] NOT NULL,
[RequestorId] [int] NOT NULL,
[Requested] [datetime] NOT NULL,
[VolunteerId] [int] NOT NULL,
[Responded] [datetime] NULL,
[CanVol] [bit] NULL
) ON [PRIMARY];

CREATE TABLE [dbo].[Volunteer]
(
[PeopleId] [int] NOT NULL,
[StatusId] [int] NULL,
[ProcessedDate] [datetime] NULL,
[Standard] [bit] NOT NULL CONSTRAINT [DF_Volunteer_Standard] DEFAULT ((0)),
[Children] [bit] NOT NULL CONSTRAINT [DF_Volunteer_Children] DEFAULT ((0)),
[Leader] [bit] NOT NULL CONSTRAINT [DF_Volunteer_Leader] DEFAULT ((0)),
[Comments] [nvarchar] (max) NULL,
[MVRStatusId] [int] NULL,
[MVRProcessedDate] [datetime] NULL
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY];

CREATE TABLE [dbo].[VolunteerForm]
(
[PeopleId] [int] NOT NULL,
[AppDate] [datetime] NULL,
[LargeId] [int] NULL,
[MediumId] [int] NULL,
[SmallId] [int] NULL,
[Id] [int] NOT NULL IDENTITY(1, 1),
[UploaderId] [int] NULL,
[IsDocument] [bit] NULL,
[Name] [nvarchar] (50) NULL
) ON [PRIMARY];
