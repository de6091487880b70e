import type * as z from "zod";
import type { ParameterError } from "./problem.js";

type Issue = z.core.$ZodIssue;

/** what a refused pattern means, by the pattern's source as zod reports it (`issue.pattern`) */
const patternMeanings = new Map<string, string>();

/** registers the plain words for a pattern, for the parameters that use it */
export function describePattern(pattern: RegExp, meaning: string): RegExp {
  patternMeanings.set(String(pattern), meaning);
  return pattern;
}

const REPEATED = "give this parameter once; separate several values with commas";

function size(origin: string, bound: number | bigint, unit: "most" | "least"): string {
  if (origin === "string") return `must be at ${unit} ${bound} characters long`;
  if (origin === "array") return `must list at ${unit} ${bound} values`;
  return `must be at ${unit} ${bound}`;
}

/** one issue in plain words, from its fields, never its message: zod's wording may change */
export function describeIssue(issue: Issue, input: unknown): string {
  if (Array.isArray(input)) return REPEATED;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined) return "is required";
      if (issue.expected === "int" || issue.expected === "number") return "must be a whole number";
      return `must be a ${issue.expected}`;
    case "too_big":
      return size(issue.origin, issue.maximum, "most");
    case "too_small":
      if (issue.origin === "string" && Number(issue.minimum) === 1) return "must not be empty";
      return size(issue.origin, issue.minimum, "least");
    case "invalid_value": {
      // an item of a comma-separated list names its index after the parameter
      const index = issue.path[1];
      const item =
        typeof index === "number" && typeof input === "string" ? input.split(",")[index] : input;
      return `unknown value '${String(item)}'; expected one of: ${issue.values.map(String).join(", ")}`;
    }
    case "invalid_format":
      if (issue.format === "date") return "must be a calendar date, YYYY-MM-DD";
      if (issue.format === "regex" && issue.pattern)
        return patternMeanings.get(issue.pattern) ?? `must match ${issue.pattern}`;
      return `must be in the ${issue.format} format`;
    case "custom":
      // raised by this API's own checks, whose messages are its own
      return issue.message;
    default:
      return "is not a value this parameter takes";
  }
}

/** zod issues as the problem document's `errors`: each parameter named, with why */
export function parameterErrors(
  target: string,
  issues: readonly Issue[],
  input: Record<string, unknown>,
): ParameterError[] {
  const where: ParameterError["in"] =
    target === "param" ? "path" : target === "header" ? "header" : "query";
  const named = new Set<string>();
  // one error per parameter: the first thing wrong with it is enough to fix it
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({ parameter: key, in: where, detail: "unknown parameter" }));
    const parameter = String(issue.path[0] ?? "");
    if (named.has(parameter)) return [];
    named.add(parameter);
    return [{ parameter, in: where, detail: describeIssue(issue, input[parameter]) }];
  });
}
