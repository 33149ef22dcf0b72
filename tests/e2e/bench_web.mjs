// Benchmark of the built page (make bench-web): how soon the first status is on screen, and
// how much the first view downloads. Targets (issue 4): <= 300 ms from navigation start to
// performance.mark('hours-ready') on localhost in headless Chromium; <= 150 KB gzip in all,
// counted as budgets are (1 KB = 1,024 bytes), each response gzipped by zlib at level 9.
//   node tests/e2e/bench_web.mjs [runs]
import { gzipSync } from 'node:zlib';
import { launchChromium, serveDist } from './harness.mjs';

const RUNS = Number(process.argv[2] ?? 30);
const READY_BUDGET_MS = 300;
const WEIGHT_BUDGET_BYTES = 150 * 1024;

const server = await serveDist();
const browser = await launchChromium();
try {
  // Weight: every response the first view loads, gzipped at level 9 as a static host would.
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
  await page.goto(server.url);
  await page.waitForSelector('[data-ready]');
  await page.waitForLoadState('networkidle');
  let weight = 0;
  for (const { url, body } of bodies) {
    const gz = gzipSync(body, { level: 9 }).length;
    weight += gz;
    console.log(`${String(body.length).padStart(8)} B ${String(gz).padStart(8)} B gzip  ${new URL(url).pathname}`);
  }
  await context.close();

  // Time to first status: fresh context (cold cache) per run.
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await p.goto(server.url);
    await p.waitForSelector('[data-ready]');
    times.push(await p.evaluate(() => performance.getEntriesByName('hours-ready')[0].startTime));
    await ctx.close();
  }
  times.sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const kb = (weight / 1024).toFixed(1);
  console.log(`first view weight: ${weight} B gzip (${kb} KB; budget 150 KB) ${weight <= WEIGHT_BUDGET_BYTES ? 'OK' : 'OVER'}`);
  console.log(
    `hours-ready after navigation start over ${RUNS} cold loads: median ${pick(0.5).toFixed(0)} ms, ` +
      `p95 ${pick(0.95).toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms (budget ${READY_BUDGET_MS} ms) ` +
      `${pick(0.95) <= READY_BUDGET_MS ? 'OK' : 'OVER'}`,
  );
} finally {
  await browser.close();
  await server.close();
}
