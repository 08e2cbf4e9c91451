# Two commands on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DATA ?= .data
export ASSISTANT_DATA_DIR ?= $(CURDIR)/$(DATA)
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install run test test-fast bench bench-verify clean

install: $(STAMP)

# torch first: the machine has a local CPU wheel of 2.13.0; letting a resolver choose torch
# would pull gigabytes of CUDA packages. Re-running is a no-op once the stamp is newer than pyproject.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "torch==2.13.0"
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $(STAMP)

run: install
	$(BIN)/assistant ingest seeds/
	$(BIN)/assistant serve --host 127.0.0.1 --port 7860

# The eval gate: the seeds suite in extractive mode; exits non-zero when a metric falls below its threshold.
test: install
	$(BIN)/python -m pytest -q -ra
	$(BIN)/assistant eval seeds --report $(DATA)/eval-seeds.html

test-fast: install
	$(BIN)/python -m pytest -q -m "not integration and not server and not browser"

bench: install
	$(BIN)/python -m assistant.bench

# Claim checking against human labels: dev and test halves, verifier vs baselines (see README).
VERIFY_DATA ?= ../shared/data/qags_xsum_labelled.jsonl
bench-verify: install
	$(BIN)/python -m assistant.evals.claimcheck $(VERIFY_DATA)

clean:
	rm -rf $(VENV) $(DATA) .pytest_cache
