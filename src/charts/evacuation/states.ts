import type { EvacuationMeasure } from "../../data/datasets/evacuation.ts";

export interface EvacuationState {
  /** The dates the x-axis spans. */
  domain: [start: string, end: string];
  /** Which measures the state draws; totals are always drawn when in range. */
  measures: EvacuationMeasure[];
}

/** Every state the copy may name for the evacuation chart. */
export const EVACUATION_STATES = {
  fleeing: { domain: ["2016-11-25", "2016-12-13"], measures: ["fled", "cumulative"] },
  "first-convoys": {
    domain: ["2016-12-08", "2016-12-22"],
    measures: ["cumulative", "convoy", "remaining"],
  },
  suspended: {
    domain: ["2016-12-08", "2016-12-22"],
    measures: ["cumulative", "convoy", "remaining"],
  },
  disputed: { domain: ["2016-12-08", "2016-12-22"], measures: ["cumulative", "remaining"] },
  complete: { domain: ["2016-12-08", "2016-12-22"], measures: ["cumulative", "remaining"] },
} as const satisfies Record<string, EvacuationState>;
