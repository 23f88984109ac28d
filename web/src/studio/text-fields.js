// Finds the texts of a YAML file that exist in Spanish and English (maps with `es`/`en` scalars) and changes one
// of them by splicing its exact place in the file, so comments, order and every other byte stay as they were.
import { parseDocument, isMap, isSeq, isScalar } from 'yaml';

/** [{ path, idPath, label, es, en }] — path: keys and sequence indexes; idPath: the same with items named by their id. */
export function localizedTexts(text) {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  const found = [];
  walk(doc.contents, [], [], found);
  return found;
}

const plumbing = new Set(['phrases', 'texts', 'text', 'steps', 'items']);

function labelOf(idPath) {
  const meaningful = idPath.filter((segment) => segment !== '' && !plumbing.has(segment));
  return (meaningful.length > 0 ? meaningful : idPath).join(' › ') || '(raíz)';
}

function idOf(node) {
  if (!isMap(node)) return null;
  const id = node.get('id', true);
  return isScalar(id) ? String(id.value) : null;
}

function walk(node, path, idPath, found) {
  if (isMap(node)) {
    const es = node.get('es', true);
    const en = node.get('en', true);
    if ((isScalar(es) && typeof es.value === 'string') || (isScalar(en) && typeof en.value === 'string')) {
      found.push({
        path, idPath,
        label: labelOf(idPath),
        es: isScalar(es) ? String(es.value ?? '') : null,
        en: isScalar(en) ? String(en.value ?? '') : null,
      });
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null || key === 'es' || key === 'en' || key === 'id') continue;
      walk(pair.value, [...path, key], [...idPath, key], found);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const id = idOf(item);
      walk(item, [...path, index], [...idPath, id ?? `#${index + 1}`], found);
    });
  }
}

/** The file with the text at path + language replaced by value; null when that place no longer exists. */
export function replaceText(text, path, language, value) {
  const doc = parseDocument(text);
  const node = doc.getIn([...path, language], true);
  if (!isScalar(node) || !node.range) return null;
  const [start, end] = node.range;
  return text.slice(0, start) + quote(value, node.type) + text.slice(end);
}

const safePlain = /^[\p{L}\p{N}¿¡(][\p{L}\p{N}\p{M} ,.;¿?¡!()'’/%$€+\-–—…]*$/u;
const otherTypes = /^(true|false|null|yes|no|on|off|~|[-+]?(\d[\d_]*)?(\.\d+)?([eE][-+]?\d+)?)$/i;

/** A YAML scalar for value: plain when that reads back the same, else double-quoted (as the server's editor does). */
export function quote(value, originalType) {
  if (originalType !== 'QUOTE_DOUBLE' && value === value.trim() && safePlain.test(value) && !otherTypes.test(value)) return value;
  let out = '"';
  for (const c of value) {
    const code = c.codePointAt(0);
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return out + '"';
}
