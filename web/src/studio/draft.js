// The admin's draft: the live revision it started from (its parent) and the text of every file, changed or not.
export class Draft {
  constructor(revision, files) {
    this.parent = revision.id;
    this.revision = revision;
    this.original = new Map(files.map((file) => [file.path, file.text]));
    this.current = new Map(this.original);
    this.listeners = new Set();
  }

  paths() { return [...this.current.keys()].sort(); }

  text(path) { return this.current.get(path) ?? ''; }

  set(path, text, source) {
    if (this.current.get(path) === text) return;
    this.current.set(path, text);
    for (const listener of this.listeners) listener(path, source);
  }

  changedPaths() { return this.paths().filter((path) => this.current.get(path) !== this.original.get(path)); }

  changes() { return this.changedPaths().map((path) => ({ path, text: this.current.get(path) })); }

  isDirty() { return this.changedPaths().length > 0; }

  onChange(listener) { this.listeners.add(listener); return () => this.listeners.delete(listener); }
}
