import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { activeBeat, scrollToBeat } from "./story.ts";
import { serveStrict } from "./strictServer.ts";

// The Arabic charts' mixed runs, read from where the browser draws each glyph, not from the
// string (#21): a figure opens its label at the right, and a range's "+" follows its figure.
let server: Awaited<ReturnType<typeof serveStrict>>;
test.beforeAll(async () => {
  server = await serveStrict(resolve(import.meta.dirname, "../../dist"));
});
test.afterAll(() => server.close());

/** Each label of the live chart with a figure and Arabic words, and where they are drawn. */
const mixedRuns = () => {
  const svg = document.querySelector("[data-graphic-canvas] > svg") as SVGSVGElement;
  return [...svg.querySelectorAll("text")].flatMap((t) => {
    const s = t.textContent ?? "";
    const digit = s.search(/\d/);
    const arabic = s.search(/[\u0600-\u06ff]/);
    if (digit < 0 || arabic < 0 || !s.includes("·")) return [];
    const plus = s.indexOf("+");
    // An RTL glyph's start is its right edge, an LTR one's its left: compare both ends.
    const x = (i: number) => t.getStartPositionOfChar(i).x;
    const end = (i: number) => t.getEndPositionOfChar(i).x;
    const last = s.slice(digit).search(/[^\d,–]/) + digit - 1;
    return [
      {
        text: s,
        figureFirst: digit < arabic,
        figureLeft: Math.min(x(digit), end(last)),
        figureRight: Math.max(x(digit), end(last)),
        words: Math.max(x(arabic), end(arabic)),
        plus: plus >= 0 ? x(plus) : null,
      },
    ];
  });
};

test("the Arabic charts draw their mixed runs in reading order", async ({ page }) => {
  test.skip(test.info().project.name !== "desktop", "one size reads the order");
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(new URL("ar/", server.url).href);
  await scrollToBeat(page, "the-dead");
  await expect.poll(() => activeBeat(page)).toBe("the-dead");
  await expect(page.locator("[data-graphic-canvas] > svg")).toHaveAttribute("direction", "rtl");
  await expect.poll(async () => (await page.evaluate(mixedRuns)).length).toBeGreaterThan(3);
  const runs = await page.evaluate(mixedRuns);
  for (const run of runs.filter((r) => r.figureFirst)) {
    // "153 · تقارير": the figure reads first, so it is drawn right of the words.
    expect(run.figureLeft, run.text).toBeGreaterThan(run.words);
    // "⁦990+⁩ · تقارير": the "+" right after the figure, on its right.
    if (run.plus !== null) expect(run.plus, run.text).toBeGreaterThanOrEqual(run.figureRight - 1);
  }
});
