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

.PHONY: install run test test-fast bench bench-verify eval-dev eval-test stress clean

install: $(STAMP)

# torch first: the machine has a local CPU wheel of 2.13.0; letting a resolver choose torch
# would pull gigabytes of CUDA packages. Re-running is a no-op once the stamp is newer than pyproject.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q "torch==2.13.0"
	$(BIN)/python -m pip install -q -e ".[test]"
	$(BIN)/python -m assistant.text.casing  # derive the word-casing table once (see assistant/text/casing.py)
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

# The LangChain baseline the bench compares against needs the `bench` extra; nothing else does.
# The scale part builds 1k/10k/100k-chunk libraries once (tens of minutes) and reuses them after.
bench: install
	$(BIN)/python -m pip install -q -e ".[test,bench]"
	$(BIN)/python -m assistant.bench
	$(BIN)/python -m assistant.bench.scale --cache $(DATA)/bench-scale

# The measurement of issue 10, not part of `make test` (each suite ingests its corpus: minutes, not seconds).
# eval-dev is what you tune on; eval-test is reported, never tuned on (with evals/modev3, report-only though
# its events are dev events). JSON and HTML land in $(DATA)/evals/.
SHARED ?= ../shared/data
NEWSQA := evals/newsqa
EVAL_OUT := $(DATA)/evals
define run_eval
	$(BIN)/assistant eval $(1) --json --report $(EVAL_OUT)/$(2).html > $(EVAL_OUT)/$(2).json
	$(BIN)/python -c "import json,sys; m=json.load(open(sys.argv[1]))['metrics']; print(sys.argv[2], {k: round(v, 3) for k, v in m.items() if v is not None})" $(EVAL_OUT)/$(2).json $(2)
endef

eval-dev eval-test: eval-%: install
	mkdir -p $(EVAL_OUT)
	$(call run_eval,$(NEWSQA)/news-$*.yaml,news-$*)
	$(call run_eval,$(NEWSQA)/news-reject-$*.yaml,news-reject-$*)
	$(call run_eval,$(NEWSQA)/news-conflict-$*.yaml,news-conflict-$*)
	$(call run_eval,--from-qa $(SHARED)/qa_dev_multioutlet.json --corpus $(SHARED)/multioutlet_dev.jsonl --split $*,qa-multioutlet-$*)
	$(call run_eval,--from-qa evals/mofresh/questions.json --corpus $(SHARED)/multioutlet_dev.jsonl --split $*,mofresh-$*)
	$(if $(filter dev,$*),$(call run_eval,--from-qa evals/modev2/questions.json --corpus $(SHARED)/multioutlet_dev.jsonl --split dev,modev2))
	$(if $(filter dev,$*),$(BIN)/python evals/modev2/parts.py $(EVAL_OUT)/modev2.json)
	$(if $(filter test,$*),$(call run_eval,--from-qa evals/modev3/questions.json --corpus $(SHARED)/multioutlet_dev.jsonl --split dev,modev3))

# Claim checking against human labels: dev and test halves, verifier vs baselines (see README).
VERIFY_DATA ?= ../shared/data/qags_xsum_labelled.jsonl
bench-verify: install
	$(BIN)/python -m assistant.evals.claimcheck $(VERIFY_DATA)

# Load on loopback: 20 REST clients for 60 s while the CNN/DM corpus uploads; exits 1 on any error,
# invalid citation or lost/duplicated article (README, Reliability). Not part of `make test`.
STRESS_ARGS ?=
stress: install
	$(BIN)/python -m assistant.bench.stress --data $(SHARED)/cnndm_articles.jsonl $(STRESS_ARGS)

clean:
	rm -rf $(VENV) $(DATA) .pytest_cache
