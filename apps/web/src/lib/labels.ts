import type {
  Attribution,
  Factuality,
  OccasionKind,
  Quotation,
  SlipKind,
  Voice,
} from "@dossier/core";
import { type AliasVariant, SPEECH_ACTS, type SpeechAct } from "@dossier/core";

// one wording for every act, core's
export const ACT_LABEL = Object.fromEntries(
  Object.entries(SPEECH_ACTS).map(([act, def]) => [act, def.label]),
) as Record<SpeechAct, string>;

export const QUOTATION_LABEL: Record<Quotation, string> = {
  direct: "direct quote",
  partial: "partial quote",
  indirect: "reported speech",
  paraphrase: "paraphrase",
};

export const ATTRIBUTION_LABEL: Record<Attribution, string> = {
  named: "to a speaker it names",
  unnamed: "to a speaker it does not name",
  outlet: "to no one: the outlet's own narration",
  none: "to no one: quoted words with no speaker",
};

export const FACTUALITY_LABEL: Record<Factuality, string> = {
  happened: "happened",
  claimed: "claimed",
  planned: "planned",
  demanded: "demanded",
  hypothetical: "hypothetical",
  denied: "denied",
};

export const OCCASION_LABEL: Record<OccasionKind, string> = {
  "parliament-session": "in a parliament session",
  "written-statement": "in a written statement",
  tweet: "in a tweet",
  letter: "in a letter",
  "press-conference": "at a press conference",
  interview: "in an interview",
  speech: "in a speech",
  summons: "at a summons",
  unspecified: "occasion not stated",
};

export const MEDIUM_LABEL: Record<OccasionKind, string> = {
  "parliament-session": "a parliament session",
  "written-statement": "a written statement",
  tweet: "a tweet",
  letter: "a letter",
  "press-conference": "a press conference",
  interview: "an interview",
  speech: "a speech",
  summons: "a summons",
  unspecified: "an act of communication",
};

export const VOICE_LABEL: Record<Voice, string> = {
  outlet: "the outlet's own words",
  speaker: "in the words of",
  "unnamed-speaker": "in the words of a speaker the source does not name",
  uncertain: "inside reported speech: whether the speaker or the writer chose it is uncertain",
};

export const SLIP_LABEL: Record<SlipKind, string> = {
  translation: "Translation slip",
  transliteration: "Misspelt name",
  typo: "Typo",
  reporting: "Reporting error",
  rewriting: "Changed in rewriting",
};

export const DERIVATION_LABEL = {
  original: "Original report",
  reprint: "Reprint",
  translation: "Translation",
  "machine-translation": "Machine translation",
  rewrite: "Rewrite",
} as const;

export const DISCREPANCY_LABEL = {
  omission: "Omission",
  contradiction: "Contradiction",
  "differing-detail": "Differing detail",
  naming: "Naming",
  attribution: "Attribution",
  error: "Error in a source",
} as const;

export const VARIANT_LABEL: Record<AliasVariant, string> = {
  standard: "standard",
  misnomer: "misnomer",
  transliteration: "transliteration",
  "short-form": "short form",
  descriptive: "descriptive",
  misspelling: "misspelling",
  mistranslation: "mistranslation",
};

export const LANGUAGE_LABEL: Record<string, string> = {
  en: "English",
  ar: "Arabic",
  fa: "Persian",
  ku: "Kurdish",
};

export const languageName = (tag: string) => LANGUAGE_LABEL[tag] ?? tag;

/** "Al Jazeera" and "RT" but "a report" when nothing is known. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
