import type { Page } from "@playwright/test";
import { expect, test } from "./edition.ts";
import {
  activeBeat,
  beatIds,
  beatUnderReadingLine,
  flingBy,
  scrollToBeat,
  touchFlingBy,
  triggerLine,
} from "./story.ts";

/**
 * Scrolls down with the mouse wheel, a little at a time (less than the shortest beat is
 * tall, so no burst counts as a fling and the layout check stays out of it), until `id` is
 * active or the wheel has turned `limit` times; returns the beats that became active on the
 * way, in order.
 */
async function wheelDownTo(page: Page, id: string, limit = 120): Promise<string[]> {
  const shortest = await page
    .locator("[data-beat]")
    .evaluateAll((els) => Math.min(...els.map((el) => el.getBoundingClientRect().height)));
  const notch = Math.max(10, Math.min(100, Math.floor(shortest / 3)));
  const before = await activeBeat(page);
  const seen: string[] = [];
  for (let i = 0; i < limit && seen.at(-1) !== id; i++) {
    await page.mouse.wheel(0, notch);
    await page.evaluate(() => new Promise(requestAnimationFrame));
    const now = await activeBeat(page);
    if (now && now !== (seen.at(-1) ?? before)) seen.push(now);
  }
  return seen;
}

test.describe("scrolling the story", () => {
  test("every beat becomes active when scrolled to, in order and in reverse, and the graphic follows it", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
    const beats = await page.locator("[data-beat]").evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.beat ?? "",
        graphic: (el as HTMLElement).dataset.graphicName ?? "",
      })),
    );
    expect(beats.length).toBeGreaterThanOrEqual(30);
    // One walk for both (a page load less in each project): the beat, and its container
    // naming the beat's graphic.
    for (const [way, order] of [
      ["down", beats],
      ["up", beats.toReversed()],
    ] as const) {
      for (const { id, graphic } of order) {
        await scrollToBeat(page, id);
        await expect.poll(() => activeBeat(page), { message: `${way} to ${id}` }).toBe(id);
        await expect(page.locator("[data-graphic]"), id).toHaveAttribute("data-graphic", graphic);
      }
    }
  });

  test("Scrollama's step events drive the graphic as the wheel turns", async ({ page, ed }) => {
    await page.goto(ed.story);
    const beats = await page.locator("[data-beat]").evaluateAll((els) =>
      els.map((el) => ({
        id: (el as HTMLElement).dataset.beat ?? "",
        graphic: (el as HTMLElement).dataset.graphicName ?? "",
      })),
    );
    await page.mouse.move(100, 100);
    await expect.poll(() => activeBeat(page)).toBe(beats[0]?.id);
    // Far enough to change graphic on the way.
    const to = beats.findIndex((b, i) => i > 1 && b.graphic !== beats[0]?.graphic) + 1;
    for (const beat of beats.slice(1, to + 1)) {
      expect(await wheelDownTo(page, beat.id), beat.id).toEqual([beat.id]);
      await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic", beat.graphic);
    }
  });

  test("without Scrollama's intersections, the same wheel leaves the beat where it was", async ({
    page,
    ed,
  }) => {
    // The control for the test above: no scroll listener of the story's picks the beat.
    await page.addInitScript(() => {
      window.IntersectionObserver = class {
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      } as unknown as typeof IntersectionObserver;
    });
    await page.goto(ed.story);
    const ids = await beatIds(page);
    await page.mouse.move(100, 100);
    await expect.poll(() => activeBeat(page)).toBe(ids[0]);
    expect(await wheelDownTo(page, ids[1] as string, 40)).toEqual([]);
    // The wheel did carry later beats past the reading line.
    expect(await beatUnderReadingLine(page)).not.toBe(ids[0]);
    expect(await activeBeat(page)).toBe(ids[0]);
  });

  for (const input of ["wheel", "touch"] as const) {
    test(`a fast fling (${input}) lands on the beat at the reading line`, async ({
      page,
      ed,
    }, testInfo) => {
      test.skip(input === "touch" && !testInfo.project.use.hasTouch, "a touch screen's fling");
      const fling = input === "wheel" ? flingBy : touchFlingBy;
      await page.goto(ed.story);
      const ids = await beatIds(page);
      await page.mouse.move(100, 100);
      // Down to the end, then back up to the gap below a beat in the middle: Scrollama sees
      // only the beats the line lands in, and none at all at the gap.
      await flingBy(page, 60_000);
      await expect.poll(() => activeBeat(page)).toBe(await beatUnderReadingLine(page));
      const middle = ids[Math.floor(ids.length / 2)] as string;
      const line = await triggerLine(page);
      const toGap = await page.evaluate(
        ([id, y]) => {
          const box = document.querySelector(`[data-beat="${id}"]`)?.getBoundingClientRect();
          if (!box) throw new Error(`no beat ${id}`);
          return box.bottom + 8 - y;
        },
        [middle, line] as const,
      );
      await fling(page, toGap);
      const landed = await beatUnderReadingLine(page);
      await expect.poll(() => activeBeat(page)).toBe(landed);
      const graphic = await page
        .locator(`[data-beat="${landed}"]`)
        .evaluate((el) => (el as HTMLElement).dataset.graphicName ?? "");
      await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic", graphic);
    });
  }

  test("a jump to the end and a jump back land on the right beats", async ({ page, ed }) => {
    await page.goto(ed.story);
    const ids = await beatIds(page);
    await scrollToBeat(page, ids.at(-1) as string);
    await expect.poll(() => activeBeat(page)).toBe(ids.at(-1));
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => activeBeat(page)).toBe(ids[0]);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => activeBeat(page)).toBe(ids.at(-1));
  });

  test("a reload mid-story keeps the reader's beat", async ({ page, ed }) => {
    await page.goto(ed.story);
    const ids = await beatIds(page);
    const middle = ids[Math.floor(ids.length / 2)] as string;
    await scrollToBeat(page, middle);
    await expect.poll(() => activeBeat(page)).toBe(middle);
    await page.reload();
    await expect.poll(() => activeBeat(page)).toBe(middle);
  });

  test("a link to a beat opens a fresh page at that beat, with its graphic and caption", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
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
      await page.goto(ed.at(`#${target.id}`));
      await expect.poll(() => activeBeat(page), { message: target.id }).toBe(target.id);
      await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic", target.graphic);
      await expect(page.locator("#graphic-description")).toHaveText(target.caption);
      await expect(page.locator(`[data-beat="${target.id}"] .beat-text`)).toBeInViewport();
    }
    // The link offers the moment's share page; followed in the story, it stays in the story.
    const next = beats[deep + 1]?.id as string;
    const link = page.locator(`[data-beat="${next}"] a.beat-link`);
    await expect(link).toHaveAttribute("href", ed.momentHref(next));
    await link.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new URL(ed.at(`#${next}`), page.url()).href);
    await expect.poll(() => activeBeat(page)).toBe(next);
  });

  test("a link to a beat that was merged away lands on the beat that took its words", async ({
    page,
    ed,
  }) => {
    for (const [old, beat] of [
      ["fleet-sails", "offensive-announced"],
      ["five-weeks", "northeast-falls"],
      ["convoys-fired-on", "first-convoy"],
    ]) {
      await page.goto("about:blank");
      await page.goto(ed.at(`#${old}`));
      await expect.poll(() => activeBeat(page), { message: old }).toBe(beat);
    }
  });

  test("no horizontal scroll anywhere in the story", { tag: "@narrow" }, async ({ page, ed }) => {
    await page.goto(ed.story);
    for (const id of await beatIds(page)) {
      await scrollToBeat(page, id);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, id).toBeLessThanOrEqual(0);
    }
  });
});
