export * from "./lexicon/reporting-cues.js";
export * from "./queries/index.js";
export * from "./schemas/index.js";
