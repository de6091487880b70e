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
 * json-bytes.routes.test.ts for every route's bodies. Written by hand because no JSON library splices in ready bytes: Node 20 has
 * no `JSON.rawJSON`, which would let JSON.stringify itself do this.
 */

import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.js";

// records with fields added after their own, as `{ ...record, ...extra }` builds them, to the record
const extendedFrom = new WeakMap<object, object>();

/**
 * `{ ...record, ...extra }`, remembered as such, so that its JSON reuses the record's. (A WeakMap
 * rather than a mark on the object: defining a hidden property doubled the cost of the spread.)
 */
export function extendRecord<R extends object, X extends object>(record: R, extra: X): R & X {
  const out = { ...record, ...extra };
  extendedFrom.set(out, record);
  return out;
}

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

const utf8 = new TextEncoder();
// past this depth a value is handed to JSON.stringify whole: the records of a response (a page's
// items, their expansions) lie above it, and walking deep per-request structures by hand is slower
const MAX_WALK_DEPTH = 4;

/** an object literal's kind of object: not an array, a class instance or a boxed primitive */
function isPlain(value: object): boolean {
  if (Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function recordJson(options: RecordJsonOptions) {
  let known: WeakSet<object> | undefined;
  const kept = new Map<object, Uint8Array>();
  let bytes = 0;

  const isRecord = (value: object) => {
    if (!known) {
      known = new WeakSet();
      for (const list of options.records()) for (const record of list) known.add(record);
    }
    return known.has(value);
  };

  const recordBytes = (record: object): Uint8Array => {
    const hit = kept.get(record);
    if (hit) {
      kept.delete(record);
      kept.set(record, hit);
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
   * Appends the JSON of the value at `key` of its holder to parts (text, or a record's bytes);
   * false where JSON leaves it out. The key is what JSON.stringify passes a value's toJSON.
   */
  const write = (
    key: string,
    value: unknown,
    parts: (string | Uint8Array)[],
    depth: number,
  ): boolean => {
    if (value === null || typeof value !== "object") {
      const text = JSON.stringify(value) as string | undefined;
      if (text === undefined) return false;
      parts.push(text);
      return true;
    }
    if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
      // JSON.stringify calls it with the key it is found at, once: held at that key, the value
      // gets the same call, and its text is cut out of the holder's
      const held = JSON.stringify({ [key]: value });
      if (held === "{}") return false;
      parts.push(held.slice(JSON.stringify(key).length + 2, -1));
      return true;
    }
    if (isRecord(value)) {
      parts.push(recordBytes(value));
      return true;
    }
    if (Array.isArray(value)) {
      if (depth >= MAX_WALK_DEPTH) {
        parts.push(JSON.stringify(value));
        return true;
      }
      parts.push("[");
      for (let i = 0; i < value.length; i++) {
        if (i > 0) parts.push(",");
        if (!write(String(i), value[i], parts, depth + 1)) parts.push("null");
      }
      parts.push("]");
      return true;
    }
    // only plain objects are walked: JSON.stringify has rules of its own for the rest (boxed
    // primitives, class instances), and takes deep values faster whole
    if (depth >= MAX_WALK_DEPTH || !isPlain(value)) {
      const text = JSON.stringify(value) as string | undefined;
      if (text === undefined) return false;
      parts.push(text);
      return true;
    }
    const base = extendedFrom.get(value);
    let keys = Object.keys(value);
    let opened = false;
    let first = true;
    // a plain record's JSON ends in its closing brace (an array's, or a toJSON's, may not)
    if (
      base &&
      isRecord(base) &&
      isPlain(base) &&
      typeof (base as { toJSON?: unknown }).toJSON !== "function"
    ) {
      const own = Object.keys(base);
      // the spread put the record's keys first, in its order: its bytes stand for them, less the
      // closing brace, as long as nothing since has changed one of them
      const same = own.every(
        (k, i) => keys[i] === k && (value as Record<string, unknown>)[k] === (base as never)[k],
      );
      if (same) {
        const record = recordBytes(base);
        parts.push(record.subarray(0, record.byteLength - 1));
        keys = keys.slice(own.length);
        opened = true;
        // "{}": the record's keys all had values JSON leaves out
        first = record.byteLength === 2;
      }
    }
    if (!opened) parts.push("{");
    for (const key of keys) {
      const at = parts.length;
      parts.push(first ? "" : ",", JSON.stringify(key), ":");
      if (write(key, (value as Record<string, unknown>)[key], parts, depth + 1)) first = false;
      else parts.length = at;
    }
    parts.push("}");
    return true;
  };

  return {
    /** JSON.stringify(value) as UTF-8 */
    encode(value: unknown): Uint8Array<ArrayBuffer> {
      if (value === null || typeof value !== "object")
        return utf8.encode(JSON.stringify(value) ?? "");
      const parts: (string | Uint8Array)[] = [];
      write("", value, parts, 0);
      // runs of text are joined; then everything is written once into a buffer of the exact size
      const pieces: (string | Uint8Array)[] = [];
      let length = 0;
      let run = "";
      for (const part of parts) {
        if (typeof part === "string") run += part;
        else {
          if (run) {
            pieces.push(run);
            length += Buffer.byteLength(run);
            run = "";
          }
          pieces.push(part);
          length += part.byteLength;
        }
      }
      if (run) {
        pieces.push(run);
        length += Buffer.byteLength(run);
      }
      const only = pieces.length === 1 ? pieces[0] : undefined;
      if (only instanceof Uint8Array) return only as Uint8Array<ArrayBuffer>;
      // its own memory, not a slice of Node's shared pool: the response cache may keep it
      const out = Buffer.allocUnsafeSlow(length);
      let at = 0;
      for (const piece of pieces) {
        if (typeof piece === "string") at += out.write(piece, at);
        else {
          out.set(piece, at);
          at += piece.byteLength;
        }
      }
      return out as Uint8Array<ArrayBuffer>;
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
