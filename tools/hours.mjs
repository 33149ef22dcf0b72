// The `hours` command line, for the build steps that write its answers into the page
// (tools/json-ld.mjs, tools/prerender.mjs). It runs the debug build: the native tests have
// already built it, and in a clean checkout (CI) building it takes far less than a release
// build.
import { execFileSync } from 'node:child_process';

/** What `hours ARGS…` writes on stdout, trimmed; its messages go to the build's stderr. */
export function hours(...args) {
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'hours', '--', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
}
