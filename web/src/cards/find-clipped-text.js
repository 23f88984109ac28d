// Finds text a reader cannot see whole in a rendered card: cut with an ellipsis, clamped by maxLines, or hidden by an
// element that clips its overflow. Works on geometry, so it catches whatever CSS or the renderer did to the text.

const TOLERANCE_PX = 1;

function clips(style) {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

// The box a clipping element shows its content in (inside its borders).
function clipBox(element) {
  const box = element.getBoundingClientRect();
  const left = box.left + element.clientLeft;
  const top = box.top + element.clientTop;
  return { left, top, right: left + element.clientWidth, bottom: top + element.clientHeight };
}

function outside(rect, box) {
  return rect.left < box.left - TOLERANCE_PX || rect.right > box.right + TOLERANCE_PX ||
    rect.top < box.top - TOLERANCE_PX || rect.bottom > box.bottom + TOLERANCE_PX;
}

function describe(clipper, holder) {
  const own = getComputedStyle(clipper);
  const clamp = own.webkitLineClamp && own.webkitLineClamp !== 'none' ? own.webkitLineClamp : null;
  if (clamp) return `clamped to ${clamp} line${clamp === '1' ? '' : 's'}`;
  if (own.textOverflow === 'ellipsis' || getComputedStyle(holder).textOverflow === 'ellipsis') return 'cut with an ellipsis';
  return 'hidden overflow';
}

// The element a reader thinks of as one piece of text: a text block, a fact, a button, an input's label.
function holderOf(node, root) {
  const holder = node.parentElement.closest(
    '.ac-textBlock, .ac-richTextBlock, .ac-pushButton, .ac-pushButton-disabled, button, td, .ac-input, label');
  return holder && root.contains(holder) ? holder : node.parentElement;
}

function isAction(holder) {
  return holder.matches('.ac-pushButton, .ac-pushButton-disabled, button');
}

/** Every clipped piece of text under `root`: [{ text, where: 'text' | 'action', how }], each piece once. */
export function findClippedText(root) {
  const found = new Map();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = root.ownerDocument.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) continue;
    const holder = holderOf(node, root);
    if (found.has(holder)) continue;
    for (let element = node.parentElement; element; element = element.parentElement) {
      if (clips(getComputedStyle(element)) && rects.some((r) => outside(r, clipBox(element)))) {
        found.set(holder, {
          text: holder.textContent.replace(/\s+/g, ' ').trim(),
          where: isAction(holder) ? 'action' : 'text',
          how: describe(element, holder),
        });
        break;
      }
      if (element === root) break;
    }
  }
  return Array.from(found.values());
}
