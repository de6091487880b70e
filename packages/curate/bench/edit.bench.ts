// Measures what a studio save costs in the YAML writer, and writes its section of BENCHMARKS.md.
// The baseline, measured in the same run, is one parse of the same file with the `yaml` package.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse, parseDocument } from "yaml";
import { appendToList } from "../src/write/yaml-edit.js";
import { replaceInList } from "../src/write/yaml-update.js";

const data = (path: string) => fileURLToPath(new URL(`../../../data/${path}`, import.meta.url));
const STORY = "stories/iraq-parliament-foreign-forces-2020";
const files: [string, string][] = [
  ["actors.yaml", "actors"],
  [`${STORY}/statements.yaml`, "statements"],
  [`${STORY}/events.yaml`, "events"],
];

function median(work: () => unknown, runs = 41): number {
  for (let i = 0; i < 5; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[runs >> 1] as number;
}

const rows: string[][] = [];
for (const [file, list] of files) {
  const text = await readFile(data(file), "utf8");
  const records = parse(text)[list] as Record<string, unknown>[];
  const middle = records[records.length >> 1] as Record<string, unknown>;
  const edited = { ...middle, note: "Edited in the studio." };
  const added = { ...middle, id: `${String(middle.id)}-copy` };
  const base = median(() => parseDocument(text));
  const append = median(() => appendToList(text, [list], added));
  const replace = median(() => replaceInList(text, [list], String(middle.id), edited));
  const ratio = (t: number) => `${(t / base).toFixed(1)}×`;
  rows.push([
    `${file} (${records.length} records, ${(text.length / 1024).toFixed(0)} KB)`,
    base.toFixed(1),
    `${append.toFixed(1)} (${ratio(append)})`,
    `${replace.toFixed(1)} (${ratio(replace)})`,
  ]);
}

const header = ["file", "parse, ms (baseline)", "append a record, ms", "edit one field, ms"];
const widths = header.map((h, i) =>
  Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(" | ")} |`;
const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
const table = [line(header), rule, ...rows.map(line)].join("\n");
console.log(table);

const section = `## Writing records

\`pnpm --filter @dossier/curate bench\` also times the YAML writer on the curated files: appending
a record (\`appendToList\`) and editing one field of a record in the middle of the file
(\`replaceInList\`, which splices only the changed field). Both re-parse the file twice to check
that only the record changed, so each is a few parses; the ratio is against one parse of the same
file in the same run. Medians of 41 runs after 5 warm-ups, on whatever else the machine is doing.

${table}
`;
const path = fileURLToPath(new URL("../BENCHMARKS.md", import.meta.url));
const current = await readFile(path, "utf8");
const at = current.indexOf("## Writing records");
await writeFile(path, `${at < 0 ? `${current.trimEnd()}\n\n` : current.slice(0, at)}${section}`);
