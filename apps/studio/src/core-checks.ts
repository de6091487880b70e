import { compileDataset, formatDataError, readDataFolder } from "@dossier/core/compile";
import type { CheckMessage } from "./checks.js";

/**
 * The data check run on the folder as it would be after a save, with `file` holding `text`: the
 * messages about the record at `index` of its list.
 */
export async function coreChecks(
  dataDir: string,
  file: string,
  text: string,
  list: string,
  index: number,
): Promise<CheckMessage[]> {
  const files = (await readDataFolder(dataDir)).map((f) => (f.path === file ? { ...f, text } : f));
  const result = compileDataset(files);
  if (result.ok) return [];
  const prefix = `${list}[${index}]`;
  return result.errors
    .filter(
      (e) =>
        e.file === file &&
        (e.path === prefix || e.path.startsWith(`${prefix}.`) || e.path.startsWith(`${prefix}[`)),
    )
    .map((e) => {
      const path = e.path.slice(prefix.length).replace(/^\./, "");
      const first = path.split(/[.[]/)[0] ?? "";
      const field =
        first === "attestations"
          ? path.includes("evidence")
            ? "evidence"
            : "cue"
          : first === "date"
            ? "dateValue"
            : first || "id";
      return { path: path || "(record)", field, message: formatDataError(e) };
    });
}
