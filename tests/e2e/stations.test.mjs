// Village and community service stations (Article 8) in the built dist/: with hundreds of
// stations in the data, the page lists the centers' cards and finds a station by name. The
// data (the shipped halls plus 282 made-up stations, as tools/halls-308.mjs writes them) is
// served as an embedder's data folder, so this needs no build of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const DATA = mkdtempSync(join(tmpdir(), 'ph-stations-'));
execFileSync('node', [join(import.meta.dirname, '../../tools/halls-308.mjs'), DATA]);
const HALLS = readFileSync(join(DATA, 'halls.json'));

/** Serves the 308-hall halls.json as the data folder `stations/` of `page`. */
const serveStations = (page) =>
  page.route('**/stations/halls.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: HALLS }),
  );

/** The page with the 308-hall folder at `/stations/` (Tuesday 24 November 2026, 10:00). */
async function open(query = '', { elderly = false } = {}) {
  const context = await env.browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-24T02:00:00Z'));
  await serveStations(page);
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('dialog', (dialog) => errors.push(`dialog ${dialog.message()}`));
  if (elderly) await page.addInitScript(() => localStorage.setItem('pinggu-hours.elderly', '1'));
  await page.goto(`${env.server.url}?data=stations/${query}`);
  await page.waitForSelector('.ph-app[data-source="override"]');
  return { page, context, errors };
}

const cards = (page, list) =>
  page.$$eval(`${list} > .ph-card`, (els) => els.map((e) => e.dataset.hall));

test('the centers are cards, the stations are found by name', async () => {
  const { page, context, errors } = await open();
  const centers = await cards(page, '.ph-halls .ph-hall-list');
  assert.equal(centers.length, 26, centers.join());
  assert.ok(centers.every((id) => !id.startsWith('station_')), centers.join());
  assert.match(await page.textContent('.ph-serving-summary'), /^26个大厅中/);
  assert.equal(await page.$$eval('.ph-station-list .ph-card', (els) => els.length), 0);
  assert.equal(await page.textContent('#ph-station-result'), '全区共282个服务站，输入名称中的字即可查找。');

  await page.fill('#ph-station-q', '村服务站217');
  await page.waitForFunction(() => document.querySelectorAll('.ph-station-list .ph-card').length === 1);
  assert.deepEqual(await cards(page, '.ph-station-list'), ['station_217']);
  assert.equal(await page.textContent('#ph-station-result'), '找到1个服务站。');
  assert.match(await page.textContent('[data-hall=station_217] .ph-card-name'), /村服务站217/);
  assert.match(page.url(), /station=%E6%9D%91/);

  await page.fill('#ph-station-q', '村服务站1');
  await page.waitForFunction(() => document.querySelectorAll('.ph-station-list .ph-card').length === 12);
  assert.match(await page.textContent('#ph-station-result'), /^找到\d+个服务站，以下是前12个/);

  const hostile = '<img src=x onerror=alert(1)>';
  await page.fill('#ph-station-q', hostile);
  await page.waitForFunction(() => document.querySelectorAll('.ph-station-list .ph-card').length === 0);
  assert.equal(await page.textContent('#ph-station-result'), `没有找到名称含“${hostile}”的服务站，请检查输入的字。`);
  assert.equal(await page.$$eval('.ph-app img', (els) => els.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a reload keeps the station typed, in English too', async () => {
  const { page, context } = await open('&station=village+station+5&lang=en');
  await page.waitForSelector('.ph-station-list .ph-card');
  assert.equal(await page.inputValue('#ph-station-q'), 'village station 5');
  const found = await cards(page, '.ph-station-list');
  assert.ok(found.includes('station_005') && found.length <= 12, found.join());
  assert.match(await page.textContent('#ph-station-result'), /stations? found/);
  await context.close();
});

test('in elderly mode the search box is a 60 px target', async () => {
  const { page, context } = await open('', { elderly: true });
  await page.waitForSelector('.ph-app.ph-elderly');
  const box = await page.locator('#ph-station-q').boundingBox();
  assert.ok(box.height >= 60, `${box.height}`);
  await context.close();
});

test('the matter finder offers the halls with matters, not hundreds of stations', async () => {
  const { page, context } = await open('&view=matters');
  const options = await page.$$eval('#ph-matter-hall option', (els) => els.map((e) => e.value));
  assert.deepEqual(options, ['', 'district', 'township', 'marriage', 'tax', 'household', 'traffic', 'exit_entry', 'housing_fund']);
  await context.close();
  // A link narrowing the list to a hall with no matters shows that hall as the choice.
  const linked = await open('&view=matters&mhall=station_005');
  assert.equal(await linked.page.inputValue('#ph-matter-hall'), 'station_005');
  await linked.context.close();
});

test('in a host page, a widget naming one station shows its card alone, and the compact layout the centers, neither with a search', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await serveStations(page);
  await page.goto(`${env.server.url}fixtures/stations-host.html`);
  const read = (id) =>
    page.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      const app = root?.querySelector('.ph-app');
      return {
        source: app?.dataset.source,
        cards: [...root.querySelectorAll('.ph-halls .ph-card')].map((c) => c.dataset.hall),
        search: root.querySelectorAll('.ph-stations').length,
      };
    }, id);
  await page.waitForFunction(() =>
    ['all', 'one', 'compact'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.ph-app[data-source="override"]')),
  );
  const all = await read('all');
  assert.equal(all.cards.length, 26);
  assert.equal(all.search, 1);
  assert.deepEqual(await read('one'), { source: 'override', cards: ['station_005'], search: 0 });
  const compact = await read('compact');
  assert.equal(compact.cards.length, 26);
  assert.equal(compact.search, 0);
  await context.close();
});

test('the shipped data has no stations, so no station search', async () => {
  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.waitForSelector('.ph-app[data-ready]');
  assert.equal(await page.$$eval('.ph-stations', (els) => els.length), 0);
  await context.close();
});
