import { expect, test } from "@playwright/test";
import { beatIds } from "./story.ts";

/**
 * The story at the sizes readers zoom and turn their phones to (WCAG 2.4.11, 1.4.4, 1.4.10).
 * Each size is one page load; these tests set their own viewports and run once, in the
 * phone-fit project.
 */

/** The phones where the graphic sticks over the top of the story, and a landscape phone. */
const FOCUS_SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
];

/** 400% and 200% zoom of a 1280×800 laptop, and a landscape phone. */
const SHORT_SIZES = [
  { width: 320, height: 200 },
  { width: 640, height: 400 },
  { width: 844, height: 390 },
];

for (const viewport of FOCUS_SIZES) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("no element the keyboard focuses in the story is hidden under the sticky graphic", async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto("/");
      await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
      const covered: string[] = [];
      let visited = 0;
      for (let presses = 0; presses < 400; presses++) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(focusCover);
        if (focus.where === "after") break;
        if (focus.where !== "story") continue;
        visited++;
        if (focus.covered) covered.push(focus.what);
      }
      // Every beat's link at least, so the walk really went through the story.
      expect(visited).toBeGreaterThanOrEqual((await beatIds(page)).length);
      expect(covered).toEqual([]);
    });
  });
}

for (const viewport of SHORT_SIZES) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("every beat shows its graphic, with chart text of 12 px or more, and its whole text", async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto("/");
      const problems: string[] = [];
      for (const id of await beatIds(page)) {
        const figure = page.locator(`[data-beat="${id}"] .beat-figure img`);
        await figure.scrollIntoViewIfNeeded();
        await expect(figure, id).toBeVisible();
        await expect
          .poll(() => figure.evaluate((img: HTMLImageElement) => img.complete))
          .toBe(true);
        const smallest = await figure.evaluate(smallestShownText);
        if (smallest < 12) problems.push(`${id}: chart text shown at ${smallest.toFixed(1)} px`);
        for (const edge of ["top", "bottom"] as const) {
          const hidden = await page.evaluate(textEdgeHidden, { id, edge });
          if (hidden) problems.push(`${id}: the ${edge} of the text is covered by ${hidden}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
}

/** Runs in the page: where focus is, and whether the sticky graphic is over its centre. */
function focusCover(): { where: "before" | "story" | "after"; what: string; covered: boolean } {
  const el = document.activeElement as HTMLElement | null;
  const story = document.querySelector("#story") as HTMLElement;
  const graphic = document.querySelector("[data-graphic]") as HTMLElement;
  if (!el || el === document.body) return { where: "before", what: "", covered: false };
  if (!story.contains(el)) {
    const after = story.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
    return { where: after ? "after" : "before", what: "", covered: false };
  }
  // The graphic's own controls sit on it.
  if (graphic.contains(el)) return { where: "before", what: "", covered: false };
  // A link that wraps onto two lines has its centre between them: take its first line's.
  const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const what = `${el.tagName.toLowerCase()} "${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40)}" in ${el.closest("[data-beat]")?.getAttribute("data-beat") ?? "story"}`;
  return { where: "story", what, covered: !hit || !(el.contains(hit) || hit.contains(el)) };
}

/**
 * Runs in the page: the smallest text in the picture's drawing, in CSS px as shown: the
 * sizes the drawing sets (its root's style overrides the root's own attribute), scaled by
 * how wide the picture is shown against how wide it was drawn.
 */
async function smallestShownText(img: HTMLImageElement): Promise<number> {
  const markup = await (await fetch(img.currentSrc)).text();
  const svg = new DOMParser().parseFromString(markup, "image/svg+xml").documentElement;
  const rootSize = /font-size:\s*([\d.]+)px/.exec(svg.getAttribute("style") ?? "")?.[1];
  const sizes = [...svg.querySelectorAll("[font-size]")].map((el) =>
    Number.parseFloat(el.getAttribute("font-size") ?? ""),
  );
  if (!rootSize) throw new Error(`no text size in ${img.currentSrc}`);
  const drawn = Math.min(Number(rootSize), ...sizes);
  return drawn * (img.getBoundingClientRect().width / img.naturalWidth);
}

/**
 * Runs in the page: scrolls the beat's text edge to the viewport's edge and names what the
 * reader sees there instead of the text, if anything.
 */
function textEdgeHidden({ id, edge }: { id: string; edge: "top" | "bottom" }): string | null {
  const text = document.querySelector(`[data-beat="${id}"] .beat-text`) as HTMLElement;
  text.scrollIntoView({ block: edge === "top" ? "start" : "end" });
  const r = text.getBoundingClientRect();
  const y = edge === "top" ? r.top + 4 : r.bottom - 4;
  const hit = document.elementFromPoint(r.left + r.width / 2, y);
  return hit && text.contains(hit) ? null : (hit?.className.toString() ?? "nothing");
}
