// The page built with 308 halls compiled in (target/dist-308, `make dist-308`: the 18
// township centers and 282 village stations of tools/halls-308.mjs): the first module lists
// the centers and carries the station search itself, what a visitor types before the full
// page arrives survives the takeover, and what the build writes into index.html (the hours
// shown before the wasm, the JSON-LD) names the centers only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { axeScan, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser({ dir: resolve(import.meta.dirname, '../../target/dist-308') });

/** A phone on Tuesday 24 November 2026, 10:00 Beijing time; the full page's wasm is held
 * back until `release()` is called. */
async function open() {
  const context = await env.browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-24T02:00:00Z'));
  let release;
  const held = new Promise((done) => (release = done));
  await page.route('**/full-*_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, context, release, errors };
}

test('the build-time block and JSON-LD name the 26 centers; the stations are found later', async () => {
  const { page, context } = await open();
  await page.route('**/embed.js*', (route) => route.abort());
  await page.goto(env.server.url);
  const block = await page.evaluate(() => ({
    cards: document.querySelectorAll('[data-prerendered] .ph-card').length,
    stations: document.querySelector('.ph-pre-stations')?.textContent,
    offices: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent)['@graph'].length,
  }));
  assert.deepEqual(block, {
    cards: 26,
    stations: '村（社区）便民服务站的办公时间，请在页面加载完成后按名称查找。',
    offices: 26,
  });
  await context.close();
});

test('the first module finds a station, and the full page keeps what was typed and the focus', async () => {
  const { page, context, release, errors } = await open();
  await page.goto(env.server.url);
  await page.waitForSelector('.ph-app[data-app="first"] #ph-station-q');
  assert.equal(await page.$$eval('.ph-halls .ph-card', (els) => els.length), 26);
  await page.focus('#ph-station-q');
  await page.keyboard.type('村服务站21');
  await page.waitForFunction(() => document.querySelectorAll('.ph-station-list .ph-card').length === 11);
  assert.equal(await page.getAttribute('.ph-app', 'data-app'), 'first');
  assert.match(await page.textContent('#ph-station-result'), /^找到11个服务站/);
  release();
  await page.waitForSelector('.ph-app[data-app="full"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ph-station-q');
  assert.equal(await page.inputValue('#ph-station-q'), '村服务站21');
  await page.keyboard.type('5');
  await page.waitForFunction(() => document.querySelectorAll('.ph-station-list .ph-card').length === 1);
  assert.equal(await page.getAttribute('.ph-station-list .ph-card', 'data-hall'), 'station_215');
  assert.match(page.url(), /station=%E6%9D%91%E6%9C%8D%E5%8A%A1%E7%AB%99215$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe finds no violation on the 26 centers and a station search with results', async () => {
  const { page, context, release } = await open();
  release();
  await page.goto(`${env.server.url}?station=%E6%9D%91%E6%9C%8D%E5%8A%A1%E7%AB%9921`);
  await page.waitForSelector('.ph-app[data-app="full"] .ph-station-list .ph-card');
  const { violations, passes } = await axeScan(page);
  assert.deepEqual(violations, []);
  assert.ok(passes > 10, 'axe ran its rules');
  await context.close();
});
