import type { EventAttestation } from "@dossier/core";
import { actorName, sourceShortLabel } from "./data";
import { FACTUALITY_LABEL } from "./labels";

/** How one source reports an event, in words: "happened", "claimed by Iraq's Foreign Ministry". */
export function factualityPhrase(a: Pick<EventAttestation, "factuality" | "by">): string {
  const label = FACTUALITY_LABEL[a.factuality];
  return a.by && a.factuality !== "happened" ? `${label} by ${actorName(a.by)}` : label;
}

export interface FactualityNote {
  phrase: string;
  /** the sources that report it so; empty when every source that carries the event does */
  sources: string[];
}

/**
 * What a reader must know before taking an event as fact: each way the sources report it other
 * than as having happened, and which sources do, where not all of them agree.
 */
export function factualityNotes(event: {
  attestations: readonly Pick<EventAttestation, "source" | "factuality" | "by">[];
}): FactualityNote[] {
  const byPhrase = new Map<string, string[]>();
  for (const a of event.attestations) {
    if (a.factuality === "happened") continue;
    const phrase = factualityPhrase(a);
    byPhrase.set(phrase, [...(byPhrase.get(phrase) ?? []), a.source]);
  }
  return [...byPhrase].map(([phrase, sources]) => ({
    phrase,
    sources: sources.length === event.attestations.length ? [] : sources,
  }));
}

/** A factuality note as a badge reads: "claimed by X", or "RT: claimed by X" when sources differ. */
export function factualityBadge(note: FactualityNote): string {
  return note.sources.length
    ? `${note.sources.map(sourceShortLabel).join(", ")}: ${note.phrase}`
    : note.phrase;
}
