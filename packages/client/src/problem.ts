import type { components } from "./generated/openapi.js";

type Schemas = components["schemas"];

/** an RFC 9457 problem the API answers with, typed by status */
export type Problem =
  | Schemas["BadRequestProblem"]
  | Schemas["NotFoundProblem"]
  | Schemas["NotAcceptableProblem"]
  | Schemas["TooManyRequestsProblem"]
  | Schemas["InternalErrorProblem"];

/** the problem types to switch on: "/problems/not-found", "/problems/invalid-parameter", ... */
export type ProblemType = Problem["type"];

/** a problem response (application/problem+json), thrown by the client's `get`, `pages`, `records` */
export class DossierProblem<T extends ProblemType = ProblemType> extends Error {
  override readonly name = "DossierProblem";
  readonly type: T;
  readonly status: number;
  readonly detail: string;
  readonly requestId: string;
  /** for invalid parameters: each one and why */
  readonly errors: NonNullable<Problem["errors"]>;

  constructor(
    readonly problem: Problem & { type: T },
    readonly response: Response,
  ) {
    super(`${problem.title}: ${problem.detail}`);
    this.type = problem.type;
    this.status = problem.status;
    this.detail = problem.detail;
    this.requestId = problem.requestId;
    this.errors = problem.errors ?? [];
  }
}

/** is this a problem from the API, of this type if one is named? */
export function isProblem<T extends ProblemType>(
  error: unknown,
  type?: T,
): error is DossierProblem<T> {
  return error instanceof DossierProblem && (type === undefined || error.type === type);
}

/** an answer that is neither the JSON asked for nor a problem: a proxy's error page, say */
export class DossierHttpError extends Error {
  override readonly name = "DossierHttpError";
  constructor(
    readonly response: Response,
    readonly body: string,
  ) {
    super(`${response.status} ${response.statusText || "error"} from ${response.url}`);
  }
}

/** the error a failed response stands for */
export async function errorOf(response: Response, body: unknown): Promise<Error> {
  const type = response.headers.get("Content-Type") ?? "";
  if (type.startsWith("application/problem+json") && body && typeof body === "object")
    return new DossierProblem(body as Problem, response);
  return new DossierHttpError(response, typeof body === "string" ? body : JSON.stringify(body));
}
