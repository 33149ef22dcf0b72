#!/usr/bin/env bash
# Trunk's one post-build hook (Trunk runs a stage's hooks in parallel, and these steps build
# on each other), in order:
#   1. embed.js, the JS glue and the loader in one file (minified on release builds), no
#      inline script in index.html, integrity hashes of the final files (tools/post-build.mjs);
#   2. on a release build, the halls' schema.org JSON-LD written into index.html as a data
#      block (tools/json-ld.mjs), before the steps that read index.html;
#   3. on a release build, the hours (every hall's ordinary week, the special days ahead)
#      written into #pinggu-hours, shown before the WebAssembly starts (tools/prerender.mjs);
#   4. on a release build, pinggu-hours.html, the widget in one file (tools/single-file.mjs),
#      made from the full page's module alone;
#   5. the first module's glue file goes: embed.js holds it, and no page loads it;
#   6. on a release build, sw.js, the service worker listing every file of the build
#      (tools/service-worker.mjs).
set -euo pipefail
here="$(dirname "$0")"
release=false
[ "${TRUNK_PROFILE:-}" = release ] && release=true
node "$here/post-build.mjs"
if $release; then node "$here/json-ld.mjs"; fi
if $release; then node "$here/prerender.mjs"; fi
if $release; then node "$here/single-file.mjs"; fi
rm -f "$TRUNK_STAGING_DIR"/first-*.js
if $release; then node "$here/service-worker.mjs"; fi
