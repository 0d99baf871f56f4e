import { expect, test } from "@playwright/test";
import { activeBeat, beatIds, scrollToBeat } from "./story.ts";

test.describe("scrolling the story", () => {
  test("every beat becomes active when scrolled to, in order and in reverse", async ({ page }) => {
    await page.goto("/");
    const ids = await beatIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    for (const id of ids) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page), { message: `down to ${id}` }).toBe(id);
    }
    for (const id of [...ids].reverse()) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page), { message: `up to ${id}` }).toBe(id);
    }
  });

  test("the graphic follows the beat: its container names the beat's graphic", async ({ page }) => {
    await page.goto("/");
    for (const beat of await page.locator("[data-beat]").evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.beat ?? "",
        graphic: (el as HTMLElement).dataset.graphicName ?? "",
      })),
    )) {
      await scrollToBeat(page, beat.id);
      await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic", beat.graphic);
    }
  });

  test("a jump to the end and a jump back land on the right beats", async ({ page }) => {
    await page.goto("/");
    const ids = await beatIds(page);
    await scrollToBeat(page, ids.at(-1) as string);
    await expect.poll(() => activeBeat(page)).toBe(ids.at(-1));
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => activeBeat(page)).toBe(ids[0]);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => activeBeat(page)).toBe(ids.at(-1));
  });

  test("a reload mid-story keeps the reader's beat", async ({ page }) => {
    await page.goto("/");
    const ids = await beatIds(page);
    const middle = ids[Math.floor(ids.length / 2)] as string;
    await scrollToBeat(page, middle);
    await expect.poll(() => activeBeat(page)).toBe(middle);
    await page.reload();
    await expect.poll(() => activeBeat(page)).toBe(middle);
  });

  test("a link to a beat opens a fresh page at that beat, with its graphic and caption", async ({
    page,
  }) => {
    await page.goto("/");
    const beats = await page.locator("[data-beat]").evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.beat ?? "",
        graphic: (el as HTMLElement).dataset.graphicName ?? "",
        caption: el.querySelector(".figure-description")?.textContent ?? "",
      })),
    );
    // Early, the very last (which the page cannot scroll past) and deep in the story.
    const deep = Math.floor(beats.length * 0.7);
    const targets = [beats[1], beats.at(-1), beats[deep]];
    for (const target of targets as (typeof beats)[number][]) {
      // A reader arriving from elsewhere: a new page load, not a hash change on a loaded one.
      await page.goto("about:blank");
      await page.goto(`/#${target.id}`);
      await expect.poll(() => activeBeat(page), { message: target.id }).toBe(target.id);
      await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic", target.graphic);
      await expect(page.locator("#graphic-description")).toHaveText(target.caption);
      await expect(page.locator(`[data-beat="${target.id}"] .beat-text`)).toBeInViewport();
    }
    // The link offers the moment's share page; followed in the story, it stays in the story.
    const next = beats[deep + 1]?.id as string;
    const link = page.locator(`[data-beat="${next}"] a.beat-link`);
    await expect(link).toHaveAttribute("href", `moments/${next}.html`);
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/#${next}$`));
    await expect.poll(() => activeBeat(page)).toBe(next);
  });

  test("a link to a beat that was merged away lands on the beat that took its words", async ({
    page,
  }) => {
    for (const [old, beat] of [
      ["fleet-sails", "offensive-announced"],
      ["five-weeks", "northeast-falls"],
      ["convoys-fired-on", "first-convoy"],
    ]) {
      await page.goto("about:blank");
      await page.goto(`/#${old}`);
      await expect.poll(() => activeBeat(page), { message: old }).toBe(beat);
    }
  });

  test("no horizontal scroll anywhere in the story", async ({ page }) => {
    await page.goto("/");
    for (const id of await beatIds(page)) {
      await scrollToBeat(page, id);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
  });
});
