import { expect, test } from "./edition.ts";

/** The house's smallest tap target, in CSS px. */
const TARGET = 44;

test.describe("the story's controls", () => {
  test("each is a 44 px target with a name, however small it looks", {
    tag: "@narrow",
  }, async ({ page, ed }) => {
    const { words } = ed;
    await page.goto(ed.story);
    await expect(page.locator('[data-step="prev"]')).toHaveAccessibleName(words.previous);
    await expect(page.locator('[data-step="next"]')).toHaveAccessibleName(words.next);
    await expect(page.locator("[data-table-link]")).toHaveAccessibleName(words.showData);
    const links = page.locator("[data-beat] .beat-link");
    expect(await links.count()).toBeGreaterThanOrEqual(30);
    const names: string[] = [];
    for (const link of await links.all()) {
      const name = (await link.textContent()) ?? "";
      expect(ed.momentLinkParts(name), name).toBeDefined();
      await expect(link).toHaveAccessibleName(name);
      names.push(name);
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
