// Starts the data page (maintain.html) from its files when it is served over http(s): a
// strict Content-Security-Policy refuses the page's inline copy of the same code, which is
// there for file://, where no module file can be loaded. tools/maintain-page.mjs fills in
// the names. A classic script, so that from file:// it runs (and steps aside) too.
(function () {
  if (location.protocol === 'file:') return;
  window.phMaintainStarted = true;
  for (const href of ['__PH_CSS__', './maintain.css']) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  }
  import('./maintain.js').then((glue) => glue.default({ module_or_path: './maintain_bg.wasm' }));
})();
