import { en } from "./locale/en.ts";
import type { Edition } from "./locale/types.ts";

/** The story's calendar: every dated row and beat must fall inside it. */
export const STORY_START = "2016-10-01";
export const STORY_END = "2016-12-31";
/** The offensive itself. */
export const OFFENSIVE_START = "2016-11-15";
export const OFFENSIVE_END = "2016-12-22";

/** True for a real YYYY-MM-DD calendar date. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isStoryDate(value: string): boolean {
  return isIsoDate(value) && value >= STORY_START && value <= STORY_END;
}

/** "27 November" for prose, in an edition's words (English unless one is given). */
export const proseDate = (iso: string, edition: Edition = en) => edition.proseDate(iso);

/** "27 November 2016": prose with the year, for a date outside the story's own year. */
export const longDate = (iso: string, edition: Edition = en) => edition.longDate(iso);

/** "27 Nov" for charts. */
export const chartDate = (iso: string, edition: Edition = en) => edition.chartDate(iso);

/** Midnight UTC of an ISO date, for chart scales (pinned to UTC so builds agree everywhere). */
export function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/**
 * Orders ISO dates, for `sort`. Their characters already sort as the dates do; a plain
 * comparison, where `localeCompare` would make the page load the browser's collation data
 * (a long task on a slow phone) to say the same.
 */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earlier of two ISO dates. */
export function earlierDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}
