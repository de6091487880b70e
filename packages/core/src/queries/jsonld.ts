import type { Actor } from "../schemas/actor.js";
import type { RecordRef } from "../schemas/common.js";
import type { Dataset } from "../schemas/dataset.js";
import type { Place } from "../schemas/place.js";
import { formatDate } from "./dates.js";
import { recordEvidence } from "./evidence.js";
import { getActor, getEvent, getPlace, getRecord, getSource } from "./lookup.js";

/** A schema.org node, as JSON-LD. */
export type JsonLdNode = Record<string, unknown>;

/** Where a record lives for the caller (an API URL, a page URL): the node's `@id`. */
export type RecordUrl = (ref: RecordRef) => string;

const ORGANISATION_TYPES: Partial<Record<Actor["kind"], string>> = {
  state: "Country",
  government: "GovernmentOrganization",
  ministry: "GovernmentOrganization",
  legislature: "GovernmentOrganization",
  "diplomatic-mission": "GovernmentOrganization",
  "political-party": "PoliticalParty",
  media: "NewsMediaOrganization",
};

const SLIPS = new Set(["misspelling", "mistranslation", "misnomer"]);

const known = <T>(a: { status: string; value?: T }): T | undefined =>
  a.status === "unknown" ? undefined : a.value;

function actorNode(ds: Dataset, actor: Actor, url: RecordUrl): JsonLdNode {
  const node: JsonLdNode = {
    "@type":
      actor.kind === "person" ? "Person" : (ORGANISATION_TYPES[actor.kind] ?? "Organization"),
    "@id": url({ kind: "actor", id: actor.id }),
    identifier: actor.id,
    name: actor.name,
    description: actor.description,
  };
  // a source's slip is not another name for the actor
  const names = actor.aliases.filter((a) => !SLIPS.has(a.variant)).map((a) => a.name);
  if (names.length) node.alternateName = [...new Set(names)];
  if (actor.externalIds.wikidata)
    node.sameAs = `https://www.wikidata.org/wiki/${actor.externalIds.wikidata}`;
  const parents = actor.memberOf
    .map((id) => getActor(ds, id))
    .filter((a): a is Actor => a !== undefined);
  if (parents.length) {
    node[actor.kind === "person" ? "affiliation" : "parentOrganization"] = parents.map((p) => ({
      "@id": url({ kind: "actor", id: p.id }),
      name: p.name,
    }));
  }
  if (actor.kind === "person" && actor.roles.length)
    node.jobTitle = actor.roles.map((r) => r.title);
  return node;
}

function placeNode(ds: Dataset, place: Place, url: RecordUrl): JsonLdNode {
  const node: JsonLdNode = {
    "@type": "Place",
    "@id": url({ kind: "place", id: place.id }),
    identifier: place.id,
    name: place.name,
  };
  if (place.coordinates) {
    node.geo = {
      "@type": "GeoCoordinates",
      latitude: place.coordinates.lat,
      longitude: place.coordinates.lon,
    };
  }
  const within = place.within ? getPlace(ds, place.within) : undefined;
  if (within)
    node.containedInPlace = { "@id": url({ kind: "place", id: within.id }), name: within.name };
  return node;
}

function sourcesOf(
  ds: Dataset,
  evidence: readonly { source: string }[],
  url: RecordUrl,
): JsonLdNode[] {
  return [...new Set(evidence.map((e) => e.source))].map((id) => {
    const source = getSource(ds, id);
    const headline = source ? known(source.title) : undefined;
    return {
      "@type": "NewsArticle",
      "@id": url({ kind: "source", id }),
      ...(headline ? { headline } : {}),
    };
  });
}

/**
 * A record as schema.org JSON-LD: events as Event, statements as Quotation, actors as Person or an
 * Organization type, places as Place, sources as NewsArticle, stories as CreativeWork. Metadata a
 * source does not know is left out, never filled in. Undefined for framings, discrepancies and
 * context notes, which schema.org has no type for, and for unknown ids.
 */
export function recordJsonLd(ds: Dataset, ref: RecordRef, url: RecordUrl): JsonLdNode | undefined {
  const context = { "@context": "https://schema.org" };
  switch (ref.kind) {
    case "event": {
      const event = getEvent(ds, ref.id);
      if (!event) return undefined;
      const [start, end] = [event.date.earliest.slice(0, 10), event.date.latest.slice(0, 10)];
      const exact = event.date.precision === "time";
      const node: JsonLdNode = {
        ...context,
        "@type": "Event",
        "@id": url(ref),
        identifier: event.id,
        name: event.title,
        description: event.summary,
        startDate: exact ? event.date.value : start,
        endDate: exact ? event.date.value : end,
        temporalCoverage: formatDate(event.date, { style: "long" }),
        additionalType: event.type,
        subjectOf: sourcesOf(ds, recordEvidence(event), url),
      };
      const place = event.place ? getPlace(ds, event.place) : undefined;
      if (place) node.location = placeNode(ds, place, url);
      const actors = event.participants
        .map((p) => getActor(ds, p.actor))
        .filter((a): a is Actor => a !== undefined);
      if (actors.length) node.actor = actors.map((a) => actorNode(ds, a, url));
      return node;
    }
    case "statement": {
      const statement = getRecord(ds, "statement", ref.id);
      if (!statement) return undefined;
      const speaker = statement.speaker ? getActor(ds, statement.speaker) : undefined;
      const node: JsonLdNode = {
        ...context,
        "@type": "Quotation",
        "@id": url(ref),
        identifier: statement.id,
        text: recordEvidence(statement)
          .map((e) => e.quote)
          .join(" … "),
        abstract: statement.gist,
        dateCreated: statement.date.earliest.slice(0, 10),
        temporalCoverage: formatDate(statement.date, { style: "long" }),
        isBasedOn: sourcesOf(ds, recordEvidence(statement), url),
      };
      if (speaker) node.spokenByCharacter = actorNode(ds, speaker, url);
      const about = statement.about.map((id) => getEvent(ds, id)).filter((e) => e !== undefined);
      if (about.length)
        node.about = about.map((e) => ({
          "@type": "Event",
          "@id": url({ kind: "event", id: e.id }),
          name: e.title,
        }));
      return node;
    }
    case "actor": {
      const actor = getActor(ds, ref.id);
      return actor ? { ...context, ...actorNode(ds, actor, url) } : undefined;
    }
    case "place": {
      const place = getPlace(ds, ref.id);
      return place ? { ...context, ...placeNode(ds, place, url) } : undefined;
    }
    case "source": {
      const source = getSource(ds, ref.id);
      if (!source) return undefined;
      const node: JsonLdNode = {
        ...context,
        "@type": "NewsArticle",
        "@id": url(ref),
        identifier: source.id,
        inLanguage: source.language,
        articleBody: source.text,
      };
      const headline = known(source.title);
      const publisher = known(source.publisher);
      const address = known(source.url);
      const published = known(source.published);
      if (headline) node.headline = headline;
      if (publisher) node.publisher = { "@type": "Organization", name: publisher };
      if (address) node.url = address;
      if (published) node.datePublished = published;
      if (source.translatedFrom)
        node.translationOfWork = { "@type": "NewsArticle", inLanguage: source.translatedFrom };
      return node;
    }
    case "story": {
      const story = getRecord(ds, "story", ref.id);
      if (!story) return undefined;
      return {
        ...context,
        "@type": "CreativeWork",
        "@id": url(ref),
        identifier: story.id,
        name: story.title,
        abstract: story.summary,
        temporalCoverage: `${story.period.start}/${story.period.end}`,
        isBasedOn: story.sources.map((id) => ({
          "@type": "NewsArticle",
          "@id": url({ kind: "source", id }),
        })),
      };
    }
    default:
      return undefined;
  }
}
