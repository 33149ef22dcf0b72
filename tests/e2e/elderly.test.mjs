// Elderly mode (长辈模式) measured against the MIIT ageing-friendly web design norms
// (互联网网站适老化通用设计规范): text at least 18 pt (24 CSS px) with line height at least 1.3,
// every control and link at least 60 x 60 px, contrast at the enhanced level (7:1), no motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeScan, useServerAndBrowser } from './harness.mjs';

const VIEWS = {
  now: '?at=2026-11-24T12:30',
  'hall detail': '?hall=marriage&at=2026-09-28T10:00',
  'hall detail, booking': '?hall=district&at=2026-11-27T16:00',
  planner: '?view=plan&at=2026-11-28T10:00',
  matters: '?view=matters&at=2026-11-28T10:00',
  'matter detail': '?view=matters&matter=ordinary_passport&at=2026-11-28T10:00',
  'beyond the calendar': '?at=2027-03-01T10:00',
};
const env = useServerAndBrowser();

/** Opens `query` with elderly mode stored on the device, as a returning visitor has it. The
 * device clock reads Tuesday 24 November 2026, when next year's calendar is due, so the
 * maintainers' footer line is measured too. */
async function openElderly(query, viewport, options = {}) {
  const context = await env.browser.newContext({ viewport, timezoneId: 'America/New_York', ...options });
  await context.addInitScript(() => localStorage.setItem('pinggu-hours.elderly', '1'));
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-24T02:00:00Z'));
  await page.goto(env.server.url + query);
  await page.waitForSelector('.ph-app.ph-elderly[data-ready]');
  return { page, context };
}

/** Text that is too small or too tightly set, and controls smaller than 60 x 60 px. */
function measureSizes() {
  const shown = (el) => el.checkVisibility() && !el.closest('.ph-sr-only') && el.getBoundingClientRect().width > 0;
  const label = (el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} "${el.textContent.trim().slice(0, 24)}"`;
  const small = [];
  for (const el of document.querySelectorAll('.ph-app *')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
    if (!ownText || !shown(el) || el.tagName === 'OPTION') continue;
    const style = getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const line = style.lineHeight === 'normal' ? 0 : parseFloat(style.lineHeight);
    if (size < 23.9) small.push(`${label(el)} font ${size}px`);
    if (line / size < 1.3) small.push(`${label(el)} line-height ${style.lineHeight} at ${size}px`);
  }
  const tiny = [];
  for (const el of document.querySelectorAll('.ph-app :is(a, button, input, select, summary, [role=button])')) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 59.5 || r.height < 59.5) tiny.push(`${label(el)} ${Math.round(r.width)}x${Math.round(r.height)}`);
  }
  const moving = [...document.querySelectorAll('.ph-app, .ph-app *')]
    .filter((el) => {
      const style = getComputedStyle(el);
      const durations = `${style.transitionDuration},${style.animationDuration}`.split(',').map(parseFloat);
      return durations.some((d) => d > 0) || style.animationName !== 'none';
    })
    .map(label);
  // axe counts 24 px text as large and asks 4.5:1 of it even at the enhanced level; elderly
  // mode aims at 7:1 for all text, so the ratio is also worked out here against the nearest
  // opaque background (the page has no background images or gradients).
  const rgb = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) => {
    const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const faint = [];
  for (const el of document.querySelectorAll('.ph-app *')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(n.data));
    if (!ownText || !shown(el) || el.tagName === 'OPTION') continue;
    let back = el;
    while (back && (rgb(getComputedStyle(back).backgroundColor)[3] ?? 1) === 0) back = back.parentElement;
    const [fg, bg] = [getComputedStyle(el).color, back ? getComputedStyle(back).backgroundColor : 'rgb(255,255,255)'].map((c) => luminance(rgb(c)));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    if (ratio < 7) faint.push(`${label(el)} ${ratio.toFixed(2)}:1`);
  }
  return { small, tiny, moving, faint };
}

for (const [view, query] of Object.entries(VIEWS)) {
  for (const [lang, width] of [['zh', 375], ['en', 1280], ['en', 375]]) {
    test(`elderly mode meets the norms: ${view}, ${lang}, ${width} px`, async () => {
      const { page, context } = await openElderly(`${query}&lang=${lang}`, { width, height: 900 });
      assert.equal(await page.locator('.ph-maintainer-note').count(), 1, 'the footer line is measured too');
      const { small, tiny, moving, faint } = await page.evaluate(measureSizes);
      assert.deepEqual(small, [], 'text at least 24 px with line height at least 1.3');
      assert.deepEqual(tiny, [], 'every control and link at least 60 x 60 px');
      assert.deepEqual(moving, [], 'nothing moves');
      assert.deepEqual(faint, [], 'text contrast at least 7:1');
      const { violations } = await axeScan(page, ['color-contrast', 'color-contrast-enhanced']);
      assert.deepEqual(violations, [], 'contrast at least 7:1');
      await context.close();
    });
  }
}

test('elderly mode at 375 px in Chinese: the three section tabs in one row, each at least 60 px', async () => {
  for (const query of ['?at=2026-11-24T12:30', '?view=plan&at=2026-11-28T10:00']) {
    const { page, context } = await openElderly(query, { width: 375, height: 900 });
    const tabs = await page.evaluate(() =>
      [...document.querySelectorAll('.ph-nav-link')].map((a) => {
        const r = a.getBoundingClientRect();
        return { top: Math.round(r.top), width: r.width, height: r.height };
      }),
    );
    assert.equal(tabs.length, 3);
    assert.equal(new Set(tabs.map((t) => t.top)).size, 1, `one row: ${JSON.stringify(tabs)}`);
    assert.ok(tabs.every((t) => t.width >= 59.5 && t.height >= 59.5), JSON.stringify(tabs));
    const right = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.equal(right, 375, 'nothing scrolls sideways');
    await context.close();
  }
});

test('elderly mode puts the essentials first in one column: the time, then the halls', async () => {
  const { page, context } = await openElderly('?at=2026-11-24T12:30', { width: 1280, height: 900 });
  const layout = await page.evaluate(() => {
    const top = (sel) => document.querySelector(sel).getBoundingClientRect().top;
    const cards = [...document.querySelectorAll('.ph-card')].map((c) => c.getBoundingClientRect().left);
    return { moment: top('.ph-moment'), halls: top('.ph-halls'), columns: new Set(cards).size };
  });
  assert.equal(layout.columns, 1, 'one column of cards');
  assert.ok(layout.moment < layout.halls, 'the time comes before the halls');
  assert.ok(layout.halls < 900, 'the halls start on the first screen');
  await context.close();
});

test('no motion under prefers-reduced-motion either', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${env.server.url}?at=2026-11-24T12:30`);
  await page.waitForSelector('[data-ready]');
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('.ph-app, .ph-app *')].filter((el) => {
      const style = getComputedStyle(el);
      return parseFloat(style.transitionDuration) > 0 || style.animationName !== 'none' || style.scrollBehavior === 'smooth';
    }).length,
  );
  assert.equal(moving, 0);
  await context.close();
});
