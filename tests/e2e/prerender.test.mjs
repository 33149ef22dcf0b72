// The hours written into index.html at build time (tools/prerender.mjs): with JavaScript off
// the page shows every hall's ordinary week and the special days ahead, as the page's own
// JSON-LD (the engine's other export) says; the widget replaces the block when it starts,
// never painting an empty page, with its banner where the block's was, under the strict
// Content-Security-Policy. (Without WebAssembly the block stays: fallback.test.mjs.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, useServerAndBrowser, watchLockdown } from './harness.mjs';

const env = useServerAndBrowser({ headers: { 'content-security-policy': STRICT_CSP } });

/** Tuesday 24 November 2026, 10:00 in Beijing: the device clock of the live page. */
const NOW = Date.parse('2026-11-24T10:00:00+08:00');

/** `08:30` as the page writes it: `8:30`. */
const clock = (hhmm) => hhmm.replace(/^0(\d)/, '$1');

/** Opens the full page at `width` with JavaScript on or off; `setup` runs before it loads. */
async function open(width, javaScriptEnabled, setup = async () => {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  await setup(page, context);
  await page.goto(env.server.url);
  return { page, context };
}

/** What the page shows without JavaScript: each card's lines, the special days, the JSON-LD. */
function readBlock() {
  const block = document.querySelector('#pinggu-hours > [data-prerendered]');
  const cards = [...block.querySelectorAll('.ph-card')].map((c) => ({
    id: c.dataset.hall,
    name: c.querySelector('h3').textContent,
    lines: [...c.querySelectorAll('p')].map((p) => p.textContent),
  }));
  const specials = [...block.querySelectorAll('.ph-special-list > li')].map((li) => ({
    first: li.dataset.date,
    last: li.dataset.last,
    text: li.textContent,
  }));
  return {
    from: block.dataset.from,
    cards,
    specials,
    special: block.querySelector('.ph-special').textContent,
    visible: block.getBoundingClientRect().height > 300,
    inlineStyles: document.querySelectorAll('[style]').length,
    jsonld: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
  };
}

test('with JavaScript off, every hall shows its workday, Saturday and Sunday hours', async () => {
  const { page, context } = await open(1280, false);
  try {
    // Playwright's evaluate runs even when the page's own scripts are off.
    const seen = await page.evaluate(readBlock);
    assert.ok(seen.visible);
    assert.equal(seen.inlineStyles, 0);
    const offices = seen.jsonld['@graph'];
    assert.deepEqual(seen.cards.map((c) => c.id), offices.map((o) => o.identifier));
    for (const office of offices) {
      const card = seen.cards.find((c) => c.id === office.identifier);
      assert.equal(card.name, office.name);
      assert.deepEqual(card.lines.map((l) => l.split('：')[0]), ['工作日', '周六', '周日']);
      // Every walk-in window the JSON-LD gives for Monday, Saturday and Sunday is on its line.
      ['Monday', 'Saturday', 'Sunday'].forEach((day, i) => {
        const walkIn = office.openingHoursSpecification.filter((s) => s.dayOfWeek.includes(day));
        for (const s of walkIn) {
          assert.ok(card.lines[i].includes(`${clock(s.opens)}–${clock(s.closes)}`), `${office.identifier} ${day}: ${card.lines[i]}`);
        }
        if (walkIn.length === 0 && !office.description?.includes(day === 'Saturday' ? '周六' : '周日')) {
          assert.equal(card.lines[i].split('：')[1], '不办公', `${office.identifier} ${day}`);
        }
      });
    }
    assert.deepEqual(seen.cards.find((c) => c.id === 'district').lines, [
      '工作日：8:30–17:30（含延时）',
      '周六：9:00–13:00需预约',
      '周日：不办公',
    ]);
  } finally {
    await context.close();
  }
});

test('with JavaScript off, the special days from the build date on are those of the JSON-LD', async () => {
  const { page, context } = await open(1280, false);
  try {
    const seen = await page.evaluate(readBlock);
    assert.match(seen.from, /^\d{4}-\d{2}-\d{2}$/);
    // Every holiday and adjusted workday on or after the build date, from the JSON-LD.
    const days = new Set();
    for (const office of seen.jsonld['@graph']) {
      for (const s of office.specialOpeningHoursSpecification) {
        for (let d = new Date(`${s.validFrom}T00:00Z`); d <= new Date(`${s.validThrough}T00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
          const iso = d.toISOString().slice(0, 10);
          if (iso >= seen.from) days.add(iso);
        }
      }
    }
    const listed = new Set();
    for (const s of seen.specials) {
      assert.ok(s.first <= s.last && s.first >= seen.from, JSON.stringify(s));
      for (let d = new Date(`${s.first}T00:00Z`); d <= new Date(`${s.last}T00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
        listed.add(d.toISOString().slice(0, 10));
      }
    }
    assert.deepEqual([...listed].sort(), [...days].sort());
    if (days.size === 0) assert.match(seen.special, /已公布的节假日安排（至\d{4}年底）中没有节假日或调休上班日/);
  } finally {
    await context.close();
  }
});

test('the live page replaces the block at its first render, never painting an empty page, with no policy violation', async () => {
  // The real clock: what is checked holds at any time of day.
  const { page, context } = await open(1280, true, async (page, context) => {
    // Before each frame is painted: does the root hold nothing, or both the block and the widget?
    await context.addInitScript(() => {
      window.phFrames = [];
      const look = () => {
        const root = document.getElementById('pinggu-hours');
        // While the parser is still inside the page, the root may be open with its content
        // not yet read: that is the browser's parsing, not the widget.
        if (root && document.readyState !== 'loading') {
          window.phFrames.push({
            empty: root.children.length === 0,
            block: !!root.querySelector('[data-prerendered]'),
            widget: !!root.querySelector('[data-ready]'),
          });
        }
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
  });
  const watch = await watchLockdown(context, new URL(env.server.url).origin);
  try {
    await page.waitForFunction(() => performance.getEntriesByName('hours-ready').length === 1);
    assert.equal(await page.locator('[data-prerendered]').count(), 0);
    assert.equal(await page.locator('#pinggu-hours .ph-card').count(), 8);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const frames = await page.evaluate(() => window.phFrames);
    assert.ok(frames.some((f) => f.widget), 'a frame with the widget was seen');
    assert.deepEqual(frames.filter((f) => f.empty || (f.block && f.widget)), []);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await watch.problems(), []);
  } finally {
    await context.close();
  }
});

// At every width: under some 450 px the widget's line of the Beijing time and the kind of
// day wraps to two lines (three under some 367 px), and the block's note keeps their height.
test('the widget\'s banner is where the block\'s was', async () => {
  const box = () => {
    const header = document.querySelector('#pinggu-hours .ph-header').getBoundingClientRect();
    const title = document.querySelector('#pinggu-hours .ph-title').getBoundingClientRect();
    return { top: header.top, height: header.height, left: title.left, titleTop: title.top };
  };
  for (const width of [1280, 800, 480, 375]) {
    const before = await open(width, false);
    const block = await before.page.evaluate(box);
    await before.context.close();
    const after = await open(width, true, (page) => page.clock.install({ time: NOW }));
    await after.page.waitForSelector('[data-ready]');
    const widget = await after.page.evaluate(box);
    await after.context.close();
    for (const key of Object.keys(block)) {
      assert.ok(Math.abs(block[key] - widget[key]) <= 1, `${width} px, ${key}: ${block[key]} then ${widget[key]}`);
    }
  }
});
