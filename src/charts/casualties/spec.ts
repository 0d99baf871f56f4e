import * as Plot from "@observablehq/plot";
import type { CasualtyClaim } from "../../data/datasets/casualties.ts";
import { ink, type } from "../../styles/tokens.ts";
import { claimantStyle } from "../claimantStyle.ts";
import { claimantName, formatNumber, formatRange } from "../format.ts";
import { textWidth } from "../labelPlacement.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { casualtyState, casualtyView, claimSubject, isUnclear } from "./view.ts";

/** How far an open-ended range's arrow reaches past its figure, as a share of the axis. */
const OPEN_END = 0.08;

/**
 * Casualties by source: one row per claim, a dot for a single figure or a bar for a range,
 * an arrow for "more than", labelled with what it counts and who claimed it. Claims that
 * deny a figure get a row of their own with no mark on the axis.
 */
export function casualtiesSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  casualtyState(state.state);
  const claims = casualtyView(records, state);
  const numbered = claims.filter(
    (c): c is CasualtyClaim & { low: number; high: number } =>
      c.low !== undefined && c.high !== undefined,
  );
  const max = Math.max(10, ...numbered.map((c) => c.high));
  const domainMax = niceCeil(max * (1 + OPEN_END + 0.04));
  const rowKey = (c: CasualtyClaim) => c.id;
  const narrow = size.width < 520;
  const fontSize = narrow ? type.chartSmall - 1 : type.chartSmall;
  const label = (c: CasualtyClaim) =>
    `${claimSubject(c, narrow)}${isUnclear(records, c) ? " (source unclear)" : ""}`;
  // The figure and its claimant sit together at the mark.
  const value = (c: CasualtyClaim) =>
    `${c.low === undefined || c.high === undefined ? (c.qualifier ?? "") : formatRange(c.low, c.high, c.open_ended)} · ${claimantName(records, c.claimant)}`;
  const colour = (c: CasualtyClaim) => claimantStyle(c.claimant).colour;
  const end = (c: CasualtyClaim & { high: number }) =>
    c.high + (c.open_ended ? domainMax * OPEN_END : 0);
  const marginLeft = 12;
  const marginRight = narrow ? 16 : 40;
  const px = (x: number) => marginLeft + (x / domainMax) * (size.width - marginLeft - marginRight);
  // The figure goes right of its mark if it fits there, else left of the range.
  const leftward = (c: CasualtyClaim & { low: number; high: number }) => {
    const w = textWidth(value(c), fontSize);
    return px(end(c)) + 9 + w > size.width - 2 && px(c.low) - 9 - w >= 2;
  };

  return {
    width: size.width,
    height: size.height,
    marginTop: 8,
    marginRight,
    marginBottom: 28,
    marginLeft,
    style: {
      fontFamily: type.sans,
      fontSize: `${fontSize}px`,
      background: "transparent",
      overflow: "visible",
    },
    x: {
      domain: [0, domainMax],
      ticks: narrow ? 3 : 5,
      tickFormat: (d: number) => formatNumber(d),
      label: null,
      grid: true,
    },
    y: { domain: claims.map(rowKey), axis: null, paddingInner: 0.55, paddingOuter: 0.2 },
    color: { type: "identity" },
    symbol: { type: "identity" },
    marks: [
      Plot.ruleX([0], { stroke: ink.muted, ariaHidden: "true" }),
      Plot.ruleY(
        numbered.filter((c) => c.low < c.high),
        {
          y: rowKey,
          x1: "low",
          x2: "high",
          stroke: colour,
          strokeWidth: 7,
          strokeLinecap: "round",
          strokeOpacity: 0.45,
          ariaHidden: "true",
        },
      ),
      Plot.arrow(
        numbered.filter((c) => c.open_ended),
        {
          y1: rowKey,
          y2: rowKey,
          x1: "high",
          x2: (c: CasualtyClaim & { high: number }) => c.high + domainMax * OPEN_END,
          stroke: colour,
          strokeDasharray: "3,2",
          headLength: 6,
          ariaHidden: "true",
        },
      ),
      Plot.dot(numbered, {
        y: rowKey,
        x: "low",
        r: 5,
        symbol: (c: CasualtyClaim) => claimantStyle(c.claimant).symbol,
        fill: colour,
        stroke: colour,
        ariaHidden: "true",
      }),
      Plot.dot(
        numbered.filter((c) => c.low < c.high),
        {
          y: rowKey,
          x: "high",
          r: 5,
          symbol: (c: CasualtyClaim) => claimantStyle(c.claimant).symbol,
          fill: colour,
          stroke: colour,
          ariaHidden: "true",
        },
      ),
      Plot.text(claims, {
        y: rowKey,
        frameAnchor: "left",
        textAnchor: "start",
        lineAnchor: "bottom",
        dy: -9,
        lineWidth: (size.width - 24) / fontSize,
        text: label,
        fill: ink.text,
        ariaHidden: "true",
      }),
      ...[false, true].map((left) =>
        Plot.text(
          numbered.filter((c) => leftward(c) === left),
          {
            y: rowKey,
            x: (c: CasualtyClaim & { high: number }) => (left ? c.low : end(c)),
            text: value,
            textAnchor: left ? "end" : "start",
            dx: left ? -9 : 9,
            fontWeight: 700,
            fill: ink.text,
            stroke: ink.paper,
            strokeWidth: 3,
            paintOrder: "stroke",
            ariaHidden: "true",
          },
        ),
      ),
      Plot.text(
        claims.filter((c) => c.low === undefined),
        {
          y: rowKey,
          x: 0,
          text: (c: CasualtyClaim) =>
            c.qualifier === "denial"
              ? `${claimantName(records, c.claimant)} denies it; no figure`
              : `No figure: “${c.qualifier ?? ""}” · ${claimantName(records, c.claimant)}`,
          textAnchor: "start",
          dx: 6,
          fontStyle: "italic",
          fill: ink.muted,
          ariaHidden: "true",
        },
      ),
      Plot.text(claims.length === 0 ? ["No claims reported by this date"] : [], {
        frameAnchor: "middle",
        fill: ink.muted,
        ariaHidden: "true",
      }),
    ],
  };
}

/** 1, 2, 2.5 or 5 times a power of ten, at or above n: round axis ends. */
function niceCeil(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= n) ?? 10;
  return step * power;
}
