-- Kanboard, a Kanban project management tool: users (username, password, name, e-mail, Google,
-- GitHub and GitLab IDs, two-factor secret, API token, avatar), remember-me tokens and last logins
-- (IP, user agent), password resets, invites, sessions; projects with their members, columns,
-- files, tags and activity stream; tasks with their comments, subtasks, time tracking, moves
-- between columns (transitions), files, external links and metadata; users' custom filters,
-- notifications and metadata; groups and their members.
-- Source: https://github.com/kanboard/kanboard, app/Schema/Mssql.php (the SQL Server schema as
--   PHP migrations: version_1 creates every table, version_2 and version_3 each add a column)
-- Commit: 2cba210dbad4e110d4efdec97d71a38b5df48dad (the file last changed in
--   9090c7b2e0d9a8ac3f7163fd52c486bab2049af8)
-- Licence: MIT (LICENSE in the source)
-- Trimmed: 27 of the 47 tables version_1 creates; dropped are actions and their parameters,
-- project categories, swimlanes, settings, daily project and column statistics, links (the link
-- types), task links, currencies, plugin schema versions, the project notification types and
-- metadata, project groups, task tags, project roles and the three restriction tables, and
-- predefined task descriptions. The kept CREATE TABLE statements are copied as written in
-- version_1's strings (T-SQL, with their constraints and comments), in its order, indentation
-- normalised; the columns version_2 (users.theme) and version_3 (comments.visibility, its default
-- Role::APP_USER written out as N'app-user') add with ALTER TABLE ... ADD are appended at the end
-- of their tables; indexes and triggers are dropped.
-- Development source since the seventh held-out set was measured (see labels.yaml).

CREATE TABLE dbo.users (
    id int identity PRIMARY KEY
    , username nvarchar(255) NOT NULL
    , password nvarchar(255)
    , is_ldap_user bit DEFAULT 0
    , name nvarchar(255)
    , email nvarchar(255)
    , google_id nvarchar(255)
    , github_id nvarchar(30)
    , notifications_enabled bit DEFAULT 0
    , timezone nvarchar(50) DEFAULT N''
    , language nvarchar(11) DEFAULT N''
    , disable_login_form bit DEFAULT 0
    , twofactor_activated bit DEFAULT 0
    , twofactor_secret char(16)
    , token nvarchar(255) DEFAULT N''
    , notifications_filter int DEFAULT 4
    , nb_failed_login int DEFAULT 0
    , lock_expiration_date bigint DEFAULT 0
    , gitlab_id int
    , role nvarchar(25) NOT NULL
    , is_active bit DEFAULT 1
    , avatar_path nvarchar(255)
    , api_access_token nvarchar(255)
    , filter nvarchar(max) DEFAULT N''
    , theme nvarchar(50) DEFAULT N'light' NOT NULL
);

CREATE TABLE dbo.projects (
    id int identity PRIMARY KEY
    , name nvarchar(max) NOT NULL
    , is_active bit DEFAULT 1
    , token nvarchar(255)
    , last_modified bigint DEFAULT 0
    , is_public bit DEFAULT 0
    , is_private bit DEFAULT 0
    , description nvarchar(max)
    , identifier nvarchar(50) DEFAULT N''
    , start_date nvarchar(10) DEFAULT ''
    , end_date nvarchar(10) DEFAULT ''
    , owner_id int DEFAULT 0
    , priority_default int DEFAULT 0
    , priority_start int DEFAULT 0
    , priority_end int DEFAULT 3
    , email nvarchar(max)
    , predefined_email_subjects nvarchar(max)
    , per_swimlane_task_limits bit DEFAULT 0 NOT NULL
    , task_limit int DEFAULT 0
    , enable_global_tags bit DEFAULT 1 NOT NULL
);

CREATE TABLE dbo.columns (
    id int identity PRIMARY KEY
    , title nvarchar(255) NOT NULL
    , position int
    , project_id int NOT NULL
    , task_limit int DEFAULT 0
    , description nvarchar(max)
    , hide_in_dashboard bit DEFAULT 0 NOT NULL
    , FOREIGN KEY(project_id) REFERENCES dbo.projects(id) ON DELETE NO ACTION /* projects_cascade_delete_trigger */
    , UNIQUE (title, project_id)
);

CREATE TABLE dbo.project_has_users (
    project_id int NOT NULL
    , user_id int NOT NULL
    , role nvarchar(255) NOT NULL
    , FOREIGN KEY(project_id) REFERENCES dbo.projects(id) ON DELETE CASCADE
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
    , UNIQUE(project_id, user_id)
);

CREATE TABLE dbo.remember_me (
      id int identity PRIMARY KEY
    , user_id int NOT NULL
    , ip nvarchar(45)
    , user_agent nvarchar(255)
    , token nvarchar(255)
    , sequence nvarchar(255)
    , expiration int
    , date_creation bigint
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
);

CREATE TABLE dbo.last_logins (
      id int identity PRIMARY KEY
    , auth_type nvarchar(25)
    , user_id int NOT NULL
    , ip nvarchar(45)
    , user_agent nvarchar(255)
    , date_creation bigint
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
);

CREATE TABLE dbo.tasks
  (
      id                   int identity PRIMARY KEY
    , title                nvarchar(max) NOT NULL
    , description          nvarchar(max)
    , date_creation        bigint
    , color_id             nvarchar(255)
    , project_id           int NOT NULL
    , column_id            int NOT NULL
    , owner_id             int DEFAULT 0
    , position             int
    , is_active            bit DEFAULT 1
    , date_completed       bigint
    , score                int
    , date_due             bigint
    , category_id          int DEFAULT 0
    , creator_id           int DEFAULT 0
    , date_modification    int DEFAULT 0
    , reference            nvarchar(max) DEFAULT ''
    , date_started         bigint
    , time_spent           float DEFAULT 0
    , time_estimated       float DEFAULT 0
    , swimlane_id          int NOT NULL
    , date_moved           bigint DEFAULT 0
    , recurrence_status    int DEFAULT 0 NOT NULL
    , recurrence_trigger   int DEFAULT 0 NOT NULL
    , recurrence_factor    int DEFAULT 0 NOT NULL
    , recurrence_timeframe int DEFAULT 0 NOT NULL
    , recurrence_basedate  int DEFAULT 0 NOT NULL
    , recurrence_parent    int
    , recurrence_child     int
    , priority             int DEFAULT 0
    , external_provider    nvarchar(255)
    , external_uri         nvarchar(255)
    , FOREIGN KEY (project_id) REFERENCES dbo.projects(id) ON DELETE NO ACTION /* projects_cascade_delete_trigger */
    , FOREIGN KEY (column_id) REFERENCES dbo.columns(id) ON DELETE NO ACTION /* columns_cascade_delete_trigger */
    , FOREIGN KEY (swimlane_id) REFERENCES dbo.swimlanes(id) ON DELETE NO ACTION /* swimlanes_cascade_delete_trigger */
);

CREATE TABLE dbo.task_has_files (
      id int identity PRIMARY KEY
    , name nvarchar(max) NOT NULL
    , path nvarchar(max)
    , is_image bit DEFAULT 0
    , task_id int NOT NULL
    , date bigint NOT NULL DEFAULT 0
    , user_id int NOT NULL DEFAULT 0
    , size int NOT NULL DEFAULT 0
    , FOREIGN KEY(task_id) REFERENCES dbo.tasks(id) ON DELETE CASCADE
);

CREATE TABLE dbo.subtasks (
      id int identity PRIMARY KEY
    , title nvarchar(max) NOT NULL
    , status smallint DEFAULT 0
    , time_estimated float DEFAULT 0
    , time_spent float DEFAULT 0
    , task_id int NOT NULL
    , user_id int
    , position int DEFAULT 1
    , FOREIGN KEY(task_id) REFERENCES dbo.tasks(id) ON DELETE CASCADE
);

CREATE TABLE dbo.user_has_notifications (
      user_id int NOT NULL
    , project_id int NOT NULL
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
    , FOREIGN KEY(project_id) REFERENCES dbo.projects(id) ON DELETE CASCADE
    , UNIQUE(project_id, user_id)
);

CREATE TABLE dbo.subtask_time_tracking (
      id int identity PRIMARY KEY
    , user_id int NOT NULL
    , subtask_id int NOT NULL
    , [start] bigint DEFAULT 0
    , [end] bigint DEFAULT 0
    , time_spent real DEFAULT 0
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
    , FOREIGN KEY(subtask_id) REFERENCES dbo.subtasks(id) ON DELETE CASCADE
);

CREATE TABLE dbo.transitions (
      id int identity PRIMARY KEY
    , user_id int NOT NULL
    , project_id int NOT NULL
    , task_id int NOT NULL
    , src_column_id int NOT NULL
    , dst_column_id int NOT NULL
    , date bigint NOT NULL
    , time_spent int DEFAULT 0
    , FOREIGN KEY(src_column_id) REFERENCES dbo.columns(id) ON DELETE NO ACTION  /* columns_cascade_delete_trigger */
    , FOREIGN KEY(dst_column_id) REFERENCES dbo.columns(id) ON DELETE NO ACTION  /* columns_cascade_delete_trigger */
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
    , FOREIGN KEY(project_id) REFERENCES dbo.projects(id) ON DELETE NO ACTION /* projects_cascade_delete_trigger */
    , FOREIGN KEY(task_id) REFERENCES dbo.tasks(id) ON DELETE CASCADE
);

CREATE TABLE dbo.comments (
      id int identity PRIMARY KEY
    , task_id int NOT NULL
    , user_id int DEFAULT 0
    , date_creation bigint NOT NULL
    , comment nvarchar(max) NOT NULL
    , reference nvarchar(max) DEFAULT N''
    , date_modification bigint
    , visibility nvarchar(25) DEFAULT N'app-user' NOT NULL
    , FOREIGN KEY(task_id) REFERENCES dbo.tasks(id) ON DELETE CASCADE
);

CREATE TABLE dbo.custom_filters (
      id int identity PRIMARY KEY
    , filter nvarchar(max) NOT NULL
    , project_id int NOT NULL
    , user_id int NOT NULL
    , name nvarchar(max) NOT NULL
    , is_shared bit DEFAULT 0
    , append bit DEFAULT 0
);

CREATE TABLE dbo.user_has_unread_notifications (
      id int identity PRIMARY KEY
    , user_id int NOT NULL
    , date_creation bigint NOT NULL
    , event_name nvarchar(max) NOT NULL
    , event_data nvarchar(max) NOT NULL
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
);

CREATE TABLE dbo.user_has_notification_types (
      id int identity PRIMARY KEY
    , user_id int NOT NULL
    , notification_type nvarchar(50)
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
);

CREATE TABLE dbo.user_has_metadata (
      user_id int NOT NULL
    , name nvarchar(50) NOT NULL
    , value nvarchar(255) DEFAULT ''
    , changed_by int DEFAULT 0 NOT NULL
    , changed_on int DEFAULT 0 NOT NULL /* TODO: should be bigint?? */
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
    , UNIQUE(user_id, name)
);

CREATE TABLE dbo.task_has_metadata (
      task_id int NOT NULL
    , name nvarchar(50) NOT NULL
    , value nvarchar(255) DEFAULT ''
    , changed_by int DEFAULT 0 NOT NULL
    , changed_on int DEFAULT 0 NOT NULL /* TODO: should be bigint?? */
    , FOREIGN KEY(task_id) REFERENCES dbo.tasks(id) ON DELETE CASCADE
    , UNIQUE(task_id, name)
);

CREATE TABLE dbo.groups (
      id int identity PRIMARY KEY
    , external_id nvarchar(255) DEFAULT ''
    , name nvarchar(850) NOT NULL UNIQUE
);

CREATE TABLE dbo.group_has_users (
      group_id int NOT NULL
    , user_id int NOT NULL
    , FOREIGN KEY(group_id) REFERENCES dbo.groups(id) ON DELETE CASCADE
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
    , UNIQUE(group_id, user_id)
);

CREATE TABLE dbo.password_reset (
      token nvarchar(80) PRIMARY KEY
    , user_id int NOT NULL
    , date_expiration int NOT NULL /* TODO: bigint?? */
    , date_creation int NOT NULL /* TODO: bigint?? */
    , ip nvarchar(45) NOT NULL
    , user_agent nvarchar(255) NOT NULL
    , is_active bit NOT NULL
    , FOREIGN KEY(user_id) REFERENCES dbo.users(id) ON DELETE CASCADE
);

CREATE TABLE dbo.task_has_external_links (
      id int identity PRIMARY KEY
    , link_type nvarchar(100) NOT NULL
    , dependency nvarchar(100) NOT NULL
    , title nvarchar(max) NOT NULL
    , url nvarchar(max) NOT NULL
    , date_creation int NOT NULL /* TODO: bigint?? */
    , date_modification int NOT NULL /* TODO: bigint?? */
    , task_id int NOT NULL
    , creator_id int DEFAULT 0
    , FOREIGN KEY(task_id) REFERENCES dbo.tasks(id) ON DELETE CASCADE
);

CREATE TABLE dbo.project_has_files (
      id int identity PRIMARY KEY
    , project_id int NOT NULL
    , name nvarchar(max) NOT NULL
    , path nvarchar(max) NOT NULL
    , is_image bit DEFAULT 0
    , size int DEFAULT 0 NOT NULL
    , user_id int DEFAULT 0 NOT NULL
    , date int DEFAULT 0 NOT NULL /* TODO: bigint?? */
    , FOREIGN KEY(project_id) REFERENCES dbo.projects(id) ON DELETE CASCADE
);

CREATE TABLE dbo.tags (
      id int identity PRIMARY KEY
    , name nvarchar(255) NOT NULL
    , project_id int NOT NULL
    , color_id nvarchar(50) DEFAULT NULL
    , UNIQUE(project_id, name)
);

CREATE TABLE dbo.invites (
      email nvarchar(255) NOT NULL
    , project_id int NOT NULL
    , token nvarchar(255) NOT NULL
    , PRIMARY KEY(email, token)
);

CREATE TABLE dbo.project_activities (
      id int identity PRIMARY KEY
    , date_creation bigint NOT NULL
    , event_name nvarchar(max) NOT NULL
    , creator_id int NOT NULL
    , project_id int NOT NULL
    , task_id int NOT NULL
    , data nvarchar(max)
    , FOREIGN KEY(creator_id) REFERENCES dbo.users(id) ON DELETE CASCADE
    , FOREIGN KEY(project_id) REFERENCES dbo.projects(id) ON DELETE NO ACTION /* projects_cascade_delete_trigger */
    , FOREIGN KEY(task_id) REFERENCES dbo.tasks(id) ON DELETE CASCADE
);

CREATE TABLE dbo.sessions (
      id nvarchar(450) PRIMARY KEY /* max length for primary key */
    , expire_at int NOT NULL
    , data nvarchar(max) DEFAULT ''
);
