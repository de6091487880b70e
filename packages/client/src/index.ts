export {
  type ApiPath,
  createDossierClient,
  type DossierClient,
  type DossierClientOptions,
  type GetOptions,
  type ItemOf,
  type Json,
  type ListPath,
  type PathParameters,
  type Query,
} from "./client.js";
export { type CachedResponse, type ETagCache, memoryCache, revalidation } from "./etag-cache.js";
export type { components, operations, paths } from "./generated/openapi.js";
export {
  DossierHttpError,
  DossierProblem,
  isProblem,
  type Problem,
  type ProblemType,
} from "./problem.js";
