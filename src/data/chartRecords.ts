import type { ChartRecords } from "../charts/types.ts";
import { cumulativeEvacuation } from "./cumulativeEvacuation.ts";
import type { Datasets } from "./datasets/index.ts";
import { statusChanges } from "./districtStatus.ts";
import { namedDistrictShare } from "./namedDistrictShare.ts";

/** Finished records plus every derived series the graphics read, computed once at build. */
export function chartRecords(data: Datasets): ChartRecords {
  return {
    data,
    statusChanges: statusChanges(data.districts, data.districtEvents),
    namedDistrictShare: namedDistrictShare(data.districts, data.districtEvents),
    cumulativeEvacuation: Object.fromEntries(cumulativeEvacuation(data.evacuation)),
    unclearClaims: data.casualties.filter((c) => c.note?.startsWith("Ambiguous")).map((c) => c.id),
  };
}

/** Prose the charts never read; the browser is handed records without it. */
const PROSE = new Set(["note", "section", "summary", "description", "precision", "variants"]);

/**
 * The records as the browser gets them: every figure, date, id and claimant, but none of
 * the editors' notes (they are in the CSVs and the tables), to keep the chart code small.
 */
export function clientRecords(records: ChartRecords): ChartRecords {
  return JSON.parse(JSON.stringify(records, (key, value) => (PROSE.has(key) ? undefined : value)));
}
