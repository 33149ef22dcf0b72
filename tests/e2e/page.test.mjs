// End-to-end tests of the built dist/: the real page, served over HTTP, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';

const HALL_IDS = ['district', 'township', 'marriage', 'tax', 'household', 'traffic', 'exit_entry', 'housing_fund'];

const env = useServerAndBrowser();

test('the built page lists the eight halls with state hooks', async () => {
  const { page, context, errors } = await openPage(env.browser, env.server.url);
  const ids = await page.$$eval('[data-hall]', (cards) => cards.map((c) => c.dataset.hall));
  assert.deepEqual(ids, HALL_IDS);
  const states = await page.$$eval('[data-hall]', (cards) => cards.map((c) => c.dataset.state));
  for (const state of states) assert.match(state, /^(open|extended|closed)$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.match(await page.textContent('h1'), /平谷区/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page records when the first status was on screen', async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  const marks = await page.evaluate(() => performance.getEntriesByName('hours-ready').length);
  assert.equal(marks, 1);
  await context.close();
});
