import type { DistrictStatus, StatusChange } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import { formatClaim } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { mapView } from "./view.ts";

/** What a change of status means, as a phrase that takes district names after it. */
function whatHappened(change: StatusChange): string {
  if (change.to === "government") return "government forces took";
  if (change.to === "rebel") return "rebels retook";
  if (change.to === "sdf") return "the Kurdish-led SDF took";
  if (change.event.kind === "abandoned") return "rebels abandoned";
  if (change.event.actor === "rebels") return "rebels fought back into";
  return "government forces pushed into";
}

const ORDER = [
  "government forces took",
  "the Kurdish-led SDF took",
  "government forces pushed into",
  "rebels abandoned",
  "rebels fought back into",
  "rebels retook",
];

/**
 * What the map shows at a beat, from the events: what changed hands that day, then how
 * the named districts of the east stood.
 */
export function describeMap(records: ChartRecords, state: GraphicState): string {
  const view = mapView(records, state);
  const name = (id: string) => records.data.districts.find((d) => d.id === id)?.name ?? id;
  // A district that changed twice in a day is told by where it ended the day.
  const endOfDay = new Map(view.changes.map((c) => [c.district, c]));
  const byOutcome = new Map<string, string[]>();
  for (const change of endOfDay.values()) {
    const phrase = whatHappened(change);
    byOutcome.set(phrase, [...(byOutcome.get(phrase) ?? []), name(change.district)]);
  }
  const changed = ORDER.filter((p) => byOutcome.has(p)).map(
    (p) => `${p} ${joinNames(byOutcome.get(p) ?? [])}`,
  );

  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const count = (s: DistrictStatus) => east.filter((v) => v.status === s).length;
  const held = [
    [count("government"), "held by government forces"],
    [count("rebel"), "by rebels"],
    [count("contested"), "contested"],
    [count("sdf"), "held by the SDF"],
  ] as const;
  const standing = `of the ${east.length} named districts of the east, ${joinNames(
    held.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`),
  )}`;
  const lead = changed.length
    ? `On ${proseDate(view.date)} ${joinNames(changed)}; `
    : `On ${proseDate(view.date)}, `;
  const pocket = view.pocket
    ? ` The rebels' pocket was put at ${formatClaim(view.pocket.value_low, view.pocket.value_high, view.pocket.open_ended, view.pocket.qualifier, " km²")}.`
    : "";
  return `${lead}${standing}.${pocket} Schematic map; positions approximate.`;
}
