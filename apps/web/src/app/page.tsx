import { filterEvents, filterStatements } from "@dossier/core";
import type { Metadata } from "next";
import Link from "next/link";
import { JsonLd } from "@/components/JsonLd";
import { dataset, sourceShortLabel } from "@/lib/data";
import { displayIsoDate } from "@/lib/dates";
import { absoluteUrl, SITE_DESCRIPTION } from "@/lib/site";

export const metadata: Metadata = {
  title: { absolute: "Dossier: the news, checked against its sources" },
  description: SITE_DESCRIPTION,
  alternates: { canonical: "/" },
};

export default function HomePage() {
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "CollectionPage",
            "@id": absoluteUrl("/"),
            name: "Stories",
            hasPart: dataset.stories.map((s) => ({
              "@type": "WebPage",
              name: s.title,
              url: absoluteUrl(`/stories/${s.id}`),
            })),
          },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Dossier</p>
        <h1>The news, line by line, against its sources</h1>
        <p className="lede">
          {SITE_DESCRIPTION} Open a story, then follow any line to the words it rests on.
        </p>
      </header>
      <section aria-labelledby="stories-heading" className="section">
        <h2 id="stories-heading">Stories</h2>
        <ul className="story-list">
          {dataset.stories.map((story) => (
            <li key={story.id} className="card card--story">
              <p className="card__meta">
                {displayIsoDate(story.period.start)} – {displayIsoDate(story.period.end)}
              </p>
              <h3 className="card__title">
                <Link href={`/stories/${story.id}`}>{story.title}</Link>
              </h3>
              <p className="card__body">{story.summary}</p>
              <p className="muted small">
                {filterEvents(dataset, { story: story.id }).length} events ·{" "}
                {filterStatements(dataset, { story: story.id }).length} statements · from{" "}
                {story.sources.map(sourceShortLabel).join(" and ")}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
