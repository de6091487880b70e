import { existsSync, realpathSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { DataFile } from "../dataset/layout.js";

/** Marks a folder as written by the generator, so a second run may replace what the first wrote. */
export const SYNTH_MARKER = ".dossier-synth";

const real = (path: string) => (existsSync(path) ? realpathSync(path) : resolve(path));

/**
 * Writes a synthetic corpus into `out`. Refuses the curated data folder (or anything inside it),
 * and any folder that holds other files: synthetic records must never mix with curated ones.
 */
export async function writeCorpus(
  out: string,
  files: readonly DataFile[],
  curated: string,
  about: Record<string, unknown>,
): Promise<void> {
  const target = real(out);
  const inside = relative(real(curated), target);
  if (inside === "" || (!inside.startsWith("..") && !inside.startsWith("/")))
    throw new Error(
      `refusing to write a synthetic corpus into the curated data folder (${curated})`,
    );
  if (existsSync(target)) {
    const entries = await readdir(target);
    if (entries.length > 0 && !entries.includes(SYNTH_MARKER))
      throw new Error(
        `refusing to write into ${target}: it holds files the generator did not write`,
      );
    await rm(target, { recursive: true, force: true });
  }
  await mkdir(target, { recursive: true });
  for (const file of files) {
    const path = join(target, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
  await writeFile(join(target, SYNTH_MARKER), `${JSON.stringify(about)}\n`);
}
