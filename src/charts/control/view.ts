import { earlierDate, OFFENSIVE_END, OFFENSIVE_START } from "../../dates.ts";
import { stateEntry, viewOnce } from "../chartState.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { CONTROL_STATES, type ControlState, TURNING_POINTS, type TurningPoint } from "./states.ts";

export const controlState = (name: string): ControlState =>
  stateEntry<ControlState>("control", CONTROL_STATES, name);

/** The dated turning points, each dated by its district event. */
export function turningPoints(records: ChartRecords) {
  return (Object.keys(TURNING_POINTS) as TurningPoint[]).map((key) => {
    const { district, kind } = TURNING_POINTS[key];
    const label = records.edition.control.turningPoints[key];
    const event = records.data.districtEvents.find(
      (e) => e.district === district && e.kind === kind,
    );
    if (!event) throw new Error(`turning point "${key}" has no ${kind} event for ${district}`);
    return { key, label, date: event.date };
  });
}

type Figure = ChartRecords["data"]["control"][number];

/**
 * A claim that the whole city was held ("complete control"), not a measured share: the
 * source reports rebels still holding 3.5 km² on 13 December and 2.5 km² on 14 December
 * while such claims were made, so none is drawn as a point on the share axis.
 */
export const isControlClaim = (c: Figure) => c.measure === "east-share" && c.value_low >= 100;

/** What the control chart shows at a beat: every series cut at the beat's date, and what
 * the state singles out. */
export const controlView = viewOnce((records: ChartRecords, state: GraphicState) => {
  const focus = controlState(state.state);
  const until = state.date;
  const figures = records.data.control.filter((c) => c.date <= until);
  const steps = records.namedDistrictShare.filter((p) => p.date <= until);
  const last = steps.at(-1);
  if (last && until > last.date && until >= OFFENSIVE_START) {
    steps.push({ ...last, date: earlierDate(until, OFFENSIVE_END) });
  }
  return {
    focus,
    /** Reported shares of the east under government control, below 100%. */
    shares: figures.filter((c) => c.measure === "east-share" && !isControlClaim(c)),
    /** Claims that the whole city was held, each with its claimant and date. */
    claims: figures.filter(isControlClaim),
    pockets: figures.filter((c) => c.measure === "pocket-area"),
    steps,
    /** How many named districts the east has: the count panel's top. */
    total: (records.namedDistrictShare[0] as (typeof records.namedDistrictShare)[number]).total,
    turning: turningPoints(records).filter((t) => t.date <= until),
  };
});
