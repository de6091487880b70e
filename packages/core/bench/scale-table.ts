// Core at 1, 10, 100 (and, with BENCH_STORIES=1,10,100,1000, 1,000) synthetic stories: generates
// each corpus under the system's temp folder (never in the repository), or reads the seed-1 corpora
// named s1, s10, … in BENCH_CORPORA, runs scale.bench.ts on each in a fresh process, and prints a
// Markdown table for BENCHMARKS.md. Not a test.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const sizes = (process.env.BENCH_STORIES ?? "1,10,100").split(",").map(Number);
const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const bench = fileURLToPath(new URL("./scale.bench.ts", import.meta.url));
const tsx = ["--import", "tsx"];

const rows: Record<string, unknown>[] = [];
for (const n of sizes) {
  const dir = process.env.BENCH_CORPORA
    ? join(process.env.BENCH_CORPORA, `s${n}`)
    : join(tmpdir(), `dossier-synth-${n}`);
  // a corpus is a pure function of its size and seed: one already written is reused
  if (!existsSync(join(dir, ".dossier-synth"))) {
    const made = spawnSync("node", [...tsx, cli, "synth", "--stories", String(n), "--out", dir], {
      stdio: "inherit",
    });
    if (made.status !== 0) process.exit(made.status ?? 1);
  }
  const run = spawnSync("node", [...tsx, bench], {
    encoding: "utf8",
    env: { ...process.env, DOSSIER_DATA: dir },
    maxBuffer: 1 << 24,
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(run.status ?? 1);
  }
  const row = JSON.parse(run.stdout.trim().split("\n").at(-1) as string);
  rows.push(row);
  console.error(`measured ${n} stories`);
}

type Row = {
  stories: number;
  statements: number;
  datasetMb: number;
  indexMb: number;
  compileMs: number;
  compileRssMb: number;
  loadMs: number;
  loadRssMb: number;
  firstSearchMs: number;
  peakRssMb: number;
  longestGcMs: number;
  baseline: { p50: number };
  queries: Record<string, { p50: number; p99: number }>;
};
const table = rows as Row[];
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
const out = [
  line(["what", ...table.map((r) => `${r.stories} stories (${r.statements} statements)`)]),
  line(["---", ...table.map(() => "---")]),
  line([
    "dataset JSON / search index",
    ...table.map((r) => `${r.datasetMb.toFixed(1)} / ${r.indexMb.toFixed(1)} MB`),
  ]),
  line(["compile and check", ...table.map((r) => `${ms(r.compileMs)} ms`)]),
  line(["peak RSS (compile)", ...table.map((r) => `${r.compileRssMb.toFixed(0)} MB`)]),
  line(["load (import of the dataset module)", ...table.map((r) => `${ms(r.loadMs)} ms`)]),
  line([
    "RSS after load / peak after the queries",
    ...table.map((r) => `${r.loadRssMb.toFixed(0)} / ${r.peakRssMb.toFixed(0)} MB`),
  ]),
  line([
    "first search (decodes the saved index)",
    ...table.map((r) => `${ms(r.firstSearchMs)} ms`),
  ]),
  line(["longest GC pause during the queries", ...table.map((r) => `${ms(r.longestGcMs)} ms`)]),
  line(["baseline: scan of statements, p50", ...table.map((r) => `${ms(r.baseline.p50)} ms`)]),
  ...Object.keys(table[0]?.queries ?? {}).map((name) =>
    line([
      `${name}, p50 / p99 (p50 ÷ baseline)`,
      ...table.map((r) => {
        const q = r.queries[name] as { p50: number; p99: number };
        return `${ms(q.p50)} / ${ms(q.p99)} ms (${(q.p50 / r.baseline.p50).toFixed(2)}x)`;
      }),
    ]),
  ),
];
console.log(out.join("\n"));
