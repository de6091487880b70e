import {
  compareSources,
  coverageMatrix,
  type Dataset,
  getSource,
  recordTitle,
} from "@dossier/core";
import { readDataset } from "@dossier/core/load";
import { anchorId } from "../src/lib/links";
import { expect, expectDisagreementOpen, test } from "./fixtures";

// the curated story has two sources: this journey runs on the reader built over a synthetic corpus
// (scripts/synthetic-build.mjs), which scripts/browser-tests.mjs serves beside the real one
const baseURL = process.env.SYNTHETIC_BASE_URL;
const datasetFile = process.env.SYNTHETIC_DATASET;
test.use({ baseURL });

function syntheticDataset(): Dataset {
  if (!baseURL || !datasetFile)
    throw new Error(
      "SYNTHETIC_BASE_URL and SYNTHETIC_DATASET are unset: run the browser tests with `pnpm test:browser`, which builds and serves the synthetic reader",
    );
  return readDataset(datasetFile).dataset;
}

const shortLabel = (dataset: Dataset, id: string) => {
  const publisher = getSource(dataset, id)?.publisher;
  return !publisher || publisher.status === "unknown" ? id : publisher.value;
};

/** A story's three sources that disagree the most, so the journey shows disagreements. */
function threeSources(dataset: Dataset) {
  let best: { story: string; ids: string[]; points: number } | undefined;
  for (const story of dataset.stories) {
    const s = story.sources;
    for (let a = 0; a < s.length; a++)
      for (let b = a + 1; b < s.length; b++)
        for (let c = b + 1; c < s.length; c++) {
          const ids = [s[a], s[b], s[c]] as string[];
          const points = compareSources(dataset, ids).discrepancies.length;
          if (!best || points > best.points) best = { story: story.id, ids, points };
        }
  }
  if (!best?.points)
    throw new Error("the synthetic corpus has no story with three sources that disagree");
  return best;
}

test("a reader picks three sources of a story and sees each one's column, cells and disagreements", async ({
  page,
  consoleErrors,
}) => {
  const dataset = syntheticDataset();
  const { story, ids } = threeSources(dataset);
  const [a, b, c] = ids as [string, string, string];
  const labels = ids.map((id) => shortLabel(dataset, id));

  // start from two of them, then tick the third in the form and submit it (a plain GET form)
  await page.goto(`/stories/${story}/compare?s=${a}&s=${b}`);
  const pick = page.getByRole("group", { name: /Sources to compare/ });
  for (const box of await pick.getByRole("checkbox").all()) {
    const value = (await box.getAttribute("value")) as string;
    await expect(box).toBeChecked({ checked: value === a || value === b });
    if (value !== a && value !== b && value !== c) await box.uncheck();
  }
  await pick.locator(`input[value="${c}"]`).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(
    (url) => url.searchParams.getAll("s").sort().join() === [...ids].sort().join(),
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${labels[0]}, ${labels[1]} and ${labels[2]}`,
  );

  // the matrix: a column per source, in the order the story lists them
  const order = dataset.stories.find((s) => s.id === story)?.sources.filter((s) => ids.includes(s));
  const matrix = coverageMatrix(dataset, order as string[]);
  const table = page.getByRole("table", { name: /Records by source/ });
  const headers = table.locator("thead").getByRole("columnheader");
  await expect(headers).toHaveCount(4);
  for (const [i, source] of matrix.sources.entries()) {
    const carried = matrix.rows.filter((r) => (r.cells[i]?.evidence ?? 0) > 0).length;
    const header = headers.nth(i + 1);
    await expect(header.getByRole("link")).toHaveText(shortLabel(dataset, source));
    await expect(header).toContainText(`${carried} of ${matrix.rows.length}`);
  }
  await expect(table.locator("tbody tr")).toHaveCount(matrix.rows.length);

  // each row: a cell per source, a link to its words where it carries the record, a dash where not
  for (const [r, row] of matrix.rows.entries()) {
    const tr = table.locator("tbody tr").nth(r);
    await expect(tr.getByRole("rowheader")).toContainText(recordTitle(dataset, row.ref));
    for (const [i, cell] of row.cells.entries()) {
      const td = tr.getByRole("cell").nth(i);
      const label = shortLabel(dataset, cell.source);
      if (cell.evidence > 0)
        await expect(
          td.getByRole("link", { name: new RegExp(`in ${escapeRegExp(label)}: read its words`) }),
        ).toHaveAttribute("href", `/sources/${cell.source}#${anchorId(row.ref)}`);
      else await expect(td).toContainText(`not in ${label}`);
      for (const d of cell.disagreements)
        await expect(
          td.getByRole("link", { name: new RegExp(escapeRegExp(d.title)) }),
        ).toBeVisible();
    }
  }

  // the disagreements between the three, counted, and one opened on both sides' words
  const cmp = compareSources(dataset, matrix.sources);
  const differ = page.getByRole("region", { name: "Where they disagree" });
  await expect(differ).toContainText(`${cmp.discrepancies.length} points`);
  const flagged = matrix.rows.flatMap((r) => r.cells.flatMap((cell) => cell.disagreements));
  const discrepancy = dataset.discrepancies.find((d) => d.id === flagged[0]?.id);
  if (!discrepancy) throw new Error("no cell of the matrix flags a disagreement");
  await table
    .getByRole("link", { name: new RegExp(escapeRegExp(discrepancy.title)) })
    .first()
    .click();
  await expectDisagreementOpen(page, discrepancy);
  expect(consoleErrors).toEqual([]);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
