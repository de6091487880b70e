import { quoteAt, type StatementSuggestion, statementFromSuggestion } from "@dossier/curate";
import { dateFromInput, dateInput, dateInputFromPublication } from "./date-input.js";
import {
  evidenceFromInput,
  evidenceInput,
  type FormInput,
  list,
  type Quote,
  quote,
  quoteFromInput,
  quoteInput,
  str,
} from "./form-input.js";

/** The record the form describes; the checks, not this function, judge it. */
export function recordFromInput(input: FormInput, source: string): Record<string, unknown> {
  const attestation: Record<string, unknown> = {
    source,
    quotation: str(input, "quotation"),
    attribution: str(input, "attribution"),
  };
  const speakerName = quoteFromInput(input, "speakerName");
  if (speakerName) attestation.speakerName = speakerName;
  const cue = quoteFromInput(input, "cue");
  if (cue) attestation.cue = cue;
  if (str(input, "occasionKind")) {
    attestation.occasion = {
      kind: str(input, "occasionKind"),
      ...(str(input, "occasionQuote") ? { words: quote(str(input, "occasionQuote")) } : {}),
    };
  }
  // rows of blanks alone are no evidence: the schema then says it is missing
  attestation.evidence = list(input, "evidence").length ? evidenceFromInput(input) : [];
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
    ...quoteInput("speakerName", a?.speakerName),
    ...quoteInput("cue", a?.cue),
    occasionKind: a?.occasion?.kind ?? "",
    occasionQuote: a?.occasion?.words?.quote ?? "",
    ...evidenceInput(a?.evidence ?? []),
    // no date found and none published: the form still proposes the publication as its basis
    ...dateInput(date ?? { resolution: { basis: "publication" } }, word),
  };
}

/** Form fields for a new statement from words the curator selected. */
export function inputFromSelection(
  text: string,
  span: { start: number; end: number },
  ctx: { id: string; published?: string | undefined },
): FormInput {
  return {
    id: ctx.id,
    speaker: "",
    act: "claim",
    gist: "",
    quotation: "indirect",
    attribution: "named",
    ...evidenceInput([quoteAt(text, span)]),
    ...dateInputFromPublication(ctx.published),
  };
}

/** Form fields from a record on file, with this source's attestation (or a new one) to edit. */
export function inputFromRecord(record: Record<string, unknown>, source: string): FormInput {
  const attestations = (record.attestations as Record<string, unknown>[] | undefined) ?? [];
  const a = attestations.find((x) => x.source === source) ?? {};
  const date = (record.date ?? {}) as Record<string, unknown>;
  const resolution = (date.resolution ?? {}) as Record<string, unknown>;
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
    ...quoteInput("speakerName", q("speakerName")),
    ...quoteInput("cue", q("cue")),
    occasionKind: occasion?.kind ?? "",
    occasionQuote: occasion?.words?.quote ?? "",
    ...evidenceInput((a.evidence as Quote[] | undefined) ?? []),
    ...dateInput(date, dateWord),
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
