"""The coverage-guided fuzz targets (tests/fuzz/targets.py) run under atheris with a short budget
here; `make fuzz` runs them for minutes. A target fails on any exception that is not privgate's
own clear error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests_fuzz_names import TARGET_NAMES

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("target", TARGET_NAMES)
def test_fuzz_target_survives_a_short_run(target: str, tmp_path: Path) -> None:
    pytest.importorskip("atheris")
    run = subprocess.run([sys.executable, str(REPO / "tests" / "fuzz" / "run.py"), target, "-runs=400", "-seed=1",
                          f"-artifact_prefix={tmp_path}/", "-rss_limit_mb=3072"],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]


def _regressions():
    for folder in sorted((REPO / "tests" / "fuzz" / "regressions").iterdir()):
        for case in sorted(folder.iterdir()):
            yield pytest.param(folder.name, case, id=f"{folder.name}-{case.name[-12:]}")


@pytest.mark.parametrize(("target", "case"), list(_regressions()))
def test_inputs_the_fuzzers_found_are_handled(target: str, case: Path) -> None:
    """Each crash atheris found (a sqlglot TypeError, YAML complex keys and unknown tags, a macro called
    with the wrong arguments, invalid UTF-8 inside JSON strings) now ends in a clear error."""
    sys.path.insert(0, str(REPO))
    from tests.fuzz.targets import TARGETS

    TARGETS[target](case.read_bytes())
