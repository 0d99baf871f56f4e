import { measure } from "../../src/charts/measure.ts";
import { textWidth } from "../../src/charts/textMetrics.ts";
import { PICTURE_ARABIC_SANS, PICTURE_ARABIC_SERIF, PICTURE_SANS, PICTURE_SERIF } from "./fonts.ts";
import { type TextStyle, textLines } from "./svgText.ts";

/**
 * Which side a picture's own text (title, headline, date, credit) stands on, and its faces:
 * left to right, from the left edge; right to left, from the right edge. The chart inside
 * is the chart's own drawing.
 */
export interface PictureSide {
  rtl: boolean;
  /** The x of a line whose margin is `pad`, in a picture `width` wide. */
  x(pad: number, width: number): number;
  /** Lines of text, first baseline at `y`, hanging from x on this side. */
  text(lines: readonly string[], x: number, y: number, style: TextStyle, serif?: boolean): string;
}

const LTR: PictureSide = {
  rtl: false,
  x: (pad) => pad,
  text: (lines, x, y, style, serif) =>
    textLines(lines, x, y, serif ? { ...style, family: PICTURE_SERIF } : style),
};

/** A run of Latin script (words, and the figures, spaces and marks between them). */
const LATIN_RUN = /[(‘'"]?[A-Za-z][A-Za-z0-9 .,:;()/'’‘&+\-–]*[A-Za-z0-9)’/]|[A-Za-z]/g;
/**
 * The right-to-left mark, at both ends of an Arabic run: resvg sets every line as a
 * left-to-right paragraph, so a run that opens on a figure, or ends on a comma or a
 * quotation mark, would put them on the wrong side without it.
 */
const RLM = "\u200F";

/** A line's runs in reading order: Arabic (and its figures) or Latin, each trimmed. */
export function bidiRuns(line: string): { text: string; latin: boolean; spaceAfter: boolean }[] {
  const runs: { text: string; latin: boolean; spaceAfter: boolean }[] = [];
  let at = 0;
  const push = (text: string, latin: boolean) => {
    if (text.trim() === "") {
      const last = runs.at(-1);
      if (last && text.length > 0) last.spaceAfter = true;
      return;
    }
    const last = runs.at(-1);
    if (last && /^\s/.test(text)) last.spaceAfter = true;
    runs.push({ text: text.trim(), latin, spaceAfter: /\s$/.test(text) });
  };
  for (const match of line.matchAll(LATIN_RUN)) {
    push(line.slice(at, match.index), false);
    push(match[0], true);
    at = match.index + match[0].length;
  }
  push(line.slice(at), false);
  return runs;
}

/**
 * One right-to-left line for resvg, which anchors text as if it ran left to right (it
 * ignores `direction`), lays out a line's runs in different faces left to right in their
 * logical order, and takes a line that opens on a figure for a left-to-right one. So each
 * run is its own `<text>`, anchored at its end, from the right edge leftwards in reading
 * order; an Arabic run is held between right-to-left marks.
 */
function rtlLine(line: string, x: number, y: number, style: TextStyle, family: string): string {
  const m = measure(style.size, undefined, style.weight ?? 400);
  const space = textWidth(" ", m);
  let right = x;
  return bidiRuns(line)
    .map((run) => {
      const text = run.latin ? run.text : `${RLM}${run.text}${RLM}`;
      const drawn = textLines([text], right, y, {
        ...style,
        anchor: "end",
        family: run.latin ? PICTURE_SANS : family,
      });
      right -= textWidth(run.text, m) + (run.spaceAfter ? space : 0);
      return drawn;
    })
    .join("");
}

const RTL: PictureSide = {
  rtl: true,
  x: (pad, width) => width - pad,
  text: (lines, x, y, style, serif) => {
    const family = serif
      ? `${PICTURE_ARABIC_SERIF}, ${PICTURE_SERIF}`
      : `${PICTURE_ARABIC_SANS}, ${PICTURE_SANS}`;
    return lines
      .map((line, i) => rtlLine(line, x, y + i * style.lineHeight, style, family))
      .join("");
  },
};

export const pictureSide = (dir: "ltr" | "rtl"): PictureSide => (dir === "rtl" ? RTL : LTR);
