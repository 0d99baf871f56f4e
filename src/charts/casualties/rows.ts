import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import { LINE_HEIGHT, labelFontSize } from "../chartStyle.ts";
import type { Box, Anchor as TextAnchor } from "../labelPlacement.ts";
import { inWeight, type Measure } from "../measure.ts";
import { textWidth, wrapWords } from "../textMetrics.ts";
import type { Size } from "../types.ts";

/** What one row says, before it is placed. */
export interface RowText {
  claim: CasualtyClaim;
  /** What the figure counts: "Government side killed". */
  label: string;
  /** The figure and its claimant ("153 · reported"), or what stands in for a figure. */
  value: string;
  /** Where the mark runs on the axis, in pixels (undefined for a claim with no figure). */
  mark?: { x0: number; x1: number };
}

/** Rows set their words flush with an end, never centred. */
type Anchor = Exclude<TextAnchor, "middle">;

/** A row placed on the canvas: every position in pixels. */
export interface PlacedRow extends RowText {
  /** "stacked": the label on its own line(s) above the mark; "inline": all on one line. */
  form: "stacked" | "inline";
  /** The label, broken into lines. */
  labelLines: string[];
  /** The value, broken into lines (a claim's words where it has no figure may need several). */
  valueLines: string[];
  labelX: number;
  /** The vertical centre of the label's lines. */
  labelY: number;
  labelAnchor: Anchor;
  valueX: number;
  /** The vertical centre of the value's lines. */
  valueY: number;
  valueAnchor: Anchor;
  /** The vertical centre of the mark line. */
  markY: number;
  /** Where words sit on the mark's line left of the mark: a total's line from zero breaks there. */
  lineWords?: { x0: number; x1: number };
  /** The bottom of the row. */
  bottom: number;
}

export interface Layout {
  rows: PlacedRow[];
  /** Claims left undrawn because the canvas cannot hold them legibly (listed in the table). */
  left: CasualtyClaim[];
  /** Whether the x axis fits under the rows (at the frame's foot). */
  axis: boolean;
  /** Whether the caption fits above the rows (at the frame's head). */
  caption: boolean;
  /** The top of the rows' area: under the caption, where the zero line starts. */
  top: number;
  /** The bottom of the last row (or of the note on rows left undrawn). */
  bottom: number;
}

export interface RowsFrame {
  /** Where rows may go: they stack down from its top, their words stay between its sides. */
  box: Box;
  /** Left edge of the labels: just right of the zero line. */
  textLeft: number;
  /** How the rows' words are set (their figures in bold). */
  measure: Measure;
  /** Room under the rows for the x axis. */
  axisHeight: number;
  /** Room above the rows for the caption, given up before the axis when rows need it. */
  captionHeight: number;
}

/** A row's text line pitch: the charts' one line height. */
export const rowLine = (fontSize: number) => fontSize * LINE_HEIGHT;

/**
 * The rows' type grows with the frame: 12 px on a phone, at least 14 px on a wide frame,
 * at most 16; a short frame keeps it smaller, so its rows still fit.
 */
export function rowFontSize(size: Size): number {
  const grown = Math.min(16, size.width / 37, size.height / 22);
  return Math.round(Math.max(labelFontSize(size), grown) * 2) / 2;
}

/** Space between a mark and its text, and between a label and the figure beside it. */
export const MARK_GAP = 9;
const WORD_GAP = 7;
// Rows of 11 px type on a 14 px pitch stay legible a pixel apart; a phone needs that pixel.
const MIN_ROW_GAP = 1;
/** Rows further apart than this many lines stop reading as one list. */
const MAX_GAP_LINES = 2.5;
/** Where spare height goes: this share above the rows, the rest below (the optical centre). */
const ABOVE = 0.42;

const width = textWidth;

/**
 * Places rows between the caption at the frame's head and the axis at its foot. Each row is
 * tried in the roomy form (label above, mark and figure below); if the rows do not fit, a
 * row whose label and figure fit on one line beside its mark goes on one line, then the
 * caption and then the axis make way (every mark carries its figure). If even that does not
 * fit, the last rows are left out whole, never split from the claims that dispute them, and
 * a note says how many are in the table. Rows spread out up to a limit, and a short list
 * sits at the frame's optical centre.
 */
export function stackRows(texts: readonly RowText[], frame: RowsFrame): Layout {
  const { axisHeight, captionHeight } = frame;
  const { y0: top, y1: height } = frame.box;
  const line = rowLine(frame.measure.size);
  const attempts = [
    { compact: false, axis: true, caption: true },
    { compact: true, axis: true, caption: true },
    { compact: true, axis: true, caption: false },
    { compact: true, axis: false, caption: false },
  ];
  for (const { compact, axis, caption } of attempts) {
    const shapes = texts.map((t) => shapeRow(t, frame, compact));
    const rowsTop = top + (caption ? captionHeight : 0);
    const room = height - rowsTop - (axis ? axisHeight : 2);
    const used = shapes.reduce((sum, s) => sum + s.lines * line, 0);
    const spare = (room - used) / Math.max(1, shapes.length - 1);
    if (spare < MIN_ROW_GAP && texts.length > 0) continue;
    const gap = Math.min(line * MAX_GAP_LINES, spare);
    const block = used + gap * Math.max(0, shapes.length - 1);
    const start = rowsTop + Math.max(0, room - block) * ABOVE;
    return { ...stack(shapes, frame, gap, start), left: [], axis, caption, top: rowsTop };
  }
  // Too many rows for the canvas: keep those that fit, then a one-line note.
  const shapes = texts.map((t) => shapeRow(t, frame, true));
  const room = height - top - 2 - line;
  let kept = 0;
  let used = 0;
  for (const [i, s] of shapes.entries()) {
    used += s.lines * line + (i > 0 ? MIN_ROW_GAP : 0);
    if (used > room) break;
    kept = i + 1;
  }
  while (kept > 0 && disputesAbove(texts, kept)) kept--;
  const placed = stack(shapes.slice(0, kept), frame, MIN_ROW_GAP, top);
  const left = texts.slice(kept).map((t) => t.claim);
  return { ...placed, left, axis: false, caption: false, top };
}

/** Whether the first row left out disputes a row that would be kept. */
function disputesAbove(texts: readonly RowText[], kept: number): boolean {
  const next = texts[kept]?.claim.disputes;
  return next !== undefined && texts.slice(0, kept).some((t) => t.claim.id === next);
}

interface Shape {
  text: RowText;
  form: PlacedRow["form"];
  labelLines: string[];
  valueLines: string[];
  lines: number;
  /** Horizontal placement, relative to nothing vertical. */
  labelX: number;
  labelAnchor: Anchor;
  valueX: number;
  valueAnchor: Anchor;
  /** The line the figure sits on, counted from the row's top, if not the mark's line. */
  valueLine?: number;
  lineWords?: PlacedRow["lineWords"];
}

function shapeRow(text: RowText, frame: RowsFrame, compact: boolean): Shape {
  const { textLeft: x0, measure: f } = frame;
  const { x0: left, x1: w } = frame.box;
  const lw = width(text.label, f);
  const vw = width(text.value, text.mark !== undefined ? inWeight(f, 700) : f);
  const { mark } = text;
  if (compact && mark) {
    // "× Label  figure · claimant" to the right of the mark, or the same to its left.
    if (mark.x1 + MARK_GAP + lw + WORD_GAP + vw <= w)
      return inline(text, mark.x1 + MARK_GAP, "start", mark.x1 + MARK_GAP + lw + WORD_GAP, "start");
    if (mark.x0 - MARK_GAP - vw - WORD_GAP - lw >= left)
      return {
        ...inline(text, mark.x0 - MARK_GAP - vw - WORD_GAP, "end", mark.x0 - MARK_GAP, "end"),
        lineWords: { x0: mark.x0 - MARK_GAP - vw - WORD_GAP - lw, x1: mark.x0 - MARK_GAP },
      };
  }
  if (compact && !mark && x0 + lw + WORD_GAP + vw <= w)
    return inline(text, x0, "start", x0 + lw + WORD_GAP, "start");
  const labelLines = wrapWords(text.label, w - x0, f);
  const stacked = {
    text,
    form: "stacked" as const,
    labelLines,
    valueLines: [text.value],
    labelX: x0,
    labelAnchor: "start" as const,
  };
  if (!mark) {
    const valueLines = wrapWords(text.value, w - x0, f);
    const lines = labelLines.length + valueLines.length;
    return { ...stacked, valueLines, lines, valueX: x0, valueAnchor: "start" };
  }
  if (mark.x1 + MARK_GAP + vw <= w)
    return {
      ...stacked,
      lines: labelLines.length + 1,
      valueX: mark.x1 + MARK_GAP,
      valueAnchor: "start",
    };
  if (mark.x0 - MARK_GAP - vw >= left)
    return {
      ...stacked,
      lines: labelLines.length + 1,
      valueX: mark.x0 - MARK_GAP,
      valueAnchor: "end",
      lineWords: { x0: mark.x0 - MARK_GAP - vw, x1: mark.x0 - MARK_GAP },
    };
  // No room either side of a wide mark: the figure goes at the end of the label's last line,
  // or on a line of its own under the mark.
  const last = labelLines.at(-1) ?? "";
  if (x0 + width(last, f) + WORD_GAP + vw <= w)
    return {
      ...stacked,
      lines: labelLines.length + 1,
      valueX: w,
      valueAnchor: "end",
      valueLine: labelLines.length - 1,
    };
  return {
    ...stacked,
    lines: labelLines.length + 2,
    valueX: x0,
    valueAnchor: "start",
    valueLine: labelLines.length + 1,
  };
}

function inline(
  text: RowText,
  labelX: number,
  labelAnchor: Anchor,
  valueX: number,
  valueAnchor: Anchor,
): Shape {
  return {
    text,
    form: "inline",
    labelLines: [text.label],
    valueLines: [text.value],
    lines: 1,
    labelX,
    labelAnchor,
    valueX,
    valueAnchor,
  };
}

function stack(
  shapes: readonly Shape[],
  frame: RowsFrame,
  gap: number,
  top: number,
): Pick<Layout, "rows" | "bottom"> {
  const line = rowLine(frame.measure.size);
  let y = top;
  const rows = shapes.map((s): PlacedRow => {
    const markY = y + ((s.form === "inline" ? 0 : s.labelLines.length) + 0.5) * line;
    const row: PlacedRow = {
      ...s.text,
      form: s.form,
      labelLines: s.labelLines,
      labelX: s.labelX,
      labelY: y + (s.labelLines.length * line) / 2,
      labelAnchor: s.labelAnchor,
      valueX: s.valueX,
      valueLines: s.valueLines,
      valueY:
        s.valueLine === undefined
          ? markY + ((s.valueLines.length - 1) * line) / 2
          : y + (s.valueLine + 0.5) * line,
      valueAnchor: s.valueAnchor,
      markY,
      ...(s.lineWords ? { lineWords: s.lineWords } : {}),
      bottom: y + s.lines * line,
    };
    y = row.bottom + gap;
    return row;
  });
  return { rows, bottom: rows.at(-1)?.bottom ?? top };
}
