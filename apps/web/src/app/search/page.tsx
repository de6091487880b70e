import { type RecordKind, type SearchHit, search } from "@dossier/core";
import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { dataset } from "@/lib/data";
import { KIND_LABEL, recordHref } from "@/lib/links";
import { parseSearchQuery, type SearchParams } from "@/lib/query";
import { absoluteUrl } from "@/lib/site";
import { markTerms } from "@/lib/snippet";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = parseSearchQuery(await searchParams);
  return {
    title: q ? `Search: ${q}` : "Search",
    description: "Search every event, statement, actor and source, with results grouped by kind.",
    robots: { index: false, follow: true },
  };
}

const KIND_ORDER: RecordKind[] = [
  "statement",
  "event",
  "actor",
  "discrepancy",
  "framing",
  "source",
  "place",
  "story",
  "context",
];

function groupHits(hits: readonly SearchHit[]): [RecordKind, SearchHit[]][] {
  return KIND_ORDER.map(
    (k) => [k, hits.filter((h) => h.ref.kind === k)] as [RecordKind, SearchHit[]],
  ).filter(([, list]) => list.length > 0);
}

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {markTerms(text, query).map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and never reordered
        p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const q = parseSearchQuery(await searchParams);
  const hits = q ? search(dataset, q, { limit: 60 }) : [];
  const groups = groupHits(hits);
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "SearchResultsPage",
            "@id": absoluteUrl("/search"),
            name: q ? `Search: ${q}` : "Search",
          },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Search</p>
        <h1>{q ? <>Results for “{q}”</> : "Search the records"}</h1>
      </header>
      <search>
        <form className="search-form" method="get" action="/search">
          <label htmlFor="q">Words to find in events, statements, quotes, names and sources</label>
          <div className="search-form__row">
            <input id="q" name="q" type="search" defaultValue={q} maxLength={200} />
            <button type="submit">Search</button>
          </div>
        </form>
      </search>
      {q ? (
        <p className="result-count" role="status">
          {hits.length
            ? `${hits.length} ${hits.length === 1 ? "record" : "records"} found.`
            : "Nothing found. Try fewer words, or another spelling of a name."}
        </p>
      ) : (
        <p className="muted">
          Try a name (“Sadr”), a word from a quote (“sovereignty”), or a place (“Qaim”). Names match
          whichever way the sources spell them.
        </p>
      )}
      {groups.length ? (
        <nav aria-label="Result groups" className="subnav">
          <ul>
            {groups.map(([kind, list]) => (
              <li key={kind}>
                <a href={`#results-${kind}`}>
                  {KIND_LABEL[kind].many} ({list.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map(([kind, list]) => (
        <section
          key={kind}
          className="section"
          id={`results-${kind}`}
          aria-labelledby={`results-${kind}-h`}
        >
          <h2 id={`results-${kind}-h`}>{KIND_LABEL[kind].many}</h2>
          <ol className="results">
            {list.map((h) => (
              <li key={`${h.ref.kind}-${h.ref.id}`} className="result">
                <h3 className="result__title">
                  <a href={recordHref(dataset, h.ref)}>
                    <Marked text={h.title} query={q} />
                  </a>
                </h3>
                <p className="result__snippet">
                  <Marked text={h.snippet} query={q} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
