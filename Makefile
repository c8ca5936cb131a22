# Volunteer training LMS. `make help` lists the targets.
# The two commands of the README's Quick start are `make run` and `make test`.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Debian packages WeasyPrint and the certificates need: Pango for layout, HarfBuzz-Subset
# to embed font subsets (without it WeasyPrint falls back to fontTools: slower, and it
# logs every table it prunes), a Devanagari font for Hindi names, poppler-utils for
# `pdftotext` and zbar-tools for reading QR codes in tests.
# Our Django apps: bandit, coverage in CI (`make -s apps`) and the README's map name them all.
APPS := lms organisation courses certificates messaging reports offline accounts consent privacy audit reminders

SYSTEM_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core poppler-utils zbar-tools

.PHONY: apps
apps: ## Print our Django apps (for CI)
	@echo $(APPS)

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}'

.PHONY: system-deps
system-deps: ## Install Pango and Noto Sans Devanagari (apt-get, as root) when missing
	@missing=""; \
	for pkg in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ] && fc-list :lang=hi family 2>/dev/null | grep -q .; then exit 0; fi; \
	if [ -z "$$missing" ]; then missing="fonts-noto-core"; fi; \
	if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "Installing system packages:$$missing"; \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	else \
	  echo "Missing system packages:$$missing"; \
	  echo "Run: sudo apt-get install -y$$missing"; \
	  echo "(other systems: install Pango >= 1.44 and the Noto Sans Devanagari font)"; \
	  exit 1; \
	fi

# Installs Debian packages given in PKGS when missing (as root), or says how.
define apt_ensure
	@missing=""; for pkg in $(1); do dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$pkg"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	  else echo "Missing:$$missing. Run: sudo apt-get install -y$$missing"; exit 1; fi; \
	fi
endef

# axe-core, the accessibility engine the browser tests run on every trainee page.
AXE_VERSION := 4.10.3
AXE := $(VENV)/node/node_modules/axe-core/axe.min.js

.PHONY: browser-deps
browser-deps: ## Install Debian's Chromium and axe-core (npm) for browser checks, when missing
	@# Not fatal: without Chromium the browser tests skip, saying why.
	-$(call apt_ensure,chromium)
	@# npm comes with Node.js; without it, the accessibility checks fail saying what to install.
	-@if [ ! -f $(AXE) ]; then \
	  if command -v npm >/dev/null; then \
	    npm install --prefix $(VENV)/node --no-audit --no-fund --loglevel=error axe-core@$(AXE_VERSION); \
	  else echo "npm not found: install Node.js and npm for the accessibility checks"; fi; \
	fi

$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q -r requirements.txt
	# django-quiz-app 0.5.1 pins Pillow 2.5.0 and django-model-utils 2.0.3, which
	# cannot install on Python 3.11; its code runs on ours (see lms/quiz_compat.py).
	$(PIP) install -q --no-deps django-quiz-app==0.5.1
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(PIP) install -q -r requirements-test.txt
	touch $@

.PHONY: install
install: system-deps $(VENV)/.installed ## Create .venv and install the runtime requirements

.PHONY: install-test
install-test: install $(VENV)/.installed-test ## Install the test and lint tools too

.PHONY: migrate
migrate: install ## Apply database migrations
	$(PY) manage.py migrate --no-input

.PHONY: demo
demo: migrate ## Load demo content and users (idempotent)
	$(PY) manage.py load_demo

# The address printed on certificates (and given to Wagtail's Site by migrate) follows
# HOST and PORT, unless set: `PORT=8123 make run` issues certificates that verify there.
run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: run
run: demo ## Install, migrate, load demo content, start the server and the task worker
	@echo ""
	@echo "  Site:          http://$(HOST):$(PORT)/   (trainees: log in as trainee, or sign up)"
	@echo "  Wagtail admin: http://$(HOST):$(PORT)/admin/   (trainer, coordinator, district or admin; passwords above)"
	@echo "  Django admin:  http://$(HOST):$(PORT)/django-admin/"
	@echo "  Task worker:   running beside the server (manage.py tasks_worker), log in var/worker.log."
	@echo "                 Ctrl-C stops both."
	@echo ""
	@log="$${LMS_VAR_DIR:-var}/worker.log"; mkdir -p "$$(dirname "$$log")"; \
	$(PY) manage.py tasks_worker >> "$$log" 2>&1 & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

.PHONY: worker
worker: install ## Run only the background task worker of TASKS_BACKEND (database or RQ), with the watchdog
	$(PY) manage.py tasks_worker

.PHONY: test
test: install-test browser-deps ## Run the whole test suite, a worker more than cores (SQLite; set DATABASE_URL for PostgreSQL)
	$(VENV)/bin/pytest -n auto

.PHONY: bench-page-weight
bench-page-weight: install-test browser-deps ## Benchmark: bytes of demo lesson pages in headless Chromium
	$(PY) bench/lesson_page_weight.py

.PHONY: bench-lighthouse
bench-lighthouse: install-test browser-deps ## Benchmark: Lighthouse (npx) on demo lesson, course and catalogue pages
	$(PY) bench/lighthouse.py

.PHONY: bench-certificates
bench-certificates: install-test ## Benchmark: leadership certificate PDFs per second (naive, 1 and 2 processes) and memory
	$(PY) bench/certificate_render.py

.PHONY: bench-load
bench-load: install-test ## Benchmark: trainee pages and POSTs under gunicorn + PostgreSQL + Redis
	$(call apt_ensure,wrk redis-tools postgresql-client)
	$(PY) bench/load_learning.py

.PHONY: bench-import
bench-import: install-test ## Benchmark: import 50k/500k volunteers into PostgreSQL; time the generator
	$(PY) bench/volunteer_import.py

.PHONY: bench-quiz-draw
bench-quiz-draw: install-test ## Benchmark: drawing a quiz attempt with question quotas against the plain draw (PostgreSQL)
	$(PY) bench/quiz_draw.py

.PHONY: bench-coordinator
bench-coordinator: install-test ## Benchmark: the coordinator's volunteer list and counts for a big state (500k volunteers, PostgreSQL)
	$(PY) bench/coordinator_list.py

.PHONY: lint
lint: install-test ## Ruff: lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

.PHONY: security
security: install-test ## Bandit on our apps (config in pyproject.toml) and pip-audit on the installed requirements
	$(VENV)/bin/bandit -q -c pyproject.toml -r $(APPS)
	bash .ci/pip_audit.sh

.PHONY: format
format: install-test ## Ruff: fix what can be fixed and format
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

.PHONY: clean
clean: ## Remove the virtualenv and var/ (database, media)
	rm -rf $(VENV) var

.PHONY: bench-assessments
bench-assessments: install-test ## Benchmark: item analysis and answer sharing on 500k quiz attempts, planted clusters found (PostgreSQL)
	$(PY) bench/assessments.py

.PHONY: bench-reports
bench-reports: install-test ## Benchmark: each coordinator report at national and state level on 500k volunteers (PostgreSQL)
	$(PY) bench/reports.py
