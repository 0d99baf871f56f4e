import { resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { activeBeat, beatIds, scrollToBeat } from "./story.ts";
import { serveStrict } from "./strictServer.ts";
import { watchPage } from "./watch.ts";

let server: Awaited<ReturnType<typeof serveStrict>>;
test.beforeAll(async () => {
  server = await serveStrict(resolve(import.meta.dirname, "../../dist"));
});
test.afterAll(() => server.close());

/**
 * Records every CSP violation, and how the sticky graphic is laid out in the first frame
 * that has it: "flex" in the scrolling story, "none" in the list (no flash of the other).
 */
async function watchPolicy(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[]; firstGraphicDisplay?: string };
    w.violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
    const look = () => {
      const graphic = document.querySelector(".scrolly-graphic");
      if (graphic) w.firstGraphicDisplay = getComputedStyle(graphic).display;
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  return {
    violations: () =>
      page.evaluate(() => (window as unknown as { violations: string[] }).violations),
    firstGraphicDisplay: () =>
      page.evaluate(
        () => (window as unknown as { firstGraphicDisplay?: string }).firstGraphicDisplay,
      ),
  };
}

test.describe("under a strict Content-Security-Policy", { tag: "@not-small-phone" }, () => {
  test("the story runs to its last beat with no violation and no console error", async ({
    page,
  }) => {
    const watch = watchPage(page, server.url);
    const policy = await watchPolicy(page);
    await page.goto(server.url);
    await expect.poll(policy.firstGraphicDisplay).toBe("flex");
    const ids = await beatIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    for (const id of ids) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page), { message: id }).toBe(id);
    }
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    expect(await policy.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
  });

  test("no inline script runs: the one inline block is the story's JSON-LD data", async ({
    page,
  }) => {
    const policy = await watchPolicy(page);
    for (const path of ["", "list.html"]) {
      await page.goto(`${server.url}${path}`);
      const inline = await page
        .locator("script:not([src])")
        .evaluateAll((scripts) =>
          scripts.map((s) => ({ type: s.getAttribute("type"), text: s.textContent ?? "" })),
        );
      expect(
        inline.map((s) => s.type),
        path,
      ).toEqual(["application/ld+json"]);
      expect(JSON.parse(inline[0]?.text ?? "")["@type"], path).toBe("NewsArticle");
      expect(await policy.violations(), path).toEqual([]);
    }
  });

  test("the list view is laid out as a list from the first frame", async ({ page }) => {
    const watch = watchPage(page, server.url);
    const policy = await watchPolicy(page);
    await page.goto(`${server.url}list.html`);
    await expect.poll(policy.firstGraphicDisplay).toBe("none");
    await expect(page.locator("[data-graphic]")).toBeHidden();
    expect(await policy.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
