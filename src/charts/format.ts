import { en } from "../locale/en.ts";
import type { Edition } from "../locale/types.ts";
import type { ChartRecords } from "./types.ts";

/** "34,000"; "3.5": as the edition writes numbers (English unless one is given). */
export const formatNumber = (n: number, edition: Edition = en) => edition.formatNumber(n);

/** "614–990+", "82", "more than 180" reads as "180+". */
export function formatRange(
  low: number,
  high: number,
  openEnded: boolean,
  unit = "",
  edition: Edition = en,
): string {
  return `${edition.formatRange(low, high, openEnded)}${unit}`;
}

/** A figure as a data table prints it ("614–990+"), or a dash where the claim gives none. */
export const tableFigure = (
  low: number | undefined,
  high: number | undefined,
  open: boolean,
  edition: Edition = en,
) =>
  low === undefined || high === undefined
    ? edition.common.noFigure
    : formatRange(low, high, open, "", edition);

/** A figure as prose keeps its qualifier: "nearly 1,000", "more than 34,000". */
export function formatClaim(
  low: number,
  high: number,
  openEnded: boolean,
  qualifier: string | undefined,
  unit = "",
  edition: Edition = en,
): string {
  const { common } = edition;
  if (openEnded && low === high) {
    const words = qualifier === undefined ? common.moreThan : common.fromData(qualifier);
    return common.qualified(words, `${edition.formatNumber(low)}${unit}`);
  }
  return formatFigure(low, high, openEnded, qualifier, unit, edition);
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
  edition: Edition = en,
): string {
  const value = formatRange(low, high, openEnded, unit, edition);
  return qualifier && !edition.common.plusQualifiers.includes(qualifier)
    ? edition.common.qualified(edition.common.fromData(qualifier), value)
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
export const claimText = (r: Reported, unit = "", edition: Edition = en) =>
  formatClaim(...rangeOf(r), r.qualifier, unit, edition);

/** A record's figure as a chart label: "614–990+", "nearly 1,000". */
export const figureText = (r: Reported, unit = "", edition: Edition = en) =>
  formatFigure(...rangeOf(r), r.qualifier, unit, edition);

/** The claimant's short name as the page prints it ("SOHR", "Red Cross"). */
export function claimantName(records: ChartRecords, id: string): string {
  const claimant = records.data.claimants.find((c) => c.id === id);
  return records.edition.common.claimant(id, claimant?.short ?? id);
}

/** A data file's own words (a qualifier, what was said) in the records' edition. */
export const dataText = (records: ChartRecords, text: string | undefined) =>
  text === undefined ? undefined : records.edition.common.fromData(text);

/** A district's name in the records' edition ("Hanano", "هنانو"), by id. */
export function districtName(records: ChartRecords, id: string): string {
  const district = records.data.districts.find((d) => d.id === id);
  return district ? records.edition.map.districtName(district) : id;
}

/** The claimant id of a figure the source states without saying who claimed it. */
export const NO_CLAIMANT = "reported";

/** The claimant as a data table names it, saying so where the source names nobody. */
export function claimantLabel(records: ChartRecords, id: string): string {
  return id === NO_CLAIMANT ? records.edition.common.noClaimantNamed : claimantName(records, id);
}

/** The claimant as a sentence names it: "the Red Cross", "a military officer", "SOHR". */
export function claimantInProse(records: ChartRecords, id: string): string {
  const name = claimantName(records, id);
  const { common } = records.edition;
  const article = common.claimantArticles[id];
  return article ? common.withArticle(article, name) : name;
}

/** A count with its noun and verb agreeing: "1 district was", "35 districts were". */
export const countOf = (n: number, noun: string, verb?: "was" | "were", edition: Edition = en) =>
  edition.common.countOf(n, noun, verb !== undefined);
