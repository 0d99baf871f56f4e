import { measure } from "../../src/charts/measure.ts";
import { wrapWords } from "../../src/charts/textMetrics.ts";
import type { ChartRecords, GraphicDefinition, GraphicState } from "../../src/charts/types.ts";
import { ink, side } from "../../src/styles/tokens.ts";
import { renderSvg } from "../prerender/renderSvg.ts";
import { PICTURE_CHART_SIZE } from "../prerender/staticGraphics.ts";
import { pictureSide } from "./pictureSide.ts";
import { placeChart } from "./svgText.ts";

/** The size social networks show a large link preview at. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
const PAD = 56;
const COLUMN = 360;
const CHART_SCALE = 1.15;

export interface CardCopy {
  headline: string;
  /** What the card is about: a beat's date, or the story's span. */
  when: string;
  /** A smaller line under it: the graphic's title. */
  title: string;
  /** The short credit in the corner. */
  credit: string;
}

/**
 * A share card: the headline and the moment's date in a column on the left, the graphic
 * state at its desktop drawing on the right, on the page's paper.
 */
export function cardSvg(
  definition: GraphicDefinition,
  records: ChartRecords,
  state: GraphicState,
  copy: CardCopy,
): string {
  const chart = PICTURE_CHART_SIZE;
  const { width, height } = CARD_SIZE;
  const headline = wrapWords(copy.headline, COLUMN, measure(52, undefined, 700));
  const when = wrapWords(copy.when, COLUMN, measure(32, undefined, 700));
  // Source Serif 4 runs about a tenth wider than the sans the word widths were measured in.
  const title = wrapWords(copy.title, COLUMN, measure(24 * 1.1));
  // Right to left, the column stands on the right and the chart on the left.
  const text = pictureSide(records.edition.dir);
  const x = text.x(PAD, width);
  const chartWidth = chart.width * CHART_SCALE;
  const chartX = text.rtl ? PAD / 2 : width - PAD / 2 - chartWidth;
  const chartY = (height - chart.height * CHART_SCALE) / 2;

  let y = PAD + 48;
  const parts = [
    `<rect x="${text.rtl ? width - PAD - 64 : PAD}" y="${PAD}" width="64" height="6" fill="${side.government}"/>`,
    text.text(headline, x, y, { size: 52, lineHeight: 56, weight: 700, fill: ink.text }),
  ];
  y += (headline.length - 1) * 56 + 64;
  parts.push(text.text(when, x, y, { size: 32, lineHeight: 38, weight: 700, fill: ink.text }));
  y += (when.length - 1) * 38 + 44;
  parts.push(text.text(title, x, y, { size: 24, lineHeight: 30, fill: ink.muted }, true));
  parts.push(
    text.text(wrapWords(copy.credit, COLUMN, measure(17)).reverse(), x, height - PAD, {
      size: 17,
      lineHeight: -22,
      fill: ink.muted,
    }),
  );
  parts.push(
    placeChart(renderSvg(definition, records, state, chart, "own"), chartX, chartY, CHART_SCALE),
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${ink.paper}"/>${parts.join("")}</svg>`;
}
