import { type JsonLdNode, jsonLdGraph, serializeJsonLd } from "@/lib/jsonld";

/** Structured data for the page, as one schema.org graph. */
export function JsonLd({ nodes }: { nodes: JsonLdNode[] }) {
  return (
    <script
      type="application/ld+json"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: serialised JSON with "<" escaped
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLdGraph(...nodes)) }}
    />
  );
}
