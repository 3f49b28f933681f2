"""Tables a web framework or a common library creates in every application built on it: what it keeps there.

Each table is cut from the framework's own migration (delayed_job's generator, Laravel's queue and
session tables, PaperTrail's versions, Django's sessions and admin log, ASP.NET Core Identity, Auth.js's
adapters, Spring Session's JDBC schema, Hangfire's SQL Server schema); each look-alike is a table of an
application's own that shares a name or a column with one and holds something else.
"""

from __future__ import annotations

import pytest

from checker.framework_tables import framework_table
from helpers import generic

CREDENTIALS = "user.authorization.credentials"

DELAYED_JOBS = ("id priority attempts handler last_error run_at locked_at failed_at locked_by queue created_at "
                "updated_at")
LARAVEL_JOBS = "id queue payload attempts reserved_at available_at created_at"
LARAVEL_FAILED_JOBS = "id uuid connection queue payload exception failed_at"
GOOD_JOBS = ("id queue_name priority serialized_params scheduled_at performed_at finished_at error active_job_id "
             "concurrency_key cron_key")
SOLID_QUEUE_JOBS = "id queue_name class_name arguments priority active_job_id scheduled_at finished_at concurrency_key"
OBAN_JOBS = "id state queue worker args errors attempt max_attempts inserted_at scheduled_at attempted_by meta tags"
HANGFIRE_JOB = "Id StateId StateName InvocationData Arguments CreatedAt ExpireAt"
CELERY_RESULTS = ("id task_id task_name task_args task_kwargs status worker content_type content_encoding result "
                  "date_done traceback meta date_created")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("delayed_jobs", "handler", DELAYED_JOBS, "user"),  # the serialised job: the record and the mail's recipient
    ("jobs", "payload", LARAVEL_JOBS, "user"),
    ("failed_jobs", "payload", LARAVEL_FAILED_JOBS, "user"),
    ("good_jobs", "serialized_params", GOOD_JOBS, "user"),
    ("solid_queue_jobs", "arguments", SOLID_QUEUE_JOBS, "user"),
    ("oban_jobs", "args", OBAN_JOBS, "user"),
    ("HangFire.Job", "Arguments", HANGFIRE_JOB, "user"),
    ("django_celery_results_taskresult", "task_kwargs", CELERY_RESULTS, "user"),
    # what the queue says of a job is nobody's: its error, its queue, the worker that took it
    ("delayed_jobs", "last_error", DELAYED_JOBS, None),
    ("delayed_jobs", "locked_by", DELAYED_JOBS, None),
    ("failed_jobs", "exception", LARAVEL_FAILED_JOBS, None),
    ("oban_jobs", "attempted_by", OBAN_JOBS, None),
    ("HangFire.Job", "InvocationData", HANGFIRE_JOB, None),  # the job's type and method
    # look-alikes: an application's own jobs and payloads
    ("jobs", "payload", "id queue payload status", None),  # not Laravel's: no reservation, no availability
    ("webhook_deliveries", "payload", "id webhook_id event payload response_code", None),
    ("event_handlers", "handler", "id event handler priority", None),
    ("jobs", "arguments", "id name arguments schedule", None),  # a scheduler's own job definitions
])
def test_a_queued_jobs_arguments_are_the_persons_it_is_for(table: str, column: str, siblings: str,
                                                          key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


NOTICED_EVENTS = "id type record_type record_id params notifications_count created_at updated_at"
NOTICED_V1 = "id recipient_type recipient_id type params read_at created_at updated_at"
LARAVEL_NOTIFICATIONS = "id type notifiable_type notifiable_id data read_at created_at updated_at"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("noticed_events", "params", NOTICED_EVENTS, "user"),
    ("notifications", "params", NOTICED_V1, "user"),
    ("notifications", "data", LARAVEL_NOTIFICATIONS, "user"),
    ("notifications", "type", LARAVEL_NOTIFICATIONS, None),  # the notification's class
    # look-alikes: an app's own notifications, an API's request parameters in a table of reports
    ("notifications", "meta", "id account_id user_id notification_type primary_actor_type read_at meta", None),
    ("notifications", "data", "id channel data sent_at", None),
    ("report_runs", "params", "id report_id params started_at", None),
])
def test_a_notifications_parameters_name_its_records(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "jsonb", siblings) == key


ACTION_TEXT = "id name body record_type record_id created_at updated_at"
AUTHTRAIL = ("id scope strategy identity success failure_reason user_type user_id context ip user_agent referrer "
             "city region country latitude longitude created_at")
AHOY_EVENTS = "id visit_id user_id name properties time"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("action_text_rich_texts", "body", ACTION_TEXT, "user.content"),  # what people write in a rich-text field
    ("login_activities", "identity", AUTHTRAIL, "user.contact.email"),  # the address typed at sign-in
    ("login_activities", "context", AUTHTRAIL, None),  # the controller and action
    ("login_activities", "city", AUTHTRAIL, "user.location"),  # where the sign-in's IP geolocates
    ("customers", "city", "id name email city country", "user.contact.address.city"),  # the customer's address
    ("ahoy_events", "properties", AHOY_EVENTS, "user"),
    # look-alikes
    ("mail_templates", "body", "id name body locale", None),
    ("action_text_rich_texts", "name", ACTION_TEXT, None),  # the attribute's name (`notes`)
    ("products", "properties", "id name price properties", None),
])
def test_rails_engines_keep_what_people_wrote_and_typed(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


PAPER_TRAIL = "id item_type item_id event whodunnit object object_changes created_at"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("versions", "object", PAPER_TRAIL, "user"),  # the audited row as it was
    ("versions", "object_changes", PAPER_TRAIL, "user"),
    ("log_domains", "object_changes", PAPER_TRAIL + " session children uuid", "user"),  # a model's own versions table
    ("versions", "item_type", PAPER_TRAIL, None),
    ("versions", "event", PAPER_TRAIL, None),
    # look-alikes: a package registry's versions, a stored object's key
    ("versions", "metadata", "id rubygem_id number platform summary metadata sha256 created_at", None),
    ("s3_uploads", "object", "id bucket object size etag", None),
])
def test_an_audit_trails_snapshots_hold_the_audited_row(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


WP_SIGNUPS = ("signup_id domain path title user_login user_email registered activated active activation_key meta")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("wp_signups", "meta", WP_SIGNUPS, "user"),  # what the person signed up with
    ("blog7_signups", "meta", WP_SIGNUPS, "user"),  # under the prefix the installation chose
    ("wp_signups", "title", WP_SIGNUPS, None),  # the new site's title
    # look-alike: a newsletter's sign-ups, with a title and meta of its own
    ("newsletter_signups", "meta", "id email title meta created_at", None),
])
def test_a_wordpress_sign_up_keeps_what_the_person_gave(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "longtext", siblings) == key


TELESCOPE = "sequence uuid batch_id family_hash should_display_on_index type content created_at"
PULSE_ENTRIES = "id timestamp type key key_hash value"
ACTIVITY_LOG = ("id log_name description subject_type subject_id event causer_type causer_id properties batch_uuid "
                "created_at updated_at")
AXES_ATTEMPT = ("id user_agent ip_address username http_accept path_info attempt_time get_data post_data "
                "failures_since_start")
AHOY_MESSAGES = "id user_type user_id to mailer subject sent_at"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("telescope_entries", "content", TELESCOPE, "user"),  # a recorded request, query, mail or job
    ("activity_log", "properties", ACTIVITY_LOG, "user"),  # the changed attributes, old and new
    ("axes_accessattempt", "post_data", AXES_ATTEMPT, "user"),  # the sign-in form, password masked
    ("ahoy_messages", "to", AHOY_MESSAGES, "user.contact.email"),  # the address a mail went to
    ("pulse_entries", "key_hash", PULSE_ENTRIES, None),  # the key's hash, for its index: no secret
    # look-alikes: an app's own activity log and content blocks, a key's hash, a transfer's ends
    ("activity_log", "properties", "id action entity_type entity_id properties created_at", None),
    ("content_blocks", "content", "id uuid type position", None),
    ("api_keys", "key_hash", "id name key_hash last_used_at", CREDENTIALS),
    ("transfers", "to", "id from to amount", None),
])
def test_debugging_and_audit_packages_record_requests_and_changes(table: str, column: str, siblings: str,
                                                                   key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


LARAVEL_SESSIONS = "id user_id ip_address user_agent payload last_activity"
DJANGO_SESSION = "session_key session_data expire_date"
SPRING_SESSION_ATTRIBUTES = "SESSION_PRIMARY_ID ATTRIBUTE_NAME ATTRIBUTE_BYTES"
SPRING_SESSION = ("PRIMARY_ID SESSION_ID CREATION_TIME LAST_ACCESS_TIME MAX_INACTIVE_INTERVAL EXPIRY_TIME "
                  "PRINCIPAL_NAME")


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("sessions", "payload", LARAVEL_SESSIONS, CREDENTIALS),  # the signed-in session's data
    ("django_session", "session_data", DJANGO_SESSION, CREDENTIALS),
    ("SPRING_SESSION_ATTRIBUTES", "ATTRIBUTE_BYTES", SPRING_SESSION_ATTRIBUTES, CREDENTIALS),
    ("SPRING_SESSION", "PRINCIPAL_NAME", SPRING_SESSION, "user.account.username"),
    ("SPRING_SESSION_ATTRIBUTES", "ATTRIBUTE_NAME", SPRING_SESSION_ATTRIBUTES, None),
    # look-alike: a log of API requests with the columns of Laravel's sessions, and not their name
    ("api_requests", "payload", LARAVEL_SESSIONS, None),
])
def test_a_session_stores_data_is_the_signed_in_session(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


ASPNET_LOGINS = "LoginProvider ProviderKey ProviderDisplayName UserId"
ASPNET_CLAIMS = "Id UserId ClaimType ClaimValue"
AUTHJS_ACCOUNT = ("id userId type provider providerAccountId refresh_token access_token expires_at token_type scope "
                  "id_token session_state")
AUTHJS_VERIFICATION = "identifier token expires"
GOTRUE_REFRESH_TOKENS = "instance_id id token user_id revoked created_at updated_at parent session_id"
GOTRUE_ONE_TIME_TOKENS = "id user_id token_type token_hash relates_to created_at updated_at"
DJANGO_ADMIN_LOG = "id action_time object_id object_repr action_flag change_message content_type_id user_id"


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    ("AspNetUserLogins", "ProviderKey", ASPNET_LOGINS, "user"),  # the person's ID at the sign-in provider
    ("AspNetUserLogins", "ProviderDisplayName", ASPNET_LOGINS, None),  # "Google": the provider's name
    ("AspNetUserClaims", "ClaimValue", ASPNET_CLAIMS, "user"),
    ("Account", "providerAccountId", AUTHJS_ACCOUNT, "user"),
    ("accounts", "providerAccountId", "id userId type provider providerAccountId", "user"),  # kept without tokens
    ("auth.refresh_tokens", "parent", GOTRUE_REFRESH_TOKENS, CREDENTIALS),  # the refresh token it replaced
    ("auth.one_time_tokens", "relates_to", GOTRUE_ONE_TIME_TOKENS, "user.contact"),  # the address it was sent to
    ("VerificationToken", "identifier", AUTHJS_VERIFICATION, "user.contact.email"),  # where the sign-in link went
    ("django_admin_log", "object_repr", DJANGO_ADMIN_LOG, "user"),  # the changed object as shown: often a person
    ("django_admin_log", "change_message", DJANGO_ADMIN_LOG, None),  # which fields changed, not their values
    # look-alikes: an app's settings, a device's identifier, a shop's claims
    ("Settings", "Value", "Id Name Value", None),
    ("devices", "identifier", "id identifier name expires", "user.device.device_id"),  # no address
    ("insurance_claims", "claim_type", "id policy_id claim_type amount", None),
    ("categories", "parent", "id name parent position", None),
    ("links", "relates_to", "id source_id relates_to kind", None),
])
def test_sign_in_frameworks_keep_the_persons_identities(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "varchar(450)", siblings) == key


@pytest.mark.parametrize(("table", "columns", "framework"), [
    ("public.delayed_jobs", DELAYED_JOBS, "delayed_job"),
    ('"dbo"."AspNetUserClaims"', ASPNET_CLAIMS, "ASP.NET Core Identity"),
    ("log_contacts", PAPER_TRAIL, "PaperTrail"),  # PaperTrail lets each model name its versions table
    ("delayed_jobs", "id handler run_at", None),  # not all the columns that mark it
    ("sessions", "id title starts_at", None),
    ("wp_gp_signups", "signup_id user_email registered activated active activation_key", None),  # GlotPress's own
])
def test_a_framework_table_is_known_by_its_name_and_columns(table: str, columns: str, framework: str | None) -> None:
    known = framework_table(table, columns.split())
    assert (known.framework if known else None) == framework
