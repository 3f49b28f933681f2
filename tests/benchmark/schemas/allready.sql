-- allReady, the Humanitarian Toolbox's open-source volunteer-management platform (ASP.NET
-- Core, SQL Server, PascalCase names) that disaster-preparedness organisations such as the Red
-- Cross use to recruit volunteers and to dispatch them to residents' requests (smoke-alarm
-- installations): volunteers' user accounts (names, e-mail, phone, password hash, security
-- stamp), organisations, campaigns and events with their managers and manager invitations,
-- contacts, locations, skills, volunteer tasks and sign-ups, itineraries of home visits and the
-- residents' requests (name, address, city, postal code, phone, e-mail, coordinates, notes)
-- with comments, resources and file attachments, postal-code geodata, and ASP.NET Identity's
-- roles, claims, external logins and tokens.
-- Source: https://github.com/HTBox/allReady,
--   AllReadyApp/Web-App/AllReady/Migrations/AllReadyContextModelSnapshot.cs (Entity Framework
--   Core's model of the database the migrations build)
-- Commit: b3d35a17c2d6538c38a2e6a52f1c2914702a6fb7 (the snapshot last changed in db28d4f)
-- Licence: MIT (LICENSE in the source)
-- Derived: the application keeps its schema as an Entity Framework Core model snapshot (C#),
-- not SQL. Each of the 35 entities was translated property by property into the SQL Server
-- table EF Core 2.0 creates: the snapshot's table names (the Identity tables are named by
-- their generic class names, e.g. IdentityUserClaim<string>, which the snapshot records and
-- SQL Server accepts in brackets), string -> nvarchar(max) (nvarchar(N) with a maximum length,
-- nvarchar(450) for key and indexed columns), int -> int (IDENTITY(1,1) for generated keys,
-- enums as int), bool -> bit, DateTime -> datetime2, DateTimeOffset -> datetimeoffset, double
-- -> float, Guid -> uniqueidentifier; nullable value types and strings without IsRequired are
-- NULL; primary keys kept. Indexes and foreign keys are left out.
-- Trimmed: nothing dropped; the five SQL scripts beside the migrations (stored procedures and
-- functions for postal-code distances) hold no tables and are not included.
-- Development source since the sixteenth held-out set was measured (see labels.yaml).

CREATE TABLE [dbo].[ApplicationUser] (
    [Id] nvarchar(450) NOT NULL,
    [AccessFailedCount] int NOT NULL,
    [ConcurrencyStamp] nvarchar(max) NULL,
    [Email] nvarchar(256) NULL,
    [EmailConfirmed] bit NOT NULL,
    [FirstName] nvarchar(max) NULL,
    [LastName] nvarchar(max) NULL,
    [LockoutEnabled] bit NOT NULL,
    [LockoutEnd] datetimeoffset NULL,
    [NormalizedEmail] nvarchar(256) NULL,
    [NormalizedUserName] nvarchar(256) NULL,
    [OrganizationId] int NULL,
    [PasswordHash] nvarchar(max) NULL,
    [PendingNewEmail] nvarchar(max) NULL,
    [PhoneNumber] nvarchar(max) NULL,
    [PhoneNumberConfirmed] bit NOT NULL,
    [SecurityStamp] nvarchar(max) NULL,
    [TimeZoneId] nvarchar(max) NOT NULL,
    [TwoFactorEnabled] bit NOT NULL,
    [UserName] nvarchar(256) NULL,
    CONSTRAINT [PK_ApplicationUser] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[Campaign] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Description] nvarchar(max) NULL,
    [EndDateTime] datetimeoffset NOT NULL,
    [ExternalUrl] nvarchar(max) NULL,
    [ExternalUrlText] nvarchar(max) NULL,
    [Featured] bit NOT NULL,
    [FullDescription] nvarchar(max) NULL,
    [Headline] nvarchar(150) NULL,
    [ImageUrl] nvarchar(max) NULL,
    [LocationId] int NULL,
    [Locked] bit NOT NULL,
    [ManagingOrganizationId] int NOT NULL,
    [Name] nvarchar(max) NOT NULL,
    [OrganizerId] nvarchar(450) NULL,
    [Published] bit NOT NULL,
    [StartDateTime] datetimeoffset NOT NULL,
    [TimeZoneId] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_Campaign] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[CampaignContact] (
    [CampaignId] int NOT NULL,
    [ContactId] int NOT NULL,
    [ContactType] int NOT NULL,
    CONSTRAINT [PK_CampaignContact] PRIMARY KEY ([CampaignId], [ContactId], [ContactType])
);
GO

CREATE TABLE [dbo].[CampaignGoal] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [CampaignId] int NOT NULL,
    [CurrentGoalLevel] int NOT NULL,
    [Display] bit NOT NULL,
    [GoalType] int NOT NULL,
    [NumericGoal] int NOT NULL,
    [TextualGoal] nvarchar(max) NULL,
    CONSTRAINT [PK_CampaignGoal] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[CampaignManager] (
    [UserId] nvarchar(450) NOT NULL,
    [CampaignId] int NOT NULL,
    CONSTRAINT [PK_CampaignManager] PRIMARY KEY ([UserId], [CampaignId])
);
GO

CREATE TABLE [dbo].[CampaignManagerInvite] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [AcceptedDateTimeUtc] datetime2 NULL,
    [CampaignId] int NOT NULL,
    [CustomMessage] nvarchar(max) NULL,
    [InviteeEmailAddress] nvarchar(max) NOT NULL,
    [RejectedDateTimeUtc] datetime2 NULL,
    [RevokedDateTimeUtc] datetime2 NULL,
    [SenderUserId] nvarchar(450) NOT NULL,
    [SentDateTimeUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_CampaignManagerInvite] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[CampaignSponsors] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [CampaignId] int NULL,
    [OrganizationId] int NULL,
    CONSTRAINT [PK_CampaignSponsors] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[ClosestLocation] (
    [PostalCode] nvarchar(450) NOT NULL,
    [City] nvarchar(max) NULL,
    [Distance] float NOT NULL,
    [State] nvarchar(max) NULL,
    CONSTRAINT [PK_ClosestLocation] PRIMARY KEY ([PostalCode])
);
GO

CREATE TABLE [dbo].[Contact] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Email] nvarchar(max) NULL,
    [FirstName] nvarchar(max) NULL,
    [LastName] nvarchar(max) NULL,
    [PhoneNumber] nvarchar(max) NULL,
    CONSTRAINT [PK_Contact] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[Event] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [CampaignId] int NOT NULL,
    [Description] nvarchar(max) NULL,
    [EndDateTime] datetimeoffset NOT NULL,
    [EventType] int NOT NULL,
    [Headline] nvarchar(150) NULL,
    [ImageUrl] nvarchar(max) NULL,
    [IsAllowWaitList] bit NOT NULL,
    [IsLimitVolunteers] bit NOT NULL,
    [LocationId] int NULL,
    [Name] nvarchar(max) NOT NULL,
    [OrganizerId] nvarchar(450) NULL,
    [StartDateTime] datetimeoffset NOT NULL,
    [TimeZoneId] nvarchar(max) NOT NULL,
    CONSTRAINT [PK_Event] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[EventManager] (
    [UserId] nvarchar(450) NOT NULL,
    [EventId] int NOT NULL,
    CONSTRAINT [PK_EventManager] PRIMARY KEY ([UserId], [EventId])
);
GO

CREATE TABLE [dbo].[EventManagerInvite] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [AcceptedDateTimeUtc] datetime2 NULL,
    [CustomMessage] nvarchar(max) NULL,
    [EventId] int NOT NULL,
    [InviteeEmailAddress] nvarchar(max) NOT NULL,
    [RejectedDateTimeUtc] datetime2 NULL,
    [RevokedDateTimeUtc] datetime2 NULL,
    [SenderUserId] nvarchar(450) NOT NULL,
    [SentDateTimeUtc] datetime2 NOT NULL,
    CONSTRAINT [PK_EventManagerInvite] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[EventSkill] (
    [EventId] int NOT NULL,
    [SkillId] int NOT NULL,
    CONSTRAINT [PK_EventSkill] PRIMARY KEY ([EventId], [SkillId])
);
GO

CREATE TABLE [dbo].[FileAttachment] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Description] nvarchar(max) NULL,
    [Name] nvarchar(max) NOT NULL,
    [Url] nvarchar(max) NULL,
    [VolunteerTaskId] int NOT NULL,
    CONSTRAINT [PK_FileAttachment] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[Itinerary] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Date] datetime2 NOT NULL,
    [EndLatitude] float NOT NULL,
    [EndLocationId] int NULL,
    [EndLongitude] float NOT NULL,
    [EventId] int NOT NULL,
    [Name] nvarchar(max) NULL,
    [StartLatitude] float NOT NULL,
    [StartLocationId] int NULL,
    [StartLongitude] float NOT NULL,
    [UseStartAddressAsEndAddress] bit NOT NULL,
    CONSTRAINT [PK_Itinerary] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[ItineraryRequest] (
    [ItineraryId] int NOT NULL,
    [RequestId] uniqueidentifier NOT NULL,
    [DateAssigned] datetime2 NOT NULL,
    [OrderIndex] int NOT NULL,
    CONSTRAINT [PK_ItineraryRequest] PRIMARY KEY ([ItineraryId], [RequestId])
);
GO

CREATE TABLE [dbo].[Location] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Address1] nvarchar(max) NULL,
    [Address2] nvarchar(max) NULL,
    [City] nvarchar(max) NULL,
    [Country] nvarchar(max) NULL,
    [Name] nvarchar(max) NULL,
    [PhoneNumber] nvarchar(max) NULL,
    [PostalCode] nvarchar(max) NULL,
    [State] nvarchar(max) NULL,
    CONSTRAINT [PK_Location] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[Organization] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [DescriptionHtml] nvarchar(max) NULL,
    [LocationId] int NULL,
    [LogoUrl] nvarchar(max) NULL,
    [Name] nvarchar(max) NOT NULL,
    [PrivacyPolicy] nvarchar(max) NULL,
    [PrivacyPolicyUrl] nvarchar(max) NULL,
    [Summary] nvarchar(250) NULL,
    [WebUrl] nvarchar(max) NULL,
    CONSTRAINT [PK_Organization] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[OrganizationContact] (
    [OrganizationId] int NOT NULL,
    [ContactId] int NOT NULL,
    [ContactType] int NOT NULL,
    CONSTRAINT [PK_OrganizationContact] PRIMARY KEY ([OrganizationId], [ContactId], [ContactType])
);
GO

CREATE TABLE [dbo].[PostalCodeGeo] (
    [PostalCode] nvarchar(450) NOT NULL,
    [City] nvarchar(max) NULL,
    [State] nvarchar(max) NULL,
    CONSTRAINT [PK_PostalCodeGeo] PRIMARY KEY ([PostalCode])
);
GO

CREATE TABLE [dbo].[PostalCodeGeoCoordinate] (
    [Latitude] float NOT NULL,
    [Longitude] float NOT NULL,
    CONSTRAINT [PK_PostalCodeGeoCoordinate] PRIMARY KEY ([Latitude], [Longitude])
);
GO

CREATE TABLE [dbo].[Request] (
    [RequestId] uniqueidentifier NOT NULL,
    [Address] nvarchar(max) NULL,
    [City] nvarchar(max) NULL,
    [DateAdded] datetime2 NOT NULL,
    [Email] nvarchar(max) NULL,
    [EventId] int NULL,
    [ItineraryId] int NULL,
    [ItineraryId1] int NULL,
    [ItineraryRequestId] uniqueidentifier NULL,
    [Latitude] float NOT NULL,
    [Longitude] float NOT NULL,
    [Name] nvarchar(max) NULL,
    [Notes] nvarchar(max) NULL,
    [OrganizationId] int NULL,
    [Phone] nvarchar(max) NULL,
    [PostalCode] nvarchar(max) NULL,
    [ProviderData] nvarchar(max) NULL,
    [ProviderRequestId] nvarchar(max) NULL,
    [Source] int NOT NULL,
    [State] nvarchar(max) NULL,
    [Status] int NOT NULL,
    CONSTRAINT [PK_Request] PRIMARY KEY ([RequestId])
);
GO

CREATE TABLE [dbo].[RequestComment] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Comment] nvarchar(max) NOT NULL,
    [CreatedUtcDate] datetime2 NOT NULL,
    [RequestId] uniqueidentifier NOT NULL,
    [UserId] nvarchar(450) NULL,
    CONSTRAINT [PK_RequestComment] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[Resource] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [CampaignId] int NOT NULL,
    [CategoryTag] nvarchar(max) NULL,
    [Description] nvarchar(max) NULL,
    [MediaUrl] nvarchar(max) NULL,
    [Name] nvarchar(max) NULL,
    [PublishDateBegin] datetime2 NOT NULL,
    [PublishDateEnd] datetime2 NOT NULL,
    [ResourceUrl] nvarchar(max) NULL,
    CONSTRAINT [PK_Resource] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[Skill] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Description] nvarchar(max) NULL,
    [Name] nvarchar(max) NOT NULL,
    [OwningOrganizationId] int NULL,
    [ParentSkillId] int NULL,
    CONSTRAINT [PK_Skill] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[UserSkill] (
    [UserId] nvarchar(450) NOT NULL,
    [SkillId] int NOT NULL,
    CONSTRAINT [PK_UserSkill] PRIMARY KEY ([UserId], [SkillId])
);
GO

CREATE TABLE [dbo].[VolunteerTask] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [Description] nvarchar(max) NULL,
    [EndDateTime] datetimeoffset NOT NULL,
    [EventId] int NOT NULL,
    [IsAllowWaitList] bit NOT NULL,
    [IsLimitVolunteers] bit NOT NULL,
    [Name] nvarchar(max) NOT NULL,
    [NumberOfVolunteersRequired] int NOT NULL,
    [OrganizationId] int NULL,
    [StartDateTime] datetimeoffset NOT NULL,
    CONSTRAINT [PK_VolunteerTask] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[VolunteerTaskSignup] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [AdditionalInfo] nvarchar(max) NULL,
    [IsTeamLead] bit NOT NULL,
    [ItineraryId] int NULL,
    [Status] int NOT NULL,
    [StatusDateTimeUtc] datetime2 NOT NULL,
    [StatusDescription] nvarchar(max) NULL,
    [UserId] nvarchar(450) NULL,
    [VolunteerTaskId] int NOT NULL,
    CONSTRAINT [PK_VolunteerTaskSignup] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[VolunteerTaskSkill] (
    [VolunteerTaskId] int NOT NULL,
    [SkillId] int NOT NULL,
    CONSTRAINT [PK_VolunteerTaskSkill] PRIMARY KEY ([VolunteerTaskId], [SkillId])
);
GO

CREATE TABLE [dbo].[IdentityRole] (
    [Id] nvarchar(450) NOT NULL,
    [ConcurrencyStamp] nvarchar(max) NULL,
    [Name] nvarchar(256) NULL,
    [NormalizedName] nvarchar(256) NULL,
    CONSTRAINT [PK_IdentityRole] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[IdentityRoleClaim<string>] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [ClaimType] nvarchar(max) NULL,
    [ClaimValue] nvarchar(max) NULL,
    [RoleId] nvarchar(450) NOT NULL,
    CONSTRAINT [PK_IdentityRoleClaim<string>] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[IdentityUserClaim<string>] (
    [Id] int IDENTITY(1,1) NOT NULL,
    [ClaimType] nvarchar(max) NULL,
    [ClaimValue] nvarchar(max) NULL,
    [UserId] nvarchar(450) NOT NULL,
    CONSTRAINT [PK_IdentityUserClaim<string>] PRIMARY KEY ([Id])
);
GO

CREATE TABLE [dbo].[IdentityUserLogin<string>] (
    [LoginProvider] nvarchar(450) NOT NULL,
    [ProviderKey] nvarchar(450) NOT NULL,
    [ProviderDisplayName] nvarchar(max) NULL,
    [UserId] nvarchar(450) NOT NULL,
    CONSTRAINT [PK_IdentityUserLogin<string>] PRIMARY KEY ([LoginProvider], [ProviderKey])
);
GO

CREATE TABLE [dbo].[IdentityUserRole<string>] (
    [UserId] nvarchar(450) NOT NULL,
    [RoleId] nvarchar(450) NOT NULL,
    CONSTRAINT [PK_IdentityUserRole<string>] PRIMARY KEY ([UserId], [RoleId])
);
GO

CREATE TABLE [dbo].[IdentityUserToken<string>] (
    [UserId] nvarchar(450) NOT NULL,
    [LoginProvider] nvarchar(450) NOT NULL,
    [Name] nvarchar(450) NOT NULL,
    [Value] nvarchar(max) NULL,
    CONSTRAINT [PK_IdentityUserToken<string>] PRIMARY KEY ([UserId], [LoginProvider], [Name])
);
GO
