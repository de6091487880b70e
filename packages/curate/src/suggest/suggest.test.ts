import { describe, expect, it } from "vitest";
import { suggest } from "./index.js";

const actors = [
  { id: "matthew-tueller", name: "Matthew H. Tueller", kind: "person" },
  {
    id: "iraqi-foreign-ministry",
    name: "Ministry of Foreign Affairs of Iraq",
    aliases: [{ name: "the Iraqi Foreign Ministry" }],
  },
  { id: "muqtada-al-sadr", name: "Muqtada al-Sadr", aliases: [{ name: "Al-Sadr" }] },
];

describe("statement suggestions", () => {
  it("finds the speaker, the cue's act and the reported words, with exact offsets", () => {
    const text =
      "The Iraqi Foreign Ministry said on Sunday that the strikes were a violation. Al-Sadr also called on parliament to cancel the agreement, and vowed to resist.";
    const { statements } = suggest(text, { actors, published: "2020-01-05" });
    expect(statements.map((s) => [s.speaker.actor, s.act, s.cue, s.evidence[0]?.quote])).toEqual([
      ["iraqi-foreign-ministry", "claim", "said", "the strikes were a violation."],
      ["muqtada-al-sadr", "call", "called on", "parliament to cancel the agreement"],
      ["muqtada-al-sadr", "commitment", "vowed", "to resist."],
    ]);
    for (const s of statements) {
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
    expect(statements[0]?.date).toMatchObject({ value: "2020-01-05", words: "on Sunday" });
  });

  it("names a speaker whose name the text misspells", () => {
    const text = "Ambassador Matthew Tooler said the embassy would stay open.";
    const [s] = suggest(text, { actors }).statements;
    expect(s?.speaker).toMatchObject({ name: "Matthew Tooler", actor: "matthew-tueller" });
    expect(s?.attribution).toBe("named");
  });

  it("proposes an unknown speaker as a new actor rather than guessing a known one", () => {
    const [s] = suggest("John Smith said the talks had failed.", { actors }).statements;
    expect(s?.speaker).toEqual({ name: "John Smith", actor: null, start: 0, end: 10 });
  });

  it("tells direct quotes, partial quotes and words no one is said to have spoken", () => {
    const text =
      'Al-Sadr said "the response was poor." The vote is an “enormous development” for the region.';
    const [direct, none] = suggest(text, { actors }).statements;
    expect(direct?.quotation).toBe("direct");
    expect(none).toMatchObject({ attribution: "none", speaker: { actor: null }, cue: null });
  });

  it("does not take words inside what was said for a new statement", () => {
    const text = "Al-Sadr called for what he called a boycott, and said nothing else.";
    const cues = suggest(text, { actors }).statements.map((s) => s.cue);
    expect(cues).toEqual(["called for", "said"]);
  });
});
