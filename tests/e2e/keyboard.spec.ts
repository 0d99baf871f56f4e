import { expect, test } from "@playwright/test";
import { activeBeat, beatIds } from "./story.ts";

test.describe("keyboard", () => {
  test("j and k step between beats and focus lands on the beat", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    const ids = await beatIds(page);
    await expect.poll(() => activeBeat(page)).toBe(ids[0]);
    for (const id of ids.slice(1, 5)) {
      await page.keyboard.press("j");
      await expect.poll(() => activeBeat(page)).toBe(id);
      await expect(page.locator(`[data-beat="${id}"]`)).toBeFocused();
    }
    await page.keyboard.press("k");
    await expect.poll(() => activeBeat(page)).toBe(ids[3]);
    await expect(page.locator(`[data-beat="${ids[3]}"]`)).toBeFocused();
  });

  test("the Next and Previous buttons are reachable by Tab and step the story", async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    const ids = await beatIds(page);
    const next = page.locator('[data-step="next"]');
    for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(next).toBeFocused();
    await page.keyboard.press("Enter");
    await expect.poll(() => activeBeat(page)).toBe(ids[1]);
    await page.locator('[data-step="prev"]').click();
    await expect.poll(() => activeBeat(page)).toBe(ids[0]);
  });

  test("the live region announces the active beat's graphic", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    await page.keyboard.press("j");
    const region = page.locator("[data-announcer]");
    await expect(region).toHaveAttribute("aria-live", "polite");
    await expect(region).not.toBeEmpty();
  });
});
