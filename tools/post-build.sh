#!/usr/bin/env bash
# Trunk's one post-build hook (Trunk runs a stage's hooks in parallel, and these steps build
# on each other): on a release build, in order,
#   1. minify the wasm-bindgen JS glue (tools/minify-js.sh);
#   2. write the halls' schema.org JSON-LD into index.html (tools/json-ld.mjs), before the
#      steps that read it;
#   3. write pinggu-hours.html, the widget in one file (tools/single-file.mjs);
#   4. write sw.js, the service worker listing every file of the build (tools/service-worker.mjs).
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
here="$(dirname "$0")"
"$here/minify-js.sh"
node "$here/json-ld.mjs"
node "$here/single-file.mjs"
node "$here/service-worker.mjs"
