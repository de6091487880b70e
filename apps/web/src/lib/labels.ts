import { type AliasVariant, SPEECH_ACTS, type SpeechAct, type StatementMode } from "@dossier/core";

// one wording for every act, core's
export const ACT_LABEL = Object.fromEntries(
  Object.entries(SPEECH_ACTS).map(([act, def]) => [act, def.label]),
) as Record<SpeechAct, string>;

export const MODE_LABEL: Record<StatementMode, string> = {
  "direct-quote": "direct quote",
  indirect: "reported speech",
  paraphrase: "paraphrase",
  unattributed: "no speaker named",
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
