import { ARABIC_METRICS } from "./arabicMetrics.generated.ts";
import type { ArabicFaceMetrics } from "./arabicMetrics.ts";

/** Any Arabic letter or sign: a line with one is set in the Arabic face. */
const ARABIC = /[\u0600-\u06ff]/;
export const hasArabic = (text: string) => ARABIC.test(text);

/** Marks (harakat) and bidi controls: no advance, and no break in the letters' joins. */
const ZERO = /[\u064b-\u065f\u0670\u200e\u200f\u2066-\u2069]/;

const { letters, rightJoining, alefs, others } = ARABIC_METRICS;
const letterIndex = new Map([...letters].map((ch, i) => [ch, i]));
const otherIndex = new Map([...others].map((ch, i) => [ch, i]));

/** Whether a letter joins to the one after it: dual-joining letters do, alef, dal… do not. */
const joinsOn = (ch: string | undefined) =>
  ch !== undefined && letterIndex.has(ch) && !rightJoining.includes(ch);

/** The shaped form a letter takes between its neighbours: isolated, initial, medial, final. */
function formOf(before: string | undefined, ch: string, after: string | undefined): number {
  const fromBefore = joinsOn(before);
  const toAfter = joinsOn(ch) && after !== undefined && letterIndex.has(after);
  return fromBefore ? (toAfter ? 2 : 3) : toAfter ? 1 : 0;
}

/**
 * A line's width in the Arabic face, in font units: each letter in the form its neighbours
 * give it (lam and alef as their one unit), digits and punctuation as that face's files set
 * them; anything else by `other` (the Latin face's measure, or a wide guess).
 */
export function arabicUnits(text: string, weight: "400" | "700", other: (ch: string) => number) {
  const face = ARABIC_METRICS.faces[weight] as ArabicFaceMetrics;
  const chars = [...text].filter((ch) => !ZERO.test(ch));
  let units = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const [before, after] = [chars[i - 1], chars[i + 1]];
    const letter = letterIndex.get(ch);
    if (letter === undefined) {
      const o = otherIndex.get(ch);
      units += o === undefined ? other(ch) : (face.others[o] ?? 0);
    } else if (ch === "ل" && after !== undefined && alefs.includes(after)) {
      units += face.lamAlef[alefs.indexOf(after)]?.[joinsOn(before) ? 1 : 0] ?? 0;
      i++;
    } else {
      units += face.forms[letter]?.[formOf(before, ch, after)] ?? 0;
    }
  }
  return units;
}

/** The Arabic face's units per em. */
export const ARABIC_UNITS_PER_EM = ARABIC_METRICS.unitsPerEm;
