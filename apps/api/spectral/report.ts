import owasp from "@stoplight/spectral-owasp-ruleset";
import { oas } from "@stoplight/spectral-rulesets";
import { createApp } from "../src/app.js";
import { countByRule, lintDocument } from "./lint.js";

// prints the findings by rule: `pnpm lint:openapi`, or with --untuned the rulesets as published
const { document } = createApp(undefined, { log: false });
const untuned = process.argv.includes("--untuned");
const findings = await lintDocument(document, untuned ? { extends: [oas, owasp] } : undefined);
console.log(JSON.stringify(countByRule(findings), null, 2));
