"""Fides dataset manifests annotate the catalog: fideslang categories map to the pack's."""

from __future__ import annotations

from pathlib import Path

import yaml

from checker.config import load_config
from checker.engine import collect_files, load_project, scan
from checker.readers.fides import taxonomy
from helpers import DEFAULT_AS_OF

MANIFEST = """
dataset:
  - fides_key: crm_postgres
    name: CRM database
    collections:
      - name: accounts
        fields:
          - {name: id, data_categories: [system.operations]}
          - {name: email, data_categories: [user.contact.email]}
          - {name: full_name, data_categories: [user.name]}
          - name: shipping
            fields:                                  # a JSON column with nested fields
              - {name: street, data_categories: [user.contact.address.street]}
              - {name: city, data_categories: [user.contact.address.city]}
          - {name: language, data_categories: [user.demographic.language]}
          - {name: notes, data_categories: [user.health_and_medical]}   # deprecated key, replaced by user.health
      - name: consents
        fields:
          - {name: account_id, data_categories: [system.operations]}
          - {name: marketing_email, data_categories: [consent.marketing_email]}  # a pack category used directly
"""


def _project(root: Path, files: dict[str, str]):
    (root / "privgate.yaml").write_text(yaml.safe_dump({"packs": ["mgt-solutions"], "catalog": {"fides": ["fides/*.yml"]}}))
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return load_project(load_config(root / "privgate.yaml"))


def test_fideslang_categories_map_to_the_pack(tmp_path: Path) -> None:
    catalog = _project(tmp_path, {"fides/crm.yml": MANIFEST}).catalog
    assert catalog.table("accounts").columns == {
        "id": None, "email": "account.email", "full_name": "account.name", "shipping": "account.address",
        "language": "account.language", "notes": "special.health"}
    assert catalog.table("consents").columns == {"account_id": None, "marketing_email": "consent.marketing_email"}


def test_a_query_over_fides_labelled_tables_is_judged(tmp_path: Path) -> None:
    project = _project(tmp_path, {"fides/crm.yml": MANIFEST,
                                  "models/audience.sql": "-- privgate: purpose=marketing\nSELECT email, notes FROM accounts;\n"})
    result = scan(project, collect_files(project, [tmp_path]), DEFAULT_AS_OF, whole_project=True)
    # CON006: the manifest has no withdrawal data to match the audience against
    assert sorted(f.rule_id for f in result.findings) == ["CON001", "CON006", "PUR001", "SPC001", "SPC003"]


def test_a_broken_manifest_is_an_input_problem(tmp_path: Path) -> None:
    project = _project(tmp_path, {"fides/broken.yml": "dataset: [\n", "fides/other.yml": "collections: []\n"})
    assert sorted((p.path, p.kind) for p in project.problems) == [("fides/broken.yml", "unparsable"),
                                                                  ("fides/other.yml", "unparsable")]


def test_the_taxonomy_ships_with_its_attribution() -> None:
    from importlib import resources

    text = resources.files("checker.data").joinpath("fideslang_categories.json").read_text("utf-8")
    assert "Apache License 2.0" in text and "ethyca/fideslang" in text
    assert taxonomy()["user.contact.email"]["name"] == "User Contact Email"
