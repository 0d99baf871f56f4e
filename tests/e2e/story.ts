import type { Page } from "@playwright/test";

/** The beat ids in document order, as the page marks them. */
export function beatIds(page: Page): Promise<string[]> {
  return page
    .locator("[data-beat]")
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.beat ?? ""));
}

export function activeBeat(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset.activeBeat);
}

/** Scrolls so the beat's top sits just above the trigger line, as a reader's scroll would. */
export async function scrollToBeat(page: Page, id: string): Promise<void> {
  await page.evaluate((beatId) => {
    const el = document.querySelector<HTMLElement>(`[data-beat="${beatId}"]`);
    if (!el) throw new Error(`no beat ${beatId}`);
    const offset = window.innerWidth >= 900 ? 0.5 : 0.6;
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top - window.innerHeight * offset + 4);
  }, id);
}
