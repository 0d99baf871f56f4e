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

/** Each edition's state embeds: English's as the manifest lists them, another's inside its
 * folder under the same names (`ar/embed/…`, keyed `ar/<graphic>-<state>`). */
const EDITION_FOLDERS = ["", ...(manifest.editions ?? []).slice(1).map((e) => `${e.lang}/`)];
const embedsOf = (folder: string) =>
  manifest.embeds.map((e) => ({ id: `${folder}${e.id}`, url: `${folder}${e.url}` }));

/** The tallest each embed needs, stepped and fixed, and at each plain iframe's column. */
async function measureAll(page: Page, embeds: { id: string; url: string }[], at: number[]) {
  const frames: FrameHeights["frames"] = {};
  for (const embed of embeds) {
    const tallest = { stepped: 0, fixed: 0 };
    const columns: Record<string, number> = {};
    for (const mode of ["stepped", "fixed"] as const) {
      await page.setViewportSize({ width: at[0] as number, height: 900 });
      await page.goto(mode === "fixed" ? `/${embed.url}&steps=0` : `/${embed.url}`);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await expect(page.locator("svg.live-chart")).toBeVisible();
      for (const width of at) {
        await page.setViewportSize({ width, height: 900 });
        const height = await needed(page);
        tallest[mode] = Math.max(tallest[mode], height);
        if (mode === "fixed" && (COLUMN_WIDTHS as readonly number[]).includes(width))
          columns[String(width)] = height;
      }
    }
    frames[embed.id] = { ...tallest, columns };
  }
  return frames;
}

test.describe("embed heights", { tag: "@desktop-only" }, () => {
  // One test per edition, so the two run side by side; an update waits for both.
  for (const folder of EDITION_FOLDERS)
    test(`each ${folder || "en/"} embed state needs the height the editors' page gives it`, async ({
      page,
    }) => {
      test.setTimeout(480_000);
      await page.emulateMedia({ reducedMotion: "reduce" });
      const recorded = readFrameHeights();
      const measuredAt = recorded.measuredAt;
      // Every column the editors' page offers is measured.
      for (const width of COLUMN_WIDTHS) expect(measuredAt).toContain(width);
      const frames = await measureAll(page, embedsOf(folder), measuredAt);
      if (UPDATE) writeMeasured(folder, measuredAt, frames);
      else
        for (const [id, frame] of Object.entries(frames))
          expect(recorded.frames[id], id).toEqual(frame);
    });
});

/**
 * Writes one edition's measures into the file beside the others' (each edition's test
 * writes its own, read fresh, so two running side by side keep each other's).
 */
function writeMeasured(folder: string, measuredAt: number[], frames: FrameHeights["frames"]) {
  const current = readFrameHeights().frames;
  const others = Object.fromEntries(
    Object.entries(current).filter(([id]) =>
      folder === "" ? id.includes("/") : !id.startsWith(folder),
    ),
  );
  const all = { ...others, ...frames };
  const sorted = Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((k) => [k, all[k]]),
  );
  // As Biome formats it: the widths on one line.
  writeFileSync(
    FRAME_HEIGHTS_FILE,
    `${JSON.stringify({ measuredAt, frames: sorted }, null, 2).replace(/\[[\d,\s]+\]/, (list) => JSON.stringify(JSON.parse(list)).replaceAll(",", ", "))}\n`,
  );
}
