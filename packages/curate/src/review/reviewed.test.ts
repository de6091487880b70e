import { ActorInputSchema } from "@dossier/core";
import { describe, expect, it } from "vitest";
import { actorFromName } from "../write/records.js";
import { addRejection, isRejected, readRejections, rejectionOf } from "./reviewed.js";

const text = "He said no. She said no. They said yes.";
const span = (words: string, from = 0) => {
  const start = text.indexOf(words, from);
  return { start, end: start + words.length, quote: words };
};

describe("rejected suggestions", () => {
  it("are kept by their words, with the occurrence where the words recur", () => {
    const second = rejectionOf("src", text, { evidence: [span("said no", 5)] });
    expect(second).toEqual({ source: "src", evidence: [{ quote: "said no", occurrence: 2 }] });
    const file = addRejection("", second);
    expect(file).toMatch(/^# /);
    expect(readRejections(file)).toEqual([second]);
    expect(isRejected(readRejections(file), second)).toBe(true);
    const first = rejectionOf("src", text, { evidence: [span("said no")] });
    expect(isRejected(readRejections(file), first)).toBe(false);
  });

  it("are written once however often they are rejected, each new one after the others", () => {
    const a = rejectionOf("src", text, { evidence: [span("said yes")] });
    const b = rejectionOf("other", text, { evidence: [span("said yes")] });
    const once = addRejection("", a);
    expect(addRejection(once, a)).toBe(once);
    const both = addRejection(once, b);
    expect(both.startsWith(once.trimEnd().replace(/\[\]$/, ""))).toBe(true);
    expect(readRejections(both)).toEqual([a, b]);
  });

  it("read as none from a file that is empty or not the studio's shape", () => {
    expect(readRejections("")).toEqual([]);
    expect(readRejections("rejected: 3\n")).toEqual([]);
    expect(readRejections("rejected:\n  - { source: s }\n")).toEqual([]);
  });
});

describe("a new actor from a name in a source", () => {
  it("passes core's input schema, its alias the source's words", () => {
    const actor = actorFromName({
      id: "jane-doe",
      name: "Jane Doe",
      kind: "person",
      description: "A spokeswoman.",
      source: "src",
      words: { quote: "Ms Doe" },
    });
    expect(ActorInputSchema.parse(actor).aliases).toEqual([
      { name: "Ms Doe", variant: "descriptive", evidence: [{ source: "src", quote: "Ms Doe" }] },
    ]);
  });
});
