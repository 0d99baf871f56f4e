import type { DistrictStatus, StatusChange } from "../../data/districtStatus.ts";
import { proseDate } from "../../dates.ts";
import { claimText, countOf } from "../format.ts";
import { joinNames } from "../list.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { mapView } from "./view.ts";

type Outcome = readonly [who: string, did: string];

/** Each way a district can change hands, in the order a day's changes are told. */
const OUTCOME = {
  taken: ["government forces", "took"],
  takenBySdf: ["the Kurdish-led SDF", "took"],
  pushedInto: ["government forces", "pushed into"],
  abandoned: ["rebels", "abandoned"],
  foughtBackInto: ["rebels", "fought back into"],
  retaken: ["rebels", "retook"],
} as const satisfies Record<string, Outcome>;
const OUTCOMES: readonly Outcome[] = Object.values(OUTCOME);

/** Who did what to a district. */
function whatHappened(change: StatusChange): Outcome {
  if (change.to === "government") return OUTCOME.taken;
  if (change.to === "sdf") return OUTCOME.takenBySdf;
  if (change.to === "rebel") return OUTCOME.retaken;
  if (change.event.kind === "abandoned") return OUTCOME.abandoned;
  if (change.event.actor === "rebels") return OUTCOME.foughtBackInto;
  return OUTCOME.pushedInto;
}

const STANDING = [
  ["government", "held by government forces"],
  ["rebel", "held by rebels"],
  ["contested", "contested"],
  ["sdf", "held by the SDF"],
] as const satisfies readonly (readonly [DistrictStatus, string])[];

/**
 * What the map shows at a beat, from the events: what changed hands that day, then how
 * the named districts of the east stood.
 */
export function describeMap(records: ChartRecords, state: GraphicState): string {
  const view = mapView(records, state);
  const name = (id: string) => records.data.districts.find((d) => d.id === id)?.name ?? id;
  // A district that changed twice in a day is told by where it ended the day.
  const endOfDay = new Map(view.changes.map((c) => [c.district, c]));
  const byOutcome = new Map<Outcome, string[]>();
  for (const change of endOfDay.values()) {
    const outcome = whatHappened(change);
    byOutcome.set(outcome, [...(byOutcome.get(outcome) ?? []), name(change.district)]);
  }
  // "government forces took A and pushed into B": one subject for its verbs in a row.
  const clauses: string[] = [];
  let subject = "";
  for (const outcome of OUTCOMES.filter((o) => byOutcome.has(o))) {
    const [who, did] = outcome;
    const what = `${did} ${joinNames(byOutcome.get(outcome) ?? [])}`;
    if (who === subject) clauses.push(`${clauses.pop()} and ${what}`);
    else clauses.push(`${who} ${what}`);
    subject = who;
  }

  const east = view.views.filter((v) => v.district.in_east && v.district.kind === "district");
  const held = STANDING.map(([status, what]) => ({
    n: east.filter((v) => v.status === status).length,
    what,
  })).filter(({ n }) => n > 0);
  const standing =
    held.length === 1 && east.length > 1
      ? `all ${east.length} named districts of the east were ${held[0]?.what}`
      : `of the ${countOf(east.length, "named district")} of the east, ${joinNames(
          held.map(({ n, what }) => `${n} ${n === 1 ? "was" : "were"} ${what}`),
        )}`;
  const lead = clauses.length
    ? `On ${proseDate(view.date)} ${joinNames(clauses)}; `
    : `On ${proseDate(view.date)}, `;
  const pocket = view.pocket
    ? ` The rebels' pocket was put at ${claimText(view.pocket, " km²")}.`
    : "";
  return `${lead}${standing}.${pocket} Schematic map; positions approximate.`;
}
