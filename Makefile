# Build and test the explainer site. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# `make site` builds the library of content/library.yml; `make site SOURCE=content/<slug>/source.txt`
# builds one statute alone. `make serve` previews one statute (SOURCE, else the library's first).
SOURCE ?=
TARGET = $(if $(SOURCE),$(SOURCE),content/library.yml)
PREVIEW = $(TARGET)
ARCHIVE = build/$(if $(SOURCE),$(notdir $(patsubst %/,%,$(dir $(SOURCE)))),library)-site.zip
# DRAFT=1: build with visible "missing" markers where editorial data is absent or invalid.
DRAFT ?=
DRAFT_FLAG := $(if $(DRAFT),--draft,)
# COMPRESS=0: skip the .gz / .br copies (zopfli takes a while on a first build; cached after).
# The public address (canonical links, sitemap, handout QR codes) is `public_url` in the library's
# library.yml or a statute's regulation.yml; SITE_URL in the environment sets it for one deployment.
export NO_MKDOCS_2_WARNING := 1
# Debian packages the site and its tests need: Chromium (browser tests), CJK fonts and Noto Serif /
# Sans for the Latin text of the handouts (fonts-noto-core), Pango (WeasyPrint, the PDF engine),
# poppler-utils and zbar-tools (PDF and QR checks); Java runs the Nu HTML validator in the tests
# (installed only when no `java` is on the PATH).
SYSTEM_PACKAGES := chromium fonts-noto-cjk fonts-noto-core poppler-utils zbar-tools libpango-1.0-0 libpangoft2-1.0-0

.PHONY: help site docs handouts serve test lint bench system clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | column -t -s $$'\t'

# The project is a package (pyproject.toml); exact versions of everything come from constraints.txt.
$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test,dev]"
	touch $@

system: ## install Chromium, Noto CJK and Latin fonts, Pango, poppler, zbar (and Java if absent) via apt when root, else say what is missing
	@missing=""; \
	for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing system packages:$$missing — install them with: sudo apt-get install$$missing" >&2; exit 1; \
	  fi; \
	fi

docs: $(BIN)/.installed ## generate one statute's Markdown pages into docs/ (for the preview)
	$(BIN)/regsite build $(PREVIEW) --docs docs $(DRAFT_FLAG)

handouts: $(BIN)/.installed system ## write one statute's PDF handouts into build/handouts (for the preview)
	$(BIN)/regsite handouts $(PREVIEW) --out build/handouts $(DRAFT_FLAG)

site: $(BIN)/.installed system ## set everything up and build the site (the library, or SOURCE= alone) into site/
	$(BIN)/regsite site $(TARGET) --out site --work build/work $(DRAFT_FLAG) \
	  $(if $(SITE_URL),--site-url $(SITE_URL)) $(if $(filter 0,$(COMPRESS)),--no-compress) --archive $(ARCHIVE) \
	  --csp build/csp-header.txt
	@echo "offline archive: $(ARCHIVE); Content-Security-Policy for the web server: build/csp-header.txt"

serve: $(BIN)/.installed docs handouts ## live preview on http://127.0.0.1:8000 (regenerates pages when content/ changes)
	REGSITE_SOURCE=$(PREVIEW) $(BIN)/mkdocs serve

test: $(BIN)/.installed system ## set everything up and run the test suite
	$(BIN)/python -m pytest

bench: $(BIN)/.installed system ## measure build time, sizes and search quality/latency; writes bench/results.md
	SOURCE=$(SOURCE) $(BIN)/python scripts/bench.py

lint: $(BIN)/.installed ## ruff (rules in pyproject.toml) over the code, mypy over scripts and hooks
	$(BIN)/ruff check scripts hooks tests
	$(BIN)/ruff format --check scripts hooks tests
	$(BIN)/mypy

clean: ## remove generated files
	rm -rf docs site site.tmp site.old build .pytest_cache
