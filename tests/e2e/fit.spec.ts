import type { Page } from "@playwright/test";
import { expect, test } from "./edition.ts";
import { activeBeat, beatIds } from "./story.ts";

/**
 * A phone reader should see a whole beat together with its graphic. At each size the story
 * is walked beat by beat with its own Next button (which brings a beat to where it reads,
 * just below the sticky graphic), and each card's whole box, date and link included, must
 * lie in the part of the viewport the graphic leaves free. An iPhone 13's viewport (390×664)
 * must fit every beat; a 320×568 phone at least nine in ten.
 */
const SIZES = [
  { width: 390, height: 664, share: 1 },
  { width: 320, height: 568, share: 0.9 },
];

interface Fit {
  id: string;
  words: number;
  /** How far the card reaches past the free area, in px (0 or less: it fits). */
  over: number;
  /** The free area's height; what the card takes besides its text, with its gap above. */
  room: number;
  chrome: number;
  /** The text's line height and width, in px. */
  lineHeight: number;
  textWidth: number;
  lines: number;
}

for (const { width, height, share } of SIZES) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    const claim =
      share === 1 ? "every beat card fits" : `at least ${share * 100}% of the beat cards fit`;
    test(`${claim} whole below the sticky graphic`, async ({ page, ed }, testInfo) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto(ed.story);
      const ids = await beatIds(page);
      expect(ids.length).toBeGreaterThanOrEqual(30);

      const fits: Fit[] = [];
      for (const [i, id] of ids.entries()) {
        if (i === 0) {
          // The first beat is active from the start; Next and back brings it to its place.
          await step(page, "next", ids[1] as string);
          await step(page, "prev", id);
        } else {
          await step(page, "next", id);
        }
        fits.push(await page.evaluate(measureFit, id));
      }

      const fitted = fits.filter((f) => f.over <= 0);
      const misfits = fits
        .filter((f) => f.over > 0)
        .map((f) => `${f.id} (${f.words} words, ${f.over} px over)`);
      // What a card of plain text can hold: the whole lines that fit in the free area once
      // the card's padding and its gap below the graphic are paid, at the words per line
      // the story's own beats set (the date's run-in included).
      const first = fits[0] as Fit;
      const lines = Math.floor(
        (first.room - Math.min(...fits.map((f) => f.chrome))) / first.lineHeight,
      );
      const wordsPerLine =
        fits.reduce((sum, f) => sum + f.words, 0) / fits.reduce((sum, f) => sum + f.lines, 0);
      const summary = [
        `${fitted.length} of ${fits.length} beat cards fit at ${width}×${height}`,
        `${first.room} px free below the graphic`,
        `text ${first.textWidth} px wide in ${first.lineHeight} px lines`,
        `a card holds ${lines} lines, about ${Math.floor(lines * wordsPerLine)} words at ${wordsPerLine.toFixed(1)} a line`,
        `the longest beat that fits has ${Math.max(0, ...fitted.map((f) => f.words))} words`,
        ...(misfits.length
          ? [
              `the shortest that does not ${Math.min(...fits.filter((f) => f.over > 0).map((f) => f.words))}`,
            ]
          : []),
      ].join("; ");
      testInfo.annotations.push({ type: "fit", description: summary });
      if (misfits.length)
        testInfo.annotations.push({ type: "too tall", description: misfits.join(", ") });
      console.log(`${summary}\n  too tall: ${misfits.join(", ") || "none"}`);

      expect(fitted.length / fits.length, misfits.join("\n")).toBeGreaterThanOrEqual(share);
    });
  });
}

/** Presses the graphic's Next or Previous button and waits for `id` to be the active beat. */
async function step(page: Page, button: "next" | "prev", id: string) {
  await page.locator(`[data-step="${button}"]`).click();
  await expect.poll(() => activeBeat(page), { message: `${button} to ${id}` }).toBe(id);
}

/** Runs in the page: how the active card sits against the area below the sticky graphic. */
function measureFit(id: string): Fit {
  const card = document.querySelector<HTMLElement>(`[data-beat="${id}"]`) as HTMLElement;
  const graphic = (document.querySelector("[data-graphic]") as HTMLElement).getBoundingClientRect();
  const text = card.querySelector(".beat-text") as HTMLElement;
  const parts = [card, card.querySelector(".beat-date"), card.querySelector(".beat-link")];
  const boxes = parts.map((el) => (el as HTMLElement).getBoundingClientRect());
  const viewport = document.documentElement.clientHeight;
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  const left = Math.min(...boxes.map((b) => b.left));
  const right = Math.max(...boxes.map((b) => b.right));
  const sideways = left < 0 || right > document.documentElement.clientWidth;
  const lineHeight = Number.parseFloat(getComputedStyle(text).lineHeight);
  const date = card.querySelector(".beat-date")?.textContent ?? "";
  const words = (text.textContent ?? "").replace(date, "").trim().split(/\s+/).length;
  return {
    id,
    words,
    over: sideways
      ? Number.POSITIVE_INFINITY
      : Math.ceil(Math.max(graphic.bottom - top, bottom - viewport)),
    room: Math.floor(viewport - graphic.bottom),
    chrome: Math.ceil(bottom - graphic.bottom - text.getBoundingClientRect().height),
    lineHeight: Math.round(lineHeight * 10) / 10,
    textWidth: Math.round(text.getBoundingClientRect().width),
    lines: Math.round(text.getBoundingClientRect().height / lineHeight),
  };
}
