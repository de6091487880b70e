/**
 * The data folder's layout, the one place that knows it:
 *   actors.yaml, places.yaml                        shared across stories
 *   stories/<story>/story.yaml                      the story and its context notes
 *   stories/<story>/sources/<source>.yaml + text    one source, its text in its own file
 *   stories/<story>/{events,statements,framings,discrepancies}.yaml
 *   stories/<story>/reviewed.yaml                   the studio's rejected suggestions, not records
 */
export interface DataFile {
  /** relative to the data folder, forward slashes */
  path: string;
  text: string;
}

export type StoryCollection = "events" | "statements" | "framings" | "discrepancies";
export const STORY_COLLECTIONS: readonly StoryCollection[] = [
  "events",
  "statements",
  "framings",
  "discrepancies",
];

export type FileRole =
  | { kind: "shared"; collection: "actors" | "places" }
  | { kind: "story"; story: string }
  | { kind: "source"; story: string; source: string }
  | { kind: "collection"; story: string; collection: StoryCollection }
  | { kind: "review"; story: string }
  | { kind: "text" }
  | { kind: "doc" }
  | { kind: "unknown" };

export function classifyFile(path: string): FileRole {
  if (path === "actors.yaml") return { kind: "shared", collection: "actors" };
  if (path === "places.yaml") return { kind: "shared", collection: "places" };
  if (/\.(md|txt)$/.test(path))
    return /(^|\/)README\.md$|\.md$/.test(path) ? { kind: "doc" } : { kind: "text" };
  const parts = path.split("/");
  if (parts[0] !== "stories" || !parts[1]) return { kind: "unknown" };
  const story = parts[1];
  if (parts.length === 3 && parts[2] === "story.yaml") return { kind: "story", story };
  if (parts.length === 3 && parts[2] === "reviewed.yaml") return { kind: "review", story };
  if (parts.length === 3) {
    const name = parts[2]?.replace(/\.yaml$/, "") as StoryCollection;
    if (STORY_COLLECTIONS.includes(name) && parts[2]?.endsWith(".yaml"))
      return { kind: "collection", story, collection: name };
  }
  if (parts.length === 4 && parts[2] === "sources" && parts[3]?.endsWith(".yaml")) {
    return { kind: "source", story, source: parts[3].replace(/\.yaml$/, "") };
  }
  return { kind: "unknown" };
}

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i === -1 ? "" : path.slice(0, i);
}
