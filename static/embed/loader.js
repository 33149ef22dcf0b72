// The loader of pinggu-hours. tools/post-build.mjs appends it to the wasm-bindgen glue of the
// first module and writes both as dist/embed.js, the one script a page includes (its name
// never changes; a new release goes in a new folder). It defines the <pinggu-hours> element
// (each one a widget in its own shadow root, so no style crosses between the widget and its
// host), mounts the project's own page (#pinggu-hours), and in the iframe mode tells the
// parent page its height.
//
// The page comes in two modules. The first (this glue's) shows every hall's status and
// nothing else, so the first answer needs few bytes. The full page (planner, matter finder,
// hall page, booking helper) is fetched when the browser is idle after that, at once when a
// tap asks for a view the first module lacks, and at once in kiosk mode; it is mounted off
// screen with the visitor's state (route, language, elderly mode) and swapped in whole, so
// nothing on screen moves.
//
// The post-build hook fills in the file names and SHA-384 hashes: the wasm files are
// fetched with their integrity checked, the full page's glue is preloaded with its
// integrity before it is imported, the stylesheet linked with it. No inline script or
// style is written, so it runs under a strict Content-Security-Policy.

/** The folder this release is served from: the full page is its index. */
const PH_HOME = new URL('./', import.meta.url).href;
const PH_WASM = new URL('__PH_WASM__', import.meta.url).href;
const PH_FULL_JS = new URL('__PH_FULL_JS__', import.meta.url).href;
const PH_FULL_WASM = new URL('__PH_FULL_WASM__', import.meta.url).href;
const PH_CSS = new URL('__PH_CSS__', import.meta.url).href;
/** The event the first module sends when a tap asks for a view it lacks. */
const PH_NEED_FULL = 'pinggu-hours:need-full';

// The one message the page cannot take from its wording tables: shown when the WebAssembly
// cannot start (no WebAssembly in the browser, a blocked or failed download). The third line
// is its form on the full page, above the hours the build wrote into it.
const PH_FALLBACK = {
  zh: ['办公时间暂时无法在此显示。', '请查看完整页面', '实时状态暂时无法显示，以下为办公时间安排。'],
  en: ['The opening hours cannot be shown here.', 'See the full page', 'The live status cannot be shown: below are the hours.'],
};

// Shown in place of the loading line when the full page cannot be fetched (offline on a
// first visit, a failed integrity check); the next tap tries again.
const PH_FULL_FAILED = {
  zh: '此部分暂时无法加载，请检查网络后再试。',
  en: 'This part cannot be loaded right now. Please check the connection and try again.',
};

let phStarted;
let phFullStarted;
// Failed attempts so far: a retry asks for the module by a new address, since a browser may
// keep a failed module import for its address.
let phFullTries = 0;

/** Starts the first module once; every widget waits on the same promise. */
function phStart() {
  phStarted ??= (async () => {
    if (typeof WebAssembly !== 'object') throw new Error('pinggu-hours: no WebAssembly');
    await __wbg_init({ module_or_path: fetch(PH_WASM, { integrity: '__PH_WASM_SRI__' }) });
  })();
  return phStarted;
}

/** Starts the full page's module once; resolves to its exports. */
function phFull() {
  phFullStarted ??= (async () => {
    // A module preload carries the integrity that `import()` cannot. Only once it has loaded
    // (checked) is the module imported, and the import then takes it from the module map; a
    // preload that failed its check is never followed by an import, which would fetch the
    // module again unchecked.
    const url = phFullTries ? `${PH_FULL_JS}?retry=${phFullTries}` : PH_FULL_JS;
    const preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = url;
    preload.integrity = '__PH_FULL_JS_SRI__';
    const preloaded = new Promise((loaded, failed) => {
      preload.addEventListener('load', loaded, { once: true });
      preload.addEventListener('error', () => failed(new Error(`pinggu-hours: ${url} failed to load or its integrity check`)), { once: true });
    });
    document.head.append(preload);
    try {
      await preloaded;
      const full = await import(url);
      await full.default({ module_or_path: fetch(PH_FULL_WASM, { integrity: '__PH_FULL_WASM_SRI__' }) });
      return full;
    } finally {
      preload.remove();
    }
  })();
  return phFullStarted;
}

/** Where the focus is inside `root`, as child positions, to put it back after the swap. */
function phFocusPath(root) {
  const active = root.getRootNode().activeElement;
  if (!active || !root.contains(active) || active === root) return undefined;
  const path = [];
  for (let node = active; node !== root; node = node.parentElement) {
    path.unshift(Array.prototype.indexOf.call(node.parentElement.children, node));
  }
  return path;
}

/** Focuses the element at `path` under `root`, if the full page has one there. */
function phRestoreFocus(root, path) {
  if (!path) return;
  let node = root;
  for (const index of path) node = node?.children[index];
  node?.focus({ preventScroll: true });
}

/** What the full page needs from the first module's root to start where the visitor is. */
function phHandover(root) {
  const app = root.querySelector('[data-app]');
  return ['data-handover', 'data-problem', 'data-elderly'].map((name) => app?.getAttribute(name) ?? undefined);
}

/**
 * Runs one widget: `first` is its first-module widget in `root`; `mountFull(full, stage,
 * handover, problem, elderly, ready)` mounts the full page into `stage`, an off-screen copy
 * of `root`. Returns a function that hands over at once.
 */
function phRun(root, first, mountFull) {
  let started;
  const handOver = () => {
    started ??= (async () => {
      const full = await phFull();
      // The visitor may tap while the full page renders: mount again from the newer state.
      for (let tries = 0; tries < 3; tries++) {
        const state = phHandover(root);
        const [handover, problem, elderly] = state;
        const stage = root.cloneNode(false);
        await new Promise((ready) => mountFull(full, stage, handover ?? '', problem, elderly !== undefined, ready));
        if (phHandover(root).join('\n') !== state.join('\n') && tries < 2) continue;
        const focus = phFocusPath(root);
        root.replaceWith(stage);
        first.destroy();
        phRestoreFocus(stage, focus);
        return;
      }
    })().catch((error) => {
      console.error('pinggu-hours: the full page could not start', error);
      phFullStarted = undefined;
      phFullTries += 1;
      started = undefined;
      for (const line of root.querySelectorAll('.ph-loading')) {
        const lang = line.closest('[lang]')?.lang === 'en' ? 'en' : 'zh';
        line.textContent = PH_FULL_FAILED[lang];
        line.setAttribute('role', 'alert');
        line.removeAttribute('aria-busy');
      }
    });
  };
  root.addEventListener(PH_NEED_FULL, handOver, { capture: true });
  // A link straight to a view only the full page has (`?view=plan`) asked before this
  // listener was there: its loading line says so.
  if (root.querySelector('.ph-loading')) handOver();
  return handOver;
}

/** Hands over when the browser is idle (or at once on a kiosk). */
function phWhenIdle(handOver) {
  const kiosk = new URLSearchParams(location.search).get('mode') === 'kiosk';
  if (kiosk) handOver();
  else if ('requestIdleCallback' in window) requestIdleCallback(handOver, { timeout: 3000 });
  else setTimeout(handOver, 200);
}

/**
 * Shows a plain-text notice in `target`: above the hours the build wrote into the full page
 * (tools/prerender.mjs), which stay; elsewhere in place of its content, with a link to the
 * full page.
 */
function phFallback(target, lang, error) {
  const [text, link, above] = PH_FALLBACK[lang === 'en' ? 'en' : 'zh'];
  const p = document.createElement('p');
  p.setAttribute('role', 'status');
  const hours = target.querySelector('[data-prerendered] .ph-main');
  if (hours) {
    p.className = 'ph-notice ph-notice--warning';
    p.append(above);
    hours.prepend(p);
  } else {
    const a = document.createElement('a');
    a.href = PH_HOME;
    a.textContent = link;
    p.append(text, ' ', a);
    target.replaceChildren(p);
  }
  console.error('pinggu-hours could not start:', error);
}

/** The stylesheet, linked inside a shadow root (allowed by `style-src 'self'`). */
function phStylesheet() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = PH_CSS;
  link.integrity = '__PH_CSS_SRI__';
  link.crossOrigin = 'anonymous';
  const loaded = new Promise((done) => {
    link.addEventListener('load', done, { once: true });
    link.addEventListener('error', done, { once: true });
  });
  return { link, loaded };
}

/** <pinggu-hours hall lang layout data at heading-level url-state>: one widget. */
class PingguHours extends HTMLElement {
  connectedCallback() {
    // Moving an element within the page keeps its widget.
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const root = document.createElement('div');
    root.className = 'ph-embed';
    const css = phStylesheet();
    shadow.append(css.link, root);
    Promise.all([phStart(), css.loaded])
      .then(() => {
        const first = first_element(this, root, PH_HOME);
        phWhenIdle(phRun(root, first, (full, stage, ...state) =>
          full.mount_element(this, stage, PH_HOME, ...state)));
      })
      .catch((error) => phFallback(root, this.getAttribute('lang'), error));
  }
}

/** In the iframe mode, posts the page's height to the parent on load and on every resize. */
function phPostHeight() {
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: 'pinggu-hours:height', height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

if (!customElements.get('pinggu-hours')) customElements.define('pinggu-hours', PingguHours);

const phPage = document.getElementById('pinggu-hours');
if (phPage) {
  const frame = new URLSearchParams(location.search).get('mode') === 'embed' && window.parent !== window;
  phStart()
    .then(() => {
      // Drawn off screen and put in place of the page's hours written at build time in one
      // step, so the page is never shown empty or half drawn.
      const stage = phPage.cloneNode(false);
      let shown;
      const ready = new Promise((done) => (shown = done));
      const first = first_page(stage, () => {
        phPage.replaceWith(stage);
        performance.mark('hours-ready');
        shown();
      });
      return ready.then(() => [stage, first]);
    })
    .then(([root, first]) => {
      phWhenIdle(phRun(root, first, (full, stage, ...state) =>
        full.mount_page(stage, ...state)));
      if (frame) phPostHeight();
    })
    .catch((error) => phFallback(phPage, document.documentElement.lang.startsWith('en') ? 'en' : 'zh', error));
}
