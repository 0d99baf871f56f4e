import { expect, test } from "@playwright/test";
import { activeBeat, beatIds, scrollToBeat } from "./story.ts";

const liveChart = "[data-graphic-canvas] > svg";

test.describe("the graphics", () => {
  test("at each beat, the chart's accessible name is the beat's state description", {
    tag: "@not-small-phone",
  }, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    for (const id of await beatIds(page)) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      const expected = await page
        .locator(`[data-beat="${id}"] .beat-figure img`)
        .getAttribute("alt");
      await expect(page.locator(liveChart), id).toHaveAttribute("aria-label", expected as string);
      await expect(page.locator(liveChart)).toHaveAttribute("role", "img");
    }
  });

  test("a fast scroll that interrupts transitions ends on the right state", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    const ids = await beatIds(page);
    const targets = ids.slice(3, 12);
    for (const id of targets) {
      await scrollToBeat(page, id);
      await page.waitForTimeout(40);
    }
    const last = targets.at(-1) as string;
    await expect.poll(() => activeBeat(page)).toBe(last);
    const expected = await page
      .locator(`[data-beat="${last}"] .beat-figure img`)
      .getAttribute("alt");
    await expect(page.locator(liveChart)).toHaveCount(1);
    await expect(page.locator(liveChart)).toHaveAttribute("aria-label", expected as string);
    await expect
      .poll(() => page.locator(liveChart).evaluate((svg) => getComputedStyle(svg).opacity))
      .toBe("1");
  });

  test("the data tables list every record of their CSV", async ({ page, request }) => {
    await page.goto("/");
    const files = {
      control: "control.csv",
      map: "districts.csv",
      casualties: "casualties.csv",
      evacuation: "evacuation.csv",
    };
    for (const [graphic, file] of Object.entries(files)) {
      const csv = await (await request.get(`data/${file}`)).text();
      const records = csv.trim().split("\n").length - 1;
      await expect(page.locator(`#table-${graphic} tbody tr`), file).toHaveCount(records);
    }
  });

  test("Show the data opens the active graphic's table", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    const ids = await beatIds(page);
    await scrollToBeat(page, ids[3] as string);
    await expect.poll(() => activeBeat(page)).toBe(ids[3]);
    const graphic = await page.locator("[data-graphic]").getAttribute("data-graphic");
    await page.locator("[data-table-link]").click();
    await expect(page.locator(`#table-${graphic}`)).toHaveAttribute("open", "");
  });
});

test.describe("the districts table", () => {
  test("shows each district's status on the date the map shows", { tag: "@desktop-only" }, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/#lines-break");
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    await expect.poll(() => activeBeat(page)).toBe("lines-break");
    await expect(page.locator("[data-status-date]")).toHaveText("27 Nov");
    await expect(page.locator('[data-status-of="hanano"]')).toHaveText("government");
    await expect(page.locator('[data-status-of="sheikh-saeed"]')).toHaveText("rebel");
    await expect(page.locator('[data-status-of="sheikh-maqsood"]')).toHaveText("sdf");
  });
});
