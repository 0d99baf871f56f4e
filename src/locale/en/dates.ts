/** The months as English prose and charts name them. */
export const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "Jan" … "Dec": a long name's first three letters. */
export const MONTHS_SHORT = MONTHS_LONG.map((m) => m.slice(0, 3));

/** "27 November" for prose. */
export function proseDate(iso: string): string {
  const [, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS_LONG[(month ?? 1) - 1]}`;
}

/** "27 November 2016": prose with the year, for a date outside the story's own year. */
export const longDate = (iso: string) => `${proseDate(iso)} ${iso.slice(0, 4)}`;

/** "27 Nov" for charts. */
export function chartDate(iso: string): string {
  const prose = proseDate(iso);
  return prose.slice(0, prose.indexOf(" ") + 4);
}
