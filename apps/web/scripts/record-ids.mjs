// Writes every record page's id, by the page's first path segment, to src/generated/ for
// src/proxy.ts, which answers an unknown id with the static 404 before a page renders on demand.
// The proxy is bundled apart from the pages: importing the dataset there would compile and load
// a second copy of it (73 MB of JSON at 1,000 stories), where these ids are about 1 MB.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readDataset } from "@dossier/core/load";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// core's dataset, or the one the reader is built over (DOSSIER_READER_DATASET, as in load-dataset.ts)
const file = process.env.DOSSIER_READER_DATASET
  ? resolve(process.cwd(), process.env.DOSSIER_READER_DATASET)
  : createRequire(import.meta.url).resolve("@dossier/core/dataset.json");
const { dataset } = readDataset(file);
const SECTIONS = ["stories", "events", "statements", "sources", "actors", "places"];
const ids = Object.fromEntries(
  SECTIONS.map((section) => {
    const records = dataset[section];
    if (!Array.isArray(records))
      throw new Error(`${file}: expected a list of ${section}, found ${typeof records}`);
    return [section, records.map((r) => r.id)];
  }),
);
const out = join(root, "src", "generated");
mkdirSync(out, { recursive: true });
writeFileSync(join(out, "record-ids.json"), `${JSON.stringify(ids)}\n`);
console.log(
  `record ids: ${SECTIONS.map((s) => `${ids[s].length} ${s}`).join(", ")} (from ${file})`,
);
