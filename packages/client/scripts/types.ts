import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

/** where the generated types live, committed: see the README for why */
export const GENERATED_PATH = fileURLToPath(
  new URL("../src/generated/openapi.ts", import.meta.url),
);

const BANNER = `// generated from the Dossier API's OpenAPI document by \`pnpm --filter @dossier/client generate\`;
// do not edit: a test fails when this file and the API's document disagree
`;

type Json = { [key: string]: unknown };

/** examples taken from the dataset change with the data, not the contract: left out of the types */
function withoutResponseExamples(document: Json): Json {
  const copy = structuredClone(document) as { paths?: Record<string, Record<string, Json>> };
  for (const item of Object.values(copy.paths ?? {}))
    for (const operation of Object.values(item))
      for (const response of Object.values((operation.responses ?? {}) as Record<string, Json>))
        for (const media of Object.values((response.content ?? {}) as Record<string, Json>))
          delete media.example;
  return copy;
}

/** the TypeScript types of the document's paths and schemas, as the client compiles them */
export async function typesFromDocument(document: Json): Promise<string> {
  const ast = await openapiTS(withoutResponseExamples(document) as never, {
    alphabetize: false,
    exportType: false,
  });
  return `${BANNER}${astToString(ast)}`;
}
