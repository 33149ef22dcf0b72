// Measurements run inside the page (passed to page.evaluate), shared by the layout tests.

/** Parts of a hall card that reach outside the card, as "hall: tag.class +Npx". */
export function overflowingCardParts() {
  const out = [];
  for (const card of document.querySelectorAll('.ph-card')) {
    const box = card.getBoundingClientRect();
    for (const el of card.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('.ph-sr-only')) continue;
      const over = Math.max(r.right - box.right, box.left - r.left);
      if (over > 0.5) out.push(`${card.dataset.hall}: ${el.tagName.toLowerCase()}.${el.className} +${Math.round(over)}px`);
    }
  }
  return out;
}

/** Words inside `selector` that the browser broke across two lines ("Walk-/in"). */
export function brokenWords(selector) {
  const out = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(`${match[0]} (${lines.size} lines)`);
      }
    }
  }
  return out;
}

/** Why the page scrolls sideways (the widest elements), or '' when it does not. */
export function sidewaysOverflow() {
  const doc = document.documentElement;
  if (doc.scrollWidth <= doc.clientWidth) return '';
  const wide = [...document.querySelectorAll('.ph-app *')]
    .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5 && !el.closest('.ph-sr-only'))
    .slice(-3)
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} right ${Math.round(el.getBoundingClientRect().right)}`);
  return `scrollWidth ${doc.scrollWidth} > ${doc.clientWidth}; ${wide.join('; ')}`;
}
