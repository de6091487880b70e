import { recordEvidence } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { dataset } from "./data";
import { statementCard } from "./share-records";

describe("a statement's share card", () => {
  it("calls the words a quote only where the card's source quotes the speaker", () => {
    for (const s of dataset.statements) {
      const card = statementCard(s.id);
      const source = recordEvidence(s)[0]?.source;
      const quotation = s.attestations.find((a) => a.source === source)?.quotation;
      const says = card?.attribution ?? "";
      const quoted = quotation === "direct" || quotation === "partial";
      expect(/quoted in/.test(says), `${s.id} (${quotation}): "${says}"`).toBe(quoted);
      if (quotation === "paraphrase") expect(says).toContain("as paraphrased by");
      if (quotation === "indirect") expect(says).toContain("as reported by");
    }
  });

  it("has curated statements of each kind to check, so the test above says something", () => {
    const kinds = new Set(
      dataset.statements.map(
        (s) => s.attestations.find((a) => a.source === recordEvidence(s)[0]?.source)?.quotation,
      ),
    );
    expect(kinds.has("direct") || kinds.has("partial")).toBe(true);
    expect(kinds.has("indirect") || kinds.has("paraphrase")).toBe(true);
  });
});
