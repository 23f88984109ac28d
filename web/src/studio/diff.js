// The draft against what is live, file by file, side by side (CodeMirror's merge view, read-only).
import { MergeView } from '@codemirror/merge';
import { EditorView } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { yaml } from '@codemirror/lang-yaml';
import { h } from './dom.js';

export function showDiff(main, draft, clearFiles) {
  clearFiles();
  main.replaceChildren(h('h2', {}, 'Cambios frente a lo vigente'));
  const changed = draft.changedPaths();
  if (changed.length === 0) {
    main.append(h('p', { class: 'studio-note', id: 'studio-no-changes' }, 'El borrador es igual a lo vigente.'));
    return;
  }
  const readOnly = [yaml(), EditorView.editable.of(false), EditorState.readOnly.of(true), EditorView.lineWrapping];
  for (const path of changed) {
    const holder = h('div', { class: 'studio-merge', dataset: { file: path } });
    main.append(h('h3', {}, path), h('p', { class: 'studio-note' }, 'Izquierda: vigente · derecha: su borrador'), holder);
    new MergeView({
      a: { doc: draft.original.get(path) ?? '', extensions: readOnly },
      b: { doc: draft.current.get(path) ?? '', extensions: readOnly },
      parent: holder,
      collapseUnchanged: { margin: 3, minSize: 6 },
    });
  }
}
