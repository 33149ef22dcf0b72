// End-to-end tests of the matter finder and the booking helper in the built page: levels
// and due dates from a link, the booking deadline on a hall's page, the .ics download, the
// print view, the language switch and keyboard-only search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, useServerAndBrowser } from './harness.mjs';

const SATURDAY = '2026-11-28T10:00';

/** Wednesday 25 November 2026, 09:00 in Beijing (01:00 UTC): before the Saturday's deadline. */
const WEDNESDAY_0900 = '2026-11-25T01:00:00Z';

const env = useServerAndBrowser();

/** Opens the page at `query` with the device clock at `utc` (Playwright's clock). */
async function openAt(query, utc) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/New_York', acceptDownloads: true });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(utc) });
  await page.goto(env.server.url + query);
  await page.waitForSelector('[data-ready]', { timeout: 15000 });
  return { page, context };
}

test('a search link lists the matter with its level, and opening it shows the due date', async () => {
  const { page, context, errors } = await openPage(env.browser, env.server.url, `?view=matters&q=${encodeURIComponent('护照')}&at=${SATURDAY}`);
  const items = await page.$$eval('.ph-matter-item', (els) => els.map((e) => e.dataset.matter));
  assert.deepEqual(items, ['ordinary_passport']);
  assert.equal(await page.getAttribute('[data-matter=ordinary_passport] [data-level]', 'data-level'), 'full');
  await page.click('.ph-matter-name');
  await page.waitForSelector('article.ph-matter');
  assert.match(page.url(), /matter=ordinary_passport/);
  assert.match(page.url(), /q=%E6%8A%A4%E7%85%A7/, 'the search stays in the URL');
  assert.match(await page.textContent('.ph-matter-level [data-level]'), /可当场正式受理/);
  // Spec §6: accepted Saturday counts as Monday 30 Nov; 7 legal workdays later is Wed 9 Dec.
  assert.equal(await page.getAttribute('.ph-due', 'data-due'), '2026-12-09');
  assert.match(await page.textContent('.ph-due'), /预计办结日期：12月9日（周三）/);
  assert.match(await page.textContent('.ph-due'), /按11月30日（周一）受理，7个工作日内办结/);
  assert.match(await page.textContent('h2'), /示例/, 'a sample entry says so');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a matter link in English gives the weekend level words and the one-time checklist', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, `?view=matters&matter=food_business_licence&at=${SATURDAY}&lang=en`);
  assert.equal(await page.getAttribute('.ph-matter-level [data-level]', 'data-level'), 'intake_only');
  assert.match(await page.textContent('.ph-matter-level'), /Materials received; handled from the next workday/);
  assert.equal(await page.getAttribute('.ph-due', 'data-due'), '2026-12-14');
  assert.equal(await page.locator('.ph-checklist input[type=checkbox]').count(), 1);
  await context.close();
});

test('an unknown matter id in a link gets a message, not a blank', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?view=matters&matter=nope&lang=en');
  assert.match(await page.textContent('[data-unknown-matter]'), /There is no such matter.*nope/);
  await context.close();
});

test('a walk-in window has no deadline and no calendar file: it says no booking is needed', async () => {
  for (const [hall, at] of [['household', '2026-10-03T10:00'], ['district', '2026-11-24T10:00']]) {
    const { page, context, errors } = await openPage(env.browser, env.server.url, `?hall=${hall}&at=${at}`);
    const helper = page.locator(`[data-booking=${hall}]`);
    assert.equal(await helper.locator('.ph-booking-need').textContent(), '该时段可直接到厅办理，无需预约。');
    assert.equal(await helper.locator('.ph-booking-deadline').count(), 0, hall);
    assert.equal(await helper.locator('[data-action=ics]').count(), 0, hall);
    const text = await helper.textContent();
    for (const wrong of ['14:00', '预约截止时间已过', '⚠']) assert.ok(!text.includes(wrong), `${hall}: ${wrong} in ${text}`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a hall's booking helper gives the deadline for a Saturday slot", async () => {
  const { page, context, errors } = await openPage(env.browser, env.server.url, `?hall=district&at=${SATURDAY}`);
  const deadline = page.locator('[data-booking=district] .ph-booking-deadline');
  assert.equal(await deadline.getAttribute('data-deadline'), '2026-11-27T14:00');
  assert.match(await deadline.textContent(), /请于11月27日（周五）14:00前预约/);
  assert.equal(await page.getAttribute('[data-booking=district] .ph-booking-need', 'data-appointment'), 'required');
  assert.deepEqual(errors, []);
  await context.close();
});

test('"add to calendar" downloads an .ics event with an alarm before the deadline, made on the device', async () => {
  const { page, context } = await openAt(`?hall=district&at=${SATURDAY}&lang=en`, WEDNESDAY_0900);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-booking=district] [data-action=ics]')]);
  assert.equal(download.suggestedFilename(), 'pinggu-district-20261128T100000.ics');
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'), text);
  assert.equal(text.split('\n').length, text.split('\r\n').length, 'every line ends in CRLF');
  const unfolded = text.replace(/\r\n /g, '');
  for (const line of [
    'UID:district-20261128T100000@pinggu-hours',
    'DTSTART;TZID=Asia/Shanghai:20261128T100000',
    'DTEND;TZID=Asia/Shanghai:20261128T130000',
    'SUMMARY:Government service appointment: Pinggu District Government Service Center',
    'TZID:Asia/Shanghai',
    'TZOFFSETTO:+0800',
  ]) {
    assert.ok(unfolded.includes(`${line}\r\n`), `${line} missing in\n${text}`);
  }
  assert.match(unfolded, /^DTSTAMP:\d{8}T\d{6}Z\r$/m);
  assert.match(unfolded, /DESCRIPTION:Book before 14:00 on Fri 27 Nov\\n/);
  // The alarm rings two hours before the deadline: 12:00 Beijing time is 04:00 UTC.
  assert.ok(unfolded.includes('BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER;VALUE=DATE-TIME:20261127T040000Z\r\n'), text);
  assert.ok(unfolded.includes('DESCRIPTION:Book before 14:00 on Fri 27 Nov\r\nEND:VALARM\r\n'), text);
  assert.match(unfolded, /^DTSTAMP:20261125T010000Z\r$/m, 'made at the page\'s now');
  for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  await context.close();
});

test('"Print" gives the booking slip alone: hall, window, deadline, materials, rules, the date printed', async () => {
  const { page, context } = await openAt(`?view=matters&matter=elderly_card&at=${SATURDAY}`, WEDNESDAY_0900);
  const shown = (selector) => page.$eval(selector, (e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0);
  // On screen the slip is hidden and the helper is shown.
  assert.equal(await shown('.ph-slip'), false);
  assert.equal(await shown('.ph-booking-deadline'), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await shown('.ph-slip'), true);
  for (const hidden of ['.ph-nav', '.ph-header', '.ph-booking-actions', '.ph-booking-deadline', '.ph-booking-left', '.ph-matter-level', '.ph-checklist', '.ph-back']) {
    assert.equal(await shown(hidden), false, `${hidden} is printed`);
  }
  // What reaches the paper is the slip's text and nothing else of the widget.
  const printed = await page.evaluate(() => document.querySelector('.ph-app').innerText);
  for (const want of ['政务服务办事单', '乡镇（街道）政务服务中心', '老年人优待卡申办', '11月28日（周六）10:00–13:00',
    '请于11月27日（周五）14:00前预约', '居民身份证', '预约渠道', '视为自动放弃', '打印时间：2026年11月25日09:00']) {
    assert.ok(printed.includes(want), `${want} missing in\n${printed}`);
  }
  for (const unwanted of ['还剩', '事项查询', '加入日历', '长辈模式']) {
    assert.ok(!printed.includes(unwanted), `${unwanted} printed:\n${printed}`);
  }
  await context.close();
});

test('switching the language keeps the search and the open matter', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, `?view=matters&q=passport&matter=ordinary_passport&at=${SATURDAY}&lang=en`);
  assert.match(await page.textContent('h2'), /Issuing an ordinary passport/);
  await page.click('.ph-toolbar button[lang]');
  await page.waitForFunction(() => document.querySelector('h2')?.textContent.includes('普通护照签发'));
  assert.match(page.url(), /matter=ordinary_passport/);
  assert.match(page.url(), /q=passport/);
  await context.close();
});

test('the search works from the keyboard alone', async () => {
  const { page, context, errors } = await openPage(env.browser, env.server.url, `?view=matters&at=${SATURDAY}&lang=en`);
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
  for (let i = 0; i < 40 && (await focused()) !== 'ph-matter-q'; i++) await page.keyboard.press('Tab');
  assert.equal(await focused(), 'ph-matter-q', 'the search box is reachable by Tab');
  await page.keyboard.type('passport');
  await page.waitForFunction(() => document.querySelectorAll('.ph-matter-item').length === 1);
  assert.match(await page.textContent('.ph-finder-count'), /Matters found: 1/);
  // On to the hall choice, then the result link; Enter opens it and focus lands on its heading.
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'ph-matter-hall');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'ph-matter-name');
  await page.keyboard.press('Enter');
  await page.waitForSelector('article.ph-matter');
  assert.equal(await focused(), 'ph-finder-heading');
  assert.match(await page.textContent('#ph-finder-heading'), /Issuing an ordinary passport/);
  // Back to the list with Shift+Tab and Enter: the search text is still there.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(), 'ph-back');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#ph-matter-q');
  assert.equal(await page.inputValue('#ph-matter-q'), 'passport');
  assert.equal(await focused(), 'ph-finder-heading');
  assert.deepEqual(errors, []);
  await context.close();
});
