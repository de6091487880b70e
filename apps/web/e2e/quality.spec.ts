import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { PAGE_TYPES } from "./pages";

for (const [name, path] of Object.entries(PAGE_TYPES)) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${name}, ${colorScheme}: no console errors, and axe-core finds no violations at 1280 and 360 px`, async ({
      page,
      consoleErrors,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 1280, height: 720 });
      const res = await page.goto(path);
      expect(res?.status()).toBe(name === "not found" ? 404 : 200);
      for (const width of [1280, 360]) {
        // the same document, laid out again: the phone's rules (stacked columns, the chart's own
        // scroll box) are where a contrast or a target size changes
        await page.setViewportSize({ width, height: 740 });
        // axe leaves WCAG 2.2's target size (24 px, 2.5.8) off by default; Lighthouse checks it
        const results = await new AxeBuilder({ page })
          .options({ rules: { "target-size": { enabled: true } } })
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(" ")})`,
        );
        expect(summary, `${colorScheme} ${width} px ${path}`).toEqual([]);
      }
      // a 404 logs the failed document request itself; nothing else may complain
      const errors =
        name === "not found" ? consoleErrors.filter((e) => !e.includes("404")) : consoleErrors;
      expect(errors).toEqual([]);
    });
  }
}

test("every page has a title, a description, a canonical or noindex, and valid JSON-LD", async ({
  page,
}) => {
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path);
    await expect(page, name).toHaveTitle(/Dossier/);
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld.length, `${name} JSON-LD`).toBeGreaterThan(0);
    for (const json of ld) expect(JSON.parse(json)["@context"]).toBe("https://schema.org");
    if (name !== "not found")
      expect(
        await page.locator('meta[name="description"]').getAttribute("content"),
        name,
      ).toBeTruthy();
  }
});

test("security headers, including a Content-Security-Policy, come with every page", async ({
  request,
}) => {
  const res = await request.get("/");
  const headers = res.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("sitemap and robots.txt list the record pages", async ({ request }) => {
  // /sitemap.xml is an index: the pages are in the sitemaps it names
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("<sitemapindex");
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (m) => new URL(m[1] ?? "").pathname,
  );
  expect(sitemaps.length).toBeGreaterThan(0);
  let sitemap = "";
  for (const path of sitemaps) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    sitemap += await res.text();
  }
  for (const path of Object.values(PAGE_TYPES).filter(
    (p) => !p.includes("?") && !p.includes("no-such"),
  ))
    expect(sitemap).toContain(`${path === "/" ? "" : path}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});

test("the layout fits a 360 px screen without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const [name, path] of Object.entries(PAGE_TYPES)) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, name).toBeLessThanOrEqual(0);
  }
  await context.close();
});

test("keyboard: the skip link is the first stop and shows its focus", async ({ page }) => {
  await page.goto(PAGE_TYPES.story as string);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
