-- MicroCommunity (HC 小区物业管理系统), an open-source Chinese property-management system that
-- residential estates' management companies run (MySQL, snake_case English names with Chinese
-- column comments, `b_id` business-order keys and numeric status codes): estates (s_community),
-- buildings, units and rooms; owners and their household members (building_owner: name, sex,
-- age, mobile `link`, ID card number, home address, face photo) with their room bindings and
-- the residents' mobile-app accounts (WeChat open ID, nickname, avatar); owners' cars and
-- parking applications; the owners' committee; door-access whitelists and the face or key
-- opening records of access machines; car entries and exits at the car parks and their black
-- and white lists; visitors (s_visit_info); complaints and their appraisals; repair orders,
-- the repair staff's work and return visits; fees, payments, refunds, invoices and online
-- payments; prepaid accounts, withdrawals and bank cards; contracts (parties, contacts,
-- operator); rental listings and viewing appointments; renovations; staff and resident users
-- (u_user: name, e-mail, address, password, age, sex, phone) with their attributes, delivery
-- addresses, ID documents and logins; bookings of community spaces; the staff's notepad of
-- follow-ups with residents; goods-release passes; and second-hand and wanted notices.
-- Source: https://github.com/java110/MicroCommunity, docs/db/TT.sql (the Navicat dump of the
--   full database the project publishes, dated 2025-04-07, 664 tables)
-- Commit: 45102fc13900aad6d117b00a4feeeafe9c3f5fee
-- Licence: Apache-2.0 (LICENSE in the source)
-- Trimmed: 46 of the 664 CREATE TABLE statements are copied whole, those of the residents,
-- their homes, cars, visits, access records, complaints, repairs, payments, accounts,
-- contracts, rentals and users; dropped are the other tables (fee and meter configuration,
-- inspection and maintenance plans, the Activiti and Quartz engines' tables, menus and
-- privileges, shops and the mall, the business_* copies that hold each write order's rows,
-- reports and settings), the Navicat header, the DROP TABLE IF EXISTS before each table, the
-- SET FOREIGN_KEY_CHECKS line and the data inserts.
-- Development source since the sixteenth held-out set was measured (see labels.yaml).

CREATE TABLE `s_community` (
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `b_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '业务ID',
  `name` varchar(100) NOT NULL COMMENT '小区名称',
  `address` varchar(200) NOT NULL COMMENT '小区地址',
  `nearby_landmarks` varchar(200) DEFAULT NULL COMMENT '地标，如王府井北60米',
  `city_code` varchar(12) NOT NULL COMMENT '根据定位获取城市编码',
  `map_x` varchar(20) NOT NULL COMMENT '地区 x坐标',
  `map_y` varchar(20) NOT NULL COMMENT '地区 y坐标',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(4) DEFAULT '1000' COMMENT '''业务状态 1000 为待审核 1200审核拒绝''',
  `community_area` decimal(10,2) DEFAULT '0.00' COMMENT '小区面积',
  `tel` varchar(200) DEFAULT NULL COMMENT '联系方式',
  `pay_fee_month` bigint(20) NOT NULL DEFAULT '12' COMMENT '缴费周期',
  `fee_price` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '缴费周期',
  `qr_code` varchar(512) DEFAULT NULL COMMENT '客服二维码',
  UNIQUE KEY `community_id` (`community_id`) USING BTREE,
  UNIQUE KEY `idx_community_id` (`community_id`) USING BTREE,
  KEY `idx_community_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `f_floor` (
  `floor_id` varchar(30) NOT NULL COMMENT '楼ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `floor_num` varchar(64) NOT NULL COMMENT '楼编号',
  `name` varchar(100) NOT NULL COMMENT '小区楼名称',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '小区ID',
  `floor_area` decimal(10,2) NOT NULL COMMENT '建筑面积',
  `seq` int(11) NOT NULL DEFAULT '1' COMMENT '楼栋加入排序',
  UNIQUE KEY `floor_id` (`floor_id`) USING BTREE,
  UNIQUE KEY `idx_floor_id` (`floor_id`) USING BTREE,
  KEY `idx_floor_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_unit` (
  `unit_id` varchar(30) NOT NULL COMMENT '单元ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `unit_num` varchar(12) NOT NULL COMMENT '单元编号',
  `floor_id` varchar(30) NOT NULL COMMENT '楼ID',
  `layer_count` int(11) NOT NULL COMMENT '总层数',
  `lift` varchar(4) NOT NULL COMMENT '是否有电梯 1010有 2020 无',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `unit_area` decimal(10,2) NOT NULL COMMENT '单元面积',
  UNIQUE KEY `unit_id` (`unit_id`) USING BTREE,
  UNIQUE KEY `idx_unit_id` (`unit_id`) USING BTREE,
  UNIQUE KEY `unit_id_2` (`unit_id`),
  KEY `idx_unit_b_id` (`b_id`) USING BTREE,
  KEY `i_bu_floor_id` (`floor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_room` (
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `room_num` varchar(64) NOT NULL COMMENT '房屋编号',
  `unit_id` varchar(30) NOT NULL COMMENT '单元ID',
  `layer` varchar(12) NOT NULL COMMENT '层数',
  `section` int(11) DEFAULT NULL COMMENT '室',
  `apartment` varchar(20) NOT NULL COMMENT '户型',
  `built_up_area` decimal(12,2) NOT NULL COMMENT '建筑面积',
  `fee_coefficient` decimal(12,2) NOT NULL DEFAULT '1.00' COMMENT '算费系数',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(4) NOT NULL COMMENT '房屋状态，如房屋出售等，请查看state 表',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `room_type` varchar(12) NOT NULL DEFAULT '1010301' COMMENT '房屋类型',
  `room_sub_type` varchar(12) NOT NULL DEFAULT '110' COMMENT '房屋类型 110 住宅房屋，119 办公室 120 宿舍',
  `room_area` decimal(12,2) NOT NULL COMMENT '室内面积',
  `room_rent` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '租金',
  UNIQUE KEY `room_id` (`room_id`) USING BTREE,
  UNIQUE KEY `idx_room_id` (`room_id`) USING BTREE,
  KEY `idx_room_b_id` (`b_id`) USING BTREE,
  KEY `i_br_unit_id` (`unit_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_owner` (
  `member_id` varchar(30) NOT NULL COMMENT '业主成员ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `name` varchar(64) NOT NULL COMMENT '业主名称',
  `sex` varchar(12) NOT NULL COMMENT '性别',
  `age` varchar(12) DEFAULT NULL COMMENT '年龄',
  `link` varchar(11) NOT NULL COMMENT '联系人手机号',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `owner_type_cd` varchar(4) NOT NULL DEFAULT '1001' COMMENT '1001 业主本人 1002 家庭成员',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `id_card` varchar(64) DEFAULT NULL COMMENT '证件号，个人时为身份证 公司时为 统一社会信用代码',
  `state` varchar(12) NOT NULL DEFAULT '2000' COMMENT '业主 成员状态 1000 表示待审核，2000 审核完成  3000 拒绝审核 ',
  `owner_flag` varchar(12) NOT NULL DEFAULT 'T' COMMENT '业主标识 T是真实业主 F 是虚拟业主',
  `address` varchar(255) DEFAULT NULL COMMENT '家庭住址',
  `person_type` varchar(12) NOT NULL DEFAULT 'P' COMMENT '人员类型 P 个人 C 公司',
  `person_role` varchar(12) NOT NULL DEFAULT '1' COMMENT '人员角色 1 业主 2 租客 3 家庭成员 4 公司员工 99 其他',
  `concact_person` varchar(64) DEFAULT NULL COMMENT '联系人,人员类型为公司时有用',
  `concact_link` varchar(11) DEFAULT NULL COMMENT '联系人电话',
  `face_url` varchar(512) DEFAULT NULL COMMENT '人脸地址',
  UNIQUE KEY `member_id` (`member_id`) USING BTREE,
  UNIQUE KEY `idx_owner_id` (`member_id`) USING BTREE,
  KEY `idx_owner_b_id` (`b_id`) USING BTREE,
  KEY `i_bo_owner_id` (`owner_id`) USING BTREE,
  KEY `i_bo_owner_type_cd` (`owner_type_cd`),
  KEY `i_bo_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_owner_attr` (
  `b_id` varchar(30) NOT NULL COMMENT '订单ID',
  `attr_id` varchar(30) NOT NULL COMMENT '属性id',
  `member_id` varchar(30) NOT NULL COMMENT '业主ID',
  `spec_cd` varchar(64) NOT NULL COMMENT '规格ID',
  `value` varchar(50) NOT NULL COMMENT '属性值',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID 分片ID',
  UNIQUE KEY `attr_id` (`attr_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `building_owner_room_rel` (
  `rel_id` varchar(30) NOT NULL COMMENT '关系ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `room_id` varchar(30) NOT NULL COMMENT '房间ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `state` varchar(4) NOT NULL COMMENT '业务状态 2001 业主未迁入 2002 业主迁入 2003 业主迁出',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `start_time` datetime NOT NULL COMMENT '起租时间',
  `end_time` datetime NOT NULL COMMENT '起租时间',
  UNIQUE KEY `rel_id` (`rel_id`) USING BTREE,
  UNIQUE KEY `idx_borr_rel_id` (`rel_id`) USING BTREE,
  UNIQUE KEY `idx_orr_rel_id` (`rel_id`) USING BTREE,
  KEY `idx_borr_b_id` (`b_id`) USING BTREE,
  KEY `idx_orr_b_id` (`b_id`) USING BTREE,
  KEY `i_borr_owner_id` (`owner_id`) USING BTREE,
  KEY `i_borr_room_id` (`room_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_app_user` (
  `app_user_id` varchar(30) NOT NULL COMMENT 'app用户ID',
  `member_id` varchar(30) NOT NULL COMMENT '业主成员ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区Id',
  `community_name` varchar(100) NOT NULL COMMENT '小区名称',
  `app_user_name` varchar(100) NOT NULL COMMENT 'app用户名称',
  `id_card` varchar(18) DEFAULT '-1' COMMENT '身份证号码',
  `link` varchar(11) NOT NULL COMMENT '联系人手机号',
  `open_id` varchar(30) NOT NULL COMMENT 'app 开放ID',
  `app_type_cd` varchar(12) NOT NULL COMMENT '应用类型 10010 微信小程序',
  `state` varchar(12) NOT NULL COMMENT '状态类型，10000 审核中，12000 审核成功，13000 审核失败',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `user_id` varchar(30) DEFAULT NULL COMMENT '用户ID',
  `app_type` varchar(12) NOT NULL DEFAULT 'APP' COMMENT '绑定业主手机端类型',
  `nickname` varchar(255) DEFAULT NULL COMMENT '昵称',
  `headimgurl` varchar(255) DEFAULT NULL COMMENT '微信头像',
  `room_id` varchar(30) DEFAULT NULL COMMENT '认证房屋ID',
  `room_name` varchar(30) DEFAULT NULL COMMENT '认证房屋',
  `owner_type_cd` varchar(30) DEFAULT NULL COMMENT '人员类型',
  UNIQUE KEY `app_user_id` (`app_user_id`) USING BTREE,
  UNIQUE KEY `idx_owner_app_user_id` (`app_user_id`) USING BTREE,
  KEY `idx_owner_app_user_b_id` (`b_id`) USING BTREE,
  KEY `i_oau_community_id` (`community_id`),
  KEY `i_oau_member_id` (`member_id`),
  KEY `i_oau_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_car` (
  `car_id` varchar(30) NOT NULL COMMENT '汽车ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `car_brand` varchar(50) DEFAULT NULL COMMENT '汽车品牌',
  `car_type` varchar(4) NOT NULL COMMENT '9901 家用小汽车，9902 客车，9903 货车',
  `car_color` varchar(12) DEFAULT NULL COMMENT '颜色',
  `ps_id` varchar(30) NOT NULL COMMENT '车位ID',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `start_time` datetime NOT NULL COMMENT '起租时间',
  `end_time` datetime NOT NULL COMMENT '结租时间',
  `state` varchar(12) NOT NULL COMMENT '状态，1001 正常状态，2002 车位释放欠费状态  3003 车位释放',
  `car_type_cd` varchar(4) NOT NULL DEFAULT '1001' COMMENT '1001 主车辆 1002 成员车辆',
  `member_id` varchar(30) NOT NULL COMMENT '成员ID',
  `lease_type` varchar(12) NOT NULL DEFAULT 'H' COMMENT '租赁类型，H 月租车 S 出售车 I 内部车 NM 免费车',
  UNIQUE KEY `member_id` (`member_id`) USING BTREE,
  KEY `idx_oc_car_id` (`car_id`) USING BTREE,
  KEY `idx_oc_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `owner_committee` (
  `oc_id` varchar(30) NOT NULL COMMENT '编号',
  `name` varchar(30) NOT NULL COMMENT '姓名',
  `sex` varchar(12) NOT NULL COMMENT '性别',
  `link` varchar(11) NOT NULL COMMENT '电话',
  `id_card` varchar(18) DEFAULT '-1' COMMENT '身份证号码',
  `address` varchar(256) DEFAULT NULL COMMENT '住址',
  `position` varchar(64) NOT NULL COMMENT '职位',
  `post` varchar(64) NOT NULL COMMENT '岗位',
  `post_desc` varchar(64) DEFAULT NULL COMMENT '岗位描述',
  `appoint_time` varchar(256) DEFAULT NULL COMMENT '届期',
  `cur_time` varchar(256) DEFAULT NULL COMMENT '任期',
  `state` varchar(12) NOT NULL DEFAULT '1000' COMMENT '状态 1000 表示在职，2000 离职',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  PRIMARY KEY (`oc_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `access_control_white` (
  `acw_id` varchar(30) NOT NULL COMMENT '白名单ID',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `person_id` varchar(30) NOT NULL COMMENT '用户ID',
  `person_name` varchar(64) NOT NULL COMMENT '用户名称',
  `tel` varchar(11) NOT NULL COMMENT '手机号',
  `id_card` varchar(64) DEFAULT NULL COMMENT '身份证号',
  `person_type` varchar(12) NOT NULL DEFAULT '4004' COMMENT '人员类别 1001 员工 , 2002 外卖人员, 3003 快递人员，4004 其他人员',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `access_control_key` varchar(64) DEFAULT NULL COMMENT '门禁钥匙',
  `third_id` varchar(64) DEFAULT NULL COMMENT '三方ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`acw_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `machine_record` (
  `machine_record_id` varchar(30) NOT NULL COMMENT '记录ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `machine_code` varchar(30) NOT NULL COMMENT '设备编码',
  `name` varchar(30) NOT NULL COMMENT '用户名称',
  `open_type_cd` varchar(12) NOT NULL COMMENT '开门方式，1000 人脸开门 2000 钥匙开门',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `tel` varchar(11) NOT NULL COMMENT '手机号',
  `id_card` varchar(20) NOT NULL COMMENT '用户身份证',
  `record_type_cd` varchar(12) NOT NULL COMMENT '记录类型，8888 开门记录 6666 访客留影',
  `file_id` varchar(64) DEFAULT NULL COMMENT '文件ID',
  `file_time` timestamp NULL DEFAULT CURRENT_TIMESTAMP COMMENT '文件生成时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `similar` varchar(12) DEFAULT '1.0' COMMENT '相似度',
  UNIQUE KEY `machine_record_id` (`machine_record_id`) USING BTREE,
  KEY `i_mr_community_id` (`community_id`),
  KEY `i_mr_tel` (`tel`),
  KEY `i_mr_machine_id` (`machine_id`),
  KEY `i_mr_machine_code` (`machine_code`),
  KEY `i_mr_open_type_cd` (`open_type_cd`),
  KEY `i_mr_create_time` (`create_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `car_inout` (
  `inout_id` varchar(30) NOT NULL COMMENT '进出ID',
  `b_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '业务Id',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `state` varchar(12) NOT NULL COMMENT '状态，100300 进场状态 100400 支付完成 100500 离场状态 100600 支付超时重新支付',
  `in_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '进场时间',
  `out_time` timestamp NULL DEFAULT NULL COMMENT '离场时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `pa_id` varchar(30) NOT NULL DEFAULT '停车场ID',
  PRIMARY KEY (`inout_id`),
  KEY `ci_pa_id` (`pa_id`),
  KEY `ci_car_num` (`car_num`),
  KEY `ci_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `car_inout_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '详情ID',
  `inout_id` varchar(30) NOT NULL COMMENT '进出ID',
  `b_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '业务Id',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `machine_id` varchar(30) NOT NULL COMMENT '设备ID',
  `machine_code` varchar(30) NOT NULL COMMENT '设备编码',
  `car_inout` varchar(12) NOT NULL COMMENT '3306 进场 3307 出场',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `pa_id` varchar(30) NOT NULL DEFAULT '停车场ID',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `state` varchar(12) NOT NULL COMMENT '出入状态 t_dict 表',
  `car_type` varchar(12) NOT NULL COMMENT '车辆类型，1001 月租车 1003 临时车',
  `car_type_name` varchar(128) NOT NULL COMMENT '类型名称',
  `photo_jpg` varchar(512) DEFAULT NULL COMMENT '开门图片',
  PRIMARY KEY (`detail_id`),
  KEY `cid_inout_id` (`inout_id`),
  KEY `cid_community_id` (`community_id`),
  KEY `cid_car_num` (`car_num`),
  KEY `cid_pa_id` (`pa_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `car_black_white` (
  `bw_id` varchar(30) NOT NULL COMMENT '黑白名单ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `black_white` varchar(12) NOT NULL COMMENT '黑白名单标识 1111 黑名单 2222 白名单',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `pa_id` varchar(30) NOT NULL COMMENT '停车场ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `parking_space_apply` (
  `apply_id` varchar(30) NOT NULL COMMENT '申请ID',
  `ps_id` varchar(30) DEFAULT NULL COMMENT '车位ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `car_num` varchar(12) NOT NULL COMMENT '车牌号',
  `car_brand` varchar(50) NOT NULL COMMENT '汽车品牌',
  `car_type` varchar(4) NOT NULL COMMENT '9901 家用小汽车，9902 客车，9903 货车',
  `car_color` varchar(12) NOT NULL COMMENT '颜色',
  `start_time` datetime NOT NULL COMMENT '起租时间',
  `end_time` datetime NOT NULL COMMENT '结租时间',
  `state` varchar(12) NOT NULL COMMENT '状态，1001 待审核 2002 待缴费 3003 完成 4004 审核失败',
  `config_id` varchar(30) DEFAULT NULL COMMENT '费用项',
  `apply_person_name` varchar(64) NOT NULL COMMENT '申请人',
  `apply_person_link` varchar(11) NOT NULL COMMENT '申请人电话',
  `apply_person_id` varchar(30) NOT NULL COMMENT '申请人ID',
  `remark` varchar(300) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `fee_id` varchar(30) DEFAULT NULL COMMENT '费用ID',
  PRIMARY KEY (`apply_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `s_visit_info` (
  `v_id` varchar(30) NOT NULL COMMENT '记录主键ID',
  `v_name` varchar(255) NOT NULL COMMENT '访客姓名',
  `visit_gender` varchar(1) NOT NULL COMMENT '访客性别',
  `phone_number` varchar(11) NOT NULL COMMENT '访客电话号码',
  `user_id` varchar(30) DEFAULT NULL COMMENT '用户ID',
  `community_id` varchar(30) DEFAULT NULL COMMENT '小区ID',
  `owner_id` varchar(30) DEFAULT NULL COMMENT '访客目标业主',
  `visit_case` varchar(255) DEFAULT NULL COMMENT '拜访事由',
  `visit_time` datetime DEFAULT NULL COMMENT '拜访时间',
  `departure_time` datetime DEFAULT NULL COMMENT '访客离开时间',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '记录创建时间',
  `status_cd` varchar(2) NOT NULL COMMENT '''数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `b_id` varchar(30) DEFAULT NULL,
  `car_num` varchar(255) DEFAULT NULL COMMENT '车牌号',
  `entourage` int(11) DEFAULT NULL COMMENT '随行人数',
  `reason_type` varchar(12) DEFAULT NULL COMMENT '事由类型',
  `state` varchar(10) NOT NULL COMMENT '审核状态 0表示未审核；1表示审核通过；2表示审核拒绝',
  `state_remark` varchar(255) DEFAULT NULL COMMENT '审核备注',
  `ps_id` varchar(30) DEFAULT NULL COMMENT '车位ID',
  `free_time` datetime DEFAULT NULL COMMENT '预约车免费时间',
  `record_state` int(11) DEFAULT NULL COMMENT '预约状态 0表示有效 1表示无效',
  `car_state` varchar(10) DEFAULT NULL COMMENT '车辆审核状态 0表示未审核；1表示审核通过；2表示审核拒绝',
  `car_remark` varchar(255) DEFAULT NULL COMMENT '车辆审核备注',
  `room_id` varchar(30) DEFAULT NULL COMMENT '房屋id',
  PRIMARY KEY (`v_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `complaint` (
  `complaint_id` varchar(30) NOT NULL COMMENT '投诉ID',
  `complaint_name` varchar(30) NOT NULL COMMENT '投诉人',
  `type_cd` varchar(30) NOT NULL COMMENT '投诉类型，见t_dict表',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `store_id` varchar(30) NOT NULL COMMENT '物业公司ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `owner_name` varchar(64) NOT NULL COMMENT '业主名称',
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `room_name` varchar(64) NOT NULL COMMENT '房间名称',
  `tel` varchar(11) NOT NULL COMMENT '投诉人联系方式',
  `context` longtext NOT NULL COMMENT '投诉内容',
  `state` varchar(12) NOT NULL COMMENT '投诉处理状态，见 t_dict表',
  `start_user_id` varchar(30) DEFAULT NULL COMMENT '投诉人ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `complaint_appraise` (
  `appraise_id` varchar(30) NOT NULL COMMENT '评价ID',
  `complaint_id` varchar(30) NOT NULL COMMENT '对象ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `score` int(11) NOT NULL DEFAULT '0' COMMENT '评价得分',
  `context` varchar(512) DEFAULT NULL COMMENT '评价内容',
  `state` varchar(12) NOT NULL COMMENT '评价状态，W 待回复 C 已回复',
  `create_user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `create_user_name` varchar(64) NOT NULL COMMENT '用户名称',
  `reply_user_id` varchar(30) DEFAULT NULL COMMENT '用户ID',
  `reply_user_name` varchar(64) DEFAULT NULL COMMENT '用户名称',
  `reply_context` varchar(512) DEFAULT NULL COMMENT '回复内容',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表',
  PRIMARY KEY (`appraise_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `r_repair_pool` (
  `repair_id` varchar(30) NOT NULL COMMENT '报修ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `repair_type` varchar(30) NOT NULL COMMENT '报修类型',
  `repair_name` varchar(30) NOT NULL COMMENT '报修人姓名',
  `tel` varchar(11) NOT NULL COMMENT '手机号',
  `context` longtext NOT NULL COMMENT '报修内容',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `state` varchar(4) NOT NULL COMMENT '报修状态，请查看state 表',
  `status_cd` varchar(30) NOT NULL DEFAULT '0' COMMENT '数据状态',
  `repair_obj_type` varchar(12) NOT NULL COMMENT '报修对象类型 001 小区 002 楼栋 003 单元 004 房屋',
  `repair_obj_id` varchar(30) NOT NULL COMMENT '报修对象ID',
  `repair_obj_name` varchar(30) NOT NULL COMMENT '报修对象名称',
  `appointment_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '预约时间',
  `maintenance_type` varchar(10) DEFAULT NULL COMMENT '维修类型  1001有偿服务  1002无偿服务',
  `repair_channel` varchar(2) DEFAULT NULL COMMENT '报修渠道  D员工代客报修  T电话报修 Z业主自主保修',
  `repair_materials` varchar(255) DEFAULT NULL COMMENT '维修物料',
  `repair_fee` varchar(255) DEFAULT NULL COMMENT '费用明细：单价*数量=总价',
  `pay_type` varchar(255) DEFAULT NULL COMMENT '支付方式1、现金2、微信转账3、微信公众号4支付宝',
  `timeout` datetime NOT NULL DEFAULT '2025-01-01 00:00:00' COMMENT '超时时间',
  `finish_time` datetime DEFAULT NULL COMMENT '完成时间',
  UNIQUE KEY `repair_id` (`repair_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `r_repair_user` (
  `ru_id` varchar(30) NOT NULL COMMENT '报修派单ID',
  `repair_id` varchar(30) NOT NULL COMMENT '报修ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `state` varchar(8) NOT NULL COMMENT '员工处理状态，请查看t_dict 表',
  `context` longtext COMMENT '报修内容',
  `status_cd` varchar(30) NOT NULL DEFAULT '0' COMMENT '数据状态',
  `staff_id` varchar(30) NOT NULL COMMENT '当前处理员工',
  `staff_name` varchar(64) NOT NULL COMMENT '当前处理员工名称',
  `pre_staff_id` varchar(30) NOT NULL COMMENT '上一节点处理员工',
  `pre_staff_name` varchar(64) NOT NULL COMMENT '上一节点处理员工名称',
  `start_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  `repair_event` varchar(12) NOT NULL COMMENT '事件，startUser 开始用户 auditUser 审核处理员工',
  `pre_ru_id` varchar(30) NOT NULL COMMENT '上一节点处理ID',
  KEY `index_rru_repair_id` (`repair_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `r_repair_return_visit` (
  `visit_id` varchar(30) NOT NULL COMMENT '回访ID',
  `repair_id` varchar(30) NOT NULL COMMENT '报修ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `visit_person_id` varchar(30) NOT NULL COMMENT '回访人',
  `visit_person_name` varchar(64) NOT NULL COMMENT '回访人',
  `visit_type` varchar(12) NOT NULL COMMENT '回访类型，1001 满意 2002 不满意',
  `context` varchar(1024) NOT NULL COMMENT '回访内容',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`visit_id`),
  KEY `index_rrrv_repair_id` (`repair_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pay_fee` (
  `fee_id` varchar(30) NOT NULL COMMENT '费用ID',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `fee_type_cd` varchar(12) NOT NULL COMMENT '费用类型，物业费，停车费',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `payer_obj_id` varchar(30) NOT NULL COMMENT '付款方ID',
  `income_obj_id` varchar(30) NOT NULL COMMENT '收款方ID',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `amount` decimal(10,2) NOT NULL DEFAULT '-1.00' COMMENT '总金额，如物业费，停车费等没有总金额的，填写为-1.00',
  `user_id` varchar(30) NOT NULL COMMENT '创建用户ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `fee_flag` varchar(12) NOT NULL DEFAULT '1003006' COMMENT '费用标识 1003006 为周期性费用 2006012 为一次性费用',
  `state` varchar(12) NOT NULL DEFAULT '2008001' COMMENT '状态 2007001收费未开始 2008001 收费中状态 2009001 收费结束',
  `config_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '费用项ID',
  `payer_obj_type` varchar(12) NOT NULL DEFAULT '3333' COMMENT '付费对象类型 3333 房屋 6666 是车位',
  `batch_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '批次ID',
  UNIQUE KEY `fee_id` (`fee_id`) USING BTREE,
  UNIQUE KEY `fee_id_2` (`fee_id`) USING BTREE,
  KEY `i_pf_community_id` (`community_id`),
  KEY `i_pf_payer_obj_id` (`payer_obj_id`),
  KEY `i_pf_payer_obj_type` (`payer_obj_type`),
  KEY `i_pf_config_id` (`config_id`),
  KEY `i_pf_fee_type_cd` (`fee_type_cd`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `pay_fee_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '费用明细ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `fee_id` varchar(30) NOT NULL COMMENT '费用ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `cycles` decimal(9,2) NOT NULL COMMENT '周期，以月为单位',
  `receivable_amount` decimal(10,2) NOT NULL COMMENT '应收金额',
  `received_amount` decimal(10,2) NOT NULL COMMENT '应收金额',
  `prime_rate` decimal(10,2) NOT NULL COMMENT '支付方式',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(4) DEFAULT '1400' COMMENT '用于退费状态参考字典表',
  `start_time` datetime DEFAULT NULL COMMENT '费用开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '费用结束时间',
  `payable_amount` decimal(10,2) NOT NULL COMMENT '应缴金额',
  `pay_order_id` varchar(30) DEFAULT NULL COMMENT '支付订单ID',
  `cashier_id` varchar(30) DEFAULT NULL COMMENT '收银员ID，员工ID',
  `cashier_name` varchar(30) DEFAULT NULL COMMENT '收银员,员工',
  `open_invoice` varchar(12) DEFAULT 'N' COMMENT '是否开票 Y 已开票 N 未开票',
  `acct_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '账户抵扣金额',
  `discount_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '优惠打折金额',
  `deduction_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '优惠减免金额',
  `late_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '滞纳金',
  `gift_amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '赠送金额',
  UNIQUE KEY `detail_id` (`detail_id`) USING BTREE,
  KEY `i_pfd_fee_id` (`fee_id`) USING BTREE,
  KEY `i_pfd_community_id` (`community_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `return_pay_fee` (
  `return_fee_id` varchar(30) NOT NULL COMMENT '退费id',
  `community_id` varchar(30) NOT NULL COMMENT '小区id',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `config_id` varchar(30) NOT NULL COMMENT '费用项id',
  `fee_id` varchar(30) NOT NULL COMMENT '费用id',
  `fee_type_cd` varchar(30) NOT NULL COMMENT '费用类型',
  `detail_id` varchar(30) NOT NULL COMMENT '缴费id',
  `cycles` decimal(9,2) DEFAULT NULL COMMENT '周期',
  `receivable_amount` decimal(10,2) DEFAULT NULL COMMENT '应收金额',
  `received_amount` decimal(10,2) DEFAULT NULL COMMENT '实收金额',
  `prime_rate` decimal(10,2) NOT NULL COMMENT '支付方式',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `state` varchar(4) NOT NULL COMMENT '审核状态：1000待审核1001审核通过10002审核不通过',
  `status_cd` varchar(2) DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '申请退费时间',
  `pay_time` datetime NOT NULL COMMENT '缴费时间',
  `reason` varchar(200) NOT NULL COMMENT '退费原因',
  `apply_person_id` varchar(30) DEFAULT NULL COMMENT '申请人ID',
  `apply_person_name` varchar(30) DEFAULT NULL COMMENT '申请人',
  `audit_person_id` varchar(30) DEFAULT NULL COMMENT '审核人ID',
  `audit_person_name` varchar(30) DEFAULT NULL COMMENT '审核人',
  PRIMARY KEY (`return_fee_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='退费表';

CREATE TABLE `owner_invoice` (
  `oi_id` varchar(30) NOT NULL COMMENT 'ID',
  `owner_id` varchar(30) NOT NULL COMMENT '业主ID',
  `owner_name` varchar(64) NOT NULL COMMENT '业主名称',
  `invoice_type` varchar(12) NOT NULL COMMENT '发票类型 1001 个人 2002 企业',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `invoice_name` varchar(64) NOT NULL COMMENT '发票名头',
  `invoice_num` varchar(64) DEFAULT NULL COMMENT '纳税人识别号',
  `invoice_address` varchar(64) NOT NULL COMMENT '地址',
  `invoice_link` varchar(20) DEFAULT NULL COMMENT '电话',
  `invoice_account` varchar(64) DEFAULT NULL COMMENT '开户行及账号',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  PRIMARY KEY (`oi_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `invoice_apply` (
  `apply_id` varchar(30) NOT NULL COMMENT 'ID',
  `oi_id` varchar(30) NOT NULL COMMENT '业主发票ID',
  `invoice_type` varchar(12) NOT NULL COMMENT '发票类型 1001 个人 2002 企业',
  `owner_name` varchar(64) NOT NULL COMMENT '业主名称',
  `apply_tel` varchar(11) NOT NULL COMMENT '申请人电话',
  `invoice_amount` decimal(10,2) NOT NULL COMMENT '申请金额',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `create_user_name` varchar(64) NOT NULL COMMENT '申请人',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT '审核状态 W待审核 U 待上传 F 审核失败 G 带领用 C 已领用',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `invoice_code` varchar(128) DEFAULT NULL COMMENT '发票编号',
  PRIMARY KEY (`apply_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `online_pay` (
  `pay_id` varchar(30) NOT NULL COMMENT '支付ID',
  `order_id` varchar(30) NOT NULL COMMENT '订单ID',
  `transaction_id` varchar(64) DEFAULT NULL COMMENT '交易ID',
  `app_id` varchar(64) DEFAULT NULL COMMENT '微信APPID',
  `mch_id` varchar(64) NOT NULL COMMENT '商户ID',
  `total_fee` decimal(10,2) NOT NULL COMMENT '付款总金额',
  `refund_fee` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '退款金额',
  `pay_name` varchar(256) DEFAULT NULL COMMENT '名称',
  `open_id` varchar(30) DEFAULT NULL COMMENT '开放ID',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT '状态 W待支付 C 支付完成 F 通知失败 WT 待退费 CT退费完成',
  `message` varchar(1024) DEFAULT NULL COMMENT '状态原因',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0在用，1失效',
  `payment_pool_id` varchar(30) DEFAULT NULL COMMENT '支付配置ID',
  PRIMARY KEY (`pay_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account` (
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `acct_name` varchar(128) NOT NULL COMMENT '账户名称',
  `acct_type` varchar(12) NOT NULL COMMENT '账户类型，2003 通用账户 2004 物业费扣款账户 2005 水电费扣款账户',
  `amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '金额',
  `obj_type` varchar(12) NOT NULL COMMENT '对象类型，6006 个人 7007 商户',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `part_id` varchar(30) DEFAULT NULL COMMENT '局部ID',
  `link` varchar(11) DEFAULT NULL COMMENT '账户手机号',
  `room_id` varchar(30) DEFAULT NULL COMMENT '房屋编号，acct_type 2004 和 2005 时必填',
  `room_name` varchar(30) DEFAULT NULL COMMENT '房屋名称，acct_type 2004 和 2005 时必填',
  PRIMARY KEY (`acct_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account_detail` (
  `detail_id` varchar(30) NOT NULL COMMENT '明细ID',
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `detail_type` varchar(128) NOT NULL COMMENT '类型，1001 转入 2002 转出',
  `rel_acct_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '关联账户',
  `amount` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '金额',
  `obj_type` varchar(12) NOT NULL COMMENT '对象类型，6006 个人 7007 商户',
  `obj_id` varchar(30) NOT NULL COMMENT '对象ID',
  `order_id` varchar(30) NOT NULL COMMENT '交易单号',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `remark` varchar(1024) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  PRIMARY KEY (`detail_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account_withdrawal_apply` (
  `apply_id` varchar(30) NOT NULL COMMENT '申请ID',
  `acct_id` varchar(30) NOT NULL COMMENT '账户ID',
  `amount` decimal(10,2) NOT NULL COMMENT '提现金额',
  `apply_user_id` varchar(30) NOT NULL COMMENT '申请人',
  `apply_user_name` varchar(64) NOT NULL COMMENT '申请人',
  `apply_user_tel` varchar(11) NOT NULL COMMENT '申请人电话',
  `context` varchar(512) NOT NULL COMMENT '申请说明',
  `state` varchar(12) NOT NULL DEFAULT '486' COMMENT '486 申请 586 审核通过 587 审核不通过 686 付款成功 687 付款失败',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `bank_id` varchar(30) NOT NULL COMMENT '银行ID',
  `obj_id` varchar(30) NOT NULL COMMENT '商铺ID 或者 代理商ID ',
  PRIMARY KEY (`apply_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `account_bank` (
  `bank_id` varchar(30) NOT NULL COMMENT '银行ID',
  `bank_code` varchar(64) NOT NULL COMMENT '账号',
  `person_name` varchar(64) NOT NULL COMMENT '持卡人',
  `person_tel` varchar(11) DEFAULT NULL COMMENT '手机号',
  `bank_name` varchar(128) NOT NULL COMMENT '开户行',
  `shop_id` varchar(30) NOT NULL COMMENT '商铺ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `contract` (
  `contract_id` varchar(30) NOT NULL COMMENT '合同ID',
  `contract_code` varchar(30) NOT NULL COMMENT '合同编码',
  `contract_name` varchar(200) NOT NULL COMMENT '合同名称',
  `contract_type` varchar(30) NOT NULL COMMENT '合同类型',
  `obj_type` varchar(12) DEFAULT '1111' COMMENT '合同对象类型：3333 房屋 ，1111 没有合同对象',
  `obj_id` varchar(30) DEFAULT '-1' COMMENT '合同对象',
  `party_a` varchar(200) NOT NULL COMMENT '甲方',
  `party_b` varchar(200) NOT NULL COMMENT '乙方',
  `a_contacts` varchar(64) NOT NULL COMMENT '甲方联系人',
  `a_link` varchar(11) NOT NULL COMMENT '甲方联系电话',
  `b_contacts` varchar(64) NOT NULL COMMENT '乙方联系人',
  `b_link` varchar(11) NOT NULL COMMENT '乙方联系电话',
  `operator` varchar(64) NOT NULL COMMENT '经办人',
  `operator_link` varchar(11) NOT NULL COMMENT '经办人电话',
  `amount` decimal(10,2) DEFAULT NULL COMMENT '合同金额',
  `start_time` datetime NOT NULL COMMENT '合同开始时间',
  `end_time` datetime NOT NULL COMMENT '合同结束时间',
  `signing_time` datetime NOT NULL COMMENT '签订时间',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `state` varchar(12) NOT NULL COMMENT '11 待审核 22 审核通过 33 审核失败 44 手工停止',
  `state_desc` longtext COMMENT '审核意见',
  `contract_parent_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '父合同ID',
  `obj_name` varchar(64) DEFAULT NULL COMMENT '合同对象名称',
  `obj_person_name` varchar(64) DEFAULT NULL COMMENT '合同对象用户名称',
  `obj_person_id` varchar(30) DEFAULT NULL COMMENT '合同对象用户ID',
  `start_user_id` varchar(30) DEFAULT NULL COMMENT '提交用户',
  UNIQUE KEY `contract_id` (`contract_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `renting_pool` (
  `renting_id` varchar(30) NOT NULL COMMENT '租房ID',
  `renting_title` varchar(200) NOT NULL COMMENT '房屋名称',
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `price` decimal(10,2) NOT NULL COMMENT '每月金额',
  `payment_type` varchar(12) NOT NULL COMMENT '预付类型，1001 押一付一，2002 押一付三 3003 押一付六',
  `renting_config_id` varchar(30) NOT NULL COMMENT '租房配置',
  `renting_desc` longtext COMMENT '房源描述',
  `state` varchar(12) NOT NULL COMMENT '状态，提交中 0，代理商确认 1，预约看房 2，待支付 3，申请合同 4，运营团队确认 5 ，完成 6',
  `owner_name` varchar(200) NOT NULL COMMENT '业主名称',
  `owner_tel` varchar(11) NOT NULL COMMENT '业主联系电话',
  `longitude` varchar(12) DEFAULT NULL COMMENT '经度',
  `latitude` varchar(12) DEFAULT NULL COMMENT '维度',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据在用状态 0 在用 1 失效',
  `check_in` varchar(12) NOT NULL COMMENT '入住类型，1001 立即入住 2002 入住预约',
  `community_name` varchar(200) NOT NULL COMMENT '小区名称',
  UNIQUE KEY `renting_id` (`renting_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `renting_appointment` (
  `appointment_id` varchar(30) NOT NULL COMMENT '租户ID',
  `tenant_name` varchar(64) NOT NULL COMMENT '租户名称',
  `tenant_sex` varchar(2) NOT NULL COMMENT '性别 0 男 1女',
  `tenant_tel` varchar(11) NOT NULL COMMENT '租户电话',
  `appointment_time` datetime NOT NULL COMMENT '预约时间',
  `appointment_room_id` varchar(30) DEFAULT NULL COMMENT '预约房间ID',
  `room_id` varchar(30) DEFAULT NULL COMMENT '真实租房屋ID',
  `store_id` varchar(30) NOT NULL COMMENT '代理商ID',
  `state` varchar(12) NOT NULL COMMENT '状态，1001 提交，2002 租房失败，3003 租房成功',
  `msg` varchar(100) DEFAULT NULL COMMENT '租房失败原因',
  `remark` varchar(500) DEFAULT NULL COMMENT ' 租房失败时原因',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据在用状态 0 在用 1 失效',
  `renting_id` varchar(30) DEFAULT NULL COMMENT '房源ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `room_renovation` (
  `r_id` varchar(30) NOT NULL COMMENT '主键ID',
  `room_id` varchar(30) NOT NULL COMMENT '房屋ID',
  `room_name` varchar(64) NOT NULL COMMENT '房屋名称',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `person_name` varchar(64) NOT NULL COMMENT '联系人',
  `person_tel` varchar(11) NOT NULL COMMENT '联系电话',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `state` varchar(12) NOT NULL DEFAULT '1000' COMMENT '状态 1000 待审核 2000 审核不通过 3000 装修中 4000 待验收 5000 验收成功 6000 验收失败 ',
  `is_violation` varchar(12) NOT NULL DEFAULT 'N' COMMENT '是否违规 Y违规 N正常',
  `violation_desc` varchar(512) DEFAULT NULL COMMENT '违规说明',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `examineRemark` varchar(512) DEFAULT NULL COMMENT '审核备注',
  `is_postpone` varchar(12) DEFAULT 'N' COMMENT '是否延期 Y延期 N正常',
  `postpone_time` varchar(255) DEFAULT NULL COMMENT '延期时间',
  `renovation_company` varchar(255) DEFAULT NULL COMMENT '装修单位',
  `person_main` varchar(255) DEFAULT NULL COMMENT '装修主要负责人',
  `person_main_tel` varchar(255) DEFAULT NULL COMMENT '负责人联系方式',
  PRIMARY KEY (`r_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_user` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `name` varchar(50) NOT NULL COMMENT '名称',
  `email` varchar(30) DEFAULT NULL COMMENT '邮箱地址',
  `address` varchar(200) DEFAULT NULL COMMENT '现居住地址',
  `password` varchar(128) DEFAULT NULL COMMENT '用户密码，加密过后',
  `location_cd` varchar(8) DEFAULT NULL COMMENT '用户地区，编码详见 u_location',
  `age` int(11) DEFAULT NULL COMMENT '用户年龄',
  `sex` varchar(1) DEFAULT NULL COMMENT '性别，0表示男孩 1表示女孩',
  `tel` varchar(11) NOT NULL,
  `level_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '用户级别,关联user_level',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `score` varchar(200) DEFAULT NULL COMMENT '评分',
  PRIMARY KEY (`id`),
  UNIQUE KEY `user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=13095 DEFAULT CHARSET=utf8;

CREATE TABLE `u_user_attr` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `attr_id` varchar(30) NOT NULL COMMENT '属性id',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `spec_cd` varchar(12) NOT NULL COMMENT '规格id,参考spec表',
  `value` varchar(50) NOT NULL COMMENT '属性值',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0在用，1失效',
  PRIMARY KEY (`id`),
  KEY `i_attr_id` (`attr_id`),
  KEY `i_user_id` (`user_id`)
) ENGINE=InnoDB AUTO_INCREMENT=130 DEFAULT CHARSET=utf8;

CREATE TABLE `u_user_address` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `address_id` varchar(30) NOT NULL COMMENT '地址ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `user_name` varchar(255) NOT NULL COMMENT '用户姓名',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `tel` varchar(11) NOT NULL COMMENT '电话',
  `postal_code` varchar(10) NOT NULL COMMENT '邮政编码',
  `address` varchar(200) NOT NULL COMMENT '地址',
  `is_default` varchar(1) NOT NULL COMMENT '是否为默认地址 1，表示默认地址 0 或空不是默认地址',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0在用，1失效',
  `area_code` varchar(10) NOT NULL COMMENT '城市编码',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=21 DEFAULT CHARSET=utf8;

CREATE TABLE `u_user_credentials` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id',
  `credentials_id` varchar(30) NOT NULL COMMENT '证件ID',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `credentials_cd` varchar(12) NOT NULL COMMENT '证件类型',
  `value` varchar(50) NOT NULL COMMENT '证件号码',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0在用，1失效',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_user_login` (
  `login_id` varchar(30) NOT NULL COMMENT '登录ID',
  `user_id` varchar(30) NOT NULL COMMENT '用户ID',
  `user_name` varchar(64) NOT NULL COMMENT '用户名称',
  `password` varchar(128) NOT NULL COMMENT '登录密码',
  `login_time` datetime NOT NULL COMMENT '登录时间',
  `source` varchar(12) NOT NULL DEFAULT 'WEB' COMMENT '登录来源',
  `token` longtext COMMENT '登录token记录',
  KEY `i_ul_login_time` (`login_time`) USING BTREE,
  KEY `i_ul_user_id` (`user_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `u_org_staff_rel` (
  `rel_id` varchar(30) NOT NULL COMMENT '组织员工ID',
  `b_id` varchar(30) DEFAULT NULL COMMENT '业务ID',
  `org_id` varchar(30) NOT NULL COMMENT '组织ID',
  `staff_id` varchar(30) NOT NULL COMMENT '员工ID',
  `rel_cd` varchar(30) NOT NULL COMMENT '关系角色，10000 普通员工， 20000部门经理 查看t_dict表',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0在用，1失效',
  `store_id` varchar(30) NOT NULL COMMENT '商户ID'
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `community_space_person` (
  `csp_id` varchar(30) NOT NULL COMMENT '预约ID',
  `space_id` varchar(30) NOT NULL COMMENT '场地ID',
  `person_id` varchar(30) DEFAULT '-1' COMMENT '用户ID',
  `person_name` varchar(64) NOT NULL COMMENT '预约人',
  `person_tel` varchar(11) NOT NULL COMMENT '预约电话',
  `appointment_time` varchar(64) NOT NULL COMMENT '预约时间',
  `receivable_amount` decimal(10,2) NOT NULL COMMENT '应收金额',
  `received_amount` decimal(10,2) NOT NULL COMMENT '实收金额',
  `pay_way` varchar(12) NOT NULL COMMENT '支付方式 1 现金 2 微信 3 支付宝',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `state` varchar(12) NOT NULL DEFAULT '1001' COMMENT '状态 S 预约成功 F 预约失败 W 待审核 F 待支付',
  `b_id` varchar(30) DEFAULT '-1' COMMENT '业务ID',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `order_id` varchar(30) NOT NULL DEFAULT '-1' COMMENT '订单编号',
  PRIMARY KEY (`csp_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `notepad` (
  `note_id` varchar(30) NOT NULL COMMENT 'id',
  `note_type` varchar(12) NOT NULL COMMENT '类型 t_dict表',
  `title` varchar(256) NOT NULL COMMENT '简介',
  `room_id` varchar(30) DEFAULT NULL COMMENT '房屋ID',
  `room_name` varchar(128) DEFAULT NULL COMMENT '房屋名称',
  `obj_type` varchar(12) NOT NULL DEFAULT '3309' COMMENT '3309 对应业主 3308 员工',
  `obj_id` varchar(30) NOT NULL COMMENT '业主',
  `obj_name` varchar(64) NOT NULL COMMENT '业主名称',
  `create_user_id` varchar(30) NOT NULL COMMENT '登记人',
  `create_user_name` varchar(64) NOT NULL COMMENT '登记人',
  `thrid_id` varchar(30) DEFAULT NULL COMMENT '其他关联ID 比如报修ID',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT 'W 跟进中 F 完成',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，S 保存，0, 在用 1失效',
  `link` varchar(11) NOT NULL COMMENT '联系电话',
  PRIMARY KEY (`note_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `item_release` (
  `ir_id` varchar(30) NOT NULL COMMENT '放行ID',
  `type_id` varchar(30) NOT NULL COMMENT '类型ID',
  `apply_company` varchar(64) NOT NULL COMMENT '申请单位',
  `apply_person` varchar(64) NOT NULL COMMENT '申请人',
  `id_card` varchar(18) NOT NULL COMMENT '身份证',
  `apply_tel` varchar(11) NOT NULL COMMENT '手机号',
  `pass_time` datetime NOT NULL COMMENT '通行时间',
  `state` varchar(12) NOT NULL DEFAULT 'W' COMMENT '状态 W待审核 D 审核中 C 审核完成 D 审核失败',
  `car_num` varchar(12) DEFAULT NULL COMMENT '车牌号',
  `remark` varchar(512) DEFAULT NULL COMMENT '备注',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考t_dict表，0, 在用 1失效',
  `create_user_id` varchar(30) NOT NULL COMMENT '创建用户ID',
  PRIMARY KEY (`ir_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

CREATE TABLE `junk_requirement` (
  `junk_requirement_id` varchar(30) NOT NULL COMMENT 'ID编码',
  `b_id` varchar(30) NOT NULL COMMENT '业务Id',
  `type_cd` varchar(12) NOT NULL COMMENT '类型 旧货还是需求 旧货 222222 需求 333333',
  `classification` varchar(12) NOT NULL COMMENT '类别，具体查看t_dict 表',
  `context` varchar(200) NOT NULL COMMENT '内容',
  `reference_price` decimal(12,2) NOT NULL COMMENT '参考价格',
  `publish_user_id` varchar(30) NOT NULL COMMENT '发布用户ID',
  `publish_user_name` varchar(30) NOT NULL COMMENT '发布用户名称',
  `publish_user_link` varchar(11) NOT NULL COMMENT '联系电话',
  `state` varchar(12) NOT NULL COMMENT '状态，12001 未审核 13001 审核通过 14001 审核失败  15001 处理完成',
  `create_time` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `status_cd` varchar(2) NOT NULL DEFAULT '0' COMMENT '数据状态，详细参考c_status表，0, 在用 1失效',
  `community_id` varchar(30) NOT NULL COMMENT '小区ID',
  UNIQUE KEY `junk_requirement_id` (`junk_requirement_id`) USING BTREE,
  KEY `idx_junk_req_id` (`junk_requirement_id`) USING BTREE,
  KEY `idx_junk_req_b_id` (`b_id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8;
