import * as z from "zod";

interface SpeechActDefinition {
  label: string;
  description: string;
  /** CAMEO's verbal categories (01-14); null where CAMEO has no code for the act */
  cameo: { code: string; label: string } | null;
}

/**
 * What a speaker does by speaking. PLOVER dropped CAMEO's statement categories, so statements keep
 * CAMEO's codes: several acts may share one code where CAMEO does not tell them apart.
 */
export const SPEECH_ACTS = {
  claim: {
    label: "Claim",
    description: "Asserts something as fact.",
    cameo: { code: "010", label: "Make statement, not specified below" },
  },
  assessment: {
    label: "Assessment",
    description: "Judges or characterises a situation ('a dangerous escalation').",
    cameo: { code: "012", label: "Make pessimistic comment" },
  },
  announcement: {
    label: "Announcement",
    description: "Makes known a decision or an action of the speaker's own.",
    cameo: { code: "010", label: "Make statement, not specified below" },
  },
  disclosure: {
    label: "Disclosure",
    description: "Reveals information that was not public ('revealed', 'disclosed').",
    cameo: { code: "010", label: "Make statement, not specified below" },
  },
  demand: {
    label: "Demand",
    description: "Insists that another actor act, with the speaker's authority or pressure.",
    cameo: { code: "100", label: "Demand, not specified below" },
  },
  call: {
    label: "Call",
    description: "Appeals to or urges another actor to act, without a demand's force.",
    cameo: { code: "020", label: "Make an appeal or request, not specified below" },
  },
  advice: {
    label: "Advice",
    description: "Recommends a course of action to others ('advised citizens to leave').",
    cameo: { code: "020", label: "Make an appeal or request, not specified below" },
  },
  proposal: {
    label: "Proposal",
    description: "Puts forward a plan or option for others to take up.",
    cameo: { code: "014", label: "Consider policy option" },
  },
  commitment: {
    label: "Commitment",
    description: "Pledges or vows to do something ('vowed', 'pledged').",
    cameo: { code: "030", label: "Express intent to cooperate, not specified below" },
  },
  warning: {
    label: "Warning",
    description: "Tells of harm to come, without the speaker threatening to cause it.",
    cameo: { code: "012", label: "Make pessimistic comment" },
  },
  threat: {
    label: "Threat",
    description: "Says the speaker will do harm unless something happens, or vows to do harm.",
    cameo: { code: "130", label: "Threaten, not specified below" },
  },
  criticism: {
    label: "Criticism",
    description: "Finds fault with an actor or an action.",
    cameo: { code: "111", label: "Criticize or denounce" },
  },
  condemnation: {
    label: "Condemnation",
    description: "Denounces an act in the strongest terms.",
    cameo: { code: "111", label: "Criticize or denounce" },
  },
  accusation: {
    label: "Accusation",
    description: "Charges an actor with a wrong.",
    cameo: { code: "112", label: "Accuse, not specified below" },
  },
  denial: {
    label: "Denial",
    description: "Rejects an accusation or denies a claim.",
    cameo: { code: "016", label: "Reject accusation, deny responsibility" },
  },
  rejection: {
    label: "Rejection",
    description: "Refuses a request, a proposal or a demand.",
    cameo: { code: "120", label: "Reject, not specified below" },
  },
  justification: {
    label: "Justification",
    description: "Defends an action, the speaker's own or another's.",
    cameo: { code: "052", label: "Defend verbally" },
  },
} as const satisfies Record<string, SpeechActDefinition>;

export type SpeechAct = keyof typeof SPEECH_ACTS;

export const SpeechActSchema = z
  .enum(Object.keys(SPEECH_ACTS) as [SpeechAct, ...SpeechAct[]])
  .meta({
    id: "SpeechAct",
    description:
      "What the speaker does by speaking; each act maps to a CAMEO code where CAMEO has one (see SPEECH_ACTS).",
  });

export const SpeechActDefinitionSchema = z
  .strictObject({
    id: SpeechActSchema,
    label: z.string(),
    description: z.string(),
    cameo: z.strictObject({ code: z.string().regex(/^\d{3,4}$/), label: z.string() }).nullable(),
  })
  .meta({
    id: "SpeechActDefinition",
    description: "One speech act, with its CAMEO code where CAMEO has one.",
  });
export type SpeechActDefinitionRecord = z.infer<typeof SpeechActDefinitionSchema>;

export function speechActDefinitions(): SpeechActDefinitionRecord[] {
  return Object.entries(SPEECH_ACTS).map(([id, def]) => ({ id: id as SpeechAct, ...def }));
}
