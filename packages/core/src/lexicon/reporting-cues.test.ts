import { describe, expect, it } from "vitest";
import { SpeechActSchema } from "../schemas/speech-acts.js";
import { REPORTING_CUES, speechActForCue } from "./reporting-cues.js";

describe("reporting cues", () => {
  it("maps every cue to a speech act the schema accepts", () => {
    for (const act of Object.values(REPORTING_CUES)) {
      expect(SpeechActSchema.safeParse(act).success).toBe(true);
    }
  });

  it("looks cues up whatever their case and spacing", () => {
    expect(speechActForCue("Called  For")).toBe("call");
    expect(speechActForCue("vowed")).toBe("commitment");
    expect(speechActForCue("criticised")).toBe(speechActForCue("criticized"));
    expect(speechActForCue("walked")).toBeUndefined();
    expect(speechActForCue("constructor")).toBeUndefined();
  });
});
