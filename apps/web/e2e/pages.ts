import { filterStatements, type Story } from "@dossier/core";
import { dataset } from "@dossier/core/data";

function firstStory(): Story {
  const first = dataset.stories[0];
  if (!first) throw new Error("the dataset has no story to test against");
  return first;
}

const story = firstStory();

export { dataset, story };

/** One address per page type, taken from the real dataset. */
export const PAGE_TYPES: Record<string, string> = {
  home: "/",
  story: `/stories/${story.id}`,
  timeline: `/stories/${story.id}/timeline`,
  "timeline filtered": `/stories/${story.id}/timeline?show=statements&speaker=${filterStatements(dataset, { story: story.id }).find((s) => s.speaker)?.speaker}`,
  compare: `/stories/${story.id}/compare`,
  event: `/events/${dataset.events[0]?.id}`,
  statement: `/statements/${dataset.statements[0]?.id}`,
  // the pages the attestation model adds most to, found by property so re-curation keeps them
  "statement in two sources": `/statements/${(dataset.statements.find((s) => s.attestations.length > 1) ?? dataset.statements[0])?.id}`,
  "statement dated by anchors": `/statements/${(dataset.statements.find((s) => s.date.after || s.date.before) ?? dataset.statements[0])?.id}`,
  "act of communication": `/events/${(dataset.events.find((e) => dataset.statements.some((s) => s.communication === e.id)) ?? dataset.events[0])?.id}`,
  "event reported as a claim": `/events/${(dataset.events.find((e) => e.attestations.some((a) => a.factuality !== "happened")) ?? dataset.events[0])?.id}`,
  actors: "/actors",
  actor: `/actors/${dataset.actors.find((a) => a.aliases.length > 1)?.id ?? dataset.actors[0]?.id}`,
  source: `/sources/${story.sources[0]}`,
  place: `/places/${dataset.places[0]?.id}`,
  search: "/search?q=sovereignty",
  "not found": "/events/no-such-event",
};
