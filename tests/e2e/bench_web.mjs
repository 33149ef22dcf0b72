// Benchmark of the built page (make bench-web): how soon the first status is on screen, and
// how much the first view downloads. Targets: <= 300 ms from navigation start to
// performance.mark('hours-ready') on localhost in headless Chromium; <= 150 KB gzip in all,
// counted as budgets are (1 KB = 1,024 bytes), each response gzipped by zlib at level 9.
//
//   node tests/e2e/bench_web.mjs [runs] [--compare DIR]
//
// With --compare, a second build (for instance the previous release's dist/) is measured in
// the same run, its cold loads alternating with this build's, so that both figures see the
// same machine: these machines are noisy, and figures from two runs do not compare.
import { gzipSync } from 'node:zlib';
import { launchChromium, serveDist } from './harness.mjs';

const args = process.argv.slice(2);
const compareAt = args.indexOf('--compare');
const compareDir = compareAt >= 0 ? args.splice(compareAt, 2)[1] : undefined;
const RUNS = Number(args[0] ?? 30);
const READY_BUDGET_MS = 300;
const WEIGHT_BUDGET_BYTES = 150 * 1024;

/** Every response of one cold load, gzipped at level 9 as a static host would serve it. */
async function firstViewWeight(browser, url, name) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    try {
      bodies.push({ url: response.url(), body: await response.body() });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(url);
  await page.waitForSelector('[data-ready]');
  await page.waitForLoadState('networkidle');
  let weight = 0;
  for (const { url: u, body } of bodies) {
    const gz = gzipSync(body, { level: 9 }).length;
    weight += gz;
    console.log(`${name}: ${String(body.length).padStart(8)} B ${String(gz).padStart(8)} B gzip  ${new URL(u).pathname}`);
  }
  await context.close();
  return weight;
}

/** Milliseconds from navigation start to the `hours-ready` mark, in a fresh (cold) context. */
async function coldLoad(browser, url) {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  await p.goto(url);
  await p.waitForSelector('[data-ready]');
  const t = await p.evaluate(() => performance.getEntriesByName('hours-ready')[0].startTime);
  await ctx.close();
  return t;
}

const builds = [{ name: 'this build', server: await serveDist() }];
if (compareDir) builds.push({ name: `compared (${compareDir})`, server: await serveDist(compareDir) });
const browser = await launchChromium();
try {
  for (const b of builds) {
    b.weight = await firstViewWeight(browser, b.server.url, b.name);
    b.times = [];
  }
  for (let i = 0; i < RUNS; i++) {
    for (const b of builds) b.times.push(await coldLoad(browser, b.server.url));
  }
  for (const b of builds) {
    const times = [...b.times].sort((x, y) => x - y);
    const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
    const kb = (b.weight / 1024).toFixed(1);
    const weightOk = b.weight <= WEIGHT_BUDGET_BYTES ? 'OK' : 'OVER';
    console.log(`${b.name}: first view weight: ${b.weight} B gzip (${kb} KB; budget 150 KB) ${weightOk}`);
    console.log(
      `${b.name}: hours-ready after navigation start over ${RUNS} cold loads: median ${pick(0.5).toFixed(0)} ms, ` +
        `p95 ${pick(0.95).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (budget ${READY_BUDGET_MS} ms) ` +
        `${pick(0.95) <= READY_BUDGET_MS ? 'OK' : 'OVER'}`,
    );
  }
} finally {
  await browser.close();
  for (const b of builds) await b.server.close();
}
