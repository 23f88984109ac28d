// The content's JSON Schemas (dialogs/schema/, taken from the draft itself) driving errors and completion in the
// YAML editor: @cfworker/json-schema validates the parsed file (it needs no eval, so the page's CSP can forbid it),
// and the error's place in the data is mapped back to the YAML text.
import { Validator } from '@cfworker/json-schema';
import { parseDocument, isMap, isSeq, isScalar, isPair } from 'yaml';

const schemaLine = /^\s*#\s*yaml-language-server:\s*\$schema=(?:\.\.\/)*schema\/([\w.-]+\.json)/m;

export class SchemaSet {
  constructor(files) {
    this.schemas = new Map();
    this.validators = new Map();
    for (const [path, text] of files) {
      if (!path.startsWith('schema/') || !path.endsWith('.json')) continue;
      try {
        const schema = JSON.parse(text);
        const name = path.slice('schema/'.length);
        this.schemas.set(name, schema);
      } catch {
        // A broken schema is reported by the server's check, with its line.
      }
    }
  }

  /** The schema file a YAML file names in its first lines (# yaml-language-server: $schema=../schema/x.schema.json). */
  schemaFor(text) {
    const match = schemaLine.exec(text.slice(0, 500));
    return match && this.schemas.has(match[1]) ? match[1] : null;
  }

  /** CodeMirror diagnostics for one YAML file: syntax errors, then schema errors at the node they are about. */
  diagnose(text) {
    const doc = parseDocument(text, { prettyErrors: false });
    const diagnostics = doc.errors.map((error) => ({
      from: Math.min(error.pos?.[0] ?? 0, text.length), to: Math.min(error.pos?.[1] ?? 0, text.length), severity: 'error', message: error.message,
    }));
    const name = this.schemaFor(text);
    if (diagnostics.length > 0 || !name) return diagnostics;
    const result = this.validator(name)?.validate(doc.toJS());
    if (!result || result.valid) return diagnostics;
    const errors = result.errors;
    const leaves = errors.filter((error) => !wrappers.has(error.keyword)
      || !errors.some((other) => other !== error && other.instanceLocation.startsWith(`${error.instanceLocation}/`)));
    for (const error of leaves) {
      const segments = error.instanceLocation.split('/').slice(1).map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
      const notAllowed = error.keyword === 'false';
      const range = rangeOf(doc, segments, notAllowed);
      diagnostics.push({ from: range[0], to: Math.max(range[1], range[0]), severity: 'error', message: describe(error, segments) });
    }
    return diagnostics;
  }

  validator(name) {
    if (!this.schemas.has(name)) return null;
    if (!this.validators.has(name)) {
      const validator = new Validator(this.schemas.get(name), '7', false);
      for (const [other, schema] of this.schemas) if (other !== name) validator.addSchema(schema);
      this.validators.set(name, validator);
    }
    return this.validators.get(name);
  }

  /** Completion at pos: the keys the schema allows in the map around the cursor, or the values of an enum. */
  complete(text, pos) {
    const name = this.schemaFor(text);
    if (!name) return null;
    const doc = parseDocument(text);
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    const line = text.slice(lineStart, pos);
    const keyValue = /^(\s*(?:-\s+)?)([\w.-]+):\s+([\w-]*)$/.exec(line);
    const indent = /^(\s*(?:-\s+)?)([\w.-]*)$/.exec(line);
    const path = pathAt(doc.contents, pos, lineStart, []);
    if (keyValue) {
      const schema = this.resolve(name, this.at(name, [...(path ?? []), keyValue[2]]));
      const values = schema?.enum ?? (schema?.items && this.resolve(name, schema.items)?.enum);
      if (!values) return null;
      return { from: pos - keyValue[3].length, options: values.map((value) => ({ label: String(value), type: 'enum' })) };
    }
    if (indent && path) {
      const schema = this.resolve(name, this.at(name, path));
      const properties = schema?.properties ? Object.keys(schema.properties) : [];
      if (properties.length === 0) return null;
      return {
        from: pos - indent[2].length,
        options: properties.map((key) => ({ label: key, apply: `${key}: `, type: 'property', detail: this.resolve(name, schema.properties[key])?.description ?? '' })),
      };
    }
    return null;
  }

  /** The subschema for a data path, following properties, items and $ref. */
  at(name, path) {
    let schema = this.resolve(name, this.schemas.get(name));
    for (const segment of path) {
      if (!schema) return null;
      if (typeof segment === 'number') schema = this.resolve(name, schema.items);
      else schema = this.resolve(name, schema.properties?.[segment] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : null));
    }
    return schema;
  }

  resolve(name, schema, depth = 0) {
    if (!schema || depth > 20) return schema;
    if (schema.$ref) {
      const [file, pointer] = schema.$ref.split('#');
      const target = this.schemas.get(file || name);
      let node = target;
      for (const part of (pointer || '').split('/').filter(Boolean)) node = node?.[part];
      return this.resolve(file || name, node, depth + 1);
    }
    const combined = schema.allOf ?? schema.anyOf ?? schema.oneOf;
    if (!schema.properties && combined) {
      return combined.map((part) => this.resolve(name, part, depth + 1)).find((part) => part?.properties) ?? schema;
    }
    return schema;
  }
}

const wrappers = new Set(['properties', '$ref', 'items', 'allOf', 'anyOf', 'oneOf', 'additionalProperties', 'patternProperties', 'propertyNames', 'if', 'then', 'else', 'dependencies']);

function describe(error, segments) {
  if (error.keyword === 'false') return `'${segments[segments.length - 1]}' no está permitido aquí`;
  const required = /required property "([^"]+)"/.exec(error.error);
  if (error.keyword === 'required' && required) return `falta '${required[1]}'`;
  return error.error;
}

/** The text range of the node at a data path (the key itself when keyOnly), or of its nearest existing ancestor. */
function rangeOf(doc, segments, keyOnly) {
  let node = doc.contents;
  let best = node?.range ? [node.range[0], Math.min(node.range[0] + 1, node.range[1])] : [0, 0];
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      if (keyOnly && segment === segments[segments.length - 1] && pair.key.range) return [pair.key.range[0], pair.key.range[1]];
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
    } else {
      break;
    }
    if (!node?.range) break;
    best = isScalar(node) ? [node.range[0], node.range[1]] : [node.range[0], Math.min(node.range[0] + 1, node.range[1])];
  }
  return best;
}

/** The data path of the map the cursor is in (by the YAML nodes' ranges); null outside any. */
function pathAt(node, pos, lineStart, path) {
  if (isMap(node)) {
    for (const pair of node.items) {
      const value = pair.value;
      if (value?.range && (isMap(value) || isSeq(value)) && value.range[0] <= lineStart && pos <= value.range[2] + 1) {
        return pathAt(value, pos, lineStart, [...path, isScalar(pair.key) ? pair.key.value : '']);
      }
    }
    return path;
  }
  if (isSeq(node)) {
    for (let index = 0; index < node.items.length; index++) {
      const item = node.items[index];
      if (item?.range && item.range[0] <= pos && pos <= item.range[2] + 1) return pathAt(item, pos, lineStart, [...path, index]);
    }
    return path;
  }
  return path;
}
