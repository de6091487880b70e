/** a column of a CSV export: its header and how to read it off a record */
export interface CsvColumn<T> {
  header: string;
  value: (record: T) => string | number | boolean | null | undefined;
}

const NEEDS_QUOTES = /[",\r\n]/;
// cells a spreadsheet would run as a formula are prefixed with a quote mark (OWASP CSV injection)
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine<T>(columns: readonly CsvColumn<T>[], record: T): string {
  return `${columns.map((col) => csvCell(col.value(record))).join(",")}\r\n`;
}

const CHUNK = 64;

/** encodes records lazily, a few at a time, so a large export never sits whole in memory */
export function recordStream<T>(
  records: readonly T[],
  head: string,
  line: (record: T) => string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  let headSent = head === "";
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = "";
      if (!headSent) {
        chunk += head;
        headSent = true;
      }
      const end = Math.min(records.length, index + CHUNK);
      for (; index < end; index++) chunk += line(records[index] as T);
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (index >= records.length) controller.close();
    },
  });
}

export function csvStream<T>(
  records: readonly T[],
  columns: readonly CsvColumn<T>[],
): ReadableStream<Uint8Array> {
  const head = `${columns.map((col) => csvCell(col.header)).join(",")}\r\n`;
  return recordStream(records, head, (record) => csvLine(columns, record));
}

export function ndjsonStream<T>(records: readonly T[]): ReadableStream<Uint8Array> {
  return recordStream(records, "", (record) => `${JSON.stringify(record)}\n`);
}
