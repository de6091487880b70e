import type { Story } from "@dossier/core";
import type { ReactNode } from "react";
import { displayIsoDate } from "@/lib/dates";
import styles from "./StoryGroup.module.css";

/** Records of one story under the story's name, for pages that gather records across stories. */
export function StoryGroup({
  story,
  idPrefix,
  count,
  children,
}: {
  story: Story;
  /** keeps the heading's id apart from another group of the same story on the page */
  idPrefix: string;
  /** "3 statements" */
  count: string;
  children: ReactNode;
}) {
  const id = `${idPrefix}-${story.id}`;
  return (
    <section className={styles.group} aria-labelledby={id}>
      <h3 id={id} className={styles.title}>
        <a href={`/stories/${story.id}`}>{story.title}</a>
      </h3>
      <p className={styles.meta}>
        {displayIsoDate(story.period.start)} – {displayIsoDate(story.period.end)} · {count}
      </p>
      {children}
    </section>
  );
}
