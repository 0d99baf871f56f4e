import { OFFENSIVE_END, OFFENSIVE_START } from "../dates.ts";

/** The explore section's first and last day: the offensive itself. */
export const FIRST_DAY = OFFENSIVE_START;
export const LAST_DAY = OFFENSIVE_END;

const DAY_MS = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Every day from `first` to `last`, both included, as ISO dates: one slider step each. */
export function exploreDays(first = FIRST_DAY, last = LAST_DAY): string[] {
  const days: string[] = [];
  for (let t = toTime(first); t <= toTime(last); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** The day `delta` days from `day`, held within the explore days. */
export function stepDay(day: string, delta: number, days: readonly string[] = exploreDays()) {
  const index = Math.max(0, days.indexOf(day));
  return days[Math.max(0, Math.min(days.length - 1, index + delta))] as string;
}
