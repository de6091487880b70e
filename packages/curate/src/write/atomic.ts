import { randomBytes } from "node:crypto";
import { open, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file atomically: the bytes go to a temporary file beside it, are flushed to disk, and
 * the temporary file is renamed over the target, so a reader (or a crash) sees the old file or the
 * new one, never half of one. Hand-written rather than write-file-atomic because the temporary file
 * must be a dot-file: the data reader skips dot-files, so one left by a killed write is harmless.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await open(temp, "wx", 0o644);
  try {
    await handle.writeFile(data, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(path));
}

// the rename itself lives in the directory: flush it so it survives a power cut
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r").catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // some file systems cannot sync a directory; the rename is still atomic
  } finally {
    await handle.close();
  }
}

/** Removes temporary files that a killed write left behind in a folder. */
export async function removeStaleTemporaries(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const stale = entries
    .filter((e) => e.isFile() && /^\..+\.[0-9a-f]{12}\.tmp$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
  await Promise.all(stale.map((p) => rm(p, { force: true })));
  return stale;
}
