import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { labelSvg } from "../../src/charts/accessibleSvg.ts";
import type {
  ChartRecords,
  GraphicDefinition,
  GraphicState,
  Size,
} from "../../src/charts/types.ts";
import { ink } from "../../src/styles/tokens.ts";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

/**
 * Renders a graphic state to a standalone SVG file at build time. Numbers are rounded and
 * the class name fixed, so the same data and copy always give the same bytes.
 */
export function renderSvg(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): string {
  const options = definition.spec(records, state, size);
  const svg = Plot.plot({
    ...options,
    className: `graphic-${definition.name}`,
    style: {
      ...(typeof options.style === "object" ? options.style : {}),
      background: ink.paper,
      color: ink.text,
    },
    document: document as unknown as Document,
  } as Plot.PlotOptions);
  labelSvg(svg as unknown as Element, definition.describe(records, state));
  return stableSvg((svg as unknown as Element).outerHTML);
}

/** Rounds coordinates to one decimal and gives the root its namespace. */
export function stableSvg(markup: string): string {
  return markup
    .replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/(\d+\.\d{2,})/g, (n) => String(Math.round(Number(n) * 10) / 10));
}
