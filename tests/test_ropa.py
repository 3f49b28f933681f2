"""`privgate ropa`: the record of processing activities derived from the pack and the demo's code."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"


def ropa(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "checker", "ropa", str(DEMO), *args], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})


def test_csv_has_one_record_per_purpose_with_code_facts() -> None:
    result = ropa("--format", "csv")
    assert result.returncode == 0, result.stderr
    rows = {row["purpose"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert len(rows) == 15
    analytics = rows["analytics"]
    assert analytics["legal_basis"] == "legitimate interest"
    assert "customer_service.notes" in analytics["categories_in_code"]  # the violation shows in the record
    assert "code: s3://partner-share/mgt/accounts_ (US)" in analytics["transfers"]
    assert rows["marketing"]["retention"] == "communications: at most 90 days from survey ended"
    assert rows["litigation"]["recipients"] == ("law enforcement officials, government authorities or other third "
                                                "parties, for legal reasons or a dispute (authority); "
                                                "vendors bound by EU contract clauses or Processor Binding "
                                                "Corporate Rules (processor)")
    assert rows["litigation"]["not_shared_with"] == "third parties"


def test_markdown_names_purposes_bases_and_retention() -> None:
    result = ropa()
    assert result.returncode == 0
    text = result.stdout
    assert text.startswith("# Record of processing activities")
    assert "## Global Customer Service (`customer_service`, pack `mgt-solutions`)" in text
    assert "- **Legal basis:** contract (policy section: Customer Service)" in text
    assert "customer_service: at most 2 years from collected" in text


def test_third_country_recipients_the_policy_allows_are_listed_for_their_purpose_only() -> None:
    """go-bg shares consent data with Facebook and Google (US): the record of direct marketing names them
    as recipients in a third country; the contract record names the couriers and not them."""
    result = subprocess.run([sys.executable, "-m", "checker", "ropa", str(REPO / "fixtures" / "go-bg"), "--format", "csv"],
                            capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    rows = {row["purpose"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    marketing, contract = rows["direct_marketing"], rows["contract"]
    assert "Facebook (Meta Platforms) (third party; third country)" in marketing["recipients"]
    assert "Google (third party; third country)" in marketing["recipients"]
    assert "policy allows: Facebook (Meta Platforms) (third country)" in marketing["transfers"]
    assert "Facebook" not in contract["recipients"] and "postal operators and courier companies (partner)" in contract["recipients"]
    assert contract["not_shared_with"] == "recipients of contract data the policy does not list"
