import type { DistrictEvent } from "./datasets/districtEvents.ts";
import type { District } from "./datasets/districts.ts";
import { statusChanges } from "./districtStatus.ts";

export interface NamedDistrictShare {
  date: string;
  government: number;
  contested: number;
  /** Split between government forces and the SDF: not counted as held by either. */
  split: number;
  total: number;
  /** Government-held named districts as a share (0–1) of all named districts of the east. */
  share: number;
}

/**
 * The share of the east's named districts that government forces held wholly (a split or
 * contested district is not counted), stepping on each day a district changed status. A count of districts, not of area or people: districts differ in
 * size, and the source names only some of them.
 */
export function namedDistrictShare(
  districts: readonly District[],
  events: readonly DistrictEvent[],
  start = "2016-11-15",
): NamedDistrictShare[] {
  const counted = districts.filter((d) => d.in_east && d.kind === "district");
  const ids = new Set(counted.map((d) => d.id));
  const status = new Map(counted.map((d) => [d.id, d.side_on_nov15 as string]));
  const snapshot = (date: string): NamedDistrictShare => {
    const values = [...status.values()];
    const government = values.filter((s) => s === "government").length;
    const contested = values.filter((s) => s === "contested").length;
    const split = values.filter((s) => s === "split").length;
    return {
      date,
      government,
      contested,
      split,
      total: counted.length,
      share: government / counted.length,
    };
  };

  const series = [snapshot(start)];
  for (const change of statusChanges(districts, events)) {
    if (!ids.has(change.district) || change.from === change.to) continue;
    status.set(change.district, change.to);
    const point = snapshot(change.date < start ? start : change.date);
    if (series.at(-1)?.date === point.date) series[series.length - 1] = point;
    else series.push(point);
  }
  return series;
}
