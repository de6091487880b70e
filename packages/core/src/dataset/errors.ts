export type DataErrorCode =
  | "yaml"
  | "layout"
  | "schema"
  | "duplicate-id"
  | "missing-reference"
  | "quote-not-found"
  | "quote-ambiguous"
  | "computed-field"
  | "invalid-date"
  | "no-evidence"
  | "rule"
  | "uncited-source";

/** One problem in the data, located so a curator can go straight to it. */
export interface DataError {
  code: DataErrorCode;
  /** path relative to the data folder, with forward slashes */
  file: string;
  /** 1-based; 0 when the problem is with the file as a whole */
  line: number;
  column: number;
  /** where in the file's structure, like `events[2].evidence[0].quote` */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

export function formatDataError(error: DataError): string {
  const where = error.line > 0 ? `${error.file}:${error.line}:${error.column}` : error.file;
  return `${where} ${error.path || "(file)"}: ${error.message}`;
}

export class DataCheckError extends Error {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? "" : "s"} in the data:\n${errors.map(formatDataError).join("\n")}`,
    );
    this.name = "DataCheckError";
    this.errors = errors;
  }
}
