import type { Page } from "@playwright/test";
import { expect, test } from "./edition.ts";
import { activeBeat, type BeatLines, beatLines, triggerLine } from "./story.ts";

/** Records every text the live region takes, in order, from page load on. */
async function recordLiveRegion(page: Page) {
  await page.evaluate(() => {
    const region = document.querySelector("[data-announcer]") as HTMLElement;
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(region.textContent ?? "")).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  return () => page.evaluate(() => (window as unknown as { said: string[] }).said);
}

/** Scrolls down as a reader does, a little at a time, until the beat is active. */
async function scrollUntilActive(page: Page, id: string) {
  for (let i = 0; i < 60 && (await activeBeat(page)) !== id; i++) {
    await page.mouse.wheel(0, 120);
    await page.evaluate(() => new Promise(requestAnimationFrame));
  }
  expect(await activeBeat(page)).toBe(id);
}

test.describe("the live region", () => {
  test("through every beat, says one short line about the graphic, never the same twice", async ({
    page,
    ed,
  }) => {
    test.setTimeout(180_000);
    await page.goto(ed.story);
    const beats = await beatLines(page);
    const region = page.locator("[data-announcer]");
    await expect(region).toHaveAttribute("aria-live", "polite");
    const said = await recordLiveRegion(page);
    await page.mouse.move(100, 100);

    // What the region must say, from the beats' own lines: a graphic's title only when the
    // graphic changes, and nothing when the line would repeat the last one.
    const expected: string[] = [];
    let shown = beats[0]?.graphic;
    for (const beat of beats.slice(1)) {
      await scrollUntilActive(page, beat.id);
      const line = beat.graphic === shown ? beat.same : beat.fresh;
      shown = beat.graphic;
      if (line === expected.at(-1)) continue;
      expected.push(line);
      await expect(region, beat.id).toHaveText(line);
    }

    const lines = await said();
    expect(lines).toEqual(expected);
    expect(lines.length).toBeGreaterThan(beats.length / 2);
    for (const [i, line] of lines.entries()) {
      expect(line.length, line).toBeGreaterThan(10);
      expect(line.length, line).toBeLessThanOrEqual(140);
      expect(line, "said twice in a row").not.toBe(lines[i - 1]);
    }
    // The graphic's title is said only when the graphic changed.
    const fresh = lines.filter((l) => beats.some((b) => b.fresh === l && b.same !== l));
    const changes = beats.filter((b, i) => i > 0 && b.graphic !== beats[i - 1]?.graphic).length;
    expect(fresh.length).toBeLessThanOrEqual(changes);
  });

  test("a fling past many beats says one line, about where the reader stopped", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
    const beats = await beatLines(page);
    const said = await recordLiveRegion(page);
    const stop = beats[12] as BeatLines;
    const trigger = await triggerLine(page);
    await page.evaluate(
      async ([id, line]) => {
        const target = document.querySelector(`[data-beat="${id}"]`) as HTMLElement;
        const end = target.getBoundingClientRect().top + window.scrollY - line + 4;
        for (let i = 1; i <= 12; i++) {
          window.scrollTo(0, (end * i) / 12);
          await new Promise(requestAnimationFrame);
        }
      },
      [stop.id, trigger] as const,
    );
    await expect.poll(() => activeBeat(page)).toBe(stop.id);
    const region = page.locator("[data-announcer]");
    await expect(region).toHaveText(stop.graphic === beats[0]?.graphic ? stop.same : stop.fresh);
    expect(await said()).toHaveLength(1);
  });
});
