"""Run one fuzz target under atheris: `python tests/fuzz/run.py TARGET [libFuzzer flags...]`
(`make fuzz` runs every target for a few minutes). The corpus starts from the repository's own
fixtures (copied to a temporary folder, since libFuzzer adds what it finds to its corpus folder)."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.fuzz.targets import TARGETS, warm_up  # noqa: E402

warm_up()  # import every module the targets reach, so that instrument_all sees them
atheris.instrument_all()

SEEDS = {  # globs under the repository root
    "sql_reader": ["fixtures/demo/models/**/*.sql", "fixtures/demo/schema/*.sql", "tests/fuzz/regressions/sql_reader/*"],
    "config_loader": ["fixtures/*/privgate.yaml", "tests/cases/_project.yaml", "tests/fuzz/regressions/config_loader/*"],
    "pack_loader": ["rules/*.yaml", "tests/cases/packs/*.yaml", "tests/fuzz/regressions/pack_loader/*"],
    "dbt_jinja": ["fixtures/demo/dbt/models/**/*.sql", "fixtures/demo/dbt/macros/*.sql", "tests/fuzz/regressions/dbt_jinja/*"],
    "dataset_reader": ["fixtures/demo/data/**/*.csv", "fixtures/demo/data/**/*.jsonl", "tests/fuzz/regressions/dataset_reader/*"],
}


def main() -> None:
    name = sys.argv[1]
    corpus = Path(tempfile.mkdtemp(prefix=f"privgate-fuzz-{name}-"))
    for pattern in SEEDS[name]:
        for index, seed in enumerate(sorted(REPO.glob(pattern))):
            shutil.copy(seed, corpus / f"{index:03d}-{seed.name}")
    atheris.Setup([sys.argv[0], *sys.argv[2:], str(corpus)], TARGETS[name])
    atheris.Fuzz()


if __name__ == "__main__":
    main()
