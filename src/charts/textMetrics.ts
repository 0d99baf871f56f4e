import { ARABIC_UNITS_PER_EM, arabicUnits, hasArabic } from "./arabicWidth.ts";
import { FONT_METRICS } from "./fontMetrics.generated.ts";
import type { Measure, Weight } from "./measure.ts";

/**
 * Source Sans 3, the chart face, measured from the table generated out of the very font
 * files the page ships (fontMetrics.generated.ts): each character's advance plus the
 * kerning between neighbours. Plot does not measure text, and a flat guess per character
 * runs a third wide on this face: on a phone that decides whether a label fits.
 */
interface FaceTable {
  advance: ReadonlyMap<string, number>;
  kern: ReadonlyMap<string, number>;
}

/** The shipped file a weight is drawn from: 600 in the 700 face, the one shipped above 400. */
const shippedWeight = (weight: Weight) => (weight === 400 ? "400" : "700");

const tables = new Map<string, FaceTable>();

function faceTable(weight: Weight): FaceTable {
  const shipped = shippedWeight(weight);
  const known = tables.get(shipped);
  if (known) return known;
  const face = FONT_METRICS.faces[shipped];
  if (!face) throw new Error(`fontMetrics.generated.ts: no face for weight ${shipped}`);
  const chars = [...FONT_METRICS.chars];
  const kern = new Map<string, number>();
  for (const [first, [seconds, values]] of Object.entries(face.kerning)) {
    for (const [i, second] of [...seconds].entries()) kern.set(first + second, values[i] ?? 0);
  }
  const table = { advance: new Map(chars.map((ch, i) => [ch, face.advances[i] ?? 0])), kern };
  tables.set(shipped, table);
  return table;
}

/** For anything not in the table: wide, so a label in an unexpected script keeps its room. */
const UNKNOWN = 0.62;

/** A line's shaped width in ems: advances, and the kerning of each pair of neighbours. An
 * Arabic line is set in the Arabic face, each letter in its shaped form (arabicWidth.ts). */
function ems(text: string, weight: Weight): number {
  if (hasArabic(text)) {
    const latin = (ch: string) => ems(ch, weight) * ARABIC_UNITS_PER_EM;
    return arabicUnits(text, shippedWeight(weight), latin) / ARABIC_UNITS_PER_EM;
  }
  const { advance, kern } = faceTable(weight);
  const unknown = UNKNOWN * FONT_METRICS.unitsPerEm;
  let units = 0;
  let before = "";
  for (const ch of text) {
    units += (advance.get(ch) ?? unknown) + (kern.get(before + ch) ?? 0);
    before = ch;
  }
  return units / FONT_METRICS.unitsPerEm;
}

/**
 * Room over the shipped face's widths. On the page, a little for rounding, hinting and the
 * metric-matched fallback shown while the face loads. A system face (a picture as an <img>,
 * drawn a tenth smaller) runs wider than Source Sans 3 by the face and by the text: measured
 * in DejaVu Sans Condensed, the widest the pictures name, over every line the charts print.
 */
export const SLACK = {
  shipped: 1.06,
  // DejaVu Sans Condensed at 0.9 of the size runs up to 1.052 times Source Sans 3's kerned
  // width in the regular weight and 1.097 in bold ("180+ · rebels", with its wide spaces).
  system: { 400: 1.06, 600: 1.1, 700: 1.1 },
} as const;

const slack = (m: Measure) => (m.face === "shipped" ? SLACK.shipped : SLACK.system[m.weight]);

/** The width of a line of chart text in pixels, a little wide rather than narrow. */
export function textWidth(text: string, m: Measure): number {
  return ems(text, m.weight) * m.size * slack(m) + spacingWidth(text, m);
}

/**
 * What the reader's spacing adds to a line's width (none unless their style sets some):
 * room a chart's fixed margins must grow by for axis numbers Plot sets itself.
 */
export function spacingWidth(text: string, m: Measure): number {
  const chars = [...text].length;
  const spaces = text.split(" ").length - 1;
  return (chars * m.letter + spaces * m.word) * m.size * slack(m);
}

/** Greedy word wrap: the fewest lines no wider than `width` (a long word gets its own). */
export function wrapWords(text: string, width: number, m: Measure): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, m) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
