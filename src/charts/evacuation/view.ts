import type { EvacuationReport } from "../../data/datasets/evacuation.ts";
import type { StoryEvent } from "../../data/datasets/events.ts";
import type { ChartRecords, GraphicState } from "../types.ts";
import { EVACUATION_STATES, type EvacuationState } from "./states.ts";

export function evacuationState(name: string): EvacuationState {
  const state = (EVACUATION_STATES as Record<string, EvacuationState>)[name];
  if (!state) throw new Error(`unknown evacuation state "${name}"`);
  return state;
}

export type Numbered = EvacuationReport & { low: number; high: number };
const hasNumber = (r: EvacuationReport): r is Numbered =>
  r.low !== undefined && r.high !== undefined;

export interface Pause {
  start: string;
  end: string;
  label: string;
}

/**
 * Periods when the evacuation was halted, from the events file: each suspension runs to
 * the next resumption (or to the end of the chart).
 */
export function pauses(events: readonly StoryEvent[], until: string): Pause[] {
  const list: Pause[] = [];
  let open: StoryEvent | undefined;
  const relevant = events
    .filter(
      (e) =>
        e.date <= until &&
        (e.kind === "evacuation-suspended" ||
          e.kind === "evacuation-resumed" ||
          e.kind === "ceasefire-broken"),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
  for (const event of relevant) {
    if (event.kind === "evacuation-resumed") {
      if (open)
        list.push({
          start: open.date,
          end: event.date,
          label: open.kind === "ceasefire-broken" ? "Ceasefire broken" : "Suspended",
        });
      open = undefined;
    } else if (!open) {
      open = event;
    }
  }
  if (open)
    list.push({
      start: open.date,
      end: until,
      label: open.kind === "ceasefire-broken" ? "Ceasefire broken" : "Suspended",
    });
  return list;
}

/** What the evacuation chart shows at a beat: every series cut at the beat's date. */
export function evacuationView(records: ChartRecords, state: GraphicState) {
  const config = evacuationState(state.state);
  const until = state.date;
  const inRange = (r: { date: string }) => r.date >= config.domain[0] && r.date <= until;
  const reports = records.data.evacuation.filter(inRange);
  const totals = Object.entries(records.cumulativeEvacuation)
    .map(([claimant, points]) => ({ claimant, points: points.filter(inRange) }))
    .filter((s) => s.points.length > 0);
  return {
    config,
    totals,
    fled: config.measures.includes("fled")
      ? (reports.filter((r) => r.measure === "fled" && hasNumber(r)) as Numbered[])
      : [],
    convoys: config.measures.includes("convoy")
      ? (reports.filter(
          (r) => r.measure === "convoy" && r.subgroup === "people" && hasNumber(r),
        ) as Numbered[])
      : [],
    remaining: config.measures.includes("remaining")
      ? (reports.filter(
          (r) => r.measure === "remaining" && r.subgroup === "people" && hasNumber(r) && r.high > 0,
        ) as Numbered[])
      : [],
    pauses: pauses(records.data.events, until).filter((p) => p.end >= config.domain[0]),
  };
}
