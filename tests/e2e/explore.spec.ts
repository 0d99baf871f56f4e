import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { watchPage } from "./watch.ts";

/** The explore section's parts (src/explore/, scripts/prerender/renderExplore.ts). */
const parts = (page: Page) => {
  const section = page.locator("#explore");
  return {
    section,
    slider: section.getByRole("slider"),
    sentence: section.locator("[data-explore-sentence]"),
    region: section.locator("[data-explore-announcer]"),
    previous: section.locator('[data-explore-step="prev"]'),
    next: section.locator('[data-explore-step="next"]'),
    play: section.locator("[data-explore-play]"),
  };
};

/** Presses a button as the project's reader would: a tap on a phone, a click elsewhere. */
const press = (button: Locator, touch: boolean) => (touch ? button.tap() : button.click());

const said = (page: Page) => parts(page).region.textContent();

test.describe("explore mode", () => {
  test("opens on the linked day; slider, keys and buttons change it, and the address", async ({
    page,
    baseURL,
    hasTouch,
  }) => {
    const watch = watchPage(page, baseURL as string);
    await page.goto("/#explore-2016-12-06");
    const { section, slider, sentence, previous, next } = parts(page);
    await expect(section).toHaveAttribute("data-explore-live", "true");
    await expect(section).toBeInViewport();
    await expect(slider).toHaveAttribute("aria-valuetext", "6 December 2016");
    await expect(sentence).toHaveText(/^On 6 December: .*more than 70% of the east/);

    // The keyboard: the slider's own arrow keys, a day a step.
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "7 December 2016");
    await expect(page).toHaveURL(/#explore-2016-12-07$/);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(slider).toHaveAttribute("aria-valuetext", "5 December 2016");
    // The live region says the day's sentence once the day settles, not each step.
    await expect.poll(() => said(page)).toMatch(/^On 5 December: /);
    expect(await said(page)).toBe(await sentence.textContent());

    // Previous and Next: 44 px targets, by mouse or by touch.
    for (const button of [previous, next]) {
      const box = await button.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      expect(box?.width).toBeGreaterThanOrEqual(44);
    }
    await press(next, hasTouch);
    await expect(slider).toHaveAttribute("aria-valuetext", "6 December 2016");
    await press(previous, hasTouch);
    await press(previous, hasTouch);
    await expect(slider).toHaveAttribute("aria-valuetext", "4 December 2016");
    await expect(page).toHaveURL(/#explore-2016-12-04$/);

    // The slider itself, by pointer: its right end is the last day.
    const box = await slider.boundingBox();
    if (!box) throw new Error("the slider has no box");
    const end = { x: box.x + box.width - 2, y: box.y + box.height / 2 };
    if (hasTouch) await page.touchscreen.tap(end.x, end.y);
    else await page.mouse.click(end.x, end.y);
    await expect(slider).toHaveAttribute("aria-valuetext", "22 December 2016");
    await expect(sentence).toHaveText(/^On 22 December: .*over 34,000 people \(per the Red Cross/);
    await expect(section.locator("svg").first()).toBeVisible();

    const axe = await new AxeBuilder({ page })
      .include("#explore")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
    ).toEqual([]);

    await page.setViewportSize({ width: 320, height: 568 });
    await section.scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(320);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test("plays a day at a time and stops on the last day", { tag: "@desktop-only" }, async ({
    page,
  }) => {
    await page.goto("/#explore-2016-12-20");
    const { section, slider, play } = parts(page);
    await expect(section).toHaveAttribute("data-explore-live", "true");
    await expect(play).toBeVisible();
    await play.click();
    await expect(play).toHaveAttribute("aria-pressed", "true");
    await expect(slider).toHaveAttribute("aria-valuetext", "22 December 2016");
    await expect(play).toHaveAttribute("aria-pressed", "false");
    await expect(play).toHaveText("Play");
  });

  test("offers no Play under reduced motion", { tag: "@desktop-only" }, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/#explore-2016-12-20");
    const { section, play } = parts(page);
    await expect(section).toHaveAttribute("data-explore-live", "true");
    await expect(play).toBeHidden();
  });

  test("without JavaScript, shows the key days' table instead of the control", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    const { section, slider } = parts(page);
    await expect(slider).toBeHidden();
    const table = section.getByRole("table");
    await expect(table).toBeVisible();
    await expect(table.getByRole("row", { name: /^6 December 2016/ })).toContainText(
      "more than 70% of the east under government control (as reported, 6 December)",
    );
    await context.close();
  });

  test("runs in its embed and in the Arabic edition, the slider left to right", async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL as string);
    await page.goto("/embed/explore.html?day=2016-12-16");
    const { section, slider, previous, next } = parts(page);
    await expect(section).toHaveAttribute("data-explore-live", "true");
    await expect(slider).toHaveAttribute("aria-valuetext", "16 December 2016");
    expect(new URL(page.url()).hash).toBe("");

    await page.goto("/ar/#explore-2016-12-06");
    await expect(section).toHaveAttribute("data-explore-live", "true");
    await expect(slider).toHaveAttribute("aria-valuetext", "6 كانون الأول 2016");
    await expect(slider).toHaveAttribute("dir", "ltr");
    // The buttons follow the reading direction: the previous day on the right.
    // (On a 320 px phone they wrap, one above the other: then the previous day comes first.)
    const [before, after] = [await previous.boundingBox(), await next.boundingBox()];
    if (!before || !after) throw new Error("no day buttons");
    if (Math.abs(before.y - after.y) < before.height / 2) expect(before.x).toBeGreaterThan(after.x);
    else expect(before.y).toBeLessThan(after.y);
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(slider).toHaveAttribute("aria-valuetext", "7 كانون الأول 2016");
    await expect.poll(() => said(page)).toMatch(/^في 7 كانون الأول: /);
    expect(watch.errors).toEqual([]);
  });
});
