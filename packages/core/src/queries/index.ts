export { type ActorProfile, actorProfile } from "./actors.js";
export { compareSources, coverage } from "./compare.js";
export { comparePartialDates, dateInterval, dateOverlaps, formatPartialDate } from "./dates.js";
export {
  type EventFilter,
  filterEvents,
  filterStatements,
  type StatementFilter,
  type TimelineFilter,
  timeline,
} from "./filters.js";
export { type JsonLdNode, type RecordUrl, recordJsonLd } from "./jsonld.js";
export {
  getActor,
  getContextNote,
  getDiscrepancy,
  getEvent,
  getFraming,
  getPlace,
  getRecord,
  getSource,
  getStatement,
  getStory,
  type RecordOfKind,
  recordTitle,
} from "./lookup.js";
export { type SearchOptions, search } from "./search.js";
export { evidenceByRecord, sourceAnnotations, sourceSegments } from "./sources.js";
export { foldText, matchesText } from "./text.js";
