import * as Plot from "@observablehq/plot";
import { chartDate, earlierDate, OFFENSIVE_END, OFFENSIVE_START, toUtc } from "../../dates.ts";
import { ink, side, type } from "../../styles/tokens.ts";
import { claimantName, formatClaim } from "../format.ts";
import type { ChartRecords, GraphicState, Size } from "../types.ts";
import { CONTROL_STATES, type ControlState, TURNING_POINTS, type TurningPoint } from "./states.ts";

export function controlState(name: string): ControlState {
  const state = (CONTROL_STATES as Record<string, ControlState>)[name];
  if (!state) throw new Error(`unknown control state "${name}"`);
  return state;
}

/** The dated turning points, each dated by its district event. */
export function turningPoints(records: ChartRecords) {
  return (Object.keys(TURNING_POINTS) as TurningPoint[]).map((key) => {
    const { label, district, kind } = TURNING_POINTS[key];
    const event = records.data.districtEvents.find(
      (e) => e.district === district && e.kind === kind,
    );
    if (!event) throw new Error(`turning point "${key}" has no ${kind} event for ${district}`);
    return { key, label, date: event.date };
  });
}

/** What the control chart shows at a beat: every series cut at the beat's date. */
export function controlView(records: ChartRecords, state: GraphicState) {
  const until = state.date;
  const figures = records.data.control.filter((c) => c.date <= until);
  const steps = records.namedDistrictShare.filter((p) => p.date <= until);
  const last = steps.at(-1);
  if (last && until > last.date && until >= OFFENSIVE_START) {
    steps.push({ ...last, date: earlierDate(until, OFFENSIVE_END) });
  }
  return {
    shares: figures.filter((c) => c.measure === "east-share"),
    pockets: figures.filter((c) => c.measure === "pocket-area"),
    steps,
    turning: turningPoints(records).filter((t) => t.date <= until),
  };
}

/**
 * Control over time: reported shares of the formerly rebel-held east as labelled points,
 * the count of named districts held as a separate step line, the pocket's size in km² as
 * text (never converted into a share), and the turning points as rules.
 */
export function controlSpec(
  records: ChartRecords,
  state: GraphicState,
  size: Size,
): Plot.PlotOptions {
  const focus = controlState(state.state);
  const view = controlView(records, state);
  const narrow = size.width < 520;
  const shareLabel = (c: (typeof view.shares)[number]) =>
    `${formatClaim(c.value_low, c.value_high, c.open_ended, c.qualifier, "%")}\n${claimantName(records, c.claimant)}, ${chartDate(c.date)}`;
  const focusShares = focus.focus.includes("east-share");
  const lastStep = view.steps.at(-1);
  const turning = view.turning.filter((t) => !narrow || t.key === focus.turningPoint);

  return {
    width: size.width,
    height: size.height,
    marginTop: 34,
    marginRight: narrow ? 12 : 24,
    marginBottom: 28,
    marginLeft: 38,
    style: {
      fontFamily: type.sans,
      fontSize: `${type.chartSmall}px`,
      background: "transparent",
      overflow: "visible",
    },
    x: {
      type: "utc",
      domain: [toUtc(OFFENSIVE_START), toUtc(OFFENSIVE_END)],
      ticks: (narrow
        ? ["2016-11-15", "2016-12-01", "2016-12-15"]
        : ["2016-11-15", "2016-11-22", "2016-12-01", "2016-12-08", "2016-12-15", "2016-12-22"]
      ).map(toUtc),
      tickFormat: (d: Date) => chartDate(d.toISOString().slice(0, 10)),
      label: null,
    },
    y: {
      domain: [0, 100],
      ticks: [0, 25, 50, 75, 100],
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
          dy: -26 + (i % 2) * 13,
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
        strokeOpacity: 0.55,
        strokeWidth: 2,
        strokeDasharray: "5,3",
        ariaHidden: "true",
      }),
      // The step line's label sits in the bottom-right corner, which the line only reaches
      // late and low, clear of the reported figures up the chart.
      Plot.text(lastStep ? [lastStep] : [], {
        frameAnchor: "bottom-right",
        textAnchor: "end",
        lineAnchor: "bottom",
        dx: -4,
        dy: -6,
        text: (p) =>
          `Dashed: named districts held,\n${p.government} of ${p.total} (a count, not area)`,
        fill: ink.muted,
        ariaHidden: "true",
      }),
      Plot.arrow(
        view.shares.filter((c) => c.open_ended),
        {
          x: (c) => toUtc(c.date),
          y1: "value_high",
          y2: (c) => Math.min(100, c.value_high + 9),
          stroke: side.government,
          headLength: 5,
          ariaHidden: "true",
        },
      ),
      Plot.dot(view.shares, {
        x: (c) => toUtc(c.date),
        y: "value_high",
        r: 5,
        fill: side.government,
        stroke: ink.paper,
        strokeWidth: 1.5,
        ariaHidden: "true",
      }),
      // On a phone only the latest figure is labelled; the earlier ones stay as dots.
      ...view.shares.map((c, i) => {
        const focused = focusShares && i === view.shares.length - 1;
        if (narrow && i !== view.shares.length - 1) return null;
        return Plot.text([c], {
          x: (d) => toUtc(d.date),
          y: "value_high",
          text: shareLabel,
          textAnchor: "end",
          lineAnchor: "middle",
          dx: -9,
          fill: focused ? ink.text : ink.muted,
          fontWeight: focused ? 700 : 400,
          ariaHidden: "true",
        });
      }),
      Plot.text(view.pockets.length ? [view.pockets] : [], {
        frameAnchor: "bottom-right",
        textAnchor: "end",
        lineAnchor: "bottom",
        dy: -40,
        dx: -4,
        text: (pockets: typeof view.pockets) =>
          [
            "Rebel pocket, reported size:",
            ...pockets.map(
              (p) =>
                `${chartDate(p.date)}: ${formatClaim(p.value_low, p.value_high, p.open_ended, p.qualifier, " km²")}`,
            ),
          ].join("\n"),
        fill: focus.focus.includes("pocket-area") ? ink.text : ink.muted,
        fontWeight: focus.focus.includes("pocket-area") ? 700 : 400,
        ariaHidden: "true",
      }),
      Plot.text(state.date < OFFENSIVE_START ? ["The offensive begins on 15 November"] : [], {
        frameAnchor: "middle",
        fill: ink.muted,
        ariaHidden: "true",
      }),
    ],
  };
}
