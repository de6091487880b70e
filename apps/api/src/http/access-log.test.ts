import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AccessRecord, accessLogLine } from "./access-log.js";

// any UTF-16 code unit, lone surrogates and control characters included: what a header may carry
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.string({ unit: "grapheme", maxLength: 10 }),
);

const record = fc.record({
  requestId: anyText,
  method: fc.constantFrom("GET", "HEAD", "POST"),
  path: anyText,
  query: anyText,
  status: fc.integer({ min: 100, max: 599 }),
  started: fc.double({ min: 0, max: 1_000, noNaN: true }),
  client: anyText,
  userAgent: fc.option(anyText, { nil: undefined }),
}) satisfies fc.Arbitrary<AccessRecord>;

describe("an access log line", () => {
  it("is the JSON a log reader expects, byte for byte, whatever the request's strings hold", () => {
    fc.assert(
      fc.property(record, (r) => {
        const line = accessLogLine({ ...r, started: performance.now() - r.started });
        const { time, durationMs } = JSON.parse(line);
        expect(line).toBe(
          JSON.stringify({
            time,
            level: r.status >= 500 ? "error" : "info",
            msg: "request",
            requestId: r.requestId,
            method: r.method,
            path: r.path,
            query: r.query,
            status: r.status,
            durationMs,
            client: r.client,
            userAgent: r.userAgent ?? null,
          }),
        );
        expect(durationMs).toBeGreaterThanOrEqual(Math.round(r.started * 100) / 100);
        expect(Math.abs(Date.parse(time) - Date.now())).toBeLessThan(60_000);
      }),
      { numRuns: 500 },
    );
  });
});
