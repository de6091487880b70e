import { fileURLToPath } from "node:url";
import { compileDataset } from "../dataset/compile.js";
import { type DataError, formatDataError } from "../dataset/errors.js";
import type { DataFile } from "../dataset/layout.js";
import { readDataFolder } from "../dataset/read-folder.js";
import type { Dataset } from "../schemas/dataset.js";

export const DATA_DIR = fileURLToPath(new URL("../../../../data", import.meta.url));
export const STORY = "stories/iraq-parliament-foreign-forces-2020";
/** A small made-up story whose files the check tests edit: stable whatever the curators change. */
export const FIXTURE_DIR = fileURLToPath(new URL("../../test/fixture", import.meta.url));
export const FIXTURE_STORY = "stories/bridge-vote";

const folders = new Map<string, Promise<DataFile[]>>();

/** A data folder's files, read once per test file. */
function filesOf(dir: string): Promise<DataFile[]> {
  let files = folders.get(dir);
  if (!files) {
    files = readDataFolder(dir);
    folders.set(dir, files);
  }
  return files;
}

/** The real data folder's files. */
export const realFiles = () => filesOf(DATA_DIR);
/** The fixture's files. */
export const fixtureFiles = () => filesOf(FIXTURE_DIR);

export async function realDataset(): Promise<Dataset> {
  const result = compileDataset(await realFiles());
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
  return result.dataset;
}

/** Compiles a copy of the fixture with one file's text changed; the edit must change something. */
export async function compileWith(
  path: string,
  edit: (text: string) => string,
): Promise<DataError[] & { text: string }> {
  const copy = (await fixtureFiles()).map((f) => ({ ...f }));
  const file = copy.find((f) => f.path === path);
  if (!file) throw new Error(`no file ${path}`);
  const edited = edit(file.text);
  if (edited === file.text) throw new Error(`the edit changed nothing in ${path}`);
  file.text = edited;
  const result = compileDataset(copy);
  return Object.assign(result.ok ? [] : result.errors, { text: edited });
}

/** "line:column" (1-based) of the first occurrence of a needle in a text, as the checks report it. */
export function positionOf(text: string, needle: string): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const before = text.slice(0, at).split("\n");
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
}
