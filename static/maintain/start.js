// Starts the data page (maintain.html). A classic script file, so that it runs both from
// file:// and under a strict Content-Security-Policy, and the page holds no inline script or
// style at all: served over http(s), it starts the page from its files beside it; from
// file://, where no module file can be loaded, from the copies the page holds as data blocks
// (`<script type="application/x-pinggu-hours-…">`, which no browser runs or checks against
// the policy). tools/maintain-page.mjs fills in the stylesheet's name.
(function () {
  const block = (name) => document.getElementById(`ph-m-${name}`)?.textContent ?? '';
  const decode = (text) => Uint8Array.from(atob(text.trim()), (c) => c.charCodeAt(0));
  if (location.protocol !== 'file:') {
    for (const href of ['__PH_CSS__', './maintain.css']) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      document.head.append(link);
    }
    import('./maintain.js').then((glue) => glue.default({ module_or_path: './maintain_bg.wasm' }));
    return;
  }
  const style = document.createElement('style');
  style.textContent = new TextDecoder().decode(decode(block('css')));
  document.head.append(style);
  const glue = new Blob([decode(block('glue'))], { type: 'text/javascript' });
  import(URL.createObjectURL(glue)).then((started) => started.default({ module_or_path: decode(block('wasm')) }));
})();
