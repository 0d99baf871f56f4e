import type { EvacuationMeasure } from "../../data/datasets/evacuation.ts";

export interface EvacuationState {
  /**
   * The first date the x-axis shows and the last it may reach: the axis runs from the first
   * to the beat's date (at least `minDays` days), so a beat never shows days still to come.
   */
  domain: [start: string, end: string];
  /** The fewest days the axis spans, so the first reports are not drawn on a one-day axis. */
  minDays: number;
  /** Which measures the state draws; totals are always drawn when in range. */
  measures: EvacuationMeasure[];
  /**
   * Whether a total's label says it is a running total ("10,500 evacuated so far"): where
   * totals sit beside one-off departures, a bare "Russian officials: 10,500" could be read
   * as one day's flight.
   */
  totalsSaySoFar: boolean;
  /**
   * Whether the counts that are no running total of everyone stand beside the totals, each
   * with its claimant: fighters among those evacuated (Russia's defence ministry's 3,400,
   * rebel officials' none) and claims without a number ("much lower", "all civilians").
   */
  otherCounts: boolean;
  /** Whether claims that the evacuation was over, or still going on, are written in. */
  endClaims: boolean;
}

/** Every state the copy may name for the evacuation chart. */
export const EVACUATION_STATES = {
  /** People leaving before the ceasefire: departures and the first running totals. */
  fleeing: {
    domain: ["2016-11-26", "2016-12-13"],
    minDays: 3,
    measures: ["fled", "cumulative"],
    totalsSaySoFar: true,
    otherCounts: false,
    endClaims: false,
  },
  /** The ceasefire's delay and the first convoys, with the UN envoy's count still to leave. */
  "first-convoys": {
    domain: ["2016-12-13", "2016-12-22"],
    minDays: 3,
    measures: ["cumulative", "convoy", "remaining"],
    totalsSaySoFar: false,
    otherCounts: false,
    endClaims: false,
  },
  /** The suspensions, with every claimant's count side by side as they parted ways. */
  suspended: {
    domain: ["2016-12-13", "2016-12-22"],
    minDays: 3,
    measures: ["cumulative", "remaining"],
    totalsSaySoFar: false,
    otherCounts: true,
    endClaims: false,
  },
  /** The Red Cross's and SOHR's totals apart, with SOHR's count still inside. */
  disputed: {
    domain: ["2016-12-13", "2016-12-22"],
    minDays: 3,
    measures: ["cumulative", "remaining"],
    totalsSaySoFar: false,
    otherCounts: true,
    endClaims: false,
  },
  /** The last totals and who said the evacuation was over, or still going on. */
  complete: {
    domain: ["2016-12-13", "2016-12-22"],
    minDays: 3,
    measures: ["cumulative", "remaining"],
    totalsSaySoFar: false,
    otherCounts: true,
    endClaims: true,
  },
} as const satisfies Record<string, EvacuationState>;
