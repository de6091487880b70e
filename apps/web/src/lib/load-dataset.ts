import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import {
  type Dataset,
  // not a React hook, whatever its name
  useSearchIndex as giveSearchIndex,
} from "@dossier/core";

/**
 * Which dataset.json the reader serves: core's, or the one `DOSSIER_READER_DATASET` names (a
 * compiled dataset.json with its search-index.json beside it, such as the browser tests'
 * synthetic corpus, scripts/synthetic-build.mjs).
 */
export function datasetFile(): string {
  const chosen = process.env.DOSSIER_READER_DATASET;
  if (chosen) return resolve(process.cwd(), chosen);
  return createRequire(join(process.cwd(), "package.json")).resolve("@dossier/core/dataset.json");
}

/**
 * The dataset core's build wrote, read by Node when the server starts instead of bundled: Turbopack
 * compiled the JSON of `@dossier/core/data` into the server chunks of every route on every build
 * (3.8 of a build's minutes at 1,000 stories, 73 MB of JSON), and `serverExternalPackages` does not
 * apply to a workspace package (vercel/next.js#84388). It does what core's data.js does: the
 * dataset, given the search index built with it. The require is made from a path, not
 * import.meta.url, so the bundler cannot follow it.
 */
export function loadDataset(): Dataset {
  const file = datasetFile();
  const ds = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  giveSearchIndex(ds, readFileSync(join(dirname(file), "search-index.json"), "utf8"));
  return ds;
}
