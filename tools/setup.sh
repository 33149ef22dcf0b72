#!/usr/bin/env bash
# Installs what building and testing the widget needs, each tool only if it is missing or at
# the wrong version, so a second run takes seconds. Nothing is downloaded from GitHub:
# Rust tools come from crates.io, Chromium from Debian, wasm-opt and Playwright from npm.
#
#   tools/setup.sh web    # to build and serve: wasm32 target, wasm-bindgen-cli, trunk, npm tools
#   tools/setup.sh test   # also Chromium and chromedriver for the browser tests
#   tools/setup.sh shots  # also CJK fonts, so screenshots show Chinese text
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-test}
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

# The wasm-bindgen CLI must match the library exactly; read the version from Cargo.lock.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
trunk_version=0.21.14

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (about 2 minutes)"
  cargo install --force wasm-bindgen-cli --version "$wasm_bindgen_version"
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "installing trunk $trunk_version (about 7 minutes)"
  cargo install --force trunk --version "$trunk_version" --locked --no-default-features
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (binaryen, terser, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
fi

debian=()
if [ "$what" != web ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  debian+=(chromium chromium-driver)
fi
if [ "$what" = shots ] && ! dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed'; then
  debian+=(fonts-noto-cjk)
fi
if [ ${#debian[@]} -gt 0 ]; then
  say "installing ${debian[*]} from Debian (about 1 minute)"
  if [ "$(id -u)" = 0 ]; then sudo=; else sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${debian[@]}"
fi
say "tools ready: $(wasm-bindgen --version), $(trunk --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
