#!/usr/bin/env bash
# Trunk post-build hook: minifies the wasm-bindgen JS glue of a release build with terser
# (npm), since Trunk's own minifier leaves it alone and it counts in the first-view budget.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
for js in "$TRUNK_STAGING_DIR"/*.js; do
  [ -e "$js" ] || continue
  terser "$js" --module --compress passes=2 --mangle --output "$js"
done
