import type { StatementSuggestion } from "@dossier/curate";
import { dateFor, quoteAt, statementFromSuggestion } from "@dossier/curate";

/** The form's fields as strings, exactly as the curator typed them: what a failed save gives back. */
export type FormInput = Record<string, string | string[]>;

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

export const str = (input: FormInput, key: string) => {
  const v = input[key];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
};
export const list = (input: FormInput, key: string) => {
  const v = input[key];
  return (Array.isArray(v) ? v : v ? [v] : []).map((s) => s.trim()).filter(Boolean);
};
// an occurrence the form carries is kept, 1 included: the checks need it wherever words recur
export const quote = (words: string, occurrence?: string) =>
  occurrence && Number(occurrence) >= 1
    ? { quote: words, occurrence: Number(occurrence) }
    : { quote: words };

/** A date as the form's date fields give it, its resolution's words from this source. */
export function dateFromInput(input: FormInput, source: string): Record<string, unknown> {
  return {
    value: str(input, "dateValue"),
    precision: str(input, "datePrecision"),
    ...(str(input, "datePartOfDay") ? { partOfDay: str(input, "datePartOfDay") } : {}),
    resolution: {
      basis: str(input, "dateBasis"),
      ...(str(input, "dateWords")
        ? {
            words: [
              {
                source,
                ...quote(str(input, "dateWords"), str(input, "dateWordsOccurrence")),
              },
            ],
          }
        : {}),
      ...(str(input, "dateAnchor") ? { anchor: str(input, "dateAnchor") } : {}),
      reasoning: str(input, "dateReasoning"),
    },
  };
}

/** The record the form describes; the checks, not this function, judge it. */
export function recordFromInput(input: FormInput, source: string): Record<string, unknown> {
  const evidence = list(input, "evidence").length ? (input.evidence as string[]) : [];
  const occurrences = list(input, "occurrence").length ? (input.occurrence as string[]) : [];
  const attestation: Record<string, unknown> = {
    source,
    quotation: str(input, "quotation"),
    attribution: str(input, "attribution"),
  };
  if (str(input, "speakerName"))
    attestation.speakerName = quote(str(input, "speakerName"), str(input, "speakerNameOccurrence"));
  if (str(input, "cue")) attestation.cue = quote(str(input, "cue"), str(input, "cueOccurrence"));
  if (str(input, "occasionKind")) {
    attestation.occasion = {
      kind: str(input, "occasionKind"),
      ...(str(input, "occasionQuote") ? { words: quote(str(input, "occasionQuote")) } : {}),
    };
  }
  attestation.evidence = evidence
    .map((words, i) => ({ words, occurrence: occurrences[i] }))
    .filter((e) => e.words.length > 0)
    .map((e) => quote(e.words, e.occurrence));
  const date = dateFromInput(input, source);
  return {
    id: str(input, "id"),
    speaker: str(input, "speaker") || null,
    act: str(input, "act"),
    gist: str(input, "gist"),
    date,
    ...(str(input, "communication") ? { communication: str(input, "communication") } : {}),
    addressees: list(input, "addressees"),
    targets: list(input, "targets"),
    mentions: list(input, "mentions"),
    about: list(input, "about"),
    attestations: [attestation],
  };
}

type Quote = { quote: string; occurrence?: number };

/** Form fields prefilled from a suggestion; the gist starts as the words, for the curator to rewrite. */
export function inputFromSuggestion(
  s: StatementSuggestion,
  ctx: { id: string; source: string; text: string; published?: string | undefined },
): FormInput {
  const r = statementFromSuggestion(s, {
    ...ctx,
    gist: s.evidence.map((e) => e.quote).join(" … "),
  });
  const a = r.attestations[0];
  const date = r.date as
    | { value: string; precision: string; partOfDay?: string; resolution: Record<string, unknown> }
    | undefined;
  const word = (date?.resolution.words as Quote[] | undefined)?.[0];
  return {
    id: ctx.id,
    speaker: r.speaker ?? "",
    act: r.act ?? "claim",
    gist: r.gist ?? "",
    quotation: a?.quotation ?? "indirect",
    attribution: a?.attribution ?? "named",
    speakerName: a?.speakerName?.quote ?? "",
    speakerNameOccurrence: String(a?.speakerName?.occurrence ?? ""),
    cue: a?.cue?.quote ?? "",
    cueOccurrence: String(a?.cue?.occurrence ?? ""),
    occasionKind: a?.occasion?.kind ?? "",
    occasionQuote: a?.occasion?.words?.quote ?? "",
    evidence: a?.evidence.map((e) => e.quote) ?? [],
    occurrence: a?.evidence.map((e) => String(e.occurrence ?? "")) ?? [],
    dateValue: date?.value ?? "",
    datePrecision: date?.precision ?? "day",
    datePartOfDay: date?.partOfDay ?? "",
    dateBasis: String(date?.resolution.basis ?? "publication"),
    dateWords: word?.quote ?? "",
    dateWordsOccurrence: String(word?.occurrence ?? ""),
    dateAnchor: String(date?.resolution.anchor ?? ""),
    dateReasoning: String(date?.resolution.reasoning ?? ""),
  };
}

/** Form fields for a new statement from words the curator selected. */
export function inputFromSelection(
  text: string,
  span: { start: number; end: number },
  ctx: { id: string; published?: string | undefined },
): FormInput {
  const q = quoteAt(text, span);
  const published = ctx.published;
  const date = published
    ? (dateFor({ evidence: [] } as unknown as StatementSuggestion, "", published) as {
        resolution: { reasoning: string };
      })
    : undefined;
  return {
    id: ctx.id,
    speaker: "",
    act: "claim",
    gist: "",
    quotation: "indirect",
    attribution: "named",
    evidence: [q.quote],
    occurrence: [String(q.occurrence ?? "")],
    dateValue: published ?? "",
    datePrecision: "day",
    dateBasis: published ? "publication" : "",
    dateReasoning: date?.resolution.reasoning ?? "",
  };
}

/** Form fields from a record on file, with this source's attestation (or a new one) to edit. */
export function inputFromRecord(record: Record<string, unknown>, source: string): FormInput {
  const attestations = (record.attestations as Record<string, unknown>[] | undefined) ?? [];
  const a = attestations.find((x) => x.source === source) ?? {};
  const date = (record.date ?? {}) as Record<string, unknown>;
  const resolution = (date.resolution ?? {}) as Record<string, unknown>;
  const evidence = (a.evidence as Quote[] | undefined) ?? [];
  const q = (key: string) => a[key] as Quote | undefined;
  const occasion = a.occasion as { kind?: string; words?: Quote } | undefined;
  const ids = (key: string) => ((record[key] as string[] | undefined) ?? []).map(String);
  // the date's words from this source: those of other sources are kept as they are on file
  const dateWord = ((resolution.words as (Quote & { source?: string })[] | undefined) ?? []).find(
    (w) => w.source === source,
  );
  return {
    replacing: String(record.id),
    id: String(record.id),
    speaker: String(record.speaker ?? ""),
    act: String(record.act ?? ""),
    gist: String(record.gist ?? ""),
    quotation: String(a.quotation ?? "indirect"),
    attribution: String(a.attribution ?? "named"),
    speakerName: q("speakerName")?.quote ?? "",
    speakerNameOccurrence: String(q("speakerName")?.occurrence ?? ""),
    cue: q("cue")?.quote ?? "",
    cueOccurrence: String(q("cue")?.occurrence ?? ""),
    occasionKind: occasion?.kind ?? "",
    occasionQuote: occasion?.words?.quote ?? "",
    evidence: evidence.map((e) => e.quote),
    occurrence: evidence.map((e) => String(e.occurrence ?? "")),
    dateValue: String(date.value ?? ""),
    datePrecision: String(date.precision ?? "day"),
    datePartOfDay: String(date.partOfDay ?? ""),
    dateBasis: String(resolution.basis ?? ""),
    // the date's words from this source: those of other sources are kept as they are on file
    dateWords: dateWord?.quote ?? "",
    dateWordsOccurrence: String(dateWord?.occurrence ?? ""),
    dateAnchor: String(resolution.anchor ?? ""),
    dateReasoning: String(resolution.reasoning ?? ""),
    communication: String(record.communication ?? ""),
    addressees: ids("addressees"),
    targets: ids("targets"),
    mentions: ids("mentions"),
    about: ids("about"),
  };
}

/**
 * The edited record: the form's fields, this source's attestation in its place, and whatever the
 * form does not show (other sources' attestations, context, note, date anchors) kept from file.
 */
export function mergeIntoRecord(
  onFile: Record<string, unknown>,
  edited: Record<string, unknown>,
  source: string,
): Record<string, unknown> {
  const [mine] = edited.attestations as Record<string, unknown>[];
  const others = (onFile.attestations as Record<string, unknown>[] | undefined) ?? [];
  const at = others.findIndex((a) => a.source === source);
  const attestations = at >= 0 ? others.map((a, i) => (i === at ? mine : a)) : [...others, mine];
  const fileDate = (onFile.date ?? {}) as Record<string, unknown>;
  const formDate = (edited.date ?? {}) as Record<string, unknown>;
  const fileResolution = (fileDate.resolution ?? {}) as Record<string, unknown>;
  const formResolution = (formDate.resolution ?? {}) as Record<string, unknown>;
  type Word = { source: string; quote: string; occurrence?: number };
  const fileWords = (fileResolution.words as Word[] | undefined) ?? [];
  const [formWord] = (formResolution.words as Word[] | undefined) ?? [];
  // the form shows this source's date words: change, add or remove those, keep the others
  const otherWords = fileWords.filter((w) => w.source !== source);
  const mineOnFile = fileWords.find((w) => w.source === source);
  const words = !formWord
    ? otherWords
    : mineOnFile
      ? fileWords.map((w) =>
          w === mineOnFile &&
          (w.quote !== formWord.quote || (w.occurrence ?? 1) !== (formWord.occurrence ?? 1))
            ? formWord
            : w,
        )
      : [...fileWords, formWord];
  const resolution: Record<string, unknown> = { ...fileResolution, ...formResolution };
  if (words.length) resolution.words = words;
  else delete resolution.words;
  const date = { ...fileDate, ...formDate, resolution };
  // a picker sends ids in its own order, and empty where the file leaves a list out: neither is an edit
  const lists: Record<string, unknown> = {};
  for (const key of ["addressees", "targets", "mentions", "about"]) {
    const mine = (edited[key] as string[] | undefined) ?? [];
    const theirs = onFile[key] as string[] | undefined;
    const same = theirs && mine.length === theirs.length && mine.every((id) => theirs.includes(id));
    lists[key] = same ? theirs : mine;
  }
  const merged: Record<string, unknown> = { ...onFile, ...edited, ...lists, date, attestations };
  for (const key of Object.keys(lists))
    if (onFile[key] === undefined && (merged[key] as unknown[]).length === 0) delete merged[key];
  return merged;
}
