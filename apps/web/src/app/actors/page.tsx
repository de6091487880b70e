import type { Actor } from "@dossier/core";
import type { Metadata } from "next";
import { JsonLd } from "@/components/JsonLd";
import { ACTOR_KIND_LABEL, isSlip } from "@/lib/actors";
import { dataset } from "@/lib/data";
import { absoluteUrl } from "@/lib/site";

export const metadata: Metadata = {
  title: "Actors",
  description:
    "The people and organisations in the stories: who they are, every name the sources give them, what they said and did.",
  alternates: { canonical: "/actors" },
};

function groupByKind(actors: readonly Actor[]): [string, Actor[]][] {
  const groups = new Map<string, Actor[]>();
  for (const a of [...actors].sort((x, y) => x.name.localeCompare(y.name))) {
    const label = ACTOR_KIND_LABEL[a.kind].many;
    groups.set(label, [...(groups.get(label) ?? []), a]);
  }
  return [...groups].sort(([a], [b]) =>
    a === "People" ? -1 : b === "People" ? 1 : a.localeCompare(b),
  );
}

export default function ActorsPage() {
  return (
    <div className="wrap">
      <JsonLd
        nodes={[
          {
            "@type": "CollectionPage",
            "@id": absoluteUrl("/actors"),
            name: "Actors",
            hasPart: dataset.actors.map((a) => ({
              "@type": a.kind === "person" ? "Person" : "Organization",
              name: a.name,
              url: absoluteUrl(`/actors/${a.id}`),
            })),
          },
        ]}
      />
      <header className="page-header">
        <p className="eyebrow">Actors</p>
        <h1>Who is who</h1>
        <p className="lede">
          Everyone who acts, speaks or is spoken of, with every name the sources use for them.
        </p>
      </header>
      {groupByKind(dataset.actors).map(([label, actors]) => (
        <section key={label} className="section" aria-labelledby={`kind-${label}`}>
          <h2 id={`kind-${label}`}>{label}</h2>
          <ul className="actor-list">
            {actors.map((a) => {
              const slips = a.aliases.filter((x) => isSlip(x.variant));
              return (
                <li key={a.id}>
                  <a href={`/actors/${a.id}`} className="actor-list__name">
                    {a.name}
                  </a>
                  <p className="small">{a.description}</p>
                  {slips.length ? (
                    <p className="small muted">
                      Also written, wrongly: {slips.map((s) => `“${s.name}”`).join(", ")}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
