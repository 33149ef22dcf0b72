// End-to-end tests of the visitor's page: every hall card at several moments, the hall
// detail, the planner, the language switch and keyboard use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

// Expected [state, appointment] per hall, read off the spec's hall table (rules.md §1, §2).
const MOMENTS = {
  'an ordinary Tuesday noon': ['2026-11-24T12:10', 'workday', {
    district: ['extended', 'walk_in'], township: ['open', 'walk_in'], marriage: ['extended', 'required'],
    tax: ['open', 'walk_in'], household: ['closed', 'none'], traffic: ['extended', 'walk_in'],
    exit_entry: ['closed', 'none'], housing_fund: ['extended', 'walk_in'],
  }],
  'an ordinary Saturday morning': ['2026-11-28T10:00', 'weekend', {
    district: ['extended', 'required'], township: ['extended', 'required'], marriage: ['extended', 'required'],
    tax: ['closed', 'none'], household: ['extended', 'walk_in'], traffic: ['extended', 'walk_in'],
    exit_entry: ['extended', 'walk_in'], housing_fund: ['extended', 'walk_in'],
  }],
  'an adjusted workday (Saturday 10 October 2026)': ['2026-10-10T09:30', 'adjusted_workday', {
    district: ['open', 'walk_in'], township: ['open', 'walk_in'], marriage: ['open', 'walk_in'],
    tax: ['open', 'walk_in'], household: ['open', 'walk_in'], traffic: ['open', 'walk_in'],
    exit_entry: ['open', 'walk_in'], housing_fund: ['open', 'walk_in'],
  }],
  'a Saturday inside the National Day holiday': ['2026-10-03T10:00', 'holiday', {
    district: ['closed', 'none'], township: ['closed', 'none'], marriage: ['closed', 'none'],
    tax: ['closed', 'none'], household: ['extended', 'walk_in'], traffic: ['extended', 'walk_in'],
    exit_entry: ['closed', 'none'], housing_fund: ['closed', 'none'],
  }],
  'a weekday holiday (Thursday 1 October 2026)': ['2026-10-01T10:00', 'holiday', {
    district: ['closed', 'none'], township: ['closed', 'none'], marriage: ['closed', 'none'],
    tax: ['closed', 'none'], household: ['closed', 'none'], traffic: ['closed', 'none'],
    exit_entry: ['closed', 'none'], housing_fund: ['closed', 'none'],
  }],
  'a Tuesday beyond the calendar (2027)': ['2027-03-02T10:00', 'workday', {
    district: ['open', 'walk_in'], township: ['open', 'walk_in'], marriage: ['open', 'walk_in'],
    tax: ['open', 'walk_in'], household: ['open', 'walk_in'], traffic: ['open', 'walk_in'],
    exit_entry: ['open', 'walk_in'], housing_fund: ['open', 'walk_in'],
  }],
};

for (const [name, [at, dayKind, expected]] of Object.entries(MOMENTS)) {
  test(`every card at ${name}`, async () => {
    const { page, context, errors } = await openPage(env.browser, env.server.url, `?at=${at}`);
    const cards = await page.$$eval('[data-hall]', (els) =>
      Object.fromEntries(els.map((el) => [el.dataset.hall, [el.dataset.state, el.dataset.appointment]])),
    );
    assert.deepEqual(cards, expected);
    assert.equal(await page.getAttribute('[data-day-kind]', 'data-day-kind'), dayKind);
    const header = await page.textContent('header');
    assert.match(header, /并非现在/, 'a chosen moment says it is not now');
    assert.equal(/不在已发布的节假日安排/.test(header), at.startsWith('2027'), 'unconfirmed only beyond the calendar');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a card says how long walk-ins are served, or why the hall is closed and when to come', async () => {
  // The device's clock reads that Tuesday morning, so a moment that day gets a countdown.
  const context = await env.browser.newContext({ timezoneId: 'America/New_York' });
  const page = await context.newPage();
  await page.clock.install({ time: Date.parse('2026-11-24T11:00:00+08:00') });
  await page.goto(env.server.url + '?at=2026-11-24T12:10&lang=en');
  await page.waitForSelector('[data-ready]');
  // Issue 8, defect 2: the district center serves walk-ins without a break until 17:30.
  assert.match(await page.textContent('[data-hall="district"]'), /Walk-ins served until 17:30 · 5 h 20 min left/);
  assert.equal(await page.getAttribute('[data-hall="district"]', 'data-walk-in-until'), '2026-11-24T17:30');
  assert.equal(await page.getAttribute('[data-hall="district"]', 'data-next-walk-in'), '');
  // Defect 5: a lunch break says so and when service resumes.
  assert.match(await page.textContent('[data-hall="household"] .ph-badge'), /Lunch break/);
  assert.match(await page.textContent('[data-hall="household"] .ph-timing'), /Open from 14:00/);
  assert.equal(await page.getAttribute('[data-hall="household"]', 'data-next-walk-in'), '2026-11-24T14:00');
  await context.close();
  const evening = await openPage(env.browser, env.server.url, '?at=2026-11-27T19:00&lang=en');
  // Defect 13: a moment on another day than the device's is a plan: no countdown.
  assert.doesNotMatch(await evening.page.textContent('[data-hall="traffic"]'), /left/);
  assert.match(await evening.page.textContent('[data-hall="household"]'), /Open from 9:00 tomorrow/);
  assert.match(await evening.page.textContent('[data-hall="tax"]'), /Open from 8:30 Monday/);
  // Defect 3: booked visitors first, walk-ins later.
  assert.match(await evening.page.textContent('[data-hall="township"]'), /Booked visitors from 9:00 tomorrow, walk-ins from 9:00 Monday/);
  await evening.context.close();
});

test('a booked-only window looks unlike a walk-in window on the built page', async () => {
  // Defect 4: Saturday morning; district books only, household takes walk-ins.
  const { page, context, errors } = await openPage(env.browser, env.server.url, '?at=2026-11-28T10:00');
  const look = (hall) => page.$eval(`[data-hall="${hall}"] .ph-badge`, (el) => {
    const style = getComputedStyle(el);
    return [style.backgroundColor, style.color, style.borderStyle].join(' ');
  });
  assert.notEqual(await look('district'), await look('household'));
  assert.match(await page.textContent('[data-hall="district"] .ph-badge'), /◆.*仅接待已预约人员/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('open first puts the halls serving now on top, and the link keeps the choice', async () => {
  // Defect 9: Tuesday 12:10 at 375 px.
  const { page, context, errors } = await openPage(env.browser, env.server.url, '?at=2026-11-24T12:10');
  await page.setViewportSize({ width: 375, height: 700 });
  assert.equal(await page.textContent('.ph-serving-summary'), '8个大厅中6个可办理，其中5个可直接办理');
  await page.click('.ph-order button:nth-child(2)');
  await page.waitForFunction(() => location.search.includes('order=open'));
  const ids = await page.$$eval('[data-hall]', (cards) => cards.map((c) => c.dataset.hall));
  assert.deepEqual(ids, ['district', 'township', 'tax', 'traffic', 'housing_fund', 'marriage', 'household', 'exit_entry']);
  const shared = await openPage(env.browser, env.server.url, new URL(page.url()).search);
  assert.equal(await shared.page.getAttribute('.ph-order button:nth-child(2)', 'aria-pressed'), 'true');
  await shared.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the hall detail shows the week, the special days and no invented contacts', async () => {
  const { page, context, errors } = await openPage(env.browser, env.server.url, '?hall=household&at=2026-09-28T10:00&lang=en');
  assert.match(await page.textContent('h2'), /Household/);
  // Defect 12: the page leads with the ordinary week in one line.
  assert.equal(await page.textContent('.ph-week-summary'),
    'An ordinary week: Mon–Fri 9:00–12:00, 14:00–17:30; Sat–Sun 9:00–12:00 (incl. extended), 14:00–17:30 (incl. extended)');
  assert.equal(await page.locator('.ph-week tbody tr').count(), 7);
  // 1 Oct 2026 (Thursday) is a holiday: closed all day. 3 Oct (Saturday, holiday) keeps its weekend hours (reading: holiday weekends, docs/rules.md).
  assert.match(await page.textContent('.ph-week tr[data-date="2026-10-01"]'), /Closed all day/);
  assert.match(await page.textContent('.ph-week tr[data-date="2026-10-03"]'), /09:00–12:00.*14:00–17:30/s);
  assert.match(await page.textContent('.ph-special li[data-date="2026-10-10"]'), /Adjusted workday/);
  assert.equal(await page.locator('.ph-contact').count(), 0, 'no contact section while the data has none');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown hall in the link gets a message, not a blank page', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?hall=nowhere');
  assert.match(await page.textContent('[role="alert"]'), /nowhere/);
  assert.ok(await page.locator('nav').isVisible());
  await context.close();
});

test('the planner puts the chosen moment in the URL', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?view=plan&at=2026-11-24T10:00');
  await page.fill('input[type="date"]', '2026-10-10');
  await page.fill('input[type="time"]', '09:30');
  await page.click('form button[type="submit"]');
  await page.waitForFunction(() => location.search.includes('at=2026-10-10T09:30'));
  assert.equal(await page.getAttribute('[data-hall="household"]', 'data-state'), 'open');
  const shared = await openPage(env.browser, env.server.url, new URL(page.url()).search);
  assert.equal(await shared.page.getAttribute('[data-day-kind]', 'data-day-kind'), 'adjusted_workday');
  await shared.context.close();
  await context.close();
});

test('the language switch changes the words and is remembered on the device', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?at=2026-11-24T10:00');
  assert.match(await page.textContent('h1'), /平谷区/);
  await page.click('button:has-text("English")');
  await page.waitForFunction(() => location.search.includes('lang=en'));
  assert.match(await page.textContent('h1'), /Pinggu District/);
  assert.equal(await page.getAttribute('.ph-app', 'lang'), 'en');
  await page.goto(env.server.url + '?at=2026-11-24T10:00');
  await page.waitForSelector('[data-ready]');
  assert.match(await page.textContent('h1'), /Pinggu District/, 'English is remembered');
  await context.close();
});

test('everything works from the keyboard', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?at=2026-11-24T10:00&lang=en');
  // Tab until the first card's details link has focus, then follow it with Enter.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.className ?? '');
    if (focused.includes('ph-card-link')) break;
  }
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.ph-hall-detail');
  assert.match(page.url(), /hall=district/);
  await page.goBack();
  await page.waitForSelector('.ph-halls');
  await context.close();
});

test('the page fits 320 px and 200% zoom without sideways scrolling', async () => {
  for (const width of [320, 640]) {
    for (const query of ['?at=2026-11-24T10:00', '?hall=township&at=2026-11-24T10:00', '?view=plan']) {
      const { page, context } = await openPage(env.browser, env.server.url, query, { width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${query} at ${width}px overflows by ${overflow}px`);
      await context.close();
    }
  }
});

test('elderly mode is one tap away and remembered', async () => {
  const { page, context } = await openPage(env.browser, env.server.url, '?at=2026-11-24T10:00');
  await page.click('button:has-text("长辈模式")');
  assert.equal(await page.getAttribute('button:has-text("长辈模式")', 'aria-pressed'), 'true');
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.ph-app')).fontSize));
  assert.ok(size >= 20, `elderly font size ${size}`);
  await page.reload();
  await page.waitForSelector('[data-ready]');
  assert.ok(await page.locator('.ph-app.ph-elderly').count());
  await context.close();
});

test('a broken ?at= is named on screen and the page shows now instead', async () => {
  const { page, context, errors } = await openPage(env.browser, env.server.url, '?at=2026-13-45T99:99&lang=en');
  assert.match(await page.textContent('.ph-notice--warning'), /not understood.*at=2026-13-45T99:99/s);
  assert.equal(await page.locator('.ph-notice--pinned').count(), 0, 'not a chosen moment');
  assert.equal(await page.locator('[data-hall]').count(), 8);
  assert.deepEqual(errors, []);
  await context.close();
});
