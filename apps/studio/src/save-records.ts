import { appendToList } from "@dossier/curate";
import { parse } from "yaml";
import type { CheckMessage } from "./checks.js";
import { coreChecks } from "./core-checks.js";
import { type DataStore, StaleWrite } from "./store.js";

/** One record a save puts in its file. */
export interface RecordWrite {
  file: string;
  list: string;
  /** the edit that puts the record in the file's text */
  edit: (text: string) => string;
  /** the record's place in its list once saved; when absent, the last (an appended record) */
  index?: number;
  /** the file's version the curator's form was read at; when absent, the version read here */
  version?: string;
}

export type SaveResult =
  | { saved: true }
  /** the data check's messages about the records; nothing was written */
  | { found: CheckMessage[] }
  /** `file` changed since its version was read; the files in `written` were written before it */
  | { stale: string; written: string[] };

/** An edit appending a record to a file's list, starting the list in an empty or new file. */
export const appendRecord =
  (list: string, record: unknown) =>
  (text: string): string =>
    appendToList(text || `${list}: []\n`, [list], record);

/**
 * Runs core's data check on the folder as the writes would leave it, then makes them in order,
 * each only if its file is still at the version it was read at, so no one's save is overwritten.
 */
export async function saveRecords(store: DataStore, writes: RecordWrite[]): Promise<SaveResult> {
  const files: Record<string, string> = {};
  const versions: string[] = [];
  for (const w of writes) {
    const { text, version } = await store.read(w.file);
    files[w.file] = w.edit(text);
    versions.push(w.version ?? version);
  }
  const found = await coreChecks(
    store.root,
    files,
    writes.map((w) => ({
      file: w.file,
      list: w.list,
      index: w.index ?? ((parse(files[w.file] as string)?.[w.list] ?? []) as unknown[]).length - 1,
    })),
  );
  if (found.length) return { found };
  const written: string[] = [];
  try {
    for (const [i, w] of writes.entries()) {
      await store.write(w.file, versions[i] as string, w.edit);
      written.push(w.file);
    }
  } catch (error) {
    if (!(error instanceof StaleWrite)) throw error;
    return { stale: error.path, written };
  }
  return { saved: true };
}
