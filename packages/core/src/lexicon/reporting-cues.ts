import type { SpeechAct } from "../schemas/speech-acts.js";

/**
 * Reporting cues: the words a news text uses to report speech, each with the speech act it most
 * often signals. A cue is a first guess for the curator, never the record's act: "said" can carry
 * any act, and the words reported decide. Finite forms only ("said", "says"): "-ing" forms mostly
 * head the clauses of resolutions and reports ("a resolution calling for"), not someone's words.
 */
export const REPORTING_CUES = {
  // claims: neutral reporting verbs
  said: "claim",
  says: "claim",
  stated: "claim",
  states: "claim",
  stressed: "claim",
  stresses: "claim",
  added: "claim",
  adds: "claim",
  told: "claim",
  tells: "claim",
  explained: "claim",
  noted: "claim",
  confirmed: "claim",
  affirmed: "claim",
  insisted: "claim",
  claimed: "claim",
  claims: "claim",
  asserted: "claim",
  argued: "claim",
  "according to": "claim",
  // assessments
  described: "assessment",
  describes: "assessment",
  considered: "assessment",
  "called it": "assessment",
  // announcements and disclosures
  announced: "announcement",
  announces: "announcement",
  declared: "announcement",
  revealed: "disclosure",
  disclosed: "disclosure",
  // demands, calls and advice
  demanded: "demand",
  demands: "demand",
  "called for": "call",
  "calls for": "call",
  "called on": "call",
  "calls on": "call",
  "called upon": "call",
  appealed: "call",
  urged: "call",
  urges: "call",
  asked: "call",
  advised: "advice",
  advises: "advice",
  recommended: "advice",
  proposed: "proposal",
  suggested: "proposal",
  // commitments, warnings, threats
  vowed: "commitment",
  vows: "commitment",
  pledged: "commitment",
  pledges: "commitment",
  promised: "commitment",
  warned: "warning",
  warns: "warning",
  cautioned: "warning",
  threatened: "threat",
  threatens: "threat",
  // criticism and its harder forms
  criticised: "criticism",
  criticized: "criticism",
  criticises: "criticism",
  criticizes: "criticism",
  slammed: "criticism",
  blasted: "criticism",
  condemned: "condemnation",
  condemns: "condemnation",
  denounced: "condemnation",
  accused: "accusation",
  accuses: "accusation",
  blamed: "accusation",
  // denials, rejections, justifications
  denied: "denial",
  denies: "denial",
  rejected: "rejection",
  rejects: "rejection",
  refused: "rejection",
  dismissed: "rejection",
  defended: "justification",
  justified: "justification",
} as const satisfies Record<string, SpeechAct>;

export type ReportingCue = keyof typeof REPORTING_CUES;

/** The act a reporting cue most often signals, or undefined when the words are no known cue. */
export function speechActForCue(cue: string): SpeechAct | undefined {
  const key = cue.toLowerCase().replace(/\s+/g, " ").trim();
  return Object.hasOwn(REPORTING_CUES, key) ? REPORTING_CUES[key as ReportingCue] : undefined;
}
