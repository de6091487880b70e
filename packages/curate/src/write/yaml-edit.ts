import { isDeepStrictEqual } from "node:util";
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";

/**
 * Edits to a YAML data file that touch only the record written. The `yaml` Document API finds
 * where things stand; the new record alone is rendered and spliced into the original text, so every
 * other byte (comments, anchors, order, quoting, line breaks) stays as the curator left it.
 * Re-rendering the whole document would refold long strings and reflow flow maps.
 */
export class YamlEditError extends Error {}

function load(text: string) {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length) throw new YamlEditError(`not valid YAML: ${doc.errors[0]?.message}`);
  return doc;
}

function sequenceAt(doc: Document, path: readonly string[]): YAMLSeq {
  const node = doc.getIn(path, true);
  if (!isSeq(node)) throw new YamlEditError(`${path.join(".")} is not a list in this file`);
  return node;
}

/** A value as the data files write it: scalar-only maps and lists inline, long text unfolded. */
export function renderValue(value: unknown, style: { paddedLists?: boolean } = {}): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      // quotes are the sources' words: always quoted, so no character of them reads as YAML
      if (isScalar(pair.key) && pair.key.value === "quote" && isScalar(pair.value)) {
        pair.value.type = "QUOTE_DOUBLE";
      }
    },
    Map(_, node) {
      if (node.items.every((p) => isScalar(p.value))) node.flow = true;
    },
    Seq(_, node) {
      if (node.items.every((i) => isScalar(i) || (isMap(i) && i.flow))) {
        node.flow = node.items.every(isScalar);
      }
    },
  });
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).replace(/\n$/, "");
  // lists of ids as the file at hand writes them: [a, b] or [ a, b ]
  return style.paddedLists ? text : text.replace(/\[ ([\w, -]*) \]$/gm, "[$1]");
}

/** Whether a file writes its inline lists of ids with inner spaces, [ a, b ]. */
function paddedLists(text: string): boolean {
  return /: \[ [\w-]/.test(text) && !/: \[[\w-]/.test(text);
}

function indentOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return offset - lineStart;
}

function leadingSpaces(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
}

function asItem(rendered: string, indent: number): string {
  const pad = " ".repeat(indent);
  return rendered
    .split("\n")
    .map((line, i) => (i === 0 ? `${pad}- ${line}` : line ? `${pad}  ${line}` : line))
    .join("\n");
}

function check(before: string, after: string, expected: (old: unknown) => unknown): string {
  const oldValue = load(before).toJS({ maxAliasCount: -1 });
  let newValue: unknown;
  try {
    newValue = load(after).toJS({ maxAliasCount: -1 });
  } catch (error) {
    // an anchor the record defined, that other records use, would be gone
    throw new YamlEditError(`the edit would break the file (${(error as Error).message})`);
  }
  if (!isDeepStrictEqual(newValue, expected(oldValue))) {
    throw new YamlEditError(
      "the edit would change more than the record written; nothing was written",
    );
  }
  return after;
}

/** Appends a value to the list at `path` (e.g. ["statements"]), leaving the rest untouched. */
export function appendToList(text: string, path: readonly string[], value: unknown): string {
  const doc = load(text);
  const seq = sequenceAt(doc, path);
  const rendered = renderValue(value, { paddedLists: paddedLists(text) });
  let next: string;
  const [start, end] = seq.range ?? [0, 0];
  if (seq.flow && seq.items.length === 0 && typeof value === "object" && value !== null) {
    // `statements: []` becomes a block list with its first record
    const keyIndent = leadingSpaces(text, start);
    next = `${text.slice(0, start).replace(/[ \t]*$/, "")}\n${asItem(rendered, keyIndent + 2)}${text.slice(end)}`;
  } else if (seq.flow) {
    if (rendered.includes("\n")) throw new YamlEditError(`${path.join(".")} is an inline list`);
    const close = text.lastIndexOf("]", end);
    const inner = text.slice(start + 1, close);
    const sep = inner.trim() ? ", " : "";
    next = `${text.slice(0, close).replace(/\s*$/, "")}${sep}${rendered}${text.slice(close)}`;
  } else {
    const last = seq.items[seq.items.length - 1] as Node | undefined;
    const itemStart = (seq.items[0] as Node | undefined)?.range?.[0] ?? start;
    const indent = Math.max(0, indentOf(text, itemStart) - 2);
    const lastEnd = last?.range?.[1] ?? end;
    // after the last item's final line, before any comment or blank line that follows it
    const lineEnd = text.indexOf("\n", lastEnd - 1);
    const at = lineEnd < 0 ? text.length : lineEnd;
    const tail = at === text.length ? "\n" : "";
    next = `${text.slice(0, at)}\n${asItem(rendered, indent)}${tail}${text.slice(at)}`;
  }
  return check(text, next, (old) => {
    const copy = structuredClone(old) as Record<string, unknown>;
    const list = path.reduce<unknown>(
      (o, k) => (o as Record<string, unknown>)[k],
      copy,
    ) as unknown[];
    list.push(value);
    return copy;
  });
}

/** Replaces the record with this id in the list at `path`; comments outside it are kept. */
export function replaceInList(
  text: string,
  path: readonly string[],
  id: string,
  value: unknown,
): string {
  const doc = load(text);
  const seq = sequenceAt(doc, path);
  const index = seq.items.findIndex((item) => isMap(item) && (item as YAMLMap).get("id") === id);
  const item = seq.items[index] as Node | undefined;
  if (!item?.range || seq.flow) throw new YamlEditError(`no record "${id}" in ${path.join(".")}`);
  const [start, valueEnd] = item.range;
  const indent = indentOf(text, start) - 2;
  const body = asItem(renderValue(value, { paddedLists: paddedLists(text) }), indent).slice(
    indent + 2,
  );
  const end = text[valueEnd - 1] === "\n" ? valueEnd - 1 : valueEnd;
  const next = `${text.slice(0, start)}${body}${text.slice(end)}`;
  return check(text, next, (old) => {
    const copy = structuredClone(old) as Record<string, unknown>;
    const list = path.reduce<unknown>(
      (o, k) => (o as Record<string, unknown>)[k],
      copy,
    ) as unknown[];
    list[index] = value;
    return copy;
  });
}
