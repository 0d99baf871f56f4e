import type { DistrictStatus } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import { formatClaim } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { mapView } from "./view.ts";

const WHAT_HAPPENED: Record<DistrictStatus, string> = {
  government: "government forces took",
  rebel: "rebels retook",
  sdf: "the Kurdish-led SDF took",
  contested: "fighting reached",
};

/**
 * What the map shows at a beat, from the events: what changed hands that day, then how
 * the named districts of the east stood.
 */
export function describeMap(records: ChartRecords, state: GraphicState): string {
  const view = mapView(records, state);
  const name = (id: string) => records.data.districts.find((d) => d.id === id)?.name ?? id;
  const byOutcome = new Map<DistrictStatus, string[]>();
  for (const change of view.changes) {
    const names = byOutcome.get(change.to) ?? [];
    if (!names.includes(name(change.district))) names.push(name(change.district));
    byOutcome.set(change.to, names);
  }
  const order: DistrictStatus[] = ["government", "sdf", "rebel", "contested"];
  const changed = order
    .filter((s) => byOutcome.has(s))
    .map((s) => `${WHAT_HAPPENED[s]} ${joinNames(byOutcome.get(s) ?? [])}`);

  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const count = (s: DistrictStatus) => east.filter((v) => v.status === s).length;
  const standing = `of the ${east.length} named districts of the east, ${count("government")} were held by government forces, ${count("rebel")} by rebels, ${count("contested")} contested and ${count("sdf")} by the SDF`;
  const lead = changed.length
    ? `On ${proseDate(view.date)} ${joinNames(changed)}; `
    : `On ${proseDate(view.date)}, `;
  const pocket = view.pocket
    ? ` The rebels' pocket was put at ${formatClaim(view.pocket.value_low, view.pocket.value_high, view.pocket.open_ended, view.pocket.qualifier, " km²")}.`
    : "";
  return `${lead}${standing}.${pocket} Schematic map; positions approximate.`;
}
