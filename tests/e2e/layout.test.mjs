// Layout end to end: a view change lands at the view's top with focus on its heading; English
// fits its cards and tabs; the document title follows the language; nothing scrolls sideways
// at 240 px in any language or mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';
import { brokenWords, overflowingCardParts, sidewaysOverflow } from './measure.mjs';

const env = useServerAndBrowser();
const PHONE = { width: 375, height: 700 };
const ELDERLY_KEY = 'pinggu-hours.elderly';

test('opening a hall from the bottom of the list lands at its top, focus on its heading', async () => {
  const { page, context, errors } = await openPage(env.browser, env.server.url, '?at=2026-11-24T10:00', PHONE);
  // The first load moves nothing.
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const links = page.locator('.ph-card-link');
  await links.last().click();
  await page.waitForSelector('#ph-hall-heading');
  const after = await page.evaluate(() => ({
    focused: document.activeElement?.id,
    mainTop: document.getElementById('ph-main').getBoundingClientRect().top,
    headingBottom: document.getElementById('ph-hall-heading').getBoundingClientRect().bottom,
    announced: document.querySelector('[role="status"][aria-live]')?.textContent ?? '',
  }));
  assert.equal(after.focused, 'ph-hall-heading', 'focus moves to the new view heading');
  assert.ok(Math.abs(after.mainTop) <= 1, `the view starts at the top of the screen (main top ${after.mainTop})`);
  assert.ok(after.headingBottom <= PHONE.height, 'the heading is on screen');
  assert.equal(after.announced, '', 'a view change is not announced as a status change');
  // And back to the list: again at the top, focus on the list heading.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.click('.ph-back');
  await page.waitForSelector('#ph-halls-heading');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'ph-halls-heading');
  const back = await page.evaluate(() => ({
    mainTop: document.getElementById('ph-main').getBoundingClientRect().top,
    headingBottom: document.getElementById('ph-halls-heading').getBoundingClientRect().bottom,
  }));
  assert.ok(back.mainTop >= -1 && back.headingBottom <= PHONE.height, `the list starts on screen: ${JSON.stringify(back)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [name, at] of [['extended service', '2026-11-24T12:30'], ['a Saturday', '2026-11-28T10:00']]) {
  for (const width of [1280, 375]) {
    test(`English cards hold their words at ${width} px, ${name}`, async () => {
      const { page, context } = await openPage(env.browser, env.server.url, `?at=${at}&lang=en`, { width, height: 900 });
      assert.deepEqual(await page.evaluate(overflowingCardParts), [], 'no part of a card is wider than the card');
      assert.deepEqual(await page.evaluate(brokenWords, '.ph-badge'), [], 'no badge word is broken across lines');
      await context.close();
    });
  }
}

test('the English tabs stay on one line at 375 px', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?at=2026-11-24T12:30&lang=en', PHONE);
  const tabs = await page.$$eval('.ph-nav-link', (links) =>
    links.map((link) => {
      const range = document.createRange();
      range.selectNodeContents(link);
      return { top: link.getBoundingClientRect().top, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
    }),
  );
  assert.equal(tabs.length, 3);
  assert.ok(tabs.every((tab) => tab.top === tabs[0].top), `one row: ${JSON.stringify(tabs)}`);
  assert.ok(tabs.every((tab) => tab.lines === 1), `no label wraps: ${JSON.stringify(tabs)}`);
  await context.close();
});

test('the document title follows the language', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?at=2026-11-24T12:30&lang=en');
  assert.match(await page.title(), /^Pinggu District Government Service Halls/);
  await page.click('.ph-toolbar button[lang]');
  await page.waitForSelector('.ph-app[lang="zh-CN"]');
  assert.match(await page.title(), /^平谷区政务服务大厅/);
  assert.doesNotMatch(await page.title(), /[\u4e00-\u9fff] | [\u4e00-\u9fff]/, 'no space inside the Chinese title');
  await page.click('.ph-toolbar button[lang]');
  await page.waitForSelector('.ph-app[lang="en"]');
  assert.match(await page.title(), /^Pinggu District/);
  await context.close();
});

test('nothing scrolls sideways at 240 px: every language, mode, view and moment', async () => {
  const views = { now: '', planner: 'view=plan&', matters: 'view=matters&', 'hall detail': 'hall=district&', 'matter detail': 'view=matters&matter=ordinary_passport&' };
  const moments = ['2026-11-24T12:30', '2026-11-24T18:30', '2026-11-28T10:00', '2027-03-01T10:00'];
  const failures = [];
  let checked = 0;
  for (const elderly of [false, true]) {
    const context = await env.browser.newContext({ viewport: { width: 240, height: 640 }, timezoneId: 'America/New_York' });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [ELDERLY_KEY, elderly ? '1' : '0']);
    const page = await context.newPage();
    for (const lang of ['zh', 'en']) {
      for (const [view, query] of Object.entries(views)) {
        for (const at of moments) {
          await page.goto(`${env.server.url}?${query}at=${at}&lang=${lang}`);
          await page.waitForSelector('[data-ready]');
          assert.equal(await page.locator('.ph-app.ph-elderly').count(), elderly ? 1 : 0);
          const overflow = await page.evaluate(sidewaysOverflow);
          if (overflow) failures.push(`${lang} ${elderly ? 'elderly' : 'normal'} ${view} ${at}: ${overflow}`);
          checked += 1;
        }
      }
    }
    await context.close();
  }
  assert.equal(checked, 2 * 2 * 5 * 4, 'every combination was looked at');
  assert.deepEqual(failures, []);
});
