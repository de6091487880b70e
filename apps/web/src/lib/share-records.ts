import {
  EVENT_TYPES,
  filterEvents,
  filterStatements,
  formatDate,
  getEvent,
  getStatement,
  getStory,
  type Quotation,
  recordEvidence,
} from "@dossier/core";
import { actorName, dataset, sourceShortLabel } from "./data";
import { displayIsoDate } from "./dates";
import type { ShareCard } from "./share-card";

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** "Reuters", "Reuters and AP", "Reuters and 2 other sources" */
function sourcesPhrase(ids: readonly string[]): string {
  const [first, second] = ids.map(sourceShortLabel);
  if (!first) return "no source";
  if (ids.length === 1) return first;
  if (ids.length === 2) return `${first} and ${second}`;
  return `${first} and ${ids.length - 1} other sources`;
}

/** The first words a source gives for a record, and that source first among those that carry it. */
function firstWords(record: Parameters<typeof recordEvidence>[0]) {
  const evidence = recordEvidence(record)[0];
  const sources = record.attestations.map((a) => a.source);
  const ordered = evidence
    ? [evidence.source, ...sources.filter((s) => s !== evidence.source)]
    : sources;
  return { words: evidence?.quote, sources: [...new Set(ordered)] };
}

/** How the card's source gives a speaker's words: only a direct or partial quote is "quoted". */
const RENDERED_AS: Record<Quotation, string> = {
  direct: "as quoted in",
  partial: "partly quoted in",
  indirect: "as reported by",
  paraphrase: "as paraphrased by",
};

export function statementCard(id: string): ShareCard | undefined {
  const s = getStatement(dataset, id);
  if (!s) return undefined;
  const { words, sources } = firstWords(s);
  const first = s.attestations.find((a) => a.source === sources[0]);
  const how = first ? RENDERED_AS[first.quotation] : "as reported by";
  return {
    eyebrow: `Statement · ${formatDate(s.date)}`,
    ...(words ? { words } : { title: s.gist }),
    attribution: `${actorName(s.speaker)}, ${how} ${sourcesPhrase(sources)}`,
  };
}

export function eventCard(id: string): ShareCard | undefined {
  const e = getEvent(dataset, id);
  if (!e) return undefined;
  const { words, sources } = firstWords(e);
  return {
    eyebrow: `${EVENT_TYPES[e.type].label} · ${formatDate(e.date)}`,
    title: e.title,
    ...(words ? { words } : {}),
    attribution: `As reported in ${sourcesPhrase(sources)}`,
  };
}

export function storyCard(id: string): ShareCard | undefined {
  const story = getStory(dataset, id);
  if (!story) return undefined;
  const events = filterEvents(dataset, { story: id }).length;
  const statements = filterStatements(dataset, { story: id }).length;
  return {
    eyebrow: `Story · ${displayIsoDate(story.period.start)} – ${displayIsoDate(story.period.end)}`,
    title: story.title,
    summary: story.summary,
    attribution: `${count(events, "event")} and ${count(statements, "statement")}, each with its words from ${sourcesPhrase(story.sources)}`,
  };
}
