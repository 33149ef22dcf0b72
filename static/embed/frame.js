// For a portal page that shows pinggu-hours in an iframe: sizes every
// <iframe data-pinggu-hours> to the height its page posts, so the frame never scrolls.
// Include it as a file (<script src=".../frame.js" defer>), which a strict
// Content-Security-Policy allows; it sets no style attribute, only the frame's height.
addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'pinggu-hours:height') return;
  const height = Number(data.height);
  if (!(height > 0 && height < 100000)) return;
  for (const frame of document.querySelectorAll('iframe[data-pinggu-hours]')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
  }
});
