"""The composite GitHub Action: its scan step's script runs here with a fake GitHub environment
(a git workspace, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, `privgate` on PATH counting its runs),
wired exactly as action.yml wires the inputs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import base_project

REPO = Path(__file__).resolve().parents[1]
ACTION = yaml.safe_load((REPO / "action.yml").read_text())
SCRIPT = REPO / ".github" / "privgate-action.sh"
STEPS = {step.get("name"): step for step in ACTION["runs"]["steps"]}
GITHUB_CONTEXT = {"github.action_repository": "privgate/privgate", "github.action_ref": "v9.9.9"}
VIOLATING = {
    "models/topics.sql": "-- privgate: purpose=analytics\nSELECT t.notes, t.subject FROM tickets t;\n",  # 2 errors
    "models/adhoc.sql": "SELECT email FROM accounts;\n",  # a warning: personal data without a purpose
}


def workspace(tmp_path: Path, files: dict[str, str], config: dict | None = None) -> Path:
    """A checked-out repository with the privgate project in warehouse/."""
    root = tmp_path / "workspace"
    project = root / "warehouse"
    project.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (project / "privgate.yaml").write_text(yaml.safe_dump(config or base_project()))
    for path, sql in files.items():
        (project / path).parent.mkdir(parents=True, exist_ok=True)
        (project / path).write_text(sql)
    return root


def run_action(tmp_path: Path, root: Path, **inputs: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str],
                                                                     str, list[str]]:
    """Runs the Scan step's script as GitHub would: returns the run, the step outputs, the step summary
    and the privgate invocations."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    calls = tmp_path / "calls.log"
    wrapper = bin_dir / "privgate"
    wrapper.write_text(f'#!/bin/sh\necho "$*" >> "{calls}"\nexec "{sys.executable}" -m checker "$@"\n')
    wrapper.chmod(0o755)
    output, summary = tmp_path / "github_output", tmp_path / "step_summary"
    output.write_text("")
    summary.write_text("earlier step\n")
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "GITHUB_WORKSPACE": str(root), "GITHUB_OUTPUT": str(output),
           "GITHUB_STEP_SUMMARY": str(summary), "RUNNER_TEMP": str(tmp_path), "GITHUB_SERVER_URL": "https://github.com"}
    for name, expression in STEPS["Scan"]["env"].items():  # the step's env, from the inputs and their defaults
        key = re.fullmatch(r"\$\{\{ (\S+) \}\}", expression).group(1)
        if key.startswith("inputs."):
            value = inputs.get(key[7:].replace("-", "_"), ACTION["inputs"][key[7:]].get("default", ""))
        else:
            value = GITHUB_CONTEXT[key]
        env[name] = str(value)
    run = subprocess.run(["bash", str(SCRIPT)], cwd=tmp_path, capture_output=True, text=True, env=env)
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    invocations = calls.read_text().splitlines() if calls.exists() else []
    return run, outputs, summary.read_text(), invocations


def test_one_scan_gives_annotations_sarif_outputs_and_a_summary(tmp_path: Path) -> None:
    root = workspace(tmp_path, VIOLATING)
    run, outputs, summary, invocations = run_action(tmp_path, root, working_directory="warehouse",
                                                    as_of="2026-11-24")
    assert run.returncode == 1, run.stderr
    assert len(invocations) == 1 and invocations[0].startswith("scan --format github --output sarif=")
    annotations = [line for line in run.stdout.splitlines() if line.startswith("::error ")]
    assert len(annotations) == 2 and all("file=warehouse/models/topics.sql" in line for line in annotations)
    assert {key: outputs[key] for key in ("findings", "errors", "warnings", "infos", "coverage", "exit-code")} == {
        "findings": "3", "errors": "2", "warnings": "1", "infos": "0", "coverage": "100", "exit-code": "1"}
    sarif = Path(outputs["sarif-file"])
    assert sarif == root / "warehouse" / "privgate.sarif"
    document = json.loads(sarif.read_text())["runs"][0]
    assert len(document["results"]) == 3 and document["automationDetails"]["id"] == "privgate/"
    docs = "https://github.com/privgate/privgate/blob/v9.9.9/docs/rules.md"  # the action's own version
    assert document["tool"]["driver"]["rules"][0]["helpUri"] == f"{docs}#pur001"
    assert summary.startswith("earlier step\n### privgate: 2 errors, 1 warning, 0 infos\n")
    assert "coverage 100%" in summary
    assert f"| [PUR001]({docs}#pur001) | category-outside-purpose | 2 |" in summary
    assert f"- **error** [PUR001]({docs}#pur001) `warehouse/models/topics.sql:2:10`" in summary
    assert "`warehouse/models/adhoc.sql:1:1` reads personal data" in summary


def test_inputs_reach_the_scan(tmp_path: Path) -> None:
    root = workspace(tmp_path, {"models/adhoc.sql": VIOLATING["models/adhoc.sql"]})
    passing = run_action(tmp_path, root, working_directory="warehouse", paths="models", category="warehouse")
    assert passing[0].returncode == 0, passing[0].stderr  # a warning does not fail by default
    assert (passing[1]["warnings"], passing[1]["exit-code"]) == ("1", "0")
    assert json.loads(Path(passing[1]["sarif-file"]).read_text())["runs"][0]["automationDetails"]["id"] == "warehouse/"
    strict, outputs, _, invocations = run_action(tmp_path, root, working_directory="warehouse", fail_on="warning",
                                                 extra_args="--min-coverage 90 --no-cache", sarif_file="out/p.sarif")
    assert strict.returncode == 1 and outputs["exit-code"] == "1"
    assert "--fail-on warning" in invocations[-1] and "--min-coverage 90 --no-cache" in invocations[-1]
    assert outputs["sarif-file"] == str(root / "warehouse" / "out" / "p.sarif")


def test_a_configuration_error_exits_2_and_says_so(tmp_path: Path) -> None:
    root = workspace(tmp_path, VIOLATING, config=base_project() | {"packs": ["no-such-pack"]})
    run, outputs, summary, invocations = run_action(tmp_path, root, working_directory="warehouse")
    assert run.returncode == 2
    assert len(invocations) == 1 and "no-such-pack" in run.stderr
    assert outputs == {"exit-code": "2"}  # no counts, no SARIF to upload
    assert "privgate stopped before reporting (exit 2)" in summary


def test_a_missing_working_directory_exits_2(tmp_path: Path) -> None:
    run, outputs, _, invocations = run_action(tmp_path, workspace(tmp_path, VIOLATING), working_directory="nowhere")
    assert run.returncode == 2 and invocations == []
    assert "::error title=privgate::working-directory 'nowhere'" in run.stdout


def test_every_action_used_is_pinned_by_commit() -> None:
    text = (REPO / "action.yml").read_text()
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert len(uses) == 4
    for reference, comment in uses:
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", reference), reference
        assert re.fullmatch(r" # v\d+\.\d+\.\d+", comment), comment


def test_nothing_hides_an_exit_code() -> None:
    for text in ((REPO / "action.yml").read_text(), SCRIPT.read_text()):
        assert "|| true" not in text and "continue-on-error" not in text
    assert "set -e" not in SCRIPT.read_text()  # the script collects privgate's code and exits with it


def test_the_upload_is_an_input_and_the_description_says_so() -> None:
    upload = STEPS["Upload SARIF to code scanning"]
    assert upload["uses"].startswith("github/codeql-action/upload-sarif@")
    assert "inputs.upload-sarif == 'true'" in upload["if"] and ACTION["inputs"]["upload-sarif"]["default"] == "false"
    assert 'uploaded when upload-sarif is "true"' in " ".join(ACTION["description"].split())


@pytest.mark.parametrize("name", ["config", "working-directory", "paths", "as-of", "fail-on", "baseline",
                                  "changed-since", "version", "extra-args"])
def test_the_action_has_the_input(name: str) -> None:
    assert name in ACTION["inputs"]
    used = json.dumps(ACTION["runs"]["steps"])
    assert "${{ inputs." + name + " }}" in used


def test_outputs_come_from_the_scan_step() -> None:
    for name in ("findings", "errors", "warnings", "infos", "coverage", "sarif-file", "exit-code"):
        assert ACTION["outputs"][name]["value"] == "${{ steps.scan.outputs." + name + " }}"


def test_pip_and_privgates_cache_are_kept() -> None:
    steps = ACTION["runs"]["steps"]
    names = [step.get("name") for step in steps]
    pip = STEPS["Cache pip downloads"]
    assert names.index("Cache pip downloads") < names.index("Install privgate")
    assert pip["with"]["path"] == "${{ steps.pip.outputs.dir }}" and pip["with"]["key"] == "${{ steps.pip.outputs.key }}"
    cache = STEPS["Restore privgate's cache"]
    assert names.index("Restore privgate's cache") < names.index("Scan")
    assert cache["uses"].startswith("actions/cache@") and cache["with"]["path"] == "~/.cache/privgate"
    assert cache["if"] == "inputs.cache == 'true'" and ACTION["inputs"]["cache"]["default"] == "true"


@pytest.mark.parametrize(("version", "source"), [("", r"[0-9a-f]{16}"), ("0.2.0", r"0\.2\.0")])
def test_the_pip_cache_key_follows_what_is_installed(tmp_path: Path, version: str, source: str) -> None:
    output = tmp_path / "github_output"
    step = STEPS["Locate pip's cache"]
    run = subprocess.run(["bash", "-c", step["run"]], capture_output=True, text=True, env={
        "PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "GITHUB_OUTPUT": str(output),
        "GITHUB_ACTION_PATH": str(REPO), "RUNNER_OS": "Linux", "PRIVGATE_VERSION": version, "HOME": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    values = dict(line.split("=", 1) for line in output.read_text().splitlines())
    assert values["dir"] and re.fullmatch(rf"privgate-pip-Linux-py3\d+-{source}", values["key"]), values
