export { type ActorProfile, actorProfile } from "./actors.js";
export { type CoverageRow, compareSources, coverage, type SourceComparison } from "./compare.js";
export { comparePartialDates, dateInterval, dateOverlaps, formatPartialDate } from "./dates.js";
export {
  type EventFilter,
  filterEvents,
  filterStatements,
  type StatementFilter,
  type TimelineEntry,
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
export { type SearchHit, type SearchOptions, search } from "./search.js";
export {
  type Annotation,
  evidenceByRecord,
  type Segment,
  sourceAnnotations,
  sourceSegments,
} from "./sources.js";
export { foldText, matchesText } from "./text.js";
