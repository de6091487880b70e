import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serialiseSearchIndex } from "../queries/search.js";
import type { Dataset } from "../schemas/dataset.js";

/**
 * Writes the dataset module: data.js exports the dataset and gives it the search index built here,
 * once. Both are JSON files imported as JSON modules, which the runtime parses with its JSON
 * parser: embedding them in the JavaScript as string literals made V8 compile a 100 MB script
 * (26 s of a 30 s load at a thousand stories). Every bundler of the apps reads JSON modules too.
 * The module also exports the dataset's fingerprint, a hash of dataset.json taken here: hosts that
 * tag responses with it no longer read and hash 73 MB at every start (a second at 1,000 stories).
 */
export async function writeDatasetModule(
  ds: Dataset,
  out: string,
  searchModule = "./queries/search.js",
): Promise<void> {
  await mkdir(out, { recursive: true });
  const json = JSON.stringify(ds);
  const fingerprint = createHash("sha256").update(json).digest("base64url").slice(0, 16);
  await writeFile(join(out, "dataset.json"), json);
  await writeFile(join(out, "search-index.json"), serialiseSearchIndex(ds));
  await writeFile(
    join(out, "data.js"),
    `/** The curated, checked dataset, compiled from data/ at build time. */
import dataset from "./dataset.json" with { type: "json" };
import searchIndex from "./search-index.json" with { type: "json" };
import { useSearchIndex } from ${JSON.stringify(searchModule)};
useSearchIndex(dataset, searchIndex);
export { dataset };
/** Changes whenever the dataset does: the first 16 characters of dataset.json's SHA-256, base64url. */
export const fingerprint = ${JSON.stringify(fingerprint)};
`,
  );
  await writeFile(
    join(out, "data.d.ts"),
    `import type { Dataset } from "./schemas/dataset.js";
/** The curated, checked dataset, compiled from data/ at build time. */
export declare const dataset: Dataset;
/** Changes whenever the dataset does: the first 16 characters of dataset.json's SHA-256, base64url. */
export declare const fingerprint: string;
`,
  );
}
