import { compareSources, coverageMatrix, recordTitle, timeline } from "@dossier/core";
import type { Page } from "@playwright/test";
import { anchorId } from "../src/lib/links";
import { expect, expectDisagreementOpen, test } from "./fixtures";
import { dataset, story } from "./pages";

const hrefOf = (kind: string, id: string) => `/${kind === "event" ? "events" : "statements"}/${id}`;

test("the timeline chart is reached by keyboard, shows its focus, and links to the record", async ({
  page,
  consoleErrors,
}) => {
  await page.goto(`/stories/${story.id}`);
  const chart = page.getByRole("figure", { name: "When it happened" });
  const entries = timeline(dataset, { story: story.id });
  await expect(chart.locator("a.chart__link")).toHaveCount(entries.length);

  // tab from the top until a mark of the chart has the focus
  let inChart = false;
  for (let i = 0; i < 60 && !inChart; i++) {
    await page.keyboard.press("Tab");
    inChart = await page.evaluate(() => Boolean(document.activeElement?.closest(".chart__svg")));
  }
  expect(inChart).toBe(true);
  const focused = page.locator(".chart__link:focus");
  const href = (await focused.getAttribute("href")) as string;
  const entry = entries.find((e) => hrefOf(e.kind, e.record.id) === href);
  if (!entry) throw new Error(`the focused mark links to ${href}, no record of the story`);
  const title = entry.kind === "event" ? entry.record.title : entry.record.gist;
  await expect(focused).toHaveAttribute(
    "aria-label",
    new RegExp(title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
  );
  const [stroke, focusColour] = await focused.evaluate((a) => {
    const mark = a.querySelector(".chart__mark") as Element;
    const probe = document.createElement("span");
    probe.style.color = "var(--focus)";
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return [getComputedStyle(mark).stroke, c];
  });
  expect(stroke).toBe(focusColour);

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    entry.kind === "event" ? entry.record.title : entry.record.gist.slice(0, 20),
  );
  expect(consoleErrors).toEqual([]);
});

test("the chart's table gives every record in words, with its date and link", async ({ page }) => {
  await page.goto(`/stories/${story.id}`);
  const entries = timeline(dataset, { story: story.id });
  await page.getByText("The chart as a table").click();
  const table = page.getByRole("table", { name: /as a table/ });
  await expect(table.locator("tbody tr")).toHaveCount(entries.length);
  const first = entries[0];
  if (!first) throw new Error("the story has no record");
  await expect(table.locator(`a[href="${hrefOf(first.kind, first.record.id)}"]`)).toBeVisible();
});

test("the timeline's chart points to the list below, which gives every record in words", async ({
  page,
}) => {
  await page.goto(`/stories/${story.id}/timeline`);
  const entries = timeline(dataset, { story: story.id });
  await page.getByRole("link", { name: "The chart in words" }).click();
  const list = page.getByRole("list", { name: "The records, in date order" });
  await expect(list).toBeInViewport();
  await expect(list.locator(":scope > li")).toHaveCount(entries.length);
  for (const e of entries)
    await expect(list.locator(`a[href="${hrefOf(e.kind, e.record.id)}"]`).first()).toBeVisible();
});

/** The smallest size, in CSS pixels, at which the story's chart draws a word. */
function smallestChartText(page: Page): Promise<number> {
  return page
    .locator("svg.chart__svg")
    .first()
    .evaluate((svg) => {
      const scale =
        svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const shown = [...svg.querySelectorAll("text")].filter(
        (t) => getComputedStyle(t).display !== "none",
      );
      return Math.min(...shown.map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale));
    });
}

test("on a phone the chart's words read at 12 px or more, and only the chart scrolls sideways", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/stories/${story.id}`);
  await expect(page.getByRole("figure", { name: "When it happened" })).toBeVisible();
  expect(await smallestChartText(page)).toBeGreaterThanOrEqual(12);
  const [chartOverflow, pageOverflow] = await page.evaluate(() => {
    const box = document.querySelector(".chart__scroll") as Element;
    const doc = document.documentElement;
    return [box.scrollWidth - box.clientWidth, doc.scrollWidth - doc.clientWidth];
  });
  expect(chartOverflow).toBeGreaterThan(0);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("printed on A4, the story's chart fits the page whole, in ink, with every mark", async ({
  browser,
}) => {
  // A4's printable width at Chromium's default margins, in CSS pixels
  const context = await browser.newContext({ viewport: { width: 718, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`/stories/${story.id}`);
  await page.emulateMedia({ media: "print" });
  const chart = page.getByRole("figure", { name: "When it happened" });
  await expect(chart.locator("a.chart__link")).toHaveCount(
    timeline(dataset, { story: story.id }).length,
  );
  await expect(chart.getByText(/scroll it sideways/)).toBeHidden();
  // nothing cut off at either side: paper does not scroll
  const box = chart.locator(".chart__scroll");
  expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  const svg = await chart.locator("svg.chart__svg").boundingBox();
  expect(svg?.width).toBeLessThanOrEqual(718);
  // 7 pt or more on paper
  expect(await smallestChartText(page)).toBeGreaterThanOrEqual((7 * 96) / 72);
  // events in black: no colour a printer may wash out
  const fill = await chart
    .locator("svg.chart__svg .chart__mark--event")
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).toBe("rgb(0, 0, 0)");
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await context.close();
});

test("the matrix shows a disagreement in both sides' cells, and it opens on both sides' evidence", async ({
  page,
  consoleErrors,
}) => {
  const matrix = coverageMatrix(dataset, story.sources);
  const row = matrix.rows.find(
    (r) => r.cells.filter((c) => c.evidence > 0 && c.disagreements.length > 0).length >= 2,
  );
  if (!row) throw new Error("no record both sources carry and disagree on");
  const shared = row.cells[0]?.disagreements.find((d) =>
    row.cells.every((c) => c.disagreements.some((x) => x.id === d.id)),
  );
  const discrepancy = dataset.discrepancies.find((d) => d.id === shared?.id);
  if (!discrepancy) throw new Error("no disagreement in both cells");

  await page.goto(`/stories/${story.id}/compare`);
  const tr = page
    .locator(".matrix__table tbody tr")
    .filter({ has: page.getByRole("rowheader", { name: recordTitle(dataset, row.ref) }) });
  await expect(tr).toHaveCount(1);
  const target = anchorId({ kind: "discrepancy", id: discrepancy.id });
  const flags = tr.locator(`a[href$="#${target}"]`);
  await expect(flags).toHaveCount(matrix.sources.length);
  // each cell's own link goes to that source's words for the record
  for (const [i, source] of matrix.sources.entries())
    await expect(tr.locator("td").nth(i).locator(".matrix__how")).toHaveAttribute(
      "href",
      `/sources/${source}#${anchorId(row.ref)}`,
    );

  await flags.first().click();
  await expectDisagreementOpen(page, discrepancy);
  expect(consoleErrors).toEqual([]);
});

test("the compare page leads with the matrix, and each part of the detail opens in one click, without JavaScript", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const cmp = compareSources(dataset, story.sources);
  const parts = [
    { id: "framings", records: cmp.framings.length },
    ...story.sources.map((s) => ({ id: `only-${s}`, records: cmp.onlyIn[s]?.length ?? 0 })),
    { id: "shared", records: cmp.shared.length },
  ];
  for (const part of parts) {
    await page.goto(`/stories/${story.id}/compare`);
    await expect(page.getByRole("heading", { name: "Who carries what" })).toBeInViewport();
    // closed, a part is one line: none of its words are on the page
    const detail = page.getByRole("region", { name: "In detail" });
    await expect(detail.getByRole("blockquote")).toHaveCount(0);
    await detail.locator(`[id="${part.id}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`#${part.id}$`));
    const opened = page.locator(`[id="${part.id}"]`);
    await expect(opened).toBeInViewport();
    await expect(opened.getByRole("heading", { level: 3 }).first()).toBeVisible();
    if (part.id === "framings")
      for (const f of cmp.framings)
        await expect(opened.getByRole("heading", { name: f.title })).toBeVisible();
    else await expect(opened.locator(".coverage-row")).toHaveCount(part.records);
    // every record's words, each source's quotes in the part
    const rows =
      part.id === "shared"
        ? cmp.shared
        : part.id === "framings"
          ? []
          : (cmp.onlyIn[part.id.slice(5)] ?? []);
    for (const row of rows)
      for (const e of Object.values(row.bySource).flat())
        await expect(
          opened.getByRole("blockquote").filter({ hasText: e.quote }).first(),
        ).toBeVisible();
  }
  await context.close();
});

test("on a phone the timeline's filters show their whole choice, the longest actor's name included", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/stories/${story.id}/timeline`);
  for (const name of ["Show", "Involving", "Said by"]) {
    const select = page.getByLabel(name, { exact: true });
    const options = await select.locator("option").allTextContents();
    const longest = options.reduce((a, b) => (b.length > a.length ? b : a), "");
    await select.selectOption({ label: longest });
    const [text, room] = await select.evaluate((el: HTMLSelectElement) => {
      const style = getComputedStyle(el);
      const ctx = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const pad = Number.parseFloat(style.paddingLeft) + Number.parseFloat(style.paddingRight);
      // the room left of the drop-down arrow (about 20 px)
      return [ctx.measureText(el.selectedOptions[0]?.text ?? "").width, el.clientWidth - pad - 20];
    });
    expect(text, `${name}: "${longest}"`).toBeLessThanOrEqual(room);
  }
  await context.close();
});
