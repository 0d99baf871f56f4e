import { GRAPHICS } from "../../src/charts/registry.ts";
import { DATASETS } from "../../src/data/datasets/index.ts";
import { chartDate } from "../../src/dates.ts";
import { expect, test } from "./edition.ts";
import { activeBeat, beatIds, openLiveStory, scrollToBeat } from "./story.ts";

const liveChart = "[data-graphic-canvas] > svg";

/**
 * Clashes in the prerendered pictures that are known and not yet fixed: none. A picture's
 * text is drawn in a system face (here DejaVu Sans Condensed, asked for by
 * scripts/prerender/renderSvg.ts), wider than Source Sans 3, and its layout measures for one
 * (`face: "system"`, the margin in src/charts/textMetrics.ts). Whether a clash shows depends
 * on the machine's faces: Arial and Liberation Sans, asked for first, are narrower.
 */
const KNOWN_PICTURE_CLASHES: readonly string[] = [];

/** The text-spacing test of WCAG 1.4.12, as its bookmarklet sets it on every element. */
const TEXT_SPACING =
  "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }";

test.describe("the graphics", () => {
  // At each beat, the chart has the beat's picture's name and caption: checked on the
  // accessibility walk (a11y.spec.ts), which visits every beat already.

  test("at each beat, no text in the chart overlaps other text or leaves the graphic, with the page's spacing and with a reader's text spacing", async ({
    page,
    ed,
  }) => {
    await openLiveStory(page, ed.story);
    const ids = await beatIds(page);
    const problems: string[] = [];
    const check = async (id: string, run: string) => {
      await expect(page.locator(liveChart)).toHaveCount(1);
      const clashes = await page.locator(liveChart).evaluate(textClashes, "canvas" as const);
      for (const problem of clashes) {
        problems.push(`${run}, ${id}: ${problem}`);
      }
    };
    for (const id of ids) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      await check(id, "as set");
    }
    // Then WCAG 1.4.12's test style, added as a reader's bookmarklet adds it, while the
    // last beat's chart is on screen: that chart must be laid out again for it, and every
    // beat after, walked back to the first.
    await page.locator(liveChart).evaluate((svg) => svg.setAttribute("data-before-spacing", ""));
    await page.addStyleTag({ content: TEXT_SPACING });
    await expect(page.locator(`${liveChart}:not([data-before-spacing])`), "redrawn").toHaveCount(1);
    for (const id of ids.toReversed()) {
      await scrollToBeat(page, id);
      await expect.poll(() => activeBeat(page)).toBe(id);
      await check(id, "text spacing");
    }
    expect(problems).toEqual([]);
  });

  test("in every prerendered picture, no text overlaps other text or leaves the picture", {
    tag: "@desktop-only",
  }, async ({ page, ed }) => {
    // About a hundred small documents, one after another.
    test.setTimeout(180_000);
    // The pictures the page without JavaScript, the list view and a chart still loading show,
    // each with its text in the reader's system faces. A file is the same at every viewport
    // (an <img> only scales it), so one run opens each as a document of its own.
    await page.goto(ed.story);
    const pictures = await page
      .locator(".beat-figure picture")
      .evaluateAll((els) => [
        ...new Set(
          els.flatMap((el) => [
            el.querySelector("img")?.getAttribute("src") ?? "",
            ...[...el.querySelectorAll("source")].map((s) => s.getAttribute("srcset") ?? ""),
          ]),
        ),
      ]);
    expect(pictures.length).toBeGreaterThan(20);
    const problems = new Set<string>();
    const story = page.url();
    for (const file of pictures) {
      // Each edition's own pictures, named from its folder ("../graphics/…" in ar/).
      await page.goto(new URL(file, story).href);
      const svg = page.locator(":root");
      await expect(svg.locator("text").first(), file).toBeAttached();
      // Named without the content hash, so a known clash keeps its name as the data changes.
      const picture = file.replace(/^(\.\.\/)*graphics\/|-[0-9a-f]{10}\.svg$/g, "");
      for (const problem of await svg.evaluate(textClashes, "picture" as const)) {
        problems.add(`${picture}: ${problem}`);
      }
    }
    expect([...problems].filter((p) => !KNOWN_PICTURE_CLASHES.includes(p))).toEqual([]);
  });

  test("a fast scroll that interrupts transitions ends on the right state", async ({
    page,
    ed,
  }) => {
    await page.goto(ed.story);
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    const ids = await beatIds(page);
    const targets = ids.slice(3, 12);
    for (const id of targets) {
      await scrollToBeat(page, id);
      await page.waitForTimeout(40);
    }
    const last = targets.at(-1) as string;
    await expect.poll(() => activeBeat(page)).toBe(last);
    const expected = await page
      .locator(`[data-beat="${last}"] .beat-figure img`)
      .getAttribute("alt");
    await expect(page.locator(liveChart)).toHaveCount(1);
    await expect(page.locator(liveChart)).toHaveAttribute("aria-label", expected as string);
    await expect
      .poll(() => page.locator(liveChart).evaluate((svg) => getComputedStyle(svg).opacity))
      .toBe("1");
  });

  test("the data tables list every record of their CSV", async ({ page, request, ed }) => {
    await page.goto(ed.story);
    for (const { name: graphic, table } of Object.values(GRAPHICS)) {
      const { file } = DATASETS[table.dataset];
      const csv = await (await request.get(`data/${file}`)).text();
      const records = csv.trim().split("\n").length - 1;
      await expect(page.locator(`#table-${graphic} tbody tr`), file).toHaveCount(records);
    }
  });

  test("Show the data opens the active graphic's table", async ({ page, ed }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(ed.story);
    const ids = await beatIds(page);
    await scrollToBeat(page, ids[3] as string);
    await expect.poll(() => activeBeat(page)).toBe(ids[3]);
    const graphic = await page.locator("[data-graphic]").getAttribute("data-graphic");
    await page.locator("[data-table-link]").click();
    await expect(page.locator(`#table-${graphic}`)).toHaveAttribute("open", "");
  });
});

test.describe("the districts table", () => {
  test("shows each district's status on the date the map shows", { tag: "@desktop-only" }, async ({
    page,
    ed,
  }) => {
    const { status } = ed.charts.map.table;
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto(ed.at("#lines-break"));
    await expect(page.locator("[data-graphic]")).toHaveAttribute("data-graphic-live", "true");
    await expect.poll(() => activeBeat(page)).toBe("lines-break");
    // "27 Nov", "government", "rebel", "SDF" in English.
    await expect(page.locator("[data-status-date]")).toHaveText(chartDate("2016-11-27", ed.charts));
    await expect(page.locator('[data-status-of="hanano"]')).toHaveText(status.government);
    await expect(page.locator('[data-status-of="sheikh-saeed"]')).toHaveText(status.rebel);
    await expect(page.locator('[data-status-of="sheikh-maqsood"]')).toHaveText(status.sdf);
  });
});

/**
 * Runs in the page: every pair of visible text elements in the drawing whose boxes overlap,
 * and any text that reaches outside the graphic's canvas (or the picture, for a picture
 * opened on its own). A text box includes the font's whole line height, so boxes are trimmed
 * a little before comparing: two lines that merely touch, like an axis's last tick labels at
 * its corner, are not a clash (nor are they when the layout's rounding leaves them a
 * hundredth of a pixel into each other).
 */
function textClashes(svg: Element, frame: "canvas" | "picture"): string[] {
  const canvas = (
    frame === "canvas" ? (svg.parentElement as Element) : svg
  ).getBoundingClientRect();
  const texts = [...svg.querySelectorAll("text")].filter(
    (t) => (t.textContent ?? "").trim() !== "" && getComputedStyle(t).opacity !== "0",
  );
  const boxes = texts.map((t) => {
    const r = t.getBoundingClientRect();
    return {
      text: (t.textContent ?? "").trim(),
      x0: r.left + 1,
      x1: r.right - 1,
      y0: r.top + 2,
      y1: r.bottom - 2,
    };
  });
  const found: string[] = [];
  for (const [i, a] of boxes.entries()) {
    if (a.x0 < canvas.left || a.x1 > canvas.right || a.y0 < canvas.top || a.y1 > canvas.bottom) {
      found.push(`"${a.text}" leaves the ${frame === "canvas" ? "graphic" : "picture"}`);
    }
    for (const b of boxes.slice(i + 1)) {
      if (a.x0 < b.x1 - 0.1 && b.x0 < a.x1 - 0.1 && a.y0 < b.y1 - 0.1 && b.y0 < a.y1 - 0.1) {
        found.push(`"${a.text}" overlaps "${b.text}"`);
      }
    }
  }
  return found;
}
