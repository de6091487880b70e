import { describe, expect, it } from "vitest";
import {
  anchorOffsets,
  highlightRuns,
  primarySpan,
  type Span,
  type TextSegment,
  targetRules,
} from "./highlight";

const text = "The parliament voted on Sunday to end the presence of foreign forces.";
const span = (kind: Span["ref"]["kind"], id: string, quote: string, role = "evidence"): Span => {
  const start = text.indexOf(quote);
  return { start, end: start + quote.length, ref: { kind, id }, label: id, role };
};

/** cuts the text at every span boundary, as core's sourceSegments does */
function segments(spans: Span[]): TextSegment[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  return cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1] as number;
    return {
      start,
      end,
      text: text.slice(start, end),
      annotations: spans.filter((s) => s.start <= start && s.end >= end),
    };
  });
}

describe("highlightRuns", () => {
  const vote = span(
    "event",
    "ev-vote",
    "The parliament voted on Sunday to end the presence of foreign forces",
  );
  const sunday = span("event", "ev-vote", "on Sunday", "date");
  const parliament = span("actor", "iraqi-parliament", "parliament");

  it("gives back the text exactly, piece by piece", () => {
    const runs = highlightRuns(segments([vote, sunday, parliament]));
    expect(runs.flatMap((r) => r.pieces.map((p) => p.text)).join("")).toBe(text);
  });

  it("links nested words to the innermost record and the rest to the outer one", () => {
    const runs = highlightRuns(segments([vote, parliament]));
    expect(
      runs.map((r) => [r.primary?.ref.id ?? null, r.pieces.map((p) => p.text).join("")]),
    ).toEqual([
      ["ev-vote", "The "],
      ["iraqi-parliament", "parliament"],
      ["ev-vote", " voted on Sunday to end the presence of foreign forces"],
      [null, "."],
    ]);
  });

  it("marks every record covering a piece, so a landing can light up all of its words", () => {
    const runs = highlightRuns(segments([vote, parliament]));
    const inner = runs[1]?.pieces[0];
    expect(inner?.refs.sort()).toEqual(["ac-iraqi-parliament", "ev-vote"]);
    expect(inner?.kinds).toEqual(["event", "actor"]);
  });

  it("places one anchor per record, at its first evidence words rather than its dating words", () => {
    const runs = highlightRuns(segments([sunday, vote]));
    const anchored = runs.flatMap((r) => r.pieces).filter((p) => p.anchors.length);
    expect(anchored.map((p) => [p.start, p.anchors])).toEqual([[0, ["ev-vote"]]]);
  });

  it("marks a statement's speaker name and cue as their own parts, inside its words", () => {
    const words = span("statement", "st-vote", "The parliament voted on Sunday");
    const name = span("statement", "st-vote", "The parliament", "speaker-name");
    const cue = span("statement", "st-vote", "voted", "cue");
    const pieces = highlightRuns(segments([words, name, cue])).flatMap((r) => r.pieces);
    const roleOf = (t: string) => pieces.find((p) => p.text === t)?.roles;
    expect(roleOf("The parliament")).toEqual(["speaker-name"]);
    expect(roleOf("voted")).toEqual(["cue"]);
    expect(roleOf(" on Sunday")).toEqual([]);
    // the anchor still lands on the claim's words, not on the name
    expect(pieces.find((p) => p.anchors.length)?.start).toBe(0);
  });

  it("leaves plain text unlinked", () => {
    expect(highlightRuns(segments([]))).toEqual([
      {
        primary: null,
        kind: null,
        spans: [],
        pieces: [{ start: 0, end: text.length, text, refs: [], anchors: [], kinds: [], roles: [] }],
      },
    ]);
  });
});

describe("primarySpan", () => {
  it("prefers the event when an event and an actor share the same words", () => {
    const a = span("actor", "x", "parliament");
    const e = span("event", "ev-y", "parliament");
    expect(primarySpan([a, e])?.ref.kind).toBe("event");
  });
});

describe("anchorOffsets", () => {
  it("falls back to the first words of any role when a record has no evidence here", () => {
    expect(anchorOffsets([span("event", "ev-vote", "on Sunday", "date")]).get("ev-vote")).toBe(
      text.indexOf("on Sunday"),
    );
  });
});

describe("targetRules", () => {
  it("scopes a :has(:target) rule to the words of each record", () => {
    expect(targetRules(["ev-vote"], ".source-text")).toContain(
      '.source-text:has(#ev-vote:target) [data-r~="ev-vote"]',
    );
  });
});
