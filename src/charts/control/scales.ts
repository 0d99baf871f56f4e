import * as Plot from "@observablehq/plot";
import { OFFENSIVE_END, OFFENSIVE_START, toUtc } from "../../dates.ts";
import type { Margin } from "../chartStyle.ts";
import type { Size } from "../types.ts";
import type { ControlPanels } from "./panels.ts";

/**
 * The control chart's scales, made by Plot once the panels are placed: the layout places
 * its labels with them and the spec hands the same definitions to Plot, so a date or a
 * share lands on one pixel in both.
 */
export interface ControlScales {
  /** The offensive's dates, across both panels. */
  x: Plot.Scale;
  /** The share panel's: 0% at its foot, 100% at its top. */
  y: Plot.Scale;
  /**
   * The count panel's own: none of the named districts at its foot, all at its top. Plot
   * has one y scale, and the count must never be read on the share's, so the count's
   * marks are drawn in pixels this scale gives.
   */
  count: Plot.Scale;
}

/** The date scale: it depends on the canvas alone, not on how far down the panels start. */
export const dateScale = (size: Size, margin: Margin): Plot.Scale =>
  Plot.scale({
    x: {
      type: "utc",
      domain: [toUtc(OFFENSIVE_START), toUtc(OFFENSIVE_END)],
      range: [margin.left, size.width - margin.right],
    },
  });

/** The scales, once the notes above the chart have set where the panels go. */
export function controlScales(x: Plot.Scale, panels: ControlPanels, total: number): ControlScales {
  const { share, count } = panels;
  return {
    x,
    y: Plot.scale({ y: { domain: [0, 100], range: [share.y1, share.y0] } }),
    count: Plot.scale({ y: { domain: [0, total], range: [count.y1, count.y0] } }),
  };
}
