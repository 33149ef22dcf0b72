// The hall screen (?mode=kiosk) end to end, on the built page under the strict
// Content-Security-Policy: 1080p in landscape and portrait with every hall on screen, touch
// targets of at least 60 px, the question after 90 s without a touch and the way home
// (Playwright's clock, no real waiting), nothing kept about the visitor, the phone code only
// with a public address, the clock read again when the screen is shown, and a device clock
// that cannot be right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, axeScan, useServerAndBrowser, watchLockdown } from './harness.mjs';

const env = useServerAndBrowser({ headers: { 'content-security-policy': STRICT_CSP } });
const LANDSCAPE = { width: 1920, height: 1080 };
const PORTRAIT = { width: 1080, height: 1920 };
/** Tuesday 24 November 2026, 10:00 in Beijing: an ordinary workday morning. */
const TUESDAY = Date.parse('2026-11-24T10:00:00+08:00');
const PUBLIC = 'https://example.org/hours/';

/**
 * Opens the screen at `query` with the device clock at `time`; watches the lockdown.
 * `bypassCSP` lets a test inject axe-core (an inline script the policy would refuse).
 */
async function openScreen(query, { viewport = LANDSCAPE, time = TUESDAY, bypassCSP = false } = {}) {
  const context = await env.browser.newContext({ viewport, timezoneId: 'America/New_York', bypassCSP });
  const watch = await watchLockdown(context, new URL(env.server.url).origin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.clock.install({ time });
  await page.goto(`${env.server.url}?mode=kiosk${query}`);
  await page.waitForSelector('[data-ready]', { timeout: 15000 });
  return { page, context, watch, errors };
}

/** What is not wholly on screen (without scrolling), and controls under 60 x 60 px. */
function measureScreen() {
  const shown = (el) => el.checkVisibility() && !el.closest('.ph-sr-only') && el.getBoundingClientRect().width > 0;
  const name = (el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${el.textContent.trim().slice(0, 20)}"`;
  const offScreen = (el) => {
    const r = el.getBoundingClientRect();
    return r.top < 0 || r.left < 0 || r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5;
  };
  const essentials = ['.ph-moment time', '.ph-daykind', ...[...document.querySelectorAll('[data-hall]')].map((c) => `[data-hall="${c.dataset.hall}"]`)];
  const hidden = essentials.filter((sel) => !document.querySelector(sel) || offScreen(document.querySelector(sel)));
  const tiny = [...document.querySelectorAll('.ph-app :is(a, button, input, select, summary)')]
    .filter(shown)
    .filter((el) => !el.classList.contains('ph-skip'))
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, r]) => r.width < 59.5 || r.height < 59.5)
    .map(([el, r]) => `${name(el)} ${Math.round(r.width)}x${Math.round(r.height)}`);
  const smallest = Math.min(
    ...[...document.querySelectorAll('.ph-card *, .ph-moment *')]
      .filter((el) => shown(el) && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim()))
      .map((el) => parseFloat(getComputedStyle(el).fontSize)),
  );
  return {
    cards: document.querySelectorAll('[data-hall]').length,
    hidden,
    tiny,
    smallest,
    time: parseFloat(getComputedStyle(document.querySelector('.ph-moment strong')).fontSize),
    scrolls: document.documentElement.scrollHeight > innerHeight,
  };
}

for (const [name, viewport] of [['landscape', LANDSCAPE], ['portrait', PORTRAIT]]) {
  for (const lang of ['zh', 'en']) {
    test(`1080p ${name}, ${lang}: the time, the day and all eight halls on screen, large targets`, async () => {
      const { page, context, watch, errors } = await openScreen(`&lang=${lang}`, { viewport });
      const m = await page.evaluate(measureScreen);
      assert.equal(m.cards, 8);
      assert.deepEqual(m.hidden, [], 'on screen without scrolling');
      assert.equal(m.scrolls, false, 'the home view does not scroll');
      assert.deepEqual(m.tiny, [], 'every target at least 60 x 60 px');
      assert.ok(m.smallest >= 20, `card text at least 20 px (smallest ${m.smallest})`);
      assert.ok(m.time >= 40, `the time at least 40 px (${m.time})`);
      // Every other view: the live strip keeps every hall's status on screen.
      for (const [tab, heading] of [[1, '#ph-plan-heading'], [2, '#ph-finder-heading']]) {
        await page.locator('.ph-nav-link').nth(tab).click();
        await page.waitForSelector(heading);
        const view = await page.evaluate(() => {
          const tiles = [...document.querySelectorAll('[data-live-hall]')];
          const on = tiles.filter((t) => { const r = t.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
          return { tiles: tiles.length, on: on.length };
        });
        assert.deepEqual(view, { tiles: 8, on: 8 }, `${heading}: the live strip on screen`);
        assert.deepEqual((await page.evaluate(measureScreen)).tiny, [], `${heading}: targets`);
        assert.equal(await page.locator('.ph-main input').count(), 0, `${heading}: nothing to type`);
      }
      assert.deepEqual(await watch.problems(), []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('after 90 s without a touch it asks "还在使用吗？" for 20 s, then goes home to now', async () => {
  const { page, context, errors } = await openScreen('');
  await page.locator('.ph-nav-link').nth(1).click();
  await page.selectOption('select[data-choose=date]', '2026-11-28');
  await page.waitForSelector('.ph-notice--pinned');
  await page.clock.runFor(89_000);
  assert.equal(await page.locator('[data-idle-prompt]').count(), 0, 'not before 90 s');
  await page.clock.runFor(2_000);
  await page.waitForSelector('[data-idle-prompt]');
  assert.match(await page.textContent('[data-idle-prompt]'), /还在使用吗？/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), 'keep-using');
  const box = await page.locator('[data-action=keep-using]').boundingBox();
  assert.ok(box.width >= 60 && box.height >= 60, 'a big button');
  await page.clock.runFor(10_000);
  assert.equal(await page.locator('[data-idle-prompt]').count(), 1, 'still asking after 10 s');
  await page.clock.runFor(10_000);
  await page.waitForSelector('#ph-halls-heading');
  assert.equal(await page.locator('[data-idle-prompt]').count(), 0);
  assert.equal(await page.locator('#ph-plan-heading').count(), 0);
  assert.equal(await page.locator('.ph-notice--pinned').count(), 0, 'back at now');
  assert.match(await page.textContent('.ph-moment'), /11月24日/);
  // At home nothing more is asked.
  await page.clock.runFor(200_000);
  assert.equal(await page.locator('[data-idle-prompt]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the big button keeps the visitor where they were', async () => {
  const { page, context } = await openScreen('&lang=en');
  await page.locator('.ph-card-link').nth(3).click();
  await page.waitForSelector('#ph-hall-heading');
  await page.clock.runFor(91_000);
  await page.waitForSelector('[data-idle-prompt]');
  assert.match(await page.textContent('[data-idle-prompt]'), /Still there\?/);
  await page.click('[data-action=keep-using]');
  await page.clock.runFor(30_000);
  assert.equal(await page.locator('[data-idle-prompt]').count(), 0);
  assert.equal(await page.locator('#ph-hall-heading').count(), 1, 'still on the hall');
  await context.close();
});

test('a visit leaves no history entry and nothing in storage', async () => {
  const { page, context } = await openScreen(`&public=${encodeURIComponent(PUBLIC)}`);
  const before = await page.evaluate(() => ({ history: history.length, url: location.href }));
  await page.click('.ph-toolbar button[lang]');
  await page.click('.ph-toolbar button[aria-pressed]');
  await page.locator('.ph-nav-link').nth(2).click();
  await page.selectOption('#ph-matter-hall', 'household');
  await page.locator('.ph-matter-name').first().click();
  await page.locator('.ph-nav-link').nth(1).click();
  await page.selectOption('select[data-choose=time]', '14:00');
  await page.locator('[data-live-hall="tax"] a').click();
  await page.click('[data-action=phone-code]');
  await page.click('[data-action=close-phone-code]');
  await page.clock.runFor(111_000);
  await page.waitForSelector('#ph-halls-heading');
  const after = await page.evaluate(() => ({
    history: history.length,
    url: location.href,
    local: localStorage.length,
    session: sessionStorage.length,
    lang: document.querySelector('.ph-app').lang,
    elderly: document.querySelector('.ph-app').classList.contains('ph-elderly'),
  }));
  assert.deepEqual(after, { ...before, local: 0, session: 0, lang: 'zh-CN', elderly: false });
  await context.close();
});

test('the phone code: only with an http(s) public address, of the view shown', async () => {
  for (const query of ['', '&public=javascript%3Aalert(1)', '&public=file%3A%2F%2F%2Fkiosk%2Findex.html']) {
    const { page, context } = await openScreen(`${query}&hall=tax`);
    assert.equal(await page.locator('[data-action=phone-code]').count(), 0, `no button for "${query}"`);
    assert.equal(await page.locator('svg').count(), 0);
    await context.close();
  }
  const { page, context, watch } = await openScreen(`&public=${encodeURIComponent(PUBLIC)}&lang=en`);
  await page.locator('.ph-card-link').nth(3).click();
  await page.click('[data-action=phone-code]');
  const code = page.locator('svg.ph-qr');
  assert.equal(await page.getAttribute('[data-phone-code]', 'data-phone-code'), `${PUBLIC}?hall=tax&lang=en`);
  assert.match(await code.locator('path').getAttribute('d'), /^M4 4h7v1h-7z/);
  const size = await code.boundingBox();
  assert.ok(size.width >= 300 && Math.abs(size.width - size.height) < 1, `a large square code: ${JSON.stringify(size)}`);
  assert.equal(await page.locator('.ph-app [style]').count(), 0, 'no inline style');
  assert.deepEqual(await watch.problems(), []);
  await context.close();
});

test('a screen shown again reads the clock at once', async () => {
  const { page, context } = await openScreen('');
  assert.match(await page.textContent('.ph-moment'), /10:00/);
  // The screen slept: the device clock moved on without any timer running.
  await page.clock.setSystemTime(Date.parse('2026-11-25T08:40:00+08:00'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.waitForFunction(() => /8:40/.test(document.querySelector('.ph-moment').textContent));
  await page.clock.setSystemTime(Date.parse('2026-11-25T12:05:00+08:00'));
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
  await page.waitForFunction(() => /12:05/.test(document.querySelector('.ph-moment').textContent));
  assert.equal(await page.getAttribute('[data-hall="district"]', 'data-state'), 'extended');
  await context.close();
});

for (const [name, time] of [['reset to 2000', Date.parse('2000-01-01T08:00:00+08:00')], ['years ahead', Date.parse('2031-06-02T10:00:00+08:00')]]) {
  test(`a device clock ${name} shows the staff a notice instead of statuses`, async () => {
    const { page, context, watch } = await openScreen('', { time });
    assert.match(await page.textContent('[data-clock-problem]'), /设备时间有误，请联系工作人员校准/);
    assert.equal(await page.locator('[data-hall]').count(), 0, 'no status');
    assert.equal(await page.locator('[data-live-hall]').count(), 0);
    assert.deepEqual(await watch.problems(), []);
    await context.close();
  });
}

test('axe finds no violation on the screen, its strip, the phone code and the question', async () => {
  const { page, context } = await openScreen(`&public=${encodeURIComponent(PUBLIC)}`, { bypassCSP: true });
  assert.deepEqual((await axeScan(page)).violations, [], 'every hall now');
  await page.locator('.ph-nav-link').nth(1).click();
  await page.waitForSelector('[data-live-hall]');
  assert.deepEqual((await axeScan(page)).violations, [], 'planner with the live strip');
  await page.click('[data-action=phone-code]');
  await page.waitForSelector('svg.ph-qr');
  assert.deepEqual((await axeScan(page)).violations, [], 'the phone code');
  await page.click('[data-action=close-phone-code]');
  await page.clock.runFor(91_000);
  await page.waitForSelector('[data-idle-prompt]');
  assert.deepEqual((await axeScan(page)).violations, [], 'the question');
  await context.close();
});
