// Takes screenshots of the built page at phone and desktop widths, for people to look at:
//   node tests/e2e/screenshots.mjs            -> tests/e2e/screenshots/*.png
//   node tests/e2e/screenshots.mjs --readme   -> also docs/screenshot.png (the README's picture)
import { mkdir, copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, openPage, serveDist } from './harness.mjs';

const OUT = resolve(import.meta.dirname, 'screenshots');
const MOMENTS = [
  ['tuesday-noon', '?at=2026-11-24T12:10'],
  ['saturday', '?at=2026-11-28T10:00'],
  ['adjusted-workday', '?at=2026-10-10T09:30'],
  ['holiday', '?at=2026-10-02T10:00'],
  ['beyond-calendar', '?at=2027-03-02T10:00'],
  ['hall-detail', '?hall=marriage&at=2026-11-27T16:00'],
  ['planner', '?view=plan&at=2026-11-28T10:00'],
  ['matter', '?view=matters&matter=ordinary_passport&at=2026-11-28T10:00'],
  ['elderly-english', '?at=2026-11-24T12:10&lang=en'],
];
const WIDTHS = [375, 1280];

await mkdir(OUT, { recursive: true });
const server = await serveDist();
const browser = await launchChromium();
try {
  for (const [name, query] of MOMENTS) {
    for (const width of WIDTHS) {
      const { page, context } = await openPage(browser, server.url, query, { width, height: 900 });
      if (name.startsWith('elderly')) await page.click('button[aria-pressed="false"]');
      const file = resolve(OUT, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await context.close();
    }
  }
  if (process.argv.includes('--readme')) {
    await copyFile(resolve(OUT, 'tuesday-noon-1280.png'), resolve(import.meta.dirname, '../../docs/screenshot.png'));
    console.log('docs/screenshot.png');
  }
} finally {
  await browser.close();
  await server.close();
}
