// Teams' markdown subset for card text: **bold**, _italic_ / *italic*, [text](url), "- " / "* " / "1. " lists and
// line breaks. Any HTML in the text is shown as text, as Teams does.
function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text) {
  return escapeHtml(text)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_([^_\s][^_]*)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

export function teamsMarkdownToHtml(text) {
  let html = '';
  let list = null;
  for (const line of String(text).split(/\r?\n/)) {
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    const kind = bullet ? 'ul' : numbered ? 'ol' : null;
    if (kind !== list) {
      if (list) html += `</${list}>`;
      if (kind) html += `<${kind}>`;
      list = kind;
    }
    html += kind ? `<li>${inline((bullet || numbered)[1])}</li>` : `<p>${inline(line) || '&nbsp;'}</p>`;
  }
  if (list) html += `</${list}>`;
  return html;
}
