import { dateFor, type StatementSuggestion } from "@dossier/curate";
import { type FormInput, quoteFromInput, quoteInput, str } from "./form-input.js";

/** A date as the form's date fields give it, its resolution's words from this source. */
export function dateFromInput(input: FormInput, source: string): Record<string, unknown> {
  const words = quoteFromInput(input, "dateWords");
  return {
    value: str(input, "dateValue"),
    precision: str(input, "datePrecision"),
    ...(str(input, "datePartOfDay") ? { partOfDay: str(input, "datePartOfDay") } : {}),
    resolution: {
      basis: str(input, "dateBasis"),
      ...(words ? { words: [{ source, ...words }] } : {}),
      ...(str(input, "dateAnchor") ? { anchor: str(input, "dateAnchor") } : {}),
      reasoning: str(input, "dateReasoning"),
    },
  };
}

/** The date fields for a record's date, with the words `word` quotes (this source's, if any). */
export function dateInput(
  date: Record<string, unknown>,
  word: { quote: string; occurrence?: number } | undefined,
): FormInput {
  const resolution = (date.resolution ?? {}) as Record<string, unknown>;
  return {
    dateValue: String(date.value ?? ""),
    datePrecision: String(date.precision ?? "day"),
    datePartOfDay: String(date.partOfDay ?? ""),
    dateBasis: String(resolution.basis ?? ""),
    ...quoteInput("dateWords", word),
    dateAnchor: String(resolution.anchor ?? ""),
    dateReasoning: String(resolution.reasoning ?? ""),
  };
}

/** The date fields of a record dated by its report, until the curator says otherwise. */
export function dateInputFromPublication(published: string | undefined): FormInput {
  const date = published
    ? (dateFor({ evidence: [] } as unknown as StatementSuggestion, "", published) as {
        resolution: { reasoning: string };
      })
    : undefined;
  return {
    dateValue: published ?? "",
    datePrecision: "day",
    dateBasis: published ? "publication" : "",
    dateReasoning: date?.resolution.reasoning ?? "",
  };
}
