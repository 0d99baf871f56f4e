import type { Size } from "../../src/charts/types.ts";
import { PICTURE_CHART_SIZE } from "../prerender/staticGraphics.ts";

/** What a picture's layout is for: a phone's screen, an article's column, a wide page or print. */
export type PictureUse = "phone" | "column" | "wide";

/** A picture's frame: its width in px, its margin, and the chart's drawing inside it. */
export interface PictureLayout {
  use: PictureUse;
  width: number;
  pad: number;
  chart: Size;
}

/**
 * The layouts a picture is drawn at, narrowest first. The chart is drawn at each size as
 * the page would draw it there (a phone's frame sets its labels smaller), not scaled down.
 * The wide one is the PNG's.
 */
export const PICTURE_LAYOUTS = [
  { use: "phone", width: 360, pad: 20, chart: { width: 320, height: 360 } },
  { use: "column", width: 600, pad: 30, chart: { width: 540, height: 420 } },
  { use: "wide", width: 720, pad: 40, chart: PICTURE_CHART_SIZE },
] as const satisfies readonly PictureLayout[];

export const WIDE_PICTURE: PictureLayout = PICTURE_LAYOUTS[2];
