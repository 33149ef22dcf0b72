// Locked down: every page this project ships (the full page, its iframe mode, a portal page
// with widgets, a portal page with the iframe) works under a strict Content-Security-Policy
// with no violation, no request to another origin and no cookie; every script, the wasm and
// the stylesheet carry subresource integrity matching the bytes served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { STRICT_CSP, useServerAndBrowser, watchLockdown } from './harness.mjs';

const env = useServerAndBrowser({ headers: { 'content-security-policy': STRICT_CSP } });
const DIST = process.env.DIST ?? resolve(import.meta.dirname, '../../dist');

/** Opens `path` under the policy, runs `act`, and returns what the watcher saw. */
async function underPolicy(path, act = async () => {}, ready = '[data-ready]') {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const watch = await watchLockdown(context, new URL(env.server.url).origin);
  const page = await context.newPage();
  await page.goto(env.server.url + path);
  await page.waitForSelector(ready, { timeout: 15000 });
  await act(page);
  await page.waitForLoadState('networkidle');
  const problems = await watch.problems();
  await context.close();
  return problems;
}

const PAGES = {
  'the full page, halls now': ['?at=2026-11-24T12:10', async (page) => {
    await page.click('button[aria-pressed]');
    await page.waitForSelector('.ph-elderly');
  }],
  'the full page, each view': ['?at=2026-11-28T10:00&lang=en', async (page) => {
    for (const i of [1, 2, 0]) await page.locator('.ph-nav-link').nth(i).click();
    await page.locator('.ph-card-link').first().click();
    await page.waitForSelector('#ph-hall-heading');
  }],
  'the full page, matter detail': ['?view=matters&matter=ordinary_passport&at=2026-11-28T10:00', async () => {}],
  'the iframe mode': ['?mode=embed&at=2026-11-24T12:10', async () => {}],
  'a portal page with two widgets': ['fixtures/host.html?q=news&id=7#top', async (page) => {
    await page.locator('#first .ph-nav-link').nth(2).click();
    await page.locator('#first #ph-finder-heading').waitFor();
  }],
  'a portal page whose widgets read data folders (one valid, one refused)': ['fixtures/data-host.html', async (page) => {
    await page.waitForFunction(() => ['override', 'broken'].every((id) => {
      const app = document.getElementById(id)?.shadowRoot?.querySelector('.ph-app');
      return app && (app.dataset.source === 'override' || app.hasAttribute('data-data-error'));
    }));
  }],
  'the full page reading a data folder': ['?data=fixtures/data-2027/&at=2027-10-04T10:00', async (page) => {
    await page.waitForSelector('.ph-app[data-source="override"]');
  }],
  'the full page refusing a data folder': ['?data=fixtures/data-broken&at=2027-10-04T10:00', async (page) => {
    await page.waitForSelector('.ph-app[data-data-error] [data-data-notice]');
  }],
  'a portal page with the iframe': ['fixtures/frame-parent.html', async (page) => {
    await page.frameLocator('iframe').locator('[data-ready]').waitFor();
    await page.waitForFunction(() => document.querySelector('iframe').clientHeight > 400);
  }, 'iframe'],
};

for (const [name, [path, act, ready]] of Object.entries(PAGES)) {
  test(`under the strict policy: ${name}`, async () => {
    assert.deepEqual(await underPolicy(path, act, ready), []);
  });
}

test('the watcher sees a violation when there is one', async () => {
  const problems = await underPolicy('?at=2026-11-24T12:10', async (page) => {
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p style="color:red">x</p>'));
    await page.waitForTimeout(200);
  });
  assert.ok(problems.some((p) => p.includes('style-src')), problems.join('\n'));
});

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

test('the built page has no inline script or style, integrity on its script and stylesheet, and embed.js checks the wasm and stylesheet', async () => {
  const html = await readFile(resolve(DIST, 'index.html'), 'utf8');
  // A script element without `src` runs inline, except a data block (the JSON-LD), which no
  // browser runs and CSP does not govern; exactly that one is allowed.
  const inline = (html.match(/<script\b[^>]*>/g) ?? []).filter((t) => !/\ssrc=/.test(t));
  assert.deepEqual(inline, ['<script type="application/ld+json">'], 'no inline script');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
  const tags = html
    .match(/<(script|link)\b[^>]*>/g)
    .filter((t) => /<script|modulepreload|preload|stylesheet/.test(t) && !/ld\+json/.test(t));
  assert.ok(tags.length >= 3, tags.join('\n'));
  for (const tag of tags) {
    const src = tag.match(/\s(?:src|href)="?([^"\s>]+)/)[1];
    // Chromium ignores integrity on a wasm preload (as=fetch); the loader's fetch checks it.
    if (/as="?fetch/.test(tag)) continue;
    const integrity = tag.match(/\sintegrity="?([^"\s>]+)/)?.[1];
    const served = await fetch(new URL(src, env.server.url)).then((r) => r.arrayBuffer());
    assert.equal(integrity, sri(Buffer.from(served)), tag);
  }
  // The loader checks what it loads itself: the wasm it fetches and the stylesheet it links.
  const embed = await readFile(resolve(DIST, 'embed.js'), 'utf8');
  for (const file of tags.map((t) => t.match(/\s(?:src|href)="?\.\/([^"\s>?]+)/)[1]).filter((f) => !f.endsWith('.js'))) {
    assert.ok(embed.includes(sri(await readFile(resolve(DIST, file)))), `embed.js checks ${file}`);
  }
});

test('a wasm that is not the one built is refused', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const real = await readFile(resolve(DIST, (await readFile(resolve(DIST, 'index.html'), 'utf8')).match(/\.\/(first-[0-9a-f]+_bg\.wasm)/)[1]));
  const tampered = Buffer.from(real);
  tampered[tampered.length - 1] ^= 1;
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: tampered }));
  await page.goto(`${env.server.url}fixtures/host.html`);
  await page.waitForFunction(() => document.querySelector('#first').shadowRoot?.querySelector('p[role=status]'));
  assert.equal(await page.locator('#first .ph-card').count(), 0);
  await context.close();
});
