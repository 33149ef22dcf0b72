// The data page for center staff (dist/maintain.html): served under the strict policy and
// opened from file:// offline, it loads the shipped data with no problem; a field broken in
// a form (an exception's date) or in a file staff open (a matter of an unknown hall) is
// named in Chinese at its place and beside its field, and fixing it clears it; the preview
// shows the visitor's widget with the edited data at a chosen moment; the downloaded files
// pass `hours validate`. Visitors never download any of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STRICT_CSP, axeScan, launchChromium, useServerAndBrowser, watchLockdown } from './harness.mjs';

const env = useServerAndBrowser({ headers: { 'content-security-policy': STRICT_CSP } });
const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.DIST ?? resolve(ROOT, 'dist');
const DATA = resolve(ROOT, 'static/data');
/** A Tuesday: the district hall keeps its regular hours at 10:00. */
const DAY = '2026-12-08';

/** Opens the data page at `url` and waits until it has checked the shipped data. */
async function openMaintain(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(url);
  await page.locator('.ph-m-ok').waitFor({ timeout: 20000 });
  return { page, errors };
}

/** Shows the preview at DAY 10:00 and returns the district hall's state there. */
async function districtAt(page) {
  await page.fill('#ph-m-date', DAY);
  await page.fill('#ph-m-time', '10:00');
  const card = page.locator('.ph-m-widget [data-hall="district"]');
  await card.waitFor();
  return card;
}

/** `hours validate DIR`: the built tool if HOURS names it, else through cargo. */
function validate(dir) {
  const [cmd, args] = process.env.HOURS
    ? [process.env.HOURS, ['validate', dir]]
    : ['cargo', ['run', '--quiet', '--bin', 'hours', '--', 'validate', dir]];
  return spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
}

test('staff break a field, see where, fix it, preview the change and download files that pass hours validate', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const watch = await watchLockdown(context, new URL(env.server.url).origin);
  const { page, errors } = await openMaintain(context, `${env.server.url}maintain.html`);
  assert.equal(await page.locator('.ph-m-problem-list li').count(), 0);
  assert.equal(await page.locator('.ph-m-item').count(), (JSON.parse(await readFile(join(DATA, 'matters.json'), 'utf8')).matters.length));
  assert.equal(await (await districtAt(page)).getAttribute('data-state'), 'open');

  // A closure of the district hall, its date mistyped.
  await page.click('text=添加临时调整');
  await page.fill('#f-exceptions-0-date', '2026-13-01');
  await page.check('#f-exceptions-0-halls-district');
  await page.fill('#f-exceptions-0-reason-zh', '系统升级，暂停办理');
  await page.fill('#f-exceptions-0-reason-en', 'System upgrade: no service');
  const problem = page.locator('.ph-m-problem-list li[data-path="exceptions[0].date"]');
  await problem.waitFor();
  assert.equal(await page.locator('.ph-m-problem-list li').count(), 1);
  assert.match(await problem.innerText(), /临时调整·第1项·日期.*“2026-13-01”不是有效日期/s);
  assert.match(await page.locator('#f-exceptions-0-date-problems').innerText(), /不是有效日期/);
  assert.equal(await page.locator('#f-exceptions-0-date').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('.ph-m-widget [data-hall]').count(), 0, 'no preview of broken data');
  await problem.locator('a').click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-exceptions-0-date');

  // Fixed: no problem, and the preview at that moment shows the hall closed, with the reason.
  await page.fill('#f-exceptions-0-date', DAY);
  await page.locator('.ph-m-ok').waitFor();
  const card = await districtAt(page);
  assert.equal(await card.getAttribute('data-state'), 'closed');
  assert.match(await card.innerText(), /系统升级，暂停办理/);

  // The three files, downloaded.
  const dir = await mkdtemp(join(tmpdir(), 'maintain-'));
  for (const name of ['halls.json', 'matters.json', 'exceptions.json']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`button[data-file="${name}"]`)]);
    assert.equal(download.suggestedFilename(), name);
    await download.saveAs(join(dir, name));
  }
  // Unchanged files come back as shipped, byte for byte; the new exception in the shipped order.
  for (const name of ['halls.json', 'matters.json']) {
    assert.equal(await readFile(join(dir, name), 'utf8'), await readFile(join(DATA, name), 'utf8'), name);
  }
  const written = JSON.parse(await readFile(join(dir, 'exceptions.json'), 'utf8'));
  assert.deepEqual(written, {
    exceptions: [{ date: DAY, halls: ['district'], closed: true, reason: { zh: '系统升级，暂停办理', en: 'System upgrade: no service' } }],
  });
  assert.deepEqual(Object.keys(written.exceptions[0]), ['date', 'halls', 'closed', 'reason']);
  await cp(join(DATA, 'holiday-cn'), join(dir, 'holiday-cn'), { recursive: true });
  const checked = validate(dir);
  assert.equal(checked.status, 0, checked.stderr + checked.stdout);
  assert.match(checked.stdout, /1 exceptions/);

  // Under the strict policy: no violation at all (the copies for file:// are data blocks).
  assert.deepEqual(await watch.problems(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('staff print the hours notice and the matter list from the edited data, under the strict policy', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const watch = await watchLockdown(context, new URL(env.server.url).origin);
  // The print dialog, recorded on the notice's document instead of shown.
  await context.addInitScript(() => {
    window.print = () => document.documentElement.setAttribute('data-printed', '');
  });
  const { page, errors } = await openMaintain(context, `${env.server.url}maintain.html`);
  const halls = JSON.parse(await readFile(join(DATA, 'halls.json'), 'utf8')).halls;
  await districtAt(page);
  // The notices start from the preview's date unless staff choose another.
  assert.equal(await page.inputValue('#ph-m-print-date'), DAY);

  // A closure of the district hall two days ahead, with its reason.
  const closed = '2026-12-10';
  await page.click('text=添加临时调整');
  await page.fill('#f-exceptions-0-date', closed);
  await page.check('#f-exceptions-0-halls-district');
  await page.fill('#f-exceptions-0-reason-zh', '系统升级，暂停办理');
  await page.fill('#f-exceptions-0-reason-en', 'System upgrade: no service');
  await page.locator('.ph-m-ok').waitFor();

  /** Clicks a print button and returns the notice page it opens, loaded. */
  const print = async (label) => {
    const [notice] = await Promise.all([context.waitForEvent('page'), page.click(`text=${label}`)]);
    await notice.waitForLoadState('load');
    assert.match(notice.url(), /^blob:/);
    await notice.locator('html[data-printed]').waitFor({ state: 'attached' });
    return notice;
  };
  /** The notice's stylesheet is applied: a page break after each hall but the last, large headings. */
  const styled = (notice) =>
    notice.evaluate(() => [
      ...[...document.querySelectorAll('.notice')].map((s) => getComputedStyle(s).breakAfter),
      getComputedStyle(document.querySelector('h1')).fontSize,
    ]);

  // Every hall, in Chinese: one page each, and the closure with its reason on the district hall's.
  const all = await print('打印办公时间告示');
  assert.match(await page.locator('.ph-m-print-opened').innerText(), /Ctrl\+P/);
  assert.equal(await all.evaluate(() => document.documentElement.lang), 'zh-CN');
  const text = await all.locator('body').innerText();
  for (const hall of halls) assert.ok(text.includes(hall.name.zh), hall.name.zh);
  assert.equal(await all.locator('section.notice').count(), halls.length);
  assert.match(await all.locator(`[data-hall="district"] .changes li[data-date="${closed}"]`).innerText(), /系统升级，暂停办理/);
  assert.equal(await all.locator(`[data-hall]:not([data-hall="district"]) .changes li[data-date="${closed}"]`).count(), 0);
  assert.deepEqual(await styled(all), [...halls.slice(1).map(() => 'page'), 'auto', '40px']);
  await all.close();

  // One hall, in English, from a later date: the closure is still ahead.
  await page.selectOption('#ph-m-print-hall', 'district');
  await page.selectOption('#ph-m-print-lang', 'en');
  await page.fill('#ph-m-print-date', '2026-12-09');
  const one = await print('打印办公时间告示');
  assert.equal(await one.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await one.locator('section.notice').evaluateAll((s) => s.map((e) => e.dataset.hall)), ['district']);
  assert.ok((await one.locator('h1').innerText()).includes(halls.find((h) => h.id === 'district').name.en));
  assert.match(await one.locator(`.changes li[data-date="${closed}"]`).innerText(), /System upgrade: no service/);
  assert.deepEqual(await styled(one), ['auto', '40px']);
  await one.close();

  // The weekend matter list, in the page's other language too.
  await page.click('.ph-m-lang');
  const list = await print('Print the weekend matter list');
  assert.equal(await list.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await list.evaluate(() => getComputedStyle(document.body).marginTop), '0px', 'the stylesheet is applied');
  await list.close();

  assert.deepEqual(await watch.problems(), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file staff open with a matter of an unknown hall is named at its place, and loading the current data clears it', async () => {
  const context = await env.browser.newContext();
  const { page } = await openMaintain(context, `${env.server.url}maintain.html`);
  const matters = JSON.parse(await readFile(join(DATA, 'matters.json'), 'utf8'));
  matters.matters[1].hall = 'nowhere';
  const dir = await mkdtemp(join(tmpdir(), 'maintain-open-'));
  await writeFile(join(dir, 'matters.json'), JSON.stringify(matters, null, 2));
  await writeFile(join(dir, 'notes.txt'), 'not data');
  await page.setInputFiles('#ph-m-open', [join(dir, 'matters.json'), join(dir, 'notes.txt')]);
  const problem = page.locator('.ph-m-problem-list li[data-path="matters[1].hall"]');
  await problem.waitFor();
  assert.match(await problem.innerText(), /周末延时服务事项清单·第2项·办理大厅.*大厅数据中没有编号为“nowhere”的大厅/s);
  assert.match(await page.locator('#f-matters-1-hall-problems').innerText(), /nowhere/);
  assert.match(await page.locator('.ph-m-refused').innerText(), /notes\.txt/);
  // Fixed in the form: a hall the data lists.
  await page.selectOption('#f-matters-1-hall', 'district');
  await page.locator('.ph-m-ok').waitFor();
  // Broken again, then the shipped data loaded back.
  await page.fill('#f-matters-0-id', '');
  await page.locator('.ph-m-problem-list li[data-path="matters[0].id"]').waitFor();
  assert.match(await page.locator('#f-matters-0-id-problems').innerText(), /编号不能为空/);
  await page.click('text=载入当前数据');
  await page.locator('.ph-m-ok').waitFor();
  await context.close();
});

test('the page opens from file:// with the network off, and previews the shipped data', async (t) => {
  const browser = await launchChromium();
  t.after(() => browser.close());
  const context = await browser.newContext({ offline: true });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const { page, errors } = await openMaintain(context, pathToFileURL(join(DIST, 'maintain.html')).href);
  const card = await districtAt(page);
  assert.equal(await card.getAttribute('data-state'), 'open');
  assert.equal(await page.locator('.ph-m-widget [data-hall]').count(), 8);
  // The printed notice holds its own stylesheet: the file beside the page may not load.
  const [notice] = await Promise.all([context.waitForEvent('page'), page.click('text=打印办公时间告示')]);
  await notice.waitForLoadState('load');
  assert.equal(await notice.locator('section.notice').count(), 8);
  assert.equal(await notice.evaluate(() => getComputedStyle(document.querySelector('h1')).fontSize), '40px');
  const outside = requests.filter((u) => !/^(file|blob|data):/.test(u));
  assert.deepEqual(outside, []);
  assert.deepEqual(errors, []);
});

test('visitors never download the data page: the visitor page, its service worker and the first view name none of its files', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  assert.doesNotMatch(html, /maintain/);
  assert.doesNotMatch(worker, /maintain/);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${env.server.url}?at=${DAY}T10:00`);
  await page.waitForSelector('[data-ready]');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter((u) => /maintain/.test(u)), []);
  const sizes = spawnSync('tools/dist-size.sh', [DIST], { cwd: ROOT, encoding: 'utf8' }).stdout;
  for (const name of ['maintain.html', 'maintain.js', 'maintain_bg.wasm', 'maintain.css', 'maintain-notice.css', 'maintain-start.js']) {
    assert.match(sizes, new RegExp(`  ${name.replace('.', '\\.')}  \\(not in the first view\\)`), name);
  }
  await context.close();
});

test('axe finds no violation on the data page, with a problem shown and in English', async () => {
  // The policy would refuse the scanner's own inline script.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const { page } = await openMaintain(context, `${env.server.url}maintain.html`);
  await page.click('text=添加临时调整');
  await page.fill('#f-exceptions-0-date', '2026-13-01');
  await page.locator('#f-exceptions-0-date-problems').waitFor();
  const scan = async () => (await axeScan(page)).violations;
  assert.deepEqual(await scan(), []);
  await page.click('.ph-m-lang');
  await page.locator('.ph-m[lang="en"]').waitFor();
  assert.match(await page.locator('#f-exceptions-0-date-problems').innerText(), /"2026-13-01" is not a date/);
  assert.deepEqual(await scan(), []);
  await context.close();
});
