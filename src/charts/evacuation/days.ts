import { toUtc } from "../../dates.ts";
import { en } from "../../locale/en.ts";
import type { EvacuationWords } from "../../locale/types.ts";
import type { Pause } from "./view.ts";

// Where on the evacuation chart's date axis reports, pauses and ticks go.

export const DAY = 86_400_000;

export const at = (iso: string) => toUtc(iso);
/** A moment within a report's day: midday unless the day holds several reports. */
export const within = (iso: string, fraction = 0.5) =>
  new Date(toUtc(iso).getTime() + DAY * fraction);
export const pauseEnd = (p: Pause) =>
  new Date(at(p.end).getTime() + (p.end === p.start ? DAY / 2 : 0));

/**
 * Where in its day each report sits: several reports of one day spread across it, in the
 * order given, so that no mark hides another.
 */
export function spreadOverDays<T>(items: readonly T[], day: (item: T) => string): Map<T, number> {
  const byDay = new Map<string, T[]>();
  for (const item of items) byDay.set(day(item), [...(byDay.get(day(item)) ?? []), item]);
  const fractions = new Map<T, number>();
  for (const group of byDay.values()) {
    group.forEach((item, i) => {
      fractions.set(item, group.length === 1 ? 0.5 : 0.15 + (0.7 * i) / (group.length - 1));
    });
  }
  return fractions;
}

/**
 * Pauses that touch, as one labelled run; the bands themselves stay one per pause. A run
 * of several labels, or any run on a phone, reads "Paused", or "Delayed" where the
 * evacuation had not yet begun.
 */
export function pauseRuns(
  pauses: readonly Pause[],
  narrow: boolean,
  words: EvacuationWords["pauses"] = en.evacuation.pauses,
) {
  const runs: { start: Date; end: Date; labels: string[]; underWay: boolean }[] = [];
  for (const p of pauses) {
    const last = runs.at(-1);
    if (last && at(p.start) <= last.end) {
      last.end = new Date(Math.max(last.end.getTime(), pauseEnd(p).getTime()));
      last.labels.push(p.label);
      last.underWay ||= p.underWay;
    } else
      runs.push({ start: at(p.start), end: pauseEnd(p), labels: [p.label], underWay: p.underWay });
  }
  return runs.map((r) => ({
    ...r,
    text:
      narrow || new Set(r.labels).size > 1
        ? r.underWay
          ? words.paused
          : words.delayed
        : (r.labels[0] as string),
  }));
}

/**
 * Dates for the x-axis at midday, so a date sits under its reports: every `step` days,
 * starting on whichever day lets the most labels fit between the axis and the edge.
 */
export function dayTicks(
  start: string,
  end: string,
  most: number,
  fits: (tick: Date) => boolean,
): Date[] {
  const days = Math.round((at(end).getTime() - at(start).getTime()) / DAY) + 1;
  const step = Math.max(1, Math.ceil((days - 1) / (most - 1)));
  let best: Date[] = [];
  for (const every of [step, step - 1, step - 2].filter((n) => n >= 1)) {
    for (let offset = 0; offset < every; offset++) {
      const ticks: Date[] = [];
      for (let d = offset; d < days; d += every)
        ticks.push(new Date(at(start).getTime() + d * DAY + DAY / 2));
      const fitting = ticks.filter(fits);
      if (fitting.length > best.length && fitting.length <= most) best = fitting;
    }
  }
  return best;
}
