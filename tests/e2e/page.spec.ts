import { DATASETS } from "../../src/data/datasets/index.ts";
import { expect, test } from "./edition.ts";
import { watchPage } from "./watch.ts";

test.describe("the page", () => {
  test("loads with its headline, standfirst and no console errors", async ({
    page,
    baseURL,
    ed,
  }) => {
    const watch = watchPage(page, baseURL as string);
    await page.goto(ed.story);
    await expect(page.locator("h1")).toHaveText(ed.copy.headline);
    await expect(page.locator(".standfirst")).not.toBeEmpty();
    await page.waitForLoadState("networkidle");
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test("links every dataset, and every link downloads its CSV", async ({ page, request, ed }) => {
    await page.goto(ed.story);
    const links = page.locator("#data a[data-dataset]");
    // One a dataset (src/data/datasets/index.ts).
    await expect(links).toHaveCount(Object.keys(DATASETS).length);
    for (const href of await links.evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).href),
    )) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const text = await response.text();
      expect(text.split("\n")[0], href).toMatch(/^id,/);
      // Rows under the header: the places are five, every other dataset has dozens.
      expect(text.trim().split("\n").length, href).toBeGreaterThan(5);
    }
  });

  test("has no horizontal scroll", { tag: "@narrow" }, async ({ page, ed }) => {
    await page.goto(ed.story);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
