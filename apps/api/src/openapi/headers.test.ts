import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { type Loose, testApp } from "../test-support/app.js";
import { fillPath } from "../test-support/fixtures.js";

// the headers each documented response lists, compared with the ones the server really sends
const limited = { rateLimit: { limit: 10_000, windowSeconds: 60 }, clientAddress: () => "a" };
const app = testApp(limited);
const spent = testApp({ ...limited, rateLimit: { limit: 1, windowSeconds: 60 } });
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);

/** the same fixed values on every response, stated once in the document's description */
const FIXED = new Set([
  "content-type",
  "content-length",
  "content-security-policy",
  "cross-origin-resource-policy",
  "cross-origin-opener-policy",
  "referrer-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
]);
const gzip = { "Accept-Encoding": "gzip" };

/** a request for each status an operation documents and this test can bring about */
async function responses(template: string, op: Loose) {
  const path = fillPath(template);
  const query = template.endsWith("/search") ? "?q=iraq" : "";
  const join = query ? "&" : "?";
  const list = "X-Total-Count" in (op.responses["200"].headers ?? {});
  const url = `${path}${query}${list ? `${join}limit=1` : ""}`;
  const ok = await app.request(url, { headers: gzip });
  const etag = ok.headers.get("ETag") ?? "";
  const out: [number, Response][] = [
    [200, ok],
    [304, await app.request(url, { headers: { ...gzip, "If-None-Match": etag } })],
  ];
  out.push([400, await app.request(`${path}${query}${join}unknown=1`, { headers: gzip })]);
  if (template.includes("{"))
    out.push([
      404,
      await app.request(template.replace(/\{\w+\}/, "no-such-record"), { headers: gzip }),
    ]);
  const negotiated = (op.parameters ?? []).some((p: Loose) => p.name === "format");
  if (negotiated)
    out.push([
      406,
      await app.request(`${path}${query}`, { headers: { ...gzip, Accept: "image/png" } }),
    ]);
  await spent.request(path, { headers: gzip });
  out.push([429, await spent.request(path, { headers: gzip })]);
  return out;
}

const operations = Object.entries(app.document.paths ?? {}).map(([template, item]) => ({
  template,
  op: item.get as Loose,
}));

describe("response headers", () => {
  const seen = new Map<number, Set<string>>();
  const documented = new Map<number, Set<string>>();

  it.each(operations)(
    "$template lists every header it sends, with values its schemas accept",
    async ({ template, op }) => {
      for (const [status, res] of await responses(template, op)) {
        expect(res.status, `${template} ${status}`).toBe(status);
        const headers: Record<string, Loose> = op.responses[String(status)].headers ?? {};
        const byName = new Map(Object.entries(headers).map(([n, h]) => [n.toLowerCase(), h]));
        for (const name of byName.keys())
          (documented.get(status) ?? documented.set(status, new Set()).get(status))?.add(name);
        for (const [name, value] of res.headers) {
          if (FIXED.has(name)) continue;
          (seen.get(status) ?? seen.set(status, new Set()).get(status))?.add(name);
          const header = byName.get(name);
          expect(
            header,
            `${template} ${status} sends ${name} without documenting it`,
          ).toBeDefined();
          const schema = header.schema;
          const parsed = schema.type === "integer" ? Number(value) : value;
          expect(ajv.validate(schema, parsed), `${template} ${status} ${name}: ${value}`).toBe(
            true,
          );
        }
      }
    },
  );

  it("documents no header that no response of that status sends", () => {
    for (const [status, names] of documented) {
      const sent = seen.get(status) ?? new Set();
      expect(
        [...names].filter((n) => !sent.has(n)),
        String(status),
      ).toEqual([]);
    }
  });
});
