#!/usr/bin/env node
// Step 1 of Trunk's post-build hook (tools/post-build.sh), both profiles: turns Trunk's output into pages that run under a
// strict Content-Security-Policy (no inline script or style) with subresource integrity on
// every script, the wasm and the stylesheet.
//
// 1. Joins the first module's wasm-bindgen glue and the loader (static/embed/loader.js) into
//    embed.js, a stable name a portal editor can paste; in release builds minifies it with
//    terser (the glue counts in the first-view budget and Trunk leaves it alone). The full
//    page's module (Trunk's `app.js`, `app_bg.wasm`) is renamed by its content hash
//    (`full-<hash>.js`, `full-<hash>_bg.wasm`), so no cache serves one build's file to another.
// 2. Fills in the loader's file names and their SHA-384 hashes, computed on the final bytes
//    (after wasm-opt, after minifying).
// 3. Rewrites index.html: Trunk's inline module script and its modulepreload go, a
//    `<script type=module src=./embed.js?v=… integrity=…>` comes in, and the stylesheet carries
//    its integrity (the wasm preload is checked by the loader's fetch that takes it).
// 4. Copies frame.js (for portals that use the iframe mode) and writes integrity.txt, the
//    hashes of this release for editors who pin one.
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const release = process.env.TRUNK_PROFILE === 'release';
if (!staging) throw new Error('post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR unset)');

const files = await readdir(staging);
/** The one staged file whose name matches `pattern`. */
function one(pattern) {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file like ${pattern} in dist, found ${found}`);
  return found[0];
}
const glueName = one(/^first-[0-9a-f]+\.js$/);
const wasmName = one(/^first-[0-9a-f]+_bg\.wasm$/);
const cssName = one(/^main-[0-9a-f]+\.css$/);

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const staged = (name) => readFile(join(staging, name));
const terse = async (code) => (await minify(code, { module: true, compress: { passes: 2 }, mangle: true })).code;
/** The wasm-bindgen glue `name`, checked to export `needed`. */
async function glueOf(name, needed) {
  const glue = await staged(name).then(String);
  for (const want of ['function __wbg_init', ...needed]) {
    if (!glue.includes(want)) throw new Error(`the wasm-bindgen glue ${name} has no "${want}"`);
  }
  return glue;
}

// The full page's module, minified on release builds and named by its content.
let fullGlue = await glueOf('app.js', ['export function mount_page', 'export function mount_element']);
if (release) fullGlue = await terse(fullGlue);
const fullWasm = await staged('app_bg.wasm');
const fullBase = `full-${createHash('sha256').update(fullGlue).update(fullWasm).digest('hex').slice(0, 16)}`;
const fullGlueName = `${fullBase}.js`;
const fullWasmName = `${fullBase}_bg.wasm`;
await writeFile(join(staging, fullGlueName), fullGlue);
await rename(join(staging, 'app_bg.wasm'), join(staging, fullWasmName));
await unlink(join(staging, 'app.js'));

// 1 and 2: embed.js.
const glue = await glueOf(glueName, ['export function first_page', 'export function first_element']);
const loader = (await readFile(join(source, 'static/embed/loader.js'), 'utf8'))
  .replaceAll('__PH_WASM_SRI__', sri(await staged(wasmName)))
  .replaceAll('__PH_FULL_JS_SRI__', sri(fullGlue))
  .replaceAll('__PH_FULL_WASM_SRI__', sri(fullWasm))
  .replaceAll('__PH_CSS_SRI__', sri(await staged(cssName)))
  .replaceAll('__PH_WASM__', `./${wasmName}`)
  .replaceAll('__PH_FULL_JS__', `./${fullGlueName}`)
  .replaceAll('__PH_FULL_WASM__', `./${fullWasmName}`)
  .replaceAll('__PH_CSS__', `./${cssName}`);
let embed = `${glue}\n${loader}`;
if (release) embed = await terse(embed);
await writeFile(join(staging, 'embed.js'), embed);
await copyFile(join(source, 'static/embed/frame.js'), join(staging, 'frame.js'));

// 3: index.html.
const integrity = {};
for (const name of ['embed.js', 'frame.js', wasmName, fullGlueName, fullWasmName, cssName]) integrity[name] = sri(await readFile(join(staging, name)));
// The page asks for this build's embed.js by a query: a cache (the service worker's, a
// proxy's) that still holds the last build's file under the stable name is then missed, not
// served against this page's integrity hash.
const version = createHash('sha256').update(embed).digest('hex').slice(0, 16);
const htmlPath = join(staging, 'index.html');
let html = await readFile(htmlPath, 'utf8');
/** Replaces the one tag matching `pattern` with `tag`; a build whose HTML changed shape stops. */
function replaceTag(pattern, tag) {
  const count = (html.match(new RegExp(pattern, 'g')) ?? []).length;
  if (count !== 1) throw new Error(`index.html: expected one tag like ${pattern}, found ${count}`);
  html = html.replace(pattern, tag);
}
replaceTag(/<script type="?module"?>[\s\S]*?<\/script>/, '');
replaceTag(/<link[^>]*rel="?modulepreload"?[^>]*>/, '');
replaceTag(
  /<link[^>]*_bg\.wasm[^>]*>/,
  // No integrity here: Chromium ignores it on `as=fetch` preloads (and says so in the
  // console); the loader's fetch, which takes this preloaded response, checks it.
  `<link rel="preload" href="./${wasmName}" as="fetch" type="application/wasm" crossorigin>`,
);
replaceTag(
  /<link[^>]*rel="?stylesheet"?[^>]*>/,
  `<link rel="stylesheet" href="./${cssName}" integrity="${integrity[cssName]}">` +
    `<script type="module" src="./embed.js?v=${version}" integrity="${integrity['embed.js']}"></script>`,
);
await writeFile(htmlPath, html);

// 4: the hashes of this release.
const lines = Object.entries(integrity).map(([name, hash]) => `${hash}  ${name}`);
await writeFile(join(staging, 'integrity.txt'), `${lines.join('\n')}\n`);
