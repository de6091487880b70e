import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { DataFile } from "./layout.js";

/** Reads every file of a data folder (build time only: nothing reads data/ at run time). */
export async function readDataFolder(dir: string): Promise<DataFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: DataFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    const full = join(entry.parentPath, entry.name);
    files.push({
      path: relative(dir, full).split(sep).join("/"),
      text: await readFile(full, "utf8"),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
