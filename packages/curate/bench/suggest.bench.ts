// Measures the suggestion engine against the curated first story and writes BENCHMARKS.md.
// Not a test: src/measure/first-story.test.ts pins the floors.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { FIRST_STORY, measureStory } from "../src/measure/first-story.js";
import type { Measure } from "../src/measure/measure.js";

const data = fileURLToPath(new URL("../../../data", import.meta.url));
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const row = (label: string, m: Measure) => [
  label,
  String(m.gold),
  String(m.suggested),
  `${pct(m.recall)} (${m.found})`,
  `${pct(m.speakerAccuracy)} (${m.rightSpeaker})`,
  `${pct(m.actAccuracy)} (${m.rightAct})`,
  `${pct(m.quotationAccuracy)} (${m.rightQuotation})`,
  `${pct(m.attributionAccuracy)} (${m.rightAttribution})`,
  `${pct(m.precision)} (${m.correct})`,
];

const full = await measureStory(data);
const cold = await measureStory(data, FIRST_STORY, { aliases: false });
const header = [
  "run",
  "curated spans",
  "suggestions",
  "recall",
  "right speaker",
  "right act",
  "right quotation",
  "right attribution",
  "precision",
];
const rows = [
  row("both sources, actors with their aliases", full),
  ...Object.entries(full.perSource).map(([id, m]) => row(`only ${id}`, m)),
  row("both sources, actors' names only (no curated alias or title)", cold),
];
// aligned as Biome formats Markdown tables, so a run leaves the file lint-clean
const widths = header.map((h, i) =>
  Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
);
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join(" | ")} |`;
const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
const lines = [line(header), rule, ...rows.map(line)];
const table = lines.join("\n");
console.log(table);

// the writer's section, which bench/edit.bench.ts keeps, stays as it is
const path = fileURLToPath(new URL("../BENCHMARKS.md", import.meta.url));
const previous = await readFile(path, "utf8").catch(() => "");
const writing = previous.indexOf("## Writing records");
await writeFile(
  path,
  `# Suggestion benchmarks

\`pnpm --filter @dossier/curate bench\` (or \`pnpm bench\`) measures the suggestions for the two
sources of \`${FIRST_STORY}\` against the statements curated from them, and rewrites this file.

- **curated spans**: the evidence quotes of the curated statements, located in their texts.
- **recall**: curated spans that one suggestion covers at least half of.
- **right speaker / act / quotation / attribution**: of the spans found, those whose
  best-covering suggestion has the curated speaker (an actor id, or none), act, and the curated
  attestation's quotation (direct, partial, indirect, paraphrase) and attribution.
- **precision**: suggestions that share at least half of the shorter span with a curated one.

The aliases in \`data/actors.yaml\` were curated from these very texts, so the first row flatters
speaker matching; the last row drops every alias and title and matches on the actors' names
alone (spelling slips and sound-alikes allowed), as on a story no one has curated yet. The few
rules that let reported words override a neutral cue's act (\`src/suggest/act.ts\`) were written
with this story in view: a second curated story is the fair test of them.

${table}
${writing < 0 ? "" : `\n${previous.slice(writing)}`}`,
);
