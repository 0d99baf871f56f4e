/**
 * Advance widths of Source Sans 3, the chart face, in hundredths of an em, measured in the
 * browser from the self-hosted fonts (the fallback faces are metric-matched to them). Plot
 * does not measure text, and a flat guess per character runs a third wide on this face:
 * on a phone that decides whether a label fits.
 */
const CHARS =
  " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–·“”’²";
const REGULAR = [
  20, 29, 43, 50, 50, 82, 61, 25, 30, 30, 42, 50, 25, 31, 25, 35, 50, 50, 50, 50, 50, 50, 50, 50,
  50, 50, 25, 25, 50, 50, 50, 42, 85, 54, 59, 57, 61, 53, 49, 62, 65, 26, 48, 58, 49, 73, 65, 66,
  57, 66, 57, 53, 54, 64, 51, 79, 51, 48, 54, 30, 35, 30, 50, 50, 54, 50, 55, 46, 55, 50, 29, 50,
  54, 25, 25, 49, 25, 83, 55, 54, 55, 55, 35, 42, 34, 54, 47, 72, 45, 47, 42, 30, 24, 30, 50, 48,
  25, 43, 43, 25, 37,
];
const BOLD = [
  20, 34, 54, 53, 53, 86, 67, 30, 34, 34, 46, 53, 30, 33, 30, 34, 53, 53, 53, 53, 53, 53, 53, 53,
  53, 53, 30, 30, 53, 53, 53, 46, 90, 57, 60, 58, 63, 55, 52, 64, 67, 30, 51, 61, 52, 76, 66, 68,
  60, 68, 61, 56, 56, 66, 56, 81, 57, 52, 54, 34, 34, 34, 53, 50, 55, 53, 57, 47, 57, 52, 34, 53,
  57, 28, 28, 55, 29, 86, 57, 55, 57, 57, 40, 44, 38, 57, 52, 78, 51, 52, 46, 34, 27, 34, 53, 48,
  30, 54, 54, 30, 38,
];
/** For anything not in the table, and a little room for rounding and fallback faces. */
const UNKNOWN = 0.62;
const SLACK = 1.06;

/**
 * Extra space a reader's style puts after each character and each space of the chart's
 * text, in ems: WCAG 1.4.12's test style sets 0.12em and 0.16em. The page's own is none.
 */
export interface TextSpacing {
  letter: number;
  word: number;
}

export const NO_SPACING: TextSpacing = { letter: 0, word: 0 };

let spacing = NO_SPACING;

/**
 * Lays text out for the spacing in effect while `lay` runs (a live chart passes what it
 * reads from its page): every width measured inside includes it.
 */
export function withTextSpacing<T>(inEffect: TextSpacing, lay: () => T): T {
  const before = spacing;
  spacing = inEffect;
  try {
    return lay();
  } finally {
    spacing = before;
  }
}

/** The width of a line of chart text in pixels, a little wide rather than narrow. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let ems = 0;
  for (const ch of text) {
    const i = CHARS.indexOf(ch);
    ems += i < 0 ? UNKNOWN : (table[i] as number) / 100;
  }
  return ems * fontSize * SLACK + spacingWidth(text, fontSize);
}

/**
 * What the spacing in effect adds to a line's width (none unless a reader's style sets
 * some): room a chart's fixed margins must grow by for axis numbers Plot sets itself.
 */
export function spacingWidth(text: string, fontSize: number): number {
  const chars = [...text].length;
  const spaces = text.split(" ").length - 1;
  return (chars * spacing.letter + spaces * spacing.word) * fontSize * SLACK;
}

/** Greedy word wrap: the fewest lines no wider than `width` (a long word gets its own). */
export function wrapWords(text: string, fontSize: number, width: number, bold = false): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, fontSize, bold) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}
