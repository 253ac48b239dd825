# Two commands for a fresh machine: `make run` and `make test`. Both only need python3 (3.11).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint format check-deploy clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver $(HOST):$(PORT)

test: install
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check-deploy: install
	DJANGO_SETTINGS_MODULE=cms.settings.production SECRET_KEY=$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')} \
		ALLOWED_HOSTS=clinic.example $(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) db.sqlite3 media static

# Issue 4's benchmark (bench/README.md): N=200 DURATION=10 WARMUP=3 THREADS=2 CONNECTIONS=16 WORKERS=<cores>;
# SQLite in bench/ and local memory by default, PostgreSQL and Redis with DATABASE_URL (a "bench" database) and REDIS_URL.
.PHONY: bench
bench: install
	$(PY) -m bench.run

# Issue 5's search benchmark (bench/search.py): PostgreSQL only (DATABASE_URL, default …/bench_search),
# N=1000 articles per language, search and completions against Wagtail's default search.
.PHONY: bench-search
bench-search: install
	$(PY) -m bench.search
