import { actorProfile, type Dataset, placeProfile } from "@dossier/core";
import { parseHTML } from "linkedom";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { dataset } from "@/lib/data";
import { PlaceView, placePage, placePageHref } from "../../places/[id]/PlaceView";
import { ActorView, actorPage, actorPageHref } from "./ActorView";

// the curated data has one story; a small synthetic corpus has actors and places in several
vi.mock("@/lib/load-dataset", async () => {
  const { synthCorpus } = await import("@dossier/core/synth");
  const { compileDataset, formatDataError } = await import("@dossier/core/compile");
  const result = compileDataset(synthCorpus({ stories: 3, seed: 5 }));
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
  return { loadDataset: () => result.dataset };
});

const html = (node: React.ReactNode) =>
  parseHTML(`<!doctype html><html><body>${renderToString(node)}</body></html>`).document;

const storiesOf = (records: readonly { story: string }[]) => new Set(records.map((r) => r.story));

/** The actor, and the place, whose records span the most stories. */
function busiest(ds: Dataset) {
  const actor = [...ds.actors]
    .map((a) => {
      const p = actorProfile(ds, a.id);
      const records = p ? [...p.statements, ...p.mentionedIn, ...p.events.map((e) => e.event)] : [];
      return { id: a.id, stories: storiesOf(records).size };
    })
    .sort((a, b) => b.stories - a.stories)[0];
  const place = [...ds.places]
    .map((pl) => ({
      id: pl.id,
      stories: placeProfile(ds, pl.id)?.eventsByStory.length ?? 0,
    }))
    .sort((a, b) => b.stories - a.stories)[0];
  if (!actor || actor.stories < 2 || !place || place.stories < 2)
    throw new Error("the synthetic corpus has no actor or place in two stories");
  return { actor, place };
}

/** Every record link's address on a page, by its path's first segment. */
const links = (doc: Document, section: string) =>
  [...doc.querySelectorAll(`main a[href^="/${section}/"], a[href^="/${section}/"]`)].map(
    (a) => a.getAttribute("href") as string,
  );

describe("an actor's records, a page of stories at a time", () => {
  const { actor } = busiest(dataset);
  const profile = actorProfile(dataset, actor.id);
  if (!profile) throw new Error("no profile");

  it("splits the stories over pages linked newer to older, each record on exactly one", () => {
    const perPage = 1;
    const seen: string[] = [];
    let href: string | undefined = actorPageHref(actor.id, 1);
    for (let n = 1; href; n++) {
      expect(href).toBe(actorPageHref(actor.id, n));
      const view = actorPage(actor.id, n, perPage);
      if (!view?.at) throw new Error(`no page ${n}`);
      const doc = html(<ActorView {...view} page={n} />);
      expect(doc.querySelector("h1")?.textContent).toBe(profile.actor.name);
      const nav = doc.querySelector(`nav[aria-label^="Pages of"]`);
      expect(nav?.textContent).toContain(`page ${n} of ${actor.stories}`);
      seen.push(...links(doc, "statements"), ...links(doc, "events"));
      // the names the sources use lead the first page only
      expect(Boolean(doc.getElementById("names-heading"))).toBe(n === 1);
      href = doc.querySelector('a[rel="next"]')?.getAttribute("href") ?? undefined;
      if (n > 1)
        expect(doc.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe(
          actorPageHref(actor.id, n - 1),
        );
      expect(n).toBeLessThanOrEqual(actor.stories);
    }
    const expected = [
      ...profile.statements.map((s) => `/statements/${s.id}`),
      ...profile.mentionedIn.map((s) => `/statements/${s.id}`),
      ...profile.events.map((e) => `/events/${e.event.id}`),
    ];
    expect(seen.sort()).toEqual(expected.sort());
  });

  it("says a page past the last is not there, and links to the last", () => {
    const view = actorPage(actor.id, actor.stories + 1, 1);
    if (!view) throw new Error("no actor");
    expect(view.at).toBeUndefined();
    const doc = html(<ActorView {...view} page={actor.stories + 1} />);
    const status = doc.querySelector('[role="status"]');
    expect(status?.textContent).toContain(`There is no page ${actor.stories + 1}`);
    expect(status?.querySelector("a")?.getAttribute("href")).toBe(
      actorPageHref(actor.id, actor.stories),
    );
  });

  it("keeps every story on one page when they fit", () => {
    const view = actorPage(actor.id, 1);
    if (!view) throw new Error("no actor");
    const doc = html(<ActorView {...view} page={1} />);
    expect(doc.querySelector(`nav[aria-label^="Pages of"]`)).toBeNull();
  });
});

describe("a place's records, a page of stories at a time", () => {
  const { place } = busiest(dataset);
  const profile = placeProfile(dataset, place.id);
  if (!profile) throw new Error("no profile");

  it("gives every event at the place on exactly one page, linked newer to older", () => {
    const seen: string[] = [];
    let href: string | undefined = placePageHref(place.id, 1);
    for (let n = 1; href; n++) {
      const view = placePage(place.id, n, 1);
      if (!view?.at) throw new Error(`no page ${n}`);
      const doc = html(<PlaceView {...view} page={n} />);
      seen.push(...links(doc, "events"));
      href = doc.querySelector('a[rel="next"]')?.getAttribute("href") ?? undefined;
      if (href) expect(href).toBe(placePageHref(place.id, n + 1));
    }
    const expected = profile.eventsByStory.flatMap((g) => g.records.map((e) => `/events/${e.id}`));
    expect(seen.sort()).toEqual(expected.sort());
  });
});
