import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileDataset, readDataFolder } from "@dossier/core/compile";

export const REPO_DATA = fileURLToPath(new URL("../../../../data", import.meta.url));

/** A private copy of the repository's data folder, removed by the returned function. */
export async function copyOfData(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "dossier-curate-"));
  await cp(REPO_DATA, join(dir, "data"), { recursive: true });
  return { dir: join(dir, "data"), remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The data checks' messages for a folder, formatted as `pnpm data:check` prints them. */
export async function checkMessages(dataDir: string): Promise<string[]> {
  const result = compileDataset(await readDataFolder(dataDir));
  return result.ok ? [] : result.errors.map((e) => `${e.file}:${e.line} ${e.path}: ${e.message}`);
}
