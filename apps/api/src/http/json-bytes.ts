/**
 * JSON.stringify's text as UTF-8 bytes, with the dataset's records kept encoded between requests.
 *
 * Every record is fixed for the process's life, so its JSON is too. A page of 50 statements with
 * their speakers is about 100 KB, and at 1,000 stories stringifying and encoding such pages was
 * half of the API's CPU on lists that were new on every request (BENCHMARKS.md). Here a record met
 * in a response is encoded once and its bytes are copied into every later response that holds it;
 * the rest (the envelope, the page, anything built per request) is stringified as before.
 *
 * The output is JSON.stringify's, byte for byte: json-bytes.test.ts holds it to that for any value,
 * json-bytes.routes.test.ts for every route's bodies. Written by hand because no JSON library
 * splices in ready bytes: Node 20 has no `JSON.rawJSON`, which would let JSON.stringify itself do
 * this.
 */

import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

export interface RecordJsonOptions {
  /** the records whose bytes may be kept: each collection of the dataset, read on first use */
  records: () => Iterable<readonly object[]>;
  /** bytes of records' JSON held at most; the record used least recently goes first */
  maxBytes: number;
}

export interface RecordJsonStats {
  records: number;
  bytes: number;
}

// past this depth a value is handed to JSON.stringify whole (an Extended excepted): the records of
// a response (a page's items, their expansions) lie above it, and walking deep per-request
// structures by hand is slower
const MAX_WALK_DEPTH = 4;
const utf8 = new TextEncoder();
// the buffer a response is written into before it is copied out at its size; one grown past the
// largest size kept is let go after its response
const SCRATCH_BYTES = 256 * 1024;
const SCRATCH_KEPT_BYTES = 4 * 1024 * 1024;
// keys whose JSON text is kept, the first this many met: the schemas' keys are a few hundred;
// past it (ids used as keys, say) a key's text is made afresh each time
const MAX_KEY_TEXTS = 4096;

/** an object literal's kind of object: not an array, a class instance or a boxed primitive */
function isPlain(value: object): boolean {
  if (Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Bytes appended to one buffer, reused from one response to the next, which grows as it needs to:
 * the response is copied out once at its exact size. (Gathering the parts first and joining the
 * text between records made a string per run of text, and an array of parts, for every response.)
 * Handing out views of shared slabs instead of copies was tried: a view holds its whole slab for
 * as long as a slow client takes to read it, which a copy does not.
 */
class Writer {
  private buffer = Buffer.allocUnsafeSlow(SCRATCH_BYTES);
  private at = 0;

  text(text: string) {
    // UTF-8 takes at most three bytes for each UTF-16 unit
    this.reserve(text.length * 3);
    this.at += this.buffer.write(text, this.at);
  }

  bytes(bytes: Uint8Array) {
    this.reserve(bytes.byteLength);
    this.buffer.set(bytes, this.at);
    this.at += bytes.byteLength;
  }

  private reserve(more: number) {
    if (this.at + more <= this.buffer.byteLength) return;
    let size = this.buffer.byteLength * 2;
    while (size < this.at + more) size *= 2;
    const grown = Buffer.allocUnsafeSlow(size);
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }

  /** bytes of the response written so far */
  get length(): number {
    return this.at;
  }

  /** cuts the response back to its first `length` bytes (all of them gone with 0) */
  truncate(length: number) {
    this.at = length;
  }

  /** the response, in memory of its own, every byte of it written; the writer empties */
  take(): Buffer {
    const out = Buffer.allocUnsafeSlow(this.at);
    this.buffer.copy(out, 0, 0, this.at);
    this.at = 0;
    if (this.buffer.byteLength > SCRATCH_KEPT_BYTES)
      this.buffer = Buffer.allocUnsafeSlow(SCRATCH_BYTES);
    return out;
  }
}

/**
 * A record with fields added after its own: `{ ...record, ...extra }` as JSON, which is what its
 * toJSON gives, and what the writer below writes from the record's kept bytes without copying the
 * record (an Extended itself, not a subclass or one given a toJSON of its own, which are written
 * as JSON.stringify writes them). The routes give each item of a page its related records
 * (`expanded`) this way: a spread copy of every record of a page was a fifth of what a new list
 * allocated at 1,000 stories, and most of what outlived the young generation (BENCHMARKS.md).
 */
export class Extended<R extends object, X extends object> {
  constructor(
    readonly record: R,
    readonly extra: X,
  ) {}

  toJSON(): R & X {
    return { ...this.record, ...this.extra };
  }
}

const extendedToJSON = Extended.prototype.toJSON;
// a key a spread would move ahead of the record's own string keys: an array index
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

function hasEnumerableKey(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

export function recordJson(options: RecordJsonOptions) {
  let known: WeakSet<object> | undefined;
  // each record's JSON as UTF-8, the least recently used first
  const kept = new Map<object, Uint8Array>();
  const keyTexts = new Map<string, string>();
  let bytes = 0;
  let writer: Writer | undefined;
  // whether Object.prototype has no enumerable key, as it has unless something gave it one: read
  // as each response is written
  let inheritsNothing = true;

  const index = () => {
    known = new WeakSet();
    for (const list of options.records()) for (const record of list) known.add(record);
    return known;
  };
  const isRecord = (value: object) => (known ?? index()).has(value);

  /**
   * Whether `{ ...record, ...extra }` is the record's JSON with the extra keys after it: a plain
   * record without toJSON, and extra keys that are neither the record's own nor array indexes
   * (a spread puts those elsewhere), and are the extra object's own.
   */
  const appends = (record: object, extra: object): boolean => {
    if (!isRecord(record) || !isPlain(record) || !isPlain(extra)) return false;
    if (typeof (record as { toJSON?: unknown }).toJSON === "function") return false;
    for (const k in extra)
      if (!Object.hasOwn(extra, k) || Object.hasOwn(record, k) || INDEX_KEY.test(k)) return false;
    return true;
  };

  /** an Extended whose toJSON is the class's own */
  const isExtended = (value: object): value is Extended<object, Record<string, unknown>> =>
    Object.getPrototypeOf(value) === Extended.prototype &&
    !Object.hasOwn(value, "toJSON") &&
    Extended.prototype.toJSON === extendedToJSON;

  /** `"key":` as JSON writes it, kept for the few keys a response's objects use */
  const keyJson = (key: string): string => {
    let text = keyTexts.get(key);
    if (text === undefined) {
      text = `${JSON.stringify(key)}:`;
      if (keyTexts.size < MAX_KEY_TEXTS) keyTexts.set(key, text);
    }
    return text;
  };

  const keptJson = (record: object): Uint8Array => {
    const hit = kept.get(record);
    if (hit) {
      // under half full, nothing is near being let go, and a hit leaves the order as it is:
      // moving an entry to the back rewrites the map's table every few thousand hits, a megabyte
      // of it at 1,000 stories. Past half, the least recently used is let go first.
      if (bytes > options.maxBytes / 2) {
        kept.delete(record);
        kept.set(record, hit);
      }
      return hit;
    }
    const encoded = utf8.encode(JSON.stringify(record));
    if (encoded.byteLength > options.maxBytes / 16) return encoded;
    kept.set(record, encoded);
    bytes += encoded.byteLength;
    for (const [oldest, old] of kept) {
      if (bytes <= options.maxBytes) break;
      kept.delete(oldest);
      bytes -= old.byteLength;
    }
    return encoded;
  };

  /**
   * Appends the JSON of the value at `key` of its holder; false, having appended nothing, where
   * JSON leaves it out. The key is what JSON.stringify passes a value's toJSON.
   */
  const write = (key: string, value: unknown, out: Writer, depth: number): boolean => {
    if (value === null || typeof value !== "object") {
      const text = JSON.stringify(value) as string | undefined;
      if (text === undefined) return false;
      out.text(text);
      return true;
    }
    if (isExtended(value) && appends(value.record, value.extra)) {
      const encoded = keptJson(value.record);
      out.bytes(encoded);
      // the record's closing brace goes; "{}" is a record whose keys JSON all leaves out
      out.truncate(out.length - 1);
      writeFields(value.extra, encoded.byteLength === 2, out, depth);
      return true;
    }
    if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
      // JSON.stringify calls it with the key it is found at, once: held at that key, the value
      // gets the same call, and its text is cut out of the holder's
      const held = JSON.stringify({ [key]: value });
      if (held === "{}") return false;
      out.text(held.slice(JSON.stringify(key).length + 2, -1));
      return true;
    }
    if (isRecord(value)) {
      out.bytes(keptJson(value));
      return true;
    }
    if (Array.isArray(value)) {
      if (depth >= MAX_WALK_DEPTH) {
        out.text(JSON.stringify(value));
        return true;
      }
      out.text("[");
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out.text(",");
        if (!write(String(i), value[i], out, depth + 1)) out.text("null");
      }
      out.text("]");
      return true;
    }
    // only plain objects are walked: JSON.stringify has rules of its own for the rest (boxed
    // primitives, class instances), and takes deep values faster whole
    if (depth >= MAX_WALK_DEPTH || !isPlain(value)) {
      const text = JSON.stringify(value) as string | undefined;
      if (text === undefined) return false;
      out.text(text);
      return true;
    }
    out.text("{");
    writeFields(value as Record<string, unknown>, true, out, depth);
    return true;
  };

  /** appends `"key":value`, after a comma unless `none` was written yet; whether none still is */
  const writeField = (
    fields: Record<string, unknown>,
    k: string,
    none: boolean,
    out: Writer,
    depth: number,
  ): boolean => {
    const at = out.length;
    if (!none) out.text(",");
    out.text(keyJson(k));
    if (write(k, fields[k], out, depth + 1)) return false;
    out.truncate(at);
    return none;
  };

  /**
   * Appends an object's fields and its closing brace, after an opening brace (`none` written
   * yet) or after fields already written. Keys are walked with for-in, which reads them from the
   * object's shape where Object.keys would build an array of them for every object. For a plain
   * object whose prototype holds no enumerable key, for-in visits what JSON.stringify does, in its
   * order, and as it does skips a key deleted before it is reached (by a getter, say) and no key
   * added meanwhile; with anything enumerable on Object.prototype, the keys are read as
   * JSON.stringify reads them.
   */
  const writeFields = (
    fields: Record<string, unknown>,
    none: boolean,
    out: Writer,
    depth: number,
  ) => {
    if (inheritsNothing) for (const k in fields) none = writeField(fields, k, none, out, depth);
    else for (const k of Object.keys(fields)) none = writeField(fields, k, none, out, depth);
    out.text("}");
  };

  return {
    /**
     * JSON.stringify(value) as UTF-8, in memory of its own and of exactly its size, so that the
     * response cache may keep it as it is
     */
    encode(value: unknown): Uint8Array<ArrayBuffer> {
      if (value === null || typeof value !== "object")
        return utf8.encode(JSON.stringify(value) ?? "");
      // a toJSON that encodes a response itself gets a writer of its own
      const out = writer ?? new Writer();
      writer = undefined;
      inheritsNothing = !hasEnumerableKey(Object.prototype);
      try {
        write("", value, out, 0);
        return out.take() as Uint8Array<ArrayBuffer>;
      } finally {
        out.truncate(0);
        writer = out;
      }
    },
    stats: (): RecordJsonStats => ({ records: kept.size, bytes }),
  };
}

export type RecordJson = ReturnType<typeof recordJson>;

/**
 * Makes each request's `c.json` send `encode(object)`'s bytes where hono's sends the JSON text,
 * with the same status and headers, and names the response it made (`sentJson`): the response
 * cache keeps those bytes as they are.
 */
export function jsonBody(
  encode: (value: unknown) => Uint8Array<ArrayBuffer>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    // hono's c.json is `newResponse(JSON.stringify(object), arg, headers)` with this Content-Type
    const respond = c.newResponse as (data: Uint8Array, arg?: unknown, headers?: never) => Response;
    const json = (object: unknown, arg?: unknown, headers?: Record<string, string | string[]>) => {
      const body = encode(object);
      const res = respond(body, arg, { "Content-Type": "application/json", ...headers } as never);
      c.set("sentJson", { res, body });
      return res;
    };
    c.json = json as unknown as typeof c.json;
    await next();
  };
}
