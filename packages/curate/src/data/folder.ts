import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { ActorNames } from "../suggest/actors.js";

/** A data folder's paths, as data/README.md lays them out. */
export function dataPaths(dataDir: string) {
  return {
    actors: join(dataDir, "actors.yaml"),
    places: join(dataDir, "places.yaml"),
    story: (story: string) => join(dataDir, "stories", story),
    storyFile: (story: string, file: string) => join(dataDir, "stories", story, file),
    sourceYaml: (story: string, source: string) =>
      join(dataDir, "stories", story, "sources", `${source}.yaml`),
    reviewed: (story: string) => join(dataDir, "stories", story, "reviewed.yaml"),
    sourceText: (story: string, source: string) =>
      join(dataDir, "stories", story, "sources", `${source}.txt`),
  };
}

/** The repository's data folder: DOSSIER_DATA, or data/ in the nearest folder up that has one. */
export function findDataDir(from = process.cwd()): string {
  if (process.env.DOSSIER_DATA) return process.env.DOSSIER_DATA;
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, "data", "actors.yaml"))) return join(dir, "data");
    const up = join(dir, "..");
    if (up === dir)
      throw new Error("no data folder found: set DOSSIER_DATA or run inside the repository");
    dir = up;
  }
}

async function readYaml(path: string): Promise<unknown> {
  return existsSync(path) ? parse(await readFile(path, "utf8")) : undefined;
}

function list(value: unknown, key: string): Record<string, unknown>[] {
  const items = (value as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(items) ? items.filter((i) => i && typeof i === "object") : [];
}

/** The actors' names for suggestions; lenient, so a half-edited file still helps. */
export async function readActors(dataDir: string): Promise<ActorNames[]> {
  return list(await readYaml(dataPaths(dataDir).actors), "actors")
    .filter((a) => typeof a.id === "string" && typeof a.name === "string")
    .map((a) => a as unknown as ActorNames);
}

/** The places' ids and names for pickers; lenient like readActors. */
export async function readPlaces(dataDir: string): Promise<{ id: string; name: string }[]> {
  return list(await readYaml(dataPaths(dataDir).places), "places")
    .filter((p) => typeof p.id === "string")
    .map((p) => ({ id: String(p.id), name: String(p.name ?? p.id) }));
}

export async function readRecords(dataDir: string, story: string, collection: string) {
  return list(
    await readYaml(dataPaths(dataDir).storyFile(story, `${collection}.yaml`)),
    collection,
  );
}

export interface SourceFile {
  id: string;
  text: string;
  meta: Record<string, unknown>;
  /** the publication date when known or likely, for resolving relative dates */
  published: string | undefined;
}

export async function readSources(dataDir: string, story: string): Promise<SourceFile[]> {
  const dir = join(dataPaths(dataDir).story(story), "sources");
  if (!existsSync(dir)) return [];
  const ids = (await readdir(dir)).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5));
  const out: SourceFile[] = [];
  for (const id of ids.sort()) {
    const meta = ((await readYaml(join(dir, `${id}.yaml`))) ?? {}) as Record<string, unknown>;
    const textFile = typeof meta.text === "string" ? meta.text : `${id}.txt`;
    const text = await readFile(join(dir, textFile), "utf8");
    const pub = meta.published as { status?: string; value?: string } | undefined;
    const published = pub?.status !== "unknown" ? pub?.value : undefined;
    out.push({ id, text, meta, published });
  }
  return out;
}

export async function listStories(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, "stories");
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
