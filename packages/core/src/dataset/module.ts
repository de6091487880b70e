import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serialiseSearchIndex } from "../queries/search.js";
import type { Dataset } from "../schemas/dataset.js";
import { toWire, WIRE_FORMAT } from "./wire.js";

/**
 * Writes the compiled dataset: dataset.json in the wire form (wire.ts), search-index.json beside
 * it, and the dataset module, data.js, which imports both as JSON modules (the runtime parses them
 * with its JSON parser: embedding them in the JavaScript as string literals made V8 compile a
 * 100 MB script) and expands the wire form. Every bundler of the apps reads JSON modules too. Node
 * hosts read the files with `@dossier/core/load` instead, which leaves the index until the first
 * search. The fingerprint, a hash of the dataset's JSON taken here, is in dataset.json itself:
 * hosts that tag responses with it no longer read and hash the file at every start.
 */
export async function writeDatasetModule(
  ds: Dataset,
  out: string,
  searchModule = "./queries/search.js",
  wireModule = "./dataset/wire.js",
): Promise<void> {
  await mkdir(out, { recursive: true });
  const body = JSON.stringify(toWire(ds));
  const fingerprint = createHash("sha256").update(body).digest("base64url").slice(0, 16);
  await writeFile(
    join(out, "dataset.json"),
    `{"format":${JSON.stringify(WIRE_FORMAT)},"fingerprint":${JSON.stringify(fingerprint)},"dataset":${body}}`,
  );
  await writeFile(join(out, "search-index.json"), serialiseSearchIndex(ds));
  await writeFile(
    join(out, "data.js"),
    `/** The curated, checked dataset, compiled from data/ at build time. */
import wire from "./dataset.json" with { type: "json" };
import searchIndex from "./search-index.json" with { type: "json" };
import { fromWire } from ${JSON.stringify(wireModule)};
import { useSearchIndex } from ${JSON.stringify(searchModule)};
export const dataset = fromWire(wire);
useSearchIndex(dataset, searchIndex);
/** Changes whenever the dataset does: the first 16 characters of its JSON's SHA-256, base64url. */
export const fingerprint = wire.fingerprint;
`,
  );
  await writeFile(
    join(out, "data.d.ts"),
    `import type { Dataset } from "./schemas/dataset.js";
/** The curated, checked dataset, compiled from data/ at build time. */
export declare const dataset: Dataset;
/** Changes whenever the dataset does: the first 16 characters of its JSON's SHA-256, base64url. */
export declare const fingerprint: string;
`,
  );
}
