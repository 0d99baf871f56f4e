import { compareDates } from "../dates.ts";
import type { DistrictEvent, DistrictEventKind } from "./datasets/districtEvents.ts";
import type { District } from "./datasets/districts.ts";

/**
 * Who held a district: one side wholly; `contested`, government forces and rebels each
 * holding part (or fighting in it); `split`, government forces and the SDF each holding
 * part. A contested or split district counts as wholly neither side's.
 */
export const DISTRICT_STATUSES = ["government", "rebel", "sdf", "contested", "split"] as const;
export type DistrictStatus = (typeof DISTRICT_STATUSES)[number];

type Actor = DistrictEvent["actor"];

const SIDE_OF: Record<Actor, DistrictStatus> = {
  government: "government",
  rebels: "rebel",
  sdf: "sdf",
};

/**
 * What each kind of event does to a district's status. `null` leaves it as it was: a
 * repelled assault or an encirclement changes nobody's hold on it. The SDF taking or
 * holding part of a district the government holds, wholly or in part, splits it.
 */
const EFFECT: Record<
  DistrictEventKind,
  (actor: Actor, before: DistrictStatus) => DistrictStatus | null
> = {
  "assault-repelled": () => null,
  encircled: () => null,
  "sdf-presence": (_actor, before) => (before === "government" ? "split" : null),
  advanced: (actor, before) => (before === SIDE_OF[actor] ? null : "contested"),
  entered: (actor, before) => (before === SIDE_OF[actor] ? null : "contested"),
  "partly-taken": (actor, before) => (before === SIDE_OF[actor] ? null : "contested"),
  abandoned: () => "contested",
  captured: (actor) => SIDE_OF[actor],
  cleared: (actor) => SIDE_OF[actor],
  retaken: (actor) => SIDE_OF[actor],
  "taken-by-sdf": (_actor, before) => (before === "rebel" || before === "sdf" ? "sdf" : "split"),
};

export interface StatusChange {
  date: string;
  district: string;
  from: DistrictStatus;
  to: DistrictStatus;
  event: DistrictEvent;
}

/**
 * Every change of status, in date order (file order within a day), from each district's
 * side on 15 November; and every part of a contested district changing hands
 * (`partly-taken`), which leaves it contested (`from` = `to`) but moves the line within it.
 * Events that change nothing are left out.
 */
export function statusChanges(
  districts: readonly District[],
  events: readonly DistrictEvent[],
): StatusChange[] {
  const status = new Map(districts.map((d) => [d.id, d.side_on_nov15 as DistrictStatus]));
  // Array sort is stable, so events of one day keep their file order.
  const ordered = [...events].sort((a, b) => compareDates(a.date, b.date));
  const changes: StatusChange[] = [];
  for (const event of ordered) {
    const before = status.get(event.district);
    if (before === undefined)
      throw new Error(`event ${event.id} names unknown district ${event.district}`);
    const after = EFFECT[event.kind](event.actor, before);
    if (after === null || (after === before && event.kind !== "partly-taken")) continue;
    status.set(event.district, after);
    changes.push({ date: event.date, district: event.district, from: before, to: after, event });
  }
  return changes;
}

/** The status of every district at the end of `date` (ISO). */
export function districtStatusOn(
  districts: readonly District[],
  events: readonly DistrictEvent[],
  date: string,
): Map<string, DistrictStatus> {
  const status = new Map(districts.map((d) => [d.id, d.side_on_nov15 as DistrictStatus]));
  for (const change of statusChanges(districts, events)) {
    if (change.date > date) break;
    status.set(change.district, change.to);
  }
  return status;
}
