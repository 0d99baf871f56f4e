import { expect, test } from "@playwright/test";
import { watchPage } from "./watch.ts";

test.describe("the page", () => {
  test("loads with its headline, standfirst and no console errors", async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL as string);
    await page.goto("/");
    await expect(page.locator("h1")).toHaveText("The fall of east Aleppo");
    await expect(page.locator(".standfirst")).not.toBeEmpty();
    await page.waitForLoadState("networkidle");
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test("links every dataset, and every link downloads its CSV", async ({ page, request }) => {
    await page.goto("/");
    const links = page.locator("#data a[data-dataset]");
    await expect(links).toHaveCount(7);
    for (const href of await links.evaluateAll((as) =>
      as.map((a) => a.getAttribute("href") ?? ""),
    )) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const text = await response.text();
      expect(text.split("\n")[0], href).toMatch(/^id,/);
      expect(text.trim().split("\n").length, href).toBeGreaterThan(10);
    }
  });

  test("has no horizontal scroll", async ({ page }) => {
    await page.goto("/");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
