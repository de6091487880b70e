import type { Actor, NewsEvent, Place, Source, Statement, Story } from "@dossier/core";
import { dateInterval, formatPartialDate } from "@dossier/core";
import type { Store } from "../store.js";

type Node = Record<string, unknown>;

const CONTEXT = "https://schema.org";

/** person for people; every other kind of actor is an organisation of some sort */
const ORGANISATION_TYPES: Partial<Record<Actor["kind"], string>> = {
  government: "GovernmentOrganization",
  ministry: "GovernmentOrganization",
  legislature: "GovernmentOrganization",
  "diplomatic-mission": "GovernmentOrganization",
  "political-party": "PoliticalParty",
  media: "NewsMediaOrganization",
  state: "Country",
};

const attestedValue = <T>(a: { status: string; value?: T }): T | undefined =>
  a.status === "unknown" ? undefined : a.value;

export class JsonLd {
  constructor(
    private readonly store: Store,
    private readonly origin: string,
  ) {}

  private id(collection: string, id: string) {
    return `${this.origin}/v1/${collection}/${id}`;
  }

  actorNode(actor: Actor): Node {
    const type =
      actor.kind === "person" ? "Person" : (ORGANISATION_TYPES[actor.kind] ?? "Organization");
    const node: Node = {
      "@type": type,
      "@id": this.id("actors", actor.id),
      identifier: actor.id,
      name: actor.name,
      description: actor.description,
    };
    if (actor.aliases.length) node.alternateName = [...new Set(actor.aliases.map((a) => a.name))];
    if (actor.externalIds.wikidata)
      node.sameAs = `https://www.wikidata.org/wiki/${actor.externalIds.wikidata}`;
    const parents = actor.memberOf.map((m) => this.store.actor(m)).filter((a): a is Actor => !!a);
    if (parents.length) {
      node[actor.kind === "person" ? "affiliation" : "parentOrganization"] = parents.map((p) => ({
        "@id": this.id("actors", p.id),
        name: p.name,
      }));
    }
    if (actor.kind === "person") {
      const titles = actor.roles.map((r) => r.title);
      if (titles.length) node.jobTitle = titles;
    }
    return node;
  }

  placeNode(place: Place): Node {
    const node: Node = {
      "@type": "Place",
      "@id": this.id("places", place.id),
      identifier: place.id,
      name: place.name,
    };
    if (place.coordinates)
      node.geo = {
        "@type": "GeoCoordinates",
        latitude: place.coordinates.lat,
        longitude: place.coordinates.lon,
      };
    const within = place.within ? this.store.place(place.within) : undefined;
    if (within) node.containedInPlace = { "@id": this.id("places", within.id), name: within.name };
    return node;
  }

  private ref(collection: string, id: string, name: string): Node {
    return { "@id": this.id(collection, id), name };
  }

  private sourcesOf(evidence: readonly { source: string }[]): Node[] {
    return [...new Set(evidence.map((e) => e.source))].map((id) => {
      const source = this.store.source(id);
      return {
        "@type": "NewsArticle",
        "@id": this.id("sources", id),
        headline: source ? attestedValue(source.title) : undefined,
      };
    });
  }

  event(event: NewsEvent): Node {
    const { start, end } = dateInterval(event.date);
    const node: Node = {
      "@context": CONTEXT,
      "@type": "Event",
      "@id": this.id("events", event.id),
      identifier: event.id,
      name: event.title,
      description: event.summary,
      startDate: event.date.precision === "time" ? event.date.value : start,
      endDate: event.date.precision === "time" ? event.date.value : end,
      eventStatus: "https://schema.org/EventScheduled",
      temporalCoverage: formatPartialDate(event.date, { style: "long" }),
      additionalType: event.type,
      subjectOf: this.sourcesOf(event.evidence),
    };
    const place = event.place ? this.store.place(event.place) : undefined;
    if (place) node.location = this.placeNode(place);
    const actors = event.participants
      .map((p) => this.store.actor(p.actor))
      .filter((a): a is Actor => !!a);
    if (actors.length) node.actor = actors.map((a) => this.actorNode(a));
    return node;
  }

  statement(statement: Statement): Node {
    const speaker = statement.speaker ? this.store.actor(statement.speaker) : undefined;
    const node: Node = {
      "@context": CONTEXT,
      "@type": "Quotation",
      "@id": this.id("statements", statement.id),
      identifier: statement.id,
      text: statement.evidence.map((e) => e.quote).join(" … "),
      abstract: statement.gist,
      dateCreated: dateInterval(statement.date).start,
      temporalCoverage: formatPartialDate(statement.date, { style: "long" }),
      isBasedOn: this.sourcesOf(statement.evidence),
    };
    if (speaker) node.spokenByCharacter = this.actorNode(speaker);
    const about = statement.about
      .map((id) => this.store.event(id))
      .filter((e): e is NewsEvent => !!e);
    if (about.length)
      node.about = about.map((e) => ({ "@type": "Event", ...this.ref("events", e.id, e.title) }));
    return node;
  }

  actor(actor: Actor): Node {
    return { "@context": CONTEXT, ...this.actorNode(actor) };
  }

  place(place: Place): Node {
    return { "@context": CONTEXT, ...this.placeNode(place) };
  }

  source(source: Source): Node {
    const node: Node = {
      "@context": CONTEXT,
      "@type": "NewsArticle",
      "@id": this.id("sources", source.id),
      identifier: source.id,
      inLanguage: source.language,
      articleBody: source.text,
    };
    const headline = attestedValue(source.title);
    const publisher = attestedValue(source.publisher);
    const url = attestedValue(source.url);
    const published = attestedValue(source.published);
    if (headline) node.headline = headline;
    if (publisher) node.publisher = { "@type": "Organization", name: publisher };
    if (url) node.url = url;
    if (published) node.datePublished = published;
    if (source.translatedFrom)
      node.translationOfWork = { "@type": "NewsArticle", inLanguage: source.translatedFrom };
    return node;
  }

  story(story: Story): Node {
    return {
      "@context": CONTEXT,
      "@type": "CreativeWork",
      "@id": this.id("stories", story.id),
      identifier: story.id,
      name: story.title,
      abstract: story.summary,
      temporalCoverage: `${story.period.start}/${story.period.end}`,
      isBasedOn: story.sources.map((id) => ({
        "@type": "NewsArticle",
        "@id": this.id("sources", id),
      })),
    };
  }
}
