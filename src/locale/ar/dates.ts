import { AR_MONTHS, AR_MONTHS_SHORT } from "./months.ts";

/** "27 تشرين الثاني": day and month, for prose and charts alike (no short month names). */
export function proseDate(iso: string): string {
  const [, month, day] = iso.split("-").map(Number);
  return `${day} ${AR_MONTHS[(month ?? 1) - 1]}`;
}

/** "27 تشرين الثاني 2016": prose with the year. */
export const longDate = (iso: string) => `${proseDate(iso)} ${iso.slice(0, 4)}`;

/** "27 تشرين الثاني", for charts: Arabic has no short month names in use. */
export const chartDate = proseDate;

/** "27 ت2": a date axis's tick, its month shortened as Levantine charts do. */
export function axisDate(iso: string): string {
  const [, month, day] = iso.split("-").map(Number);
  return `${day} ${AR_MONTHS_SHORT[(month ?? 1) - 1]}`;
}
