import { resolve } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./edition.ts";
import { activeBeat, beatIds, scrollToBeat } from "./story.ts";
import { serveStrict } from "./strictServer.ts";
import { watchPage } from "./watch.ts";

/**
 * Editions whose pages carry no structured data yet: the Arabic page's share tags and JSON-LD
 * are the share kit's (#21, scripts/share). Take "ar" out when they are written.
 */
const NO_STRUCTURED_DATA_YET: readonly string[] = ["ar"];

let server: Awaited<ReturnType<typeof serveStrict>>;
test.beforeAll(async () => {
  server = await serveStrict(resolve(import.meta.dirname, "../../dist"));
});
test.afterAll(() => server.close());
/** An address on the strict server: `at(ed.story)`. */
const at = (path: string) => new URL(path, server.url).href;

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
  test("the story runs to its last beat with no violation, no console error and no foreign request", async ({
    page,
    ed,
  }) => {
    const watch = watchPage(page, server.url);
    const policy = await watchPolicy(page);
    await page.goto(at(ed.story));
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
    expect(watch.foreignRequests).toEqual([]);
  });

  test("no inline script runs: the one inline block is the story's JSON-LD data", async ({
    page,
    ed,
  }) => {
    const policy = await watchPolicy(page);
    for (const path of [ed.story, ed.list]) {
      await page.goto(at(path));
      const inline = await page
        .locator("script:not([src])")
        .evaluateAll((scripts) =>
          scripts.map((s) => ({ type: s.getAttribute("type"), text: s.textContent ?? "" })),
        );
      const structured = NO_STRUCTURED_DATA_YET.includes(ed.key) ? [] : ["application/ld+json"];
      expect(
        inline.map((s) => s.type),
        path,
      ).toEqual(structured);
      for (const { text } of inline) expect(JSON.parse(text)["@type"], path).toBe("NewsArticle");
      expect(await policy.violations(), path).toEqual([]);
    }
  });

  test("the list view is laid out as a list from the first frame", async ({ page, ed }) => {
    const watch = watchPage(page, server.url);
    const policy = await watchPolicy(page);
    await page.goto(at(ed.list));
    await expect.poll(policy.firstGraphicDisplay).toBe("none");
    await expect(page.locator("[data-graphic]")).toBeHidden();
    expect(await policy.violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
});
