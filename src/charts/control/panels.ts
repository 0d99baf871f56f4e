import type { Margin } from "../chartStyle.ts";
import { LINE_HEIGHT } from "../chartStyle.ts";
import type { Box } from "../labelPlacement.ts";
import type { Size } from "../types.ts";

/**
 * The control chart's two panels, one above the other on the same dates, each with its own
 * vertical scale: the reported share of the east (0–100%) above, and below it, titled, the
 * count of named districts held (0 to all of them). Districts differ in size, so the count
 * is never drawn on the share's axis. A row above the share panel holds the claims that
 * the whole city was held, which are no share either.
 */
export interface ControlPanels {
  /** The share panel's plotting area: 100% at its top, 0% at its foot. */
  share: Box;
  /** The middle of the row of whole-city claims, above the share panel. */
  claimY: number;
  /** The middle of the count panel's title line. */
  countTitleY: number;
  /** The count panel's plotting area: every named district at its top, none at its foot. */
  count: Box;
}

/** Height of the row of whole-city claims above the share panel: less on a short chart. */
export const claimRow = (fontSize: number, short: boolean) =>
  short ? 13 : Math.round(fontSize * LINE_HEIGHT) + 6;

/** The two panels below `top` (where the notes above the chart end); scales.ts scales them. */
export function controlPanels(
  size: Size,
  margin: Margin,
  top: number,
  fontSize: number,
  short: boolean,
): ControlPanels {
  const line = fontSize * LINE_HEIGHT;
  const [x0, x1] = [margin.left, size.width - margin.right];
  const bottom = size.height - margin.bottom;
  const countH = short ? 16 : Math.min(96, Math.max(26, Math.round((bottom - top) * 0.18)));
  const count = { x0, x1, y0: bottom - countH, y1: bottom };
  // The title sits between the panels, right of the share axis's "0%".
  const countTitleY = count.y0 - (short ? 2 : 3) - line / 2;
  const share = {
    x0,
    x1,
    y0: top + claimRow(fontSize, short),
    y1: count.y0 - line - (short ? 5 : 14),
  };
  return {
    share,
    claimY: top + claimRow(fontSize, short) / 2,
    countTitleY,
    count,
  };
}
