import { type RecordRef, recordJsonLd } from "@dossier/core";
import { dataset } from "./data";
import { recordHref } from "./links";
import { absoluteUrl, SITE_NAME, SITE_URL } from "./site";

export type JsonLdNode = Record<string, unknown>;

/** Wraps nodes in a schema.org graph with the site as publisher of every page. */
export function jsonLdGraph(...nodes: JsonLdNode[]): JsonLdNode {
  return {
    "@context": "https://schema.org",
    "@graph": [
      { "@type": "WebSite", "@id": `${SITE_URL}/#site`, name: SITE_NAME, url: SITE_URL },
      ...nodes,
    ],
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so text cannot close the tag. */
export function serializeJsonLd(data: JsonLdNode): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** A record's schema.org node from core, with page URLs as its ids. */
export function recordNode(ref: RecordRef): JsonLdNode {
  const node = recordJsonLd(dataset, ref, (r) => absoluteUrl(recordHref(dataset, r)));
  if (!node) throw new Error(`no JSON-LD for ${ref.kind} ${ref.id}`);
  const { "@context": _context, ...rest } = node;
  return rest;
}
