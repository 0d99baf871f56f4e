import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import {
  FRAME_HEIGHTS_FILE,
  type FrameHeights,
  readFrameHeights,
} from "../../scripts/editors/editorsKit.ts";
import type { EmbedsManifest } from "../../scripts/share/manifest.ts";
import { COLUMN_WIDTHS } from "../../src/editors/embedCode.ts";
import { embedChartSize } from "../../src/embed/embedSize.ts";

/**
 * The heights the editors' page gives for each embed (its AMP and plain iframe code, and
 * its previews' first size) are what the built embeds really need: measured here at each
 * width, the tallest kept, and the plain iframe's at each column width it offers. `UPDATE_FRAME_HEIGHTS=1` writes them (then build again);
 * without it, a recorded height that differs from the page's is a failure.
 */
const DIST = resolve(import.meta.dirname, "../../dist");
const manifest = JSON.parse(readFileSync(resolve(DIST, "embeds.json"), "utf8")) as EmbedsManifest;
const UPDATE = process.env.UPDATE_FRAME_HEIGHTS === "1";

/** What the embed's content needs once its chart is drawn at the page's width. */
async function needed(page: Page): Promise<number> {
  const read = () =>
    page.evaluate(() => {
      const main = document.querySelector("main") as HTMLElement;
      const canvas = document.querySelector("[data-embed-canvas]") as HTMLElement;
      const svg = canvas.querySelector("svg.live-chart");
      return {
        bottom: Math.ceil(main.getBoundingClientRect().bottom + window.scrollY),
        drawnAt: Number(svg?.getAttribute("width")),
        width: canvas.clientWidth,
      };
    });
  let last = -1;
  await expect
    .poll(async () => {
      const now = await read();
      const settled = now.drawnAt === embedChartSize(now.width).width && now.bottom === last;
      last = now.bottom;
      return settled;
    })
    .toBe(true);
  return last;
}

test.describe("embed heights", { tag: "@desktop-only" }, () => {
  test("each embed state needs the height the editors' page gives it", async ({ page }) => {
    test.setTimeout(480_000);
    await page.emulateMedia({ reducedMotion: "reduce" });
    const recorded = readFrameHeights();
    const measuredAt = recorded.measuredAt;
    // Every column the editors' page offers is measured.
    for (const width of COLUMN_WIDTHS) expect(measuredAt).toContain(width);
    const frames: FrameHeights["frames"] = {};
    for (const embed of manifest.embeds) {
      const tallest = { stepped: 0, fixed: 0 };
      const columns: Record<string, number> = {};
      for (const mode of ["stepped", "fixed"] as const) {
        await page.setViewportSize({ width: measuredAt[0] as number, height: 900 });
        await page.goto(mode === "fixed" ? `/${embed.url}&steps=0` : `/${embed.url}`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await expect(page.locator("svg.live-chart")).toBeVisible();
        for (const width of measuredAt) {
          await page.setViewportSize({ width, height: 900 });
          const height = await needed(page);
          tallest[mode] = Math.max(tallest[mode], height);
          if (mode === "fixed" && (COLUMN_WIDTHS as readonly number[]).includes(width))
            columns[String(width)] = height;
        }
      }
      frames[embed.id] = { ...tallest, columns };
    }
    if (UPDATE)
      // As Biome formats it: the widths on one line.
      writeFileSync(
        FRAME_HEIGHTS_FILE,
        `${JSON.stringify({ measuredAt, frames }, null, 2).replace(/\[[\d,\s]+\]/, (list) => JSON.stringify(JSON.parse(list)).replaceAll(",", ", "))}\n`,
      );
    else expect(recorded.frames).toEqual(frames);
  });
});
