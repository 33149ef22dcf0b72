// The loader of pinggu-hours. tools/post-build.mjs appends it to the wasm-bindgen glue and
// writes both as dist/embed.js, the one script a page includes (its name never changes; a
// new release goes in a new folder). It starts the WebAssembly once per page however many
// widgets the page has, defines the <pinggu-hours> element (each one a widget in its own
// shadow root, so no style crosses between the widget and its host), mounts the project's
// own page (#pinggu-hours), and in the iframe mode tells the parent page its height.
//
// The post-build hook fills in the names and SHA-384 hashes of the wasm and the stylesheet:
// the wasm is fetched with its integrity checked, the stylesheet linked with it.
// No inline script or style is written, so it runs under a strict Content-Security-Policy.

/** The folder this release is served from: the full page is its index. */
const PH_HOME = new URL('./', import.meta.url).href;
const PH_WASM = new URL('__PH_WASM__', import.meta.url).href;
const PH_CSS = new URL('__PH_CSS__', import.meta.url).href;

// The one message the page cannot take from its wording tables: shown when the WebAssembly
// cannot start (no WebAssembly in the browser, a blocked or failed download). The third line
// is its form on the full page, above the hours the build wrote into it.
const PH_FALLBACK = {
  zh: ['办公时间暂时无法在此显示。', '请查看完整页面', '实时状态暂时无法显示，以下为办公时间安排。'],
  en: ['The opening hours cannot be shown here.', 'See the full page', 'The live status cannot be shown: below are the hours.'],
};

let phStarted;

/** Starts the WebAssembly once; every widget waits on the same promise. */
function phStart() {
  phStarted ??= (async () => {
    if (typeof WebAssembly !== 'object') throw new Error('pinggu-hours: no WebAssembly');
    await __wbg_init({ module_or_path: fetch(PH_WASM, { integrity: '__PH_WASM_SRI__' }) });
  })();
  return phStarted;
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
      .then(() => mount_element(this, root, PH_HOME))
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
    .then(() => frame && phPostHeight())
    .catch((error) => phFallback(phPage, document.documentElement.lang.startsWith('en') ? 'en' : 'zh', error));
}
