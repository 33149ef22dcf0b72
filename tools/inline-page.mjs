// The one-file page of a release build: a page with its stylesheet, the wasm-bindgen glue
// and the wasm inline, so that it opens from file:// (where browsers load no module file)
// with no server and no network. Used by tools/single-file.mjs (the widget,
// pinggu-hours.html).

/**
 * `html` with `css` in a `<style>` and a module script that imports `glue` from a Blob and
 * starts it with `wasm` (bytes, base64 inline); `icon` (SVG bytes) as a data: URL if given.
 * `then`, statements run once the module is started, with the module as `started`.
 */
export function inlinePage(html, { glue, wasm, css, icon, then = '' }) {
  const iconTag = icon ? `<link rel=icon href="data:image/svg+xml;base64,${icon.toString('base64')}">` : '';
  const boot = `<script type=module>
const glue = ${JSON.stringify(glue)};
const bytes = Uint8Array.from(atob(${JSON.stringify(wasm.toString('base64'))}), (c) => c.charCodeAt(0));
const url = URL.createObjectURL(new Blob([glue], { type: 'text/javascript' }));
const started = await import(url);
await started.default({ module_or_path: bytes });
${then}
</script>`;
  return html.replace('</head>', `${iconTag}<style>${css}</style></head>`).replace('</body>', `${boot}</body>`);
}
