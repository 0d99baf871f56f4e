import { GRAPHICS } from "../../src/charts/registry.ts";
import { expect, test } from "./edition.ts";
import { activeBeat, beatIds, openLiveStory, scrollToBeat } from "./story.ts";

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

    test("no part of an element the keyboard focuses in the story is hidden under the sticky graphic", async ({
      page,
      ed,
    }) => {
      await openLiveStory(page, ed.story);
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
      ed,
    }) => {
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto(ed.story);
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
  // Its centre and its top edge must both be in sight, so no part of it is under the graphic.
  const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
  const seen = (y: number) => {
    const hit = document.elementFromPoint(r.left + r.width / 2, y);
    return hit !== null && (el.contains(hit) || hit.contains(el));
  };
  const what = `${el.tagName.toLowerCase()} "${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40)}" in ${el.closest("[data-beat]")?.getAttribute("data-beat") ?? "story"}`;
  return { where: "story", what, covered: !seen(r.top + r.height / 2) || !seen(r.top + 1) };
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

test.describe("in a forced (high-contrast) palette at 390×844", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("each graphic keeps its paper and inks: the map's key and date and every series show", async ({
    page,
    ed,
  }) => {
    await openLiveStory(page, ed.story);
    const ids = await beatIds(page);
    const seen = new Set<string>();
    const canvas = page.locator("[data-graphic-canvas]");
    for (const id of ids) {
      const graphic = await page.locator(`[data-beat="${id}"]`).getAttribute("data-graphic-name");
      if (!graphic || seen.has(graphic)) continue;
      seen.add(graphic);
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      await expect
        .poll(() => page.locator("[data-graphic]").getAttribute("data-graphic"))
        .toBe(graphic);
      const name = await page.locator(`[data-beat="${id}"] .beat-figure img`).getAttribute("alt");
      await expect(canvas.locator("> svg")).toHaveAttribute("aria-label", name as string);
      await page.emulateMedia({ forcedColors: "none", colorScheme: "light" });
      const inks = await canvas.evaluate(chartInks);
      const paper = await page.evaluate(
        meanLightness,
        (await canvas.screenshot()).toString("base64"),
      );
      for (const colorScheme of ["dark", "light"] as const) {
        await page.emulateMedia({ forcedColors: "active", colorScheme });
        // The forced palette may move the layout a little: bring the beat back.
        await scrollToBeat(page, id);
        await expect.poll(() => activeBeat(page)).toBe(id);
        await expect(canvas.locator("> svg")).toHaveAttribute("aria-label", name as string);
        expect(await canvas.evaluate(chartInks), `${graphic}, forced ${colorScheme}`).toEqual(inks);
        // The key, the date and every label read against the paper they are drawn on.
        expect(await canvas.evaluate(faintText), `${graphic}, forced ${colorScheme}`).toEqual([]);
        const shot = (await canvas.screenshot()).toString("base64");
        // The same light paper: a forced dark canvas would bring this near 0.
        expect(
          await page.evaluate(meanLightness, shot),
          `${graphic}, forced ${colorScheme}`,
        ).toBeCloseTo(paper, 1);
      }
      await page.emulateMedia({ forcedColors: "none" });
    }
    expect([...seen].sort()).toEqual(Object.keys(GRAPHICS).sort());
  });
});

/** Runs in the page: the canvas's paper and the fill and stroke of every mark and word. */
function chartInks(canvas: HTMLElement): string[] {
  const marks = [...canvas.querySelectorAll("svg text, svg path, svg line, svg rect, svg circle")];
  return [
    getComputedStyle(canvas).backgroundColor,
    ...marks.map((el) => {
      const style = getComputedStyle(el);
      return `${el.tagName} ${style.fill} ${style.stroke}`;
    }),
  ];
}

/** Runs in the page: the chart's words whose colour stands out from the canvas's paper by
 * less than 4.5:1 (WCAG 1.4.3), with their ratio. */
function faintText(canvas: HTMLElement): string[] {
  const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  const luminance = (css: string) => {
    const [r = 0, g = 0, b = 0] = rgb(css).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const paper = luminance(getComputedStyle(canvas).backgroundColor);
  return [...canvas.querySelectorAll("svg text")].flatMap((el) => {
    const words = el.textContent?.trim() ?? "";
    if (!words || getComputedStyle(el).opacity === "0") return [];
    const ink = luminance(getComputedStyle(el).fill);
    const ratio = (Math.max(ink, paper) + 0.05) / (Math.min(ink, paper) + 0.05);
    return ratio < 4.5 ? [`"${words}" at ${ratio.toFixed(2)}:1`] : [];
  });
}

/** Runs in the page: the mean lightness (0–1) of a PNG screenshot. */
async function meanLightness(png: string): Promise<number> {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
  if (!context) throw new Error("no 2d context");
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4)
    sum += ((data[i] ?? 0) + (data[i + 1] ?? 0) + (data[i + 2] ?? 0)) / 765;
  return sum / (data.length / 4);
}
