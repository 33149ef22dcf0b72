// Writes a data folder for the web benchmark's 308-hall build (make bench-web): the shipped
// static/data/ with the township entry grown into the 18 township centers and 282 village or
// community service stations (Article 8) as entries of their own, the stations marked
// `"level": "station"`. The same shape as the engine benchmark's generated set
// (benches/support/mod.rs). Made-up names for a benchmark, never shipped.
//
//   node tools/halls-308.mjs OUT_DIR
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = process.argv[2];
if (!out) {
  console.error('usage: node tools/halls-308.mjs OUT_DIR');
  process.exit(2);
}
const data = resolve(import.meta.dirname, '../static/data');
mkdirSync(out, { recursive: true });
cpSync(data, out, { recursive: true });
const halls = JSON.parse(readFileSync(join(data, 'halls.json'), 'utf8'));
const township = halls.halls.find((h) => h.id === 'township');
if (!township) throw new Error('halls-308: no township entry in static/data/halls.json');
const copy = (id, zh, en, level) => ({ ...structuredClone(township), id, name: { zh, en }, members: [], level });
for (let i = 1; i <= 18; i++) {
  const n = String(i).padStart(2, '0');
  halls.halls.push(copy(`township_${n}`, `乡镇中心${i}`, `Township center ${i}`, 'center'));
}
for (let i = 1; i <= 282; i++) {
  const n = String(i).padStart(3, '0');
  halls.halls.push(copy(`station_${n}`, `村服务站${i}`, `Village station ${i}`, 'station'));
}
writeFileSync(join(out, 'halls.json'), JSON.stringify(halls, null, 2));
console.log(`halls-308: ${halls.halls.length} halls in ${out}`);
