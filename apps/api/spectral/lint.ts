import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, Ruleset, Spectral } from "@stoplight/spectral-core";
// a CommonJS module whose named exports node cannot see from ESM
import Parsers from "@stoplight/spectral-parsers";
import { ruleset } from "./ruleset.js";

export interface Finding {
  rule: string;
  severity: "error" | "warning" | "info" | "hint";
  path: string;
  message: string;
}

const SEVERITY = ["error", "warning", "info", "hint"] as const;
// overrides name files relative to the ruleset, so both get a path, the document a virtual one
const RULESET_PATH = fileURLToPath(new URL("./ruleset.ts", import.meta.url));
const DOCUMENT_PATH = join(dirname(RULESET_PATH), "openapi.json");

/** the document linted with spectral:oas and the OWASP ruleset, as ./ruleset.ts tunes them */
export async function lintDocument(
  document: unknown,
  definition: object = ruleset,
): Promise<Finding[]> {
  const spectral = new Spectral();
  spectral.setRuleset(new Ruleset(definition, { severity: "recommended", source: RULESET_PATH }));
  const results = await spectral.run(
    new Document(JSON.stringify(document), Parsers.Json, DOCUMENT_PATH),
  );
  return results.map((r) => ({
    rule: String(r.code),
    severity: SEVERITY[r.severity] ?? "hint",
    path: r.path.join("."),
    message: r.message,
  }));
}

/** how many findings each rule made, by severity: `{ "error owasp:api4:2023-string-limit": 12 }` */
export function countByRule(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) {
    const key = `${f.severity} ${f.rule}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}
