import { type NextRequest, NextResponse } from "next/server";
// written before each build by scripts/record-ids.mjs: the ids alone, not a second dataset
import recordIds from "@/generated/record-ids.json";

/** Each record route's first path segment, and the ids it has pages for. */
const KNOWN = new Map<string, ReadonlySet<string>>(
  Object.entries(recordIds).map(([section, ids]) => [section, new Set(ids)]),
);

/** No route answers this path, so Next serves its prerendered not-found page here. */
const NOT_FOUND_PATH = "/_unknown-record";

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Answers an unknown record id with the static not-found page and status 404 before its route
 * renders on demand: a page rendered on demand that calls notFound() sends an empty shell whose
 * content needs JavaScript (vercel/next.js#95613). Known ids pass through untouched.
 */
export function proxy(request: NextRequest) {
  const [, section = "", segment = ""] = request.nextUrl.pathname.split("/");
  const ids = KNOWN.get(section);
  const id = decoded(segment);
  if (!ids || (id !== undefined && ids.has(id))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = NOT_FOUND_PATH;
  return NextResponse.rewrite(url, { status: 404 });
}

export const config = {
  matcher: ["/(events|statements|sources|actors|places|stories)/:id/:rest*"],
};
