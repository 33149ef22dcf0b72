// The <pinggu-hours> element in a portal page (tests/e2e/fixtures/host.html): two widgets
// that work independently, under hostile global styles that must not reach them, on a host
// page whose URL, history, title, focus and scroll they leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeScan, useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();
const HOST = 'fixtures/host.html?q=news&id=7#top';

/** Opens a fixture page and waits until every widget on it shows its first status. */
async function openHost(path, { viewport = { width: 1280, height: 900 }, before } = {}) {
  const context = await env.browser.newContext({ viewport, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  const requests = [];
  page.on('request', (req) => requests.push(new URL(req.url()).pathname));
  if (before) await before(page);
  await page.goto(env.server.url + path);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('pinggu-hours')].every((e) => e.hasAttribute('data-ready')),
  );
  return { page, context, errors, requests };
}

/** What the host page looks like from outside the widgets. */
function hostState(page) {
  return page.evaluate(() => ({
    url: location.href,
    title: document.title,
    history: history.length,
    active: document.activeElement?.tagName,
    anchorTop: Math.round(document.getElementById('top')?.getBoundingClientRect().top ?? 0),
    scrollY: Math.round(scrollY),
  }));
}

test('two widgets on one page: each its own hall, language and layout; the wasm loads once', async () => {
  const { page, context, errors, requests } = await openHost(HOST);
  const first = page.locator('#first');
  const second = page.locator('#second');
  assert.deepEqual(await first.locator('.ph-card').evaluateAll((cs) => cs.map((c) => c.dataset.hall)), ['household']);
  assert.deepEqual(await second.locator('.ph-card').evaluateAll((cs) => cs.map((c) => c.dataset.hall)), ['marriage']);
  const card = second.locator('.ph-card');
  for (const hook of ['data-state', 'data-appointment']) assert.ok(await card.getAttribute(hook), hook);
  assert.equal(await first.locator('.ph-app').getAttribute('lang'), 'zh-CN');
  assert.equal(await second.locator('.ph-app').getAttribute('lang'), 'en');
  assert.equal(await second.locator('.ph-nav').count(), 0, 'compact: status cards only');
  assert.equal(await first.locator('.ph-nav').count(), 1);
  // The compact widget's link opens the full page beside the loader, not the host's folder.
  const details = await second.locator('.ph-card-link').getAttribute('href');
  assert.equal(details, `${env.server.url}?hall=marriage&lang=en`);

  await first.locator('.ph-nav-link').nth(1).click();
  await first.locator('#ph-plan-heading').waitFor();
  assert.equal(await second.locator('.ph-card').count(), 1, 'the other widget did not move');
  assert.equal(await second.locator('#ph-plan-heading').count(), 0);

  const count = (pattern) => requests.filter((p) => pattern.test(p)).length;
  assert.equal(count(/embed\.js$/), 1);
  assert.equal(count(/\/first-[0-9a-f]+_bg\.wasm$/), 1, 'the first module once');
  assert.equal(count(/\/full-[0-9a-f]+_bg\.wasm$/), 1, 'the full page once');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host page keeps its URL, history, title, focus and scroll', async () => {
  const { page, context } = await openHost(HOST);
  const loaded = await hostState(page);
  assert.equal(loaded.url, `${env.server.url}${HOST}`);
  assert.equal(loaded.title, '门户测试页');
  assert.equal(loaded.active, 'BODY');
  assert.equal(loaded.anchorTop, 0, 'still scrolled to #top');
  assert.ok(loaded.scrollY > 1000, 'the host page was scrolled to its anchor');

  const first = page.locator('#first');
  await first.locator('.ph-nav-link').nth(2).click();
  await first.locator('#ph-finder-heading').waitFor();
  await first.locator('.ph-toolbar button').first().click();
  await page.waitForFunction(() => document.querySelector('#first').shadowRoot.querySelector('.ph-app').lang === 'en');
  const after = await hostState(page);
  assert.equal(after.url, loaded.url);
  assert.equal(after.title, loaded.title);
  assert.equal(after.history, loaded.history);
  const stored = await page.evaluate(() => localStorage.length);
  assert.equal(stored, 0, "the host's storage is the host's");
  await context.close();
});

test('no second <h1> or <main>; headings start at the level the host sets', async () => {
  const { page, context } = await openHost(HOST);
  const counts = await page.evaluate(() => {
    const all = (sel) => [
      ...document.querySelectorAll(sel),
      ...[...document.querySelectorAll('pinggu-hours')].flatMap((e) => [...e.shadowRoot.querySelectorAll(sel)]),
    ];
    const levels = (id) => [...document.getElementById(id).shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.tagName);
    return { h1: all('h1').length, main: all('main').length, header: all('header').length, first: levels('first'), second: levels('second') };
  });
  assert.equal(counts.h1, 1);
  assert.equal(counts.main, 1);
  assert.equal(counts.header, 1);
  assert.equal(counts.first[0], 'H2', 'default heading-level 2');
  assert.ok(counts.first.slice(1).every((t) => t === 'H3'), counts.first.join());
  assert.deepEqual(counts.second, ['H3', 'H4'], 'heading-level="3"');
  await context.close();
});

/** Computed styles and sizes of the widget's parts, in the element `host` or on the page. */
function measure(page, host) {
  return page.evaluate((host) => {
    const scope = host ? document.querySelector(host).shadowRoot : document;
    const pick = (sel) => {
      const el = scope.querySelector(sel);
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        sel, display: s.display, font: `${s.fontSize} ${s.fontFamily} ${s.fontWeight}`, lineHeight: s.lineHeight,
        color: s.color, background: s.backgroundColor, padding: s.padding, boxSizing: s.boxSizing,
        letterSpacing: s.letterSpacing, textAlign: s.textAlign, textTransform: s.textTransform,
        width: Math.round(r.width), height: Math.round(r.height),
      };
    };
    return ['.ph-app', '.ph-nav', '.ph-card', '.ph-card-name', '.ph-badge', '.ph-timing', '#ph-halls-heading'].map(pick);
  }, host);
}

test('styles cross neither way: the widget looks as on its own page under hostile host styles', async () => {
  const own = await openHost('?at=2026-11-24T12:10');
  const expected = await measure(own.page);
  await own.context.close();
  // Every part styled and sized as on the widget's own page, but for a few heights: the
  // banner's (the page's has its title) and a card's and its timing line's (the element's
  // `at` is "now", when a card counts down; the page's `?at=` is a chosen moment).
  const free = new Set(['.ph-app', '.ph-card', '.ph-timing']);
  const same = (got, why) => {
    for (const [i, part] of got.entries()) {
      const want = { ...expected[i] };
      const seen = { ...part };
      if (free.has(part.sel)) {
        delete want.height;
        delete seen.height;
      }
      assert.deepEqual(seen, want, `${part.sel} ${why}`);
    }
  };
  const plain = await openHost('fixtures/plain.html');
  same(await measure(plain.page, '#first'), 'on a plain host');
  await plain.context.close();

  const { page, context } = await openHost('fixtures/hostile.html');
  same(await measure(page, '#first'), 'under hostile host styles');
  // The host's own elements keep the host's styles, even one named like the widget's cards.
  const hostOwn = await page.evaluate(() => ({
    card: getComputedStyle(document.querySelector('.host-card')).display,
    probe: getComputedStyle(document.querySelector('.host-probe')).fontSize,
    probeFamily: getComputedStyle(document.querySelector('.host-probe')).fontFamily,
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
  }));
  assert.deepEqual(hostOwn, { card: 'none', probe: '40px', probeFamily: 'serif', sheets: 1, adopted: 0 });
  await context.close();
});

test('axe finds no violation on the host page with two widgets', async () => {
  const { page, context } = await openHost(HOST);
  assert.deepEqual((await axeScan(page)).violations, []);
  await context.close();
});

test('opted in with url-state, the widget keeps its view under its own prefix', async () => {
  const { page, context } = await openHost('fixtures/url-state.html?q=news&id=7#top');
  const widget = page.locator('pinggu-hours');
  const historyBefore = await page.evaluate(() => history.length);
  await widget.locator('.ph-nav-link').nth(1).click();
  await widget.locator('#ph-plan-heading').waitFor();
  await page.waitForFunction(() => location.search.includes('ph-view'));
  assert.equal(await page.evaluate(() => location.search + location.hash), '?q=news&id=7&ph-view=plan#top');
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'the entry is replaced, not added');
  await page.reload();
  await page.waitForSelector('pinggu-hours[data-ready]');
  await widget.locator('#ph-plan-heading').waitFor();
  await context.close();
});

test('iframe mode: no banner title, and the parent sizes the frame to the height it posts', async () => {
  const { page, context } = await openHost('fixtures/frame-parent.html');
  const frame = page.frameLocator('iframe[data-pinggu-hours]');
  await frame.locator('[data-ready]').waitFor();
  assert.equal(await frame.locator('h1').count(), 0);
  assert.ok((await frame.locator('.ph-card').count()) > 3);
  const sizes = async () => {
    const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
    const outer = await page.locator('iframe').evaluate((f) => f.clientHeight);
    return { inner, outer };
  };
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 400);
  let { inner, outer } = await sizes();
  assert.ok(Math.abs(inner - outer) <= 1, `frame ${outer} px for a page of ${inner} px`);
  // A narrower frame makes the page taller; the frame follows.
  await page.setViewportSize({ width: 400, height: 900 });
  await page.waitForFunction((old) => document.querySelector('iframe').getBoundingClientRect().height > old + 100, outer);
  ({ inner, outer } = await sizes());
  assert.ok(Math.abs(inner - outer) <= 1, `after resizing: frame ${outer} px for a page of ${inner} px`);
  assert.equal(await page.evaluate(() => document.title), '门户测试页（框架）');
  await context.close();
});
