import type { SpeechAct } from "../schemas/speech-acts.js";
import type { OccasionKind } from "../schemas/statement.js";
import type { EventType } from "../schemas/taxonomy.js";
import type { PoolActor } from "./pool.js";
import { ACT_CLAUSES, EVENT_WORDS } from "./vocabulary.js";

// the pieces of sentence the story and its body share

export const MEDIA: [OccasionKind, string, string][] = [
  ["press-conference", "held a press conference", "at the press conference"],
  ["tweet", "posted on social media", "in a post"],
  ["letter", "sent a letter to parliament", "in the letter"],
  ["speech", "gave a speech", "in the speech"],
  ["interview", "gave an interview", "in the interview"],
  ["written-statement", "released a written statement", "in the statement"],
  ["parliament-session", "addressed a session of parliament", "during the session"],
];
export const UNREAL = ["planned", "demanded", "hypothetical"] as const;
export const ACTS = Object.keys(ACT_CLAUSES) as SpeechAct[];
export const TYPES = (Object.keys(EVENT_WORDS) as EventType[]).filter(
  (t) => t !== "public-statement",
);
export const AIMED = new Set<SpeechAct>([
  "criticism",
  "condemnation",
  "accusation",
  "threat",
  "warning",
  "demand",
]);
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const pad = (n: number) => String(n).padStart(2, "0");

/** The name a sentence gives an actor: organisations take an article, people and populations not. */
export function named(actor: PoolActor, capital: boolean): string {
  if (actor.kind === "person" || actor.kind === "population") return actor.name;
  return `${capital ? "The" : "the"} ${actor.name}`;
}
