import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "../app.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
const DOC_ID = "https://dossier.test/openapi.json";

const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");

/** checks response bodies against the schemas the OpenAPI document declares for them */
export function openApiValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOC_ID });
  const templates = Object.keys(document.paths ?? {}).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
  }));

  /** the documented path a request path falls under, if any */
  const templateOf = (path: string) => templates.find((t) => t.pattern.test(path))?.template;

  /** null when valid, else ajv's errors as text */
  function validate(schemaPointer: string, body: unknown): string | null {
    const check =
      ajv.getSchema(`${DOC_ID}#/${schemaPointer}`) ??
      ajv.compile({ $ref: `${DOC_ID}#/${schemaPointer}` });
    return check(body) ? null : ajv.errorsText(check.errors);
  }

  return {
    templateOf,
    /** is this status documented for this operation? */
    documents(template: string, status: number): boolean {
      return String(status) in (document.paths?.[template]?.get?.responses ?? {});
    },
    validateResponse(template: string, status: number, mediaType: string, body: unknown) {
      return validate(
        pointer(
          "paths",
          template,
          "get",
          "responses",
          String(status),
          "content",
          mediaType,
          "schema",
        ),
        body,
      );
    },
    /** against the problem schema of the body's status (each narrows `type` to its own types) */
    validateProblem(body: unknown) {
      const status = (body as { status?: unknown } | null)?.status;
      const schemas = (document.components?.schemas ?? {}) as Record<
        string,
        { properties?: { status?: { enum?: unknown[] } } }
      >;
      const name = Object.keys(schemas).find((n) =>
        schemas[n]?.properties?.status?.enum?.includes(status),
      );
      if (name) return validate(pointer("components", "schemas", name), body);
      // a 405 answers no documented operation: only its shape can be checked, as a 404's
      return validate(pointer("components", "schemas", "NotFoundProblem"), {
        ...(body as object),
        type: "/problems/not-found",
        status: 404,
      });
    },
  };
}
