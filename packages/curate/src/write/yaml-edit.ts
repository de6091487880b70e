import { isDeepStrictEqual } from "node:util";
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  parseDocument,
  visit,
  type YAMLSeq,
} from "yaml";

/**
 * Edits to a YAML data file that touch only the record written. The `yaml` Document API finds
 * where things stand; the new record alone is rendered and spliced into the original text, so every
 * other byte (comments, anchors, order, quoting, line breaks) stays as the curator left it.
 * Re-rendering the whole document would refold long strings and reflow flow maps.
 */
export class YamlEditError extends Error {}

export function load(text: string) {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (doc.errors.length) throw new YamlEditError(`not valid YAML: ${doc.errors[0]?.message}`);
  return doc;
}

export function sequenceAt(doc: Document, path: readonly string[]): YAMLSeq {
  const node = doc.getIn(path, true);
  if (!isSeq(node)) throw new YamlEditError(`${path.join(".")} is not a list in this file`);
  return node;
}

/** A value as the data files write it: scalar-only maps and lists inline, long text unfolded. */
export function renderValue(
  value: unknown,
  style: { paddedLists?: boolean; blockMap?: boolean } = {},
): string {
  const doc = new Document(value);
  visit(doc, {
    Pair(_, pair) {
      // quotes are the sources' words: always quoted, so no character of them reads as YAML
      if (isScalar(pair.key) && pair.key.value === "quote" && isScalar(pair.value)) {
        pair.value.type = "QUOTE_DOUBLE";
      }
    },
    Map(_, node) {
      // a map of fields written into a record stays a block: its keys are the record's own
      if (style.blockMap && node === doc.contents) return;
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
export function paddedLists(text: string): boolean {
  return /: \[ [\w-]/.test(text) && !/: \[[\w-]/.test(text);
}

export function indentOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return offset - lineStart;
}

function leadingSpaces(text: string, offset: number): number {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^ */.exec(text.slice(lineStart))?.[0].length ?? 0;
}

export function asItem(rendered: string, indent: number): string {
  const pad = " ".repeat(indent);
  return rendered
    .split("\n")
    .map((line, i) => (i === 0 ? `${pad}- ${line}` : line ? `${pad}  ${line}` : line))
    .join("\n");
}

/**
 * Confirms that `after` reads as `before` with nothing changed but the list at `path`, changed as
 * `change` changes it; else a YamlEditError, and nothing is written.
 */
export function checkListEdit(
  before: string,
  after: string,
  path: readonly string[],
  change: (list: unknown[]) => void,
): string {
  const oldValue = load(before).toJS({ maxAliasCount: -1 });
  let newValue: unknown;
  try {
    newValue = load(after).toJS({ maxAliasCount: -1 });
  } catch (error) {
    // an anchor the record defined, that other records use, would be gone
    throw new YamlEditError(`the edit would break the file (${(error as Error).message})`);
  }
  const expected = structuredClone(oldValue) as Record<string, unknown>;
  change(path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], expected) as unknown[]);
  if (!isDeepStrictEqual(newValue, expected)) {
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
  return checkListEdit(text, next, path, (list) => {
    list.push(value);
  });
}
