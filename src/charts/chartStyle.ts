import { type } from "../styles/tokens.ts";

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
