export { type ActorProfile, actorProfile } from "./actors.js";
export { groupByStory, type StoryGroup } from "./by-story.js";
export {
  type ActorFilter,
  filterActors,
  filterPlaces,
  type PlaceFilter,
} from "./collections.js";
export { compareSources, coverage } from "./compare.js";
export { compareDates, dateOverlaps, formatDate, formatPartialDate } from "./dates.js";
export {
  attestationFor,
  attestingSources,
  type QuotedSpan,
  recordEvidence,
  spansBySource,
} from "./evidence.js";
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
export { coverageMatrix, timelineLanes } from "./matrix.js";
export { type PlaceProfile, placeProfile } from "./places.js";
export {
  type SearchOptions,
  type SearchResults,
  type SerialisedSearchIndex,
  search,
  searchResults,
  serialiseSearchIndex,
  useSearchIndex,
} from "./search.js";
export { sourceAnnotations, sourceSegments } from "./sources.js";
export {
  type FacetValue,
  filterStories,
  listStories,
  type StoryFacets,
  type StoryFilter,
  type StoryIndex,
  type StoryListOptions,
  type StoryPage,
  type StorySummary,
  storyFacets,
  storyIndex,
} from "./stories.js";
export { foldText, matchesFolded, matchesText, queryWords } from "./text.js";
export { type WebAnnotationOptions, webAnnotations } from "./web-annotation.js";
