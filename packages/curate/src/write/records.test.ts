import { StatementInputSchema } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { readActors, readSources } from "../data/folder.js";
import { FIRST_STORY } from "../measure/first-story.js";
import { suggest } from "../suggest/index.js";
import { REPO_DATA } from "../test-support/data-copy.js";
import { quoteAt, statementFromSuggestion, uniqueId } from "./records.js";

describe("a suggestion as a record", () => {
  it("becomes a statement in the attestation format whose every quote is the source's words", async () => {
    const actors = await readActors(REPO_DATA);
    for (const source of await readSources(REPO_DATA, FIRST_STORY)) {
      const published = source.published ?? "2020-01-05";
      for (const [i, s] of suggest(source.text, { actors, published }).statements.entries()) {
        const record = statementFromSuggestion(s, {
          id: `st-${i}`,
          gist: "A gist.",
          source: source.id,
          text: source.text,
          published,
        });
        expect(
          StatementInputSchema.safeParse({ ...record, story: FIRST_STORY }).error,
        ).toBeUndefined();
        const [attestation] = record.attestations;
        for (const q of [
          ...(attestation?.evidence ?? []),
          attestation?.cue,
          attestation?.speakerName,
        ]) {
          if (!q) continue;
          let at = -1;
          for (let n = 0; n < (q.occurrence ?? 1); n++) at = source.text.indexOf(q.quote, at + 1);
          expect(at, q.quote).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  it("numbers a quote's occurrence only when the words recur", () => {
    // "he" is in "she" too: the checks find quotes by their characters, not by words
    const text = "he said yes. she said no.";
    expect(quoteAt(text, { start: 3, end: 7 })).toEqual({ quote: "said", occurrence: 1 });
    expect(quoteAt(text, { start: 17, end: 21 })).toEqual({ quote: "said", occurrence: 2 });
    expect(quoteAt(text, { start: 0, end: 2 })).toEqual({ quote: "he", occurrence: 1 });
    expect(quoteAt(text, { start: 8, end: 11 })).toEqual({ quote: "yes" });
  });

  it("makes ids from words, unique among those taken", () => {
    expect(uniqueId("st", "Muqtada al-Sadr: “close it”", new Set())).toBe(
      "st-muqtada-al-sadr-close-it",
    );
    expect(uniqueId("st", "x", new Set(["st-x", "st-x-2"]))).toBe("st-x-3");
  });
});
