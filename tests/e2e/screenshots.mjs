// Takes screenshots of the built page for people to look at: phone (375 px) and desktop
// (1280 px), in Chinese, in English and in elderly mode, at the moments issue reports use.
//   node tests/e2e/screenshots.mjs            -> tests/e2e/screenshots/*.png
//   node tests/e2e/screenshots.mjs --readme   -> also docs/screenshot.png (the README's picture)
import { mkdir, copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, serveDist } from './harness.mjs';

const OUT = resolve(import.meta.dirname, 'screenshots');
const MOMENTS = [
  ['tuesday-morning', '?at=2026-11-24T10:00'],
  ['tuesday-noon', '?at=2026-11-24T12:10'],
  ['tuesday-evening', '?at=2026-11-24T18:30'],
  ['saturday', '?at=2026-11-28T10:00'],
  ['holiday-saturday', '?at=2026-10-03T10:00'],
  ['adjusted-workday', '?at=2026-10-10T09:30'],
  ['beyond-calendar', '?at=2027-03-01T10:00'],
  ['hall-detail', '?hall=district&at=2026-11-24T10:00'],
  ['hall-detail-booked-only', '?hall=marriage&at=2026-11-27T16:00'],
  ['planner', '?view=plan&at=2026-11-28T10:00'],
  ['matter', '?view=matters&matter=ordinary_passport&at=2026-11-28T10:00'],
];
// Chinese and English everywhere; elderly mode (Chinese and English) at the moments a
// resident most often checks.
const MODES = [
  ['zh', '&lang=zh', false, () => true],
  ['en', '&lang=en', false, () => true],
  ['elderly', '&lang=zh', true, (name) => /^(tuesday-morning|saturday|hall-detail|planner|matter)$/.test(name)],
  ['elderly-en', '&lang=en', true, (name) => /^(tuesday-morning|hall-detail)$/.test(name)],
];
const WIDTHS = [375, 1280];

await mkdir(OUT, { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
try {
  for (const [mode, lang, elderly, wanted] of MODES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'America/New_York' });
      await context.addInitScript((on) => localStorage.setItem('pinggu-hours.elderly', on ? '1' : '0'), elderly);
      const page = await context.newPage();
      for (const [name, query] of MOMENTS.filter(([name]) => wanted(name))) {
        await page.goto(server.url + query + lang);
        await page.waitForSelector('[data-ready]');
        const file = resolve(OUT, `${name}-${mode}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
  if (process.argv.includes('--readme')) {
    await copyFile(resolve(OUT, 'tuesday-noon-zh-1280.png'), resolve(import.meta.dirname, '../../docs/screenshot.png'));
    console.log('docs/screenshot.png');
  }
} finally {
  await browser.close();
  await server.close();
}
