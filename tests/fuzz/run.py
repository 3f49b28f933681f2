"""Run one fuzz target under atheris: `python tests/fuzz/run.py TARGET [libFuzzer flags...]`
(`make fuzz` runs every target for a few minutes). Seeds come from tests/fuzz/seeds/TARGET/."""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fuzz.targets import TARGETS, warm_up  # noqa: E402

warm_up()  # import every module the targets reach, so that instrument_all sees them
atheris.instrument_all()


def main() -> None:
    name = sys.argv[1]
    target = TARGETS[name]
    seeds = Path(__file__).parent / "seeds" / name
    flags = [arg for arg in sys.argv[2:]]
    atheris.Setup([sys.argv[0], *flags, *([str(seeds)] if seeds.is_dir() else [])], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
