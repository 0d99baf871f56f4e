import { ink, type } from "../styles/tokens.ts";
import type { Size } from "./types.ts";

/** Lines of chart text are this many em apart: placement reserves it and the marks draw it. */
export const LINE_HEIGHT = 1.2;

/**
 * What every chart's SVG shares: the sans face at the chart's text size, no background of
 * its own (the canvas gives it one), and text allowed to reach past the plot's frame.
 */
export function chartStyle(fontSize: number = type.chartSmall) {
  return {
    fontFamily: type.sans,
    fontSize: `${fontSize}px`,
    background: "transparent",
    overflow: "visible",
  };
}

/** A paper-coloured outline behind text, so a line, rule or cell under it never strikes it through. */
export const TEXT_HALO = { stroke: ink.paper, strokeWidth: 3, paintOrder: "stroke" } as const;

/** Below this width a chart is drawn for a phone: fewer ticks, shorter labels, less chrome. */
export const isNarrow = (size: Size) => size.width < 520;
