// The one-file copy (dist/pinggu-hours.html) opens from file:// with no server and no
// network, and answers as the served page does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './harness.mjs';

const FILE = pathToFileURL(resolve(import.meta.dirname, '../../dist/pinggu-hours.html')).href;

test('the one-file copy works from file:// with the network off', async (t) => {
  const browser = await launchChromium();
  t.after(() => browser.close());
  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(`${FILE}?at=2026-10-03T10:00`);
  await page.waitForSelector('[data-ready]', { timeout: 15000 });
  assert.equal(await page.locator('[data-hall]').count(), 8);
  assert.equal(await page.locator('[data-hall="household"]').getAttribute('data-state'), 'extended');
  assert.equal(await page.locator('[data-hall="district"]').getAttribute('data-state'), 'closed');
  const outside = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
});
