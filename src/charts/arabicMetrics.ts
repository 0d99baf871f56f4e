/**
 * Noto Sans Arabic's metrics, in font units, for the Arabic edition's chart text: generated
 * from the woff2 files the Arabic page would ship (scripts/build/arabicMetrics.ts, `npm run
 * metrics`, into arabicMetrics.generated.ts). Arabic letters change shape with their
 * neighbours, so each letter has the advance of each of its shaped forms.
 */
export interface ArabicFaceMetrics {
  /** Each letter's advance as [isolated, initial, medial, final], in the order of `letters`. */
  forms: readonly (readonly [number, number, number, number])[];
  /** Lam with an alef after it, set as one unit: [isolated, final], by alef in `alefs`. */
  lamAlef: readonly (readonly [number, number])[];
  /** Every other character (digits, punctuation, space), in the order of `others`. */
  others: readonly number[];
}

export interface ArabicMetrics {
  family: string;
  unitsPerEm: number;
  /** The letters measured, in code point order. */
  letters: string;
  /** Letters that join only to the letter before them (alef, dal, reh, waw, teh marbuta…). */
  rightJoining: string;
  /** The alefs lam joins into one unit with. */
  alefs: string;
  /** Digits, punctuation and space, as the Arabic face's files set them. */
  others: string;
  files: Readonly<Record<string, readonly string[]>>;
  faces: Readonly<Record<string, ArabicFaceMetrics>>;
}
