import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromWire, type WireDataset } from "./dataset/wire.js";
import { useSearchIndex } from "./queries/search.js";
import type { Dataset } from "./schemas/dataset.js";

/** A compiled dataset and its fingerprint (changes whenever the dataset does). */
export interface LoadedDataset {
  dataset: Dataset;
  fingerprint: string;
}

/**
 * A file's text, read as bytes and then decoded: Node 20's `readFileSync(file, "utf8")` took 670 ms
 * over the 42.7 MB dataset of 1,000 stories where this takes 360 ms (BENCHMARKS.md), the largest
 * single step of the API's start-up. Bytes that are not UTF-8 become U+FFFD either way. A function
 * of its own, so the bytes are garbage before JSON.parse starts: held across it, they were
 * promoted and kept 40 MB more resident.
 */
function readText(file: string): string {
  return new TextDecoder().decode(readFileSync(file));
}

/**
 * Reads a compiled dataset.json (`dossier-data build --out DIR`) in Node. The search index beside
 * it is read on the first search, not here: at 1,000 stories it is 10 MB of JSON a host's start
 * need not wait for. Node-only, for hosts such as the API and the reader's server; `@dossier/core/data`
 * loads the same files through JSON modules wherever a bundler or a browser does.
 */
export function readDataset(file: string): LoadedDataset {
  let wire: WireDataset;
  try {
    wire = JSON.parse(readText(file));
  } catch (error) {
    throw new Error(`${file}: cannot read the compiled dataset: ${(error as Error).message}`);
  }
  const dataset = fromWire(wire, file);
  const index = join(dirname(file), "search-index.json");
  // without its index, the first search indexes every record itself
  useSearchIndex(dataset, () => (existsSync(index) ? readText(index) : undefined));
  return { dataset, fingerprint: wire.fingerprint };
}

let own: LoadedDataset | undefined;

/** The dataset core was built with (dist/dataset.json), read once. */
export function loadDataset(): LoadedDataset {
  // a path joined, not `new URL(…, import.meta.url)`, which bundlers copy as an asset
  own ??= readDataset(join(dirname(fileURLToPath(import.meta.url)), "dataset.json"));
  return own;
}
