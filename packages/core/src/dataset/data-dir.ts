import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's curated data folder (the same path from src/ and from dist/). */
export const CURATED_DATA_DIR = fileURLToPath(new URL("../../../../data", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * The data folder the build, the checks and the benchmarks read: DOSSIER_DATA when set (a relative
 * path is taken from the repository's root, wherever the task runs), else the curated data/.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env.DOSSIER_DATA?.trim();
  if (!chosen) return CURATED_DATA_DIR;
  return isAbsolute(chosen) ? chosen : resolve(ROOT, chosen);
}
