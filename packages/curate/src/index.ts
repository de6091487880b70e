export {
  dataPaths,
  findDataDir,
  listStories,
  readActors,
  readPlaces,
  readRecords,
  readSources,
  type SourceFile,
} from "./data/folder.js";
export { type AddedSource, type AddSourceInput, addSource } from "./ingest/add-source.js";
export { type Attested, extractHtml, IngestError, MAX_INPUT_BYTES } from "./ingest/extract.js";
export { type NewStoryInput, newStory } from "./ingest/new-story.js";
export { goldSpans } from "./measure/gold.js";
export {
  addRejection,
  isRejected,
  type Rejection,
  readRejections,
  rejectionOf,
} from "./review/reviewed.js";
export * from "./suggest/index.js";
export { removeStaleTemporaries, writeFileAtomic } from "./write/atomic.js";
export * from "./write/records.js";
export { appendToList, renderValue, YamlEditError } from "./write/yaml-edit.js";
export { replaceInList } from "./write/yaml-update.js";
