"""Liquibase's order: a master changelog (`db.changelog-master.yaml`, JHipster's `master.xml`) includes
changelogs and formatted SQL files (`--liquibase formatted sql`) one by one, and Liquibase applies them
in that order, whatever their names (`create-users.sql` before `add-email.sql`).

A changelog a changelog includes takes its place in that order too (its own changes, then what it
includes), and `includeAll` applies a folder's files in path order at its place; the replay adds what a
listed changelog includes (`with_included`), so listing the master is enough and no file applies twice. A
path is resolved beside the including changelog (`relativeToChangelogFile`) or from the folders above
it up to the project's root (a classpath path such as `db/changelog/changes/x.sql` under
`src/main/resources`); nothing outside the project is read.
"""

from __future__ import annotations

import re
from pathlib import Path
from checker.safe_read import read_text

CHANGELOG_NAME = re.compile(r"(?i)(.*changelog.*|master)\.(xml|ya?ml|json)$")
CHANGELOG_SUFFIXES = (".xml", ".yaml", ".yml", ".json")
MAX_DEPTH = 8  # changelogs including changelogs


def changelogs(files: list[tuple[Path, str]]) -> list[Path]:
    """The changelogs in the folders of the SQL files and the folders above them (within the project)."""
    folders: set[Path] = set()
    for path, relative in files:
        depth = relative.count("/")
        folders.update(path.parents[index] for index in range(depth + 1))
    found = []
    for folder in sorted(folders):
        try:
            found += sorted(entry for entry in folder.iterdir() if entry.is_file() and CHANGELOG_NAME.match(entry.name))
        except OSError:
            continue
    return found


def included_order(files: list[tuple[Path, str]]) -> dict[str, tuple[str, int]]:
    """Each SQL file a changelog includes -> the folder of the outermost changelog including it and its
    place in that changelog's order (files no changelog includes are left out)."""
    if not files:
        return {}
    by_path = {path.resolve(): relative for path, relative in files}
    root = _root(files)
    places: dict[str, tuple[str, int]] = {}
    applied = {changelog: _included(changelog, root, 0) for changelog in changelogs(files)}
    # the master first: it applies the most (a changelog it includes, even in its own folder, applies a part)
    for changelog in sorted(applied, key=lambda found: (-len(applied[found]), len(found.parts), str(found))):
        folder = _relative_folder(changelog, root)
        for index, included in enumerate(applied[changelog]):
            relative = by_path.get(included)
            if relative is not None and relative not in places:
                places[relative] = (folder, index)
    return places


def _root(files: list[tuple[Path, str]]) -> Path:
    """The project's root: the folder the files' relative paths start from."""
    path, relative = files[0]
    return path.parents[relative.count("/")].resolve()


def _relative_folder(changelog: Path, root: Path) -> str:
    """The changelog's folder as the project names it (relative to the project's root)."""
    try:
        return changelog.parent.relative_to(root).as_posix()
    except ValueError:
        return changelog.parent.as_posix()


def _included(changelog: Path, root: Path, depth: int) -> list[Path]:
    """The SQL files and changelogs a changelog applies, in order: an included changelog at its place,
    then what it includes."""
    if depth > MAX_DEPTH:
        return []
    found: list[Path] = []
    for target in _includes(changelog, root):
        if target.suffix.lower() == ".sql":
            found.append(target)
        elif target.suffix.lower() in CHANGELOG_SUFFIXES:
            found += [target, *_included(target, root, depth + 1)]
    return found


def _includes(changelog: Path, root: Path) -> list[Path]:
    """The files a changelog's `include` and `includeAll` entries name, in its order, where they are in
    the project."""
    from checker.readers.liquibase_changes import parsed  # XML and YAML parsers only for a changelog

    try:
        document = parsed(read_text(changelog), changelog.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return []
    found: list[Path] = []
    for entry in document.children:
        relative_to_changelog = entry.get("relativeToChangelogFile").lower() == "true"
        if entry.name == "include" and entry.get("file"):
            target = resolved(changelog, entry.get("file"), relative_to_changelog, root)
            found += [target] if target is not None else []
        elif entry.name == "includeAll" and entry.get("path"):
            folder = resolved(changelog, entry.get("path").rstrip("/"), relative_to_changelog, root, folder=True)
            found += sorted(path for path in folder.rglob("*") if path.is_file() and path != changelog
                            and path.suffix.lower() in (".sql", *CHANGELOG_SUFFIXES)) if folder is not None else []
    return found


def with_included(files: list[tuple[Path, str]]) -> list[tuple[Path, str]]:
    """`files` and the changelogs and SQL files the changelogs among them include (a master changelog
    listed alone brings the changelogs it applies)."""
    listed = {path.resolve() for path, _ in files}
    root = _root(files) if files else Path()
    extra = {included: included.relative_to(root).as_posix() for included in included_by(files) if included not in listed}
    return files + sorted(extra.items(), key=lambda item: item[1])


def included_by(files: list[tuple[Path, str]]) -> list[Path]:
    """The files (resolved) that the changelogs among `files` include, at any depth, in their order."""
    changelogs_listed = [path for path, relative in files if relative.lower().endswith(CHANGELOG_SUFFIXES)]
    if not changelogs_listed:
        return []
    root = _root(files)
    return list(dict.fromkeys(included for changelog in changelogs_listed for included in _included(changelog, root, 0)))


def sql_files(files: list[tuple[Path, str]]) -> list[Path]:
    """The files the `sqlFile` changes of the changelogs among `files` apply (part of what a replay depends
    on: their SQL is replayed inside the changelog)."""
    from checker.readers.liquibase_changes import parsed

    root = _root(files) if files else Path()
    found: list[Path] = []
    for path, relative in files:
        if not relative.lower().endswith(CHANGELOG_SUFFIXES):
            continue
        try:
            document = parsed(read_text(path), relative)
        except (OSError, UnicodeDecodeError, ValueError):
            continue
        changes = [change for change_set in document.named("changeSet") for change in change_set.named("sqlFile")]
        targets = [resolved(path, change.get("path"), change.get("relativeToChangelogFile").lower() == "true", root)
                   for change in changes if change.get("path")]
        found += [target for target in targets if target is not None]
    return found


def resolved(changelog: Path, name: str, relative_to_changelog: bool, root: Path, folder: bool = False) -> Path | None:
    """Where an included path (a file, or a `folder`) is: beside the changelog, or under one of the folders
    above it up to the project's root; None when it is nowhere in the project."""
    name = name.removeprefix("classpath:").lstrip("/")
    beside = changelog.parent.resolve()
    places = [beside] if relative_to_changelog else [beside, *(up for up in beside.parents if up.is_relative_to(root))]
    for place in places:
        target = (place / name).resolve()
        if (target.is_dir() if folder else target.is_file()) and target.is_relative_to(root):
            return target
    return None
