import { gunzipSync, inflateSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testApp } from "./test-support/app.js";
import { fillPath } from "./test-support/fixtures.js";
import { openApiValidator } from "./test-support/openapi-validator.js";

// hostile input of every kind, thrown at the app: only documented answers may come back
const app = testApp();
const validator = openApiValidator(app.document);
const templates = Object.keys(app.document.paths ?? {});
const PARAMS = [
  "limit",
  "cursor",
  "format",
  "sort",
  "expand",
  "q",
  "type",
  "act",
  "mode",
  "story",
  "speaker",
  "actor",
  "about",
  "source",
  "from",
  "to",
  "kind",
  "kinds",
  "role",
  "within",
  "memberOf",
  "language",
  "sources",
];
const DOCUMENTED = new Set([200, 204, 304, 400, 404, 405, 406]);

const hostile = fc.constantFrom(
  "..",
  "%2e%2e",
  "%2F",
  "%00",
  "%ff",
  "%E0%A4%A",
  "%",
  "%%",
  "%zz",
  "\u0000",
  "\uD800",
  "é",
  "🙂",
  "a".repeat(3000),
  "<script>",
  "' OR 1=1 --",
  "$" + "{7*7}", // a template-injection probe, kept out of a template on purpose
  "{{7*7}}",
  "__proto__",
  "constructor",
  "-1",
  "1e309",
  "NaN",
  "0x10",
  "9".repeat(40),
  "2020-02-30",
  "2020-1-1",
  ",,,",
  " ",
  "+",
  "null",
  "[]",
  "{}",
  "true",
);
const text = fc.oneof(
  hostile,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
function percentEncode(raw: string): string {
  try {
    return encodeURIComponent(raw);
  } catch {
    // a lone surrogate has no UTF-8 form: send the bytes a broken client would
    return raw.replace(/[\uD800-\uDFFF]/g, "%ED%A0%80");
  }
}
const encoded = (raw: string) =>
  fc.constantFrom(percentEncode(raw), raw.replace(/[#?&\s]/g, encodeURIComponent));

const segment = fc.oneof(
  fc.constantFrom(
    "stories",
    "events",
    "statements",
    "actors",
    "places",
    "sources",
    "search",
    "event-types",
    "v1",
    "timeline",
    "segments",
  ),
  text.chain(encoded),
);
const path = fc.oneof(
  fc.constantFrom(...templates).map(fillPath),
  fc
    .tuple(fc.constantFrom(...templates), text.chain(encoded))
    .map(([t, id]) => t.replace("{id}", id)),
  fc.array(segment, { minLength: 0, maxLength: 5 }).map((parts) => `/${parts.join("/")}`),
);
const query = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PARAMS), text.chain(encoded)),
      fc.oneof(
        text.chain(encoded),
        fc.constantFrom(
          "5",
          "100",
          "101",
          "0",
          "csv",
          "ndjson",
          "jsonld",
          "-date",
          "speaker,about",
          "airstrike",
          "adil-abdul-mahdi",
        ),
      ),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : ""));
const headers = fc.record(
  {
    Accept: fc.oneof(
      fc.constantFrom(
        "*/*",
        "application/json",
        "text/csv",
        "application/x-ndjson",
        "application/ld+json",
        "text/html",
        "image/*;q=0",
        "application/*;q=0.1, text/csv;q=0.9",
      ),
      fc.string({ maxLength: 60 }),
    ),
    "Accept-Encoding": fc.oneof(
      fc.constantFrom("gzip", "deflate", "br", "gzip;q=0, deflate", "*"),
      fc.string({ maxLength: 30 }),
    ),
    "If-None-Match": fc.oneof(
      fc.constantFrom("*", '"x"', 'W/"x"', ""),
      fc.string({ maxLength: 30 }),
    ),
    "X-Request-Id": fc.string({ maxLength: 300 }),
    Origin: fc.constantFrom("https://example.org", "null"),
  },
  { requiredKeys: [] },
);
const method = fc.constantFrom(
  "GET",
  "GET",
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "OPTIONS",
  "PATCH",
);

/** a request either comes back or fails the property; it may not hang */
async function send(url: string, init: RequestInit) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer to ${init.method} ${url}`)), 60_000);
  });
  try {
    const res = await Promise.race([app.request(url, init), hang]);
    const raw = Buffer.from(await Promise.race([res.arrayBuffer(), hang]));
    // a HEAD answer names GET's coding but has no body to decode
    const coding = raw.length > 0 ? res.headers.get("Content-Encoding") : null;
    const body =
      coding === "gzip" ? gunzipSync(raw) : coding === "deflate" ? inflateSync(raw) : raw;
    return { res, body: body.toString("utf8") };
  } finally {
    clearTimeout(timer);
  }
}

function safeHeaders(input: Record<string, string>): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(input)) {
    try {
      out.set(name, value);
    } catch {
      // a value no HTTP client could send (a newline, a NUL) never reaches a server
    }
  }
  return out;
}

describe("hostile requests", () => {
  it("get only documented statuses, problem bodies that match the Problem schema, and valid records", async () => {
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, async (verb, p, q, h) => {
        const url = `${p}${q}`;
        const init: RequestInit = { method: verb, headers: safeHeaders(h) };
        const { res, body } = await send(url, init);
        expect(DOCUMENTED, `${verb} ${url} -> ${res.status}`).toContain(res.status);
        const type = res.headers.get("Content-Type") ?? "";
        if (res.status >= 400) {
          expect(type).toBe("application/problem+json");
          if (verb !== "HEAD") expect(validator.validateProblem(JSON.parse(body))).toBeNull();
        }
        if (res.status === 200 && verb === "GET" && type.startsWith("application/json")) {
          const template = validator.templateOf(new URL(url, "http://x").pathname);
          if (template) {
            expect(
              validator.validateResponse(template, 200, "application/json", JSON.parse(body)),
            ).toBeNull();
          }
        }
        if (res.status === 200 && verb === "GET" && type.startsWith("application/x-ndjson")) {
          for (const line of body.split("\n").filter(Boolean))
            expect(() => JSON.parse(line)).not.toThrow();
        }
        if (res.status === 200 && verb === "GET" && type.startsWith("text/csv")) {
          // whatever the filters, an export starts with its header row and ends its last line
          expect(body.split("\r\n")[0]).toMatch(/^[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*$/);
          expect(body.endsWith("\r\n")).toBe(true);
        }
        expect(res.headers.get("X-Request-Id")).toBeTruthy();
      }),
      { numRuns: 600 },
    );
  });

  it("never answer a hostile GET on a documented route with anything but 200, 304, 400, 404 or 406", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...templates).map(fillPath), query, async (p, q) => {
        const { res } = await send(`${p}${q}`, { method: "GET" });
        expect([200, 304, 400, 404, 406]).toContain(res.status);
      }),
      { numRuns: 400 },
    );
  });
});
