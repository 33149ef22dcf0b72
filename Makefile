# The two commands a newcomer needs:
#   make serve   build what is missing, then serve the widget at http://127.0.0.1:8080
#   make test    install what is missing, then run every check and test; fails on any failure
# Others: make dist (deployable dist/), make bench (engine), make bench-web (page), make setup.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
WASM := --target wasm32-unknown-unknown
BROWSER_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/browser_*.rs))

.PHONY: serve test setup setup-web dist fmt clippy test-native test-browser test-e2e bench bench-web screenshots clean

serve: setup-web
	trunk serve

setup-web:
	tools/setup.sh web

setup:
	tools/setup.sh test

dist: setup-web
	trunk build --release
	@tools/dist-size.sh dist

test: setup
	@echo '== cargo fmt --check'
	cargo fmt --check
	@$(MAKE) --no-print-directory clippy test-native test-browser test-e2e
	@echo '== all checks and tests passed'

clippy:
	@echo '== clippy (native and wasm32, warnings denied)'
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --lib --bin first --bin app $(BROWSER_TESTS) -- -D warnings

test-native:
	@echo '== native tests (engine, CLI, doc-tests)'
	cargo test

test-browser:
	@echo '== browser tests in headless Chromium'
	cargo test $(WASM) $(BROWSER_TESTS)

test-e2e: dist
	@echo '== end-to-end tests of the built dist/'
	npm run --silent e2e

bench:
	cargo bench --bench year_minutes

bench-web: dist
	node tests/e2e/bench_web.mjs

screenshots: dist
	tools/setup.sh shots
	node tests/e2e/screenshots.mjs --readme

clean:
	cargo clean
	rm -rf dist
