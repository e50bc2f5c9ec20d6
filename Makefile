# The README's commands. Each target first installs what is missing (scripts/setup.sh).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
WASM_TARGET := wasm32-unknown-unknown

.PHONY: setup serve dist data golden og test test-native test-browser test-e2e lint bench

setup:
	@scripts/setup.sh

# The widget compiles in its data and strings as Rust tables written from assets/ (see
# src/data/mod.rs): rewritten whenever a file there is newer, checked by `make test`.
GENERATED := src/data/embedded.rs src/i18n/embedded.rs assets/generated/sources-fr.html assets/generated/sources-en.html assets/prerender/first-paint.html assets/generated/privacy-fr.html assets/generated/privacy-en.html
$(GENERATED) &: $(wildcard assets/data/*.toml assets/i18n/*.toml)
	EMPREINTE_WRITE=1 cargo test --locked --test generated

## Rewrites the generated tables now (after changing the data types or the generator).
data: setup
	EMPREINTE_WRITE=1 cargo test --locked --test generated

## Rewrites the EcoLogits reference cases (tests/golden/) from EcoLogits itself, installed
## from PyPI into a throwaway virtual environment. Needs the network; not part of `make test`.
ECOLOGITS := 0.11.3
ECOLOGITS_VENV := target/ecologits-venv
golden:
	test -x $(ECOLOGITS_VENV)/bin/python || python3 -m venv $(ECOLOGITS_VENV)
	$(ECOLOGITS_VENV)/bin/pip install --quiet ecologits==$(ECOLOGITS)
	$(ECOLOGITS_VENV)/bin/python scripts/ecologits_golden.py > tests/golden/ecologits-$(ECOLOGITS).json.tmp
	mv tests/golden/ecologits-$(ECOLOGITS).json.tmp tests/golden/ecologits-$(ECOLOGITS).json

## Redraws the link preview (assets/og.png) from the release build's default scenario; the
## end-to-end tests fail when its figures no longer match the app's. Commit the new image.
og: dist
	node scripts/og-image.mjs

## Builds and serves the widget on http://127.0.0.1:8080, rebuilding on change.
serve: setup $(GENERATED)
	trunk serve --locked

## Release build into dist/.
dist: setup $(GENERATED)
	trunk build --release --locked

## Every test layer: native model tests, components in headless Chromium, the built widget end to end.
test: setup lint test-native test-browser dist test-e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --all-targets --target $(WASM_TARGET) -- -D warnings

test-native:
	cargo test --locked

test-browser:
	cargo test --locked --target $(WASM_TARGET) --test browser

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## Performance report of the release build: first-load size, start-up time, slider latency,
## memory; printed and written to target/bench.json. A report, not a test (README, Performance).
LIGHTHOUSE := target/lighthouse/node_modules/.bin/lighthouse
bench: dist
	test -x $(LIGHTHOUSE) || npm install --prefix target/lighthouse --no-audit --no-fund lighthouse@12.2.3
	node scripts/bench.mjs
