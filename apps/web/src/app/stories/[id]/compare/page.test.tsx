import { compareSources, coverageMatrix, type Dataset, sourceSides } from "@dossier/core";
import { parseHTML } from "linkedom";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { dataset, sourceShortLabel } from "@/lib/data";
import { anchorId, recordHref } from "@/lib/links";
import ComparePage from "./page";

// the curated story has two sources; a small synthetic corpus has stories with three and more
vi.mock("@/lib/load-dataset", async () => {
  const { synthCorpus } = await import("@dossier/core/synth");
  const { compileDataset, formatDataError } = await import("@dossier/core/compile");
  const result = compileDataset(synthCorpus({ stories: 2, seed: 3 }));
  if (!result.ok) throw new Error(result.errors.map(formatDataError).join("\n"));
  return { loadDataset: () => result.dataset };
});

/** A story of three or more sources, and a disagreement two of them take sides in on a record. */
function scenario(ds: Dataset) {
  for (const story of ds.stories) {
    if (story.sources.length < 3) continue;
    const d = ds.discrepancies.find(
      (x) =>
        x.story === story.id &&
        x.about.some((r) => r.kind === "event" || r.kind === "statement") &&
        sourceSides(x).filter((s) => s.evidence.length > 0).length >= 2,
    );
    if (!d) continue;
    const sides = sourceSides(d).filter((s) => s.evidence.length > 0);
    const named = new Set(sides.map((s) => s.source));
    const third = story.sources.find((s) => !named.has(s)) as string;
    const three = [...[...named].slice(0, 2), third];
    return { story, discrepancy: d, sides: sides.filter((s) => three.includes(s.source)), three };
  }
  throw new Error(
    "the synthetic corpus has no story of three sources with a two-sided disagreement",
  );
}

async function render(id: string, search: Record<string, string | string[]>) {
  const page = await ComparePage({
    params: Promise.resolve({ id }),
    searchParams: Promise.resolve(search),
  });
  return parseHTML(`<!doctype html><html><body>${renderToString(page)}</body></html>`).document;
}

const text = (el: { textContent: string | null } | null | undefined) =>
  (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("comparing three sources of a story", () => {
  const { story, discrepancy, sides, three } = scenario(dataset);

  it("names the three, ticks them in the selector, and gives the matrix a column each", async () => {
    const doc = await render(story.id, { s: three });
    const h1 = text(doc.querySelector("h1"));
    for (const s of three) expect(h1).toContain(sourceShortLabel(s));
    const boxes = [...doc.querySelectorAll('input[type="checkbox"][name="s"]')];
    expect(boxes.map((b) => b.getAttribute("value"))).toEqual(story.sources);
    expect(
      boxes.filter((b) => b.hasAttribute("checked")).map((b) => b.getAttribute("value")),
    ).toEqual(story.sources.filter((s) => three.includes(s)));
    const heads = [...doc.querySelectorAll(".matrix__table thead th")].slice(1).map(text);
    expect(heads.map((h, i) => h.startsWith(sourceShortLabel(three[i] as string)))).toEqual([
      true,
      true,
      true,
    ]);
    const rows = [...doc.querySelectorAll(".matrix__table tbody tr")];
    const expected = coverageMatrix(dataset, three).rows;
    expect(rows.map((r) => text(r.querySelector("th a")))).toEqual(expected.map((r) => r.title));
  });

  it("flags the disagreement in both sides' cells, each linking to both sides' words", async () => {
    const doc = await render(story.id, { s: three });
    const about = discrepancy.about.find((r) => r.kind === "event" || r.kind === "statement");
    const matrix = coverageMatrix(dataset, three);
    const rowIndex = matrix.rows.findIndex((r) => r.ref.id === about?.id);
    expect(rowIndex).toBeGreaterThanOrEqual(0);
    const row = doc.querySelectorAll(".matrix__table tbody tr")[rowIndex];
    const target = `#${anchorId({ kind: "discrepancy", id: discrepancy.id })}`;
    const hrefs = sides.map((side) => {
      const cell = row?.querySelectorAll("td")[three.indexOf(side.source)];
      const link = [...(cell?.querySelectorAll("a") ?? [])].find((a) =>
        a.getAttribute("href")?.endsWith(target),
      );
      expect(link, side.source).toBeTruthy();
      return link?.getAttribute("href") as string;
    });
    // following the link: the same sources, that disagreement open on both sides' words
    const url = new URL(hrefs[0] as string, "https://example.org");
    const followed = await render(story.id, {
      s: url.searchParams.getAll("s"),
      open: url.searchParams.get("open") ?? "",
    });
    const block = followed.getElementById(target.slice(1));
    expect(text(block?.querySelector("h4"))).toBe(discrepancy.title);
    const quotes = [...(block?.querySelectorAll("blockquote") ?? [])].map(text).join(" ");
    for (const side of sides)
      for (const e of side.evidence) expect(quotes).toContain(e.quote.replace(/\s+/g, " ").trim());
    expect(url.searchParams.getAll("s")).toEqual(three);
  });

  it("keeps the two-column address, and offers only the chosen sources' detail", async () => {
    const [a, b] = three as [string, string, string];
    const doc = await render(story.id, { a, b });
    expect(doc.querySelectorAll(".matrix__table thead th").length).toBe(3);
    expect(doc.getElementById(`only-${a}`)).toBeTruthy();
    expect(doc.getElementById(`only-${three[2]}`)).toBeNull();
  });

  it("opens the framings on arrival from a framing's link, and leaves them a link otherwise", async () => {
    const framing = dataset.framings.find(
      (f) => f.story === story.id && f.terms.filter((t) => three.includes(t.source)).length >= 2,
    );
    if (!framing) throw new Error("the synthetic story has no framing two of the three share");
    const ref = { kind: "framing", id: framing.id } as const;
    const url = new URL(recordHref(dataset, ref), "https://example.org");
    const opened = await render(story.id, { s: three, open: url.searchParams.get("open") ?? "" });
    expect(text(opened.getElementById(anchorId(ref))?.querySelector("h3"))).toBe(framing.title);
    const closed = await render(story.id, { s: three });
    expect(closed.getElementById(anchorId(ref))).toBeNull();
    expect(closed.querySelector("#framings a")?.getAttribute("href")).toContain("detail=framings");
  });

  it("reaches every part of the detail in one link, each with every record's words", async () => {
    const doc = await render(story.id, { s: three });
    const cmp = compareSources(dataset, three);
    const parts = [...doc.querySelectorAll("#detail li[id]")];
    expect(parts.map((li) => li.id)).toEqual([
      "framings",
      ...three.map((s) => `only-${s}`),
      "shared",
    ]);
    // closed, a part is its link alone: none of its words are on the page
    expect(doc.querySelectorAll("#detail blockquote")).toHaveLength(0);
    for (const li of parts) {
      const url = new URL(
        li.querySelector("a")?.getAttribute("href") as string,
        "https://example.org",
      );
      expect(url.hash).toBe(`#${li.id}`);
      const followed = await render(story.id, {
        s: url.searchParams.getAll("s"),
        detail: url.searchParams.get("detail") ?? "",
      });
      const part = followed.getElementById(li.id);
      const rows =
        li.id === "framings"
          ? []
          : li.id === "shared"
            ? cmp.shared
            : (cmp.onlyIn[li.id.slice("only-".length)] ?? []);
      expect([...(part?.querySelectorAll(".coverage-row") ?? [])].length).toBe(rows.length);
      const quotes = [...(part?.querySelectorAll("blockquote") ?? [])].map(text).join(" ");
      for (const row of rows)
        for (const e of Object.values(row.bySource).flat())
          expect(quotes).toContain(e.quote.replace(/\s+/g, " ").trim());
      if (li.id === "framings")
        for (const f of cmp.framings)
          expect(
            text(part?.querySelector(`[id="${anchorId({ kind: "framing", id: f.id })}"] h3`)),
          ).toBe(f.title);
      // the other parts stay closed
      expect(followed.querySelectorAll("#detail .compare-detail__open")).toHaveLength(1);
    }
  });

  it("lists every disagreement as a link that opens it on both sides' words", async () => {
    const doc = await render(story.id, { s: three });
    const cmp = compareSources(dataset, three);
    expect(doc.querySelectorAll("#disagreements blockquote")).toHaveLength(0);
    for (const d of cmp.discrepancies) {
      const target = anchorId({ kind: "discrepancy", id: d.id });
      const link = doc.querySelector(`#disagreements [id="${target}"] a`);
      expect(text(link)).toBe(d.title);
      const url = new URL(link?.getAttribute("href") as string, "https://example.org");
      const followed = await render(story.id, {
        s: url.searchParams.getAll("s"),
        open: url.searchParams.get("open") ?? "",
      });
      const block = followed.getElementById(target);
      expect(text(block?.querySelector("h4"))).toBe(d.title);
      const quotes = [...(block?.querySelectorAll("blockquote") ?? [])].map(text).join(" ");
      for (const side of sourceSides(d))
        for (const e of side.evidence)
          expect(quotes).toContain(e.quote.replace(/\s+/g, " ").trim());
    }
  });
});
