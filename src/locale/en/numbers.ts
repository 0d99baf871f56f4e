/**
 * "34,000"; "3.5": grouped in thousands, at most one decimal, as en-GB writes them. Written
 * out rather than asked of `Intl.NumberFormat`: a page's first Intl formatter loads the
 * browser's locale data, one long task on a slow phone just as the charts arrive.
 */
export function formatNumber(n: number): string {
  const tenths = Math.round(Math.abs(n) * 10);
  const whole = String(Math.floor(tenths / 10)).replace(/\B(?=(\d{3})+$)/g, ",");
  const decimal = tenths % 10 === 0 ? "" : `.${tenths % 10}`;
  return `${n < 0 && tenths > 0 ? "-" : ""}${whole}${decimal}`;
}

/** "614–990+", "82", "more than 180" reads as "180+". */
export function formatRange(low: number, high: number, openEnded: boolean): string {
  const core = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return `${core}${openEnded ? "+" : ""}`;
}

/** "A", "A and B", "A, B and C". */
export function listJoin(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "district" of one, "districts" of any other count. */
export const plural = (n: number, noun: string) => (n === 1 ? noun : `${noun}s`);

/** A count with its noun and verb agreeing: "1 district was", "35 districts were". */
export function countOf(n: number, noun: string, verb?: boolean): string {
  const words = [`${formatNumber(n)} ${plural(n, noun)}`];
  if (verb) words.push(n === 1 ? "was" : "were");
  return words.join(" ");
}
