import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type Dataset,
  // not a React hook, whatever its name
  useSearchIndex as giveSearchIndex,
} from "@dossier/core";

/**
 * The dataset core's build wrote, read by Node when the server starts instead of bundled: Turbopack
 * compiled the JSON of `@dossier/core/data` into the server chunks of every route on every build
 * (3.8 of a build's minutes at 1,000 stories, 73 MB of JSON), and `serverExternalPackages` does not
 * apply to a workspace package (vercel/next.js#84388). It does what core's data.js does: the
 * dataset, given the search index built with it. The require is made from a path, not
 * import.meta.url, so the bundler cannot follow it.
 */
export function loadDataset(): Dataset {
  const from = createRequire(join(process.cwd(), "package.json"));
  const file = from.resolve("@dossier/core/dataset.json");
  const ds = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  giveSearchIndex(ds, readFileSync(join(dirname(file), "search-index.json"), "utf8"));
  return ds;
}
