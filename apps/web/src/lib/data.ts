import {
  type Actor,
  type Dataset,
  getActor,
  getSource,
  recordTitle,
  type Source,
} from "@dossier/core";
import { loadDataset } from "./load-dataset";

export const dataset: Dataset = loadDataset();

/** An actor's display name, or a plain statement that the source names nobody. */
export function actorName(id: string | null | undefined): string {
  if (!id) return "Unattributed";
  return getActor(dataset, id)?.name ?? id;
}

/** A short, honest label for a source: its known title, else where it was found. */
export function sourceLabel(sourceOrId: Source | string): string {
  const source = typeof sourceOrId === "string" ? getSource(dataset, sourceOrId) : sourceOrId;
  if (!source) return String(sourceOrId);
  return recordTitle(dataset, { kind: "source", id: source.id });
}

/** The outlet a source was found on, for tight spaces such as column headings. */
export function sourceShortLabel(sourceOrId: Source | string): string {
  const source = typeof sourceOrId === "string" ? getSource(dataset, sourceOrId) : sourceOrId;
  if (!source) return String(sourceOrId);
  return source.publisher.status === "unknown" ? source.id : source.publisher.value;
}

export function actorsById(ids: readonly string[]): Actor[] {
  return ids.map((id) => getActor(dataset, id)).filter((a): a is Actor => a !== undefined);
}

export function contextNotes(ids: readonly string[]) {
  return ids.map((id) => dataset.context.find((c) => c.id === id)).filter((c) => c !== undefined);
}
