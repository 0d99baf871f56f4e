import { measure } from "../../src/charts/measure.ts";
import { wrapWords } from "../../src/charts/textMetrics.ts";
import type { ChartRecords, GraphicDefinition, GraphicState } from "../../src/charts/types.ts";
import { longDate } from "../../src/dates.ts";
import { ink } from "../../src/styles/tokens.ts";
import { renderSvg } from "../prerender/renderSvg.ts";
import { PICTURE_CHART_SIZE } from "../prerender/staticGraphics.ts";
import { creditLine } from "./credit.ts";
import { renderPng } from "./renderPng.ts";
import { placeChart, textLines } from "./svgText.ts";

/** Pictures are laid out at this width and drawn at twice it: print and retina want pixels. */
export const PICTURE_WIDTH = 720;
export const PICTURE_SCALE = 2;
const PAD = 40;

export interface PictureCopy {
  /** The story's headline, above the chart's title. */
  headline: string;
  /** The story's public address, or its name when it has none. */
  storyLink: string;
}

/**
 * A graphic state as a picture that stands on its own (a newsletter, Apple News, print):
 * the story's name, the chart's title and date, the chart at its desktop size, and the
 * source and credit line under it.
 */
export function pictureSvg(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
  copy: PictureCopy,
): { svg: string; width: number; height: number } {
  const chart = PICTURE_CHART_SIZE;
  const inner = PICTURE_WIDTH - 2 * PAD;
  const title = wrapWords(definition.title, inner, measure(24, undefined, 700));
  const credit = wrapWords(creditLine(copy.storyLink), inner, measure(13));
  const date = longDate(state.date);

  let y = PAD + 14;
  const parts = [
    textLines([copy.headline], PAD, y, { size: 15, lineHeight: 18, weight: 700, fill: ink.muted }),
  ];
  y += 32;
  parts.push(textLines(title, PAD, y, { size: 24, lineHeight: 29, weight: 700, fill: ink.text }));
  y += (title.length - 1) * 29 + 26;
  parts.push(textLines([date], PAD, y, { size: 17, lineHeight: 20, fill: ink.text }));
  y += 20;
  parts.push(placeChart(renderSvg(definition, records, state, chart, "own"), PAD, y));
  y += chart.height + 20;
  parts.push(`<rect x="${PAD}" y="${y}" width="${inner}" height="1" fill="${ink.rule}"/>`);
  y += 22;
  parts.push(textLines(credit, PAD, y, { size: 13, lineHeight: 17, fill: ink.muted }));
  const height = y + (credit.length - 1) * 17 + PAD - 10;

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${PICTURE_WIDTH}" height="${height}" viewBox="0 0 ${PICTURE_WIDTH} ${height}"><rect width="100%" height="100%" fill="${ink.paper}"/>${parts.join("")}</svg>`;
  return { svg, width: PICTURE_WIDTH * PICTURE_SCALE, height: height * PICTURE_SCALE };
}

/** Any graphic state, as a PNG picture ready to ship. */
export function renderPicture(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
  copy: PictureCopy,
): Uint8Array {
  const { svg, width } = pictureSvg(definition, records, state, copy);
  return renderPng(svg, width);
}
