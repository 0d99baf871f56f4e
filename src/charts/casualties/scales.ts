import * as Plot from "@observablehq/plot";
import { isNarrow } from "../chartStyle.ts";
import { formatNumber } from "../format.ts";
import type { Measure } from "../measure.ts";
import { spacingWidth } from "../textMetrics.ts";
import type { Size } from "../types.ts";
import type { Numbered } from "./view.ts";

/** How far an open-ended range's arrow reaches past its figure, as a share of the axis. */
export const OPEN_END = 0.08;

/**
 * The casualties chart's one scale, made by Plot: people, from zero to a round number
 * above the largest figure (with room for an open-ended arrow). The rows' layout measures
 * their marks with it and the spec hands Plot the same definition. There is no y scale:
 * the rows are stacked one under another in pixels (rows.ts), each as tall as its words,
 * so their marks and words are drawn in those pixels, on no scale.
 */
export function casualtyScale(numbered: readonly Numbered[], size: Size, m: Measure) {
  const max = Math.max(10, ...numbered.map((c) => c.high));
  const domainMax = niceCeil(max * (1 + OPEN_END + 0.04));
  // The last axis number is centred on the axis's end: room for half of it.
  const margin = {
    left: 8,
    right: (isNarrow(size) ? 16 : 24) + Math.ceil(spacingWidth(formatNumber(domainMax), m) / 2),
  };
  const x = Plot.scale({
    x: { domain: [0, domainMax], range: [margin.left, size.width - margin.right] },
  });
  return { x, margin };
}

/** A round axis end at or above n. */
function niceCeil(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= n) ?? 10;
  return step * power;
}
