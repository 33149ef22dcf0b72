// Offline after one visit: the service worker caches the whole build, a reload with the
// network off shows the full widget, a new build is picked up on the next load once the
// network is back, and registering the worker waits for the first status.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, serveDist } from './harness.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');

/** A copy of dist/ the test may change, served on 127.0.0.1, with a browser context. */
async function setUp(t) {
  const dir = await mkdtemp(join(tmpdir(), 'pinggu-offline-'));
  await cp(DIST, dir, { recursive: true });
  const server = await serveDist(dir);
  const browser = await launchChromium();
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  t.after(async () => {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });
  return { dir, server, context, page };
}

/** Loads the page and waits until the service worker controls it with its cache filled. */
async function visitUntilCached(page, url) {
  await page.goto(url);
  await page.waitForSelector('[data-ready]');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

test('a reload with the network off shows the full widget', async (t) => {
  const { server, context, page } = await setUp(t);
  await visitUntilCached(page, server.url + '?at=2026-11-24T10:00');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-ready]');
  assert.equal(await page.locator('[data-hall]').count(), 8);
  assert.equal(await page.locator('[data-hall="district"]').getAttribute('data-state'), 'open');
  // Another moment, never loaded online, is answered too: the engine runs on the device.
  await page.goto(server.url + '?at=2026-10-03T10:00');
  await page.waitForSelector('[data-ready]');
  assert.equal(await page.locator('[data-hall="household"]').getAttribute('data-state'), 'extended');
  const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((r) => r.json()));
  assert.equal(manifest.display, 'standalone');
});

test('a new build is picked up on the next load once the network is back', async (t) => {
  const { dir, server, context, page } = await setUp(t);
  await visitUntilCached(page, server.url);
  // Publish a "new build": another page text and another worker version.
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  await writeFile(join(dir, 'index.html'), html.replace('<body', '<body data-build="next"'));
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  await writeFile(join(dir, 'sw.js'), sw.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"'));
  await page.reload();
  await page.waitForSelector('[data-ready]');
  assert.equal(await page.locator('body').getAttribute('data-build'), 'next');
  // Once the new worker has taken over, offline loads show the new build, not the old one.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    const waitFor = (w) => new Promise((ok) => {
      if (!w || w.state === 'activated') return ok();
      w.addEventListener('statechange', () => w.state === 'activated' && ok());
    });
    await waitFor(reg.installing ?? reg.waiting ?? reg.active);
  });
  const caches = await page.evaluate(() => caches.keys());
  assert.equal(caches.length, 1, `one cache, the new one: ${caches}`);
  assert.match(caches[0], /-next$/);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-ready]');
  assert.equal(await page.locator('body').getAttribute('data-build'), 'next');
});

test('the worker is registered only after the first status is on screen', async (t) => {
  const { server, page } = await setUp(t);
  await page.goto(server.url);
  await page.waitForSelector('[data-ready]');
  const [ready, register] = await page.evaluate(() =>
    ['hours-ready', 'service-worker-register'].map((n) => performance.getEntriesByName(n)[0]?.startTime),
  );
  assert.ok(ready > 0 && register >= ready, `hours-ready ${ready} ms, register ${register} ms`);
});

test('a data folder changed on the server is read anew, not from the offline cache', async (t) => {
  const { dir, server, context, page } = await setUp(t);
  // A data folder beside the build (the test fixture's made-up 2027 calendar).
  const calendar = join(dir, 'data', 'holiday-cn', '2027.json');
  await mkdir(join(dir, 'data', 'holiday-cn'), { recursive: true });
  await cp(resolve(import.meta.dirname, 'fixtures/data-2027/holiday-cn/2027.json'), calendar);
  const url = server.url + '?data=data/&at=2027-10-04T10:00';
  await visitUntilCached(page, url);
  await page.reload();
  await page.waitForSelector('.ph-app[data-source="override"]');
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the worker answered the fetches');
  // The maintainer publishes a broken file: the next load reads it and refuses it.
  await writeFile(calendar, '{"year": 2027, "days": [');
  await page.reload();
  await page.waitForSelector('.ph-app[data-data-error]');
  assert.equal(await page.getAttribute('.ph-app', 'data-source'), 'embedded');
  // Offline, the last copy fetched is used (here the broken one: refused again).
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.ph-app[data-data-error]');
});
