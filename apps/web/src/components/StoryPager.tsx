import type { StoryPage } from "@/lib/story-pages";
import styles from "./StoryPager.module.css";

/**
 * Where a page of records by story sits among its pages: how many stories it covers, and plain
 * links to the newer and older ones, the first and the last (no script: each page is its own
 * address).
 */
export function StoryPager({
  at,
  href,
  label,
}: {
  at: StoryPage;
  href: (page: number) => string;
  /** names the navigation, e.g. "Stories of Iraq's records" */
  label: string;
}) {
  if (at.pages < 2) return null;
  const links = [
    at.page > 2 ? { page: 1, text: "Newest stories", rel: undefined } : undefined,
    at.page > 1 ? { page: at.page - 1, text: "Newer stories", rel: "prev" } : undefined,
    at.page < at.pages ? { page: at.page + 1, text: "Older stories", rel: "next" } : undefined,
    at.page < at.pages - 1 ? { page: at.pages, text: "Oldest stories", rel: undefined } : undefined,
  ].filter((l) => l !== undefined);
  return (
    <nav className={styles.pager} aria-label={label}>
      <p className={styles.where}>
        Stories {at.first}–{at.first + at.stories.length - 1} of {at.total}, newest first (page{" "}
        {at.page} of {at.pages}).
      </p>
      <ul className={styles.links}>
        {links.map((l) => (
          <li key={l.text}>
            <a href={href(l.page)} rel={l.rel}>
              {l.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** What a page number past the last shows: that it is not there, and the way to one that is. */
export function PastLastPage({
  page,
  last,
  whose,
  href,
}: {
  page: number;
  last: number;
  /** "Iraq's records" */
  whose: string;
  href: (page: number) => string;
}) {
  return (
    <p className="note" role="status">
      There is no page {page}: {whose} span {last} {last === 1 ? "page" : "pages"} of stories.{" "}
      {last === 1 ? (
        <a href={href(1)}>Go to the first</a>
      ) : (
        <>
          <a href={href(last)}>Go to the last</a> or <a href={href(1)}>the first</a>
        </>
      )}
      .
    </p>
  );
}
