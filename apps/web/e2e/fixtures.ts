import { type Discrepancy, sourceSides } from "@dossier/core";
import { test as base, expect, type Page } from "@playwright/test";
import { anchorId } from "../src/lib/links";

/** A page that fails its test on any console error or uncaught exception. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await use(errors);
  },
});

export { expect };

/**
 * After following a link to a disagreement: the page is at its anchor, and the disagreement shows
 * its title and every source side's quoted evidence, as a reader checking both sides would see.
 */
export async function expectDisagreementOpen(page: Page, discrepancy: Discrepancy) {
  const target = anchorId({ kind: "discrepancy", id: discrepancy.id });
  await expect(page).toHaveURL(new RegExp(`#${target}$`));
  const block = page.locator(`[id="${target}"]`);
  await expect(block.getByRole("heading", { name: discrepancy.title })).toBeVisible();
  for (const side of sourceSides(discrepancy))
    for (const e of side.evidence)
      await expect(
        block.getByRole("blockquote").filter({ hasText: e.quote }).first(),
      ).toBeVisible();
}
