import type { District } from "../../data/datasets/districts.ts";
import { type DistrictStatus, districtStatusOn } from "../../data/districtStatus.ts";
import { OFFENSIVE_START } from "../../dates.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { MAP_STATES, type MapStateName } from "./states.ts";

export function mapState(name: string) {
  const state = MAP_STATES[name as MapStateName];
  if (!state) throw new Error(`unknown map state "${name}"`);
  return state;
}

export interface DistrictView {
  district: District;
  status: DistrictStatus;
  /** Named by the beat: outlined and labelled. */
  focused: boolean;
  /** The date it last changed status, on or before the map's date. */
  changedOn: string | undefined;
}

/** The map's data at a beat: each district's status on the date the state calls for. */
export function mapView(records: ChartRecords, state: GraphicState) {
  const config = mapState(state.state);
  const date = config.asOfStart || state.date < OFFENSIVE_START ? OFFENSIVE_START : state.date;
  const { districts, districtEvents } = records.data;
  const status = districtStatusOn(districts, districtEvents, date);
  const lastChange = new Map<string, string>();
  for (const change of records.statusChanges) {
    if (change.date <= date) lastChange.set(change.district, change.date);
  }
  const focus = new Set(state.highlight);
  const views: DistrictView[] = districts.map((district) => ({
    district,
    status: status.get(district.id) ?? (district.side_on_nov15 as DistrictStatus),
    focused: focus.has(district.id),
    changedOn: lastChange.get(district.id),
  }));
  const pocket = config.showPocket
    ? records.data.control.filter((c) => c.measure === "pocket-area" && c.date <= date).at(-1)
    : undefined;
  return { date, views, pocket, changes: records.statusChanges.filter((c) => c.date === date) };
}
