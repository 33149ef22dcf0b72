// The first view while it is alone on the page (the full page's wasm held back, a clock the
// test moves): it keeps time as the full page does, announces a hall's change, keeps the
// visitor's focus and scroll, follows the back button, and lets a visitor type in the
// station search across a minute. The first module draws without Yew
// (src/ui/first_view/), so these are its own behaviours, not the framework's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const stations = useServerAndBrowser({ dir: resolve(import.meta.dirname, '../../target/dist-308') });

/** A phone at Beijing time `at` (a running fake clock), the full page held back. */
async function held(shared, at, query = '') {
  const context = await shared.browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.clock.install({ time: new Date(`${at}+08:00`) });
  await page.route('**/full-*_bg.wasm', () => {});
  await page.goto(shared.server.url + query);
  await page.waitForSelector('[data-app=first] [data-hall]');
  return { page, context, errors };
}

test('on the minute a hall changes, the first view redraws it, says so, and keeps focus and scroll', async () => {
  const { page, context, errors } = await held(env, '2026-11-25T11:59:30');
  const link = '[data-hall=district] .ph-card-link';
  assert.equal(await page.getAttribute('[data-hall=district]', 'data-state'), 'open');
  await page.focus(link);
  await page.evaluate(() => window.scrollTo(0, 300));
  const region = await page.evaluateHandle(() => document.querySelector('.ph-app > [aria-live]'));
  await page.clock.runFor(45_000);
  assert.equal(await page.getAttribute('[data-hall=district]', 'data-state'), 'extended');
  assert.match(await page.textContent('.ph-app > [aria-live]'), /区政务服务中心：延时服务/);
  assert.ok(await page.evaluate((r) => r.isConnected, region), 'the live region is the one that was there');
  assert.ok(await page.evaluate((sel) => document.activeElement === document.querySelector(sel), link), 'focus kept');
  assert.equal(await page.evaluate(() => window.scrollY), 300, 'no scroll');
  assert.match(await page.textContent('.ph-moment time'), /12:00/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the back button before the handover goes back to the halls', async () => {
  const { page, context, errors } = await held(env, '2026-11-25T10:00');
  await page.locator('.ph-nav a').nth(1).click();
  await page.waitForSelector('[data-app=first] .ph-loading');
  assert.match(page.url(), /view=plan/);
  await page.goBack();
  await page.waitForSelector('[data-app=first] [data-hall]');
  assert.doesNotMatch(page.url(), /view=plan/);
  assert.equal(await page.locator('.ph-nav a[aria-current=page]').first().textContent(), '各厅状态');
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing in the station search goes on across a minute: the input is never replaced', async () => {
  const { page, context, errors } = await held(stations, '2026-11-24T10:00:40');
  const input = page.locator('#ph-station-q');
  await input.click();
  await page.keyboard.type('村服务站2');
  await page.waitForSelector('.ph-station-list [data-hall]');
  await page.evaluate(() => (document.querySelector('#ph-station-q').dataset.mark = 'same'));
  await page.clock.runFor(30_000);
  await page.keyboard.type('1');
  assert.equal(await input.getAttribute('data-mark'), 'same', 'the input was replaced');
  assert.equal(await input.inputValue(), '村服务站21');
  assert.match(await page.textContent('.ph-moment time'), /10:00/, 'the minute waits while typing');
  await page.locator('.ph-order-button').first().focus();
  await page.clock.runFor(2_000);
  assert.match(await page.textContent('.ph-moment time'), /10:01/, 'and is drawn once the typing stops');
  assert.equal(await input.inputValue(), '村服务站21');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an English element switched to Chinese before the handover stays in Chinese', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let release;
  const heldBack = new Promise((done) => (release = done));
  await page.route('**/full-*_bg.wasm', async (route) => {
    await heldBack;
    await route.continue();
  });
  await page.goto(`${env.server.url}fixtures/host.html`);
  await page.evaluate(() => {
    const widget = document.createElement('pinggu-hours');
    widget.id = 'english';
    widget.setAttribute('lang', 'en');
    widget.setAttribute('at', '2026-11-24T10:00');
    document.body.append(widget);
  });
  await page.locator('#english [data-app=first][lang=en]').waitFor();
  await page.locator('#english .ph-toolbar button[lang]').click();
  await page.locator('#english [data-app=first][lang=zh-CN]').waitFor();
  release();
  await page.locator('#english [data-app=full][data-ready]').waitFor();
  assert.equal(await page.locator('#english [data-app=full]').getAttribute('lang'), 'zh-CN');
  await context.close();
});

test('a card that loses a line on the minute keeps the focus on its link', async () => {
  // Wednesday 17:00: the district center's walk-in run becomes extended service alone, so
  // its card drops the line naming the extended part, and the link moves up.
  const { page, context, errors } = await held(env, '2026-11-25T16:59:30');
  const card = '[data-hall=district]';
  assert.equal(await page.locator(`${card} .ph-extended-part`).count(), 1);
  await page.focus(`${card} .ph-card-link`);
  await page.clock.runFor(45_000);
  assert.equal(await page.getAttribute(card, 'data-state'), 'extended');
  assert.equal(await page.locator(`${card} .ph-extended-part`).count(), 0);
  assert.ok(
    await page.evaluate((sel) => document.activeElement === document.querySelector(sel), `${card} .ph-card-link`),
    'focus on the same card link',
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('after the full page failed to load, the next tap asks for it again', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let asked = 0;
  await page.route('**/full-*_bg.wasm', (route) => {
    asked += 1;
    return route.abort();
  });
  await page.goto(`${env.server.url}?view=plan`);
  const notice = page.locator('[data-app=first] .ph-loading[role=alert]');
  await notice.waitFor();
  const first = asked;
  assert.ok(first >= 1);
  await page.locator('.ph-toolbar button[lang]').click();
  for (let i = 0; i < 100 && asked === first; i++) await new Promise((ok) => setTimeout(ok, 50));
  assert.ok(asked > first, `asked ${asked} times`);
  await page.locator('[data-app=first][lang=en] .ph-loading[role=alert]').waitFor();
  await context.close();
});
