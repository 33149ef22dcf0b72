// Shared pieces of the end-to-end tests: a static server for the built dist/ on 127.0.0.1
// and headless Debian Chromium driven by playwright-core (no browser download).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Security-Policy every page this project ships must work under. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** The test host pages (portal pages with a widget), served at /fixtures/ beside dist/. */
const FIXTURES = resolve(import.meta.dirname, 'fixtures');

/**
 * Serves `dir` (default dist/) on a free port of 127.0.0.1, and the test host pages at
 * /fixtures/; resolves to { url, close }. `headers` are sent with every response (for
 * example a Content-Security-Policy).
 */
export async function serveDist(dir = process.env.DIST ?? resolve(import.meta.dirname, '../../dist'), { headers = {} } = {}) {
  const served = resolve(dir);
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let root = served;
    if (path.startsWith('/fixtures/')) {
      root = FIXTURES;
      path = path.slice('/fixtures'.length);
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Headless Chromium from Debian's package, with no calls to the outside network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens the page at `query` (e.g. "?at=2026-10-10T09:30") and waits for the first status. */
export async function openPage(browser, baseUrl, query = '', viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, timezoneId: 'America/New_York' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(new Error(msg.text())));
  await page.goto(baseUrl + query);
  await page.waitForSelector('[data-ready]', { timeout: 15000 });
  return { page, context, errors };
}

/**
 * Serves `dir` (default dist/; with `headers`, if given) and starts Chromium before a test
 * file's tests, and stops both after.
 * Returns an object whose `server` and `browser` are set once `before` has run.
 */
export function useServerAndBrowser({ dir, headers } = {}) {
  const shared = { server: undefined, browser: undefined };
  before(async () => {
    shared.server = await serveDist(dir, { headers });
    shared.browser = await launchChromium();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/**
 * Watches a browser context for what a locked-down page must never do: a Content-Security-
 * Policy violation (reported in every frame through `securitypolicyviolation`), a console
 * message about the policy, a request to another origin, a cookie. `problems()` lists them.
 */
export async function watchLockdown(context, origin) {
  const seen = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`csp-violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  context.on('console', (msg) => {
    const text = msg.text();
    if (text.startsWith('csp-violation') || /Content Security Policy/i.test(text)) seen.push(text);
  });
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) seen.push(`request to ${url.href}`);
  });
  return {
    async problems() {
      const cookies = await context.cookies();
      return [...seen, ...cookies.map((c) => `cookie ${c.name}`)];
    },
  };
}

/** The rules every page this project ships is scanned with: WCAG 2.0/2.1 A and AA, and best practice. */
export const AXE_WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core on `page` as it is (the page must allow the script: a test under the strict
 * policy opens its context with `bypassCSP`). Resolves to its violations, one line each
 * (rule, help, and each node with axe's own words about it), and how many checks passed, so
 * a test can tell that the rules ran.
 */
export async function axeScan(page, rules = AXE_WCAG) {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const result = await page.evaluate((runOnly) => window.axe.run(document, { runOnly }), rules);
  const node = (n) => [n.target.join(' '), ...n.any.map((c) => c.message)].join(' ');
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map(node).join(' | ')})`);
  return { violations, passes: result.passes.length };
}
