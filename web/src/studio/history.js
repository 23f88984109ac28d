// Who changed what and when, and rollback: publishing an older revision again, as a new revision.
import { api } from './api.js';
import { h, timeAgo } from './dom.js';

const origins = { Seed: 'contenido de fábrica', Folder: 'carpeta', Studio: 'estudio', Import: 'importado', Teams: 'Teams', Rollback: 'restauración' };

export async function showHistory(main, { clearFiles, rollback, say }) {
  clearFiles();
  main.replaceChildren(h('h2', {}, 'Historial'));
  let revisions;
  try {
    revisions = await api.revisions();
  } catch (error) {
    say(`No se pudo leer el historial: ${error.message}`, 'error');
    return;
  }
  const table = h('table', { class: 'studio-history', id: 'studio-history-table' },
    h('thead', {}, h('tr', {}, ...['Revisión', 'Cuándo', 'Quién', 'Qué', 'Origen', 'Estado', ''].map((title) => h('th', { scope: 'col' }, title)))));
  const body = h('tbody');
  for (const revision of revisions) {
    const status = revision.live ? 'vigente' : revision.publishedAt ? `publicada ${timeAgo(revision.publishedAt)}` : 'borrador';
    body.append(h('tr', { dataset: { revision: revision.id } },
      h('td', {}, `${revision.id}${revision.parent ? ` ← ${revision.parent}` : ''}`),
      h('td', {}, timeAgo(revision.createdAt)),
      h('td', {}, revision.author),
      h('td', {}, revision.summary),
      h('td', {}, origins[revision.origin] ?? revision.origin),
      h('td', {}, status),
      h('td', {}, revision.live ? '' : h('button', { type: 'button', class: 'studio-rollback', onclick: () => rollback(revision) }, 'Publicar esta versión de nuevo'))));
  }
  table.append(body);
  main.append(table);
}
