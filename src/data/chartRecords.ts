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
  };
}
