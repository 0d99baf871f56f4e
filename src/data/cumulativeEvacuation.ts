import { compareDates } from "../dates.ts";
import type { EvacuationReport } from "./datasets/evacuation.ts";

/** Whom a running total counts: everyone, or civilians only where that is all it counts. */
export type TotalSubgroup = "people" | "civilians";

export interface CumulativePoint {
  date: string;
  low: number;
  high: number;
  openEnded: boolean;
  qualifier: string | undefined;
  subgroup: TotalSubgroup;
  report: EvacuationReport;
}

type Total = EvacuationReport & { low: number; high: number; subgroup: TotalSubgroup };
const isTotal = (r: EvacuationReport): r is Total =>
  r.measure === "cumulative" &&
  r.low !== undefined &&
  r.high !== undefined &&
  (r.subgroup === "people" || r.subgroup === "civilians");

/**
 * Each claimant's running totals of people evacuated, in date order: only the totals that
 * claimant itself reported, never summed from convoys or from another claimant's figures.
 * A claimant's series counts one thing: everyone, or, for a claimant that gave no total for
 * everyone, civilians (a line never joins a count of civilians to a count of everyone).
 * Where a claimant gave two totals on one day, the later row in the file stands.
 */
export function cumulativeEvacuation(
  reports: readonly EvacuationReport[],
): Map<string, CumulativePoint[]> {
  const byClaimant = new Map<string, Map<string, CumulativePoint>>();
  const totals = reports.filter(isTotal);
  const countsEveryone = new Set(
    totals.filter((r) => r.subgroup === "people").map((r) => r.claimant),
  );
  for (const report of totals) {
    if (report.subgroup === "civilians" && countsEveryone.has(report.claimant)) continue;
    const days = byClaimant.get(report.claimant) ?? new Map<string, CumulativePoint>();
    days.set(report.date, {
      date: report.date,
      low: report.low,
      high: report.high,
      openEnded: report.open_ended,
      qualifier: report.qualifier,
      subgroup: report.subgroup,
      report,
    });
    byClaimant.set(report.claimant, days);
  }
  return new Map(
    [...byClaimant].map(([claimant, days]) => [
      claimant,
      [...days.values()].sort((a, b) => compareDates(a.date, b.date)),
    ]),
  );
}
