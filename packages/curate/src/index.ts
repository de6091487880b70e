export {
  dataPaths,
  findDataDir,
  listStories,
  readActors,
  readRecords,
  readSources,
  type SourceFile,
} from "./data/folder.js";
export { type AddedSource, type AddSourceInput, addSource } from "./ingest/add-source.js";
export { type Attested, extractHtml, IngestError, MAX_INPUT_BYTES } from "./ingest/extract.js";
export { type NewStoryInput, newStory } from "./ingest/new-story.js";
export { goldSpans } from "./measure/gold.js";
export * from "./suggest/index.js";
export { removeStaleTemporaries, writeFileAtomic } from "./write/atomic.js";
export * from "./write/records.js";
export { appendToList, renderValue, replaceInList, YamlEditError } from "./write/yaml-edit.js";
