import { expect, test } from "@playwright/test";

/** The house's smallest tap target, in CSS px. */
const TARGET = 44;

test.describe("the story's controls", () => {
  test("each is a 44 px target with a name, however small it looks", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator('[data-step="prev"]')).toHaveAccessibleName("Previous");
    await expect(page.locator('[data-step="next"]')).toHaveAccessibleName("Next");
    await expect(page.locator("[data-table-link]")).toHaveAccessibleName("Show the data");
    const links = page.locator("[data-beat] .beat-link");
    expect(await links.count()).toBeGreaterThanOrEqual(30);
    const names: string[] = [];
    for (const link of await links.all()) {
      await expect(link).toHaveAccessibleName(/^Link to this moment: \d{1,2} [A-Z][a-z]+, \S/);
      names.push((await link.textContent()) ?? "");
    }
    // Several beats share a date; no two links share a name.
    expect(new Set(names).size).toBe(names.length);

    const small = await page
      .locator("[data-step], [data-table-link], [data-beat] .beat-link")
      .evaluateAll(
        (els, target) =>
          els.flatMap((el) => {
            const { width, height } = el.getBoundingClientRect();
            return width < target || height < target
              ? [`${el.textContent?.trim() || el.getAttribute("href")}: ${width}×${height}`]
              : [];
          }),
        TARGET,
      );
    expect(small).toEqual([]);
  });
});
