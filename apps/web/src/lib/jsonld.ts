import { SITE_NAME, SITE_URL } from "./site";

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
