// Core at one corpus size: compile-and-check in this process (so peak memory is this corpus's),
// then the dataset module the build writes, loaded and queried in a fresh process by
// loaded.bench.ts, as the API and the reader load it. Prints one JSON line; scale-table.ts runs it
// at each size and writes the table. Not a test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resourceUsage } from "node:process";
import { fileURLToPath } from "node:url";
import { compileDataset } from "../src/dataset/compile.js";
import { dataDir } from "../src/dataset/data-dir.js";
import { writeDatasetModule } from "../src/dataset/module.js";
import { readDataFolder } from "../src/dataset/read-folder.js";

const files = await readDataFolder(dataDir());
const start = performance.now();
const compiled = compileDataset(files);
const compileMs = performance.now() - start;
const compileRssMb = resourceUsage().maxRSS / 1024;
if (!compiled.ok) throw new Error("the data has problems: run pnpm data:check");

// the module as `dossier-data build` writes it, beside the built package's search
const out = mkdtempSync(join(tmpdir(), "dossier-module-"));
try {
  const search = new URL("../dist/queries/search.js", import.meta.url).href;
  await writeDatasetModule(compiled.dataset, out, search);
  const loaded = spawnSync(
    "node",
    [fileURLToPath(new URL("./loaded.bench.mjs", import.meta.url)), out],
    { encoding: "utf8", maxBuffer: 1 << 24 },
  );
  if (loaded.status !== 0) throw new Error(loaded.stderr);
  const queried = JSON.parse(loaded.stdout.trim().split("\n").at(-1) as string);
  const mb = (file: string) => statSync(join(out, file)).size / 1e6;
  console.log(
    JSON.stringify({
      datasetMb: mb("dataset.json"),
      indexMb: mb("search-index.json"),
      compileMs,
      compileRssMb,
      ...queried,
    }),
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
