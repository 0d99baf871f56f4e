/**
 * Extra space a reader's style puts after each character and each space of the chart's
 * text, in ems: WCAG 1.4.12's test style sets 0.12em and 0.16em. The page's own is none.
 */
export interface TextSpacing {
  letter: number;
  word: number;
}

export const NO_SPACING: TextSpacing = { letter: 0, word: 0 };

/** The weights the charts set text in. */
export type Weight = 400 | 600 | 700;

/**
 * The face the text is drawn in: the Source Sans 3 the page ships (the live chart, and our
 * own renderer's pictures), or a reader's system sans (a picture shown as an <img>, which
 * cannot load the page's font: scripts/prerender/renderSvg.ts).
 */
export type Face = "shipped" | "system";

/** Where a chart's text is drawn: its face, and the reader's letter and word spacing. */
export interface TextSetting extends TextSpacing {
  face: Face;
}

/** The page's own: the shipped face, no added spacing. */
export const PAGE_TEXT: TextSetting = { face: "shipped", ...NO_SPACING };

/**
 * How a line of chart text is set, all its width depends on: face, weight, size in pixels
 * and the reader's spacing in ems. Passed to every measurement, so a layout measures for
 * the place it is drawn in and nothing else.
 */
export interface Measure extends TextSetting {
  weight: Weight;
  size: number;
}

/** The measure of chart text at `size` pixels where it is drawn (the page's by default). */
export function measure(size: number, setting: TextSetting = PAGE_TEXT, weight: Weight = 400) {
  const { face, letter, word } = setting;
  return { face, weight, size, letter, word } satisfies Measure;
}

/** The same measure in another weight. */
export const inWeight = (m: Measure, weight: Weight): Measure => ({ ...m, weight });
