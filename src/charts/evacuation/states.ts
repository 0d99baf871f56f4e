import type { EvacuationMeasure } from "../../data/datasets/evacuation.ts";

export interface EvacuationState {
  /** The dates the x-axis spans. */
  domain: [start: string, end: string];
  /** Which measures the state draws; totals are always drawn when in range. */
  measures: EvacuationMeasure[];
  /**
   * Whether a total's label says it is a running total ("10,500 evacuated so far"): where
   * totals sit beside one-off departures, a bare "Russian officials: 10,500" could be read
   * as one day's flight.
   */
  totalsSaySoFar: boolean;
}

/** Every state the copy may name for the evacuation chart. */
export const EVACUATION_STATES = {
  fleeing: {
    domain: ["2016-11-25", "2016-12-13"],
    measures: ["fled", "cumulative"],
    totalsSaySoFar: true,
  },
  "first-convoys": {
    domain: ["2016-12-08", "2016-12-22"],
    measures: ["cumulative", "convoy", "remaining"],
    totalsSaySoFar: false,
  },
  suspended: {
    domain: ["2016-12-08", "2016-12-22"],
    measures: ["cumulative", "convoy", "remaining"],
    totalsSaySoFar: false,
  },
  disputed: {
    domain: ["2016-12-08", "2016-12-22"],
    measures: ["cumulative", "remaining"],
    totalsSaySoFar: false,
  },
  complete: {
    domain: ["2016-12-08", "2016-12-22"],
    measures: ["cumulative", "remaining"],
    totalsSaySoFar: false,
  },
} as const satisfies Record<string, EvacuationState>;
