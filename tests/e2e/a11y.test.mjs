// Accessibility: an axe-core scan (WCAG 2.0/2.1 A and AA rules) of each view, in Chinese,
// in English and in elderly mode, must find no violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeScan, openPage, useServerAndBrowser } from './harness.mjs';

const VIEWS = {
  now: '?at=2026-11-24T12:10',
  'hall detail': '?hall=marriage&at=2026-09-28T10:00',
  planner: '?view=plan&at=2026-11-28T10:00',
  matters: '?view=matters&at=2026-11-28T10:00',
  'matter detail': '?view=matters&matter=ordinary_passport&at=2026-11-28T10:00',
  'beyond the calendar': '?at=2027-03-02T10:00',
};
const MODES = { Chinese: '', English: '&lang=en', elderly: '' };

const env = useServerAndBrowser();

for (const [view, query] of Object.entries(VIEWS)) {
  for (const [mode, extra] of Object.entries(MODES)) {
    test(`axe finds no violation: ${view}, ${mode}`, async () => {
      const { page, context } = await openPage(env.browser, env.server.url, query + extra);
      if (mode === 'elderly') {
        await page.click('button[aria-pressed]');
        await page.waitForSelector('.ph-elderly');
      }
      const { violations, passes } = await axeScan(page);
      assert.deepEqual(violations, []);
      assert.ok(passes > 10, 'axe ran its rules');
      await context.close();
    });
  }
}

// The data notices with the device clock fixed on Tuesday 24 November 2026 (next year's
// calendar due): the refused-folder line and the maintainers' footer, on the full page and
// in a host page's elements.
for (const [name, path, shown] of [
  ['the full page with a refused data folder', '?data=fixtures/data-broken&at=2026-11-24T12:10', '[data-data-notice]'],
  ['a host page with data folders', 'fixtures/data-host.html', null],
]) {
  test(`axe finds no violation: ${name} and the maintainers' footer`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-24T02:00:00Z'));
    await page.goto(env.server.url + path);
    if (shown) {
      await page.waitForSelector(shown);
      await page.waitForSelector('footer .ph-maintainer-note');
    } else {
      await page.waitForFunction(() =>
        document.getElementById('broken')?.shadowRoot?.querySelector('[data-data-notice]'),
      );
      // The refused widget alone: two full widgets on one page repeat their section links.
      await page.evaluate(() => ['embedded', 'override'].forEach((id) => document.getElementById(id).remove()));
      assert.equal(await page.evaluate(() => document.getElementById('broken').shadowRoot.querySelectorAll('.ph-maintainer-note').length), 1);
    }
    assert.deepEqual((await axeScan(page)).violations, []);
    await context.close();
  });
}
