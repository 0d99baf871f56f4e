import type { District } from "../../data/datasets/districts.ts";
import type { DistrictStatus } from "../../data/districtStatus.ts";
import { OFFENSIVE_START } from "../../dates.ts";
import { stateEntry, viewOnce } from "../chartState.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { MAP_STATES, type MapState } from "./states.ts";

export const mapState = (name: string): MapState => stateEntry<MapState>("map", MAP_STATES, name);

export interface DistrictView {
  district: District;
  status: DistrictStatus;
  /** Named by the beat: outlined and labelled. */
  focused: boolean;
}

/**
 * The map's data at a beat: each district's status on the date the state calls for, read
 * from the status changes the records already hold.
 */
export const mapView = viewOnce((records: ChartRecords, state: GraphicState) => {
  const config = mapState(state.state);
  const date = config.asOfStart || state.date < OFFENSIVE_START ? OFFENSIVE_START : state.date;
  const status = new Map<string, DistrictStatus>();
  for (const change of records.statusChanges) {
    if (change.date > date) break;
    status.set(change.district, change.to);
  }
  const focus = new Set(state.highlight);
  const views: DistrictView[] = records.data.districts.map((district) => ({
    district,
    status: status.get(district.id) ?? (district.side_on_nov15 as DistrictStatus),
    focused: focus.has(district.id),
  }));
  const pocket = config.showPocket
    ? records.data.control.filter((c) => c.measure === "pocket-area" && c.date <= date).at(-1)
    : undefined;
  return {
    config,
    date,
    views,
    pocket,
    changes: records.statusChanges.filter((c) => c.date === date),
  };
});
