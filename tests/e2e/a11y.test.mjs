// Accessibility: an axe-core scan (WCAG 2.0/2.1 A and AA rules) of each view, in Chinese,
// in English and in elderly mode, must find no violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { openPage, useServerAndBrowser } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
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
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
      );
      const violations = result.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      assert.deepEqual(violations, []);
      assert.ok(result.passes.length > 10, 'axe ran its rules');
      await context.close();
    });
  }
}
