import { expect, type Page } from "@playwright/test";
import { triggerOffset } from "../../src/story/activeBeat.ts";

/** The beat ids in document order, as the page marks them. */
export function beatIds(page: Page): Promise<string[]> {
  return page
    .locator("[data-beat]")
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.beat ?? ""));
}

export function activeBeat(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.activeBeat);
}

/** Where the page's trigger line sits: the same rule as the page's own (src/story/activeBeat.ts). */
export async function triggerLine(page: Page): Promise<number> {
  const { width, height } = await page.evaluate(() => ({
    width: window.innerWidth,
    height: window.innerHeight,
  }));
  return height * triggerOffset(width);
}

/** Scrolls so the beat's top sits just above the trigger line, as a reader's scroll would. */
export async function scrollToBeat(page: Page, id: string): Promise<void> {
  const trigger = await triggerLine(page);
  await page.evaluate(
    ([beatId, line]) => {
      const el = document.querySelector<HTMLElement>(`[data-beat="${beatId}"]`);
      if (!el) throw new Error(`no beat ${beatId}`);
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - line + 4);
    },
    [id, trigger] as const,
  );
}

/**
 * Opens the story (at `path`: an edition's is `ed.story`) with reduced motion (states jump,
 * nothing to wait out) and waits until its live charts have taken over from the prerendered
 * picture.
 */
export async function openLiveStory(page: Page, path = "/"): Promise<void> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(path);
  await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
}

/** What the live region should say at each beat: with the graphic's title when it changed. */
export interface BeatLines {
  id: string;
  graphic: string;
  same: string;
  fresh: string;
}

/** Each beat's lines for the live region, as the build wrote them into the page. */
export function beatLines(page: Page): Promise<BeatLines[]> {
  return page.locator("[data-beat]").evaluateAll((els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      return {
        id: d.beat ?? "",
        graphic: d.graphicName ?? "",
        same: d.announce ?? "",
        fresh: d.announceNew ?? "",
      };
    }),
  );
}

/** The beat the page's rule makes active where the page is now (src/story/activeBeat.ts). */
export async function beatUnderReadingLine(page: Page): Promise<string> {
  const line = await triggerLine(page);
  return page.locator("[data-beat]").evaluateAll((els, y) => {
    const crossed = els.filter((el) => el.getBoundingClientRect().top <= y);
    return ((crossed.at(-1) ?? els[0]) as HTMLElement).dataset.beat ?? "";
  }, line);
}

/** Waits until the page has stopped scrolling: the same position over a few frames. */
async function scrollStops(page: Page): Promise<void> {
  await page.evaluate(async () => {
    let last = Number.NaN;
    for (let still = 0; still < 10; ) {
      await new Promise(requestAnimationFrame);
      still = window.scrollY === last ? still + 1 : 0;
      last = window.scrollY;
    }
  });
}

/** A fling with the mouse wheel: `dy` pixels in four quick turns, then the page comes to rest. */
export async function flingBy(page: Page, dy: number): Promise<void> {
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, dy / 4);
  await scrollStops(page);
}

/**
 * A fling with a finger, as a touch screen sends it (Chromium's own synthetic gesture, at
 * 20,000 px/s, in swipes of most of the screen): the page moves about `dy`
 * pixels, then comes to rest.
 */
export async function touchFlingBy(page: Page, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const { width, height } = await page.evaluate(() => ({
    width: window.innerWidth,
    height: window.innerHeight,
  }));
  const swipe = Math.round(height * 0.7);
  for (let left = Math.round(dy); Math.abs(left) > 0; ) {
    const move = Math.sign(left) * Math.min(swipe, Math.abs(left));
    await cdp.send("Input.synthesizeScrollGesture", {
      x: Math.round(width / 2),
      // The finger moves against the page: up the screen to scroll down.
      y: Math.round(move > 0 ? height * 0.85 : height * 0.15),
      yDistance: -move,
      speed: 20_000,
      gestureSourceType: "touch",
    });
    left -= move;
  }
  await cdp.detach();
  await scrollStops(page);
}
