// Trunk post-build hook (release builds): writes pinggu-hours.html, the whole widget in one
// file (HTML, CSS, the JS glue, the wasm with its compiled-in data, the icon) that opens from
// a USB stick or file:// with no server and no network. Browsers load no module file from
// file://, so everything is inline: the glue is imported from a Blob, the wasm is base64.
//   node tools/single-file.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node tools/single-file.mjs DIR');
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

export const SINGLE_FILE = 'pinggu-hours.html';
const names = await readdir(dir);
const one = (test, what) => {
  const found = names.filter(test);
  if (found.length !== 1) throw new Error(`single-file: expected one ${what} in ${dir}, found ${found}`);
  return found[0];
};
// The full page's module alone: from a file there is no first view to hurry.
const wasmName = one((n) => /^full-.*_bg\.wasm$/.test(n), 'full page wasm');
const glueName = wasmName.replace(/_bg\.wasm$/, '.js');
const cssName = one((n) => n.endsWith('.css'), 'stylesheet');
const iconName = names.find((n) => n.endsWith('.svg'));

const [html, glue, wasm, css, icon] = await Promise.all([
  readFile(join(dir, 'index.html'), 'utf8'),
  readFile(join(dir, glueName), 'utf8'),
  readFile(join(dir, wasmName)),
  readFile(join(dir, cssName), 'utf8'),
  iconName ? readFile(join(dir, iconName)) : undefined,
]);

// Keep the page's head and body; drop what refers to other files.
let page = html
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link\b[^>]*\brel=["']?(modulepreload|preload|stylesheet|icon|manifest)\b[^>]*>/g, '');
const iconTag = icon ? `<link rel=icon href="data:image/svg+xml;base64,${icon.toString('base64')}">` : '';
const boot = `<script type=module>
const glue = ${JSON.stringify(glue)};
const bytes = Uint8Array.from(atob(${JSON.stringify(wasm.toString('base64'))}), (c) => c.charCodeAt(0));
const url = URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }));
const full = await import(url);
await full.default({ module_or_path: bytes });
full.mount_page(document.getElementById('pinggu-hours'), undefined, undefined, false, undefined);
</script>`;
page = page.replace('</head>', `${iconTag}<style>${css}</style></head>`).replace('</body>', `${boot}</body>`);
await writeFile(join(dir, SINGLE_FILE), page);
console.log(`${SINGLE_FILE}: ${page.length} bytes`);
