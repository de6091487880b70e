import { describe, expect, it } from "vitest";
import { speechAct } from "./act.js";

describe("the act of a reported statement", () => {
  it("takes the cue's act, unless a neutral cue reports words that name the act", () => {
    expect(speechAct("claim", "the talks had failed")).toBe("claim");
    expect(speechAct("claim", "Iraq condemns the raids")).toBe("condemnation");
    expect(speechAct("assessment", "the strike as justified self-defence")).toBe("justification");
    expect(speechAct("demand", "the ministry condemned it")).toBe("demand");
  });

  it("reads a vow to do harm as a threat", () => {
    expect(speechAct("commitment", "to avenge the general")).toBe("threat");
    expect(speechAct("commitment", "to rebuild the bridge")).toBe("commitment");
  });
});
