// Data updates without a rebuild, in the built dist/: a folder named by the element's `data`
// attribute or the page's `?data=` is read after the first status is on screen. Valid files
// replace the compiled-in data at once (tests/e2e/fixtures/data-2027: a made-up 2027
// calendar, a test fixture, and a hostile exception reason); a broken halls.json
// (fixtures/data-broken) is refused: the compiled-in data stays, one line says so, and each
// problem goes to the console with its JSON path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const PREFIX = 'pinggu-hours data';
const BROKEN_LINES = [
  `${PREFIX} (data-broken): halls[0].extended[2].end: "25:00" is not a time of day (HH:MM, 00:00 to 23:59)`,
  `${PREFIX} (data-broken): halls[3].weekend_scope: unknown variant \`sometimes\`, expected \`center\` or \`township\``,
];
const NOTICE = '数据更新文件有2处问题，未予采用，仍按内置数据显示（问题清单见浏览器控制台）';

/** Opens `path`, keeping the console's and the page's errors and the paths requested; with
 * `fixedClock` the device clock reads Tuesday 24 November 2026, 10:00 Beijing time (the
 * calendar years asked of a folder follow it). */
async function open(path, ready, { fixedClock = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  if (fixedClock) await page.clock.setFixedTime(new Date('2026-11-24T02:00:00Z'));
  const console = [];
  const errors = [];
  const requests = [];
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  page.on('console', (msg) => msg.type() === 'error' && console.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('dialog', (dialog) => errors.push(`dialog ${dialog.message()}`));
  await page.goto(env.server.url + path);
  await page.waitForFunction(ready, undefined, { timeout: 15000 });
  return { page, context, console, errors, requests };
}

/** What one widget of the data host page shows, read inside its shadow root. */
function widget(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const app = root.querySelector('.ph-app');
    const card = root.querySelector('[data-hall="district"]');
    return {
      source: app.dataset.source,
      error: app.hasAttribute('data-data-error'),
      notice: root.querySelector('[data-data-notice]')?.textContent ?? null,
      state: card.dataset.state,
      unconfirmed: card.hasAttribute('data-unconfirmed'),
      badge: card.querySelector('.ph-badge').textContent,
      exceptions: [...card.querySelectorAll('.ph-exception')].map((e) => e.textContent),
      images: root.querySelectorAll('img').length,
      due: root.querySelector('[data-calendar-due]')?.dataset.calendarDue ?? null,
    };
  }, id);
}

const settled = () =>
  ['override', 'broken'].every((id) => {
    const app = document.getElementById(id)?.shadowRoot?.querySelector('.ph-app');
    return app && (app.dataset.source === 'override' || app.hasAttribute('data-data-error'));
  });

test('in the element: a valid folder replaces the data, a broken one is refused, no folder changes nothing', async () => {
  const { page, context, console, errors } = await open('fixtures/data-host.html', settled);
  const embedded = await widget(page, 'embedded');
  assert.deepEqual(
    { ...embedded, exceptions: embedded.exceptions.length },
    { source: 'embedded', error: false, notice: null, state: 'open', unconfirmed: true, badge: embedded.badge, exceptions: 0, images: 0, due: '2027' },
  );

  const override = await widget(page, 'override');
  assert.equal(override.source, 'override');
  assert.equal(override.error, false);
  assert.equal(override.notice, null);
  assert.equal(override.state, 'closed', 'National Day in the fixture calendar');
  assert.equal(override.unconfirmed, false, 'a dropped-in 2027 calendar makes 2027 dates confirmed');
  assert.match(override.badge, /国庆节不办公/);
  assert.ok(override.exceptions.some((e) => e.includes('<img src=x onerror=alert(1)>测试数据')), override.exceptions.join('\n'));
  assert.equal(override.images, 0, 'the hostile reason is text');
  assert.equal(override.due, null, 'the 2027 calendar is no longer due');

  const broken = await widget(page, 'broken');
  assert.equal(broken.source, 'embedded');
  assert.equal(broken.error, true);
  assert.equal(broken.notice, NOTICE);
  assert.equal(broken.state, 'open', 'the compiled-in data still answers');
  assert.equal(broken.unconfirmed, true);

  assert.deepEqual(console.filter((line) => line.startsWith(PREFIX)), BROKEN_LINES);
  // The only other console errors are the folders' missing files (404): not problems.
  const others = console.filter((line) => !line.startsWith(PREFIX));
  assert.ok(others.every((line) => /404/.test(line)), others.join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the full page (?data=): the folder is read after the first status, and a broken one refused', async () => {
  const ready = () => document.querySelector('.ph-app[data-source="override"], .ph-app[data-data-error]');
  {
    const { page, context, errors, requests } = await open('?data=fixtures/data-2027/&at=2027-10-04T10:00', ready);
    assert.equal(await page.getAttribute('.ph-app', 'data-source'), 'override');
    const card = page.locator('[data-hall="district"]');
    assert.equal(await card.getAttribute('data-state'), 'closed');
    assert.equal(await card.getAttribute('data-unconfirmed'), null);
    assert.match(await card.locator('.ph-exception').first().textContent(), /<img src=x onerror=alert\(1\)>测试数据/);
    assert.equal(await page.locator('.ph-app img').count(), 0);
    const asked = requests.filter((path) => path.startsWith('/fixtures/')).sort();
    // The calendars asked for: the compiled-in years (2024 to 2026) and the next one.
    assert.deepEqual(asked, [
      '/fixtures/data-2027/exceptions.json',
      '/fixtures/data-2027/halls.json',
      '/fixtures/data-2027/holiday-cn/2024.json',
      '/fixtures/data-2027/holiday-cn/2025.json',
      '/fixtures/data-2027/holiday-cn/2026.json',
      '/fixtures/data-2027/holiday-cn/2027.json',
      '/fixtures/data-2027/matters.json',
    ]);
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { page, context, console, errors } = await open('?data=fixtures/data-broken&at=2027-10-04T10:00&lang=en', ready);
    assert.equal(await page.getAttribute('.ph-app', 'data-source'), 'embedded');
    assert.equal(await page.getAttribute('.ph-app', 'data-data-error'), '');
    assert.equal(
      await page.textContent('[data-data-notice]'),
      'The updated data files have 2 problems and were not used: the built-in data is shown (the list is in the browser console)',
    );
    assert.equal(await page.getAttribute('[data-hall="district"]', 'data-state'), 'open');
    assert.deepEqual(
      console.filter((line) => line.startsWith(PREFIX)),
      BROKEN_LINES.map((line) => line.replace('(data-broken)', '(fixtures/data-broken)')),
    );
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the folder never delays the first status: every file is asked for after it', async () => {
  // The page's own clock (Playwright's fixed clock would stand in for the performance timeline).
  const ready = () => document.querySelector('.ph-app[data-source="override"]');
  const { page, context } = await open('?data=fixtures/data-2027/&at=2027-10-04T10:00', ready, { fixedClock: false });
  const order = await page.evaluate(() => {
    const ready = performance.getEntriesByName('hours-ready')[0].startTime;
    const data = performance.getEntriesByType('resource').filter((r) => r.name.includes('/fixtures/data-2027/'));
    return { ready, data: data.map((r) => [new URL(r.name).pathname, Math.round(r.startTime)]) };
  });
  assert.ok(order.data.length >= 4, JSON.stringify(order));
  assert.ok(order.data.every(([, start]) => start >= order.ready), JSON.stringify(order));
  await context.close();
});
