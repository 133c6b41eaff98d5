# chronik: `make demo` and `make test` set everything up from a fresh clone (with pyspark:
# tests/test_spark.py runs Spark on local[2] where Java 17 is installed).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: demo install test lint models data bench compiled clean

$(BIN)/chronik: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[dev,train,spark]"
	touch $@

# The venv, and the analyses compiled where a C compiler is (a few minutes, once per version
# of the sources; German ≈ 1.3 × faster); without one, one line says so and Python runs.
install: $(BIN)/chronik
	@$(BIN)/python -m chronik.compiled --if-missing || true

demo: install
	$(BIN)/chronik ingest examples/samples.jsonl --db chronik.duckdb
	$(BIN)/chronik events --db chronik.duckdb

lint: $(BIN)/chronik
	$(BIN)/ruff check src tests benchmarks training
	$(BIN)/ruff format --check src tests benchmarks training
	$(BIN)/mypy src

test: lint
	$(BIN)/pytest

models: $(BIN)/chronik
	$(BIN)/python training/en/train.py --shared $(SHARED)
	$(BIN)/python training/train_event_model.py en --corpus $(SHARED)/data/corpus
	$(BIN)/python training/train_event_model.py de --corpus $(SHARED)/data/corpus

# Every derived file under src/chronik/data (chronik/datafiles.py says which script writes
# which), in dependency order: the English verbs read the patterns, the valency counts run
# the German analysis (without the valency file). The valency counts take a few minutes, as
# does HanTa's lexicon (models/hanta_de/lexicon.tsv.gz, plain HanTa over held-out news).
data: $(BIN)/chronik
	$(BIN)/python training/build_actors.py --shared $(SHARED)/data
	$(BIN)/python training/build_places.py --shared $(SHARED)/data
	$(BIN)/python training/build_ontology.py --shared $(SHARED)/data/ontology
	$(BIN)/python training/build_en_patterns.py --shared $(SHARED)/data/ontology
	$(BIN)/python training/build_en_verbs.py --shared $(SHARED)/data
	$(BIN)/python training/build_de_valency.py --shared $(SHARED)/data
	$(BIN)/python training/build_de_hanta_lexicon.py --shared $(SHARED)/data
	$(BIN)/python training/build_examples.py --shared $(SHARED)

# The analyses compiled with mypyc again (needs a C compiler; `make install` does it
# when no build matches the sources), kept in chronik's cache folder and used while it
# matches the sources (docs/speed.md, src/chronik/compiled.py).
compiled: $(BIN)/chronik
	$(BIN)/python -m chronik.compiled

bench: $(BIN)/chronik
	for script in benchmarks/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
