import type { Child } from "hono/jsx";
import type { CheckMessage } from "../checks.js";
import { Layout, Messages } from "./layout.js";

/** Where a source's pages live. */
export const sourcePath = (story: string, source: string) => `/stories/${story}/sources/${source}`;

/**
 * A page holding a record's form, under its story and source: the notes on a refused save, and,
 * when the checks found problems, how many and that nothing was written.
 */
export function RecordPage(props: {
  title: string;
  story: string;
  source: string;
  messages: CheckMessage[];
  notes?: string[] | undefined;
  children: Child;
}) {
  const errors = props.messages.length
    ? [
        `The checks found ${props.messages.length} problem(s); nothing was written. Your input is kept.`,
      ]
    : [];
  return (
    <Layout
      title={props.title}
      crumbs={[
        [`/stories/${props.story}`, props.story],
        [sourcePath(props.story, props.source), props.source],
      ]}
    >
      <Messages kind="error" items={[...(props.notes ?? []), ...errors]} />
      {props.children}
    </Layout>
  );
}
