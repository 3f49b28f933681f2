"""Migration tools whose order is written in a plan, not in the file names: sqitch, and Liquibase's
changelogs (`liquibase_changelogs`).

A sqitch project keeps one script per change in `deploy/` (and its undo in `revert/`, its test in
`verify/`), named after the change (`deploy/users.sql`), and applies them in the order its
`sqitch.plan` (beside those folders) lists the changes. A change reworked later keeps its earlier
script as `deploy/<change>@<tag>.sql`, the version as of the first tag after it that has such a file.
Path order would replay `deploy/add_email.sql` before the `deploy/users.sql` it alters.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checker.readers.liquibase_changelogs import changelogs, included_order, sql_files
from checker.safe_read import read_text

PLAN = "sqitch.plan"
DEPLOY = "deploy"

Order = Callable[[str], tuple]  # a DDL file's relative path -> its place in the replay


def planned_order(files: list[tuple[Path, str]], path_order: Order) -> Order:
    """The replay's order of `files` (path, relative): a sqitch deploy script at its change's place
    in the plan (after the folder's other files when the plan does not name it), a SQL file a Liquibase
    changelog includes at its place in the outermost one, any other file in `path_order`."""
    places = included_order(files)  # script -> the folder of the plan or changelog, its place in it
    for plan, folder in _plans(files).items():
        places.update({f"{folder}/{script}": (folder, index) for index, script in enumerate(plan_scripts(plan))})

    def order(relative: str) -> tuple:
        if relative in places:
            folder, index = places[relative]
            return (*path_order(folder + "/"), (0, index))
        return path_order(relative)
    return order


def plan_files(files: list[tuple[Path, str]]) -> list[Path]:
    """The sqitch plans and Liquibase changelogs that may order `files`, and the SQL files changelogs among
    them apply with `sqlFile` (part of what a replay depends on)."""
    return sorted(_plans(files)) + changelogs(files) + sql_files(files)


def is_planned_step(root: Path, relative: str) -> bool:
    """Whether a file is a deploy script of a sqitch project (a step of its migrations, whatever it holds)."""
    return bool(_plans([(root / relative, relative)]))


def _plans(files: list[tuple[Path, str]]) -> dict[Path, str]:
    """Each sqitch plan beside a `deploy/` folder holding one of the files -> that folder (relative)."""
    found: dict[Path, str] = {}
    for path, relative in files:
        parts = relative.split("/")
        if DEPLOY not in parts[:-1]:
            continue
        deploy = len(parts) - 2 - parts[-2::-1].index(DEPLOY)  # the innermost deploy/ folder's place
        plan = path.parents[len(parts) - 1 - deploy] / PLAN
        if plan not in found and plan.is_file():
            found[plan] = "/".join(parts[:deploy + 1])
    return found


def plan_scripts(plan: Path) -> list[str]:
    """The deploy scripts (relative to `deploy/`) a sqitch plan applies, in its order: `<change>.sql` for
    a change's last entry, `<change>@<tag>.sql` for an earlier one (reworked since) when that file exists."""
    try:
        lines = read_text(plan).splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    entries = [line.split()[0].lstrip("+-") for line in lines
               if line.strip() and not line.lstrip().startswith(("%", "#"))]
    scripts = []
    for index, entry in enumerate(entries):
        if entry.startswith("@"):
            continue
        if entry not in entries[index + 1:]:
            scripts.append(f"{entry}.sql")
            continue
        tags = [later[1:] for later in entries[index + 1:] if later.startswith("@")]
        kept = next((f"{entry}@{tag}.sql" for tag in tags
                     if (plan.parent / DEPLOY / f"{entry}@{tag}.sql").is_file()), None)
        scripts += [kept] if kept else []
    return scripts
