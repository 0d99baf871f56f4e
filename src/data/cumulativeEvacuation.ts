import type { EvacuationReport } from "./datasets/evacuation.ts";

export interface CumulativePoint {
  date: string;
  low: number;
  high: number;
  openEnded: boolean;
  qualifier: string | undefined;
  report: EvacuationReport;
}

/**
 * Each claimant's running totals of people evacuated, in date order: only the totals that
 * claimant itself reported, never summed from convoys or from another claimant's figures.
 * Where a claimant gave two totals on one day, the later row in the file stands.
 */
export function cumulativeEvacuation(
  reports: readonly EvacuationReport[],
): Map<string, CumulativePoint[]> {
  const byClaimant = new Map<string, Map<string, CumulativePoint>>();
  for (const report of reports) {
    if (report.measure !== "cumulative" || report.low === undefined || report.high === undefined)
      continue;
    if (report.subgroup !== "people") continue;
    const days = byClaimant.get(report.claimant) ?? new Map<string, CumulativePoint>();
    days.set(report.date, {
      date: report.date,
      low: report.low,
      high: report.high,
      openEnded: report.open_ended,
      qualifier: report.qualifier,
      report,
    });
    byClaimant.set(report.claimant, days);
  }
  return new Map(
    [...byClaimant].map(([claimant, days]) => [
      claimant,
      [...days.values()].sort((a, b) => a.date.localeCompare(b.date)),
    ]),
  );
}

/** The latest total each claimant had reported by the end of `date`. */
export function evacuatedBy(
  series: ReadonlyMap<string, readonly CumulativePoint[]>,
  date: string,
): Map<string, CumulativePoint> {
  const latest = new Map<string, CumulativePoint>();
  for (const [claimant, points] of series) {
    const point = points.filter((p) => p.date <= date).at(-1);
    if (point) latest.set(claimant, point);
  }
  return latest;
}
