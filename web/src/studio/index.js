// The content studio (/admin): the dialog content as an admin thinks of it, es/en side by side, a YAML view with
// the JSON Schemas, a live card preview at phone width, the same checks as `content validate`, a diff against what
// is live, publish with a summary, and the history with rollback. Works in a browser and in the Teams tab.
import { api } from './api.js';
import { Draft } from './draft.js';
import { sections, sectionOf } from './sections.js';
import { localizedTexts, replaceText } from './text-fields.js';
import { SchemaSet } from './schema.js';
import { createYamlEditor } from './yaml-editor.js';
import { renderPreviews } from './preview.js';
import { showDiff } from './diff.js';
import { showHistory } from './history.js';
import { showRoster } from './roster.js';
import { showMisses } from './misses.js';
import { h, timeAgo } from './dom.js';
import css from './studio.css';

const root = document.getElementById('studio');
const state = {
  draft: null,
  schemas: null,
  section: 'texts',
  file: null,
  view: 'form',
  focus: null,
  errors: [],
  previews: [],
  language: 'es',
  editor: null,
  checkTimer: null,
  checkSequence: 0,
};

document.head.append(h('style', {}, css));
const ui = {
  status: h('p', { id: 'studio-status', role: 'status', 'aria-live': 'polite' }),
  live: h('p', { class: 'studio-live' }),
  nav: h('nav', { class: 'studio-nav', 'aria-label': 'Secciones' }),
  files: h('div', { class: 'studio-files', role: 'tablist' }),
  main: h('div', { class: 'studio-main' }),
  previews: h('div', { class: 'studio-previews', id: 'studio-previews' }),
  errors: h('ul', { class: 'studio-errors', id: 'studio-errors' }),
  summary: h('input', { id: 'studio-summary', type: 'text', maxlength: 500, placeholder: 'Qué cambió (para el historial)', 'aria-label': 'Resumen del cambio' }),
  publish: h('button', { id: 'studio-publish', type: 'button', class: 'primary' }, 'Publicar'),
  save: h('button', { id: 'studio-save', type: 'button' }, 'Guardar borrador'),
  discard: h('button', { id: 'studio-discard', type: 'button' }, 'Descartar cambios'),
  changed: h('span', { class: 'studio-changed', id: 'studio-changed' }),
};

function say(text, kind = 'info') {
  ui.status.textContent = text;
  ui.status.dataset.kind = kind;
}

async function start() {
  root.append(
    h('header', { class: 'studio-header' }, h('h1', {}, 'Estudio de contenido'), ui.live),
    h('div', { class: 'studio-body' },
      ui.nav,
      h('div', { class: 'studio-work' }, ui.files, ui.main),
      h('aside', { class: 'studio-side' },
        h('div', { class: 'studio-side-head' }, h('h2', {}, 'Vista previa (teléfono)'),
          h('div', { class: 'studio-lang', role: 'group', 'aria-label': 'Idioma de la vista previa' },
            h('button', { type: 'button', id: 'preview-es', 'aria-pressed': 'true', onclick: () => setLanguage('es') }, 'Español'),
            h('button', { type: 'button', id: 'preview-en', 'aria-pressed': 'false', onclick: () => setLanguage('en') }, 'English'))),
        ui.previews,
        h('h2', {}, 'Validación'),
        ui.errors)),
    h('footer', { class: 'studio-footer' }, ui.changed, ui.summary, ui.save, ui.publish, ui.discard, ui.status),
  );
  ui.publish.addEventListener('click', publish);
  ui.save.addEventListener('click', saveDraft);
  ui.discard.addEventListener('click', () => loadLive('Cambios descartados.'));
  await loadLive();
}

async function loadLive(message) {
  say('Cargando el contenido vigente…');
  const live = await api.live();
  state.draft = new Draft(live.revision, live.files);
  state.schemas = new SchemaSet(state.draft.current);
  state.draft.onChange(() => { updateChanged(); scheduleCheck(); });
  ui.live.textContent = `Vigente: revisión ${live.revision.id} (${live.revision.hash}) · ${live.revision.publishedBy ?? live.revision.author} · ${timeAgo(live.revision.publishedAt ?? live.revision.createdAt)}`;
  ui.summary.value = '';
  renderNav();
  showSection(state.section);
  updateChanged();
  say(message ?? 'Listo.');
  await check();
}

function renderNav() {
  ui.nav.replaceChildren(
    ...sections.filter((section) => state.draft.paths().some(section.match)).map((section) =>
      h('button', { type: 'button', class: 'studio-nav-item', 'aria-current': section.id === state.section ? 'page' : null, dataset: { section: section.id }, onclick: () => showSection(section.id) }, section.title)),
    h('hr'),
    h('button', { type: 'button', class: 'studio-nav-item', id: 'studio-diff', onclick: () => showDiff(ui.main, state.draft, clearFiles) }, 'Cambios frente a lo vigente'),
    h('button', { type: 'button', class: 'studio-nav-item', id: 'studio-history', onclick: () => showHistory(ui.main, { clearFiles, rollback, say }) }, 'Historial'),
    h('button', { type: 'button', class: 'studio-nav-item', id: 'studio-misses', onclick: () => showMisses(ui.main, { clearFiles, say, draft: state.draft }) }, 'Lo que no se entendió'),
    h('hr'),
    h('button', { type: 'button', class: 'studio-nav-item', id: 'studio-roster-link', onclick: () => showRoster(ui.main, { clearFiles, say }) }, 'Personas y equipos'),
  );
}

function clearFiles() {
  destroyEditor();
  ui.files.replaceChildren();
  for (const button of ui.nav.querySelectorAll('[aria-current]')) button.removeAttribute('aria-current');
}

function showSection(id) {
  state.section = id;
  for (const button of ui.nav.querySelectorAll('.studio-nav-item')) {
    if (button.dataset.section === id) button.setAttribute('aria-current', 'page'); else button.removeAttribute('aria-current');
  }
  const paths = state.draft.paths().filter((path) => sectionOf(path).id === id);
  if (!paths.includes(state.file)) state.file = paths[0] ?? null;
  ui.files.replaceChildren(
    ...paths.map((path) => h('button', { type: 'button', role: 'tab', 'aria-selected': String(path === state.file), dataset: { file: path }, onclick: () => { state.file = path; showSection(id); } }, path)),
    h('span', { class: 'studio-view-toggle', role: 'group', 'aria-label': 'Vista' },
      h('button', { type: 'button', id: 'view-form', 'aria-pressed': String(state.view === 'form'), onclick: () => { state.view = 'form'; showSection(id); } }, 'Formulario'),
      h('button', { type: 'button', id: 'view-yaml', 'aria-pressed': String(state.view === 'yaml'), onclick: () => { state.view = 'yaml'; showSection(id); } }, 'YAML')),
  );
  renderFile();
}

function destroyEditor() {
  state.editor?.destroy();
  state.editor = null;
}

function renderFile() {
  destroyEditor();
  ui.main.replaceChildren();
  if (!state.file) return;
  const text = state.draft.text(state.file);
  const markdown = state.file.endsWith('.md');
  const texts = state.view === 'form' && !markdown ? localizedTexts(text) : null;
  if (markdown || state.view === 'yaml' || texts === null || texts.length === 0) {
    if (markdown) {
      const page = state.file.replace(/^pages\/([\w-]+)\.(\w+)\.md$/, '/$1?lang=$2');
      ui.main.append(h('p', { class: 'studio-note' }, 'Página en Markdown, publicada en ', h('a', { href: page, target: '_blank', rel: 'noopener' }, page), ' (se ve así en cuanto publique).'));
    } else if (state.view === 'form') {
      ui.main.append(h('p', { class: 'studio-note' }, texts === null ? 'El archivo tiene un error de sintaxis: corríjalo en la vista YAML.' : 'Este archivo no tiene textos en español e inglés: edítelo en la vista YAML.'));
    }
    const holder = h('div', { class: 'studio-editor', id: 'studio-editor' });
    ui.main.append(holder);
    const file = state.file;
    state.editor = createYamlEditor(holder, {
      text,
      markdown,
      schemas: () => state.schemas,
      onChange: (next) => state.draft.set(file, next, 'yaml'),
      serverDiagnostics: (doc) => state.errors.filter((error) => error.file === file && error.line > 0 && error.line <= doc.lines).map((error) => {
        const line = doc.line(error.line);
        const from = Math.min(line.from + Math.max(error.column - 1, 0), line.to);
        return { from, to: line.to, severity: 'error', message: error.message, source: 'content validate' };
      }),
    });
    return;
  }

  const table = h('div', { class: 'studio-texts', role: 'table', 'aria-label': `Textos de ${state.file}` },
    h('div', { class: 'studio-texts-row studio-texts-head', role: 'row' },
      h('span', { role: 'columnheader' }, 'Texto'), h('span', { role: 'columnheader' }, 'Español'), h('span', { role: 'columnheader' }, 'English')));
  for (const item of texts) {
    table.append(h('div', { class: 'studio-texts-row', role: 'row', dataset: { path: item.idPath.join('/') } },
      h('span', { class: 'studio-texts-label', role: 'rowheader' }, item.label),
      field(item, 'es'), field(item, 'en')));
  }
  ui.main.append(table);
}

function field(item, language) {
  if (item[language] === null) return h('span', { role: 'cell', class: 'studio-missing' }, '—');
  const file = state.file;
  const input = h('textarea', {
    role: 'cell', rows: Math.min(6, Math.max(2, Math.ceil(item[language].length / 34))), lang: language,
    'aria-label': `${item.label} (${language === 'es' ? 'español' : 'English'})`, dataset: { language },
  });
  input.value = item[language];
  input.addEventListener('focus', () => { state.focus = { file, idPath: item.idPath }; scheduleCheck(); });
  input.addEventListener('input', () => {
    const next = replaceText(state.draft.text(file), item.path, language, input.value);
    if (next !== null) state.draft.set(file, next, 'form');
  });
  return input;
}

function setLanguage(language) {
  state.language = language;
  document.getElementById('preview-es').setAttribute('aria-pressed', String(language === 'es'));
  document.getElementById('preview-en').setAttribute('aria-pressed', String(language === 'en'));
  renderPreviews(ui.previews, state.previews, state.language);
}

function updateChanged() {
  const changed = state.draft.changedPaths();
  ui.changed.textContent = changed.length === 0 ? 'Sin cambios' : `Cambiado: ${changed.join(', ')}`;
  ui.publish.disabled = changed.length === 0;
  ui.save.disabled = changed.length === 0;
}

function scheduleCheck() {
  clearTimeout(state.checkTimer);
  state.checkTimer = setTimeout(check, 350);
}

async function check() {
  const sequence = ++state.checkSequence;
  root.dataset.checking = 'true';
  try {
    const result = await api.check(state.draft, state.focus);
    if (sequence !== state.checkSequence) return;
    state.errors = result.errors;
    if (result.previews) {
      state.previews = result.previews;
      renderPreviews(ui.previews, state.previews, state.language);
    }
    renderErrors();
    state.editor?.relint();
  } catch (error) {
    say(`No se pudo revisar el borrador: ${error.message}`, 'error');
  } finally {
    if (sequence === state.checkSequence) root.dataset.checking = 'false';
  }
}

function renderErrors() {
  ui.errors.replaceChildren(...(state.errors.length === 0
    ? [h('li', { class: 'studio-ok' }, 'Sin errores: se puede publicar.')]
    : state.errors.map((error) => h('li', {},
      h('button', { type: 'button', class: 'studio-error-link', onclick: () => goToError(error) }, error.formatted)))));
}

function goToError(error) {
  if (!state.draft.current.has(error.file)) return;
  state.section = sectionOf(error.file).id;
  state.file = error.file;
  state.view = 'yaml';
  showSection(state.section);
  state.editor?.goTo(error.line, error.column);
}

async function saveDraft() {
  const summary = ui.summary.value.trim();
  if (!summary) { say('Escriba qué cambió antes de guardar.', 'error'); ui.summary.focus(); return null; }
  const saved = await api.save(state.draft, summary);
  state.errors = saved.errors;
  renderErrors();
  say(saved.errors.length === 0
    ? `Borrador guardado como revisión ${saved.revision.id}.`
    : `Borrador guardado como revisión ${saved.revision.id} con ${saved.errors.length} error(es): no se puede publicar hasta corregirlos.`, saved.errors.length === 0 ? 'info' : 'error');
  return saved;
}

async function publish() {
  try {
    const saved = await saveDraft();
    if (!saved || saved.errors.length > 0) return;
    await api.publish(saved.revision.id);
    await loadLive(`Publicado: revisión ${saved.revision.id}. Los agentes la reciben en segundos.`);
  } catch (error) {
    if (error.status === 409) {
      say(`Otra persona publicó la revisión ${error.payload?.live} mientras usted editaba; su cambio quedó guardado como borrador. Descarte, vuelva a hacer su cambio sobre lo vigente y publique.`, 'error');
    } else if (error.status === 422) {
      state.errors = error.payload?.errors ?? [];
      renderErrors();
      say('La revisión tiene errores y no se publicó.', 'error');
    } else {
      say(`No se pudo publicar: ${error.message}`, 'error');
    }
  }
}

async function rollback(revision) {
  try {
    const result = await api.rollback(revision.id);
    await loadLive(`Restaurada la revisión ${revision.id}: publicada como revisión ${result.revision.id}.`);
  } catch (error) {
    say(`No se pudo restaurar: ${error.message}`, 'error');
  }
}

// In the Teams tab, tell Teams the page loaded (never wait for it: outside Teams it would time out).
if (root.dataset.inTeams === 'true') window.ServiceBotTeamsTab?.start().catch(() => {});
start().catch((error) => say(`No se pudo abrir el estudio: ${error.message}`, 'error'));
