"""The HTML report renders in headless Chromium with every finding visible."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's chromium, installed by the test run when missing (as CI's root user can)."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        installed = subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], capture_output=True, text=True,
                                   env=env, timeout=900)
        if installed.returncode != 0:  # stale package lists on a fresh machine
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, env=env, timeout=900)
            subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], capture_output=True, env=env, timeout=900)
        found = shutil.which("chromium")
    if found is None:
        pytest.fail("headless Chromium is needed for the HTML report test and could not be installed")
    return found


def scan(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "scan", str(DEMO), "--as-of", "2026-11-24", *args],
                          capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})


class _VisibleText(HTMLParser):
    """Text of the rendered DOM outside <style>, <script> and <head>."""

    def __init__(self) -> None:
        super().__init__()
        self.skip = 0
        self.chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:  # noqa: ANN001
        self.skip += tag in ("style", "script", "head")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "script", "head")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.chunks.append(data)


def test_html_report_shows_every_finding_in_chromium(chromium: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    assert scan("--format", "html", "--output", str(page)).returncode == 1
    findings = json.loads(scan("--format", "json").stdout)["findings"]
    rendered = subprocess.run(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120)
    assert rendered.returncode == 0, rendered.stderr[-2000:]
    parser = _VisibleText()
    parser.feed(rendered.stdout)
    text = " ".join(" ".join(parser.chunks).split())
    assert rendered.stdout.count('class="finding"') == len(findings)
    for finding in findings:
        assert " ".join(finding["message"].split()) in text
        assert f"{finding['path']}:{finding['line']}:{finding['column']}" in text
        assert " ".join(finding["citation"]["quote"].split()) in text
    assert "Data map" in text and "s3://partner-share/mgt/accounts_" in text


def test_html_report_is_self_contained(tmp_path: Path) -> None:
    html = scan("--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>")
    for external in ("<script", "http://", "https://", "<link"):
        assert external not in html


def test_html_report_escapes_what_it_quotes_and_marks_transfers_outside_the_eea() -> None:
    from checker.dataflows import Flow
    from checker.findings import Finding
    from checker.policy.model import Citation
    from checker.report.html import render
    from checker.results import ScanResult

    finding = Finding(
        rule_id="TRF001", family="transfer", severity="error", path="exports/<partner>.sql", line=4, column=8,
        message="COPY sends account.email to s3://us-share/<script>alert(1)</script>",
        subject="accounts", category="account.email", pack="mgt-solutions",
        citation=Citation("privacy-policy.txt", "Transfers", 'Data stays in the EU & "EEA".'),
        evidence=("destination: s3://us-share/ (country US) <b>not allowed</b>",), anchor="copy-us")
    flows = [Flow("account.email", "marketing", "s3://us-share/", "US"),
             Flow("account.email", "marketing", "warehouse", "DE")]
    page = render(ScanResult(findings=[finding], files=1, statements=1, flows=flows))
    assert "<script>" not in page and "<b>not allowed" not in page and "<partner>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "exports/&lt;partner&gt;.sql:4:8" in page
    assert "Data stays in the EU &amp; &#34;EEA&#34;." in page
    assert '<span class="outside">US</span>' in page and "<td>DE</td>" in page
    assert '<div class="card" id="count-error"><b>1</b>errors</div>' in page
    assert '<h2 id="family-transfer">Transfer (1)</h2>' in page


def test_html_report_shows_control_characters_as_escapes() -> None:
    """HTML escaping leaves ESC, BEL and bidi overrides alone: a file name holding them must not reach
    the page raw (a terminal that prints the file would obey them; a reader would see reordered text)."""
    from checker.findings import Finding
    from checker.report.html import render
    from checker.results import ScanResult

    finding = Finding(rule_id="INP002", family="input", severity="error", path="sql/\x1b]8;;evil\x07x\u202eloc.sql",
                      line=1, column=1, message="cannot read the file\x1b[2J")
    page = render(ScanResult(findings=[finding], files=1, statements=0))
    assert "\x1b" not in page and "\x07" not in page and "\u202e" not in page
    assert "sql/\\x1b]8;;evil\\x07x\\u202eloc.sql" in page and "cannot read the file\\x1b[2J" in page
