// The page in two modules: the first module shows every hall's status, the full page
// (planner, matter finder, hall page) arrives after it and takes over without anything on
// screen changing. Tested against the built dist/ under the strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { launchChromium, serveDist, STRICT_CSP } from './harness.mjs';
import { after, before } from 'node:test';

const AT = '?at=2026-11-25T10:00';
const FULL_WASM = /\/full-[0-9a-f]+_bg\.wasm$/;
const FULL_JS = /\/full-[0-9a-f]+\.js(\?.*)?$/;
let server;
let browser;

before(async () => {
  server = await serveDist(undefined, { headers: { 'content-security-policy': STRICT_CSP } });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose full module is held back until `release()` is called. */
async function heldPage(query = AT) {
  // Requests a service worker answers never reach page.route: none here.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(FULL_WASM, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url + query);
  await page.waitForSelector('[data-app=first] [data-hall]');
  return { page, context, errors, release };
}

/** Each card's hall and state, in order. */
const cards = (page) =>
  page.$$eval('[data-hall][data-state]', (all) => all.map((c) => `${c.dataset.hall}:${c.dataset.state}`));

test('the first module shows every hall with the statuses the full page shows', async () => {
  const { page, context, errors, release } = await heldPage();
  const first = await cards(page);
  assert.equal(first.length, 8);
  const firstBox = await page.locator('[data-hall]').nth(3).boundingBox();
  release();
  await page.waitForSelector('[data-app=full][data-ready]');
  assert.deepEqual(await cards(page), first);
  assert.deepEqual(await page.locator('[data-hall]').nth(3).boundingBox(), firstBox, 'a card moved at the handover');
  const shift = await page.evaluate(() =>
    performance.getEntriesByType('layout-shift').reduce((sum, e) => sum + e.value, 0));
  assert.equal(shift, 0, 'cumulative layout shift');
  assert.equal(await page.locator('[data-app]').count(), 1, 'one widget after the handover');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the full module is requested only after the first status is on screen', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + AT);
  await page.waitForSelector('[data-app=full][data-ready]');
  const { ready, full } = await page.evaluate(() => ({
    ready: performance.getEntriesByName('hours-ready')[0].startTime,
    full: performance.getEntriesByType('resource').filter((e) => /\/full-/.test(e.name)).map((e) => e.startTime),
  }));
  assert.equal(full.length, 2, 'the full page glue and wasm');
  for (const start of full) assert.ok(start >= ready, `full module requested at ${start} ms, first status at ${ready} ms`);
  await context.close();
});

test('a tap on another view before the full page arrives shows a loading line, then that view', async () => {
  const { page, context, errors, release } = await heldPage();
  await page.locator('.ph-nav a').nth(1).click();
  const loading = page.locator('[data-app=first] .ph-loading[role=status]');
  await loading.waitFor();
  assert.match(await loading.innerText(), /加载/);
  release();
  await page.waitForSelector('[data-app=full][data-ready]');
  assert.equal(await page.locator('.ph-loading').count(), 0);
  assert.match(page.url(), /view=plan/);
  assert.equal(await page.locator('.ph-nav a[aria-current=page]').count(), 1);
  assert.notEqual(await page.locator('.ph-nav a').nth(1).getAttribute('aria-current'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language and elderly mode chosen before the handover are kept', async () => {
  const { page, context, errors, release } = await heldPage();
  await page.locator('.ph-toolbar button').first().click();
  await page.waitForSelector('[data-app=first][lang=en]');
  await page.locator('.ph-toolbar button[aria-pressed]').click();
  await page.waitForSelector('[data-app=first].ph-elderly');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  release();
  await page.waitForSelector('[data-app=full][data-ready]');
  assert.equal(await page.locator('[data-app=full]').getAttribute('lang'), 'en');
  assert.equal(await page.locator('[data-app=full].ph-elderly').count(), 1);
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), focused, 'focus kept');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full module that fails its integrity check leaves the first view working', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.route(FULL_JS, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: `${await response.text()}\n// changed` });
  });
  await page.goto(server.url + AT);
  await page.waitForSelector('[data-app=first] [data-hall]');
  await page.locator('.ph-nav a').nth(1).click();
  const failed = page.locator('[data-app=first] .ph-loading[role=alert]');
  await failed.waitFor();
  assert.match(await failed.innerText(), /无法加载/);
  assert.equal(await page.locator('[data-app=full]').count(), 0);
  // The first view is still there and working: back to the halls.
  await page.locator('.ph-nav a').first().click();
  assert.equal(await page.locator('[data-app=first] [data-hall]').count(), 8);
  assert.ok(errors.some((e) => /integrity/i.test(e)), errors.join('\n'));
  assert.equal(
    await page.evaluate(() => performance.getEntriesByType('resource').some((e) => /full-[0-9a-f]+_bg\.wasm/.test(e.name))),
    false,
    'a module that failed its check is never run',
  );
  await context.close();
});

test('widgets in a host page are handed over one by one', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}fixtures/host.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('pinggu-hours')].every((h) => h.shadowRoot?.querySelector('[data-app=full][data-ready]')));
  const count = await page.evaluate(() => document.querySelectorAll('pinggu-hours').length);
  assert.ok(count >= 2);
  const firsts = await page.evaluate(() =>
    [...document.querySelectorAll('pinggu-hours')].filter((h) => h.shadowRoot.querySelector('[data-app=first]')).length);
  assert.equal(firsts, 0);
  await context.close();
});
