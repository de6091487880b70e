import type * as z from "zod";

type Issue = z.core.$ZodIssue;
export interface DescribedIssue {
  path: PropertyKey[];
  message: string;
}

const FORMATS: Record<string, string> = {
  date: "a date like 2020-01-05",
  url: "a URL",
  datetime: "a date and time",
};

const show = (value: unknown) => (typeof value === "string" ? `"${value}"` : JSON.stringify(value));

/**
 * Plain messages for curators, built from each issue's fields (code, expected, values, minimum,
 * keys, input) rather than zod's English, so a zod upgrade cannot change what curators read. A
 * union that matches no branch is explained by the branch it came closest to.
 */
export function describeIssues(
  issues: readonly Issue[],
  base: PropertyKey[] = [],
): DescribedIssue[] {
  return issues.flatMap((issue) => describeIssue(issue, [...base, ...issue.path]));
}

function describeIssue(issue: Issue, path: PropertyKey[]): DescribedIssue[] {
  const one = (message: string) => [{ path, message }];
  switch (issue.code) {
    case "unrecognized_keys":
      return one(
        `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map(show).join(", ")}`,
      );
    case "invalid_type":
      return one(
        issue.input === undefined
          ? `required field is missing: expected ${issue.expected}`
          : `expected ${issue.expected}, got ${issue.input === null ? "null" : Array.isArray(issue.input) ? "a list" : typeof issue.input} ${show(issue.input)}`,
      );
    case "invalid_value":
      return one(
        `${issue.input === undefined ? "required field is missing" : `${show(issue.input)} is not allowed`}: expected ${issue.values.length === 1 ? show(issue.values[0]) : `one of ${issue.values.map(show).join(", ")}`}`,
      );
    case "too_small":
      return one(
        issue.origin === "string"
          ? "must not be empty"
          : issue.origin === "array"
            ? `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`
            : `must be at least ${issue.minimum}`,
      );
    case "too_big":
      return one(
        issue.origin === "array"
          ? `has more than ${issue.maximum} items`
          : `must be at most ${issue.maximum}${issue.origin === "string" ? " characters" : ""}`,
      );
    case "invalid_format":
      // a regex's message is our own wording (see IdSchema); a named format gets a plain one
      return one(
        `${show(issue.input)} is not ${issue.format === "regex" ? `valid: ${issue.message}` : (FORMATS[issue.format] ?? `a valid ${issue.format}`)}`,
      );
    case "invalid_union": {
      if (issue.discriminator !== undefined)
        return one(
          `${show(issue.input)} is not a known ${issue.discriminator}${"options" in issue && issue.options ? `: expected one of ${issue.options.map(show).join(", ")}` : ""}`,
        );
      const branches = issue.errors.map((errors) => describeIssues(errors, path));
      const closest = branches.sort((a, b) => a.length - b.length)[0];
      return closest && closest.length > 0 ? closest : one("matches none of the allowed shapes");
    }
    default:
      return one(issue.message);
  }
}
