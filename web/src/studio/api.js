// The studio's calls to /admin/api. Every answer that is not 2xx becomes an Error with the server's title and detail.
const base = document.getElementById('studio')?.dataset.api ?? '/admin/api';

async function call(method, path, body) {
  const response = await fetch(base + path, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? { Accept: 'application/json' } : { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
  if (!response.ok) {
    const error = new Error(payload?.detail || payload?.title || `HTTP ${response.status}`);
    error.status = response.status;
    error.payload = payload;
    throw error;
  }
  return payload;
}

export const api = {
  live: () => call('GET', '/live'),
  revisions: () => call('GET', '/revisions?limit=100'),
  files: (id) => call('GET', `/revisions/${id}/files`),
  check: (draft, focus) => call('POST', '/check', { parent: draft.parent, changes: draft.changes(), focusFile: focus?.file ?? null, focusPath: focus?.idPath ?? null }),
  save: (draft, summary) => call('POST', '/drafts', { parent: draft.parent, changes: draft.changes(), summary }),
  publish: (id) => call('POST', `/revisions/${id}/publish`, {}),
  rollback: (id) => call('POST', `/revisions/${id}/rollback`, {}),
  misses: () => call('GET', '/misses'),
  addExample: (draft, intent, text, language) => call('POST', '/misses/example', { parent: draft.parent, changes: draft.changes(), intent, text, language }),
  dismiss: (key) => call('POST', '/misses/dismiss', { key }),
};
