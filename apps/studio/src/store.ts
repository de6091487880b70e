import { createHash } from "node:crypto";
import { existsSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { writeFileAtomic } from "@dossier/curate";

export class PathRefused extends Error {}

/** The file changed on disk since the curator's form read it. */
export class StaleWrite extends Error {
  constructor(
    readonly path: string,
    readonly current: string,
  ) {
    super(`${path} changed since you opened it`);
  }
}

export function versionOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Every read and write the studio makes in the data folder. A path must stay inside the folder
 * (after following links) and name a .yaml or .txt file; a write names the version it was based
 * on and is refused if the file has changed since, so two tabs never overwrite each other.
 */
export class DataStore {
  readonly root: string;
  private readonly locks = new Map<string, Promise<unknown>>();
  // texts recently served, by version: a clash can then say what changed since the form was read
  private readonly seen = new Map<string, string>();

  constructor(root: string) {
    this.root = realpathSync(root);
  }

  /** The absolute path of a data-relative path, or PathRefused. */
  resolve(path: string): string {
    if (!path || isAbsolute(path) || path.includes("\0") || path.split(/[\\/]/).includes("..")) {
      throw new PathRefused(`refused path "${path}"`);
    }
    if (!/\.(yaml|txt)$/.test(path))
      throw new PathRefused(`refused path "${path}": not a data file`);
    const full = resolve(this.root, path);
    // the deepest existing ancestor, links followed, must still be inside the data folder
    let probe = full;
    while (!existsSync(probe)) probe = dirname(probe);
    const real = realpathSync(probe);
    const inside = relative(this.root, real);
    if (inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) {
      throw new PathRefused(`refused path "${path}": outside the data folder`);
    }
    return full;
  }

  async read(path: string): Promise<{ text: string; version: string }> {
    const full = this.resolve(path);
    const text = existsSync(full) ? await readFile(full, "utf8") : "";
    const version = versionOf(text);
    this.seen.delete(version);
    this.seen.set(version, text);
    if (this.seen.size > 64) this.seen.delete(this.seen.keys().next().value as string);
    return { text, version };
  }

  /** The text a version stood for, if the studio served it lately. */
  textAt(version: string): string | undefined {
    return this.seen.get(version);
  }

  /** Writes if the file is still at `expected`; `edit` gets the current text and returns the new. */
  async write(path: string, expected: string, edit: (text: string) => string): Promise<string> {
    const full = this.resolve(path);
    return this.exclusive(full, async () => {
      const current = existsSync(full) ? await readFile(full, "utf8") : "";
      if (versionOf(current) !== expected) throw new StaleWrite(path, current);
      const next = edit(current);
      await writeFileAtomic(full, next);
      return versionOf(next);
    });
  }

  // one write at a time per file, so the version check and the rename cannot interleave
  private async exclusive<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.locks.get(key) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.catch(() => undefined);
    this.locks.set(key, settled);
    try {
      return await run;
    } finally {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    }
  }
}
