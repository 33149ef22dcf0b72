// Trunk post-build hook (release builds): writes maintain.html, the data page for center
// staff, as one self-contained file (tools/inline-page.mjs) that opens from file:// offline.
// Served over http(s) under a strict Content-Security-Policy, the inline copy is refused
// and maintain-start.js starts the page from its files instead (maintain.js and
// maintain_bg.wasm, which Trunk builds without naming them in index.html, main.css and
// maintain.css). No file of it is in the visitor's first view or the service worker's cache.
//   node tools/maintain-page.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inlinePage } from './inline-page.mjs';

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
await writeFile(join(dir, 'maintain-start.js'), start.replaceAll('__PH_CSS__', `./${mainCss[0]}`));

// The start script comes first (deferred scripts run in order): served, it starts the page
// and the inline copy steps aside; from file:// it steps aside and the inline copy starts.
const page = inlinePage(template.replace('</head>', '<script src="./maintain-start.js" defer></script></head>'), {
  glue,
  wasm,
  css: `${css}\n${ownCss}`,
  icon,
  guard: 'window.phMaintainStarted',
});
await writeFile(join(dir, MAINTAIN_PAGE), page);
console.log(`${MAINTAIN_PAGE}: ${page.length} bytes`);
