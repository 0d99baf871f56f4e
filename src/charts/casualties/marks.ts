import * as Plot from "@observablehq/plot";
import { ink, markOpacity } from "../../styles/tokens.ts";
import { TEXT_HALO } from "../chartStyle.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { hasFigure } from "../hasFigure.ts";
import { inPixels } from "../placedText.ts";
import type { CasualtyRows as Rows } from "./layout.ts";
import type { PlacedRow } from "./rows.ts";
import { claimScope } from "./scope.ts";
import type { Numbered } from "./view.ts";

// The rows are laid out one under another in pixels (rows.ts): their words, their marks'
// heights and a total's stem (broken around words) are drawn there, on no scale; a figure
// itself goes on the people scale.
const fixed = <T = PlacedRow>(f: (d: T) => number) => inPixels(f);

interface Segment {
  y: number;
  x1: number;
  x2: number;
}

/** A total's line from zero to its mark, in pixels, broken around words on the line. */
const stem =
  (px: (x: number) => number, r: number) =>
  (row: PlacedRow): Segment[] => {
    const [from, to] = [px(0), px(low(row)) - r];
    const words = row.lineWords;
    const cuts = words ? [from, words.x0 - 4, words.x1 + 4, to] : [from, to];
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < cuts.length; i += 2) {
      const [x1, x2] = [Math.max(from, cuts[i] ?? from), Math.min(to, cuts[i + 1] ?? to)];
      if (x2 - x1 > 2) segments.push({ y: row.markY, x1, x2 });
    }
    return segments;
  };
const markY = fixed((row) => row.markY);
const colour = (row: PlacedRow) => claimantStyle(row.claim.claimant).colour;
const symbol = (row: PlacedRow) => claimantStyle(row.claim.claimant).symbol;
// A part of a larger toll is drawn hollow, and its label says what it is part of.
const fill = (row: PlacedRow) => (row.claim.part_of ? ink.paper : colour(row));
const low = (row: PlacedRow) => (row.claim as Numbered).low;
const high = (row: PlacedRow) => (row.claim as Numbered).high;

/** Every mark of the casualties chart: the rows' marks, then their words, then the notes. */
export function rowMarks(rows: Rows): Plot.Markish[] {
  const drawn = rows.layout.rows;
  const withFigure = drawn.filter((row) => hasFigure(row.claim));
  return [
    Plot.ruleX([0], { stroke: ink.muted, ariaHidden: "true" }),
    ...figureMarks(withFigure, rows),
    ...wordMarks(drawn, rows),
    ...notes(rows),
  ];
}

/**
 * The figures: a thin line from zero under a whole-offensive total (a single report has
 * none; it breaks where words sit on it), a bar for a range, an arrow for "more than", the claimant's symbol at each end.
 */
function figureMarks(withFigure: PlacedRow[], { r, end, px, mirror }: Rows): Plot.Markish[] {
  const ranged = withFigure.filter((row) => low(row) < high(row));
  const whole = withFigure.filter((row) => claimScope(row.claim) === "whole");
  const dots = (rows: PlacedRow[], x: (row: PlacedRow) => number) =>
    Plot.dot(rows, { y: markY, x, r, symbol, fill, stroke: colour, ariaHidden: "true" });
  return [
    Plot.ruleY(whole.flatMap(stem(px, r)), {
      y: fixed((s: Segment) => s.y),
      x1: fixed((s: Segment) => mirror(s.x1)),
      x2: fixed((s: Segment) => mirror(s.x2)),
      stroke: ink.muted,
      strokeWidth: 1.5,
      ariaHidden: "true",
    }),
    Plot.ruleY(ranged, {
      y: markY,
      x1: low,
      x2: high,
      stroke: colour,
      strokeWidth: r + 2,
      strokeLinecap: "round",
      strokeOpacity: markOpacity.casualtyRange,
      ariaHidden: "true",
    }),
    Plot.arrow(
      withFigure.filter((row) => row.claim.open_ended),
      {
        y1: markY,
        y2: markY,
        x1: high,
        x2: (row: PlacedRow) => end(row.claim as Numbered),
        stroke: colour,
        strokeDasharray: "3,2",
        headLength: 6,
        ariaHidden: "true",
      },
    ),
    dots(withFigure, low),
    dots(ranged, high),
  ];
}

/** The rows' words: each label, each figure in bold, a claim's words where it has no figure. */
function wordMarks(drawn: PlacedRow[], rows: Rows): Plot.Markish[] {
  const { line, fontSize, mirror, flip, noteStyle } = rows;
  const anchored = (anchor: "start" | "end", key: "label" | "value", rows: PlacedRow[]) =>
    rows.filter((row) => row[`${key}Anchor`] === anchor);
  const labels = (anchor: "start" | "end") =>
    Plot.text(anchored(anchor, "label", drawn), {
      x: fixed((row) => mirror(row.labelX)),
      y: fixed((row) => row.labelY),
      text: (row: PlacedRow) => row.labelLines.join("\n"),
      textAnchor: flip(anchor),
      lineHeight: line / fontSize,
      fill: ink.text,
      ...TEXT_HALO,
      ariaHidden: "true",
    });
  const withFigure = drawn.filter((row) => hasFigure(row.claim));
  const figures = (anchor: "start" | "end") =>
    Plot.text(anchored(anchor, "value", withFigure), {
      x: fixed((row) => mirror(row.valueX)),
      y: fixed((row) => row.valueY),
      text: "value",
      textAnchor: flip(anchor),
      fontWeight: 700,
      fill: ink.text,
      ...TEXT_HALO,
      ariaHidden: "true",
    });
  return [
    labels("start"),
    labels("end"),
    figures("start"),
    figures("end"),
    Plot.text(
      drawn.filter((row) => !hasFigure(row.claim)),
      {
        x: fixed((row) => mirror(row.valueX)),
        y: fixed((row) => row.valueY),
        text: (row: PlacedRow) => row.valueLines.join("\n"),
        textAnchor: flip("start"),
        lineHeight: line / fontSize,
        fontStyle: noteStyle,
        fill: ink.text,
        ...TEXT_HALO,
        ariaHidden: "true",
      },
    ),
  ];
}

/** The caption over the rows, "no claims yet", and how many rows the canvas left out. */
function notes(rows: Rows) {
  const { claims, layout, caption, line, fontSize, marginLeft, top, notes: words } = rows;
  const { mirror, flip } = rows;
  const muted = { fontStyle: rows.noteStyle, fill: ink.muted, ariaHidden: "true" } as const;
  return [
    Plot.text(caption.length > 0 ? [caption.join("\n")] : [], {
      x: fixed(() => mirror(marginLeft)),
      y: fixed(() => top + (caption.length * line) / 2),
      textAnchor: flip("start"),
      lineHeight: line / fontSize,
      ...muted,
    }),
    Plot.text(claims.length === 0 ? [words.noClaims] : [], {
      frameAnchor: "middle",
      ...muted,
    }),
    Plot.text(layout.left.length > 0 ? [words.left(layout.left.length)] : [], {
      x: fixed(() => mirror(marginLeft + 6)),
      y: fixed(() => layout.bottom + 2 + line / 2),
      textAnchor: flip("start"),
      ...muted,
    }),
  ];
}
