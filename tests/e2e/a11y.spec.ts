import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { activeBeat, beatIds, scrollToBeat } from "./story.ts";
import { watchPage } from "./watch.ts";

test.describe("accessibility", () => {
  test("axe finds no violations at the top or at any beat", { tag: "@not-small-phone" }, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const watch = watchPage(page, baseURL as string);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    const axe = () =>
      new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
    expect((await axe()).violations, "top").toEqual([]);
    for (const id of await beatIds(page)) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      const { violations } = await axe();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
        id,
      ).toEqual([]);
    }
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
