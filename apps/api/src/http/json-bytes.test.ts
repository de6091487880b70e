import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testApp } from "../test-support/app.js";
import { STORY } from "../test-support/fixtures.js";
import { Extended, recordJson } from "./json-bytes.js";

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// any JSON-like value, with what JSON.stringify treats specially mixed in (undefined, functions,
// toJSON, boxed primitives, lone surrogates), nested deeper than the walk goes
const { value: anyValue } = fc.letrec((tie) => ({
  leaf: fc.oneof(
    fc.string(),
    fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constant(() => 1),
    fc.constant(new Date(0)),
    fc.constant(new String("boxed")),
    fc.constant(new Map([[1, 2]])),
  ),
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    tie("leaf"),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie("value"), { maxKeys: 5 }),
  ),
}));

/** n records whose JSON is the same number of bytes, with that number */
function recordsOfOneSize(n: number) {
  const records = Array.from({ length: n }, (_, i) => ({
    id: `r${String(i).padStart(2, "0")}`,
    text: "x".repeat(100),
  }));
  return { records, size: JSON.stringify(records[0]).length };
}

describe("recordJson", () => {
  it("writes what JSON.stringify writes, for any value, records among it or not", () => {
    fc.assert(
      fc.property(
        // most with an id of their own, some sharing one, some whose fields replace it
        fc
          .array(
            fc.tuple(
              fc.option(fc.constantFrom("a", "b", "c", "d", "e"), { nil: undefined }),
              fc.dictionary(fc.string({ maxLength: 6 }), anyValue, { maxKeys: 6 }),
            ),
            { minLength: 1, maxLength: 4 },
          )
          .map((list) =>
            list.map(([id, fields]) => (id === undefined ? fields : { id, ...fields })),
          ),
        anyValue,
        fc.dictionary(fc.string({ maxLength: 6 }), anyValue, { maxKeys: 3 }),
        (records, other, extra) => {
          const json = recordJson({ records: () => [records], maxBytes: 1 << 20 });
          const [first] = records as [Record<string, unknown>];
          const values = [
            other,
            records,
            first,
            { data: records, page: other },
            { data: records.map((r) => ({ ...r, ...extra })) },
            { data: records.map((r) => ({ ...extra, ...r })) },
            { data: records.map((r) => new Extended(r, extra)) },
            [{ nested: { deeper: { still: { deepest: records } } } }],
          ];
          // twice: the second time from the records' kept bytes
          for (let round = 0; round < 2; round++)
            for (const value of values) {
              const expected = JSON.stringify(value);
              expect(text(json.encode(value))).toBe(expected ?? "");
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("writes what JSON.stringify writes where toJSON, arrays or classes are records or values", () => {
    class Named {
      constructor(readonly id: string) {}
      toJSON() {
        return { named: this.id };
      }
    }
    const keyed = { toJSON: (key: string) => `at ${key}` };
    const listed = Object.assign([1, 2], { toJSON: () => "list" });
    const records = [[1, 2], new Named("a"), { id: "b", toJSON: () => ({ z: 1 }) }, { id: "c" }];
    const json = recordJson({ records: () => [records], maxBytes: 1 << 20 });
    const values = [
      { data: records.map((r) => ({ ...r, expanded: { n: 1 } })) },
      { a: keyed, b: [keyed, listed], c: { d: keyed } },
      keyed,
      listed,
      records,
      { toJSON: () => undefined },
      [{ toJSON: () => undefined }],
    ];
    for (let round = 0; round < 2; round++)
      for (const value of values)
        expect(text(json.encode(value))).toBe(JSON.stringify(value) ?? "");
  });

  it("leaves out what an object inherits, as JSON.stringify does, whatever Object.prototype holds", () => {
    const record = { id: "a", name: "A" };
    const json = recordJson({ records: () => [[record]], maxBytes: 1 << 20 });
    const values = [
      { b: 1 },
      { ...record, expanded: { c: 2 } },
      { id: "a" },
      record,
      { z: 0, 2: "two", 1: "one" },
      Object.assign(Object.create(null), { id: "a", name: "A" }),
    ];
    const proto = Object.prototype as Record<string, unknown>;
    proto.inherited = "not its own";
    try {
      for (const value of values) expect(text(json.encode(value))).toBe(JSON.stringify(value));
      // a key deleted while the object is written reads as what the object now inherits
      const shadowing = { a: 0, inherited: "own" };
      Object.defineProperty(shadowing, "a", {
        enumerable: true,
        get: () => delete (shadowing as Partial<typeof shadowing>).inherited,
      });
      expect(text(json.encode(shadowing))).toBe('{"a":true,"inherited":"not its own"}');
    } finally {
      delete proto.inherited;
    }
  });

  it("writes keys deleted or added while an object is written as JSON.stringify does", () => {
    const json = recordJson({ records: () => [[]], maxBytes: 1 << 20 });
    // an own "__proto__" (JSON.parse makes one), deleted: what is read then is the inherited accessor
    const protoKey = "__proto__";
    const make = () => {
      const o = JSON.parse('{"a":0,"__proto__":1,"b":2,"c":3}') as Record<string, unknown>;
      o.a = {
        toJSON: () => {
          delete o[protoKey];
          delete o.b;
          o.d = 4;
          return 1;
        },
      };
      return o;
    };
    expect(text(json.encode(make()))).toBe(JSON.stringify(make()));
  });

  it("keeps a record's own JSON when a field of the extended copy was changed", () => {
    const record = { id: "a", name: "A" };
    const json = recordJson({ records: () => [[record]], maxBytes: 1 << 20 });
    const extended = { ...record, expanded: { b: 1 } };
    expect(text(json.encode([record, extended]))).toBe(JSON.stringify([record, extended]));
    extended.name = "changed";
    expect(text(json.encode(extended))).toBe(JSON.stringify(extended));
    expect(JSON.parse(text(json.encode(extended))).name).toBe("changed");
  });

  it("holds no more bytes of records than its bound, forgetting the least recent first", () => {
    const { records, size } = recordsOfOneSize(50);
    const json = recordJson({ records: () => [records], maxBytes: size * 20 });
    for (const record of records) json.encode({ data: [record] });
    expect(json.stats()).toEqual({ records: 20, bytes: size * 20 });
    // the last twenty are held: encoding them again adds nothing, and drops nothing
    json.encode(records.slice(-20));
    expect(json.stats()).toEqual({ records: 20, bytes: size * 20 });
    json.encode(records[0]);
    expect(json.stats()).toEqual({ records: 20, bytes: size * 20 });
  });

  it("keeps, once it is full, the record used again over an older one", () => {
    const { records, size } = recordsOfOneSize(17);
    const json = recordJson({ records: () => [records], maxBytes: size * 16 });
    json.encode(records.slice(0, 16));
    json.encode(records[0]); // used again: r01 is now the least recent
    json.encode(records[16]); // one too many: r01 goes
    expect(json.stats()).toEqual({ records: 16, bytes: size * 16 });
    // kept bytes are what a record was when it was first written: changed since, a record shows
    // whether it was held
    const [r0, r1] = records;
    if (!r0 || !r1) throw new Error("two records expected");
    r0.text = "y".repeat(100);
    r1.text = "y".repeat(100);
    expect(JSON.parse(text(json.encode(r0))).text).toBe("x".repeat(100));
    expect(JSON.parse(text(json.encode(r1))).text).toBe("y".repeat(100));
  });

  it("writes responses larger than its buffer, and smaller ones after them, each left whole", () => {
    const records = Array.from({ length: 3_000 }, (_, i) => ({
      id: `r${i}`,
      text: `«${"é".repeat(i % 700)}» ${"w".repeat(1_000)}`,
    }));
    const json = recordJson({ records: () => [records], maxBytes: 1 << 20 });
    const small = { data: records.slice(0, 2) };
    const large = { data: records.map((r) => ({ ...r, expanded: { n: r.id } })) };
    const values = [small, large, small, large, small];
    const written = values.map((value) => json.encode(value));
    // each is still whole once those after it are written
    for (const [i, bytes] of written.entries()) expect(text(bytes)).toBe(JSON.stringify(values[i]));
    expect(json.encode(large).byteLength).toBeGreaterThan(4 * 1024 * 1024);
  });

  it("writes a response a toJSON encodes while the outer one is being written", () => {
    const record = { id: "a", name: "Ä" };
    const json = recordJson({ records: () => [[record]], maxBytes: 1 << 20 });
    const inner = { toJSON: () => text(json.encode({ data: [record] })) };
    const value = { data: [record], inner, after: [record] };
    expect(text(json.encode(value))).toBe(JSON.stringify(value));
  });

  it("neither encodes nor keeps a record that an object only names by its id", () => {
    const records = [{ id: "a", text: "x".repeat(1_000) }];
    const json = recordJson({ records: () => [records], maxBytes: 1 << 20 });
    const hits = { data: [{ ref: { kind: "statement", id: "a" }, score: 1 }] };
    expect(text(json.encode(hits))).toBe(JSON.stringify(hits));
    expect(json.stats()).toEqual({ records: 0, bytes: 0 });
  });

  it("writes an extended record from the record's kept bytes, and a spread copy afresh", () => {
    const record = { id: "a", name: "A", tags: ["x"] };
    const json = recordJson({ records: () => [[record]], maxBytes: 1 << 20 });
    json.encode(record);
    // kept bytes are what the record was when first written: changed since, the record shows
    // whether they were used
    record.tags.push("y");
    const extended = new Extended(record, { expanded: { b: 1 } });
    expect(JSON.parse(text(json.encode(extended)))).toEqual({
      id: "a",
      name: "A",
      tags: ["x"],
      expanded: { b: 1 },
    });
    const spread = { ...record, expanded: { b: 1 } };
    expect(text(json.encode(spread))).toBe(JSON.stringify(spread));
  });

  it("writes an extended record as its spread where the added keys would not just follow the record's", () => {
    const record = { id: "a", name: "A" };
    const empty = { gone: undefined };
    const json = recordJson({ records: () => [[record, empty]], maxBytes: 1 << 20 });
    const values = [
      new Extended(record, { name: "B", after: 1 }),
      new Extended(record, { z: 2, 1: "one" }),
      new Extended({ id: "b" }, { e: 1 }),
      new Extended(record, {}),
      new Extended(record, { skipped: undefined, f: () => 1, e: 1 }),
      new Extended(empty, { e: 1 }),
      new Extended(empty, { skipped: undefined }),
      { list: [new Extended(record, { e: [1] })] },
      // an Extended that is not written as the class writes it
      new (class extends Extended<typeof record, { e: number }> {
        override toJSON() {
          return { sub: true } as never;
        }
      })(record, { e: 1 }),
      Object.assign(new Extended(record, { e: 1 }), { toJSON: () => "own" }),
      Object.assign(new Extended(record, { e: 1 }), { toJSON: undefined }),
    ];
    for (let round = 0; round < 2; round++)
      for (const value of values) expect(text(json.encode(value))).toBe(JSON.stringify(value));
  });
});

describe("responses built from the records' kept JSON", () => {
  const app = testApp();
  const uncached = testApp({ responseCache: false });
  const paths = [
    `/v1/statements?story=${STORY}&expand=speaker,about,addressees&limit=100`,
    `/v1/events?story=${STORY}&expand=place,participants,claims,statements,said&limit=100`,
    "/v1/actors?expand=memberOf&limit=100",
    "/v1/places?expand=within&limit=100",
    `/v1/stories/${STORY}?expand=sources`,
    "/v1/search?q=parliament&limit=50",
    `/v1/stories/${STORY}/comparison`,
    `/v1/stories/${STORY}/timeline`,
  ];

  it("send the JSON text of what they parse to, the same on every request", async () => {
    for (const path of paths) {
      const bodies: string[] = [];
      for (const from of [app, app, uncached, uncached]) {
        const res = await from.request(path);
        expect(res.status, path).toBe(200);
        bodies.push(await res.text());
      }
      const [body] = bodies as [string];
      expect(JSON.stringify(JSON.parse(body)), path).toBe(body);
      expect(new Set(bodies).size, path).toBe(1);
    }
  });
});
