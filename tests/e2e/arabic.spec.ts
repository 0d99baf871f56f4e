import { existsSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { recordViolations } from "./host.ts";
import { activeBeat, beatIds, scrollToBeat } from "./story.ts";
import { serveStrict } from "./strictServer.ts";
import { watchPage } from "./watch.ts";

// The Arabic edition is written only once vite.config.ts lists it (#21: not until its charts
// lay their text out right to left); until then these tests wait for it.
test.skip(
  !existsSync(resolve(import.meta.dirname, "../../dist/ar/index.html")),
  "the Arabic edition is not built yet (vite.config.ts, editions)",
);

// The built pages under the story's policy, as a newsroom's host serves them.
let server: Awaited<ReturnType<typeof serveStrict>>;
test.beforeAll(async () => {
  server = await serveStrict(resolve(import.meta.dirname, "../../dist"));
});
test.afterAll(() => server.close());
const at = (path: string) => new URL(path, server.url).href;

const axeFound = async (page: Page, scope?: string) => {
  const builder = new AxeBuilder({ page }).withTags([
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
  ]);
  const { violations } = await (scope
    ? builder.include("[data-graphic]").include(scope)
    : builder
  ).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
};

/** Whether the page scrolls sideways at its current width. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test.describe("the Arabic edition (ar/)", () => {
  test("reads right to left, fits 320 and 390 px, passes axe, under the policy", async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const watch = watchPage(page, server.url);
    const violations = await recordViolations(page);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(at("ar/"));
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    const size = page.viewportSize() ?? { width: 1280, height: 800 };
    for (const width of [320, 390]) {
      await page.setViewportSize({ width, height: 700 });
      expect(await scrollsSideways(page), `${width} px`).toBe(false);
    }
    await page.setViewportSize(size);
    expect(await axeFound(page), "top").toEqual([]);
    const ids = await beatIds(page);
    for (const id of [ids[0], ids[1], ids[Math.floor(ids.length / 2)]] as string[]) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      await expect(page.locator(`[data-beat="${id}"] .beat-text`)).toBeInViewport();
      expect(await axeFound(page, `[data-beat="${id}"]`), id).toEqual([]);
    }
    expect(await violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test("the language switch lands on the same beat, both ways", async ({ page }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page, server.url);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(at(""));
    const toArabic = page.locator("[data-language-switch]");
    // Without a beat yet, the other edition's top.
    await expect(toArabic).toHaveAttribute("href", "ar/");
    const ids = await beatIds(page);
    const id = ids[3] as string;
    await scrollToBeat(page, id);
    await expect.poll(() => activeBeat(page)).toBe(id);
    await expect(toArabic).toHaveAttribute("href", `ar/#${id}`);
    await toArabic.click();
    await expect(page).toHaveURL(at(`ar/#${id}`));
    await expect.poll(() => activeBeat(page)).toBe(id);
    const next = ids[5] as string;
    await scrollToBeat(page, next);
    await expect.poll(() => activeBeat(page)).toBe(next);
    const toEnglish = page.locator("[data-language-switch]");
    await expect(toEnglish).toHaveAttribute("href", `../#${next}`);
    await toEnglish.click();
    await expect(page).toHaveURL(at(`#${next}`));
    await expect.poll(() => activeBeat(page)).toBe(next);
    expect(watch.errors).toEqual([]);
  });
});
