"""Chinese column comments read as what a column holds: schemas of Chinese software (RuoYi,
JeecgBoot, mall) name columns in short English or pinyin and say what they hold in a Chinese
comment; a comment of a person (负责人, 收货人姓名, 民族) classifies a column its name leaves open,
one of a thing (部门名称, 路由地址) or of anything (备注 on a settings table) does not."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from checker.catalog import Catalog
from checker.chinese_descriptions import chinese_described_name
from checker.config import load_config
from checker.descriptions import described_names
from checker.engine import load_project


def _catalog(root: Path, ddl: str) -> Catalog:
    (root / "schema").mkdir()
    (root / "schema" / "tables.sql").write_text(textwrap.dedent(ddl).lstrip(), "utf-8")
    config = {"packs": ["gdpr-baseline"], "dialect": "mysql", "catalog": {"ddl": ["schema/*.sql"]}}
    (root / "privgate.yaml").write_text(yaml.safe_dump(config))
    return load_project(load_config(root / "privgate.yaml")).catalog


def test_an_admin_frameworks_comments_name_the_person_its_columns_leave_open(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, """
        create table sys_dept (
          dept_id    bigint(20)   not null auto_increment comment '部门id',
          dept_name  varchar(30)  default ''   comment '部门名称',
          fzr        varchar(20)  default null comment '负责人',
          phone      varchar(11)  default null comment '联系电话',
          primary key (dept_id)
        ) engine=innodb comment = '部门表';
        create table sys_oper_log (
          oper_id    bigint(20)   not null auto_increment comment '日志主键',
          title      varchar(50)  default ''   comment '模块标题',
          oper_name  varchar(50)  default ''   comment '操作人员',
          oper_url   varchar(255) default ''   comment '请求URL',
          primary key (oper_id)
        ) engine=innodb comment = '操作日志记录';
        create table sys_config (
          config_id    int(5)       not null auto_increment comment '参数主键',
          config_name  varchar(100) default '' comment '参数名称',
          config_value varchar(500) default '' comment '参数键值',
          remark       varchar(500) default null comment '备注',
          primary key (config_id)
        ) engine=innodb comment = '参数配置表';
        """)
    dept, log, config = catalog.table("sys_dept"), catalog.table("sys_oper_log"), catalog.table("sys_config")
    assert dept.columns["fzr"] == "user.name"  # the pinyin initials of 负责人, the person in charge
    assert "负责人" in dept.provenance["fzr"]
    assert log.columns["oper_name"] == "user.name"
    assert dept.columns["dept_name"] is None  # the department's own name
    assert {column: config.columns[column] for column in ("config_name", "config_value", "remark")} == {
        "config_name": None, "config_value": None, "remark": None}


def test_a_shops_and_an_hr_demos_comments_give_the_kind_of_personal_data(tmp_path: Path) -> None:
    catalog = _catalog(tmp_path, """
        CREATE TABLE `oms_order_return_apply` (
          `id` bigint(20) NOT NULL AUTO_INCREMENT,
          `product_name` varchar(64) DEFAULT NULL COMMENT '商品名称',
          `return_name` varchar(100) DEFAULT NULL COMMENT '退货人姓名',
          `receive_man` varchar(100) DEFAULT NULL COMMENT '收货人',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB COMMENT='订单退货申请';
        CREATE TABLE `rep_demo_employee` (
          `id` varchar(10) NOT NULL COMMENT '主键',
          `nation` varchar(30) DEFAULT NULL COMMENT '民族',
          `political` varchar(30) DEFAULT NULL COMMENT '政治面貌',
          `hukou` varchar(32) DEFAULT NULL COMMENT '户口所在地',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB;
        CREATE TABLE `sys_permission` (
          `id` varchar(32) NOT NULL COMMENT '主键id',
          `url` varchar(255) DEFAULT NULL COMMENT '路由地址',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB COMMENT='菜单权限表';
        """)
    returns, employee = catalog.table("oms_order_return_apply"), catalog.table("rep_demo_employee")
    assert {column: returns.columns[column] for column in ("product_name", "return_name", "receive_man")} == {
        "product_name": None, "return_name": "user.name", "receive_man": "user.name"}
    assert {column: employee.columns[column] for column in ("nation", "political", "hukou")} == {
        "nation": "special.ethnic_origin", "political": "special.political_opinions",
        "hukou": "user.contact.address"}
    assert catalog.table("sys_permission").columns["url"] is None  # a route's address


@pytest.mark.parametrize(("comment", "name"), [
    ("用户性别（0男 1女 2未知）", "user_gender"),  # the first clause only
    ("最后登录IP", "last_login_ip"),  # Latin letters are English words as written
    ("收货人姓名", "recipient_person_name"),
    ("退货人姓名", "return_person_name"),  # the person who returns it, named once
    ("部门负责人", "department_responsible_person_name"),  # a person after a thing is a person
    ("请假人", "leave_person_name"),  # a person named by what they do: the one on leave
    ("密送邮箱地址", "bcc_email_address"),
    ("部门名称", None),  # the last noun is a thing: the department's name
    ("路由地址", None),  # what a person has, after a thing, is the thing's: a route's address
    ("所广告的商品页面或者活动页面链接地址", None),  # a character the vocabulary does not know
])
def test_a_comment_reads_as_the_english_words_of_its_longest_terms(comment: str, name: str | None) -> None:
    assert chinese_described_name(comment) == name


def test_a_chinese_comment_is_also_read_for_the_english_words_in_it() -> None:
    assert described_names("微信登录openid") == ["wechat_login_openid", "openid"]
    assert described_names("The candidate's email address.") == ["candidate_email_address"]


def test_pinyin_initials_name_a_persons_id_card_phone_and_birth_date_without_a_comment(tmp_path: Path) -> None:
    """Government, school and hospital schemas write 身份证号 as `sfzh`, 联系电话 as `lxdh`, 出生日期 as
    `csrq`; two letters name too many things to be read (`xm` is 姓名, a name, and 项目, a project)."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE `student_info` (`xh` varchar(20) NOT NULL, `xm` varchar(20), `csrq` datetime NOT NULL,
            `sjhm` char(11) NOT NULL, `sfzh` varchar(18), `lxdh` varchar(30));
        CREATE TABLE `xmgl` (`id` int NOT NULL, `xm` varchar(100), `kssj` date);
        """)
    student = catalog.table("student_info")
    assert {column: student.columns[column] for column in ("csrq", "sjhm", "sfzh", "lxdh")} == {
        "csrq": "user.demographic.date_of_birth", "sjhm": "user.contact.phone_number",
        "sfzh": "user.government_id", "lxdh": "user.contact.phone_number"}
    assert catalog.table("xmgl").columns["xm"] is None


def test_a_comment_naming_a_things_code_or_description_overrules_a_name_read_as_a_persons(tmp_path: Path) -> None:
    """`post_code` reads as a postal code and a code generator's `table_comment` as what someone
    wrote, but 岗位编码 is a post's (a job position's) code and 表描述 a table's description; a
    comment of a person's value (客户端密钥, a client's secret, a credential whoever owns it) or of
    what people write on a record (订单备注, an order's note) leaves the name's reading alone."""
    catalog = _catalog(tmp_path, """
        create table sys_post (
          post_id    bigint(20)  not null auto_increment comment '岗位ID',
          post_code  varchar(64) not null                comment '岗位编码',
          primary key (post_id)
        ) engine=innodb comment = '岗位信息表';
        create table gen_table (
          table_id       bigint(20)   not null auto_increment comment '编号',
          table_comment  varchar(500) default ''            comment '表描述',
          primary key (table_id)
        ) engine=innodb comment = '代码生成业务表';
        CREATE TABLE `system_oauth2_client` (
          `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
          `client_secret` varchar(255) NOT NULL COMMENT '客户端密钥',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB COMMENT='OAuth2 客户端表';
        CREATE TABLE `oms_order` (
          `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '订单id',
          `member_id` bigint(20) NOT NULL,
          `receiver_phone` varchar(32) NOT NULL COMMENT '收货人电话',
          `note` varchar(500) DEFAULT NULL COMMENT '订单备注',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB COMMENT='订单表';
        """)
    assert catalog.table("sys_post").columns["post_code"] is None
    assert catalog.table("gen_table").columns["table_comment"] is None
    assert catalog.table("system_oauth2_client").columns["client_secret"] == "user.authorization.credentials"
    assert catalog.table("oms_order").columns["note"] == "user.content"


def test_a_name_that_only_mentions_a_thing_is_read_by_its_comment(tmp_path: Path) -> None:
    """Chinese software renders 联系 (contact) as `link`: MicroCommunity's owners keep their mobile number in
    `link`, whose comment says so; a link that is a link (a menu's route, '路由地址') stays nobody's, and a
    key's comment never overrules its name."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE `building_owner` (
          `member_id` varchar(30) NOT NULL COMMENT '业主成员ID',
          `name` varchar(64) NOT NULL COMMENT '业主名称',
          `link` varchar(11) NOT NULL COMMENT '联系人手机号',
          `concact_link` varchar(11) DEFAULT NULL COMMENT '联系人电话',
          `user_id` varchar(30) NOT NULL COMMENT '联系人手机号'
        ) ENGINE=InnoDB;
        CREATE TABLE `menu` (
          `menu_id` varchar(30) NOT NULL COMMENT '菜单ID',
          `link` varchar(200) DEFAULT NULL COMMENT '路由地址'
        ) ENGINE=InnoDB;
        """)
    owner = catalog.table("building_owner")
    assert {column: owner.columns[column] for column in ("link", "concact_link", "user_id")} == {
        "link": "user.contact.phone_number", "concact_link": "user.contact.phone_number", "user_id": None}
    assert catalog.table("menu").columns["link"] is None


def test_the_people_of_a_property_managers_records_are_named_by_their_role(tmp_path: Path) -> None:
    """Property management, OA and contract schemas name who a row concerns by a role noun, often
    one made of an act and 人 (person): 投诉人 the complainant, 经办人 the handler, 报修人 the person
    reporting a repair; 访客 a visitor, 业主 a home owner, 甲方 a contract's first party, 收银员 a
    cashier. Their 姓名, 电话 and 联系人 are a person's; a community's, a parking space's or a
    contract's own name and code stay nobody's."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE `complaint` (
          `complaint_id` varchar(30) NOT NULL COMMENT '投诉ID',
          `complaint_name` varchar(30) NOT NULL COMMENT '投诉人',
          `community_name` varchar(64) NOT NULL COMMENT '小区名称',
          `ps_num` varchar(12) DEFAULT NULL COMMENT '车位编号'
        ) ENGINE=InnoDB;
        CREATE TABLE `s_visit_info` (
          `v_id` varchar(30) NOT NULL COMMENT '记录主键ID',
          `v_name` varchar(255) NOT NULL COMMENT '访客姓名'
        ) ENGINE=InnoDB;
        CREATE TABLE `contract` (
          `contract_id` varchar(30) NOT NULL COMMENT '合同ID',
          `contract_code` varchar(30) NOT NULL COMMENT '合同编码',
          `contract_name` varchar(200) NOT NULL COMMENT '合同名称',
          `a_contacts` varchar(64) NOT NULL COMMENT '甲方联系人',
          `operator` varchar(64) NOT NULL COMMENT '经办人',
          `operator_link` varchar(11) NOT NULL COMMENT '经办人电话'
        ) ENGINE=InnoDB;
        CREATE TABLE `pay_fee_detail` (
          `detail_id` varchar(30) NOT NULL COMMENT '明细ID',
          `cashier_name` varchar(64) DEFAULT NULL COMMENT '收银员'
        ) ENGINE=InnoDB;
        """)
    complaint, contract = catalog.table("complaint"), catalog.table("contract")
    assert {column: complaint.columns[column] for column in ("complaint_name", "community_name", "ps_num")} == {
        "complaint_name": "user.name", "community_name": None, "ps_num": None}
    assert catalog.table("s_visit_info").columns["v_name"] == "user.name"
    assert {column: contract.columns[column] for column in ("contract_code", "contract_name", "a_contacts",
                                                            "operator", "operator_link")} == {
        "contract_code": None, "contract_name": None, "a_contacts": "user.name", "operator": "user.name",
        "operator_link": "user.contact.phone_number"}
    assert catalog.table("pay_fee_detail").columns["cashier_name"] == "user.name"


def test_what_follows_an_act_a_person_does_as_its_content_or_reason_is_what_they_wrote(tmp_path: Path) -> None:
    """投诉内容 (a complaint's content), 审核意见 (a reviewer's opinion), 退款原因 (why a refund was asked)
    are typed by a person about what they did; a notice's content (公告内容) or a template's (模板内容) is
    that thing's, and what was done's result (处理结果) is no one's writing."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE `complaint_appraise` (
          `appraise_id` varchar(30) NOT NULL COMMENT 'ID',
          `context` longtext NOT NULL COMMENT '评价内容',
          `reply_context` longtext COMMENT '回复内容'
        ) ENGINE=InnoDB;
        CREATE TABLE `litemall_aftersale` (
          `id` int(11) NOT NULL AUTO_INCREMENT,
          `reason` varchar(100) DEFAULT '' COMMENT '退款原因',
          `state_desc` varchar(500) DEFAULT NULL COMMENT '审核意见',
          `result` varchar(63) DEFAULT NULL COMMENT '处理结果',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB;
        CREATE TABLE `system_sms_template` (
          `id` bigint NOT NULL AUTO_INCREMENT COMMENT '编号',
          `context` varchar(255) NOT NULL COMMENT '模板内容',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB;
        """)
    appraise, aftersale = catalog.table("complaint_appraise"), catalog.table("litemall_aftersale")
    assert {column: appraise.columns[column] for column in ("context", "reply_context")} == {
        "context": "user.content", "reply_context": "user.content"}
    assert {column: aftersale.columns[column] for column in ("reason", "state_desc", "result")} == {
        "reason": "user.content", "state_desc": "user.content", "result": None}
    assert catalog.table("system_sms_template").columns["context"] is None


@pytest.mark.parametrize(("comment", "name"), [
    ("投诉人", "complaint_person_name"),  # an act and 人: the person who does it
    ("报修人姓名", "repair_reporting_person_name"),
    ("乙方联系人", "party_b_contact_person_name"),
    ("收银员", "cashier_staff_name"),
    ("报修内容", "repair_reporting_person_comment"),  # what the person reporting a repair wrote
    ("审核人意见", "review_person_comment"),  # a person's opinion, the person said once
    ("租房失败原因", "rental_failure_person_comment"),
    ("公告内容", None),  # a notice's content is the notice's
    ("处理结果", "handling_result"),  # a result is not written by a person
])
def test_a_role_and_what_a_person_writes_read_as_a_persons(comment: str, name: str | None) -> None:
    assert chinese_described_name(comment) == name


def test_a_wards_vital_signs_and_the_nurse_who_carried_out_an_order_are_personal(tmp_path: Path) -> None:
    """Hospital information systems name a patient's vital signs by a letter (`t` 体温, `bp` 血压) and
    the nurse who carried out a doctor's order by their act (执行人, the person executing it);
    when the order was carried out (执行时间) is no one's."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE `zcmu_sign` (
          `id` varchar(20) NOT NULL COMMENT 'ID',
          `patient_id` varchar(20) DEFAULT NULL COMMENT '病人ID',
          `patient_name` varchar(20) DEFAULT NULL COMMENT '病人名称',
          `measure_time` datetime DEFAULT NULL COMMENT '测量时间点',
          `t` double DEFAULT NULL COMMENT '体温',
          `r` double DEFAULT NULL COMMENT '心率',
          `bp` double DEFAULT NULL COMMENT '血压',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB COMMENT='体征普通表';
        CREATE TABLE `zcmu_order` (
          `id` varchar(20) NOT NULL COMMENT 'ID',
          `execute_name` varchar(20) DEFAULT NULL COMMENT '执行人姓名',
          `execute_time` datetime DEFAULT NULL COMMENT '执行时间',
          PRIMARY KEY (`id`)
        ) ENGINE=InnoDB COMMENT='医嘱表';
        """)
    sign, order = catalog.table("zcmu_sign"), catalog.table("zcmu_order")
    assert {column: sign.columns[column] for column in ("t", "r", "bp")} == {
        "t": "special.health", "r": "special.health", "bp": "special.health"}
    assert {column: order.columns[column] for column in ("execute_name", "execute_time")} == {
        "execute_name": "user.name", "execute_time": None}


def test_the_post_a_person_holds_is_theirs_and_a_job_advert_is_nobodys(tmp_path: Path) -> None:
    """职位 and 职务 are the post a person holds: on a row of a person's working life (an employee, a
    committee member, a job they had) it is theirs; a job advert's 职位 names the post it offers."""
    catalog = _catalog(tmp_path, """
        CREATE TABLE `experience` (
          `experience_id` int(5) unsigned not null comment '经验id',
          `person_id` int(5) unsigned not null comment '人员id',
          `company` varchar(32) not null comment '公司',
          `position` varchar(16) not null comment '职位',
          primary key(experience_id)
        ) comment='工作经验';
        CREATE TABLE `job_posting` (
          `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
          `company_id` bigint NOT NULL COMMENT '公司ID',
          `position_name` varchar(100) NOT NULL COMMENT '职位名称',
          `position` varchar(100) NOT NULL COMMENT '职位',
          PRIMARY KEY (`id`)
        ) COMMENT='招聘职位';
        """)
    posting = catalog.table("job_posting")
    assert catalog.table("experience").columns["position"] == "user"
    assert {column: posting.columns[column] for column in ("position_name", "position")} == {
        "position_name": None, "position": None}


@pytest.mark.parametrize(("comment", "name"), [
    ("车主电话", "vehicle_owner_phone"),  # a parking system's car owner
    ("住户姓名", "resident_person_name"),
    ("房主", "homeowner_name"),
    ("快递员电话", "courier_staff_phone"),  # a thing and 员: the staff member who does it
    ("快递公司", None),  # a courier company is a thing
])
def test_the_residents_and_owners_of_a_community_are_people(comment: str, name: str | None) -> None:
    assert chinese_described_name(comment) == name
