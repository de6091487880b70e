import type { ParameterError, ProblemType } from "./problem.js";

/** an error that becomes a problem response, thrown from deep inside a handler */
export class ApiProblem extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail: string,
    readonly errors?: ParameterError[],
  ) {
    super(detail);
  }
}

export function invalidParameter(
  parameter: string,
  detail: string,
  where: ParameterError["in"] = "query",
): ApiProblem {
  return new ApiProblem(
    "invalid-parameter",
    `The ${where} parameter '${parameter}' is invalid: ${detail}.`,
    [{ parameter, in: where, detail }],
  );
}

export function notFound(what: string, id: string): ApiProblem {
  return new ApiProblem("not-found", `There is no ${what} with the id '${id}'.`);
}
