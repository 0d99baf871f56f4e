import { measure } from "../../src/charts/measure.ts";
import { wrapWords } from "../../src/charts/textMetrics.ts";
import type { ChartRecords, GraphicDefinition, GraphicState } from "../../src/charts/types.ts";
import { ink } from "../../src/styles/tokens.ts";
import { renderSvg } from "../prerender/renderSvg.ts";
import { type PictureLayout, WIDE_PICTURE } from "./pictureLayouts.ts";
import { pictureSide } from "./pictureSide.ts";
import { renderPng } from "./renderPng.ts";
import { placeChart } from "./svgText.ts";

/** The PNG is laid out wide and drawn at twice its width: print and retina want pixels. */
export const PICTURE_WIDTH = WIDE_PICTURE.width;
export const PICTURE_SCALE = 2;

export interface PictureCopy {
  /** The story's headline, above the chart's title. */
  headline: string;
  /** The credit line (`creditLine`), under the chart. */
  credit: string;
}

/**
 * A graphic state as a picture that stands on its own (a newsletter, Apple News, print):
 * the story's name, the chart's title and date, the chart at its desktop size, and the
 * source and credit line under it, laid out for `layout` (the PNG's is the wide one).
 */
export function pictureSvg(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
  copy: PictureCopy,
  layout: PictureLayout = WIDE_PICTURE,
): { svg: string; width: number; height: number } {
  const { chart, pad, width } = layout;
  const { edition } = records;
  const inner = width - 2 * pad;
  const title = wrapWords(definition.title(edition), inner, measure(24, undefined, 700));
  const credit = wrapWords(copy.credit, inner, measure(13));
  const date = edition.longDate(state.date);
  // The picture's own text, from the left margin or (Arabic) the right.
  const side = pictureSide(edition.dir);
  const x = side.x(pad, width);

  let y = pad + 14;
  const parts = [
    side.text([copy.headline], x, y, { size: 15, lineHeight: 18, weight: 700, fill: ink.muted }),
  ];
  y += 32;
  parts.push(side.text(title, x, y, { size: 24, lineHeight: 29, weight: 700, fill: ink.text }));
  y += (title.length - 1) * 29 + 26;
  parts.push(side.text([date], x, y, { size: 17, lineHeight: 20, fill: ink.text }));
  y += 20;
  parts.push(placeChart(renderSvg(definition, records, state, chart, "own"), pad, y));
  y += chart.height + 20;
  parts.push(`<rect x="${pad}" y="${y}" width="${inner}" height="1" fill="${ink.rule}"/>`);
  y += 22;
  parts.push(side.text(credit, x, y, { size: 13, lineHeight: 17, fill: ink.muted }));
  const height = y + (credit.length - 1) * 17 + pad - 10;

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${ink.paper}"/>${parts.join("")}</svg>`;
  return { svg, width: width * PICTURE_SCALE, height: height * PICTURE_SCALE };
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

/**
 * A beat's picture inside dist/, named for its graphic and its beat, never for what it
 * shows: the address an editor gives out stays the same when a figure is corrected.
 */
export const picturePath = (graphic: string, beatId: string) => `pictures/${graphic}-${beatId}.png`;

/** A link to a picture that changes with the picture (`version`), so no cache keeps the old. */
export const pictureLink = (path: string, version: string) => `${path}?v=${version}`;
