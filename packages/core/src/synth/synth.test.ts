import { describe, expect, it } from "vitest";
import { compileDataset } from "../dataset/compile.js";
import { formatDataError } from "../dataset/errors.js";
import { synthCorpus } from "./corpus.js";

const compiled = (seed: number) => {
  const result = compileDataset(synthCorpus({ stories: 3, seed }));
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
  return result.dataset;
};

describe("synthCorpus", () => {
  it("gives the same files, byte for byte, for the same seed, and others for another", () => {
    const a = synthCorpus({ stories: 3, seed: 42 });
    expect(synthCorpus({ stories: 3, seed: 42 })).toEqual(a);
    expect(synthCorpus({ stories: 3, seed: 43 })).not.toEqual(a);
  });

  it("passes the same checks as the curated data", () => {
    const ds = compiled(42);
    expect(ds.stories).toHaveLength(3);
    expect(ds.statements.length).toBeGreaterThan(30);
  });

  it("has the variety of a real story", () => {
    const ds = compiled(42);
    const eventAttestations = ds.events.flatMap((e) => e.attestations);
    const attestations = ds.statements.flatMap((s) => s.attestations);
    expect(new Set(eventAttestations.map((a) => a.factuality))).toEqual(
      new Set(["happened", "claimed", "planned", "demanded", "hypothetical", "denied"]),
    );
    expect(eventAttestations.some((a) => a.by && a.statement)).toBe(true);
    expect(new Set(attestations.map((a) => a.quotation))).toEqual(
      new Set(["direct", "partial", "indirect", "paraphrase"]),
    );
    expect(new Set(attestations.map((a) => a.attribution))).toEqual(
      new Set(["named", "unnamed", "none"]),
    );
    expect(attestations.some((a) => a.cue && a.speakerName)).toBe(true);
    expect(ds.statements.some((s) => s.speaker === null)).toBe(true);
    const medium = new Set(ds.events.filter((e) => e.medium).map((e) => e.id));
    expect(ds.statements.some((s) => s.communication && medium.has(s.communication))).toBe(true);
    const dates = [...ds.events, ...ds.statements].map((r) => r.date);
    expect(new Set(dates.map((d) => d.precision))).toEqual(
      new Set(["year", "month", "day", "time"]),
    );
    expect(dates.some((d) => d.after && "record" in d.after)).toBe(true);
    expect(dates.some((d) => d.before && "date" in d.before)).toBe(true);
    expect(ds.actors.some((a) => a.aliases.some((x) => x.variant === "misspelling"))).toBe(true);
    expect(new Set(ds.framings.flatMap((f) => f.terms.map((t) => t.voice))).size).toBeGreaterThan(
      1,
    );
    const sides = ds.discrepancies.flatMap((d) => d.sides);
    expect(sides.some((s) => "context" in s)).toBe(true);
    expect(sides.some((s) => "slip" in s && s.slip?.intended)).toBe(true);
  });

  it("shares actors across stories, as real coverage does", () => {
    const ds = compileDataset(synthCorpus({ stories: 12, seed: 5 }));
    if (!ds.ok) throw new Error("the corpus has problems");
    const storiesOf = new Map<string, Set<string>>();
    for (const s of ds.dataset.statements)
      if (s.speaker) storiesOf.set(s.speaker, (storiesOf.get(s.speaker) ?? new Set()).add(s.story));
    expect(Math.max(...[...storiesOf.values()].map((x) => x.size))).toBeGreaterThan(1);
  });
});
