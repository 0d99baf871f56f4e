import * as Plot from "@observablehq/plot";
import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import { ink, markOpacity, type } from "../../styles/tokens.ts";
import { isNarrow, plotFrame, TEXT_HALO } from "../chartStyle.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { claimantName, figureText, formatNumber } from "../format.ts";
import { hasFigure } from "../hasFigure.ts";
import { spacingWidth } from "../textMetrics.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { type Layout, type PlacedRow, type RowText, rowLine, stackRows } from "./rows.ts";
import { casualtyView, claimSubject, isUnclear, type Numbered, wholeOf } from "./view.ts";

/** How far an open-ended range's arrow reaches past its figure, as a share of the axis. */
const OPEN_END = 0.08;

/**
 * Casualties by source: one row per claim, a dot for a single figure or a bar for a range,
 * an arrow for "more than", labelled with what it counts, the figure and who claimed it.
 * Claims that deny a figure get a row of their own with no mark on the axis. Where the
 * canvas is short, rows whose words fit beside their mark go on one line (see rows.ts).
 */
export function casualtiesSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const { claims, layout, domainMax, end, fontSize, line, r, top, marginLeft, marginRight, px } =
    casualtyRows(records, state, size);
  const narrow = isNarrow(size);
  const drawn = layout.rows;
  const ranged = drawn.filter((row) => hasFigure(row.claim) && row.claim.low < row.claim.high);
  const withFigure = drawn.filter((row) => hasFigure(row.claim));
  const bottom = layout.bottom + (layout.left.length > 0 ? line + 2 : 0) + 4;
  const marginBottom = claims.length === 0 ? 28 : Math.max(0, size.height - bottom);
  const colour = (row: PlacedRow) => claimantStyle(row.claim.claimant).colour;
  const symbol = (row: PlacedRow) => claimantStyle(row.claim.claimant).symbol;
  // A part of a larger toll is drawn hollow, and its label says what it is part of.
  const fill = (row: PlacedRow) => (row.claim.part_of ? ink.paper : colour(row));
  const markY = { value: (row: PlacedRow) => row.markY, scale: null };
  const at = (anchor: "start" | "end", rows: PlacedRow[], key: "label" | "value") =>
    rows.filter((row) => row[`${key}Anchor`] === anchor);
  const labels = (anchor: "start" | "end") =>
    Plot.text(at(anchor, drawn, "label"), {
      x: { value: (row: PlacedRow) => row.labelX, scale: null },
      y: { value: (row: PlacedRow) => row.labelY, scale: null },
      text: (row: PlacedRow) => row.labelLines.join("\n"),
      textAnchor: anchor,
      lineHeight: line / fontSize,
      fill: ink.text,
      ...TEXT_HALO,
      ariaHidden: "true",
    });
  const figures = (anchor: "start" | "end") =>
    Plot.text(at(anchor, withFigure, "value"), {
      x: { value: (row: PlacedRow) => row.valueX, scale: null },
      y: { value: (row: PlacedRow) => row.valueY, scale: null },
      text: "value",
      textAnchor: anchor,
      fontWeight: 700,
      fill: ink.text,
      ...TEXT_HALO,
      ariaHidden: "true",
    });

  return {
    ...plotFrame(
      size,
      { top, right: marginRight, bottom: marginBottom, left: marginLeft },
      fontSize,
    ),
    x: {
      domain: [0, domainMax],
      ticks: narrow ? 3 : 5,
      tickFormat: (d: number) => formatNumber(d),
      label: null,
      axis: layout.axis ? "bottom" : null,
      grid: layout.axis,
    },
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: [
      Plot.ruleX([0], { stroke: ink.muted, ariaHidden: "true" }),
      Plot.ruleY(ranged, {
        y: markY,
        x1: (row: PlacedRow) => row.claim.low,
        x2: (row: PlacedRow) => row.claim.high,
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
          x1: (row: PlacedRow) => row.claim.high,
          x2: (row: PlacedRow) => end(row.claim as Numbered),
          stroke: colour,
          strokeDasharray: "3,2",
          headLength: 6,
          ariaHidden: "true",
        },
      ),
      Plot.dot(withFigure, {
        y: markY,
        x: (row: PlacedRow) => row.claim.low,
        r,
        symbol,
        fill,
        stroke: colour,
        ariaHidden: "true",
      }),
      Plot.dot(ranged, {
        y: markY,
        x: (row: PlacedRow) => row.claim.high,
        r,
        symbol,
        fill,
        stroke: colour,
        ariaHidden: "true",
      }),
      labels("start"),
      labels("end"),
      figures("start"),
      figures("end"),
      Plot.text(
        drawn.filter((row) => !hasFigure(row.claim)),
        {
          x: { value: (row: PlacedRow) => row.valueX, scale: null },
          y: markY,
          text: "value",
          textAnchor: "start",
          fontStyle: "italic",
          fill: ink.muted,
          ...TEXT_HALO,
          ariaHidden: "true",
        },
      ),
      Plot.text(claims.length === 0 ? ["No claims reported by this date"] : [], {
        frameAnchor: "middle",
        fill: ink.muted,
        ariaHidden: "true",
      }),
      Plot.text(layout.left.length > 0 ? [leftNote(layout)] : [], {
        x: { value: () => px(0) + 6, scale: null },
        y: { value: () => layout.bottom + 2 + line / 2, scale: null },
        textAnchor: "start",
        fontStyle: "italic",
        fill: ink.muted,
        ariaHidden: "true",
      }),
    ],
  };
}

/**
 * The rows of a state placed on a canvas of the given size, in pixels, with the axis they
 * sit on: the spec draws exactly this, and the tests check it for clashes.
 */
export function casualtyRows(records: ChartRecords, state: GraphicState, size: Size) {
  const { claims } = casualtyView(records, state);
  const numbered = claims.filter(hasFigure);
  const max = Math.max(10, ...numbered.map((c) => c.high));
  const domainMax = niceCeil(max * (1 + OPEN_END + 0.04));
  const narrow = isNarrow(size);
  const fontSize = type.chartSmall;
  const line = rowLine(fontSize);
  const r = narrow ? 4.5 : 5;
  const top = 6;
  const marginLeft = 8;
  // The last axis number is centred on the axis's end: room for half of it.
  const marginRight =
    (narrow ? 16 : 24) + Math.ceil(spacingWidth(formatNumber(domainMax), fontSize) / 2);
  const px = (x: number) => marginLeft + (x / domainMax) * (size.width - marginLeft - marginRight);
  const end = (c: Numbered) => c.high + (c.open_ended ? domainMax * OPEN_END : 0);
  const texts = claims.map(
    (c): RowText => ({
      claim: c,
      label: rowLabel(records, c, narrow),
      value: rowValue(records, c),
      mark: hasFigure(c)
        ? { x0: px(c.low) - r, x1: c.open_ended ? px(end(c)) + 2 : px(c.high) + r }
        : undefined,
    }),
  );
  const layout = stackRows(texts, {
    box: { x0: 0, y0: top, x1: size.width, y1: size.height },
    textLeft: px(0) + 6,
    fontSize,
    // The ticks and a line of numbers under them, whole glyph boxes included.
    axisHeight: fontSize * 2 + 4,
  });
  return { claims, layout, domainMax, end, fontSize, line, r, top, marginLeft, marginRight, px };
}

/** What the figure counts, whether the source is unclear, and what it is a part of. */
function rowLabel(records: ChartRecords, c: CasualtyClaim, short: boolean): string {
  const whole = wholeOf(records, c);
  return [
    claimSubject(c, short),
    isUnclear(records, c) ? "(source unclear)" : "",
    whole && hasFigure(whole) ? `(part of the ${figureText(whole)})` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** The figure and who claimed it; for a claim with no figure, what it says instead. */
function rowValue(records: ChartRecords, c: CasualtyClaim): string {
  const who = claimantName(records, c.claimant);
  if (hasFigure(c)) return `${figureText(c)} · ${who}`;
  return c.qualifier === "denial"
    ? `${who} denies it; no figure`
    : `No figure: “${c.qualifier ?? ""}” · ${who}`;
}

function leftNote({ left }: Layout): string {
  return `${left.length} more claim${left.length === 1 ? "" : "s"} in the data table`;
}

/** A round axis end at or above n. */
function niceCeil(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => s * power >= n) ?? 10;
  return step * power;
}
