// Core query costs, each as a ratio to a baseline measured in the same run (a plain scan of the
// statements), so the figures mean something on a shared, noisy machine. Not a test.
import { gzipSync } from "node:zlib";
import { compileDataset } from "../src/dataset/compile.js";
import { dataDir } from "../src/dataset/data-dir.js";
import { readDataFolder } from "../src/dataset/read-folder.js";
import { compareSources, search, sourceSegments, timeline } from "../src/index.js";

// DOSSIER_DATA points the benchmark at another corpus (pnpm data:synth writes one)
const compiled = compileDataset(await readDataFolder(dataDir()));
if (!compiled.ok) throw new Error("the data has problems: run pnpm data:check");
const dataset = compiled.dataset;

function opsPerSecond(fn: () => unknown, ms = 1000): number {
  for (let i = 0; i < 50; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn();
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

const sources = dataset.sources.map((s) => s.id);
const baseline = opsPerSecond(() =>
  dataset.statements.filter((s) => s.gist.toLowerCase().includes("embassy")),
);
const cases: [string, () => unknown][] = [
  ["search 'embassy' (saved inverted index, ranked)", () => search(dataset, "embassy")],
  ["timeline, whole story", () => timeline(dataset, {})],
  ["timeline, one actor", () => timeline(dataset, { actor: "adil-abdul-mahdi" })],
  ["source segments", () => sourceSegments(dataset, sources[0] as string)],
  ["compare two sources", () => compareSources(dataset, sources)],
];
console.log(`baseline: scan of statements  ${baseline.toFixed(0)} ops/s  (1.00x)`);
for (const [name, fn] of cases) {
  const ops = opsPerSecond(fn);
  console.log(
    `${name.padEnd(38)} ${ops.toFixed(0).padStart(8)} ops/s  (${(ops / baseline).toFixed(3)}x baseline)`,
  );
}
const json = Buffer.from(JSON.stringify(dataset));
const texts = dataset.sources.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
console.log(
  `\ndataset.json ${json.length} bytes (${gzipSync(json).length} gzipped), ${(json.length / texts).toFixed(1)}x the ${texts} bytes of source text it grounds`,
);
