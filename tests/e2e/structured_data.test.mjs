// The full page carries the halls' schema.org JSON-LD (written at build time by
// tools/json-ld.mjs): one data block in the head that parses and names every hall, with the
// holidays and adjusted workdays of the calendar, and the page still starts with no error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

test('index.html holds one JSON-LD block naming the 8 halls as GovernmentOffice', async () => {
  const { page, context, errors } = await openPage(shared.browser, shared.server.url);
  try {
    const blocks = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => ({
        inHead: s.parentElement === document.head,
        text: s.textContent,
      })),
    );
    assert.equal(blocks.length, 1);
    assert.ok(blocks[0].inHead, 'the block is in <head>');
    const doc = JSON.parse(blocks[0].text);
    assert.equal(doc['@context'], 'https://schema.org');
    const offices = doc['@graph'].filter((o) => o['@type'] === 'GovernmentOffice');
    assert.equal(offices.length, 8);
    assert.equal(new Set(offices.map((o) => o.identifier)).size, 8);
    const district = offices.find((o) => o.identifier === 'district');
    assert.equal(district.name, '区政务服务中心');
    const on = (office, date) =>
      office.specialOpeningHoursSpecification
        .filter((s) => s.validFrom <= date && date <= s.validThrough)
        .map((s) => `${s.opens}-${s.closes}`);
    assert.deepEqual(on(district, '2026-10-01'), ['00:00-00:00']);
    assert.deepEqual(on(district, '2026-10-10'), ['08:30-17:30']);
    const household = offices.find((o) => o.identifier === 'household');
    assert.deepEqual(on(household, '2026-10-03'), ['09:00-12:00', '14:00-17:30']);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
