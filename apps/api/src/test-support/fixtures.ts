/** ids of records in the curated story, as a reader of the dataset would pick them */
export const STORY = "iraq-parliament-foreign-forces-2020";
export const EVENT = "ev-parliament-resolution";
export const AIRSTRIKE = "ev-baghdad-airport-strike";
export const STATEMENT = "st-sadr-poor-response";
export const ACTOR = "adil-abdul-mahdi";
export const PLACE = "baghdad";
export const SOURCE = "tellerreport-2020-01-05";
export const OTHER_SOURCE = "cosmoschronicle-parliament-resolution";
export const EVENT_TYPE = "airstrike";

/** one real id for each path parameter of the documented routes */
export function fillPath(template: string): string {
  const ids: Record<string, string> = {
    stories: STORY,
    events: EVENT,
    statements: STATEMENT,
    actors: ACTOR,
    places: PLACE,
    sources: SOURCE,
    "event-types": EVENT_TYPE,
  };
  const collection = template.split("/")[2] ?? "";
  return template.replace("{id}", ids[collection] ?? "").replace("{type}", "not-found");
}
