"""Login, operation and session logs: the audit trail admin frameworks and business applications keep.

The tables are cut from the schemas the frameworks ship (RuoYi's `sys_logininfor`, `sys_oper_log` and
`sys_user_online`, yudao's `system_login_log` and `system_operate_log`, JeecgBoot's `sys_log`,
osclass's `t_log`, foodsharing's `fs_login`, Laravel's `sessions`); the look-alikes are the same
columns where they are a server's, a scheduled job's or the log's own bookkeeping.
"""

from __future__ import annotations

import pytest

from helpers import generic
from checker.access_logs import names_a_log

RUOYI_OPER_LOG = ("oper_id title business_type method request_method operator_type oper_name dept_name oper_url "
                  "oper_ip oper_location oper_param json_result status error_msg oper_time cost_time")
RUOYI_LOGININFOR = "info_id login_name ipaddr login_location browser os status msg login_time"
RUOYI_USER_ONLINE = ("sessionId login_name dept_name ipaddr login_location browser os status start_timestamp "
                     "last_access_time expire_time session_data")
YUDAO_OPERATE_LOG = ("id user_id user_type module name type request_method request_url user_ip operate_location "
                     "user_agent")
JEECG_SYS_LOG = ("id log_type log_content operate_type userid username ip method request_url request_param "
                 "request_type cost_time create_by create_time")
API_LOG = "log_id request_uri server_addr remote_addr request_method request_param response_status response_data"
OSCLASS_LOG = "dt_date s_section s_action fk_i_id s_data s_ip s_who fk_i_who_id"
FOODSHARING_LOGIN = "id foodsaver_id ip agent time"
# look-alikes: a scheduled job's log, a server inventory, a gateway's access log of its upstreams
JOB_LOG = "job_log_id job_name job_group invoke_target job_message status exception_info start_time"
SERVERS = "id server_name server_ip location os cpu_cores status"
GATEWAY_LOG = "id server_ip upstream_url request_method response_status cost_time node_location create_time"
# a session shared by no login: a guest's cart
GUEST_CART = "id session_id ip total location"


@pytest.mark.parametrize(("table", "is_log"), [
    ("sys_oper_log", True), ("api_logs", True), ("gp_audit", True), ("%TABLE_PREFIX%syslog", True),
    ("django_admin_log", True),
    ("log_user_in", False),  # named for whom it logs in, not as a log
    ("catalog", False), ("blog", False), ("dialog", False),
])
def test_a_log_is_named_for_one(table: str, is_log: bool) -> None:
    from checker.name_words import vocabulary
    from checker.table_context import table_words

    assert names_a_log(table_words(table, vocabulary())) is is_log


@pytest.mark.parametrize(("table", "column", "column_type", "siblings", "key"), [
    # a log records events, no company: the kind of business operation it logged does not make its IP a server's
    ("sys_oper_log", "oper_ip", "varchar(128)", RUOYI_OPER_LOG, "user.device.ip_address"),
    ("t_log", "s_ip", "varchar(50)", OSCLASS_LOG, "user.device.ip_address"),
    ("jinmu_log", "remote_addr", "varchar(32)", API_LOG, "user.device.ip_address"),
    ("eladmin_sys_log", "request_ip", "varchar(255)", "id user_id description method params request_ip browser",
     "user.device.ip_address"),  # where the request came from, no request's identifier
    # who acted, named by their part as text: their login
    ("sys_oper_log", "oper_name", "varchar(50)", RUOYI_OPER_LOG, "user.account.username"),
    ("t_log", "s_who", "varchar(50)", OSCLASS_LOG, "user.account.username"),
    # where the person was, geolocated from their IP
    ("sys_oper_log", "oper_location", "varchar(255)", RUOYI_OPER_LOG, "user.location"),
    ("sys_logininfor", "login_location", "varchar(255)", RUOYI_LOGININFOR, "user.location"),
    ("sys_user_online", "login_location", "varchar(255)", RUOYI_USER_ONLINE, "user.location"),
    ("system_operate_log", "operate_location", "varchar(255)", YUDAO_OPERATE_LOG, "user.location"),
    ("system_login_log", "ip_location", "varchar(255)", "id username ip ip_location os browser status",
     "user.location"),
    # what a logged request carried and answered: whatever the person submitted or was shown
    ("sys_oper_log", "oper_param", "varchar(2000)", RUOYI_OPER_LOG, "user"),
    ("sys_oper_log", "json_result", "varchar(2000)", RUOYI_OPER_LOG, "user"),
    ("sys_log", "request_param", "longtext", JEECG_SYS_LOG, "user"),
    ("jinmu_log", "request_param", "longtext", API_LOG, "user"),
    # the client a login or a session records: the person's device
    ("sys_logininfor", "os", "varchar(50)", RUOYI_LOGININFOR, "user.device"),
    ("sys_user_online", "os", "varchar(50)", RUOYI_USER_ONLINE, "user.device"),
    ("fs_login", "agent", "varchar(200)", FOODSHARING_LOGIN, "user.device"),
    # a login session's identifier and stored data: whoever holds them is logged in
    ("sys_user_online", "sessionId", "varchar(50)", RUOYI_USER_ONLINE, "user.authorization.credentials"),
    ("sys_user_online", "session_data", "blob", RUOYI_USER_ONLINE, "user.authorization.credentials"),
])
def test_what_an_access_log_records_of_the_person(table: str, column: str, column_type: str, siblings: str,
                                                  key: str | None) -> None:
    assert generic(table, column, column_type, siblings) == key


@pytest.mark.parametrize(("table", "column", "column_type", "siblings"), [
    # the log's own bookkeeping: its status, message, timing, kind of operation, the API method and URL
    ("sys_oper_log", "status", "int(1)", RUOYI_OPER_LOG),
    ("sys_oper_log", "error_msg", "varchar(2000)", RUOYI_OPER_LOG),
    ("sys_oper_log", "cost_time", "bigint(20)", RUOYI_OPER_LOG),
    ("sys_oper_log", "business_type", "int(2)", RUOYI_OPER_LOG),
    ("sys_oper_log", "method", "varchar(200)", RUOYI_OPER_LOG),
    ("sys_oper_log", "oper_url", "varchar(255)", RUOYI_OPER_LOG),
    ("sys_oper_log", "operator_type", "int(1)", RUOYI_OPER_LOG),
    ("sys_logininfor", "msg", "varchar(255)", RUOYI_LOGININFOR),
    ("jinmu_log", "response_status", "int(11)", API_LOG),
    ("jinmu_log", "server_addr", "varchar(32)", API_LOG),
    # a scheduled job's log has nobody's request or result
    ("sys_job_log", "job_message", "varchar(500)", JOB_LOG),
    ("sys_job_log", "invoke_target", "varchar(500)", JOB_LOG),
    # a server's IP, place and OS, in an inventory or a gateway's log of its upstreams: no person's
    ("monitor_server", "server_ip", "varchar(64)", SERVERS),
    ("monitor_server", "location", "varchar(255)", SERVERS),
    ("monitor_server", "os", "varchar(64)", SERVERS),
    ("gateway_access_log", "server_ip", "varchar(64)", GATEWAY_LOG),
    ("gateway_access_log", "node_location", "varchar(64)", GATEWAY_LOG),
])
def test_what_an_access_log_keeps_of_itself_or_a_server(table: str, column: str, column_type: str,
                                                        siblings: str) -> None:
    assert generic(table, column, column_type, siblings) is None


def test_a_result_of_a_log_that_names_no_request_is_not_a_payload() -> None:
    # an exam's log of results (no request's URL or method beside them) keeps no request's answer
    assert generic("exam_attempt_log", "result", "varchar(255)", "id student_ip result started_at") is None


def test_a_session_of_no_login_keeps_no_secret_data() -> None:
    # a guest cart's session beside an IP: no account signed in, its data no login's
    assert generic("carts", "session_data", "text", GUEST_CART) is None


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the headers kept with a mail message: its From, To, Cc and Reply-To addresses and names
    ("ost_thread_entry_email", "headers", "id thread_entry_id email_id mid headers", "user"),
    ("mail_queue", "headers", "id id_user ip sender recipient headers body try_sent", "user"),
    ("hiq_mail_queue", "headers", "id_mail time_sent recipient body subject headers send_html", "user"),
    # ... not an HTTP endpoint's or a request's headers, which a mail word does not name
    ("endpoints", "headers", "id name description method url headers body parameters project_id", None),
    ("http_post", "headers", "id url headers post timestamp", None),
])
def test_a_mail_messages_headers_are_its_correspondents(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "text", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the registration ID a push service gave a person's phone (Google's and Firebase's Cloud Messaging)
    ("fs_foodsaver", "gcm", "id bezirk_id name nachname email gcm iosid", "user.device.device_id"),
    ("users", "gcm_id", "id username password school_id token gcm_id", "user.device.device_id"),
    ("app_user_device", "gcm_id", "id user_id ime gcm_id type status", "user.device.device_id"),
    # a bare `gcm` of something else is a cipher mode, no phone's
    ("cipher_suites", "gcm", "id name kex gcm cbc", None),
])
def test_a_push_services_registration_id_is_the_phones(table: str, column: str, siblings: str,
                                                       key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # `ipaddr` as a name's last word is the IP, as `ip` is (OpenEMR's session table under its `pn_` prefix)
    ("openemr_session_info", "pn_ipaddr", "pn_sessid pn_firstused pn_lastused pn_uid pn_vars", "user.device.ip_address"),
    ("servers", "server_ipaddr", "id name server_ipaddr location os", None),  # a server's
])
def test_an_ipaddr_named_last_is_an_ip_address(table: str, column: str, siblings: str, key: str | None) -> None:
    assert generic(table, column, "varchar(64)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # a place named under the prefix of an IP beside it: where that act came from, as the IP geolocates
    ("AuthRequest", "RequestCountryName", "Id UserId RequestDeviceIdentifier RequestIpAddress RequestCountryName",
     "user.location"),  # Bitwarden's login with a device
    ("billing_info_history", "updated_by_country", "id account_id updated_by_ip updated_by_country", "user.location"),
    ("members", "trans_ip_country", "id trans_id trans_ip trans_ip_country", "user.location"),
    # ... not a server's, nor a country named under another prefix than the IP's
    ("servers", "server_country", "id server_ip server_country", None),
    ("shipments", "destination_country", "id order_id request_ip destination_country_code destination_country", None),
])
def test_a_place_named_as_the_ip_beside_it_is_where_the_act_came_from(table: str, column: str, siblings: str,
                                                                      key: str | None) -> None:
    assert generic(table, column, "varchar(200)", siblings) == key


@pytest.mark.parametrize(("table", "column", "siblings", "key"), [
    # the device a person last signed in with, and where, beside the IP of that sign-in
    ("sys_user", "last_login_device", "sys_id user_name email last_login last_login_device", "user.device"),
    ("users", "last_login_location", "id username last_login_date last_login_ip last_login_device last_login_location",
     "user.location"),
    # a device's own model in a catalogue of phones is nobody's
    ("phone_models", "device_name", "id manufacturer device_name os screen_size", None),
])
def test_the_device_and_place_of_a_persons_last_sign_in(table: str, column: str, siblings: str,
                                                        key: str | None) -> None:
    assert generic(table, column, "varchar(255)", siblings) == key


def test_a_place_beside_a_postal_address_under_the_same_prefix_is_typed() -> None:
    # Solidres' reservation: the customer's city beside their street address, postcode and the booking's IP
    siblings = "id customer_firstname customer_address1 customer_city customer_zipcode customer_ip"
    assert generic("#__sr_reservations", "customer_city", "varchar(45)", siblings) == "user.contact.address.city"
