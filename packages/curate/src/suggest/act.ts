import type { SpeechAct } from "@dossier/core";

// words inside the reported speech that name the act outright, whatever the cue
const NAMED_ACTS: [RegExp, SpeechAct][] = [
  [/\bcondemn(?:s|ed|ing|ation)?\b/i, "condemnation"],
  [/\b(?:justif(?:y|ied|ies)|self-defen[cs]e)\b/i, "justification"],
  [/\baccus(?:e|es|ed|ation)\b/i, "accusation"],
];
// a vow of harm is a threat, not a commitment to cooperate
const HARM =
  /\b(?:avenge|revenge|retaliat\w*|punish\w*|destroy\w*|strike back|respond militarily)\b/i;

/**
 * The speech act for a cue and the words it reports. The cue's act from core's lexicon is the
 * first guess; a neutral cue ("said") gives way to an act the words name ("condemnation"), and a
 * vow to do harm is a threat.
 */
export function speechAct(cueAct: SpeechAct, words: string): SpeechAct {
  if (cueAct === "commitment" && HARM.test(words)) return "threat";
  if (cueAct !== "claim" && cueAct !== "assessment") return cueAct;
  for (const [pattern, act] of NAMED_ACTS) if (pattern.test(words)) return act;
  return cueAct;
}
