#!/usr/bin/env node
// Step 1 of Trunk's post-build hook (tools/post-build.sh), both profiles: turns Trunk's output into pages that run under a
// strict Content-Security-Policy (no inline script or style) with subresource integrity on
// every script, the wasm and the stylesheet.
//
// 1. Joins the wasm-bindgen glue and the loader (static/embed/loader.js) into embed.js, a
//    stable name a portal editor can paste; in release builds minifies it with terser (the
//    glue counts in the first-view budget and Trunk leaves it alone).
// 2. Fills in the loader's wasm and stylesheet names and their SHA-384 hashes, computed on
//    the final bytes (after wasm-opt, after minifying).
// 3. Rewrites index.html: Trunk's inline module script and its modulepreload go, a
//    `<script type=module src=./embed.js?v=… integrity=…>` comes in, and the stylesheet carries
//    its integrity (the wasm preload is checked by the loader's fetch that takes it).
// 4. Copies frame.js (for portals that use the iframe mode) and writes integrity.txt, the
//    hashes of this release for editors who pin one.
import { createHash } from 'node:crypto';
import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
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
const glueName = one(/^app-[0-9a-f]+\.js$/);
const wasmName = one(/^app-[0-9a-f]+_bg\.wasm$/);
const cssName = one(/^main-[0-9a-f]+\.css$/);

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const staged = (name) => readFile(join(staging, name));

// 1 and 2: embed.js.
const glue = await staged(glueName).then(String);
for (const needed of ['function __wbg_init', 'export function mount_element']) {
  if (!glue.includes(needed)) throw new Error(`the wasm-bindgen glue has no "${needed}"`);
}
const loader = (await readFile(join(source, 'static/embed/loader.js'), 'utf8'))
  .replaceAll('__PH_WASM_SRI__', sri(await staged(wasmName)))
  .replaceAll('__PH_CSS_SRI__', sri(await staged(cssName)))
  .replaceAll('__PH_WASM__', `./${wasmName}`)
  .replaceAll('__PH_CSS__', `./${cssName}`);
let embed = `${glue}\n${loader}`;
const terse = async (code) => (await minify(code, { module: true, compress: { passes: 2 }, mangle: true })).code;
if (release) {
  embed = await terse(embed);
  // The one-file copy (tools/single-file.mjs, next) is made from the glue alone; the glue
  // file is deleted after it (tools/post-build.sh).
  await writeFile(join(staging, glueName), await terse(glue));
}
await writeFile(join(staging, 'embed.js'), embed);
await copyFile(join(source, 'static/embed/frame.js'), join(staging, 'frame.js'));

// 3: index.html.
const integrity = {};
for (const name of ['embed.js', 'frame.js', wasmName, cssName]) integrity[name] = sri(await readFile(join(staging, name)));
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
