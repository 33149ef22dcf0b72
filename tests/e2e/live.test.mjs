// The live view: Beijing time whatever the device's zone, a refresh exactly at each change,
// and a polite announcement of the change (Playwright's clock drives the page's time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

test('at 12:00 Beijing time the district center turns to extended service, and says so', async () => {
  // The device is in New York; Beijing is 11:59:30 on Tuesday 24 November 2026.
  const context = await env.browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-24T03:59:30Z') });
  await page.goto(env.server.url);
  await page.waitForSelector('[data-ready]');
  assert.match(await page.textContent('.ph-moment'), /2026年11月24日.*11:59/s);
  assert.equal(await page.getAttribute('[data-hall="district"]', 'data-state'), 'open');
  assert.equal(await page.textContent('[role="status"][aria-live="polite"]'), '');
  const focused = await page.evaluate(() => document.activeElement?.tagName);

  await page.clock.runFor(31_000);
  await page.waitForFunction(() => document.querySelector('[data-hall="district"]')?.dataset.state === 'extended');
  assert.match(await page.textContent('.ph-moment'), /12:00/);
  const said = await page.textContent('[role="status"][aria-live="polite"]');
  assert.match(said, /区政务服务中心：延时服务/);
  // A closed hall is announced with the card's words: why it is closed.
  assert.match(said, /公安户政分中心：午间休息/);
  assert.doesNotMatch(said, /已闭厅/);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), focused, 'focus did not move');
  assert.equal(await page.locator('.ph-notice--pinned').count(), 0, 'live view is not a chosen moment');
  await context.close();
});

test('at 17:30 the household hall is announced as finished for the day, as its card says', async () => {
  const context = await env.browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-24T09:29:30Z') });
  await page.goto(env.server.url);
  await page.waitForSelector('[data-ready]');
  await page.clock.runFor(31_000);
  await page.waitForFunction(() => document.querySelector('[data-hall="household"]')?.dataset.state === 'closed');
  const badge = await page.textContent('[data-hall="household"] .ph-badge');
  assert.match(badge, /今日办理已结束/);
  assert.match(await page.textContent('[role="status"][aria-live="polite"]'), /公安户政分中心：今日办理已结束/);
  await context.close();
});

test('choosing another moment in the planner is not announced as a change', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?view=plan&at=2026-11-24T10:00');
  assert.equal(await page.getAttribute('[data-hall="household"]', 'data-state'), 'open');
  await page.fill('input[type="time"]', '13:00');
  await page.click('form button[type="submit"]');
  await page.waitForFunction(() => document.querySelector('[data-hall="household"]')?.dataset.state === 'closed');
  assert.equal(await page.textContent('.ph-app > [role="status"][aria-live="polite"]'), '');
  await context.close();
});
