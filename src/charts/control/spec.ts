import * as Plot from "@observablehq/plot";
import { OFFENSIVE_END, OFFENSIVE_START, toUtc } from "../../dates.ts";
import { ink, markOpacity, side, type } from "../../styles/tokens.ts";
import { dateTick, LINE_HEIGHT, plotFrame, TEXT_HALO } from "../chartStyle.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { LINE } from "./annotations.ts";
import { composeControl, shareTicks } from "./compose.ts";

/**
 * Control over time: reported shares of the formerly rebel-held east as labelled points,
 * the count of named districts held as a separate step line, the pocket's size in km² as
 * text (never converted into a share), and the turning points as rules. Where each piece
 * of text goes is decided in compose.ts.
 */
export function controlSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const chart = composeControl(records, state, size);
  const { view, narrow, margin, turning, top, innerH, lines, xAt, yAt } = chart;
  const { focus } = view;
  const fontSize = type.chartSmall;
  return {
    ...plotFrame(size, { ...margin, top }, fontSize),
    x: {
      type: "utc",
      domain: [toUtc(OFFENSIVE_START), toUtc(OFFENSIVE_END)],
      ticks: (narrow
        ? ["2016-11-15", "2016-12-01", "2016-12-15"]
        : ["2016-11-15", "2016-11-22", "2016-12-01", "2016-12-08", "2016-12-15", "2016-12-22"]
      ).map(toUtc),
      tickFormat: dateTick,
      // Keeps the first date clear of "0%" at the corner.
      tickPadding: 5,
      label: null,
    },
    y: {
      domain: [0, 100],
      ticks: shareTicks(innerH),
      tickFormat: (d: number) => `${d}%`,
      label: null,
      grid: true,
    },
    marks: [
      Plot.ruleY([0], { stroke: ink.muted, ariaHidden: "true" }),
      Plot.ruleX(turning, {
        x: (t) => toUtc(t.date),
        stroke: (t) => (t.key === focus.turningPoint ? ink.text : ink.rule),
        strokeDasharray: "2,3",
        ariaHidden: "true",
      }),
      ...turning.map((t, i) => {
        const focused = t.key === focus.turningPoint;
        return Plot.text([t], {
          x: (d) => toUtc(d.date),
          text: "label",
          frameAnchor: "top",
          textAnchor: "start",
          dx: 3,
          dy: chart.turningRow(i),
          fill: focused ? ink.text : ink.muted,
          fontWeight: focused ? 700 : 400,
          ariaHidden: "true",
        });
      }),
      Plot.line(view.steps, {
        x: (p) => toUtc(p.date),
        y: (p) => p.share * 100,
        curve: "step-after",
        stroke: side.government,
        strokeOpacity: markOpacity.namedDistrictSteps,
        strokeWidth: 2,
        strokeDasharray: "5,3",
        ariaHidden: "true",
      }),
      Plot.arrow(
        chart.shares.filter((c) => c.open_ended),
        {
          x: (c) => toUtc(c.date),
          y1: "value_high",
          y2: (c) => Math.min(100, c.value_high + 9),
          stroke: side.government,
          headLength: 5,
          ariaHidden: "true",
        },
      ),
      Plot.dot(chart.shares, {
        x: (c) => toUtc(c.date),
        y: "value_high",
        r: 5,
        fill: side.government,
        stroke: ink.paper,
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
      ...chart.labels.map((label) =>
        Plot.text([label], {
          x: (d: typeof label) => xAt(d.x),
          y: (d: typeof label) => yAt(d.y),
          text: "text",
          textAnchor: label.anchor,
          lineAnchor: "middle",
          lineHeight: LINE_HEIGHT,
          fill: label.datum.focused ? ink.text : ink.muted,
          fontWeight: label.datum.focused ? 700 : 400,
          ...TEXT_HALO,
          ariaHidden: "true",
        }),
      ),
      ...lines.map((l) =>
        Plot.text([l.text], {
          frameAnchor: "top-left",
          textAnchor: "start",
          lineAnchor: "top",
          lineHeight: LINE_HEIGHT,
          dy: -top + 2 + l.row * LINE,
          fill: l.focused ? ink.text : ink.muted,
          fontWeight: l.focused ? 700 : 400,
          ariaHidden: "true",
        }),
      ),
      Plot.text(state.date < OFFENSIVE_START ? ["The offensive begins on 15 November"] : [], {
        frameAnchor: "middle",
        fill: ink.muted,
        ariaHidden: "true",
      }),
    ],
  };
}
