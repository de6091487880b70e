/** The form's fields as strings, exactly as the curator typed them: what a failed save gives back. */
export type FormInput = Record<string, string | string[]>;

/** Words of a source, with which of their occurrences when they recur. */
export type Quote = { quote: string; occurrence?: number };

const LISTS = [
  "addressees",
  "targets",
  "mentions",
  "about",
  "evidence",
  "occurrence",
  "participantActor",
  "participantRole",
] as const;

export function formInput(body: Record<string, string | File | (string | File)[]>): FormInput {
  const out: FormInput = {};
  for (const [key, value] of Object.entries(body)) {
    const name = key.replace(/\[\]$/, "");
    const values = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === "string",
    );
    out[name] = (LISTS as readonly string[]).includes(name) ? values : (values[0] ?? "");
  }
  return out;
}

/** A field as typed, to show it again. */
export const one = (input: FormInput, key: string) => {
  const v = input[key];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};
/** A list's rows as typed, blank ones kept, so each stays beside its occurrence or role. */
export const many = (input: FormInput, key: string) => {
  const v = input[key];
  return Array.isArray(v) ? v : v ? [v] : [];
};
export const str = (input: FormInput, key: string) => {
  const v = input[key];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
};
export const list = (input: FormInput, key: string) =>
  many(input, key)
    .map((s) => s.trim())
    .filter(Boolean);

// an occurrence the form carries is kept, 1 included: the checks need it wherever words recur
export const quote = (words: string, occurrence?: string): Quote =>
  occurrence && Number(occurrence) >= 1
    ? { quote: words, occurrence: Number(occurrence) }
    : { quote: words };

/** The quoted words of a field and its hidden `<name>Occurrence`; undefined when none are given. */
export function quoteFromInput(input: FormInput, name: string): Quote | undefined {
  const words = str(input, name);
  return words ? quote(words, str(input, `${name}Occurrence`)) : undefined;
}

/** The fields a quote fills: its words, and its occurrence in the hidden field beside them. */
export function quoteInput(
  name: string,
  q: { quote: string; occurrence?: number | undefined } | undefined,
): FormInput {
  return { [name]: q?.quote ?? "", [`${name}Occurrence`]: String(q?.occurrence ?? "") };
}

/** The evidence rows' words, each with its occurrence; empty rows (the form adds one) left out. */
export function evidenceFromInput(input: FormInput): Quote[] {
  const occurrences = many(input, "occurrence");
  return many(input, "evidence")
    .map((words, i) => ({ words, occurrence: occurrences[i] }))
    .filter((e) => e.words.length > 0)
    .map((e) => quote(e.words, e.occurrence));
}

/** The evidence rows for these quotes, each with its occurrence beside it. */
export function evidenceInput(
  quotes: readonly { quote: string; occurrence?: number | undefined }[],
): FormInput {
  return {
    evidence: quotes.map((e) => e.quote),
    occurrence: quotes.map((e) => String(e.occurrence ?? "")),
  };
}
