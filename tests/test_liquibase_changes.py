"""Liquibase changelogs (XML and YAML) read as DDL: their changes replayed in the master's include order,
each at its element's line, and found by `privgate init` and a scan without a config wherever they are."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from checker.readers.ddl import replay

REPO = Path(__file__).resolve().parents[1]
TRACCAR = REPO / "fixtures" / "liquibase_traccar"  # trimmed from traccar's schema/ (Apache-2.0)
XML_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n')


def write(project: Path, files: dict[str, str]) -> None:
    for path, text in files.items():
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(text)


def replayed(project: Path, *names: str, dialect: str = "postgres") -> tuple[dict, list]:
    tables, problems, _ = replay([(project / name, name) for name in names], lambda relative: dialect)
    return tables, problems


def privgate(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", *arguments], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)})


def test_the_master_changelog_alone_replays_traccars_changelogs_in_its_include_order() -> None:
    """traccar lists only schema/changelog-master.xml; 4.13 renames tc_events.servertime, 5.0 renames the
    order addresses twice over and 5.3 drops tc_users.token: path order would put 4.13 before 4.1 and 4.0.
    The MSSQL-only trigger behind a `dbms` precondition, the insert, index and foreign key shape no column."""
    tables, problems = replayed(TRACCAR, "schema/changelog-master.xml")
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "tc_events": ["id", "type", "deviceid", "eventtime"],
        "tc_orders": ["id", "uniqueid", "description", "toaddress", "fromaddress"],
        "tc_users": ["id", "name", "email", "hashedpassword", "salt", "latitude", "longitude", "phone", "login"]}
    assert (tables["tc_users"].source, tables["tc_users"].line) == ("schema/changelog-4.0-clean.xml", 42)
    assert tables["tc_events"].types["eventtime"] == "timestamp"
    assert tables["tc_users"].types["latitude"] == "double"


def test_listing_every_changelog_applies_each_once_in_the_masters_order() -> None:
    """A config that lists the folder (`schema/*.xml`) replays the same schema: no changelog twice."""
    names = sorted(str(path.relative_to(TRACCAR)) for path in (TRACCAR / "schema").glob("*.xml"))
    tables, problems = replayed(TRACCAR, *names)
    assert problems == []
    assert list(tables["tc_events"].columns) == ["id", "type", "deviceid", "eventtime"]
    assert "token" not in tables["tc_users"].columns


def test_a_yaml_changelog_gives_remarks_property_types_and_its_own_databases_sql(tmp_path: Path) -> None:
    """Spring Boot's db.changelog-master.yaml: a column's `remarks` becomes its description, `${inet_type}`
    its property's type, modifyDataType the new type; a `sql` change for PostgreSQL is read, one for
    MySQL only is not (it would add a column this database never gets), nor a changeSet whose precondition
    is "not PostgreSQL"."""
    write(tmp_path, {"src/main/resources/db/changelog/db.changelog-master.yaml": (
        "databaseChangeLog:\n"
        "  - property:\n      name: inet_type\n      value: inet\n      dbms: postgresql\n"
        "  - property:\n      name: inet_type\n      value: varchar(45)\n      dbms: mysql\n"
        "  - changeSet:\n      id: 1\n      author: shop\n      changes:\n"
        "        - createTable:\n            tableName: customers\n            columns:\n"
        "              - column:\n                  name: id\n                  type: BIGINT\n"
        "              - column:\n                  name: signup_ip\n                  type: ${inet_type}\n"
        "                  remarks: Address the customer signed up from\n"
        "              - column:\n                  name: birth_date\n                  type: VARCHAR(10)\n"
        "  - changeSet:\n      id: 2\n      author: shop\n      changes:\n"
        "        - modifyDataType:\n            tableName: customers\n            columnName: birth_date\n"
        "            newDataType: DATE\n"
        "        - sql:\n            dbms: postgresql\n            sql: |\n"
        "              ALTER TABLE customers ADD COLUMN loyalty_tier text;\n"
        "        - sql:\n            dbms: mysql, mariadb\n"
        "            sql: ALTER TABLE customers ADD COLUMN legacy_fax varchar(20);\n"
        "  - changeSet:\n      id: 3\n      author: shop\n"
        "      preConditions:\n        - onFail: MARK_RAN\n        - not:\n            - dbms:\n"
        "                type: postgresql\n"
        "      changes:\n        - dropColumn:\n            tableName: customers\n            columnName: signup_ip\n")})
    tables, problems = replayed(tmp_path, "src/main/resources/db/changelog/db.changelog-master.yaml")
    assert problems == []
    customers = tables["customers"]
    assert list(customers.columns) == ["id", "signup_ip", "birth_date", "loyalty_tier"]
    assert customers.types == {"id": "bigint", "signup_ip": "inet", "birth_date": "date", "loyalty_tier": "text"}
    assert customers.descriptions == {"signup_ip": "Address the customer signed up from"}


def test_a_change_that_may_shape_tables_unread_is_a_problem_at_its_element(tmp_path: Path) -> None:
    """A customChange (Java code) may add or drop columns: reported at its line, the rest still read;
    a nested-column dropColumn, a renameTable, a sqlFile beside the changelog, mergeColumns (two columns
    become one) and addLookupTable (a new table) are read."""
    write(tmp_path, {
        "db/changelog.xml": (
            XML_HEAD
            + '  <changeSet id="1" author="crm">\n'                                          # 3
            + '    <createTable tableName="contacts">\n'                                     # 4
            + '      <column name="id" type="BIGINT"/>\n'
            + '      <column name="mobile" type="VARCHAR(32)"/>\n'
            + '      <column name="fax" type="VARCHAR(32)"/>\n'
            + '      <column name="notes" type="CLOB"/>\n'
            + "    </createTable>\n"
            + '    <customChange class="com.example.crm.SplitContactNames"/>\n'            # 10
            + '    <dropColumn tableName="contacts"><column name="fax"/><column name="notes"/></dropColumn>\n'
            + '    <renameTable oldTableName="contacts" newTableName="crm_contacts"/>\n'
            + '    <sqlFile path="add_email.sql" relativeToChangelogFile="true"/>\n'       # 13
            + '    <mergeColumns tableName="crm_contacts" column1Name="mobile" column2Name="email" joinString=";"'
            + ' finalColumnName="contact_points" finalColumnType="VARCHAR(300)"/>\n'
            + '    <addLookupTable existingTableName="crm_contacts" existingColumnName="contact_points"'
            + ' newTableName="contact_points" newColumnName="value" newColumnDataType="VARCHAR(300)"/>\n'
            + "  </changeSet>\n</databaseChangeLog>\n"),
        "db/add_email.sql": "ALTER TABLE crm_contacts ADD COLUMN email varchar(255);\n"})
    tables, problems = replayed(tmp_path, "db/changelog.xml")
    assert [(problem.path, problem.line, problem.message.split(":")[0]) for problem in problems] == [
        ("db/changelog.xml", 10, "cannot read the Liquibase change `customChange`")]
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "crm_contacts": ["id", "contact_points"], "contact_points": ["value"]}


def test_a_sql_change_that_cannot_be_parsed_points_at_its_line_in_the_changelog(tmp_path: Path) -> None:
    write(tmp_path, {"db/changelog.xml": (
        XML_HEAD
        + '  <changeSet id="1" author="crm">\n'
        + "    <sql>\n"
        + "      CREATE TABLE leads (id bigint, email text);\n"                  # 5
        + "      CREATE TABLE visits WITH COLUMNS ((( id bigint;\n"             # 6
        + "    </sql>\n  </changeSet>\n</databaseChangeLog>\n")})
    tables, problems = replayed(tmp_path, "db/changelog.xml")
    assert [(problem.path, problem.line, problem.kind) for problem in problems] == [("db/changelog.xml", 6, "unparsable")]
    assert list(tables) == ["leads"]


def test_a_changelog_with_a_doctype_is_refused_not_expanded(tmp_path: Path) -> None:
    """Entity declarations are how XML bombs and external-entity reads work: a changelog has no use for them."""
    write(tmp_path, {"db/changelog.xml": (
        '<?xml version="1.0"?>\n<!DOCTYPE databaseChangeLog [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        '<databaseChangeLog><changeSet id="1" author="x"><createTable tableName="leaks">'
        '<column name="body" type="text" remarks="&secret;"/></createTable></changeSet></databaseChangeLog>\n')})
    tables, problems = replayed(tmp_path, "db/changelog.xml")
    assert tables == {}
    assert [(problem.line, problem.kind) for problem in problems] == [(1, "unparsable")]
    assert "DOCTYPE" in problems[0].message


def test_a_changelog_that_does_not_parse_is_a_problem_where_its_parser_stopped(tmp_path: Path) -> None:
    """An unclosed element (XML) or list (YAML) is reported at the line and column the parser stopped at, not at
    the file's first line, and the other changelogs still replay."""
    write(tmp_path, {
        "db/broken.xml": XML_HEAD + '  <changeSet id="1" author="x"><createTable tableName="users">\n'
                                    '    <column name="email" type="varchar(100)"/>\n  </changeSet>\n</databaseChangeLog>\n',
        "db/broken.yaml": "databaseChangeLog:\n  - changeSet:\n      id: 1\n      changes: [\n",
        "db/good.xml": XML_HEAD + '  <changeSet id="1" author="x"><createTable tableName="accounts">'
                                  '<column name="email" type="text"/></createTable></changeSet>\n</databaseChangeLog>\n'})
    tables, problems = replayed(tmp_path, "db/broken.xml", "db/broken.yaml", "db/good.xml")
    assert list(tables) == ["accounts"]
    assert [(problem.path, problem.line, problem.column) for problem in problems] == [
        ("db/broken.xml", 5, 5), ("db/broken.yaml", 5, 1)]
    assert all(problem.message.startswith("cannot parse the changelog: ") for problem in problems)


def test_init_writes_the_master_changelog_and_a_scan_without_config_reads_it(tmp_path: Path) -> None:
    """traccar keeps its changelogs in schema/, no SQL at all: init finds them by their root element and
    writes the master alone (the replay follows its includes); `--pack` alone reads the same tables.
    A Maven pom.xml beside them is no changelog, and a changelog the master does not include is one Liquibase
    never applies."""
    project = tmp_path / "traccar"
    shutil.copytree(TRACCAR, project)
    write(project, {"pom.xml": '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0'
                               "</modelVersion></project>\n",
                    "schema/changelog-3.3.xml": (XML_HEAD + '  <changeSet id="3.3" author="author">\n'
                                                 '    <createTable tableName="tc_legacy_users">\n'
                                                 '      <column name="email" type="VARCHAR(128)"/>\n'
                                                 "    </createTable>\n  </changeSet>\n</databaseChangeLog>\n")})
    scanned = privgate("scan", ".", "--pack", "gdpr-baseline", cwd=project)
    assert "3 tables" in scanned.stdout, scanned.stdout + scanned.stderr
    result = privgate("init", cwd=project)
    assert result.returncode == 0, result.stderr
    assert "No table schema found" not in result.stdout
    assert "0 SQL files, 0 of them DDL, and 1 Liquibase changelog (with those it includes)," in result.stdout
    config = yaml.safe_load((project / "privgate.yaml").read_text())
    assert config["catalog"]["ddl"] == ["schema/changelog-master.xml"]
    assert config["catalog"]["tables"]["tc_users"]["columns"]["email"] == "user.contact.email"


def test_a_cached_replay_sees_a_change_to_a_changelog_the_master_includes(tmp_path: Path) -> None:
    """The config names only the master; a new changeSet in a changelog it includes must not be hidden by
    the DDL cache of the run before."""
    project = tmp_path / "traccar"
    shutil.copytree(TRACCAR, project)
    write(project, {"privgate.yaml": "packs: [gdpr-baseline]\ndialect: postgres\n"
                                     "catalog:\n  ddl: [schema/changelog-master.xml]\n"})
    cached = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}

    def tables_found() -> str:
        run = subprocess.run([sys.executable, "-m", "checker", "scan", "."], cwd=project, capture_output=True,
                             text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **cached})
        return run.stdout.rpartition("Found")[2]

    assert "3 tables (18 columns" in tables_found()
    changelog = project / "schema" / "changelog-5.3.xml"
    changelog.write_text(changelog.read_text().replace(
        "  </changeSet>", '    <addColumn tableName="tc_users"><column name="totpkey" type="VARCHAR(64)"/></addColumn>\n'
        "  </changeSet>"))
    assert "3 tables (19 columns" in tables_found()


def test_a_cached_replay_sees_a_change_to_the_sql_file_a_changelog_applies(tmp_path: Path) -> None:
    """A `sqlFile` change's SQL is part of the changelog's replay: editing it must reach the next scan."""
    write(tmp_path, {
        "privgate.yaml": "packs: [gdpr-baseline]\ndialect: postgres\ncatalog:\n  ddl: [db/changelog.xml]\n",
        "db/changelog.xml": (XML_HEAD + '  <changeSet id="1" author="crm">\n'
                             '    <sqlFile path="contacts.sql" relativeToChangelogFile="true"/>\n'
                             "  </changeSet>\n</databaseChangeLog>\n"),
        "db/contacts.sql": "CREATE TABLE contacts (id bigint, mobile text);\n"})
    cached = {"XDG_CACHE_HOME": str(tmp_path / "cache"), "HOME": str(tmp_path)}

    def tables_found() -> str:
        run = subprocess.run([sys.executable, "-m", "checker", "scan", "."], cwd=tmp_path,
                             capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), **cached})
        return run.stdout.rpartition("Found")[2]

    assert "1 table (2 columns" in tables_found()
    write(tmp_path, {"db/contacts.sql": "CREATE TABLE contacts (id bigint, mobile text, email text);\n"})
    assert "1 table (3 columns" in tables_found()


def test_a_changelog_named_on_the_command_line_is_replayed_and_its_tables_judged(tmp_path: Path) -> None:
    """A pre-commit run names the changed changelog: with a config that lists the master, naming the master
    judges the tables of the changelogs it includes; without a config, the named changelog is replayed. An XML
    file that is no changelog (logback.xml) judges no table."""
    project = tmp_path / "traccar"
    shutil.copytree(TRACCAR, project)
    alone = privgate("scan", "schema/changelog-master.xml", "--pack", "gdpr-baseline", cwd=project)
    assert "3 tables" in alone.stdout, alone.stdout + alone.stderr
    write(project, {"privgate.yaml": "packs: [gdpr-baseline]\ndialect: postgres\n"
                                     "catalog:\n  ddl: [schema/changelog-master.xml]\n"})
    configured = privgate("scan", "schema/changelog-master.xml", cwd=project)
    assert "3 tables" in configured.stdout and "not judged" not in configured.stdout, configured.stdout
    write(project, {"src/main/resources/logback.xml": "<configuration><root level=\"INFO\"/></configuration>\n"})
    logging_config = privgate("scan", "src/main/resources/logback.xml", cwd=project)
    assert logging_config.stdout.startswith("Nothing checked"), logging_config.stdout


def test_include_all_applies_a_folders_changelogs_in_path_order_once(tmp_path: Path) -> None:
    """Spring Boot's `includeAll: path: db/changelog/changes/` applies the folder's changelogs in path order (the
    rename in 02 after the table of 01); init names the master alone, and listing it alone replays both."""
    changes = "src/main/resources/db/changelog/changes"
    write(tmp_path, {
        "src/main/resources/db/changelog/db.changelog-master.yaml": (
            "databaseChangeLog:\n  - includeAll:\n      path: db/changelog/changes/\n"),
        f"{changes}/01-create-guests.yaml": (
            "databaseChangeLog:\n  - changeSet:\n      id: 1\n      author: hotel\n      changes:\n"
            "        - createTable:\n            tableName: guests\n            columns:\n"
            "              - column: {name: id, type: bigint}\n              - column: {name: mail, type: varchar(255)}\n"),
        f"{changes}/02-rename-mail.yaml": (
            "databaseChangeLog:\n  - changeSet:\n      id: 2\n      author: hotel\n      changes:\n"
            "        - renameColumn: {tableName: guests, oldColumnName: mail, newColumnName: email}\n")})
    tables, problems = replayed(tmp_path, "src/main/resources/db/changelog/db.changelog-master.yaml")
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {"guests": ["id", "email"]}
    result = privgate("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    config = yaml.safe_load((tmp_path / "privgate.yaml").read_text())
    assert config["catalog"]["ddl"] == ["src/main/resources/db/changelog/db.changelog-master.yaml"]


def test_a_spring_apps_jdbc_url_names_the_dialect_its_changelogs_sql_is_read_in(tmp_path: Path) -> None:
    """With no SQL file to vote, the application's datasource URL says MySQL, so the changelog's MySQL `sql`
    change (backquoted names, AFTER) is read; the test config's Testcontainers PostgreSQL URL and the
    in-memory H2 of a dev profile say nothing."""
    write(tmp_path, {
        "src/main/resources/application.properties": "spring.datasource.url=jdbc:mysql://localhost:3306/shop\n",
        "src/main/resources/application-dev.yml": "spring:\n  datasource:\n    url: jdbc:h2:mem:shop\n",
        "src/test/resources/application.properties": "spring.datasource.url=jdbc:tc:postgresql:16:///shop\n",
        "src/main/resources/db/changelog/db.changelog-master.xml": (
            XML_HEAD + '  <changeSet id="1" author="shop">\n'
            '    <createTable tableName="customers"><column name="id" type="BIGINT"/>'
            '<column name="email" type="VARCHAR(255)"/></createTable>\n'
            "    <sql>ALTER TABLE `customers` ADD COLUMN `phone` varchar(20) AFTER `email`;</sql>\n"
            "  </changeSet>\n</databaseChangeLog>\n")})
    result = privgate("init", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = (tmp_path / "privgate.yaml").read_text()
    assert "dialect: mysql  # the JDBC URL in src/main/resources/application.properties" in text
    config = yaml.safe_load(text)
    assert config["catalog"]["tables"]["customers"]["columns"]["phone"] == "user.contact.phone_number"


def test_a_survey_opens_only_files_kept_where_changelogs_are(tmp_path: Path, monkeypatch) -> None:
    """JHipster keeps its master as config/liquibase/master.xml and its changes beside it; a frontend's
    thousands of JSON files (translations, fixtures) are never opened to look for a `databaseChangeLog` root."""
    import checker.scaffold as scaffold

    master = tmp_path / "src/main/resources/config/liquibase/master.xml"
    master.parent.mkdir(parents=True)
    master.write_text('<?xml version="1.0"?>\n<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
                      '  <changeSet id="1" author="jhipster"><createTable tableName="jhi_user">\n'
                      '    <column name="id" type="bigint"/><column name="email" type="varchar(254)"/>\n'
                      '  </createTable></changeSet>\n</databaseChangeLog>\n')
    (tmp_path / "src/main/webapp/i18n/en").mkdir(parents=True)
    for name in ("global", "home", "login"):
        (tmp_path / f"src/main/webapp/i18n/en/{name}.json").write_text('{"title": "Welcome"}\n')
    opened: list[str] = []
    real = scaffold.is_changelog_file
    monkeypatch.setattr(scaffold, "is_changelog_file", lambda path: opened.append(path.name) or real(path))
    found = scaffold.survey(tmp_path)
    assert found.ddl_files == ["src/main/resources/config/liquibase/master.xml"]
    assert opened == ["master.xml"]


def test_a_changelogs_changes_count_as_checked_beside_the_one_it_cannot_read(tmp_path: Path) -> None:
    """Keycloak's changelogs call Java (customChange): one unreadable change among many read was "coverage 0%
    (0 of 1 statements checked)" because no SQL scan reads a changelog. The changes replayed are counted."""
    shutil.copytree(TRACCAR, tmp_path / "app")
    changelog = tmp_path / "app" / "schema" / "changelog-5.3.xml"
    text = changelog.read_text()
    at = text.index("<changeSet")
    changelog.write_text(text[:at] + '<changeSet author="a" id="custom-1">\n'
                         '    <customChange class="org.example.MigrateUserTokens"/>\n  </changeSet>\n  ' + text[at:])
    run = privgate("scan", ".", "--pack", "gdpr-baseline", "--no-cache", "--format", "json", cwd=tmp_path / "app")
    summary = json.loads(run.stdout)["summary"]
    assert run.returncode == 2, run.stderr
    assert (summary["changelog_changes"], summary["coverage"]["not_checked"], summary["coverage"]["percent"]) == (9, 1, 90.0)


def test_sql_ending_with_its_own_delimiter_is_split_where_liquibase_splits_it(tmp_path: Path) -> None:
    """A trigger's body holds `;`, so its changeSet ends statements with `endDelimiter="//"` (MySQL) or a lone `/`
    (Oracle): `END//` was a problem ("cannot parse DDL statement"). A table created after it is still read."""
    write(tmp_path, {"db/changelog.xml": (
        XML_HEAD
        + '  <changeSet id="1" author="crm">\n'
        + '    <sql endDelimiter="//">\n'
        + "CREATE TRIGGER customers_audit AFTER UPDATE ON customers FOR EACH ROW\n"
        + "BEGIN\n"
        + "  INSERT INTO audit_log (customer_id, changed_at) VALUES (NEW.id, NOW());\n"
        + "  UPDATE counters SET n = n + 1 WHERE name = 'customer_updates';\n"
        + "END//\n"
        + "CREATE TABLE customer_notes (customer_id BIGINT, note TEXT)//\n"
        + "    </sql>\n  </changeSet>\n"
        + '  <changeSet id="2" author="crm">\n'
        + '    <sql endDelimiter="/">\nCREATE TABLE customer_tags (customer_id BIGINT, tag VARCHAR(40))\n/\n    </sql>\n'
        + "  </changeSet>\n</databaseChangeLog>\n")})
    tables, problems = replayed(tmp_path, "db/changelog.xml", dialect="mysql")
    assert problems == []
    assert {name: list(table.columns) for name, table in tables.items()} == {
        "customer_notes": ["customer_id", "note"], "customer_tags": ["customer_id", "tag"]}


def test_a_sql_files_problem_is_reported_in_that_file_at_its_line(tmp_path: Path) -> None:
    """A statement of a `sqlFile` that cannot be read was reported in the changelog, at the element's line
    plus the statement's: nowhere a person could find it."""
    write(tmp_path, {
        "db/changelog.xml": (XML_HEAD + '  <changeSet id="1" author="crm">\n'
                             + '    <sqlFile path="sql/contacts.sql" relativeToChangelogFile="true"/>\n'
                             + "  </changeSet>\n</databaseChangeLog>\n"),
        "db/sql/contacts.sql": "CREATE TABLE contacts (id BIGINT, email TEXT);\n\nCREAT TABLE broken (a INT);\n"})
    tables, problems = replayed(tmp_path, "db/changelog.xml")
    assert [(problem.path, problem.line) for problem in problems] == [("db/sql/contacts.sql", 3)]
    assert list(tables["contacts"].columns) == ["id", "email"]
    assert (tables["contacts"].source, tables["contacts"].line) == ("db/sql/contacts.sql", 1)
