# The two commands a newcomer needs:
#   make serve   build what is missing, then serve the widget at http://127.0.0.1:8080
#   make test    install what is missing, then run every check and test; fails on any failure
# Others: make dist (deployable dist/), make dist-308 (the page with 308 halls), make bench
# (engine), make bench-web (page), make setup.

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
WASM := --target wasm32-unknown-unknown
BROWSER_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/browser_*.rs))

.PHONY: serve test setup setup-web dist dist-308 fmt clippy test-native test-browser test-e2e bench bench-web screenshots clean

serve: setup-web
	trunk serve

setup-web:
	tools/setup.sh web

setup:
	tools/setup.sh test

dist: setup-web
	trunk build --release
	@tools/dist-size.sh dist

# The page with 308 halls compiled in (tools/halls-308.mjs: 18 township centers and 282
# village stations), for the stations' end-to-end test and make bench-web. Built after dist/
# (both build in target/; the data folder is chosen by PINGGU_HOURS_DATA, read by build.rs).
dist-308: dist
	node tools/halls-308.mjs target/data-308
	PINGGU_HOURS_DATA=$(CURDIR)/target/data-308 trunk build --release --dist target/dist-308

test: setup
	@echo '== cargo fmt --check'
	cargo fmt --check
	@$(MAKE) --no-print-directory clippy test-native test-browser test-e2e
	@echo '== all checks and tests passed'

clippy:
	@echo '== clippy (native and wasm32, warnings denied)'
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --lib --bin first --bin app --bin maintain $(BROWSER_TESTS) -- -D warnings

test-native:
	@echo '== native tests (engine, CLI, doc-tests)'
	cargo test

test-browser:
	@echo '== browser tests in headless Chromium'
	cargo test $(WASM) $(BROWSER_TESTS)

test-e2e: dist dist-308
	@echo '== end-to-end tests of the built dist/'
	npm run --silent e2e

bench:
	cargo bench --bench year_minutes

# Times the 308-hall page (dist-308) beside the shipped data's.
bench-web: dist-308
	node tests/e2e/bench_web.mjs --stations target/dist-308

screenshots: dist
	tools/setup.sh shots
	node tests/e2e/screenshots.mjs --readme

clean:
	cargo clean
	rm -rf dist
