export { type SynthOptions, synthCorpus } from "./corpus.js";
export { SYNTH_MARKER, writeCorpus } from "./write.js";
