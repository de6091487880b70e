import { type Dataset, type RecordKind, type RecordRef, sourceSides } from "@dossier/core";

const ANCHOR_PREFIX: Record<RecordKind, string> = {
  story: "sy",
  source: "so",
  actor: "ac",
  place: "pl",
  event: "ev",
  statement: "st",
  framing: "fr",
  discrepancy: "disc",
  context: "ctx",
};

/** The fragment id a record's highlighted words carry in a source, and its own block on a page. */
export function anchorId(ref: RecordRef): string {
  const prefix = `${ANCHOR_PREFIX[ref.kind]}-`;
  // ids are unique across the dataset; many already carry the prefix ("ev-…"), so keep them short
  return ref.id.startsWith(prefix) ? ref.id : `${prefix}${ref.id}`;
}

/** The story a story-bound record belongs to, if any. */
function storyOf(ds: Dataset, ref: RecordRef): string | undefined {
  const pool: Partial<Record<RecordKind, readonly { id: string; story: string }[]>> = {
    event: ds.events,
    statement: ds.statements,
    framing: ds.framings,
    discrepancy: ds.discrepancies,
    context: ds.context,
  };
  return pool[ref.kind]?.find((r) => r.id === ref.id)?.story;
}

/**
 * Whether a story's compare page, opened on all the story's sources, shows a discrepancy: core's
 * compareSources keeps those with a source side and every source side among the chosen sources.
 */
export function onComparePage(ds: Dataset, discrepancyId: string): boolean {
  const d = ds.discrepancies.find((x) => x.id === discrepancyId);
  const story = d && ds.stories.find((s) => s.id === d.story);
  if (!d || !story || story.sources.length < 2) return false;
  const sides = sourceSides(d);
  return sides.length > 0 && sides.every((s) => story.sources.includes(s.source));
}

/** Where a reader goes to see a record: its own page, or the block that shows it. */
export function recordHref(ds: Dataset, ref: RecordRef): string {
  switch (ref.kind) {
    case "story":
      return `/stories/${ref.id}`;
    case "source":
      return `/sources/${ref.id}`;
    case "actor":
      return `/actors/${ref.id}`;
    case "place":
      return `/places/${ref.id}`;
    case "event":
      return `/events/${ref.id}`;
    case "statement":
      return `/statements/${ref.id}`;
    case "framing":
      // the compare page keeps framings in a closed section; ?open= opens it on arrival
      return `/stories/${storyOf(ds, ref)}/compare?open=${ref.id}#${anchorId(ref)}`;
    case "discrepancy":
      // the compare page shows both sides' words, each closed until ?open= opens it; the story
      // page keeps in full the few it does not show
      return onComparePage(ds, ref.id)
        ? `/stories/${storyOf(ds, ref)}/compare?open=${ref.id}#${anchorId(ref)}`
        : `/stories/${storyOf(ds, ref)}#${anchorId(ref)}`;
    case "context":
      return `/stories/${storyOf(ds, ref)}#${anchorId(ref)}`;
  }
}

/** A link that lands on a record's highlighted words in a source. */
export function sourceHref(sourceId: string, ref: RecordRef): string {
  return `/sources/${sourceId}#${anchorId(ref)}`;
}

export const KIND_LABEL: Record<RecordKind, { one: string; many: string }> = {
  story: { one: "Story", many: "Stories" },
  source: { one: "Source", many: "Sources" },
  actor: { one: "Actor", many: "Actors" },
  place: { one: "Place", many: "Places" },
  event: { one: "Event", many: "Events" },
  statement: { one: "Statement", many: "Statements" },
  framing: { one: "Framing", many: "Framings" },
  discrepancy: { one: "Discrepancy", many: "Discrepancies" },
  context: { one: "Context note", many: "Context notes" },
};
