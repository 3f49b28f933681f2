"""Liquibase's order: a master changelog (`db.changelog-master.yaml`, JHipster's `master.xml`) includes
changelogs and formatted SQL files (`--liquibase formatted sql`) one by one, and Liquibase applies them
in that order, whatever their names (`create-users.sql` before `add-email.sql`).

Only `include` entries are followed (`includeAll` applies a folder in path order, as the replay does);
a path is resolved beside the including changelog (`relativeToChangelogFile`) or from the folders above
it up to the project's root (a classpath path such as `db/changelog/changes/x.sql` under
`src/main/resources`); nothing outside the project is read.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from checker.safe_read import read_text

CHANGELOG_NAME = re.compile(r"(?i)(.*changelog.*|master)\.(xml|ya?ml)$")
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
    applied = {changelog: _included_sql(changelog, root, 0) for changelog in changelogs(files)}
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


def _included_sql(changelog: Path, root: Path, depth: int) -> list[Path]:
    """The SQL files a changelog applies, in order, through the changelogs it includes."""
    if depth > MAX_DEPTH:
        return []
    found: list[Path] = []
    for name, relative_to_changelog in _includes(changelog):
        target = _resolved(changelog, name, relative_to_changelog, root)
        if target is None:
            continue
        if target.suffix.lower() == ".sql":
            found.append(target)
        elif CHANGELOG_NAME.match(target.name) or target.suffix.lower() in (".xml", ".yaml", ".yml"):
            found += _included_sql(target, root, depth + 1)
    return found


def _includes(changelog: Path) -> list[tuple[str, bool]]:
    """The `include` entries of a changelog: (file, relativeToChangelogFile)."""
    try:
        text = read_text(changelog)
    except (OSError, UnicodeDecodeError):
        return []
    if changelog.suffix.lower() == ".xml":
        import xml.etree.ElementTree as ElementTree  # only for a project with an XML changelog

        try:
            document = ElementTree.fromstring(text)  # expat refuses entity expansion attacks
        except ElementTree.ParseError:
            return []
        return [(element.attrib["file"], element.attrib.get("relativeToChangelogFile", "").lower() == "true")
                for element in document.iter() if isinstance(element.tag, str)
                and element.tag.rsplit("}", 1)[-1] == "include" and element.attrib.get("file")]
    import yaml  # only for a project with a YAML changelog: a warm one-file scan imports no YAML parser

    try:
        document: Any = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    steps = document.get("databaseChangeLog") if isinstance(document, dict) else None
    includes = [step["include"] for step in steps or [] if isinstance(step, dict) and isinstance(step.get("include"), dict)]
    return [(str(entry["file"]), str(entry.get("relativeToChangelogFile", "")).lower() == "true")
            for entry in includes if entry.get("file")]


def _resolved(changelog: Path, name: str, relative_to_changelog: bool, root: Path) -> Path | None:
    """Where an included path is: beside the changelog, or under one of the folders above it up to the
    project's root; None when it is nowhere in the project."""
    name = name.removeprefix("classpath:").lstrip("/")
    folder = changelog.parent.resolve()
    places = [folder] if relative_to_changelog else [folder, *(up for up in folder.parents if up.is_relative_to(root))]
    for place in places:
        target = (place / name).resolve()
        if target.is_file() and target.is_relative_to(root):
            return target
    return None
