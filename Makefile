# Two commands for a fresh machine: `make run` and `make test`. Both only need python3 (3.11).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run serve serve-check test test-server test-browser fuzz fuzz-quick lint format check-deploy clean

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

# Every absolute URL (pages, images, e-mails) names the address this server answers on.
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py set_site_url
	$(PY) manage.py ensure_admin
	$(PY) manage.py runserver $(HOST):$(PORT)

# Production on one machine (README "Production"): gunicorn with cms.settings.production, static files by
# WhiteNoise, the cache in Redis (REDIS_URL) or in the database (its table comes with `migrate`).
# SECRET_KEY and ALLOWED_HOSTS come from you.
WORKERS ?= 2
serve: export DJANGO_SETTINGS_MODULE = cms.settings.production
serve: install
	@test -n "$$SECRET_KEY" || { echo "SECRET_KEY is not set: export a long random value (see README, Production)." >&2; exit 2; }
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@if [ -n "$$SITE_URL" ]; then $(PY) manage.py set_site_url; fi
	$(PY) manage.py check --deploy --fail-level ERROR
	exec $(VENV)/bin/gunicorn cms.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) --access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

# Starts `make serve` on a throwaway database and checks what an operator sees (.ci/serve_check.py).
serve-check: install
	$(PY) .ci/serve_check.py

# On every core (pytest-xdist), a test module's tests on one worker so module-wide fixtures load once.
TEST_WORKERS ?= auto
test: install
	$(VENV)/bin/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

# tests/server/: gunicorn with production settings and two workers. SQLite + the database cache by default;
# PostgreSQL + Redis with SERVER_TEST_DATABASE_URL (a throwaway database) and REDIS_URL.
test-server: install
	$(VENV)/bin/pytest -m server tests/server -p no:randomly $(PYTEST_ARGS)

# The browser suite (tests/browser/): Playwright in the same virtualenv, Debian's Chromium, axe-core from npm.
CHROMIUM ?= /usr/bin/chromium
AXE := tests/browser/node_modules/.installed

$(VENV)/.installed-browser: requirements-browser.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-browser.txt
	touch $@

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: install Node.js and npm to get axe-core for the browser tests." >&2; exit 1; }
	npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
	touch $@

test-browser: $(VENV)/.installed-browser $(AXE)
	@if [ ! -x $(CHROMIUM) ]; then \
		if [ "$$(id -u)" = 0 ]; then apt-get update && apt-get install -y chromium; \
		else echo "Chromium is missing at $(CHROMIUM): run 'sudo apt-get install chromium' (or make test-browser as root)." >&2; exit 1; fi; \
	fi
	CHROMIUM=$(CHROMIUM) $(VENV)/bin/pytest -m browser tests/browser -p no:randomly $(PYTEST_ARGS)

# The API fuzzed against its own OpenAPI document with schemathesis (tests/contract_fuzz.py): gunicorn on
# production settings, PostgreSQL (FUZZ_DATABASE_URL, a throwaway database) and Redis (REDIS_URL).
# `make fuzz` runs thousands of cases (about 15 minutes); CI runs `make fuzz-quick` (about 3 minutes).
$(VENV)/.installed-fuzz: requirements-fuzz.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-fuzz.txt
	touch $@

fuzz: $(VENV)/.installed-fuzz
	$(PY) tests/contract_fuzz.py

fuzz-quick: $(VENV)/.installed-fuzz
	FUZZ_QUICK=1 $(PY) tests/contract_fuzz.py

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
	rm -rf $(VENV) db.sqlite3 media static artifacts tests/browser/node_modules

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

# Issue 22's benchmark at scale (bench/scale.py, bench/README.md "Scale"): PostgreSQL and Redis; one database per size
# (DATABASE_URL names the prefix, default …/bench_scale → bench_scale_400, …), SIZES=400,2000,10000 treatment pages.
.PHONY: bench-scale
bench-scale: install
	$(PY) -m bench.scale

# The appointment API under a burst (bench/appointments.py): a throwaway PostgreSQL database (DATABASE_URL, default
# …/bench_appointments, dropped at the end), gunicorn WORKERS=2 × THREADS=4, N=1000 requests from CONCURRENCY=1000 threads.
.PHONY: bench-appointments
bench-appointments: install
	$(PY) -m bench.appointments
