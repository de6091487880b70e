import { compileDataset, formatDataError, readDataFolder } from "@dossier/core/compile";
import type { CheckMessage } from "./checks.js";

/** The record a save writes: its file, its list and its index there. */
export interface Target {
  file: string;
  list: string;
  index: number;
}

// a record path's first key names the form field it belongs beside
function fieldOf(list: string, path: string): string {
  const first = path.split(/[.[]/)[0] ?? "";
  if (list === "actors") return first === "aliases" ? "actorWords" : `actor-${first || "id"}`;
  if (first === "attestations") {
    if (list === "events") return "evidence";
    return path.includes("evidence") ? "evidence" : "cue";
  }
  if (first === "date") return "dateValue";
  return first || "id";
}

/**
 * The data check run on the folder as it would be after a save, with `files` (data-relative path
 * to text, new files included) in place: the messages about each target record.
 */
export async function coreChecks(
  dataDir: string,
  files: Record<string, string>,
  targets: Target[],
): Promise<CheckMessage[]> {
  const onDisk = await readDataFolder(dataDir);
  const known = new Set(onDisk.map((f) => f.path));
  const folder = [
    ...onDisk.map((f) => (f.path in files ? { ...f, text: files[f.path] as string } : f)),
    ...Object.entries(files)
      .filter(([path]) => !known.has(path))
      .map(([path, text]) => ({ path, text })),
  ];
  const result = compileDataset(folder);
  if (result.ok) return [];
  return targets.flatMap(({ file, list, index }) => {
    const prefix = `${list}[${index}]`;
    return result.errors
      .filter(
        (e) =>
          e.file === file &&
          (e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`)),
      )
      .map((e) => {
        const path = e.path.slice(prefix.length).replace(/^\./, "");
        return {
          path: path || "(record)",
          field: fieldOf(list, path),
          message: formatDataError(e),
        };
      });
  });
}
