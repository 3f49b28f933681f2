# The two set-up commands: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
AS_OF := 2026-11-24

.PHONY: demo test bench huge fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --disable-pip-version-check -q -e '.[data,test]'
	touch $@

demo: $(VENV)/.installed
	@$(BIN)/python fixtures/demo/data/build_warehouse.py
	@echo "privgate scan fixtures/demo (as of $(AS_OF))"
	@cd fixtures/demo && ../../$(BIN)/privgate scan --as-of $(AS_OF); rc=$$?; \
	if [ $$rc -eq 1 ]; then \
	  echo; echo "privgate exited 1: the demo project breaks its privacy policy on purpose, and a non-zero exit is what fails the build in CI. The build gate works."; \
	elif [ $$rc -ne 0 ]; then exit $$rc; fi

test: $(VENV)/.installed
	$(BIN)/python -m pytest

bench: $(VENV)/.installed  ## not part of `make test`: timings belong here, not in unit tests
	$(BIN)/pip install --disable-pip-version-check -q -e '.[bench]'
	$(BIN)/python bench/run.py

huge: $(VENV)/.installed  ## a 50 MB SQL file, a 2 GB CSV and a 1,000-column CSV: time and peak memory
	$(BIN)/python bench/huge.py

FUZZ_SECONDS ?= 120
fuzz: $(VENV)/.installed  ## every fuzz target for FUZZ_SECONDS each (make test runs them briefly)
	@for target in sql_reader config_loader pack_loader dbt_jinja dataset_reader; do \
	  echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  $(BIN)/python tests/fuzz/run.py $$target -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=3072 \
	    -artifact_prefix=fuzz-$$target- || exit 1; \
	done

clean:
	rm -rf $(VENV) build *.egg-info
