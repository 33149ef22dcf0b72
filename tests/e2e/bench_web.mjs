// Benchmark of the built page (make bench-web), measured side by side in one run, since
// these machines are noisy and figures from two runs do not compare:
//
// - First view weight: every response a cold load fetches until the first status is on
//   screen (requests started before the `hours-ready` mark, from the network log), each
//   compressed as a static host would serve it: gzip (zlib level 9) and Brotli (quality 11).
//   Budget: 100 KB gzip (1 KB = 1,024 bytes).
// - First status against a static page: the status is on screen at the later of the
//   `hours-ready` mark and the first contentful paint; the static page is a snapshot of the
//   rendered first view with its scripts removed (same CSS, same server), timed by its first
//   contentful paint. Cold loads alternate between the two; medians. Target: <= 1.3x.
// - Optionally another build (--compare DIR, e.g. the previous release's dist/), its cold
//   loads alternating with this build's.
// - Optionally this build with 308 halls compiled in (--stations DIR: the 18 township
//   centers and 282 village stations of tools/halls-308.mjs; `make bench-web` builds it):
//   its first status against this build's, in the same alternation. Target: <= 1.5x.
//
//   node tests/e2e/bench_web.mjs [runs] [--compare DIR] [--stations DIR] [--at YYYY-MM-DDTHH:MM]
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launchChromium, serveDist } from './harness.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const compareDir = option('--compare');
const stationsDir = option('--stations');
// A fixed moment, so every load shows the same statuses.
const AT = option('--at') ?? '2026-11-25T10:00';
const RUNS = Math.max(15, Number(args[0] ?? 15));
const WEIGHT_BUDGET_BYTES = 100 * 1024;
const STATIC_RATIO_TARGET = 1.3;
const STATIONS_RATIO_TARGET = 1.5;
const DIST = resolve(import.meta.dirname, '../../dist');
const SNAPSHOT = '__bench-static.html';

const gzip = (body) => gzipSync(body, { level: 9 }).length;
const brotli = (body) =>
  brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Navigation start to the later of `hours-ready` and the first contentful paint, or FCP alone. */
function onScreenAt(page, mark) {
  return page.evaluate(async (mark) => {
    const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const ready = () => (mark ? performance.getEntriesByName(mark)[0]?.startTime : 0);
    while (fcp() === undefined || ready() === undefined) await new Promise((ok) => setTimeout(ok, 5));
    return Math.max(fcp(), ready());
  }, mark);
}

/** Every response of one cold load started before the first status, with its sizes. */
async function firstViewWeight(browser, url, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = new Map();
  page.on('response', async (response) => {
    try {
      bodies.set(response.url(), await response.body());
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(url);
  await onScreenAt(page, 'hours-ready');
  const ready = await page.evaluate(() => performance.getEntriesByName('hours-ready')[0].startTime);
  const before = await page.evaluate((ready) => [
    location.href,
    ...performance.getEntriesByType('resource').filter((e) => e.startTime <= ready).map((e) => e.name),
  ], ready);
  await page.waitForLoadState('networkidle');
  let weight = { raw: 0, gzip: 0, brotli: 0 };
  for (const u of before) {
    const body = bodies.get(u);
    if (!body) continue;
    const row = { raw: body.length, gzip: gzip(body), brotli: brotli(body) };
    for (const k of Object.keys(weight)) weight[k] += row[k];
    console.log(
      `${name}: ${String(row.raw).padStart(8)} B ${String(row.gzip).padStart(8)} B gzip ` +
        `${String(row.brotli).padStart(8)} B br  ${new URL(u).pathname}`,
    );
  }
  // The snapshot of the rendered first view, scripts and preloads removed.
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\brel=["']?(modulepreload|preload)\b[^>]*>/g, '');
  await context.close();
  return { weight, html };
}

/** One cold load in a fresh context: when the status (or, for the snapshot, FCP) is on screen. */
async function coldLoad(browser, url, mark) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const t = await onScreenAt(page, mark);
  await context.close();
  return t;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const query = `?at=${AT}`;
const builds = [{ name: 'this build', dir: DIST, server: await serveDist(DIST) }];
if (compareDir) builds.push({ name: `compared (${compareDir})`, dir: resolve(compareDir), server: await serveDist(compareDir) });
const stations = stationsDir && { name: '308 halls', dir: resolve(stationsDir), server: await serveDist(stationsDir) };
if (stations) builds.push(stations);
const browser = await launchChromium();
try {
  for (const b of builds) {
    const { weight, html } = await firstViewWeight(browser, b.server.url + query, b.name);
    b.weight = weight;
    await writeFile(join(b.dir, SNAPSHOT), html);
    b.times = [];
    b.statics = [];
  }
  for (let i = 0; i < RUNS; i++) {
    for (const b of builds) {
      b.times.push(await coldLoad(browser, b.server.url + query, 'hours-ready'));
      b.statics.push(await coldLoad(browser, b.server.url + SNAPSHOT));
    }
  }
  let met = true;
  for (const b of builds) {
    const { gzip: gz, brotli: br } = b.weight;
    const weightOk = gz <= WEIGHT_BUDGET_BYTES;
    const ratio = median(b.times) / median(b.statics);
    const ratioOk = ratio <= STATIC_RATIO_TARGET;
    if (b === builds[0]) met = weightOk && ratioOk;
    console.log(
      `${b.name}: first view ${gz} B gzip (${(gz / 1024).toFixed(1)} KB; budget 100 KB) ${weightOk ? 'OK' : 'OVER'}; ` +
        `${br} B Brotli (${(br / 1024).toFixed(1)} KB)`,
    );
    console.log(
      `${b.name}: first status on screen, median of ${RUNS} cold loads: ${median(b.times).toFixed(0)} ms; ` +
        `static snapshot ${median(b.statics).toFixed(0)} ms; ratio ${ratio.toFixed(2)} ` +
        `(target <= ${STATIC_RATIO_TARGET}) ${ratioOk ? 'OK' : 'OVER'}`,
    );
  }
  if (stations) {
    const ratio = median(stations.times) / median(builds[0].times);
    const ok = ratio <= STATIONS_RATIO_TARGET;
    met &&= ok;
    console.log(
      `308 halls: first status ${median(stations.times).toFixed(0)} ms against ${median(builds[0].times).toFixed(0)} ms ` +
        `with 8 halls; ratio ${ratio.toFixed(2)} (target <= ${STATIONS_RATIO_TARGET}) ${ok ? 'OK' : 'OVER'}`,
    );
  }
  console.log(met ? 'every target met' : 'targets not met');
} finally {
  await browser.close();
  for (const b of builds) {
    await b.server.close();
    await rm(join(b.dir, SNAPSHOT), { force: true });
  }
}
