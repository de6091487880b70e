import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Dataset } from "@dossier/core";
import { readDataset } from "@dossier/core/load";

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
 * apply to a workspace package (vercel/next.js#84388). Core's loader expands the file's compact
 * form and reads the search index built with it on the first search. The require is made from a
 * path, not import.meta.url, so the bundler cannot follow it.
 */
export function loadDataset(): Dataset {
  return readDataset(datasetFile()).dataset;
}
