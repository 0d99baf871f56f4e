/**
 * Source Sans 3's metrics, in font units, for the characters the charts print: generated at
 * build from the font files the page ships (scripts/build/fontMetrics.ts, `npm run metrics`,
 * into fontMetrics.generated.ts) and checked against them by a unit test, never typed in.
 */
export interface FaceMetrics {
  /** Each character's advance width, in the order of `FontMetrics.chars`. */
  advances: readonly number[];
  /**
   * Every pair of those characters the face sets closer or wider than their two advances
   * (GPOS kerning): first character → [the second characters, each pair's adjustment].
   */
  kerning: Readonly<Record<string, readonly [string, readonly number[]]>>;
}

export interface FontMetrics {
  family: string;
  unitsPerEm: number;
  /** The characters measured, in code point order. */
  chars: string;
  /** The shipped file each weight was measured from. */
  files: Readonly<Record<string, string>>;
  /** By the CSS weight of the file ("400", "700"). */
  faces: Readonly<Record<string, FaceMetrics>>;
}
