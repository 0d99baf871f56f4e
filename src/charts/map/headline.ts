import type { DistrictStatus } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import { someNames } from "../headline.ts";
import type { ChartRecords, GraphicState, Headline } from "../types.ts";
import { mapView } from "./view.ts";

const OUTCOME: Record<DistrictStatus, string> = {
  government: "taken by government forces",
  rebel: "retaken by rebels",
  sdf: "taken by the SDF",
  contested: "contested",
};

/** What the map singles out at a beat: the day's changes of hands, or else the districts
 * the beat names, or else how the east stood. */
export function mapHeadline(records: ChartRecords, state: GraphicState): Headline {
  const view = mapView(records, state);
  const on = proseDate(view.date);
  if (view.config.asOfStart)
    return { on, parts: ["who held each district as the offensive began"] };
  const name = (id: string) => records.data.districts.find((d) => d.id === id)?.name ?? id;
  // A district that changed twice in a day is told by where it ended the day.
  const endOfDay = new Map(view.changes.map((c) => [c.district, c.to]));
  const changed = (Object.keys(OUTCOME) as DistrictStatus[])
    .map((to) => [to, [...endOfDay].filter(([, s]) => s === to).map(([d]) => name(d))] as const)
    .filter(([, names]) => names.length > 0)
    .map(([to, names]) => `${someNames(names, endOfDay.size > 3 ? 2 : 3)} ${OUTCOME[to]}`);
  const pocket = view.pocket ? ["the rebels' last pocket marked"] : [];
  if (changed.length) return { on, parts: [...changed, ...pocket] };
  const focused = view.views.filter((v) => v.focused).map((v) => v.district.name);
  if (focused.length) return { on, parts: [`${someNames(focused)} outlined`, ...pocket] };
  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const held = east.filter((v) => v.status === "government").length;
  return {
    on,
    parts: [`government forces held ${held} of ${east.length} named districts`, ...pocket],
  };
}
