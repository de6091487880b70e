import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { dataset } from "@/lib/data";

export const metadata: Metadata = { title: "Not found", robots: { index: false } };

export default function NotFound() {
  const story = dataset.stories[0];
  return (
    <div className="wrap not-found">
      <JsonLd nodes={[{ "@type": "WebPage", name: "Not found" }]} />
      <header className="page-header">
        <p className="eyebrow">404</p>
        <h1>There is no record at this address</h1>
        <p className="lede">
          The link may be mistyped, or the record may have been renamed when the dataset was
          revised.
        </p>
      </header>
      <search>
        <form className="search-form" method="get" action="/search">
          <label htmlFor="nf-q">Search the records instead</label>
          <div className="search-form__row">
            <input id="nf-q" name="q" type="search" />
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      <ul className="plain-list">
        {story ? (
          <li>
            Start from the story: <a href={`/stories/${story.id}`}>{story.title}</a>
          </li>
        ) : null}
        <li>
          <a href="/actors">Everyone in the stories</a>
        </li>
        <li>
          <a href="/">All stories</a>
        </li>
      </ul>
    </div>
  );
}
