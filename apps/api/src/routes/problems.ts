import { createRoute, z } from "@hono/zod-openapi";
import { PROBLEM_BASE, PROBLEM_TYPES, type ProblemType } from "../http/problem.js";
import { documentResponses } from "../openapi/responses.js";
import { createRouter } from "../router.js";

const ProblemTypeSchema = z
  .strictObject({
    type: z.string().meta({ description: "The URI reference problems of this kind carry." }),
    title: z.string(),
    status: z.int(),
    description: z.string().meta({ description: "What it means and what to do about it." }),
  })
  .meta({ id: "ProblemType", description: "One kind of problem the API reports." });

const route = createRoute({
  method: "get",
  path: "/{type}",
  tags: ["Service"],
  operationId: "getProblemType",
  summary: "Describe a problem type",
  description: "What a problem's `type` refers to: every error the API returns names one of these.",
  request: {
    query: z.strictObject({}),
    params: z.object({
      type: z.enum(Object.keys(PROBLEM_TYPES) as [ProblemType, ...ProblemType[]]).meta({
        param: { name: "type", in: "path" },
        description: "The last part of the problem's `type`.",
        example: "invalid-parameter",
      }),
    }),
  },
  responses: documentResponses(ProblemTypeSchema, "The problem type."),
});

export function problemTypeRoutes() {
  return createRouter().openapi(route, (c) => {
    const { type } = c.req.valid("param");
    const { status, title, description } = PROBLEM_TYPES[type];
    return c.json({ type: `${PROBLEM_BASE}${type}`, title, status, description }, 200);
  });
}
