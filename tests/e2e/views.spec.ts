import { expect, test } from "./edition.ts";
import { activeBeat, beatIds, openLiveStory } from "./story.ts";

test.describe("other ways to read", () => {
  test("with reduced motion, states switch with no transition", async ({ page, ed }) => {
    await openLiveStory(page, ed.story);
    const chart = page.locator("[data-graphic-canvas] > svg");
    const ids = await beatIds(page);
    for (const id of ids.slice(1, 8)) {
      await page.keyboard.press("j");
      await expect.poll(() => activeBeat(page)).toBe(id);
      const description = await page
        .locator(`[data-beat="${id}"] .beat-figure img`)
        .getAttribute("alt");
      await expect(chart).toHaveAttribute("aria-label", description as string);
      // Drawn straight in its end state: one drawing, nothing fading in or out.
      await expect(chart).toHaveCount(1);
      const fading = await chart.evaluate(
        (svg) =>
          [svg, ...svg.querySelectorAll("*")].filter((el) => getComputedStyle(el).opacity !== "1")
            .length,
      );
      expect(fading, id).toBe(0);
    }
  });

  test("the list view shows every beat with its own graphic and no sticky graphic", async ({
    page,
    ed,
  }) => {
    // An old ?view=list address is forwarded to the list page, keeping the beat.
    await page.goto(ed.at("?view=list#hanano-falls"));
    await expect(page).toHaveURL(new URL(`${ed.list}#hanano-falls`, page.url()).href);
    const ids = await beatIds(page);
    await expect(page.locator("[data-graphic]")).toBeHidden();
    for (const id of ids) {
      const img = page.locator(`[data-beat="${id}"] .beat-figure img`);
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      await expect
        .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth), { message: id })
        .toBeGreaterThan(0);
    }
    const toggle = page.locator("[data-view-toggle]").first();
    await expect(toggle).toHaveText(ed.words.toStory);
    await toggle.click();
    await expect(page).toHaveURL(new URL(ed.story, page.url()).href);
    await expect(page.locator("[data-graphic]")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every beat's text and a static graphic are on the page", async ({ page, ed }) => {
    await page.goto(ed.story);
    const beats = page.locator("[data-beat]");
    const count = await beats.count();
    expect(count).toBeGreaterThanOrEqual(30);
    for (let i = 0; i < count; i++) {
      const beat = beats.nth(i);
      await expect(beat.locator(".beat-text")).not.toBeEmpty();
      const img = beat.locator(".beat-figure img");
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      // A short name for the picture; what it shows is said once, in the caption.
      const alt = (await img.getAttribute("alt")) ?? "";
      expect(ed.isPictureName(alt), alt).toBe(true);
      await expect(beat.locator(".beat-figure figcaption")).toHaveText(/.{30,}/);
      await expect
        .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
        .toBeGreaterThan(0);
    }
  });
});
