import { isDeepStrictEqual } from "node:util";
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import {
  asItem,
  checkListEdit,
  indentOf,
  load,
  paddedLists,
  renderValue,
  sequenceAt,
  YamlEditError,
} from "./yaml-edit.js";

/**
 * Rewrites the record with this id in the list at `path` so that it equals `value`, touching only
 * the fields that differ. The `yaml` Document API finds each node; each changed field alone is
 * rendered and spliced in, so comments inside the record, anchors, key order, quoting and layout of
 * everything unchanged keep their bytes. Rendering the whole document with `toString()` would not:
 * the curated files mix `[a]` and `[ a ]` and fold long text by hand, which it would rewrite.
 */
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
  if (!item?.range || seq.flow || !isMap(item) || item.flow)
    throw new YamlEditError(`no record "${id}" in ${path.join(".")}`);
  const edits: Edit[] = [];
  const before = item.toJS(doc, { maxAliasCount: -1 });
  diffNode({ text, padded: paddedLists(text), edits }, item, before, value);
  let next = text;
  // from the end, so offsets hold; of two insertions at one place, the one made first stays first
  const order = edits.map((e, i) => ({ ...e, i }));
  for (const e of order.sort((a, b) => b.start - a.start || b.end - a.end || b.i - a.i))
    next = next.slice(0, e.start) + e.text + next.slice(e.end);
  return checkListEdit(text, next, path, (list) => {
    list[index] = value;
  });
}

type Edit = { start: number; end: number; text: string };
type Ctx = { text: string; padded: boolean; edits: Edit[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const lineStart = (text: string, at: number) => text.lastIndexOf("\n", at - 1) + 1;

// the end of the line a node's value ends on (a block scalar's range already takes its newline)
function lineEnd(text: string, valueEnd: number): number {
  const at = text.indexOf("\n", valueEnd - 1);
  return at < 0 ? text.length : at;
}

// where a node's value ends, not counting the newline a block scalar keeps
function valueEnd(text: string, node: Node): number {
  const end = (node.range as [number, number, number])[1];
  return text[end - 1] === "\n" ? end - 1 : end;
}

function diffNode(ctx: Ctx, node: Node, before: unknown, after: unknown): void {
  if (isDeepStrictEqual(before, after)) return;
  if (isMap(node) && !node.flow && isObject(after) && isObject(before))
    diffMap(ctx, node, before, after);
  else if (isSeq(node) && !node.flow && Array.isArray(after) && Array.isArray(before))
    diffSeq(ctx, node, before, after);
  else replaceNode(ctx, node, after);
}

function diffMap(
  ctx: Ctx,
  node: YAMLMap,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): void {
  const seen = new Set<string>();
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    if (!isScalar(pair.key) || !pair.key.range) throw new YamlEditError("a key is not plain text");
    const key = String(pair.key.value);
    seen.add(key);
    if (after[key] === undefined) ctx.edits.push(removal(ctx.text, pair.key, pair.value));
    else if (!pair.value?.range) replaceNode(ctx, pair.key, { [key]: after[key] }, true);
    else diffNode(ctx, pair.value, before[key], after[key]);
  }
  const added = Object.entries(after).filter(([k, v]) => !seen.has(k) && v !== undefined);
  const last = node.items.at(-1) as Pair<Node, Node | null> | undefined;
  const first = node.items[0]?.key as Node | undefined;
  if (!added.length || !last || !first?.range) return;
  const at = lineEnd(ctx.text, ((last.value ?? last.key).range as number[])[1] as number);
  const pad = " ".repeat(indentOf(ctx.text, first.range[0]));
  const rendered = renderValue(Object.fromEntries(added), {
    paddedLists: ctx.padded,
    blockMap: true,
  });
  const lines = rendered.split("\n").map((l) => (l ? pad + l : l));
  ctx.edits.push({ start: at, end: at, text: `\n${lines.join("\n")}` });
}

function diffSeq(ctx: Ctx, node: YAMLSeq, before: unknown[], after: unknown[]): void {
  const items = node.items as Node[];
  const first = items[0];
  if (!first?.range || after.length === 0) {
    replaceNode(ctx, node, after);
    return;
  }
  items.forEach((item, i) => {
    if (i < after.length) diffNode(ctx, item, before[i], after[i]);
    else ctx.edits.push(removal(ctx.text, item, item));
  });
  if (after.length <= items.length) return;
  const at = lineEnd(ctx.text, valueEnd(ctx.text, items.at(-1) as Node) + 1);
  const indent = Math.max(0, indentOf(ctx.text, first.range[0]) - 2);
  const added = after
    .slice(items.length)
    .map((v) => asItem(renderValue(v, { paddedLists: ctx.padded }), indent));
  ctx.edits.push({ start: at, end: at, text: `\n${added.join("\n")}` });
}

// whole lines, from a key's (or a list item's dash's) line to its value's last line
function removal(text: string, from: Node, to: Node | null): Edit {
  const start = lineStart(text, (from.range as number[])[0] as number);
  if (
    text
      .slice(start, (from.range as number[])[0])
      .trim()
      .replace(/^-$/, "")
  )
    throw new YamlEditError("a field shares its line with another and cannot be removed alone");
  const end = lineEnd(text, ((to ?? from).range as number[])[1] as number);
  return { start, end: Math.min(text.length, end + 1), text: "" };
}

/** Renders `value` in the node's place; `pairOf` replaces a key with no value by `key: value`. */
function replaceNode(ctx: Ctx, node: Node, value: unknown, pairOf = false): void {
  const { text } = ctx;
  const [from] = node.range as [number, number, number];
  const rendered = renderValue(value, { paddedLists: ctx.padded, blockMap: pairOf });
  let start = from;
  // a block list or map under a key starts on the line below it: write from the key's colon
  if (!pairOf && (isMap(node) || isSeq(node)) && !node.flow) {
    let at = from;
    while (at > 0 && /[ \n]/.test(text[at - 1] ?? "")) at--;
    if (text[at - 1] === ":") start = at;
  }
  const end = valueEnd(text, node);
  const head = text.slice(lineStart(text, start), start);
  const column = (/^[ -]*/.exec(head)?.[0].length ?? 0) + (head.trimEnd().endsWith(":") ? 2 : 0);
  if (!rendered.includes("\n")) {
    const space = start < from && !pairOf ? " " : "";
    ctx.edits.push({ start, end, text: space + rendered });
  } else if (head.trimEnd().endsWith(":")) {
    // a map or list under a key: on the lines below it, indented one step more
    const pad = " ".repeat(column);
    while (text[start - 1] === " ") start--;
    ctx.edits.push({
      start,
      end,
      text: `\n${rendered
        .split("\n")
        .map((l) => (l ? pad + l : l))
        .join("\n")}`,
    });
  } else {
    const pad = " ".repeat(indentOf(text, from));
    const lines = rendered.split("\n").map((l, i) => (i === 0 || !l ? l : pad + l));
    ctx.edits.push({ start, end, text: lines.join("\n") });
  }
}
