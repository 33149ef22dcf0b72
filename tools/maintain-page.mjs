// Trunk post-build hook (release builds): writes maintain.html, the data page for center
// staff, with no inline script or style: maintain-start.js starts it, served from its files
// beside it (maintain.js and maintain_bg.wasm, which Trunk builds without naming them in
// index.html, main.css and maintain.css; maintain-notice.css styles the notices it prints), or from file:// (offline, from a USB stick, with
// maintain-start.js beside it) from the copies the page holds as data blocks, which no
// browser runs or checks against a Content-Security-Policy. No file of it is in the
// visitor's first view or the service worker's cache.
//   node tools/maintain-page.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!dir) throw new Error('usage: node tools/maintain-page.mjs DIR');
if (process.env.TRUNK_PROFILE && process.env.TRUNK_PROFILE !== 'release') process.exit(0);

export const MAINTAIN_PAGE = 'maintain.html';
const names = await readdir(dir);
const mainCss = names.filter((n) => /^main-[0-9a-f]+\.css$/.test(n));
if (mainCss.length !== 1) throw new Error(`maintain-page: expected one main stylesheet in ${dir}, found ${mainCss}`);
const iconName = names.find((n) => n.endsWith('.svg'));

const [template, start, ownCss, css, glue, wasm, icon] = await Promise.all([
  readFile(join(source, 'static/maintain/maintain.html'), 'utf8'),
  readFile(join(source, 'static/maintain/start.js'), 'utf8'),
  readFile(join(source, 'static/styles/maintain.css'), 'utf8'),
  readFile(join(dir, mainCss[0]), 'utf8'),
  readFile(join(dir, 'maintain.js'), 'utf8'),
  readFile(join(dir, 'maintain_bg.wasm')),
  iconName ? readFile(join(dir, iconName)) : undefined,
]);
await writeFile(join(dir, 'maintain.css'), ownCss);
await writeFile(join(dir, 'maintain-notice.css'), await readFile(join(source, 'static/styles/notice.css'), 'utf8'));
await writeFile(join(dir, 'maintain-start.js'), start.replaceAll('__PH_CSS__', `./${mainCss[0]}`));

// The copies for file://, base64 (so no text in them can end the block early).
const dataBlock = (name, bytes) =>
  `<script type="application/x-pinggu-hours-${name}" id="ph-m-${name}">${Buffer.from(bytes).toString('base64')}</script>`;
const iconTag = icon ? `<link rel=icon href="data:image/svg+xml;base64,${icon.toString('base64')}">` : '';
const page = template
  .replace('</head>', `${iconTag}<script src="./maintain-start.js" defer></script></head>`)
  .replace('</body>', `${dataBlock('css', `${css}\n${ownCss}`)}${dataBlock('glue', glue)}${dataBlock('wasm', wasm)}</body>`);
await writeFile(join(dir, MAINTAIN_PAGE), page);
console.log(`${MAINTAIN_PAGE}: ${page.length} bytes`);
