import { exploreDays } from "./days.ts";

/** A day's deep link: `#explore-2016-12-06` opens the explore section on that day. */
const PREFIX = "#explore-";

export const dayHash = (day: string) => `${PREFIX}${day}`;

/** The day a hash links to, or null for any other hash (a beat's, or a day out of range). */
export function dayFromHash(hash: string, days: readonly string[] = exploreDays()): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const day = hash.slice(PREFIX.length);
  return days.includes(day) ? day : null;
}
