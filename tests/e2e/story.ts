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
 * Opens the story with reduced motion (states jump, nothing to wait out) and waits until
 * its live charts have taken over from the prerendered picture.
 */
export async function openLiveStory(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
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
