import { type Alias, type Document, isMap, isSeq, LineCounter, parseDocument, visit } from "yaml";
import { type DataError, formatPath } from "./errors.js";

/** A parsed data file that can say where any path in it stands. */
export interface YamlFile {
  file: string;
  value: unknown;
  locate(path: readonly PropertyKey[]): { line: number; column: number };
}

export function parseYamlFile(file: string, text: string): YamlFile | DataError {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const invalid = (offset: number, detail: string): DataError => {
    const pos = lineCounter.linePos(offset);
    const message = `not valid YAML: ${detail}`;
    return { code: "yaml", file, line: pos.line, column: pos.col, path: "", message };
  };
  const first = doc.errors[0];
  if (first) return invalid(first.pos[0], first.message.split("\n")[0] ?? first.message);
  let value: unknown;
  try {
    // a JSON round trip unshares YAML aliases, so each record owns its copy of an anchored value
    value = JSON.parse(JSON.stringify(doc.toJS({ maxAliasCount: 100 }) ?? null));
  } catch (error) {
    // an alias whose anchor is not in this file (anchors do not cross files), or too many aliases
    const alias = firstUnresolvedAlias(doc);
    const detail = alias
      ? `the alias *${alias.source} names no anchor &${alias.source} earlier in this file (anchors do not reach across files)`
      : error instanceof Error
        ? error.message
        : String(error);
    return invalid(alias?.range?.[0] ?? 0, detail);
  }
  // the parsed document is many times the size of its value: keep only the text, and parse it
  // again to locate a problem (rare), so a large corpus does not hold every file's tree at once
  let located: { doc: Document; lines: LineCounter } | undefined;
  const locate = (path: readonly PropertyKey[]) => {
    if (!located) {
      const lines = new LineCounter();
      located = { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true }), lines };
    }
    return locateInDocument(located.doc, located.lines, path);
  };
  return { file, value, locate };
}

function locateInDocument(doc: Document, lines: LineCounter, path: readonly PropertyKey[]) {
  // walk down as far as the path exists: a missing field is reported at its parent
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (pair) {
        const keyRange = (pair.key as { range?: [number] }).range;
        if (keyRange) offset = keyRange[0];
        next = pair.value;
      }
    } else if (isSeq(node) && typeof key === "number") {
      next = node.items[key];
    }
    if (next === undefined || next === null) break;
    const range = (next as { range?: [number] }).range;
    if (range && !isMap(node)) offset = range[0];
    node = next;
  }
  const pos = lines.linePos(offset);
  return { line: pos.line, column: pos.col };
}

export function errorAt(
  yaml: YamlFile,
  path: readonly PropertyKey[],
  code: DataError["code"],
  message: string,
): DataError {
  const { line, column } = yaml.locate(path);
  return { code, file: yaml.file, line, column, path: formatPath(path), message };
}

function firstUnresolvedAlias(doc: Document): Alias | undefined {
  const anchors = new Set<string>();
  let found: Alias | undefined;
  visit(doc, {
    Node(_, node) {
      if (node.anchor) anchors.add(node.anchor);
    },
    Alias(_, node) {
      if (!anchors.has(node.source)) {
        found = node;
        return visit.BREAK;
      }
    },
  });
  return found;
}
