import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type Actor,
  type Dataset,
  getActor,
  getSource,
  // not a React hook, whatever its name
  useSearchIndex as giveSearchIndex,
  recordTitle,
  type Source,
} from "@dossier/core";

/**
 * The dataset core's build wrote, read by Node when the server starts instead of bundled: Turbopack
 * compiled the JSON of `@dossier/core/data` into the server chunks of every route on every build
 * (3.8 of a build's minutes at 1,000 stories, 73 MB of JSON), and `serverExternalPackages` does not
 * apply to a workspace package (vercel/next.js#84388). It does what core's data.js does: the
 * dataset, given the search index built with it. The require is made from a path, not
 * import.meta.url, so the bundler cannot follow it.
 */
function loadDataset(): Dataset {
  const from = createRequire(join(process.cwd(), "package.json"));
  const file = from.resolve("@dossier/core/dataset.json");
  const ds = JSON.parse(readFileSync(file, "utf8")) as Dataset;
  giveSearchIndex(ds, readFileSync(join(dirname(file), "search-index.json"), "utf8"));
  return ds;
}

export const dataset: Dataset = loadDataset();

/** An actor's display name, or a plain statement that the source names nobody. */
export function actorName(id: string | null | undefined): string {
  if (!id) return "Unattributed";
  return getActor(dataset, id)?.name ?? id;
}

/** A short, honest label for a source: its known title, else where it was found. */
export function sourceLabel(sourceOrId: Source | string): string {
  const source = typeof sourceOrId === "string" ? getSource(dataset, sourceOrId) : sourceOrId;
  if (!source) return String(sourceOrId);
  return recordTitle(dataset, { kind: "source", id: source.id });
}

/** The outlet a source was found on, for tight spaces such as column headings. */
export function sourceShortLabel(sourceOrId: Source | string): string {
  const source = typeof sourceOrId === "string" ? getSource(dataset, sourceOrId) : sourceOrId;
  if (!source) return String(sourceOrId);
  return source.publisher.status === "unknown" ? source.id : source.publisher.value;
}

export function actorsById(ids: readonly string[]): Actor[] {
  return ids.map((id) => getActor(dataset, id)).filter((a): a is Actor => a !== undefined);
}

export function contextNotes(ids: readonly string[]) {
  return ids.map((id) => dataset.context.find((c) => c.id === id)).filter((c) => c !== undefined);
}
