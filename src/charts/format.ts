import type { ChartRecords } from "./types.ts";

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
export function formatRange(low: number, high: number, openEnded: boolean, unit = ""): string {
  const core = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  return `${core}${openEnded ? "+" : ""}${unit}`;
}

/** A figure as a data table prints it ("614–990+"), or a dash where the claim gives none. */
export const tableFigure = (low: number | undefined, high: number | undefined, open: boolean) =>
  low === undefined || high === undefined ? "—" : formatRange(low, high, open);

/** A figure as prose keeps its qualifier: "nearly 1,000", "more than 34,000". */
export function formatClaim(
  low: number,
  high: number,
  openEnded: boolean,
  qualifier: string | undefined,
  unit = "",
): string {
  if (openEnded && low === high) return `${qualifier ?? "more than"} ${formatNumber(low)}${unit}`;
  return formatFigure(low, high, openEnded, qualifier, unit);
}

/**
 * A figure as a chart label: "614–990+", "180+", "nearly 1,000". The "+" already says
 * "more than", "over" and "at least"; any other qualifier is kept.
 */
export function formatFigure(
  low: number,
  high: number,
  openEnded: boolean,
  qualifier: string | undefined,
  unit = "",
): string {
  const value = formatRange(low, high, openEnded, unit);
  return qualifier && !/^(more than|over|at least)$/.test(qualifier)
    ? `${qualifier} ${value}`
    : value;
}

/** A reported figure, as each data file spells its fields. */
export type Reported = { qualifier?: string | undefined } & (
  | { value_low: number; value_high: number; open_ended: boolean }
  | { low: number; high: number; open_ended: boolean }
  | { low: number; high: number; openEnded: boolean }
);

function rangeOf(r: Reported): [low: number, high: number, openEnded: boolean] {
  if ("value_low" in r) return [r.value_low, r.value_high, r.open_ended];
  return [r.low, r.high, "openEnded" in r ? r.openEnded : r.open_ended];
}

/** A record's figure as prose, qualifier kept: "nearly 1,000", "more than 34,000 km²". */
export const claimText = (r: Reported, unit = "") => formatClaim(...rangeOf(r), r.qualifier, unit);

/** A record's figure as a chart label: "614–990+", "nearly 1,000". */
export const figureText = (r: Reported, unit = "") =>
  formatFigure(...rangeOf(r), r.qualifier, unit);

/** The claimant's short name as the page prints it ("SOHR", "Red Cross"). */
export function claimantName(records: ChartRecords, id: string): string {
  const claimant = records.data.claimants.find((c) => c.id === id);
  return claimant?.short ?? id;
}

/** The claimant id of a figure the source states without saying who claimed it. */
export const NO_CLAIMANT = "reported";

/** The claimant as a data table names it, saying so where the source names nobody. */
export function claimantLabel(records: ChartRecords, id: string): string {
  return id === NO_CLAIMANT ? "Reported, no claimant named" : claimantName(records, id);
}

/** Claimants whose short name reads after "per" or "according to" only with an article. */
const ARTICLE: Record<string, "the" | "a"> = {
  icrc: "the",
  "singapore-red-cross": "the",
  "russia-mod": "the",
  un: "the",
  "un-ohchr": "the",
  "un-humanitarian": "the",
  "un-ocha": "the",
  "un-envoy": "the",
  "syrian-army": "the",
  "syrian-government": "the",
  "military-officer": "a",
  "pro-government-source": "a",
  "pro-government-official": "a",
  "pro-opposition-station": "a",
};

/** The claimant as a sentence names it: "the Red Cross", "a military officer", "SOHR". */
export function claimantInProse(records: ChartRecords, id: string): string {
  const name = claimantName(records, id);
  const article = ARTICLE[id];
  return article ? `${article} ${name}` : name;
}

/** A count with its noun and verb agreeing: "1 district was", "35 districts were". */
export function countOf(n: number, noun: string, verb?: "was" | "were"): string {
  const one = n === 1;
  const words = [`${formatNumber(n)} ${one ? noun : `${noun}s`}`];
  if (verb) words.push(one ? "was" : "were");
  return words.join(" ");
}
