"""Path globs in privgate.yaml (include, exclude, dialects, purposes, catalog ddl/fides, datasets,
accept) behave as .gitignore patterns do: each expectation below is also checked against git itself.
And matching stays fast on globs that make regex-based matchers backtrack."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from checker.globs import match_path, matches_any

# (globs in order, {relative file path: whether the list takes it})
SEMANTICS: list[tuple[list[str], dict[str, bool]]] = [
    # no slash: any depth; a slash anchors to the project root; a leading slash anchors a plain name
    (["*.sql"], {"a.sql": True, "models/a.sql": True, "models/a.sqlx": False, "a.SQL": False}),
    (["/*.sql"], {"a.sql": True, "models/a.sql": False}),
    (["models/*.sql"], {"models/a.sql": True, "models/x/a.sql": False, "sub/models/a.sql": False}),
    (["m**s/x.sql"], {"models/x.sql": True, "ms/x.sql": True, "m/s/x.sql": False}),  # ** inside a name is *
    # ** as a whole segment
    (["models/**/*.sql"], {"models/a.sql": True, "models/x/y/a.sql": True, "other/models/a.sql": False}),
    (["**/staging/*.sql"], {"staging/a.sql": True, "a/b/staging/c.sql": True, "staging/x/c.sql": False}),
    (["exports/**"], {"exports": False, "exports/a": True, "exports/a/b": True}),
    (["a/**/b"], {"a/b": True, "a/x/b": True, "a/x/y/b": True, "a/b/c": True, "b": False, "x/a/b": False}),
    (["**"], {"a": True, "a/b/c": True}),
    # folders: a trailing slash matches folders only; a matched folder takes every file below it
    (["generated/"], {"generated/a.sql": True, "a/generated/b.sql": True, "generated": False,
                      "generatedx/a.sql": False}),
    (["generated"], {"generated": True, "x/generated": True, "generated/a.sql": True, "x/generated/y/z.sql": True}),
    (["foo/*"], {"foo/test.json": True, "foo/bar/hello.c": True, "foo": False}),
    # character classes, ? and escapes
    (["report_[0-9][0-9].sql"], {"report_01.sql": True, "report_1a.sql": False, "x/report_99.sql": True}),
    (["[!a]*.sql"], {"a.sql": False, "b.sql": True, "ab.sql": False}),
    (["[^a]*.sql"], {"a.sql": False, "b.sql": True}),
    (["[]a]x"], {"]x": True, "ax": True, "bx": False}),
    (["[a-c-]x"], {"bx": True, "-x": True, "dx": False}),
    (["data_[[:digit:]]*.csv"], {"data_1.csv": True, "data_x.csv": False, "data_12b.csv": True}),
    (["a?c.sql"], {"abc.sql": True, "a/c.sql": False, "ac.sql": False}),
    (["\\*.sql"], {"*.sql": True, "a.sql": False}),
    (["\\!bang.sql"], {"!bang.sql": True, "bang.sql": False}),
    # negation: the last matching glob decides; a file below a matched folder cannot be taken back
    (["generated/*", "!generated/keep.sql"], {"generated/keep.sql": False, "generated/drop.sql": True,
                                              "generated/sub/keep.sql": True}),
    (["generated/", "!generated/keep.sql"], {"generated/keep.sql": True, "generated/drop.sql": True}),
    (["*.sql", "!important.sql"], {"important.sql": False, "x/important.sql": False, "other.sql": True}),
    (["*.sql", "!important.sql", "important.sql"], {"important.sql": True}),
    (["models/**", "!models/staging/**"], {"models/a.sql": True, "models/staging/b.sql": True}),
    (["models/**", "!models/staging/", "!models/staging/**"], {"models/a.sql": True, "models/staging/b.sql": False}),
    (["a/*/b/*.sql", "!a/x/b/keep.sql"], {"a/x/b/keep.sql": False, "a/x/b/drop.sql": True, "a/x/y/b/k.sql": False}),
    (["/"], {"a": False}),
]


@pytest.mark.parametrize(("globs", "paths"), SEMANTICS, ids=[" ".join(globs) for globs, _ in SEMANTICS])
def test_gitignore_semantics(globs: list[str], paths: dict[str, bool]) -> None:
    assert {path: matches_any(globs, path) for path in paths} == paths


def _git_ignores(globs: list[str], paths: list[str], folder: Path) -> dict[str, bool]:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    (folder / ".gitignore").write_text("\n".join(globs) + "\n")
    report = subprocess.run(["git", "check-ignore", "--no-index", "--stdin", "--verbose", "--non-matching"],
                            cwd=folder, input="\n".join(paths) + "\n", capture_output=True, text=True).stdout
    ignored = {}
    for line in report.splitlines():
        source, path = line.split("\t")
        pattern = source.split(":", 2)[2]  # `.gitignore:LINE:PATTERN`, or `::` for no match
        ignored[path] = bool(pattern) and not pattern.startswith("!")
    return ignored


@pytest.mark.skipif(shutil.which("git") is None, reason="git is the reference for gitignore semantics")
def test_the_expectations_are_what_git_does(tmp_path: Path) -> None:
    for number, (globs, paths) in enumerate(SEMANTICS):
        assert _git_ignores(globs, list(paths), tmp_path / str(number)) == paths, globs


def test_a_config_glob_names_a_file_by_its_path_from_the_project_root() -> None:
    assert match_path("./models/a.sql", "models/a.sql")
    assert match_path("models/marketing/**", "models/marketing/campaigns/a.sql")
    assert not match_path("models/marketing/**", "models/support/a.sql")
    assert not match_path("!models/a.sql", "models/a.sql")  # a lone negation takes nothing
    assert not matches_any([], "a.sql")


@pytest.mark.parametrize("glob", [
    "*a*a*a*a*a*a*a*a*a*a*a*az",
    "**/*a*a*a*a*a*a*a*a*a*a*a*az",
    "/".join(["**", "a"] * 20) + "/z",
    "*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*[a-z]*!",
])
def test_globs_that_make_regex_matchers_backtrack_finish_at_once(glob: str) -> None:
    paths = ["a" * 200, "/".join(["a" * 39] * 5), "/".join("a" * 100)]
    started = time.perf_counter()
    found = [match_path(glob, path) for path in paths]
    assert time.perf_counter() - started < 1.0
    assert found == [False, False, False]
