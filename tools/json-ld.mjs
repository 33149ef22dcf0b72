// Trunk post-build hook step (release builds): writes the halls' schema.org JSON-LD into
// index.html, so search engines and maps read the hours, holidays and adjusted workdays the
// engine answers. `hours export --format jsonld` builds it (tools/hours.mjs). A
// `<script type="application/ld+json">` block is data: the browser never runs it and a
// Content-Security-Policy without 'unsafe-inline' does not block it. The export writes `<`,
// `>` and `&` as \u escapes, so no text from the data can end the block.
//   node tools/json-ld.mjs [DIR]   (default: $TRUNK_STAGING_DIR)
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hours } from './hours.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('usage: node tools/json-ld.mjs DIR');

const json = hours('export', '--format', 'jsonld');
const graph = JSON.parse(json)['@graph'];
if (!Array.isArray(graph) || graph.length === 0) throw new Error('json-ld: no halls in the export');
if (/[<>&]/.test(json)) throw new Error('json-ld: the export holds a raw <, > or &');

const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
if (html.includes('application/ld+json')) throw new Error('json-ld: index.html already holds a JSON-LD block');
const block = `<script type="application/ld+json">${json}</script>`;
// Minified HTML may leave out the optional </head>: then the block goes before <body.
const at = html.includes('</head>') ? html.indexOf('</head>') : html.search(/<body[\s>]/);
if (at < 0) throw new Error('json-ld: index.html has neither </head> nor <body>');
await writeFile(file, html.slice(0, at) + block + html.slice(at));
