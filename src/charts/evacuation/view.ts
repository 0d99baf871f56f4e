import type { EvacuationReport } from "../../data/datasets/evacuation.ts";
import type { StoryEvent } from "../../data/datasets/events.ts";
import { compareDates } from "../../dates.ts";
import { en } from "../../locale/en.ts";
import type { EvacuationWords } from "../../locale/types.ts";
import { stateEntry, viewOnce } from "../chartState.ts";
import { hasFigure } from "../hasFigure.ts";
import type { ChartRecords, GraphicState, Numbered as NumberedRecord } from "../types.ts";
import { EVACUATION_STATES, type EvacuationState } from "./states.ts";

export const evacuationState = (name: string): EvacuationState =>
  stateEntry<EvacuationState>("evacuation", EVACUATION_STATES, name);

export type Numbered = NumberedRecord<EvacuationReport>;

type PauseWords = EvacuationWords["pauses"];

export interface Pause {
  start: string;
  end: string;
  /** "Suspended", "Delayed", or "Ceasefire broken" where the ceasefire broke during it:
   * the edition's words (`Edition.evacuation.pauses`). */
  label: string;
  /** Whether the evacuation was under way (a halt) or had not yet started (a delay). */
  underWay: boolean;
}

const HALTS = new Set<StoryEvent["kind"]>([
  "evacuation-suspended",
  "evacuation-delayed",
  "ceasefire-broken",
]);
const RESTARTS = new Set<StoryEvent["kind"]>([
  "evacuation-resumed",
  "evacuation-began",
  "ceasefire-revived",
]);

/**
 * Periods when the evacuation was halted, or held up before it began, from the events
 * file, in date order (file order within a day): a halt opens a pause, the next restart
 * closes it, so a halt and a restart on one day make a pause of that day. A pause still
 * open runs to the beat's date. Before the first evacuation began nothing could be
 * suspended: a pause then is a delay.
 */
export function pauses(
  events: readonly StoryEvent[],
  until: string,
  words: PauseWords = en.evacuation.pauses,
): Pause[] {
  const list: Pause[] = [];
  let open: Pause | undefined;
  let begun = false;
  const ordered = events
    .flatMap((event, order) =>
      event.date !== undefined && event.date <= until ? [{ event, date: event.date, order }] : [],
    )
    .sort((a, b) => compareDates(a.date, b.date) || a.order - b.order);
  for (const { event, date } of ordered) {
    if (HALTS.has(event.kind)) {
      open ??= {
        start: date,
        end: until,
        label: begun ? words.suspended : words.delayed,
        underWay: begun,
      };
      if (event.kind === "ceasefire-broken") open.label = words.ceasefireBroken;
    } else if (RESTARTS.has(event.kind) && open) {
      list.push({ ...open, end: date });
      open = undefined;
    }
    if (event.kind === "evacuation-began") begun = true;
  }
  if (open) list.push(open);
  return list;
}

/**
 * A claimant's counts of one day that are no running total of everyone (fighters among
 * those evacuated, a claim without a number), told together; `point` is the one with a
 * number, drawn, if there is one.
 */
export interface OtherCount {
  claimant: string;
  date: string;
  reports: EvacuationReport[];
  point: Numbered | undefined;
}

const OTHER_SUBGROUPS = new Set(["people", "civilians", "fighters"]);

/** Counts of those evacuated, per claimant and day, that the running totals leave out. */
export function otherCounts(
  reports: readonly EvacuationReport[],
  totals: ReadonlySet<EvacuationReport>,
): OtherCount[] {
  const groups = new Map<string, OtherCount>();
  for (const r of reports) {
    if (r.measure !== "cumulative" || totals.has(r) || !OTHER_SUBGROUPS.has(r.subgroup)) continue;
    const key = `${r.date} ${r.claimant}`;
    const group = groups.get(key) ?? {
      claimant: r.claimant,
      date: r.date,
      reports: [],
      point: undefined,
    };
    group.reports.push(r);
    if (!group.point && hasFigure(r)) group.point = r;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Claims that no one was left inside, or that people were still leaving, in date order. */
export const endClaims = (reports: readonly EvacuationReport[]) =>
  reports.filter(
    (r) => r.measure === "remaining" && (r.high === 0 || (r.high === undefined && r.qualifier)),
  );

/** What the evacuation chart shows at a beat: every series cut at the beat's date. */
export const evacuationView = viewOnce((records: ChartRecords, state: GraphicState) => {
  const config = evacuationState(state.state);
  const until = state.date;
  const inRange = (r: { date: string }) => r.date >= config.domain[0] && r.date <= until;
  const reports = records.data.evacuation.filter(inRange);
  const totals = Object.entries(records.cumulativeEvacuation)
    .map(([claimant, points]) => ({ claimant, points: points.filter(inRange) }))
    .filter((s) => s.points.length > 0);
  const totalReports = new Set(totals.flatMap((s) => s.points.map((p) => p.report)));
  return {
    config,
    totals,
    others: config.otherCounts ? otherCounts(reports, totalReports) : [],
    ends: config.endClaims ? endClaims(reports) : [],
    fled: config.measures.includes("fled")
      ? (reports.filter((r) => r.measure === "fled" && hasFigure(r)) as Numbered[])
      : [],
    convoys: config.measures.includes("convoy")
      ? (reports.filter(
          (r) => r.measure === "convoy" && r.subgroup === "people" && hasFigure(r),
        ) as Numbered[])
      : [],
    remaining: config.measures.includes("remaining")
      ? (reports.filter(
          (r) => r.measure === "remaining" && r.subgroup === "people" && hasFigure(r) && r.high > 0,
        ) as Numbered[])
      : [],
    pauses: pauses(records.data.events, until, records.edition.evacuation.pauses).filter(
      (p) => p.end >= config.domain[0],
    ),
  };
});
