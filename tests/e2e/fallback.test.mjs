// When the WebAssembly cannot start (a failed download, a browser without WebAssembly), each
// widget shows a short plain-text notice with a link to the full page instead of staying
// blank, and the full page keeps the hours written into it at build time, with a notice above.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser } from './harness.mjs';

const env = useServerAndBrowser();

/** Opens `path` with `setup` applied first; resolves to the page once the notices show. */
async function openBroken(path, setup, count) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await setup(page);
  await page.goto(env.server.url + path);
  await page.waitForFunction(
    (n) => document.querySelectorAll('#pinggu-hours p[role=status]').length +
      [...document.querySelectorAll('pinggu-hours')].filter((e) => e.shadowRoot?.querySelector('p[role=status]')).length === n,
    count,
  );
  return { page, context };
}

const BROKEN = {
  'the wasm fails to download': (page) => page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' })),
  'the browser has no WebAssembly': (page) => page.addInitScript(() => { delete window.WebAssembly; }),
};

for (const [why, setup] of Object.entries(BROKEN)) {
  test(`${why}: each widget shows a notice with a link to the full page`, async () => {
    const { page, context } = await openBroken('fixtures/host.html', setup, 2);
    const notices = await page.evaluate(() =>
      [...document.querySelectorAll('pinggu-hours')].map((e) => {
        const p = e.shadowRoot.querySelector('p[role=status]');
        return { text: p.textContent, href: p.querySelector('a').href, ready: e.hasAttribute('data-ready') };
      }),
    );
    assert.equal(notices.length, 2);
    assert.match(notices[0].text, /办公时间暂时无法在此显示/);
    assert.match(notices[1].text, /cannot be shown here/);
    for (const n of notices) {
      assert.equal(n.href, env.server.url);
      assert.equal(n.ready, false);
    }
    await context.close();
  });

  test(`${why}: the full page keeps the hours written in at build time, the notice above them`, async () => {
    const { page, context } = await openBroken('?at=2026-11-24T12:10', setup, 1);
    const seen = await page.evaluate(() => {
      const notice = document.querySelector('#pinggu-hours p[role=status]');
      const main = document.querySelector('#pinggu-hours [data-prerendered] .ph-main');
      return {
        notice: notice.textContent,
        first: main.firstElementChild === notice,
        cards: [...main.querySelectorAll('.ph-card')].map((c) => c.textContent),
      };
    });
    assert.equal(seen.notice, '实时状态暂时无法显示，以下为办公时间安排。');
    assert.ok(seen.first, 'the notice is above the hours');
    assert.equal(seen.cards.length, 8);
    assert.match(seen.cards[0], /区政务服务中心工作日：8:30–17:30（含延时）/);
    await context.close();
  });
}
