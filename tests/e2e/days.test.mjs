// A hall screen left on for days: the built page, on a fake clock, runs through 72 hours
// across a year's end (and the end of the published calendar) and through the start of the
// National Day holiday, with no reload. At every moment a hall changes, every card must
// agree with the native engine (`hours status --json`), and neither the JS heap nor the
// wasm memory may grow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { useServerAndBrowser } from './harness.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const shared = useServerAndBrowser();

/** The native `hours` tool, built once (cargo prints where it put it). */
const HOURS = (() => {
  const out = execFileSync('cargo', ['build', '--quiet', '--bin', 'hours', '--message-format=json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const artifact = out
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .find((m) => m.reason === 'compiler-artifact' && m.target?.name === 'hours' && m.executable);
  return artifact.executable;
})();

/** What the engine says of every hall at a Beijing moment `YYYY-MM-DDTHH:MM`. */
function engineAt(at) {
  return JSON.parse(execFileSync(HOURS, ['status', '--at', at, '--json'], { encoding: 'utf8' }));
}

/** Beijing wall time of a UTC millisecond count, as `YYYY-MM-DDTHH:MM`. */
const beijing = (ms) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 16);
/** UTC milliseconds of a Beijing wall time `YYYY-MM-DDTHH:MM`. */
const utcMs = (at) => Date.parse(`${at}:00+08:00`);

/** Every wasm memory the page instantiates, kept where the test can read its size. */
function watchWasmMemory() {
  window.__wasmMemories = [];
  const keep = (result) => {
    const instance = result.instance ?? result;
    const memory = instance?.exports?.memory;
    if (memory) window.__wasmMemories.push(memory);
    return result;
  };
  const { instantiate, instantiateStreaming } = WebAssembly;
  WebAssembly.instantiate = (...a) => instantiate(...a).then(keep);
  if (instantiateStreaming) WebAssembly.instantiateStreaming = (...a) => instantiateStreaming(...a).then(keep);
}

async function memoryUse(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasmMemories.map((m) => m.buffer.byteLength));
  return { js: usedSize, wasm };
}

async function runThrough(from, to) {
  const context = await shared.browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.addInitScript(watchWasmMemory);
  await page.clock.install({ time: utcMs(from) });
  await page.goto(shared.server.url);
  await page.waitForSelector('[data-ready]');
  const cdp = await context.newCDPSession(page);
  let now = utcMs(from);
  let checked = 0;
  let warm;
  while (now < utcMs(to)) {
    const expected = engineAt(beijing(now));
    const cards = await page.$$eval('[data-hall]', (els) =>
      els.map((e) => [e.dataset.hall, e.dataset.state, e.dataset.appointment]),
    );
    // A closed hall's card says `none` where the engine says null.
    const want = expected.halls.map((h) => [h.id, h.state, h.appointment ?? 'none']);
    assert.deepEqual(cards, want, `at ${beijing(now)}`);
    checked += 1;
    if (checked === 3) warm = await memoryUse(page, cdp);
    // On to the next minute at which any hall changes (or the next midnight, whichever first).
    const changes = expected.halls.map((h) => h.next_change).filter(Boolean).map(utcMs);
    const midnight = utcMs(`${beijing(now).slice(0, 10)}T00:00`) + 86_400_000;
    const next = Math.min(...changes.filter((t) => t > now), midnight, utcMs(to));
    // The page ticks just after each whole minute: look a few seconds later.
    await page.clock.runFor(next + 5_000 - Date.parse(await page.evaluate(() => new Date().toISOString())));
    now = next;
  }
  const end = await memoryUse(page, cdp);
  await context.close();
  return { checked, warm, end };
}

test('72 hours across a year end and the end of the calendar, no reload', async () => {
  const { checked, warm, end } = await runThrough('2026-12-30T00:00', '2027-01-02T00:00');
  assert.ok(checked >= 30, `only ${checked} moments checked`);
  assert.deepEqual(end.wasm, warm.wasm, 'wasm memory grew');
  assert.ok(end.js < warm.js * 1.25 + 1_000_000, `JS heap grew from ${warm.js} to ${end.js} B`);
  console.log(`year end: ${checked} moments; JS heap ${warm.js} -> ${end.js} B; wasm ${warm.wasm} -> ${end.wasm} B`);
});

test('72 hours into the National Day holiday, no reload', async () => {
  const { checked, warm, end } = await runThrough('2026-09-30T00:00', '2026-10-03T00:00');
  assert.ok(checked >= 12, `only ${checked} moments checked`);
  assert.deepEqual(end.wasm, warm.wasm, 'wasm memory grew');
  assert.ok(end.js < warm.js * 1.25 + 1_000_000, `JS heap grew from ${warm.js} to ${end.js} B`);
  console.log(`National Day: ${checked} moments; JS heap ${warm.js} -> ${end.js} B; wasm ${warm.wasm} -> ${end.wasm} B`);
});
