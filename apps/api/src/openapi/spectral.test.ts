import { describe, expect, it } from "vitest";
import { countByRule, lintDocument } from "../../spectral/lint.js";
import { type Loose, testApp } from "../test-support/app.js";

// spectral:oas and the OWASP API Security ruleset, tuned in spectral/ruleset.ts (`pnpm lint:openapi`)
const { document } = testApp();

// a whole lint is seconds of work, and minutes on a machine busy with other builds
describe("the OWASP API Security ruleset", { timeout: 300_000 }, () => {
  it("finds nothing wrong with the document but its missing contact", async () => {
    const findings = await lintDocument(document);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(countByRule(findings)).toEqual({ "warning info-contact": 1 });
  });

  it("still catches an unbounded parameter or an undocumented CORS header", async () => {
    // one operation is enough to show the rules still bite on requests and headers
    const get = structuredClone(
      (document.paths as Record<string, { get: Loose }>)["/v1/events"],
    )?.get;
    get.parameters.push({ name: "extra", in: "query", schema: { type: "string" } });
    delete get.responses["200"].headers["Access-Control-Allow-Origin"];
    const small = { ...document, paths: { "/v1/events": { get } } };
    const rules = (await lintDocument(small)).map((f) => `${f.rule} ${f.path}`);
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^owasp:api4:2023-string-limit paths\.\/v1\/events\.get\.parameters/),
        expect.stringMatching(/^owasp:api8:2023-define-cors-origin paths\.\/v1\/events\.get/),
      ]),
    );
  });
});
