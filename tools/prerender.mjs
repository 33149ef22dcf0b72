// Trunk post-build hook step (release builds): writes the hours into index.html's
// #pinggu-hours, in place of its no-script line, so the page shows every hall's ordinary week
// and the holidays and adjusted workdays ahead before the WebAssembly arrives, and keeps them
// where it never starts (no JavaScript, no WebAssembly, a search engine). The widget replaces
// the block when it starts (src/ui/mount.rs); when the WebAssembly cannot start, the loader
// puts its notice above it (static/embed/loader.js). `hours export --format page-html` builds
// it from the engine (tools/hours.mjs), with the special days from today (Beijing) on: the
// build date is in the block's data-from.
//   node tools/prerender.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hours } from './hours.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node tools/prerender.mjs DIR');

const block = hours('export', '--format', 'page-html');
if (!block.startsWith('<div class="ph-app"') || !block.includes('data-prerendered')) {
  throw new Error('prerender: the export is not the page block');
}
// Text is escaped, so every `<` opens a tag of the block's own.
if (/<script|<[^>]*\s(style|on\w+)=/i.test(block)) throw new Error('prerender: the block holds a script or a style');

const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
// Minified HTML may leave the attributes unquoted and in another order.
const root = /<div\b[^>]*\bid="?pinggu-hours"?[^>]*>\s*<noscript>[\s\S]*?<\/noscript>\s*<\/div>/;
const found = html.match(new RegExp(root, 'g')) ?? [];
if (found.length !== 1) throw new Error(`prerender: expected one #pinggu-hours holding its <noscript>, found ${found.length}`);
const open = found[0].slice(0, found[0].indexOf('>') + 1);
await writeFile(file, html.replace(root, `${open}${block}</div>`));
