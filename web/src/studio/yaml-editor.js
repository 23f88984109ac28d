// The YAML view: CodeMirror 6 with YAML highlighting, errors as you type (syntax and JSON Schema, then the server's
// checks with their file:line:column) and completion of keys and values from the schema.
import { EditorView, basicSetup } from 'codemirror';
import { EditorState, Compartment } from '@codemirror/state';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, forceLinting } from '@codemirror/lint';
import { autocompletion } from '@codemirror/autocomplete';

export function createYamlEditor(parent, { text, schemas, onChange, serverDiagnostics }) {
  const schemaLint = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        yaml(),
        lintGutter(),
        schemaLint.of(linter((editor) => [...schemas().diagnose(editor.state.doc.toString()), ...serverDiagnostics(editor.state.doc)], { delay: 300 })),
        autocompletion({ override: [(context) => schemas().complete(context.state.doc.toString(), context.pos)] }),
        EditorView.updateListener.of((update) => { if (update.docChanged) onChange(update.state.doc.toString()); }),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': 'YAML' }),
      ],
    }),
  });
  return {
    view,
    setText(next) {
      if (view.state.doc.toString() !== next) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
    },
    relint() { forceLinting(view); },
    goTo(line, column) {
      const target = view.state.doc.line(Math.min(Math.max(line, 1), view.state.doc.lines));
      const pos = Math.min(target.from + Math.max(column - 1, 0), target.to);
      view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
      view.focus();
    },
    destroy() { view.destroy(); },
  };
}
