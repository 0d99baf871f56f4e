import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { labelSvg, pictureName } from "../../src/charts/accessibleSvg.ts";
import { NO_SPACING, PAGE_TEXT, type TextSetting } from "../../src/charts/measure.ts";
import { directSvg } from "../../src/charts/svgDirection.ts";
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
 * the class name fixed, so the same data and copy always give the same bytes. `text` says
 * who draws it: a browser's `<img>`, with system faces (the default), or our own renderer,
 * which has the chart's own face and keeps its size.
 */
export function renderSvg(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
  size: Size,
  text: "system" | "own" = "system",
): string {
  // Laid out for the face it will be drawn in: a system face, wider, for an <img>.
  const options = definition.spec(records, state, { ...size, text: SETTING[text] });
  const style = typeof options.style === "object" && options.style !== null ? options.style : {};
  const svg = Plot.plot({
    ...options,
    className: `graphic-${definition.name}`,
    style: {
      ...style,
      ...(text === "system" ? staticText(style.fontSize) : {}),
      background: ink.paper,
      color: ink.text,
    },
    document: document as unknown as Document,
  } as Plot.PlotOptions);
  labelSvg(svg as unknown as Element, pictureName(definition, state, records.edition));
  directSvg(svg as unknown as Element, records.edition.dir);
  return stableSvg((svg as unknown as Element).outerHTML);
}

const SETTING = {
  system: { face: "system", ...NO_SPACING },
  own: PAGE_TEXT,
} as const satisfies Record<string, TextSetting>;

/**
 * A picture shown as an <img> cannot load the page's web font, so its text falls back to a
 * system sans, wider than Source Sans 3. The narrowest common ones are asked for first, a
 * size smaller, and the layout measures for a system face (`face: "system"`, textMetrics.ts's
 * SLACK), so labels keep the room it gave them. On Debian, without Arial or Liberation
 * Sans, Chromium draws them in DejaVu Sans Condensed, the widest named here.
 */
const STATIC_FONTS =
  '"Source Sans 3", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans Condensed", sans-serif';
const STATIC_SCALE = 0.9;

function staticText(fontSize: unknown) {
  const px = typeof fontSize === "string" ? Number.parseFloat(fontSize) : Number.NaN;
  return {
    fontFamily: STATIC_FONTS,
    ...(Number.isFinite(px) ? { fontSize: `${Math.round(px * STATIC_SCALE * 10) / 10}px` } : {}),
  };
}

/** Rounds coordinates to one decimal and gives the root its namespace. */
export function stableSvg(markup: string): string {
  return markup
    .replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/(\d+\.\d{2,})/g, (n) => String(Math.round(Number(n) * 10) / 10));
}
