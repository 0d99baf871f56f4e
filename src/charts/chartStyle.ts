import type { Edition } from "../locale/types.ts";
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

/** A chart's margins, in pixels. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The Plot options that place a chart on its canvas: its size, margins and style. */
export function plotFrame(size: Size, margin: Margin, fontSize: number = type.chartSmall) {
  return {
    width: size.width,
    height: size.height,
    marginTop: margin.top,
    marginRight: margin.right,
    marginBottom: margin.bottom,
    marginLeft: margin.left,
    style: chartStyle(fontSize),
  };
}

/** A date axis's tick, "27 Nov". */
export const dateTick = (edition: Edition) => (d: Date) =>
  edition.axisDate(d.toISOString().slice(0, 10));

/** A paper-coloured outline behind text, so a line, rule or cell under it never strikes it through. */
export const TEXT_HALO = { stroke: ink.paper, strokeWidth: 3, paintOrder: "stroke" } as const;

/** Below this width a chart is drawn for a phone: fewer ticks, shorter labels, less chrome. */
export const isNarrow = (size: Size) => size.width < 520;

/**
 * Every chart's label size: 12 px on a phone, 14 px on a wider frame, where the graphic is
 * larger and is read from further off.
 */
export const labelFontSize = (size: Size) => (isNarrow(size) ? type.chartSmall : type.chartWide);
