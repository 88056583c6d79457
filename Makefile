# Two commands matter: `make serve` (set up, build, serve with live reload)
# and `make test` (set up, run every test). Everything else is a step of those, except
# `make lint` (set up, then ruff and mypy as pyproject.toml configures them), which CI runs before the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.selaras-installed
NODE_STAMP := node_modules/.selaras-installed
BENCH_NODE_STAMP := benchmarks/node_modules/.selaras-installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build package check lint test bench schema scorm-js reveal site-assets clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	@# npm ci empties the folder first: through a link it would empty another checkout's node_modules.
	@if [ -L node_modules ]; then echo "node_modules is a link: run 'npm ci' in the checkout it points to" >&2; exit 1; fi
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Lighthouse, for the first-paint benchmark only (the tests do not need it).
$(BENCH_NODE_STAMP): benchmarks/package.json benchmarks/package-lock.json
	npm ci --prefix benchmarks --no-audit --no-fund --loglevel=error
	@touch $@

serve: $(STAMP)
	$(BIN)/course serve

build: $(STAMP)
	$(BIN)/course build

package: $(STAMP)
	$(BIN)/course package

check: $(STAMP)
	$(BIN)/course check

schema: $(STAMP)
	$(BIN)/course schema

lint: $(STAMP)
	$(BIN)/ruff check builder tests benchmarks
	$(BIN)/mypy

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP) $(NODE_STAMP) $(BENCH_NODE_STAMP)
	$(BIN)/python benchmarks/run.py

# The SCORM launch page's script ships minified (builder/publish/scorm.py SHIPPED_SCRIPT); after editing
# builder/publish/assets/scorm.js, regenerate it (tests/publish/test_publish.py holds the two equal).
scorm-js: $(NODE_STAMP)
	node_modules/.bin/esbuild builder/publish/assets/scorm.js --minify --target=es5 --legal-comments=none \
	  --log-level=warning --outfile=builder/publish/assets/scorm.min.js

# The projection view's slide library ships as vendored files (builder/site/assets/reveal/README.md); after
# changing the reveal.js version in package.json, copy them again (tests/site/test_slides.py holds them equal).
REVEAL := node_modules/reveal.js
reveal: $(NODE_STAMP)
	cp $(REVEAL)/dist/reveal.css $(REVEAL)/plugin/notes/notes.js $(REVEAL)/LICENSE builder/site/assets/reveal/
	sed '/^\/\/# sourceMappingURL=/d' $(REVEAL)/dist/reveal.js > builder/site/assets/reveal/reveal.js

# The site's own scripts and styles ship minified too (builder/site/assets/shipped/); after editing a file of
# builder/site/assets/, regenerate them (tests/site/test_page_assets.py holds them equal to the sources).
site-assets: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m builder.site.pages.minify

clean:
	rm -rf site dist .pytest_cache .hypothesis benchmarks/.work
